"""The registry of finding kinds: what each is about, how serious it is, which columns identify
it, and how it reads in each language. Every finding of every stage is one of these kinds; the
order of :data:`KINDS` is the order of the report within a severity."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from ..contract import Severity
from .words import Lang

Subject = Literal["line", "total", "project", "goal", "section", "directorate", "page", "table", "cell"]


@dataclass(frozen=True)
class Kind:
    """One kind of finding. ``keys`` are the columns that tell two findings of the kind apart;
    ``messages`` are :meth:`str.format` templates over the fields :func:`.table.message` names."""

    name: str
    severity: Severity
    subject: Subject
    keys: tuple[str, ...]
    labels: dict[Lang, str]
    messages: dict[Lang, str]


def _kind(name: str, severity: Severity, subject: Subject, keys: str, label: tuple[str, str],
          message: tuple[str, str]) -> Kind:
    return Kind(name, severity, subject, tuple(keys.split()), dict(zip(("tr", "en"), label)),
                dict(zip(("tr", "en"), message)))


_ALL = [
    # the extractor could not read part of a table: the data are incomplete
    _kind("extraction_gap", "error", "page", "basis pdf_pages x0 top",
          ("Okunamayan tablo içeriği", "Unread table content"),
          ("Sayfa {page}: tablodaki {text} okunamadı: {reason}.",
           "Page {page}: {text} in a table could not be read: {reason}.")),
    # printed figures contradict each other: the data cannot be trusted as it stands
    _kind("total_mismatch", "error", "total", "directorate year basis",
          ("Toplam tutmuyor", "Total does not foot"),
          ("{directorate} {year} toplamı tutmuyor: basılı toplam {expected}, {basis} satırlarının toplamı {found} "
           "(fark {diff}).",
           "{directorate} {year} total does not foot: printed {expected}, sum of {basis} {found} (difference {diff}).")),
    _kind("amount_mismatch", "error", "line", "project_code directorate indicator year copy",
          ("Tutar uyuşmazlığı", "Amount mismatch"),
          ("{code} / {directorate} / {indicator}, {year}: {in_copy} {found}, diğer nüshalarda {expected} ({values}).",
           "{code} / {directorate} / {indicator}, {year}: {found} {in_copy}, {expected} in the other copies "
           "({values}).")),
    _kind("line_missing", "error", "line", "project_code directorate indicator copy",
          ("Eksik satır", "Missing line"),
          ("{code} / {directorate} / {indicator} satırı {in_copy} yok; diğer nüshalarda basılı.",
           "{code} / {directorate} / {indicator}: line absent {in_copy}, printed in the other copies.")),
    _kind("line_unexpected", "error", "line", "project_code directorate indicator copy",
          ("Fazla satır", "Extra line"),
          ("{code} / {directorate} / {indicator} satırı yalnız {in_copy} basılı; diğer nüshalarda yok.",
           "{code} / {directorate} / {indicator}: line printed only {in_copy}, absent from the other copies.")),
    _kind("project_missing", "error", "project", "project_code copy",
          ("Eksik proje", "Missing project"),
          ("{code} projesi {in_copy} basılmamış.", "Project {code} is not printed {in_copy}.")),
    _kind("project_unexpected", "error", "project", "project_code copy",
          ("Beklenmeyen proje", "Unexpected project"),
          ("{code} projesi {in_copy} basılmış, ama bu müdürlüğün projede satırı yok.",
           "Project {code} is printed {in_copy} although that directorate has no line in it.")),
    _kind("code_mismatch", "error", "project", "project_code copy",
          ("Kod uyuşmazlığı", "Code mismatch"),
          ("{code} kodu {in_copy} {note} amaç/hedefi altında basılmış.",
           "Code {code} is printed {in_copy} under aim/goal {note}.")),
    # something the programme must print is absent: part of it cannot be checked at all
    _kind("section_missing", "error", "section", "directorate",
          ("Eksik bölüm", "Missing section"),
          ("{directorate} için ikinci kısımda bölüm yok; {found} projede satırı var.",
           "{directorate} has no part-2 section although it has lines in {found} projects.")),
    _kind("section_incomplete", "error", "section", "directorate",
          ("Eksik bölüm sayfası", "Missing section page"),
          ("{directorate} bölümünün {expected} sayfasından {found} tanesi var (eksik: {note}).",
           "{directorate} section has {found} of its {expected} pages (missing: {note}).")),
    _kind("total_missing", "error", "section", "directorate year",
          ("Basılmamış toplam", "Total not printed"),
          ("{directorate} bölümünde {year} toplamı basılmamış.", "{directorate} section prints no {year} total.")),
    # the numbering is odd, but every figure can still be read and checked
    _kind("numbering_gap", "warning", "goal", "project_code",
          ("Atlanan proje numarası", "Skipped project number"),
          ("{note} hedefinin proje numaralarında {code} atlanmış.", "The project numbers of goal {note} skip {code}.")),
    _kind("numbering_duplicate", "warning", "project", "project_code copy",
          ("Yinelenen proje numarası", "Repeated project number"),
          ("{code} projesi {in_copy} birden fazla yerde basılmış.",
           "Project {code} is printed more than once {in_copy}.")),
    # the extractor or the contract could not accept something, which is named
    _kind("extraction_problem", "warning", "page", "basis pdf_pages note",
          ("Okuma sorunu", "Extraction problem"),
          ("Okuma sorunu: sayfa {page}: {reason}.", "Extraction problem: page {page}: {reason}.")),
    _kind("schema_violation", "warning", "table", "message",
          ("Şema ihlali", "Schema violation"),
          ("Şema ihlali: {note}{on_pages}", "Schema violation: {note}{on_pages}")),
    # a figure read from a scanned page that OCR is unsure of: to be checked on the page image
    _kind("ocr_low_confidence", "warning", "cell", "pdf_pages x0 top",
          ("Düşük OCR güveni", "Low OCR confidence"),
          ("Sayfa {page}: {subject} {year} tutarı taranmış sayfadan düşük güvenle okundu ({note}); görüntüyle "
           "karşılaştırın.",
           "Page {page}: {subject} {year}: the amount was read from the scanned page with low confidence "
           "({note}); compare it with the image.")),
    # the same thing written differently: nothing to correct in the figures
    _kind("text_mismatch", "info", "line", "project_code directorate indicator copy",
          ("Metin farkı", "Text differs"),
          ("{code} / {directorate}: gösterge {in_copy} {text}, diğer nüshalarda {indicator}.",
           "{code} / {directorate}: indicator reads {text} {in_copy}, {indicator} in the other copies.")),
    _kind("directorate_spelling", "info", "directorate", "directorate copy",
          ("Müdürlük yazımı", "Directorate spelling"),
          ("{directorate}, {in_copy} {text} olarak yazılmış.", "{directorate} is spelled {text} {in_copy}.")),
    # a second parser (camelot, --cross-check) reads otherwise, or could not read the page at all
    _kind("crosscheck_mismatch", "info", "cell", "pdf_pages x0 top",
          ("Camelot farklı okuyor", "Camelot reads otherwise"),
          ("Sayfa {page}: {subject} {year}: perfprog {expected}, camelot {text}.",
           "Page {page}: {subject} {year}: perfprog {expected}, camelot {text}.")),
    _kind("crosscheck_skipped", "info", "page", "pdf_pages",
          ("Camelot ile denetlenmedi", "Not cross-checked"),
          ("Sayfa {page}: camelot bu sayfada çizgili tablo bulamadı.",
           "Page {page}: camelot found no ruled table on this page.")),
]

KINDS: dict[str, Kind] = {k.name: k for k in _ALL}
"""Every finding kind by name, in report order within a severity."""

SEVERITY: dict[str, Severity] = {k.name: k.severity for k in _ALL}
"""Each kind's severity (a view of :data:`KINDS`)."""

FAIL_SEVERITIES: frozenset[str] = frozenset({"error"})
"""Severities that make a run fail (non-zero exit): only contradictions in the printed data."""


def kind(name: str) -> Kind:
    """The registered kind ``name``; an unregistered name is a programming error."""
    try:
        return KINDS[name]
    except KeyError:
        raise ValueError(f"unknown finding kind {name!r}: register it in pipeline.findings.kinds") from None


def about(subject: Subject) -> frozenset[str]:
    """The kinds whose findings are about a ``subject`` (a line, a project …)."""
    return frozenset(k.name for k in _ALL if k.subject == subject)


SEVERITY_LABELS: dict[Lang, dict[str, str]] = {
    "tr": {"error": "Hata", "warning": "Uyarı", "info": "Bilgi"},
    "en": {"error": "Error", "warning": "Warning", "info": "Info"},
}
"""Each severity as a reader sees it, in the report and the workbook."""


def labels(lang: Lang) -> dict[str, str]:
    """Each kind's short label in ``lang``, for the report and the workbook."""
    return {k.name: k.labels[lang] for k in _ALL}
