"""Make a scan of a PDF, as a scanner would: each page rendered at 200 dpi in grey, turned by
0.5–1° either way, speckled with noise, JPEG-compressed, and put back as an image-only PDF."""
from __future__ import annotations

import io
import random
from pathlib import Path

import numpy as np
import pypdfium2 as pdfium
from PIL import Image

DPI = 200


def scan_page(image: Image.Image, rng: random.Random) -> Image.Image:
    """One page image as it comes out of a scanner."""
    angle = rng.choice((-1, 1)) * rng.uniform(0.5, 1.0)
    turned = image.rotate(angle, resample=Image.BILINEAR, expand=False, fillcolor=255)
    pixels = np.asarray(turned, dtype=np.int16)
    noise = np.random.default_rng(rng.randrange(1 << 30)).normal(0, 12, pixels.shape)
    noisy = Image.fromarray(np.clip(pixels + noise, 0, 255).astype(np.uint8))
    buffer = io.BytesIO()
    noisy.save(buffer, "JPEG", quality=60)
    return Image.open(io.BytesIO(buffer.getvalue()))


def scan(pdf: Path, out: Path, seed: int = 14, pages: list[int] | None = None, turn: int = 0) -> Path:
    """``out``: an image-only PDF of ``pdf``'s pages (0-based ``pages``, default all), each fed
    ``turn`` degrees counter-clockwise (90: a landscape page on a portrait sheet)."""
    rng = random.Random(seed)
    source = pdfium.PdfDocument(str(pdf))
    images = []
    for i in pages if pages is not None else range(len(source)):
        page = source[i]
        image = page.render(scale=DPI / 72, grayscale=True).to_pil().convert("L")
        images.append(scan_page(image.rotate(turn, expand=True) if turn else image, rng))
        page.close()
    source.close()
    images[0].save(out, "PDF", resolution=DPI, save_all=True, append_images=images[1:])
    return out
