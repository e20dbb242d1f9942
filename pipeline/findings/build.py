"""Findings of the stages before reconciliation: what the extractor could not read, and what the
read tables break of their contract."""
from __future__ import annotations

from collections.abc import Iterable

from ..model import Gap, Problem
from ..schemas import Violation
from .record import Finding


def gap_findings(gaps: Iterable[Gap]) -> list[Finding]:
    """The extractor's gaps as `extraction_gap` findings: page, box, text, and the reason code
    (in ``basis``)."""
    return [Finding("extraction_gap", basis=g.reason, note=g.text, pages=(g.page,),
                    box=(round(g.bbox.x0, 2), round(g.bbox.top, 2), round(g.bbox.x1, 2), round(g.bbox.bottom, 2)))
            for g in gaps]


def problem_findings(problems: Iterable[Problem]) -> list[Finding]:
    """What the extractor read but could not place, as `extraction_problem` findings: page, reason
    code (in ``basis``) and the printed thing concerned."""
    return [Finding("extraction_problem", basis=p.reason, note=p.detail, pages=(p.page,)) for p in problems]


def schema_findings(violations: Iterable[Violation]) -> list[Finding]:
    """One `schema_violation` per broken check, with the pages of the rows that break it."""
    return [Finding("schema_violation", note=f"{v.table}.{v.column}: {v.check}: {', '.join(v.values)}",
                    pages=v.pages) for v in violations]
