"""Which rows a merged cell covers, from where its text stands."""
from __future__ import annotations

from pipeline.extract.align import Span, partition

ROWS = [Span(0, 8), Span(12, 20), Span(24, 32), Span(36, 44)]  # four one-line rows, 4 pt apart


def test_centred_texts_split_the_rows_where_they_stand():
    # unit A centred on the first row, unit B centred over the other three
    cost, prefix, groups = partition(ROWS, [Span(0, 8), Span(24, 32)], "middle", -2, 46)
    assert (prefix, groups) == (0, [(0, 1), (1, 4)]) and cost < 1
    # A centred over the first two rows
    assert partition(ROWS, [Span(6, 14), Span(30, 38)], "middle", -2, 46)[1:] == (0, [(0, 2), (2, 4)])


def test_top_aligned_texts_start_with_their_first_row():
    assert partition(ROWS, [Span(0, 8), Span(24, 32)], "top", -2, 46)[1:] == (0, [(0, 2), (2, 4)])


def test_rows_before_the_first_text_continue_a_cell_from_the_previous_page():
    assert partition(ROWS, [Span(30, 38)], "middle", -2, 46, allow_prefix=True)[1:] == (2, [(2, 4)])
    assert partition(ROWS, [Span(30, 38)], "middle", -2, 46)[1:] == (0, [(0, 4)])


def test_a_cell_standing_beside_no_row_covers_only_its_own_stand_in():
    # unit A over the first row; unit B, with no indicator rows, stands in for itself below them
    rows = [Span(0, 8), Span(12, 20), Span(24, 32)]
    own = [None, None, 1]
    assert partition(rows, [Span(4, 12), Span(24, 32)], "middle", -2, 34, own=own)[1:] == (0, [(0, 2), (2, 3)])
