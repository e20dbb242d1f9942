"""Programmes of random municipalities in random layouts, each with its exact truth.

One seed gives one programme and one :class:`LayoutChoice` (``random.Random(seed)``: the same seed
gives the same PDF). The vocabulary is the one real programmes vary: the publisher's kind
(`Belediyesi`, `Büyükşehir Belediyesi`, `Belediye Başkanlığı`, `İl Özel İdaresi`), unit types and
their abbreviations, header words, extra text columns, 3–5 plan years from 2019 to 2034, number
styles, ruling, alignment, fonts and sizes, and the producer (reportlab or Chromium). The content
carries the traps an extractor meets: indicators that start with or contain `Toplam`, years and
amount-like numbers inside texts, unit cells without indicator rows, blanks, dashes, a text merged
across the budget columns, long wrapped names, words Chromium prints with `ﬁ`/`ﬂ` ligatures, and
unit names in the `İşbirliği Yapılacak Birimler` column.
"""
from __future__ import annotations

import os
import random
import unicodedata
from dataclasses import dataclass, replace
from typing import Literal

from .progbuild import (MUNICIPALITY_KINDS, UNIT_TYPES, Aim, Amount, Area, DirBlock, Goal, Line,
                        Programme, Project, Truth, available_fonts, build_programme,
                        table_fits, turkish_lower)

Producer = Literal["reportlab", "chromium"]
PRODUCERS: tuple[Producer, ...] = ("reportlab", "chromium")
FONT_SIZES = (6.5, 7.0, 7.5, 8.0, 8.5, 9.0)
NUMBER_STYLES = ("comma", "dot", "dot_decimals")
RULES = ("grid", "rows", "projects", "none")
VALIGNS = ("middle", "top")
INDICATOR_HEADERS = ("Performans Göstergesi", "Gösterge", "Performans Hedefi")
EXTRA_HEADERS = ("Açıklama", "İşbirliği Yapılacak Birimler", "Ölçü Birimi")
UNIT_HEADERS = {
    "Müdürlüğü": ("İlgili Müdürlük", "Sorumlu Müdürlük", "Sorumlu Birim", "İlgili Birim",
                  "Sorumlu Harcama Birimi"),
    "Şube Müdürlüğü": ("İlgili Müdürlük", "Sorumlu Müdürlük", "Sorumlu Birim",
                       "Sorumlu Harcama Birimi"),
    "Dairesi Başkanlığı": ("Sorumlu Daire Başkanlığı", "Sorumlu Birim", "İlgili Birim",
                           "Sorumlu Harcama Birimi"),
    "Daire Başkanlığı": ("Sorumlu Daire Başkanlığı", "Sorumlu Birim", "İlgili Birim",
                         "Sorumlu Harcama Birimi"),
    "Başkanlığı": ("Sorumlu Birim", "İlgili Birim", "Sorumlu Harcama Birimi"),
    "Birimi": ("Sorumlu Birim", "İlgili Birim", "Sorumlu Harcama Birimi"),
}
"""The unit column's headers that go with a document's main unit type."""
UNIT_TYPE_WEIGHTS = {  # by municipality kind: a metropolitan's units are mostly Daire Başkanlığı
    "Büyükşehir Belediyesi": {"Dairesi Başkanlığı": 4, "Daire Başkanlığı": 3, "Müdürlüğü": 1,
                              "Şube Müdürlüğü": 1, "Başkanlığı": 1},
    "İl Özel İdaresi": {"Müdürlüğü": 4, "Şube Müdürlüğü": 2, "Başkanlığı": 1, "Birimi": 1,
                        "Daire Başkanlığı": 1},
}
DEFAULT_TYPE_WEIGHTS = {"Müdürlüğü": 6, "Şube Müdürlüğü": 1, "Dairesi Başkanlığı": 1,
                        "Daire Başkanlığı": 1, "Başkanlığı": 1, "Birimi": 1}

