"""Page content: one PDF page as words and ruling lines, the only input the table reader needs.

Glyphs come from one pass of pdfminer's interpreter (as plain tuples: the layout objects cost more
than the rest of reading a page). Their text is NFKC-normalised, so compatibility glyphs such as
the ligatures `ﬁ` and `ﬂ` that browsers emit read as `fi` and `fl`. A glyph printed twice at
almost the same spot (fake bold) is kept once and marks its word bold. Ruling lines come from
lines, rectangle edges and thin filled rectangles alike; collinear pieces are merged, so a rule
drawn in several strokes is one rule. A scan path produces the same :class:`PageContent`.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterable

from pdfminer.converter import PDFPageAggregator
from pdfminer.layout import LTFigure, LTLine, LTRect
from pdfminer.pdffont import PDFUnicodeNotDefined
from pdfminer.pdfinterp import PDFPageInterpreter
from pdfminer.utils import apply_matrix_rect

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


def rule_pieces(boxes: Iterable[tuple[float, float, float, float, bool]], settings: Settings = DEFAULT
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
    seen: dict[tuple, list[tuple[float, float, int]]] = {}
    for g in glyphs:
        text, x0, top = g[0], g[1], g[2]
        spots = seen.setdefault((text, g[5], round(top / 4)), [])
        twin = next((i for x, t, i in spots if abs(x0 - x) <= settings.dedupe and abs(top - t) <= settings.dedupe), None)
        if twin is not None:
            doubled.add(twin)
            continue
        spots.append((x0, top, len(kept)))
        kept.append(g)
    return kept, doubled


def words_from_glyphs(glyphs: list[Glyph], settings: Settings = DEFAULT) -> list[Word]:
    """Words from upright glyphs: a space or a gap wider than ``word_gap`` ends a word."""
    kept, doubled = _dedupe(glyphs, settings)
    indexed = sorted(range(len(kept)), key=lambda i: (kept[i][2], kept[i][1]))
    lines: list[list[int]] = []
    for i in indexed:
        if lines and abs(kept[i][2] - kept[lines[-1][0]][2]) <= settings.glyph_line_tol:
            lines[-1].append(i)
        else:
            lines.append([i])
    words: list[Word] = []
    for line in lines:
        current: list[int] = []
        for i in sorted(line, key=lambda i: kept[i][1]):
            g = kept[i]
            if current and (g[0].isspace() or g[1] > kept[current[-1]][3] + settings.word_gap):
                words.append(_word(kept, current, doubled))
                current = []
            if not g[0].isspace():
                current.append(i)
        if current:
            words.append(_word(kept, current, doubled))
    return [w for w in words if w.text]


@lru_cache(maxsize=256)
def _bold_font(name: str) -> bool:
    return bool(_BOLD_FONT.search(name or ""))


def _word(glyphs: list[Glyph], indices: list[int], doubled: set[int]) -> Word:
    chars = [glyphs[i] for i in indices]
    text = "".join(c[0] for c in chars)
    if not text.isascii():  # only compatibility glyphs (ligatures …) change
        text = unicodedata.normalize("NFKC", text)
    text = text.strip()
    bold = any(i in doubled for i in indices) or _bold_font(chars[0][5]) or any(_bold_font(c[5]) for c in chars[1:])
    return Word(text, chars[0][1], min(c[2] for c in chars), max(c[3] for c in chars), max(c[4] for c in chars), bold)


# --- pdfminer ------------------------------------------------------------------------------------

class _Glyphs(PDFPageAggregator):
    """pdfminer's page aggregator, but a glyph becomes a plain tuple instead of an LTChar."""

    def __init__(self, rsrcmgr, pageno: int):
        super().__init__(rsrcmgr, pageno=pageno, laparams=None)
        self.glyphs: list[tuple] = []

    def render_char(self, matrix, font, fontsize, scaling, rise, cid, ncs, graphicstate) -> float:
        try:
            text = font.to_unichr(cid)
        except PDFUnicodeNotDefined:
            text = self.handle_undefined_char(font, cid)
        adv = font.char_width(cid) * fontsize * scaling
        a, b, c, d, _, _ = matrix
        if font.is_vertical() or not (a * d * scaling > 0 and b * c <= 0):
            return adv  # vertical or rotated text is no table text
        descent = font.get_descent() * fontsize
        x0, y0, x1, y1 = apply_matrix_rect(matrix, (0, descent + rise, adv, descent + rise + fontsize))
        x0, x1 = min(x0, x1), max(x0, x1)
        y0, y1 = min(y0, y1), max(y0, y1)
        self.glyphs.append((text, x0, y0, x1, y1, font.fontname, round(y1 - y0, 1)))
        return adv


def _walk(container) -> Iterable:
    """pdfminer layout objects, figures (form XObjects) included."""
    for obj in container:
        if isinstance(obj, LTFigure):
            yield from _walk(obj)
        else:
            yield obj


def read_page(page, settings: Settings = DEFAULT) -> PageContent:
    """Words and rules of one pdfplumber page, from one pass of pdfminer's interpreter."""
    device = _Glyphs(page.pdf.rsrcmgr, page.page_number)
    PDFPageInterpreter(page.pdf.rsrcmgr, device).process_page(page.page_obj)
    layout = device.get_result()
    left, ceiling = layout.x0, layout.y1
    glyphs = [(t, x0 - left, ceiling - y1, x1 - left, ceiling - y0, font, size)
              for t, x0, y0, x1, y1, font, size in device.glyphs]
    boxes = [(o.x0 - left, ceiling - o.y1, o.x1 - left, ceiling - o.y0, isinstance(o, LTRect))
             for o in _walk(layout) if isinstance(o, (LTLine, LTRect))]
    horizontal, vertical = rule_pieces(boxes, settings)
    return PageContent(
        number=page.page_number,
        width=float(page.width),
        height=float(page.height),
        words=words_from_glyphs(glyphs, settings),
        hrules=merge_rules(horizontal, settings),
        vrules=merge_rules(vertical, settings),
    )
