"""A scanned page's quarter-turn: a landscape table scanned on a portrait sheet, or a sheet fed
upside down, is turned upright before it is read.

Nearly every page comes upright, so a page is read as it comes, and only a page that reads as a
turned page does is asked its orientation and, if turned, read again upright
(:func:`reads_badly`, :func:`quarter_turns`): an upright page pays nothing for it (a tenth of a
millisecond), a turned one its first reading and the question (1.1–1.4 s over the 0.9 s of an
upright page, the question 0.3 s of it; two shared cores).

Measured on scans of the three shared programmes (200 dpi, noise, JPEG; 49 upright pages, 51
turned by 90°, 180° or 270°, each with some text):

* Tesseract's confidence tells a turned page: on every upright page at least 96% of the words
  were read with a confidence of 85 or more, on every turned page at most 16%. (The median
  confidence separates them less well: a page turned 270° reads `—` after `—` at a median of up
  to 74, and a test of it under 70 let 5 of the 51 through.)
* Tesseract's orientation detection (OSD, ``osd.traineddata``, part of Debian's
  ``tesseract-ocr``) named the right turn of every page with text, upright or turned, at 200 and
  at 300 dpi (confidence 7.6 or more), for about 0.33 s and 0.41 s a page. At 150 dpi it is
  faster but unsure of the metropolitan programme's small print (confidence under 2 on 8 of its
  15 turned pages): 200 dpi it is.

The turn OSD names is kept only if the page then reads well (``pages.ocr_page``): an upright
page that reads badly for another reason (a faint or dirty scan) is never turned by a wrong answer.
"""
from __future__ import annotations

import os
from functools import lru_cache

import numpy as np

from ..content import Word

OSD_DPI = 200
"""OSD reads lines of text, not letters: two thirds of the reading resolution tell as well,
faster; half of it is unsure of 7 pt print."""
MIN_OSD_CONFIDENCE = 2.0
"""Tesseract's orientation confidence below which the page is left as it is (a page with a
handful of words, or none)."""
CONFIDENT = 85.0
"""A word's confidence (0–100) from which it counts as read well."""
WELL_READ = 0.5
"""Share of a page's words read well from which the page is taken to stand upright (upright
pages: 0.96 or more; turned pages: 0.16 or less)."""
MIN_WORDS = 8
"""Fewer words than this say nothing about orientation (a stamp, a page number)."""


def reads_badly(words: list[Word]) -> bool:
    """Did the page read as a turned page does: enough words, most of them doubtful?"""
    confidences = [w.conf for w in words if w.conf is not None]
    if len(confidences) < MIN_WORDS:
        return False
    return sum(c >= CONFIDENT for c in confidences) < WELL_READ * len(confidences)


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
