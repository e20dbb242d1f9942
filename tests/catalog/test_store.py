"""Storing editions: faithful round trip, idempotent re-ingest, replacement of an edition in one
piece, refusal of one file under two names, and no trace of a store that fails."""
from __future__ import annotations

import hashlib
from dataclasses import replace

import duckdb
import pandas as pd
import pytest

from pipeline.catalog import TABLES, Catalog, Outcome
from pipeline.errors import CatalogError


def _digest(catalog: Catalog) -> str:
    return hashlib.sha256(catalog.path.read_bytes()).hexdigest()


def _same_frames(stored: dict[str, pd.DataFrame], result) -> None:
    for name in TABLES:
        source = result.findings if name == "findings" else result.frames[name]
        pd.testing.assert_frame_equal(stored[name], source, check_dtype=False, obj=name)


def test_editions_round_trip(catalog, runs):
    editions = {e.slug: e for e in catalog.editions()}
    assert sorted(editions) == ["defne-2022", "defne-2023"]
    for slug, result in runs.items():
        e = editions[slug]
        assert (e.municipality, e.edition_year, e.plan_years) == ("Defne Belediyesi", int(slug[-4:]), list(range(2020, 2025)))
        assert (e.sha256, e.page_count, e.source) == (result.doc.sha256, result.doc.page_count, str(result.pdf))
        _same_frames(catalog.frames(slug), result)


def test_reingest_changes_nothing(catalog, runs):
    before, editions = _digest(catalog), catalog.editions()
    stored = runs["defne-2023"].store_in(catalog)
    assert stored.outcome is Outcome.UNCHANGED and stored.previous == stored.edition
    assert catalog.editions() == editions  # ingest time included
    assert _digest(catalog) == before  # not a byte written


def test_different_file_replaces_the_edition(tmp_path, runs):
    catalog = Catalog(tmp_path / "c.duckdb")
    runs["defne-2023"].store_in(catalog)
    stored = replace(runs["defne-2022"], slug="defne-2023").store_in(catalog)
    assert stored.outcome is Outcome.REPLACED
    assert stored.previous.sha256 == runs["defne-2023"].doc.sha256
    assert [e.sha256 for e in catalog.editions()] == [runs["defne-2022"].doc.sha256]
    _same_frames(catalog.frames("defne-2023"), runs["defne-2022"])  # no row of the old file is left


def test_same_file_new_extraction_updates(catalog, runs):
    result = runs["defne-2023"]
    stored = replace(result, findings=result.findings.iloc[:-1]).store_in(catalog)
    assert stored.outcome is Outcome.UPDATED
    assert len(catalog.frames("defne-2023")["findings"]) == len(result.findings) - 1


def test_same_file_under_another_name_is_refused(catalog, runs):
    before = _digest(catalog)
    with pytest.raises(CatalogError, match="already in the catalog as 'defne-2023'"):
        replace(runs["defne-2023"], slug="defne-copy").store_in(catalog)
    assert _digest(catalog) == before


def test_failing_store_leaves_the_catalog_unchanged(catalog, runs):
    """A replacement that breaks on its last table, after the old rows are deleted, rolls back."""
    result = runs["defne-2022"]
    broken = result.frames["aims"].astype({"pdf_page": object})
    broken.loc[0, "pdf_page"] = "page one"
    other_file = replace(result.doc, sha256="0" * 64)
    editions = catalog.editions()
    with pytest.raises(duckdb.ConversionException):
        replace(result, doc=other_file, frames={**result.frames, "aims": broken}).store_in(catalog)
    assert catalog.editions() == editions
    _same_frames(catalog.frames("defne-2022"), result)


def test_unknown_edition_names_the_known_ones(catalog):
    with pytest.raises(CatalogError, match="no such edition.*defne-2022, defne-2023"):
        catalog.frames("defne-2030")


def test_foreign_duckdb_file_is_refused(tmp_path, runs):
    path = tmp_path / "other.duckdb"
    with duckdb.connect(str(path)) as con:
        con.execute("CREATE TABLE budget_lines (x INTEGER)")
    before = path.read_bytes()
    with pytest.raises(CatalogError, match="not a catalog of this perfprog version"):
        runs["defne-2023"].store_in(Catalog(path))
    assert path.read_bytes() == before


def test_missing_catalog_is_not_created_by_reading(tmp_path):
    catalog = Catalog(tmp_path / "none.duckdb")
    with pytest.raises(CatalogError, match="no catalog here"):
        catalog.editions()
    assert not any(tmp_path.iterdir())
