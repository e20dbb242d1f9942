"""The Finding record, its severity, its message in Turkish or English, and the findings frame.

Checks build :class:`Finding` records with structured fields only; messages are rendered when
the frame is built, so the same findings can be reported in either language.
"""
from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from typing import Literal

import pandas as pd

from pipeline.columns import FINDINGS

from .inputs import STRATEGIC

Severity = Literal["error", "warning", "info"]
Lang = Literal["tr", "en"]

SEVERITY: dict[str, Severity] = {
    # the extractor could not read part of a table: the data are incomplete
    "extraction_gap": "error",
    # printed figures contradict each other: the data cannot be trusted as it stands
    "total_mismatch": "error",
    "amount_mismatch": "error",
    "line_missing": "error",
    "line_unexpected": "error",
    "project_missing": "error",
    "project_unexpected": "error",
    "code_mismatch": "error",
    # something the programme must print is absent: part of it cannot be checked at all
    "section_missing": "error",
    "section_incomplete": "error",
    "total_missing": "error",
    # the numbering is odd, but every figure can still be read and checked
    "numbering_gap": "warning",
    "numbering_duplicate": "warning",
    # the same thing written differently: nothing to correct in the figures
    "text_mismatch": "info",
    "directorate_spelling": "info",
}
"""Severity of each finding kind; the order of this table is the order of the report."""

FAIL_SEVERITIES: frozenset[str] = frozenset({"error"})
"""Severities that make a run fail (non-zero exit): only contradictions in the printed data."""

_SEVERITY_RANK = {"error": 0, "warning": 1, "info": 2}
_KIND_RANK = {k: i for i, k in enumerate(SEVERITY)}


@dataclass(frozen=True)
class Finding:
    """One discrepancy. ``note`` carries the one kind-specific detail (a text, a list of numbers)."""

    kind: str
    directorate: str = ""
    project_code: str = ""
    indicator: str = ""
    year: int | None = None
    copy: str = ""
    basis: str = ""
    expected: int | None = None
    found: int | None = None
    pages: tuple[int, ...] = ()
    values: tuple[tuple[str, int | None], ...] = ()  # every copy's amount (amount_mismatch)
    note: str = ""
    box: tuple[float, float, float, float] | None = None  # x0, top, x1, bottom on pages[0]

    @property
    def severity(self) -> Severity:
        return SEVERITY[self.kind]

    def sort_key(self) -> tuple:
        """Report order: severity, kind, project (numerically), then every other field, so that
        equal inputs always give the same table."""
        code = tuple(int(p) if p.isdigit() else 0 for p in self.project_code.split(".") if p)
        amounts = tuple((a is None, a or 0) for a in (self.expected, self.found))
        return (_SEVERITY_RANK[self.severity], _KIND_RANK[self.kind], self.pages if self.box else (), code,
                self.project_code, self.directorate, self.indicator, self.year or 0, self.copy != STRATEGIC,
                self.copy, self.basis, self.note, amounts, self.pages, self.box or ())


