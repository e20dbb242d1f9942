"""Markers: section titles, totals and headers read from their words, not from where a page puts them."""
from __future__ import annotations

from pipeline.extract.markers import is_section_title, names_a_unit, year_run

from .words import line


def test_section_titles_end_with_a_unit_type_or_carry_their_part():
    assert is_section_title("FEN İŞLERİ MÜDÜRLÜĞÜ (1/8)")
    assert is_section_title("FEN İŞLERİ DAİRESİ BAŞKANLIĞI (2/3)")
    assert is_section_title("İÇ DENETİM BİRİMİ")
    assert is_section_title("ZABITA AMİRLİĞİ (1/1)")
    assert not is_section_title("Fen İşleri Müdürlüğü (1/8)")  # not in capitals
    assert not is_section_title("STRATEJİK ALANLAR BAZINDA PERFORMANS PROGRAMI")


def test_a_total_names_a_unit_an_indicator_does_not():
    assert names_a_unit("Fen İşleri Müdürlüğü Toplamı:", None)
    assert names_a_unit("Destek Hizmetleri Dairesi Başkanlığı Toplamı:", None)
    assert names_a_unit("Zabıta Toplamı", "Zabıta")  # the section in force names it
    assert not names_a_unit("Toplam katılımcı sayısı", "Fen İşleri Müdürlüğü")
    assert not names_a_unit("Yıllık toplam", "Fen İşleri Müdürlüğü")


def test_plan_years_are_the_longest_run_of_consecutive_years():
    assert [w.text for w in year_run(line("Göstergesi 2020 2024 2025 2026 2027 2028", 300, 100))] == \
        ["2024", "2025", "2026", "2027", "2028"]
    assert year_run(line("2021 yılı sonuna kadar", 300, 100))[0].text == "2021"
