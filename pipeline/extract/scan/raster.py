"""Page images: a scanned page rendered to grey pixels (pypdfium2), at a resolution OCR reads well.

pdfium draws the whole page (its media box, :func:`.glance.whole`) with its /Rotate applied: the
frame the text layer's words are measured in, so pixels map to points by one scale.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import numpy as np

from .glance import grey

DPI = 300
"""Tesseract reads 8–10 pt table text best at 300 dpi; lower loses `,`/`.` in amounts."""


@dataclass
class PageImage:
    number: int  # 1-based
    pixels: np.ndarray  # grey, uint8, white 255
    width: float  # the page in points
    height: float
    dpi: int

    @property
    def scale(self) -> float:
        """Points per pixel."""
        return 72.0 / self.dpi


def render(path: Path, password: str | None, index: int, dpi: int = DPI) -> PageImage:
    """Page ``index`` (0-based) of the file as a grey image, in the readers' frame (:func:`.glance.grey`)."""
    image, width, height = grey(path, password, index, dpi)
    return PageImage(index + 1, np.array(image), width, height, dpi)
