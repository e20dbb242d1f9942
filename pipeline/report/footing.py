"""The footing table: every section's printed total beside the two sums it must equal.

The reconciler reports only the totals that fail; an auditor also wants to see the ones that
hold, and the quality suite checks the same table. Sums follow :mod:`pipeline.reconcile.footing`:
only rows in the directorate's own cell count, and a blank cell counts as 0.
"""
from __future__ import annotations

import pandas as pd

BASES = ("section", "strategic")
"""``section``: the directorate's rows in its own part-2 section; ``strategic``: its rows in part 1."""

COLUMNS = ["directorate", "year", "printed", "section", "strategic"]


def footing_table(budget_lines: pd.DataFrame, printed_totals: pd.DataFrame,
                  directorates: list[str], years: list[int]) -> pd.DataFrame:
    """One row per directorate and plan year: ``printed`` (NA when not printed) and the sum on each
    basis, directorates in printed order."""
    rows = budget_lines.assign(amount=pd.to_numeric(budget_lines["amount"]).fillna(0).astype("int64"))
    own = rows[(rows["view"] == "directorate") & (rows["section"] == rows["directorate"])]
    strategic = rows[rows["view"] == "strategic"]
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
