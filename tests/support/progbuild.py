"""Render a synthetic Performans Programı to PDF from known data, and return its ground truth.

Extraction tests need PDFs in which every amount, page and spelling is known in advance; the real
reference (Defne 2023, made by LibreOffice Writer) only comes with hand-checked data. This builder
redraws the reference layout with reportlab — landscape A4, aim tables whose cells are merged down
over the rows they cover — and lets a test vary what real producers vary: font, number style,
ruling, cell alignment, fake bold, header words, extra text columns, plan years, page breaks, and
disagreements between the printed copies. :mod:`.htmlbuild` prints the same pages through Chromium
and :mod:`.randprog` draws whole programmes and layouts at random.

Layout choices the reference does not settle:

* A project is kept whole on a page when it fits (as Writer does with its rows). If it is taller
  than a page, or ``split_projects=True``, it is split between two indicator rows; the part on the
  next page prints its code, name and directorate cells again, so every page is self-contained.
* The printed ``… Toplamı`` is ``-`` when the sum is 0, as in the reference.
* A directorate listed in :attr:`Programme.directorates` that has no project gets no section.
* Columns get the reference's widths in proportion (extra text columns take their share), but
  never less than their widest word or amount: no text ever overflows its cell.
"""
from __future__ import annotations

import copy as _copy
import json
import os
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, Literal

import pandas as pd
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

Amount = int | str | None
"""A budget cell: an int prints as a number, ``None`` leaves the cell blank, ``"-"`` prints a dash."""

NumberStyle = Literal["comma", "dot", "dot_decimals"]
Rules = Literal["grid", "rows", "projects", "none", "horizontal"]
RULE_STYLES = ("grid", "rows", "projects", "none")
"""``horizontal`` is the older name of ``rows``."""
VAlign = Literal["middle", "top"]
ExtraPlace = Literal["unit", "indicator"]
"""An extra text column stands right after the unit column or right after the indicator column."""
PageKind = Literal["front", "part-title", "strategic", "directorate", "back"]
RGB = tuple[float, float, float]


# --------------------------------------------------------------------------------------------
# The programme to print
# --------------------------------------------------------------------------------------------

@dataclass
class Line:
    """One indicator row: one amount per plan year, or a single text printed in one cell merged
    across all year columns (the reference's ``Hatay Büyükşehir Belediyesinden talep edilecek``).
    ``extras`` holds the row's texts in the extra columns (`Açıklama`, …) by header; a header left
    out prints a blank cell."""

    indicator: str
    amounts: list[Amount] | str
    extras: dict[str, str] = field(default_factory=dict)


@dataclass
class DirBlock:
    """A unit's share of a project: its `İlgili Müdürlük` cell merged down over its lines.

    ``directorate`` is the canonical name (`X Müdürlüğü`, `X Dairesi Başkanlığı`, …); left as None
    it is resolved from the printed spelling (full, or abbreviated as in :data:`UNIT_TYPES`), so it
    is only needed for misspellings.
    """

    directorate_printed: str
    lines: list[Line] = field(default_factory=list)
    directorate: str | None = None


@dataclass
class Project:
    code: str
    name: str
    blocks: list[DirBlock]


@dataclass
class Goal:
    no: int
    title: str
    projects: list[Project]


@dataclass
class Aim:
    no: int
    title: str
    goals: list[Goal]
    area_no: int


@dataclass
class Area:
    no: int
    title: str


@dataclass(kw_only=True)
class Programme:
    """What the PDF says. ``directorates`` are canonical names, in the order sections are printed.

    ``municipality`` is the place (`Defne`), ``municipality_kind`` what follows it in the
    publisher's name (one of :data:`MUNICIPALITY_KINDS`). ``front_text``/``back_text`` are the
    paragraphs of the first and last page: None prints the reference's, ``[]`` leaves the page out.
    """

    municipality: str = "Defne"
    municipality_kind: str = "Belediyesi"
    edition_year: int = 2023
    plan_years: list[int] = field(default_factory=lambda: list(range(2020, 2025)))
    areas: list[Area]
    aims: list[Aim]
    directorates: list[str]
    front_text: list[str] | None = None
    back_text: list[str] | None = None

    @property
    def authority(self) -> str:
        """The publisher as printed: `Defne Belediyesi`, `Karaçay Büyükşehir Belediyesi`, …"""
        return f"{self.municipality} {self.municipality_kind}"


@dataclass
class Truth:
    """What an extractor must find in the built PDF (columns as in shared/README.md).

    ``budget_lines`` has :data:`BUDGET_LINE_COLUMNS` and then ``extras``: the row's extra columns
    as a JSON object {header: text} in printed order (``{}`` when the document has none).
    """

    budget_lines: pd.DataFrame
    printed_totals: pd.DataFrame
    section_pages: pd.DataFrame  # directorate, part, part_count, pdf_page
    page_kinds: dict[int, PageKind]
    municipality: str = ""  # the place, `Defne`
    authority: str = ""  # the publisher, `Defne Belediyesi`
    edition_year: int = 0
    plan_years: list[int] = field(default_factory=list)

    @property
    def page_count(self) -> int:
        return len(self.page_kinds)


BUDGET_LINE_COLUMNS = ["view", "section", "pdf_page", "aim_no", "goal_no", "project_code",
                       "directorate", "indicator", "year", "amount"]
TRUTH_LINE_COLUMNS = [*BUDGET_LINE_COLUMNS, "extras"]
PRINTED_TOTAL_COLUMNS = ["directorate", "year", "amount", "pdf_page"]
SECTION_PAGE_COLUMNS = ["directorate", "part", "part_count", "pdf_page"]
STRATEGIC = "strategic"
"""Key of the part-1 copy in ``build_programme(copies=...)``."""

MUNICIPALITY_KINDS = ("Belediyesi", "Büyükşehir Belediyesi", "Belediye Başkanlığı", "İl Özel İdaresi")
UNIT_TYPES: dict[str, tuple[str, ...]] = {
    "Müdürlüğü": ("Md.", "Müd."),
    "Dairesi Başkanlığı": ("Dai. Bşk.", "Daire Bşk.", "D. Başk."),
    "Daire Başkanlığı": ("Dai. Bşk.", "Daire Bşk.", "D. Başk."),
    "Şube Müdürlüğü": ("Şb. Md.", "Şube Md."),
    "Başkanlığı": (),
    "Birimi": (),
}
"""Unit types as section headings end, with the abbreviations table cells print them with."""


def find_project(aims: Sequence[Aim], code: str) -> Project:
    """The project printed with ``code``: handy to mutate a deepcopy for one copy of the lines."""
    for aim in aims:
        for goal in aim.goals:
            for project in goal.projects:
                if project.code == code:
                    return project
    raise KeyError(code)


def clone_aims(programme: Programme) -> list[Aim]:
    """A deep copy of the programme's aims, to mutate into what one copy prints."""
    return _copy.deepcopy(programme.aims)


def turkish_upper(text: str) -> str:
    """Upper case with Turkish dotted/dotless i, as section titles are printed."""
    return text.replace("i", "İ").replace("ı", "I").upper()


def turkish_lower(text: str) -> str:
    """Lower case with Turkish dotted/dotless i (Python's own makes `İ` two characters)."""
    return text.replace("İ", "i").replace("I", "ı").lower()


_LOWER_WORDS = frozenset({"ve", "ile"})


