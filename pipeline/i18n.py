"""One language per run, one message catalog.

Every text a user reads is written in English in the code (the msgid) and translated in the
gettext catalog ``pipeline/locale/<lang>/LC_MESSAGES/perfprog.po``. The run's language is chosen
once (``--lang``, Turkish by default) and passed down as a value: nothing here holds a current
language, so parallel workers and threads cannot disagree about it.

The ``.po`` file is compiled with Babel in memory at first use in a process, so a fresh clone,
an editable install and a wheel read the same catalog and a compiled copy can never be stale.
Numbers are formatted by Babel with the language's locale data (dates are printed in ISO form,
which reads the same in both languages).
"""
from __future__ import annotations

import gettext
import io
from functools import lru_cache
from pathlib import Path
from typing import Literal, get_args

from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po
from babel.numbers import format_decimal

Lang = Literal["tr", "en"]
LANGS: tuple[Lang, ...] = get_args(Lang)
DEFAULT_LANG: Lang = "tr"
SOURCE_LANG: Lang = "en"
"""The language of the msgids: it needs no catalog."""

DOMAIN = "perfprog"
LOCALE_DIR = Path(__file__).with_name("locale")
LOCALES: dict[Lang, str] = {"tr": "tr_TR", "en": "en_US"}


def po_path(lang: Lang) -> Path:
    """Where the catalog of ``lang`` lives."""
    return LOCALE_DIR / lang / "LC_MESSAGES" / f"{DOMAIN}.po"


@lru_cache(maxsize=None)
def translations(lang: Lang) -> gettext.NullTranslations:
    """The catalog of ``lang``: ``.gettext``, ``.ngettext``, ``.pgettext`` of the standard library.
    Cached per process; the catalog itself never changes while a process runs."""
    if lang not in LANGS:
        raise ValueError(f"unknown language {lang!r}: one of {', '.join(LANGS)}")
    if lang == SOURCE_LANG:
        return gettext.NullTranslations()
    with po_path(lang).open("rb") as po:
        catalog = read_po(po, locale=lang, domain=DOMAIN)
    compiled = io.BytesIO()
    write_mo(compiled, catalog)  # fuzzy entries are left out, as msgfmt does
    compiled.seek(0)
    return gettext.GNUTranslations(compiled)


def N_(message: str) -> str:
    """Marks a text for the catalog where it is defined (a registry); it is translated where shown."""
    return message


@lru_cache(maxsize=4096, typed=True)
def format_number(value: int | float, lang: Lang) -> str:
    """A number as a reader of ``lang`` writes it: 1.000.000 (tr), 1,000,000 (en). Made once per
    value: Babel takes some 30 µs a number, and a report writes the same amounts again and again."""
    return format_decimal(value, locale=LOCALES[lang])
