"""The data package's keys hold: every shared programme's CSVs load into DuckDB under the primary
and foreign keys `datapackage.json` declares, and its Table Schemas are the contract's."""
from __future__ import annotations

import json
from pathlib import Path

import duckdb
import pytest

from pipeline.contract import table
from pipeline.output.datapackage import PackageInfo
from pipeline.output.tables import write_tables

from ..conftest import LAYOUTS

SQL_TYPES = {"integer": "BIGINT", "number": "DOUBLE", "string": "VARCHAR"}


def _write(extractions, name: str, folder: Path) -> Path:
    doc, frames, findings = extractions[name]
    write_tables({**frames, "findings": findings}, folder, PackageInfo(name, name, doc.sha256, doc.plan_years))
    return folder / "datapackage.json"


def _load(package_path: Path) -> duckdb.DuckDBPyConnection:
    """Each resource as a DuckDB table with the package's types and keys, referenced tables first,
    its CSV read as any SQL user would (an empty cell is NULL)."""
    package = json.loads(package_path.read_text(encoding="utf-8"))
    resources = sorted(package["resources"], key=lambda r: bool(r["schema"].get("foreignKeys")))
    con = duckdb.connect()
    for resource in resources:
        schema, name = resource["schema"], resource["name"]
        parts = [f'"{f["name"]}" {SQL_TYPES[f["type"]]}' for f in schema["fields"]]
        if "primaryKey" in schema:
            parts.append("PRIMARY KEY (" + ", ".join(f'"{c}"' for c in schema["primaryKey"]) + ")")
        for fk in schema.get("foreignKeys", []):
            parts.append(f"FOREIGN KEY ({', '.join(fk['fields'])}) REFERENCES {fk['reference']['resource']} "
                         f"({', '.join(fk['reference']['fields'])})")
        con.execute(f"CREATE TABLE {name} ({', '.join(parts)})")
        types = {f["name"]: SQL_TYPES[f["type"]] for f in schema["fields"]}
        con.execute(f"INSERT INTO {name} SELECT * FROM read_csv(?, header = true, columns = {types!r})",
                    [str(package_path.parent / resource["path"])])
    return con


@pytest.mark.parametrize("name", LAYOUTS)
def test_every_shared_programme_loads_into_duckdb_with_its_keys(extractions, tmp_path, name):
    con = _load(_write(extractions, name, tmp_path))
    doc, frames, _ = extractions[name]
    lines = con.execute("SELECT count(*), count(*) FILTER (WHERE section IS NULL) FROM budget_lines").fetchone()
    assert lines == (len(frames["budget_lines"]), (frames["budget_lines"]["section"] == "").sum())
    assert lines[1] > 0  # part 1's rows have no section: the key must not need one
    assert con.execute("SELECT count(*) FROM goals JOIN aims USING (aim_no)").fetchone()[0] == len(frames["goals"])


def test_keys_and_constraints_come_from_the_contract(extractions, tmp_path):
    package = json.loads(_write(extractions, "defne-2023", tmp_path).read_text(encoding="utf-8"))
    schemas = {r["name"]: r["schema"] for r in package["resources"]}
    assert schemas["budget_lines"]["primaryKey"] == ["view", "pdf_page", "project_code", "directorate", "line_no",
                                                     "year"]
    assert "section" not in schemas["budget_lines_wide"]["primaryKey"]
    assert schemas["printed_totals"]["primaryKey"] == ["directorate", "year"]
    assert schemas["goals"]["foreignKeys"] == [{"fields": ["aim_no"], "reference": {"resource": "aims",
                                                                                  "fields": ["aim_no"]}}]
    assert "primaryKey" not in schemas["projects"] and "primaryKey" not in schemas["findings"]
    fields = {f["name"]: f for f in schemas["budget_lines"]["fields"]}
    assert fields["project_code"]["constraints"] == {"pattern": r"\d+\.\d+\.\d+"}
    assert fields["year"]["constraints"] == {"minimum": 2020, "maximum": 2024}
    assert fields["view"]["constraints"] == {"enum": ["strategic", "directorate"]}
    assert fields["amount"] == {"name": "amount", "type": "integer", "constraints": {"minimum": 0},
                                "description": table("budget_lines").column("amount").description}
    wide = {f["name"]: f for f in schemas["budget_lines_wide"]["fields"]}
    assert wide["2022"]["description"].startswith("Budgeted amount in TRY for plan year 2022")
    for name, schema in schemas.items():
        assert [f["name"] for f in schema["fields"]][:len(table(name).names)] == table(name).names