def turkish_title(text: str) -> str:
    """Title case as canonical unit names are written: `FEN İŞLERİ VE ...` → `Fen İşleri ve ...`."""
    words = turkish_lower(text).split()
    return " ".join(w if i and w in _LOWER_WORDS else turkish_upper(w[:1]) + w[1:]
                    for i, w in enumerate(words))


# --------------------------------------------------------------------------------------------
# Fonts
# --------------------------------------------------------------------------------------------

_FONT_DIRS = ("/usr/share/fonts/truetype/dejavu", "/usr/share/fonts/truetype/liberation2",
              "/usr/share/fonts/truetype/liberation")
_FONT_FILES = {
    "DejaVuSans": ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf"),
    "DejaVuSerif": ("DejaVuSerif.ttf", "DejaVuSerif-Bold.ttf"),
    "LiberationSans": ("LiberationSans-Regular.ttf", "LiberationSans-Bold.ttf"),
    "LiberationSerif": ("LiberationSerif-Regular.ttf", "LiberationSerif-Bold.ttf"),
}


def _font_path(name: str) -> Path | None:
    for folder in _FONT_DIRS:
        path = Path(folder) / name
        if path.is_file():
            return path
    return None


def available_fonts() -> list[str]:
    """Font families installed on this machine (tests skip the others)."""
    return [family for family, files in _FONT_FILES.items()
            if all(_font_path(f) is not None for f in files)]


def _register(family: str) -> tuple[str, str]:
    """Register a family's regular and bold faces with reportlab once; return their names."""
    if family not in available_fonts():
        raise ValueError(f"font {family!r} is not installed; available: {available_fonts()}")
    names = (family, f"{family}-Bold")
    for name, file in zip(names, _FONT_FILES[family]):
        if name not in pdfmetrics.getRegisteredFontNames():
            pdfmetrics.registerFont(TTFont(name, str(_font_path(file))))
    return names


# --------------------------------------------------------------------------------------------
# Geometry, measured on the reference (points, origin top-left like pdfplumber)
# --------------------------------------------------------------------------------------------

PAGE_W, PAGE_H = 841.89, 595.28
TABLE_X0, TABLE_X1 = 51.0, 790.9
TEXT_WIDTHS = (53.8, 165.0, 73.7, 159.4)  # code, name, directorate, indicator
YEARS_WIDTH = TABLE_X1 - TABLE_X0 - sum(TEXT_WIDTHS)
EXTRA_WIDTHS = {"Açıklama": 85.0, "İşbirliği Yapılacak Birimler": 85.0, "Ölçü Birimi": 50.0}
EXTRA_WIDTH = 70.0  # an extra column with another header
PAD_LEFT, PAD_RIGHT, PAD_Y = 3.2, 3.0, 1.1
LEADING = 1.22  # times the font size
LINE_WIDTH = 0.5
BROWSER_LINE_WIDTH = 0.75  # a CSS pixel: the thinnest border Chromium prints
GAP = 7.8  # between tables and bands
TOP_STRATEGIC = 50.15
TOP_SECTION = 67.3
SECTION_TITLE_TOP = 42.2
PAGE_NUMBER_TOP = 564.2
FAKE_BOLD_OFFSET = 0.5
TITLE_FILL: RGB = (0.851, 0.851, 0.851)
HEADER_FILL: RGB = (0.929, 0.929, 0.929)
BAND_FILL: RGB = (0.984, 0.894, 0.835)

CODE, NAME, UNIT, INDICATOR, YEAR = "code", "name", "unit", "indicator", "year"
"""Keys of the fixed columns; an extra column's key is its header."""
_BASE_WIDTHS = dict(zip((CODE, NAME, UNIT, INDICATOR), TEXT_WIDTHS))


@dataclass(frozen=True, kw_only=True)
class PrintOptions:
    """How to print a programme: everything a producer varies besides the content.

    ``rules``: ``grid`` every cell boundary; ``rows`` (alias ``horizontal``) horizontal rules
    between cells that do not merge, no vertical rule, one fill per header row; ``projects`` the
    table's outer frame and horizontal rules around title, header and total rows and between
    projects only (like ``defne-2023-norules``); ``none`` no rule at all, one fill per header row.
    ``rect_cells`` draws every rule as a 0.5 pt filled box. ``valign`` places cell text in the
    middle of its cell (the reference) or at its top (Word's default).
    ``unit_header``/``indicator_header`` head the unit and indicator columns;
    ``extra_columns`` adds text columns, (header, the column it follows), e.g. ``("Açıklama",
    "indicator")``, filled from :attr:`Line.extras`.
    ``repeat_header_on_continuation``: None prints like the reference (part 1 repeats the aim title
    with ``(…devamı)`` and the goal header on a continuation page, part 2 does not); True or False
    applies to both parts. ``max_rows_per_page`` caps the project rows on a page and
    ``page_bottom`` is where content must end, so tests can force page breaks; ``split_projects``
    lets a project break between its rows instead of moving whole to the next page.
    ``copies`` replaces what one copy prints — key ``"strategic"`` for part 1 or a canonical
    directorate for its section — to plant disagreements (see :func:`find_project`).
    ``total_overrides[(directorate, year)]`` replaces a printed total (None prints a blank).
    ``fake_bold`` draws all bold text (titles, headers, bands, totals) in the regular face twice,
    0.5 pt apart, so pdfplumber reads ``BBüüttççee``.
    """

    font: str = "DejaVuSans"
    font_size: float = 8.0
    number_style: NumberStyle = "comma"
    rules: Rules = "grid"
    valign: VAlign = "middle"
    unit_header: str = "İlgili Müdürlük"
    indicator_header: str = "Performans Göstergesi"
    extra_columns: Sequence[tuple[str, ExtraPlace]] = ()
    rect_cells: bool = False
    fake_bold: bool = False
    repeat_header_on_continuation: bool | None = None
    split_projects: bool = False
    max_rows_per_page: int | None = None
    page_bottom: float = 545.0
    copies: Mapping[str, Sequence[Aim]] | None = None
    total_overrides: Mapping[tuple[str, int], int | None] | None = None


@dataclass
class _Style:
    """The resolved print options the layout and the painter work from."""

    font: str
    bold_font: str
    size: float
    number_style: NumberStyle
    rules: str  # one of RULE_STYLES
    rect_cells: bool
    fake_bold: bool
    page_bottom: float
    max_rows_per_page: int | None
    split_projects: bool
    valign: VAlign
    unit_header: str
    indicator_header: str
    extra_columns: tuple[tuple[str, ExtraPlace], ...]
    line_width: float = LINE_WIDTH
    segmented: bool = False  # rules cut at every cell corner, as a browser draws cell borders
    columns: list[float] = field(default_factory=list)

    @property
    def leading(self) -> float:
        return self.size * LEADING

    @property
    def text_columns(self) -> list[str]:
        """Keys of the columns left of the years, in printed order."""
        after_unit = [h for h, at in self.extra_columns if at == UNIT]
        after_indicator = [h for h, at in self.extra_columns if at == INDICATOR]
        return [CODE, NAME, UNIT, *after_unit, INDICATOR, *after_indicator]

    @property
    def extra_headers(self) -> list[str]:
        """The extra columns' headers in printed order."""
        return [k for k in self.text_columns if k not in _BASE_WIDTHS]

    def face(self, bold: bool) -> str:
        """Faked bold is the regular face drawn twice."""
        return self.bold_font if bold and not self.fake_bold else self.font

    def width(self, text: str, bold: bool = False, size: float | None = None) -> float:
        return pdfmetrics.stringWidth(text, self.face(bold), size or self.size)

    def wrap(self, text: str, width: float, bold: bool = False, size: float | None = None) -> list[str]:
        """Greedy word wrap; a word wider than the cell is an error, not a silent overflow."""
        lines: list[str] = []
        for word in text.split():
            if self.width(word, bold, size) > width:
                raise ValueError(f"word {word!r} is wider than its cell ({width:.0f} pt)")
            if lines and self.width(f"{lines[-1]} {word}", bold, size) <= width:
                lines[-1] = f"{lines[-1]} {word}"
            else:
                lines.append(word)
        return lines

    def cell_height(self, n_lines: int) -> float:
        return 2 * PAD_Y + max(n_lines, 1) * self.leading

    def number(self, value: int) -> str:
        text = f"{abs(value):,}"
        if self.number_style != "comma":
            text = text.replace(",", ".")
        if self.number_style == "dot_decimals":
            text += ",00"
        return f"-{text}" if value < 0 else text


