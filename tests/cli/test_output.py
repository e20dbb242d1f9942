"""What the terminal shows: a short summary ending with where the tables and the report are;
`--json` for machines, `--quiet` for scripts, `--version`, and bad numbers refused."""
from __future__ import annotations

import json

import pytest

from pipeline.cli import main

from ..conftest import EDITIONS

PDF = EDITIONS["defne-2023"]


def test_a_run_ends_with_where_to_look(tmp_path, capsys):
    assert main(["run", str(PDF), "--out", str(tmp_path / "out"), "--reports", str(tmp_path / "rep")]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[-2].strip() == f"tablolar: {tmp_path / 'out' / 'defne-2023'}/"
    assert lines[-1].strip() == f"rapor:    {tmp_path / 'rep' / 'defne-2023' / 'index.html'}"
    findings = [line for line in lines if line.lstrip().startswith("✗")]
    assert len(findings) == 3 and all("[s. " in line and len(line) < 170 for line in findings)
    assert len(lines) <= 8


def test_json_summary(tmp_path, capsys):
    code = main(["check", str(PDF), "--out", str(tmp_path / "out"), "--no-report", "--json"])
    summary = json.loads(capsys.readouterr().out)
    pdf = summary["pdfs"][0]
    assert code == summary["exit_code"] == 1 and pdf["exit_code"] == 0
    assert pdf["tables"] == str(tmp_path / "out" / "defne-2023") and pdf["report"] is None
    assert pdf["findings"]["by_kind"]["amount_mismatch"] == 9 and pdf["values_unread"] == 0


def test_quiet_prints_nothing_but_errors(tmp_path, capsys):
    assert main(["run", str(PDF), "--out", str(tmp_path / "out"), "--no-report", "-q"]) == 0
    assert capsys.readouterr().out == ""
    assert main(["run", str(tmp_path / "missing.pdf"), "-q"]) == 3
    assert capsys.readouterr().err.count("\n") == 1


def test_version(capsys):
    with pytest.raises(SystemExit) as stop:
        main(["--version"])
    assert stop.value.code == 0 and capsys.readouterr().out.startswith("perfprog 0.")


@pytest.mark.parametrize("option", [["--workers", "-1"], ["--workers", "0"], ["--max-pages", "x"]])
def test_bad_numbers_are_usage_errors(option, capsys):
    with pytest.raises(SystemExit) as stop:
        main(["run", str(PDF), *option])
    assert stop.value.code == 2 and capsys.readouterr().err.count("\n") == 1
