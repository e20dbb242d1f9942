"""Which rows does a merged cell cover? Read from where its text stands.

A project's code and name, or a unit's cell, is merged down over its rows; where no rule marks
the end of the merged cell, its text tells: producers centre it in the cell (or put it at its top
or bottom). :func:`partition` finds the split of consecutive rows among consecutive anchors (the
merged cells' texts) that fits their alignment best, trying each alignment.
"""
from __future__ import annotations

from dataclasses import dataclass
from statistics import median
from typing import Sequence

EMPTY = 1.0
"""Cost, in line heights, of a cell that covers no row (a unit named without indicator rows of
its own): a text further than a line from where it would stand over rows is rather a row itself."""
MISPLACED = 500.0  # cost of an anchor standing outside the rows it would cover


@dataclass(frozen=True)
class Span:
    top: float
    bottom: float

    @property
    def yc(self) -> float:
        return (self.top + self.bottom) / 2


def overlap(a: Span, b: Span) -> float:
    return min(a.bottom, b.bottom) - max(a.top, b.top)


def cell_edges(rows: Sequence[Span], lo: float | None, hi: float | None) -> list[float]:
    """Estimated edges between the rows' cells: halfway across the gap between two rows' texts;
    the outer edges at the given bounds (a rule, the end of a header), else half a typical gap
    out."""
    if not rows:
        return []
    gaps = [b.top - a.bottom for a, b in zip(rows, rows[1:]) if b.top > a.bottom]
    pad = median(gaps) / 2 if gaps else 0.25 * (rows[0].bottom - rows[0].top)
    first = rows[0].top - pad if lo is None else min(lo, rows[0].top)
    last = rows[-1].bottom + pad if hi is None else max(hi, rows[-1].bottom)
    return [first, *((a.bottom + b.top) / 2 for a, b in zip(rows, rows[1:])), last]


MODES = ("middle", "top", "bottom")
"""Where producers put a merged cell's text: centred, at its top, at its bottom."""


def _cost(mode: str, anchor: Span, j: int, rows: Sequence[Span], own: Sequence[int | None], edges: list[float],
          s: int, e: int, tol: float, line: float) -> float:
    if s == e:
        return EMPTY * line
    # the cell holds its text: its edges move out to the text (plus padding) where the estimate
    # halfway between rows falls short (a row's text centred in a row the merged cell makes tall)
    top, bottom = min(edges[s], anchor.top - tol), max(edges[e], anchor.bottom + tol)
    others = [r for r in range(s, e) if own[r] != j]  # a cell's own stand-in row shows no alignment
    if not others:
        cost = 0.0
    elif mode == "middle":
        cost = abs(anchor.yc - (top + bottom) / 2)
    elif mode == "top":
        cost = abs(anchor.top - rows[others[0]].top)
    else:
        cost = abs(anchor.bottom - rows[others[-1]].bottom)
    # ... but never past the text of a row it does not cover
    if (s > 0 and anchor.top < rows[s - 1].bottom - tol) or (e < len(rows) and anchor.bottom > rows[e].top + tol):
        cost += MISPLACED
    return cost


def partition(rows: Sequence[Span], anchors: Sequence[Span], mode: str, lo: float | None = None,
              hi: float | None = None, allow_prefix: bool = False, line: float = 8.0, overlap_share: float = 0.3,
              own: Sequence[int | None] | None = None) -> tuple[float, int, list[tuple[int, int]]]:
    """Split ``rows`` (top to bottom) among ``anchors`` (top to bottom) into consecutive groups,
    the anchors' texts aligned as ``mode`` says.

    Returns ``(cost, prefix, groups)``: how far the texts stand from where they would (points),
    the first ``prefix`` rows that belong to no anchor (they continue a cell begun before; only
    with ``allow_prefix``), and ``groups[j] = (start, end)``, anchor j's rows. A row that an
    anchor's text stands beside (overlapping it by ``overlap_share`` of a ``line`` height) is
    always that anchor's; ``own[r] = j`` marks row r as anchor j's stand-in (its own row).
    """
    n, k = len(rows), len(anchors)
    if k == 0:
        return 0.0, n, []
    own = list(own) if own is not None else [None] * n
    edges = cell_edges(rows, lo, hi)
    tol = 0.25 * line
    beside = [[overlap(a, r) >= overlap_share * line or own[i] == j for i, r in enumerate(rows)]
              for j, a in enumerate(anchors)]
    best: tuple[float, int, list[tuple[int, int]]] | None = None
    for prefix in range(0, n + 1) if allow_prefix else (0,):
        if any(any(beside[j][:prefix]) for j in range(k)):
            break
        result = _best_split(mode, rows, anchors, own, edges, beside, prefix, tol, line)
        if result is not None and (best is None or result[0] < best[0] - 1e-9):
            best = (result[0], prefix, result[1])
    if best is None:  # the texts overlap rows in an impossible order: ignore where they stand
        if overlap_share == float("inf"):
            return 0.0, 0, [(0, n)] + [(n, n)] * (k - 1)
        return partition(rows, anchors, mode, lo, hi, allow_prefix, line, float("inf"), None)
    return best


def _best_split(mode: str, rows: Sequence[Span], anchors: Sequence[Span], own: Sequence[int | None],
                edges: list[float], beside: list[list[bool]], prefix: int, tol: float, line: float
                ) -> tuple[float, list[tuple[int, int]]] | None:
    """Dynamic programme over group ends: cost[j][e] = best cost of anchors < j ending at row e.
    Anchor j's group [s, e) must hold every row beside it and none beside a later anchor."""
    n, k = len(rows), len(anchors)
    first = [next((r for r in range(n) if beside[j][r]), n) for j in range(k)]
    last = [max((r for r in range(n) if beside[j][r]), default=-1) for j in range(k)]
    inf = float("inf")
    cost = [[inf] * (n + 1) for _ in range(k + 1)]
    back = [[-1] * (n + 1) for _ in range(k + 1)]
    cost[0][prefix] = 0.0
    for j in range(k):
        later = min(first[j + 1:], default=n)
        for s in range(prefix, n + 1):
            if cost[j][s] == inf or first[j] < s:
                continue
            for e in range(max(s, last[j] + 1), min(n, later) + 1):
                c = cost[j][s] + _cost(mode, anchors[j], j, rows, own, edges, s, e, tol, line)
                if c < cost[j + 1][e]:
                    cost[j + 1][e] = c
                    back[j + 1][e] = s
    if cost[k][n] == inf:
        return None
    groups: list[tuple[int, int]] = []
    e = n
    for j in range(k, 0, -1):
        s = back[j][e]
        groups.append((s, e))
        e = s
    return cost[k][n], groups[::-1]
