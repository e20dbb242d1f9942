"""Bring the extractor's frames into one shape the checks can rely on.

The frames may come straight from the extractor or from CSV (strings for blanks, floats for
amounts, no `line_no`); here they get canonical directorates, a `copy` column, line numbers and one
:class:`Line` per printed indicator row.
"""
from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field

import pandas as pd

from ..contract import STRATEGIC, table
from ..text import squash
from .names import unit_resolver


@dataclass(frozen=True)
class Line:
    """One indicator row as printed in one copy, with its amount and page per plan year."""

    copy: str
    project_code: str
    directorate: str
    line_no: int
    indicator: str
    printed_directorate: str
    amounts: Mapping[int, int | None] = field(hash=False)
    pages: Mapping[int, int] = field(hash=False)


@dataclass
class Programme:
    """The reconciler's view of one programme."""

    rows: pd.DataFrame  # budget lines with canonical names, `copy` and `line_no`
    totals: pd.DataFrame  # printed totals with canonical names, blank totals dropped
    section_pages: pd.DataFrame  # the section_pages table, empty when the extractor gave none
    years: list[int]
    sections: list[str]  # every directorate with a part-2 section, in printed order
    lines: list[Line]


def _per_value(col: pd.Series, fn: Callable[[str], str]) -> pd.Series:
    """``col.map(fn)``, calling ``fn`` once per distinct value: a column repeats a few hundred
    names and texts thousands of times."""
    codes, values = pd.factorize(col)
    mapped = pd.array([fn(value) for value in values], dtype=col.dtype).take(codes, allow_fill=True)
    return pd.Series(mapped, index=col.index, name=col.name)


def pages_by(rows: pd.DataFrame, keys: list[str]) -> dict[tuple, tuple[int, ...]]:
    """The pages of each group of ``rows`` by ``keys`` (none blank), groups in order of
    appearance. One pass over plain lists: a pandas group is a sub-frame, and slicing one costs
    far more than reading its pages."""
    picked = rows[[*keys, "pdf_page"]].dropna(subset=keys)
    pages: dict[tuple, set[int]] = {}
    for *key, page in zip(*(picked[c].tolist() for c in picked)):
        pages.setdefault(tuple(key), set()).add(page)
    return {key: tuple(sorted(on)) for key, on in pages.items()}


def _text(col: pd.Series) -> pd.Series:
    return _per_value(col.fillna("").astype(str), squash)


def _amounts(col: pd.Series) -> pd.Series:
    """Amounts as nullable integers; CSV gives '' for a blank and '-' may survive as text."""
    text = col.astype("string").str.strip().replace({"-": "0", "": pd.NA})
    return pd.to_numeric(text).round().astype("Int64")


def _resolver(budget_lines: pd.DataFrame, totals: pd.DataFrame, section_pages: pd.DataFrame) -> Callable[[str], str]:
    sections = [*_text(section_pages["directorate"]).tolist(), *_text(budget_lines["section"]).tolist(),
                *_text(totals["directorate"]).tolist()]
    return unit_resolver([*_text(budget_lines["directorate"]).tolist(), *sections], sections)


def _line_numbers(rows: pd.DataFrame) -> pd.Series:
    """1-based place of each row within its (copy, project, directorate): by page, then by the
    extractor's `line_no` or, without one, the frame's order. Numbers that restart on a page
    (a project split by a page break) still come out distinct."""
    given = pd.to_numeric(rows["line_no"]) if "line_no" in rows else pd.Series(range(len(rows)), rows.index)
    ordered = rows.assign(_given=given).sort_values(["pdf_page", "_given"], kind="stable")
    return ordered.groupby(["copy", "project_code", "directorate", "year"], sort=False).cumcount() + 1


_CHECKED = ("view", "section", "pdf_page", "aim_no", "goal_no", "project_code", "directorate", "indicator", "year",
            "amount", "directorate_printed", "line_no")
"""The budget lines' columns the checks read; the others (names, printed texts, boxes) are not
copied into the checks' own frame."""