class TableTooWide(ValueError):
    """The columns' widest words and amounts add up to more than the table's width."""


def _allocate(base: Sequence[float], least: Sequence[float], total: float) -> list[float]:
    """Widths in proportion to ``base`` that add up to ``total``, none below its ``least``."""
    fixed: dict[int, float] = {}
    while True:
        free = [i for i in range(len(base)) if i not in fixed]
        room = total - sum(fixed.values())
        if not free or room <= 0:
            raise TableTooWide("the texts and amounts are too wide for the table at this font size")
        scale = room / sum(base[i] for i in free)
        short = [i for i in free if base[i] * scale < least[i]]
        if not short:
            return [fixed[i] if i in fixed else base[i] * scale for i in range(len(base))]
        fixed.update((i, least[i]) for i in short)


def _columns(style: _Style, least: Mapping[str, float], n_years: int) -> list[float]:
    """Column boundaries: the reference's widths (and the extra columns' share) in proportion,
    each column at least as wide as its widest word or amount."""
    keys = [*style.text_columns, *[YEAR] * n_years]
    base = [YEARS_WIDTH / n_years if k == YEAR else _BASE_WIDTHS.get(k, EXTRA_WIDTHS.get(k, EXTRA_WIDTH))
            for k in keys]
    xs = [TABLE_X0]
    for w in _allocate(base, [least.get(k, 0.0) for k in keys], TABLE_X1 - TABLE_X0):
        xs.append(xs[-1] + w)
    return xs


# --------------------------------------------------------------------------------------------
# Tables as grids of merged cells
# --------------------------------------------------------------------------------------------

@dataclass
class _Cell:
    """A cell covering rows [r0, r1) and columns [c0, c1) of its block."""

    r0: int
    r1: int
    c0: int
    c1: int
    lines: list[str] = field(default_factory=list)
    align: Literal["left", "right", "center"] = "left"
    bold: bool = False
    fill: RGB | None = None


@dataclass
class _Block:
    """Rows that go on one page together. ``lines``/``totals`` are truth rows still lacking the page;
    ``body_rows`` > 0 marks a project's rows."""

    heights: list[float]
    cells: list[_Cell]
    body_rows: int = 0
    lines: list[dict[str, object]] = field(default_factory=list)
    totals: list[tuple[str, int, int | None]] = field(default_factory=list)

    @property
    def height(self) -> float:
        return sum(self.heights)


@dataclass
class _Text:
    x: float
    baseline: float
    text: str
    font: str
    size: float


@dataclass
class _Page:
    """What one page draws: texts, rules (x0, top, x1, bottom) and fills, in page points."""

    kind: PageKind
    texts: list[_Text] = field(default_factory=list)
    rules: list[tuple[float, float, float, float]] = field(default_factory=list)
    fills: list[tuple[float, float, float, float, RGB]] = field(default_factory=list)


class _Painter:
    """Puts text and tables on pages; knows the style, not the programme."""

    def __init__(self, style: _Style):
        self.style = style
        self.descent = pdfmetrics.getFont(style.font).face.descent / 1000

    def text(self, page: _Page, x: float, top: float, text: str, bold: bool = False,
             size: float | None = None) -> None:
        """Draw one line whose glyph boxes start at ``top``; bold may be faked by drawing twice."""
        size = size or self.style.size
        baseline = top + size * (1 + self.descent)
        font = self.style.face(bold)
        page.texts.append(_Text(x, baseline, text, font, size))
        if bold and self.style.fake_bold:
            page.texts.append(_Text(x + FAKE_BOLD_OFFSET, baseline, text, font, size))

    def lines_in_box(self, page: _Page, cell: _Cell, x0: float, top: float, x1: float,
                     bottom: float) -> None:
        """Cell text at the top or in the middle of the box; horizontally as the cell says."""
        style = self.style
        if style.valign == "top":
            y = top + PAD_Y
        else:
            y = top + (bottom - top - len(cell.lines) * style.leading) / 2
        for line in cell.lines:
            width = style.width(line, cell.bold)
            if cell.align == "left":
                x = x0 + PAD_LEFT
            elif cell.align == "right":
                x = x1 - PAD_RIGHT - width
            else:
                x = (x0 + x1 - width) / 2
            self.text(page, x, y + (style.leading - style.size) / 2, line, cell.bold)
            y += style.leading

    def table(self, page: _Page, top: float, blocks: Sequence[_Block]) -> None:
        """Draw blocks as one table: fills, text, and the rules the style asks for."""
        style, xs = self.style, self.style.columns
        heights: list[float] = []
        cells: list[_Cell] = []
        inside: set[int] = set()  # row boundaries within a project
        for block in blocks:
            offset = len(heights)
            cells += [replace(c, r0=c.r0 + offset, r1=c.r1 + offset) for c in block.cells]
            if block.body_rows:
                inside.update(range(offset + 1, offset + len(block.heights)))
            heights += block.heights
        ys = [top]
        for h in heights:
            ys.append(ys[-1] + h)
        n_rows, n_cols = len(heights), len(xs) - 1
        owner = [[-1] * n_cols for _ in range(n_rows)]
        for i, c in enumerate(cells):
            for r in range(c.r0, c.r1):
                for col in range(c.c0, c.c1):
                    owner[r][col] = i
        assert all(i >= 0 for row in owner for i in row), "table grid has a hole"

        fills: dict[tuple[int, int, RGB], list[float]] = {}
        for c in cells:
            if c.fill is None:
                continue
            if style.rules in ("grid", "projects"):
                page.fills.append((xs[c.c0], ys[c.r0], xs[c.c1], ys[c.r1], c.fill))
            else:  # one band per row: no fill edge may betray a column boundary
                span = fills.setdefault((c.r0, c.r1, c.fill), [xs[c.c1], xs[c.c0]])
                span[0], span[1] = min(span[0], xs[c.c0]), max(span[1], xs[c.c1])
        for (r0, r1, fill), (x0, x1) in fills.items():
            page.fills.append((x0, ys[r0], x1, ys[r1], fill))
        for c in cells:
            self.lines_in_box(page, c, xs[c.c0], ys[c.r0], xs[c.c1], ys[c.r1])
        self.table_rules(page, owner, xs, ys, inside)

    def table_rules(self, page: _Page, owner: list[list[int]], xs: Sequence[float],
                    ys: Sequence[float], inside: set[int]) -> None:
        """The rules of one table as its style asks (see :class:`PrintOptions`); ``owner`` maps
        every grid position to its cell, ``inside`` holds the row boundaries within a project."""
        rules, n_rows, n_cols = self.style.rules, len(owner), len(owner[0])

        def splits_row(r: int, j: int) -> bool:  # a cell boundary at column boundary j in row r
            return 0 <= r < n_rows and owner[r][j - 1] != owner[r][j]

        def splits_col(c: int, k: int) -> bool:  # a cell boundary at row boundary k in column c
            return 0 <= c < n_cols and owner[k - 1][c] != owner[k][c]

        for k in range(n_rows + 1):
            if rules in ("grid", "rows"):
                ruled = [k in (0, n_rows) or splits_col(col, k) for col in range(n_cols)]
            else:
                ruled = [rules == "projects" and k not in inside] * n_cols
            cuts = {j for j in range(1, n_cols) if splits_row(k - 1, j) or splits_row(k, j)}
            for a, b in _runs(ruled, cuts if self.style.segmented else set()):
                page.rules.append((xs[a], ys[k], xs[b], ys[k]))
        for j in range(n_cols + 1):
            if rules == "grid":
                ruled = [j in (0, n_cols) or splits_row(r, j) for r in range(n_rows)]
            else:
                ruled = [rules == "projects" and j in (0, n_cols)] * n_rows
            cuts = {k for k in range(1, n_rows) if splits_col(j - 1, k) or splits_col(j, k)}
            for a, b in _runs(ruled, cuts if self.style.segmented else set()):
                page.rules.append((xs[j], ys[a], xs[j], ys[b]))

    def band(self, page: _Page, top: float, lines: list[str], size: float) -> float:
        """A `STRATEJİK ALAN` band: filled, framed as the style frames tables, bold; returns its
        height."""
        height = _band_height(len(lines), size)
        page.fills.append((TABLE_X0, top, TABLE_X1, top + height, BAND_FILL))
        if self.style.rules != "none":
            page.rules += [(TABLE_X0, top, TABLE_X1, top), (TABLE_X0, top + height, TABLE_X1, top + height)]
        if self.style.rules in ("grid", "projects"):
            page.rules += [(TABLE_X0, top, TABLE_X0, top + height), (TABLE_X1, top, TABLE_X1, top + height)]
        y = top + PAD_Y + 1
        for line in lines:
            self.text(page, TABLE_X0 + PAD_LEFT, y + size * (LEADING - 1) / 2, line, True, size)
            y += size * LEADING
        return height


