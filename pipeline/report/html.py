"""The report as one self-contained HTML page: inline CSS, page images as data: URIs, charts as
inline SVG, no script and no network."""
from __future__ import annotations

from html import escape

import pandas as pd

from .cards import Card, Grid
from .chart import budget_charts
from .content import Content
from .evidence import Shot
from ..reconcile.footing import BASES
from .i18n import KIND_LABELS, SEVERITY_LABELS, WORDS, copy_label, format_amount, heading
from .style import CSS


def _e(value: object) -> str:
    return escape(str(value))


def _header(c: Content) -> str:
    w, s = WORDS[c.lang], c.summary
    title = heading(s.municipality, s.edition, c.lang)
    sub = "".join(f"<span>{_e(x)}</span>" for x in (w["title"], s.source, f'{w["generated"]} {s.generated}'))
    links = [("summary", w["summary"]), ("findings", w["findings"]), ("footing", w["footing"]),
             ("budgets", w["chart"]), ("quality", w["quality"])]
    nav = "".join(f'<a href="#{a}">{_e(t)}</a>' for a, t in links)
    return (f'<header class="top"><div class="inner"><h1>{_e(title)}</h1><div class="sub">{sub}</div>'
            f"<nav>{nav}</nav></div></header>")


def _tile(number: object, label: str, tone: str = "") -> str:
    return f'<div class="tile {tone}"><div class="n">{_e(number)}</div><div class="l">{_e(label)}</div></div>'


def _summary(c: Content) -> str:
    w, s = WORDS[c.lang], c.summary
    errors = s.severities.get("error", 0)
    tiles = [
        _tile(s.pages, w["pages"]), _tile(s.lines, w["lines"]), _tile(s.projects, w["projects"]),
        _tile(s.directorates, w["directorates"]),
        _tile(f"{s.totals_ok}/{s.totals_checked}", w["totals_tile"],
              "good" if s.totals_ok == s.totals_checked else "bad"),
        *(_tile(n, SEVERITY_LABELS[c.lang].get(sev, sev), "bad" if sev == "error" and n else "")
          for sev, n in s.severities.items()),
        _tile(f"{c.quality.passed}/{len(c.quality.checks)}", w["quality_tile"],
              "good" if c.quality.passed == len(c.quality.checks) else "bad"),
    ]
    meta = [(w["municipality"], s.municipality), (w["edition"], s.edition or "—"),
            (w["plan_years"], f"{min(s.plan_years)}–{max(s.plan_years)}"), (w["source"], s.source),
            (w["sha256"], s.sha256)]
    dl = "".join(f"<dt>{_e(k)}</dt><dd>{_e(v)}</dd>" for k, v in meta)
    verdict = f'<p class="verdict {"bad" if errors else "good"}">' + _e(
        w["verdict_bad"].format(n=errors) if errors else w["verdict_ok"]) + "</p>"
    return (f'<section id="summary"><h2>{_e(w["summary"])}</h2>{verdict}<div class="tiles">{"".join(tiles)}</div>'
            f'<dl class="meta">{dl}</dl></section>')


def _grid(grid: Grid) -> str:
    head = "".join(f'<th class="{"num" if h.isdigit() else ""}">{_e(h)}</th>' for h in grid.header)
    body = "".join(
        "<tr>" + "".join(f'<td class="{"num " if h.isdigit() else ""}{"bad" if cell.bad else ""}">{_e(cell.text)}</td>'
                         for h, cell in zip(grid.header, row)) + "</tr>"
        for row in grid.rows)
    return f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


def _shot(shot: Shot, image: str, kind: str, c: Content) -> str:
    w = WORDS[c.lang]
    where = f'{w["page"]} {shot.page} · {copy_label(shot.copy, c.lang)}'
    role = w["printed_total"] if kind == "total_mismatch" else w["bad_copy"] if shot.bad else w["other_copy"]
    return (f'<figure class="shot{" bad" if shot.bad else ""}"><img src="{image}" alt="{_e(where)}">'
            f"<figcaption>{_e(where)} — <b>{_e(role)}</b></figcaption></figure>")


