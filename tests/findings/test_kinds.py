"""The registry of finding kinds: every kind complete in both languages, in report order."""
from __future__ import annotations

import pytest

from pipeline.contract import SEVERITIES
from pipeline.findings import KINDS, SEVERITY, Finding, about, kind, labels


def test_every_kind_is_complete_in_both_languages():
    for k in KINDS.values():
        assert k.severity in SEVERITIES and k.keys and k.label and k.message
    assert all(labels("tr")[name] != labels("en")[name] for name in KINDS), "every label translated"


def test_kinds_of_every_stage_are_registered():
    stages = {"extraction_gap", "extraction_problem", "schema_violation", "total_mismatch", "amount_mismatch",
              "crosscheck_mismatch", "crosscheck_skipped"}
    assert stages <= set(KINDS)
    assert SEVERITY["extraction_gap"] == "error" and SEVERITY["numbering_gap"] == "warning"
    assert SEVERITY["crosscheck_skipped"] == "info"


def test_report_order_puts_reading_problems_first_within_errors():
    errors = [k for k, s in SEVERITY.items() if s == "error"]
    assert errors[:3] == ["extraction_gap", "total_mismatch", "amount_mismatch"]


def test_subjects_group_kinds_for_the_report():
    assert about("line") == {"amount_mismatch", "line_missing", "line_unexpected", "text_mismatch"}
    assert about("project") == {"project_missing", "project_unexpected", "code_mismatch", "numbering_duplicate"}


def test_labels_per_language():
    assert labels("tr")["total_mismatch"] == "Toplam tutmuyor"
    assert labels("en")["crosscheck_skipped"] == "Not cross-checked"


def test_an_unregistered_kind_cannot_be_built():
    with pytest.raises(ValueError, match="unknown finding kind 'made_up'"):
        Finding("made_up")
    with pytest.raises(ValueError):
        kind("made_up")
