"""The quality suite restates the contract: its expectations are derived from the models."""
from __future__ import annotations

from pipeline.contract import table
from pipeline.findings import KINDS
from pipeline.quality.suite import SUITES, suites


def _by_type(expectations) -> dict[str, list[dict]]:
    found: dict[str, list[dict]] = {}
    for e in expectations:
        found.setdefault(e.expectation_type, []).append(e.configuration.kwargs)
    return found


def test_suites_follow_the_contract():
    made = suites([2024, 2025, 2026], 120, "en")
    assert list(made) == SUITES
    lines = _by_type(made["budget_lines"])
    assert lines["expect_table_columns_to_match_ordered_list"][0]["column_list"] == table("budget_lines").names
    assert lines["expect_compound_columns_to_be_unique"][0]["column_list"] == table("budget_lines").key
    assert {"column": "year", "value_set": [2024, 2025, 2026]} in [
        {k: v for k, v in kw.items() if k in ("column", "value_set")}
        for kw in lines["expect_column_values_to_be_in_set"]]
    pages = [kw for kw in lines["expect_column_values_to_be_between"] if kw["column"] == "pdf_page"]
    assert (pages[0]["min_value"], pages[0]["max_value"]) == (1, 120)
    assert lines["expect_column_values_to_match_regex"][0]["regex"] == table("budget_lines").column("project_code").pattern


def test_wide_suite_names_the_plan_year_columns():
    wide = _by_type(suites([2024, 2025], 9, "tr")["budget_lines_wide"])
    assert wide["expect_table_columns_to_match_ordered_list"][0]["column_list"][-2:] == ["2024", "2025"]
    assert {kw["column"] for kw in wide["expect_column_values_to_be_between"]} >= {"2024", "2025"}


def test_finding_kinds_come_from_the_registry():
    findings = _by_type(suites([2024], 9, "tr")["findings"])
    sets = {kw["column"]: kw["value_set"] for kw in findings["expect_column_values_to_be_in_set"]}
    assert sets["kind"] == list(KINDS) and sets["severity"] == ["error", "warning", "info"]


def test_descriptions_in_the_runs_language():
    tr = [e.description for e in suites([2024], 9, "tr")["printed_totals"]]
    en = [e.description for e in suites([2024], 9, "en")["printed_totals"]]
    assert "Sütunlar sözleşmedeki adlar ve sırayla" in tr and "Columns have the contract's names, in order" in en
    assert "year programın plan yıllarından (2024–2024)" in tr
