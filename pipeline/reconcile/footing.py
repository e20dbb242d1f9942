"""Footing: does each section's printed `… Toplamı` equal the sum of that directorate's rows?

A section prints whole projects, so it also shows other directorates' rows; only the rows in
the section's own directorate cell count. The same total is recomputed from the strategic view,
which catches an amount changed in part 1 but not in part 2. A blank cell counts as 0.
"""
from __future__ import annotations

from .findings import Finding
from .inputs import STRATEGIC, Programme


def check_totals(prog: Programme) -> list[Finding]:
    """A `total_mismatch` per directorate, plan year and basis whose sum differs from the print."""
    rows = prog.rows.assign(amount=prog.rows["amount"].fillna(0))
    groups = {key: g for key, g in rows.groupby(["copy", "directorate", "year"], sort=False)}
    findings = []
    for total in prog.totals.itertuples(index=False):
        for basis in ("section", STRATEGIC):
            copy = total.directorate if basis == "section" else STRATEGIC
            own = groups.get((copy, total.directorate, total.year), rows.iloc[:0])
            found = int(own["amount"].sum())
            if found != total.amount:
                findings.append(Finding(
                    kind="total_mismatch", basis=basis, directorate=total.directorate, year=int(total.year),
                    copy=copy, expected=int(total.amount), found=found,
                    pages=tuple(map(int, (total.pdf_page, *own.loc[own["amount"] != 0, "pdf_page"])))))
    return findings
