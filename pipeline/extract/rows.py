"""A table body into rows, and rows into the merged cells that cover them.

Rows: two strategies behind one interface, chosen per table from what the page shows. Where
horizontal rules separate the rows inside projects, each interval between rules of the indicator
column is a row (:class:`RuledRows`). Where they do not (rules only between projects, or none at
all), rows come from the text (:class:`TextRows`): blocks of indicator lines split where the gap
between lines is wider than the page's line pitch, amount lines attached to the block beside
them, a block beside two amount lines split between them.

Merged cells: a project's code and name, and each unit's cell, cover consecutive rows. The
horizontal rules that cross their column cut them where there are any; inside an uncut interval,
the rows are split among the cells' texts by where those stand (:func:`.align.partition`).
A unit cell beside no row is a row of its own (a unit with no indicator of its own).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Protocol

from ..amounts import is_amount
from ..codes import find_code
from .align import MODES, Span, cell_edges, overlap, partition
from .columns import Column, Layout
from .content import Rule, Word
from .lexicon import split_unit
from .lines import Block, Line, blocks, is_break, text_lines
from .settings import DEFAULT, Settings


@dataclass
class Row:
    """One indicator row: the words of its own cells (indicator, extras, budget) and its extent.
    ``cell`` is the row's cell extent where rules give it."""

    span: Span
    words: dict[Column, list[Word]] = field(default_factory=dict)
    cell: Span | None = None
    stand_in: Block | None = None  # stands for this unit cell's own row, while rows are assigned

    @property
    def extent(self) -> Span:
        """The row's cell where rules give it, else its text."""
        return self.cell or self.span

    def add(self, column: Column, words: list[Word]) -> None:
        self.words.setdefault(column, []).extend(words)
        ys = [w for ws in self.words.values() for w in ws]
        if ys:
            self.span = Span(min(self.span.top, *(w.top for w in ys)), max(self.span.bottom, *(w.bottom for w in ys)))


@dataclass
class Region:
    """A table body between two y positions under one layout, its words already in columns."""

    page: int
    layout: Layout
    top: float
    bottom: float
    words: dict[Column, list[Word]]
    cuts: dict[Column, list[float]]  # where horizontal rules cut each column, inside the region
    pitch: float | None
    continuing: bool  # the body continues a table from the previous page
    settings: Settings = DEFAULT
    _blocks: dict[Column, list[Block]] = field(default_factory=dict, repr=False)

    def lines(self, column: Column) -> list[Line]:
        return text_lines(self.words.get(column, []), self.settings)

    def intervals(self, column: Column) -> list[tuple[float, float]]:
        ys = [self.top, *self.cuts.get(column, []), self.bottom]
        return list(zip(ys, ys[1:]))

    def shared(self, column: Column, texts: list[Block]) -> bool:
        """Do two of these cell texts stand between the same two rules of the column?"""
        spans = self.intervals(column)
        counts = [sum(1 for b in texts if lo <= b.yc < hi) for lo, hi in spans]
        return any(n > 1 for n in counts)

    def blocks(self, column: Column) -> list[Block]:
        """The column's cells' texts: lines split at its rules and at wide gaps."""
        if column not in self._blocks:
            out: list[Block] = []
            lines = self.lines(column)
            for lo, hi in self.intervals(column):
                out += blocks([line for line in lines if lo <= line.yc < hi], self.pitch, self.settings)
            self._blocks[column] = out
        return self._blocks[column]


def column_cuts(hrules: list[Rule], col: Column, top: float, bottom: float, settings: Settings) -> list[float]:
    """Where the rules crossing a column cut it, strictly between top and bottom."""
    inset = (col.x1 - col.x0) * settings.rule_cover
    ys = sorted(r.pos for r in hrules if top + 2 * settings.edge < r.pos < bottom - 2 * settings.edge
                and r.covers(col.x0 + inset, col.x1 - inset, 0))
    out: list[float] = []
    for y in ys:
        if not out or y - out[-1] > 2 * settings.edge:
            out.append(y)
    return out


# --- rows ----------------------------------------------------------------------------------------

def _row_columns(layout: Layout) -> list[Column]:
    return [c for c in layout.columns if c.kind in ("indicator", "extra", "year")]


