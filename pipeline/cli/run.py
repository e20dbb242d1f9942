"""`perfprog run` and `perfprog check`: the pipeline over PDFs, a line per PDF on the terminal
(and a summary table for several); `check` adds the verdict (exit 1 on error-level findings)."""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ..errors import FINDINGS_EXIT
from .options import options_from, pdf_options


def _report(outcome, en: bool) -> None:
    """One line per PDF on stdout; errors and schema violations on stderr."""
    if outcome.error:
        print(f"perfprog: {outcome.error}", file=sys.stderr)
        return
    counts = ", ".join(f"{k} {v}" for k, v in outcome.severity.items() if v) or ("none" if en else "yok")
    where = outcome.folders[0] if outcome.folders else outcome.slug
    if en:
        print(f"{outcome.pdf.name} → {where}: {outcome.pages} pages, {outcome.lines} lines, "
              f"{outcome.sections} sections, {outcome.values_read} values read, {outcome.values_unread} not read; "
              f"findings: {counts}")
    else:
        print(f"{outcome.pdf.name} → {where}: {outcome.pages} sayfa, {outcome.lines} satır, "
              f"{outcome.sections} birim, {outcome.values_read} değer okundu, {outcome.values_unread} okunamadı; "
              f"bulgular: {counts}")
    if outcome.schema_problems:
        print("schema violations:" if en else "şema ihlalleri:", file=sys.stderr)
        for line in outcome.schema_problems:
            print(f"  - {line}", file=sys.stderr)



def _summary_table(outcomes, en: bool) -> None:
    from rich.console import Console
    from rich.table import Table

    table = Table(title="Summary" if en else "Özet")
    for col in (["PDF", "folder", "pages", "lines", "errors", "warnings", "exit"] if en else
                ["PDF", "klasör", "sayfa", "satır", "hata", "uyarı", "çıkış"]):
        table.add_column(col)
    for o in outcomes:
        table.add_row(o.pdf.name, o.slug or (o.error.split(": ", 1)[-1][:60]), str(o.pages or ""),
                      str(o.lines or ""), str(o.severity.get("error", "")), str(o.severity.get("warning", "")),
                      str(o.exit_code))
    Console(stderr=True).print(table)



def cmd_run(args: argparse.Namespace) -> int:
    from ..batch import run_one

    pdfs, options = options_from(args)
    en = args.lang == "en"
    if len(pdfs) == 1 and args.executor == "process":
        outcomes = [run_one(0, pdfs[0], options)]
        _report(outcomes[0], en)
        for message in outcomes[0].errors:
            print(f"  ✗ {message}")
        hidden = outcomes[0].severity.get("error", 0) - len(outcomes[0].errors)
        if hidden > 0:
            print(f"  … {hidden} more: findings.csv" if en else f"  … {hidden} tane daha: findings.csv")
    else:
        outcomes = _run_with_progress(pdfs, options, args, en)
        for o in outcomes:
            _report(o, en)
        _summary_table(outcomes, en)
    status = max(o.exit_code for o in outcomes)
    if args.verdict and any(o.disagrees for o in outcomes):
        status = max(status, FINDINGS_EXIT)
    return status



def _run_with_progress(pdfs: list[Path], options, args: argparse.Namespace, en: bool):
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    from ..batch import run_batch

    columns = (TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn())
    with Progress(*columns, transient=True, disable=not sys.stderr.isatty()) as progress:
        task = progress.add_task("PDFs" if en else "PDF'ler", total=len(pdfs))
        return run_batch(pdfs, options, workers=args.workers, executor=args.executor, scheduler=args.scheduler,
                         on_done=lambda _: progress.advance(task))




def add_commands(sub) -> None:
    """Add `run` and `check` to the parser of the command line."""
    run = sub.add_parser("run", parents=[pdf_options()], help="PDF'leri oku, denetle, dışa aktar (extract, check, export)",
                         description="Read programme PDFs; write DIR/<slug>/ with CSVs and findings.")
    run.add_argument("--workers", type=int, help="PDFs processed at once (default: the CPU count)")
    run.add_argument("--executor", choices=["process", "dask"], default="process",
                     help="where PDFs are processed: local processes, or a Dask distributed cluster")
    run.add_argument("--scheduler", help="Dask scheduler address (tcp://host:8786), with --executor dask")
    run.set_defaults(func=cmd_run, verdict=False)
    check = sub.add_parser("check", parents=[pdf_options()], help="run, and exit 1 if the programme disagrees with itself",
                           description="The same as run, with a verdict: exit 1 when there are error-level findings "
                                       "(for scripts and CI of a strategy office).")
    check.set_defaults(func=cmd_run, verdict=True, workers=None, executor="process", scheduler=None)
