"""One programme PDF through the whole pipeline:
pdf → document model → frames → schema checks → reconciliation → files, report and quality check."""
from __future__ import annotations

import importlib
import os
import shutil
import tempfile
import threading
from contextlib import AbstractContextManager, ExitStack, contextmanager
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Callable, Iterator

from .amounts import decimals
from .errors import CheckError, ExtractionError, OutputError, PerfprogError, ReportError, SchemaError, StageError
from .i18n import N_
from .extract import PageSelection, build_document, cache
from .extract.guard import DEFAULT_LIMITS, Limits
from .extract.reader import PageExecutor, too_long
from .extract.sources import DEFAULT_READER, ReaderName
from .files import atomic_folder, code_fingerprint, publish, sha256_of, staging_name, sweep
from .model import Document
from .output.writer import WorkbookWriter, workbook_writer
from .progress import SILENT, Progress
from .text import is_slug

if TYPE_CHECKING:  # the stages after reading are imported once reading has begun (see _Preload)
    import pandas as pd

    from .catalog import Catalog, Stored
    from .output.datapackage import PackageInfo
    from .quality import QualityResult, QualityWorker

AFTER_READING = ("pipeline.frames", "pipeline.schemas", "pipeline.findings", "pipeline.reconcile",
                 "pipeline.output.tables", "pipeline.output.workbook")
"""The stages after reading (pandas, pandera: about half a second to import): imported in a thread
while the page pool reads (:class:`_Preload`), not before it starts, so its forked workers stay
small; a batch imports them before its pool forks (``batch``), so that its workers share them."""


@dataclass
class Options:
    out: Path = Path("extracted")
    reports: Path = Path("reports")
    slug: str | None = None
    strict: bool = False
    password: str | None = None
    max_pages: int | None = None  # default: extract.reader.MAX_PAGES
    lang: str = "tr"
    use_cache: bool = True
    page_workers: int | None = None  # processes reading pages, or writing beside the run (default: the CPU count)
    page_executor: PageExecutor = "process"  # or "dask": pages read on the Dask cluster the run is a task of
    cross_check: bool = False  # compare every budget cell with camelot's lattice parser
    report: bool = True  # write <reports>/<slug>/: the HTML report
    data_docs: bool = False  # and, in it, Great Expectations' quality check and Data Docs (GE's import: seconds)
    pages: PageSelection | None = None  # read only these pages (default: all)
    reader: ReaderName = DEFAULT_READER  # the library that reads pages: pdfium, or pdfminer (the reference)
    limits: Limits = DEFAULT_LIMITS  # decoded stream sizes allowed (decompression bombs)
    ocr: str = "auto"  # pages read from their image: auto (no usable text layer), force (all), off


@dataclass
class RunResult:
    pdf: Path
    slug: str
    out_dir: Path
    doc: Document
    frames: dict[str, pd.DataFrame]
    findings: pd.DataFrame
    schema_problems: list[str] = field(default_factory=list)  # the schema_violation findings' sentences
    report_dir: Path | None = None  # None when Options.report is off
    quality: QualityResult | None = None  # the quality check's outcome, with the report and its Data Docs
    extra_tables: dict[str, pd.DataFrame] = field(default_factory=dict)  # e.g. crosscheck

    def store_in(self, catalog: Catalog) -> Stored:
        """Store this run's edition in ``catalog``."""
        return catalog.store(self.slug, self.pdf, self.doc, self.tables)

    @property
    def tables(self) -> dict[str, pd.DataFrame]:
        """Every table the run exports: the frames, any extra table and the findings."""
        return {**self.frames, **self.extra_tables, "findings": self.findings}

    @property
    def failed(self) -> bool:
        """The document does not reconcile: there are error-level findings."""
        from .findings import has_errors

        return has_errors(self.findings)

    @property
    def summary(self) -> dict:
        from .findings import summarize

        return summarize(self.findings)