def _band_height(n_lines: int, size: float) -> float:
    return 2 * PAD_Y + 2 + n_lines * size * LEADING


def _runs(flags: list[bool], cuts: set[int] | frozenset[int] = frozenset()) -> list[tuple[int, int]]:
    """Maximal runs of True as (start, end) boundary indices, also ended at each index in ``cuts``:
    [T, T, F, T] -> [(0, 2), (3, 4)]; with cuts {1}: [(0, 1), (1, 2), (3, 4)]."""
    runs: list[tuple[int, int]] = []
    start = None
    for i, flag in enumerate([*flags, False]):
        if start is not None and (not flag or i in cuts):
            runs.append((start, i))
            start = None
        if flag and start is None:
            start = i
    return runs


# --------------------------------------------------------------------------------------------
# From the programme to blocks and pages
# --------------------------------------------------------------------------------------------

_SUFFIX = re.compile(r"\s+(" + "|".join(re.escape(s) for s in sorted(
    {s for full, abbreviations in UNIT_TYPES.items() for s in (full, *abbreviations)},
    key=len, reverse=True)) + r")$")


def _canonical(block: DirBlock, directorates: Sequence[str]) -> str:
    if block.directorate is not None:
        if block.directorate not in directorates:
            raise ValueError(f"{block.directorate!r} is not one of the programme's directorates")
        return block.directorate
    base = _SUFFIX.sub("", " ".join(block.directorate_printed.split()))
    for name in directorates:
        if _SUFFIX.sub("", name) == base:
            return name
    raise ValueError(f"cannot resolve {block.directorate_printed!r}; set DirBlock.directorate")


def _values(line: Line | None, n_years: int) -> list[int | None]:
    """Truth amounts of one row: blank and merged text are None, a dash is 0."""
    if line is None or isinstance(line.amounts, str):
        return [None] * n_years
    return [0 if a == "-" else a for a in line.amounts]  # type: ignore[misc]


_Row = tuple[int, DirBlock, Line | None]
"""(block index in its project, block, line); None: a directorate cell with no indicator row."""


def _rows(project: Project) -> list[_Row]:
    return [(i, b, line) for i, b in enumerate(project.blocks) for line in (b.lines or [None])]


