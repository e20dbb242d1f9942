"""The tables as one Excel workbook for people: a first sheet that explains every column and lists
the findings, then a sheet per table, titled in the run's language (the machine names stay the
CSV's and Parquet's, and the first sheet names them), amounts with thousands separators, the
header frozen, filters on and columns as wide as their contents.

Written with XlsxWriter (about twice as fast as openpyxl's streaming mode on the reference tables)
in its constant-memory mode: each row goes to a temporary file as it is written, so the writer's
memory does not grow with the tables (held in memory, the cells of 2,670 pages took 450 MB; the
texts are stored in their cells instead of once in a shared table, a file about 30 % larger). A
run starts the workbook as soon as its tables exist (:class:`Workbook`) and finishes it with the
findings once they are made. The document's creation time is pinned, so that a re-run on the same
PDF gives the same bytes.
"""
from __future__ import annotations

import datetime as dt
import io
from dataclasses import dataclass
from pathlib import Path

import pandas as pd
import xlsxwriter
from xlsxwriter.format import Format
from xlsxwriter.worksheet import Worksheet

from .. import contract
from ..contract import column_title, table_title
from ..findings import labels, severity_labels
from ..i18n import Lang, translations

MAX_WIDTH = 60
ROWS_AT_ONCE = 5000
"""Rows turned into Python values at a time: a whole table at once would hold millions of them."""
PINNED = dt.datetime(2000, 1, 1)
MONEY_FORMATS = {0: "#,##0", 2: "#,##0.00"}
"""Excel number formats by the decimals the document prints; Excel shows the separators of the
reader's locale (1.000.000 in Turkish)."""

@dataclass(frozen=True)
class _Formats:
    bold: Format
    heading: Format
    money: Format


def _contract_column(table: str, name: str) -> contract.Column | None:
    """The published column, or None for one the contract does not publish (the catalog's ``edition``)."""
    try:
        return contract.table(table).column(str(name))
    except KeyError:
        return None


def _is_money(table: str, name: str) -> bool:
    column = _contract_column(table, name)
    return column is not None and column.is_money


def _sheet_name(table: str, lang: Lang) -> str:
    """The table's title as Excel allows a sheet name (31 characters, none of `[]:*?/\\`)."""
    return table_title(table, lang).translate(str.maketrans("[]:*?/\\", "()-----"))[:31]


def _width(frame: pd.DataFrame, column: str, title: str, money: bool) -> float:
    values = frame[column]
    if money:
        top = values.abs().max()
        longest = 0 if pd.isna(top) else len(f"{int(top):,.2f}")
    else:
        longest = values.astype("string").str.len().max()
        longest = 0 if pd.isna(longest) else int(longest)
    return min(max(len(title), longest) + 2, MAX_WIDTH)


def _table_sheet(book: xlsxwriter.Workbook, table: str, frame: pd.DataFrame, lang: Lang, formats: _Formats) -> None:
    sheet = book.add_worksheet(_sheet_name(table, lang))
    titles = [column_title(str(c), lang) for c in frame.columns]
    money = [_is_money(table, c) for c in frame.columns]
    for i, (column, title) in enumerate(zip(frame.columns, titles)):
        sheet.set_column(i, i, _width(frame, column, title, money[i]))
    sheet.freeze_panes(1, 0)
    sheet.autofilter(0, 0, len(frame), max(len(frame.columns) - 1, 0))
    sheet.write_row(0, 0, titles, formats.bold)
    cell_formats = [formats.money if m else None for m in money]
    for start in range(0, len(frame), ROWS_AT_ONCE):
        part = frame.iloc[start:start + ROWS_AT_ONCE]
        values = part.astype(object).where(part.notna(), None)
        for r, row in enumerate(values.itertuples(index=False, name=None), start=start + 1):
            for c, value in enumerate(row):
                _write(sheet, r, c, value, cell_formats[c])


