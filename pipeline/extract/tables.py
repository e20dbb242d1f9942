"""One page's programme tables: its markers (:mod:`.markers`) and the bodies between them, read
into projects, unit cells and indicator rows (:mod:`.rows`), every cell with its page and box.

Every word inside a table body ends in exactly one cell; a word that does not (outside every
column, in no row, beside no project) is an :class:`~pipeline.model.Gap`, reported with its box.
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace

from ..amounts import AmountError, is_amount, looks_like_amount, parse_amount
from ..model import AmountCell, BBox, Cell, Gap, GapReason
from .align import MODES, Span, cell_edges, overlap
from .columns import Column, Layout
from .content import PageContent, Word
from .markers import AimTitle, AreaBand, GoalHeader, PageMarkers, SectionTitle, TotalLine
from .lines import Block, Line, join_text, line_pitch, text_lines
from .scan.numbers import repair
from .rows import (Assignment, Merged, Region, Row, assign, choose_rows, code_anchors, column_cuts, unit_anchors,
                   unit_stand_ins)
from .settings import DEFAULT, Settings


@dataclass
class TotalRow:
    top: float
    bottom: float
    label: Cell
    amounts: list[AmountCell]


@dataclass
class RawRow:
    indicator: Cell
    amounts: list[AmountCell]  # read once, here: an amount that cannot be read is None beside its text
    note: str = ""  # words printed across the budget columns instead of numbers
    extras: dict[str, Cell] = field(default_factory=dict)


@dataclass
class RawDirectorate:
    cell: Cell
    rows: list[RawRow] = field(default_factory=list)


@dataclass
class RawProject:
    code: Cell
    name: Cell
    directorates: list[RawDirectorate] = field(default_factory=list)


@dataclass
class Reading:
    """A body read under one alignment of merged cells' texts: how far they stand from it."""

    cost: float
    projects: list[RawProject]
    gaps: list[Gap]


@dataclass
class Body:
    """A table body, read under each alignment: the document's own is chosen once all its
    tables are read (one producer aligns all its tables alike)."""

    top: float
    layout: Layout
    readings: dict[str, Reading]
    rows_strategy: str


Item = SectionTitle | AreaBand | AimTitle | GoalHeader | TotalRow | Body


@dataclass
class PageTables:
    page: int
    items: list[Item]
    layout: Layout | None  # the last layout in force on the page, carried to the next page
    section: str | None  # the section title in force at the end of the page
    height: float = 0.0
    width: float = 0.0
    gaps: list[Gap] = field(default_factory=list)
    tabular: bool = False  # the page looks like a table page (rules or many amounts) even if none was read
    amounts: int = 0  # words printed like amounts on the page
    carried: tuple = (None, None)  # the (layout, section) the page was read with
    uses_layout: bool = False  # something on the page was read under the carried layout
    uses_section: bool = False  # a total's label was judged by the carried section
    own_layout: bool = False  # the page prints a header: its layout is its own
    own_section: bool = False  # the page prints a section title
    turn: int = 0  # clockwise degrees the page was turned to be read (a scan fed sideways)
    text: str = ""  # the page's words, for what is read from its prose (edition year, institution)
    scanned: bool = False  # read from the page's image (OCR), not from its text layer

    @property
    def depends(self) -> bool:
        """Was something carried into the page used to read it? Only such a page may be read again."""
        return self.uses_layout or self.uses_section

    @property
    def has_tables(self) -> bool:
        return any(isinstance(i, (GoalHeader, Body, TotalRow)) for i in self.items)


def _box(words: list[Word]) -> BBox:
    return BBox(min(w.x0 for w in words), min(w.top for w in words), max(w.x1 for w in words), max(w.bottom for w in words))


UNREAD = "?"
"""The text of a budget cell whose print OCR could not read at all (see ``PageContent.stray``)."""


def _amount(year: int, cell: Cell) -> AmountCell:
    """A budget cell read once: its amount, or None for a blank or a text that is no amount.
    A cell read by OCR that is no amount as read gets OCR's usual confusions undone: the column
    says an amount belongs there (its text stays as read)."""
    try:
        return AmountCell(year, cell, parse_amount(cell.text))
    except AmountError:
        fixed = repair(cell.text) if cell.conf is not None else None
        return AmountCell(year, cell, parse_amount(fixed) if fixed is not None else None)