_SHORT = {"reportlab": "rl", "chromium": "cr", "comma": "comma", "dot": "dot", "dot_decimals": "dotdec",
          "Müdürlüğü": "md", "Şube Müdürlüğü": "sube", "Dairesi Başkanlığı": "dairesi",
          "Daire Başkanlığı": "daire", "Başkanlığı": "bsk", "Birimi": "birim",
          "Performans Göstergesi": "pg", "Gösterge": "g", "Performans Hedefi": "ph"}


def _ascii(text: str) -> str:
    """`Sorumlu Daire Başkanlığı` → `sorumlu_daire_baskanligi`, for test ids."""
    text = text.replace("ı", "i").replace("İ", "I")
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return "_".join(text.lower().split())


@dataclass(frozen=True)
class LayoutChoice:
    """Everything drawn at random besides the content; :meth:`id` names it in a test id.

    ``extra_columns`` are headers in printed order; ``extra_after`` says for each whether it
    follows the unit or the indicator column.
    """

    producer: Producer
    font: str
    font_size: float
    number_style: str
    rules: str
    valign: str
    unit_type: str
    unit_header: str
    indicator_header: str
    extra_columns: tuple[str, ...]
    extra_after: tuple[Literal["unit", "indicator"], ...]
    abbreviations: bool
    plan_years: tuple[int, ...]
    front_page_names_municipality: bool

    def id(self) -> str:
        """Short and readable, e.g. ``rl-dejavusans-7.5-dot-projects-top-daire-sorumlu_birim-pg-x1-2024x5``."""
        parts = [_SHORT[self.producer], self.font.lower(), f"{self.font_size:g}", _SHORT[self.number_style],
                 self.rules, self.valign, _SHORT[self.unit_type], _ascii(self.unit_header),
                 _SHORT[self.indicator_header], f"x{len(self.extra_columns)}",
                 f"{self.plan_years[0]}x{len(self.plan_years)}"]
        if self.abbreviations:
            parts.append("abbr")
        if not self.front_page_names_municipality:
            parts.append("nofront")
        return "-".join(parts)

    def options(self) -> dict[str, object]:
        """The keyword options of ``build_programme``/``build_html`` that print this layout."""
        return {"font": self.font, "font_size": self.font_size, "number_style": self.number_style,
                "rules": self.rules, "valign": self.valign, "unit_header": self.unit_header,
                "indicator_header": self.indicator_header,
                "extra_columns": tuple(zip(self.extra_columns, self.extra_after))}


# --------------------------------------------------------------------------------------------
# Vocabulary
# --------------------------------------------------------------------------------------------

_PLACE_HEADS = ("Kara", "Ak", "Gök", "Yeşil", "Çam", "Kızıl", "Sarı", "Değirmen", "Göl", "Taş", "Dere",
                "Ilıca", "Şehit", "Bağ", "Kuş", "Ören", "İnce", "Uzun", "Yeni", "Çınar", "Işık", "Ömer",
                "Üzüm", "Söğüt", "Güzel", "Dağ", "Eski", "Boğaz", "Çiçek", "Ağaç")
_PLACE_TAILS = ("çay", "dere", "köy", "pınar", "ova", "kent", "yurt", "tepe", "ören", "su", "bük", "göl",
                "kaya", "ışık", "şehir", "yazı", "bağ", "alan", "ırmak", "eli", "hisar", "özü")
