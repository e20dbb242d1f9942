"""Pandera schemas for every exported frame, checked before anything is written.

The classes state what holds for any programme; :func:`document_schemas` adds what holds for
this document (its plan years, its directorates). Failures are collected, not raised one by one,
and come back as readable lines with the page to look at.
"""
from __future__ import annotations

import copy

import pandas as pd
import pandera.pandas as pa
from pandera.errors import SchemaErrors
from pandera.typing import Series

CODE = r"^\d+\.\d+\.\d+$"
LINE_KEY = ["view", "section", "project_code", "directorate", "line_no"]


class BudgetLines(pa.DataFrameModel):
    view: Series[str] = pa.Field(isin=["strategic", "directorate"])
    section: Series[str]
    pdf_page: Series[int] = pa.Field(ge=1)
    aim_no: Series[int] = pa.Field(ge=0)
    goal_no: Series[int] = pa.Field(ge=0)
    project_code: Series[str] = pa.Field(str_matches=CODE)
    directorate: Series[str] = pa.Field(str_length={"min_value": 1})
    indicator: Series[str]
    year: Series[int] = pa.Field(ge=1900, le=2200)
    amount: Series[pd.Int64Dtype] = pa.Field(ge=0, nullable=True)
    line_no: Series[int] = pa.Field(ge=1)

    @pa.dataframe_check(error="a strategic row has a section, or a section row has none")
    def section_matches_view(cls, df: pd.DataFrame) -> Series[bool]:
        return (df["view"] == "strategic") == (df["section"] == "")

    class Config:
        strict = False
        coerce = False


class PrintedTotals(pa.DataFrameModel):
    directorate: Series[str] = pa.Field(str_length={"min_value": 1})
    year: Series[int] = pa.Field(ge=1900, le=2200)
    amount: Series[pd.Int64Dtype] = pa.Field(ge=0, nullable=True)
    pdf_page: Series[int] = pa.Field(ge=1)

    @pa.dataframe_check(error="a directorate has two printed totals for one year")
    def one_total_per_year(cls, df: pd.DataFrame) -> Series[bool]:
        return ~df.duplicated(["directorate", "year"], keep=False)


class BudgetLinesWide(pa.DataFrameModel):
    project_code: Series[str] = pa.Field(str_matches=CODE)
    directorate: Series[str] = pa.Field(str_length={"min_value": 1})
    line_no: Series[int] = pa.Field(ge=1)
    year_amount: Series[pd.Int64Dtype] = pa.Field(alias=r"^\d{4}$", regex=True, ge=0, nullable=True)


class Projects(pa.DataFrameModel):
    project_code: Series[str] = pa.Field(str_matches=CODE)
    view: Series[str] = pa.Field(isin=["strategic", "directorate"])
    lines: Series[int] = pa.Field(ge=1)


class Goals(pa.DataFrameModel):
    aim_no: Series[int] = pa.Field(ge=1)
    goal_no: Series[int] = pa.Field(ge=1)

    @pa.dataframe_check(error="a goal is numbered twice")
    def unique_goal(cls, df: pd.DataFrame) -> Series[bool]:
        return ~df.duplicated(["aim_no", "goal_no"], keep=False)


class Aims(pa.DataFrameModel):
    aim_no: Series[int] = pa.Field(ge=1, unique=True)


class SectionPages(pa.DataFrameModel):
    directorate: Series[str]
    part: Series[int] = pa.Field(ge=1)
    part_count: Series[int] = pa.Field(ge=1)


def _years_complete(plan_years: list[int]):
    def check(df: pd.DataFrame) -> pd.Series:
        years = df.groupby(LINE_KEY, sort=False)["year"].transform(lambda s: tuple(sorted(s)) == tuple(plan_years))
        return years.astype(bool)

    return pa.Check(check, error=f"a line does not have every plan year {plan_years[0]}–{plan_years[-1]} exactly once")


def _consecutive_year_columns(plan_years: list[int]):
    def check(df: pd.DataFrame) -> bool:
        cols = [int(c) for c in df.columns if c.isdigit() and len(c) == 4]
        return cols == plan_years and cols == list(range(cols[0], cols[0] + len(cols)))

    return pa.Check(check, error=f"year columns are not the plan years {plan_years}")


def document_schemas(plan_years: list[int], directorates: list[str]) -> dict[str, pa.DataFrameSchema]:
    """Every frame's schema, with this document's plan years and sections filled in."""
    in_sections = [pa.Check.isin(directorates)] if directorates else []
    # to_schema() is cached per class: work on copies, or checks pile up across documents
    lines = copy.deepcopy(BudgetLines.to_schema())
    lines = lines.update_columns({
        "year": {"checks": [pa.Check.isin(plan_years)]},
        "directorate": {"checks": in_sections},
    })
    lines.checks = [*lines.checks, _years_complete(plan_years)]
    wide = copy.deepcopy(BudgetLinesWide.to_schema())
    wide.checks = [*wide.checks, _consecutive_year_columns(plan_years)]
    totals = PrintedTotals.to_schema().update_columns({"year": {"checks": [pa.Check.isin(plan_years)]}})
    return {
        "budget_lines": lines,
        "budget_lines_wide": wide,
        "printed_totals": totals,
        "projects": Projects.to_schema(),
        "goals": Goals.to_schema(),
        "aims": Aims.to_schema(),
        "section_pages": SectionPages.to_schema(),
    }


def validate(frames: dict[str, pd.DataFrame], plan_years: list[int], directorates: list[str]) -> list[str]:
    """Check every frame lazily; return one readable line per failure (empty when all hold)."""
    problems: list[str] = []
    for name, schema in document_schemas(plan_years, directorates).items():
        frame = frames[name]
        try:
            schema.validate(frame, lazy=True)
        except SchemaErrors as exc:
            problems.extend(_describe(name, frame, exc.failure_cases))
    return problems


def _describe(name: str, frame: pd.DataFrame, cases: pd.DataFrame) -> list[str]:
    lines = []
    whole_rows = cases["schema_context"] == "DataFrameSchema"
    cases = cases.assign(column=cases["column"].where(~whole_rows, "*"))
    for (column, check), group in cases.groupby(["column", "check"], dropna=False, sort=False):
        rows = [i for i in group["index"].dropna().unique() if i in frame.index]
        pages = sorted({int(frame.loc[i, "pdf_page"]) for i in rows}) if "pdf_page" in frame.columns else []
        if column == "*" and "project_code" in frame.columns:
            values = ", ".join(dict.fromkeys(str(frame.loc[i, "project_code"]) for i in rows[:50]))
        else:
            values = ", ".join(dict.fromkeys(str(v) for v in group["failure_case"].head(5)))
        where = f" (sayfa {', '.join(map(str, pages[:10]))})" if pages else ""
        lines.append(f"{name}.{column}: {check}: {values}{where}")
    return lines
