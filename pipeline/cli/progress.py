"""The run's progress on a terminal, drawn with rich on stderr: a row per PDF with the stage it is
in and a bar of its pages read, and for several PDFs an overall bar of the pages of all. It is
drawn only on a terminal (not with --quiet or --json) and erased when the run ends, so piped
output and the summary that follows stay as they were. The stages report through
:class:`pipeline.progress.Progress`; this is the only module that turns that into pixels."""
from __future__ import annotations

import threading
from dataclasses import dataclass
from pathlib import Path

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TaskID, TextColumn, TimeElapsedColumn

from ..i18n import N_, Lang, translations
from ..progress import Stage

LABELS: dict[str, str] = {
    "waiting": N_("waiting"),
    "read": N_("reading pages"),
    "check": N_("checks"),
    "cross_check": N_("cross-check with camelot"),
    "reconcile": N_("reconciliation"),
    "export": N_("exports"),
    "report": N_("report"),
    "unchanged": N_("unchanged, nothing to redo"),
    "done": N_("done"),
    "failed": N_("failed"),
    "pages": N_("pages"),
    "all": N_("all"),
}
"""Every text the display shows (msgids of the message catalog)."""


@dataclass
class _Row:
    """One PDF's row: what its stages report goes to its bar and the overall one."""

    display: Display
    index: int

    def on_stage(self, stage: Stage, pages: int | None = None) -> None:
        self.display.stage(self.index, stage, pages)

    def on_pages(self, n: int) -> None:
        self.display.advance(self.index, n)


class Display:
    """The live rows of a run over ``pdfs`` (a run that shows none has no display: see
    ``cli.run._display``)."""

    enabled = True

    def __init__(self, pdfs: list[Path], lang: Lang, console: Console):
        self.gettext = translations(lang).gettext
        pages = self._label("pages")
        self.bars = Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
                             TextColumn(pages), TimeElapsedColumn(), TextColumn("{task.fields[stage]}"),
                             console=console, transient=True)
        self.overall: TaskID | None = (self.bars.add_task(self._label("all"), total=0, stage="")
                                       if len(pdfs) > 1 else None)
        self.rows = [self.bars.add_task(pdf.name, total=None, stage=self._label("waiting")) for pdf in pdfs]
        self.totals: dict[int, int] = {}  # pages to read, per PDF that said
        self.read: dict[int, int] = {}
        self.finished: set[int] = set()
        self._lock = threading.Lock()  # stages arrive from a batch's forwarding thread too

    def __enter__(self) -> Display:
        self.bars.start()
        return self

    def __exit__(self, *exc) -> None:
        self.bars.stop()

    def _label(self, key: str) -> str:
        return self.gettext(LABELS[key])

    def pdf(self, index: int) -> _Row:
        """What the ``index``-th PDF's stages report to."""
        return _Row(self, index)

    def stage(self, index: int, stage: str, pages: int | None = None) -> None:
        with self._lock:
            if index in self.finished:  # a late event from a worker: the outcome is already shown
                return
            self.bars.update(self.rows[index], stage=self._label(stage))
            if pages is not None:
                self._count(index, pages)

    def advance(self, index: int, n: int) -> None:
        with self._lock:
            if index not in self.finished:
                self._advance(index, n)

    def done(self, index: int, pages: int, failed: bool) -> None:
        """The PDF has ended: its row full (its ``pages`` counted where no worker reported them),
        or, if it failed, cut to the pages it read."""
        with self._lock:
            if failed or index not in self.totals:
                self._count(index, self.read.get(index, 0) if failed else pages)
            self._advance(index, self.totals[index] - self.read.get(index, 0))
            self.bars.update(self.rows[index], stage=self._label("failed" if failed else "done"))
            self.finished.add(index)

    def _count(self, index: int, pages: int) -> None:
        """The PDF's page count is known: its bar's total, and part of the overall total."""
        if self.overall is not None:
            self.bars.update(self.overall, total=sum(self.totals.values()) - self.totals.get(index, 0) + pages)
        self.totals[index] = pages
        self.bars.update(self.rows[index], total=pages)

    def _advance(self, index: int, n: int) -> None:
        self.read[index] = self.read.get(index, 0) + n
        self.bars.advance(self.rows[index], n)
        if self.overall is not None:
            self.bars.advance(self.overall, n)
