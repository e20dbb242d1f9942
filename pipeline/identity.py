"""Who published a programme and for which year, read from the document itself.

The PDF's metadata (Title, Author) and the text of its first pages name the municipality
(`Defne Belediyesi`) and the edition (`2023 Yılı Performans Programı`, `2023 yılına ait`).
"""
from __future__ import annotations

import re
from collections import Counter

from .text import tr_title

_MUNICIPALITY = re.compile(r"([A-ZÇĞİÖŞÜa-zçğıöşü]+(?:\s+Büyükşehir)?)\s+Belediyesi", re.UNICODE)
_EDITION = [
    re.compile(r"(20\d\d)\s+Y[ıi]l[ıi]\s+Performans\s+Program", re.I),
    re.compile(r"(20\d\d)\s+y[ıi]l[ıi]na\s+ait\s+performans\s+program", re.I),
    re.compile(r"(20\d\d)\s+Performans\s+Program", re.I),
]
_NOT_A_NAME = {"büyükşehir", "ilçe", "il", "bu", "ve"}


def find_municipality(metadata: dict, text: str) -> str:
    candidates: Counter[str] = Counter()  # type: ignore[assignment]
    for source, weight in ((str(metadata.get("Author", "")), 5), (str(metadata.get("Title", "")), 5), (text, 1)):
        for m in _MUNICIPALITY.finditer(source):
            name = tr_title(m.group(1))
            if name.lower() not in _NOT_A_NAME:
                # a district's programme names its metropolitan municipality too: rank it lower
                candidates[name] += weight / 10 if "Büyükşehir" in name else weight
    return candidates.most_common(1)[0][0] if candidates else ""


def find_edition_year(metadata: dict, text: str) -> int | None:
    for source in (str(metadata.get("Title", "")), text):
        for pattern in _EDITION:
            if m := pattern.search(source):
                return int(m.group(1))
    return None
