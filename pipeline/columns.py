"""Column contracts of the exported tables: other systems rely on these names and orders."""
from __future__ import annotations

BUDGET_LINES = [
    "view", "section", "pdf_page", "aim_no", "goal_no", "project_code", "directorate",
    "indicator", "year", "amount",
    # beyond the shared contract: what an auditor needs to find the cell again
    "project_name", "directorate_printed", "line_no", "amount_text", "note", "extras",
    "x0", "top", "x1", "bottom",
]
"""One row per indicator row, per printed copy, per plan year. ``line_no`` numbers the rows of
one (copy, project, directorate) from 1 in printed order; the box is the amount cell's."""

PRINTED_TOTALS = ["directorate", "year", "amount", "pdf_page", "x0", "top", "x1", "bottom"]

SECTION_PAGES = ["directorate", "part", "part_count", "pdf_page"]
"""One row per printed `X MÜDÜRLÜĞÜ (i/n)` page."""

FINDINGS = [
    "kind", "severity", "basis", "directorate", "project_code", "indicator", "year", "copy",
    "expected", "found", "pdf_pages", "message", "x0", "top", "x1", "bottom",
]
"""``x0 … bottom``: the box to look at on the first of ``pdf_pages``, where the finding has one."""

PROJECTS = ["view", "section", "aim_no", "goal_no", "project_code", "project_name", "pdf_page",
            "directorates", "lines"]
GOALS = ["aim_no", "goal_no", "goal_title", "pdf_page"]
AIMS = ["aim_no", "aim_title", "area_no", "pdf_page"]
