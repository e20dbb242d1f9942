"""A second opinion from camelot: its lattice parser reads the same ruled tables independently,
and every budget cell both parsers saw is compared.

camelot finds cells from the ruling lines only, with none of perfprog's knowledge of the layout,
so an agreement is real evidence and a disagreement is worth a look (info-level findings). A page
on which camelot finds no ruled table (a table printed with horizontal rules only) is reported
as not cross-checked rather than silently skipped.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from .amounts import AmountError, parse_amount
from .contract import table
from .findings import Finding
from .model import Document


@dataclass(frozen=True)
class _Box:
    page: int
    x0: float
    top: float
    x1: float
    bottom: float
    amount: int | None
    project_code: str  # empty for a printed total
    directorate: str
    year: int

    def holds(self, x: float, y: float) -> bool:
        return self.x0 <= x <= self.x1 and self.top <= y <= self.bottom

    def finding(self, value: int | None, text: str) -> Finding:
        """camelot reads ``text`` (the amount ``value``) where perfprog read this cell's amount."""
        return Finding("crosscheck_mismatch", project_code=self.project_code, directorate=self.directorate,
                       year=self.year, expected=self.amount, found=value, note=text, pages=(self.page,),
                       box=(self.x0, self.top, self.x1, self.bottom))


def _our_cells(frames: dict[str, pd.DataFrame]) -> dict[int, list[_Box]]:
    """Every budget and total cell perfprog read, by page."""
    by_page: dict[int, list[_Box]] = {}
    lines = frames["budget_lines"]
    for r in lines.itertuples(index=False):
        amount = None if pd.isna(r.amount) else int(r.amount)
        by_page.setdefault(int(r.pdf_page), []).append(
            _Box(int(r.pdf_page), r.x0, r.top, r.x1, r.bottom, amount, r.project_code, r.directorate, int(r.year)))
    for r in frames["printed_totals"].itertuples(index=False):
        amount = None if pd.isna(r.amount) else int(r.amount)
        by_page.setdefault(int(r.pdf_page), []).append(
            _Box(int(r.pdf_page), r.x0, r.top, r.x1, r.bottom, amount, "", r.directorate, int(r.year)))
    return by_page


def _camelot_tables(pdf: Path, pages: list[int], password: str | None):
    import camelot

    logging.getLogger("camelot").setLevel(logging.ERROR)
    kwargs = {"password": password} if password else {}
    return camelot.read_pdf(str(pdf), pages=",".join(map(str, pages)), flavor="lattice", **kwargs)


def cross_check(pdf: Path, doc: Document, frames: dict[str, pd.DataFrame],
                password: str | None = None) -> tuple[pd.DataFrame, list[Finding]]:
    """Per-page agreement between perfprog and camelot, and info findings for disagreements."""
    ours = _our_cells(frames)
    pages = sorted(ours)
    heights = {p.number: p.height for p in doc.pages}
    seen: dict[int, list[tuple[_Box, int | None, str]]] = {p: [] for p in pages}
    found_table: set[int] = set()
    for parsed in _camelot_tables(pdf, pages, password) if pages else []:
        page = int(parsed.page)
        found_table.add(page)
        height = heights[page]
        for row in parsed.cells:
            for cell in row:
                text = " ".join((cell.text or "").split())
                if not text:
                    continue
                x, y = (cell.x1 + cell.x2) / 2, height - (cell.y1 + cell.y2) / 2
                box = next((b for b in ours.get(page, []) if b.holds(x, y)), None)
                if box is None:
                    continue
                try:
                    value = parse_amount(text)
                except AmountError:
                    value = None
                seen[page].append((box, value, text))
    records, findings = [], []
    for page in pages:
        cells = [b for b in ours[page] if b.amount is not None]
        pairs = seen[page]
        agreeing = sum(1 for box, value, _ in pairs if value == box.amount)
        disagreeing = [(box, value, text) for box, value, text in pairs if value != box.amount]
        note = "" if page in found_table else "camelot found no ruled table on this page"
        compared = agreeing + len(disagreeing)
        records.append((page, len(cells), len(pairs), agreeing, len(disagreeing),
                        round(agreeing / compared, 4) if compared else None, note))
        findings += [box.finding(value, text) for box, value, text in disagreeing]
        if note and cells:
            findings.append(Finding("crosscheck_skipped", pages=(page,)))
    contract = table("crosscheck")
    return pd.DataFrame.from_records(records, columns=contract.names).astype(contract.dtypes()), findings
