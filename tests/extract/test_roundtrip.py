"""Programmes of random municipalities in random layouts must come back cell for cell.

Each seed draws a municipality (name, kind), its unit types and abbreviations, header words,
extra text columns, plan years, number style, ruling (grid, rows, projects, none), alignment,
font and producer (tests/support/randprog.py) and renders a programme with known content; the
extractor must return every cell, page, printed total and the publisher exactly, and nothing
unread. Seeds are fixed, so a failure names a layout that can be rebuilt and looked at.
"""
from __future__ import annotations

import pandas as pd
import pytest

from pipeline.extract import build_document
from pipeline.frames import all_frames

from ..support.htmlbuild import CHROMIUM
from ..support.randprog import build_random

REPORTLAB_SEEDS = range(60)
CHROMIUM_SEEDS = range(1000, 1006)
LINE = ["view", "section", "pdf_page", "aim_no", "goal_no", "project_code", "directorate", "indicator", "year",
        "amount", "extras"]
TOTAL = ["directorate", "year", "amount", "pdf_page"]


def _same(got: pd.DataFrame, want: pd.DataFrame, columns: list[str], what: str) -> None:
    got, want = got[columns].astype(str).reset_index(drop=True), want[columns].astype(str).reset_index(drop=True)
    diff = got.merge(want, how="outer", indicator=True).query("_merge != 'both'")
    assert diff.empty, f"{what}:\n{diff.head(12).to_string()}"
    assert len(got) == len(want)


def _round_trip(seed: int, producer: str, tmp_path) -> None:
    pdf = tmp_path / f"seed-{seed}.pdf"
    truth, choice = build_random(seed, pdf, producer)
    doc = build_document(pdf, use_cache=False, workers=1)
    frames = all_frames(doc)
    context = f"seed {seed} ({choice.id()})"
    _same(frames["budget_lines"], truth.budget_lines, LINE, f"{context}: budget lines")
    _same(frames["printed_totals"], truth.printed_totals, TOTAL, f"{context}: printed totals")
    _same(frames["section_pages"], truth.section_pages, list(truth.section_pages.columns), f"{context}: sections")
    assert (doc.municipality, doc.edition_year, doc.plan_years) == \
        (truth.authority, truth.edition_year, list(truth.plan_years)), context
    assert doc.gaps == [] and doc.problems == [], context


@pytest.mark.parametrize("seed", REPORTLAB_SEEDS)
def test_random_layout_round_trip(seed, tmp_path):
    _round_trip(seed, "reportlab", tmp_path)


@pytest.mark.skipif(CHROMIUM is None, reason="chromium is not installed")
@pytest.mark.parametrize("seed", CHROMIUM_SEEDS)
def test_random_layout_printed_by_a_browser(seed, tmp_path):
    """The same programmes printed by Chromium: other fonts, ligatures, border boxes."""
    _round_trip(seed, "chromium", tmp_path)


def test_the_seeds_cover_the_layouts():
    """The fixed seeds draw every rule style, alignment, unit type family and header label."""
    from ..support.randprog import random_programme

    choices = [random_programme(seed, "reportlab")[1] for seed in REPORTLAB_SEEDS]
    assert {c.rules for c in choices} == {"grid", "rows", "projects", "none"}
    assert {c.valign for c in choices} == {"middle", "top"}
    assert len({c.unit_type for c in choices}) >= 5 and len({c.unit_header for c in choices}) >= 5
    assert {len(c.extra_columns) for c in choices} == {0, 1, 2} and {c.number_style for c in choices} >= {"comma", "dot"}
    assert {len(c.plan_years) for c in choices} == {3, 4, 5}