_MESSAGES: dict[Lang, dict[str, str]] = {
    "tr": {
        "extraction_gap": "Sayfa {page}: tablodaki {text} okunamadı: {reason}.",
        "total_mismatch": "{directorate} {year} toplamı tutmuyor: basılı toplam {expected}, "
                          "{basis} satırlarının toplamı {found} (fark {diff}).",
        "amount_mismatch": "{code} / {directorate} / {indicator}, {year}: {in_copy} {found}, "
                           "diğer nüshalarda {expected} ({values}).",
        "line_missing": "{code} / {directorate} / {indicator} satırı {in_copy} yok; diğer nüshalarda basılı.",
        "line_unexpected": "{code} / {directorate} / {indicator} satırı yalnız {in_copy} basılı; "
                           "diğer nüshalarda yok.",
        "project_missing": "{code} projesi {in_copy} basılmamış.",
        "project_unexpected": "{code} projesi {in_copy} basılmış, ama bu müdürlüğün projede satırı yok.",
        "code_mismatch": "{code} kodu {in_copy} {note} amaç/hedefi altında basılmış.",
        "section_missing": "{directorate} için ikinci kısımda bölüm yok; {found} projede satırı var.",
        "section_incomplete": "{directorate} bölümünün {expected} sayfasından {found} tanesi var "
                              "(eksik: {note}).",
        "total_missing": "{directorate} bölümünde {year} toplamı basılmamış.",
        "numbering_gap": "{note} hedefinin proje numaralarında {code} atlanmış.",
        "numbering_duplicate": "{code} projesi {in_copy} birden fazla yerde basılmış.",
        "text_mismatch": "{code} / {directorate}: gösterge {in_copy} {text}, diğer nüshalarda {indicator}.",
        "directorate_spelling": "{directorate}, {in_copy} {text} olarak yazılmış.",
    },
    "en": {
        "extraction_gap": "Page {page}: {text} in a table could not be read: {reason}.",
        "total_mismatch": "{directorate} {year} total does not foot: printed {expected}, "
                          "sum of {basis} {found} (difference {diff}).",
        "amount_mismatch": "{code} / {directorate} / {indicator}, {year}: {found} {in_copy}, "
                           "{expected} in the other copies ({values}).",
        "line_missing": "{code} / {directorate} / {indicator}: line absent {in_copy}, "
                        "printed in the other copies.",
        "line_unexpected": "{code} / {directorate} / {indicator}: line printed only {in_copy}, "
                           "absent from the other copies.",
        "project_missing": "Project {code} is not printed {in_copy}.",
        "project_unexpected": "Project {code} is printed {in_copy} although that directorate has no line in it.",
        "code_mismatch": "Code {code} is printed {in_copy} under aim/goal {note}.",
        "section_missing": "{directorate} has no part-2 section although it has lines in {found} projects.",
        "section_incomplete": "{directorate} section has {found} of its {expected} pages (missing: {note}).",
        "total_missing": "{directorate} section prints no {year} total.",
        "numbering_gap": "The project numbers of goal {note} skip {code}.",
        "numbering_duplicate": "Project {code} is printed more than once {in_copy}.",
        "text_mismatch": "{code} / {directorate}: indicator reads {text} {in_copy}, "
                         "{indicator} in the other copies.",
        "directorate_spelling": "{directorate} is spelled {text} {in_copy}.",
    },
}

GAP_REASONS: dict[Lang, dict[str, str]] = {
    "tr": {
        "outside_columns": "hiçbir sütunun içinde değil",
        "no_project": "bu tabloda hiçbir proje satırı okunamadı",
        "unit_beside_no_row": "bu birim hücresi projesinin hiçbir satırının yanında değil",
        "name_beside_no_project": "bu proje adı hiçbir projenin yanında değil",
        "code_unreadable": "proje kodu okunamadı; parantezdeki sayıda satır hiçbir projeye bağlanamadı",
        "unit_missing": "bu satırların sorumlu birimi yok",
        "amount_unreadable": "bütçe hücresi bir tutar değil",
        "total_outside_section": "toplam satırı hiçbir birim bölümünde değil",
        "table_unread": "sayfa tablo sayfasına benziyor ama tablo okunamadı",
    },
    "en": {
        "outside_columns": "it stands in no column",
        "no_project": "no project row could be read in this table",
        "unit_beside_no_row": "this unit cell stands beside no row of its project",
        "name_beside_no_project": "this project name stands beside no project",
        "code_unreadable": "the project code is unreadable; the rows counted in brackets belong to no project",
        "unit_missing": "these rows have no responsible unit",
        "amount_unreadable": "a budget cell holds no amount",
        "total_outside_section": "a total row outside any unit's section",
        "table_unread": "the page looks like a table page but no table was read from it",
    },
}
"""Why the extractor could not read something (:data:`pipeline.model.GapReason`), per language."""

_BASIS: dict[Lang, dict[str, str]] = {
    "tr": {"section": "kendi bölümündeki", STRATEGIC: "stratejik kısımdaki"},
    "en": {"section": "its own section's rows", STRATEGIC: "its rows in the strategic part"},
}

_WORDS: dict[Lang, dict[str, str]] = {
    "tr": {"blank": "boş", "quote": "«{}»", "copy": "{} bölümü", "in_copy": "{} bölümünde",
           "strategic": "stratejik kısım", "in_strategic": "stratejik kısımda"},
    "en": {"blank": "blank", "quote": "“{}”", "copy": "{} section", "in_copy": "in the {} section",
           "strategic": "strategic part", "in_strategic": "in the strategic part"},
}


