"""Unit names: canonical from the document's own section headings, any printed spelling resolved."""
from __future__ import annotations

from hypothesis import given, strategies as st

from pipeline.extract.lexicon import split_unit
from pipeline.extract.units import UnitNames, heading_name, unit_key
from pipeline.text import tr_upper

HEADINGS = ["FEN İŞLERİ MÜDÜRLÜĞÜ", "STRATEJİ GELİŞTİRME MÜDÜRLÜĞÜ", "KÜLTÜR VE SOSYAL İŞLER MÜDÜRLÜĞÜ",
            "ZABITA MÜDÜRLÜĞÜ", "İMAR VE ŞEHİRCİLİK MÜDÜRLÜĞÜ"]
METRO = ["FEN İŞLERİ DAİRESİ BAŞKANLIĞI", "DESTEK HİZMETLERİ DAİRESİ BAŞKANLIĞI", "İÇ DENETİM BİRİMİ"]


def test_canonical_names_are_the_headings_in_title_case():
    assert UnitNames(HEADINGS).canonical == [
        "Fen İşleri Müdürlüğü", "Strateji Geliştirme Müdürlüğü", "Kültür ve Sosyal İşler Müdürlüğü",
        "Zabıta Müdürlüğü", "İmar ve Şehircilik Müdürlüğü"]
    assert heading_name("FEN İŞLERİ DAİRESİ BAŞKANLIĞI") == "Fen İşleri Dairesi Başkanlığı"


def test_printed_variants_resolve():
    units = UnitNames(HEADINGS)
    assert units.resolve("Fen İşleri Md.") == "Fen İşleri Müdürlüğü"
    assert units.resolve("Strateji Geliştime Müd.") == "Strateji Geliştirme Müdürlüğü"  # a typo
    assert units.resolve("Kültür Sosyal İşler Müd.") == "Kültür ve Sosyal İşler Müdürlüğü"  # no `ve`
    assert units.resolve("ZABITA MÜDÜRLÜĞÜ") == "Zabıta Müdürlüğü"
    assert units.resolve("imar ve şehircilik md") == "İmar ve Şehircilik Müdürlüğü"
    assert units.resolve("Hukuk İşleri Md.") is None
    assert units.name("Hukuk İşleri Md.") == "Hukuk İşleri Müdürlüğü"


def test_a_metropolitans_units_keep_their_own_type():
    units = UnitNames(METRO)
    assert units.types == ["Dairesi Başkanlığı", "Birimi"]
    assert units.resolve("Fen İşleri Dâiresi Başkanlığı") == "Fen İşleri Dairesi Başkanlığı"  # an optional circumflex
    assert units.resolve("Fen İşleri Dai. Bşk.") == "Fen İşleri Dairesi Başkanlığı"
    assert units.resolve("Destek Hizmetleri Daire Bşk.") == "Destek Hizmetleri Dairesi Başkanlığı"
    assert units.resolve("İç Denetim Brm.") == "İç Denetim Birimi"
    # a unit with no section is spelled out with the document's own full type, never `Müdürlüğü`
    assert units.name("Park ve Bahçeler D. Başk.") == "Park ve Bahçeler Dairesi Başkanlığı"
    assert units.name("Zabıta Dai. Bşk.") == "Zabıta Dairesi Başkanlığı"
    assert units.name("Hukuk Müşavirliği") == "Hukuk Müşavirliği"


def test_a_printed_name_without_a_type_gets_none_appended():
    assert UnitNames(METRO).name("Basın Yayın") == "Basın Yayın"


def test_split_unit_reads_abbreviations():
    assert split_unit("Fen İşleri Dai. Bşk.") == ("Fen İşleri", "daire", "Dai. Bşk.")
    assert split_unit("Kültür ve Sosyal İşler Müd.") == ("Kültür ve Sosyal İşler", "müdürlük", "Müd.")
    assert split_unit("Gençlik Şb. Md.") == ("Gençlik", "şube", "Şb. Md.")
    assert split_unit("Zabıta Müdürlüğü Toplamı:") == ("Zabıta", "müdürlük", "Müdürlüğü")
    assert split_unit("Toplam katılımcı sayısı") == ("Toplam katılımcı sayısı", None, "")
    assert unit_key("FEN İŞLERİ DAİRESİ BAŞKANLIĞI") == unit_key("Fen İşleri Dai. Bşk.") == "fen işleri"


@given(st.sampled_from(UnitNames(HEADINGS).canonical), st.sampled_from(["Md.", "Müd.", "Müdürlüğü", "MÜDÜRLÜĞÜ", "md"]),
       st.booleans())
def test_any_spelling_of_a_section_resolves_to_it(name, suffix, upper):
    base = name.removesuffix(" Müdürlüğü")
    printed = f"{tr_upper(base) if upper else base} {suffix}"
    assert UnitNames(HEADINGS).resolve(printed) == name
