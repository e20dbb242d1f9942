"""Words of a page image with their boxes and confidences, from Tesseract through tesserocr.

tesserocr calls Tesseract's C API in-process: one engine per worker process, its language model
loaded once, no image files or subprocesses per page (about a third faster per page than the
command line, which also pays for writing and re-reading the image, and per number re-read).
A word's box runs from its baseline up by the page's ascent and down by its descent (the ink box
of `ve` is lower than that of `Kamu`), like a text layer's font box, so the words of one printed
line share one top.
"""
from __future__ import annotations

import glob
import os
import re
import statistics
from functools import lru_cache

import numpy as np

from ...errors import NoTextError
from ...i18n import N_
from ..content import Word

LANG = "tur"
PACKAGES = "tesseract-ocr tesseract-ocr-tur tesseract-ocr-eng"
NUMBERS_LANG = "eng"
"""The model that reads numbers again (see :func:`_numbers_engine`)."""
NOISE = 50.0
"""Below this confidence a word of no letter or digit, or of one letter, is a speck, not text."""


_NUMBERLIKE = re.compile(r"[\dOolI.,]*\d[\dOolI.,]*")


class OcrUnavailable(NoTextError):
    """A scan met on a machine that cannot OCR it: the message names what to install."""


def tessdata() -> str | None:
    """The folder holding Tesseract's Turkish and English models: $TESSDATA_PREFIX, else where the system's
    packages put it (Debian, Homebrew, /usr/local builds)."""
    candidates = [os.environ.get("TESSDATA_PREFIX", "")]
    candidates += sorted(glob.glob("/usr/share/tesseract-ocr/*/tessdata"), reverse=True)
    candidates += ["/usr/share/tessdata", "/usr/local/share/tessdata", "/opt/homebrew/share/tessdata"]
    for folder in candidates:
        if folder and all(os.path.isfile(os.path.join(folder, f"{lang}.traineddata"))
                          for lang in (LANG, NUMBERS_LANG)):
            return folder
    return None


def unavailable() -> str | None:
    """Why this machine cannot OCR, or None when it can: the msgid of one line over ``{path}`` and
    ``{packages}`` (:data:`PACKAGES`) naming what to install."""
    try:
        import tesserocr  # noqa: F401
    except ImportError:
        return N_("{path}: cannot OCR the scanned pages: tesserocr is not installed: pip install -r requirements.lock")
    if tessdata() is None:
        return N_("{path}: cannot OCR the scanned pages: Tesseract's Turkish/English models are missing: "
                  "apt-get install {packages}")
    return None


@lru_cache(maxsize=1)
def _engine():
    """This process's engine (created on first use; a page pool's worker keeps its own)."""
    import tesserocr

    return tesserocr.PyTessBaseAPI(path=tessdata(), lang=LANG, psm=tesserocr.PSM.SPARSE_TEXT)


@lru_cache(maxsize=1)
def _numbers_engine():
    """An engine for numbers alone: English's model. Turkish's has learnt `1.250` as a number's
    only shape and reads the points out of `14.41.1`, or into `11.314`; English's keeps them."""
    import tesserocr

    return tesserocr.PyTessBaseAPI(path=tessdata(), lang=NUMBERS_LANG, psm=tesserocr.PSM.SINGLE_LINE)


def _reread(image, box: tuple[int, int, int, int], dpi: int) -> tuple[str, float] | None:
    """A number-like word read again on its own by the numbers' engine."""
    x0, y0, x1, y1 = box
    pad = max(4, (y1 - y0) // 3)
    api = _numbers_engine()
    api.SetImage(image.crop((max(0, x0 - pad), max(0, y0 - pad), x1 + pad, y1 + pad)))
    api.SetSourceResolution(dpi)
    text = (api.GetUTF8Text() or "").strip()
    conf = float(api.MeanTextConf())
    api.Clear()
    return (text, conf) if _NUMBERLIKE.fullmatch(text) else None


def _baseline(item, x: float) -> float | None:
    """The word's baseline at ``x`` (pixels), if Tesseract found one."""
    from tesserocr import RIL

    baseline = item.Baseline(RIL.WORD)
    if not baseline:
        return None
    (bx0, by0), (bx1, by1) = baseline
    return by0 if bx1 == bx0 else by0 + (by1 - by0) * (x - bx0) / (bx1 - bx0)


def read_words(pixels: np.ndarray, dpi: int) -> list[Word]:
    """Tesseract's words on a grey image, in points (top-left origin), each with its confidence."""
    from PIL import Image
    from tesserocr import RIL, iterate_level

    api = _engine()
    image = Image.fromarray(pixels)
    api.SetImage(image)
    api.SetSourceResolution(dpi)
    api.Recognize()
    scale = 72.0 / dpi
    found: list[tuple[str, tuple[int, int, int, int], float, float | None, float, float]] = []
    for item in iterate_level(api.GetIterator(), RIL.WORD):
        try:
            text = (item.GetUTF8Text(RIL.WORD) or "").strip()
        except RuntimeError:  # an empty page's one empty item
            continue
        box = item.BoundingBox(RIL.WORD)
        if not text or box is None:
            continue
        conf = float(item.Confidence(RIL.WORD))
        if conf < NOISE and (not any(c.isalnum() for c in text) or (len(text) == 1 and not text.isdigit())):
            continue  # specks and rule remnants read as punctuation or a stray letter
        if _NUMBERLIKE.fullmatch(text) and (second := _reread(image, box, dpi)):
            text, conf = second
        row = item.RowAttributes() or {}
        found.append((text, box, conf, _baseline(item, (box[0] + box[2]) / 2),
                      float(row.get("row_height", 0.0)), -float(row.get("descenders", 0.0))))
    # one ascent and descent for the page (Tesseract's per-row figures wander on short lines):
    # word tops then differ only as their baselines do, so a cell's lines stand at the line pitch
    ascent = statistics.median([f[4] for f in found if f[4] > 0] or [0.0])
    descent = statistics.median([f[5] for f in found if f[5] > 0] or [0.0])
    words: list[Word] = []
    for text, (x0, y0, x1, y1), conf, base, _, _ in found:
        if base is None or ascent <= 0:
            top, bottom = float(y0), float(y1)
        else:  # not the ink's box: the dot of `İ` and the tail of `ş` stick out of it
            top, bottom = base - ascent, base + descent
        words.append(Word(text, x0 * scale, top * scale, x1 * scale, bottom * scale, conf=round(conf, 1)))
    api.Clear()
    return words
