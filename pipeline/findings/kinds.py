"""The registry of finding kinds: what each is about, how serious it is, which columns identify
it, and its label and sentence (English msgids, translated by the catalog, :mod:`pipeline.i18n`).
Every finding of every stage is one of these kinds; the order of :data:`KINDS` is the order of the
report within a severity."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from ..contract import Severity
from ..i18n import N_, Lang, translations

Subject = Literal["line", "total", "project", "goal", "section", "directorate", "page", "table", "cell"]


@dataclass(frozen=True)
class Kind:
    """One kind of finding. ``keys`` are the columns that tell two findings of the kind apart;
    ``message`` is a :meth:`str.format` template over the fields :func:`.table.message` names."""

    name: str
    severity: Severity
    subject: Subject
    keys: tuple[str, ...]
    label: str
    message: str


def _kind(name: str, severity: Severity, subject: Subject, keys: str, label: str, message: str) -> Kind:
    return Kind(name, severity, subject, tuple(keys.split()), label, message)


_ALL = [
    # the extractor could not read part of a table: the data are incomplete
    _kind("extraction_gap", "error", "page", "basis pdf_pages x0 top",
          N_("Unread table content"),
          N_("Page {page}: {text} in a table could not be read: {reason}.")),
    # printed figures contradict each other: the data cannot be trusted as it stands
    _kind("total_mismatch", "error", "total", "directorate year basis",
          N_("Total does not foot"),
          N_("{directorate} {year} total does not foot: printed {expected}, sum of {basis} {found} "
             "(difference {diff}).")),
    _kind("amount_mismatch", "error", "line", "project_code directorate indicator year copy",
          N_("Amount mismatch"),
          N_("{code} / {directorate} / {indicator}, {year}: {found} {in_copy}, {expected} in the other copies "
             "({values}).")),
    _kind("line_missing", "error", "line", "project_code directorate indicator copy",
          N_("Missing line"),
          N_("{code} / {directorate} / {indicator}: line absent {in_copy}, printed in the other copies.")),
    _kind("line_unexpected", "error", "line", "project_code directorate indicator copy",
          N_("Extra line"),
          N_("{code} / {directorate} / {indicator}: line printed only {in_copy}, absent from the other copies.")),
    _kind("project_missing", "error", "project", "project_code copy",
          N_("Missing project"),
          N_("Project {code} is not printed {in_copy}.")),
    _kind("project_unexpected", "error", "project", "project_code copy",
          N_("Unexpected project"),
          N_("Project {code} is printed {in_copy} although that directorate has no line in it.")),
    _kind("code_mismatch", "error", "project", "project_code copy",
          N_("Code mismatch"),
          N_("Code {code} is printed {in_copy} under aim/goal {note}.")),
    # something the programme must print is absent: part of it cannot be checked at all
    _kind("section_missing", "error", "section", "directorate",
          N_("Missing section"),
          N_("{directorate} has no part-2 section although it has lines in {found} projects.")),
    _kind("section_incomplete", "error", "section", "directorate",
          N_("Missing section page"),
          N_("{directorate} section has {found} of its {expected} pages (missing: {note}).")),
    _kind("total_missing", "error", "section", "directorate year",
          N_("Total not printed"),
          N_("{directorate} section prints no {year} total.")),
    # the numbering is odd, but every figure can still be read and checked
    _kind("numbering_gap", "warning", "goal", "project_code",
          N_("Skipped project number"),
          N_("The project numbers of goal {note} skip {code}.")),
    _kind("numbering_duplicate", "warning", "project", "project_code copy",
          N_("Repeated project number"),
          N_("Project {code} is printed more than once {in_copy}.")),
    # the extractor or the contract could not accept something, which is named
    _kind("extraction_problem", "warning", "page", "basis pdf_pages note",
          N_("Extraction problem"),
          N_("Extraction problem: page {page}: {reason}.")),
    _kind("schema_violation", "warning", "table", "message",
          N_("Schema violation"),
          N_("Schema violation: {note}{on_pages}")),
    # a figure read from a scanned page that OCR is unsure of: to be checked on the page image
    _kind("ocr_low_confidence", "warning", "cell", "pdf_pages x0 top",
          N_("Low OCR confidence"),
          N_("Page {page}: {subject} {year}: the amount was read from the scanned page with low confidence "
             "({text} read as {found}, confidence {confidence}); compare it with the image.")),
    # the same thing written differently: nothing to correct in the figures
    _kind("text_mismatch", "info", "line", "project_code directorate indicator copy",
          N_("Text differs"),
          N_("{code} / {directorate}: indicator reads {text} {in_copy}, {indicator} in the other copies.")),
    _kind("directorate_spelling", "info", "directorate", "directorate copy",
          N_("Directorate spelling"),
          N_("{directorate} is spelled {text} {in_copy}.")),
    # a second parser (camelot, --cross-check) reads otherwise, or could not read the page at all
    _kind("crosscheck_mismatch", "info", "cell", "pdf_pages x0 top",
          N_("Camelot reads otherwise"),
          N_("Page {page}: {subject} {year}: perfprog {expected}, camelot {text}.")),
    _kind("crosscheck_skipped", "info", "page", "pdf_pages",
          N_("Not cross-checked"),
          N_("Page {page}: camelot found no ruled table on this page.")),
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


SEVERITY_LABELS: dict[str, str] = {"error": N_("Error"), "warning": N_("Warning"), "info": N_("Info")}
"""Each severity as a reader sees it (English msgids): see :func:`severity_labels`."""


def severity_labels(lang: Lang) -> dict[str, str]:
    """Each severity's name in ``lang``, for the terminal, the report and the workbook."""
    return {s: translations(lang).gettext(label) for s, label in SEVERITY_LABELS.items()}


def labels(lang: Lang) -> dict[str, str]:
    """Each kind's short label in ``lang``, for the report and the workbook."""
    return {k.name: translations(lang).gettext(k.label) for k in _ALL}
