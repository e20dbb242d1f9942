"""The document model: what a performance programme says, with where it says it.

Every printed value is a :class:`Cell` that keeps its 1-based PDF page and its box, so that any
number in any output can be traced back to the page and shown to an auditor.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Iterable, Literal

View = Literal["strategic", "directorate"]


@dataclass(frozen=True, slots=True)
class BBox:
    """A box in PDF points, pdfplumber's convention: origin top-left, y grows downwards."""

    x0: float
    top: float
    x1: float
    bottom: float

    @staticmethod
    def around(boxes: Iterable["BBox"]) -> "BBox":
        """The smallest box holding all of ``boxes``."""
        boxes = list(boxes)
        return BBox(min(b.x0 for b in boxes), min(b.top for b in boxes),
                    max(b.x1 for b in boxes), max(b.bottom for b in boxes))


@dataclass(frozen=True, slots=True)
class Cell:
    """A table cell as printed: its text (wrapped lines joined by one space), page and box."""

    text: str
    page: int
    bbox: BBox
    conf: float | None = None  # read by OCR from a page image: the lowest confidence (0–100) of its words


GapReason = Literal[
    "outside_columns",  # a word inside a table but in no column
    "no_project",  # a table body in which no project row could be read
    "unit_beside_no_row",  # a unit cell beside no indicator row of its project
    "name_beside_no_project",  # a project name beside no project
    "code_unreadable",  # a project whose code cannot be read: its rows belong to no project
    "unit_missing",  # rows with no responsible unit
    "amount_unreadable",  # a budget or total cell that is not an amount
    "total_outside_section",  # a `… Toplamı` row outside any section
    "table_unread",  # a page that looks like a table page, from which no table was read
]


@dataclass(frozen=True)
class Gap:
    """Something printed inside a table that no cell took: the extractor could not read it.
    Reported as an ``extraction_gap`` finding with its page and box, so nothing is lost silently."""

    page: int
    bbox: BBox
    text: str
    reason: GapReason
    values: int = 0  # budget values lost with it (amounts in its text, or in the rows it holds)


ProblemReason = Literal[
    "part_repeated",  # a section page `(i/n)` printed twice
    "outside_goal",  # a project under no aim or goal heading
    "plan_years_differ",  # a table whose plan years are not the document's
    "goal_unreadable",  # a goal heading whose number cannot be read
]


@dataclass(frozen=True)
class Problem:
    """Something the extractor read but could not place. Reported as an ``extraction_problem``
    finding on its page; ``detail`` is the printed thing concerned (a title, a code, the years)."""

    page: int
    reason: ProblemReason
    detail: str = ""


@dataclass(frozen=True, slots=True)
class AmountCell:
    """One plan year's budget cell: ``amount`` is None for a blank cell and 0 for ``-``.

    ``note`` holds text printed where a number belongs (a merged cell with words in it).
    """

    year: int
    cell: Cell
    amount: int | None
    note: str = ""


@dataclass(slots=True)
class IndicatorRow:
    """One row of the table: a performance indicator and its budget cells, one per plan year."""

    indicator: Cell
    amounts: list[AmountCell]
    extras: dict[str, Cell] = field(default_factory=dict)  # extra text columns, by header label


@dataclass
class DirectorateCell:
    """The responsible unit's cell of a project (`İlgili Müdürlük`, `Sorumlu Birim` …), merged
    down over its indicator rows."""

    printed: Cell
    name: str  # canonical: the unit's own section heading in title case (`Fen İşleri Müdürlüğü`)
    rows: list[IndicatorRow] = field(default_factory=list)


@dataclass
class Project:
    """A project as printed in one copy, under the aim and goal it stands in."""

    code: str
    code_cell: Cell
    name: Cell
    aim_no: int
    goal_no: int
    directorates: list[DirectorateCell] = field(default_factory=list)

    @property
    def pages(self) -> list[int]:
        cells = [self.code_cell] + [d.printed for d in self.directorates]
        cells += [r.indicator for d in self.directorates for r in d.rows]
        return sorted({c.page for c in cells})


