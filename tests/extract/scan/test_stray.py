"""Print OCR read nothing from is never a silently blank cell: a dash that Tesseract and the dash
finder both miss makes its budget cell unreadable, and that is a finding with its page and box."""
from __future__ import annotations

import numpy as np
import pytest

import pipeline.extract.scan.pages as pages
from pipeline.extract import PageSelection, build_document
from pipeline.extract.content import Rule, Word
from pipeline.extract.scan.dashes import blobs, stray_ink
from pipeline.extract.tables import UNREAD
from pipeline.findings import gap_findings, ocr_findings

from ...conftest import LAYOUTS
from .scanify import scan

SCALE = 72 / 300  # points per pixel at 300 dpi


def _ink(*boxes: tuple[int, int, int, int]) -> np.ndarray:
    image = np.zeros((400, 400), dtype=np.uint8)
    for x0, y0, x1, y1 in boxes:
        image[y0:y1, x0:x1] = 255
    return image


def test_stray_ink_is_print_no_word_speck_or_rule_accounts_for():
    dash, speck, worded, on_rule = (100, 100, 115, 106), (200, 200, 202, 202), (300, 100, 330, 130), (50, 300, 80, 304)
    word = Word("12", 300 * SCALE, 100 * SCALE, 330 * SCALE, 130 * SCALE, conf=95)
    rule = Rule(302 * SCALE, 0.0, 400 * SCALE)  # the horizontal line the last blob is what is left of
    [box] = stray_ink(blobs(_ink(dash, speck, worded, on_rule), SCALE), [word], [rule], [])
    assert box == pytest.approx((100 * SCALE, 100 * SCALE, 115 * SCALE, 106 * SCALE))
    assert stray_ink(blobs(_ink((0, 0, 300, 300)), SCALE), [], [], []) == []  # a stamp or a picture: no cell's value


@pytest.fixture(scope="module")
def dashes_page(tmp_path_factory):
    """A scanned page of the metropolitan programme whose unit total prints `- - - - -`."""
    folder = tmp_path_factory.mktemp("stray")
    return scan(LAYOUTS["karacay-2024-metropolitan"], folder / "page-52.pdf", pages=[51])


def _totals(doc):
    [section] = [s for s in doc.sections if s.totals]
    return section.totals


def test_a_total_of_dashes_reads_as_zeros_or_unreadable_never_blank(dashes_page):
    totals = _totals(build_document(dashes_page, use_cache=False))
    assert len(totals) == 5
    assert all(t.amount == 0 or (t.cell.text == UNREAD and t.amount is None and t.cell.conf == 0) for t in totals)


def test_dashes_all_missed_are_findings_with_page_and_box(dashes_page, monkeypatch):
    monkeypatch.setattr(pages, "find_dashes", lambda pieces, words: [])
    doc = build_document(dashes_page, use_cache=False)
    totals = _totals(doc)
    assert [t.cell.text for t in totals] == [UNREAD] * 5 and all(t.amount is None for t in totals)
    doubts = [f for f in ocr_findings(doc) if f.kind == "ocr_low_confidence"]
    assert len(doubts) == 5 and all(f.pages == (1,) and f.box is not None and f.confidence == 0 for f in doubts)
    unread = [f for f in gap_findings(doc.gaps) if f.basis == "amount_unreadable"]
    assert len(unread) == 5


def test_a_total_not_read_is_called_a_likely_misread(dashes_page, monkeypatch, tmp_path):
    from pipeline.run import Options, process

    monkeypatch.setattr(pages, "find_dashes", lambda pieces, words: [])
    findings = process(dashes_page, Options(out=tmp_path / "o", report=False, use_cache=False, lang="en")).findings
    missing = findings[findings["kind"] == "total_missing"]
    assert len(missing) == 5 and missing["message"].str.contains("Likely a misread: (p. 1, 0%)", regex=False).all()


def test_an_accent_above_a_capital_is_no_dash_and_no_stray_ink():
    word = Word("BAŞKANLIĞI", 100 * SCALE, 100 * SCALE, 300 * SCALE, 140 * SCALE, conf=96)  # 9.6 pt high
    breve, dash = (250, 86, 262, 90), (250, 190, 264, 194)  # 2.4 pt above the box; a row below
    pieces = blobs(_ink(breve, dash), SCALE)
    [found] = pages.find_dashes(pieces, [word])
    assert round(found.x0 / SCALE) == 250 and found.yc > word.bottom
    assert [round(b[1] / SCALE) for b in stray_ink(pieces, [word], [], [])] == [190]


def test_a_continued_pages_title_makes_no_row(tmp_path):
    """The metropolitan programme's unit page 41 continues a table under a title with a `Ğ`: the
    scan reads the same rows as the text layer, none from the title's accents or hyphen."""
    from pipeline.frames import all_frames

    pdf = scan(LAYOUTS["karacay-2024-metropolitan"], tmp_path / "pages-40-41.pdf", pages=[39, 40])
    born = all_frames(build_document(LAYOUTS["karacay-2024-metropolitan"], use_cache=False,
                                     selection=PageSelection.parse("40-41")))["budget_lines"]
    scanned = all_frames(build_document(pdf, use_cache=False))["budget_lines"]
    keys = ["project_code", "line_no", "year"]
    assert scanned[keys].values.tolist() == born[keys].values.tolist()
