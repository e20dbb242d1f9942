"""Re-runs: an unchanged PDF with the same code and options has nothing to redo; anything else
that differs, or a damaged output folder, makes the run happen again."""
from __future__ import annotations

import time

import pandas as pd

from pipeline.output import stamp
from pipeline.run import Options, process

from .conftest import EDITIONS


def test_unchanged_rerun_reuses_intact_outputs(tmp_path):
    options = Options(out=tmp_path / "out", reports=tmp_path / "rep")
    first = process(EDITIONS["defne-2023"], options)
    folder = first.out_dir
    mtimes = {p: p.stat().st_mtime_ns for p in folder.iterdir()}
    again = process(EDITIONS["defne-2023"], options)
    assert {p: p.stat().st_mtime_ns for p in folder.iterdir()} == mtimes  # nothing rewritten
    pd.testing.assert_frame_equal(again.findings, first.findings)
    assert again.summary == first.summary and len(again.frames["budget_lines"]) == len(first.frames["budget_lines"])


def test_a_damaged_folder_or_other_options_run_again(tmp_path):
    options = Options(out=tmp_path / "out", reports=tmp_path / "rep", report=False)
    first = process(EDITIONS["defne-2023"], options)
    (first.out_dir / "aims.csv").unlink()
    process(EDITIONS["defne-2023"], options)
    assert (first.out_dir / "aims.csv").is_file()  # rewritten, not trusted
    time.sleep(0.01)
    before = (first.out_dir / "findings.csv").read_text(encoding="utf-8")
    english = process(EDITIONS["defne-2023"], Options(out=options.out, reports=options.reports, report=False, lang="en"))
    after = (english.out_dir / "findings.csv").read_text(encoding="utf-8")
    assert before != after and "Özel Kalem" in after  # messages now in English, names as printed
    key = stamp.current(english.out_dir, {**_key(english), "lang": "en"})
    assert key is not None and key["schema_problems"] == []


def _key(result):
    from pipeline.run import stamp_key

    return stamp_key(result.doc.sha256, Options(report=False))
