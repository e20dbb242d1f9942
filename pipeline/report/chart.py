"""Each directorate's budget by plan year as small inline SVG bar charts: no plotting library,
no script, and the report still opens offline."""
from __future__ import annotations

from html import escape

import pandas as pd

from ..reconcile.footing import BASES, foots
from .i18n import WORDS, Lang, compact, format_amount

WIDTH, HEIGHT = 230, 132
TOP, BOTTOM, SIDE = 18, 18, 6
OK_COLOUR, BAD_COLOUR = "#3b6ea8", "#d7263d"


def _bars(title: str, values: list[int], bad: list[bool], years: list[int], lang: Lang) -> str:
    """One small chart: a bar per year, labelled with its compact amount; own scale."""
    top = max(values) or 1
    step = (WIDTH - 2 * SIDE) / len(values)
    plot = HEIGHT - TOP - BOTTOM
    parts = []
    for i, (year, value, wrong) in enumerate(zip(years, values, bad)):
        h = plot * value / top
        x, y = SIDE + i * step + step * 0.15, TOP + plot - h
        centre = SIDE + (i + 0.5) * step
        parts.append(
            f'<rect x="{x:.1f}" y="{y:.1f}" width="{step * 0.7:.1f}" height="{h:.1f}" '
            f'fill="{BAD_COLOUR if wrong else OK_COLOUR}"><title>{year}: {format_amount(value, lang)} TL</title></rect>'
            f'<text x="{centre:.1f}" y="{y - 3:.1f}" class="v">{compact(value, lang)}</text>'
            f'<text x="{centre:.1f}" y="{HEIGHT - 4}" class="y">{year}</text>')
    return (f'<figure class="mini"><figcaption title="{escape(title)}">{escape(title)}</figcaption>'
            f'<svg viewBox="0 0 {WIDTH} {HEIGHT}" width="{WIDTH}" height="{HEIGHT}" role="img" '
            f'aria-label="{escape(title)}">{"".join(parts)}</svg></figure>')


def budget_charts(footing: pd.DataFrame, lang: Lang) -> str:
    """A chart of all directorates together, then one per directorate in printed order (those with
    nothing but zeros are only named). A bar is the printed total (the section's sum where none is
    printed), red when that total does not foot."""
    if footing.empty:  # no section printed a total: nothing to chart
        return ""
    table = footing.assign(value=footing["printed"].fillna(footing["section"]).astype("int64"),
                           bad=~(foots(footing, BASES[0]) & foots(footing, BASES[1])).fillna(True))
    years = sorted(table["year"].unique().tolist())
    overall = table.groupby("year").agg(value=("value", "sum"), bad=("bad", "any"))
    charts = [_bars(WORDS[lang]["all"], overall["value"].tolist(), overall["bad"].tolist(), years, lang)]
    zero = []
    for directorate, g in table.groupby("directorate", sort=False):
        g = g.sort_values("year")
        if not g["value"].any() and not g["bad"].any():  # nothing to draw: named below instead
            zero.append(directorate)
            continue
        charts.append(_bars(directorate, g["value"].tolist(), g["bad"].tolist(), years, lang))
    note = f'<p class="intro">{escape(WORDS[lang]["zero_budget"].format(names=", ".join(zero)))}</p>' if zero else ""
    return '<div class="charts">' + "".join(charts) + "</div>" + note
