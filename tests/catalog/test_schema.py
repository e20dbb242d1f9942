"""The catalog's SQL face: keys, comments and views derived from the contract, and older catalogs
refused in one line."""
from __future__ import annotations

import duckdb
import pandas as pd
import pytest

from pipeline.catalog import TABLES, Catalog
from pipeline.catalog.diff import diff_editions
from pipeline.contract import table
from pipeline.errors import CatalogError


def _read(catalog: Catalog, query: str) -> list[tuple]:
    with duckdb.connect(str(catalog.path), read_only=True) as con:
        return con.execute(query).fetchall()


def test_tables_have_the_contracts_keys_and_reference_their_edition(catalog):
    constraints = _read(catalog, "SELECT table_name, constraint_type, constraint_column_names, referenced_table "
                                 "FROM duckdb_constraints() WHERE constraint_type IN ('PRIMARY KEY', 'FOREIGN KEY')")
    keys = {t: cols for t, kind, cols, _ in constraints if kind == "PRIMARY KEY"}
    assert keys["editions"] == ["edition"]
    assert keys["budget_lines"] == ["edition", *table("budget_lines").key]
    assert keys["printed_totals"] == ["edition", "directorate", "year"]
    assert "findings" not in keys and "projects" not in keys
    references = {t: (cols, target) for t, kind, cols, target in constraints if kind == "FOREIGN KEY"}
    assert references == {name: (["edition"], "editions") for name in TABLES}


def test_an_edition_that_is_not_stored_cannot_have_rows(catalog):
    with duckdb.connect(str(catalog.path)) as con, pytest.raises(duckdb.ConstraintException):
        con.execute("INSERT INTO aims (edition, aim_no) VALUES ('nowhere-2020', 1)")


def test_tables_and_columns_carry_the_models_descriptions(catalog):
    tables = dict(_read(catalog, "SELECT table_name, comment FROM duckdb_tables()"))
    assert tables["budget_lines"] == table("budget_lines").description
    assert tables["findings"].startswith("What an auditor must look at")
    columns = {(t, c): d for t, c, d in _read(catalog, "SELECT table_name, column_name, comment FROM duckdb_columns()")}
    assert columns[("budget_lines", "amount")] == table("budget_lines").column("amount").description
    assert columns[("editions", "sha256")] == "SHA-256 of the PDF file."
    views = dict(_read(catalog, "SELECT view_name, comment FROM duckdb_views() WHERE NOT internal"))
    assert set(views) == {"latest_editions", "findings_with_pages", "budget_by_unit_year", "edition_changes"}
    assert all(views.values())


def test_latest_edition_per_municipality(catalog):
    assert _read(catalog, "SELECT municipality, edition FROM latest_editions") == [("Defne Belediyesi", "defne-2023")]


def test_findings_with_pages(catalog, runs):
    rows = _read(catalog, "SELECT kind, pdf_pages, pages FROM findings_with_pages WHERE edition = 'defne-2022'")
    assert len(rows) == len(runs["defne-2022"].findings)
    assert all(pages == [int(p) for p in text.split("; ")] if text else pages == [] for _, text, pages in rows)
    assert ("total_mismatch", "37; 39", [37, 39]) in rows


def test_budget_by_unit_and_year_counts_each_amount_once(catalog, runs):
    lines = runs["defne-2023"].frames["budget_lines"]
    strategic = lines[lines["view"] == "strategic"]
    expected = strategic.groupby(["directorate", "year"])["amount"].sum()
    got = pd.DataFrame(_read(catalog, "SELECT directorate, year, budget FROM budget_by_unit_year "
                                      "WHERE edition = 'defne-2023' AND budget IS NOT NULL"),
                       columns=["directorate", "year", "budget"]).set_index(["directorate", "year"])["budget"]
    assert got.sort_index().to_dict() == {k: int(v) for k, v in expected.sort_index().items()}
    printed = _read(catalog, "SELECT printed_total FROM budget_by_unit_year WHERE edition = 'defne-2022' "
                             "AND directorate = 'Bilgi İşlem Müdürlüğü' AND year = 2022")
    assert printed == [(450000,)]


def test_edition_changes_agree_with_diff(catalog):
    changes = _read(catalog, "SELECT directorate, year, old_budget, new_budget, difference FROM edition_changes "
                             "WHERE old_edition = 'defne-2022' AND new_edition = 'defne-2023'")
    totals = diff_editions(catalog.path, "defne-2022", "defne-2023").totals
    assert len(changes) == len(totals.dropna(subset=["old_total", "new_total"], how="all"))
    by_key = {(d, y): diff for d, y, _, _, diff in changes}
    assert all(by_key[(r.directorate, r.year)] == r.difference for r in totals.itertuples())
    assert any(diff != 0 for diff in by_key.values())


def test_an_older_catalog_is_refused_in_one_line(tmp_path, runs):
    path = tmp_path / "old.duckdb"
    with duckdb.connect(str(path)) as con:  # the tables of the previous version: no keys, no views
        con.execute("CREATE TABLE editions (edition VARCHAR PRIMARY KEY, municipality VARCHAR, edition_year INTEGER, "
                    "plan_years INTEGER[], source VARCHAR, page_count INTEGER, sha256 VARCHAR, data_sha256 VARCHAR, "
                    "ingested_at TIMESTAMP)")
        for name, columns in TABLES.items():
            con.execute(f"CREATE TABLE {name} (edition VARCHAR, " + ", ".join(f'"{c}" VARCHAR' for c in columns) + ")")
    before = path.read_bytes()
    for attempt in (lambda c: c.editions(), lambda c: runs["defne-2023"].store_in(c)):
        with pytest.raises(CatalogError, match="not a catalog of this perfprog version") as caught:
            attempt(Catalog(path))
        assert "\n" not in str(caught.value)
    assert path.read_bytes() == before


def test_diff_tables_follow_the_contract(catalog):
    diff = diff_editions(catalog.path, "defne-2022", "defne-2023")
    for frame, name in ((diff.lines, "diff_lines"), (diff.totals, "diff_totals")):
        assert {c: str(t) for c, t in frame.dtypes.items()} == table(name).dtypes()
    assert not diff.lines.duplicated(table("diff_lines").key).any()
    assert set(diff.lines["change"]) <= set(table("diff_lines").column("change").isin)
