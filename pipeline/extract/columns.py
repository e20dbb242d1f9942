"""Table columns, read from a table's header row.

Two strategies behind one interface, chosen per table from what the page shows: the vertical
rules that cross the header row (:class:`RuledColumns`), or, where there are none, the header's
word positions and the rivers of white space between the body's columns (:class:`AlignedColumns`).
Both see the same header cells and return the same :class:`Layout`. Kinds come from the labels:
the first text column holds the project code (`Stratejik Hedef 5`), the second the project name
(its header is the goal's title), then the responsible unit (`İlgili Müdürlük`, `Sorumlu Daire
Başkanlığı` …), the indicator (`Performans Göstergesi`, `Gösterge` …) and any extra text column
(`Açıklama`, `Ölçü Birimi` …), in whatever order; one budget column per plan year follows.
"""
from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Callable, Literal, Protocol

from .content import Rule, Word
from .lexicon import YEAR, header_kind, is_code_header
from .lines import Words, text_lines
from .settings import DEFAULT, Settings

ColumnKind = Literal["code", "name", "directorate", "indicator", "extra", "year"]


@dataclass(frozen=True)
class Column:
    kind: ColumnKind
    x0: float
    x1: float
    year: int | None = None
    label: str = ""

    def holds(self, word: Word) -> bool:
        return self.x0 <= word.xc < self.x1


@dataclass(frozen=True)
class Layout:
    columns: tuple[Column, ...]
    strategy: str  # the column strategy that found it: "ruled" or "aligned"
    labels: tuple[tuple[float, float], ...] = ()  # aligned: the text columns' header extents

    def refit(self, body: list[Word]) -> "Layout":
        """An aligned layout's text-column edges moved into this body's own rivers of white
        space: a table continued on another page (or under another header) has other texts,
        and an edge between columns lies wherever their texts leave room."""
        if not self.labels:
            return self
        text = [w for w in body if w.x1 <= self.budget_left + 1]
        edges = [c.x0 for c in self.columns]
        for i, ((_, a), (b, _)) in enumerate(zip(self.labels, self.labels[1:]), start=1):
            lo, hi = min(a, edges[i]), max(b, edges[i])
            if any(w.x0 < edges[i] < w.x1 for w in text) and (cut := _widest_gap(text, lo, hi)) is not None:
                edges[i] = cut
        return replace(self, columns=tuple(replace(c, x0=x0, x1=(edges[j + 1] if j + 1 < len(edges) else c.x1))
                                           for j, (c, x0) in enumerate(zip(self.columns, edges))))

    @property
    def years(self) -> list[int]:
        return [c.year for c in self.year_columns if c.year is not None]

    @property
    def year_columns(self) -> list[Column]:
        return [c for c in self.columns if c.kind == "year"]

    @property
    def text_columns(self) -> list[Column]:
        return [c for c in self.columns if c.kind != "year"]

    @property
    def extra_columns(self) -> list[Column]:
        return [c for c in self.columns if c.kind == "extra"]

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


@dataclass(frozen=True)
class HeaderCell(Words):
    """The words of one header cell (possibly over several lines)."""

    @property
    def label(self) -> str:
        return " ".join(line.text for line in text_lines(list(self.words)))

    @property
    def year(self) -> int | None:
        return int(self.label) if YEAR.fullmatch(self.label) else None


def _river(body: list[Word], lo: float, hi: float) -> bool:
    """Does no body word cross [lo, hi]: is it white space all the way down the table?"""
    return bool(body) and not any(w.x0 < hi and lo < w.x1 for w in body)


def header_cells(words: list[Word], body: list[Word] = (), settings: Settings = DEFAULT) -> list[HeaderCell]:  # type: ignore[assignment]
    """Header words grouped into cells: phrases on a line split at gaps wider than a word space
    (or narrower ones that white space continues down the body), then phrases of different
    lines that overlap horizontally joined (a label wrapped over two lines)."""
    phrases: list[list[Word]] = []
    for line in text_lines(words, settings):
        height = line.bottom - line.top
        current: list[Word] = []
        for w in line.words:
            gap = w.x0 - current[-1].x1 if current else 0.0
            if current and (gap > settings.phrase_gap * height
                            or (gap > settings.word_space * height and _river(body, current[-1].x1, w.x0))
                            or YEAR.fullmatch(w.text) or YEAR.fullmatch(current[-1].text)):
                phrases.append(current)
                current = []
            current.append(w)
        phrases.append(current)
    cells: list[list[Word]] = []
    for phrase in sorted(phrases, key=lambda p: p[0].x0):
        lo, hi = phrase[0].x0, phrase[-1].x1
        mates = [c for c in cells if min(w.x0 for w in c) < hi and lo < max(w.x1 for w in c)
                 and not (len(phrase) == 1 and YEAR.fullmatch(phrase[0].text))]
        if mates:
            for other in mates[1:]:
                mates[0].extend(other)
                cells.remove(other)
            mates[0].extend(phrase)
        else:
            cells.append(list(phrase))
    return sorted((HeaderCell(tuple(c)) for c in cells), key=lambda c: c.x0)


