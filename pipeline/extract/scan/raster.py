"""Page images: a scanned page rendered to grey pixels (pypdfium2), at a resolution OCR reads well.

pdfium draws the page as a viewer shows it (its /Rotate applied, cropped to its box), the same
frame the text layer's words are measured in, so pixels map to points by one scale.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pypdfium2 as pdfium

from ..content import PageContent

DPI = 300
"""Tesseract reads 8–10 pt table text best at 300 dpi; lower loses `,`/`.` in amounts."""
GLANCE_DPI = 36
PRINT_PIXELS = 20
"""Dark pixels at 36 dpi that make a page printed: a short word; a speck or a page number's
stray anti-aliasing is less."""


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


def whole(page: pdfium.PdfPage) -> tuple[float, float]:
    """Have PDFium show the page's whole media box, the frame the readers' boxes are in (it
    shows the crop box, which may be smaller); the page's size in points, turned by its rotation."""
    page.set_cropbox(*page.get_mediabox())
    width, height = page.get_size()
    return float(width), float(height)


def render(path: Path, password: str | None, index: int, dpi: int = DPI) -> PageImage:
    """Page ``index`` (0-based) of the file as a grey image, in the readers' frame (:func:`whole`)."""
    pdf = pdfium.PdfDocument(str(path), password=password or None)
    try:
        page = pdf[index]
        width, height = whole(page)
        bitmap = page.render(scale=dpi / 72.0, grayscale=True)
        pixels = np.array(bitmap.to_numpy(), copy=True)
        if pixels.ndim == 3:
            pixels = pixels[..., 0]
        page.close()
    finally:
        pdf.close()
    return PageImage(index + 1, pixels, width, height, dpi)


def printed(path: Path, password: str | None, content: PageContent, beyond_text: bool) -> bool:
    """Does the page print anything (with ``beyond_text``: anything its text layer's words and
    rules do not account for)? Seen at a glance (36 dpi): a separator or notes page of a
    born-digital programme is no scan and costs no OCR; a scan, or text drawn as outlines, is."""
    image = render(path, password, content.number - 1, dpi=GLANCE_DPI)
    dark = image.pixels < 200
    if beyond_text:
        scale = GLANCE_DPI / 72.0
        for w in content.words:
            dark[_span(w.top, w.bottom, scale), _span(w.x0, w.x1, scale)] = False
        for r in content.hrules:
            dark[_span(r.pos - 1, r.pos + 1, scale), _span(r.start, r.end, scale)] = False
        for r in content.vrules:
            dark[_span(r.start, r.end, scale), _span(r.pos - 1, r.pos + 1, scale)] = False
    return int(dark.sum()) >= PRINT_PIXELS


def _span(lo: float, hi: float, scale: float) -> slice:
    """Pixels from ``lo`` to ``hi`` points, a pixel wider each side (anti-aliasing)."""
    return slice(max(0, int(lo * scale) - 1), int(hi * scale) + 2)
