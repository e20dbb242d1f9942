"""`perfprog run` and `perfprog check`: the pipeline over PDFs. The terminal gets a few lines per
PDF (counts, the first findings, where the tables and the report are), a summary table for
several; `--json` prints one machine-readable summary instead, `--quiet` only errors. `check`
adds the verdict (exit 1 on error-level findings)."""
from __future__ import annotations

import argparse
import json
import re
import shutil
import sys
import textwrap
from pathlib import Path

from ..errors import FINDINGS_EXIT
from .options import options_from, page_selection, pdf_options, positive

SHOWN = 3
"""Findings named on the terminal per PDF; the rest are in findings.csv and the report."""


_QUOTED = re.compile(r"([«“])([^»”]*)([»”])")


def _clip(m: re.Match) -> str:
    """A quoted text cut short: on the terminal a finding is one line."""
    text = m.group(2)
    return m.group(1) + (text if len(text) <= 24 else text[:23] + "…") + m.group(3)


def _t(en: bool, tr: str, english: str) -> str:
    return english if en else tr


def _lines(o, en: bool) -> list[str]:
    """A PDF's outcome in a few lines: what was read, the first error findings, where to look."""
    counts = ", ".join(f"{v} {k}" for k, v in o.severity.items() if v) or _t(en, "yok", "none")
    width = (shutil.get_terminal_size().columns if sys.stdout.isatty() else 160) - 6
    pages = (_t(en, f"sayfa {o.selection} / {o.pages} okundu", f"pages {o.selection} of {o.pages} read") if o.selection
             else _t(en, f"{o.pages} sayfa", f"{o.pages} pages"))
    out = [f"{o.pdf.name}: {pages}, " + _t(en, f"{o.lines} satır, {o.sections} birim; {o.values_read} değer "
                                               f"okundu, {o.values_unread} okunamadı",
                                           f"{o.lines} lines, {o.sections} units; {o.values_read} values "
                                           f"read, {o.values_unread} not read"),
           _t(en, "  bulgular: ", "  findings: ") + counts]
    for message, pages in o.errors[:SHOWN]:
        where = f" [{_t(en, 's.', 'p.')} {pages}]" if pages else ""
        out.append(f"  ✗ {textwrap.shorten(_QUOTED.sub(_clip, message), max(40, width - len(where)), placeholder=' …')}{where}")
    hidden = o.severity.get("error", 0) - min(len(o.errors), SHOWN)
    if hidden > 0:
        out.append(_t(en, f"  … {hidden} hata daha", f"  … {hidden} more errors"))
    out.append(_t(en, "  tablolar: ", "  tables:   ") + f"{o.tables}/")
    if o.report:
        out.append(_t(en, "  rapor:    ", "  report:   ") + str(o.report))
    return out


def _print(o, en: bool) -> None:
    """A PDF's lines on stdout; its error and schema violations on stderr."""
    if o.error:
        print(f"perfprog: {o.error}", file=sys.stderr)
        return
    print("\n".join(_lines(o, en)))
    for line in o.schema_problems:
        print(f"  {line}", file=sys.stderr)  # the finding's sentence, in the run's language


def _summary_table(outcomes, en: bool) -> None:
    from rich.console import Console
    from rich.table import Table

    table = Table(title=_t(en, "Özet", "Summary"))
    for col in (["PDF", "folder", "report", "pages", "lines", "errors", "warnings", "exit"] if en else
                ["PDF", "klasör", "rapor", "sayfa", "satır", "hata", "uyarı", "çıkış"]):
        table.add_column(col)
    for o in outcomes:
        table.add_row(o.pdf.name, str(o.tables or o.error.split(": ", 1)[-1][:60]), str(o.report or ""),
                      str(o.pages or ""), str(o.lines or ""), str(o.severity.get("error", "")),
                      str(o.severity.get("warning", "")), str(o.exit_code))
    Console(stderr=True).print(table)


def _json(outcomes, status: int) -> str:
    """The run as one JSON object: per PDF its paths, counts, findings by severity and kind."""
    return json.dumps({"exit_code": status, "pdfs": [
        {"pdf": str(o.pdf), "exit_code": o.exit_code, "error": o.error or None, "edition": o.slug or None,
         "tables": str(o.tables) if o.tables else None, "report": str(o.report) if o.report else None,
         "pages": o.pages, "pages_read": o.pages_read, "selection": o.selection or None, "lines": o.lines, "units": o.sections, "values_read": o.values_read,
         "values_unread": o.values_unread, "findings": {"by_severity": o.severity, "by_kind": o.kinds},
         "schema_problems": list(o.schema_problems)} for o in outcomes]}, ensure_ascii=False, indent=2)


def cmd_run(args: argparse.Namespace) -> int:
    from ..batch import run_batch, run_one

    pdfs, options = options_from(args)
    en = args.lang == "en"
    with _display(pdfs, args, en) as display:
        if len(pdfs) == 1 and args.executor == "process":
            outcomes = [run_one(0, pdfs[0], options, display.pdf(0))]
            display.done(0, outcomes[0].pages_read, bool(outcomes[0].error))
        else:
            outcomes = run_batch(pdfs, options, workers=args.workers, executor=args.executor, scheduler=args.scheduler,
                                 on_done=lambda o: display.done(o.index, o.pages_read, bool(o.error)),
                                 progress=display.pdf if display.enabled else None)
    status = max(o.exit_code for o in outcomes)
    if args.verdict and any(o.disagrees for o in outcomes):
        status = max(status, FINDINGS_EXIT)
    if args.json:
        print(_json(outcomes, status))
    elif args.quiet:
        for o in outcomes:
            if o.error:
                print(f"perfprog: {o.error}", file=sys.stderr)
    else:
        for o in outcomes:
            _print(o, en)
        if len(outcomes) > 1:
            _summary_table(outcomes, en)
    return status


def _display(pdfs: list[Path], args: argparse.Namespace, en: bool):
    """The live progress on stderr: drawn on a terminal only, never with --quiet or --json."""
    from rich.console import Console

    from .progress import Display

    return Display(pdfs, en, Console(stderr=True), enabled=sys.stderr.isatty() and not (args.quiet or args.json))


def add_commands(sub) -> None:
    """Add `run` and `check` to the parser of the command line."""
    run = sub.add_parser("run", parents=[pdf_options()], help="PDF'leri oku, denetle, dışa aktar (extract, check, export)",
                         description="Read programme PDFs; write DIR/<slug>/ with CSVs and findings.")
    run.add_argument("--workers", type=positive, help="PDFs processed at once (default: the CPU count)")
    run.add_argument("--executor", choices=["process", "dask"], default="process",
                     help="where PDFs are processed: local processes, or a Dask distributed cluster")
    run.add_argument("--scheduler", help="Dask scheduler address (tcp://host:8786), with --executor dask")
    run.set_defaults(func=cmd_run, verdict=False)
    check = sub.add_parser("check", parents=[pdf_options()], help="run, and exit 1 if the programme disagrees with itself",
                           description="The same as run, with a verdict: exit 1 when there are error-level findings "
                                       "(for scripts and CI of a strategy office).")
    check.set_defaults(func=cmd_run, verdict=True, workers=None, executor="process", scheduler=None)
    for command in (run, check):  # not `ingest`: a catalog stores whole editions
        command.add_argument("--pages", type=page_selection, metavar="1-40,60",
                             help="read only these pages (1-based); page numbers in the outputs stay the PDF's")
