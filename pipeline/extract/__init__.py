"""PDF → document model, in the order data flows:

``reader`` (open safely, pages in parallel) → ``content`` (words and rules of a page) →
``markers`` (titles, header rows, totals) → ``columns`` (from a header: ruled or aligned) →
``rows`` (ruled or from the text; merged cells by ``align``) → ``tables`` (one page) →
``walk`` (the pages in order: copies, sections, continuations) → :class:`~pipeline.model.Document`.

Every tolerance is in ``settings``; the general Turkish vocabulary in ``lexicon``; what one
document uses of it is read from the document (``units``, ``identity``, the model's ``Profile``).
"""
from __future__ import annotations

from functools import partial
from typing import Callable
from pathlib import Path

from ..amounts import number_style
from ..files import sha256_of
from ..errors import NotProgrammeError, NoTextError
from ..i18n import N_
from ..model import Copy, Document
from ..progress import SILENT, Progress
from . import cache
from .identity import find_edition_year, find_institution
from .markers import GoalHeader, SectionTitle
from .guard import DEFAULT_LIMITS, Limits
from .content import PageContent
from .reader import PageExecutor, read_pdf, too_long
from .scan import from_images, needs_ocr
from .selection import PageSelection
from .settings import DEFAULT, Settings
from .sources import DEFAULT_READER, ReaderName
from .tables import PageTables, in_order, parse_pages
from .units import UnitNames
from .walk import profile_of, walk

__all__ = ["build_document", "PageSelection", "Settings"]


def build_document(path: Path, password: str | None = None, max_pages: int | None = None,
                   use_cache: bool = True, workers: int | None = None, settings: Settings = DEFAULT,
                   sha256: str | None = None, reader: ReaderName = DEFAULT_READER,
                   limits: Limits = DEFAULT_LIMITS, ocr: str = "auto", executor: PageExecutor = "process",
                   progress: Progress = SILENT, selection: PageSelection | None = None,
                   started: Callable[[], None] | None = None) -> Document:
    """Read a programme PDF into the document model (from the cache when the file is unchanged);
    ``sha256``: the file's content hash, where the caller has it already; ``reader``: the library
    that reads the pages; ``limits``: decoded sizes allowed (see ``guard``); ``ocr``: which pages
    are read from their image (``auto``: those without a usable text layer; ``force``; ``off``);
    ``executor``: where its pages are read (see ``reader``); ``progress`` hears of each page as the
    pages are taken in order; ``selection``: the only pages to read (their numbers stay the PDF's);
    ``started``: called once a page pool's workers run (see ``reader.read_pdf``)."""
    path = Path(path)
    if path.is_file() and not sha256:
        sha256 = sha256_of(path)
    if use_cache and sha256 and (doc := cache.load(sha256, reader, ocr, selection)) is not None:
        if (error := too_long(path, doc.page_count, max_pages)) is not None:
            raise error
        doc.source = str(path)
        progress.on_stage("read", pages=len(doc.pages))
        progress.on_pages(len(doc.pages))
        return doc
    contents = read_pdf(path, password, max_pages, workers, then=partial(_parse_run, path=path, password=password,
                        ocr=ocr, settings=settings), reader=reader, limits=limits, executor=executor,
                        selection=selection, costly=partial(needs_ocr, mode=ocr), started=started)
    progress.on_stage("read", pages=contents.count)
    parsed, texts, scanned = [], [], []
    for tables in in_order(contents.pages, settings):  # pages are read and parsed in parallel
        parsed.append(tables)  # the page's words and rules are let go: memory stays flat
        texts.append(tables.text)
        if tables.scanned:
            scanned.append(tables.page)
        progress.on_pages(1)
    doc = _document(path, sha256 or "", contents.metadata, parsed, texts, contents.page_count)
    doc.ocr_pages = scanned
    doc.selection = str(selection or "")
    if use_cache and not contents.encrypted:
        cache.store(doc, reader, ocr)
    return doc


def _parse_run(contents: list[PageContent], path: Path, password: str | None, ocr: str,
               settings: Settings) -> list[tuple[PageContent | None, PageTables]]:
    """A run of consecutive pages parsed where it was read (a worker of the page pool), those
    without a usable text layer read from their images first."""
    return parse_pages(from_images(contents, path, password, ocr, settings), settings)


def _document(path: Path, sha256: str, metadata: dict, parsed: list[PageTables], texts: list[str],
              page_count: int) -> Document:
    if not any(t.strip() for t in texts):
        raise NoTextError(N_("{path}: no text layer in the PDF; it may be a scan"), path=path)
    if not any(p.has_tables for p in parsed):
        raise NotProgrammeError(N_("{path}: not a performance programme (no programme table found)"), path=path)
    headers = [i for p in parsed for i in p.items if isinstance(i, GoalHeader)]
    if not headers:
        raise NotProgrammeError(N_("{path}: not a performance programme (no programme table header found)"), path=path)
    units = UnitNames([i.text for p in parsed for i in p.items if isinstance(i, SectionTitle)])
    plan_years = headers[0].layout.years
    prose = [t for t, p in zip(texts, parsed) if not p.has_tables]
    doc = Document(
        source=str(path), sha256=sha256, page_count=page_count, municipality="",
        edition_year=find_edition_year(metadata, prose + texts),
        plan_years=plan_years, pages=[], areas={}, aims={},
        strategic=Copy("strategic", ""), sections=[],
        directorates=list(units.canonical),
    )
    walk(doc, parsed, units)
    institution = find_institution(metadata, prose, _cell_texts(doc))
    doc.municipality = institution.name if institution else ""
    amounts = [a.cell.text for c in doc.copies for p in c.projects for d in p.directorates for r in d.rows for a in r.amounts]
    doc.profile = profile_of(parsed, units, plan_years, number_style(amounts))
    return doc


def _cell_texts(doc: Document) -> list[str]:
    """The texts of the document's table cells: project names, indicators, notes, extras."""
    out = []
    for copy in doc.copies:
        for p in copy.projects:
            out.append(p.name.text)
            for d in p.directorates:
                for r in d.rows:
                    out += [r.indicator.text, *(c.text for c in r.extras.values()), *{a.note for a in r.amounts}]
    return [t for t in out if t]