_UNIT_BASES = (
    "Fen İşleri", "İmar ve Şehircilik", "Kültür ve Sosyal İşler", "Çevre Koruma ve Kontrol",
    "Strateji Geliştirme", "Mali Hizmetler", "Zabıta", "Park ve Bahçeler", "Destek Hizmetleri",
    "İnsan Kaynakları ve Eğitim", "Bilgi İşlem", "Basın Yayın ve Halkla İlişkiler", "Temizlik İşleri",
    "Sosyal Yardım İşleri", "Hukuk İşleri", "Yazı İşleri", "Emlak ve İstimlak", "Su ve Kanalizasyon",
    "Ulaşım Hizmetleri", "İtfaiye", "Afet İşleri ve Risk Yönetimi", "Gençlik ve Spor Hizmetleri",
    "Kadın ve Aile Hizmetleri", "Veteriner İşleri", "Plan ve Proje", "Yapı Kontrol", "Halk Sağlığı",
    "Özel Kalem", "İklim Değişikliği ve Sıfır Atık", "Muhtarlık İşleri", "Tarımsal Hizmetler",
    "Dış İlişkiler", "Kent Estetiği", "Etüt ve Projeler", "Makine İkmal Bakım ve Onarım",
)
_ODD_BASES = ("İç Denetim", "Teftiş Kurulu", "Kalite Yönetim", "Bilgi Edinme", "Sivil Savunma")
"""Bases of the one or two units of a second type (`İç Denetim Birimi` among `… Müdürlüğü`)."""
_AREAS = (
    "Katılımcı, çevreye duyarlı, insana saygılı, sosyal belediyecilik anlayışına sahip bir "
    "yerel yönetim olmak",
    "Çağdaş, modern standartlara sahip bir kent olmak",
    "Vatandaş memnuniyeti ağırlıklı, güvenli, güvenilir bir kent olmak",
    "Kurumsal gelişim ve mali sürdürülebilirlik",
    "Yaşanabilir, sürdürülebilir ve afetlere dirençli bir çevre",
)
_AIMS = (
    "Çevre, İnsan ve Toplum İlişkilerini Geliştirmek", "Planlı Bir Kentsel Gelişmeyi Sağlamak",
    "Teknik Altyapısı Tamamlanmış Bir {city} Yaratmak", "Güvenli Bir Kent Ortamı Oluşturmak",
    "Kurumsal Kapasiteyi ve Fiziki Altyapıyı Güçlendirmek", "Sosyal Hizmetlerde Etkinliği Artırmak",
    "Yeşil ve Sürdürülebilir Bir {city} Olmak", "Kültürel Mirası Korumak ve Tanıtmak",
    "Afetlere Dirençli Bir Şehir İnşa Etmek", "Yerel Ekonomik Kalkınmayı Desteklemek",
    "Katılımcı ve Şeffaf Bir Yönetim Anlayışını Yerleştirmek",
    "Erişilebilir ve Ulaşılabilir Bir {city} Yaratmak",
)
_GOALS = (
    "Toplumsal Dayanışmanın Geliştirilmesi", "İmar Planlarının Güncel Tutulması ve Sayısallaştırılması",
    "Afet Risklerini Azaltacak Önlemler Almak", "Hizmet Binalarının Fiziki Koşullarını İyileştirmek",
    "Kent Estetiğini Geliştirmek", "Atık Yönetimini Etkinleştirmek",
    "Personelin Mesleki Yetkinliğini Artırmak", "Dezavantajlı Gruplara Yönelik Hizmetleri Artırmak",
    "Yeşil Alan Miktarını Artırmak", "Tanıtım, Afiş ve Halkla İlişkiler Faaliyetlerini Güçlendirmek",
    "Bilgi Teknolojileri Altyapısını Güçlendirmek", "Mali Yönetimde Etkinliği Artırmak",
    "Spor ve Gençlik Faaliyetlerini Yaygınlaştırmak", "Yol ve Kaldırım Yapısını Tamamlamak",
    "Kentsel Yerleşim Alanları Teknik Altyapı Standartlarını Belirlemek",
    "Zemin Altı Altyapı Yatırımları Tamamlanan Bölgelerde Yol ve Kaldırım Yapısını Tamamlamak",
)
_PROJECT_SUBJECTS = (
    "Mahalle parklarının", "Kent meydanlarının", "Hizmet binalarının", "Çocuk oyun alanlarının",
    "Sokak hayvanları bakım merkezinin", "Tarihi çarşının", "Kırsal mahalle yollarının",
    "Afiş ve ilan panolarının", "Kurumsal web sitesinin", "Grafik tasarım biriminin", "Araç filosunun",
    "Fidanlık alanlarının", "Kent arşivinin", "Ofis ekipmanlarının", "Sosyal tesislerin",
    "Semt pazarlarının", "Spor tesislerinin", "Kütüphanelerin", "{city} kent müzesinin",
)
_PROJECT_ACTIONS = (
    "yapılması", "bakım ve onarımının yapılması", "yenilenmesi", "modernizasyonu", "düzenlenmesi",
    "sayısallaştırılması", "genişletilmesi", "güncellenmesi ve coğrafi bilgi sistemine aktarılması",
    "fiziki koşullarının iyileştirilmesi", "engelli vatandaşların kullanımına uygun hale getirilmesi",
)
_PROJECT_TAILS = (
    " ve periyodik bakımlarının yapılarak hizmet kalitesinin artırılması",
    " ile ilgili profil ve hedeflerin belirlenmesi", " (afiş, broşür ve grafik çalışmaları dahil)",
)
_INDICATORS = (
    "Toplam katılımcı sayısı", "Yıllık toplam ziyaretçi sayısı", "Toplam {n} km yol yapımı",
    "Her yıl {n} adet {thing}", "Dağıtılan fidan sayısı ({n} bin adet)",
    "{year} yılı sonuna kadar tamamlanması",
    "Memnuniyet oranı (%{pct})", "Planların sayısallaştırılma oranı (%100)", "Hazırlanan afiş sayısı",
    "Hazırlanan grafik tasarım sayısı", "Fiziki gerçekleşme oranı", "Ulaşılan hedeflerin oranı",
    "Eğitim verilen personel sayısı", "1 adet rapor", "Denetim sayısı", "Sertifika programı sayısı",
    "Yenilenen ofis sayısı", "Güncellenen profil sayısı", "Reflektörlü yön levhası sayısı",
    "Her yıl {n} bin m2 alan", "Her yıl {m2} m2 kaldırım yapılması", "Araç filosundaki araç sayısı",
    "Zemin altı altyapı yatırımlarının tamamlandığı tüm bölgelerde yol ve kaldırımların tamamlanması",
    "Çevre konusunda hizmet üreten kamu, özel kesim kuruluşlarıyla işbirliği yapmak ve ortak "
    "projeler geliştirmek",
    "Hedeflerin gerçekleşme düzeyinin üç ayda bir raporlanması ve fiziki ilerlemenin izlenmesi",
)
_THINGS = ("afiş", "etkinlik", "rapor", "park", "kurs", "konteyner", "fidan dikimi")
_MERGED = ("{metro} Büyükşehir Belediyesinden talep edilecek", "İller Bankasından talep edilecek",
           "Kalkınma Ajansı desteği ile karşılanacak", "Dış kaynak aranacak", "Hibe ile karşılanacak")
