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
from ..processes import die_with_parent
from .content import PageContent, read_page
from .selection import PageSelection

PARALLEL_FROM = 24  # pages: below this, starting processes costs more than it saves
CHUNK = 6  # pages per task: opening the file costs ~20 ms; small chunks balance and stream sooner


@dataclass
class PdfContents:
    metadata: dict
    encrypted: bool
    page_count: int  # the document's
    count: int  # pages that ``pages`` will yield: the selected ones
    pages: Iterator  # in page order, yielded as soon as read (page contents, or what ``then`` made of them)


def open_pdf(path: Path, password: str | None) -> pdfplumber.PDF:
    """pdfplumber's PDF, or a one-line error naming what is wrong with the file."""
    if not path.is_file():
        raise InputError(f"{path}: dosya bulunamadı (file not found)")
    if path.stat().st_size == 0:
        raise InputError(f"{path}: dosya boş (empty file)")
    with open(path, "rb") as f:
        if b"%PDF" not in f.read(1024):
            raise InputError(f"{path}: PDF değil (not a PDF file)")
    try:
        pdf = pdfplumber.open(path, password=password or "")
        pdf.pages  # forces the page tree: damage shows here, not later
    except Exception as exc:  # pdfminer raises many kinds on damaged files; pdfplumber wraps them
        cause = exc.args[0] if exc.args and isinstance(exc.args[0], Exception) else exc
        if isinstance(cause, PDFPasswordIncorrect):
            wrong = "parola yanlış (wrong password)" if password else "--password ile parola verin (a password is needed)"
            raise PasswordError(f"{path}: PDF şifreli, {wrong}") from None
        raise InputError(f"{path}: PDF okunamadı, dosya bozuk olabilir (damaged PDF: {type(cause).__name__})") from None
    return pdf


def _read_pages(path: Path, password: str | None, indices: list[int],
                then: Callable[[list[PageContent]], list] | None = None) -> list:
    """The pages at ``indices`` (0-based) of the file, each closed once read so memory stays flat;
    ``then`` turns them into what the caller wants, in the same process (so a pool does that work too)."""
    with pdfplumber.open(path, password=password or "") as pdf:
        out = []
        for page in (pdf.pages[i] for i in indices):
            try:
                out.append(read_page(page))
            except Exception as exc:  # a damaged content stream
                raise InputError(f"{path}: sayfa {page.page_number} okunamadı (damaged page: {type(exc).__name__})") from None
            finally:
                page.close()
        return then(out) if then is not None else out


def read_pdf(path: Path, password: str | None = None, max_pages: int | None = None,
             workers: int | None = None, then: Callable[[list[PageContent]], list] | None = None,
             selection: PageSelection | None = None) -> PdfContents:
    """The document's metadata now, and its pages' words and rules as they are read.
    ``workers``: processes to use (default: the CPU count); ``then``: a picklable function
    applied to each run of consecutive pages where they are read (``pages`` then yields its
    results); ``selection``: the only pages to read (default: all)."""
    with open_pdf(path, password) as pdf:
        count = len(pdf.pages)
        metadata = dict(pdf.metadata or {})
        encrypted = bool(getattr(pdf.doc, "encryption", None))
    if max_pages is not None and count > max_pages:
        raise InputError(f"{path}: {count} sayfa, sınır {max_pages} (more pages than --max-pages)")
    indices = selection.indices(path, count) if selection else list(range(count))
    return PdfContents(metadata, encrypted, count, len(indices),
                       _pages(path, password, indices, workers or os.cpu_count() or 1, then))


def _pages(path: Path, password: str | None, indices: list[int], workers: int,
           then: Callable[[list[PageContent]], list] | None) -> Iterator:
    """Pages in order; with a pool, each chunk is handed on as soon as it is read, so the caller
    works on the first pages while the workers read the next."""
    chunks = [indices[i:i + CHUNK] for i in range(0, len(indices), CHUNK)]
    if workers < 2 or len(indices) < PARALLEL_FROM:
        for chunk in chunks:
            yield from _read_pages(path, password, chunk, then)
        return
    with ProcessPoolExecutor(max_workers=min(workers, len(chunks)), initializer=die_with_parent) as pool:
        for read in pool.map(_read_pages, *zip(*[(path, password, chunk, then) for chunk in chunks])):
            yield from read
