"""Open a PDF safely and read its pages, in parallel across processes for long documents.

Reading a page (interpreting its content stream) is nearly all of the extraction's time and each
page is independent, so pages are read in contiguous chunks by a process pool; what depends on
the previous page (a table continuing) is decided afterwards, in order, from the page contents.
A worker opens a PDF on its first page range and keeps it open for the next ones (until it is
handed another PDF), so the cost per page does not grow with the page count; a few chunks are in
flight at a time, so memory does not either. The tasks name their file, so the pool can be a local
process pool or, with ``executor="dask"``, the Dask cluster the run itself is a task of: one long
programme then spreads over the cluster's workers. Before any page is read, the file's compressed
streams are measured (``guard``): a decompression bomb ends the run before it can take the
machine's memory.
"""
from __future__ import annotations

import os
import threading
from collections import deque
from concurrent.futures import Executor
from contextlib import contextmanager
from dataclasses import dataclass
from itertools import islice
from pathlib import Path
from typing import Callable, Iterator, Literal

from ..errors import InputError, PerfprogError
from ..i18n import N_
from ..processes import worker_pool
from .content import PageContent
from .guard import DEFAULT_LIMITS, Limits, check_streams
from .selection import PageSelection
from .sources import DEFAULT_READER, ReaderName, Source, open_source

PARALLEL_FROM = 24  # pages: below this, starting processes costs more than it saves
CHUNK = 6  # pages per task: small chunks balance the workers and reach the caller sooner
IN_FLIGHT = 4  # chunks queued per worker: enough to keep it busy, few enough to bound memory
PageExecutor = Literal["process", "dask"]
"""Where page ranges are read: a local process pool, or the Dask cluster running the task."""
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
    return InputError(N_("{path}: {pages} pages, more than --max-pages {limit} (default {default})"), path=path,
                      pages=count, limit=limit, default=MAX_PAGES)


def _check_file(path: Path) -> None:
    """A one-line error for a file that is missing, empty or no PDF at all."""
    if not path.is_file():
        raise InputError(N_("{path}: file not found"), path=path)
    if path.stat().st_size == 0:
        raise InputError(N_("{path}: empty file"), path=path)
    with open(path, "rb") as f:
        if b"%PDF" not in f.read(1024):
            raise InputError(N_("{path}: not a PDF file"), path=path)


def read_pdf(path: Path, password: str | None = None, max_pages: int | None = None,
             workers: int | None = None, then: Callable[[list[PageContent]], list] | None = None,
             reader: ReaderName = DEFAULT_READER, limits: Limits = DEFAULT_LIMITS,
             executor: PageExecutor = "process", selection: PageSelection | None = None,
             costly: Callable[[PageContent], bool] | None = None,
             started: Callable[[], None] | None = None) -> PdfContents:
    """The document's metadata now, and its pages' words and rules as they are read.
    ``workers``: processes to use (default: the CPU count; ignored on Dask, which uses its
    cluster); ``then``: a picklable function applied to each run of consecutive pages where they
    are read (``pages`` then yields its results); ``reader``: the library that reads pages
    (``sources``); ``limits``: decoded sizes allowed per stream and per page; ``executor``: where
    the pages are read (see the module's docstring); ``selection``: the only pages to read
    (default: all); ``costly``: tells a page whose ``then`` costs far more than reading it (a
    scan's OCR): when the first and the middle selected pages are such, the pages are read one
    per task, in parallel however few they are; ``started``: called once the page workers run
    (they are forked: only then may the caller start a thread), not when pages are read here."""
    _check_file(path)
    source = open_source(reader, path, password)
    try:
        if (error := too_long(path, source.page_count, max_pages)) is not None:
            raise error
        check_streams(path, password, limits)
        metadata, encrypted, count = source.metadata, source.encrypted, source.page_count
        indices = selection.indices(path, count) if selection else list(range(count))
        heavy = bool(costly and indices) and all(costly(_read(source, [i], None)[0]) for i in {indices[0], indices[len(indices) // 2]})
    except BaseException:
        source.close()
        raise
    workers = workers or os.cpu_count() or 1
    chunk = 1 if heavy else CHUNK
    if len(indices) < (2 if heavy else PARALLEL_FROM) or (workers < 2 and executor == "process"):
        return PdfContents(metadata, encrypted, count, len(indices), _serial(source, indices, then))
    source.close()  # each worker opens its own
    pool = _dask_pool() if executor == "dask" else _process_pool(workers, -(-len(indices) // chunk))
    return PdfContents(metadata, encrypted, count, len(indices),
                       _parallel(pool, (reader, path, password), _chunks(indices, chunk), then, started))


def _chunks(indices: list[int], size: int = CHUNK) -> list[list[int]]:
    return [indices[i:i + size] for i in range(0, len(indices), size)]


def _serial(source: Source, indices: list[int], then) -> Iterator:
    try:
        for chunk in _chunks(indices):
            yield from _read(source, chunk, then)
    finally:
        source.close()


_File = tuple[ReaderName, Path, str | None]
"""What a worker needs to open the PDF: the reader, the path and the password."""


@contextmanager
def _process_pool(workers: int, tasks: int) -> Iterator[tuple[Executor, int]]:
    workers = min(workers, tasks)
    with worker_pool(workers) as executor:
        yield executor, workers


@contextmanager
def _dask_pool() -> Iterator[tuple[Executor, int]]:
    """The cluster this task runs on, as an executor; the task leaves its worker's thread pool
    meanwhile (``worker_client``), so that its page ranges can run there too."""
    from distributed import worker_client  # present: this runs as a task of a Dask worker

    with worker_client() as client:
        yield client.get_executor(pure=False), max(1, sum(client.nthreads().values()))


def _parallel(pool, file: _File, chunks: list[list[int]], then, started: Callable[[], None] | None) -> Iterator:
    """Pages in order from ``pool`` (a context giving an executor and its number of workers), read
    in ``chunks``; each chunk is handed on as soon as it is read, so the caller works on the first
    pages while the workers read the next, and only a few chunks per worker wait at any time."""
    chunks = iter(chunks)
    with pool as (executor, workers):
        pending = deque(executor.submit(read_span, file, chunk, then) for chunk in islice(chunks, workers * IN_FLIGHT))
        if started:
            started()
        while pending:
            read = pending.popleft().result()
            if (chunk := next(chunks, None)) is not None:
                pending.append(executor.submit(read_span, file, chunk, then))
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
            raise InputError(N_("{path}: damaged page {page}, it cannot be read ({cause})"), path=source.path,
                             page=index + 1, cause=type(exc).__name__) from None
    return then(out) if then is not None else out


_OPEN: dict[_File, Source] = {}
"""The PDF this worker process has open, kept for its next page ranges."""
_OPEN_LOCK = threading.Lock()  # PDFium is not thread-safe: a Dask worker's threads take turns


def read_span(file: _File, indices: list[int], then) -> list:
    """A worker's task: the pages at ``indices`` of ``file``, opened on the worker's first range of it."""
    with _OPEN_LOCK:
        if file not in _OPEN:
            for other in _OPEN.values():
                other.close()
            _OPEN.clear()
            _OPEN[file] = open_source(*file)
        return _read(_OPEN[file], indices, then)
