"""One language per run, one message catalog: every text in the code is translated, a run speaks
one language from its help to its findings, and numbers are written the language's way."""
from __future__ import annotations

import pickle
import re

import pytest
from babel.messages.extract import extract_from_dir
from babel.messages.frontend import parse_mapping_cfg
from babel.messages.pofile import read_po

from pipeline.cli import main
from pipeline.errors import InputError
from pipeline.findings import format_amount
from pipeline.i18n import LANGS, SOURCE_LANG, format_number, po_path, translations

from .conftest import EDITIONS, ROOT

TRANSLATED = [lang for lang in LANGS if lang != SOURCE_LANG]
PLACEHOLDER = re.compile(r"\{[^{}]*\}")


def _code_messages() -> set[tuple[str | None, str]]:
    """(context, msgid) of every text the code and the templates mark, as `make messages` finds them."""
    with (ROOT / "babel.cfg").open(encoding="utf-8") as cfg:
        method_map, options_map = parse_mapping_cfg(cfg)
    found = set()
    for _, _, message, _, context in extract_from_dir(str(ROOT), method_map, options_map):
        for msgid in message if isinstance(message, tuple) else (message,):
            found.add((context, msgid))
    return found


def _catalog(lang: str):
    with po_path(lang).open("rb") as po:
        return read_po(po, locale=lang)


@pytest.mark.parametrize("lang", TRANSLATED)
def test_every_text_in_the_code_is_translated_and_nothing_else(lang):
    catalog = _catalog(lang)
    entries = {(m.context, m.id): m for m in catalog if m.id}
    code = _code_messages()
    po = {(ctx, i) for (ctx, mid), m in entries.items() for i in (mid if isinstance(mid, tuple) else (mid,))}
    assert code - po == set(), "msgids without a translation: run `make messages` and translate them"
    assert po - code == set(), "translations of texts the code no longer has: run `make messages`"
    for m in entries.values():
        strings = m.string if isinstance(m.string, tuple) else (m.string,)
        assert all(strings) and not m.fuzzy, f"empty or fuzzy: {m.id!r}"
        ids = m.id if isinstance(m.id, tuple) else (m.id,)
        assert {p for s in strings for p in PLACEHOLDER.findall(s)} == set(PLACEHOLDER.findall(ids[0])), m.id


def test_the_catalog_is_read_from_the_po_file():
    assert translations("tr").gettext("Findings") == "Bulgular"
    assert translations("en").gettext("Findings") == "Findings"
    with pytest.raises(ValueError, match="unknown language"):
        translations("de")  # type: ignore[arg-type]


def test_amounts_are_written_the_languages_way():
    assert format_amount(1_000_000, "tr") == "1.000.000" and format_amount(1_000_000, "en") == "1,000,000"
    assert format_number(-1234, "tr") == "-1.234" and format_amount(None, "tr") == "boş"


def test_an_error_is_told_in_the_runs_language_after_crossing_processes():
    error = pickle.loads(pickle.dumps(InputError("{path}: file not found", path="a.pdf")))
    assert (error.text("tr"), error.text("en"), error.exit_code) == ("a.pdf: dosya bulunamadı", "a.pdf: file not found", 3)


def _help(capsys, *args: str) -> str:
    with pytest.raises(SystemExit):
        main(list(args))
    return capsys.readouterr().out


@pytest.mark.parametrize("lang, usage, said", [("tr", "kullanım:", "seçenekler:"), ("en", "usage:", "options:")])
def test_every_commands_help_is_in_one_language(capsys, lang, usage, said):
    top = _help(capsys, "--help", *(["--lang", "en"] if lang == "en" else []))
    assert top.startswith(usage) and said in top
    for command in ("run", "check", "ingest", "editions", "diff", "export"):
        text = _help(capsys, command, "--help", *(["--lang", "en"] if lang == "en" else []))
        assert text.startswith(usage) and said in text, command
        if lang == "en":
            assert not re.search(r"[çğıöşüİ]", text), command
    assert ("PDF'leri oku" in _help(capsys, "--help")) and "read, check and export PDFs" in _help(capsys, "--help", "--lang", "en")


TURKISH_ONLY = re.compile(r"\b(bulgular|hata|uyarı|bilgi|sayfa|satır|okundu|tablolar|rapor|bölümünde|diğer)\b|\[s\. ")


def test_a_run_speaks_its_language_only(capsys, tmp_path):
    args = ["run", str(EDITIONS["defne-2023"]), "--out", str(tmp_path / "out"), "--reports", str(tmp_path / "rep"),
            "--no-report"]
    assert main([*args, "--lang", "en"]) == 0
    english = capsys.readouterr().out
    assert "findings: " in english and "[p. " in english and "values read" in english
    assert not TURKISH_ONLY.search(english), TURKISH_ONLY.search(english)
    assert main(args) == 0
    turkish = capsys.readouterr().out
    assert "bulgular: " in turkish and "[s. " in turkish and "hata" in turkish and "değer okundu" in turkish
    assert not re.search(r"\b(findings|errors?|pages|values read|tables|report):", turkish)
