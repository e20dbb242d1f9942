"""Pages' tables → the document model: the walk over pages in printed order.

The walk keeps what a reader keeps in mind while turning pages: which copy is being read (the
strategic view or a unit's section), the aim and goal in force, and the last project, which a
page break may have split. What it cannot place (a row with no project or unit, a project code
it cannot read, a table page it read nothing from) becomes a gap with page and box.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from ..codes import find_code
from ..model import (Aim, AmountCell, Area, BBox, Cell, Copy, DirectorateCell, Document, Gap, GapReason, Goal,
                     IndicatorRow, Problem,
                     PageInfo, PrintedTotal, Profile, Project, Section)
from ..text import text_key
from .align import MODES
from .markers import AimTitle, AreaBand, GoalHeader, SectionTitle
from .tables import Body, PageTables, RawProject, RawRow, TotalRow
from .units import UnitNames, heading_name


@dataclass
class _Walk:
    """What the reader keeps in mind while turning pages."""

    units: UnitNames
    doc: Document
    copy: Copy
    section: Section | None = None
    aim: int | None = None
    goal: int | None = None
    area: int | None = None
    project: Project | None = None
    problems: list[Problem] = field(default_factory=list)
    gaps: list[Gap] = field(default_factory=list)

    def gap(self, cell: Cell, reason: GapReason, text: str = "", values: int = 0) -> None:
        self.gaps.append(Gap(cell.page, cell.bbox, text or cell.text, reason, values))

    def enter_section(self, title: SectionTitle, page: int) -> None:
        name = heading_name(title.text)
        current = self.section
        if current is None or text_key(current.directorate) != text_key(name):
            current = next((s for s in self.doc.sections if text_key(s.directorate) == text_key(name)), None)
            if current is None:
                current = Section(name, title.text, copy=Copy("directorate", name))
                self.doc.sections.append(current)
            self.section, self.copy = current, current.copy  # type: ignore[assignment]
            self.aim = self.goal = self.area = None
            self.project = None
        if title.part is not None:
            if title.part in current.parts:
                self.problems.append(Problem(page, "part_repeated", f"{title.text} ({title.part}/{title.count})"))
            current.parts[title.part] = page
            current.part_count = max(current.part_count, title.count or 0)

    def add_body(self, body: Body, page: int, continues: bool, mode: str) -> None:
        reading = body.readings[mode]
        self.gaps.extend(reading.gaps)
        for i, raw in enumerate(reading.projects):
            if i == 0 and continues and self.project is not None and self._continues(raw):
                self._extend(self.project, raw, page, split=True)
                continue
            code = find_code(raw.code.text)
            if code is None:
                rows = [r for d in raw.directorates for r in d.rows]
                what = raw.code.text or raw.name.text or "—"
                self.gap(raw.code, "code_unreadable", f"{what} ({len(rows)})",
                         sum(1 for r in rows for a in r.amounts if a.cell.text))
                continue
            if self.aim is None or self.goal is None:
                self.problems.append(Problem(page, "outside_goal", str(code)))
            project = Project(str(code), raw.code, raw.name, self.aim or 0, self.goal or 0)
            self._extend(project, raw, page)
            self.copy.projects.append(project)
            self.project = project

    def _continues(self, raw: RawProject) -> bool:
        code = find_code(raw.code.text)
        return (code is None and not raw.code.text) or (code is not None and self.project is not None
                                                        and str(code) == self.project.code)

    def _extend(self, project: Project, raw: RawProject, page: int, split: bool = False) -> None:
        """Add a project's unit cells; ``split``: the project continues from the previous page,
        and its first cell continues the last one when it is blank or names the same unit."""
        if split and not project.name.text and raw.name.text:
            project.name = raw.name
        elif split and raw.name.text and text_key(raw.name.text) != text_key(project.name.text):
            project.name = Cell(f"{project.name.text} {raw.name.text}", project.name.page, project.name.bbox)
        for i, raw_dir in enumerate(raw.directorates):
            rows = [self._row(r) for r in raw_dir.rows]
            name = self.units.name(raw_dir.cell.text) if raw_dir.cell.text else ""
            if split and i == 0 and project.directorates and name in ("", project.directorates[-1].name):
                project.directorates[-1].rows.extend(rows)
                continue
            if not name:
                self.gap(raw_dir.cell, "unit_missing",
                         f"{project.code}: " + ("; ".join(r.indicator.text for r in rows if r.indicator.text) or "—"),
                         sum(1 for r in rows for a in r.amounts if a.cell.text))
                continue
            project.directorates.append(DirectorateCell(raw_dir.cell, name, rows))

    def _read(self, amounts: list[AmountCell]) -> list[AmountCell]:
        """The cells as read; one whose text is no amount is a gap, read as blank."""
        for a in amounts:
            if a.amount is None and a.cell.text:
                self.gap(a.cell, "amount_unreadable", f"{a.year}: {a.cell.text}", 1)
        return amounts

    def _row(self, raw: RawRow) -> IndicatorRow:
        return IndicatorRow(raw.indicator, self._read(raw.amounts), dict(raw.extras))

    def add_total(self, row: TotalRow, page: int) -> None:
        if self.section is None:
            self.gap(row.label, "total_outside_section")
            return
        for a in self._read(row.amounts):
            self.section.totals.append(PrintedTotal(self.section.directorate, a.year, a.amount, a.cell, row.label.text))


def page_kinds(parsed: list[PageTables]) -> list[str]:
    table_pages = [i for i, p in enumerate(parsed) if p.has_tables]
    first, last = table_pages[0], table_pages[-1]
    kinds = []
    in_sections = False
    for i, p in enumerate(parsed):
        in_sections = in_sections or any(isinstance(it, SectionTitle) for it in p.items)
        if p.has_tables:
            kinds.append("directorate" if in_sections else "strategic")
        elif i < first:
            kinds.append("front")
        elif i > last:
            kinds.append("back")
        else:
            kinds.append("part-title")
    return kinds


def alignment(parsed: list[PageTables]) -> str:
    """The document's alignment of merged cells' texts: the one its tables fit best, together."""
    bodies = [i for p in parsed for i in p.items if isinstance(i, Body)]
    return min(MODES, key=lambda m: sum(b.readings[m].cost for b in bodies))


def profile_of(parsed: list[PageTables], units: UnitNames, plan_years: list[int], number_style: str) -> Profile:
    headers = [i for p in parsed for i in p.items if isinstance(i, GoalHeader)]
    labels = Counter((h.layout.column("directorate").label, h.layout.column("indicator").label) for h in headers)
    (unit_header, indicator_header), _ = labels.most_common(1)[0]
    extras = list(dict.fromkeys(c.label for h in headers for c in h.layout.extra_columns))
    columns = Counter(h.layout.strategy for h in headers)
    rows = Counter(i.rows_strategy for p in parsed for i in p.items if isinstance(i, Body))
    return Profile(units.types, unit_header, indicator_header, extras, plan_years, number_style,
                   dict(columns), dict(rows), alignment(parsed))


def walk(doc: Document, parsed: list[PageTables], units: UnitNames) -> None:
    """Fill ``doc`` from the pages' tables, in printed order."""
    kinds = page_kinds(parsed)
    mode = alignment(parsed)
    w = _Walk(units, doc, doc.strategic)
    for tables, kind in zip(parsed, kinds):
        page = tables.page
        doc.pages.append(PageInfo(page, kind, tables=sum(isinstance(i, Body) for i in tables.items),  # type: ignore[arg-type]
                                  height=tables.height, turn=tables.turn))
        w.gaps.extend(tables.gaps)
        if tables.tabular and not tables.has_tables and kind != "front":
            w.gaps.append(Gap(page, BBox(0, 0, tables.width, tables.height), "", "table_unread", tables.amounts))
        continues = True  # until a title or header on this page starts a new table
        for item in tables.items:
            if isinstance(item, SectionTitle):
                w.enter_section(item, page)
                doc.pages[-1].title = item.text
            elif isinstance(item, AreaBand):
                doc.areas.setdefault(item.number, Area(item.number, item.title))
                w.area = item.number
            elif isinstance(item, AimTitle):
                aim = doc.aims.setdefault(item.number, Aim(item.number, item.title, page))
                if w.area is not None and aim.area_no is None:
                    aim.area_no = w.area
                if w.aim != item.number:
                    w.goal = None
                w.aim = item.number
                continues = continues and item.continued
            elif isinstance(item, GoalHeader):
                if item.layout.years != doc.plan_years:
                    w.problems.append(Problem(page, "plan_years_differ", f"{item.layout.years} ≠ {doc.plan_years}"))
                if item.number is None:
                    w.problems.append(Problem(page, "goal_unreadable"))
                elif w.aim is not None:
                    doc.aims[w.aim].goals.setdefault(item.number, Goal(item.number, item.title, page))
                continues = continues and w.goal == item.number
                w.goal = item.number
            elif isinstance(item, Body):
                w.add_body(item, page, continues, mode)
                continues = False
            elif isinstance(item, TotalRow):
                w.add_total(item, page)
    doc.problems = w.problems
    doc.gaps = w.gaps
