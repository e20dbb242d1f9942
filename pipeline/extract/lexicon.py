"""The words Turkish performance programmes are printed with, for any municipality.

This is the general vocabulary: the kinds of responsible unit and their abbreviations, the
labels a column header may carry, the titles of the table's parts. Which of them one document
uses is read from the document itself (:mod:`.profile`); nothing here names a municipality.
"""
from __future__ import annotations

import re

from ..text import squash, tr_lower

UNIT_TYPES: tuple[str, ...] = (
    "Şube Müdürlüğü", "Dairesi Başkanlığı", "Daire Başkanlığı", "Müdürlüğü", "Başkanlığı",
    "Birimi", "Müşavirliği", "Koordinatörlüğü", "Amirliği", "Sekreterliği",
)
"""Full unit types, longest first so that `Şube Müdürlüğü` wins over `Müdürlüğü`."""

_FAMILY_OF_TYPE = {
    "şube müdürlüğü": "şube", "dairesi başkanlığı": "daire", "daire başkanlığı": "daire",
    "müdürlüğü": "müdürlük", "başkanlığı": "başkanlık", "birimi": "birim",
    "müşavirliği": "müşavirlik", "koordinatörlüğü": "koordinatörlük", "amirliği": "amirlik",
    "sekreterliği": "sekreterlik",
}
"""A unit type's family: abbreviations name a family, the document says which full form it uses."""

_ABBREVIATIONS: tuple[tuple[str, str], ...] = (
    # (pattern for the end of a printed unit name, family); tried in order
    (r"şube\s*(?:müdürlüğü|müd\.?|md\.?)|şb\.?\s*(?:müd\.?|md\.?)", "şube"),
    (r"(?:dairesi|daire|dai\.?|d\.)\s*(?:başkanlığı|başkanlık|başk\.?|bşk\.?|bşkl\.?|bşkn\.?|bşkanlığı)", "daire"),
    (r"müdürlüğü|müdürlügü|müdürlük|müdürlüğ|müd\.?|mdl\.?|mdr\.?|md\.?", "müdürlük"),
    (r"başkanlığı|başkanlık|bşk\.?|başk\.?", "başkanlık"),
    (r"birimi|birim|brm\.?", "birim"),
    (r"müşavirliği|müşavirlik|müş\.?", "müşavirlik"),
    (r"koordinatörlüğü|koordinatörlük|koor\.?", "koordinatörlük"),
    (r"amirliği|amirlik", "amirlik"),
    (r"sekreterliği|sekreterlik", "sekreterlik"),
)
_UNIT_END = [(re.compile(rf"(?:^|\s|(?<=\.))(?:{p})\s*$"), fam) for p, fam in _ABBREVIATIONS]


def type_family(full_type: str) -> str:
    """`Dairesi Başkanlığı` → `daire`; an unknown type is its own family."""
    key = squash(tr_lower(full_type))
    return _FAMILY_OF_TYPE.get(key, key)


def split_unit(printed: str) -> tuple[str, str | None, str]:
    """A printed unit name as (base, family, printed type): `Fen İşleri Dai. Bşk.` →
    (`Fen İşleri`, `daire`, `Dai. Bşk.`); a name with no type is (name, None, "")."""
    text = squash(re.sub(r"(?i)\s*toplam[ıi]?\s*:?\s*$", "", squash(printed)))
    low = tr_lower(text)
    for pattern, family in _UNIT_END:
        m = pattern.search(low)
        if m and m.start() > 0:
            start = m.start() + (1 if low[m.start()].isspace() else 0)
            return squash(text[:start]), family, text[start:].strip()
    return text, None, ""


def full_type_at_end(text: str) -> str | None:
    """The full unit type a heading ends with (`… DAİRESİ BAŞKANLIĞI` → `Dairesi Başkanlığı`)."""
    low = squash(tr_lower(text))
    for unit_type in UNIT_TYPES:
        if low.endswith(" " + tr_lower(unit_type)):
            return unit_type
    return None


# --- column headers -----------------------------------------------------------------------------

_UNIT_HEADER = re.compile(r"\b(?:ilgili|sorumlu)\b|müdürlü|\bbirim(?:i)?\b|başkanlığı|\bharcama\b")
_NOT_UNIT_HEADER = re.compile(r"iş\s*birliği|gösterge|açıklama|ölçü")
_INDICATOR_HEADER = re.compile(r"gösterge|performans\s+hedefi|\bhedefi?\b(?!\s*\d)")
_CODE_HEADER = re.compile(r"(?:stratejik\s+)?hedef\s*\d+|\bkod(?:u)?\b|\bproje\b|^hedef$|stratejik\s+hedef")


def header_kind(label: str) -> str | None:
    """What a column header label says its column holds: "directorate" (the responsible unit),
    "indicator", or None for anything else (the goal's title, an extra text column)."""
    low = squash(tr_lower(label))
    if _UNIT_HEADER.search(low) and not _NOT_UNIT_HEADER.search(low):
        return "directorate"
    if _INDICATOR_HEADER.search(low) and not re.search(r"stratejik\s+hedef", low):
        return "indicator"
    return None


def is_code_header(label: str) -> bool:
    """`Stratejik Hedef 5`, `Hedef 5`, `Proje Kodu`: the header of the project-code column."""
    return bool(_CODE_HEADER.search(squash(tr_lower(label))))


# --- titles and rows -------------------------------------------------------------------------------

AIM_TITLE = re.compile(r"^stratejik\s+amaç\s*(\d+)\s*[:.\-–]?\s*(.*)$")
AREA_TITLE = re.compile(r"^stratejik\s+alan\s*(\d+)\s*[:.\-–]?\s*(.*)$")
GOAL_NUMBER = re.compile(r"hedef\s*(\d+)")
CONTINUED = re.compile(r"\(\s*(?:…|\.\.\.)?\s*devamı\s*\)", re.I)
PART = re.compile(r"\(\s*(\d+)\s*/\s*(\d+)\s*\)\s*$")
TOTAL_LABEL = re.compile(r"(?i)\btoplam[ıi]?\s*:?\s*$")
BUDGET_WORD = re.compile(r"(?i)\s*\bBütçe\b")
YEAR = re.compile(r"(19|20)\d\d")
