"""The exported tables, written into a folder: UTF-8 CSV (the contract), and beside them the
formats users ask for: a Parquet file per table, one Excel workbook, and `datapackage.json`
describing the CSVs. The folder is staged and committed atomically (:mod:`pipeline.files`) and
stamped (:mod:`.stamp`) by the caller."""
from __future__ import annotations

import json
from pathlib import Path

import pandas as pd

from . import stamp
from ..findings import Lang
from .csv import write_csv, write_frames
from .datapackage import PackageInfo, descriptor
from .workbook import write_workbook

__all__ = ["PackageInfo", "WORKBOOK", "stamp", "write_csv", "write_frames", "write_formats", "write_tables"]

WORKBOOK = "tables.xlsx"
"""A fixed name: the folder names the edition, and a batch may rename the folder (`defne-2023-2`)."""


def write_formats(frames: dict[str, pd.DataFrame], folder: Path, info: PackageInfo, lang: Lang = "tr",
                  decimals: int = 0) -> None:
    """Write ``<table>.parquet`` for every frame, the workbook (in ``lang``, amounts with the
    ``decimals`` the document prints) and the package descriptor into ``folder``, where the CSVs
    of the same frames are."""
    for name, frame in frames.items():
        frame.to_parquet(folder / f"{name}.parquet", index=False)
    write_workbook(frames, folder / WORKBOOK, lang, decimals, info.title)
    text = json.dumps(descriptor(frames, info), ensure_ascii=False, indent=2)
    (folder / "datapackage.json").write_text(text + "\n", encoding="utf-8")


def write_tables(frames: dict[str, pd.DataFrame], folder: Path, info: PackageInfo, lang: Lang = "tr",
                 decimals: int = 0) -> None:
    """Every table as CSV, and in every other format, into ``folder``."""
    write_frames(frames, folder)
    write_formats(frames, folder, info, lang, decimals)
