"""The Chromium producer must print the very pages the truth describes, with a browser's own
glyphs (ligatures) and border drawing."""
from __future__ import annotations

import unicodedata
from pathlib import Path

import pandas as pd
import pdfplumber
import pytest

from tests.support.htmlbuild import CHROMIUM, build_html, build_html_programme
from tests.support.progbuild import BUDGET_LINE_COLUMNS, TABLE_X0, TABLE_X1, Truth, sample_programme
from tests.support.randprog import build_random, random_programme

pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="chromium not installed")
BLACK = (0.0, 0.0, 0.0)


def _words(path: Path) -> dict[int, set[str]]:
    """Each page's words with ligature glyphs spelt out (`hedeﬂer` → `hedefler`)."""
    with pdfplumber.open(path) as pdf:
        return {i: {unicodedata.normalize("NFKC", w["text"]) for w in page.extract_words(use_text_flow=True)}
                for i, page in enumerate(pdf.pages, start=1)}


def _ligatures(path: Path) -> int:
    with pdfplumber.open(path) as pdf:
        return sum(c["text"] in ("ﬁ", "ﬂ") for page in pdf.pages for c in page.chars)


def _assert_rows_on_their_pages(path: Path, lines: pd.DataFrame, page_count: int) -> None:
    words = _words(path)
    assert len(words) == page_count
    for row in lines.drop_duplicates(["view", "section", "project_code", "indicator", "pdf_page"]).itertuples():
        missing = [w for w in [row.project_code, *row.indicator.split()] if w not in words[row.pdf_page]]
        assert not missing, (row.project_code, row.pdf_page, missing)


def test_the_older_api_still_returns_the_budget_lines(tmp_path: Path) -> None:
    path = tmp_path / "web.pdf"
    lines = build_html_programme(sample_programme(), path)
    assert list(lines.columns) == BUDGET_LINE_COLUMNS and str(lines.amount.dtype) == "Int64"
    with pdfplumber.open(path) as pdf:
        assert "Skia" in pdf.metadata.get("Producer", "")
        assert pdf.metadata["Title"] == "2023 Yılı Performans Programı"
        page_count = len(pdf.pages)
        assert "Defne Belediyesi 2023 Yılı Performans Programı" in pdf.pages[0].extract_text()
    assert _ligatures(path) > 0  # DejaVu Sans: `hedeﬂer`, `ﬁziki`
    _assert_rows_on_their_pages(path, lines, page_count)


def _seed(**wanted: object) -> int:
    """The first seed whose drawn layout has the wanted attributes."""
    return next(seed for seed in range(1000)
                if all(getattr(random_programme(seed)[1], k) == v for k, v in wanted.items()))


def test_a_random_programme_prints_as_its_truth_says(tmp_path: Path) -> None:
    seed = _seed(font="DejaVuSans", rules="projects")
    truth, choice = build_random(seed, tmp_path / "web.pdf", producer="chromium")
    paper, _ = build_random(seed, tmp_path / "paper.pdf", producer="reportlab")
    assert choice.producer == "chromium" and choice.id().startswith("cr-")
    for frame in ("budget_lines", "printed_totals", "section_pages"):  # the same pages as reportlab's
        pd.testing.assert_frame_equal(getattr(truth, frame), getattr(paper, frame))
    assert truth.page_kinds == paper.page_kinds
    _assert_rows_on_their_pages(tmp_path / "web.pdf", truth.budget_lines, truth.page_count)
    assert _ligatures(tmp_path / "web.pdf") > 0
    with pdfplumber.open(tmp_path / "web.pdf") as pdf:
        page = pdf.pages[truth.section_pages.pdf_page.iloc[0] - 1]
        rules = [r for r in page.rects if r["non_stroking_color"] == pytest.approx(BLACK)]
        vertical = [r for r in rules if r["height"] > r["width"]]
        assert rules and all(r["width"] < 1 or r["height"] < 1 for r in rules)  # borders as thin boxes
        for r in vertical:  # the outer frame only
            assert min(abs(r["x0"] + r["x1"] - 2 * x) for x in (TABLE_X0, TABLE_X1)) < 1


@pytest.mark.parametrize("rules", ["none", "grid"])
def test_rule_styles_in_the_browser(tmp_path: Path, rules: str) -> None:
    truth: Truth = build_html(sample_programme(), tmp_path / "web.pdf", rules=rules, valign="top",
                              unit_header="Sorumlu Birim", extra_columns=[("Açıklama", "indicator")])
    with pdfplumber.open(tmp_path / "web.pdf") as pdf:
        page = pdf.pages[truth.section_pages.pdf_page.iloc[0] - 1]
        black = [r for r in page.rects if r["non_stroking_color"] == pytest.approx(BLACK)]
        words = {w["text"] for w in page.extract_words(use_text_flow=True)}
    assert {"Sorumlu", "Birim", "Açıklama"} <= words
    if rules == "none":
        assert not black and not page.lines
    else:  # cut at every cell corner, as a browser draws cell borders: many short pieces
        horizontal = [r for r in black if r["width"] > r["height"]]
        assert len(horizontal) > 4 * len({round(r["top"]) for r in horizontal})
