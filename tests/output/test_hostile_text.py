"""Text a PDF prints is anyone's: formulas go out defused in every CSV, markup escaped in report.md and index.html."""
from __future__ import annotations

import pandas as pd

from pipeline.output.csv import neutralize, write_csv
from pipeline.run import Options, process

from ..support.progbuild import STRATEGIC, build_programme, clone_aims, find_project, sample_programme


def test_formula_cells_are_defused_and_numbers_are_not():
    assert [neutralize(t) for t in ["=1+2", "+cmd", "@SUM(A1)", "-2+3", "\tx"]] == \
        ["'=1+2", "'+cmd", "'@SUM(A1)", "'-2+3", "'\tx"]
    assert [neutralize(t) for t in ["-", "-5", "1.000.000", "Fen", 12, None]] == ["-", "-5", "1.000.000", "Fen", 12, None]


def test_text_columns_of_every_kind_are_defused_in_csv(tmp_path):
    """Arrow-backed and plain Python text columns alike; numbers and blanks untouched."""
    texts = ["=1+2", "-5", "Fen", "\tx", "+cmd", None, "", "-", "@x"]
    frame = pd.DataFrame({"arrow": pd.array(texts, dtype="string"), "plain": pd.Series(texts, dtype=object),
                          "n": [-1] * len(texts)})
    write_csv(frame, tmp_path / "t.csv")
    back = pd.read_csv(tmp_path / "t.csv", dtype=str, keep_default_na=False)
    expected = ["'=1+2", "-5", "Fen", "'\tx", "'+cmd", "", "", "-", "'@x"]
    assert back["arrow"].tolist() == expected and back["plain"].tolist() == expected
    assert back["n"].tolist() == ["-1"] * len(texts)


def test_a_programme_printing_formulas_and_markup(tmp_path):
    programme = sample_programme()
    line = find_project(programme.aims, "1.1.1").blocks[0].lines[0]
    line.indicator = "=1+2 @SUM(A1) <script>x</script>"
    find_project(programme.aims, "1.1.2").name = "+cmd [tık](http://e)"
    strategic = clone_aims(programme)  # part 1 prints another amount: a finding quotes the line
    find_project(strategic, "1.1.1").blocks[0].lines[0].amounts = [1] * len(programme.plan_years)
    pdf = tmp_path / "hostile.pdf"
    build_programme(programme, pdf, copies={STRATEGIC: strategic})
    result = process(pdf, Options(out=tmp_path / "out", reports=tmp_path / "rep"))
    lines = pd.read_csv(result.out_dir / "budget_lines.csv", dtype=str, keep_default_na=False)
    assert set(lines.loc[lines["project_code"] == "1.1.1", "indicator"]) >= {"'=1+2 @SUM(A1) <script>x</script>"}
    assert "'+cmd [tık](http://e)" in set(lines["project_name"])
    assert pd.to_numeric(lines["amount"].replace("", None)).notna().any()  # amounts stay numbers
    wide = (result.out_dir / "budget_lines_wide.csv").read_text(encoding="utf-8")
    assert ",=1+2" not in wide and ",'=1+2" in wide
    markdown = (result.report_dir / "report.md").read_text(encoding="utf-8")
    assert "&lt;script&gt;" in markdown and "<script>" not in markdown
    page = (result.report_dir / "index.html").read_text(encoding="utf-8")
    assert "@SUM(A1) &lt;script&gt;x&lt;/script&gt;" in page and "<script" not in page
