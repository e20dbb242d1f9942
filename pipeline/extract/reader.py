"""Open a PDF safely and read its pages, in parallel across processes for long documents.

Reading a page (interpreting its content stream) is nearly all of the extraction's time and each
page is independent, so pages are read in contiguous chunks by a process pool; what depends on
the previous page (a table continuing) is decided afterwards, in order, from the page contents.
"""
from __future__ import annotations

import os
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterator

import pdfplumber
from pdfminer.pdfdocument import PDFPasswordIncorrect

from ..errors import InputError, PasswordError
from ..i18n import N_
from ..processes import die_with_parent
from .content import PageContent, read_page

PARALLEL_FROM = 24  # pages: below this, starting processes costs more than it saves
CHUNK = 6  # pages per task: opening the file costs ~20 ms; small chunks balance and stream sooner


@dataclass
class PdfContents:
    metadata: dict
    encrypted: bool
    pages: Iterator  # in page order, yielded as soon as read (page contents, or what ``then`` made of them)


def open_pdf(path: Path, password: str | None) -> pdfplumber.PDF:
    """pdfplumber's PDF, or a one-line error naming what is wrong with the file."""
    if not path.is_file():
        raise InputError(N_("{path}: file not found"), path=path)
    if path.stat().st_size == 0:
        raise InputError(N_("{path}: empty file"), path=path)
    with open(path, "rb") as f:
        if b"%PDF" not in f.read(1024):
            raise InputError(N_("{path}: not a PDF file"), path=path)
    try:
        pdf = pdfplumber.open(path, password=password or "")
        pdf.pages  # forces the page tree: damage shows here, not later
    except Exception as exc:  # pdfminer raises many kinds on damaged files; pdfplumber wraps them
        cause = exc.args[0] if exc.args and isinstance(exc.args[0], Exception) else exc
        if isinstance(cause, PDFPasswordIncorrect):
            if password:
                raise PasswordError(N_("{path}: the PDF is encrypted: wrong password"), path=path) from None
            raise PasswordError(N_("{path}: the PDF is encrypted: give its password with --password"),
                                path=path) from None
        raise InputError(N_("{path}: damaged PDF, it cannot be read ({cause})"), path=path,
                         cause=type(cause).__name__) from None
    return pdf


def _read_pages(path: Path, password: str | None, first: int, stop: int,
                then: Callable[[list[PageContent]], list] | None = None) -> list:
    """Pages [first, stop) of the file, each closed once read so memory stays flat; ``then``
    turns them into what the caller wants, in the same process (so a pool does that work too)."""
    with pdfplumber.open(path, password=password or "") as pdf:
        out = []
        for page in pdf.pages[first:stop]:
            try:
                out.append(read_page(page))
            except Exception as exc:  # a damaged content stream
                raise InputError(N_("{path}: damaged page {page}, it cannot be read ({cause})"), path=path,
                                 page=page.page_number, cause=type(exc).__name__) from None
            finally:
                page.close()
        return then(out) if then is not None else out


def read_pdf(path: Path, password: str | None = None, max_pages: int | None = None,
             workers: int | None = None, then: Callable[[list[PageContent]], list] | None = None) -> PdfContents:
    """The document's metadata now, and its pages' words and rules as they are read.
    ``workers``: processes to use (default: the CPU count); ``then``: a picklable function
    applied to each run of consecutive pages where they are read (``pages`` then yields its
    results)."""
    with open_pdf(path, password) as pdf:
        count = len(pdf.pages)
        metadata = dict(pdf.metadata or {})
        encrypted = bool(getattr(pdf.doc, "encryption", None))
    if max_pages is not None and count > max_pages:
        raise InputError(N_("{path}: {pages} pages, more than --max-pages {limit}"), path=path, pages=count,
                         limit=max_pages)
    return PdfContents(metadata, encrypted, _pages(path, password, count, workers or os.cpu_count() or 1, then))


def _pages(path: Path, password: str | None, count: int, workers: int,
           then: Callable[[list[PageContent]], list] | None) -> Iterator:
    """Pages in order; with a pool, each chunk is handed on as soon as it is read, so the caller
    works on the first pages while the workers read the next."""
    spans = [(i, min(i + CHUNK, count)) for i in range(0, count, CHUNK)]
    if workers < 2 or count < PARALLEL_FROM:
        for a, b in spans:
            yield from _read_pages(path, password, a, b, then)
        return
    with ProcessPoolExecutor(max_workers=min(workers, len(spans)), initializer=die_with_parent) as pool:
        for chunk in pool.map(_read_pages, *zip(*[(path, password, a, b, then) for a, b in spans])):
            yield from chunk
