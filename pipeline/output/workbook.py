"""The tables as one Excel workbook for people, planned: a first sheet that explains every column
and lists the findings, then a sheet per table, titled in the run's language (the machine names
stay the CSV's and Parquet's, and the first sheet names them), amounts with thousands separators,
the header frozen, filters on and columns as wide as their contents. The plan is plain data (the
values as Arrow tables), written by :mod:`.xlsx`, in a child of the run or here.
"""
from __future__ import annotations

from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from .. import contract
from ..contract import column_title, table_title
from ..findings import labels, severity_labels
from ..i18n import Lang, translations
from .xlsx import Begun, Finished, TableSheet, TextSheet, XlsxBook

MAX_WIDTH = 60


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


def table_sheet(table: str, frame: pd.DataFrame, lang: Lang) -> TableSheet:
    """The sheet of one table."""
    titles = [column_title(str(c), lang) for c in frame.columns]
    money = [_is_money(table, c) for c in frame.columns]
    widths = [_width(frame, c, t, m) for c, t, m in zip(frame.columns, titles, money)]
    return TableSheet(_sheet_name(table, lang), titles, widths, money, _arrow(frame))


def _arrow(frame: pd.DataFrame) -> pa.Table:
    """The frame as Arrow, each column one chunk, its texts dictionary-encoded: a long table repeats
    them (a project's name on every line and year), and the writer holds a table until it has
    written it (a third of the size: 12 MB, not 36, for the budget lines of 2,670 pages)."""
    table = pa.Table.from_pandas(frame, preserve_index=False).combine_chunks()
    texts = [pa.types.is_string(c.type) or pa.types.is_large_string(c.type) for c in table.columns]
    return pa.table([pc.dictionary_encode(c) if text else c for c, text in zip(table.columns, texts)],
                    names=table.column_names)


def about_sheet(frames: dict[str, pd.DataFrame], title: str, lang: Lang) -> TextSheet:
    """What the workbook holds: every sheet's columns (title, machine name, description), then the findings."""
    _ = translations(lang).gettext
    rows = [(0, [title or _("Performance programme tables")], "heading"),
            (1, [_("Each table has its own sheet. Below, each column's title and its name in the CSV and "
                   "Parquet files (the machine name). Amounts in TRY.")], ""),
            (3, [_("Columns")], "heading"),
            (4, [_("Sheet"), _("Title"), _("Machine name"), _("Description")], "bold")]
    row = 5
    for table, frame in frames.items():
        for name in frame.columns:
            column = _contract_column(table, name)
            rows.append((row, [_sheet_name(table, lang), column_title(str(name), lang), str(name),
                               column.description if column else ""], ""))
            row += 1
    if "findings" in frames:
        findings = frames["findings"]
        rows.append((row + 1, [_("Findings") + f" ({len(findings)})"], "heading"))
        if findings.empty:
            rows.append((row + 2, [_("No findings: the programme agrees with itself.")], ""))
        else:
            rows.append((row + 2, [_("Severity"), _("Kind"), _("Pages"), _("Finding")], "bold"))
            kinds, severities = labels(lang), severity_labels(lang)
            rows += [(i, [severities.get(f.severity, f.severity), kinds.get(f.kind, f.kind), f.pdf_pages,
                          f.message], "") for i, f in enumerate(findings.itertuples(), start=row + 3)]
    return TextSheet(_first_sheet(lang), [26, 30, 22, 110], rows)


def _first_sheet(lang: Lang) -> str:
    return translations(lang).gettext("About")


def begun(frames: dict[str, pd.DataFrame], lang: Lang = "tr", decimals: int = 0) -> Begun:
    """A workbook's start: the sheets of ``frames``, amounts with the ``decimals`` the document prints."""
    return Begun(_first_sheet(lang), decimals, [table_sheet(name, frame, lang) for name, frame in frames.items()])


def finished(rest: dict[str, pd.DataFrame], every: dict[str, pd.DataFrame], title: str, lang: Lang, path: Path
             ) -> Finished:
    """A workbook's end: the sheets of the ``rest`` of the tables, and the first sheet, which
    describes ``every`` table (``title`` heads it); the workbook's file is ``path``."""
    return Finished([table_sheet(name, frame, lang) for name, frame in rest.items()], about_sheet(every, title, lang),
                    path)


def write_workbook(frames: dict[str, pd.DataFrame], path: Path, lang: Lang = "tr", decimals: int = 0,
                   title: str = "") -> None:
    """The workbook of ``frames`` at ``path``; amounts shown with the ``decimals`` the document
    prints (:func:`pipeline.amounts.decimals`); ``title`` heads the first sheet."""
    start = begun(frames, lang, decimals)
    book = XlsxBook(start.first, start.decimals)
    book.add(start.sheets)
    book.finish(about_sheet(frames, title, lang), path)
