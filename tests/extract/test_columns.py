"""Columns from a header row: by its vertical rules, or by its words and the body's white space."""
from __future__ import annotations

from pipeline.extract.columns import AlignedColumns, RuledColumns, header_cells
from pipeline.extract.content import Rule

from .words import phrase


def _header(*cells: tuple[str, float]) -> list:
    return [w for text, x in cells for w in phrase(text, x, 100, bold=True)]


HEADER = _header(("Stratejik Hedef 3", 54), ("Planlı Kentleşme", 125), ("Sorumlu Birim", 275), ("Açıklama", 340),
                 ("Performans Göstergesi", 400), ("2025", 530), ("2026", 590), ("2027", 650))
BODY = (phrase("Proje 3.7.1", 54, 120) + phrase("Kent parkları", 125, 120) + phrase("Fen İşleri Md.", 275, 120)
        + phrase("Yıllık", 340, 120) + phrase("Park sayısı", 400, 120) + phrase("10.000", 540, 120)
        + phrase("10.000", 600, 120) + phrase("10.000", 660, 120))
EDGES = [50, 120, 270, 335, 395, 520, 580, 640, 700]


def test_aligned_columns_from_labels_and_rivers():
    layout = AlignedColumns().find(HEADER, (96, 110), [], lambda: BODY, (50, 700))
    assert [c.kind for c in layout.columns] == ["code", "name", "directorate", "extra", "indicator",
                                               "year", "year", "year"]
    assert layout.years == [2025, 2026, 2027] and layout.column("extra").label == "Açıklama"
    assert layout.column("directorate").label == "Sorumlu Birim" and layout.strategy == "aligned"
    assert all(layout.column_of(w).kind == "year" for w in BODY if w.text == "10.000")


def test_ruled_columns_between_the_rules_that_cross_the_header():
    rules = [Rule(x, 90, 140) for x in EDGES]
    layout = RuledColumns().find(HEADER, (96, 110), rules, lambda: BODY, (50, 700))
    assert [(c.kind, c.x0, c.x1) for c in layout.columns][:3] == [("code", 50, 120), ("name", 120, 270),
                                                                   ("directorate", 270, 335)]
    assert RuledColumns().find(HEADER, (96, 110), rules[:4], lambda: BODY, (50, 700)) is None  # rules miss cells


def test_a_cooperation_column_is_not_the_unit_column():
    header = _header(("Stratejik Hedef 3", 54), ("Başlık", 130), ("İşbirliği Yapılacak Birimler", 200),
                     ("İlgili Müdürlük", 330), ("Gösterge", 420), ("2025", 530), ("2026", 590))
    layout = AlignedColumns().find(header, (96, 110), [], list, (50, 640))
    assert [c.kind for c in layout.columns][:5] == ["code", "name", "extra", "directorate", "indicator"]


def test_header_cells_join_wrapped_labels_and_split_at_wide_gaps():
    words = phrase("Sorumlu Daire", 275, 100) + phrase("Başkanlığı", 280, 110) + phrase("Gösterge", 360, 105)
    assert [c.label for c in header_cells(words)] == ["Sorumlu Daire Başkanlığı", "Gösterge"]


def test_no_header_without_a_unit_and_an_indicator_column():
    header = _header(("Stratejik Hedef 3", 54), ("Başlık", 130), ("Açıklama", 275), ("2025", 530), ("2026", 590))
    assert AlignedColumns().find(header, (96, 110), [], list, (50, 640)) is None
