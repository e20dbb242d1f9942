"""Print a synthetic programme the way a browser would: an HTML page per PDF page, printed to PDF
by headless Chromium. Another producer (Skia) with its own font subsets, text runs, ligature
glyphs (`ﬁ`, `ﬂ` with DejaVu Sans) and border drawing (every rule a filled rectangle, cut at each
cell corner as CSS cell borders are).

The pages are the ones :func:`.progbuild.lay_out` makes for reportlab, placed absolutely with their
text lines already broken: so the truth knows every row's page without asking the browser where it
broke, and every option of :class:`.progbuild.PrintOptions` prints here too.
"""
from __future__ import annotations

import html
import os
import shutil
import subprocess
import tempfile
from pathlib import Path
from typing import Any

import pandas as pd
import pypdfium2

from .progbuild import (BUDGET_LINE_COLUMNS, PAGE_H, PAGE_W, PrintOptions, Programme, Truth, _Page,
                        _Style, lay_out, pdf_title)

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
CSS_FAMILIES = {"DejaVuSans": "DejaVu Sans", "DejaVuSerif": "DejaVu Serif",
                "LiberationSans": "Liberation Sans", "LiberationSerif": "Liberation Serif"}
"""reportlab's family names as fontconfig knows them."""

# A text line is a block whose line box is as tall as an empty inline-block strut of the font
# size: its baseline is then exactly one font size below the block's top, whatever the font's
# ascent (line-height 0 keeps the text's own line box from lowering it).
CSS = f"""
@page {{ size: {PAGE_W}pt {PAGE_H}pt; margin: 0; }}
html, body {{ margin: 0; padding: 0; }}
.page {{ position: relative; width: {PAGE_W}pt; height: {PAGE_H - 1}pt; overflow: hidden;
         break-after: page; }}  /* a point short: Chromium's A4 is 594.96 pt, a full box would spill */
.page:last-child {{ break-after: auto; }}
.page > div {{ position: absolute; }}
.t {{ white-space: pre; line-height: 0; }}
.t i {{ display: inline-block; }}
.b {{ font-weight: bold; }}
"""


def _box(x0: float, top: float, x1: float, bottom: float, css: str) -> str:
    return (f'<div style="left:{x0:.3f}pt;top:{top:.3f}pt;width:{x1 - x0:.3f}pt;'
            f'height:{bottom - top:.3f}pt;{css}"></div>')


def _page_html(page: _Page, style: _Style) -> str:
    """One page: fills, then rules as black boxes centred on them, then text lines."""
    out = ['<div class="page">']
    for x0, top, x1, bottom, (r, g, b) in page.fills:
        out.append(_box(x0, top, x1, bottom, f"background:rgb({r * 255:.0f},{g * 255:.0f},{b * 255:.0f})"))
    h = style.line_width / 2
    out += [_box(x0 - h, top - h, x1 + h, bottom + h, "background:#000") for x0, top, x1, bottom in page.rules]
    for t in page.texts:
        family = t.font.removesuffix("-Bold")
        bold = " b" if t.font.endswith("-Bold") else ""
        out.append(f'<div class="t{bold}" style="left:{t.x:.3f}pt;top:{t.baseline - t.size:.3f}pt;'
                   f"font-family:'{CSS_FAMILIES[family]}';font-size:{t.size}pt\">"
                   f'<i style="height:{t.size}pt"></i>{html.escape(t.text)}</div>')
    out.append("</div>")
    return "\n".join(out)


def _print(document: str, path: Path) -> None:
    """Print an HTML document to ``path`` with headless Chromium."""
    if CHROMIUM is None:
        raise RuntimeError("chromium is not installed")
    with tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp) / "programme.html"
        source.write_text(document, encoding="utf-8")
        subprocess.run([CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync",
                        f"--user-data-dir={tmp}/profile", "--no-pdf-header-footer",
                        f"--print-to-pdf={path}", source.as_uri()],
                       check=True, capture_output=True, timeout=120)


def build_html(programme: Programme, path: str | os.PathLike[str], **options: Any) -> Truth:
    """Print ``programme`` to ``path`` through Chromium and return what an extractor must find.

    ``options`` are those of :func:`.progbuild.build_programme`; ``rect_cells`` changes nothing (a
    browser draws every rule as a rectangle). Chromium writes no Author, so with the reference's
    front text the front page names the publisher in full.
    """
    pages, style, truth = lay_out(programme, PrintOptions(**options), browser=True)
    body = "\n".join(_page_html(page, style) for page in pages)
    document = (f"<!doctype html><html lang='tr'><head><meta charset='utf-8'>"
                f"<title>{html.escape(pdf_title(programme))}</title><style>{CSS}</style></head>"
                f"<body>{body}</body></html>")
    _print(document, Path(path))
    document_pdf = pypdfium2.PdfDocument(str(path))
    printed = len(document_pdf)
    document_pdf.close()
    if printed != len(pages):
        raise RuntimeError(f"Chromium printed {printed} pages, the layout has {len(pages)}")
    return truth


def build_html_programme(programme: Programme, path: Path) -> pd.DataFrame:
    """Print ``programme`` to ``path`` through Chromium; return the truth's budget lines."""
    return build_html(programme, path).budget_lines[BUDGET_LINE_COLUMNS]
