"""Words and lines drawn by hand for the extraction stages' unit tests: 8 pt text, half a point
of advance per character and point of size, lines 10 points apart unless a test says otherwise."""
from __future__ import annotations

from pipeline.extract.content import Word
from pipeline.extract.lines import Line

SIZE = 8.0


def word(text: str, x0: float, top: float, bold: bool = False, size: float = SIZE) -> Word:
    return Word(text, x0, top, x0 + 0.5 * size * len(text), top + size, bold)


def phrase(text: str, x0: float, top: float, bold: bool = False) -> list[Word]:
    """The words of ``text`` on one line, a word space apart."""
    out: list[Word] = []
    x = x0
    for t in text.split():
        out.append(word(t, x, top, bold))
        x = out[-1].x1 + 2.0
    return out


def line(text: str, x0: float, top: float) -> Line:
    return Line(tuple(phrase(text, x0, top)))
