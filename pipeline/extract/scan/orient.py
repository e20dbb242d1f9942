"""A scanned page's quarter-turn: a landscape table scanned on a portrait sheet, or a sheet fed
upside down, is turned upright before it is read.

Tesseract's orientation detection (OSD, ``osd.traineddata``, part of Debian's ``tesseract-ocr``)
tells 0/90/180/270 reliably on these pages (every turn of the test scans, at 150 dpi), but costs
about 0.2 s a page, a quarter of reading it. Nearly every page comes upright, and an upright
page reads well (median word confidence above 90) while a turned one reads badly (below 60): so
a page is read as it comes, and only a page that reads badly is asked its orientation and, if
turned, read again upright (:func:`reads_badly`, :func:`quarter_turns`).
"""
from __future__ import annotations

import os
import statistics
from functools import lru_cache

import numpy as np

from ..content import Word

OSD_DPI = 150
"""OSD reads lines of text, not letters: half the reading resolution tells as well, faster."""
MIN_OSD_CONFIDENCE = 2.0
"""Tesseract's orientation confidence below which the page is left as it is (a page with a
handful of words, or none)."""
WELL_READ = 70.0
"""Median word confidence (0–100) from which a page is taken to stand upright."""
MIN_WORDS = 8
"""Fewer words than this say nothing about orientation (a stamp, a page number)."""


def reads_badly(words: list[Word]) -> bool:
    """Did the page read as a turned page does: enough words, most of them doubtful?"""
    confidences = [w.conf for w in words if w.conf is not None]
    return len(confidences) >= MIN_WORDS and statistics.median(confidences) < WELL_READ


def quarter_turns(pixels: np.ndarray, dpi: int) -> int:
    """Counter-clockwise quarter-turns (``numpy.rot90``'s ``k``, 0–3) that stand the page upright,
    by Tesseract's OSD; 0 when it cannot tell (or has no OSD model)."""
    api = _osd_engine()
    if api is None:
        return 0
    from PIL import Image

    image = Image.fromarray(pixels)
    if dpi > OSD_DPI:
        image = image.resize((image.width * OSD_DPI // dpi, image.height * OSD_DPI // dpi))
    api.SetImage(image)
    api.SetSourceResolution(min(dpi, OSD_DPI))
    try:
        found = api.DetectOrientationScript()
    except RuntimeError:  # too little text to tell
        found = None
    api.Clear()
    if not found or found.get("orient_conf", 0.0) < MIN_OSD_CONFIDENCE:
        return 0
    return int(found["orient_deg"]) // 90 % 4


@lru_cache(maxsize=1)
def _osd_engine():
    """This process's OSD engine, or None where the OSD model is missing."""
    import tesserocr

    from .ocr import tessdata

    folder = tessdata()
    if folder is None or not os.path.isfile(os.path.join(folder, "osd.traineddata")):
        return None
    return tesserocr.PyTessBaseAPI(path=folder, lang="osd", psm=tesserocr.PSM.OSD_ONLY)
