"""`report.md`: the report's summary in Markdown, for reading in a terminal, a ticket or a diff.
It names pages instead of showing them."""
from __future__ import annotations

import html

import pandas as pd

from .cards import Grid
from .content import Content
from ..reconcile.footing import BASES
from .i18n import KIND_LABELS, SEVERITY_LABELS, WORDS, copy_label, format_amount, heading


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
    w, s = WORDS[c.lang], c.summary
    rows = [[w["pages"], s.pages], [w["lines"], s.lines], [w["projects"], s.projects],
            [w["directorates"], s.directorates],
            [w["totals_checked"], w["totals_ok"].format(ok=s.totals_ok, n=s.totals_checked)],
            *([f'{w["findings"]}: {SEVERITY_LABELS[c.lang].get(k, k)}', n] for k, n in s.severities.items()),
            *([[w["quality"], w["quality_ok"].format(ok=c.quality.passed, n=len(c.quality.checks))]] if c.quality else [])]
    partial = [f"**{_md(w['partial'].format(selection=s.selection, pages=s.pages))}**", ""] if s.selection else []
    return [f"## {w['summary']}", "", *partial, *_table(["", ""], rows)]


def _findings(c: Content) -> list[str]:
    w = WORDS[c.lang]
    lines = [f"## {w['findings']}", ""]
    if not c.cards:
        return lines + [w["no_findings"], ""]
    for card in c.cards:
        t = card.target
        head = " · ".join(_md(x) for x in (SEVERITY_LABELS[c.lang].get(card.severity, card.severity),
                                           KIND_LABELS[c.lang].get(t.kind, t.kind), t.project_code, t.directorate) if x)
        lines += [f"### {card.anchor[1:]}. {head}", ""]
        facts = [f"{w['copy']}: {_md(copy_label(t.copy, c.lang))}" if t.copy else "",
                 f"{w['years']}: {', '.join(map(str, t.years))}" if t.years else "",
                 f"{w['pages_of']}: {', '.join(map(str, t.pages))}" if t.pages else ""]
        lines += [f"- {f}" for f in facts if f] + ["", *(f"> {_md(m)}" for m in card.messages[:1]), ""]
        if card.grid:
            lines += _grid(card.grid)
    return lines


def _footing(c: Content) -> list[str]:
    """Only the totals that do not foot; the HTML report has the full table."""
    w = WORDS[c.lang]
    rows = []
    for r in c.footing.itertuples():
        for basis in BASES:
            recomputed = getattr(r, basis)
            if pd.notna(r.printed) and recomputed != r.printed:
                rows.append([r.directorate, r.year, w["basis_" + basis], format_amount(int(r.printed), c.lang),
                             format_amount(int(recomputed), c.lang)])
    lines = [f"## {w['footing']}", ""]
    if not rows:
        return lines + [w["totals_ok"].format(ok=c.summary.totals_ok, n=c.summary.totals_checked), ""]
    return lines + _table([w["directorate"], w["years"], "", w["printed_total"], w["rows_sum"]], rows)


def _quality(c: Content) -> list[str]:
    if c.quality is None:
        return []
    w = WORDS[c.lang]
    rows = [[k.table, k.description, k.columns, w["passed" if k.success else "failed"], k.unexpected or ""]
            for k in c.quality.checks]
    return ([f"## {w['quality']}", "", f"{w['quality_intro']} [{w['quality_docs']}]({c.data_docs})", ""]
            + _table([w["table"], w["expectation"], w["column"], w["result"], w["unexpected"]], rows))


def render(c: Content) -> str:
    w, s = WORDS[c.lang], c.summary
    head = [f"# {_md(heading(s.municipality, s.edition, c.lang))} — {w['title']}", "",
            f"{w['source']}: {_md(s.source)} · {w['sha256']}: `{s.sha256}` · {w['generated']}: {s.generated}", ""]
    return "\n".join(head + _summary(c) + _findings(c) + _footing(c) + _quality(c)).rstrip() + "\n"
