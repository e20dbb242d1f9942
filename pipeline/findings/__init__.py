"""Findings: the registry of kinds (:mod:`.kinds`), the typed record every stage builds
(:mod:`.record`), the builders for extraction and schema findings (:mod:`.build`), the words of
their sentences (:mod:`.words`) and the findings table (:mod:`.table`)."""
from __future__ import annotations

from ..i18n import LANGS, Lang
from .build import gap_findings, problem_findings, schema_findings
from .kinds import FAIL_SEVERITIES, KINDS, SEVERITY, Kind, Severity, about, kind, labels, severity_labels
from .record import Finding
from .table import has_errors, message, read_frame, summarize, to_frame
from .words import copy_label, format_amount, quote

__all__ = ["FAIL_SEVERITIES", "KINDS", "LANGS", "SEVERITY", "Finding", "Kind", "Lang", "Severity",
           "about", "copy_label", "format_amount", "gap_findings", "has_errors", "kind", "labels", "message",
           "problem_findings", "quote", "read_frame", "schema_findings", "severity_labels", "summarize", "to_frame"]
