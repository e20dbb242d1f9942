"""The reader is a choice of the run: its name keys the cache and the run stamp, and the command
line states the extractor's own defaults (without importing them)."""
from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.cli.options import pdf_options
from pipeline.errors import InputError
from pipeline.extract import cache
from pipeline.extract.guard import DEFAULT_LIMITS, MIB
from pipeline.extract.reader import MAX_PAGES
from pipeline.extract.sources import DEFAULT_READER, READERS, open_source
from pipeline.model import Copy, Document
from pipeline.run import Options, stamp_key


def test_the_help_states_the_extractors_defaults():
    actions = {a.dest: a for a in pdf_options("en")._actions}
    assert f"default {MAX_PAGES})" in actions["max_pages"].help
    assert f"default {DEFAULT_LIMITS.stream // MIB})" in actions["max_stream_mib"].help
    assert actions["reader"].default == DEFAULT_READER and tuple(actions["reader"].choices) == READERS


def test_a_document_cached_by_one_reader_is_not_served_to_the_other(tmp_path, monkeypatch):
    monkeypatch.setenv("PERFPROG_CACHE", str(tmp_path))
    doc = Document(source="x.pdf", sha256="ab" * 32, page_count=1, municipality="", edition_year=None, plan_years=[],
                   pages=[], areas={}, aims={}, strategic=Copy("strategic", ""), sections=[], directorates=[])
    cache.store(doc, "pdfminer")
    assert cache.load(doc.sha256, "pdfminer") == doc and cache.load(doc.sha256, "pdfium") is None


def test_the_run_stamp_names_the_reader():
    keys = [stamp_key("ab", Options(reader=reader)) for reader in READERS]
    assert keys[0] != keys[1] and {k["reader"] for k in keys} == set(READERS)


def test_both_readers_refuse_a_damaged_file_alike(tmp_path):
    damaged = tmp_path / "damaged.pdf"
    damaged.write_bytes(b"%PDF-1.4\n" + b"\x00" * 64)
    for reader in READERS:
        with pytest.raises(InputError, match="damaged PDF"):
            open_source(reader, Path(damaged), None)