_EXTRA_TEXTS = {
    "Açıklama": ("Yıl sonu raporu", "Süreklilik arz eder", "Hibe desteği ile", "Afiş ve broşür ile",
                 "Grafik tasarım dahil", "Fiziki gerçekleşme izlenir", "Protokol ile",
                 "Hedefler yıllık izlenir"),
    "İşbirliği Yapılacak Birimler": ("Muhtarlıklar", "İlçe Milli Eğitim Md.", "Emniyet Müdürlüğü",
                                     "Sivil toplum kuruluşları", "Üniversiteler", "Kalkınma Ajansı",
                                     "Tüm birimler"),
    "Ölçü Birimi": ("Adet", "Sayı", "%", "m2", "Km", "Kişi", "Oran (%)", "TL", "Metrekare"),
}
_AMOUNT_BASES = (5_000, 7_500, 10_000, 25_000, 40_000, 50_000, 100_000, 120_000, 150_000, 250_000,
                 500_000, 1_000_000, 1_250_000, 2_500_000, 4_000_000)
_POSSESSIVE = {"Belediyesi": "Belediyemizin", "Büyükşehir Belediyesi": "Büyükşehir Belediyemizin",
               "Belediye Başkanlığı": "Belediye Başkanlığımızın",
               "İl Özel İdaresi": "İl Özel İdaremizin"}
