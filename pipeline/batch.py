"""Many PDFs at once: a local process pool (default) or a Dask distributed cluster.

The machine's cores are shared, not multiplied: locally one pool of ``workers`` processes (default:
the CPU count) takes the PDFs, and a PDF reads its pages in its own worker, unless there are fewer
PDFs than workers, when each PDF's pages get the workers left over. On Dask, a PDF's task sends its
page ranges to the same cluster, so one long programme spreads over all of it.

Each PDF is one task that returns a small, picklable :class:`Outcome`; one bad file is an outcome
like any other and never stops the rest. Workers write into a private staging folder; the parent
then moves each result to its final ``<out>/<slug>/`` in input order, so two files that name the
same edition (`defne-2023`) become `defne-2023` and `defne-2023-2` instead of overwriting each
other, and the result does not depend on which worker finished first.
"""
from __future__ import annotations

import os
import shutil
import tempfile
from contextlib import nullcontext
from concurrent.futures import as_completed
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Callable, Iterable

from .errors import PerfprogError
from .i18n import N_, translations
from .files import publish, staging_name, sweep
from .processes import worker_pool
from .progress import SILENT, Progress, forwarded


SHOWN_ERRORS = 10


@dataclass(frozen=True)
class Outcome:
    """What one PDF came to: where its outputs are, or why there are none."""

    index: int
    pdf: Path
    exit_code: int  # 0: read and written (findings or not); else the error's exit status
    disagrees: bool = False  # the programme has error-level findings
    slug: str = ""
    pages: int = 0  # of the PDF
    pages_read: int = 0  # fewer than ``pages`` when only a ``selection`` was read
    selection: str = ""  # `--pages`, canonical (``1-40,60``); empty: every page
    lines: int = 0
    sections: int = 0
    values_read: int = 0  # budget and total cells read as amounts
    values_unread: int = 0  # amount-like texts in tables that no cell took (extraction gaps)
    severity: dict[str, int] = field(default_factory=dict)
    kinds: dict[str, int] = field(default_factory=dict)  # findings by kind
    error: str = ""
    schema_problems: tuple[str, ...] = ()
    errors: tuple[tuple[str, str], ...] = ()  # the first error-level findings: (message, pages)
    folders: tuple[Path, ...] = ()  # where the worker wrote (staging), moved by the parent

    @property
    def tables(self) -> Path | None:
        """The folder of the tables."""
        return self.folders[0] if self.folders else None

    @property
    def report(self) -> Path | None:
        """The report's page, where one was written."""
        return self.folders[1] / "index.html" if len(self.folders) > 1 else None


def run_one(index: int, pdf: Path, options, progress: Progress = SILENT) -> Outcome:
    """Process one PDF; every expected failure becomes an Outcome, not an exception."""
    from .run import process

    try:
        result = process(pdf, options, progress)
    except PerfprogError as exc:
        return Outcome(index, pdf, exc.exit_code, error=exc.text(options.lang))
    except Exception as exc:  # keep the batch going; the summary names the file
        error = translations(options.lang).gettext("{pdf}: unexpected error: {cause}")
        return Outcome(index, pdf, 10, error=error.format(pdf=pdf, cause=f"{type(exc).__name__}: {exc}"))
    folders = tuple(p for p in (result.out_dir, options.reports / result.slug) if p.exists())
    return Outcome(
        index, pdf, 0, disagrees=result.failed, slug=result.slug,
        pages=result.doc.page_count, pages_read=len(result.doc.pages), selection=result.doc.selection, lines=len(result.frames["budget_lines_wide"]),
        sections=len(result.doc.sections), severity=dict(result.summary["severity"]),
        kinds=dict(result.summary["kind"]),
        values_read=result.doc.values_read, values_unread=result.doc.values_unread,
        schema_problems=tuple(result.schema_problems), folders=folders,
        errors=tuple((r.message, r.pdf_pages) for r in
                     result.findings[result.findings["severity"] == "error"].head(SHOWN_ERRORS).itertuples()),
    )


def _staged(index: int, pdf: Path, options, staging: tuple[Path, Path], progress: Progress = SILENT) -> Outcome:
    """A worker's task: write under ``<staging>/<index>/`` instead of the final folders (a staging
    folder in each output root, so that publishing is a rename even across file systems)."""
    staged = replace(options, out=staging[0] / str(index), reports=staging[1] / str(index))
    return run_one(index, pdf, staged, progress)