class _Layout:
    """Flows the copies of the programme onto pages and records where every row landed."""

    def __init__(self, programme: Programme, style: _Style, repeat: Mapping[str, bool]):
        self.programme = programme
        self.style = style
        self.repeat = repeat  # view -> repeat title and goal header on continuation pages
        self.painter = _Painter(style)
        self.col = {key: i for i, key in enumerate(style.text_columns)}
        self.pages: list[_Page] = []
        self.lines: list[dict[str, object]] = []
        self.totals: list[dict[str, object]] = []
        self.section_pages: list[dict[str, object]] = []
        self.view, self.section = STRATEGIC, ""
        self.top = self.y = 0.0
        self.rows_on_page = 0
        self.piece: list[_Block] = []
        self.piece_top = 0.0

    # ---- cells ------------------------------------------------------------------------------
    def _span(self, c0: int, c1: int) -> float:
        xs = self.style.columns
        return xs[c1] - xs[c0] - PAD_LEFT - PAD_RIGHT

    def _cell(self, r: int, c0: int, c1: int, text: str, align: Literal["left", "right", "center"] = "left",
              bold: bool = False, fill: RGB | None = None, r1: int | None = None) -> _Cell:
        lines = self.style.wrap(text, self._span(c0, c1), bold)
        return _Cell(r, r + 1 if r1 is None else r1, c0, c1, lines, align, bold, fill)

    def _block(self, n_rows: int, cells: list[_Cell], body_rows: int = 0,
               lines: list[dict[str, object]] | None = None,
               totals: list[tuple[str, int, int | None]] | None = None) -> _Block:
        """Row heights that fit every cell; a merged cell's surplus goes to its last row."""
        heights = [self.style.cell_height(1)] * n_rows
        for c in sorted(cells, key=lambda c: c.r1 - c.r0):
            need = self.style.cell_height(len(c.lines)) - sum(heights[c.r0:c.r1])
            if need > 0:
                heights[c.r1 - 1] += need
        return _Block(heights, cells, body_rows, lines or [], totals or [])

    @property
    def n_cols(self) -> int:
        return len(self.style.columns) - 1

    @property
    def n_text(self) -> int:
        """How many columns stand left of the years."""
        return len(self.col)

    def title_block(self, aim: Aim, continued: bool) -> _Block:
        text = f"Stratejik Amaç {aim.no}: {aim.title}" + (" (…devamı)" if continued else "")
        return self._block(1, [self._cell(0, 0, self.n_text, text, bold=True, fill=TITLE_FILL),
                               self._cell(0, self.n_text, self.n_cols, "Bütçe", "center", True, TITLE_FILL)])

    def header_block(self, goal: Goal) -> _Block:
        labels = {CODE: f"Stratejik Hedef {goal.no}", NAME: goal.title,
                  UNIT: self.style.unit_header, INDICATOR: self.style.indicator_header}
        texts = [labels.get(key, key) for key in self.col] + [str(y) for y in self.programme.plan_years]
        return self._block(1, [self._cell(0, c, c + 1, t, "left" if c < 2 else "center", True, HEADER_FILL)
                               for c, t in enumerate(texts)])

    def project_block(self, aim: Aim, goal: Goal, project: Project, rows: Sequence[_Row]) -> _Block:
        n, years, col = len(rows), self.programme.plan_years, self.col
        extras = self.style.extra_headers
        cells = [self._cell(0, col[CODE], col[CODE] + 1, f"Proje {project.code}", r1=n),
                 self._cell(0, col[NAME], col[NAME] + 1, project.name, r1=n)]
        records: list[dict[str, object]] = []
        start = 0
        for r, (index, block, line) in enumerate(rows):
            if r + 1 == n or rows[r + 1][0] != index:
                cells.append(self._cell(start, col[UNIT], col[UNIT] + 1, block.directorate_printed, r1=r + 1))
                start = r + 1
            cells.append(self._cell(r, col[INDICATOR], col[INDICATOR] + 1, line.indicator if line else ""))
            texts = {h: (line.extras.get(h, "") if line else "") for h in extras}
            cells += [self._cell(r, col[h], col[h] + 1, texts[h]) for h in extras]
            if line is not None and isinstance(line.amounts, str):
                cells.append(self._cell(r, self.n_text, self.n_cols, line.amounts, "center"))
            else:
                for c, amount in enumerate(line.amounts if line else [None] * len(years), start=self.n_text):
                    text = self.style.number(amount) if isinstance(amount, int) else (amount or "")
                    cells.append(self._cell(r, c, c + 1, text, "right"))
            records.append({"aim_no": aim.no, "goal_no": goal.no, "project_code": project.code,
                            "directorate": _canonical(block, self.programme.directorates),
                            "indicator": " ".join(line.indicator.split()) if line else "",
                            "extras": json.dumps({h: " ".join(t.split()) for h, t in texts.items()},
                                                 ensure_ascii=False),
                            "values": _values(line, len(years))})
        return self._block(n, cells, body_rows=n, lines=records)

    def total_block(self, directorate: str, amounts: Sequence[int | None]) -> _Block:
        """The empty row and the `X Toplamı:` row that close a section."""
        cells = [_Cell(0, 1, c, c + 1) for c in range(self.n_cols)]
        cells.append(self._cell(1, 0, self.n_text, f"{directorate} Toplamı:", "right", True))
        for c, amount in enumerate(amounts, start=self.n_text):
            text = "" if amount is None else self.style.number(amount) if amount else "-"
            cells.append(self._cell(1, c, c + 1, text, "right", True))
        years = self.programme.plan_years
        return self._block(2, cells, totals=[(directorate, y, a) for y, a in zip(years, amounts)])

    # ---- pages ------------------------------------------------------------------------------
    def new_page(self, kind: PageKind) -> _Page:
        page = _Page(kind)
        self.pages.append(page)
        self.top = self.y = TOP_SECTION if kind == "directorate" else TOP_STRATEGIC
        self.rows_on_page = 0
        return page

    def fits(self, blocks: Sequence[_Block], extra: float = 0.0) -> bool:
        rows = self.rows_on_page + sum(b.body_rows for b in blocks)
        limit = self.style.max_rows_per_page
        return (self.y + extra + sum(b.height for b in blocks) <= self.style.page_bottom
                and (limit is None or rows <= limit))

    def place(self, block: _Block) -> None:
        self.piece.append(block)
        self.y += block.height
        self.rows_on_page += block.body_rows
        page = len(self.pages)
        for rec in block.lines:
            for year, value in zip(self.programme.plan_years, rec["values"]):  # type: ignore[call-overload]
                self.lines.append({"view": self.view, "section": self.section, "pdf_page": page,
                                   **{k: v for k, v in rec.items() if k != "values"},
                                   "year": year, "amount": value})
        self.totals += [{"directorate": d, "year": y, "amount": a, "pdf_page": page}
                        for d, y, a in block.totals]

    def close_table(self) -> None:
        if self.piece:
            self.painter.table(self.pages[-1], self.piece_top, self.piece)
        self.piece = []

    def open_table(self) -> None:
        self.piece, self.piece_top = [], self.y

    def continue_table(self, aim: Aim, goal: Goal | None) -> None:
        """Page break inside an aim table; ``goal`` is the goal whose rows continue, if any."""
        self.close_table()
        self.new_page(self.pages[-1].kind)
        self.open_table()
        if self.repeat[self.view]:
            self.place(self.title_block(aim, continued=True))
            if goal is not None:
                self.place(self.header_block(goal))

    def first_piece(self, aim: Aim, goal: Goal) -> list[_Block]:
        """What must stand on the page together with a goal header: the first project, or its
        first row when projects may be split."""
        if not goal.projects:
            return []
        project = goal.projects[0]
        rows = _rows(project)
        return [self.project_block(aim, goal, project, rows if not self.style.split_projects else rows[:1])]

    def place_project(self, aim: Aim, goal: Goal, project: Project) -> None:
        rows = _rows(project)
        while True:
            whole = self.project_block(aim, goal, project, rows)
            if self.fits([whole]):
                self.place(whole)
                return
            if self.style.split_projects or self.rows_on_page == 0:
                head = None
                for j in range(len(rows) - 1, 0, -1):
                    candidate = self.project_block(aim, goal, project, rows[:j])
                    if self.fits([candidate]):
                        head = candidate
                        break
                if head is not None:
                    self.place(head)
                    rows = rows[len(head.heights):]
                elif self.rows_on_page == 0:
                    raise ValueError(f"a row of project {project.code} does not fit on a page")
            self.continue_table(aim, goal)

    def lay_aim(self, aim: Aim, band: list[str], totals: _Block | None) -> None:
        """One aim table (with the area band before it, and the section total closing it)."""
        band_size = self.style.size + 1
        band_h = _band_height(len(band), band_size) + GAP if band else 0.0
        head = [self.title_block(aim, continued=False)]
        if aim.goals:
            head += [self.header_block(aim.goals[0]), *self.first_piece(aim, aim.goals[0])]
        if not self.fits(head, band_h) and self.y > self.top:
            self.new_page(self.pages[-1].kind)
        if band:
            self.y += self.painter.band(self.pages[-1], self.y, band, band_size) + GAP
        self.open_table()
        self.place(head[0])
        goal = None
        for goal in aim.goals:
            keep = [self.header_block(goal), *self.first_piece(aim, goal)]
            if not self.fits(keep) and self.rows_on_page:
                self.continue_table(aim, None)
            self.place(keep[0])
            for project in goal.projects:
                self.place_project(aim, goal, project)
        if totals is not None:
            if not self.fits([totals]) and self.rows_on_page:
                self.continue_table(aim, goal)
            self.place(totals)
        self.close_table()
        self.y += GAP

    def lay_copy(self, view: str, section: str, aims: Sequence[Aim], totals: _Block | None) -> None:
        self.view, self.section = view, section
        first_page = len(self.pages)
        self.new_page("strategic" if view == STRATEGIC else "directorate")
        area = None
        areas = {a.no: a for a in self.programme.areas}
        for i, aim in enumerate(aims):
            band: list[str] = []
            if view != STRATEGIC and aim.area_no != area:
                area = aim.area_no
                text = f"STRATEJİK ALAN {area} - {turkish_upper(areas[area].title)}"
                band = self.style.wrap(text, TABLE_X1 - TABLE_X0 - 2 * PAD_LEFT, True, self.style.size + 1)
            self.lay_aim(aim, band, totals if i == len(aims) - 1 else None)
        if view != STRATEGIC:
            pages = self.pages[first_page:]
            size = self.style.size + 0.5
            for part, page in enumerate(pages, start=1):
                title = f"{turkish_upper(section)} ({part}/{len(pages)})"
                x = (PAGE_W - self.style.width(title, True, size)) / 2
                self.painter.text(page, x, SECTION_TITLE_TOP, title, True, size)
                self.section_pages.append({"directorate": section, "part": part,
                                           "part_count": len(pages), "pdf_page": first_page + part})

    def text_page(self, kind: PageKind, heading: str, paragraphs: Sequence[str]) -> None:
        page = self.new_page(kind)
        size = self.style.size + 1
        self.painter.text(page, TABLE_X0, self.y, heading, True, self.style.size + 4)
        self.y += 2.5 * self.style.size + 8
        for paragraph in paragraphs:
            for line in self.style.wrap(paragraph, TABLE_X1 - TABLE_X0, size=size):
                self.painter.text(page, TABLE_X0, self.y, line, size=size)
                self.y += size * LEADING
            self.y += size

    def part_title_page(self, lines: Sequence[str]) -> None:
        """The big part title; the reference fakes its bold by drawing it twice, so do we."""
        page = self.new_page("part-title")
        size = 34.0
        y = 170.0
        for line in lines:
            x = (PAGE_W - pdfmetrics.stringWidth(line, self.style.bold_font, size)) / 2
            page.texts += [_Text(x + dx, y + size * (1 + self.painter.descent), line,
                                 self.style.bold_font, size) for dx in (0, FAKE_BOLD_OFFSET)]
            y += size * 1.25

    def number_pages(self) -> None:
        """The page number, bottom centre, a point smaller than the body text."""
        size = max(self.style.size - 1, 6)
        for number, page in enumerate(self.pages, start=1):
            x = (PAGE_W - pdfmetrics.stringWidth(str(number), self.style.font, size)) / 2
            page.texts.append(_Text(x, PAGE_NUMBER_TOP + size * (1 + self.painter.descent), str(number),
                                    self.style.font, size))


