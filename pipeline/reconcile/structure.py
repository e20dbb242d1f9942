"""Structure: codes, numbering, section pages and printed totals, independent of the amounts."""
from __future__ import annotations

from collections import Counter, defaultdict

import pandas as pd

from ..codes import parse_code
from ..findings import Finding
from .inputs import STRATEGIC, Programme, pages_by


def _pages(rows: pd.DataFrame) -> tuple[int, ...]:
    return tuple(sorted(set(rows["pdf_page"])))


def code_mismatches(prog: Programme) -> list[Finding]:
    """A code whose `aim.goal` prefix is not the aim and goal it is printed under, per copy."""
    findings = []
    for (copy, code, aim, goal), pages in pages_by(prog.rows, ["copy", "project_code", "aim_no", "goal_no"]).items():
        parsed = parse_code(code)
        if not parsed or (parsed.aim, parsed.goal) != (int(aim), int(goal)):
            findings.append(Finding(kind="code_mismatch", project_code=code, copy=copy, note=f"{aim}.{goal}",
                                    pages=pages))
    return findings


def numbering_gaps(prog: Programme) -> list[Finding]:
    """Project numbers skipped within a goal of the strategic view, which prints every project."""
    numbers: dict[str, set[int]] = defaultdict(set)
    for code in prog.rows.loc[prog.rows["copy"] == STRATEGIC, "project_code"].unique():
        if parsed := parse_code(code):
            numbers[f"{parsed.aim}.{parsed.goal}"].add(parsed.project)
    return [Finding(kind="numbering_gap", project_code=f"{goal}.{n}", note=goal)
            for goal, seen in numbers.items() for n in range(1, max(seen)) if n not in seen]


def numbering_duplicates(prog: Programme) -> list[Finding]:
    """A code printed in two separate places of one copy: two projects share a number."""
    key = ["copy", "project_code", "directorate", "line_no"]
    lines = prog.rows[[*key, "pdf_page"]].drop_duplicates(key)  # printed order
    runs: dict[str, Counter[str]] = defaultdict(Counter)  # per copy: how often each code starts a run
    last: dict[str, str] = {}
    for copy, code in zip(lines["copy"].tolist(), lines["project_code"].tolist()):
        if last.get(copy) != code:
            runs[copy][code] += 1
            last[copy] = code
    pages = pages_by(lines, ["copy", "project_code"])
    return [Finding(kind="numbering_duplicate", project_code=code, copy=copy, pages=pages[(copy, code)])
            for copy, counts in runs.items() for code, n in counts.items() if n > 1]


def sections_incomplete(prog: Programme) -> list[Finding]:
    """A section whose `(i/n)` pages do not run 1..n, or disagree on n."""
    findings = []
    for directorate, pages in prog.section_pages.groupby("directorate", sort=False):
        count = int(pages["part_count"].max())
        missing = sorted(set(range(1, count + 1)) - set(pages["part"].astype(int)))
        if missing or pages["part_count"].nunique() > 1:
            findings.append(Finding(kind="section_incomplete", directorate=directorate, expected=count,
                                    found=int(pages["part"].nunique()),
                                    note=", ".join(f"{i}/{count}" for i in missing), pages=_pages(pages)))
    return findings


def totals_missing(prog: Programme) -> list[Finding]:
    """A section that prints no `… Toplamı` for a plan year: its footing cannot be checked."""
    printed = set(zip(prog.totals["directorate"], prog.totals["year"]))
    return [Finding(kind="total_missing", directorate=d, year=y,
                    pages=_pages(prog.rows[prog.rows["copy"] == d]))
            for d in prog.sections for y in prog.years if (d, y) not in printed]


def sections_missing(prog: Programme) -> list[Finding]:
    """A directorate with rows but no part-2 section: one finding instead of one per project."""
    named = prog.rows.groupby("directorate", sort=False)["project_code"].nunique()
    return [Finding(kind="section_missing", directorate=d, found=int(n),
                    pages=_pages(prog.rows[prog.rows["directorate"] == d]))
            for d, n in named.items() if d and d not in prog.sections]
