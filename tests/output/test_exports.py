"""The tables in other formats: Parquet, Excel, a Frictionless / Fiscal Data Package; the README
describes every column."""
from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pandas as pd
import pytest
from frictionless import validate


README = Path(__file__).resolve().parents[2] / "README.md"


def _tables(run) -> dict[str, pd.DataFrame]:
    return {**run.frames, "findings": run.findings}


@pytest.mark.parametrize("edition", ["defne-2023", "defne-2022"])
def test_data_package_validates(runs, edition):
    folder = runs[edition].out_dir
    report = validate(folder / "datapackage.json")
    assert report.valid, report.flatten(["resourceName", "rowNumber", "fieldName", "type", "note"])[:5]
    package = json.loads((folder / "datapackage.json").read_text(encoding="utf-8"))
    assert {r["path"] for r in package["resources"]} == {p.name for p in folder.glob("*.csv")}
    assert all(f.get("description") for r in package["resources"] for f in r["schema"]["fields"])


def test_data_package_carries_the_fiscal_model(runs):
    package = json.loads((runs["defne-2023"].out_dir / "datapackage.json").read_text(encoding="utf-8"))
    amount = package["model"]["measures"]["amount"]
    assert (amount["currency"], amount["phase"], amount["resource"]) == ("TRY", "proposed", "budget_lines")
    dimensions = package["model"]["dimensions"]
    assert dimensions["administrative-classification"]["classificationType"] == "administrative"
    assert dimensions["activity"]["dimensionType"] == "activity"
    assert package["fiscalPeriod"] == {"start": "2020-01-01", "end": "2024-12-31"}


def test_data_package_catches_a_broken_code(runs, tmp_path):
    copy = shutil.copytree(runs["defne-2023"].out_dir, tmp_path / "copy")
    lines = copy / "budget_lines.csv"
    lines.write_text(lines.read_text(encoding="utf-8").replace(",13.36.5,", ",13.36,", 1), encoding="utf-8")
    report = validate(copy / "datapackage.json")
    assert not report.valid
    assert {row[0] for row in report.flatten(["type"])} == {"constraint-error"}


def test_parquet_copies_equal_the_tables(runs):
    run = runs["defne-2022"]
    for name, frame in _tables(run).items():
        pd.testing.assert_frame_equal(pd.read_parquet(run.out_dir / f"{name}.parquet"), frame, check_dtype=False)


def _readme_section(table: str) -> str:
    text = README.read_text(encoding="utf-8")
    start = re.search(rf"^### .*`{table}\.csv`", text, flags=re.M)
    assert start, f"README has no section for {table}.csv"
    end = re.search(r"^##", text[start.end():], flags=re.M)
    return text[start.start(): start.end() + (end.start() if end else len(text))]


def test_readme_documents_every_output_column(runs):
    for name, frame in _tables(runs["defne-2023"]).items():
        section = _readme_section(name)
        missing = [c for c in frame.columns if not c.isdigit() and f"`{c}`" not in section]
        assert not missing, f"{name}.csv: README does not describe {missing}"
