"""Page content: one PDF page as words and ruling lines, the only input the table reader needs.

Glyphs and drawn boxes come from a reader (``sources``: pdfium by default, pdfminer as the
reference), as plain tuples in the page's top-left coordinates; everything after that is shared
here, so both readers make words and rules alike. Glyph text is NFKC-normalised, so compatibility glyphs such as
the ligatures `ﬁ` and `ﬂ` that browsers emit read as `fi` and `fl`. A glyph printed twice at
almost the same spot (fake bold) is kept once and marks its word bold. Ruling lines come from
lines, rectangle edges and thin filled rectangles alike; collinear pieces are merged, so a rule
drawn in several strokes is one rule. A scan path produces the same :class:`PageContent`.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Iterable

from .settings import DEFAULT, Settings

_BOLD_FONT = re.compile(r"(?i)bold|black|heavy|semibold|demi")


@dataclass(frozen=True)
class Word:
    text: str
    x0: float
    top: float
    x1: float
    bottom: float
    bold: bool = False
    conf: float | None = None  # OCR's confidence (0–100) for a word read from a page image; None from a text layer

    @property
    def xc(self) -> float:
        return (self.x0 + self.x1) / 2

    @property
    def yc(self) -> float:
        return (self.top + self.bottom) / 2

    @property
    def height(self) -> float:
        return self.bottom - self.top


@dataclass(frozen=True)
class Rule:
    """A ruling line: ``pos`` is its y (horizontal) or x (vertical); it runs from start to end."""

    pos: float
    start: float
    end: float

    def covers(self, lo: float, hi: float, tol: float = 2.0) -> bool:
        return self.start <= lo + tol and self.end >= hi - tol


@dataclass
class PageContent:
    number: int  # 1-based
    width: float
    height: float
    words: list[Word]
    hrules: list[Rule]
    vrules: list[Rule]
    scanned: bool = False  # read from the page's image (OCR), not from its text layer
    turn: int = 0  # clockwise degrees (0, 90, 180, 270) a scanned page was turned to be read upright
    stray: list[tuple[float, float, float, float]] = field(default_factory=list)
    """A scanned page's print that no word accounts for (x0, top, x1, bottom): in a budget cell it
    makes the cell unreadable, not blank (a dash or figure OCR dropped)."""

    @property
    def text(self) -> str:
        return " ".join(w.text for w in self.words)


# --- rules ---------------------------------------------------------------------------------------

def merge_rules(segments: Iterable[tuple[float, float, float]], settings: Settings = DEFAULT) -> list[Rule]:
    """Merge (pos, start, end) pieces into rules: snap positions, join overlapping runs."""
    groups: list[list[tuple[float, float, float]]] = []
    for seg in sorted(segments):
        if groups and seg[0] - groups[-1][0][0] <= settings.rule_snap:
            groups[-1].append(seg)
        else:
            groups.append([seg])
    rules: list[Rule] = []
    for group in groups:
        pos = sum(s[0] for s in group) / len(group)
        runs: list[list[float]] = []
        for _, a, b in sorted(group, key=lambda s: s[1]):
            if runs and a <= runs[-1][1] + settings.rule_join:
                runs[-1][1] = max(runs[-1][1], b)
            else:
                runs.append([a, b])
        rules.extend(Rule(pos, a, b) for a, b in runs if b - a >= settings.min_rule)
    return rules


Box = tuple[float, float, float, float, bool]
"""A drawn line or rectangle: (x0, top, x1, bottom, is_rect), top-left origin."""


def rule_pieces(boxes: Iterable[Box], settings: Settings = DEFAULT
                ) -> tuple[list[tuple[float, float, float]], list[tuple[float, float, float]]]:
    """Horizontal and vertical (pos, start, end) pieces from drawn boxes (x0, top, x1, bottom,
    is_rect): a thin box is a rule; a larger rectangle (a cell's frame or fill) gives its edges."""
    horizontal: list[tuple[float, float, float]] = []
    vertical: list[tuple[float, float, float]] = []
    thin = settings.max_rule_thickness
    for x0, top, x1, bottom, is_rect in boxes:
        if x1 - x0 >= settings.min_rule and bottom - top < thin:
            horizontal.append(((top + bottom) / 2, x0, x1))
        elif bottom - top >= settings.min_rule and x1 - x0 < thin:
            vertical.append(((x0 + x1) / 2, top, bottom))
        elif is_rect:
            horizontal += [(top, x0, x1), (bottom, x0, x1)]
            vertical += [(x0, top, bottom), (x1, top, bottom)]
    return horizontal, vertical


# --- glyphs to words -------------------------------------------------------------------------------

Glyph = tuple[str, float, float, float, float, str, float]
"""(text, x0, top, x1, bottom, font name, size), top-left origin."""


def _dedupe(glyphs: list[Glyph], settings: Settings) -> tuple[list[Glyph], set[int]]:
    """Drop a glyph printed again within ``dedupe`` points of an identical one (fake bold); the
    indices (in the kept list) of glyphs that had such a double."""
    kept: list[Glyph] = []
    doubled: set[int] = set()
    seen: dict[tuple[str, str, int], list[tuple[float, float, int]]] = {}  # glyphs by text, font and line
    near = settings.dedupe
    for g in glyphs:
        x0, top = g[1], g[2]
        key = (g[0], g[5], round(top / 4))
        spots = seen.get(key)
        if spots is None:  # the first of its text and font on the line
            seen[key] = [(x0, top, len(kept))]
            kept.append(g)
            continue
        for x, t, i in spots:
            if abs(x0 - x) <= near and abs(top - t) <= near:  # its twin: the first kept glyph this near
                doubled.add(i)
                break
        else:
            spots.append((x0, top, len(kept)))
            kept.append(g)
    return kept, doubled


def words_from_glyphs(glyphs: list[Glyph], settings: Settings = DEFAULT) -> list[Word]:
    """Words from upright glyphs: a space or a gap wider than ``word_gap`` ends a word."""
    kept, doubled = _dedupe(glyphs, settings)
    tops, lefts = [g[2] for g in kept], [g[1] for g in kept]
    order = sorted(range(len(kept)), key=lefts.__getitem__)
    order.sort(key=tops.__getitem__)  # stable: by top, then left
    lines: list[list[int]] = []
    line_top = 0.0
    for i in order:
        if lines and abs(tops[i] - line_top) <= settings.glyph_line_tol:
            lines[-1].append(i)
        else:
            lines.append([i])
            line_top = tops[i]
    words: list[Word] = []
    for line in lines:
        current: list[int] = []
        end = 0.0  # right edge of the word's last glyph
        for i in sorted(line, key=lefts.__getitem__):
            g = kept[i]
            space = g[0].isspace()
            if current and (space or g[1] > end + settings.word_gap):
                words.append(_word(kept, current, doubled))
                current = []
            if not space:
                current.append(i)
                end = g[3]
        if current:
            words.append(_word(kept, current, doubled))
    return [w for w in words if w.text]


@lru_cache(maxsize=256)
def _bold_font(name: str) -> bool:
    return bool(_BOLD_FONT.search(name or ""))


def _word(glyphs: list[Glyph], indices: list[int], doubled: set[int]) -> Word:
    texts, lefts, tops, rights, bottoms, fonts, _ = zip(*[glyphs[i] for i in indices])
    text = "".join(texts)
    if not text.isascii():  # only compatibility glyphs (ligatures …) change
        text = unicodedata.normalize("NFKC", text)
    text = text.strip()
    bold = not doubled.isdisjoint(indices) or any(map(_bold_font, fonts))
    return Word(text, lefts[0], min(tops), max(rights), max(bottoms), bold)


def page_content(number: int, width: float, height: float, glyphs: list[Glyph], boxes: Iterable[Box],
                 settings: Settings = DEFAULT) -> PageContent:
    """A page's words and rules from what a reader drew out of it."""
    horizontal, vertical = rule_pieces(boxes, settings)
    return PageContent(number=number, width=width, height=height, words=words_from_glyphs(glyphs, settings),
                       hrules=merge_rules(horizontal, settings), vrules=merge_rules(vertical, settings))
