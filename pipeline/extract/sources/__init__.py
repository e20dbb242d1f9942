"""Readers of page content: one small interface, two libraries.

A source opens a PDF once and reads any of its pages as :class:`~..content.PageContent`: the
library only supplies glyphs (text, box, font) and drawn lines and rectangles as plain tuples in
pdfminer's page coordinates (top-left origin, the media box's corner at 0, 0); words and rules are
made from them in ``content``, the same code for both. ``pdfium`` (C, several times faster) is
the default; ``pdfminer`` (pure Python, what pdfplumber and camelot read with) is the reference
that ``tests/extract/test_reader_equivalence.py`` holds the fast one to.
"""
from __future__ import annotations

from pathlib import Path

from .base import DEFAULT_READER, READERS, ReaderName, Source, locked

__all__ = ["DEFAULT_READER", "READERS", "ReaderName", "Source", "locked", "open_source"]


def open_source(reader: ReaderName, path: Path, password: str | None) -> Source:
    """``path`` opened with ``reader``; a damaged or locked file raises InputError or PasswordError."""
    if reader == "pdfium":
        from .pdfium import PdfiumSource
        return PdfiumSource(path, password)
    if reader == "pdfminer":
        from .pdfminer import PdfminerSource
        return PdfminerSource(path, password)
    raise ValueError(f"unknown reader {reader!r}")
