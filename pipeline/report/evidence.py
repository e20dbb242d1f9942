"""Where on the pages a finding can be seen: the cells to frame, per copy and page.

Findings name a project, directorate, indicator, copy and years; budget lines and printed totals
carry each amount cell's page and box. This module joins the two into :class:`Shot` records that
:mod:`.crops` renders; it reads no PDF itself.
"""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

import pandas as pd

from pipeline.model import BBox
from pipeline.contract import STRATEGIC
from pipeline.findings import about
from pipeline.reconcile.names import text_similarity

LINE_KINDS = about("line")
PROJECT_KINDS = about("project")

BAND_LEFT = 36.0
"""Left end of a row band in points: the tables start near the page margin, and the boxes we
know are the amount cells on the right, so a band from here reaches the row's texts."""


@dataclass(frozen=True)
class Shot:
    """One crop to show: a page of one copy, the rows to band and the cells to frame.
    ``bad`` is the copy that disagrees (framed red); the others are framed blue."""

    page: int
    copy: str
    bad: bool
    bands: tuple[BBox, ...]
    cells: tuple[BBox, ...]


@dataclass(frozen=True)
class Target:
    """What a group of findings points at (the columns of the findings table it shares)."""

    kind: str
    directorate: str
    project_code: str
    indicator: str
    copy: str
    years: tuple[int, ...]
    pages: tuple[int, ...]
    box: BBox | None = None  # where the finding stands on pages[0], when it names a box


def with_copy(budget_lines: pd.DataFrame) -> pd.DataFrame:
    """Budget lines with the reconciler's ``copy`` name: `strategic` or the section's directorate."""
    copy = budget_lines["section"].where(budget_lines["view"] != STRATEGIC, STRATEGIC)
    return budget_lines.assign(copy=copy.fillna(""))


def _box(row) -> BBox:
    return BBox(row.x0, row.top, row.x1, row.bottom)


def _band(group: pd.DataFrame) -> BBox:
    """A printed row from the page margin to its last amount cell."""
    return BBox(BAND_LEFT, group["top"].min(), group["x1"].max(), group["bottom"].max())


def _shots(rows: pd.DataFrame, bad_copy: str, years: tuple[int, ...], frame_cells: bool) -> list[Shot]:
    """One shot per copy and page of ``rows``: each printed row banded, and its cells in ``years``
    (all years when none is given) framed if ``frame_cells``."""
    shots = []
    for (copy, page), group in rows.groupby(["copy", "pdf_page"], sort=False):
        lines = group.groupby(["line_no", "top"], sort=False)
        bands = tuple(_band(g) for _, g in lines)
        cells = group[group["year"].isin(years)] if years else group
        framed = tuple(_box(r) for r in cells.itertuples()) if frame_cells else ()
        shots.append(Shot(int(page), copy, copy == bad_copy, bands, framed))
    return sorted(shots, key=lambda s: (not s.bad, s.copy != STRATEGIC, s.page))


def line_rows(rows: pd.DataFrame, target: Target) -> pd.DataFrame:
    """The rows of the finding's line in every copy: in each copy the line of that project and
    directorate whose indicator reads most like the finding's (copies may word it differently)."""
    line = rows[(rows["project_code"] == target.project_code) & (rows["directorate"] == target.directorate)]
    on_pages = line[line["pdf_page"].isin(target.pages)]
    line = on_pages if len(on_pages) else line
    printed = line.groupby(["copy", "pdf_page", "line_no"], sort=False)["indicator"].transform("first").fillna("")
    similarity = {t: text_similarity(t, target.indicator) for t in set(printed)}
    score = printed.map(similarity)
    return line[score == score.groupby(line["copy"]).transform("max")].reset_index(drop=True)


def _project_rows(rows: pd.DataFrame, code: str, copies: Iterable[str] | None = None) -> pd.DataFrame:
    project = rows[rows["project_code"] == code]
    return project if copies is None else project[project["copy"].isin(list(copies))]


def _total_shots(printed_totals: pd.DataFrame, target: Target) -> list[Shot]:
    totals = printed_totals[(printed_totals["directorate"] == target.directorate)
                            & printed_totals["year"].isin(target.years)]
    return [Shot(int(page), target.directorate, True, (_band(group),), tuple(_box(r) for r in group.itertuples()))
            for page, group in totals.groupby("pdf_page")]


def locate(target: Target, rows: pd.DataFrame, printed_totals: pd.DataFrame,
           line: pd.DataFrame | None = None) -> list[Shot]:
    """The shots that show ``target``; empty for kinds that point at no printed cell. ``line``:
    :func:`line_rows` of a line's finding, where the caller has them already."""
    if target.kind in LINE_KINDS:
        line = line_rows(rows, target) if line is None else line
        if target.kind == "line_missing":  # the copy without the line: where the line belongs in it
            block = _project_rows(rows, target.project_code, [target.copy])
            own = block[block["directorate"] == target.directorate]
            line = pd.concat([line, own if len(own) else block])
        amounts = target.kind == "amount_mismatch"
        return _shots(line, target.copy, target.years if amounts else (), frame_cells=amounts)
    if target.kind in PROJECT_KINDS:
        copies = None if target.kind == "project_missing" else [target.copy, STRATEGIC]
        return _shots(_project_rows(rows, target.project_code, copies), target.copy, (), frame_cells=False)
    if target.kind == "total_mismatch":
        return _total_shots(printed_totals, target)
    if target.kind == "directorate_spelling":
        return _shots(_odd_spellings(rows, target), target.copy, (), frame_cells=False)
    if target.box is not None and target.pages:
        return [Shot(target.pages[0], target.copy, True, (), (target.box,))]
    return []


def _odd_spellings(rows: pd.DataFrame, target: Target) -> pd.DataFrame:
    """The finding's copy's rows whose directorate is printed other than its most common spelling
    (the reconciler's rule, :func:`pipeline.reconcile.matching.directorate_spellings`)."""
    theirs = rows[rows["directorate"] == target.directorate]
    counts = theirs["directorate_printed"].value_counts()
    if counts.empty:
        return theirs
    common = min(counts.index, key=lambda s: (-counts[s], s != target.directorate, s))
    return theirs[(theirs["copy"] == target.copy) & (theirs["directorate_printed"] != common)
                  & theirs["pdf_page"].isin(target.pages)]
