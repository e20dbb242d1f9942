"""Where on the pages a finding can be seen: the cells to frame, per copy and page.

Findings name a project, directorate, indicator, copy and years; budget lines and printed totals
carry each amount cell's page and box. This module joins the two into :class:`Shot` records that
:mod:`.crops` renders; it reads no PDF itself. A card looks at a handful of cells, so the budget
lines are read here as plain records (:class:`Printed`), once: picking a few rows out of a frame
costs pandas far more than the work done on them.
"""
from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from typing import NamedTuple

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


class Printed(NamedTuple):
    """One amount cell of a budget line as a copy prints it (a row of the budget lines)."""

    copy: str  # the reconciler's copy: `strategic` or the section's directorate
    project_code: str
    directorate: str
    directorate_printed: str
    indicator: str
    pdf_page: int
    line_no: int
    year: int
    amount: int | None
    x0: float
    top: float
    x1: float
    bottom: float


def with_copy(budget_lines: pd.DataFrame) -> pd.DataFrame:
    """Budget lines with the reconciler's ``copy`` name: `strategic` or the section's directorate."""
    copy = budget_lines["section"].where(budget_lines["view"] != STRATEGIC, STRATEGIC)
    return budget_lines.assign(copy=copy.fillna(""))


def records(rows: pd.DataFrame) -> list[Printed]:
    """Budget lines with their ``copy`` (:func:`with_copy`) as records, in the frame's order."""
    amounts = rows["amount"].tolist()
    columns = [[None if pd.isna(a) else int(a) for a in amounts] if name == "amount" else rows[name].tolist()
               for name in Printed._fields]
    return [Printed._make(values) for values in zip(*columns)]


def _box(row: Printed) -> BBox:
    return BBox(row.x0, row.top, row.x1, row.bottom)


def _band(cells: Iterable) -> BBox:
    """A printed row (its amount cells, or its printed totals) from the page margin to its last cell."""
    cells = list(cells)
    return BBox(BAND_LEFT, min(c.top for c in cells), max(c.x1 for c in cells), max(c.bottom for c in cells))


def grouped(rows: Iterable[Printed], *fields: str) -> dict[tuple, list[Printed]]:
    """``rows`` grouped by the values of ``fields``, the groups in order of first appearance."""
    groups: dict[tuple, list[Printed]] = {}
    for row in rows:
        groups.setdefault(tuple(getattr(row, f) for f in fields), []).append(row)
    return groups


def _shots(rows: list[Printed], bad_copy: str, years: tuple[int, ...], frame_cells: bool) -> list[Shot]:
    """One shot per copy and page of ``rows``: each printed row banded, and its cells in ``years``
    (all years when none is given) framed if ``frame_cells``."""
    shots = []
    for (copy, page), group in grouped(rows, "copy", "pdf_page").items():
        bands = tuple(_band(g) for g in grouped(group, "line_no", "top").values())
        cells = [r for r in group if r.year in years] if years else group
        framed = tuple(_box(r) for r in cells) if frame_cells else ()
        shots.append(Shot(int(page), copy, copy == bad_copy, bands, framed))
    return sorted(shots, key=lambda s: (not s.bad, s.copy != STRATEGIC, s.page))


def line_rows(rows: Iterable[Printed], target: Target) -> list[Printed]:
    """The rows of the finding's line in every copy: in each copy the line of that project and
    directorate whose indicator reads most like the finding's (copies may word it differently)."""
    line = [r for r in rows if r.project_code == target.project_code and r.directorate == target.directorate]
    line = [r for r in line if r.pdf_page in target.pages] or line
    first = {key: group[0].indicator for key, group in grouped(line, "copy", "pdf_page", "line_no").items()}
    similarity = {text: text_similarity(text, target.indicator) for text in set(first.values())}
    score = [similarity[first[(r.copy, r.pdf_page, r.line_no)]] for r in line]
    best: dict[str, float] = {}
    for r, s in zip(line, score):
        best[r.copy] = max(best.get(r.copy, s), s)
    return [r for r, s in zip(line, score) if s == best[r.copy]]


def _project_rows(rows: Iterable[Printed], code: str, copies: Iterable[str] | None = None) -> list[Printed]:
    wanted = None if copies is None else set(copies)
    return [r for r in rows if r.project_code == code and (wanted is None or r.copy in wanted)]


def _total_shots(printed_totals: pd.DataFrame, target: Target) -> list[Shot]:
    totals = printed_totals[(printed_totals["directorate"] == target.directorate)
                            & printed_totals["year"].isin(target.years)]
    return [Shot(int(page), target.directorate, True, (_band(group.itertuples()),),
                 tuple(_box(r) for r in group.itertuples()))
            for page, group in totals.groupby("pdf_page")]


def locate(target: Target, rows: list[Printed], printed_totals: pd.DataFrame,
           line: list[Printed] | None = None) -> list[Shot]:
    """The shots that show ``target``; empty for kinds that point at no printed cell. ``line``:
    :func:`line_rows` of a line's finding, where the caller has them already."""
    if target.kind in LINE_KINDS:
        line = line_rows(rows, target) if line is None else line
        if target.kind == "line_missing":  # the copy without the line: where the line belongs in it
            block = _project_rows(rows, target.project_code, [target.copy])
            own = [r for r in block if r.directorate == target.directorate]
            line = line + (own or block)
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


def _odd_spellings(rows: list[Printed], target: Target) -> list[Printed]:
    """The finding's copy's rows whose directorate is printed other than its most common spelling
    (the reconciler's rule, :func:`pipeline.reconcile.matching.directorate_spellings`)."""
    theirs = [r for r in rows if r.directorate == target.directorate]
    counts = Counter(r.directorate_printed for r in theirs)
    if not counts:
        return theirs
    common = min(counts, key=lambda s: (-counts[s], s != target.directorate, s))
    return [r for r in theirs
            if r.copy == target.copy and r.directorate_printed != common and r.pdf_page in target.pages]
