"""The report's few words that are more than a catalog look-up: the programme's heading, the
footing's basis marks and short amounts for chart labels. Every other text of the report is a
msgid in the templates or the modules that draw it, translated by the catalog (:mod:`pipeline.i18n`)."""
from __future__ import annotations

from babel.numbers import format_compact_decimal

from ..i18n import LOCALES, Lang, translations


def basis_mark(basis: str, lang: Lang) -> str:
    """The one-letter mark of a footing basis: B (the unit's own section), S (the strategic part)."""
    _ = translations(lang)
    if basis == "section":
        return _.pgettext("footing basis: the unit's own section", "B")
    return _.pgettext("footing basis: the strategic part", "S")


def compact(amount: int, lang: Lang) -> str:
    """A short amount for chart labels: 1,2 Mn (tr), 1.2M (en)."""
    return format_compact_decimal(amount, format_type="short", locale=LOCALES[lang], fraction_digits=1)


def heading(municipality: str, edition: int | None, lang: Lang) -> str:
    """The programme's name: `Defne 2023 Performans Programı`."""
    name = f"{municipality} {edition or ''}".strip()
    return translations(lang).gettext("{name} Performance Programme").format(name=name)