# --------------------------------------------------------------------------------------------
# Build
# --------------------------------------------------------------------------------------------

def _section_aims(aims: Sequence[Aim], directorate: str, directorates: Sequence[str]) -> list[Aim]:
    """The projects a section prints: every one in which the directorate has a block, whole."""
    picked: list[Aim] = []
    for aim in aims:
        goals = [Goal(g.no, g.title, [p for p in g.projects
                                      if any(_canonical(b, directorates) == directorate for b in p.blocks)])
                 for g in aim.goals]
        goals = [g for g in goals if g.projects]
        if goals:
            picked.append(Aim(aim.no, aim.title, goals, aim.area_no))
    return picked


def _section_totals(aims: Sequence[Aim], directorate: str, programme: Programme) -> list[int]:
    sums = [0] * len(programme.plan_years)
    for aim in aims:
        for goal in aim.goals:
            for project in goal.projects:
                for block in project.blocks:
                    if _canonical(block, programme.directorates) == directorate:
                        for line in block.lines:
                            sums = [s + (v or 0) for s, v in zip(sums, _values(line, len(sums)))]
    return sums


def _check(programme: Programme, copies: Mapping[str, Sequence[Aim]], extra_headers: Sequence[str]) -> None:
    years = programme.plan_years
    if not years or years != list(range(years[0], years[0] + len(years))):
        raise ValueError(f"plan_years must be consecutive: {years}")
    areas = {a.no for a in programme.areas}
    for key, aims in copies.items():
        if key != STRATEGIC and key not in programme.directorates:
            raise ValueError(f"copies key {key!r} is neither {STRATEGIC!r} nor a directorate")
        for aim in aims:
            if aim.area_no not in areas:
                raise ValueError(f"aim {aim.no} names unknown area {aim.area_no}")
            for goal in aim.goals:
                for project in goal.projects:
                    if not project.blocks:
                        raise ValueError(f"project {project.code} has no directorate")
                    for block in project.blocks:
                        _canonical(block, programme.directorates)
                        for line in block.lines:
                            if unknown := set(line.extras) - set(extra_headers):
                                raise ValueError(f"{project.code}: extras for no printed column: {sorted(unknown)}")
                            if isinstance(line.amounts, str):
                                continue
                            if len(line.amounts) != len(years):
                                raise ValueError(f"{project.code}: {len(line.amounts)} amounts for "
                                                 f"{len(years)} plan years")
                            if any(isinstance(a, str) and a != "-" for a in line.amounts):
                                raise ValueError(f"{project.code}: a text amount must be '-'")


def _least_widths(style: _Style, programme: Programme, copies: Sequence[Sequence[Aim]],
                  totals: Sequence[int | None]) -> dict[str, float]:
    """Every column's widest word or amount, with the cell padding: the least width it needs."""
    widest: dict[str, float] = {}

    def see(key: str, text: str, bold: bool = False) -> None:
        for word in text.split():
            widest[key] = max(widest.get(key, 0.0), style.width(word, bold))

    headers = {UNIT: style.unit_header, INDICATOR: style.indicator_header}
    for key in style.extra_headers:
        see(key, key, bold=True)
    for key, text in headers.items():
        see(key, text, bold=True)
    for year in programme.plan_years:
        see(YEAR, str(year), bold=True)
    for total in totals:
        see(YEAR, style.number(total) if total else "-", bold=True)
    for aims in copies:
        for aim in aims:
            for goal in aim.goals:
                see(CODE, f"Stratejik Hedef {goal.no}", bold=True)
                see(NAME, goal.title, bold=True)
                for project in goal.projects:
                    see(CODE, f"Proje {project.code}")
                    see(NAME, project.name)
                    for block in project.blocks:
                        see(UNIT, block.directorate_printed)
                        for line in block.lines:
                            see(INDICATOR, line.indicator)
                            for key, text in line.extras.items():
                                see(key, text)
                            if not isinstance(line.amounts, str):
                                for a in line.amounts:
                                    see(YEAR, style.number(a) if isinstance(a, int) else a or "")
    return {key: w + PAD_LEFT + PAD_RIGHT + 0.01 for key, w in widest.items()}


_Section = tuple[str, list[Aim], list[int | None]]
"""A printed section: its directorate, the aims it prints, its printed totals."""


def _prepare(programme: Programme, options: PrintOptions, browser: bool
             ) -> tuple[_Style, dict[str, Sequence[Aim]], list[_Section]]:
    """Check the programme and options; the style with its columns, the copies, the sections."""
    if options.max_rows_per_page is not None and options.max_rows_per_page < 1:
        raise ValueError("max_rows_per_page must be at least 1")
    rules = "rows" if options.rules == "horizontal" else options.rules
    if rules not in RULE_STYLES:
        raise ValueError(f"rules must be one of {RULE_STYLES} (or 'horizontal'): {rules!r}")
    if options.valign not in ("middle", "top"):
        raise ValueError(f"valign must be 'middle' or 'top': {options.valign!r}")
    extras = tuple((header, place) for header, place in options.extra_columns)
    headers = [h for h, _ in extras]
    if len(set(headers)) != len(headers) or any(p not in (UNIT, INDICATOR) for _, p in extras):
        raise ValueError(f"extra_columns must be distinct (header, 'unit'|'indicator'): {extras}")
    copies = dict(options.copies or {})
    _check(programme, {STRATEGIC: programme.aims, **copies}, headers)
    regular, bold = _register(options.font)
    style = _Style(regular, bold, options.font_size, options.number_style, rules, options.rect_cells,
                   options.fake_bold, options.page_bottom, options.max_rows_per_page,
                   options.split_projects, options.valign, options.unit_header,
                   options.indicator_header, extras,
                   line_width=BROWSER_LINE_WIDTH if browser else LINE_WIDTH, segmented=browser)

    overrides = dict(options.total_overrides or {})
    sections: list[_Section] = []
    for name in programme.directorates:
        aims = _section_aims(copies.get(name, programme.aims), name, programme.directorates)
        if aims:
            totals: list[int | None] = list(_section_totals(aims, name, programme))
            for i, year in enumerate(programme.plan_years):
                totals[i] = overrides.pop((name, year), totals[i])
            sections.append((name, aims, totals))
    if overrides:
        raise ValueError(f"total_overrides for no printed section and year: {sorted(overrides)}")
    least = _least_widths(style, programme, [programme.aims, *copies.values()],
                          [t for _, _, ts in sections for t in ts])
    style.columns = _columns(style, least, len(programme.plan_years))
    return style, copies, sections


