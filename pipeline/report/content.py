"""Everything the report shows, gathered once so that the HTML and Markdown renderers say the
same thing."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from pipeline.files import build_time
from pipeline.model import Document
from pipeline.quality import QualityResult

from .cards import Card
from .evidence import Shot
from ..reconcile.footing import BASES, foots
from ..i18n import Lang


@dataclass(frozen=True)
class Summary:
    source: str
    sha256: str
    municipality: str
    edition: int | None
    plan_years: list[int]
    pages: int
    selection: str  # the pages read when not all were (``1-40,60``); empty: every page
    lines: int  # indicator rows per printed copy
    projects: int  # distinct project codes
    directorates: int  # part-2 sections
    totals_checked: int  # printed totals × bases
    totals_ok: int
    severities: dict[str, int]
    generated: str


@dataclass
class Draft:
    """The report before the quality check is in: rendering the page images is the slow part."""

    lang: Lang
    summary: Summary
    cards: list[Card]
    images: dict[Shot, str]  # data: URIs
    footing: pd.DataFrame
    capped: int  # cards past the image cap: they name their pages but show no images


@dataclass
class Content(Draft):
    """The whole report."""

    quality: QualityResult | None  # None: no quality check asked for (``--data-docs``), no section, no link
    data_docs: str | None  # relative link to the Data Docs index, where they were written


def summarize(doc: Document, frames: dict[str, pd.DataFrame], footing: pd.DataFrame,
              severities: dict[str, int]) -> Summary:
    """The run's headline numbers."""
    printed = footing["printed"].notna()
    ok = sum(int((foots(footing, b) & printed).fillna(False).sum()) for b in BASES)
    return Summary(
        source=Path(doc.source).name, sha256=doc.sha256, municipality=doc.municipality, edition=doc.edition_year,
        plan_years=list(doc.plan_years), pages=doc.page_count, selection=doc.selection, lines=len(frames["budget_lines_wide"]),
        projects=frames["budget_lines"]["project_code"].nunique(), directorates=len(doc.sections),
        totals_checked=int(printed.sum()) * len(BASES), totals_ok=ok, severities=severities,
        generated=build_time().strftime("%Y-%m-%d %H:%M UTC"))
