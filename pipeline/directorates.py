"""Resolve a printed directorate (`Fen İşleri Md.`, `Strateji Geliştime Müd.`) to its section.

The canonical names are the document's own: the titles of its part-2 sections. A printed
spelling resolves by a key that ignores case (Turkish-aware), the `Müdürlüğü` suffix and its
abbreviations, `ve` and punctuation; small typos resolve by fuzzy ratio.
"""
from __future__ import annotations

import re
from functools import lru_cache

from rapidfuzz import fuzz, process

from .text import squash, tr_lower, tr_title

_SUFFIX = re.compile(r"\b(müdürlüğü|müdürlügü|müdürlük|müdürlüğ[üu]?|müd|mdl|md|mü)\b\.?")
MIN_RATIO = 80.0


@lru_cache(maxsize=4096)  # called for every printed row: the same few dozen spellings
def directorate_key(name: str) -> str:
    s = tr_lower(name or "")
    s = re.sub(r"toplamı\s*:?", " ", s)
    s = _SUFFIX.sub(" ", s)
    s = re.sub(r"\bve\b", " ", s)
    s = re.sub(r"[^0-9a-zçğıöşü]+", " ", s)
    return squash(s)


def canonical_name(printed: str) -> str:
    """`FEN İŞLERİ MÜDÜRLÜĞÜ` or `Fen İşleri Md.` → `Fen İşleri Müdürlüğü`."""
    s = squash(re.sub(r"(?i)toplamı\s*:?", " ", printed or ""))
    base = squash(_SUFFIX.sub(" ", tr_lower(s)))
    return f"{tr_title(base)} Müdürlüğü" if base else ""


class DirectorateResolver:
    """Maps printed spellings to the canonical names of the document's sections."""

    def __init__(self, canonical: list[str]):
        self.canonical = list(dict.fromkeys(canonical))
        self._by_key = {directorate_key(n): n for n in self.canonical}

    def resolve(self, printed: str) -> str | None:
        """The section a spelling names, or None when it names none of them."""
        key = directorate_key(printed)
        if not key:
            return None
        if key in self._by_key:
            return self._by_key[key]
        best = process.extractOne(key, list(self._by_key), scorer=fuzz.ratio)
        if best and best[1] >= MIN_RATIO:
            return self._by_key[best[0]]
        return None

    def resolve_or_expand(self, printed: str) -> str:
        """Resolve, or fall back to the printed name with its suffix spelled out."""
        return self.resolve(printed) or canonical_name(printed)