def _conf(words: list[Word]) -> float | None:
    """The lowest OCR confidence of ``words``; None for words from a text layer."""
    confs = [w.conf for w in words if w.conf is not None]
    return min(confs) if confs else None


def _cell(words: list[Word], col: Column, span: Span, page: int, settings: Settings) -> Cell:
    return Cell(join_text(words, settings), page, BBox(col.x0, span.top, col.x1, span.bottom), _conf(words))


def _prose(line: Line, layout: Layout) -> bool:
    """A line of running text, not of a table: a word runs across the edge of a text column
    (budget columns may share a note merged across them)."""
    edges = [c.x0 for c in layout.columns[1:] if c.kind != "year"] + [layout.budget_left]
    return any(w.x0 + 2 < x < w.x1 - 2 for w in line.words for x in edges)


def _continues_table(lines: list[Line], layout: Layout) -> bool:
    """Do lines at the top of a page, under no header, continue the previous page's table?
    Only if none is running text and some hold a project code or an amount in its column."""
    from ..codes import find_code

    if not lines or any(_prose(line, layout) for line in lines):
        return False
    code = layout.column("code")
    return any((code.holds(w) and find_code(w.text)) or (w.xc >= layout.budget_left and is_amount(w.text))
               for line in lines for w in line.words)


_PAGE_NUMBER = re.compile(r"^[-–(]?\s*\d{1,4}\s*[-–)]?$|^sayfa\s*\d+", re.I)


