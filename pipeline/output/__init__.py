"""The exported tables, written into a folder: UTF-8 CSV (the contract), and beside them the
formats users ask for: a Parquet file per table, one Excel workbook, and `datapackage.json`
describing the CSVs. The folder is staged and committed atomically (:mod:`pipeline.files`) and
stamped (:mod:`.stamp`) by the caller."""
from __future__ import annotations

import json
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

import pandas as pd

from . import stamp
from ..findings import Lang
from ..processes import Handoff, aside
from .csv import write_csv, write_frames
from .datapackage import PackageInfo, descriptor
from .workbook import Workbook

__all__ = ["PackageInfo", "StartedWorkbook", "WORKBOOK", "stamp", "tables_written", "workbook_started", "write_csv",
           "write_frames", "write_tables"]

WORKBOOK = "tables.xlsx"
"""A fixed name: the folder names the edition, and a batch may rename the folder (`defne-2023-2`)."""


@dataclass(frozen=True)
class StartedWorkbook:
    """A workbook begun beside the run (:func:`workbook_started`): the tables it has."""

    handoff: Handoff
    tables: frozenset[str]


@contextmanager
def workbook_started(frames: dict[str, pd.DataFrame], info: PackageInfo, lang: Lang = "tr", decimals: int = 0,
                     child: bool = True) -> Iterator[StartedWorkbook]:
    """The workbook begun from ``frames`` (in ``lang``, amounts with the ``decimals`` the document
    prints): with ``child``, by a forked child at once, beside whatever the block does (the
    checks, the other formats, the report); without (a run told to use one process), when
    :func:`tables_written` ends. That finishes it with the tables made since."""
    with aside(_workbook, frames, lang, decimals, info.title, fork=child) as handoff:
        yield StartedWorkbook(handoff, frozenset(frames))


def _workbook(frames: dict[str, pd.DataFrame], lang: Lang, decimals: int, title: str, later) -> None:
    """The work of a started workbook: its first sheets now, then the rest and the file once given."""
    book = Workbook(frames, lang, decimals, title)
    rest, path = later()
    book.finish(rest, path)


@contextmanager
def tables_written(frames: dict[str, pd.DataFrame], folder: Path, info: PackageInfo,
                   workbook: StartedWorkbook) -> Iterator[None]:
    """Every table as CSV and Parquet, the workbook and the package descriptor into ``folder``,
    done when the block ends. The workbook (XlsxWriter: the slowest by far) is the one
    ``workbook`` began (:func:`workbook_started`), finished with the tables it lacks."""
    workbook.handoff.give(({n: f for n, f in frames.items() if n not in workbook.tables}, folder / WORKBOOK))
    write_frames(frames, folder)
    for name, frame in frames.items():
        frame.to_parquet(folder / f"{name}.parquet", index=False)
    text = json.dumps(descriptor(frames, info), ensure_ascii=False, indent=2)
    (folder / "datapackage.json").write_text(text + "\n", encoding="utf-8")
    yield
    workbook.handoff.done()


def write_tables(frames: dict[str, pd.DataFrame], folder: Path, info: PackageInfo, lang: Lang = "tr",
                 decimals: int = 0) -> None:
    """Every table as CSV, and in every other format, into ``folder``."""
    with workbook_started(frames, info, lang, decimals) as workbook, tables_written(frames, folder, info, workbook):
        pass