"""`Defne Belediyemizin … programı`: how a publisher says "our"."""


# --------------------------------------------------------------------------------------------
# Drawing a programme
# --------------------------------------------------------------------------------------------

def _place(rng: random.Random) -> str:
    """A one-word place name from two parts (`Karaçay`, `Gökpınar`), never a part twice."""
    head = rng.choice(_PLACE_HEADS)
    return head + rng.choice([t for t in _PLACE_TAILS if t != turkish_lower(head)])


def _split(rng: random.Random, total: int, parts: int) -> list[int]:
    """``total`` as ``parts`` positive counts, at random."""
    cuts = sorted(rng.sample(range(1, total), parts - 1))
    return [b - a for a, b in zip([0, *cuts], [*cuts, total])]


def _amounts(rng: random.Random, n_years: int, metro: str | None) -> list[Amount] | str:
    """A row's budget: mostly round amounts, sometimes growing; blanks, dashes, a merged text
    (a request to ``metro``, the metropolitan municipality above the publisher, if any)."""
    r = rng.random()
    if r < 0.06:
        return rng.choice([m for m in _MERGED if metro or "{metro}" not in m]).format(metro=metro)
    if r < 0.11:
        return ["-"] * n_years
    if r < 0.15:
        return [None] * n_years
    value = rng.choice(_AMOUNT_BASES)
    growth = rng.choice((1.0, 1.0, 1.1, 1.2))
    row: list[Amount] = []
    for _ in range(n_years):
        k = rng.random()
        row.append(None if k < 0.07 else "-" if k < 0.12 else value)
        value = int(round(value * growth, -3))
    return row


def _indicator(rng: random.Random, years: list[int]) -> str:
    if rng.random() < 0.06:
        return ""
    return rng.choice(_INDICATORS).format(n=rng.choice((2, 3, 5, 10, 30)), thing=rng.choice(_THINGS),
                                          year=rng.choice(years), pct=rng.choice((50, 80, 90, 100)),
                                          m2=rng.choice(("1.500", "2.000", "12.500")))


def _project_name(rng: random.Random, city: str) -> str:
    name = f"{rng.choice(_PROJECT_SUBJECTS)} {rng.choice(_PROJECT_ACTIONS)}".format(city=city)
    return name + rng.choice(_PROJECT_TAILS) if rng.random() < 0.25 else name


def _units(rng: random.Random, main: str) -> list[tuple[str, str]]:
    """3–6 (base, type) pairs with distinct bases; sometimes one or two of a second type."""
    n = rng.randint(3, 6)
    bases = rng.sample(_UNIT_BASES, n)
    units = [(base, main) for base in bases]
    if rng.random() < 0.35:
        other = rng.choice([t for t in UNIT_TYPES if t != main])
        for i, base in zip(rng.sample(range(n), rng.choice((1, 2))), rng.sample(_ODD_BASES, 2)):
            units[i] = (base, other)
    return units


def _printed(rng: random.Random, base: str, unit_type: str, abbreviate: bool) -> str:
    """A unit as a table cell prints it: in full, or (mixed in) with an abbreviated type."""
    short = UNIT_TYPES[unit_type]
    if abbreviate and short and rng.random() < 0.6:
        return f"{base} {rng.choice(short)}"
    return f"{base} {unit_type}"


