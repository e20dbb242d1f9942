"""The workbook's writer starts before the run imports pandas, and writes what it is handed."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from openpyxl import load_workbook

from pipeline.output.workbook import about_sheet, begun
from pipeline.output.writer import workbook_writer

ROOT = Path(__file__).parents[2]


def test_the_run_can_fork_the_writer_before_pandas_pyarrow_or_xlsxwriter_are_imported():
    """A child forked then shares little of the run's memory; the run's tables reach it as Arrow."""
    code = ("import sys; import pipeline.run, pipeline.output.writer; "
            "print(sorted(m for m in ('pandas', 'pyarrow', 'xlsxwriter') if m in sys.modules))")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert done.stdout.strip() == "[]" and done.stderr == ""


def test_the_forked_writer_writes_the_sheets_handed_to_it_in_turn(runs, tmp_path):
    frames = runs["defne-2022"].frames
    first = {"projects": frames["projects"]}
    path = tmp_path / "tables.xlsx"
    with workbook_writer() as writer:
        writer.begin(first, "en")
        writer.finish({**first, "aims": frames["aims"]}, "Defne 2022", path)
        writer.done()
    book = load_workbook(path, read_only=True)
    assert book.sheetnames == ["About", "Projects", "Aims"]
    rows = list(book["Projects"].values)
    assert len(rows) == len(frames["projects"]) + 1
    assert list(rows[1]) == [None if v == "" else v for v in frames["projects"].iloc[0].tolist()]  # a blank: no cell
    assert next(book["About"].values)[0] == "Defne 2022"


def test_a_plan_is_plain_data_and_arrow(runs):
    frames = runs["defne-2022"].frames
    start = begun(frames, "tr", 0)
    assert [s.values.num_rows for s in start.sheets] == [len(f) for f in frames.values()]
    assert start.sheets[0].values.column_names == list(frames["budget_lines"].columns)
    about = about_sheet(frames, "", "tr")
    assert about.name == start.first and about.rows[0][2] == "heading"