def _package_info(doc: Document, slug: str) -> PackageInfo:
    from .output.datapackage import PackageInfo

    title = " ".join(str(p) for p in (doc.municipality, doc.edition_year, "Performans Programı") if p)
    return PackageInfo(slug, title, doc.sha256, list(doc.plan_years))


@contextmanager
def _stage(error: type[StageError], pdf: Path) -> Iterator[None]:
    """Run one stage: a failure that is not already a user-facing error is named by its stage."""
    try:
        yield
    except (PerfprogError, KeyboardInterrupt, MemoryError):
        raise
    except Exception as exc:
        if os.environ.get("PERFPROG_DEBUG"):
            raise
        raise error.wrap(pdf, exc) from exc


def later_stages(options: Options) -> tuple[str, ...]:
    """The modules of a run's stages after reading."""
    return AFTER_READING + (("pipeline.report",) if options.report else ())


def preload(modules: tuple[str, ...]) -> None:
    """Import ``modules`` ahead of their use. A module that fails to import here fails again,
    with its error, where it is used."""
    for name in modules:
        try:
            importlib.import_module(name)
        except Exception:  # noqa: BLE001 (reported where it is imported for use)
            return


class _Preload:
    """The stages after reading, imported in a thread while the page pool reads. Started once the
    pool's workers are forked (a fork beside a running thread could inherit a held lock); the
    run forks nothing after that (the workbook's writer is forked before the read)."""

    def __init__(self, modules: tuple[str, ...]):
        self.thread = threading.Thread(target=preload, args=(modules,), name="perfprog-preload", daemon=True)

    def start(self) -> None:
        self.thread.start()


def _read(pdf: Path, sha256: str, options: Options, progress: Progress, preloading: _Preload) -> Document:
    """The PDF (whose content hash is ``sha256``) read into the document model."""
    with _stage(ExtractionError, pdf):
        return build_document(pdf, password=options.password, max_pages=options.max_pages,
                              use_cache=options.use_cache, workers=options.page_workers, sha256=sha256,
                              reader=options.reader, limits=options.limits, ocr=options.ocr,
                              executor=options.page_executor, progress=progress, selection=options.pages,
                              started=preloading.start)


def _check(pdf: Path, doc: Document, frames: dict[str, pd.DataFrame], options: Options,
           progress: Progress) -> RunResult:
    """Validate and reconcile the document's ``frames``."""
    from .findings import gap_findings, judge, message, ocr_findings, problem_findings, schema_findings
    from .reconcile import reconcile
    from .schemas import validate

    violations = schema_findings(validate(frames, doc.plan_years, doc.directorates))
    problems = [message(v, options.lang) for v in violations]
    if problems and options.strict:
        raise SchemaError(N_("{pdf}: {count} schema violations; the first: {first}"), pdf=pdf, count=len(problems),
                          first=problems[0])
    extra = [*gap_findings(doc.gaps), *problem_findings(doc.problems), *violations, *ocr_findings(doc)]
    tables = {}
    if options.cross_check:
        from .crosscheck import cross_check

        progress.on_stage("cross_check")
        tables["crosscheck"], disagreements = cross_check(pdf, doc, frames, options.password)
        extra += disagreements
    progress.on_stage("reconcile")
    findings = reconcile(frames["budget_lines"], frames["printed_totals"], frames["section_pages"], lang=options.lang,
                         extra=extra)
    findings = judge(findings, frames["budget_lines"], frames["printed_totals"], options.lang)
    slug = _slug(doc, options)
    report_dir = options.reports / slug if options.report else None
    return RunResult(pdf, slug, options.out / slug, doc, frames, findings, problems, report_dir, extra_tables=tables)


def _slug(doc: Document, options: Options) -> str:
    return options.slug or doc.slug


