"""Every exported frame checked against its contract model before anything is written.

The models (:mod:`pipeline.contract`) state what holds for any programme; :func:`document_schemas`
adds what holds for this document (its plan years, its directorates). Failures are collected, not
raised one by one, and come back as :class:`Violation` records with the pages to look at.
"""
from __future__ import annotations

import copy
from collections import defaultdict
from dataclasses import dataclass

import pandas as pd
import pandera.pandas as pa
from pandera.errors import SchemaErrors

from .contract import MODELS, table

CHECKED = ["budget_lines", "budget_lines_wide", "printed_totals", "projects", "goals", "aims", "section_pages"]
"""The frames read from the document; findings and the cross-check are built, not read."""


@dataclass(frozen=True)
class Violation:
    """One check a table breaks: where (table, column or `*` for the whole row), which check, a few
    offending values (or the rows' project codes), and the pages the offending rows stand on."""

    table: str
    column: str
    check: str
    values: tuple[str, ...]
    pages: tuple[int, ...]


def _line_years(plan_years: list[int]) -> pa.Check:
    line = [c for c in table("budget_lines").key if c != "year"]

    def check(df: pd.DataFrame) -> pd.Series:
        """Lines gathered over plain lists, not a pandas groupby: a Python function per group
        slices ~600 sub-frames. A row with a blank key passes; the key column's own check
        reports the blank."""
        keys = list(zip(*(df[c].tolist() for c in line)))
        years: dict[tuple, list[int]] = defaultdict(list)
        for key, year in zip(keys, df["year"].tolist()):
            years[key].append(year)
        whole = {key: sorted(found) == list(plan_years) for key, found in years.items()}
        return pd.Series([whole[key] for key in keys], index=df.index) | df[line].isna().any(axis=1)

    return pa.Check(check, error=f"a line does not have every plan year {plan_years[0]}–{plan_years[-1]} exactly once")


def _consecutive_year_columns(plan_years: list[int]) -> pa.Check:
    def check(df: pd.DataFrame) -> bool:
        cols = [int(c) for c in df.columns if c.isdigit() and len(c) == 4]
        return cols == plan_years and cols == list(range(cols[0], cols[0] + len(cols)))

    return pa.Check(check, error=f"year columns are not the plan years {plan_years}")


def document_schemas(plan_years: list[int], directorates: list[str]) -> dict[str, pa.DataFrameSchema]:
    """Every read frame's schema, with this document's plan years and sections filled in: a
    plan-year column holds one of them, a line has each of them once."""
    schemas = {}
    for name in CHECKED:
        schema = copy.deepcopy(MODELS[name].to_schema())  # to_schema() is cached per class
        years = {c.name: {"checks": [*schema.columns[c.name].checks, pa.Check.isin(plan_years)]}
                 for c in table(name).columns if c.is_plan_year}
        schema = schema.update_columns(years) if years else schema
        schemas[name] = schema
    if directorates:
        lines = schemas["budget_lines"]
        schemas["budget_lines"] = lines.update_columns(
            {"directorate": {"checks": [*lines.columns["directorate"].checks, pa.Check.isin(directorates)]}})
    schemas["budget_lines"].checks = [*schemas["budget_lines"].checks, _line_years(plan_years)]
    schemas["budget_lines_wide"].checks = [*schemas["budget_lines_wide"].checks, _consecutive_year_columns(plan_years)]
    return schemas


def validate(frames: dict[str, pd.DataFrame], plan_years: list[int], directorates: list[str]) -> list[Violation]:
    """Check every read frame lazily; one :class:`Violation` per failing check (none when all hold)."""
    violations: list[Violation] = []
    for name, schema in document_schemas(plan_years, directorates).items():
        frame = frames[name]
        try:
            schema.validate(frame, lazy=True)
        except SchemaErrors as exc:
            violations.extend(_violations(name, frame, exc.failure_cases))
    return violations


def _violations(name: str, frame: pd.DataFrame, cases: pd.DataFrame) -> list[Violation]:
    found = []
    whole_rows = cases["schema_context"] == "DataFrameSchema"
    cases = cases.assign(column=cases["column"].where(~whole_rows, "*"))
    for (column, check), group in cases.groupby(["column", "check"], dropna=False, sort=False):
        rows = [i for i in group["index"].dropna().unique() if i in frame.index]
        pages = sorted({int(frame.loc[i, "pdf_page"]) for i in rows}) if "pdf_page" in frame.columns else []
        if column == "*" and "project_code" in frame.columns:
            values = tuple(dict.fromkeys(str(frame.loc[i, "project_code"]) for i in rows[:50]))
        else:
            values = tuple(dict.fromkeys(str(v) for v in group["failure_case"].head(5)))
        found.append(Violation(name, str(column), str(check), values, tuple(pages)))
    return found
