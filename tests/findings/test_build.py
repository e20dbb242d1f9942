"""Findings of extraction and schema checks, built as records with their pages and boxes."""
from __future__ import annotations

from pipeline.findings import gap_findings, message, problem_findings, schema_findings, to_frame
from pipeline.model import BBox, Gap, Problem
from pipeline.schemas import Violation


def test_gap_keeps_page_box_and_reason():
    [f] = gap_findings([Gap(12, BBox(10.123, 20.0, 30.456, 40.0), "1.000", "amount_unreadable", values=1)])
    assert (f.kind, f.severity, f.pages, f.box, f.basis) == ("extraction_gap", "error", (12,),
                                                            (10.12, 20.0, 30.46, 40.0), "amount_unreadable")
    assert message(f, "tr") == "Sayfa 12: tablodaki «1.000» okunamadı: bütçe hücresi bir tutar değil."
    assert message(f, "en") == "Page 12: “1.000” in a table could not be read: a budget cell holds no amount."
    row = to_frame([f]).iloc[0]
    assert (row["pdf_pages"], row["x0"], row["bottom"]) == ("12", 10.12, 40.0)


def test_schema_violation_names_its_pages_in_the_runs_language():
    [f] = schema_findings([Violation("budget_lines", "amount", "greater_than_or_equal_to(0)", ("-1", "-5"), (7, 3))])
    assert f.severity == "warning" and f.pdf_pages == "3; 7"
    assert message(f, "tr") == "Şema ihlali: budget_lines.amount: greater_than_or_equal_to(0): -1, -5 (sayfa 7, 3)"
    assert message(f, "en") == "Schema violation: budget_lines.amount: greater_than_or_equal_to(0): -1, -5 (page 7, 3)"
    [whole] = schema_findings([Violation("aims", "*", "multiple_fields_uniqueness", ("2",), ())])
    assert message(whole, "en") == "Schema violation: aims.*: multiple_fields_uniqueness: 2"


def test_extraction_problem_names_its_page_in_the_runs_language():
    [f, g] = problem_findings([Problem(4, "goal_unreadable"), Problem(9, "outside_goal", "13.36.5")])
    assert (f.pages, f.basis, f.severity) == ((4,), "goal_unreadable", "warning")
    assert message(f, "tr") == "Okuma sorunu: sayfa 4: stratejik hedef numarası okunamadı."
    assert message(f, "en") == "Extraction problem: page 4: the strategic goal's number cannot be read."
    assert message(g, "tr") == "Okuma sorunu: sayfa 9: 13.36.5 bir amaç/hedef başlığı altında değil."
