"""Scanned pages → :class:`~pipeline.extract.content.PageContent`, the same words and rules a text
layer gives, so columns, rows, the model and reconciliation read a scan like any other page.

A page is rendered (``raster``), its print told from its paper (``ink``), straightened (``deskew``), its rules found and erased from the
image (``rules``), its words read with boxes and confidences (``ocr``; dashes Tesseract leaves
out by ``dashes``). Amounts are repaired only where the table says a cell is an amount
(``numbers``). ``pages`` reads pages in parallel processes; it is imported only when a page
needs it (OpenCV and Tesseract load slowly and a born-digital run never needs them).
"""
from __future__ import annotations

from ..content import PageContent

MIN_WORDS = 3
"""A page whose text layer has fewer words is read from its image (a scan may carry a stamp)."""

MODES = ("auto", "force", "off")
"""``--ocr``: pages without a usable text layer / every page / none."""


def needs_ocr(content: PageContent, mode: str = "auto") -> bool:
    """Is the page to be read from its image?"""
    return mode == "force" or (mode == "auto" and len(content.words) < MIN_WORDS)
