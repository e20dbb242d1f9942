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
from dataclasses import replace
from functools import partial
from pathlib import Path

from ..errors import FINDINGS_EXIT
from ..i18n import Lang, format_number, translations
from ..progress import SILENT, Progress
from .options import options_from, page_selection, pdf_options, positive

SHOWN = 3
"""Findings named on the terminal per PDF; the rest are in findings.csv and the report."""


_QUOTED = re.compile(r"([«“])([^»”]*)([»”])")


def _clip(m: re.Match) -> str:
    """A quoted text cut short: on the terminal a finding is one line."""
    text = m.group(2)
    return m.group(1) + (text if len(text) <= 24 else text[:23] + "…") + m.group(3)


def _count(severity: str, n: int, lang: Lang) -> str:
    """`9 errors`, `9 hata`: a number of findings of one severity."""
    tr = translations(lang)
    if severity == "error":
        return tr.ngettext("{n} error", "{n} errors", n).format(n=n)
    if severity == "warning":
        return tr.ngettext("{n} warning", "{n} warnings", n).format(n=n)
    return tr.gettext("{n} info").format(n=n)


def _lines(o, lang: Lang) -> list[str]:
    """A PDF's outcome in a few lines: what was read, the first error findings, where to look."""
    _ = translations(lang).gettext
    number = partial(format_number, lang=lang)
    counts = ", ".join(_count(k, v, lang) for k, v in o.severity.items() if v) or _("none")
    width = (shutil.get_terminal_size().columns if sys.stdout.isatty() else 160) - 6
    pages = (_("pages {selection} of {pages} read").format(selection=o.selection, pages=number(o.pages))
             if o.selection else _("{pages} pages").format(pages=number(o.pages)))
    read = _("{lines} lines, {units} units; {read} values read, {unread} not read").format(
        lines=number(o.lines), units=number(o.sections), read=number(o.values_read), unread=number(o.values_unread))
    out = [f"{o.pdf.name}: {pages}, {read}", "  " + _("findings: {counts}").format(counts=counts)]
    for message, pages in o.errors[:SHOWN]:
        where = " [" + _("p. {pages}").format(pages=pages) + "]" if pages else ""
        out.append(f"  ✗ {textwrap.shorten(_QUOTED.sub(_clip, message), max(40, width - len(where)), placeholder=' …')}{where}")
    hidden = o.severity.get("error", 0) - min(len(o.errors), SHOWN)
    if hidden > 0:
        more = translations(lang).ngettext("… {n} more error", "… {n} more errors", hidden)
        out.append("  " + more.format(n=hidden))
    places = [(_("tables:"), f"{o.tables}/"), *([(_("report:"), str(o.report))] if o.report else [])]
    label_width = max(len(label) for label, _path in places)
    return out + [f"  {label:<{label_width}} {path}" for label, path in places]


def _print(o, lang: Lang) -> None:
    """A PDF's lines on stdout; its error and schema violations on stderr."""
    if o.error:
        print(f"perfprog: {o.error}", file=sys.stderr)
        return
    print("\n".join(_lines(o, lang)))
    for line in o.schema_problems:
        print(f"  {line}", file=sys.stderr)  # the finding's sentence, in the run's language


def _summary_table(outcomes, lang: Lang) -> None:
    from rich.console import Console
    from rich.table import Table

    _ = translations(lang).gettext
    table = Table(title=_("Summary"))
    for col in ("PDF", _("folder"), _("report"), _("pages"), _("lines"), _("errors"), _("warnings"), _("exit")):
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
    with _display(pdfs, args) as display:
        if len(pdfs) == 1 and args.executor == "process":
            outcomes = [run_one(0, pdfs[0], replace(options, page_workers=args.workers), display.pdf(0))]
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
            _print(o, args.lang)
        if len(outcomes) > 1:
            _summary_table(outcomes, args.lang)
    return status


class _Hidden:
    """The display of a run that shows none: its PDFs' stages go nowhere, and rich (about 50 ms
    to import) is not imported."""

    enabled = False

    def __enter__(self) -> _Hidden:
        return self

    def __exit__(self, *exc) -> None:
        pass

    def pdf(self, index: int) -> Progress:
        return SILENT

    def done(self, index: int, pages: int, failed: bool) -> None:
        pass


def _display(pdfs: list[Path], args: argparse.Namespace):
    """The live progress on stderr: drawn on a terminal only, never with --quiet or --json."""
    if not sys.stderr.isatty() or args.quiet or args.json:
        return _Hidden()
    from rich.console import Console

    from .progress import Display

    return Display(pdfs, args.lang, Console(stderr=True))


def add_commands(sub, lang: Lang) -> None:
    """Add `run` and `check` to the parser of the command line, their help in ``lang``."""
    _ = translations(lang).gettext
    run = sub.add_parser("run", parents=[pdf_options(lang)], help=_("read, check and export PDFs"),
                         description=_("Read programme PDFs; write DIR/<slug>/ with CSVs and findings."))
    run.add_argument("--workers", type=positive(lang), help=_("processes the run uses at once, for PDFs and their pages (default: the CPU count)"))
    run.add_argument("--executor", choices=["process", "dask"], default="process",
                     help=_("where PDFs are processed: local processes, or a Dask distributed cluster"))
    run.add_argument("--scheduler", help=_("Dask scheduler address (tcp://host:8786), with --executor dask"))
    run.set_defaults(func=cmd_run, verdict=False)
    check = sub.add_parser("check", parents=[pdf_options(lang)],
                           help=_("run, and exit 1 if the programme disagrees with itself"),
                           description=_("The same as run, with a verdict: exit 1 when there are error-level "
                                         "findings (for scripts and CI of a strategy office)."))
    check.set_defaults(func=cmd_run, verdict=True, workers=None, executor="process", scheduler=None)
    for command in (run, check):  # not `ingest`: a catalog stores whole editions
        command.add_argument("--pages", type=page_selection(lang), metavar="1-40,60",
                             help=_("read only these pages (1-based); page numbers in the outputs stay the PDF's"))
