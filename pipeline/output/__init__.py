"""The exported tables, written into a folder: UTF-8 CSV (the contract), and beside them the
formats users ask for: a Parquet file per table, one Excel workbook, and `datapackage.json`
describing the CSVs. The folder is staged and committed atomically (:mod:`pipeline.files`) and
stamped (:mod:`.stamp`) by the caller."""
from __future__ import annotations

import json
from contextlib import contextmanager, nullcontext
from functools import partial
from pathlib import Path
from typing import Iterator

import pandas as pd

from . import stamp
from ..findings import Lang
from ..processes import aside
from .csv import write_csv, write_frames
from .datapackage import PackageInfo, descriptor
from .workbook import write_workbook

__all__ = ["PackageInfo", "WORKBOOK", "stamp", "tables_written", "write_csv", "write_frames", "write_tables"]

WORKBOOK = "tables.xlsx"
"""A fixed name: the folder names the edition, and a batch may rename the folder (`defne-2023-2`)."""


@contextmanager
def tables_written(frames: dict[str, pd.DataFrame], folder: Path, info: PackageInfo, lang: Lang = "tr",
                   decimals: int = 0, child: bool = True) -> Iterator[None]:
    """Every table as CSV and Parquet, the workbook (in ``lang``, amounts with the ``decimals``
    the document prints) and the package descriptor into ``folder``, done when the block ends.
    With ``child``, the workbook (XlsxWriter, the slowest by far) is written by a forked child
    meanwhile: beside the other formats and whatever the block does (the report); without (a run
    told to use one process), after the block."""
    workbook = partial(write_workbook, frames, folder / WORKBOOK, lang, decimals, info.title)
    with aside(workbook) if child else nullcontext():
        write_frames(frames, folder)
        for name, frame in frames.items():
            frame.to_parquet(folder / f"{name}.parquet", index=False)
        text = json.dumps(descriptor(frames, info), ensure_ascii=False, indent=2)
        (folder / "datapackage.json").write_text(text + "\n", encoding="utf-8")
        yield
    if not child:
        workbook()


def write_tables(frames: dict[str, pd.DataFrame], folder: Path, info: PackageInfo, lang: Lang = "tr",
                 decimals: int = 0) -> None:
    """Every table as CSV, and in every other format, into ``folder``."""
    with tables_written(frames, folder, info, lang, decimals):
        pass