class PageParser:
    """Reads one page: markers, then each body between them under the layout in force."""

    def __init__(self, content: PageContent, carried: Layout | None, section: str | None,
                 settings: Settings = DEFAULT):
        self.content = content
        self.carried = carried
        self.section = self.carried_section = section
        self.settings = settings
        self.gaps: list[Gap] = []
        self.pitch: float | None = None

    def parse(self) -> PageTables:
        markers = PageMarkers(self.content, self.section, self.settings)
        found = markers.find()
        self.section = markers.section
        items: list[Item] = []
        layout = self.carried
        start: float | None = None  # None: the body continues from the previous page
        ends = [m.top for m in found] + [None]
        self.pitch = line_pitch(markers.lines)
        uses_layout = False
        for marker, end in zip([None, *found], ends):
            carried = layout is self.carried
            if marker is not None:
                if isinstance(marker, TotalLine):
                    uses_layout |= carried
                    if layout is not None:
                        items.append(self._total(marker, layout))
                    start = marker.bottom
                    continue
                items.append(marker)
                layout = marker.layout if isinstance(marker, GoalHeader) else layout
                start = marker.bottom
                carried = layout is self.carried
            uses_layout |= carried and self._has_words(start, end)
            if layout is None:
                continue
            body = self._body(layout, start, end)
            if body is not None:
                items.append(body)
        amounts = sum(1 for w in self.content.words if looks_like_amount(w.text))
        return PageTables(self.content.number, items, layout, self.section, self.content.height,
                          self.content.width, self.gaps, self._tabular(amounts), amounts,
                          (self.carried, self.carried_section), uses_layout, markers.used_section,
                          any(isinstance(m, GoalHeader) for m in found), any(isinstance(m, SectionTitle) for m in found),
                          self.content.turn, self.content.text, self.content.scanned)

    def _has_words(self, start: float | None, end: float | None) -> bool:
        top, bottom = start or 0.0, end if end is not None else self.content.height
        return any(top < w.yc < bottom for w in self.content.words)

    def _tabular(self, amounts: int) -> bool:
        """Does the page look like a table page: ruled across, or printing many amounts?"""
        wide = [r for r in self.content.hrules if r.end - r.start > 0.5 * self.content.width]
        return len(wide) >= 3 or amounts >= 6

    # --- bodies --------------------------------------------------------------------------------

    def _extent(self, layout: Layout, start: float | None, end: float | None) -> tuple[float, float, list[Word]] | None:
        """The body's top and bottom and its words: between the markers around it, within the
        table's frame. Where rules run across the body, it ends at the last of them; where none
        do, at its last line, without what stands detached from the table (a page number, a
        running header or footnote)."""
        s = self.settings
        top = start if start is not None else 0.0
        bottom = end if end is not None else self.content.height
        spanning = sorted(r.pos for r in self.content.hrules if top - s.edge <= r.pos <= bottom + s.edge
                          and r.covers(layout.left, layout.right, 0.25 * (layout.right - layout.left)))
        if start is None and spanning:
            top = spanning[0] - s.edge
        inside = [w for w in self.content.words if top < w.yc < bottom and layout.left - s.edge <= w.xc <= layout.right + s.edge]
        lines = text_lines(inside, s)
        while start is None and lines and _prose(lines[0], layout):
            lines.pop(0)
        while end is None and lines and _prose(lines[-1], layout):
            lines.pop()
        if not lines or (start is None and not _continues_table(lines, layout)):
            return None
        below = [y for y in spanning if y > lines[0].top]
        if end is None and below:
            bottom = below[-1] + s.edge
            lines = [line for line in lines if line.yc < bottom]
        else:
            while start is None and len(lines) > 1 and lines[1].top - lines[0].bottom > 4 * (lines[0].bottom - lines[0].top):
                lines.pop(0)
            while end is None and lines and self._detached(lines):
                lines.pop()
            if start is None and lines:
                top = lines[0].top - s.edge
            if end is None and lines:
                bottom = lines[-1].bottom + s.edge
        if not lines:
            return None
        # the table starts at the rule over its first line, or at that line
        over = [y for y in spanning if top - s.edge <= y <= lines[0].top + s.edge]
        top = max(top, over[-1] - s.edge if over else lines[0].top - s.edge)
        # the table ends at the rule under its last line, or at that line: not at the next
        # marker, which may stand well below it
        last = lines[-1]
        height = last.bottom - last.top
        reach = min(bottom - 0.5 * height if end is not None else bottom, last.bottom + height)
        after = [y for y in spanning if last.bottom - s.edge <= y <= reach + s.edge]
        bottom = min(bottom, (after[0] if after else lines[-1].bottom) + s.edge)
        return top, bottom, [w for line in lines for w in line.words]

    def _detached(self, lines: list[Line]) -> bool:
        """Is the last line apart from the table: a page number or a note well below the rest?"""
        last = lines[-1]
        height = last.bottom - last.top
        if len(lines) == 1:
            return bool(_PAGE_NUMBER.match(last.text))
        gap = last.top - lines[-2].bottom
        return gap > 4 * height or (gap > 1.5 * height and bool(_PAGE_NUMBER.match(last.text)))

    def _body(self, layout: Layout, start: float | None, end: float | None) -> Body | None:
        extent = self._extent(layout, start, end)
        if extent is None:
            return None
        top, bottom, words = extent
        layout = layout.refit(words)
        s = self.settings
        page = self.content.number
        by_col: dict[Column, list[Word]] = {c: [] for c in layout.columns}
        for w in words:
            col = layout.column_of(w)
            if col is None:
                self._gap([w], "outside_columns")
            else:
                by_col[col].append(w)
        cuts = {c: column_cuts(self.content.hrules, c, top, bottom, s) for c in layout.columns}
        region = Region(page, layout, top, bottom, by_col, cuts, self.pitch, start is None, s)
        strategy = choose_rows(region)
        rows = strategy.rows(region)
        line = min((w.bottom - w.top for w in words), default=8.0)
        units = unit_anchors(region)
        codes = code_anchors(region)
        rows = unit_stand_ins(rows, units, s.overlap * line)
        readings: dict[str, Reading] = {}
        seen: dict[tuple, Reading] = {}  # alignments often agree: read each distinct assignment once
        # where rules give every merged cell its own interval, where its text stands tells nothing
        modes = MODES if region.shared(layout.column("code"), codes) or region.shared(
            layout.column("directorate"), units) or region.continuing else MODES[:1]
        for mode in modes:
            assignment = assign(region, rows, codes, units, line, mode)
            key = assignment.signature
            if key not in seen:
                seen[key] = self._reading(region, assignment)
            readings[mode] = replace(seen[key], cost=assignment.cost)
        for mode in MODES:
            readings.setdefault(mode, readings[MODES[0]])
        if not any(r.projects for r in readings.values()):
            self._gap(words, "no_project")
            return None
        return Body(top, layout, readings, strategy.name)

    def _reading(self, region: Region, assignment: Assignment) -> Reading:
        """Raw projects of one assignment, with what it left unread."""
        gaps, self.gaps = self.gaps, []  # collect this reading's gaps apart
        projects = [p for p, _ in assignment.projects]
        names = self._names(region, projects)
        self._cells = self._row_cells(region, sorted({id(r): r for p in projects for r in p.rows}.values(),
                                                     key=lambda r: r.extent.top))
        raw = [self._project(region, p, cells, names[i]) for i, (p, cells) in enumerate(assignment.projects)]
        for block in assignment.stray_units:
            self._gap(block.words, "unit_beside_no_row")
        own, self.gaps = self.gaps, gaps
        return Reading(assignment.cost, raw, own)

    def _names(self, region: Region, projects: list[Merged]) -> list[list[Block]]:
        """Each project's name blocks: a block goes to the project whose code text it stands
        level with (centred or top-aligned alike), or whose rows it stands beside."""
        out: list[list[Block]] = [[] for _ in projects]
        for block in region.blocks(region.layout.column("name")):
            span = Span(block.top, block.bottom)

            def distance(m: Merged) -> float:
                ref = Span(m.block.top, m.block.bottom) if m.block else m.span
                if ref is None:
                    return float("inf")
                return min(abs(ref.yc - span.yc), abs(ref.top - span.top), max(0.0, -overlap(ref, span)) + 1e-3)

            cuts = region.cuts.get(region.layout.column("name"), [])
            candidates = [i for i, m in enumerate(projects) if m.span is not None
                          and not any(min(m.span.yc, span.yc) < y < max(m.span.yc, span.yc) for y in cuts)]
            if not candidates:
                self._gap(block.words, "name_beside_no_project")
                continue
            out[min(candidates, key=lambda i: distance(projects[i]))].append(block)
        return out

    def _row_cells(self, region: Region, rows: list[Row]) -> dict[int, Span]:
        """Each row's cell extent: its rules where the rows are ruled, else halfway to the
        neighbouring rows (never across a rule)."""
        spans = [r.span for r in rows]
        edges = cell_edges(spans, region.top, region.bottom)
        cuts = region.cuts.get(region.layout.column("indicator"), [])
        out = {}
        for i, r in enumerate(rows):
            if r.cell is not None:
                out[id(r)] = r.cell
                continue
            lo, hi = edges[i], edges[i + 1]
            lo = max([lo, *(y for y in cuts if y <= r.span.top + 1)])
            hi = min([hi, *(y for y in cuts if y >= r.span.bottom - 1)])
            out[id(r)] = Span(lo, hi)
        return out

    def _project(self, region: Region, project: Merged, cells: list[Merged], names: list[Block]) -> RawProject:
        s = self.settings
        layout = region.layout
        page = region.page
        span = project.span or Span(region.top, region.top)
        code_col, name_col, unit_col = layout.column("code"), layout.column("name"), layout.column("directorate")
        code_words = project.block.words if project.block else []
        name_words = [w for b in names for w in b.words]
        code = Cell(join_text(code_words, s), page, BBox(code_col.x0, span.top, code_col.x1, span.bottom))
        name = Cell(join_text(name_words, s), page, BBox(name_col.x0, span.top, name_col.x1, span.bottom))
        directorates = []
        for cell in cells:
            extent = cell.span or span
            unit = Cell(cell.block.text if cell.block else "", page, BBox(unit_col.x0, extent.top, unit_col.x1, extent.bottom))
            directorates.append(RawDirectorate(unit, [self._raw_row(region, r) for r in cell.rows]))
        return RawProject(code, name, directorates)

    def _raw_row(self, region: Region, row: Row) -> RawRow:
        s = self.settings
        page = region.page
        layout = region.layout
        cell = self._cells.get(id(row), row.span)
        ind = layout.column("indicator")
        indicator = _cell(row.words.get(ind, []), ind, cell, page, s)
        amounts = [_amount(c.year, _cell(row.words.get(c, []), c, cell, page, s)) for c in layout.year_columns]
        extras = {c.label: _cell(row.words.get(c, []), c, cell, page, s) for c in layout.extra_columns}
        if any(a.amount is not None for a in amounts) or all(not a.cell.text for a in amounts):
            # amounts; a cell beside amounts that is none is an unreadable amount (the walk says so),
            # and so is a blank cell holding print a scan's OCR read nothing from
            return RawRow(indicator, [_amount(a.year, self._unread(a.cell)) for a in amounts], "", extras)
        # words where the amounts belong and no amount beside them: a note merged across the cells
        note = join_text([w for c in layout.year_columns for w in row.words.get(c, [])], s)
        blank = [AmountCell(a.year, Cell("", page, a.cell.bbox), None, note) for a in amounts]
        return RawRow(indicator, blank, note, extras)

    def _total(self, marker: TotalLine, layout: Layout) -> TotalRow:
        page = self.content.number
        line = list(marker.line.words)
        label = [w for w in line if w.xc < layout.budget_left]
        amounts = []
        for col in layout.year_columns:
            words = [w for w in line if col.holds(w)]
            box = BBox(col.x0, marker.top, col.x1, marker.bottom)
            amounts.append(_amount(col.year, self._unread(Cell(join_text(words, self.settings), page, box, _conf(words)))))  # type: ignore[arg-type]
        outside = [w for w in line if w.xc >= layout.budget_left and layout.column_of(w) is None]
        if outside:
            self._gap(outside, "outside_columns")
        return TotalRow(marker.top, marker.bottom, Cell(join_text(label, self.settings), page, _box(label or line)), amounts)

    def _unread(self, cell: Cell) -> Cell:
        """A blank budget cell of a scanned page that holds print OCR read nothing from: unreadable
        (``UNREAD``, confidence 0), so that it is reported, never silently blank."""
        b = cell.bbox
        if cell.text or not any(b.x0 <= (x0 + x1) / 2 <= b.x1 and b.top <= (top + bottom) / 2 <= b.bottom
                                for x0, top, x1, bottom in self.content.stray):
            return cell
        return Cell(UNREAD, cell.page, cell.bbox, 0.0)

    def _gap(self, words: list[Word], reason: GapReason) -> None:
        for line in text_lines(words, self.settings):
            values = sum(1 for w in line.words if looks_like_amount(w.text))
            self.gaps.append(Gap(self.content.number, _box(list(line.words)), line.text, reason, values))