class _ReportJob:
    """The report, staged in its own folder beside the tables': started before the tables are
    written (the quality check and the page images run meanwhile), finished after they are
    committed, so a failing report never costs the tables."""

    def __init__(self, result: RunResult, options: Options, worker: QualityWorker | None):
        self.result, self.options = result, options
        self.stack = ExitStack()
        self.error: BaseException | None = None
        self.quality: Callable[[], QualityResult] | None = None
        from .report import DATA_DOCS, footing_table, prepare_report

        try:
            doc, tables = result.doc, result.tables
            self.folder = self.stack.enter_context(atomic_folder(result.report_dir))
            footing = footing_table(tables["budget_lines"], tables["printed_totals"], doc.directorates, doc.plan_years)
            if worker:
                self.stack.enter_context(worker)  # left first: stopped before the staging folder is removed
                self.quality = worker.submit({**tables, "footing": footing}, doc.plan_years, doc.page_count,
                                             self.folder / DATA_DOCS, options.lang)
            self.draft = prepare_report(result.pdf, doc, result.frames, result.findings, footing, options.lang,
                                        options.password)
        except Exception as exc:  # reported by finish(), once the tables are safe
            self.error = exc

    def finish(self, key: dict) -> None:
        try:
            if self.error is not None:
                raise self.error
            from .output import stamp
            from .report import write_report

            self.result.quality = self.quality() if self.quality else None
            write_report(self.draft, self.result.quality, self.folder)
            stamp.write(self.folder, key)
        except BaseException as exc:
            self.stack.__exit__(type(exc), exc, exc.__traceback__)  # the staging folder goes
            if isinstance(exc, (PerfprogError, KeyboardInterrupt)) or os.environ.get("PERFPROG_DEBUG"):
                raise
            raise ReportError.wrap(self.result.pdf, exc) from exc
        self.stack.close()  # the report folder replaces the old one

    def cancel(self, exc: BaseException) -> None:
        self.stack.__exit__(type(exc), exc, exc.__traceback__)


def _write(result: RunResult, options: Options, worker: QualityWorker | None, progress: Progress,
           workbook: WorkbookWriter) -> None:
    """The tables in every format to ``<out>/<slug>/`` (the ``workbook`` finished) and, with
    ``options.report``, the report to ``<reports>/<slug>/`` (with a quality worker, its Data Docs
    too): each folder staged and committed atomically, the tables first. The report is drafted
    while a child process finishes the workbook (unless the run may use one process only)."""
    from .output import stamp
    from .output.tables import tables_written

    doc = result.doc
    progress.on_stage("export")
    key = stamp_key(doc.sha256, options)
    job = None
    try:
        with atomic_folder(result.out_dir) as data:
            with tables_written(result.tables, data, _package_info(doc, result.slug), workbook):
                job = _ReportJob(result, options, worker) if options.report else None
            stamp.write(data, key, {"schema_problems": result.schema_problems})
    except BaseException as exc:
        if job:
            job.cancel(exc)
        if isinstance(exc, OSError):
            raise OutputError.of(exc, result.out_dir) from exc
        raise
    if job:
        progress.on_stage("report")
        job.finish(key)


def _begin_workbook(workbook: WorkbookWriter, doc: Document, frames: dict[str, pd.DataFrame],
                    options: Options) -> None:
    """Hand the workbook's writer the document's frames: their sheets are written beside the checks."""
    workbook.begin(frames, options.lang, decimals(doc.profile.number_style if doc.profile else ""))


def _may_fork(options: Options) -> bool:
    """May the run write beside itself in a forked child? Not when told to use one process, nor
    on a Dask worker (a daemon with threads of its own)."""
    return options.page_executor == "process" and (options.page_workers or os.cpu_count() or 1) > 1


def stamp_key(sha256: str, options: Options) -> dict:
    """What makes two runs' outputs the same: the file, the code and the options that shape them."""
    return {"sha256": sha256, "code": code_fingerprint(), "lang": options.lang,
            "cross_check": options.cross_check, "strict": options.strict, "report": options.report,
            "data_docs": options.report and options.data_docs, "reader": options.reader, "ocr": options.ocr,
            "pages": str(options.pages or "")}


