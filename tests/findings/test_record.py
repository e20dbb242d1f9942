"""The finding record: pages as the table writes them, report order, one row per distinct finding."""
from __future__ import annotations

import pandas as pd

from pipeline.contract import table
from pipeline.findings import Finding, message, read_frame, to_frame


def test_pages_are_sorted_and_unique():
    assert Finding("line_missing", pages=(21, 10, 21)).pdf_pages == "10; 21"
    assert Finding("numbering_gap").pdf_pages == ""


def test_report_order_severity_then_registry_then_project_number():
    found = [Finding("text_mismatch", project_code="1.1.1", note="x"),
             Finding("numbering_gap", project_code="2.1.3", note="2.1"),
             Finding("line_missing", project_code="1.1.10", copy="strategic"),
             Finding("line_missing", project_code="1.1.9", copy="strategic"),
             Finding("total_mismatch", directorate="A", year=2024, basis="section", expected=1, found=2)]
    frame = to_frame(found + found[:2])  # duplicates are one row
    assert frame[["kind", "project_code"]].values.tolist() == [
        ["total_mismatch", ""], ["line_missing", "1.1.9"], ["line_missing", "1.1.10"], ["numbering_gap", "2.1.3"],
        ["text_mismatch", "1.1.1"]]


def test_crosscheck_finding_reads_both_parsers():
    f = Finding("crosscheck_mismatch", project_code="1.1.1", directorate="Fen İşleri Müdürlüğü", year=2023,
                expected=1_000_000, found=100_000, note="100.000", pages=(12,), box=(1.0, 2.0, 3.0, 4.0))
    assert message(f, "tr") == "Sayfa 12: 1.1.1 / Fen İşleri Müdürlüğü 2023: perfprog 1.000.000, camelot «100.000»."
    assert message(f, "en") == "Page 12: 1.1.1 / Fen İşleri Müdürlüğü 2023: perfprog 1,000,000, camelot “100.000”."


def test_frame_round_trips_through_csv_with_the_contracts_dtypes(tmp_path):
    frame = to_frame([Finding("total_mismatch", directorate="A", year=2024, basis="section", expected=1, found=2,
                              pages=(3,)),
                      Finding("extraction_gap", basis="outside_columns", note="x", pages=(5,), box=(1.5, 2, 3, 4))])
    assert {c: str(t) for c, t in frame.dtypes.items()} == table("findings").dtypes()
    frame.to_csv(tmp_path / "findings.csv", index=False)
    pd.testing.assert_frame_equal(read_frame(tmp_path / "findings.csv"), frame)
    assert to_frame([]).empty and list(to_frame([]).columns) == table("findings").names
