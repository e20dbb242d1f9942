"""Exports from the catalog give back what `run` wrote, without the PDF."""
from __future__ import annotations

import pandas as pd
import pytest
from openpyxl import load_workbook

from pipeline.catalog.export import edition_tables, export_edition
from pipeline.contract import table_title

TABLES = ["budget_lines", "budget_lines_wide", "printed_totals", "section_pages", "projects", "goals", "aims",
          "findings", "edition"]


def test_csv_export_is_the_run_folder_byte_for_byte(catalog, runs, tmp_path):
    folder = export_edition(catalog, "defne-2022", tmp_path, "csv")
    assert folder == tmp_path / "defne-2022"
    assert sorted(p.name for p in folder.iterdir()) == sorted(f"{t}.csv" for t in TABLES)
    run_dir = runs["defne-2022"].out_dir
    for table in TABLES[:-1]:
        assert (folder / f"{table}.csv").read_bytes() == (run_dir / f"{table}.csv").read_bytes(), table
    edition = pd.read_csv(folder / "edition.csv", dtype=str).iloc[0]
    assert (edition["edition"], edition["plan_years"], edition["sha256"]) == (
        "defne-2022", "2020,2021,2022,2023,2024", runs["defne-2022"].doc.sha256)


def test_parquet_export_reads_back_as_the_catalog_tables(catalog, tmp_path):
    folder = export_edition(catalog, "defne-2023", tmp_path, "parquet")
    tables = edition_tables(catalog, "defne-2023")
    for table in TABLES:
        pd.testing.assert_frame_equal(pd.read_parquet(folder / f"{table}.parquet"), tables[table],
                                      check_dtype=False, obj=table)


def test_xlsx_export_is_one_workbook_with_a_sheet_per_table(catalog, tmp_path):
    folder = export_edition(catalog, "defne-2023", tmp_path, "xlsx")
    book = load_workbook(folder / "defne-2023.xlsx", read_only=True)
    assert book.sheetnames == ["Açıklama", *(table_title(t, "tr") for t in TABLES)]  # `edition` keeps its name
    rows = sum(1 for _ in book[table_title("budget_lines", "tr")].iter_rows(values_only=True))
    assert rows == len(catalog.frames("defne-2023")["budget_lines"]) + 1


def test_export_replaces_the_previous_one(catalog, tmp_path):
    export_edition(catalog, "defne-2023", tmp_path, "csv")
    folder = export_edition(catalog, "defne-2023", tmp_path, "parquet")
    assert {p.suffix for p in folder.iterdir()} == {".parquet"}


def test_unknown_format_is_refused(catalog, tmp_path):
    with pytest.raises(ValueError, match="unknown format"):
        export_edition(catalog, "defne-2023", tmp_path, "ods")
