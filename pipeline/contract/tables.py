"""The published tables, one pandera model each: the contract other systems rely on.

Column names and order, dtypes, nullability, keys and descriptions are stated here and nowhere
else; the column lists, the frames' dtypes, the data package's Table Schemas, the quality suite
and the catalog's tables are derived from these models (:mod:`.spec`).
"""
from __future__ import annotations

import pandas as pd
import pandera.pandas as pa
from pandera.typing import Series

from .fields import (MONEY, OPTIONAL_CODE, SEVERITIES, STRATEGIC, aim_no, amount, confidence, directorate, edge,
                     field, goal_no, line_no, page, plan_year, project_code, section, section_directorate, source,
                     text, view)

YEAR_COLUMN = r"^\d{4}$"
"""The wide table's plan-year columns, named by the year as printed."""


class BudgetLines(pa.DataFrameModel):
    view: Series[str] = view()
    section: Series[str] = section()
    pdf_page: Series[int] = page(" where the row (its amount cell) is printed")
    aim_no: Series[int] = aim_no()
    goal_no: Series[int] = goal_no()
    project_code: Series[str] = project_code()
    directorate: Series[str] = directorate()
    indicator: Series[str] = text("Performance indicator as printed, wrapped lines joined by one space; may be empty.")
    year: Series[int] = plan_year()
    amount: Series[pd.Int64Dtype] = amount("Budgeted amount in TRY for the plan year; empty for a blank cell, 0 for `-`.")
    project_name: Series[str] = text("The project's name as printed.")
    directorate_printed: Series[str] = text("The directorate as printed in this copy (e.g. `Fen İşleri Md.`).")
    line_no: Series[int] = line_no()
    amount_text: Series[str] = text("The amount cell's text as printed (`1.000.000`).")
    note: Series[str] = text("Words printed across the budget cells instead of numbers, if any.")
    extras: Series[str] = text("The row's extra text columns (`Açıklama`, `Ölçü Birimi` …) as a JSON object "
                               "{header: text}, in printed order; `{}` when the table has none.")
    x0: Series[float] = edge("x0", "the amount cell's box")
    top: Series[float] = edge("top", "the amount cell's box")
    x1: Series[float] = edge("x1", "the amount cell's box")
    bottom: Series[float] = edge("bottom", "the amount cell's box")
    source: Series[str] = source("the amount")
    confidence: Series[float] = confidence("the amount")

    @pa.dataframe_check(error="a strategic row has a section, or a section row has none")
    def section_matches_view(cls, df: pd.DataFrame) -> Series[bool]:
        return (df["view"] == STRATEGIC) == (df["section"] == "")

    class Config:
        description = ("One row per indicator row, per printed copy, per plan year. Every line is printed in "
                       "several copies: keep view = strategic to count each amount once.")
        ordered = True
        unique = ["view", "pdf_page", "project_code", "directorate", "line_no", "year"]
        # the page stands for the copy: `section` is empty in part 1, and a page belongs to one copy


class BudgetLinesWide(pa.DataFrameModel):
    view: Series[str] = view()
    section: Series[str] = section()
    pdf_page: Series[int] = page(" where the row (its first amount cell) is printed")
    aim_no: Series[int] = aim_no()
    goal_no: Series[int] = goal_no()
    project_code: Series[str] = project_code()
    directorate: Series[str] = directorate()
    line_no: Series[int] = line_no()
    indicator: Series[str] = text("Performance indicator as printed, wrapped lines joined by one space; may be empty.")
    project_name: Series[str] = text("The project's name as printed.")
    directorate_printed: Series[str] = text("The directorate as printed in this copy (e.g. `Fen İşleri Md.`).")
    extras: Series[str] = text("The row's extra text columns (`Açıklama`, `Ölçü Birimi` …) as a JSON object "
                               "{header: text}, in printed order; `{}` when the table has none.")
    year_amount: Series[pd.Int64Dtype] = pa.Field(
        alias=YEAR_COLUMN, regex=True, ge=0, nullable=True, metadata={"role": MONEY},
        description="Budgeted amount in TRY for plan year {year}; empty for a blank cell, 0 for `-`.")

    class Config:
        description = "One row per indicator row per printed copy, one amount column per plan year."
        ordered = True
        unique = ["view", "pdf_page", "project_code", "directorate", "line_no"]


