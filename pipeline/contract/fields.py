"""Field builders the table models share: one wording per recurring column, one statement of
each constraint, and the roles a column plays for the document at hand (plan year, page)."""
from __future__ import annotations

from typing import Any, Literal, get_args

import pandera.pandas as pa

from ..codes import CODE_PATTERN
from ..model import View
from .lean import prime

prime()  # before any model is built or validated

VIEWS: list[str] = list(get_args(View))
STRATEGIC = "strategic"
"""The view of part 1, and the `copy` name of its lines."""

Severity = Literal["error", "warning", "info"]
SEVERITIES: list[str] = list(get_args(Severity))
"""Finding severities, from the most to the least serious."""

PLAN_YEAR = "plan_year"
"""Role of a column holding one of the document's plan years."""
PAGE = "page"
"""Role of a column holding a page number of the document."""
MONEY = "money"
"""Role of a column holding an amount in TRY (a spreadsheet shows it with thousands separators)."""

CODE = f"^{CODE_PATTERN}$"
OPTIONAL_CODE = f"^(?:{CODE_PATTERN})?$"


def field(description: str, *, role: str | None = None, **checks: Any) -> Any:
    """A column: its description, its checks and, if any, the role it plays in the document."""
    return pa.Field(description=description, metadata={"role": role} if role else None, **checks)


def view() -> Any:
    return field("Which part prints the row: `strategic` (part 1, by strategic area) or `directorate` "
                 "(part 2, by directorate).", isin=VIEWS)


def section() -> Any:
    return field("Part 2: the directorate whose section prints the row; empty in part 1.")


def page(where: str) -> Any:
    return field(f"1-based page of the PDF{where}.", role=PAGE, ge=1)


def aim_no(description: str = "Number of the strategic aim the row is printed under.", low: int = 0) -> Any:
    return field(description, ge=low)


def goal_no(description: str = "Number of the strategic goal the row is printed under.", low: int = 0) -> Any:
    return field(description, ge=low)


def project_code(description: str = "Project code as printed, aim.goal.project (e.g. 13.36.5).") -> Any:
    return field(description, str_matches=CODE)


def directorate() -> Any:
    return field("Responsible unit (İlgili Müdürlük, Sorumlu Birim …), canonical: its section heading in "
                 "title case (`Fen İşleri Müdürlüğü`, `Fen İşleri Dairesi Başkanlığı`).",
                 str_length={"min_value": 1})


def section_directorate() -> Any:
    return field("The section's directorate, canonical `X Müdürlüğü`.", str_length={"min_value": 1})


def plan_year(description: str = "Plan year.", nullable: bool = False) -> Any:
    return field(description, role=PLAN_YEAR, ge=1900, le=2200, nullable=nullable)


def amount(description: str) -> Any:
    return field(description, role=MONEY, ge=0, nullable=True)


def line_no() -> Any:
    return field("1, 2, …: the row's order within its project and directorate in this copy.", ge=1)


def text(description: str) -> Any:
    return field(description)


SOURCES = ["pdf", "ocr"]
"""Where a value was read: the PDF's text layer, or OCR of a scanned page's image."""


def source(what: str) -> Any:
    return field(f"Where {what} was read: `pdf` (the text layer) or `ocr` (a scanned page's image, by Tesseract).",
                 isin=SOURCES)


def confidence(what: str) -> Any:
    return field(f"OCR's confidence in {what}, 0–100 (the lowest of its words); empty when read from the text layer.",
                 ge=0, le=100, nullable=True)


_EDGES = {
    "x0": "Left edge of {what}, PDF points from the page's left edge.",
    "top": "Top edge of {what}, PDF points from the page's top edge.",
    "x1": "Right edge of {what}, PDF points from the page's left edge.",
    "bottom": "Bottom edge of {what}, PDF points from the page's top edge.",
}


def edge(name: str, what: str, nullable: bool = False) -> Any:
    """One edge of a box (pdfplumber's top-left origin); ``what`` names the box."""
    return field(_EDGES[name].format(what=what), nullable=nullable)
