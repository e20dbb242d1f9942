"""What a page says outside its table bodies: the markers that structure a programme.

A section title (`FEN İŞLERİ MÜDÜRLÜĞÜ (1/8)`, `İMAR VE ŞEHİRCİLİK DAİRESİ BAŞKANLIĞI`), a
strategic-area band (`STRATEJİK ALAN 5 - …`), an aim's title row (`Stratejik Amaç 13: …`), a
goal's header row (`Stratejik Hedef 36 | title | İlgili Müdürlük | Performans Göstergesi | 2020 …`)
and a section's total row (`Fen İşleri Müdürlüğü Toplamı: | 1.525.000 …`). Each is found from its
words and the rules around them, never from where a page of one document puts it.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import partial

from ..amounts import is_amount, looks_like_amount
from ..text import squash, tr_lower, tr_upper
from .columns import Layout, find_layout
from .content import PageContent, Rule, Word
from .lexicon import (AIM_TITLE, AREA_TITLE, BUDGET_WORD, CONTINUED, GOAL_NUMBER, PART, TOTAL_LABEL, YEAR,
                      full_type_at_end, split_unit)
from .lines import Line, join_text, text_lines
from .settings import DEFAULT, Settings


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
    words: tuple[Word, ...]


@dataclass
class TotalLine:
    """A `… Toplamı` line; its amounts are read under the layout in force."""

    top: float
    bottom: float
    line: Line


Marker = SectionTitle | AreaBand | AimTitle | GoalHeader | TotalLine


def _adjacent(upper: Line, lower: Line) -> bool:
    """Do two lines follow each other without a blank line between them?"""
    return lower.top - upper.bottom <= 0.6 * (upper.bottom - upper.top)


def _rule_below(rules: list[Rule], y: float, lo: float, hi: float, reach: float, edge: float) -> float | None:
    ys = [r.pos for r in rules if y - edge <= r.pos <= y + reach and r.covers(lo, hi, 4)]
    return min(ys) if ys else None


def year_run(line: Line) -> list[Word]:
    """The longest left-to-right run of consecutive years printed as words on one line."""
    best: list[Word] = []
    run: list[Word] = []
    for w in line.words:
        if YEAR.fullmatch(w.text):
            run = run + [w] if run and int(w.text) == int(run[-1].text) + 1 else [w]
        else:
            run = []
        if len(run) > len(best):
            best = list(run)
    return best


def is_section_title(text: str) -> bool:
    """A capitalised unit name above the page's tables: it ends with a unit type, or with the
    `(i/n)` of a section's pages."""
    name = squash(PART.sub("", text))
    if not name or name != tr_upper(name) or len(name) > 150 or not any(c.isalpha() for c in name):
        return False
    return bool(PART.search(text)) or full_type_at_end(name) is not None


def names_a_unit(label: str, section: str | None) -> bool:
    """Does a `… Toplamı` label name a unit (so the line is a total, not an indicator such as
    `Toplam katılımcı sayısı` or `Yıllık toplam`)?"""
    base, family, _ = split_unit(label)
    if family is not None:
        return True
    return bool(section) and squash(tr_lower(base)) == squash(tr_lower(section or ""))


