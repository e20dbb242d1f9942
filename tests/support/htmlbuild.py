"""Print a synthetic programme the way a browser would: HTML tables with rowspans, printed to PDF
by headless Chromium. Another producer (Skia) with its own fonts, text runs and border drawing.

Every aim table and every directorate section gets a page of its own (a block one page tall), so the
truth knows each row's page without asking the browser where it broke.
"""
from __future__ import annotations

import html
import shutil
import subprocess
import tempfile
from pathlib import Path

import pandas as pd

from .progbuild import (Aim, Programme, _canonical, _rows, _section_aims, _section_totals, _values,
                        turkish_upper)

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
CSS = """
@page { size: A4 landscape; margin: 14mm 12mm; }
body { font-family: 'DejaVu Sans', sans-serif; font-size: 6.5pt; }
.page { height: 181mm; overflow: hidden; }  /* one page each, whatever the browser's break rules */
h1 { text-align: center; font-size: 10pt; margin: 0 0 8pt; }
.band { background: #fbe4d5; border: 0.6pt solid #000; font-weight: bold; padding: 2pt 4pt; margin: 6pt 0; }
table { border-collapse: collapse; width: 100%; margin-bottom: 8pt; table-layout: fixed; }
td { border: 0.6pt solid #000; padding: 1.5pt 3pt; vertical-align: middle; }
.title td { background: #d9d9d9; font-weight: bold; }
.head td { background: #ededed; font-weight: bold; }
.num { text-align: right; }
.total td { font-weight: bold; }
"""


def _fmt(value) -> str:
    if value is None:
        return ""
    return "-" if value == "-" else f"{value:,}"


def _table(aim: Aim, programme: Programme, closing: str = "") -> str:
    """One aim's table; ``closing`` rows (a section's empty row and total) go at its end."""
    years = programme.plan_years
    cols = '<col style="width:7%"><col style="width:19%"><col style="width:10%"><col style="width:19%">'
    cols += "".join(f'<col style="width:{45 / len(years):.2f}%">' for _ in years)
    out = [f"<table>{cols}", f'<tr class="title"><td colspan="4">Stratejik Amaç {aim.no}: {html.escape(aim.title)}</td>'
           f'<td colspan="{len(years)}" style="text-align:center">Bütçe</td></tr>']
    for goal in aim.goals:
        out.append(f'<tr class="head"><td>Stratejik Hedef {goal.no}</td><td>{html.escape(goal.title)}</td>'
                   '<td>İlgili Müdürlük</td><td>Performans Göstergesi</td>'
                   + "".join(f'<td style="text-align:center">{y}</td>' for y in years) + "</tr>")
        for project in goal.projects:
            rows = _rows(project)
            for k, (i, block, line) in enumerate(rows):
                cells = []
                if k == 0:
                    cells.append(f'<td rowspan="{len(rows)}">Proje {project.code}</td>'
                                 f'<td rowspan="{len(rows)}">{html.escape(project.name)}</td>')
                if k == 0 or rows[k - 1][0] != i:
                    span = sum(1 for r in rows if r[0] == i)
                    cells.append(f'<td rowspan="{span}">{html.escape(block.directorate_printed)}</td>')
                cells.append(f"<td>{html.escape(line.indicator) if line else ''}</td>")
                amounts = line.amounts if line else [None] * len(years)
                if isinstance(amounts, str):  # one text merged across the budget columns
                    cells.append(f'<td colspan="{len(years)}" style="text-align:center">{html.escape(amounts)}</td>')
                else:
                    cells += [f'<td class="num">{_fmt(a)}</td>' for a in amounts]
                out.append("<tr>" + "".join(cells) + "</tr>")
    return "\n".join(out) + closing + "</table>"


def build_html_programme(programme: Programme, path: Path) -> pd.DataFrame:
    """Print ``programme`` to ``path`` through Chromium; return the truth's budget lines."""
    years = programme.plan_years
    pages: list[str] = [
        f'<div class="page"><p>{programme.municipality} Belediyesi {programme.edition_year} Yılı Performans '
        f"Programı. Belediyemizin {programme.edition_year} yılına ait performans programı "
        f"{years[0]}-{years[-1]} Stratejik Planı esas alınarak hazırlanmıştır.</p></div>"
    ]
    truth: list[tuple] = []

    def record(view: str, section: str, page: int, aims: list[Aim]) -> None:
        for aim in aims:
            for goal in aim.goals:
                for project in goal.projects:
                    for _, block, line in _rows(project):
                        name = _canonical(block, programme.directorates)
                        for year, value in zip(years, _values(line, len(years))):
                            truth.append((view, section, page, aim.no, goal.no, project.code, name,
                                          line.indicator if line else "", year, value))

    for aim in programme.aims:
        pages.append(f'<div class="page">{_table(aim, programme)}</div>')
        record("strategic", "", len(pages), [aim])
    for name in programme.directorates:
        aims = _section_aims(programme.aims, name, programme.directorates)
        if not aims:
            continue
        body = [f"<h1>{turkish_upper(name)} (1/1)</h1>"]
        totals = _section_totals(aims, name, programme)
        closing = (f'<tr><td colspan="{4 + len(years)}">&nbsp;</td></tr>'
                   f'<tr class="total"><td colspan="4" style="text-align:right">{name} Toplamı:</td>'
                   + "".join(f'<td class="num">{_fmt(t) if t else "-"}</td>' for t in totals) + "</tr>")
        area = None
        for k, aim in enumerate(aims):
            if aim.area_no != area:
                area = aim.area_no
                title = next(a.title for a in programme.areas if a.no == area)
                body.append(f'<div class="band">STRATEJİK ALAN {area} - {turkish_upper(title)}</div>')
            body.append(_table(aim, programme, closing if k == len(aims) - 1 else ""))
        pages.append('<div class="page">' + "\n".join(body) + "</div>")
        record("directorate", name, len(pages), aims)
    document = f"<!doctype html><html lang='tr'><meta charset='utf-8'><style>{CSS}</style><body>{''.join(pages)}</body></html>"
    with tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp) / "programme.html"
        source.write_text(document, encoding="utf-8")
        subprocess.run([CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync",
                        f"--user-data-dir={tmp}/profile", "--no-pdf-header-footer",
                        f"--print-to-pdf={path}", source.as_uri()],
                       check=True, capture_output=True, timeout=120)
    columns = ["view", "section", "pdf_page", "aim_no", "goal_no", "project_code", "directorate", "indicator", "year", "amount"]
    return pd.DataFrame(truth, columns=columns).astype({"amount": "Int64"})