@dataclass
class Goal:
    number: int
    title: str
    page: int


@dataclass
class Aim:
    number: int
    title: str
    page: int
    area_no: int | None = None
    goals: dict[int, Goal] = field(default_factory=dict)


@dataclass
class Area:
    """A `STRATEJİK ALAN` band (printed in the directorate view)."""

    number: int
    title: str


@dataclass(frozen=True)
class PrintedTotal:
    """A section's printed `… Toplamı` for one plan year."""

    directorate: str
    year: int
    amount: int | None
    cell: Cell
    label: str


@dataclass
class Copy:
    """One printed copy of the programme's lines: the strategic view or one directorate section."""

    view: View
    section: str  # canonical directorate of the section; "" for the strategic view
    projects: list[Project] = field(default_factory=list)


@dataclass
class Section:
    """A part-2 section: `X MÜDÜRLÜĞÜ (i/n)` pages and the total that closes them."""

    directorate: str
    printed_title: str
    parts: dict[int, int] = field(default_factory=dict)  # part number i -> pdf page
    part_count: int = 0
    copy: Copy | None = None
    totals: list[PrintedTotal] = field(default_factory=list)


@dataclass
class Profile:
    """What this document's layout is made of, read from its own pages: the unit types its
    section headings end with, its column headers, plan years, number style, and the column and
    row strategies its tables were read with."""

    unit_types: list[str] = field(default_factory=list)
    unit_header: str = ""
    indicator_header: str = ""
    extra_headers: list[str] = field(default_factory=list)
    plan_years: list[int] = field(default_factory=list)
    number_style: str = ""  # e.g. `1.000.000` or `1,000,000.00`
    column_strategies: dict[str, int] = field(default_factory=dict)  # strategy -> tables read with it
    row_strategies: dict[str, int] = field(default_factory=dict)
    alignment: str = ""  # where merged cells' texts stand: "middle", "top" or "bottom"


PageKind = Literal["cover", "front", "part-title", "strategic", "directorate", "back", "other"]


@dataclass
class PageInfo:
    number: int
    kind: PageKind
    title: str = ""
    tables: int = 0
    height: float = 0.0  # points, to turn pdfplumber's top-down boxes into PDF coordinates
    turn: int = 0  # clockwise degrees the page was turned to be read (a scan fed sideways): its boxes are the upright page's


@dataclass
class Document:
    """Everything extracted from one programme PDF."""

    source: str
    sha256: str
    page_count: int
    municipality: str
    edition_year: int | None
    plan_years: list[int]
    pages: list[PageInfo]
    areas: dict[int, Area]
    aims: dict[int, Aim]
    strategic: Copy
    sections: list[Section]
    directorates: list[str]  # canonical names, in the order the sections are printed
    problems: list[Problem] = field(default_factory=list)  # what was read but could not be placed
    gaps: list[Gap] = field(default_factory=list)  # table text no cell took, with page and box
    profile: "Profile | None" = None  # the layout's vocabulary, as read from the document
    ocr_pages: list[int] = field(default_factory=list)  # pages read from their image (a scan), 1-based
    selection: str = ""  # the pages read when not all were (`--pages`, canonical: ``1-40,60``)

    @property
    def values_read(self) -> int:
        """Budget and total cells read as amounts (a dash included)."""
        cells = [a for c in self.copies for p in c.projects for d in p.directorates for r in d.rows for a in r.amounts]
        return sum(a.amount is not None for a in cells) + sum(t.amount is not None for s in self.sections for t in s.totals)

    @property
    def values_unread(self) -> int:
        """Budget values printed in tables that no cell took or that could not be read."""
        return sum(g.values for g in self.gaps)

    @property
    def copies(self) -> list[Copy]:
        return [self.strategic] + [s.copy for s in self.sections if s.copy is not None]

    @property
    def slug(self) -> str:
        from .text import slugify

        name = re.sub(r"(?i)\s+(belediyesi|belediye\s+başkanlığı)$", "", self.municipality)
        parts = [slugify(name) or "programme"]
        if self.edition_year:
            parts.append(str(self.edition_year))
        return "-".join(parts)
