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

RULE_SNAP = 1.2  # points: rules closer than this on the cross axis are the same rule
RULE_JOIN = 2.0  # points: collinear pieces with a gap up to this are joined
MIN_RULE = 3.0  # points: shorter strokes are glyph parts or corners, not rules


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


def _rule_segments(page: pdfplumber.page.Page) -> tuple[list, list]:
    horizontal, vertical = [], []
    for e in page.edges:
        if e["orientation"] == "h":
            horizontal.append(((e["top"] + e["bottom"]) / 2, e["x0"], e["x1"]))
        else:
            vertical.append(((e["x0"] + e["x1"]) / 2, e["top"], e["bottom"]))
    for r in page.rects:  # a thin filled rectangle is a rule, whatever its edges say
        w, h = r["x1"] - r["x0"], r["bottom"] - r["top"]
        if h < 2 <= w:
            horizontal.append(((r["top"] + r["bottom"]) / 2, r["x0"], r["x1"]))
        elif w < 2 <= h:
            vertical.append(((r["x0"] + r["x1"]) / 2, r["top"], r["bottom"]))
    return horizontal, vertical


def read_page(page: pdfplumber.page.Page) -> PageContent:
    clean = page.dedupe_chars(tolerance=1)
    words = [
        Word(w["text"], w["x0"], w["top"], w["x1"], w["bottom"])
        for w in clean.extract_words(x_tolerance=2, y_tolerance=2, keep_blank_chars=False)
    ]
    horizontal, vertical = _rule_segments(page)
    return PageContent(
        number=page.page_number,
        width=float(page.width),
        height=float(page.height),
        words=words,
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
