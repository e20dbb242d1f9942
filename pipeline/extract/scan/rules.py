"""Ruling lines of a page image, by morphology: a long thin run of ink that survives opening with
a long flat (or tall) kernel is a rule; letters do not. They become the same drawn boxes the text
layer's strokes give (:func:`~pipeline.extract.content.rule_pieces` turns them into rules), and
thin ones are erased from the image OCR reads, so a rule is never read as `|` or `_`."""
from __future__ import annotations

import cv2
import numpy as np

from ..settings import Settings

MIN_HRULE_PT = 30.0
"""Points: a shorter horizontal run of ink is a bold word's baseline or an underline, not a rule
(the narrowest budget column is wider)."""
MIN_VRULE_PT = 14.0
"""Points: a shorter vertical run of ink is a letter's stem, dotted `İ` and all (a rule runs down
the whole table)."""

Box = tuple[float, float, float, float, bool]


def _boxes(mask: np.ndarray, scale: float) -> list[tuple[Box, tuple[int, int, int, int]]]:
    count, _, stats, _ = cv2.connectedComponentsWithStats(mask, connectivity=8)
    return [((float(x * scale), float(y * scale), float((x + w) * scale), float((y + h) * scale), True), (x, y, w, h))
            for x, y, w, h, _ in stats[1:count]]


def find_rules(binary: np.ndarray, scale: float, settings: Settings) -> tuple[list[Box], np.ndarray]:
    """Boxes of the page's rules in points (top-left origin), and the mask of the thin ones."""
    # a scan's rule is broken by toner and noise: close small gaps along it before opening
    h_mask = cv2.morphologyEx(cv2.morphologyEx(binary, cv2.MORPH_CLOSE, np.ones((1, 3), np.uint8)),
                              cv2.MORPH_OPEN, np.ones((1, int(MIN_HRULE_PT / scale)), np.uint8))
    v_mask = cv2.morphologyEx(cv2.morphologyEx(binary, cv2.MORPH_CLOSE, np.ones((3, 1), np.uint8)),
                              cv2.MORPH_OPEN, np.ones((int(MIN_VRULE_PT / scale), 1), np.uint8))
    boxes: list[Box] = []
    erase = np.zeros_like(binary)
    thin = settings.max_rule_thickness / scale
    for mask in (h_mask, v_mask):
        for box, (x, y, w, h) in _boxes(mask, scale):
            boxes.append(box)
            if min(w, h) <= thin:  # a filled area keeps its ink: text may be printed on it
                erase[y:y + h, x:x + w] |= mask[y:y + h, x:x + w]
    return boxes, cv2.dilate(erase, np.ones((3, 3), np.uint8))
