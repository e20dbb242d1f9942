"""Findings grouped for reading: one card per line (or total) and copy, with all its years.

The findings table has one row per plan year, so a line blank in one copy is five rows saying
the same thing; the auditor wants it once, with the evidence and the figures side by side.
"""
from __future__ import annotations

from dataclasses import dataclass, field

import pandas as pd

from pipeline.contract import STRATEGIC

from pipeline.model import BBox

from .evidence import LINE_KINDS, Printed, Shot, Target, grouped, line_rows, locate, records
from ..findings import copy_label, format_amount
from ..i18n import Lang, translations
from .i18n import basis_mark

MAX_CARDS_WITH_IMAGES = 30
"""Cards (in report order, errors first) that get page images; the rest name their pages."""
MAX_SHOTS_PER_CARD = 6

GROUP = ["kind", "severity", "basis", "directorate", "project_code", "indicator", "copy", "spot"]


@dataclass(frozen=True)
class Cell:
    """A figure as shown; ``bad`` marks the one that disagrees."""

    text: str
    bad: bool = False


@dataclass
class Grid:
    """The figures behind a card: a header and rows of cells, the disagreeing ones marked."""

    header: list[str]
    rows: list[list[Cell]]


@dataclass
class Card:
    anchor: str
    target: Target
    severity: str
    basis: str
    messages: list[str]
    shots: list[Shot] = field(default_factory=list)
    grid: Grid | None = None


def _pages(texts: list) -> tuple[int, ...]:
    return tuple(sorted({int(p) for t in texts if not pd.isna(t) for p in str(t).split(";") if p.strip()}))


def _target(findings: dict[str, list], group: list[int]) -> Target:
    """What the findings at ``group`` (indices into the ``findings`` columns) point at."""
    first = group[0]
    years = tuple(sorted({int(y) for y in (findings["year"][i] for i in group) if not pd.isna(y)}))
    edges = [findings[c][first] for c in ("x0", "top", "x1", "bottom")]
    box = None if any(pd.isna(e) for e in edges) else BBox(*map(float, edges))
    return Target(*(findings[c][first] for c in ("kind", "directorate", "project_code", "indicator", "copy")), years,
                  _pages([findings["pdf_pages"][i] for i in group]), box)


def _line_grid(line: list[Printed], target: Target, years: list[int], lang: Lang) -> Grid:
    """Each copy's printing of the line (its :func:`.evidence.line_rows`): page, indicator and
    amount per plan year."""
    tr = translations(lang)
    if target.kind == "line_missing":
        line = [r for r in line if r.copy != target.copy]
    table = []
    printings = grouped(line, "copy", "pdf_page")
    for copy, page in sorted(sorted(printings), key=lambda k: (k[0] != STRATEGIC, k[1])):
        bad = copy == target.copy
        rows = printings[(copy, page)]
        amounts = {r.year: r.amount for r in rows}
        table.append([Cell(copy_label(copy, lang), bad), Cell(str(page)),
                      Cell(rows[0].indicator, bad and target.kind == "text_mismatch")]
                     + [Cell(format_amount(amounts.get(y), lang),
                             bad and (y in target.years or target.kind == "line_unexpected")) for y in years])
    if target.kind == "line_missing":
        table.append([Cell(copy_label(target.copy, lang), True), Cell("—"),
                      Cell(tr.gettext("not printed"), True)] + [Cell("—") for _ in years])
    return Grid([tr.gettext("Copy"), tr.gettext("p."), tr.gettext("Indicator"), *map(str, years)], table)


def _total_grid(footing: pd.DataFrame, target: Target, basis: str, years: list[int], lang: Lang) -> Grid | None:
    """The printed total against the sum it should equal, per plan year."""
    tr = translations(lang)
    own = footing[footing["directorate"] == target.directorate].set_index("year")
    if own.empty:  # a directorate the footing table does not list: the sentence says it all
        return None
    printed = [own.at[y, "printed"] for y in years]
    summed = [int(own.at[y, basis]) for y in years]

    def row(label: str, values: list) -> list[Cell]:
        return [Cell(label)] + [Cell(format_amount(None if pd.isna(v) else int(v), lang), y in target.years)
                                for y, v in zip(years, values)]

    diffs = [None if pd.isna(p) else s - int(p) for p, s in zip(printed, summed)]
    return Grid(["", *map(str, years)], [row(tr.gettext("Printed total"), printed),
                                         row(tr.gettext("Sum of rows") + f" ({basis_mark(basis, lang)})", summed),
                                         row(tr.gettext("Difference"), diffs)])


def build_cards(findings: pd.DataFrame, rows: pd.DataFrame, printed_totals: pd.DataFrame,
                footing: pd.DataFrame, years: list[int], lang: Lang,
                with_images: int = MAX_CARDS_WITH_IMAGES) -> list[Card]:
    """Cards in the findings' report order; the first ``with_images`` get shots. ``rows`` are the
    budget lines with their ``copy`` (:func:`.evidence.with_copy`)."""
    spot = (findings["pdf_pages"].astype(str) + "@" + findings["x0"].astype(str) + "," + findings["top"].astype(str)
            ).where(findings["x0"].notna(), "")  # a finding with a box is a card of its own
    keyed = findings.assign(spot=spot)
    keyed = keyed.assign(**{c: keyed[c].fillna("").astype(str) for c in GROUP})
    columns = {c: keyed[c].tolist() for c in keyed.columns}  # a card reads a few values: plain lists
    groups: dict[tuple, list[int]] = {}
    for i, key in enumerate(zip(*(columns[c] for c in GROUP))):
        groups.setdefault(key, []).append(i)
    rows = records(rows)
    lines = grouped(rows, "project_code", "directorate")  # a card looks at its line's rows only
    cards = []
    for i, group in enumerate(groups.values()):
        target = _target(columns, group)
        basis = columns["basis"][group[0]]
        card = Card(f"f{i + 1}", target, columns["severity"][group[0]], basis, [columns["message"][j] for j in group])
        own = lines.get((target.project_code, target.directorate), [])
        line = line_rows(own, target) if target.kind in LINE_KINDS else None
        if line is not None:
            card.grid = _line_grid(line, target, years, lang)
        elif target.kind == "total_mismatch":
            card.grid = _total_grid(footing, target, basis, years, lang)
        if i < with_images:
            card.shots = locate(target, rows, printed_totals, line)[:MAX_SHOTS_PER_CARD]
        cards.append(card)
    return cards