def _write(sheet: Worksheet, row: int, col: int, value: object, cell_format: Format | None) -> None:
    """One cell, its writer picked by the value's type, the usual ones first: ``sheet.write``
    tries every type and string conversion in turn (off here) and costs more than the cell it
    writes. A blank (None, or an empty text) is no cell at all."""
    if value is None or value == "":
        return
    kind = type(value)
    if kind is str:
        sheet.write_string(row, col, value, cell_format)
    elif kind is int or kind is float:
        sheet.write_number(row, col, value, cell_format)
    else:
        sheet.write(row, col, value, cell_format)


def _about_sheet(sheet: Worksheet, frames: dict[str, pd.DataFrame], title: str, lang: Lang, formats: _Formats) -> None:
    """What the workbook holds: every sheet's columns (title, machine name, description), then the findings."""
    _ = translations(lang).gettext
    for i, width in enumerate((26, 30, 22, 110)):
        sheet.set_column(i, i, width)
    sheet.write(0, 0, title or _("Performance programme tables"), formats.heading)
    sheet.write(1, 0, _("Each table has its own sheet. Below, each column's title and its name in the CSV and "
                        "Parquet files (the machine name). Amounts in TRY."))
    sheet.write(3, 0, _("Columns"), formats.heading)
    sheet.write_row(4, 0, [_("Sheet"), _("Title"), _("Machine name"), _("Description")], formats.bold)
    row = 5
    for table, frame in frames.items():
        for name in frame.columns:
            column = _contract_column(table, name)
            sheet.write_row(row, 0, [_sheet_name(table, lang), column_title(str(name), lang), str(name),
                                     column.description if column else ""])
            row += 1
    if "findings" not in frames:
        return
    findings = frames["findings"]
    sheet.write(row + 1, 0, _("Findings") + f" ({len(findings)})", formats.heading)
    if findings.empty:
        sheet.write(row + 2, 0, _("No findings: the programme agrees with itself."))
        return
    sheet.write_row(row + 2, 0, [_("Severity"), _("Kind"), _("Pages"), _("Finding")], formats.bold)
    kinds, severities = labels(lang), severity_labels(lang)
    for i, f in enumerate(findings.itertuples(), start=row + 3):
        sheet.write_row(i, 0, [severities.get(f.severity, f.severity), kinds.get(f.kind, f.kind), f.pdf_pages,
                               f.message])


class Workbook:
    """A workbook begun from the tables there are (their sheets written now), finished once the
    rest exist (the findings); the first sheet, which describes them all, is written last."""

    def __init__(self, frames: dict[str, pd.DataFrame], lang: Lang = "tr", decimals: int = 0, title: str = ""):
        self.frames, self.lang, self.title = dict(frames), lang, title
        self.buffer = io.BytesIO()
        self.book = xlsxwriter.Workbook(self.buffer, {"constant_memory": True, "strings_to_numbers": False,
                                                      "strings_to_formulas": False, "strings_to_urls": False})
        self.book.set_properties({"created": PINNED})
        self.formats = _Formats(self.book.add_format({"bold": True}), self.book.add_format({"bold": True, "font_size": 13}),
                                self.book.add_format({"num_format": MONEY_FORMATS[decimals]}))
        self.about = self.book.add_worksheet(translations(lang).gettext("About"))
        self._add(frames)

    def finish(self, rest: dict[str, pd.DataFrame], path: Path) -> None:
        """The ``rest`` of the tables after those begun with, then the first sheet; the workbook to ``path``."""
        self._add(rest)
        _about_sheet(self.about, self.frames, self.title, self.lang, self.formats)
        self.book.close()
        path.write_bytes(self.buffer.getvalue())

    def _add(self, frames: dict[str, pd.DataFrame]) -> None:
        for name, frame in frames.items():
            _table_sheet(self.book, name, frame, self.lang, self.formats)
        self.frames.update(frames)


def write_workbook(frames: dict[str, pd.DataFrame], path: Path, lang: Lang = "tr", decimals: int = 0,
                   title: str = "") -> None:
    """The workbook of ``frames`` at ``path``; amounts shown with the ``decimals`` the document
    prints (:func:`pipeline.amounts.decimals`); ``title`` heads the first sheet."""
    Workbook(frames, lang, decimals, title).finish({}, path)
