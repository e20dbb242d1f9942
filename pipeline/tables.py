"""One page's programme tables, as printed: markers (section title, `STRATEJİK ALAN` band, aim
title, goal header row, `… Toplamı` row) and table bodies between them.

A body is read column by column: the horizontal rules that cross a column cut it into that
column's cells, so a project or directorate cell merged down over several rows is simply one
interval of its column. Indicator rows are the intervals of the indicator column; each lies in
one directorate interval, which lies in one project interval.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from .layout import Column, Layout, from_rules, from_words, year_run
from .model import BBox, Cell
from .pages import PageContent, Rule, Word, join_text, text_lines
from .text import squash, tr_lower, tr_upper

_TITLE = re.compile(r"^stratejik\s+amaç\s*(\d+)\s*[:.\-–]?\s*(.*)$")
_AREA = re.compile(r"^stratejik\s+alan\s*(\d+)\s*[:.\-–]?\s*(.*)$")
_GOAL = re.compile(r"hedef\s*(\d+)")
_CONTINUED = re.compile(r"\(\s*(?:…|\.\.\.)?\s*devamı\s*\)", re.I)
_PART = re.compile(r"\(\s*(\d+)\s*/\s*(\d+)\s*\)\s*$")
_TOTAL = re.compile(r"toplam[ıi]?\s*:?$")
EDGE = 1.5  # points: slack when comparing a word or rule with a boundary


@dataclass
class SectionTitle:
    top: float
    bottom: float
    text: str  # without the (i/n)
    part: int | None
    count: int | None


@dataclass
class AreaBand:
    top: float
    bottom: float
    number: int
    title: str


@dataclass
class AimTitle:
    top: float
    bottom: float
    number: int
    title: str
    continued: bool


@dataclass
class GoalHeader:
    top: float
    bottom: float
    number: int | None
    title: str
    layout: Layout


@dataclass
class TotalRow:
    top: float
    bottom: float
    label: Cell
    amounts: list[tuple[int, Cell]]


@dataclass
class RawRow:
    indicator: Cell
    amounts: list[tuple[int, Cell]]
    note: str = ""  # words printed across the budget columns instead of numbers


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
class Body:
    top: float
    layout: Layout
    projects: list[RawProject]


Item = SectionTitle | AreaBand | AimTitle | GoalHeader | TotalRow | Body


@dataclass
class PageTables:
    page: int
    items: list[Item]
    layout: Layout | None  # the last layout in force on the page, carried to the next page
    height: float = 0.0
    ruled: bool = False  # the page has ruling lines: a table page even if none was read

    @property
    def has_tables(self) -> bool:
        return any(isinstance(i, (GoalHeader, Body, TotalRow)) for i in self.items)


def _line_text(line: list[Word]) -> str:
    return squash(" ".join(w.text for w in line))


def _box(words: list[Word]) -> BBox:
    return BBox(min(w.x0 for w in words), min(w.top for w in words),
                max(w.x1 for w in words), max(w.bottom for w in words))


def _rule_above(rules: list[Rule], y: float, lo: float, hi: float) -> float | None:
    ys = [r.pos for r in rules if r.pos <= y + EDGE and r.covers(lo, hi, 4)]
    return max(ys) if ys else None


def _rule_below(rules: list[Rule], y: float, lo: float, hi: float) -> float | None:
    ys = [r.pos for r in rules if r.pos >= y - EDGE and r.covers(lo, hi, 4)]
    return min(ys) if ys else None


def _header_band(content: PageContent, years: list[Word]) -> tuple[float, float] | None:
    """The rules above and below a run of plan years: the goal header row's band."""
    lo, hi = years[0].x0, years[-1].x1
    top = _rule_above(content.hrules, min(w.top for w in years), lo, hi)
    bottom = _rule_below(content.hrules, max(w.bottom for w in years), lo, hi)
    return None if top is None or bottom is None else (top, bottom)


def _find_header(content: PageContent, years: list[Word], band: tuple[float, float], limit: float) -> GoalHeader | None:
    """A goal header row: its words give the goal and, with the body below it (down to
    ``limit``, the next marker), the columns."""
    top, bottom = band
    header = [w for w in content.words if top - EDGE <= w.yc <= bottom + EDGE]
    if not any(tr_lower(w.text).startswith(("müdürlük", "gösterge")) for w in header):
        return None
    layout = from_rules(header, years, content.vrules, top, bottom)
    if layout is None:
        table = [r for r in content.hrules if abs(r.pos - top) <= EDGE]
        left = min((r.start for r in table), default=min(w.x0 for w in header) - 3)
        right = max((r.end for r in table), default=years[-1].x1 + 3)
        below = [w for w in content.words if w.top > bottom and w.bottom < limit]
        layout = from_words(header, years, below, left, right)
    if layout is None:
        return None
    code_words = [w for w in header if layout.column("code").holds(w)]
    name_words = [w for w in header if layout.column("name").holds(w)]
    m = _GOAL.search(tr_lower(join_text(code_words)))
    return GoalHeader(top, bottom, int(m.group(1)) if m else None, join_text(name_words), layout)


