"""`perfprog ingest | editions | diff | export`: messages in Turkish (English with --lang en),
one-line errors with their exit status, and files where the README says."""
from __future__ import annotations

import hashlib

import pandas as pd

from pipeline.cli import main
from pipeline.catalog.diff import LINE_COLUMNS, TOTAL_COLUMNS

from ..conftest import DATA


def perfprog(capsys, *args) -> tuple[int, str, str]:
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


def _digest(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_ingest_then_again_then_list(tmp_path, capsys, synthetic):
    pdf, catalog = synthetic["defne-2025"].result.pdf, tmp_path / "cat" / "catalog.duckdb"
    common = ["--catalog", catalog, "--out", tmp_path / "out", "--reports", tmp_path / "rep"]
    code, out, _ = perfprog(capsys, "ingest", pdf, *common)
    assert code == 0 and f"{pdf.name} → defne-2025: kataloğa eklendi ({catalog})" in out
    assert (tmp_path / "out" / "defne-2025" / "budget_lines.csv").exists()  # ingest is run, then store
    before = _digest(catalog)
    code, out, _ = perfprog(capsys, "ingest", pdf, *common)
    assert code == 0 and "değişiklik yapılmadı" in out and _digest(catalog) == before
    code, out, _ = perfprog(capsys, "editions", "--catalog", catalog)
    assert code == 0 and "plan yılları" in out and "defne-2025" in out and "2025–2029" in out
    code, out, _ = perfprog(capsys, "editions", "--catalog", catalog, "--lang", "en")
    assert "plan_years" in out and "2025–2029" in out


def test_failed_ingest_leaves_no_catalog_behind(tmp_path, capsys):
    catalog = tmp_path / "catalog.duckdb"
    code, out, err = perfprog(capsys, "ingest", DATA / "foreign" / "image.pdf", "--catalog", catalog,
                              "--out", tmp_path / "out", "--reports", tmp_path / "rep")
    assert code == 6 and len(err.strip().splitlines()) == 1 and not out  # a scan, read by OCR: no programme
    assert not catalog.exists()


def test_diff_writes_lines_and_totals(catalog, tmp_path, capsys):
    target = tmp_path / "d" / "changes.csv"
    code, out, _ = perfprog(capsys, "diff", "defne-2022", "defne-2023", "--catalog", catalog.path, "--out", target)
    assert code == 0
    assert "defne-2022 → defne-2023, 2020–2024: 33 satırın tutarı değişti, 0 satır eklendi, 0 satır çıkarıldı" in out
    lines, totals = pd.read_csv(target), pd.read_csv(tmp_path / "d" / "changes.totals.csv")
    assert list(lines.columns) == LINE_COLUMNS and list(totals.columns) == TOTAL_COLUMNS
    assert len(lines) == 155 and set(lines["change"]) == {"changed"} and len(totals) == 20 * 5


def test_diff_names_the_years_it_left_out(catalog, synthetic, tmp_path, capsys):
    for name in ("defne-2024", "defne-2025"):
        synthetic[name].result.store_in(catalog)
    args = ["--catalog", catalog.path, "--out", tmp_path / "d.csv"]
    code, out, _ = perfprog(capsys, "diff", "defne-2023", "defne-2024", *args)
    assert code == 0 and "karşılaştırılmadı: defne-2023: 2020–2021; defne-2024: 2025–2026" in out
    code, out, _ = perfprog(capsys, "diff", "defne-2023", "defne-2025", *args, "--lang", "en")
    assert code == 0 and "defne-2023 (2020–2024) and defne-2025 (2025–2029) share no plan year" in out
    assert pd.read_csv(tmp_path / "d.csv").empty and pd.read_csv(tmp_path / "d.totals.csv").empty


def test_export_command(catalog, tmp_path, capsys):
    code, out, _ = perfprog(capsys, "export", "defne-2023", "--format", "parquet", "--out", tmp_path,
                            "--catalog", catalog.path)
    assert code == 0 and (tmp_path / "defne-2023" / "budget_lines.parquet").exists()


def test_catalog_errors_are_one_line(catalog, tmp_path, capsys):
    code, _, err = perfprog(capsys, "diff", "defne-2022", "defne-2030", "--catalog", catalog.path, "--lang", "en")
    assert code == 8 and err.count("\n") == 1 and "no such edition" in err
    code, _, err = perfprog(capsys, "editions", "--catalog", tmp_path / "none.duckdb", "--lang", "en")
    assert code == 8 and err.count("\n") == 1 and "run `perfprog ingest` first" in err


def test_a_refused_ingest_writes_no_folder(tmp_path, capsys, synthetic):
    """The same file under another name is refused (exit 8) before any of its folders appears."""
    pdf, catalog = synthetic["defne-2025"].result.pdf, tmp_path / "catalog.duckdb"
    common = ["--catalog", catalog, "--out", tmp_path / "out", "--reports", tmp_path / "rep"]
    assert perfprog(capsys, "ingest", pdf, *common)[0] == 0
    code, _, err = perfprog(capsys, "ingest", pdf, "--slug", "baska-ad", *common)
    assert code == 8 and "defne-2025" in err
    for root in ("out", "rep"):
        assert sorted(p.name for p in (tmp_path / root).iterdir()) == ["defne-2025"]
