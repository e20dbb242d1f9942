"""Table columns, read from a header row: from vertical rules where there are any, otherwise
from the header's word positions and the white-space rivers between the body's columns.

A programme table has four text columns (project code, project name, `İlgili Müdürlük`,
`Performans Göstergesi`) and one budget column per plan year; the years are whatever the header
prints (`2020 … 2024`, `2025 … 2029`).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from .pages import Rule, Word
from .text import tr_lower

ColumnKind = Literal["code", "name", "directorate", "indicator", "year"]
TEXT_KINDS: tuple[ColumnKind, ...] = ("code", "name", "directorate", "indicator")
YEAR = re.compile(r"(19|20)\d\d")


@dataclass(frozen=True)
class Column:
    kind: ColumnKind
    x0: float
    x1: float
    year: int | None = None

    def holds(self, word: Word) -> bool:
        return self.x0 <= word.xc < self.x1


@dataclass(frozen=True)
class Layout:
    columns: tuple[Column, ...]
    ruled: bool  # columns came from vertical rules (else from word positions)

    @property
    def years(self) -> list[int]:
        return [c.year for c in self.columns if c.kind == "year" and c.year is not None]

    @property
    def year_columns(self) -> list[Column]:
        return [c for c in self.columns if c.kind == "year"]

    @property
    def left(self) -> float:
        return self.columns[0].x0

    @property
    def right(self) -> float:
        return self.columns[-1].x1

    @property
    def budget_left(self) -> float:
        return self.year_columns[0].x0

    def column(self, kind: ColumnKind) -> Column:
        return next(c for c in self.columns if c.kind == kind)

    def column_of(self, word: Word) -> Column | None:
        return next((c for c in self.columns if c.holds(word)), None)


def year_run(line: list[Word]) -> list[Word]:
    """The longest left-to-right run of consecutive plan years printed as words on one line."""
    best: list[Word] = []
    run: list[Word] = []
    for w in line:
        if YEAR.fullmatch(w.text) and (not run or int(w.text) == int(run[-1].text) + 1):
            run.append(w)
        elif YEAR.fullmatch(w.text):
            run = [w]
        else:
            run = []
        if len(run) > len(best):
            best = list(run)
    return best


def _year_columns(years: list[Word], right: float | None) -> list[Column]:
    centres = [w.xc for w in years]
    step = (centres[-1] - centres[0]) / (len(centres) - 1) if len(centres) > 1 else years[0].x1 - years[0].x0 + 40
    edges = [centres[0] - step / 2]
    edges += [(a + b) / 2 for a, b in zip(centres, centres[1:])]
    edges.append(max(centres[-1] + step / 2, right or 0.0))
    return [Column("year", a, b, int(w.text)) for a, b, w in zip(edges, edges[1:], years)]


def _kind_of(words: list[Word]) -> ColumnKind | None:
    text = tr_lower(" ".join(w.text for w in words))
    if "müdürlük" in text or "birim" in text:
        return "directorate"
    if "gösterge" in text:
        return "indicator"
    return None


def from_rules(header: list[Word], years: list[Word], vrules: list[Rule], top: float, bottom: float) -> Layout | None:
    """Columns between the vertical rules that cross the header row, labelled by its words."""
    mid = (top + bottom) / 2
    xs: list[float] = []
    for r in sorted(vrules, key=lambda r: r.pos):
        if r.start <= mid <= r.end and (not xs or r.pos - xs[-1] > 2):
            xs.append(r.pos)
    spans = list(zip(xs, xs[1:]))
    year_of = {}
    for w in years:
        for span in spans:
            if span[0] <= w.xc < span[1]:
                year_of[span] = int(w.text)
    text_spans = [s for s in spans if s not in year_of and s[1] <= min((s2[0] for s2 in year_of), default=0) + 1]
    if len(year_of) != len(years) or len(text_spans) < 4:
        return None
    text_spans = text_spans[-4:]
    kinds = [_kind_of([w for w in header if s[0] <= w.xc < s[1]]) for s in text_spans]
    if kinds[2:] != ["directorate", "indicator"]:
        return None
    cols = [Column(k, a, b) for k, (a, b) in zip(TEXT_KINDS, text_spans)]
    cols += [Column("year", a, b, year_of[(a, b)]) for a, b in spans if (a, b) in year_of]
    return Layout(tuple(cols), ruled=True)


def _widest_gap(words: list[Word], lo: float, hi: float) -> float | None:
    """The middle of the widest x-range in [lo, hi] that no word crosses (a column river)."""
    spans = sorted((max(w.x0, lo), min(w.x1, hi)) for w in words if w.x1 > lo and w.x0 < hi)
    gaps, edge = [], lo
    for a, b in spans:
        if a > edge:
            gaps.append((a - edge, edge, a))
        edge = max(edge, b)
    if hi > edge:
        gaps.append((hi - edge, edge, hi))
    if not gaps:
        return None
    _, a, b = max(gaps)
    return (a + b) / 2


def _phrase_start(words: list[Word], anchor: Word) -> float:
    """Left end of the phrase that ends in ``anchor`` (`İlgili Müdürlük`): words on its line
    that follow each other with no more than a word space between them."""
    height = anchor.bottom - anchor.top
    x0 = anchor.x0
    for w in sorted((w for w in words if abs(w.yc - anchor.yc) < height / 2 and w.x1 <= anchor.x0), key=lambda w: -w.x1):
        if x0 - w.x1 > height * 0.6:
            break
        x0 = w.x0
    return x0


def from_words(header: list[Word], years: list[Word], body: list[Word], left: float, right: float) -> Layout | None:
    """Columns from the header's word anchors and the rivers of white space in the body."""
    year_cols = _year_columns(years, right)
    budget_left = year_cols[0].x0
    text_words = [w for w in header if w.x1 <= budget_left]
    dir_words = [w for w in text_words if _kind_of([w]) == "directorate"]
    ind_words = [w for w in text_words if _kind_of([w]) == "indicator"]
    if not dir_words or not ind_words:
        return None
    dir_x0 = _phrase_start(text_words, dir_words[0])
    ind_x0 = _phrase_start(text_words, ind_words[0])
    # the code and name headers (`Stratejik Hedef 1` | goal title) are split by the first gap
    first = sorted((w for w in text_words if w.x1 < dir_x0), key=lambda w: w.x0)
    if not first:
        return None
    code_x1 = first[0].x1
    name_x0 = None
    for w in first[1:]:
        if w.x0 > code_x1:
            name_x0 = w.x0
            break
        code_x1 = max(code_x1, w.x1)
    if name_x0 is None:
        return None
    river_words = [w for w in header + body if w.x1 <= budget_left + 1]
    cuts = [
        _widest_gap(river_words, code_x1, name_x0 + 1),
        _widest_gap(river_words, name_x0 + 1, dir_words[0].x1),
        _widest_gap(river_words, dir_x0, ind_x0 + 1),
    ]
    if None in cuts:
        return None
    edges = [left] + cuts + [budget_left]  # type: ignore[operator]
    cols = [Column(k, a, b) for k, a, b in zip(TEXT_KINDS, edges, edges[1:])]
    return Layout(tuple(cols + year_cols), ruled=False)