def _wrapped(content: PageContent, line: list[Word], top: float, bottom: float) -> tuple[str, float]:
    """A one-row band (aim title, area band) whose text may wrap: its text down to the rule
    under its first line, and that rule."""
    below = _rule_below(content.hrules, bottom, line[0].x0, line[0].x1)
    if below is None or below - bottom > 3 * (bottom - top):
        return _line_text(line), bottom
    row = [w for w in content.words if top - EDGE <= w.top and w.bottom <= below + EDGE and w.x0 >= line[0].x0 - EDGE]
    return join_text(row), below


def _aim_title(content: PageContent, line: list[Word], top: float, bottom: float) -> AimTitle:
    """`Stratejik Amaç N: title (…devamı)  Bütçe`."""
    text, bottom = _wrapped(content, line, top, bottom)
    text = re.sub(r"\s*Bütçe\b", " ", text, flags=re.I)
    m = _TITLE.match(tr_lower(text))
    title = _CONTINUED.sub("", text[m.start(2):]) if m else text
    return AimTitle(top, bottom, int(m.group(1)) if m else 0, squash(title), bool(_CONTINUED.search(text)))


def _markers(content: PageContent, carried: Layout | None) -> list[Item]:
    """Every marker on the page, top to bottom. Lines are classified first, so that a header's
    columns are read from its own body only, down to the next marker."""
    first_rule = min((r.pos for r in content.hrules), default=content.height)
    found: list[tuple[float, str, list[Word], object]] = []
    for line in text_lines(content.words):
        text = _line_text(line)
        low = tr_lower(text)
        top = min(w.top for w in line)
        years = year_run(line)
        band = _header_band(content, years) if len(years) >= 2 else None
        if band is not None and not any(kind == "header" and extra[0] == band for _, kind, _, extra in found):  # type: ignore[index]
            found.append((band[0], "header", line, (band, years)))
        elif _TITLE.match(low):
            found.append((top, "title", line, None))
        elif m := _AREA.match(low):
            found.append((top, "area", line, m))
        elif top < first_rule and not found and _is_section_title(text):
            found.append((top, "section", line, None))
        elif any(_TOTAL.search(tr_lower(w.text)) for w in line):
            found.append((top, "total", line, None))
    items: list[Item] = []
    stops = sorted(f[0] for f in found) + [content.height]
    for top, kind, line, extra in sorted(found, key=lambda f: f[0]):
        bottom = max(w.bottom for w in line)
        if kind == "header":
            band, years = extra  # type: ignore[misc]
            limit = min(s for s in stops if s > band[1] - EDGE)
            if header := _find_header(content, years, band, limit):
                items.append(header)
        elif kind == "title":
            items.append(_aim_title(content, line, top, bottom))
        elif kind == "area":
            text, bottom = _wrapped(content, line, top, bottom)
            items.append(AreaBand(top, bottom, int(extra.group(1)), squash(text[extra.start(2):])))  # type: ignore[union-attr]
        elif kind == "section":
            text = _line_text(line)
            m = _PART.search(text)
            name = _PART.sub("", text) if m else text
            items.append(SectionTitle(top, bottom, squash(name), *(map(int, m.groups()) if m else (None, None))))
        elif (layout := _layout_at(items, carried)) is not None:
            items.append(_total_row(content, line, layout))
    return items


def _is_section_title(text: str) -> bool:
    """`FEN İŞLERİ MÜDÜRLÜĞÜ (1/8)`: a capitalised directorate name above the page's tables."""
    name = _PART.sub("", text)
    return bool(re.search(r"\bmüdürlüğü\b", tr_lower(name))) and name == tr_upper(name) and len(name) < 120


def _layout_at(items: list[Item], carried: Layout | None) -> Layout | None:
    for item in reversed(items):
        if isinstance(item, GoalHeader):
            return item.layout
    return carried


def _total_row(content: PageContent, line: list[Word], layout: Layout) -> TotalRow:
    label = [w for w in line if w.x1 <= layout.budget_left + EDGE]
    page = content.number
    amounts = []
    for col in layout.year_columns:
        words = [w for w in line if col.holds(w)]
        box = BBox(col.x0, min(w.top for w in line), col.x1, max(w.bottom for w in line))
        amounts.append((col.year, Cell(join_text(words), page, box)))
    return TotalRow(min(w.top for w in line), max(w.bottom for w in line), Cell(join_text(label), page, _box(label)), amounts)