def _texts(rng: random.Random, programme: Programme, names: bool) -> tuple[list[str], list[str]]:
    """Front and back paragraphs. The front page names the publisher in full, or is left out or
    says only `Belediyemizin`: then the back page names it."""
    authority, edition = programme.authority, programme.edition_year
    first, last = programme.plan_years[0], programme.plan_years[-1]
    possessive = _POSSESSIVE[programme.municipality_kind]
    intro = ("Stratejik plan kamu kesiminde her geçen gün önem kazanan yönetim araçlarından biridir. "
             "Performans programı, kurumun hedefler doğrultusunda yapmak istediği faaliyet ve projelerin "
             "fiziki ve mali olarak ifadesidir; afiş, grafik ve tablolarla kamuoyuna duyurulur.")
    plan = (f"{edition} yılına ait performans programı {first}-{last} Stratejik Planı esas alınarak "
            "hazırlanmış olup stratejik alanlar, amaçlar, hedefler, projeler, sorumlu birimler, "
            "performans göstergeleri ve yıllara göre bütçeleri içermektedir.")
    back = [f"{first}-{last} Stratejik Plan döneminde uygulanacak izleme ve değerlendirme süreci aylık "
            "ve yıllık raporlarla yürütülür. Fiziki ve mali ilerlemeye ilişkin veriler toplanarak "
            "hedefler ile gerçekleşmeler kıyaslanacak ve düzeltici önlemler alınacaktır."]
    if names:
        return [f"{authority} {edition} Yılı Performans Programı", intro,
                f"{programme.municipality} {possessive} {plan}"], back
    back.append(f"Bu program {authority} tarafından {edition} yılı için hazırlanmıştır.")
    return ([] if rng.random() < 0.5 else [intro, f"{possessive.split()[-1]} {plan}"]), back


def _draw_layout(rng: random.Random, kind: str, producer: Producer) -> LayoutChoice:
    """Everything but the content; the unit type and its column header suit the publisher."""
    weights = UNIT_TYPE_WEIGHTS.get(kind, DEFAULT_TYPE_WEIGHTS)
    unit_type = rng.choices(list(weights), weights=list(weights.values()))[0]
    first = rng.randint(2019, 2030)
    n_extra = rng.choices((0, 1, 2), weights=(4, 3, 2))[0]
    placed = [(h, rng.choice(("unit", "indicator"))) for h in rng.sample(EXTRA_HEADERS, n_extra)]
    placed.sort(key=lambda p: p[1] != "unit")  # printed order: those after the unit column first
    return LayoutChoice(
        producer=producer, font=rng.choice(available_fonts()), font_size=rng.choice(FONT_SIZES),
        number_style=rng.choice(NUMBER_STYLES), rules=rng.choice(RULES), valign=rng.choice(VALIGNS),
        unit_type=unit_type, unit_header=rng.choice(UNIT_HEADERS[unit_type]),
        indicator_header=rng.choice(INDICATOR_HEADERS), extra_columns=tuple(h for h, _ in placed),
        extra_after=tuple(a for _, a in placed), abbreviations=rng.random() < 0.6,
        plan_years=tuple(range(first, first + rng.choice((3, 4, 5)))),
        front_page_names_municipality=rng.random() < 0.7)


