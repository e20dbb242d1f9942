"""Bad and damaged input: a clear error or a reported gap, never a traceback."""
from __future__ import annotations

import pypdfium2 as pdfium
from hypothesis import HealthCheck, given, settings, strategies as st

from pipeline.cli import main
from pipeline.run import Options, process

from ..support.progbuild import build_programme, sample_programme

KNOWN_EXITS = {0, 1, 3, 4, 5, 6}


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.binary(max_size=4096), st.booleans())
def test_random_bytes_never_crash(tmp_path, capsys, data, pdf_header):
    path = tmp_path / "random.pdf"
    path.write_bytes((b"%PDF-1.7\n" if pdf_header else b"") + data)
    code = main(["run", str(path), "--out", str(tmp_path / "out"), "--reports", str(tmp_path / "rep"), "--no-cache"])
    err = capsys.readouterr().err
    assert code in KNOWN_EXITS - {0, 1}
    assert "Traceback" not in err and len(err.strip().splitlines()) == 1
    assert not (tmp_path / "out").exists() or not any((tmp_path / "out").iterdir())


@given(st.integers(min_value=200, max_value=20000))
@settings(max_examples=8, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_truncated_programme_never_crashes(tmp_path, capsys, cut):
    source = tmp_path / "whole.pdf"
    if not source.exists():
        build_programme(sample_programme(), source)
    path = tmp_path / "cut.pdf"
    path.write_bytes(source.read_bytes()[:cut])
    code = main(["run", str(path), "--out", str(tmp_path / "out"), "--reports", str(tmp_path / "rep"), "--no-cache"])
    assert code in KNOWN_EXITS
    assert "Traceback" not in capsys.readouterr().err


def test_missing_page_is_a_finding_not_a_failure(tmp_path):
    whole = tmp_path / "whole.pdf"
    truth = build_programme(sample_programme(), whole, max_rows_per_page=8)
    pages = truth.section_pages
    multi = pages[pages["part_count"] > 1].iloc[0]  # a section printed over several pages
    pdf = pdfium.PdfDocument(str(whole))
    pdf.del_page(int(multi["pdf_page"]) - 1)
    gap = tmp_path / "gap.pdf"
    pdf.save(str(gap))
    pdf.close()
    result = process(gap, Options(out=tmp_path / "out", reports=tmp_path / "rep", use_cache=False))
    incomplete = result.findings[result.findings["kind"] == "section_incomplete"]
    assert incomplete["directorate"].tolist() == [multi["directorate"]]
    assert result.failed and (tmp_path / "out" / result.slug / "budget_lines.csv").exists()