class PrintedTotals(pa.DataFrameModel):
    directorate: Series[str] = section_directorate()
    year: Series[int] = plan_year()
    amount: Series[pd.Int64Dtype] = amount("The printed total in TRY; empty when the cell is blank.")
    pdf_page: Series[int] = page(" where the total is printed")
    x0: Series[float] = edge("x0", "the total cell's box")
    top: Series[float] = edge("top", "the total cell's box")
    x1: Series[float] = edge("x1", "the total cell's box")
    bottom: Series[float] = edge("bottom", "the total cell's box")
    source: Series[str] = source("the total")
    confidence: Series[float] = confidence("the total")

    class Config:
        description = "Each directorate section's printed `… Toplamı`, per plan year."
        ordered = True
        unique = ["directorate", "year"]


class SectionPages(pa.DataFrameModel):
    directorate: Series[str] = section_directorate()
    part: Series[int] = field("i in the page title's `(i/n)`.", ge=1)
    part_count: Series[int] = field("n in the page title's `(i/n)`: the pages the section says it has.", ge=1)
    pdf_page: Series[int] = page("")

    class Config:
        description = "One row per printed `X MÜDÜRLÜĞÜ (i/n)` page of part 2."
        ordered = True
        unique = ["pdf_page"]


class Projects(pa.DataFrameModel):
    view: Series[str] = view()
    section: Series[str] = section()
    aim_no: Series[int] = aim_no()
    goal_no: Series[int] = goal_no()
    project_code: Series[str] = project_code()
    project_name: Series[str] = text("The project's name as printed.")
    pdf_page: Series[int] = page(" where the project starts in this copy")
    directorates: Series[str] = text("The project's directorates in this copy, `; `-separated, in printed order.")
    lines: Series[int] = field("Number of indicator rows the project has in this copy.", ge=1)

    class Config:
        description = "One row per project per printed copy."
        ordered = True
        # no key: a copy may print one code twice (a numbering_duplicate finding)


class Goals(pa.DataFrameModel):
    aim_no: Series[int] = aim_no(low=1)
    goal_no: Series[int] = goal_no("Number of the goal.", low=1)
    goal_title: Series[str] = text("The goal's title as printed.")
    pdf_page: Series[int] = page(" where the goal is first printed")

    class Config:
        description = "The strategic goals, one row each."
        ordered = True
        unique = ["aim_no", "goal_no"]


class Aims(pa.DataFrameModel):
    aim_no: Series[int] = aim_no("Number of the aim.", low=1)
    aim_title: Series[str] = text("The aim's title as printed.")
    area_no: Series[pd.Int64Dtype] = field("Number of the strategic area (STRATEJİK ALAN) the aim belongs to; "
                                           "empty if none is printed.", nullable=True)
    pdf_page: Series[int] = page(" where the aim is first printed")

    class Config:
        description = "The strategic aims, one row each."
        ordered = True
        unique = ["aim_no"]


class Findings(pa.DataFrameModel):
    kind: Series[str] = text("Kind of finding (see the README's Findings table).")
    severity: Series[str] = field("`error`, `warning` or `info`; errors make the run exit with status 1.",
                                  isin=SEVERITIES)
    basis: Series[str] = text("total_mismatch: `section` (the directorate's own section) or `strategic` "
                              "(its rows in part 1).")
    directorate: Series[str] = text("The directorate concerned, canonical `X Müdürlüğü`.")
    project_code: Series[str] = field("The project concerned, aim.goal.project.", str_matches=OPTIONAL_CODE)
    indicator: Series[str] = text("The indicator as most copies print it.")
    year: Series[pd.Int64Dtype] = plan_year("The plan year concerned.", nullable=True)
    copy: Series[str] = text("The copy that disagrees: `strategic` or a section's directorate.")
    expected: Series[pd.Int64Dtype] = field("The amount the other copies (or the printed total) give, in TRY.",
                                            nullable=True, role=MONEY)
    found: Series[pd.Int64Dtype] = field("The amount this copy (or the sum of the rows) gives, in TRY.",
                                         nullable=True, role=MONEY)
    pdf_pages: Series[str] = text("The pages to look at, `; `-separated.")
    message: Series[str] = text("The finding as one sentence, in the run's language (--lang).")
    x0: Series[float] = edge("x0", "the box to look at", nullable=True)
    top: Series[float] = edge("top", "the box to look at", nullable=True)
    x1: Series[float] = edge("x1", "the box to look at", nullable=True)
    bottom: Series[float] = edge("bottom", "the box to look at", nullable=True)

    class Config:
        description = "What an auditor must look at: every place where the programme disagrees with itself."
        ordered = True


