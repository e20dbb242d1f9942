"""Each directorate's budget by plan year as small bar charts: the geometry here, the inline SVG
in ``templates/budgets.html.j2`` (no plotting library, no script: the report still opens offline)."""
from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from ..reconcile.footing import BASES, foots

WIDTH, HEIGHT = 230, 132
TOP, BOTTOM, SIDE = 18, 18, 6
OK_COLOUR, BAD_COLOUR = "#3b6ea8", "#d7263d"


@dataclass(frozen=True)
class Bar:
    year: int
    value: int
    x: float
    y: float
    width: float
    height: float
    centre: float  # of the bar's labels
    colour: str


@dataclass(frozen=True)
class Chart:
    title: str
    bars: list[Bar]


@dataclass(frozen=True)
class Charts:
    charts: list[Chart]  # all directorates together first, then one per directorate
    zero: list[str]  # directorates with nothing but zeros: named, not drawn
    width: int = WIDTH
    height: int = HEIGHT


def _chart(title: str, values: list[int], bad: list[bool], years: list[int]) -> Chart:
    """A bar per year, each chart on its own scale."""
    top = max(values) or 1
    step = (WIDTH - 2 * SIDE) / len(values)
    plot = HEIGHT - TOP - BOTTOM
    bars = []
    for i, (year, value, wrong) in enumerate(zip(years, values, bad)):
        h = plot * value / top
        bars.append(Bar(year, value, SIDE + i * step + step * 0.15, TOP + plot - h, step * 0.7, h,
                        SIDE + (i + 0.5) * step, BAD_COLOUR if wrong else OK_COLOUR))
    return Chart(title, bars)


def budget_charts(footing: pd.DataFrame, all_label: str) -> Charts:
    """A chart of all directorates together (titled ``all_label``), then one per directorate in
    printed order. A bar is the printed total (the section's sum where none is printed), red when
    that total does not foot."""
    if footing.empty:  # no section printed a total: nothing to chart
        return Charts([], [])
    table = footing.assign(value=footing["printed"].fillna(footing["section"]).astype("int64"),
                           bad=~(foots(footing, BASES[0]) & foots(footing, BASES[1])).fillna(True))
    years = sorted(table["year"].unique().tolist())
    overall = table.groupby("year").agg(value=("value", "sum"), bad=("bad", "any"))
    charts = [_chart(all_label, overall["value"].tolist(), overall["bad"].tolist(), years)]
    zero = []
    for directorate, g in table.groupby("directorate", sort=False):
        g = g.sort_values("year")
        if not g["value"].any() and not g["bad"].any():
            zero.append(directorate)
            continue
        charts.append(_chart(directorate, g["value"].tolist(), g["bad"].tolist(), years))
    return Charts(charts, zero)
