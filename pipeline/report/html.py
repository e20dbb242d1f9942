"""The report as one self-contained HTML page, drawn by the Jinja2 templates in ``templates/``
(shipped as package data): inline CSS, page images as data: URIs, charts as inline SVG, no script
and no network. Autoescaping is on, so text a PDF prints reaches the page as text."""
from __future__ import annotations

from dataclasses import dataclass
from functools import cache, partial

import jinja2
import pandas as pd

from .chart import budget_charts
from .content import Content
from ..reconcile.footing import BASES
from ..findings import copy_label, format_amount, labels, quote, severity_labels
from ..i18n import Lang, translations
from .i18n import basis_mark, compact, heading


@dataclass(frozen=True)
class FootingCell:
    """A printed total and, per basis, its label with the recomputed sum where it does not foot
    (None where it does); ``printed`` is None where no total is printed."""

    printed: int | None
    marks: list[tuple[str, int | None]]

    @property
    def failed(self) -> bool:
        return any(s is not None for _, s in self.marks)


@dataclass(frozen=True)
class FootingTable:
    years: list[int]
    rows: list[tuple[str, list[FootingCell]]]  # per directorate, in printed order


def _footing(footing: pd.DataFrame, lang: Lang) -> FootingTable:
    rows = []
    for directorate, g in footing.groupby("directorate", sort=False):
        cells = []
        for r in g.sort_values("year").itertuples():
            if pd.isna(r.printed):
                cells.append(FootingCell(None, []))
                continue
            marks = [(basis_mark(b, lang), None if int(getattr(r, b)) == r.printed else int(getattr(r, b)))
                     for b in BASES]
            cells.append(FootingCell(int(r.printed), marks))
        rows.append((directorate, cells))
    return FootingTable(sorted(footing["year"].unique().tolist()), rows)


@cache
def _environment(lang: Lang) -> jinja2.Environment:
    """The templates' environment in ``lang``: their texts are msgids the i18n extension translates."""
    env = jinja2.Environment(loader=jinja2.PackageLoader("pipeline.report", "templates"), autoescape=True,
                             undefined=jinja2.StrictUndefined, trim_blocks=True, lstrip_blocks=True,
                             extensions=["jinja2.ext.do", "jinja2.ext.i18n"])
    env.install_gettext_translations(translations(lang), newstyle=False)  # type: ignore[attr-defined]
    env.globals["zip"] = zip
    return env


def render(c: Content) -> str:
    s = c.summary
    return _environment(c.lang).get_template("report.html.j2").render(
        lang=c.lang, s=s, title=heading(s.municipality, s.edition, c.lang),
        severity_label=severity_labels(c.lang), kind_label=labels(c.lang),
        copy=partial(copy_label, lang=c.lang), amount=partial(format_amount, lang=c.lang),
        quote=partial(quote, lang=c.lang),
        compact=partial(compact, lang=c.lang), cards=c.cards, images=c.images, capped=c.capped,
        footing=_footing(c.footing, c.lang),
        charts=budget_charts(c.footing, translations(c.lang).gettext("Total")),
        quality=c.quality, data_docs=c.data_docs)
