from __future__ import annotations

from hypothesis import given, strategies as st

from pipeline.directorates import DirectorateResolver, canonical_name

SECTIONS = [canonical_name(t) for t in ["FEN İŞLERİ MÜDÜRLÜĞÜ", "STRATEJİ GELİŞTİRME MÜDÜRLÜĞÜ",
                                        "KÜLTÜR VE SOSYAL İŞLER MÜDÜRLÜĞÜ", "ZABITA MÜDÜRLÜĞÜ",
                                        "İMAR VE ŞEHİRCİLİK MÜDÜRLÜĞÜ"]]


def test_canonical_names_from_section_titles():
    assert SECTIONS == ["Fen İşleri Müdürlüğü", "Strateji Geliştirme Müdürlüğü",
                        "Kültür ve Sosyal İşler Müdürlüğü", "Zabıta Müdürlüğü", "İmar ve Şehircilik Müdürlüğü"]


def test_printed_variants_resolve():
    r = DirectorateResolver(SECTIONS)
    assert r.resolve("Fen İşleri Md.") == "Fen İşleri Müdürlüğü"
    assert r.resolve("Strateji Geliştime Müd.") == "Strateji Geliştirme Müdürlüğü"  # a typo
    assert r.resolve("Kültür Sosyal İşler Müd.") == "Kültür ve Sosyal İşler Müdürlüğü"  # no `ve`
    assert r.resolve("ZABITA MÜDÜRLÜĞÜ") == "Zabıta Müdürlüğü"
    assert r.resolve("imar ve şehircilik md") == "İmar ve Şehircilik Müdürlüğü"
    assert r.resolve("Hukuk İşleri Md.") is None
    assert r.resolve_or_expand("Hukuk İşleri Md.") == "Hukuk İşleri Müdürlüğü"


@given(st.sampled_from(SECTIONS), st.sampled_from(["Md.", "Müd.", "Müdürlüğü", "MÜDÜRLÜĞÜ", "md"]), st.booleans())
def test_any_spelling_of_a_section_resolves_to_it(name, suffix, upper):
    from pipeline.text import tr_upper

    base = name.removesuffix(" Müdürlüğü")
    printed = f"{tr_upper(base) if upper else base} {suffix}"
    assert DirectorateResolver(SECTIONS).resolve(printed) == name