def _prepare_rows(budget_lines: pd.DataFrame, resolve: Callable[[str], str]) -> pd.DataFrame:
    rows = budget_lines[[c for c in _CHECKED if c in budget_lines]].reset_index(drop=True)
    for col in ("view", "section", "project_code", "directorate", "indicator"):
        rows[col] = _text(rows[col])
    printed = _text(rows["directorate_printed"]) if "directorate_printed" in rows else rows["directorate"]
    rows["printed_directorate"] = printed.where(printed != "", rows["directorate"])
    rows["directorate"] = _per_value(rows["directorate"], resolve)
    rows["section"] = _per_value(rows["section"], resolve)
    rows["copy"] = rows["section"].where(rows["view"] != STRATEGIC, STRATEGIC)
    rows["year"] = pd.to_numeric(rows["year"]).astype(int)
    rows["pdf_page"] = pd.to_numeric(rows["pdf_page"]).astype(int)
    rows["amount"] = _amounts(rows["amount"])
    rows["line_no"] = _line_numbers(rows)
    return rows


def _lines(rows: pd.DataFrame) -> list[Line]:
    """One Line per (copy, project, directorate, line_no), in first-appearance order.

    Plain tuples, not a pandas groupby: this runs once per printed row and groupby's per-group
    overhead dominated the whole reconciliation. The columns are taken as lists first: iterating
    an Arrow-backed column value by value costs more than the loop itself."""
    cols = ["copy", "project_code", "directorate", "line_no", "indicator", "printed_directorate",
            "year", "amount", "pdf_page"]
    grouped: dict[tuple, tuple[str, str, dict, dict]] = {}
    columns = (rows[c].tolist() for c in cols)
    for copy, code, directorate, line_no, indicator, printed, year, amount, page in zip(*columns):
        key = (copy, code, directorate, int(line_no))
        entry = grouped.setdefault(key, (indicator, printed, {}, {}))
        entry[2][int(year)] = None if pd.isna(amount) else int(amount)
        entry[3][int(year)] = int(page)
    return [Line(copy=k[0], project_code=k[1], directorate=k[2], line_no=k[3], indicator=v[0],
                 printed_directorate=v[1], amounts=v[2], pages=v[3]) for k, v in grouped.items()]


def _sections(rows: pd.DataFrame, totals: pd.DataFrame, section_pages: pd.DataFrame) -> list[str]:
    """Sections in printed order: by first page of their rows, heading or total."""
    first: dict[str, int] = {}
    sectioned = rows.loc[rows["copy"] != STRATEGIC, ["copy", "pdf_page"]]  # two columns: slicing all is slow
    for names, pages in ((sectioned["copy"], sectioned["pdf_page"]),
                         (totals["directorate"], totals["pdf_page"]),
                         (section_pages["directorate"], section_pages["pdf_page"])):
        for name, page in zip(names.tolist(), pages.tolist()):
            first[name] = min(int(page), first.get(name, int(page)))
    return [d for d, _ in sorted(first.items(), key=lambda kv: (kv[1], kv[0])) if d]


def prepare(budget_lines: pd.DataFrame, printed_totals: pd.DataFrame,
            section_pages: pd.DataFrame | None) -> Programme:
    """Canonical names everywhere, so that every later comparison is a plain equality."""
    pages = table("section_pages").empty() if section_pages is None else section_pages.copy()
    totals = printed_totals.copy()
    resolve = _resolver(budget_lines, totals, pages)
    rows = _prepare_rows(budget_lines, resolve)
    totals["directorate"] = _per_value(_text(totals["directorate"]), resolve)
    totals["year"] = pd.to_numeric(totals["year"]).astype(int)
    totals["pdf_page"] = pd.to_numeric(totals["pdf_page"]).astype(int)
    totals["amount"] = _amounts(totals["amount"])
    totals = totals.dropna(subset=["amount"]).drop_duplicates(["directorate", "year", "amount"])
    pages["directorate"] = _per_value(_text(pages["directorate"]), resolve)
    return Programme(rows=rows, totals=totals.reset_index(drop=True), section_pages=pages,
                     years=sorted(rows["year"].unique().tolist()),
                     sections=_sections(rows, totals, pages), lines=_lines(rows))
