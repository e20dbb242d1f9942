"""The Great Expectations suite, its Data Docs, and the report folder's atomic replacement."""
from __future__ import annotations

from pathlib import Path

import pytest

import pipeline.report
from pipeline.report import DATA_DOCS
from pipeline.errors import ReportError
from pipeline.run import Options, process

from ..conftest import EDITIONS

SUITES = ["budget_lines", "budget_lines_wide", "printed_totals", "footing", "findings"]


def test_suite_passes_on_2023_and_reports_the_totals_that_do_not_foot_in_2022(runs):
    good, bad = runs["defne-2023"].quality, runs["defne-2022"].quality
    assert good.passed == len(good.checks) > 20
    failed = [c for c in bad.checks if not c.success]
    assert [(c.table, c.columns, c.unexpected) for c in failed] == [
        ("footing", "printed = section", 2), ("footing", "printed = strategic", 2)]
    assert "450000 / 306000" in failed[0].examples
    assert {c.table for c in good.checks} == set(SUITES)


@pytest.mark.parametrize("edition", ["defne-2023", "defne-2022"])
def test_data_docs_index_shows_every_suite_result(runs, edition):
    docs = runs[edition].report_dir / DATA_DOCS
    index = (docs / "index.html").read_text(encoding="utf-8")
    for suite in SUITES:
        pages = list((docs / "validations" / suite).rglob("*.html"))
        assert len(pages) == 1, suite
        assert pages[0].relative_to(docs).as_posix() in index
    assert ("Failed" in index) == (edition == "defne-2022") and "Success" in index


def _hidden(*folders: Path) -> list[Path]:
    return [p for folder in folders for p in folder.iterdir() if p.name.startswith(".")]


def test_rerun_replaces_the_report_and_a_crash_leaves_the_previous_one(tmp_path, monkeypatch):
    options = Options(out=tmp_path / "out", reports=tmp_path / "reports", use_cache=False, data_docs=True)  # re-run
    first = process(EDITIONS["defne-2023"], options)
    second = process(EDITIONS["defne-2023"], options)
    docs = second.report_dir / DATA_DOCS / "validations"
    assert all(len(list((docs / s).rglob("*.html"))) == 1 for s in SUITES), "Data Docs replaced, not piled up"
    before = {p: p.read_bytes() for p in second.report_dir.rglob("*") if p.is_file()}

    def crash(*args, **kwargs):
        raise RuntimeError("disk full")

    monkeypatch.setattr(pipeline.report, "prepare_report", crash)
    with pytest.raises(ReportError, match="disk full"):  # exit 13: the tables were written, the report not
        process(EDITIONS["defne-2023"], options)
    assert {p: p.read_bytes() for p in second.report_dir.rglob("*") if p.is_file()} == before
    assert not _hidden(options.out, options.reports), "no staging folder left behind"
    assert first.report_dir == second.report_dir


def test_by_default_the_report_has_no_quality_check_and_links_no_data_docs(tmp_path):
    options = Options(out=tmp_path / "out", reports=tmp_path / "reports")
    result = process(EDITIONS["defne-2023"], options)
    assert result.quality is None and not (result.report_dir / DATA_DOCS).exists()
    page, md = ((result.report_dir / name).read_text(encoding="utf-8") for name in ("index.html", "report.md"))
    assert DATA_DOCS not in page + md and 'id="quality"' not in page


def test_without_the_report_only_the_tables_are_written(tmp_path):
    options = Options(out=tmp_path / "out", reports=tmp_path / "reports", report=False)
    result = process(EDITIONS["defne-2023"], options)
    assert result.report_dir is None and result.quality is None and not options.reports.exists()
    assert (result.out_dir / "datapackage.json").exists() and (result.out_dir / "budget_lines.parquet").exists()
