"""Name and text keys: copies of one programme spell the same thing in slightly different ways.

A directorate may be printed `Fen İşleri Md.`, `FEN İŞLERİ MÜDÜRLÜĞÜ` or with a stray letter; an
indicator may differ in capitals or spacing. Matching must see through that, reporting must not.
"""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable
from functools import lru_cache

from rapidfuzz import fuzz

from ..extract.units import UnitNames, unit_key
from ..text import tr_lower

_FOLD = str.maketrans("çğıöşüâîû", "cgiosuaiu")


@lru_cache(maxsize=8192)  # aligning a directorate's lines compares each text with many others
def _ascii_key(text: str) -> str:
    """Loose key for similarity: lower-case, folded to ASCII, letters and digits only."""
    return re.sub(r"[^0-9a-z]+", " ", tr_lower(text).translate(_FOLD)).strip()


def text_similarity(a: str, b: str) -> float:
    """0..1 similarity of two indicator texts; an empty text is neutral (0.5), not a mismatch."""
    ka, kb = _ascii_key(a), _ascii_key(b)
    if not ka and not kb:
        return 1.0
    if not ka or not kb:
        return 0.5
    return fuzz.ratio(ka, kb) / 100


def unit_resolver(names: Iterable[str], sections: Iterable[str]) -> Callable[[str], str]:
    """Every spelling of a unit mapped to one name, by the extractor's own resolver
    (:class:`~pipeline.extract.units.UnitNames`): the sections' names first, then, for units
    without a section, their most common spelling."""
    counts = Counter(n for n in names if n and unit_key(n))
    units = UnitNames([*dict.fromkeys(s for s in sections if s), *(n for n, _ in counts.most_common())])
    return lambda name: units.resolve(name or "") or (name or "")