class RowStrategy(Protocol):
    name: str

    def rows(self, region: Region) -> list[Row]:
        """The region's indicator rows, top to bottom."""


class RuledRows:
    """Every interval between the rules of the indicator column that holds text is a row."""

    name = "ruled"

    def rows(self, region: Region) -> list[Row]:
        ind = region.layout.column("indicator")
        out: list[Row] = []
        for lo, hi in region.intervals(ind):
            row = Row(Span(hi, lo), cell=Span(lo, hi))
            for col in _row_columns(region.layout):
                inside = [w for w in region.words.get(col, []) if lo <= w.yc < hi]
                if inside:
                    row.add(col, inside)
            if row.words:
                out.append(row)
        return out


class TextRows:
    """Rows from the text: indicator blocks, the amount lines beside them, extra-column blocks."""

    name = "text"

    def rows(self, region: Region) -> list[Row]:
        layout = region.layout
        ind = layout.column("indicator")
        rows = [Row(Span(b.top, b.bottom), {ind: b.words}) for b in region.blocks(ind)]
        budget = self._budget_elements(region)
        attached: dict[int, list[tuple[Span, dict[Column, list[Word]]]]] = {}
        loose: list[Row] = []
        for span, words in budget:
            height = min(w.bottom - w.top for ws in words.values() for w in ws)
            i = self._beside(rows, span, region, ind, height)
            if i is None:
                loose.append(Row(span, dict(words)))
            else:
                attached.setdefault(i, []).append((span, words))
        out: list[Row] = []
        for i, row in enumerate(rows):
            out += self._split(row, attached.get(i, []), ind, region)
        out = sorted(out + loose, key=lambda r: r.span.top)
        for col in layout.extra_columns:
            for b in region.blocks(col):
                span = Span(b.top, b.bottom)
                i = self._beside(out, span, region, col, b.lines[0].bottom - b.lines[0].top)
                if i is None:
                    out.append(Row(span, {col: b.words}))
                    out.sort(key=lambda r: r.span.top)
                else:
                    out[i].add(col, b.words)
        return out

    def _budget_elements(self, region: Region) -> list[tuple[Span, dict[Column, list[Word]]]]:
        """Lines across the budget columns: a line of amounts is one element; lines of words (a
        note merged across the budget cells) join while they follow at the line pitch."""
        years = region.layout.year_columns
        words = [w for c in years for w in region.words.get(c, [])]
        out: list[tuple[Span, dict[Column, list[Word]], bool]] = []
        previous: Line | None = None
        for line in text_lines(words, region.settings):
            note = not all(is_amount(w.text) for w in line.words)
            by_col: dict[Column, list[Word]] = {}
            for w in line.words:
                by_col.setdefault(next(c for c in years if c.holds(w)), []).append(w)
            span = Span(line.top, line.bottom)
            if (note and out and out[-1][2] and previous is not None
                    and not is_break(previous, line, region.pitch, region.settings)
                    and not _cut_between(region, years[0], previous.yc, line.yc)):
                last_span, last_words, _ = out[-1]
                for c, ws in by_col.items():
                    last_words.setdefault(c, []).extend(ws)
                out[-1] = (Span(last_span.top, span.bottom), last_words, True)
            else:
                out.append((span, by_col, note))
            previous = line
        return [(span, words) for span, words, _ in out]

    def _beside(self, rows: list[Row], span: Span, region: Region, column: Column, height: float) -> int | None:
        """The row whose text stands beside ``span`` (in the same ruled interval) by more than a
        share of a line of ``height``, if any."""
        best, best_overlap = None, region.settings.overlap * height
        for i, row in enumerate(rows):
            o = overlap(row.span, span)
            if o > best_overlap and not _cut_between(region, column, row.span.yc, span.yc):
                best, best_overlap = i, o
        return best

    def _split(self, row: Row, budget: list[tuple[Span, dict[Column, list[Word]]]], ind: Column,
               region: Region) -> list[Row]:
        """An indicator block beside several budget lines is that many rows: its lines are
        split among them by where the budget lines stand."""
        if len(budget) <= 1:
            for _, words in budget:
                for c, ws in words.items():
                    row.add(c, ws)
            return [row]
        lines = text_lines(row.words[ind], region.settings)
        spans = [Span(line.top, line.bottom) for line in lines]
        anchors = [span for span, _ in budget]
        line = spans[0].bottom - spans[0].top
        _, _, groups = min((partition(spans, anchors, mode, line=line, overlap_share=0.5) for mode in MODES),
                           key=lambda result: result[0])
        out: list[Row] = []
        for (s, e), (span, words) in zip(groups, budget):
            part = Row(span, {ind: [w for line in lines[s:e] for w in line.words]} if e > s else {})
            if e > s:
                part.span = Span(min(spans[s].top, span.top), max(spans[e - 1].bottom, span.bottom))
            for c, ws in words.items():
                part.add(c, ws)
            out.append(part)
        return out