def _final_slug(slug: str, taken: set[str]) -> str:
    name, n = slug, 1
    while name in taken:
        n += 1
        name = f"{slug}-{n}"
    taken.add(name)
    return name


def _publish(outcomes: list[Outcome], options) -> list[Outcome]:
    """Move staged folders to their final names, in input order."""
    taken: set[str] = set()
    published = []
    for o in sorted(outcomes, key=lambda o: o.index):
        if not o.slug:
            published.append(o)
            continue
        slug = _final_slug(o.slug, taken)
        moved = []
        for staged, root in zip(o.folders, (options.out, options.reports)):
            target = root / slug
            root.mkdir(parents=True, exist_ok=True)
            publish(staged, target)
            moved.append(target)
        published.append(replace(o, slug=slug, folders=tuple(moved)))
    return published


def run_batch(pdfs: list[Path], options, workers: int | None = None, executor: str = "process",
              scheduler: str | None = None, on_done: Callable[[Outcome], None] | None = None,
              progress: Callable[[int], Progress] | None = None) -> list[Outcome]:
    """Process every PDF in parallel; results in input order. ``on_done`` sees each as it ends;
    ``progress(i)`` hears the stages and pages of the i-th PDF as its worker reports them (the
    local pool only: a Dask cluster's workers report nothing but their outcome)."""
    stages: list[Path] = []
    for root in dict.fromkeys((options.out, options.reports)):
        root.mkdir(parents=True, exist_ok=True)
        sweep(root)
        stages.append(Path(tempfile.mkdtemp(prefix=staging_name("batch", "batch"), dir=root)))
    staging = (stages[0], stages[-1])
    try:
        outcomes = []
        watched = forwarded(progress) if progress and executor == "process" else nullcontext(lambda _: SILENT)
        with watched as reporter:
            for outcome in _dispatch(pdfs, options, staging, workers, executor, scheduler, reporter):
                outcomes.append(outcome)
                if on_done:
                    on_done(outcome)
        return _publish(outcomes, options)
    finally:
        for stage in stages:
            shutil.rmtree(stage, ignore_errors=True)


def _dispatch(pdfs: list[Path], options, staging: tuple[Path, Path], workers: int | None, executor: str,
              scheduler: str | None, reporter: Callable[[int], Progress]) -> Iterable[Outcome]:
    if executor == "dask":
        yield from _dispatch_dask(pdfs, options, staging, scheduler)
        return
    from .run import later_stages, preload

    workers = workers or os.cpu_count() or 1
    options = replace(options, page_workers=max(1, workers // max(len(pdfs), 1)))
    preload(later_stages(options))  # once, here: the forked workers share them instead of each importing its own
    with worker_pool(min(workers, max(len(pdfs), 1))) as executor:
        futures = [executor.submit(_staged, i, pdf, options, staging, reporter(i)) for i, pdf in enumerate(pdfs)]
        for future in as_completed(futures):
            yield future.result()


def _dispatch_dask(pdfs: list[Path], options, staging: tuple[Path, Path], scheduler: str | None) -> Iterable[Outcome]:
    """Send each PDF to a Dask distributed cluster, which reads its pages too. Workers must see
    the same file system."""
    try:
        from dask.distributed import Client, as_completed as dask_completed
    except ImportError:
        raise PerfprogError(N_("--executor dask: dask.distributed is not installed "
                               "(pip install 'dask[distributed]')")) from None
    if not scheduler:
        raise PerfprogError(N_("--executor dask needs --scheduler ADDRESS"))
    try:
        client = Client(scheduler, timeout="10s")
    except OSError as exc:
        raise PerfprogError(N_("cannot connect to the Dask scheduler {scheduler} ({cause})"), scheduler=scheduler,
                            cause=exc) from None
    options = replace(options, page_executor="dask")
    with client:
        futures = [client.submit(_staged, i, pdf.resolve(), options, tuple(s.resolve() for s in staging), pure=False)
                   for i, pdf in enumerate(pdfs)]
        for future in dask_completed(futures):
            yield future.result()
