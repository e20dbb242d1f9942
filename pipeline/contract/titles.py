"""Titles for people: the published tables' and columns' names as a spreadsheet shows them, in
the run's language (English msgids; the catalog, :mod:`pipeline.i18n`, translates them). The machine
names (CSV, Parquet, SQL) are the models' own; a column's title goes with its name, whichever table
it is in. A name with no title here (a table another stage adds, such as the catalog's ``edition``)
is shown as it is."""
from __future__ import annotations

from ..i18n import N_, Lang, translations

TABLE_TITLES: dict[str, str] = {
    "budget_lines": N_("Budget lines"), "budget_lines_wide": N_("Budget lines (wide)"),
    "printed_totals": N_("Printed totals"), "section_pages": N_("Section pages"), "projects": N_("Projects"),
    "goals": N_("Goals"), "aims": N_("Aims"), "findings": N_("Findings"), "crosscheck": N_("Cross-check"),
    "diff_lines": N_("Edition changes (lines)"), "diff_totals": N_("Edition changes (totals)"),
}

COLUMN_TITLES: dict[str, str] = {
    "view": N_("View"), "section": N_("Section"), "pdf_page": N_("Page"), "aim_no": N_("Aim no."),
    "goal_no": N_("Goal no."), "project_code": N_("Project code"), "directorate": N_("Directorate"),
    "indicator": N_("Performance indicator"), "year": N_("Year"), "amount": N_("Amount (TRY)"),
    "project_name": N_("Project name"), "directorate_printed": N_("Directorate (as printed)"),
    "line_no": N_("Line no."), "amount_text": N_("Amount (as printed)"), "note": N_("Note"),
    "extras": N_("Extra columns"), "x0": N_("Box left (pt)"), "top": N_("Box top (pt)"),
    "x1": N_("Box right (pt)"), "bottom": N_("Box bottom (pt)"), "source": N_("Source (pdf/ocr)"),
    "confidence": N_("OCR confidence"), "part": N_("Section page"),
    "part_count": N_("Section page count"), "directorates": N_("Directorates"), "lines": N_("Lines"),
    "goal_title": N_("Goal"), "aim_title": N_("Aim"), "area_no": N_("Strategic area no."),
    "kind": N_("Finding kind"), "severity": N_("Severity"), "basis": N_("Basis"), "copy": N_("Copy"),
    "expected": N_("Expected (TRY)"), "found": N_("Found (TRY)"), "pdf_pages": N_("Pages"),
    "message": N_("Finding"), "cells_perfprog": N_("perfprog cells"), "cells_camelot": N_("camelot cells"),
    "agreeing": N_("Agreeing"), "disagreeing": N_("Disagreeing"), "agreement": N_("Agreement"),
    "change": N_("Change"), "old_amount": N_("Old amount (TRY)"), "new_amount": N_("New amount (TRY)"),
    "occurrence": N_("Occurrence"), "old_page": N_("Old page"), "new_page": N_("New page"),
    "old_total": N_("Old total (TRY)"), "new_total": N_("New total (TRY)"), "difference": N_("Difference (TRY)"),
    "old_printed_total": N_("Old printed total (TRY)"), "new_printed_total": N_("New printed total (TRY)"),
}


def table_title(name: str, lang: Lang) -> str:
    """A table's title in ``lang``."""
    return translations(lang).gettext(TABLE_TITLES[name]) if name in TABLE_TITLES else name


def column_title(name: str, lang: Lang) -> str:
    """A column's title in ``lang``; a plan-year column of the wide table is titled by its year."""
    return translations(lang).gettext(COLUMN_TITLES[name]) if name in COLUMN_TITLES else name