def _card(card: Card, c: Content) -> str:
    w, t = WORDS[c.lang], card.target
    title = [f'<span class="chip {card.severity}">{_e(SEVERITY_LABELS[c.lang].get(card.severity, card.severity))}</span>',
             _e(KIND_LABELS[c.lang].get(t.kind, t.kind))]
    title += [f'<span class="code">{_e(t.project_code)}</span>'] if t.project_code else []
    title += [_e(t.directorate)] if t.directorate else []
    what = []
    if t.copy:
        what.append(f'{_e(w["copy"])}: <b>{_e(copy_label(t.copy, c.lang))}</b>')
    if t.years:
        what.append(f'{_e(w["years"])}: <b>{_e(", ".join(map(str, t.years)))}</b>')
    if t.pages:
        what.append(f'{_e(w["pages_of"])}: <b>{_e(", ".join(map(str, t.pages)))}</b>')
    parts = [f'<h3>{" ".join(title)}</h3>']
    if t.indicator:
        parts.append(f'<p class="what">«{_e(t.indicator)}»</p>')
    parts.append(f'<p class="what">{" · ".join(what)}</p>')
    parts.append(f'<p class="message">{_e(card.messages[0])}</p>')
    if len(card.messages) > 1:
        items = "".join(f"<li>{_e(m)}</li>" for m in card.messages)
        parts.append(f'<details><summary>{_e(w["sentences"].format(n=len(card.messages)))}</summary><ul>{items}</ul></details>')
    if t.kind == "project_missing":
        parts.append(f'<p class="missing">{_e(w["not_printed"].format(copy=copy_label(t.copy, c.lang)))}</p>')
    if card.grid:
        parts.append(_grid(card.grid))
    if card.shots:
        parts.append('<div class="shots">' + "".join(_shot(s, c.images[s], t.kind, c) for s in card.shots) + "</div>")
    return f'<article class="card {card.severity}" id="{card.anchor}">{"".join(parts)}</article>'


def _index(cards: list[Card], c: Content) -> str:
    w = WORDS[c.lang]
    head = "".join(f"<th>{_e(h)}</th>" for h in ("#", w["severity"], w["kind"], w["project"], w["directorate"],
                                                 w["copy"], w["years"], w["pages_of"]))
    rows = "".join(
        f'<tr><td><a href="#{k.anchor}">{k.anchor[1:]}</a></td>'
        f'<td><span class="chip {k.severity}">{_e(SEVERITY_LABELS[c.lang].get(k.severity, k.severity))}</span></td>'
        f"<td>{_e(KIND_LABELS[c.lang].get(k.target.kind, k.target.kind))}</td><td>{_e(k.target.project_code)}</td>"
        f"<td>{_e(k.target.directorate)}</td><td>{_e(copy_label(k.target.copy, c.lang) if k.target.copy else '')}</td>"
        f'<td>{_e(", ".join(map(str, k.target.years)))}</td><td>{_e(", ".join(map(str, k.target.pages)))}</td></tr>'
        for k in cards)
    return f'<table class="index"><thead><tr>{head}</tr></thead><tbody>{rows}</tbody></table>'


def _findings(c: Content) -> str:
    w = WORDS[c.lang]
    if not c.cards:
        return f'<section id="findings"><h2>{_e(w["findings"])}</h2><p>{_e(w["no_findings"])}</p></section>'
    main = [k for k in c.cards if k.severity != "info"]
    info = [k for k in c.cards if k.severity == "info"]
    parts = [f'<h2>{_e(w["findings"])}</h2><p class="intro">{_e(w["findings_intro"])}</p>', _index(c.cards, c)]
    if c.capped:
        parts.append(f'<p class="note">{_e(w["images_capped"].format(shown=len(c.cards) - c.capped, rest=c.capped))}</p>')
    parts.append("<br>" + "".join(_card(k, c) for k in main))
    if info:
        parts.append(f'<details class="more"><summary>{_e(w["more_findings"])} ({len(info)})</summary>'
                     + "".join(_card(k, c) for k in info) + "</details>")
    return f'<section id="findings">{"".join(parts)}</section>'


