"""Edition comparison against differences computed independently, with pandas, from the
hand-checked budget lines (bundled editions) or the builder's ground truth (synthetic ones)."""
from __future__ import annotations

import pandas as pd

from pipeline.catalog.diff import LINE_COLUMNS, TOTAL_COLUMNS, diff_editions

from ..conftest import expected

KEY = ["project_code", "directorate", "indicator", "year"]
COMPARED = ["change", *KEY, "old_amount", "new_amount"]


def _strategic(lines: pd.DataFrame, years: list[int]) -> pd.DataFrame:
    """Part-1 lines of the given years, numbered among lines with the same key in printed order."""
    part1 = lines[(lines["view"] == "strategic") & lines["year"].isin(years)].copy()
    part1["occurrence"] = part1.groupby(KEY).cumcount() + 1
    return part1[[*KEY, "occurrence", "amount"]].astype({"amount": "Int64", "year": "int64"})


def expected_changes(old: pd.DataFrame, new: pd.DataFrame, years: list[int]) -> set[tuple]:
    merged = _strategic(old, years).merge(_strategic(new, years), how="outer", on=[*KEY, "occurrence"],
                                          suffixes=("_old", "_new"), indicator=True)
    a, b = merged["amount_old"], merged["amount_new"]
    same = (a == b).fillna(False) | (a.isna() & b.isna())
    merged = merged[(merged["_merge"] != "both") | ~same]
    merged["change"] = merged["_merge"].map({"left_only": "dropped", "right_only": "added", "both": "changed"})
    return _rows(merged.rename(columns={"amount_old": "old_amount", "amount_new": "new_amount"}))


def _rows(frame: pd.DataFrame) -> set[tuple]:
    frame = frame[COMPARED].astype({"year": "int64", "old_amount": "Int64", "new_amount": "Int64"})
    return {tuple(None if pd.isna(v) else v for v in row) for row in frame.itertuples(index=False, name=None)}


def test_bundled_editions_differ_exactly_where_the_expected_data_do(catalog):
    diff = diff_editions(catalog.path, "defne-2022", "defne-2023")
    assert list(diff.lines.columns) == LINE_COLUMNS and list(diff.totals.columns) == TOTAL_COLUMNS
    assert (diff.years, diff.left_out) == ([2020, 2021, 2022, 2023, 2024], [])
    want = expected_changes(expected("defne-2022", "budget_lines"), expected("defne-2023", "budget_lines"), diff.years)
    assert len(diff.lines) == len(want) > 100
    assert _rows(diff.lines) == want


def test_totals_side_by_side(catalog):
    diff = diff_editions(catalog.path, "defne-2022", "defne-2023")
    totals = diff.totals.astype({"year": "int64"}).set_index(["directorate", "year"]).sort_index()
    for side, edition in (("old", "defne-2022"), ("new", "defne-2023")):
        lines = expected(edition, "budget_lines").query("view == 'strategic'")
        sums = lines.groupby(["directorate", "year"])["amount"].sum().sort_index()  # blank cells count 0
        printed = expected(edition, "printed_totals").set_index(["directorate", "year"])["amount"].sort_index()
        for column, want in ((f"{side}_total", sums), (f"{side}_printed_total", printed)):
            pd.testing.assert_series_equal(totals[column], want, check_dtype=False, check_names=False)
    moved = (diff.lines["new_amount"].fillna(0) - diff.lines["old_amount"].fillna(0)).sum()
    assert totals["difference"].sum() == moved != 0


def test_partly_overlapping_plans_compare_common_years_only(catalog, synthetic):
    synthetic["defne-2024"].result.store_in(catalog)  # plan years 2022–2026
    diff = diff_editions(catalog.path, "defne-2023", "defne-2024")
    assert diff.years == [2022, 2023, 2024] and diff.left_out == [2020, 2021, 2025, 2026]
    want = expected_changes(expected("defne-2023", "budget_lines"), synthetic["defne-2024"].budget_lines, diff.years)
    assert {"added", "dropped", "changed"} == {row[0] for row in want}
    assert _rows(diff.lines) == want
    assert set(diff.totals["year"]) == {2022, 2023, 2024}


def test_new_strategic_plan_shares_no_year(catalog, synthetic):
    synthetic["defne-2025"].result.store_in(catalog)  # plan years 2025–2029
    assert catalog.editions()[-1].plan_years == [2025, 2026, 2027, 2028, 2029]
    diff = diff_editions(catalog.path, "defne-2023", "defne-2025")
    assert diff.years == [] and diff.left_out == list(range(2020, 2030))
    assert diff.lines.empty and diff.totals.empty
    assert list(diff.lines.columns) == LINE_COLUMNS


def test_an_edition_against_itself_is_empty(catalog):
    diff = diff_editions(catalog.path, "defne-2023", "defne-2023")
    assert diff.lines.empty and (diff.totals["difference"] == 0).all()
