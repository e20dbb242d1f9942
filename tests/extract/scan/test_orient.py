"""A page scanned sideways or upside down is turned upright (Tesseract's orientation detection)
and read as the upright scan of the same page is; the report's crops of it come out upright."""
from __future__ import annotations

import base64
import io

import numpy as np
import pytest
from PIL import Image

import pipeline.extract.scan.pages as pages
from pipeline.extract import build_document
from pipeline.extract.content import Word
from pipeline.extract.scan.orient import quarter_turns, reads_badly
from pipeline.extract.scan.raster import render
from pipeline.frames import all_frames
from pipeline.report.crops import render as crops
from pipeline.report.evidence import Shot

from ...conftest import EDITIONS, LAYOUTS
from .scanify import scan

PAGES = [3, 4]
"""Two table pages of the shared 2023 programme (0-based): a header, projects, amounts."""
LINE = ["project_code", "directorate", "line_no", "year", "amount"]


@pytest.fixture(scope="module")
def scans(tmp_path_factory):
    folder = tmp_path_factory.mktemp("orient")
    return {turn: scan(EDITIONS["defne-2023"], folder / f"turned-{turn}.pdf", pages=PAGES, turn=turn)
            for turn in (0, 90, 180, 270)}


@pytest.fixture(scope="module")
def upright(scans):
    return build_document(scans[0], use_cache=False)


def _lines(doc):
    return all_frames(doc)["budget_lines"][LINE].reset_index(drop=True)


@pytest.mark.parametrize("turn", [90, 180, 270])
def test_a_turned_scan_reads_as_the_upright_one(scans, upright, turn):
    doc = build_document(scans[turn], use_cache=False)
    assert [p.turn for p in doc.pages] == [turn, turn] and [p.turn for p in upright.pages] == [0, 0]
    lines, want = _lines(doc), _lines(upright)
    assert len(want) >= 40 and want["amount"].notna().sum() >= 20
    assert lines.equals(want), lines.compare(want) if len(lines) == len(want) else (len(lines), len(want))
    assert doc.strategic.projects[0].code == upright.strategic.projects[0].code


def test_orientation_is_told_by_the_image(scans, tmp_path):
    image = render(scans[0], None, 0, dpi=300).pixels
    assert [quarter_turns(np.rot90(image, k), 300) for k in range(4)] == [0, 3, 2, 1]
    assert quarter_turns(np.full((800, 600), 255, dtype=np.uint8), 300) == 0  # a blank page: no turn
    # the metropolitan programme's 7 pt print: at 150 dpi OSD was too unsure of it to answer
    small = render(scan(LAYOUTS["karacay-2024-metropolitan"], tmp_path / "small.pdf", pages=[30]), None, 0, 300).pixels
    assert [quarter_turns(np.rot90(small, k), 300) for k in range(4)] == [0, 3, 2, 1]


def test_a_page_reads_badly_when_most_of_its_words_are_doubtful():
    words = [Word("x", 0, 0, 1, 1, conf=c) for c in (30, 40, 45, 55, 96, 96, 20, 33, 41)]
    assert reads_badly(words) and not reads_badly([Word("x", 0, 0, 1, 1, conf=95)] * 9)
    assert not reads_badly(words[:3])  # too few words to tell
    # a page turned 270° reads `—` after `—` at middling confidence: its median was up to 74
    sideways = [Word("—", 0, 0, 1, 1, conf=c) for c in (74, 72, 68, 80, 77, 90, 62, 75, 71, 88)]
    assert reads_badly(sideways)


def test_a_wrong_turn_is_not_taken(scans, upright, monkeypatch):
    """OSD naming a turn for a page that reads badly as it is: the page is read turned so, and
    kept as it is since it reads no better."""
    calls = []

    def doubted_first(words):  # each page's first reading is doubted, its turned reading judged
        calls.append(words)
        return len(calls) % 2 == 1 or reads_badly(words)

    monkeypatch.setattr(pages, "reads_badly", doubted_first)
    monkeypatch.setattr(pages, "quarter_turns", lambda pixels, dpi: 2)
    doc = build_document(scans[0], use_cache=False, workers=1)  # in this process, where the patches are
    assert len(calls) == 4 and [p.turn for p in doc.pages] == [0, 0]
    assert _lines(doc).equals(_lines(upright))


def _pixels(uri: str) -> np.ndarray:
    return np.asarray(Image.open(io.BytesIO(base64.b64decode(uri.split(",", 1)[1]))).convert("L"), dtype=float)


def test_the_crop_of_a_turned_page_is_upright_and_in_place(scans, upright):
    amount = next(a for p in upright.strategic.projects for d in p.directorates for r in d.rows for a in r.amounts
                  if a.amount)
    shot = Shot(amount.cell.page, "", True, (), (amount.cell.bbox,))
    want = _pixels(crops(scans[0], [shot])[shot])
    got = _pixels(crops(scans[90], [shot], turns={amount.cell.page: 90})[shot])
    unturned = _pixels(crops(scans[90], [shot])[shot])
    assert got.shape == want.shape
    assert np.abs(got - want).mean() < 0.5 * np.abs(unturned[:want.shape[0], :want.shape[1]] - want[:unturned.shape[0], :unturned.shape[1]]).mean()
