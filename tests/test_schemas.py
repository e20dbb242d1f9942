"""Schema checks give structured violations: the table, column, check, values and pages as data."""
from __future__ import annotations

from pipeline.schemas import Violation, validate


def test_clean_programme_has_no_violation(runs):
    doc, frames = runs["defne-2023"].doc, runs["defne-2023"].frames
    assert validate(frames, doc.plan_years, doc.directorates) == []


def test_a_broken_row_names_its_page(runs):
    doc, frames = runs["defne-2023"].doc, runs["defne-2023"].frames
    lines = frames["budget_lines"].copy()
    lines.loc[5, "amount"] = -1
    lines.loc[9, "year"] = 2031
    found = validate({**frames, "budget_lines": lines}, doc.plan_years, doc.directorates)
    by_check = {(v.column, v.check): v for v in found}
    amount = by_check[("amount", "greater_than_or_equal_to(0)")]
    assert amount == Violation("budget_lines", "amount", "greater_than_or_equal_to(0)", ("-1",),
                               (int(lines.loc[5, "pdf_page"]),))
    year = by_check[("year", "isin([2020, 2021, 2022, 2023, 2024])")]
    assert year.values == ("2031",) and year.pages == (int(lines.loc[9, "pdf_page"]),)
    assert by_check[("*", "a line does not have every plan year 2020–2024 exactly once")].pages
