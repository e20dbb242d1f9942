"""Structure: codes against their aim and goal, numbering, section pages, printed totals."""
import pandas as pd

from pipeline.reconcile import reconcile

from .reconcile_builders import A, B, budget_lines, clean, copies, run, totals_of


def _rows(findings, kind, cols):
    return findings.loc[findings["kind"] == kind, list(cols)].values.tolist()


def test_code_printed_under_another_goal():
    specs = [(*spec, {"goal_no": 2}) if spec[0] == B else spec for spec in clean()]
    findings = run(specs)
    assert _rows(findings, "code_mismatch", ("project_code", "copy", "severity")) == [["1.1.1", B, "error"]]
    assert "1.2" in findings["message"].iloc[0]


def test_numbering_gap_and_duplicate_are_warnings():
    specs = clean() + copies("1.1.3", ("strategic", A), [(A, "Park", [1, 1])])
    specs += [spec for spec in clean() if spec[0] == "strategic"]  # 1.1.1 printed again after 1.1.3
    findings = run(specs, totals_of(budget_lines(specs)))
    assert _rows(findings, "numbering_gap", ("project_code", "severity")) == [["1.1.2", "warning"]]
    assert _rows(findings, "numbering_duplicate", ("project_code", "copy", "severity")) == [
        ["1.1.1", "strategic", "warning"]]


def test_section_pages_incomplete():
    pages = pd.DataFrame({"directorate": [A, A, B], "part": [1, 3, 1], "part_count": [3, 3, 1],
                          "pdf_page": [20, 22, 21]})
    findings = run(clean(), section_pages=pages)
    assert _rows(findings, "section_incomplete", ("directorate", "expected", "found", "severity")) == [
        [A, 3, 2, "error"]]
    assert "2/3" in findings["message"].iloc[0]


def test_section_without_printed_total():
    lines = budget_lines(clean())
    totals = totals_of(lines)
    findings = reconcile(lines, totals[totals["directorate"] != B])
    assert _rows(findings, "total_missing", ("directorate", "year")) == [[B, 2023], [B, 2024]]
    assert set(findings["kind"]) == {"total_missing"}
