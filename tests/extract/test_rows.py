"""Rows from rules or from the text, and the merged cells that cover them."""
from __future__ import annotations

from pipeline.extract.align import Span
from pipeline.extract.columns import Column, Layout
from pipeline.extract.rows import (Region, RuledRows, TextRows, assign, choose_rows, code_anchors, unit_anchors,
                                   unit_stand_ins)

from .words import phrase

LAYOUT = Layout((Column("code", 50, 100), Column("name", 100, 200), Column("directorate", 200, 270),
                 Column("indicator", 270, 420), Column("year", 420, 480, 2025), Column("year", 480, 540, 2026)),
                "ruled")


def _region(words, cuts=None, top=90.0, bottom=200.0) -> Region:
    by_col = {c: [w for w in words if c.holds(w)] for c in LAYOUT.columns}
    return Region(1, LAYOUT, top, bottom, by_col, cuts or {}, 10.0, False)


# one project: unit A (two lines, centred over two rows), unit B with no row of its own; the first
# indicator wraps over two lines and stands beside one amount line; no rules inside the project
WORDS = (phrase("Proje 1.1.1", 52, 115) + phrase("Kent parkı", 102, 115)
         + phrase("Fen İşleri", 202, 100) + phrase("Md.", 202, 110)
         + phrase("Park sayısı", 272, 95) + phrase("(her yıl)", 272, 105) + phrase("10.000", 440, 100)
         + phrase("20.000", 500, 100)
         + phrase("Bakım", 272, 120) + phrase("5.000", 440, 120)
         + phrase("İmar Md.", 202, 140))


def test_text_rows_from_indicator_blocks_and_the_amounts_beside_them():
    rows = TextRows().rows(_region(WORDS))
    texts = [" ".join(w.text for c in LAYOUT.columns if c.kind != "directorate" for w in r.words.get(c, []))
             for r in rows]
    assert texts == ["Park sayısı (her yıl) 10.000 20.000", "Bakım 5.000"]


def test_an_indicator_block_beside_two_amount_lines_is_two_rows():
    words = phrase("Bir", 272, 100) + phrase("İki", 272, 110) + phrase("1.000", 440, 100) + phrase("2.000", 440, 110)
    rows = TextRows().rows(_region(words))
    assert [[w.text for ws in r.words.values() for w in ws] for r in rows] == [["Bir", "1.000"], ["İki", "2.000"]]


def test_ruled_rows_are_the_intervals_between_the_indicator_columns_rules():
    ind, code = LAYOUT.column("indicator"), LAYOUT.column("code")
    region = _region(WORDS, {ind: [117.0, 130.0], code: []})
    assert isinstance(choose_rows(region), RuledRows)
    rows = RuledRows().rows(region)
    assert [(r.cell.top, r.cell.bottom) for r in rows] == [(90.0, 117.0), (117.0, 130.0)]
    assert isinstance(choose_rows(_region(WORDS)), TextRows)


def test_merged_cells_cover_the_rows_their_texts_stand_by():
    region = _region(WORDS)
    units = unit_anchors(region)
    rows = unit_stand_ins(TextRows().rows(region), units, 0.3 * 8.0)
    result = assign(region, rows, code_anchors(region), units, 8.0, "middle")
    (project, cells), = result.projects
    assert project.block.text == "Proje 1.1.1"
    assert [(c.block.text, len(c.rows)) for c in cells] == [("Fen İşleri Md.", 2), ("İmar Md.", 1)]
    # the unit with no row of its own is a row of its own, standing where its text stands
    assert cells[1].rows[0].span == Span(140, 148) and not cells[1].rows[0].words
    assert result.stray_units == []
