"""Page images for the report: each needed page rendered once, cropped to the rows a finding is
about, with those rows banded and their cells framed, embedded as PNG data: URIs.

Rendering is the expensive part of the report, so a page is rendered once at a modest resolution
however many crops come from it, and the caller decides how many shots to ask for.
"""
from __future__ import annotations

import base64
import io
from collections import defaultdict
from pathlib import Path

import pypdfium2 as pdfium
from PIL import Image, ImageDraw

from pipeline.extract.scan.glance import whole
from pipeline.model import BBox

from .evidence import Shot

RESOLUTION = 120
"""Dots per inch: table text stays legible at the report's width, and a page renders in ~10 ms."""
CONTEXT = 30.0
"""Points shown above and below the framed rows, so that neighbouring rows give orientation."""
MAX_HEIGHT = 260.0
"""Tallest crop in points; a longer block is cut below its first rows."""
SIDE_MARGIN = 24.0

BAND = (255, 214, 10, 70)
FRAME = {True: (215, 38, 61, 255), False: (31, 111, 235, 255)}
FRAME_FILL = {True: (215, 38, 61, 40), False: (31, 111, 235, 30)}


def _window(shot: Shot, width: float, height: float) -> BBox:
    around = BBox.around(shot.bands + shot.cells)
    top = max(0.0, around.top - CONTEXT)
    bottom = min(height, around.bottom + CONTEXT, top + MAX_HEIGHT)
    return BBox(SIDE_MARGIN, top, width - SIDE_MARGIN, bottom)


def _draw(page_image: Image.Image, shot: Shot, window: BBox, scale: float) -> Image.Image:
    """The window cut from the page image, bands tinted and cells framed."""
    def px(box: BBox) -> tuple[float, float, float, float]:
        return ((box.x0 - window.x0) * scale, (box.top - window.top) * scale,
                (box.x1 - window.x0) * scale, (box.bottom - window.top) * scale)

    crop = page_image.crop(tuple(round(v * scale) for v in (window.x0, window.top, window.x1, window.bottom)))
    overlay = Image.new("RGBA", crop.size, (0, 0, 0, 0))
    draw = ImageDraw.Draw(overlay)
    for band in shot.bands:
        draw.rectangle(px(band), fill=BAND)
    for cell in shot.cells:
        draw.rectangle(px(cell), fill=FRAME_FILL[shot.bad], outline=FRAME[shot.bad], width=3)
    return Image.alpha_composite(crop.convert("RGBA"), overlay).convert("RGB")


def _data_uri(image: Image.Image) -> str:
    buffer = io.BytesIO()
    image.save(buffer, format="PNG", compress_level=6)
    return "data:image/png;base64," + base64.b64encode(buffer.getvalue()).decode("ascii")


_UPRIGHT = {90: Image.Transpose.ROTATE_270, 180: Image.Transpose.ROTATE_180, 270: Image.Transpose.ROTATE_90}
"""PIL's transposes that turn a page clockwise by so many degrees."""


def render(pdf: Path, shots: list[Shot], password: str | None = None,
           turns: dict[int, int] | None = None) -> dict[Shot, str]:
    """A PNG data: URI for every shot, rendering each page involved once; ``turns``: the clockwise
    degrees a page was turned to be read (a scan fed sideways), whose boxes are the upright
    page's: its image is turned alike."""
    by_page: dict[int, list[Shot]] = defaultdict(list)
    for shot in shots:
        by_page[shot.page].append(shot)
    scale = RESOLUTION / 72
    images: dict[Shot, str] = {}
    if not by_page:
        return images
    document = pdfium.PdfDocument(str(pdf), password=password or None)
    try:
        for number, page_shots in sorted(by_page.items()):
            page_image, width, height = _page_image(document[number - 1], scale)
            if turn := (turns or {}).get(number, 0):
                page_image = page_image.transpose(_UPRIGHT[turn])
                width, height = (height, width) if turn % 180 else (width, height)
            for shot in page_shots:
                window = _window(shot, width, height)
                images[shot] = _data_uri(_draw(page_image, shot, window, scale))
    finally:
        document.close()
    return images


def _page_image(page: pdfium.PdfPage, scale: float) -> tuple[Image.Image, float, float]:
    """The page rendered at ``scale`` in the frame its boxes are in (``glance.whole``), without
    anti-aliasing (sharper small print), and its size in points."""
    try:
        width, height = whole(page)
        bitmap = page.render(scale=scale, no_smoothtext=True, no_smoothpath=True, no_smoothimage=True,
                             prefer_bgrx=True)
        return bitmap.to_pil().convert("RGB"), width, height
    finally:
        page.close()