class CrossCheck(pa.DataFrameModel):
    pdf_page: Series[int] = page("")
    cells_perfprog: Series[int] = field("Budget and total cells with an amount that perfprog read on the page.", ge=0)
    cells_camelot: Series[int] = field("Non-empty camelot cells that fall in one of perfprog's cells.", ge=0)
    agreeing: Series[int] = field("Cells where camelot reads the same amount.", ge=0)
    disagreeing: Series[int] = field("Cells where camelot reads another amount or none.", ge=0)
    agreement: Series[float] = field("agreeing / (agreeing + disagreeing); empty when nothing was compared.",
                                     nullable=True, ge=0, le=1)
    note: Series[str] = text("Why the page was not cross-checked, if it was not.")

    class Config:
        description = ("With --cross-check: per page, perfprog's budget and total cells against camelot's "
                       "lattice parser.")
        ordered = True
        unique = ["pdf_page"]


class DiffLines(pa.DataFrameModel):
    change: Series[str] = field("`added` (only in the new edition), `dropped` (only in the old one) or `changed` "
                                "(a different amount; a blank cell differs from 0).",
                                isin=["added", "dropped", "changed"])
    project_code: Series[str] = project_code()
    directorate: Series[str] = directorate()
    indicator: Series[str] = text("Performance indicator as printed, wrapped lines joined by one space; may be empty.")
    year: Series[pd.Int64Dtype] = plan_year("A plan year both editions cover.")
    old_amount: Series[pd.Int64Dtype] = amount("The old edition's amount in TRY; empty where the line is absent "
                                               "or the cell is blank.")
    new_amount: Series[pd.Int64Dtype] = amount("The new edition's amount in TRY; empty where the line is absent "
                                               "or the cell is blank.")
    occurrence: Series[pd.Int64Dtype] = field("1, 2, … among lines with the same project, directorate and "
                                              "indicator, in printed order.", ge=1)
    old_page: Series[pd.Int64Dtype] = field("The PDF page of the amount in the old edition.", ge=1, nullable=True)
    new_page: Series[pd.Int64Dtype] = field("The PDF page of the amount in the new edition.", ge=1, nullable=True)

    class Config:
        description = ("`perfprog diff`: one row per strategic-view line and plan year whose amount differs "
                       "between two editions.")
        ordered = True
        unique = ["project_code", "directorate", "indicator", "occurrence", "year"]


class DiffTotals(pa.DataFrameModel):
    directorate: Series[str] = section_directorate()
    year: Series[pd.Int64Dtype] = plan_year("A plan year both editions cover.")
    old_total: Series[pd.Int64Dtype] = field("Sum of the directorate's strategic-view amounts in the old edition "
                                             "(blank cells count 0); empty if it has no line there.",
                                             role=MONEY, nullable=True)
    new_total: Series[pd.Int64Dtype] = field("Sum of the directorate's strategic-view amounts in the new edition "
                                             "(blank cells count 0); empty if it has no line there.",
                                             role=MONEY, nullable=True)
    difference: Series[pd.Int64Dtype] = field("new_total − old_total, an absent side counting 0.", role=MONEY)
    old_printed_total: Series[pd.Int64Dtype] = amount("The section's printed `… Toplamı` in the old edition.")
    new_printed_total: Series[pd.Int64Dtype] = amount("The section's printed `… Toplamı` in the new edition.")

    class Config:
        description = "`perfprog diff`: one row per directorate and compared plan year, in the order of the sections."
        ordered = True
        unique = ["directorate", "year"]


MODELS: dict[str, type[pa.DataFrameModel]] = {
    "budget_lines": BudgetLines,
    "budget_lines_wide": BudgetLinesWide,
    "printed_totals": PrintedTotals,
    "section_pages": SectionPages,
    "projects": Projects,
    "goals": Goals,
    "aims": Aims,
    "findings": Findings,
    "crosscheck": CrossCheck,
    "diff_lines": DiffLines,
    "diff_totals": DiffTotals,
}
"""Every published table: a run's, by file stem in the order the run writes them, then the two
tables `perfprog diff` writes (``FILE.csv`` and ``FILE.totals.csv``)."""

FOREIGN_KEYS: dict[str, list[tuple[list[str], str, list[str]]]] = {
    "goals": [(["aim_no"], "aims", ["aim_no"])],
}
"""References between the tables that hold by construction: every goal is read under its aim."""
