"""The tables as UTF-8 CSV files: the contract other systems read.

A text cell that a spreadsheet would run as a formula (it begins with `=`, `+`, `-`, `@`, a tab or
a carriage return: a PDF may print `=HYPERLINK(...)` in a cell) is written with a leading `'`, as
OWASP recommends for CSV; a number, a lone dash and a signed number stay as they are, and number
columns are never touched.
"""
from __future__ import annotations

import re
from pathlib import Path

import pandas as pd

_FORMULA = re.compile(r"^[=+\-@\t\r]")
_NUMBER = re.compile(r"^[-+]?[\d.,' ]*$")


def neutralize(text: object) -> object:
    """A text cell safe to open in a spreadsheet (see the module's docstring)."""
    if isinstance(text, str) and _FORMULA.match(text) and not _NUMBER.match(text):
        return "'" + text
    return text


def _defused(column: pd.Series) -> pd.Series:
    """The text ``column`` with :func:`neutralize` applied to the few texts that begin like a
    formula, found first by one vectorised look at their first character."""
    suspect = column.str.match(_FORMULA.pattern, na=False)
    return column.where(~suspect, column[suspect].map(neutralize)) if suspect.any() else column


def write_csv(frame: pd.DataFrame, path: Path) -> None:
    """UTF-8 CSV without index; blank amounts stay blank; formulas are defused."""
    texts = [c for c in frame.columns if frame[c].dtype == object or pd.api.types.is_string_dtype(frame[c])]
    safe = frame.assign(**{c: _defused(frame[c]) for c in texts}) if texts else frame
    safe.to_csv(path, index=False, encoding="utf-8", lineterminator="\n")


def write_frames(frames: dict[str, pd.DataFrame], folder: Path) -> list[Path]:
    paths = []
    for name, frame in frames.items():
        path = folder / f"{name}.csv"
        write_csv(frame, path)
        paths.append(path)
    return paths
