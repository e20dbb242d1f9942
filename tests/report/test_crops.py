"""The report's page crops show the cells a finding names where the reader found them, also on a
PDF whose crop box is smaller than its media box (PDFium shows the crop box; the readers' boxes
are in the media box's frame)."""
from __future__ import annotations

import base64
import io

import numpy as np
import pypdfium2 as pdfium
from PIL import Image

from pipeline.extract.scan.raster import render as raster
from pipeline.extract.sources import open_source
from pipeline.model import BBox
from pipeline.report.crops import render
from pipeline.report.evidence import Shot

from ..conftest import EDITIONS

PDF = EDITIONS["defne-2023"]
PAGE = 5


def _cropped(tmp_path):
    """The programme with every page's crop box 40 points inside its media box on each side."""
    pdf = pdfium.PdfDocument(str(PDF))
    for page in pdf:
        x0, y0, x1, y1 = page.get_mediabox()
        page.set_cropbox(x0 + 40, y0 + 40, x1 - 40, y1 - 40)
    path = tmp_path / "cropped.pdf"
    pdf.save(path)
    return path


def _pixels(uri: str) -> np.ndarray:
    return np.asarray(Image.open(io.BytesIO(base64.b64decode(uri.split(",", 1)[1]))).convert("RGB"))


def test_a_smaller_crop_box_does_not_move_the_framed_cells(tmp_path):
    source = open_source("pdfium", PDF, None)
    amount = next(w for w in source.page(PAGE - 1).words if w.text.replace(",", "").isdigit() and len(w.text) > 4)
    source.close()
    cell = BBox(amount.x0 - 2, amount.top - 2, amount.x1 + 2, amount.bottom + 2)
    shot = Shot(PAGE, "strategic", True, (BBox(30, cell.top, 800, cell.bottom),), (cell,))
    want, got = _pixels(render(PDF, [shot])[shot]), _pixels(render(_cropped(tmp_path), [shot])[shot])
    assert want.shape == got.shape and (want != got).sum() == 0


def test_a_page_is_rasterised_for_ocr_in_the_readers_frame(tmp_path):
    want, got = raster(PDF, None, PAGE - 1, dpi=72), raster(_cropped(tmp_path), None, PAGE - 1, dpi=72)
    assert (got.width, got.height) == (want.width, want.height)
    assert got.pixels.shape == want.pixels.shape and (got.pixels != want.pixels).sum() == 0
