"""Builders for small programmes: a few projects printed in a few copies, as the extractor gives them."""
from __future__ import annotations

from collections.abc import Sequence

import pandas as pd
from pipeline.reconcile import reconcile

YEARS = (2023, 2024)
Spec = tuple  # (copy, project_code, directorate, indicator, amounts per YEARS[, extra columns])


def budget_lines(specs: Sequence[Spec]) -> pd.DataFrame:
    """One row per spec and plan year. ``copy`` is 'strategic' or a section's directorate; pages
    are 10 for the strategic view and 20, 21, … for the sections in order of first appearance."""
    sections: list[str] = []
    rows = []
    for copy, code, directorate, indicator, amounts, *extra in specs:
        if copy != "strategic" and copy not in sections:
            sections.append(copy)
        aim, goal, _ = code.split(".")
        base = {"view": "strategic" if copy == "strategic" else "directorate",
                "section": "" if copy == "strategic" else copy,
                "pdf_page": 10 if copy == "strategic" else 20 + sections.index(copy),
                "aim_no": int(aim), "goal_no": int(goal), "project_code": code,
                "directorate": directorate, "indicator": indicator}
        base.update(*extra)
        rows += [{**base, "year": y, "amount": a} for y, a in zip(YEARS, amounts)]
    frame = pd.DataFrame(rows)
    frame["amount"] = frame["amount"].astype("Int64")
    return frame


def totals_of(lines: pd.DataFrame) -> pd.DataFrame:
    """Printed totals that foot: each section's own rows summed, page 99."""
    own = lines[(lines["view"] == "directorate") & (lines["section"] == lines["directorate"])]
    sums = own.groupby(["directorate", "year"], as_index=False)["amount"].sum()
    return sums.assign(pdf_page=99)


def copies(code: str, copy_names: Sequence[str], lines: Sequence[tuple]) -> list[Spec]:
    """The same lines (directorate, indicator, amounts) printed in every named copy."""
    return [(c, code, *line) for c in copy_names for line in lines]


A, B, C = "Fen İşleri Müdürlüğü", "Özel Kalem Müdürlüğü", "Zabıta Müdürlüğü"
ALL = ("strategic", A, B)
PROJECT = [(A, "Yol yapımı", [100, 200]), (A, "Kaldırım onarımı", [10, None]),
           (B, "Baskı işleri", [5, 5])]
"""A clean project 1.1.1 of directorates A and B, printed in the strategic view and both sections."""


def run(specs: Sequence[Spec], totals: pd.DataFrame | None = None, **kw) -> pd.DataFrame:
    """Reconcile specs; the printed totals foot on the specs unless given."""
    lines = budget_lines(specs)
    return reconcile(lines, totals_of(lines) if totals is None else totals, **kw)


def clean() -> list[Spec]:
    return copies("1.1.1", ALL, PROJECT)


def replace(specs: list[Spec], copy: str, line: str, **changes) -> list[Spec]:
    """Specs with one copy's line (named by its indicator) changed: ``amounts=``, ``indicator=``
    or ``drop=True``."""
    out = []
    for spec in specs:
        if spec[0] == copy and spec[3] == line:
            if changes.get("drop"):
                continue
            spec = (*spec[:3], changes.get("indicator", spec[3]), changes.get("amounts", spec[4]), *spec[5:])
        out.append(spec)
    return out


def kinds(findings: pd.DataFrame) -> list[str]:
    return findings["kind"].tolist()
