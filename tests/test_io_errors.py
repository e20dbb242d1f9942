"""Outputs that cannot be written end with exit 14, naming the path and the cause; nothing that
was there before is lost, and no staging is left."""
from __future__ import annotations

import errno
import os

import pytest

from pipeline.cli import main
from pipeline.errors import OutputError
from pipeline.run import Options, process

from .conftest import EDITIONS

PDF = EDITIONS["defne-2023"]


def test_out_is_a_file(tmp_path, capsys):
    (tmp_path / "out").write_text("not a folder")
    code = main(["run", str(PDF), "--out", str(tmp_path / "out"), "--no-report"])
    err = capsys.readouterr().err
    assert code == 14 and err.count("\n") == 1 and "out" in err and "yazılamadı" in err


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes into read-only folders")
def test_read_only_folder(tmp_path, capsys):
    (tmp_path / "ro").mkdir(mode=0o555)
    assert main(["run", str(PDF), "--out", str(tmp_path / "ro"), "--no-report"]) == 14


def test_disk_full_while_writing_keeps_the_previous_edition(tmp_path, monkeypatch):
    options = Options(out=tmp_path / "out", report=False, use_cache=False)
    first = process(PDF, options)
    before = {p.name: p.read_bytes() for p in first.out_dir.iterdir()}

    def full(*args, **kwargs):
        raise OSError(errno.ENOSPC, "No space left on device", str(tmp_path / "out" / "tables.xlsx"))

    monkeypatch.setattr("pipeline.output.xlsx.XlsxBook.finish", full)
    with pytest.raises(OutputError, match="No space left on device"):
        process(PDF, options)
    assert {p.name: p.read_bytes() for p in first.out_dir.iterdir()} == before
    assert [p.name for p in (tmp_path / "out").iterdir()] == [first.out_dir.name]


def test_a_full_catalog_says_so(tmp_path, runs, monkeypatch):
    import duckdb

    from pipeline.catalog import Catalog

    catalog = Catalog(tmp_path / "catalog.duckdb")
    runs["defne-2022"].store_in(catalog)
    real = duckdb.DuckDBPyConnection.commit

    def full(self):
        raise duckdb.IOException("IO Error: Could not write file: No space left on device")

    monkeypatch.setattr(duckdb.DuckDBPyConnection, "commit", full)
    with pytest.raises(OutputError, match="No space left on device"):
        runs["defne-2023"].store_in(catalog)
    monkeypatch.setattr(duckdb.DuckDBPyConnection, "commit", real)
    assert [e.slug for e in catalog.editions()] == ["defne-2022"]
