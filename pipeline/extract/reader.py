"""Open a PDF safely and read its pages, in parallel across processes for long documents.

Reading a page (interpreting its content stream) is nearly all of the extraction's time and each
page is independent, so pages are read in contiguous chunks by a process pool; what depends on
the previous page (a table continuing) is decided afterwards, in order, from the page contents.
Each worker opens the PDF once (the pool's initializer) and is then handed page ranges, so the
cost per page does not grow with the page count; a few chunks are in flight at a time, so memory
does not either. Before any page is read, the file's compressed streams are measured (``guard``):
a decompression bomb ends the run before it can take the machine's memory.
"""
from __future__ import annotations

import os
from collections import deque
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from itertools import islice
from pathlib import Path
from typing import Callable, Iterator

from ..errors import InputError, PerfprogError
from ..processes import die_with_parent
from .content import PageContent
from .guard import DEFAULT_LIMITS, Limits, check_streams
from .selection import PageSelection
from .sources import DEFAULT_READER, ReaderName, Source, open_source

PARALLEL_FROM = 24  # pages: below this, starting processes costs more than it saves
CHUNK = 6  # pages per task: small chunks balance the workers and reach the caller sooner
IN_FLIGHT = 4  # chunks queued per worker: enough to keep it busy, few enough to bound memory
MAX_PAGES = 2000
"""Default page limit (``--max-pages`` raises or lowers it): a programme has about a hundred
pages, so a file with thousands is more likely a mistake or an attack than a programme."""


@dataclass
class PdfContents:
    metadata: dict
    encrypted: bool
    page_count: int  # the document's
    count: int  # pages that ``pages`` will yield: the selected ones
    pages: Iterator  # in page order, yielded as soon as read (page contents, or what ``then`` made of them)


def page_limit(max_pages: int | None) -> int:
    return MAX_PAGES if max_pages is None else max_pages


def too_long(path: Path, count: int, max_pages: int | None) -> InputError | None:
    """The error for a file over the page limit, or None."""
    limit = page_limit(max_pages)
    if count <= limit:
        return None
    return InputError(f"{path}: {count} sayfa, sınır {limit} (more pages than --max-pages, default {MAX_PAGES})")


def _check_file(path: Path) -> None:
    """A one-line error for a file that is missing, empty or no PDF at all."""
    if not path.is_file():
        raise InputError(f"{path}: dosya bulunamadı (file not found)")
    if path.stat().st_size == 0:
        raise InputError(f"{path}: dosya boş (empty file)")
    with open(path, "rb") as f:
        if b"%PDF" not in f.read(1024):
            raise InputError(f"{path}: PDF değil (not a PDF file)")


def read_pdf(path: Path, password: str | None = None, max_pages: int | None = None,
             workers: int | None = None, then: Callable[[list[PageContent]], list] | None = None,
             reader: ReaderName = DEFAULT_READER, limits: Limits = DEFAULT_LIMITS,
             selection: PageSelection | None = None) -> PdfContents:
    """The document's metadata now, and its pages' words and rules as they are read.
    ``workers``: processes to use (default: the CPU count); ``then``: a picklable function
    applied to each run of consecutive pages where they are read (``pages`` then yields its
    results); ``reader``: the library that reads pages (``sources``); ``limits``: decoded sizes
    allowed per stream and per page; ``selection``: the only pages to read (default: all)."""
    _check_file(path)
    source = open_source(reader, path, password)
    try:
        if (error := too_long(path, source.page_count, max_pages)) is not None:
            raise error
        check_streams(path, password, limits)
        metadata, encrypted, count = source.metadata, source.encrypted, source.page_count
        indices = selection.indices(path, count) if selection else list(range(count))
    except BaseException:
        source.close()
        raise
    workers = workers or os.cpu_count() or 1
    if workers < 2 or len(indices) < PARALLEL_FROM:
        return PdfContents(metadata, encrypted, count, len(indices), _serial(source, indices, then))
    source.close()  # each worker opens its own
    return PdfContents(metadata, encrypted, count, len(indices), _parallel(reader, path, password, indices, workers, then))


def _chunks(indices: list[int]) -> list[list[int]]:
    return [indices[i:i + CHUNK] for i in range(0, len(indices), CHUNK)]


def _serial(source: Source, indices: list[int], then) -> Iterator:
    try:
        for chunk in _chunks(indices):
            yield from _read(source, chunk, then)
    finally:
        source.close()


def _parallel(reader: ReaderName, path: Path, password: str | None, indices: list[int], workers: int,
              then) -> Iterator:
    """Pages in order from a pool whose workers each opened the file once; each chunk is handed
    on as soon as it is read, so the caller works on the first pages while the workers read the
    next, and only a few chunks per worker wait at any time."""
    chunks = iter(_chunks(indices))
    workers = min(workers, -(-len(indices) // CHUNK))
    with ProcessPoolExecutor(max_workers=workers, initializer=_open_in_worker,
                             initargs=(reader, path, password)) as pool:
        pending = deque(pool.submit(_read_in_worker, chunk, then) for chunk in islice(chunks, workers * IN_FLIGHT))
        while pending:
            read = pending.popleft().result()
            if (chunk := next(chunks, None)) is not None:
                pending.append(pool.submit(_read_in_worker, chunk, then))
            yield from read


def _read(source: Source, indices: list[int], then) -> list:
    """The pages at ``indices`` (0-based) read from ``source``; ``then`` turns them into what the
    caller wants, in the same process (so a pool does that work too)."""
    out = []
    for index in indices:
        try:
            out.append(source.page(index))
        except PerfprogError:
            raise
        except Exception as exc:  # a damaged content stream
            raise InputError(f"{source.path}: sayfa {index + 1} okunamadı (damaged page: {type(exc).__name__})") from None
    return then(out) if then is not None else out


_WORKER: Source | None = None
"""The PDF a pool worker opened once, read by every task it is given."""


def _open_in_worker(reader: ReaderName, path: Path, password: str | None) -> None:
    global _WORKER
    die_with_parent()
    _WORKER = open_source(reader, path, password)


def _read_in_worker(indices: list[int], then) -> list:
    assert _WORKER is not None, "the pool's initializer opens the PDF"
    return _read(_WORKER, indices, then)
