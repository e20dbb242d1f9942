"""The contract as the other stages read it: columns in order, dtypes, keys, roles, descriptions,
and the project-code pattern stated once."""
from __future__ import annotations

import re

import pandas as pd
import pytest

from pipeline.codes import CODE_PATTERN, find_code, parse_code
from pipeline.contract import MODELS, PAGE, PLAN_YEAR, table, tables


def test_every_published_table_has_a_model_in_output_order():
    assert [t.name for t in tables()] == ["budget_lines", "budget_lines_wide", "printed_totals", "section_pages",
                                          "projects", "goals", "aims", "findings", "crosscheck", "diff_lines",
                                          "diff_totals"]
    assert list(MODELS) == [t.name for t in tables()]


def test_budget_lines_columns_dtypes_and_key():
    lines = table("budget_lines")
    assert lines.names == ["view", "section", "pdf_page", "aim_no", "goal_no", "project_code", "directorate",
                           "indicator", "year", "amount", "project_name", "directorate_printed", "line_no",
                           "amount_text", "note", "extras", "x0", "top", "x1", "bottom", "source", "confidence"]
    dtypes = lines.dtypes()
    assert (dtypes["amount"], dtypes["year"], dtypes["view"], dtypes["x0"]) == ("Int64", "int64", "str", "float64")
    assert lines.key == ["view", "pdf_page", "project_code", "directorate", "line_no", "year"]
    assert lines.column("year").role == PLAN_YEAR and lines.column("pdf_page").role == PAGE
    assert lines.column("amount").nullable and lines.column("amount").minimum == 0
    assert lines.column("view").isin == ("strategic", "directorate")


def test_findings_and_crosscheck_columns():
    assert table("findings").names == ["kind", "severity", "basis", "directorate", "project_code", "indicator",
                                       "year", "copy", "expected", "found", "pdf_pages", "message",
                                       "x0", "top", "x1", "bottom"]
    assert table("findings").column("severity").isin == ("error", "warning", "info")
    assert table("findings").key == []
    assert table("crosscheck").names == ["pdf_page", "cells_perfprog", "cells_camelot", "agreeing", "disagreeing",
                                         "agreement", "note"]
    assert table("crosscheck").key == ["pdf_page"] and table("aims").key == ["aim_no"]


def test_wide_table_has_one_column_per_plan_year():
    wide = table("budget_lines_wide")
    assert wide.names[-1] == "extras" and wide.per_year is not None
    year = wide.column("2027")
    assert (year.name, year.dtype, year.nullable, year.minimum) == ("2027", "Int64", True, 0)
    assert "plan year 2027" in year.description
    assert wide.dtypes([*wide.names, "2027"])["2027"] == "Int64"
    with pytest.raises(KeyError):
        table("budget_lines").column("2027")


def test_every_column_is_described():
    for contract in tables():
        assert contract.description, contract.name
        assert all(c.description for c in contract.columns), contract.name


def test_empty_frame_has_the_contracts_columns_and_dtypes():
    empty = table("printed_totals").empty()
    assert list(empty.columns) == table("printed_totals").names and empty.empty
    assert str(empty["amount"].dtype) == "Int64" and str(empty["year"].dtype) == "int64"


def test_project_code_pattern_is_stated_once():
    assert table("budget_lines").column("project_code").pattern == f"^{CODE_PATTERN}$"
    assert re.fullmatch(table("findings").column("project_code").pattern, "")  # findings may concern no project
    assert parse_code("13.36.5") == (13, 36, 5) and parse_code("13.36") is None and parse_code("13.36.5a") is None
    assert find_code("Proje\n18 . 55.1") == (18, 55, 1)


def test_run_frames_have_the_contracts_columns_and_dtypes(runs):
    result = runs["defne-2023"]
    for name, frame in result.tables.items():
        contract = table(name)
        assert list(frame.columns[:len(contract.names)]) == contract.names, name
        assert {c: str(t) for c, t in frame.dtypes.items()} == contract.dtypes(list(frame.columns)), name
    assert list(result.frames["budget_lines_wide"].columns[-5:]) == ["2020", "2021", "2022", "2023", "2024"]
    assert isinstance(result.findings["year"].dtype, pd.Int64Dtype)