def _cut_between(region: Region, column: Column, y0: float, y1: float) -> bool:
    lo, hi = min(y0, y1), max(y0, y1)
    return any(lo < y < hi for y in region.cuts.get(column, []))


def choose_rows(region: Region) -> RowStrategy:
    """Ruled rows where rules separate rows inside projects (the indicator column is cut where
    the code column is not); rows from the text otherwise."""
    code = region.cuts.get(region.layout.column("code"), [])
    slack = 2 * region.settings.edge
    inner = [y for y in region.cuts.get(region.layout.column("indicator"), []) if all(abs(y - c) > slack for c in code)]
    return RuledRows() if inner else TextRows()


# --- merged cells --------------------------------------------------------------------------------

@dataclass
class Merged:
    """A merged cell's text (possibly empty) and the rows it covers."""

    block: Block | None
    rows: list[Row] = field(default_factory=list)
    cell: Span | None = None  # the merged cell's extent: between its rules, or estimated

    @property
    def span(self) -> Span | None:
        spans = [r.extent for r in self.rows] + ([Span(self.block.top, self.block.bottom)] if self.block else [])
        return Span(min(s.top for s in spans), max(s.bottom for s in spans)) if spans else None


def code_anchors(region: Region) -> list[Block]:
    """The code column's cell texts: blocks split again before a second code, and a lone
    `Proje` joined to the code below it."""
    out: list[Block] = []
    for block in region.blocks(region.layout.column("code")):
        parts: list[list[Line]] = [[]]
        for line in block.lines:
            if parts[-1] and find_code(" ".join(l.text for l in parts[-1])) and (find_code(line.text) or _starts_project(line)):
                parts.append([])
            parts[-1].append(line)
        out += [Block(tuple(p)) for p in parts if p]
    joined: list[Block] = []
    for block in out:
        if joined and not find_code(joined[-1].text) and find_code(block.text) and _starts_project(joined[-1].lines[0]):
            joined[-1] = Block(joined[-1].lines + block.lines)
        else:
            joined.append(block)
    return joined


def _starts_project(line: Line) -> bool:
    return line.words[0].text.lower().startswith("proje")


def unit_anchors(region: Region) -> list[Block]:
    """The unit column's cell texts: blocks split again after a line that ends a unit's name
    (`… Md.`, `… Dairesi Başkanlığı`) when more lines follow."""
    out: list[Block] = []
    for block in region.blocks(region.layout.column("directorate")):
        part: list[Line] = []
        for line in block.lines:
            part.append(line)
            if split_unit(" ".join(l.text for l in part))[1] is not None:
                out.append(Block(tuple(part)))
                part = []
        if part:
            out.append(Block(tuple(part)))
    return out