def table_fits(programme: Programme, **options: Any) -> bool:
    """Whether every column's widest word or amount fits the table's width with these options
    (else building raises :class:`TableTooWide`); cheap, nothing is laid out."""
    try:
        _prepare(programme, PrintOptions(**options), browser=False)
    except TableTooWide:
        return False
    return True


def lay_out(programme: Programme, options: PrintOptions, *, browser: bool = False
            ) -> tuple[list[_Page], _Style, Truth]:
    """Flow ``programme`` onto pages as ``options`` say. The pages hold what to draw (for
    reportlab here, or a browser in :mod:`.htmlbuild`: then rules are 0.75 pt thick and cut at
    every cell corner, as CSS borders are); the truth holds what an extractor must find."""
    style, copies, sections = _prepare(programme, options, browser)
    repeat = {STRATEGIC: options.repeat_header_on_continuation is not False,
              "directorate": bool(options.repeat_header_on_continuation)}
    layout = _Layout(programme, style, repeat)
    first, last = programme.plan_years[0], programme.plan_years[-1]
    front = _front_text(programme, browser) if programme.front_text is None else programme.front_text
    if front:
        layout.text_page("front", "1. Giriş", front)
    layout.part_title_page(["STRATEJİK ALANLAR BAZINDA", "PERFORMANS PROGRAMI"])
    layout.lay_copy(STRATEGIC, "", copies.get(STRATEGIC, programme.aims), None)
    for name, aims, totals in sections:
        layout.lay_copy("directorate", name, aims, layout.total_block(name, totals))
    back = _back_text(first, last) if programme.back_text is None else programme.back_text
    if back:
        layout.text_page("back", "3. Performans Denetimi ve Değerlendirme", back)
    layout.number_pages()

    lines = pd.DataFrame(layout.lines, columns=TRUTH_LINE_COLUMNS)
    lines["amount"] = lines["amount"].astype("Int64")
    printed = pd.DataFrame(layout.totals, columns=PRINTED_TOTAL_COLUMNS)
    printed["amount"] = printed["amount"].astype("Int64")
    truth = Truth(lines, printed, pd.DataFrame(layout.section_pages, columns=SECTION_PAGE_COLUMNS),
                  {i: p.kind for i, p in enumerate(layout.pages, start=1)},
                  municipality=programme.municipality, authority=programme.authority,
                  edition_year=programme.edition_year, plan_years=list(programme.plan_years))
    return layout.pages, style, truth


def build_programme(programme: Programme, path: str | os.PathLike[str], **options: Any) -> Truth:
    """Write the programme as a PDF at ``path`` and return what an extractor must find in it.

    ``options`` are the fields of :class:`PrintOptions` (font, font_size, number_style, rules,
    valign, unit_header, indicator_header, extra_columns, rect_cells, fake_bold,
    repeat_header_on_continuation, split_projects, max_rows_per_page, page_bottom, copies,
    total_overrides). The same programme and options give a byte-identical file.
    """
    pages, style, truth = lay_out(programme, PrintOptions(**options))
    _render(pages, Path(path), style, programme)
    return truth


def pdf_title(programme: Programme) -> str:
    """The document title every producer writes into the PDF's metadata."""
    return f"{programme.edition_year} Yılı Performans Programı"


def _render(pages: Sequence[_Page], path: Path, style: _Style, programme: Programme) -> None:
    pdf = canvas.Canvas(str(path), pagesize=(PAGE_W, PAGE_H), invariant=1)
    pdf.setTitle(pdf_title(programme))
    pdf.setAuthor(programme.authority)
    pdf.setCreator("perfprog tests.support.progbuild")
    pdf.setLineWidth(style.line_width)
    for page in pages:
        for x0, top, x1, bottom, rgb in page.fills:
            pdf.setFillColorRGB(*rgb)
            pdf.rect(x0, PAGE_H - bottom, x1 - x0, bottom - top, stroke=0, fill=1)
        pdf.setFillColorRGB(0, 0, 0)
        for x0, top, x1, bottom in page.rules:
            if style.rect_cells:  # a hairline box centred on the rule, as some producers draw
                h = style.line_width / 2
                pdf.rect(x0 - h, PAGE_H - bottom - h, x1 - x0 + 2 * h, bottom - top + 2 * h,
                         stroke=0, fill=1)
            else:
                pdf.line(x0, PAGE_H - top, x1, PAGE_H - bottom)
        for t in page.texts:
            pdf.setFont(t.font, t.size)
            pdf.drawString(t.x, PAGE_H - t.baseline, t.text)
        pdf.showPage()
    pdf.save()


def _front_text(programme: Programme, browser: bool = False) -> list[str]:
    """The reference's introduction. A browser cannot write the Author into the PDF, so there the
    page names the publisher in full first, as the metadata does in reportlab's PDFs."""
    edition, years = programme.edition_year, programme.plan_years
    named = [f"{programme.authority} {edition} Yılı Performans Programı."] if browser else []
    return named + [
        "Stratejik plan kamu kesiminde her geçen gün önem kazanan yönetim araçlarından biridir. "
        "Performans programı da stratejik plana uygun olarak kurumun uzun vadede yapmak istediği "
        "faaliyet ve projelerin rakamsal olarak ifadesidir.",
        f"{programme.municipality} Belediyemizin {edition} yılına ait performans programı "
        f"{years[0]}-{years[-1]} Stratejik Planı esas alınarak hazırlanmış olup stratejik alanlar, amaçlar, "
        "hedefler, projeler, ilgili müdürlükler, performans göstergeleri ve yıllara göre bütçeleri "
        "içermektedir. Çağdaş, güvenilir bir kent yaratmak için ölçülebilir hedefler konmuştur.",
    ]


def _back_text(first: int, last: int) -> list[str]:
    return [
        "Stratejik yönetim anlayışı doğrultusunda izlenecek olan süreç, her beş yılda bir "
        "stratejik planın ve her yıl performans programının hazırlanması dönemlerinde gözden "
        f"geçirme ve geliştirmektir. {first}-{last} Stratejik Plan döneminde uygulanacak izleme "
        "ve değerlendirme süreci aylık ve yıllık raporlarla yürütülür.",
        "Fiziki ve mali ilerlemeye ilişkin veriler toplanarak hedefler ile gerçekleşmeler "
        "kıyaslanacak, sapmaların nedenleri değerlendirilecek ve düzeltici önlemler alınacaktır.",
    ]


# --------------------------------------------------------------------------------------------
# A small but representative programme
# --------------------------------------------------------------------------------------------

