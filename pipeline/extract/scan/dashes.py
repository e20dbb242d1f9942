"""Dashes that Tesseract leaves out: a lone `-` in a budget cell (a zero) is too small for it to
call a word, so short flat bars of ink that no word covers are added as `-` words."""
from __future__ import annotations

import statistics

import cv2
import numpy as np

from ..content import Word

DASH_CONF = 90.0
"""The confidence given to a dash found by its shape: a flat bar is hard to mistake, but it is
not Tesseract's reading."""
MIN_PT, MAX_PT, MAX_THICK_PT = 1.5, 12.0, 2.0  # a 7 pt hyphen is under 2 pt wide


def find_dashes(binary: np.ndarray, words: list[Word], scale: float) -> list[Word]:
    """`-` words for the flat bars of ``binary`` (ink 255) outside every word's box."""
    count, _, stats, _ = cv2.connectedComponentsWithStats(binary, connectivity=8)
    height = statistics.median([w.height for w in words]) if words else 10.0
    out: list[Word] = []
    for x, y, w, h, _ in stats[1:count]:
        x0, top, x1, bottom = x * scale, y * scale, (x + w) * scale, (y + h) * scale
        if not (MIN_PT <= x1 - x0 <= MAX_PT and bottom - top <= MAX_THICK_PT and (x1 - x0) >= 1.8 * (bottom - top)):
            continue
        if any(v.x0 - 1 <= x1 and x0 <= v.x1 + 1 and v.top <= bottom and top <= v.bottom for v in words):
            continue
        yc = (top + bottom) / 2
        out.append(Word("-", x0, yc - 0.6 * height, x1, yc + 0.4 * height, conf=DASH_CONF))
    return out