def group(rows: list[Row], anchors: list[Block], intervals: list[tuple[float, float]], continuing: bool,
          line: float, overlap_share: float, mode: str, stand_ins: bool = False) -> tuple[float, list[Merged]]:
    """Split rows among merged cells: per interval between rules, by where the cells' texts stand
    (aligned as ``mode`` says). Rows before the first text of the first interval continue a cell
    begun before (``continuing``) and come back as a Merged without a block. With ``stand_ins``,
    a row standing in for one of the cells is that cell's own. Returns the alignment cost too."""
    out: list[Merged] = []
    total = 0.0
    for n, (lo, hi) in enumerate(intervals):
        inside = [r for r in rows if lo <= r.extent.yc < hi]
        texts = [b for b in anchors if lo <= b.yc < hi]
        if not texts:
            if inside:
                out.append(Merged(None, inside, Span(lo, hi)))
            continue
        own = [next((j for j, b in enumerate(texts) if b is r.stand_in), None) if stand_ins else None for r in inside]
        cost, prefix, groups = partition([r.extent for r in inside], [Span(b.top, b.bottom) for b in texts], mode,
                                         lo, hi, allow_prefix=continuing and n == 0, line=line,
                                         overlap_share=overlap_share, own=own)
        total += cost
        edges = cell_edges([r.extent for r in inside], lo, hi)
        if prefix:
            out.append(Merged(None, inside[:prefix], Span(edges[0], edges[prefix])))
        for b, (s, e) in zip(texts, groups):
            cell = Span(min(edges[s], b.top), max(edges[e], b.bottom)) if inside else Span(b.top, b.bottom)
            out.append(Merged(b, inside[s:e], cell))
    return total, out


def unit_stand_ins(rows: list[Row], units: list[Block], min_overlap: float) -> list[Row]:
    """The rows plus a stand-in row for each unit cell beside no row, in order: a unit named
    without indicator rows of its own still takes room, which tells projects and units apart."""
    extra = [Row(Span(b.top, b.bottom), stand_in=b) for b in units
             if not any(overlap(Span(b.top, b.bottom), r.extent) >= min_overlap for r in rows)]
    return sorted(rows + extra, key=lambda r: r.extent.top)


def unit_rows(cells: list[Merged]) -> list[Merged]:
    """A unit cell that covers rows of its own keeps them (stand-ins go); one that covers none
    is a row of its own, its stand-in: the unit named with no indicator row."""
    for cell in cells:
        real = [r for r in cell.rows if r.stand_in is None]
        cell.rows = real or [r for r in cell.rows if r.stand_in is cell.block]
    return cells


@dataclass
class Assignment:
    """Rows assigned to projects and, within each, to unit cells, under one alignment."""

    cost: float
    projects: list[tuple[Merged, list[Merged]]]
    stray_units: list[Block]  # unit cells beside no project's rows

    @property
    def signature(self) -> tuple:
        """Which rows went to which cells: equal for assignments that read alike."""
        return tuple((id(p.block), tuple(id(r) for r in p.rows),
                      tuple((id(c.block), tuple(id(r) for r in c.rows)) for c in cells))
                     for p, cells in self.projects) + (tuple(id(b) for b in self.stray_units),)


def assign(region: Region, rows: list[Row], codes: list[Block], units: list[Block], line: float,
           mode: str) -> Assignment:
    """Projects from the code column's cells, then each project's unit cells, every merged
    cell's text aligned as ``mode`` says. ``rows`` hold the stand-ins of :func:`unit_stand_ins`."""
    share = region.settings.overlap
    layout = region.layout
    cost, projects = group(rows, codes, region.intervals(layout.column("code")), region.continuing, line, share, mode)
    used: set[int] = set()
    out = []
    for i, project in enumerate(projects):
        real = [r for r in project.rows if r.stand_in is None]
        mine = [r.stand_in for r in project.rows if r.stand_in is not None]
        mine += [b for b in units if id(b) not in used and b not in mine
                 and any(overlap(Span(b.top, b.bottom), r.extent) >= share * line for r in real)]
        used |= {id(b) for b in mine}
        mine.sort(key=lambda b: b.top)
        spans = [s for s in (project.cell, project.span, *(Span(b.top, b.bottom) for b in mine)) if s is not None]
        top, bottom = min(s.top for s in spans), max(s.bottom for s in spans)
        intervals = [(max(lo, top), min(hi, bottom)) for lo, hi in region.intervals(layout.column("directorate"))
                     if lo < bottom and top < hi]
        c, cells = group(project.rows, mine, intervals, region.continuing and i == 0, line, share, mode, stand_ins=True)
        cost += c
        placed = {id(cell.block) for cell in cells if cell.block is not None}
        used -= {id(b) for b in mine if id(b) not in placed}  # a text no interval took is reported
        out.append((project, unit_rows(cells)))
    return Assignment(cost, out, [b for b in units if id(b) not in used])
