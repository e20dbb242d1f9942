"""`report.md`: the report's summary in Markdown, for reading in a terminal, a ticket or a diff.
It names pages instead of showing them."""
from __future__ import annotations

import html

import pandas as pd

from .cards import Grid
from .content import Content
from ..reconcile.footing import BASES
from ..findings import copy_label, format_amount, labels, severity_labels
from ..i18n import translations
from .i18n import basis_mark, heading


_MARKUP = str.maketrans({c: "\\" + c for c in "\\`*_[]|#"})


def _md(text: object) -> str:
    """Printed text (a PDF's, so anyone's) as plain text in Markdown: raw HTML escaped, markup
    characters quoted, one line."""
    return html.escape(str(text), quote=False).translate(_MARKUP).replace("\n", " ")


class _Marked(str):
    """Markdown this module wrote itself: a table cell takes it as it is."""


def _cell(text: object) -> str:
    return text if isinstance(text, _Marked) else _md(text)


def _table(header: list[str], rows: list[list[object]]) -> list[str]:
    lines = ["| " + " | ".join(map(_cell, header)) + " |", "|" + "---|" * len(header)]
    return lines + ["| " + " | ".join(map(_cell, r)) + " |" for r in rows] + [""]


def _grid(grid: Grid) -> list[str]:
    return _table(grid.header, [[_Marked(f"**{_md(c.text)}**") if c.bad else c.text for c in row] for row in grid.rows])


def _summary(c: Content) -> list[str]:
    tr, s = translations(c.lang), c.summary
    severities = severity_labels(c.lang)
    rows = [[tr.pgettext("summary tile", "Pages"), s.pages], [tr.gettext("Budget lines (per copy)"), s.lines],
            [tr.pgettext("summary tile", "Projects"), s.projects], [tr.gettext("Directorate sections"), s.directorates],
            [tr.gettext("Totals checked"), tr.gettext("{ok} / {n} foot").format(ok=s.totals_ok, n=s.totals_checked)],
            *([tr.gettext("Findings") + f": {severities.get(k, k)}", n] for k, n in s.severities.items()),
            *([[tr.gettext("Data quality"),
                tr.gettext("{ok} / {n} expectations met").format(ok=c.quality.passed, n=len(c.quality.checks))]]
              if c.quality else [])]
    partial = [f"**{_md(tr.gettext('Only the selected pages were read: pages {selection} of {pages}. The findings are about these pages.').format(selection=s.selection, pages=s.pages))}**", ""] if s.selection else []
    return ["## " + tr.gettext("Summary"), "", *partial, *_table(["", ""], rows)]


def _findings(c: Content) -> list[str]:
    tr = translations(c.lang)
    lines = ["## " + tr.gettext("Findings"), ""]
    if not c.cards:
        return lines + [tr.gettext("No findings: the programme agrees with itself."), ""]
    for card in c.cards:
        t = card.target
        head = " · ".join(_md(x) for x in (severity_labels(c.lang).get(card.severity, card.severity),
                                           labels(c.lang).get(t.kind, t.kind), t.project_code, t.directorate) if x)
        lines += [f"### {card.anchor[1:]}. {head}", ""]
        facts = [tr.gettext("Copy") + ": " + _md(copy_label(t.copy, c.lang)) if t.copy else "",
                 tr.gettext("Years") + ": " + ", ".join(map(str, t.years)) if t.years else "",
                 tr.gettext("Pages") + ": " + ", ".join(map(str, t.pages)) if t.pages else ""]
        lines += [f"- {f}" for f in facts if f] + ["", *(f"> {_md(m)}" for m in card.messages[:1]), ""]
        if card.grid:
            lines += _grid(card.grid)
    return lines


def _footing(c: Content) -> list[str]:
    """Only the totals that do not foot; the HTML report has the full table."""
    tr = translations(c.lang)
    rows = []
    for r in c.footing.itertuples():
        for basis in BASES:
            recomputed = getattr(r, basis)
            if pd.notna(r.printed) and recomputed != r.printed:
                rows.append([r.directorate, r.year, basis_mark(basis, c.lang), format_amount(int(r.printed), c.lang),
                             format_amount(int(recomputed), c.lang)])
    lines = ["## " + tr.gettext("Directorate totals footed"), ""]
    if not rows:
        return lines + [tr.gettext("{ok} / {n} foot").format(ok=c.summary.totals_ok, n=c.summary.totals_checked), ""]
    return lines + _table([tr.gettext("Directorate"), tr.gettext("Years"), "", tr.gettext("Printed total"),
                           tr.gettext("Sum of rows")], rows)


def _quality(c: Content) -> list[str]:
    if c.quality is None:
        return []
    tr = translations(c.lang)
    rows = [[k.table, k.description, k.columns, tr.gettext("met") if k.success else tr.gettext("not met"),
             k.unexpected or ""] for k in c.quality.checks]
    intro = tr.gettext("The exported tables were checked with Great Expectations.")
    docs = tr.gettext("Detailed results (Data Docs)")
    header = [tr.gettext("Table"), tr.gettext("Expectation"), tr.gettext("Column"), tr.gettext("Result"),
              tr.gettext("Unexpected")]
    return ["## " + tr.gettext("Data quality"), "", f"{intro} [{docs}]({c.data_docs})", ""] + _table(header, rows)


def render(c: Content) -> str:
    tr, s = translations(c.lang), c.summary
    title, source, generated = tr.gettext("Reconciliation Report"), tr.gettext("Source file"), tr.gettext("Generated")
    head = [f"# {_md(heading(s.municipality, s.edition, c.lang))} — {title}", "",
            f"{source}: {_md(s.source)} · SHA-256: `{s.sha256}` · {generated}: {s.generated}", ""]
    return "\n".join(head + _summary(c) + _findings(c) + _footing(c) + _quality(c)).rstrip() + "\n"
