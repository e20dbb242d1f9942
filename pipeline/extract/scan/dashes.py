"""Dashes that Tesseract leaves out: a lone `-` in a budget cell (a zero) is too small for it to
call a word, so short flat bars of ink that no word covers are added as `-` words. Other print
that no word covers, and that is no speck and no rule's, is kept as stray ink: the table reader
calls a budget cell holding some unreadable rather than blank (:func:`stray_ink`)."""
from __future__ import annotations

import statistics

import cv2
import numpy as np

from ..content import Word

DASH_CONF = 90.0
"""The confidence given to a dash found by its shape: a flat bar is hard to mistake, but it is
not Tesseract's reading."""
MIN_PT, MAX_PT, MAX_THICK_PT = 1.5, 12.0, 2.0  # a 7 pt hyphen is under 2 pt wide


MIN_STRAY_PT2 = 1.0
"""Least area of stray print (square points): a speck of noise or JPEG is smaller; a dash of a
7 pt font is about 2."""
MAX_STRAY_PT = 24.0
"""Widest or tallest stray print: larger is a stamp, a signature or a picture, not a cell's value."""
NEAR_PT = 1.5
"""Print this close to a word's box belongs to the word (a dropped comma); this close to a rule, to the rule."""


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


def stray_ink(binary: np.ndarray, words: list[Word], rules: list[tuple[float, float, float]],
              scale: float) -> list[tuple[float, float, float, float]]:
    """Boxes (points) of the print in ``binary`` (ink 255, rules erased) that no word covers, that
    is larger than a speck and smaller than a stamp, and that does not lie along one of ``rules``
    (``(horizontal, pos, start, end)``: what is left of a rule where it was erased)."""
    count, _, stats, _ = cv2.connectedComponentsWithStats(binary, connectivity=8)
    out = []
    for x, y, w, h, area in stats[1:count]:
        x0, top, x1, bottom = x * scale, y * scale, (x + w) * scale, (y + h) * scale
        if area * scale * scale < MIN_STRAY_PT2 or max(x1 - x0, bottom - top) > MAX_STRAY_PT:
            continue
        if any(v.x0 - NEAR_PT <= x1 and x0 <= v.x1 + NEAR_PT and v.top - NEAR_PT <= bottom and top <= v.bottom + NEAR_PT
               for v in words):
            continue
        if any(_along(rule, x0, top, x1, bottom) for rule in rules):
            continue
        out.append((x0, top, x1, bottom))
    return out


def _along(rule: tuple[bool, float, float, float], x0: float, top: float, x1: float, bottom: float) -> bool:
    horizontal, pos, start, end = rule
    if horizontal:
        return top - NEAR_PT <= pos <= bottom + NEAR_PT and start - NEAR_PT <= x1 and x0 <= end + NEAR_PT
    return x0 - NEAR_PT <= pos <= x1 + NEAR_PT and start - NEAR_PT <= bottom and top <= end + NEAR_PT
