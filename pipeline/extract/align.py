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

EMPTY = 50.0  # cost of an anchor that covers no row (a unit named without indicator rows)
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


def _cost(mode: str, anchor: Span, rows: Sequence[Span], edges: list[float], s: int, e: int, tol: float) -> float:
    if s == e:
        return EMPTY
    if mode == "middle":
        cost = abs(anchor.yc - (edges[s] + edges[e]) / 2)
    elif mode == "top":
        cost = abs(anchor.top - rows[s].top)
    else:
        cost = abs(anchor.bottom - rows[e - 1].bottom)
    if anchor.top < edges[s] - tol or anchor.bottom > edges[e] + tol:  # a cell's text lies inside it
        cost += MISPLACED
    return cost


def partition(rows: Sequence[Span], anchors: Sequence[Span], lo: float | None = None, hi: float | None = None,
              allow_prefix: bool = False, min_overlap: float = 1.0) -> tuple[int, list[tuple[int, int]]]:
    """Split ``rows`` (top to bottom) among ``anchors`` (top to bottom) into consecutive groups.

    Returns ``(prefix, groups)``: the first ``prefix`` rows belong to no anchor (they continue a
    cell begun before; only with ``allow_prefix``), and ``groups[j] = (start, end)`` are anchor
    j's rows. A row that an anchor's text stands beside is always that anchor's.
    """
    n, k = len(rows), len(anchors)
    if k == 0:
        return n, []
    edges = cell_edges(rows, lo, hi)
    tol = 0.25 * median([r.bottom - r.top for r in rows]) if rows else 0.0
    beside = [[overlap(a, r) >= min_overlap for r in rows] for a in anchors]
    best: tuple[float, int, list[tuple[int, int]]] | None = None
    for mode in ("middle", "top", "bottom"):
        for prefix in range(0, n + 1) if allow_prefix else (0,):
            if any(any(beside[j][:prefix]) for j in range(k)):
                break
            result = _best_split(mode, rows, anchors, edges, beside, prefix, tol)
            if result is not None and (best is None or result[0] < best[0] - 1e-9):
                best = (result[0], prefix, result[1])
    assert best is not None
    return best[1], best[2]


def _best_split(mode: str, rows: Sequence[Span], anchors: Sequence[Span], edges: list[float],
                beside: list[list[bool]], prefix: int, tol: float) -> tuple[float, list[tuple[int, int]]] | None:
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
                c = cost[j][s] + _cost(mode, anchors[j], rows, edges, s, e, tol)
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
