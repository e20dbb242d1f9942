"""Reconciliation end to end: PDFs built with known disagreements planted in them."""
from __future__ import annotations

import subprocess
import sys

import pytest

from pipeline.run import Options, process

from ..support.progbuild import STRATEGIC, build_programme, clone_aims, find_project, sample_programme

FEN, KULTUR = "Fen İşleri Müdürlüğü", "Kültür ve Sosyal İşler Müdürlüğü"


def _errors(findings):
    """(kind, code, directorate, year, copy, basis) of every error-level finding."""
    errors = findings[findings["severity"] == "error"].astype(object).where(lambda f: f.notna(), "")
    return {(r.kind, r.project_code, r.directorate, r.year if r.year == "" else int(r.year), r.copy, r.basis)
            for r in errors.itertuples()}


def test_clean_programme_reconciles(tmp_path):
    pdf = tmp_path / "clean.pdf"
    build_programme(sample_programme(), pdf)
    result = process(pdf, Options(out=tmp_path / "out", reports=tmp_path / "rep"))
    assert not result.failed and _errors(result.findings) == set()
    cli = subprocess.run([sys.executable, "-m", "pipeline", "check", str(pdf), "--out", str(tmp_path / "o2"),
                          "--reports", str(tmp_path / "r2")],
                         capture_output=True, text=True)
    assert cli.returncode == 0, cli.stderr


@pytest.fixture(scope="module")
def planted(tmp_path_factory):
    programme = sample_programme()
    kultur_copy = clone_aims(programme)
    yumurta = find_project(kultur_copy, "1.1.1").blocks[0].lines[1]
    yumurta.amounts = [50_000, 99_000, 50_000, 50_000, 50_000]  # 2021 misprinted in Kültür's copy
    fen_copy = clone_aims(programme)
    find_project(fen_copy, "1.1.1").blocks[0].lines.pop(2)  # Kültür's `Evvel Temmuz`, not in Fen's copy
    for aim in fen_copy:  # 3.8.1 left out of the Fen section altogether
        for goal in aim.goals:
            goal.projects = [p for p in goal.projects if p.code != "3.8.1"]
    strategic = clone_aims(programme)
    find_project(strategic, "3.8.2").code = "3.9.2"  # printed under aim 3, goal 8 with a goal-9 code
    for copy in (kultur_copy, fen_copy):
        find_project(copy, "3.8.2").code = "3.9.2"
    folder = tmp_path_factory.mktemp("planted")
    pdf = folder / "planted.pdf"
    build_programme(programme, pdf, copies={STRATEGIC: strategic, KULTUR: kultur_copy, FEN: fen_copy},
                    total_overrides={("Çevre Koruma ve Kontrol Müdürlüğü", 2022): 1})
    return process(pdf, Options(out=folder / "out", reports=folder / "rep"))


def test_every_planted_disagreement_is_found_and_nothing_else(planted):
    errors = _errors(planted.findings)
    assert ("amount_mismatch", "1.1.1", KULTUR, 2021, KULTUR, "") in errors
    assert ("line_missing", "1.1.1", KULTUR, "", FEN, "") in errors
    assert ("project_missing", "3.8.1", FEN, "", FEN, "") in errors
    assert {e[:2] for e in errors if e[0] == "code_mismatch"} == {("code_mismatch", "3.9.2")}
    cevre = "Çevre Koruma ve Kontrol Müdürlüğü"
    assert {e for e in errors if e[0] == "total_mismatch"} == {
        ("total_mismatch", "", cevre, 2022, cevre, "section"),  # the misprinted total
        ("total_mismatch", "", cevre, 2022, STRATEGIC, "strategic"),
        # section totals are printed from their own copies: part 1 no longer foots to them
        ("total_mismatch", "", KULTUR, 2021, STRATEGIC, "strategic"),
        *(("total_mismatch", "", FEN, year, STRATEGIC, "strategic") for year in range(2020, 2025)),
    }
    kinds = {e[0] for e in errors}
    assert kinds == {"amount_mismatch", "line_missing", "project_missing", "code_mismatch", "total_mismatch"}
    assert len([e for e in errors if e[0] == "amount_mismatch"]) == 1
    assert planted.failed


def test_findings_name_the_pages_to_look_at(planted):
    f = planted.findings
    row = f[(f.kind == "amount_mismatch") & (f.project_code == "1.1.1")].iloc[0]
    pages = [int(p) for p in row.pdf_pages.split(";")]
    lines = planted.frames["budget_lines"]
    printed = lines[(lines.project_code == "1.1.1") & (lines.indicator == "Yumurta bayramı") & (lines.year == 2021)]
    assert sorted(set(pages)) == sorted(set(printed.pdf_page))
    assert row.expected == 50_000 and row.found == 99_000
    assert "99.000" in row.message or "99,000" in row.message
