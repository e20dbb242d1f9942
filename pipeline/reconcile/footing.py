"""Footing: does each section's printed `… Toplamı` equal the sum of that directorate's rows?

A section prints whole projects, so it also shows other directorates' rows; only the rows in
the section's own directorate cell count. The same total is recomputed from the strategic view,
which catches an amount changed in part 1 but not in part 2. A blank cell counts as 0.

:func:`footing_table` holds those sums for every directorate and year; the reconciler reports
the totals that fail, the report and the quality suite show the whole table.
"""
from __future__ import annotations

import pandas as pd

from ..findings import Finding
from .inputs import STRATEGIC, Programme, pages_by

BASES = ("section", STRATEGIC)
"""``section``: the directorate's rows in its own part-2 section; ``strategic``: its rows in part 1."""

COLUMNS = ["directorate", "year", "printed", "section", "strategic"]


def footing_table(budget_lines: pd.DataFrame, printed_totals: pd.DataFrame,
                  directorates: list[str], years: list[int]) -> pd.DataFrame:
    """One row per directorate and plan year: ``printed`` (NA when not printed) and the sum on each
    basis, directorates in printed order."""
    rows = budget_lines[["view", "section", "directorate", "year"]].assign(  # slicing every column is slow
        amount=pd.to_numeric(budget_lines["amount"]).fillna(0).astype("int64"))
    own = rows[(rows["view"] == "directorate") & (rows["section"] == rows["directorate"])]
    strategic = rows[rows["view"] == STRATEGIC]
    index = pd.MultiIndex.from_product([directorates, years], names=["directorate", "year"])
    printed = (printed_totals.dropna(subset=["amount"]).drop_duplicates(["directorate", "year"])
               .set_index(["directorate", "year"])["amount"])
    table = pd.DataFrame({
        "printed": printed.reindex(index).astype("Int64"),
        "section": own.groupby(["directorate", "year"])["amount"].sum().reindex(index, fill_value=0),
        "strategic": strategic.groupby(["directorate", "year"])["amount"].sum().reindex(index, fill_value=0),
    })
    return table.reset_index()[COLUMNS]


def foots(table: pd.DataFrame, basis: str) -> pd.Series:
    """Per row: True when the printed total equals the basis sum, NA when nothing is printed."""
    return (table["printed"] == table[basis]).astype("boolean")


def check_totals(prog: Programme) -> list[Finding]:
    """A `total_mismatch` per printed total and basis whose recomputed sum differs from the print."""
    years = sorted(set(prog.years) | set(prog.totals["year"]))
    sums = footing_table(prog.rows, prog.totals, prog.sections, years).set_index(["directorate", "year"])
    sums = sums[list(BASES)].to_dict("index")  # a dict lookup per total, not a .loc
    pages = pages_by(prog.rows[prog.rows["amount"].fillna(0) != 0], ["copy", "directorate", "year"])
    findings = []
    for total in prog.totals.itertuples(index=False):
        for basis in BASES:
            copy = total.directorate if basis == "section" else STRATEGIC
            found = int(sums[(total.directorate, total.year)][basis])
            if found != total.amount:
                findings.append(Finding(
                    kind="total_mismatch", basis=basis, directorate=total.directorate, year=int(total.year),
                    copy=copy, expected=int(total.amount), found=found,
                    pages=tuple(map(int, (total.pdf_page, *pages.get((copy, total.directorate, total.year), ()))))))
    return findings
