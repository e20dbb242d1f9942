"""Footing: printed section totals against the rows of the directorate's own cells."""
from .reconcile_builders import A, B, budget_lines, clean, replace, run, totals_of


def _printed():
    return totals_of(budget_lines(clean()))


def test_section_row_changed_breaks_section_footing_only():
    specs = replace(clean(), A, "Yol yapımı", amounts=[100, 250])
    findings = run(specs, _printed())
    total = findings[findings["kind"] == "total_mismatch"]
    assert total[["basis", "directorate", "year", "copy", "expected", "found"]].values.tolist() == [
        ["section", A, 2024, A, 200, 250]]
    assert total["severity"].tolist() == ["error"]
    assert "fark 50" in total["message"].iloc[0]


def test_strategic_row_changed_breaks_strategic_footing():
    specs = replace(clean(), "strategic", "Kaldırım onarımı", amounts=[15, None])
    total = run(specs, _printed()).query("kind == 'total_mismatch'")
    assert total[["basis", "directorate", "year", "copy", "expected", "found"]].values.tolist() == [
        ["strategic", A, 2023, "strategic", 110, 115]]


def test_other_directorates_rows_in_a_section_do_not_count():
    """A's section prints B's line too; changing it there breaks no total, only the copies."""
    specs = replace(clean(), A, "Baskı işleri", amounts=[7, 5])
    findings = run(specs, _printed())
    assert "total_mismatch" not in findings["kind"].tolist()
    assert findings["kind"].tolist() == ["amount_mismatch"]


def test_blank_counts_as_zero():
    printed = _printed()
    assert printed.query("directorate == @A and year == 2024")["amount"].tolist() == [200]
    assert run(clean(), printed).empty


def test_misprinted_total():
    printed = _printed()
    printed.loc[(printed["directorate"] == B) & (printed["year"] == 2023), "amount"] = 6
    total = run(clean(), printed)
    assert total[["basis", "directorate", "year", "expected", "found"]].values.tolist() == [
        ["strategic", B, 2023, 6, 5], ["section", B, 2023, 6, 5]]