def sample_programme() -> Programme:
    """3 areas, 4 aims, 6 goals, 13 projects, 5 directorates: spelling variants (one misspelt),
    a project with 3 directorates, directorate cells without indicator rows, long wrapped texts,
    blanks, dashes, a merged text budget cell, and Turkish letters everywhere."""
    k = [50_000] * 5
    fen, kultur, cevre = "Fen İşleri Md.", "Kültür ve Sosyal İşler Md.", "Çevre Koruma ve Kontrol Md."
    imar, strateji = "İmar ve Şehircilik Md.", "Strateji Geliştirme Müd."
    return Programme(
        municipality="Defne",
        edition_year=2023,
        plan_years=list(range(2020, 2025)),
        directorates=["Çevre Koruma ve Kontrol Müdürlüğü", "Fen İşleri Müdürlüğü",
                      "İmar ve Şehircilik Müdürlüğü", "Kültür ve Sosyal İşler Müdürlüğü",
                      "Strateji Geliştirme Müdürlüğü"],
        areas=[
            Area(1, "Katılımcı, çevreye duyarlı, insana saygılı, sosyal belediyecilik anlayışına "
                    "sahip bir yerel yönetim olmak"),
            Area(2, "Çağdaş, modern standartlara sahip bir kent olmak"),
            Area(3, "Vatandaş memnuniyeti ağırlıklı, güvenli, güvenilir bir kent olmak"),
        ],
        aims=[
            Aim(1, "Çevre, İnsan ve Toplum İlişkilerini Geliştirmek", area_no=1, goals=[
                Goal(1, "Toplumsal Dayanışmanın Geliştirilmesi", [
                    Project("1.1.1", "Geleneksel bayram ve şenliklerin gösterişli ve geniş "
                                     "katılımla kutlanması", [
                        DirBlock(kultur, [Line("Ras El-Seniy Etkinliği", k),
                                          Line("Yumurta bayramı", k),
                                          Line("Evvel Temmuz", [50_000, 55_000, 60_000, None, None])]),
                        DirBlock(fen),
                    ]),
                    Project("1.1.2", "Türbelerin sahiplenilmesi ve düzenlenmesi", [
                        DirBlock(fen, [Line("Her yıl 3 türbenin düzenlenmesi", [150_000] * 5)]),
                        DirBlock("Çevre Koruma ve Kontrol Müdürlüğü"),
                    ]),
                ]),
                Goal(2, "Toplumsal İlişkilerde İnsan ve Çevreye Saygıyı Ön Plana Çıkarmak", [
                    Project("1.2.1", "Çevreye karşı duyarlılığı artırmak", [
                        DirBlock(cevre, [
                            Line("İlçe Milli Eğitim Md. ile protokol yapılması", [None] * 5),
                            Line('Her ay bir mahallede "Çevreye Saygı Günü" düzenlemek', [120_000] * 5),
                            Line("Çevre konusunda hizmet üreten kamu, özel kesim kuruluşlarıyla "
                                 "işbirliği yapmak", ["-"] * 5),
                            Line("Ayrıştırılmış atıkların toplanması konusunda eğitimler verilmesi",
                                 [25_000, "-", 25_000, None, 30_000]),
                        ]),
                    ]),
                    Project("1.2.2", "Öğrencilere çevre bilinci kazandırılması için okullarda "
                                     "söyleşi ve doğa gezileri düzenlenmesi", [
                        DirBlock(kultur, [Line("Her dönem üç okulda söyleşi", [10_000] * 5)]),
                        DirBlock(cevre, [Line("Doğa gezisi sayısı (yılda 4 gezi)", [7_500] * 5)]),
                    ]),
                ]),
            ]),
            Aim(2, "Planlı Bir Kentsel Gelişmeyi Sağlamak", area_no=2, goals=[
                Goal(4, "İmar Planlarının Güncel Tutulması ve Sayısallaştırılması", [
                    Project("2.4.1", "Uygulama imar planlarının güncellenmesi ve coğrafi bilgi "
                                     "sistemine aktarılması", [
                        DirBlock("İmar ve Şehircilik Müdürlüğü",
                                 [Line("1 adet rapor", [100_000, 100_000, 120_000, 120_000, 120_000])]),
                        DirBlock(strateji, [Line("Planların sayısallaştırılma oranı (%100)",
                                                 [None, 40_000, None, 40_000, None])]),
                    ]),
                    Project("2.4.2", "Ruhsatsız yapılaşmanın önlenmesi", [
                        DirBlock(imar, [Line("Denetim sayısı", ["-", "-", "-", "-", "-"])]),
                    ]),
                ]),
            ]),
            Aim(3, "Teknik Altyapısı Tamamlanmış Bir Defne Yaratmak", area_no=2, goals=[
                Goal(7, "Kentsel Yerleşim Alanları Teknik Altyapı Standartlarını Belirlemek", [
                    Project("3.7.1", "Kentsel yerleşim alanları teknik altyapı standartlarını belirlemek", [
                        DirBlock(imar, [Line("1 adet rapor", [10_000] * 5)]),
                        DirBlock(fen),
                    ]),
                    Project("3.7.2", "Her yıl kırsal nitelikteki yerleşimlerin ve bağlantılarının "
                                     "yollarını sathi kaplama asfalt yapmak", [
                        DirBlock(fen, [Line("Her yıl 30 bin m2",
                                            "Hatay Büyükşehir Belediyesinden talep edilecek")]),
                    ]),
                ]),
                Goal(8, "Zemin Altı Altyapı Yatırımları Tamamlanan Bölgelerde Yol ve Kaldırım "
                        "Yapısını Tamamlamak", [
                    Project("3.8.1", "Sanat yapıları yapılması (menfez, köprü, istinat duvarı)", [
                        DirBlock(fen, [Line("", [150_000] * 5)]),
                    ]),
                    Project("3.8.2", "Zemin altı altyapı yatırımları tamamlanan bölgelerde yol ve "
                                     "kaldırımların yapılması", [
                        DirBlock(fen, [Line("Zemin altı altyapı yatırımlarının tamamlandığı tüm "
                                            "bölgelerde yol ve kaldırımların tamamlanması",
                                            [1_250_000, 2_500_000, 2_500_000, 2_750_000, 3_000_000])]),
                    ]),
                ]),
            ]),
            Aim(4, "Güvenli Bir Kent Ortamı Oluşturmak", area_no=3, goals=[
                Goal(11, "Afet Risklerini Azaltacak Önlemler Almak", [
                    Project("4.11.1", "Afet ana planı hazırlanması", [
                        DirBlock(imar, [Line("1 adet rapor", [50_000, 50_000, 50_000, None, None])]),
                        DirBlock(fen),
                    ]),
                    Project("4.11.2", "Afet durumunda kullanılacak toplanma noktalarının "
                                      "belirlenmesi ve duyurulması", [
                        DirBlock(imar, [Line("1 adet rapor", [10_000] * 5)]),
                        DirBlock(fen),
                        DirBlock("Strateji Geliştime Müd.", directorate="Strateji Geliştirme Müdürlüğü",
                                 lines=[Line("Toplanma noktalarının binaların girişine asılması",
                                             ["-"] * 5)]),
                    ]),
                    Project("4.11.3", "Afet toplanma noktalarında afet durumunda kullanılacak "
                                      "malzemelerin depolanması", [
                        DirBlock(fen, [Line("Afet konteynerlerinin hazırlanması (her yıl 10 adet)",
                                            [50_000] * 5)]),
                    ]),
                ]),
            ]),
        ],
    )
