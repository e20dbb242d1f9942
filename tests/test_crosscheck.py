"""camelot as a second opinion: agreement where both read the cells, a finding where they differ."""
from __future__ import annotations

import pytest

from pipeline.crosscheck import cross_check
from pipeline.extract import build_document
from pipeline.frames import all_frames

from .support.progbuild import build_programme, sample_programme


@pytest.fixture(scope="module")
def grid(tmp_path_factory):
    pdf = tmp_path_factory.mktemp("cc") / "grid.pdf"
    build_programme(sample_programme(), pdf)
    doc = build_document(pdf, use_cache=False)
    return pdf, doc, all_frames(doc)


def test_camelot_agrees_cell_for_cell(grid):
    pdf, doc, frames = grid
    table, findings = cross_check(pdf, doc, frames)
    assert findings == []
    assert (table["agreement"] == 1.0).all()
    printed = frames["budget_lines"]["amount"].notna().groupby(frames["budget_lines"]["pdf_page"]).sum()
    for row in table.itertuples():
        assert row.agreeing >= printed.get(row.pdf_page, 0)  # every number we read, camelot read too


def test_a_misread_cell_becomes_a_finding(grid):
    pdf, doc, frames = grid
    lines = frames["budget_lines"].copy()
    i = lines.index[lines["amount"].fillna(0) > 0][3]
    lines.loc[i, "amount"] = lines.loc[i, "amount"] + 1  # pretend perfprog misread one cell
    table, findings = cross_check(pdf, doc, {**frames, "budget_lines": lines})
    assert len(findings) == 1
    f = findings[0]
    assert f.kind == "crosscheck_mismatch" and f.severity == "info"
    assert f.pdf_pages == str(lines.loc[i, "pdf_page"]) and f.found == f.expected - 1
    assert table.loc[table.pdf_page == lines.loc[i, "pdf_page"], "disagreeing"].item() == 1


def test_pages_without_ruled_tables_are_reported_not_dropped(tmp_path):
    pdf = tmp_path / "horizontal.pdf"
    build_programme(sample_programme(), pdf, rules="horizontal")
    doc = build_document(pdf, use_cache=False)
    table, findings = cross_check(pdf, doc, all_frames(doc))
    table_pages = {p.number for p in doc.pages if p.kind in ("strategic", "directorate")}
    assert set(table["pdf_page"]) == table_pages
    assert {f.kind for f in findings} == {"crosscheck_skipped"}
    assert {int(f.pdf_pages) for f in findings} == table_pages
