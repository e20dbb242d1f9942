"""The fast reader: PDFium (C, through pypdfium2's raw API), giving what pdfminer gives.

Glyph boxes follow pdfminer's, which are typographic, not ink: from the glyph's origin to its
advance across, from the font's descent to descent + font size up (PDFium's tight box hugs the
ink; its loose box reaches the advance but is widened by ink that overhangs, so only its right
edge is used). Drawn paths become lines and rectangles by pdfminer's rules (one subpath each: a
single segment is a line, a closed axis-aligned four-sided one a rectangle, anything with a curve
neither), with each object's matrix and the form XObjects around it applied; page rotation is
applied as pdfminer does. PDFium's generated characters (spaces and line breaks it infers) are
skipped: words are made from positions, as for pdfminer.
"""
from __future__ import annotations

import ctypes
from pathlib import Path
from typing import Iterator

import pypdfium2 as pdfium
import pypdfium2.raw as R

from ...errors import InputError
from ..content import Box, Glyph, PageContent, page_content
from ..settings import DEFAULT, Settings
from . import locked

Matrix = tuple[float, float, float, float, float, float]
Char = tuple[str, float, float, float, tuple, int]
"""(text, origin x, origin y, right edge of the advance, text object's style, text object)."""
_SEGMENT = {R.FPDF_SEGMENT_MOVETO: "m", R.FPDF_SEGMENT_LINETO: "l", R.FPDF_SEGMENT_BEZIERTO: "c"}
_EXACT = 1e-4  # pdfminer compares corner points exactly; PDFium's are float32


