"""The words finding sentences are made of, in Turkish (the default) and English: amounts, quoted
texts, copies, the bases of a footing, and why the extractor could not read something."""
from __future__ import annotations

from typing import Literal

from ..contract import STRATEGIC

Lang = Literal["tr", "en"]
LANGS: tuple[Lang, ...] = ("tr", "en")

GAP_REASONS: dict[Lang, dict[str, str]] = {
    "tr": {
        "outside_columns": "hiçbir sütunun içinde değil",
        "no_project": "bu tabloda hiçbir proje satırı okunamadı",
        "unit_beside_no_row": "bu birim hücresi projesinin hiçbir satırının yanında değil",
        "name_beside_no_project": "bu proje adı hiçbir projenin yanında değil",
        "code_unreadable": "proje kodu okunamadı; parantezdeki sayıda satır hiçbir projeye bağlanamadı",
        "unit_missing": "bu satırların sorumlu birimi yok",
        "amount_unreadable": "bütçe hücresi bir tutar değil",
        "total_outside_section": "toplam satırı hiçbir birim bölümünde değil",
        "table_unread": "sayfa tablo sayfasına benziyor ama tablo okunamadı",
    },
    "en": {
        "outside_columns": "it stands in no column",
        "no_project": "no project row could be read in this table",
        "unit_beside_no_row": "this unit cell stands beside no row of its project",
        "name_beside_no_project": "this project name stands beside no project",
        "code_unreadable": "the project code is unreadable; the rows counted in brackets belong to no project",
        "unit_missing": "these rows have no responsible unit",
        "amount_unreadable": "a budget cell holds no amount",
        "total_outside_section": "a total row outside any unit's section",
        "table_unread": "the page looks like a table page but no table was read from it",
    },
}
"""Why the extractor could not read something (:data:`pipeline.model.GapReason`), per language."""

PROBLEM_REASONS: dict[Lang, dict[str, str]] = {
    "tr": {
        "part_repeated": "{detail} ikinci kez basılmış",
        "outside_goal": "{detail} bir amaç/hedef başlığı altında değil",
        "plan_years_differ": "plan yılları belgenin geri kalanındakilerden farklı: {detail}",
        "goal_unreadable": "stratejik hedef numarası okunamadı",
    },
    "en": {
        "part_repeated": "{detail} is printed twice",
        "outside_goal": "{detail} stands under no aim or goal heading",
        "plan_years_differ": "the plan years differ from the rest of the document's: {detail}",
        "goal_unreadable": "the strategic goal's number cannot be read",
    },
}
"""What the extractor read but could not place (:data:`pipeline.model.ProblemReason`), per language."""


def reason(kind: str, code: str, detail: str, lang: Lang) -> str:
    """Why a reading finding arose, in ``lang``; an unknown code is shown as it is."""
    reasons = {"extraction_gap": GAP_REASONS, "extraction_problem": PROBLEM_REASONS}.get(kind, {})
    return reasons.get(lang, {}).get(code, code).format(detail=detail)

BASIS: dict[Lang, dict[str, str]] = {
    "tr": {"section": "kendi bölümündeki", STRATEGIC: "stratejik kısımdaki"},
    "en": {"section": "its own section's rows", STRATEGIC: "its rows in the strategic part"},
}

_WORDS: dict[Lang, dict[str, str]] = {
    "tr": {"blank": "boş", "quote": "«{}»", "copy": "{} bölümü", "in_copy": "{} bölümünde",
           "strategic": "stratejik kısım", "in_strategic": "stratejik kısımda", "on_pages": " (sayfa {})"},
    "en": {"blank": "blank", "quote": "“{}”", "copy": "{} section", "in_copy": "in the {} section",
           "strategic": "strategic part", "in_strategic": "in the strategic part", "on_pages": " (page {})"},
}

MAX_PAGES_NAMED = 10
"""Pages named in a sentence; the ``pdf_pages`` column holds them all."""


def format_amount(amount: int | None, lang: Lang) -> str:
    """Amounts as a reader of that language writes them: 1.000.000 (tr), 1,000,000 (en)."""
    if amount is None:
        return _WORDS[lang]["blank"]
    text = f"{amount:,}"
    return text.replace(",", ".") if lang == "tr" else text


def quote(text: str, lang: Lang) -> str:
    """A printed text in quotes; an empty one named as blank, since empty quotes read as a glitch."""
    return _WORDS[lang]["quote"].format(text) if text else _WORDS[lang]["blank"]


def copy_label(copy: str, lang: Lang, locative: bool = False) -> str:
    """A copy named for a reader; ``locative`` gives the `…nde` / `in the …` form."""
    words = _WORDS[lang]
    if copy == STRATEGIC:
        return words["in_strategic" if locative else "strategic"]
    return words["in_copy" if locative else "copy"].format(copy)


def on_pages(pages: tuple[int, ...], lang: Lang) -> str:
    """` (sayfa 3, 4)` after a sentence's subject; empty without pages."""
    return _WORDS[lang]["on_pages"].format(", ".join(map(str, pages[:MAX_PAGES_NAMED]))) if pages else ""
