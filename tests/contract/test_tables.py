"""The models check what they state: the shared programmes' tables hold, broken ones do not."""
from __future__ import annotations

import pandera.pandas as pa
import pytest
from pandera.errors import SchemaErrors

from pipeline.contract import BudgetLines, Goals, PrintedTotals


def test_shared_programmes_hold_their_contract(extractions):
    for name, (_, frames, _) in extractions.items():
        for table, model in (("budget_lines", BudgetLines), ("printed_totals", PrintedTotals), ("goals", Goals)):
            model.validate(frames[table], lazy=True)


def _cases(model: type[pa.DataFrameModel], frame) -> set[tuple[str, str]]:
    with pytest.raises(SchemaErrors) as caught:
        model.validate(frame, lazy=True)
    cases = caught.value.failure_cases
    return set(zip(cases["column"].astype(str), cases["check"].astype(str)))


def test_broken_tables_break_the_named_checks(runs):
    frames = runs["defne-2023"].frames
    lines = frames["budget_lines"].copy()
    lines.loc[0, "project_code"] = "13.36"
    lines.loc[1, "view"] = "elsewhere"
    lines.loc[2, "line_no"] = 0
    found = _cases(BudgetLines, lines)
    assert {("project_code", r"str_matches('^\d+\.\d+\.\d+$')"), ("view", "isin(['strategic', 'directorate'])"),
            ("line_no", "greater_than_or_equal_to(1)")} <= found
    twice = frames["printed_totals"].iloc[[0, 0]].reset_index(drop=True)
    assert {("directorate", "multiple_fields_uniqueness"), ("year", "multiple_fields_uniqueness")} \
        <= _cases(PrintedTotals, twice)
    reordered = frames["goals"][["goal_no", "aim_no", "goal_title", "pdf_page"]]
    assert ("Goals", "column_ordered") in _cases(Goals, reordered)
