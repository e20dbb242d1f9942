"""Cross-copy matching: lines aligned across the strategic view and the sections."""
import pandas as pd

from .reconcile_builders import A, B, C, PROJECT, clean, copies, replace, run


def _rows(findings, kind, cols=("copy", "directorate", "year", "expected", "found")):
    return findings.loc[findings["kind"] == kind, list(cols)].values.tolist()


def test_minority_copy_disagrees():
    findings = run(replace(clean(), B, "Yol yapımı", amounts=[100, 222]))
    assert _rows(findings, "amount_mismatch") == [[B, A, 2024, 200, 222]]
    message = findings["message"].iloc[0]
    assert "Özel Kalem Müdürlüğü bölümünde 222" in message and "stratejik kısım 200" in message


def test_two_copies_section_disagrees_with_strategic():
    """No majority: the strategic view (the plan itself) is the reference."""
    specs = copies("2.3.1", ("strategic", C), [(C, "Denetim", [1, 2])])
    for changed in ("strategic", C):
        findings = run(replace(specs, changed, "Denetim", amounts=[1, 3]))
        found = 3 if changed == C else 2
        expected = 2 if changed == C else 3
        assert _rows(findings, "amount_mismatch") == [[C, C, 2024, expected, found]]


def test_blank_against_amount_is_a_mismatch_blank_against_dash_is_not():
    findings = run(replace(clean(), B, "Yol yapımı", amounts=[None, 200]))
    assert _rows(findings, "amount_mismatch", ("copy", "directorate", "year", "expected")) == [[B, A, 2023, 100]]
    assert pd.isna(findings["found"].iloc[0])
    assert "bölümünde boş" in findings["message"].iloc[0]
    assert run(replace(clean(), B, "Kaldırım onarımı", amounts=[10, 0])).empty


def test_line_missing_in_one_copy_is_found_by_text():
    findings = run(replace(clean(), B, "Yol yapımı", drop=True))
    assert _rows(findings, "line_missing", ("copy", "directorate", "indicator")) == [[B, A, "Yol yapımı"]]
    assert findings["kind"].tolist() == ["line_missing"]  # the remaining line pairs with its twin


def test_line_printed_in_one_copy_only():
    specs = clean() + [("strategic", "1.1.1", B, "Dergi", [1, 1])]
    findings = run(specs)
    assert _rows(findings, "line_unexpected", ("copy", "directorate", "indicator")) == [["strategic", B, "Dergi"]]


def test_two_copies_presence_follows_the_strategic_view():
    specs = copies("2.3.1", ("strategic", C), [(C, "Denetim", [1, 2]), (C, "Rapor", [0, 0])])
    findings = run(replace(specs, C, "Rapor", drop=True))
    assert _rows(findings, "line_missing", ("copy", "indicator")) == [[C, "Rapor"]]
    findings = run(replace(specs, "strategic", "Rapor", drop=True))
    assert _rows(findings, "line_unexpected", ("copy", "indicator")) == [[C, "Rapor"]]


def test_small_text_differences_match_and_are_info():
    specs = replace(clean(), B, "Yol yapımı", indicator="YOL  yapimi")
    specs = replace(specs, "strategic", "Kaldırım onarımı", indicator="")
    findings = run(specs)
    assert findings[["kind", "severity", "copy", "indicator"]].values.tolist() == [
        ["text_mismatch", "info", "strategic", "Kaldırım onarımı"],
        ["text_mismatch", "info", B, "Yol yapımı"]]


def test_project_missing_from_section_and_strategic():
    other = copies("1.1.2", (A, B), [(A, "Park", [1, 1]), (B, "Afiş", [2, 2])])
    specs = [s for s in clean() if s[0] != B] + other
    findings = run(specs)
    assert _rows(findings, "project_missing", ("project_code", "copy")) == [["1.1.1", B], ["1.1.2", "strategic"]]
    assert set(findings["kind"]) == {"project_missing", "total_mismatch"}  # the absent rows do not foot


def test_project_printed_in_a_section_without_a_row_of_its_own():
    specs = clean() + copies("1.1.1", (C,), PROJECT) + copies("1.1.2", ("strategic", C), [(C, "Denetim", [1, 1])])
    findings = run(specs)
    assert _rows(findings, "project_unexpected", ("project_code", "copy")) == [["1.1.1", C]]
    assert findings["kind"].tolist() == ["project_unexpected"]


def test_directorate_without_a_section():
    findings = run(clean() + copies("1.1.2", ("strategic",), [(C, "Denetim", [1, 1])]))
    assert _rows(findings, "section_missing", ("directorate", "found")) == [[C, 1]]
    assert findings["kind"].tolist() == ["section_missing"]


def test_directorate_spellings_resolve_and_are_reported():
    specs = [(copy, code, "FEN İŞLERİ Md." if (directorate, copy) == (A, B) else directorate, indicator,
              amounts, {"directorate_printed": "Fen İşleri Md." if (directorate, copy) == (A, "strategic") else ""})
             for copy, code, directorate, indicator, amounts in clean()]
    findings = run(specs)
    assert findings[["kind", "severity", "directorate", "copy"]].values.tolist() == [
        ["directorate_spelling", "info", A, "strategic"], ["directorate_spelling", "info", A, B]]


def test_given_line_numbers_order_the_lines():
    """Two rows with the same text in one cell pair by `line_no`, not by their place in the frame."""
    lines = [(A, "Rapor", [1, 1], {"line_no": 1}), (A, "Rapor", [2, 2], {"line_no": 2})]
    specs = copies("1.1.1", ("strategic",), lines) + copies("1.1.1", (A,), lines[::-1])
    assert run(specs).empty
    without = [spec[:5] for spec in specs]
    assert _rows(run(without), "amount_mismatch", ("copy", "year", "expected", "found")) == [
        [A, 2023, 1, 2], [A, 2023, 2, 1], [A, 2024, 1, 2], [A, 2024, 2, 1]]


def test_line_numbers_restarting_on_a_new_page_stay_distinct():
    """A project split by a page break: its second part numbers its rows from 1 again."""
    strategic = copies("1.1.1", ("strategic",), [(A, "Yol", [1, 1]), (A, "Köprü", [2, 2])])
    section = [(A, "1.1.1", A, "Yol", [1, 1], {"line_no": 1, "pdf_page": 20}),
               (A, "1.1.1", A, "Köprü", [2, 2], {"line_no": 1, "pdf_page": 21})]
    assert run(strategic + section).empty
