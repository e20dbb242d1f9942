"""Ink and paper of a scanned page: which pixels are print, and the page with its paper made white.

A scan's paper is speckled (sensor noise, JPEG blocks). A slight blur first: the speckles fade
into the paper while strokes stay dark."""
from __future__ import annotations

import cv2
import numpy as np


def ink(pixels: np.ndarray) -> np.ndarray:
    """Dark pixels as 255 on 0, at Otsu's threshold (scans differ in paper and toner)."""
    blurred = cv2.GaussianBlur(pixels, (3, 3), 0)
    _, binary = cv2.threshold(blurred, 0, 255, cv2.THRESH_BINARY_INV | cv2.THRESH_OTSU)
    return binary


def whiten(pixels: np.ndarray) -> np.ndarray:
    """The page with its paper pure white and its print as scanned: what Tesseract reads best.
    Paper is what is lighter than halfway between Otsu's threshold and the paper's own shade,
    so a point's faint pixels (the `.` of `7.21.1`, a few pixels at 200 dpi) stay print."""
    blurred = cv2.GaussianBlur(pixels, (3, 3), 0)
    threshold, _ = cv2.threshold(blurred, 0, 255, cv2.THRESH_BINARY_INV | cv2.THRESH_OTSU)
    paper = float(np.median(blurred))
    out = pixels.copy()
    out[blurred > (threshold + paper) / 2] = 255
    return out
