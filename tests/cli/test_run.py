"""The command line: outputs on success, one-line errors and distinct exit codes on bad input,
and never a partial output folder."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from ..conftest import DATA, EDITIONS

FOREIGN = DATA / "foreign"


def perfprog(*args: str | Path, cwd: Path | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "pipeline", *map(str, args)], capture_output=True, text=True,
                          cwd=cwd, timeout=300)


def _bad(tmp_path: Path, pdf: Path, *extra: str) -> subprocess.CompletedProcess:
    out = tmp_path / "out"
    result = perfprog("run", pdf, "--out", out, "--reports", tmp_path / "rep", "--lang", "en", *extra)
    assert "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1, result.stderr
    assert not out.exists() or not any(out.iterdir()), "a failed run left output behind"
    return result


@pytest.mark.parametrize("name, code, words", [
    ("budget.pdf", 6, "not a performance programme"),
    ("rotated_page.pdf", 6, "not a performance programme"),
    ("row_span_1.pdf", 6, "not a performance programme"),
    ("health_protected.pdf", 4, "password"),
    ("image.pdf", 6, "not a performance programme"),  # a scan is read through OCR: no invented rows
])
def test_foreign_pdfs_fail_cleanly(tmp_path, name, code, words):
    result = _bad(tmp_path, FOREIGN / name)
    assert result.returncode == code and words in result.stderr


def test_scan_without_ocr_is_named(tmp_path):
    result = _bad(tmp_path, FOREIGN / "image.pdf", "--ocr", "off")
    assert result.returncode == 5 and "no text layer" in result.stderr


def test_wrong_password_is_named(tmp_path):
    result = _bad(tmp_path, FOREIGN / "health_protected.pdf", "--password", "nope")
    assert result.returncode == 4 and "wrong password" in result.stderr


@pytest.mark.parametrize("content, code, words", [
    (b"", 3, "empty file"),
    (b"hello, not a pdf\n", 3, "not a PDF"),
    (None, 3, "damaged PDF"),  # a truncated copy of the sample
])
def test_broken_files_fail_cleanly(tmp_path, content, code, words):
    pdf = tmp_path / "in.pdf"
    pdf.write_bytes(EDITIONS["defne-2023"].read_bytes()[:3000] if content is None else content)
    result = _bad(tmp_path, pdf)
    assert result.returncode == code and words in result.stderr


def test_missing_file(tmp_path):
    result = _bad(tmp_path, tmp_path / "nothing.pdf")
    assert result.returncode == 3 and "file not found" in result.stderr


def test_max_pages_refuses_long_pdf(tmp_path):
    result = _bad(tmp_path, EDITIONS["defne-2023"], "--max-pages", "10")
    assert result.returncode == 3 and "--max-pages" in result.stderr


def test_run_writes_every_table_and_is_idempotent(tmp_path):
    out = tmp_path / "out"
    first = perfprog("run", EDITIONS["defne-2023"], "--out", out, "--reports", tmp_path / "rep")
    assert first.returncode == 0, first.stderr  # findings are a result: see test_check_gives_a_verdict
    folder = out / "defne-2023"
    names = {"budget_lines.csv", "budget_lines_wide.csv", "printed_totals.csv", "findings.csv",
             "projects.csv", "goals.csv", "aims.csv", "section_pages.csv"}
    assert names <= {p.name for p in folder.iterdir()}
    before = {p.name: p.read_bytes() for p in folder.iterdir() if p.is_file()}
    second = perfprog("run", EDITIONS["defne-2023"], "--out", out, "--reports", tmp_path / "rep")
    assert second.returncode == 0
    assert {p.name: p.read_bytes() for p in folder.iterdir() if p.is_file()} == before
    assert sorted(p.name for p in out.iterdir()) == ["defne-2023"]  # no staging folders left


def test_slug_override_and_wide_year_columns(tmp_path):
    out = tmp_path / "out"
    perfprog("run", EDITIONS["defne-2023"], "--out", out, "--reports", tmp_path / "rep", "--slug", "ornek")
    header = (out / "ornek" / "budget_lines_wide.csv").read_text(encoding="utf-8").splitlines()[0].split(",")
    assert header[-5:] == ["2020", "2021", "2022", "2023", "2024"]


def test_help_on_every_command():
    for args in (["--help"], ["run", "--help"]):
        result = perfprog(*args)
        assert result.returncode == 0 and result.stdout.startswith("kullanım: perfprog")
    result = perfprog("run", "--help", "--lang", "en")
    assert result.returncode == 0 and result.stdout.startswith("usage: perfprog run")


def test_check_gives_a_verdict(tmp_path):
    """`check` is `run` with a verdict: exit 1 when the programme disagrees with itself."""
    result = perfprog("check", EDITIONS["defne-2023"], "--out", tmp_path / "out", "--reports", tmp_path / "rep")
    assert result.returncode == 1, result.stderr
    assert "13.36.5" in result.stdout and (tmp_path / "out" / "defne-2023" / "findings.csv").is_file()


@pytest.mark.parametrize("extra, data_docs", [((), False), (("--data-docs",), True)])
def test_data_docs_are_asked_for(extra, data_docs):
    from pipeline.cli import build_parser
    from pipeline.cli.options import options_from

    _, options = options_from(build_parser().parse_args(["run", str(EDITIONS["defne-2023"]), *extra]))
    assert options.report and options.data_docs == data_docs


def test_no_report_writes_the_tables_only(tmp_path):
    result = perfprog("run", EDITIONS["defne-2023"], "--out", tmp_path / "out", "--reports", tmp_path / "rep",
                      "--no-report")
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "out" / "defne-2023" / "budget_lines.csv").is_file() and not (tmp_path / "rep").exists()
