"""A page seen whole and at a glance, with PDFium and PIL only: whether a page of a born-digital
programme (a separator, a notes page) prints anything its text layer does not account for. The
page pool's workers ask this of every near-empty page, so it stays clear of NumPy and OpenCV
(their import costs more than the glance); the OCR path proper is in ``raster`` and ``pages``."""
from __future__ import annotations

from pathlib import Path

import pypdfium2 as pdfium
from PIL import Image, ImageDraw

from ..content import PageContent

GLANCE_DPI = 36
PRINT_PIXELS = 20
"""Dark pixels at 36 dpi that make a page printed: a short word; a speck or a page number's
stray anti-aliasing is less."""
DARK = 200
"""Grey levels below this are print."""


def whole(page: pdfium.PdfPage) -> tuple[float, float]:
    """Have PDFium show the page's whole media box, the frame the readers' boxes are in (it
    shows the crop box, which may be smaller); the page's size in points, turned by its rotation."""
    page.set_cropbox(*page.get_mediabox())
    width, height = page.get_size()
    return float(width), float(height)


def grey(path: Path, password: str | None, index: int, dpi: float) -> tuple[Image.Image, float, float]:
    """Page ``index`` (0-based) of the file as a grey image at ``dpi``, in the readers' frame
    (:func:`whole`), and the page's size in points."""
    pdf = pdfium.PdfDocument(str(path), password=password or None)
    try:
        page = pdf[index]
        width, height = whole(page)
        image = page.render(scale=dpi / 72.0, grayscale=True).to_pil().convert("L")
        page.close()
    finally:
        pdf.close()
    return image, width, height


def printed(path: Path, password: str | None, content: PageContent, beyond_text: bool) -> bool:
    """Does the page print anything (with ``beyond_text``: anything its text layer's words and
    rules do not account for)? Seen at a glance (36 dpi): a separator or notes page of a
    born-digital programme is no scan and costs no OCR; a scan, or text drawn as outlines, is."""
    image, _, _ = grey(path, password, content.number - 1, GLANCE_DPI)
    if beyond_text:
        draw, scale = ImageDraw.Draw(image), GLANCE_DPI / 72.0
        for w in content.words:
            _blank(draw, w.x0, w.top, w.x1, w.bottom, scale)
        for r in content.hrules:
            _blank(draw, r.start, r.pos - 1, r.end, r.pos + 1, scale)
        for r in content.vrules:
            _blank(draw, r.pos - 1, r.start, r.pos + 1, r.end, scale)
    return sum(image.histogram()[:DARK]) >= PRINT_PIXELS


def _blank(draw: ImageDraw.ImageDraw, x0: float, top: float, x1: float, bottom: float, scale: float) -> None:
    """Paint a box white, a pixel wider each side (anti-aliasing); a box turned inside out (a
    degenerate rule) paints nothing."""
    left, upper = max(0, int(x0 * scale) - 1), max(0, int(top * scale) - 1)
    right, lower = int(x1 * scale) + 1, int(bottom * scale) + 1  # PIL's ends are inclusive
    if right >= left and lower >= upper:
        draw.rectangle((left, upper, right, lower), fill=255)
