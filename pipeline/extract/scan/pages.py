"""One page read from its image."""
from __future__ import annotations

from pathlib import Path

from ..content import PageContent, merge_rules, rule_pieces
from ..settings import DEFAULT, Settings
from .dashes import find_dashes
from .deskew import rotate, skew_angle
from .ink import ink, whiten
from .ocr import read_words
from .raster import DPI, render
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
                       hrules=merge_rules(horizontal, settings), vrules=merge_rules(vertical, settings), scanned=True)
