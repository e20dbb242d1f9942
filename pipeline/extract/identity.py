"""Who published a programme and for which year, read from the document itself.

The municipality is named on the cover and first pages in one of its forms (`X Belediyesi`,
`X Büyükşehir Belediyesi`, `X Belediye Başkanlığı`, `X İl Özel İdaresi`); where the page that
names it is missing, the name still stands elsewhere (in the tables, the back matter, the PDF's
metadata). Candidates are weighed: the first pages and the metadata count most, a name printed
on many pages more than one printed once.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from ..text import squash, tr_lower, tr_title

_PLACE = r"[A-ZÇĞİÖŞÜ][a-zçğıöşüâîû]+|[A-ZÇĞİÖŞÜ]{2,}"
_INSTITUTION = re.compile(
    rf"(?<![\w'’])({_PLACE})\s+"
    r"((?:büyükşehir\s+)?(?:belediyesi|belediye\s+başkanlığı)|il\s+özel\s+idaresi)(?![a-zçğıöşü])",
    re.I,
)
"""A place's name (one word, capitalised or in capitals) and its kind of administration."""
_EDITION = [
    re.compile(r"(20\d\d)\s+Y[ıiIİ]l[ıiIİ]\s+Performans\s+Program", re.I),
    re.compile(r"(20\d\d)\s+y[ıi]l[ıi]na\s+ait\s+performans\s+program", re.I),
    re.compile(r"(20\d\d)\s+(?:Mali\s+Y[ıi]l[ıi]\s+)?Performans\s+Program", re.I),
]
_NOT_A_NAME = {"büyükşehir", "ilçe", "il", "bu", "ve", "ilgili", "tüm", "her", "bir", "diğer", "sayılı", "belediye",
               "kanunu", "ait", "tarafından", "olarak"}


@dataclass(frozen=True)
class Institution:
    """`Karaçay Büyükşehir Belediyesi`: the place's name and its kind of administration."""

    place: str
    kind: str  # "Belediyesi", "Büyükşehir Belediyesi", "Belediye Başkanlığı", "İl Özel İdaresi"

    @property
    def name(self) -> str:
        return f"{self.place} {self.kind}"


def _kind(text: str) -> str:
    """The kind as the document prints it, in title case (`BELEDİYE BAŞKANLIĞI` → `Belediye Başkanlığı`)."""
    return tr_title(squash(text))


def _candidates(text: str) -> list[Institution]:
    out = []
    for m in _INSTITUTION.finditer(text):
        place = tr_title(m.group(1))
        if tr_lower(place) not in _NOT_A_NAME:
            out.append(Institution(place, _kind(m.group(2))))
    return out


def find_institution(metadata: dict, prose: list[str], cells: list[str]) -> Institution | None:
    """The institution that publishes the programme, from the PDF's metadata, the ``prose`` of
    its pages outside tables (cover, introduction) and the texts of its table cells; a name in
    the metadata or the prose weighs more than one in a cell (where other institutions appear)."""
    votes: Counter[Institution] = Counter()  # type: ignore[assignment]
    for field in ("Author", "Title", "Subject"):
        for inst in _candidates(str(metadata.get(field, "") or "")):
            votes[inst] += 5
    for text in prose:
        for inst in set(_candidates(text)):
            votes[inst] += 4
    for text in cells:
        for inst in _candidates(text):
            votes[inst] += 1
    if not votes:
        return None
    return votes.most_common(1)[0][0]


def find_edition_year(metadata: dict, pages: list[str]) -> int | None:
    for source in [str(metadata.get("Title", "") or ""), *pages[:6], *pages[6:]]:
        for pattern in _EDITION:
            if m := pattern.search(source):
                return int(m.group(1))
    return None