def _draw_programme(rng: random.Random, city: str, kind: str, above: str | None,
                    choice: LayoutChoice) -> Programme:
    """The content: 2–3 aims, 3–6 goals, 6–12 projects, 3–6 units, each unit in some project."""
    years, extras = list(choice.plan_years), choice.extra_columns
    units = _units(rng, choice.unit_type)
    canonical = [f"{base} {t}" for base, t in units]
    n_aims, n_goals, n_projects = rng.randint(2, 3), rng.randint(3, 6), rng.randint(6, 12)
    n_areas = rng.randint(1, n_aims)
    area_of = sorted([*range(1, n_areas + 1), *(rng.randint(1, n_areas) for _ in range(n_aims - n_areas))])
    goals_per_aim = _split(rng, n_goals, n_aims)
    projects_per_goal = iter(_split(rng, n_projects, n_goals))
    goal_titles = iter(rng.sample(_GOALS, n_goals))

    def line() -> Line:
        texts = {h: "" if rng.random() < 0.15 else rng.choice(_EXTRA_TEXTS[h]) for h in extras}
        if "İşbirliği Yapılacak Birimler" in texts and rng.random() < 0.3:  # another unit of the document
            base, t = rng.choice(units)
            texts["İşbirliği Yapılacak Birimler"] = _printed(rng, base, t, choice.abbreviations)
        indicator, amounts = _indicator(rng, years), _amounts(rng, len(years), above)
        if not indicator and amounts == [None] * len(years) and not any(texts.values()):
            # a row with nothing printed in it is no row anyone can read (real programmes print
            # a unit without indicator rows as one blank row: a block without lines)
            indicator = rng.choice(_INDICATORS).format(n=2, thing=rng.choice(_THINGS), year=years[0], pct=50, m2="1.500")
        return Line(indicator, amounts, texts)

    def block(unit: int) -> DirBlock:
        base, t = units[unit]
        n_lines = rng.choices((0, 1, 2, 3, 4), weights=(1.2, 4, 2.5, 1.3, 1))[0]
        return DirBlock(_printed(rng, base, t, choice.abbreviations), [line() for _ in range(n_lines)],
                        canonical[unit])

    def project(code: str) -> Project:
        n_units = rng.choices((1, 2, 3), weights=(5, 3, 1))[0]
        return Project(code, _project_name(rng, city), [block(u) for u in rng.sample(range(len(units)), n_units)])

    aims: list[Aim] = []
    goal_no = 0
    for a, title in enumerate(rng.sample(_AIMS, n_aims), start=1):
        goals = []
        for _ in range(goals_per_aim[a - 1]):
            goal_no += 2 if goal_no and rng.random() < 0.2 else 1  # goal numbers may skip, as in Defne
            projects = [project(f"{a}.{goal_no}.{p}") for p in range(1, next(projects_per_goal) + 1)]
            goals.append(Goal(goal_no, next(goal_titles), projects))
        aims.append(Aim(a, title.format(city=city), goals, area_of[a - 1]))
    projects = [p for aim in aims for goal in aim.goals for p in goal.projects]
    for unit in range(len(units)):  # every unit gets a section
        if not any(b.directorate == canonical[unit] for p in projects for b in p.blocks):
            room = [p for p in projects if len(p.blocks) < 3] or projects
            rng.choice(room).blocks.append(block(unit))
    rng.shuffle(canonical)  # the order of the sections
    areas = [Area(i, t) for i, t in enumerate(rng.sample(_AREAS, n_areas), start=1)]
    programme = Programme(municipality=city, municipality_kind=kind, edition_year=years[0] - rng.choice((0, 1)),
                          plan_years=years, areas=areas, aims=aims, directorates=canonical)
    programme.front_text, programme.back_text = _texts(rng, programme, choice.front_page_names_municipality)
    return programme


def random_programme(seed: int, producer: Producer | None = None) -> tuple[Programme, LayoutChoice]:
    """The seed's programme and layout (6–15 pages). ``producer`` overrides the drawn one without
    changing anything else."""
    rng = random.Random(seed)
    drawn = rng.choices(PRODUCERS, weights=(3, 1))[0]
    city, metro = _place(rng), _place(rng)
    kind = rng.choices(MUNICIPALITY_KINDS, weights=(6, 3, 1, 1))[0]
    choice = _draw_layout(rng, kind, producer or drawn)
    programme = _draw_programme(rng, city, kind, None if kind == "Büyükşehir Belediyesi" else metro, choice)
    while choice.font_size > FONT_SIZES[0] and not table_fits(programme, **choice.options()):
        choice = replace(choice, font_size=choice.font_size - 0.5)  # as a producer would, to fit
    return programme, choice


def build_random(seed: int, path: str | os.PathLike[str], producer: Producer | None = None
                 ) -> tuple[Truth, LayoutChoice]:
    """Render the seed's programme to ``path`` with its layout; return the truth and the layout."""
    programme, choice = random_programme(seed, producer)
    if choice.producer == "chromium":
        from .htmlbuild import build_html  # Chromium only when asked for

        return build_html(programme, path, **choice.options()), choice
    return build_programme(programme, path, **choice.options()), choice
