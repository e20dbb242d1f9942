from __future__ import annotations

from hypothesis import given, strategies as st

from pipeline.codes import ProjectCode, find_code
from pipeline.text import slugify, text_key, tr_lower, tr_title, tr_upper


def test_turkish_case_folding():
    assert tr_lower("İŞLERİ") == "işleri"
    assert tr_lower("ZABITA") == "zabıta"
    assert tr_upper("işleri") == "İŞLERİ"
    assert tr_title("KÜLTÜR VE SOSYAL İŞLER MÜDÜRLÜĞÜ") == "Kültür ve Sosyal İşler Müdürlüğü"
    assert text_key("Ras El-Seniy  Etkinliği") == text_key("ras el seniy etkinliği")


@given(st.text(alphabet="abcçdefgğhıijklmnoöprsştuüvyzABCÇDEFGĞHIİJKLMNOÖPRSŞTUÜVYZ ", max_size=40))
def test_folding_is_stable(s):
    assert tr_lower(tr_upper(tr_lower(s))) == tr_lower(s)
    assert tr_lower(tr_upper(s)) == tr_lower(s)


def test_slug():
    assert slugify("Defne") == "defne"
    assert slugify("İskenderun Belediyesi") == "iskenderun-belediyesi"


def test_codes():
    assert find_code("Proje 13.36.5") == ProjectCode(13, 36, 5)
    assert str(find_code("Proje\n18.55.1")) == "18.55.1"
    assert find_code("Proje 13. 36. 5") == ProjectCode(13, 36, 5)
    assert find_code("Proje") is None


@given(st.integers(1, 999), st.integers(1, 999), st.integers(1, 999))
def test_code_round_trip(a, g, p):
    assert find_code(f"Proje {a}.{g}.{p}") == ProjectCode(a, g, p)