def _folders(result: RunResult) -> list[Path]:
    return [result.out_dir] + ([result.report_dir] if result.report_dir else [])


def _unchanged(pdf: Path, sha256: str, options: Options, progress: Progress) -> RunResult | None:
    """The previous run's result when the PDF, the code and the options are the same and its
    folders are intact (nothing to redo); None otherwise."""
    if not options.use_cache:
        return None
    from .findings import read_frame, to_frame
    from .frames import all_frames
    from .output import stamp

    doc = cache.load(sha256, options.reader, options.ocr, options.pages)
    if doc is None or too_long(pdf, doc.page_count, options.max_pages) is not None:
        return None
    slug = options.slug or doc.slug
    result = RunResult(pdf, slug, options.out / slug, doc, {}, to_frame([]), [],
                       options.reports / slug if options.report else None)
    key = stamp_key(doc.sha256, options)
    stamps = [stamp.current(folder, key) for folder in _folders(result)]
    if not all(stamps):
        return None
    result.frames = all_frames(doc)
    result.findings = read_frame(result.out_dir / "findings.csv")
    result.schema_problems = stamps[0].get("schema_problems", [])
    progress.on_stage("unchanged", pages=len(doc.pages))
    progress.on_pages(len(doc.pages))
    return result


def process(pdf: Path, options: Options, progress: Progress = SILENT) -> RunResult:
    """Extract, check and reconcile one PDF; write its tables to ``<out>/<slug>/`` and its report
    to ``<reports>/<slug>/``, telling ``progress`` of each stage and page. With ``data_docs`` the
    quality check's worker starts first, so that GE's slow import (seconds) overlaps the reading of
    the PDF. An unchanged re-run returns at once."""
    if options.slug is not None and not is_slug(options.slug):
        raise PerfprogError(N_("{slug!r}: not a valid name: ASCII letters, digits and -"), slug=options.slug)
    sha256 = sha256_of(pdf) if pdf.is_file() else ""  # the one content hash of the run
    if sha256 and (previous := _unchanged(pdf, sha256, options, progress)) is not None:
        return previous
    worker, preloading = None, _Preload(later_stages(options))
    if options.report and options.data_docs:
        from .quality import QualityWorker

        worker = QualityWorker()
    try:
        with workbook_writer(_may_fork(options)) as workbook:  # forked before the read (output.xlsx says why)
            doc = _read(pdf, sha256, options, progress, preloading)
            with _stage(CheckError, pdf):
                from .frames import all_frames

                progress.on_stage("check")
                frames = all_frames(doc)
            _begin_workbook(workbook, doc, frames, options)
            with _stage(CheckError, pdf):
                result = _check(pdf, doc, frames, options, progress)
            _write(result, options, worker, progress, workbook)
        return result
    finally:
        if worker:
            worker.stop()


def ingest(pdf: Path, options: Options, catalog: Catalog) -> tuple[RunResult, Stored]:
    """Run one PDF and store its edition in ``catalog``. The run writes into staging folders,
    published as ``<out>/<slug>/`` and ``<reports>/<slug>/`` only once the catalog holds the
    edition: a refused or failed store leaves the previous folders as they were."""
    roots = [options.out] + ([options.reports] if options.report else [])
    stages = []
    try:
        for root in roots:
            root.mkdir(parents=True, exist_ok=True)
            sweep(root)
            stages.append(Path(tempfile.mkdtemp(prefix=staging_name("ingest", "tmp"), dir=root)))
        staged = replace(options, out=stages[0], reports=stages[-1])
        result = process(pdf, staged)
        stored = result.store_in(catalog)
        for stage, root in zip(stages, roots):
            if (stage / result.slug).exists():
                publish(stage / result.slug, root / result.slug)
    except OSError as exc:
        raise OutputError.of(exc) from exc
    finally:
        for stage in stages:
            shutil.rmtree(stage, ignore_errors=True)
    result = replace(result, out_dir=options.out / result.slug,
                     report_dir=options.reports / result.slug if options.report else None)
    return result, stored
