"""Name and text keys: copies of one programme spell the same thing in slightly different ways.

A directorate may be printed `Fen İşleri Md.`, `FEN İŞLERİ MÜDÜRLÜĞÜ` or with a stray letter; an
indicator may differ in capitals or spacing. Matching must see through that, reporting must not.
"""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

from rapidfuzz import fuzz

from ..extract.units import unit_key as directorate_key
from ..text import tr_lower

_FOLD = str.maketrans("çğıöşüâîû", "cgiosuaiu")
DIRECTORATE_MERGE_SCORE = 85
"""Two directorate keys this similar (rapidfuzz ratio) name the same directorate: catches a
stray or dropped letter, while `Fen İşleri` vs `Spor İşleri` (≈67) stay apart."""


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


class DirectorateResolver:
    """Map every spelling of a directorate to one canonical name.

    Keys are clustered greedily from the most frequent down, so the spelling used most often
    (the section headings and the canonical column) names the cluster.
    """

    def __init__(self, names: Iterable[str]) -> None:
        counts = Counter(n for n in names if n and directorate_key(n))
        spelling_of: dict[str, str] = {}
        for name, _ in counts.most_common():
            spelling_of.setdefault(directorate_key(name), name)
        key_counts: Counter[str] = Counter()
        for name, n in counts.items():
            key_counts[directorate_key(name)] += n
        self._cluster: dict[str, str] = {}
        heads: list[str] = []
        for key, _ in sorted(key_counts.items(), key=lambda kv: (-kv[1], kv[0])):
            head = next((h for h in heads if fuzz.ratio(key, h) >= DIRECTORATE_MERGE_SCORE), None)
            if head is None:
                heads.append(key)
                head = key
            self._cluster[key] = spelling_of[head]

    def __call__(self, name: str) -> str:
        key = directorate_key(name or "")
        return self._cluster.get(key, name or "")