def _footing_cell(row, c: Content) -> str:
    """The printed total, and below it each basis: ✓, or ✗ with the sum it should have been."""
    w = WORDS[c.lang]
    if pd.isna(row.printed):
        return f'<td class="num fail">{_e(w["not_printed_short"])}</td>'
    marks = []
    for basis in BASES:
        recomputed = int(getattr(row, basis))
        label = w["basis_" + basis]
        marks.append(f"{label} ✓" if recomputed == row.printed else
                     f'<span class="x">{label} ✗ {_e(format_amount(recomputed, c.lang))}</span>')
    failed = any("✗" in m for m in marks)
    return (f'<td class="num{" fail" if failed else ""}">{_e(format_amount(int(row.printed), c.lang))}'
            f'<small>{" · ".join(marks)}</small></td>')


def _footing(c: Content) -> str:
    w = WORDS[c.lang]
    years = sorted(c.footing["year"].unique())
    head = f'<th>{_e(w["directorate"])}</th>' + "".join(f'<th class="num">{y}</th>' for y in years)
    rows = []
    for directorate, g in c.footing.groupby("directorate", sort=False):
        cells = "".join(_footing_cell(r, c) for r in g.sort_values("year").itertuples())
        rows.append(f"<tr><td>{_e(directorate)}</td>{cells}</tr>")
    return (f'<section id="footing"><h2>{_e(w["footing"])}</h2><p class="intro">{_e(w["footing_intro"])}</p>'
            f'<table class="footing"><thead><tr>{head}</tr></thead><tbody>{"".join(rows)}</tbody></table></section>')


def _quality(c: Content) -> str:
    w = WORDS[c.lang]
    head = "".join(f"<th>{_e(h)}</th>" for h in (w["table"], w["expectation"], w["column"], w["result"],
                                                 w["unexpected"], w["examples"]))
    rows = "".join(
        f'<tr><td>{_e(k.table)}</td><td>{_e(k.description)}<small class="ge">{_e(k.expectation)}</small></td>'
        f"<td>{_e(k.columns)}</td>"
        f'<td><span class="chip {"ok" if k.success else "error"}">{_e(w["passed" if k.success else "failed"])}</span></td>'
        f'<td class="num">{k.unexpected or ""}</td><td>{_e(k.examples)}</td></tr>'
        for k in c.quality.checks)
    return (f'<section id="quality"><h2>{_e(w["quality"])}</h2><p class="intro">{_e(w["quality_intro"])} '
            f'<a href="{_e(c.data_docs)}">{_e(w["quality_docs"])}</a></p>'
            f"<table><thead><tr>{head}</tr></thead><tbody>{rows}</tbody></table></section>")


def render(c: Content) -> str:
    w = WORDS[c.lang]
    charts = (f'<section id="budgets"><h2>{_e(w["chart"])}</h2><p class="intro">{_e(w["chart_intro"])}</p>'
              f"{budget_charts(c.footing, c.lang)}</section>")
    body = _summary(c) + _findings(c) + _footing(c) + charts + _quality(c)
    title = f'{heading(c.summary.municipality, c.summary.edition, c.lang)} — {w["title"]}'
    return (f'<!DOCTYPE html><html lang="{c.lang}"><head><meta charset="utf-8">'
            f'<meta name="viewport" content="width=device-width, initial-scale=1"><title>{_e(title)}</title>'
            f"<style>{CSS}</style></head><body>{_header(c)}<main>{body}"
            f"<footer>perfprog · {_e(c.summary.generated)}</footer></main></body></html>\n")
