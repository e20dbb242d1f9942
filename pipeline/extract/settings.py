"""Every tolerance of the extractor in one place.

Distances are PDF points unless a name says otherwise; ratios are of the text's line height, so
that they hold for 6 pt tables as for 10 pt ones. One frozen instance is passed down the chain.
What is not a tolerance but a choice of the run lives beside it: the page reader (``sources``,
``--reader``), the page limit (``reader.MAX_PAGES``, ``--max-pages``) and the decoded-size limits
against decompression bombs (``guard.Limits``, ``--max-stream-mib``).
"""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Settings:
    # --- page content: glyphs to words, strokes to rules (the same for every reader) ----------
    rule_snap: float = 1.2
    """Rules closer than this on the cross axis are one rule."""
    rule_join: float = 2.0
    """Collinear pieces with a gap up to this are joined into one rule."""
    min_rule: float = 3.0
    """Shorter strokes are glyph parts or corners, not rules."""
    max_rule_thickness: float = 2.0
    """A thicker box is a filled area (its four edges count as rules), not one rule."""
    dedupe: float = 1.0
    """An identical glyph this close to another is a fake-bold double."""
    word_gap: float = 3.0
    """A wider gap between glyphs ends a word (pdfplumber's x_tolerance)."""
    glyph_line_tol: float = 2.0
    """Glyphs whose tops differ by less sit on one line."""

    # --- lines and blocks of text ---------------------------------------------------------------
    line_tol: float = 2.5
    """Words whose tops differ by less are one printed line."""
    edge: float = 1.5
    """Slack when comparing a word or a rule with a boundary."""
    break_slack: float = 0.5
    """Lines further apart than the page's line pitch plus this (and ``break_ratio``) belong to
    different cells: cells have padding, lines within a cell do not."""
    break_ratio: float = 0.04
    """... plus this share of the line pitch."""
    overlap: float = 0.3
    """Two texts are side by side in one row when they overlap by this share of a line height."""

    # --- headers and columns ---------------------------------------------------------------------
    phrase_gap: float = 0.55
    """Line heights: a wider gap between two header words separates two header cells (cells have
    padding on both sides; words of one label are a word space apart)."""
    word_space: float = 0.4
    """Line heights: a narrower gap is a word space, never a column boundary."""
    rule_cover: float = 0.25
    """A horizontal rule cuts a column when it covers the column but this share at each side."""
    min_text_columns: int = 4
    """Code, name, unit and indicator: a table with fewer text columns is not a programme's."""


DEFAULT = Settings()
