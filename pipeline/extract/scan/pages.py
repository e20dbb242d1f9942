"""One page read from its image."""
from __future__ import annotations

from pathlib import Path

import numpy as np

from ..content import PageContent, merge_rules, rule_pieces
from ..settings import DEFAULT, Settings
from .dashes import blobs, find_dashes, stray_ink
from .deskew import rotate, skew_angle
from .ink import ink, whiten
from .ocr import read_words
from .orient import quarter_turns, reads_badly
from .raster import DPI, PageImage, render
from .rules import find_rules


def ocr_page(path: Path, password: str | None, index: int, dpi: int = DPI,
             settings: Settings = DEFAULT) -> PageContent:
    """Page ``index`` (0-based) read from its image; a page that reads as a turned page does is
    turned upright (``orient``) and read again, and read so if it then reads well."""
    image = render(path, password, index, dpi)
    content, badly = _read(image, image.pixels, settings)
    if badly and (turns := quarter_turns(image.pixels, dpi)):
        turned, still = _read(image, np.ascontiguousarray(np.rot90(image.pixels, turns)), settings, turns)
        if not still:  # else OSD was wrong about a page that reads badly as it is: keep it as it is
            content = turned
    return content


def _read(image: PageImage, pixels: np.ndarray, settings: Settings, turns: int = 0) -> tuple[PageContent, bool]:
    """The page's words and rules from ``pixels`` (its image turned ``turns`` quarters
    counter-clockwise), and whether Tesseract read it as it reads a turned page."""
    pixels = rotate(pixels, skew_angle(ink(pixels)))
    binary = ink(pixels)
    boxes, thin = find_rules(binary, image.scale, settings)
    binary[thin > 0] = 0
    horizontal, vertical = rule_pieces(boxes, settings)
    clean = whiten(pixels)
    clean[thin > 0] = 255
    words = read_words(clean, image.dpi)
    badly = reads_badly(words)
    pieces = blobs(binary, image.scale)
    words += find_dashes(pieces, words)
    hrules, vrules = merge_rules(horizontal, settings), merge_rules(vertical, settings)
    width, height = (image.height, image.width) if turns % 2 else (image.width, image.height)
    return PageContent(number=image.number, width=width, height=height,
                       words=sorted(words, key=lambda w: (w.top, w.x0)), hrules=hrules, vrules=vrules, scanned=True,
                       turn=(4 - turns) % 4 * 90, stray=stray_ink(pieces, words, hrules, vrules)), badly
