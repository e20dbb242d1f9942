"""The extraction cache holds data, never code: planted, foreign or damaged entries are misses."""
from __future__ import annotations

import gzip
import json
import pickle

import pytest

from pipeline.extract import build_document, cache
from pipeline.files import sha256_of

from ..conftest import EDITIONS

PDF = EDITIONS["defne-2023"]


@pytest.fixture
def private_cache(tmp_path, monkeypatch):
    monkeypatch.setenv("PERFPROG_CACHE", str(tmp_path / "cache"))
    return tmp_path / "cache"


def test_a_cached_document_comes_back_whole(private_cache):
    doc = build_document(PDF)
    entries = list(private_cache.iterdir())
    assert [p.suffixes for p in entries] == [[".json", ".gz"]] and oct(private_cache.stat().st_mode)[-3:] == "700"
    assert cache.load(doc.sha256) == doc


class _Boom:
    def __reduce__(self):
        return (exec, ("open(__import__('os').environ['PERFPROG_CACHE'] + '/pwned', 'w').write('x')",))


def test_a_planted_entry_runs_nothing_and_is_rebuilt(private_cache):
    doc = build_document(PDF)
    path = next(private_cache.iterdir())
    path.write_bytes(pickle.dumps(_Boom()))  # what a cache of pickles would have run
    assert cache.load(doc.sha256) is None and not (private_cache / "pwned").exists()
    assert build_document(PDF) == doc  # read again, and stored again
    assert cache.load(doc.sha256) == doc


def test_entries_of_the_wrong_shape_or_file_are_misses(private_cache):
    doc = build_document(PDF)
    path = next(private_cache.iterdir())
    entry = json.loads(gzip.decompress(path.read_bytes()))
    for planted in ({**entry, "sha256": "0" * 64}, {**entry, "document": {**entry["document"], "page_count": "89"}},
                    {**entry, "document": {**entry["document"], "extra": 1}}):
        path.write_bytes(gzip.compress(json.dumps(planted).encode()))
        assert cache.load(sha256_of(PDF)) is None
    path.write_bytes(b"\x1f\x8b damaged")
    assert cache.load(sha256_of(PDF)) is None
