"""Compare two editions in the catalog: which budget lines a newer programme added, dropped or
re-priced, and how each directorate's totals moved.

Lines are compared in the strategic view (part 1), where every line is printed once. A line is
identified by project code, directorate and indicator text, and — when a project prints the same
indicator more than once for a directorate — by its occurrence among those rows in printed order.
Only plan years both editions cover are compared; a new strategic plan (2025–2029 after 2020–2024)
may share none, and then the diff is empty and says so through ``left_out``.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from .store import Catalog, Edition
from ..contract import table
from ..files import atomic_file
from ..output.csv import write_csv

LINE_COLUMNS = table("diff_lines").names
TOTAL_COLUMNS = table("diff_totals").names

_LINES = """
WITH numbered AS (
    SELECT edition, project_code, directorate, indicator, year, amount, pdf_page,
           row_number() OVER (PARTITION BY edition, project_code, directorate, indicator, year
                              ORDER BY pdf_page, top, line_no) AS occurrence
    FROM budget_lines
    WHERE view = 'strategic' AND edition IN ($old, $new) AND list_contains($years, year)),
o AS (SELECT * FROM numbered WHERE edition = $old),
n AS (SELECT * FROM numbered WHERE edition = $new)
SELECT CASE WHEN o.edition IS NULL THEN 'added' WHEN n.edition IS NULL THEN 'dropped' ELSE 'changed' END AS change,
       project_code, directorate, indicator, year, o.amount AS old_amount, n.amount AS new_amount,
       occurrence, o.pdf_page AS old_page, n.pdf_page AS new_page
FROM o FULL JOIN n USING (project_code, directorate, indicator, year, occurrence)
WHERE o.edition IS NULL OR n.edition IS NULL OR o.amount IS DISTINCT FROM n.amount
ORDER BY list_transform(string_split(project_code, '.'), lambda part: TRY_CAST(part AS INTEGER)),
         project_code, directorate, indicator, occurrence, year
"""

_TOTALS = """
WITH sums AS (
    SELECT edition, directorate, year, coalesce(sum(amount), 0)::BIGINT AS total
    FROM budget_lines
    WHERE view = 'strategic' AND edition IN ($old, $new) AND list_contains($years, year)
    GROUP BY edition, directorate, year),
printed AS (
    SELECT edition, directorate, year, arg_min(amount, pdf_page) AS amount, min(pdf_page) AS pdf_page
    FROM printed_totals
    WHERE edition IN ($old, $new) AND list_contains($years, year)
    GROUP BY edition, directorate, year),
keys AS (SELECT directorate, year FROM sums UNION SELECT directorate, year FROM printed)
SELECT k.directorate, k.year, so.total AS old_total, sn.total AS new_total,
       coalesce(sn.total, 0) - coalesce(so.total, 0) AS difference,
       po.amount AS old_printed_total, pn.amount AS new_printed_total
FROM keys k
LEFT JOIN sums so ON so.edition = $old AND so.directorate = k.directorate AND so.year = k.year
LEFT JOIN sums sn ON sn.edition = $new AND sn.directorate = k.directorate AND sn.year = k.year
LEFT JOIN printed po ON po.edition = $old AND po.directorate = k.directorate AND po.year = k.year
LEFT JOIN printed pn ON pn.edition = $new AND pn.directorate = k.directorate AND pn.year = k.year
ORDER BY min(coalesce(pn.pdf_page, po.pdf_page)) OVER (PARTITION BY k.directorate) NULLS LAST,
         k.directorate, k.year
"""
"""Totals are sums of the strategic lines (blank cells count as 0), next to each section's printed
``… Toplamı``; ``difference`` counts a directorate absent from one edition as 0 there, so the
differences add up to the change of the programme's total. Rows follow the order of the sections."""


@dataclass
class EditionDiff:
    old: Edition
    new: Edition
    years: list[int]  # the plan years both editions cover: the ones compared
    left_out: list[int]  # plan years only one of them covers
    lines: pd.DataFrame  # LINE_COLUMNS: one row per line and year whose amount differs
    totals: pd.DataFrame  # TOTAL_COLUMNS: one row per directorate and compared year

    def write(self, path: Path) -> tuple[Path, Path]:
        """Write the lines to ``path`` and the totals beside it (``totals_path``), each atomically."""
        written = (Path(path), totals_path(path))
        for frame, target in zip((self.lines, self.totals), written):
            _write_atomically(frame, target)
        return written


def totals_path(path: Path) -> Path:
    """`diff.csv` → `diff.totals.csv`."""
    path = Path(path)
    return path.with_name(f"{path.stem}.totals{path.suffix or '.csv'}")


def _write_atomically(frame: pd.DataFrame, target: Path) -> None:
    with atomic_file(target) as temp:
        write_csv(frame, temp)


def diff_editions(catalog_path: Path | str, old_slug: str, new_slug: str) -> EditionDiff:
    """Compare edition ``old_slug`` with ``new_slug`` as stored in the catalog at ``catalog_path``."""
    with Catalog(Path(catalog_path)).reading() as snap:
        old, new = snap.edition(old_slug), snap.edition(new_slug)
        years = sorted(set(old.plan_years) & set(new.plan_years))
        params = {"old": old.slug, "new": new.slug, "years": years}
        lines = snap.sql(_LINES, params).astype(table("diff_lines").dtypes())
        totals = snap.sql(_TOTALS, params).astype(table("diff_totals").dtypes())
    left_out = sorted(set(old.plan_years) ^ set(new.plan_years))
    return EditionDiff(old, new, years, left_out, lines, totals)