def _cuts(rules: list[Rule], col: Column, top: float, bottom: float) -> list[float]:
    """Where the rules crossing a column cut it, between top and bottom."""
    inset = (col.x1 - col.x0) * 0.25
    ys = sorted({top, bottom} | {r.pos for r in rules
                                 if top - EDGE <= r.pos <= bottom + EDGE and r.covers(col.x0 + inset, col.x1 - inset, 0)})
    out: list[float] = []
    for y in ys:
        if not out or y - out[-1] > 2 * EDGE:
            out.append(y)
    return out


def _intervals(cuts: list[float]) -> list[tuple[float, float]]:
    return list(zip(cuts, cuts[1:]))


def _inside(y: float, span: tuple[float, float]) -> bool:
    return span[0] <= y < span[1]


def _cell(words: list[Word], col: Column, span: tuple[float, float], page: int) -> Cell:
    return Cell(join_text(words), page, BBox(col.x0, span[0], col.x1, span[1]))


def parse_body(content: PageContent, layout: Layout, top: float, bottom: float) -> Body:
    """Read the projects printed between two y positions under a layout."""
    words = [w for w in content.words if top < w.yc < bottom and layout.left - EDGE <= w.xc <= layout.right + EDGE]
    by_col: dict[Column, list[Word]] = {c: [] for c in layout.columns}
    for w in words:
        col = layout.column_of(w)
        if col is not None:
            by_col[col].append(w)
    page = content.number
    code_col, name_col = layout.column("code"), layout.column("name")
    dir_col, ind_col = layout.column("directorate"), layout.column("indicator")
    dir_spans = _intervals(_cuts(content.hrules, dir_col, top, bottom))
    row_spans = _intervals(_cuts(content.hrules, ind_col, top, bottom))
    projects = []
    for pspan in _intervals(_cuts(content.hrules, code_col, top, bottom)):
        if not any(_inside(w.yc, pspan) for w in words):
            continue  # spacer rows, gaps between tables
        project = RawProject(
            _cell([w for w in by_col[code_col] if _inside(w.yc, pspan)], code_col, pspan, page),
            _cell([w for w in by_col[name_col] if _inside(w.yc, pspan)], name_col, pspan, page),
        )
        for dspan in (s for s in dir_spans if _inside((s[0] + s[1]) / 2, pspan)):
            directorate = RawDirectorate(_cell([w for w in by_col[dir_col] if _inside(w.yc, dspan)], dir_col, dspan, page))
            spans = [s for s in row_spans if _inside((s[0] + s[1]) / 2, dspan)]
            rows = [_row(by_col, layout, s, page) for s in spans]
            kept = [r for r in rows if r.indicator.text or r.note or any(c.text for _, c in r.amounts)]
            if not kept and rows and (directorate.cell.text or not directorate.rows):
                kept = rows[:1]
            directorate.rows = kept
            if directorate.cell.text or kept:
                project.directorates.append(directorate)
        projects.append(project)
    return Body(top, layout, projects)


def _row(by_col: dict[Column, list[Word]], layout: Layout, span: tuple[float, float], page: int) -> RawRow:
    from .amounts import is_amount

    ind_col = layout.column("indicator")
    indicator = _cell([w for w in by_col[ind_col] if _inside(w.yc, span)], ind_col, span, page)
    amounts = [(c.year, _cell([w for w in by_col[c] if _inside(w.yc, span)], c, span, page)) for c in layout.year_columns]
    if all(is_amount(c.text) for _, c in amounts):
        return RawRow(indicator, amounts)
    budget = [w for c in layout.year_columns for w in by_col[c] if _inside(w.yc, span)]
    blank = [(y, Cell("", page, c.bbox)) for y, c in amounts]
    return RawRow(indicator, blank, note=join_text(budget))


def parse_page(content: PageContent, carried: Layout | None) -> PageTables:
    """Markers and bodies of one page, in printed order. ``carried`` is the layout in force at
    the end of the previous page: a table that continues without its header row uses it."""
    markers = _markers(content, carried)
    items: list[Item] = []
    layout = carried
    start: float | None = None  # None: from the page's first table rule
    for marker, end in zip([None, *markers], [m.top for m in markers] + [None]):
        if marker is not None:
            items.append(marker)
            layout = marker.layout if isinstance(marker, GoalHeader) else layout
            start = marker.bottom
        if layout is None or isinstance(marker, TotalRow):
            continue
        table_rules = [r.pos for r in content.hrules if r.covers(layout.left, layout.right, 4)]
        lo = start if start is not None else min(table_rules, default=None)
        hi = end if end is not None else max(table_rules, default=None)
        if lo is None or hi is None or hi - lo < 2 * EDGE:
            continue
        body = parse_body(content, layout, lo, hi)
        if body.projects:
            items.append(body)
    return PageTables(content.number, items, layout, content.height, len(content.hrules) >= 3)
