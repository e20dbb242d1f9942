"""An Excel workbook written from plain data: sheets of Arrow tables (with each column's title,
width and format) and sheets of text rows. Nothing here imports pandas or the contract, so that
a run can start the writer in a child forked before the PDF is read (:mod:`.writer`) and hand it
the sheets as they are made (planned by :mod:`.workbook`). A child forked after the read would
share the run's whole heap: every object the run makes or frees afterwards lands on a shared
page and copies it (measured at 2,670 pages: 250 MB more than writing in one process).

Written with XlsxWriter (about twice as fast as openpyxl's streaming mode on the reference tables)
in its constant-memory mode: each row goes to a temporary file as it is written, so the writer's
memory does not grow with the tables (held in memory, the cells of 2,670 pages took 450 MB; the
texts are stored in their cells instead of once in a shared table, a file about 30 % larger). The
first sheet, which describes the others, is added first (so that it comes first) and written last.
The document's creation time is pinned, so that a re-run on the same PDF gives the same bytes.
"""
from __future__ import annotations

import datetime as dt
import io
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable, Literal

if TYPE_CHECKING:
    import pyarrow as pa

ROWS_AT_ONCE = 1000
"""Rows turned into Python values at a time: a whole table at once would hold millions of them."""
PINNED = dt.datetime(2000, 1, 1)
MONEY_FORMATS = {0: "#,##0", 2: "#,##0.00"}
"""Excel number formats by the decimals the document prints; Excel shows the separators of the
reader's locale (1.000.000 in Turkish)."""
Style = Literal["", "bold", "heading"]


@dataclass(frozen=True)
class TableSheet:
    """A table as a sheet: a header row of titles, then the values; amounts in the money format."""

    name: str
    titles: list[str]
    widths: list[float]
    money: list[bool]
    values: pa.Table  # each column one chunk; texts may be dictionary-encoded


@dataclass(frozen=True)
class TextSheet:
    """Rows of text, each at its row, plain, bold (a header) or a heading."""

    name: str
    widths: list[float]
    rows: list[tuple[int, list[Any], Style]]


@dataclass(frozen=True)
class Begun:
    """What a workbook starts with: its first sheet's name (the sheet is written last), the
    decimals amounts show, and the sheets there are."""

    first: str
    decimals: int
    sheets: list[TableSheet]


@dataclass(frozen=True)
class Finished:
    """What finishes a workbook: the sheets made since it began, its first sheet, its file."""

    sheets: list[TableSheet]
    first: TextSheet
    path: Path


class XlsxBook:
    """A workbook in the making: table sheets as they come, then the first sheet and the file."""

    def __init__(self, first: str, decimals: int = 0):
        import xlsxwriter

        self.buffer = io.BytesIO()
        self.book = xlsxwriter.Workbook(self.buffer, {"constant_memory": True, "strings_to_numbers": False,
                                                      "strings_to_formulas": False, "strings_to_urls": False})
        self.book.set_properties({"created": PINNED})
        self.styles = {"": None, "bold": self.book.add_format({"bold": True}),
                       "heading": self.book.add_format({"bold": True, "font_size": 13})}
        self.money = self.book.add_format({"num_format": MONEY_FORMATS[decimals]})
        self.first = self.book.add_worksheet(first)

    def add(self, sheets: list[TableSheet]) -> None:
        """Write ``sheets`` in order, taking each out of the list: its values are freed once written."""
        while sheets:
            self._table(sheets.pop(0))

    def finish(self, first: TextSheet, path: Path) -> None:
        """The first sheet's rows; the workbook to ``path``."""
        for i, width in enumerate(first.widths):
            self.first.set_column(i, i, width)
        for row, cells, style in first.rows:
            self.first.write_row(row, 0, cells, self.styles[style])
        self.book.close()
        path.write_bytes(self.buffer.getvalue())

    def _table(self, table: TableSheet) -> None:
        sheet = self.book.add_worksheet(table.name)
        for i, width in enumerate(table.widths):
            sheet.set_column(i, i, width)
        sheet.freeze_panes(1, 0)
        sheet.autofilter(0, 0, table.values.num_rows, max(len(table.titles) - 1, 0))
        sheet.write_row(0, 0, table.titles, self.styles["bold"])
        formats = [self.money if m else None for m in table.money]
        writers = [_writer(sheet, column.type) for column in table.values.columns]
        texts = [_texts(column) for column in table.values.columns]
        for start in range(0, table.values.num_rows, ROWS_AT_ONCE):
            part = table.values.slice(start, ROWS_AT_ONCE)
            columns = [_python(column, words) for column, words in zip(part.columns, texts)]
            for r, row in enumerate(zip(*columns), start=start + 1):
                for c, value in enumerate(row):
                    if value is not None and value != "":  # a blank is no cell at all
                        writers[c](r, c, value, formats[c])


def _writer(sheet, kind: pa.DataType) -> Callable[..., Any]:
    """The sheet's writer for a column of Arrow type ``kind`` (a dictionary's: its values' type):
    ``sheet.write`` tries every type and string conversion in turn (off here) and costs more than
    the cell it writes."""
    import pyarrow.types as types

    if types.is_dictionary(kind):
        kind = kind.value_type
    if types.is_string(kind) or types.is_large_string(kind):
        return sheet.write_string
    if types.is_integer(kind) or types.is_floating(kind):
        return sheet.write_number
    return sheet.write


def _texts(column: pa.ChunkedArray) -> list | None:
    """A dictionary-encoded column's dictionary as Python values (once a sheet), else None."""
    import pyarrow.types as types

    if not types.is_dictionary(column.type) or column.num_chunks == 0:
        return None
    return column.chunk(0).dictionary.to_pylist()


def _python(column: pa.ChunkedArray, texts: list | None) -> list:
    """A slice of a column as Python values, None for a null; a dictionary-encoded column's
    ``texts`` shared rather than made again for every cell."""
    if texts is None:
        return column.to_pylist()
    return [None if i is None else texts[i] for i in column.chunk(0).indices.to_pylist()]


def write_given(later: Callable[[], Any]) -> None:
    """The work of a workbook written aside (:func:`pipeline.processes.aside`): a :class:`Begun`,
    then a :class:`Finished`, as they are handed over; nothing if the run ends before."""
    import pyarrow  # noqa: F401 (the sheets come as Arrow tables: both imported while the run reads)
    import xlsxwriter  # noqa: F401

    begun = later()
    if begun is None:
        return
    book = XlsxBook(begun.first, begun.decimals)
    book.add(begun.sheets)
    finished = later()
    if finished is None:
        return
    book.add(finished.sheets)
    book.finish(finished.first, finished.path)