def _kinds(cells: list[HeaderCell], settings: Settings = DEFAULT) -> list[ColumnKind] | None:
    """Each header cell's column kind, or None when they are not a programme table's header:
    text cells (code, name, then unit, indicator and extras by label) and a run of plan years."""
    years = [c.year for c in cells]
    first_year = next((i for i, y in enumerate(years) if y is not None), None)
    if first_year is None or any(y is None for y in years[first_year:]):
        return None
    run = years[first_year:]
    if len(run) < 2 or any(b != a + 1 for a, b in zip(run, run[1:])):  # type: ignore[operator]
        return None
    text = cells[:first_year]
    if len(text) < settings.min_text_columns or not is_code_header(text[0].label):
        return None
    kinds: list[ColumnKind] = ["code", "name"]
    for cell in text[2:]:
        kind = header_kind(cell.label)
        kinds.append(kind if kind is not None and kind not in kinds else "extra")  # type: ignore[arg-type]
    if "directorate" not in kinds or "indicator" not in kinds:
        return None
    return kinds + ["year"] * len(run)


def _columns(cells: list[HeaderCell], kinds: list[ColumnKind], edges: list[float]) -> tuple[Column, ...]:
    return tuple(Column(k, a, b, c.year, "" if k == "year" else c.label)
                 for c, k, a, b in zip(cells, kinds, edges, edges[1:]))


class ColumnStrategy(Protocol):
    name: str

    def find(self, words: list[Word], band: tuple[float, float], vrules: list[Rule],
             body: Callable[[], list[Word]], frame: tuple[float, float]) -> Layout | None:
        """Columns for a header whose ``words`` lie in ``band`` (top, bottom), or None;
        ``body()`` gives the words of the table under it, for a strategy that needs them."""


class RuledColumns:
    """Columns between the vertical rules that cross the header row, each holding the words
    of one header cell."""

    name = "ruled"

    def __init__(self, settings: Settings = DEFAULT):
        self.settings = settings

    def find(self, words, band, vrules, body, frame):
        mid = (band[0] + band[1]) / 2
        xs: list[float] = []
        for r in sorted(vrules, key=lambda r: r.pos):
            if r.start <= mid <= r.end and (not xs or r.pos - xs[-1] > 2):
                xs.append(r.pos)
        spans = list(zip(xs, xs[1:]))
        owned = [[w for w in words if a <= w.xc < b] for a, b in spans]
        if not spans or any(not o for o in owned) or sum(map(len, owned)) != len(words):
            return None
        cells = [HeaderCell(tuple(o)) for o in owned]
        kinds = _kinds(cells, self.settings)
        return None if kinds is None else Layout(_columns(cells, kinds, xs), self.name)


class AlignedColumns:
    """Columns from the header cells' positions: a text column ends in the widest river of white
    space (across header and body) between its header and the next; budget columns share the
    width between the plan years' centres."""

    name = "aligned"

    def __init__(self, settings: Settings = DEFAULT):
        self.settings = settings

    def find(self, words, band, vrules, body, frame):
        body = body()
        cells = header_cells(words, body, self.settings)
        kinds = _kinds(cells, self.settings)
        if kinds is None:
            return None
        years = [c for c, k in zip(cells, kinds) if k == "year"]
        text = [c for c, k in zip(cells, kinds) if k != "year"]
        year_edges = _year_edges(years, vrules, band, frame[1])
        words = [w for c in cells for w in c.words] + [w for w in body if w.x1 <= year_edges[0] + 1]
        edges = [min([frame[0], *(w.x0 - 1 for w in words)])]
        for a, b in zip(text, text[1:]):
            cut = _widest_gap(words, a.x1, b.x0) if b.x0 > a.x1 else None
            edges.append(cut if cut is not None else (a.x1 + b.x0) / 2)
        edges += year_edges
        return Layout(_columns(cells, kinds, edges), self.name, tuple((c.x0, c.x1) for c in text))


def _year_edges(years: list[HeaderCell], vrules: list[Rule], band: tuple[float, float], right: float) -> list[float]:
    """Edges of the budget columns: rules between the years where the header has them, else
    halfway between the years' centres, the outer ones half a step out."""
    centres = [c.xc for c in years]
    step = (centres[-1] - centres[0]) / (len(centres) - 1)
    mid = (band[0] + band[1]) / 2
    crossing = sorted(r.pos for r in vrules if r.start <= mid <= r.end)
    edges = [centres[0] - step / 2]
    for a, b in zip(centres, centres[1:]):
        between = [x for x in crossing if a < x < b]
        edges.append(between[0] if len(between) == 1 else (a + b) / 2)
    edges.append(max(centres[-1] + step / 2, right))
    return edges


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


STRATEGIES: tuple[type[ColumnStrategy], ...] = (RuledColumns, AlignedColumns)  # type: ignore[assignment]
"""Tried in order: a strategy that cannot explain the header gives way to the next."""


def find_layout(words: list[Word], band: tuple[float, float], vrules: list[Rule], body: Callable[[], list[Word]],
                frame: tuple[float, float], settings: Settings = DEFAULT) -> Layout | None:
    """The first strategy's columns that explain the header row; None if it is no
    programme table's header."""
    for strategy in STRATEGIES:
        layout = strategy(settings).find(words, band, vrules, body, frame)  # type: ignore[call-arg]
        if layout is not None:
            return layout
    return None