def format_amount(amount: int | None, lang: Lang) -> str:
    """Amounts as a reader of that language writes them: 1.000.000 (tr), 1,000,000 (en)."""
    if amount is None:
        return _WORDS[lang]["blank"]
    text = f"{amount:,}"
    return text.replace(",", ".") if lang == "tr" else text


def quote(text: str, lang: Lang) -> str:
    """A printed text in quotes; an empty one named as blank, since empty quotes read as a glitch."""
    return _WORDS[lang]["quote"].format(text) if text else _WORDS[lang]["blank"]


def copy_label(copy: str, lang: Lang, locative: bool = False) -> str:
    """A copy named for a reader; ``locative`` gives the `…nde` / `in the …` form."""
    words = _WORDS[lang]
    if copy == STRATEGIC:
        return words["in_strategic" if locative else "strategic"]
    return words["in_copy" if locative else "copy"].format(copy)


def message(f: Finding, lang: Lang = "tr") -> str:
    """The finding as one sentence a reader can act on, naming every figure involved."""
    amount = partial(format_amount, lang=lang)
    diff = f.found - f.expected if f.found is not None and f.expected is not None else None
    return _MESSAGES[lang][f.kind].format(
        code=f.project_code, directorate=f.directorate, year=f.year or "", note=f.note,
        indicator=quote(f.indicator, lang), text=quote(f.note, lang),
        in_copy=copy_label(f.copy, lang, locative=True), basis=_BASIS[lang].get(f.basis, ""),
        expected=amount(f.expected), found=amount(f.found), diff=amount(diff),
        values="; ".join(f"{copy_label(c, lang)} {amount(a)}" for c, a in f.values),
        page=f.pages[0] if f.pages else "", reason=GAP_REASONS[lang].get(f.basis, f.basis),
    )


def to_frame(findings: list[Finding], lang: Lang = "tr") -> pd.DataFrame:
    """The findings table (columns :data:`pipeline.columns.FINDINGS`) in report order."""
    ordered = sorted(set(findings), key=Finding.sort_key)
    frame = pd.DataFrame(
        [{"kind": f.kind, "severity": f.severity, "basis": f.basis, "directorate": f.directorate,
          "project_code": f.project_code, "indicator": f.indicator, "year": f.year, "copy": f.copy,
          "expected": f.expected, "found": f.found,
          "pdf_pages": "; ".join(str(p) for p in sorted(set(f.pages))), "message": message(f, lang),
          **dict(zip(BOX, f.box or (None,) * 4))}
         for f in ordered],
        columns=FINDINGS,
    )
    return frame.astype({**{c: "Int64" for c in ("year", "expected", "found")}, **{c: "float64" for c in BOX}})


BOX = ("x0", "top", "x1", "bottom")


def gap_findings(gaps: list) -> list[Finding]:
    """The extractor's gaps (:class:`pipeline.model.Gap`) as findings: page, box, text, reason
    (the reason code travels in ``basis``)."""
    return [Finding("extraction_gap", basis=g.reason, note=g.text, pages=(g.page,),
                    box=(round(g.bbox.x0, 2), round(g.bbox.top, 2), round(g.bbox.x1, 2), round(g.bbox.bottom, 2)))
            for g in gaps]


def summarize(findings: pd.DataFrame) -> dict[str, dict[str, int]]:
    """Counts by severity (the three levels always present) and by kind (those found), in report
    order; kinds and severities added by other stages (e.g. extraction problems) are counted after."""
    severities, kinds = Counter(findings["severity"]), Counter(findings["kind"])
    levels = sorted(set(_SEVERITY_RANK) | set(severities), key=_rank(_SEVERITY_RANK))
    return {"severity": {s: severities[s] for s in levels},
            "kind": {k: kinds[k] for k in sorted(kinds, key=_rank(_KIND_RANK))}}


def _rank(ranks: dict[str, int]) -> Callable[[str], tuple[int, str]]:
    """Sort key: known names in their table order, others after them by name."""
    return lambda name: (ranks.get(name, len(ranks)), name)


def has_errors(findings: pd.DataFrame) -> bool:
    """Whether the run must fail: some finding has a severity in :data:`FAIL_SEVERITIES`."""
    return bool(findings["severity"].isin(FAIL_SEVERITIES).any())
