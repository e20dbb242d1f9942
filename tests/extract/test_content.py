"""Page content: glyphs to words (NFKC, fake bold), strokes to rules."""
from __future__ import annotations

from pipeline.extract.content import merge_rules, rule_pieces, words_from_glyphs


def _glyphs(text: str, x0: float, top: float, font: str = "DejaVuSans", step: float = 4.0):
    return [(ch, x0 + i * step, top, x0 + (i + 1) * step, top + 8, font, 8.0) for i, ch in enumerate(text)]


def test_ligature_glyphs_read_as_letters():
    # a browser prints `afiş` with the ligature glyph ﬁ (one glyph for two letters)
    words = words_from_glyphs(_glyphs("aﬁş", 10, 20) + _glyphs("graﬁk", 40, 20))
    assert [w.text for w in words] == ["afiş", "grafik"]


def test_fake_bold_doubles_are_dropped_and_mark_the_word_bold():
    once = _glyphs("Bütçe", 10, 20)
    doubled = once + [(t, x0 + 0.5, top, x1 + 0.5, bottom, f, s) for t, x0, top, x1, bottom, f, s in once]
    words = words_from_glyphs(doubled + _glyphs("2024", 60, 20))
    assert [(w.text, w.bold) for w in words] == [("Bütçe", True), ("2024", False)]
    assert words_from_glyphs(_glyphs("Toplam", 0, 0, font="LiberationSans-Bold"))[0].bold


def test_a_gap_wider_than_a_space_ends_a_word_and_lines_are_kept_apart():
    words = words_from_glyphs(_glyphs("Fen", 10, 20) + _glyphs("Md.", 26, 20) + _glyphs("10.000", 10, 40))
    assert [(w.text, w.top) for w in words] == [("Fen", 20), ("Md.", 20), ("10.000", 40)]


def test_rules_drawn_in_pieces_are_one_rule():
    rules = merge_rules([(100.0, 50, 200), (100.4, 201, 400), (100.0, 402.5, 500), (300, 50, 51)])
    assert [(round(r.pos), r.start, r.end) for r in rules] == [(100, 50, 400), (100, 402.5, 500)]


def test_thin_boxes_are_rules_and_frames_give_their_edges():
    horizontal, vertical = rule_pieces([(50, 99.8, 500, 100.2, True),  # a hairline drawn as a filled box
                                        (50, 200, 60, 300, True)])     # a cell's frame
    assert (100.0, 50, 500) in horizontal and (200, 50, 60) in horizontal and (300, 50, 60) in horizontal
    assert (50, 200, 300) in vertical and (60, 200, 300) in vertical
