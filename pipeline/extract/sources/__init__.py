"""Readers of page content: one small interface, two libraries.

A source opens a PDF once and reads any of its pages as :class:`~..content.PageContent`: the
library only supplies glyphs (text, box, font) and drawn lines and rectangles as plain tuples in
pdfminer's page coordinates (top-left origin, the media box's corner at 0, 0); words and rules are
made from them in ``content``, the same code for both. ``pdfium`` (C, about ten times faster) is
the default; ``pdfminer`` (pure Python, what pdfplumber and camelot read with) is the reference
that ``tests/extract/test_reader_equivalence.py`` holds the fast one to.
"""
from __future__ import annotations

from pathlib import Path
from typing import Literal, Protocol

from ...errors import PasswordError
from ..content import PageContent
from ..settings import DEFAULT, Settings

ReaderName = Literal["pdfium", "pdfminer"]
READERS: tuple[ReaderName, ...] = ("pdfium", "pdfminer")
DEFAULT_READER: ReaderName = "pdfium"


class Source(Protocol):
    """An open PDF whose pages are read one at a time (each page's memory is freed once read)."""

    path: Path
    page_count: int
    metadata: dict
    encrypted: bool

    def page(self, index: int, settings: Settings = DEFAULT) -> PageContent:
        """Page ``index`` (0-based) as words and rules."""

    def close(self) -> None: ...


def open_source(reader: ReaderName, path: Path, password: str | None) -> Source:
    """``path`` opened with ``reader``; a damaged or locked file raises InputError or PasswordError."""
    if reader == "pdfium":
        from .pdfium import PdfiumSource
        return PdfiumSource(path, password)
    if reader == "pdfminer":
        from .pdfminer import PdfminerSource
        return PdfminerSource(path, password)
    raise ValueError(f"unknown reader {reader!r}")


def locked(path: Path, password: str | None) -> PasswordError:
    """The error for an encrypted PDF opened without its (right) password."""
    wrong = "parola yanlış (wrong password)" if password else "--password ile parola verin (a password is needed)"
    return PasswordError(f"{path}: PDF şifreli, {wrong}")
