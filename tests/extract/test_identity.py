"""Who publishes a programme, for which year: from the cover, the prose, the cells, the metadata."""
from __future__ import annotations

from pipeline.extract.identity import Institution, find_edition_year, find_institution


def test_every_kind_of_publisher():
    cases = {
        "Defne Belediyesi 2023 Yılı Performans Programı": Institution("Defne", "Belediyesi"),
        "KARAÇAY BÜYÜKŞEHİR BELEDİYESİ": Institution("Karaçay", "Büyükşehir Belediyesi"),
        "Ilıcaören Belediye Başkanlığı tarafından": Institution("Ilıcaören", "Belediye Başkanlığı"),
        "Hatay İl Özel İdaresi 2025 performans programı": Institution("Hatay", "İl Özel İdaresi"),
    }
    for text, institution in cases.items():
        assert find_institution({}, [text], []) == institution


def test_a_missing_cover_leaves_the_name_in_the_cells():
    cells = ["Karaçay Büyükşehir Belediyesi Dergisi'nde haberler", "Kent müzesi"]
    assert find_institution({}, ["Belediyemizin 2024 yılına ait performans programı"], cells).name == \
        "Karaçay Büyükşehir Belediyesi"


def test_the_publisher_outweighs_institutions_its_cells_mention():
    prose = ["Defne Belediyesi 2023 yılı performans programı"]
    cells = ["Hatay Büyükşehir Belediyesi talep edilecek"] * 3
    assert find_institution({}, prose, cells).name == "Defne Belediyesi"
    assert find_institution({"Author": "Defne Belediyesi"}, [], cells).name == "Defne Belediyesi"


def test_edition_year():
    assert find_edition_year({}, ["Belediyemizin 2024 yılına ait performans programı"]) == 2024
    assert find_edition_year({"Title": "2023 Yılı Performans Programı"}, []) == 2023
