"""The reference reader: pdfminer's interpreter (what pdfplumber and camelot read with), one pass
per page, glyphs kept as plain tuples (pdfminer's layout objects cost more than the rest of the
page)."""
from __future__ import annotations

from pathlib import Path
from typing import Iterable

import pdfplumber
from pdfminer.converter import PDFPageAggregator
from pdfminer.layout import LTFigure, LTLine, LTRect
from pdfminer.pdfdocument import PDFPasswordIncorrect
from pdfminer.pdffont import PDFUnicodeNotDefined
from pdfminer.pdfinterp import PDFPageInterpreter
from pdfminer.utils import apply_matrix_rect

from ...errors import InputError
from ...i18n import N_
from ..content import PageContent, page_content
from ..settings import DEFAULT, Settings
from .base import locked


class PdfminerSource:
    """A PDF opened with pdfplumber (pdfminer underneath)."""

    def __init__(self, path: Path, password: str | None):
        self.path = path
        try:
            self.pdf = pdfplumber.open(path, password=password or "")
            self.page_count = len(self.pdf.pages)  # forces the page tree: damage shows here, not later
        except Exception as exc:  # pdfminer raises many kinds on damaged files; pdfplumber wraps them
            cause = exc.args[0] if exc.args and isinstance(exc.args[0], Exception) else exc
            if isinstance(cause, PDFPasswordIncorrect):
                raise locked(path, password) from None
            raise InputError(N_("{path}: damaged PDF, it cannot be read ({cause})"), path=path,
                             cause=type(cause).__name__) from None
        self.metadata = dict(self.pdf.metadata or {})
        self.encrypted = bool(getattr(self.pdf.doc, "encryption", None))

    def page(self, index: int, settings: Settings = DEFAULT) -> PageContent:
        page = self.pdf.pages[index]
        try:
            return read_page(page, settings)
        finally:
            page.close()

    def close(self) -> None:
        self.pdf.close()


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
    return page_content(page.page_number, float(page.width), float(page.height), glyphs, boxes, settings)
