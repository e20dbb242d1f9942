"""The tables as one Excel workbook, a sheet per table, ready to filter.

Written with openpyxl's streaming (write-only) mode, which is about twice as fast as pandas'
writer. openpyxl stamps the file with the time of writing, in the document properties and in
every zip entry; those are removed, so that a re-run on the same PDF gives the same bytes.
"""
from __future__ import annotations

import io
import re
import zipfile
from pathlib import Path

import pandas as pd
from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter

MAX_WIDTH = 60
ZIP_EPOCH = (1980, 1, 1, 0, 0, 0)
_STAMPS = re.compile(rb"<dcterms:(created|modified)[^>]*>[^<]*</dcterms:\1>")


def _width(frame: pd.DataFrame, column: str) -> float:
    longest = frame[column].astype("string").str.len().max()
    return min(max(len(column), 0 if pd.isna(longest) else int(longest)) + 2, MAX_WIDTH)


def _sheet(book: Workbook, name: str, frame: pd.DataFrame) -> None:
    sheet = book.create_sheet(name)
    sheet.freeze_panes = "A2"
    for i, column in enumerate(frame.columns, start=1):
        sheet.column_dimensions[get_column_letter(i)].width = _width(frame, column)
    header = []
    for column in frame.columns:
        cell = WriteOnlyCell(sheet, value=str(column))
        cell.font = Font(bold=True)
        header.append(cell)
    sheet.append(header)
    values = frame.astype(object).where(frame.notna(), None)
    for row in values.itertuples(index=False, name=None):
        sheet.append(row)
    sheet.auto_filter.ref = f"A1:{get_column_letter(max(len(frame.columns), 1))}{len(frame) + 1}"


def _without_timestamps(data: bytes) -> bytes:
    """The same workbook with fixed zip times and no created/modified properties."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            content = src.read(item)
            if item.filename == "docProps/core.xml":
                content = _STAMPS.sub(b"", content)
            dst.writestr(zipfile.ZipInfo(item.filename, ZIP_EPOCH), content, zipfile.ZIP_DEFLATED)
    return out.getvalue()


def write_workbook(frames: dict[str, pd.DataFrame], path: Path) -> None:
    book = Workbook(write_only=True)
    for name, frame in frames.items():
        _sheet(book, name[:31], frame)
    buffer = io.BytesIO()
    book.save(buffer)
    path.write_bytes(_without_timestamps(buffer.getvalue()))
