"""Read one PDF page into what the table parser needs: words and ruling lines.

Only pdfplumber is asked, and only for characters and edges. Doubled characters from fake bold
(the same glyph printed twice at almost the same spot) are removed before words are built.
Ruling lines come from lines, rectangle edges and thin filled rectangles alike, and collinear
pieces are merged, so a rule drawn in several strokes is one rule.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable

import pdfplumber
from pdfminer.converter import PDFPageAggregator
from pdfminer.layout import LTFigure, LTLine, LTRect
from pdfminer.pdffont import PDFUnicodeNotDefined
from pdfminer.pdfinterp import PDFPageInterpreter
from pdfminer.utils import apply_matrix_rect

RULE_SNAP = 1.2  # points: rules closer than this on the cross axis are the same rule
RULE_JOIN = 2.0  # points: collinear pieces with a gap up to this are joined
MIN_RULE = 3.0  # points: shorter strokes are glyph parts or corners, not rules
DEDUPE = 1.0  # points: an identical glyph this close to another is a fake-bold double
WORD_GAP = 3.0  # points: a wider gap between glyphs ends a word (pdfplumber's x_tolerance)
LINE_TOL = 2.0  # points: glyphs whose tops differ by less sit on one line


@dataclass(frozen=True)
class Word:
    text: str
    x0: float
    top: float
    x1: float
    bottom: float

    @property
    def xc(self) -> float:
        return (self.x0 + self.x1) / 2

    @property
    def yc(self) -> float:
        return (self.top + self.bottom) / 2


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


def merge_rules(segments: Iterable[tuple[float, float, float]]) -> list[Rule]:
    """Merge (pos, start, end) pieces into rules: snap positions, join overlapping runs."""
    pieces = sorted(segments)
    groups: list[list[tuple[float, float, float]]] = []
    for seg in pieces:
        if groups and seg[0] - groups[-1][0][0] <= RULE_SNAP:
            groups[-1].append(seg)
        else:
            groups.append([seg])
    rules: list[Rule] = []
    for group in groups:
        pos = sum(s[0] for s in group) / len(group)
        runs: list[list[float]] = []
        for _, a, b in sorted(group, key=lambda s: s[1]):
            if runs and a <= runs[-1][1] + RULE_JOIN:
                runs[-1][1] = max(runs[-1][1], b)
            else:
                runs.append([a, b])
        rules.extend(Rule(pos, a, b) for a, b in runs if b - a >= MIN_RULE)
    return rules


def _walk(container) -> Iterable:
    """pdfminer layout objects, figures (form XObjects) included."""
    for obj in container:
        if isinstance(obj, LTFigure):
            yield from _walk(obj)
        else:
            yield obj


def _dedupe(chars: list[tuple]) -> list[tuple]:
    """Drop a glyph printed again within DEDUPE points of an identical one (fake bold)."""
    kept: list[tuple] = []
    seen: dict[tuple, list[tuple[float, float]]] = {}
    for c in chars:
        text, x0, top = c[0], c[1], c[2]
        spots = seen.setdefault((text, c[5], round(top / 4)), [])
        if any(abs(x0 - x) <= DEDUPE and abs(top - t) <= DEDUPE for x, t in spots):
            continue
        spots.append((x0, top))
        kept.append(c)
    return kept


def _words(chars: list[tuple]) -> list[Word]:
    """Words from upright glyphs: a space or a gap wider than WORD_GAP ends a word."""
    words: list[Word] = []
    for line in _char_lines(chars):
        current: list[tuple] = []
        for c in line:
            if current and (c[0].isspace() or c[1] > current[-1][3] + WORD_GAP):
                words.append(_word(current))
                current = []
            if not c[0].isspace():
                current.append(c)
        if current:
            words.append(_word(current))
    return words


def _char_lines(chars: list[tuple]) -> list[list[tuple]]:
    lines: list[list[tuple]] = []
    for c in sorted(chars, key=lambda c: (c[2], c[1])):
        if lines and abs(c[2] - lines[-1][0][2]) <= LINE_TOL:
            lines[-1].append(c)
        else:
            lines.append([c])
    return [sorted(line, key=lambda c: c[1]) for line in lines]


def _word(chars: list[tuple]) -> Word:
    return Word("".join(c[0] for c in chars), chars[0][1], min(c[2] for c in chars),
                max(c[3] for c in chars), max(c[4] for c in chars))


class _Glyphs(PDFPageAggregator):
    """pdfminer's page aggregator, but a glyph becomes a plain tuple instead of an LTChar: the
    objects cost more than the rest of reading a page, and only text and boxes are needed."""

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


def read_page(page: pdfplumber.page.Page) -> PageContent:
    """Words and rules of one page, from one pass of pdfminer's interpreter over its content.

    pdfplumber opens the document and holds its resources; the page is interpreted with a
    device that keeps glyphs as tuples and ruling lines as pdfminer's layout objects.
    """
    device = _Glyphs(page.pdf.rsrcmgr, page.page_number)
    PDFPageInterpreter(page.pdf.rsrcmgr, device).process_page(page.page_obj)
    layout = device.get_result()
    left, ceiling = layout.x0, layout.y1
    chars = [(t, x0 - left, ceiling - y1, x1 - left, ceiling - y0, font, size)
             for t, x0, y0, x1, y1, font, size in device.glyphs]
    horizontal: list[tuple[float, float, float]] = []
    vertical: list[tuple[float, float, float]] = []
    for obj in _walk(layout):
        if not isinstance(obj, (LTLine, LTRect)):
            continue
        x0, x1, top, bottom = obj.x0 - left, obj.x1 - left, ceiling - obj.y1, ceiling - obj.y0
        if x1 - x0 >= MIN_RULE and bottom - top < 2:
            horizontal.append(((top + bottom) / 2, x0, x1))
        elif bottom - top >= MIN_RULE and x1 - x0 < 2:
            vertical.append(((x0 + x1) / 2, top, bottom))
        elif isinstance(obj, LTRect):  # a box: its four edges
            horizontal += [(top, x0, x1), (bottom, x0, x1)]
            vertical += [(x0, top, bottom), (x1, top, bottom)]
    return PageContent(
        number=page.page_number,
        width=float(page.width),
        height=float(page.height),
        words=_words(_dedupe(chars)),
        hrules=merge_rules(horizontal),
        vrules=merge_rules(vertical),
    )


def text_lines(words: list[Word], tol: float = 2.5) -> list[list[Word]]:
    """Group words into printed lines (by their top), each sorted left to right."""
    lines: list[list[Word]] = []
    for w in sorted(words, key=lambda w: (w.top, w.x0)):
        if lines and abs(w.top - lines[-1][0].top) <= tol:
            lines[-1].append(w)
        else:
            lines.append([w])
    return [sorted(line, key=lambda w: w.x0) for line in lines]


def join_text(words: list[Word]) -> str:
    """A cell's text: its lines top to bottom, words left to right, joined by single spaces."""
    return " ".join(" ".join(w.text for w in line) for line in text_lines(words))
