"""The finding record: one typed row of the findings table, whatever stage found it."""
from __future__ import annotations

from dataclasses import dataclass

from ..contract import SEVERITIES, STRATEGIC
from .kinds import KINDS, Severity, kind

_SEVERITY_RANK = {s: i for i, s in enumerate(SEVERITIES)}
_KIND_RANK = {k: i for i, k in enumerate(KINDS)}


@dataclass(frozen=True)
class Finding:
    """One discrepancy, with structured fields only (its sentence is rendered per language when
    the table is built). ``note`` carries the one kind-specific detail (a text, a list of numbers);
    ``box`` is where to look on ``pages[0]``."""

    kind: str
    directorate: str = ""
    project_code: str = ""
    indicator: str = ""
    year: int | None = None
    copy: str = ""
    basis: str = ""
    expected: int | None = None
    found: int | None = None
    pages: tuple[int, ...] = ()
    values: tuple[tuple[str, int | None], ...] = ()  # every copy's amount (amount_mismatch)
    note: str = ""
    box: tuple[float, float, float, float] | None = None  # x0, top, x1, bottom on pages[0]
    confidence: float | None = None  # OCR's (0–100) for a figure read from a scan; in the sentence only

    def __post_init__(self) -> None:
        kind(self.kind)  # only registered kinds

    @property
    def severity(self) -> Severity:
        return KINDS[self.kind].severity

    @property
    def pdf_pages(self) -> str:
        """The pages to look at as the table writes them: `10; 20; 21`."""
        return "; ".join(str(p) for p in sorted(set(self.pages)))

    def sort_key(self) -> tuple:
        """Report order: severity, kind, project (numerically), then every other field, so that
        equal inputs always give the same table."""
        code = tuple(int(p) if p.isdigit() else 0 for p in self.project_code.split(".") if p)
        amounts = tuple((a is None, a or 0) for a in (self.expected, self.found))
        return (_SEVERITY_RANK[self.severity], _KIND_RANK[self.kind], self.pages if self.box else (), code,
                self.project_code, self.directorate, self.indicator, self.year or 0, self.copy != STRATEGIC,
                self.copy, self.basis, self.note, amounts, self.pages, self.box or ())


def rank(severity: str) -> int:
    """Sort rank of a severity (known ones first, most serious first)."""
    return _SEVERITY_RANK.get(severity, len(_SEVERITY_RANK))


def kind_rank(name: str) -> int:
    """Sort rank of a kind: registry order, unknown names after."""
    return _KIND_RANK.get(name, len(_KIND_RANK))
