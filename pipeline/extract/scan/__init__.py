"""Scanned pages → :class:`~pipeline.extract.content.PageContent`, the same words and rules a text
layer gives, so columns, rows, the model and reconciliation read a scan like any other page.

A page is rendered (``raster``), its print told from its paper (``ink``), straightened
(``deskew``), its rules found and erased from the image (``rules``), its words read with boxes and
confidences (``ocr``; dashes Tesseract leaves out by ``dashes``). Amounts are repaired only where
the table says a cell is an amount (``numbers``). :func:`from_images` reads the pages that need it
where the page pool read them; a near-empty page is first looked at (``glance``), and ``ocr`` and
``pages`` are imported only when a page needs them (NumPy, OpenCV and Tesseract load slowly and a
born-digital run never needs them).
"""
from __future__ import annotations

from pathlib import Path

from ..content import PageContent
from ..settings import DEFAULT, Settings

MIN_WORDS = 3
"""A page whose text layer has fewer words is read from its image (a scan may carry a stamp)."""

MODES = ("auto", "force", "off")
"""``--ocr``: pages without a usable text layer / every page / none."""


def needs_ocr(content: PageContent, mode: str = "auto") -> bool:
    """Is the page to be read from its image?"""
    return mode == "force" or (mode == "auto" and len(content.words) < MIN_WORDS)


def from_images(contents: list[PageContent], path: Path, password: str | None, mode: str,
                settings: Settings = DEFAULT) -> list[PageContent]:
    """``contents`` with the pages to be read from their image (:func:`needs_ocr`) so read, where
    they print something their text layer does not account for. It runs where the pages were read
    (a worker of the page pool), so scanned pages are read in parallel like any others. Without
    Tesseract, a page to OCR stops the run with a line naming the packages."""
    if not any(needs_ocr(c, mode) for c in contents):
        return contents
    from .glance import printed

    out = []
    for content in contents:
        if needs_ocr(content, mode) and printed(path, password, content, beyond_text=mode == "auto"):
            from .ocr import PACKAGES, OcrUnavailable, unavailable

            if problem := unavailable():
                raise OcrUnavailable(problem, path=path, packages=PACKAGES)
            from .pages import ocr_page

            content = ocr_page(path, password, content.number - 1, settings=settings)
        out.append(content)
    return out