class PageMarkers:
    """Finds a page's markers, top to bottom."""

    def __init__(self, content: PageContent, section: str | None = None, settings: Settings = DEFAULT):
        self.content = content
        self.section = section  # the section in force when the page starts, for its total's label
        self.used_section = False  # a total's label was judged by the section carried in
        self.section_titled = False
        self.settings = settings
        self.lines = text_lines(content.words, settings)

    def _wrapped(self, line: Line) -> tuple[str, float]:
        """A one-row band (aim title, area band) whose text may wrap: its text down to the rule
        under its first line, and that rule."""
        s = self.settings
        height = line.bottom - line.top
        below = _rule_below(self.content.hrules, line.bottom, line.x0, line.x1, 3 * height, s.edge)
        if below is None:
            return squash(line.text), line.bottom
        row = [w for w in self.content.words
               if line.top - s.edge <= w.top and w.bottom <= below + s.edge and w.x0 >= line.x0 - s.edge]
        return join_text(row, s), below

    def header_band(self, line: Line, years: list[Word], floor: float, limit: float) -> tuple[float, float]:
        """The goal header row around a run of plan years, between ``floor`` (the marker above)
        and ``limit`` (the marker below): between the nearest rules above and below it with
        nothing but header lines in between; where there is no such rule, over the header lines
        next to it (bold like the years, no marker, code or amount)."""
        s = self.settings
        lo, hi = years[0].x0, years[-1].x1
        bold = all(w.bold for w in years)
        spans = [r.pos for r in self.content.hrules if r.covers(lo, hi, 4)]
        top = max((y for y in spans if floor - s.edge <= y <= line.top + s.edge), default=None)
        bottom = min((y for y in spans if line.bottom - s.edge <= y <= limit + s.edge), default=None)
        if top is not None and not all(self._header_line(x, bold) for x in self.lines if top < x.yc < line.top):
            top = None
        if bottom is not None and not all(self._header_line(x, bold) for x in self.lines if line.bottom < x.yc < bottom):
            bottom = None
        index = self.lines.index(line)
        first = last = index
        while (top is None and first > 0 and self.lines[first - 1].top >= floor
               and _adjacent(self.lines[first - 1], self.lines[first]) and self._header_line(self.lines[first - 1], bold)):
            first -= 1
        while (bottom is None and last + 1 < len(self.lines) and self.lines[last + 1].bottom <= limit
               and _adjacent(self.lines[last], self.lines[last + 1]) and self._header_line(self.lines[last + 1], bold)):
            last += 1
        return (top if top is not None else self.lines[first].top - s.edge,
                bottom if bottom is not None else self.lines[last].bottom + s.edge)

    def _header_line(self, candidate: Line, bold: bool) -> bool:
        """Can ``candidate`` be a line of a header row: no marker, code or amount, and bold
        when the header's years are?"""
        from ..codes import find_code

        if self._kind(candidate) is not None or find_code(candidate.text):
            return False
        if any(looks_like_amount(w.text) for w in candidate.words):
            return False
        return all(w.bold for w in candidate.words) if bold else True

    def _is_total(self, line: Line) -> bool:
        """`Fen İşleri Müdürlüğü Toplamı: 1.525.000 …`: a label ending in `Toplamı` that names a
        unit, followed by nothing but amounts."""
        words = list(line.words)
        while words and (is_amount(words[-1].text)):
            words.pop()
        label = " ".join(w.text for w in words)
        if not words or not TOTAL_LABEL.search(label):
            return False
        if split_unit(label)[1] is not None:
            return True
        self.used_section |= not self.section_titled
        return names_a_unit(label, self.section)

    def _kind(self, line: Line) -> str | None:
        low = tr_lower(squash(line.text))
        if AIM_TITLE.match(low):
            return "aim"
        if AREA_TITLE.match(low):
            return "area"
        return None

    def goal_header(self, line: Line, years: list[Word], floor: float, limit: float) -> GoalHeader | None:
        """A goal header row: its cells give the goal and, with the body below it (down to
        ``limit``, the next marker), the columns."""
        s = self.settings
        top, bottom = self.header_band(line, years, floor, limit)
        words = [w for w in self.content.words if top - s.edge <= w.yc <= bottom + s.edge]
        if not any(w.text.isalpha() for w in words):
            return None
        body = partial(self._body_words, bottom, limit)  # read only by a strategy that needs it
        frame = self._frame(top, words)
        layout = find_layout(words, (top, bottom), self.content.vrules, body, frame, s)
        if layout is None:
            return None
        code = [w for w in words if layout.column("code").holds(w)]
        name = [w for w in words if layout.column("name").holds(w)]
        m = GOAL_NUMBER.search(tr_lower(join_text(code, s)))
        return GoalHeader(top, bottom, int(m.group(1)) if m else None, join_text(name, s), layout, tuple(words))

    def _frame(self, top: float, words: list[Word]) -> tuple[float, float]:
        """The table's left and right edges: the rule at the header's top, else its words."""
        rules = [r for r in self.content.hrules if abs(r.pos - top) <= self.settings.edge]
        left = min((r.start for r in rules), default=min(w.x0 for w in words) - 3)
        right = max((r.end for r in rules), default=max(w.x1 for w in words) + 3)
        return left, right

    def _body_words(self, top: float, limit: float) -> list[Word]:
        """The words of the body under a header, down to ``limit`` or to a wide empty gap."""
        out: list[Word] = []
        previous = top
        for line in self.lines:
            if line.top <= top or line.top >= limit:
                continue
            if line.top - previous > 4 * (line.bottom - line.top):
                break
            out.extend(line.words)
            previous = line.bottom
        return out

    def find(self) -> list[Marker]:
        """Every marker on the page, top to bottom. Lines are classified first, so that a
        header's columns are read from its own body only, down to the next marker."""
        found: list[tuple[float, str, Line, object]] = []
        first_rule = min((r.pos for r in self.content.hrules), default=self.content.height)
        for line in self.lines:
            low = tr_lower(squash(line.text))
            years = year_run(line)
            if len(years) >= 2:
                found.append((line.top, "header", line, years))
            elif AIM_TITLE.match(low):
                found.append((line.top, "aim", line, None))
            elif m := AREA_TITLE.match(low):
                found.append((line.top, "area", line, m))
            elif not found and line.top < first_rule and is_section_title(line.text):
                found.append((line.top, "section", line, None))
                self.section = squash(PART.sub("", line.text))
                self.section_titled = True
            elif self._is_total(line):
                found.append((line.top, "total", line, None))
        markers: list[Marker] = []
        stops = [f[0] for f in found] + [self.content.height]
        for i, (top, kind, line, extra) in enumerate(found):
            if kind == "header":
                floor = markers[-1].bottom if markers else 0.0
                header = self.goal_header(line, extra, floor, stops[i + 1])  # type: ignore[arg-type]
                if header is not None and not (markers and isinstance(markers[-1], GoalHeader)
                                               and markers[-1].top == header.top):
                    markers.append(header)
            elif kind == "aim":
                text, bottom = self._wrapped(line)
                text = BUDGET_WORD.sub(" ", text)
                m = AIM_TITLE.match(tr_lower(text))
                title = CONTINUED.sub("", text[m.start(2):]) if m else text
                markers.append(AimTitle(top, bottom, int(m.group(1)) if m else 0, squash(title),
                                        bool(CONTINUED.search(text))))
            elif kind == "area":
                text, bottom = self._wrapped(line)
                markers.append(AreaBand(top, bottom, int(extra.group(1)), squash(text[extra.start(2):])))  # type: ignore[union-attr]
            elif kind == "section":
                text = squash(line.text)
                m = PART.search(text)
                name = squash(PART.sub("", text))
                markers.append(SectionTitle(top, line.bottom, name, *(map(int, m.groups()) if m else (None, None))))
            else:
                markers.append(TotalLine(top, line.bottom, line))
        return markers
