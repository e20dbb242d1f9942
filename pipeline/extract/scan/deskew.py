"""Straighten a scanned page: a sheet fed a little askew tilts every row and rule, and a tilted
rule is no rule to the table reader. The angle is the one that makes the page's dark pixels fall
into the sharpest rows (rules and text lines alike), searched on a reduced copy."""
from __future__ import annotations

import cv2
import numpy as np

MAX_ANGLE = 3.0  # degrees: a scanner's feed error; beyond that a page is turned, not skewed
STEP = 0.1


def skew_angle(binary: np.ndarray) -> float:
    """Degrees to rotate the page by (counter-clockwise) to make its rows level."""
    small = cv2.resize(binary, None, fx=0.25, fy=0.25, interpolation=cv2.INTER_AREA)
    h, w = small.shape
    centre = (w / 2, h / 2)

    def sharpness(angle: float) -> float:
        m = cv2.getRotationMatrix2D(centre, angle, 1.0)
        rows = cv2.warpAffine(small, m, (w, h), flags=cv2.INTER_NEAREST).sum(axis=1, dtype=np.float64)
        return float(np.square(np.diff(rows)).sum())

    angles = np.arange(-MAX_ANGLE, MAX_ANGLE + STEP / 2, STEP)
    coarse = max(angles, key=sharpness)
    fine = np.arange(coarse - STEP, coarse + STEP + 0.01, 0.02)
    return float(max(fine, key=sharpness))


def rotate(pixels: np.ndarray, angle: float) -> np.ndarray:
    """The page turned by ``angle`` degrees about its centre, paper-white where it comes in."""
    if abs(angle) < 0.02:
        return pixels
    h, w = pixels.shape
    m = cv2.getRotationMatrix2D((w / 2, h / 2), angle, 1.0)
    return cv2.warpAffine(pixels, m, (w, h), flags=cv2.INTER_LINEAR, borderValue=255)
