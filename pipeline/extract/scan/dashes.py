"""Dashes that Tesseract leaves out: a lone `-` in a budget cell (a zero) is too small for it to
call a word, so short flat bars of ink that no word covers are added as `-` words. Other print
that no word covers, and that is no speck and no rule's, is kept as stray ink: the table reader
calls a budget cell holding some unreadable rather than blank (:func:`stray_ink`)."""
from __future__ import annotations

import statistics

import cv2
import numpy as np

from ..content import Rule, Word

DASH_CONF = 90.0
"""The confidence given to a dash found by its shape: a flat bar is hard to mistake, but it is
not Tesseract's reading."""
MIN_PT, MAX_PT, MAX_THICK_PT = 1.5, 12.0, 2.0  # a 7 pt hyphen is under 2 pt wide
MIN_FLAT = 1.4
"""Least width to thickness of a dash: a 7 pt hyphen scans about 10 by 6 pixels at 300 dpi (1.67;
at 1.8 the metropolitan programme's total rows lost one dash in five), a full stop about as
wide as tall."""


MIN_STRAY_PT2 = 1.0
"""Least area of stray print (square points): a speck of noise or JPEG is smaller; a dash of a
7 pt font is about 2."""
MAX_STRAY_PT = 24.0
"""Widest or tallest stray print: larger is a stamp, a signature or a picture, not a cell's value."""
NEAR_PT = 1.5
"""Print this close to a word's box belongs to the word (a dropped comma); this close to a rule, to the rule."""
ACCENT_ABOVE, ACCENT_BELOW = 0.65, 0.4
"""How far (in the word's heights) above and below a word's box print within its width is its
accent (the breve of `Ğ`, the dots of `Ü` and `İ` stand above a capital's box; a cedilla below):
a dash or figure in the next row stands at least 0.75 of a height away."""


Blob = tuple[float, float, float, float, float]
"""One connected piece of print: x0, top, x1, bottom (points) and its area (square points)."""


def blobs(binary: np.ndarray, scale: float) -> list[Blob]:
    """The connected pieces of print of ``binary`` (ink 255, rules erased), in points: found once,
    looked at for dashes and for stray ink."""
    count, _, stats, _ = cv2.connectedComponentsWithStats(binary, connectivity=8)
    return [(x * scale, y * scale, (x + w) * scale, (y + h) * scale, area * scale * scale)
            for x, y, w, h, area in stats[1:count]]


def find_dashes(pieces: list[Blob], words: list[Word]) -> list[Word]:
    """`-` words for the flat bars among ``pieces`` outside every word's box."""
    height = statistics.median([w.height for w in words]) if words else 10.0
    out: list[Word] = []
    for x0, top, x1, bottom, _ in pieces:
        if not (MIN_PT <= x1 - x0 <= MAX_PT and bottom - top <= MAX_THICK_PT and (x1 - x0) >= MIN_FLAT * (bottom - top)):
            continue
        if any(v.x0 - 1 <= x1 and x0 <= v.x1 + 1 and v.top <= bottom and top <= v.bottom for v in words) \
                or _accent(words, x0, top, x1, bottom):
            continue
        yc = (top + bottom) / 2
        line = _line_of(words, x0, x1, yc, height)
        low, high = (line.top, line.bottom) if line else (yc - 0.6 * height, yc + 0.4 * height)
        out.append(Word("-", x0, low, x1, high, conf=DASH_CONF))
    return out


def _accent(words: list[Word], x0: float, top: float, x1: float, bottom: float) -> bool:
    """Is the print within a word's width, just above or below its box: an accent of its letters?"""
    return any(w.x0 <= x0 and x1 <= w.x1 and w.top - ACCENT_ABOVE * w.height <= top
               and bottom <= w.bottom + ACCENT_BELOW * w.height for w in words)


def _line_of(words: list[Word], x0: float, x1: float, yc: float, height: float) -> Word | None:
    """The nearest word of the text line a dash stands in (`ALAN 2 - ÇAĞDAŞ`: a hyphen Tesseract
    dropped between words), whose height the dash takes, so that it stays in its line; None for a
    dash on its own (a budget cell's zero)."""
    near = [w for w in words if w.top <= yc <= w.bottom and min(abs(w.x1 - x0), abs(x1 - w.x0)) <= 2 * height]
    return min(near, key=lambda w: min(abs(w.x1 - x0), abs(x1 - w.x0)), default=None)


def stray_ink(pieces: list[Blob], words: list[Word], hrules: list[Rule],
              vrules: list[Rule]) -> list[tuple[float, float, float, float]]:
    """Boxes of the ``pieces`` that no word covers, that are larger than a speck and smaller than a
    stamp, and that do not lie along a rule (what is left of it where it was erased)."""
    out = []
    for x0, top, x1, bottom, area in pieces:
        if area < MIN_STRAY_PT2 or max(x1 - x0, bottom - top) > MAX_STRAY_PT:
            continue
        if any(v.x0 - NEAR_PT <= x1 and x0 <= v.x1 + NEAR_PT and v.top - NEAR_PT <= bottom and top <= v.bottom + NEAR_PT
               for v in words) or _accent(words, x0, top, x1, bottom):
            continue
        if any(_along(r, top, bottom, x0, x1) for r in hrules) or any(_along(r, x0, x1, top, bottom) for r in vrules):
            continue
        out.append((x0, top, x1, bottom))
    return out


def _along(rule: Rule, lo: float, hi: float, start: float, end: float) -> bool:
    """Does print from ``lo`` to ``hi`` across the rule and ``start`` to ``end`` along it lie on it?"""
    return lo - NEAR_PT <= rule.pos <= hi + NEAR_PT and rule.start - NEAR_PT <= end and start <= rule.end + NEAR_PT
