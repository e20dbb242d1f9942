"""The fast reader (PDFium) gives the reference reader's (pdfminer's) page content: every word
(text, bold, box) and every rule, page by page, on every shared programme and on generated ones
(reportlab, and Chromium where installed: fake bold, ligatures, border boxes).

Boxes may differ by ``TOLERANCE`` points (PDFium's coordinates are single precision) and, across
a line, by ``DRIFT`` of the distance from the page's left edge: PDFium keeps glyph widths in whole
thousandths of an em where a Chromium-printed font gives fractions, so long lines creep by up to
half a point (two pages of the Karaçay programme).
"""
from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.extract.content import PageContent
from pipeline.extract.sources import open_source

from ..conftest import DATA, LAYOUTS
from ..support.htmlbuild import CHROMIUM
from ..support.randprog import build_random

FOREIGN = DATA / "foreign"
TOLERANCE = 0.5
DRIFT = 0.0015


def differences(reference: PageContent, fast: PageContent) -> list[str]:
    """What differs between two readings of one page (empty: the same content)."""
    out = []
    if (round(reference.width, 2), round(reference.height, 2)) != (round(fast.width, 2), round(fast.height, 2)):
        out.append(f"size {reference.width}×{reference.height} vs {fast.width}×{fast.height}")
    if [(w.text, w.bold) for w in reference.words] != [(w.text, w.bold) for w in fast.words]:
        texts = {(w.text, w.bold) for w in reference.words} ^ {(w.text, w.bold) for w in fast.words}
        out.append(f"words differ: {sorted(texts)[:6]}")
    else:
        for a, b in zip(reference.words, fast.words):
            if any(abs(p - q) > TOLERANCE + DRIFT * max(a.x0, 0) for p, q in [(a.x0, b.x0), (a.x1, b.x1)]) \
                    or any(abs(p - q) > TOLERANCE for p, q in [(a.top, b.top), (a.bottom, b.bottom)]):
                out.append(f"word box {a} vs {b}")
    for name in ("hrules", "vrules"):
        ref, got = getattr(reference, name), getattr(fast, name)
        if len(ref) != len(got) or any(abs(p - q) > TOLERANCE for r, g in zip(ref, got)
                                       for p, q in [(r.pos, g.pos), (r.start, g.start), (r.end, g.end)]):
            out.append(f"{name}: {len(ref)} vs {len(got)}")
    return out


def compare(pdf: Path) -> dict[int, list[str]]:
    """Page number → differences, for the pages the two readers read differently."""
    reference, fast = open_source("pdfminer", pdf, None), open_source("pdfium", pdf, None)
    try:
        assert reference.page_count == fast.page_count
        pages = ((reference.page(i), fast.page(i)) for i in range(reference.page_count))
        return {a.number: d for a, b in pages if (d := differences(a, b))}
    finally:
        reference.close()
        fast.close()


@pytest.mark.parametrize("name", LAYOUTS)
def test_every_shared_programme_reads_alike(name):
    assert compare(LAYOUTS[name]) == {}


@pytest.mark.parametrize("name", ["budget", "image", "row_span_1",
                                  pytest.param("rotated_page", marks=pytest.mark.xfail(strict=True, reason=(
                                      "PDFium's text page leaves out 1,367 of the page's 1,404 leader dots")))])
def test_foreign_pdfs_read_alike(name):
    """Other producers' PDFs (camelot's test files): lines printed as text, a rotated page."""
    assert compare(FOREIGN / f"{name}.pdf") == {}


@pytest.mark.parametrize("seed", [0, 3, 7, 11, 19, 23])
def test_generated_programmes_read_alike(seed, tmp_path):
    pdf = tmp_path / "p.pdf"
    build_random(seed, pdf, "reportlab")
    assert compare(pdf) == {}


@pytest.mark.skipif(CHROMIUM is None, reason="chromium is not installed")
@pytest.mark.parametrize("seed", [1000, 1003])
def test_programmes_printed_by_a_browser_read_alike(seed, tmp_path):
    pdf = tmp_path / "p.pdf"
    build_random(seed, pdf, "chromium")
    assert compare(pdf) == {}


def test_the_comparison_sees_a_moved_word_and_a_lost_rule():
    page = open_source("pdfminer", LAYOUTS["defne-2023"], None).page(10)
    moved = PageContent(page.number, page.width, page.height,
                        [*page.words[:-1], type(page.words[-1])(**{**page.words[-1].__dict__, "x0": page.words[-1].x0 + 2})],
                        page.hrules[1:], page.vrules)
    assert len(differences(page, moved)) == 2 and differences(page, page) == []
