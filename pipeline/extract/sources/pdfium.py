"""The fast reader: PDFium (C, through pypdfium2's raw API), giving what pdfminer gives.

Glyph boxes follow pdfminer's, which are typographic, not ink: from the glyph's origin along the
baseline by its advance (the font's width; PDFium's loose box where the font cannot say, which
reaches the advance but also any ink that overhangs it), across from the font's descent to descent
+ font size. PDFium's text page differs from the content stream in three ways that are undone
here: it splits a ligature glyph into its letters at one origin (joined back), marks a hyphen that
ends a line as U+0002 (read as ``-``), and replaces a space glyph at the edge of a text object by
one it infers (kept as printed; other inferred characters are dropped, words are made from
positions as for pdfminer). Drawn paths become lines and rectangles by pdfminer's rules (one
subpath each: a single segment is a line, a closed axis-aligned four-sided one a rectangle,
anything with a curve neither), with each object's matrix and the form XObjects around it
applied; page rotation is applied as pdfminer does.
"""
from __future__ import annotations

import ctypes
import math
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterator

import pypdfium2 as pdfium
import pypdfium2.raw as R

from ...errors import InputError
from ...i18n import N_
from ..content import Glyph, PageContent, page_content
from ..settings import DEFAULT, Settings
from .base import locked

Matrix = tuple[float, float, float, float, float, float]


@dataclass(frozen=True, slots=True)
class _Style:
    """How the glyphs of one text object are measured, in user space."""

    name: str  # the font's name (bold or not)
    font: object  # PDFium's font handle
    c_size: ctypes.c_float  # the font size as PDFium's calls take it
    size: float  # font size, text space
    descent: float  # text space, at this size
    direction: tuple[float, float]  # unit vector along the baseline
    scale: float  # user units per text unit along the baseline
    up: tuple[float, float]  # a text unit across the baseline, in user space
    upright: bool  # the baseline runs left to right in user space, glyphs stand up
    widths: dict[int, float] = field(compare=False)  # advances by code as met, shared by one font, size, scale

    def along(self, dx: float, dy: float) -> float:
        return dx * self.direction[0] + dy * self.direction[1]

    def across(self, dx: float, dy: float) -> float:
        return dy * self.direction[0] - dx * self.direction[1]


def _unchecked(func, restype: type) -> Callable[..., Any]:
    """``func`` without ctypes' conversion of each argument (the arguments must already be what C
    takes: ints, pointers, ``byref``): that conversion costs more than PDFium's work in the calls
    made for every character."""
    raw = type(func)(ctypes.cast(func, ctypes.c_void_p).value)
    raw.restype = restype
    return raw


_text_object = _unchecked(R.FPDFText_GetTextObject, ctypes.c_void_p)  # the object's address, None if inferred
_unicode = _unchecked(R.FPDFText_GetUnicode, ctypes.c_uint)
_char_origin = _unchecked(R.FPDFText_GetCharOrigin, ctypes.c_int)
_loose_box = _unchecked(R.FPDFText_GetLooseCharBox, ctypes.c_int)

