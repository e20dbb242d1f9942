"""Words into printed lines, and lines into blocks: the text of one cell.

Within a cell, lines follow each other at the font's line pitch; between two cells there is the
cells' padding as well. The pitch is measured on the page itself (:func:`line_pitch`), so no
font size or producer is assumed.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property

from .content import Word
from .settings import DEFAULT, Settings


@dataclass(frozen=True)
class Words:
    """Words that stand together (a line, a header cell) and their extent."""

    words: tuple[Word, ...]

    @cached_property  # read many times while rows and cells are formed
    def top(self) -> float:
        return min(w.top for w in self.words)

    @cached_property
    def bottom(self) -> float:
        return max(w.bottom for w in self.words)

    @cached_property
    def x0(self) -> float:
        return min(w.x0 for w in self.words)

    @cached_property
    def x1(self) -> float:
        return max(w.x1 for w in self.words)

    @property
    def yc(self) -> float:
        return (self.top + self.bottom) / 2

    @property
    def xc(self) -> float:
        return (self.x0 + self.x1) / 2


@dataclass(frozen=True)
class Line(Words):
    """One printed line of words, left to right."""

    @cached_property
    def text(self) -> str:
        return " ".join(w.text for w in self.words)


@dataclass(frozen=True)
class Block:
    """Consecutive lines of one cell."""

    lines: tuple[Line, ...]

    @property
    def top(self) -> float:
        return self.lines[0].top

    @cached_property
    def bottom(self) -> float:
        return max(line.bottom for line in self.lines)

    @property
    def yc(self) -> float:
        return (self.top + self.bottom) / 2

    @property
    def words(self) -> list[Word]:
        return [w for line in self.lines for w in line.words]

    @property
    def text(self) -> str:
        return " ".join(line.text for line in self.lines)


def text_lines(words: list[Word], settings: Settings = DEFAULT) -> list[Line]:
    """Group words into printed lines (by their top), each sorted left to right."""
    groups: list[list[Word]] = []
    for w in sorted(words, key=lambda w: (w.top, w.x0)):
        if groups and abs(w.top - groups[-1][0].top) <= settings.line_tol:
            groups[-1].append(w)
        else:
            groups.append([w])
    return [Line(tuple(sorted(g, key=lambda w: w.x0))) for g in groups]


def join_text(words: list[Word], settings: Settings = DEFAULT) -> str:
    """A cell's text: its lines top to bottom, words left to right, joined by single spaces."""
    return " ".join(line.text for line in text_lines(words, settings))


def line_pitch(lines: list[Line]) -> float | None:
    """The distance between consecutive lines of one cell, read from the page: the smallest
    distance, seen a few times, from a word to the next word below it that it overlaps
    horizontally (words of one column stand over each other; a table's columns are never
    consulted). Tables of one-line rows are full of distances between rows; the few wrapped
    cells give the pitch."""
    pitches: list[float] = []
    for i, line in enumerate(lines):
        height = line.bottom - line.top
        for w in line.words:
            for below in lines[i + 1:i + 8]:
                if below.top - line.top > 2.5 * height:
                    break
                under = [v.top - w.top for v in below.words if v.x0 < w.x1 and w.x0 < v.x1]
                if under and min(under) > 0.5 * height:
                    pitches.append(min(under))
                    break
    if not pitches:
        return None
    pitches.sort()
    cluster = [pitches[0]]
    for p in pitches[1:]:
        if p - cluster[-1] > 0.3:
            if len(cluster) >= 3:
                break
            cluster = []
        cluster.append(p)
    return cluster[len(cluster) // 2] if len(cluster) >= 3 else pitches[len(pitches) // 10]


def is_break(upper: Line, lower: Line, pitch: float | None, settings: Settings = DEFAULT) -> bool:
    """Does a new cell start at ``lower``? Yes when it is further below ``upper`` than lines of
    one cell are (or, without a known pitch, when a gap of half a line separates them)."""
    if pitch is None:
        return lower.top - upper.bottom > 0.5 * (upper.bottom - upper.top)
    return lower.top - upper.top > pitch + settings.break_slack + settings.break_ratio * pitch


def blocks(lines: list[Line], pitch: float | None, settings: Settings = DEFAULT) -> list[Block]:
    """Split a column's lines into blocks at every break."""
    out: list[list[Line]] = []
    for line in lines:
        if out and not is_break(out[-1][-1], line, pitch, settings):
            out[-1].append(line)
        else:
            out.append([line])
    return [Block(tuple(b)) for b in out]
