"""One scanned page read from its image, and many in parallel processes."""
from __future__ import annotations

import os
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Iterator

from ...processes import die_with_parent
from ..content import PageContent, merge_rules, rule_pieces
from ..settings import DEFAULT, Settings
from .dashes import find_dashes
from .deskew import rotate, skew_angle
from .ink import ink, whiten
from .ocr import PACKAGES, OcrUnavailable, read_words, unavailable
from .raster import DPI, blank, render
from .rules import find_rules

def ocr_page(path: Path, password: str | None, index: int, dpi: int = DPI,
             settings: Settings = DEFAULT) -> PageContent:
    """Page ``index`` (0-based) read from its image."""
    image = render(path, password, index, dpi)
    pixels = rotate(image.pixels, skew_angle(ink(image.pixels)))
    binary = ink(pixels)
    boxes, thin = find_rules(binary, image.scale, settings)
    binary[thin > 0] = 0
    horizontal, vertical = rule_pieces(boxes, settings)
    clean = whiten(pixels)
    clean[thin > 0] = 255
    words = read_words(clean, dpi)
    words += find_dashes(binary, words, image.scale)
    return PageContent(number=image.number, width=image.width, height=image.height,
                       words=sorted(words, key=lambda w: (w.top, w.x0)),
                       hrules=merge_rules(horizontal, settings), vrules=merge_rules(vertical, settings))


def _worker() -> None:
    die_with_parent()
    os.environ.setdefault("OMP_THREAD_LIMIT", "1")  # the pool is the parallelism


def ocr_pages(path: Path, password: str | None, numbers: list[int], workers: int | None = None,
              dpi: int = DPI, settings: Settings = DEFAULT) -> Iterator[PageContent]:
    """Pages (1-based ``numbers``) read from their images, in order, as they are done. Without
    Tesseract, blank pages are passed over and a page that prints something stops the run."""
    problem = unavailable()
    if problem:
        numbers = [n for n in numbers if not blank(path, password, n - 1)]
        if numbers:
            raise OcrUnavailable(problem, path=path, packages=PACKAGES)
        return
    workers = min(workers or os.cpu_count() or 1, len(numbers))
    if workers < 2:
        for n in numbers:
            yield ocr_page(path, password, n - 1, dpi, settings)
        return
    with ProcessPoolExecutor(max_workers=workers, initializer=_worker) as pool:
        yield from pool.map(ocr_page, *zip(*[(path, password, n - 1, dpi, settings) for n in numbers]))