def parse_pages(contents: list[PageContent], settings: Settings = DEFAULT
                ) -> list[tuple[PageContent | None, PageTables]]:
    """Consecutive pages read in order, the first as if nothing were carried into it (where
    it was read, a run of pages does not know the pages before it; see :func:`in_order`). A
    page's content is kept only if :func:`in_order` may read the page again (it ``depends`` on
    what was carried in): the rest is let go here, in the page worker, and never crosses to the
    parent process (most pages of a programme print their own header)."""
    out = []
    layout, section = None, None
    for content in contents:
        tables = parse_page(content, layout, section, settings)
        layout, section = tables.layout, tables.section
        out.append((content if tables.depends else None, tables))
    return out


def in_order(runs: Iterable[tuple[PageContent | None, PageTables]], settings: Settings = DEFAULT
             ) -> Iterator[PageTables]:
    """Pages read in runs (:func:`parse_pages`), in order, each as if read after the page before
    it: a page that used what was carried into it is read again where that differed."""
    layout, section = None, None
    for content, tables in runs:
        carried_layout, carried_section = tables.carried
        if (tables.uses_layout and carried_layout != layout) or (tables.uses_section and carried_section != section):
            assert content is not None, "parse_pages keeps the content of a page that depends on what was carried"
            tables = parse_page(content, layout, section, settings)
        layout = tables.layout if tables.own_layout or tables.carried[0] == layout else layout
        section = tables.section if tables.own_section or tables.carried[1] == section else section
        yield tables


def parse_page(content: PageContent, carried: Layout | None, section: str | None = None,
               settings: Settings = DEFAULT) -> PageTables:
    """Markers and bodies of one page, in printed order. ``carried`` is the layout in force at
    the end of the previous page (a table that continues without its header row uses it);
    ``section`` the section title in force, which a total's label may name."""
    return PageParser(content, carried, section, settings).parse()