class PdfiumSource:
    """A PDF opened with PDFium."""

    def __init__(self, path: Path, password: str | None):
        self.path = path
        try:
            self.pdf = pdfium.PdfDocument(str(path), password=password or None)
        except pdfium.PdfiumError as exc:
            if exc.err_code == R.FPDF_ERR_PASSWORD:
                raise locked(path, password) from None
            raise InputError(f"{path}: PDF okunamadı, dosya bozuk olabilir (damaged PDF: {exc})") from None
        self.page_count = len(self.pdf)
        self.metadata = self.pdf.get_metadata_dict(skip_empty=True)
        self.encrypted = R.FPDF_GetSecurityHandlerRevision(self.pdf.raw) != -1
        self._fonts: dict[int, str] = {}
        self._advances: dict[tuple, float] = {}

    def page(self, index: int, settings: Settings = DEFAULT) -> PageContent:
        page = self.pdf[index]
        self._fonts, self._advances = {}, {}  # a font's handle is only sure for the page it is used on
        try:
            ctm, left, ceiling, width, height = _frame(page)
            textpage = R.FPDFText_LoadPage(page.raw)
            try:
                glyphs = list(self._glyphs(textpage, ctm, left, ceiling))
            finally:
                R.FPDFText_ClosePage(textpage)
            count = R.FPDFPage_CountObjects(page.raw)
            objects = (R.FPDFPage_GetObject(page.raw, i) for i in range(count))
            boxes = [(x0 - left, ceiling - y1, x1 - left, ceiling - y0, is_rect)
                     for x0, y0, x1, y1, is_rect in _paths(objects, ctm)]
            return page_content(index + 1, width, height, glyphs, boxes, settings)
        finally:
            page.close()

    def close(self) -> None:
        self.pdf.close()

    def _glyphs(self, textpage, ctm: Matrix, left: float, ceiling: float) -> Iterator[Glyph]:
        """Upright glyphs as (text, x0, top, x1, bottom, font, size), pdfminer's boxes."""
        chars = self._chars(textpage, ctm)
        upright = ctm[:4] == (1, 0, 0, 1)
        for i, (text, x, y, right, style, _) in enumerate(chars):
            height, descent, font = style[:3]
            if len(text) > 1:  # a ligature: PDFium splits its box, pdfminer spans its advance
                right = next((c[1] for c in chars[i + 1:i + 2] if abs(c[2] - y) < 0.01 and 0 <= c[1] - right < 1), right)
            y0 = y + descent
            if upright:  # the page is not rotated: only the origin moves
                x0, b0, x1, b1 = x + ctm[4], y0 + ctm[5], right + ctm[4], y0 + height + ctm[5]
            else:
                x0, b0, x1, b1 = _rect(ctm, x, y0, right, y0 + height)
            yield text, x0 - left, ceiling - b1, x1 - left, ceiling - b0, font, round(b1 - b0, 1)

    def _chars(self, textpage, ctm: Matrix) -> list[Char]:
        """(text, origin x, origin y, right edge of the advance, style, text object) of each
        upright glyph in user space; the characters of one glyph (ligatures: ``ﬁ`` is ``f``,
        ``i`` in PDFium, at one origin) are joined back into one, as pdfminer has them."""
        origin_x, origin_y = ctypes.c_double(), ctypes.c_double()
        loose, matrix, size = R.FS_RECTF(), R.FS_MATRIX(), ctypes.c_float()
        objects: dict[int, tuple | None] = {}
        chars: list[Char] = []
        inferred_space = False
        for i in range(R.FPDFText_CountChars(textpage)):
            obj = R.FPDFText_GetTextObject(textpage, i)
            if not obj:  # a character PDFium inferred (space, line break)
                inferred_space = R.FPDFText_GetUnicode(textpage, i) == 0x20
                continue
            key = ctypes.addressof(obj.contents)
            if key not in objects:
                R.FPDFText_GetMatrix(textpage, i, matrix)
                R.FPDFTextObj_GetFontSize(obj, size)
                objects[key] = self._style(obj, (matrix.a, matrix.b, matrix.c, matrix.d, matrix.e, matrix.f),
                                           size.value, ctm)
            style = objects[key]
            if style is None:
                continue
            code = R.FPDFText_GetUnicode(textpage, i)
            text = "-" if code == 2 else chr(code)  # PDFium marks a hyphen that ends a line as U+0002
            R.FPDFText_GetCharOrigin(textpage, i, origin_x, origin_y)
            R.FPDFText_GetLooseCharBox(textpage, i, loose)
            x, y, right = origin_x.value, origin_y.value, loose.right
            if inferred_space and (space := self._printed_space(chars, key, x, y)) is not None:
                chars.append(space)
            inferred_space = False
            if chars and chars[-1][5] == key and chars[-1][1] == x and chars[-1][2] == y:
                last = chars[-1]
                chars[-1] = (last[0] + text, x, y, max(last[3], right), style, key)
                continue
            advance = self._advance(style, code)
            if advance:
                right = min(right, x + advance)  # the loose box also spans ink that overhangs
            chars.append((text, x, y, right, style, key))
        return chars

    def _style(self, obj, matrix: Matrix, size: float, ctm: Matrix) -> tuple | None:
        """A text object's glyph height, descent, font name, font and size, and horizontal scale,
        or None when its text is not upright on the page (pdfminer's test: no table text).
        Glyphs are measured in user space, upright there."""
        a, b, c, d, _, _ = _multiply(matrix, ctm)
        if not (a * d > 0 and b * c <= 0):
            return None
        font = R.FPDFTextObj_GetFont(obj)
        descent = ctypes.c_float()
        R.FPDFFont_GetDescent(font, ctypes.c_float(size), descent)
        return size * matrix[3], descent.value * matrix[3], self._font_name(font), font, ctypes.c_float(size), matrix[0]

    def _printed_space(self, chars: list, key: int, x: float, y: float) -> Char | None:
        """The space glyph PDFium reported as one it inferred (it does so for spaces Chromium
        prints): between two glyphs on one baseline, a gap of at least half the font's own
        space (kerning may pull the next glyph in) is a printed space (pdfminer reads it as a glyph)."""
        if not chars or chars[-1][2] != y:
            return None
        _, _, right, style, _ = chars[-1][1:]
        space = self._advance(style, 0x20)
        return (" ", right, y, x, style, key) if space and x - right >= space / 2 else None

    def _advance(self, style: tuple, code: int) -> float:
        """The glyph's advance in user space from its font's widths (0 if unknown)."""
        _, _, _, font, size, scale = style
        key = (ctypes.addressof(font.contents), size.value, scale, code)
        if key not in self._advances:
            width = ctypes.c_float()
            found = R.FPDFFont_GetGlyphWidth(font, code, size, width) and width.value > 0
            self._advances[key] = width.value * scale if found else 0.0
        return self._advances[key]

    def _font_name(self, font) -> str:
        key = ctypes.addressof(font.contents)
        if key not in self._fonts:
            n = R.FPDFFont_GetBaseFontName(font, None, 0)
            buffer = ctypes.create_string_buffer(n)
            R.FPDFFont_GetBaseFontName(font, buffer, n)
            self._fonts[key] = buffer.value.decode("utf-8", "replace")
        return self._fonts[key]


def _frame(page: pdfium.PdfPage) -> tuple[Matrix, float, float, float, float]:
    """pdfminer's device matrix for the page's rotation, the corner it measures from (left,
    ceiling) and the page's width and height as pdfplumber gives them."""
    x0, y0, x1, y1 = page.get_mediabox()
    rotation = page.get_rotation() % 360
    ctm = {90: (0, -1, 1, 0, -y0, x1), 180: (-1, 0, 0, -1, x1, y1),
           270: (0, 1, -1, 0, y1, -x0)}.get(rotation, (1, 0, 0, 1, -x0, -y0))
    left, _, right, ceiling = _rect(ctm, x0, y0, x1, y1)
    width, height = (y1 - y0, x1 - x0) if rotation in (90, 270) else (x1 - x0, y1 - y0)
    return ctm, left, ceiling, float(width), float(height)


