"""The exported tables, written into a folder: UTF-8 CSV (the contract), and beside them the
formats users ask for: a Parquet file per table, one Excel workbook, and `datapackage.json`
describing the CSVs. The folder is staged and committed atomically (:mod:`pipeline.files`) and
stamped (:mod:`.stamp`) by the caller."""
from __future__ import annotations

import json
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

import pandas as pd

from ..i18n import Lang
from .csv import write_frames
from .datapackage import PackageInfo, descriptor
from .writer import WorkbookWriter, workbook_writer

WORKBOOK = "tables.xlsx"
"""A fixed name: the folder names the edition, and a batch may rename the folder (`defne-2023-2`)."""


@contextmanager
def tables_written(frames: dict[str, pd.DataFrame], folder: Path, info: PackageInfo,
                   workbook: WorkbookWriter) -> Iterator[None]:
    """Every table as CSV and Parquet, the workbook and the package descriptor into ``folder``,
    done when the block ends. The workbook (XlsxWriter: the slowest by far) is the one
    ``workbook`` began (:meth:`.WorkbookWriter.begin`), finished with the tables it lacks."""
    workbook.finish(frames, info.title, folder / WORKBOOK)
    write_frames(frames, folder)
    for name, frame in frames.items():
        frame.to_parquet(folder / f"{name}.parquet", index=False)
    text = json.dumps(descriptor(frames, info), ensure_ascii=False, indent=2)
    (folder / "datapackage.json").write_text(text + "\n", encoding="utf-8")
    yield
    workbook.done()


def write_tables(frames: dict[str, pd.DataFrame], folder: Path, info: PackageInfo, lang: Lang = "tr",
                 decimals: int = 0) -> None:
    """Every table as CSV, and in every other format, into ``folder``."""
    with workbook_writer() as workbook:
        workbook.begin(frames, lang, decimals)
        with tables_written(frames, folder, info, workbook):
            pass
