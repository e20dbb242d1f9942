"""What each exported table and column means, for the data package's table schemas.

The README says the same for people; a test keeps both in step with ``columns.py``.
"""
from __future__ import annotations

BOX = {
    "x0": "Left edge of the cell's box, PDF points from the page's left edge.",
    "top": "Top edge of the cell's box, PDF points from the page's top edge.",
    "x1": "Right edge of the cell's box, PDF points from the page's left edge.",
    "bottom": "Bottom edge of the cell's box, PDF points from the page's top edge.",
}

LINE = {
    "view": "Which part prints the row: `strategic` (part 1, by strategic area) or `directorate` "
            "(part 2, by directorate).",
    "section": "Part 2: the directorate whose section prints the row; empty in part 1.",
    "pdf_page": "1-based page of the PDF where the row (its amount cell) is printed.",
    "aim_no": "Number of the strategic aim the row is printed under.",
    "goal_no": "Number of the strategic goal the row is printed under.",
    "project_code": "Project code as printed, aim.goal.project (e.g. 13.36.5).",
    "directorate": "Responsible unit (İlgili Müdürlük, Sorumlu Birim …), canonical: its section heading "
                   "in title case (`Fen İşleri Müdürlüğü`, `Fen İşleri Dairesi Başkanlığı`).",
    "indicator": "Performance indicator as printed, wrapped lines joined by one space; may be empty.",
    "line_no": "1, 2, …: the row's order within its project and directorate in this copy.",
    "project_name": "The project's name as printed.",
    "directorate_printed": "The directorate as printed in this copy (e.g. `Fen İşleri Md.`).",
    "extras": "The row's extra text columns (`Açıklama`, `Ölçü Birimi` …) as a JSON object "
              "{header: text}, in printed order; `{}` when the table has none.",
}

TABLES: dict[str, tuple[str, dict[str, str]]] = {
    "budget_lines": (
        "One row per indicator row, per printed copy, per plan year. Every line is printed in "
        "several copies: keep view = strategic to count each amount once.",
        {**LINE,
         "year": "Plan year.",
         "amount": "Budgeted amount in TRY for the plan year; empty for a blank cell, 0 for `-`.",
         "amount_text": "The amount cell's text as printed (`1.000.000`).",
         "note": "Words printed across the budget cells instead of numbers, if any.",
         **{k: v.replace("cell's", "amount cell's") for k, v in BOX.items()}},
    ),
    "budget_lines_wide": (
        "One row per indicator row per printed copy, one amount column per plan year.",
        LINE,  # plus one column per plan year, see YEAR_COLUMN
    ),
    "printed_totals": (
        "Each directorate section's printed `… Toplamı`, per plan year.",
        {"directorate": "The section's directorate, canonical `X Müdürlüğü`.",
         "year": "Plan year.",
         "amount": "The printed total in TRY; empty when the cell is blank.",
         "pdf_page": "1-based page of the PDF where the total is printed.",
         **{k: v.replace("cell's", "total cell's") for k, v in BOX.items()}},
    ),
    "section_pages": (
        "One row per printed `X MÜDÜRLÜĞÜ (i/n)` page of part 2.",
        {"directorate": "The section's directorate, canonical `X Müdürlüğü`.",
         "part": "i in the page title's `(i/n)`.",
         "part_count": "n in the page title's `(i/n)`: the pages the section says it has.",
         "pdf_page": "1-based page of the PDF."},
    ),
    "projects": (
        "One row per project per printed copy.",
        {"view": LINE["view"], "section": LINE["section"], "aim_no": LINE["aim_no"], "goal_no": LINE["goal_no"],
         "project_code": LINE["project_code"], "project_name": LINE["project_name"],
         "pdf_page": "1-based page of the PDF where the project starts in this copy.",
         "directorates": "The project's directorates in this copy, `; `-separated, in printed order.",
         "lines": "Number of indicator rows the project has in this copy."},
    ),
    "goals": (
        "The strategic goals, one row each.",
        {"aim_no": LINE["aim_no"], "goal_no": "Number of the goal.",
         "goal_title": "The goal's title as printed.",
         "pdf_page": "1-based page of the PDF where the goal is first printed."},
    ),
    "aims": (
        "The strategic aims, one row each.",
        {"aim_no": "Number of the aim.", "aim_title": "The aim's title as printed.",
         "area_no": "Number of the strategic area (STRATEJİK ALAN) the aim belongs to; empty if none is printed.",
         "pdf_page": "1-based page of the PDF where the aim is first printed."},
    ),
    "findings": (
        "What an auditor must look at: every place where the programme disagrees with itself.",
        {"kind": "Kind of finding (see the README's Findings table).",
         "severity": "`error`, `warning` or `info`; errors make the run exit with status 1.",
         "basis": "total_mismatch: `section` (the directorate's own section) or `strategic` (its rows in part 1).",
         "directorate": "The directorate concerned, canonical `X Müdürlüğü`.",
         "project_code": "The project concerned, aim.goal.project.",
         "indicator": "The indicator as most copies print it.",
         "year": "The plan year concerned.",
         "copy": "The copy that disagrees: `strategic` or a section's directorate.",
         "expected": "The amount the other copies (or the printed total) give, in TRY.",
         "found": "The amount this copy (or the sum of the rows) gives, in TRY.",
         "pdf_pages": "The pages to look at, `; `-separated.",
         "message": "The finding as one sentence, in the run's language (--lang).",
         **{k: v.replace("the cell's box", "the box to look at").replace("box,", "box on the first page,")
            for k, v in BOX.items()}},
    ),
    "crosscheck": (
        "With --cross-check: per page, perfprog's budget and total cells against camelot's lattice parser.",
        {"pdf_page": "1-based page of the PDF.",
         "cells_perfprog": "Budget and total cells with an amount that perfprog read on the page.",
         "cells_camelot": "Non-empty camelot cells that fall in one of perfprog's cells.",
         "agreeing": "Cells where camelot reads the same amount.",
         "disagreeing": "Cells where camelot reads another amount or none.",
         "agreement": "agreeing / (agreeing + disagreeing); empty when nothing was compared.",
         "note": "Why the page was not cross-checked, if it was not."},
    ),
}

YEAR_COLUMN = "Budgeted amount in TRY for plan year {year}; empty for a blank cell, 0 for `-`."


def describe(table: str, column: str) -> str:
    """The description of a column; plan-year columns of the wide table are named by their year."""
    return YEAR_COLUMN.format(year=column) if column.isdigit() else TABLES[table][1][column]
