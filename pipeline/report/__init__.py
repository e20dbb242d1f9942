"""The auditor's report: ``index.html`` (self-contained, opens offline) and ``report.md``.

Two steps, so that the page images (the slow part here) render while the quality check runs in
its worker: :func:`prepare_report`, then :func:`write_report` into a folder the caller stages
atomically.
"""
from __future__ import annotations

from pathlib import Path

import pandas as pd

from pipeline.quality import QualityResult

from . import html, markdown
from .cards import MAX_CARDS_WITH_IMAGES, build_cards
from .content import Content, Draft, summarize
from .crops import render
from .evidence import with_copy
from ..model import Document
from ..findings import summarize as count_findings
from ..reconcile.footing import footing_table
from ..i18n import Lang

__all__ = ["DATA_DOCS", "Draft", "footing_table", "prepare_report", "write_report"]

DATA_DOCS = "data-docs"
"""Folder of the Great Expectations Data Docs site inside the report folder."""


def prepare_report(pdf: Path, doc: Document, frames: dict[str, pd.DataFrame], findings: pd.DataFrame,
                   footing: pd.DataFrame, lang: Lang = "tr", password: str | None = None) -> Draft:
    """Group the findings, locate their cells and render the page images of ``pdf``; ``footing``
    is :func:`footing_table` of the frames."""
    cards = build_cards(findings, with_copy(frames["budget_lines"]), frames["printed_totals"], footing,
                        doc.plan_years, lang)
    turns = {p.number: p.turn for p in doc.pages if p.turn}
    images = render(pdf, [s for card in cards for s in card.shots], password, turns)
    severity = count_findings(findings)["severity"]
    return Draft(lang, summarize(doc, frames, footing, severity), cards, images, footing,
                 capped=max(0, len(cards) - MAX_CARDS_WITH_IMAGES))


def write_report(draft: Draft, quality: QualityResult | None, folder: Path) -> None:
    """Write ``index.html`` and ``report.md`` into ``folder``; with a ``quality`` result, whose
    check filled ``folder/data-docs/``, its section and a link to the Data Docs."""
    content = Content(**{f: getattr(draft, f) for f in draft.__dataclass_fields__}, quality=quality,
                      data_docs=f"{DATA_DOCS}/index.html" if quality else None)
    (folder / "index.html").write_text(html.render(content), encoding="utf-8")
    (folder / "report.md").write_text(markdown.render(content), encoding="utf-8")
