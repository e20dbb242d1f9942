"""Responsible units: every printed spelling resolved to its canonical name.

The canonical names are the document's own: its part-2 section headings, in title case
(`FEN İŞLERİ DAİRESİ BAŞKANLIĞI (1/8)` → `Fen İşleri Dairesi Başkanlığı`). A printed spelling
(`Fen İşleri Dai. Bşk.`, `Strateji Geliştime Müd.`) resolves by a key that ignores case, the unit
type and its abbreviations, `ve` and punctuation; small typos by fuzzy ratio. A unit with no
section of its own is spelled out with the full type the document uses for that family of
abbreviations, never with a type the document does not use.
"""
from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from rapidfuzz import fuzz, process

from ..text import CIRCUMFLEX, squash, tr_lower, tr_title
from .lexicon import UNIT_TYPES, full_type_at_end, split_unit, type_family

MIN_RATIO = 80.0


@lru_cache(maxsize=4096)  # called for every printed row: the same few dozen spellings
def unit_key(name: str) -> str:
    """`Fen İşleri Dai. Bşk.`, `FEN İŞLERİ DAİRESİ BAŞKANLIĞI`, `Fen İşleri Dâiresi Başkanlığı` → `fen işleri`."""
    base, _, _ = split_unit((name or "").translate(CIRCUMFLEX))
    s = re.sub(r"\bve\b", " ", tr_lower(base))
    s = re.sub(r"[^0-9a-zçğıöşü]+", " ", s)
    return squash(s)


def heading_name(heading: str) -> str:
    """A section heading in title case: the unit's canonical name."""
    return tr_title(squash(heading))


class UnitNames:
    """Maps printed spellings to the canonical names of the document's sections."""

    def __init__(self, headings: list[str]):
        self.canonical = list(dict.fromkeys(heading_name(h) for h in headings if squash(h)))
        self._by_key: dict[str, str] = {}
        for n in self.canonical:  # the first name of a unit is its canonical one
            self._by_key.setdefault(unit_key(n), n)
        types = Counter(t for n in self.canonical if (t := full_type_at_end(n)))
        self.types = [t for t, _ in types.most_common()]  # the full types the document uses
        self._family = {}
        for t in reversed(self.types):  # the most used type of a family wins
            self._family[type_family(t)] = t

    def resolve(self, printed: str) -> str | None:
        """The section a spelling names, or None when it names none of them."""
        key = unit_key(printed)
        if not key:
            return None
        if key in self._by_key:
            return self._by_key[key]
        best = process.extractOne(key, list(self._by_key), scorer=fuzz.ratio)
        if best and best[1] >= MIN_RATIO:
            return self._by_key[best[0]]
        return None

    def expand(self, printed: str) -> str:
        """A unit with no section: its printed name with the type spelled out as the document
        spells it (`Zabıta Md.` → `Zabıta Müdürlüğü` where the sections end in `Müdürlüğü`)."""
        base, family, printed_type = split_unit(printed)
        if family is None:
            return tr_title(base)
        full = self._family.get(family) or next((t for t in UNIT_TYPES if type_family(t) == family), printed_type)
        return f"{tr_title(base)} {full}".strip()

    def name(self, printed: str) -> str:
        """Resolve, or fall back to the printed name with its type spelled out."""
        return self.resolve(printed) or self.expand(printed)
