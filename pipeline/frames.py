"""Document model → pandas DataFrames, one per exported table; columns and dtypes come from the
contract (:mod:`pipeline.contract`)."""
from __future__ import annotations

import json
from collections import Counter

import pandas as pd

from .contract import table
from .model import Cell, Document


def _provenance(cell: Cell, ocr_pages: set[int]) -> tuple[str, float | None]:
    """Where a value was read (`pdf` or `ocr`) and OCR's confidence in it (none for a blank)."""
    return ("ocr", cell.conf) if cell.page in ocr_pages else ("pdf", None)


def _frame(name: str, records: list[tuple]) -> pd.DataFrame:
    """The published table ``name`` from row tuples in its column order, with its dtypes."""
    contract = table(name)
    return pd.DataFrame.from_records(records, columns=contract.names).astype(contract.dtypes())


def budget_lines(doc: Document) -> pd.DataFrame:
    """Long format: one row per indicator row, per printed copy, per plan year."""
    records = []
    scanned = set(doc.ocr_pages)
    for copy in doc.copies:
        counter: Counter[tuple[str, str]] = Counter()  # a project or directorate printed twice keeps counting
        for project in copy.projects:
            for dcell in project.directorates:
                for row in dcell.rows:
                    counter[(project.code, dcell.name)] += 1
                    line_no = counter[(project.code, dcell.name)]
                    extras = json.dumps({k: c.text for k, c in row.extras.items()}, ensure_ascii=False)
                    for cell in row.amounts:
                        box = cell.cell.bbox
                        records.append((
                            copy.view, copy.section, cell.cell.page, project.aim_no, project.goal_no,
                            project.code, dcell.name, row.indicator.text, cell.year, cell.amount,
                            project.name.text, dcell.printed.text, line_no, cell.cell.text, cell.note, extras,
                            round(box.x0, 2), round(box.top, 2), round(box.x1, 2), round(box.bottom, 2),
                            *_provenance(cell.cell, scanned),
                        ))
    return _frame("budget_lines", records)


def budget_lines_wide(long: pd.DataFrame) -> pd.DataFrame:
    """One row per indicator row per copy; one column per plan year, named as printed."""
    keys = ["view", "section", "aim_no", "goal_no", "project_code", "directorate", "line_no"]
    lines = long.groupby(keys, sort=False, dropna=False)
    firsts = lines.agg(
        pdf_page=("pdf_page", "first"), indicator=("indicator", "first"),
        project_name=("project_name", "first"), directorate_printed=("directorate_printed", "first"),
        extras=("extras", "first")).reset_index()
    # amounts by each line's number (its place in ``firsts``), not by its seven keys: aligning on a
    # seven-level index cost more than the rest
    amounts = long.set_index([lines.ngroup(), "year"])["amount"].unstack("year")
    amounts.columns = [str(c) for c in amounts.columns]
    wide = pd.concat([firsts, amounts.reset_index(drop=True)], axis=1)
    years = sorted(str(y) for y in long["year"].unique())
    contract = table("budget_lines_wide")
    names = [*contract.names, *years]
    return wide[names].astype(contract.dtypes(names))


def printed_totals(doc: Document) -> pd.DataFrame:
    scanned = set(doc.ocr_pages)
    records = [
        (t.directorate, t.year, t.amount, t.cell.page,
         round(t.cell.bbox.x0, 2), round(t.cell.bbox.top, 2), round(t.cell.bbox.x1, 2), round(t.cell.bbox.bottom, 2),
         *_provenance(t.cell, scanned))
        for s in doc.sections for t in s.totals
    ]
    return _frame("printed_totals", records)


def section_pages(doc: Document) -> pd.DataFrame:
    records = [(s.directorate, part, s.part_count, page) for s in doc.sections for part, page in sorted(s.parts.items())]
    return _frame("section_pages", records)


def projects(doc: Document) -> pd.DataFrame:
    records = [
        (copy.view, copy.section, p.aim_no, p.goal_no, p.code, p.name.text, p.pages[0],
         "; ".join(dict.fromkeys(d.name for d in p.directorates)), sum(len(d.rows) for d in p.directorates))
        for copy in doc.copies for p in copy.projects
    ]
    return _frame("projects", records)


def goals(doc: Document) -> pd.DataFrame:
    records = [(a.number, g.number, g.title, g.page) for a in doc.aims.values() for g in a.goals.values()]
    return _frame("goals", records).sort_values(["aim_no", "goal_no"], ignore_index=True)


def aims(doc: Document) -> pd.DataFrame:
    records = [(a.number, a.title, a.area_no, a.page) for a in doc.aims.values()]
    return _frame("aims", records).sort_values("aim_no", ignore_index=True)


def all_frames(doc: Document) -> dict[str, pd.DataFrame]:
    """Every table the pipeline exports, by file stem."""
    long = budget_lines(doc)
    return {
        "budget_lines": long,
        "budget_lines_wide": budget_lines_wide(long),
        "printed_totals": printed_totals(doc),
        "section_pages": section_pages(doc),
        "projects": projects(doc),
        "goals": goals(doc),
        "aims": aims(doc),
    }
