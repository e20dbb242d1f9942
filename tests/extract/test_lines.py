"""Lines and blocks: the line pitch is read from the page; cells are told apart by their padding."""
from __future__ import annotations

from pipeline.extract.lines import blocks, is_break, line_pitch, text_lines

from .words import line, phrase


def test_words_of_one_line_are_one_line_left_to_right():
    lines = text_lines(phrase("Performans Göstergesi", 300, 100) + phrase("Proje", 50, 101))
    assert [ln.text for ln in lines] == ["Proje Performans Göstergesi"]


def test_the_pitch_is_the_distance_between_lines_of_one_column():
    # one cell of three lines 9.7 apart; the next cell 12.2 below; another column's line between
    lines = [line("İlçe Milli Eğitim", 349, 123.4), line("yapılması", 349, 133.1), line("Çevre", 275, 140.0),
             line("Her ay bir", 349, 145.3), line("düzenlemek", 349, 155.0)]
    assert line_pitch(sorted(lines, key=lambda ln: ln.top)) == 9.7 or abs(line_pitch(lines) - 9.7) < 0.01


def test_blocks_split_where_the_gap_is_wider_than_the_pitch():
    lines = [line("İlçe Milli Eğitim", 349, 123.4), line("yapılması", 349, 133.1),
             line("Her ay bir", 349, 145.3), line("düzenlemek", 349, 155.0)]
    got = blocks(lines, 9.7)
    assert [b.text for b in got] == ["İlçe Milli Eğitim yapılması", "Her ay bir düzenlemek"]
    assert not is_break(lines[0], lines[1], 9.7) and is_break(lines[1], lines[2], 9.7)
