"""Findings: the registry of kinds (:mod:`.kinds`), the typed record every stage builds
(:mod:`.record`), the builders for extraction and schema findings (:mod:`.build`), the words of
their sentences (:mod:`.words`), the findings table (:mod:`.table`) and those about figures read by OCR
(:mod:`.ocr`)."""
from __future__ import annotations

from ..i18n import LANGS, Lang
from .build import gap_findings, problem_findings, schema_findings
from .kinds import FAIL_SEVERITIES, KINDS, SEVERITY, Kind, Severity, about, kind, labels, severity_labels
from .ocr import LOW_CONFIDENCE, judge, ocr_findings
from .record import Finding
from .table import has_errors, message, read_frame, summarize, to_frame
from .words import copy_label, format_amount, quote

__all__ = ["FAIL_SEVERITIES", "KINDS", "LANGS", "LOW_CONFIDENCE", "SEVERITY", "Finding", "Kind",
           "Lang", "Severity", "about", "copy_label", "format_amount", "gap_findings", "has_errors", "judge", "kind",
           "labels", "message", "ocr_findings", "problem_findings", "quote", "read_frame", "schema_findings",
           "severity_labels", "summarize", "to_frame"]