Char = tuple[str, float, float, float, _Style, int]
"""(text, origin x, origin y, advance along the baseline, its text object's style, the text object)."""
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
            raise InputError(N_("{path}: damaged PDF, it cannot be read ({cause})"), path=path, cause=exc) from None
        self.page_count = len(self.pdf)
        self.metadata = self.pdf.get_metadata_dict(skip_empty=True)
        self.encrypted = R.FPDF_GetSecurityHandlerRevision(self.pdf.raw) != -1
        self._fonts: dict[int, str] = {}
        self._advances: dict[tuple[int, float, float], dict[int, float]] = {}
        self._texts: dict[int, str] = {}

    def page(self, index: int, settings: Settings = DEFAULT) -> PageContent:
        page = self.pdf[index]
        self._fonts, self._advances, self._texts = {}, {}, {}  # handles are only sure for the page they are on
        try:
            ctm, left, ceiling, width, height = _frame(page)
            textpage = R.FPDFText_LoadPage(page.raw)
            try:
                glyphs = self._glyphs(textpage, ctm, left, ceiling)
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

    def _glyphs(self, textpage, ctm: Matrix, left: float, ceiling: float) -> list[Glyph]:
        """Upright glyphs as (text, x0, top, x1, bottom, font, size), pdfminer's boxes: from the
        origin along the text's direction by the advance, across it from descent to descent +
        font size, in device space."""
        chars = self._chars(textpage, ctm)
        unrotated = ctm[:4] == (1, 0, 0, 1)
        e, f = ctm[4], ctm[5]
        glyphs: list[Glyph] = []
        append = glyphs.append
        for i, (text, x, y, advance, style, _) in enumerate(chars):
            if len(text) > 1:  # a ligature: PDFium splits its box, pdfminer spans its advance
                advance = next((a for c in chars[i + 1:i + 2] if abs(style.across(c[1] - x, c[2] - y)) < 0.01
                                and 0 <= (a := style.along(c[1] - x, c[2] - y)) - advance < 1), advance)
            low, high = style.descent, style.descent + style.size
            if unrotated and style.upright:  # nearly every glyph: only the origin moves
                d = style.up[1]
                x0, x1, y0, y1 = x + e, x + advance + e, y + low * d + f, y + high * d + f
            else:
                (ux, uy), (cx, cy) = style.direction, style.up
                corners = [_apply(ctm, (x + ux * s + cx * t, y + uy * s + cy * t)) for s in (0, advance) for t in (low, high)]
                x0, x1 = min(p[0] for p in corners), max(p[0] for p in corners)
                y0, y1 = min(p[1] for p in corners), max(p[1] for p in corners)
            append((text, x0 - left, ceiling - y1, x1 - left, ceiling - y0, style.name, round(y1 - y0, 1)))
        return glyphs

    def _chars(self, textpage, ctm: Matrix) -> list[Char]:
        """Each upright glyph's (text, origin x, origin y, advance, style, text object) in user
        space; the characters of one glyph (ligatures: ``ﬁ`` is ``f``, ``i`` in PDFium, at one
        origin) are joined back into one, as pdfminer has them."""
        origin_x, origin_y = ctypes.c_double(), ctypes.c_double()
        loose, matrix, size = R.FS_RECTF(), R.FS_MATRIX(), ctypes.c_float()
        # pointers made once: the per-character calls take their arguments as they are
        origin_x_at, origin_y_at, loose_at = ctypes.byref(origin_x), ctypes.byref(origin_y), ctypes.byref(loose)
        styles: dict[int, _Style | None] = {}
        handles: dict[int, object] = {}
        chars: list[Char] = []
        inferred_space = False
        key, style = None, None  # the last character's text object and its style: objects come in runs
        for i in range(R.FPDFText_CountChars(textpage)):
            address = _text_object(textpage, i)
            if not address:  # a character PDFium inferred (space, line break)
                inferred_space = _unicode(textpage, i) == 0x20
                continue
            if address != key:
                key = address
                if key not in styles:
                    handles[key] = obj = ctypes.cast(address, R.FPDF_PAGEOBJECT)
                    R.FPDFText_GetMatrix(textpage, i, matrix)
                    R.FPDFTextObj_GetFontSize(obj, size)
                    styles[key] = self._style(obj, (matrix.a, matrix.b, matrix.c, matrix.d, 0, 0), size.value, ctm)
                style = styles[key]
            if style is None:
                continue
            code = _unicode(textpage, i)
            text = "-" if code == 2 else chr(code)  # PDFium marks a hyphen that ends a line as U+0002
            _char_origin(textpage, i, origin_x_at, origin_y_at)
            _loose_box(textpage, i, loose_at)
            x, y = origin_x.value, origin_y.value
            # the loose box reaches the advance, or further where the ink overhangs it
            if style.upright:
                advance = loose.right - x
            else:
                advance = max(style.along(cx - x, cy - y) for cx in (loose.left, loose.right) for cy in (loose.bottom, loose.top))
            if inferred_space:
                if chars and self._printed_space(textpage, handles[chars[-1][5]], handles[key]):
                    chars.append(_space(chars[-1], x, y))
                inferred_space = False
            if chars and (last := chars[-1])[1] == x and last[2] == y and last[5] == key:
                chars[-1] = (last[0] + text, x, y, max(last[3], advance), style, key)
                continue
            if (width := style.widths.get(code)) is None:
                width = style.widths[code] = _font_advance(style, code)
            if width:
                advance = min(advance, width)
            chars.append((text, x, y, advance, style, key))
        return chars

    def _style(self, obj, matrix: Matrix, size: float, ctm: Matrix) -> _Style | None:
        """How a text object's glyphs are measured, or None when its text is not upright on the
        page (pdfminer's test: no table text)."""
        a, b, c, d, _, _ = _multiply(matrix, ctm)
        if not (a * d > 0 and b * c <= 0):
            return None
        font = R.FPDFTextObj_GetFont(obj)
        descent = ctypes.c_float()
        R.FPDFFont_GetDescent(font, ctypes.c_float(size), descent)
        scale = math.hypot(matrix[0], matrix[1])
        direction = (matrix[0] / scale, matrix[1] / scale)
        widths = self._advances.setdefault((ctypes.addressof(font.contents), size, scale), {})
        return _Style(self._font_name(font), font, ctypes.c_float(size), size, descent.value, direction, scale,
                      (matrix[2], matrix[3]), direction == (1.0, 0.0) and matrix[2] == 0 and matrix[3] > 0, widths)

    def _printed_space(self, textpage, before, after) -> bool:
        """Whether the space PDFium inferred between two text objects is a printed one: PDFium
        leaves out a space glyph that ends (or starts) a text object and infers one in its place;
        pdfminer reads it as a glyph."""
        return self._object_text(textpage, before).endswith(" ") or self._object_text(textpage, after).startswith(" ")

    def _object_text(self, textpage, obj) -> str:
        key = ctypes.addressof(obj.contents)
        if key not in self._texts:
            n = R.FPDFTextObj_GetText(obj, textpage, None, 0)
            buffer = (ctypes.c_ushort * max(n // 2, 1))()
            R.FPDFTextObj_GetText(obj, textpage, buffer, n)
            self._texts[key] = bytes(buffer).decode("utf-16-le", "replace").rstrip("\0")
        return self._texts[key]

    def _font_name(self, font) -> str:
        key = ctypes.addressof(font.contents)
        if key not in self._fonts:
            n = R.FPDFFont_GetBaseFontName(font, None, 0)
            buffer = ctypes.create_string_buffer(n)
            R.FPDFFont_GetBaseFontName(font, buffer, n)
            self._fonts[key] = buffer.value.decode("utf-8", "replace")
        return self._fonts[key]


def _font_advance(style: _Style, code: int) -> float:
    """The glyph's advance in user space from its font's widths (0 if unknown)."""
    width = ctypes.c_float()
    found = R.FPDFFont_GetGlyphWidth(style.font, code, style.c_size, width) and width.value > 0
    return width.value * style.scale if found else 0.0


def _space(before: Char, x: float, y: float) -> Char:
    """A space glyph from the end of ``before`` to the next glyph's origin (x, y)."""
    _, px, py, advance, style, key = before
    start = (px + style.direction[0] * advance, py + style.direction[1] * advance)
    return " ", start[0], start[1], max(style.along(x - start[0], y - start[1]), 0.0), style, key


def _frame(page: pdfium.PdfPage) -> tuple[Matrix, float, float, float, float]:
    """pdfminer's device matrix for the page's rotation, the corner it measures from (left,
    ceiling) and the page's width and height as pdfplumber gives them."""
    x0, y0, x1, y1 = page.get_mediabox()
    rotation = page.get_rotation() % 360
    ctm = {90: (0, -1, 1, 0, -y0, x1), 180: (-1, 0, 0, -1, x1, y1),
           270: (0, 1, -1, 0, y1, -x0)}.get(rotation, (1, 0, 0, 1, -x0, -y0))
    left, _, _, ceiling = _rect(ctm, x0, y0, x1, y1)
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
