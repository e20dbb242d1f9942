"""The same programme printed differently must come back as exactly the same tables.

Each test renders known data into a PDF (tests/support/progbuild.py), runs the extractor and
requires cell-for-cell, page-for-page agreement with the data it was drawn from."""
from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from pipeline.extract import build_document
from pipeline.frames import all_frames
from pipeline.schemas import validate

from ..support.progbuild import BUDGET_LINE_COLUMNS, available_fonts, build_programme, sample_programme


def _extract(pdf: Path):
    doc = build_document(pdf)
    return doc, all_frames(doc)


def _same(got: pd.DataFrame, want: pd.DataFrame, columns: list[str]) -> None:
    """Row for row equal; on failure, show the rows only one side has."""
    got = got[columns].reset_index(drop=True).astype(str)
    want = want[columns].reset_index(drop=True).astype(str)
    diff = got.merge(want, how="outer", indicator=True).query("_merge != 'both'")
    assert diff.empty, diff.head(10).to_string()
    pd.testing.assert_frame_equal(got, want)


def _check(tmp_path: Path, name: str, programme=None, **options):
    programme = programme or sample_programme()
    truth = build_programme(programme, tmp_path / f"{name}.pdf", **options)
    doc, frames = _extract(tmp_path / f"{name}.pdf")
    _same(frames["budget_lines"], truth.budget_lines, BUDGET_LINE_COLUMNS)
    _same(frames["printed_totals"], truth.printed_totals, ["directorate", "year", "amount", "pdf_page"])
    _same(frames["section_pages"], truth.section_pages, ["directorate", "part", "part_count", "pdf_page"])
    assert validate(frames, doc.plan_years, doc.directorates) == []
    assert doc.problems == []
    return doc, frames, truth


def test_reference_style(tmp_path):
    doc, frames, truth = _check(tmp_path, "grid")
    lines = frames["budget_lines"]
    assert doc.slug == "defne-2023" and doc.plan_years == [2020, 2021, 2022, 2023, 2024]
    # merged cells: a project with three directorates, a directorate cell with several rows
    assert lines.groupby("project_code")["directorate"].nunique().max() >= 3
    # blank vs dash
    assert lines["amount"].isna().any() and (lines["amount"] == 0).any()
    # wrapped cells are joined by one space
    assert lines["indicator"].str.len().max() > 60 and not lines["indicator"].str.contains("  ").any()


@pytest.mark.parametrize("style", ["dot", "dot_decimals"])
def test_number_styles(tmp_path, style):
    _, frames, _ = _check(tmp_path, style, number_style=style)
    assert frames["budget_lines"]["amount"].max() >= 1_000_000


def test_only_horizontal_rules(tmp_path):
    doc, _, _ = _check(tmp_path, "horizontal", rules="horizontal")


def test_fake_bold_doubled_characters(tmp_path):
    _check(tmp_path, "bold", fake_bold=True)


def test_rules_drawn_as_thin_rectangles(tmp_path):
    _check(tmp_path, "rects", rect_cells=True)


def test_other_plan_years(tmp_path):
    programme = sample_programme()
    programme.plan_years = [2025, 2026, 2027, 2028, 2029]
    doc, frames, _ = _check(tmp_path, "years", programme=programme)
    assert doc.plan_years == [2025, 2026, 2027, 2028, 2029]
    assert list(frames["budget_lines_wide"].columns[-5:]) == ["2025", "2026", "2027", "2028", "2029"]


def test_table_continues_on_next_page(tmp_path):
    """Small pages force tables (and projects) over page breaks, with and without repeated headers."""
    for repeat in (True, False):
        doc, frames, truth = _check(tmp_path, f"split-{repeat}", max_rows_per_page=9, split_projects=True,
                                    repeat_header_on_continuation=repeat)
        pages = frames["budget_lines"].groupby(["view", "section", "project_code"])["pdf_page"].nunique()
        assert pages.max() >= 2  # some project really is split over two pages


@pytest.mark.parametrize("font", [f for f in ["DejaVuSerif", "LiberationSans"]])
def test_other_fonts(tmp_path, font):
    if font not in available_fonts():
        pytest.skip(f"{font} not installed")
    _check(tmp_path, font, font=font, font_size=9)


def test_everything_at_once(tmp_path):
    programme = sample_programme()
    programme.plan_years = [2025, 2026, 2027, 2028, 2029]
    _check(tmp_path, "all", programme=programme, rules="horizontal", fake_bold=True, number_style="dot",
           max_rows_per_page=10, split_projects=True)


def test_browser_print_to_pdf(tmp_path):
    """A different producer altogether: HTML tables printed by headless Chromium (Skia/PDF)."""
    from ..support.htmlbuild import CHROMIUM, build_html_programme

    if CHROMIUM is None:
        pytest.skip("chromium not installed")
    truth = build_html_programme(sample_programme(), tmp_path / "web.pdf")
    import pdfplumber

    with pdfplumber.open(tmp_path / "web.pdf") as pdf:
        assert "Skia" in pdf.metadata.get("Producer", "")
    doc, frames = _extract(tmp_path / "web.pdf")
    _same(frames["budget_lines"], truth, BUDGET_LINE_COLUMNS)
    assert doc.problems == [] and doc.slug == "defne-2023"
