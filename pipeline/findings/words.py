"""The words finding sentences are made of: amounts, quoted texts, copies, the bases of a footing,
and why the extractor could not read something. English msgids; the catalog translates them."""
from __future__ import annotations

from babel.numbers import format_percent

from ..contract import STRATEGIC
from ..i18n import LOCALES, N_, Lang, format_number, translations

GAP_REASONS: dict[str, str] = {
    "outside_columns": N_("it stands in no column"),
    "no_project": N_("no project row could be read in this table"),
    "unit_beside_no_row": N_("this unit cell stands beside no row of its project"),
    "name_beside_no_project": N_("this project name stands beside no project"),
    "code_unreadable": N_("the project code is unreadable; the rows counted in brackets belong to no project"),
    "unit_missing": N_("these rows have no responsible unit"),
    "amount_unreadable": N_("a budget cell holds no amount"),
    "total_outside_section": N_("a total row outside any unit's section"),
    "table_unread": N_("the page looks like a table page but no table was read from it"),
}
"""Why the extractor could not read something (:data:`pipeline.model.GapReason`)."""

PROBLEM_REASONS: dict[str, str] = {
    "part_repeated": N_("{detail} is printed twice"),
    "outside_goal": N_("{detail} stands under no aim or goal heading"),
    "plan_years_differ": N_("the plan years differ from the rest of the document's: {detail}"),
    "goal_unreadable": N_("the strategic goal's number cannot be read"),
}
"""What the extractor read but could not place (:data:`pipeline.model.ProblemReason`)."""

BASIS: dict[str, str] = {"section": N_("its own section's rows"), STRATEGIC: N_("its rows in the strategic part")}
"""The rows a total was recomputed from (``basis`` of ``total_mismatch``)."""

MAX_PAGES_NAMED = 10
"""Pages named in a sentence; the ``pdf_pages`` column holds them all."""


def reason(kind: str, code: str, detail: str, lang: Lang) -> str:
    """Why a reading finding arose, in ``lang``; an unknown code is shown as it is."""
    reasons = {"extraction_gap": GAP_REASONS, "extraction_problem": PROBLEM_REASONS}.get(kind, {})
    text = reasons.get(code)
    return (translations(lang).gettext(text) if text else code).format(detail=detail)


def basis(code: str, lang: Lang) -> str:
    """The rows a total was recomputed from, in ``lang``; empty for another finding."""
    return translations(lang).gettext(BASIS[code]) if code in BASIS else ""


def format_amount(amount: int | None, lang: Lang) -> str:
    """Amounts as a reader of that language writes them: 1.000.000 (tr), 1,000,000 (en); none is blank."""
    return translations(lang).gettext("blank") if amount is None else format_number(amount, lang)


def format_confidence(confidence: float, lang: Lang) -> str:
    """OCR's confidence (0–100) as a reader of that language writes a percentage: %62 (tr), 62% (en)."""
    return format_percent(confidence / 100, locale=LOCALES[lang])


def quote(text: str, lang: Lang) -> str:
    """A printed text in quotes; an empty one named as blank, since empty quotes read as a glitch."""
    _ = translations(lang)
    return _.pgettext("quotation marks around a printed text", "“{}”").format(text) if text else _.gettext("blank")


def copy_label(copy: str, lang: Lang, locative: bool = False) -> str:
    """A copy named for a reader; ``locative`` gives the `…nde` / `in the …` form."""
    _ = translations(lang).gettext
    if copy == STRATEGIC:
        return _("in the strategic part") if locative else _("strategic part")
    return (_("in the {} section") if locative else _("{} section")).format(copy)


def on_pages(pages: tuple[int, ...], lang: Lang) -> str:
    """` (sayfa 3, 4)` after a sentence's subject; empty without pages."""
    named = ", ".join(map(str, pages[:MAX_PAGES_NAMED]))
    return translations(lang).gettext(" (page {})").format(named) if pages else ""