def _paths(objects, matrix: Matrix) -> Iterator[tuple[float, float, float, float, bool]]:
    """Lines and rectangles (x0, y0, x1, y1, is_rect) drawn by page objects, form XObjects
    recursed, in the device space of ``matrix``."""
    own = R.FS_MATRIX()
    for obj in objects:
        kind = R.FPDFPageObj_GetType(obj)
        if kind not in (R.FPDF_PAGEOBJ_PATH, R.FPDF_PAGEOBJ_FORM):
            continue
        R.FPDFPageObj_GetMatrix(obj, own)
        to_page = _multiply((own.a, own.b, own.c, own.d, own.e, own.f), matrix)
        if kind == R.FPDF_PAGEOBJ_FORM:
            count = R.FPDFFormObj_CountObjects(obj)
            yield from _paths((R.FPDFFormObj_GetObject(obj, i) for i in range(count)), to_page)
        else:
            for shape, points in _subpaths(obj):
                if (box := _line_or_rect(shape, [_apply(to_page, p) for p in points])) is not None:
                    yield box


def _subpaths(path) -> Iterator[tuple[str, list[tuple[float, float]]]]:
    """A path object's subpaths as pdfminer sees them: operators (``m``, ``l``, ``c``, ``h``)
    and the points they end on (``h`` ends where the subpath began)."""
    x, y = ctypes.c_float(), ctypes.c_float()
    shape, points = "", []
    for i in range(R.FPDFPath_CountSegments(path)):
        segment = R.FPDFPath_GetPathSegment(path, i)
        op = _SEGMENT.get(R.FPDFPathSegment_GetType(segment), "c")
        if op == "m" and shape:
            yield shape, points
            shape, points = "", []
        R.FPDFPathSegment_GetPoint(segment, x, y)
        shape += op
        points.append((x.value, y.value))
        if R.FPDFPathSegment_GetClose(segment):
            shape += "h"
            points.append(points[0])
    if shape:
        yield shape, points


def _line_or_rect(shape: str, pts: list[tuple[float, float]]) -> tuple[float, float, float, float, bool] | None:
    """pdfminer's reading of one subpath: a line, a rectangle, or (a curve) nothing."""
    if "c" in shape or shape[:1] != "m":
        return None
    if len(shape) > 3 and shape[-2:] == "lh" and _same(pts[-2], pts[0]):
        shape, pts = shape[:-2] + "h", pts[:-2] + pts[-1:]
    if shape in ("ml", "mlh"):
        (ax, ay), (bx, by) = pts[0], pts[1]
        return min(ax, bx), min(ay, by), max(ax, bx), max(ay, by), False
    if shape in ("mlllh", "mllll") and _same(pts[0], pts[4]):
        (x0, y0), (x1, y1), (x2, y2), (x3, y3) = pts[:4]
        square = (_eq(x0, x1) and _eq(y1, y2) and _eq(x2, x3) and _eq(y3, y0)) or \
                 (_eq(y0, y1) and _eq(x1, x2) and _eq(y2, y3) and _eq(x3, x0))
        if square:
            return min(x0, x2), min(y0, y2), max(x0, x2), max(y0, y2), True
    return None


def _eq(a: float, b: float) -> bool:
    return abs(a - b) <= _EXACT


def _same(p: tuple[float, float], q: tuple[float, float]) -> bool:
    return _eq(p[0], q[0]) and _eq(p[1], q[1])


def _multiply(m: Matrix, n: Matrix) -> Matrix:
    """``m`` then ``n`` (PDF row-vector convention, as pdfminer's ``mult_matrix``)."""
    a1, b1, c1, d1, e1, f1 = m
    a0, b0, c0, d0, e0, f0 = n
    return (a0 * a1 + c0 * b1, b0 * a1 + d0 * b1, a0 * c1 + c0 * d1, b0 * c1 + d0 * d1,
            a0 * e1 + c0 * f1 + e0, b0 * e1 + d0 * f1 + f0)


def _apply(m: Matrix, p: tuple[float, float]) -> tuple[float, float]:
    a, b, c, d, e, f = m
    x, y = p
    return a * x + c * y + e, b * x + d * y + f


def _rect(m: Matrix, x0: float, y0: float, x1: float, y1: float) -> tuple[float, float, float, float]:
    """The device box of a user-space box (rotations by quarter turns keep boxes boxes)."""
    (ax, ay), (bx, by) = _apply(m, (x0, y0)), _apply(m, (x1, y1))
    return min(ax, bx), min(ay, by), max(ax, bx), max(ay, by)
