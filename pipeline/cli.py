"""`perfprog` command line. Errors are one line on stderr with a documented exit status
(README, "Exit status"); set PERFPROG_DEBUG=1 to see a traceback instead."""
from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from .errors import FINDINGS_EXIT, InputError, PerfprogError

UNEXPECTED_EXIT = 10


def _pdfs(paths: list[Path]) -> list[Path]:
    """PDF arguments; a folder stands for the PDFs in it."""
    out: list[Path] = []
    for p in paths:
        if p.is_dir():
            found = sorted(x for x in p.iterdir() if x.suffix.lower() == ".pdf")
            if not found:
                raise InputError(f"{p}: klasörde PDF yok (no PDF in folder)")
            out.extend(found)
        else:
            out.append(p)
    return out


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


def options_from(args: argparse.Namespace):
    """The PDFs and pipeline options of `run` and `ingest` (see :func:`pdf_options`)."""
    from .run import Options

    pdfs = _pdfs(args.pdf)
    if args.slug and len(pdfs) > 1:
        raise PerfprogError("--slug yalnızca tek PDF ile kullanılabilir (--slug takes a single PDF)")
    return pdfs, Options(out=args.out, reports=args.reports, slug=args.slug, strict=args.strict,
                         password=args.password, max_pages=args.max_pages, lang=args.lang,
                         use_cache=not args.no_cache, cross_check=args.cross_check, report=not args.no_report)


def cmd_run(args: argparse.Namespace) -> int:
    from .batch import run_one

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

    from .batch import run_batch

    columns = (TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn())
    with Progress(*columns, transient=True, disable=not sys.stderr.isatty()) as progress:
        task = progress.add_task("PDFs" if en else "PDF'ler", total=len(pdfs))
        return run_batch(pdfs, options, workers=args.workers, executor=args.executor, scheduler=args.scheduler,
                         on_done=lambda _: progress.advance(task))


def pdf_options() -> argparse.ArgumentParser:
    """Options shared by every command that runs the pipeline over PDFs (`run`, `ingest`)."""
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("pdf", nargs="+", type=Path, help="PDF files or folders of PDFs")
    common.add_argument("--out", type=Path, default=Path("extracted"), help="output folder (default: extracted/)")
    common.add_argument("--reports", type=Path, default=Path("reports"), help="report folder (default: reports/)")
    common.add_argument("--slug", help="name of the output folder instead of <municipality>-<year>")
    common.add_argument("--strict", action="store_true", help="schema failures are fatal (exit 7)")
    common.add_argument("--password", help="password of an encrypted PDF")
    common.add_argument("--max-pages", type=int, help="refuse PDFs with more pages than this")
    common.add_argument("--cross-check", action="store_true",
                        help="compare every budget cell with camelot's lattice parser (slow); see crosscheck.csv")
    common.add_argument("--no-report", action="store_true",
                        help="write the tables only: no HTML report, quality check or Data Docs")
    common.add_argument("--no-cache", action="store_true", help="re-read the PDF even if it is unchanged since the last run")
    common.add_argument("--lang", choices=["tr", "en"], default="tr", help="language of messages and reports")
    return common


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="perfprog", description="Performans programı PDF'lerini doğrulanmış, mutabık tablolara çevirir.")
    sub = parser.add_subparsers(dest="command", required=True)
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
    from .cli_catalog import add_commands
    add_commands(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return args.func(args)
    except PerfprogError as exc:
        print(f"perfprog: {exc}", file=sys.stderr)
        return exc.exit_code
    except BrokenPipeError:  # the reader went away (`| head`): not an error of ours
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 141
    except KeyboardInterrupt:
        print("perfprog: durduruldu (interrupted)", file=sys.stderr)
        return 130
    except Exception as exc:  # the promise: no traceback for a user, ever
        if os.environ.get("PERFPROG_DEBUG"):
            raise
        print(f"perfprog: beklenmeyen hata (unexpected error): {type(exc).__name__}: {exc}", file=sys.stderr)
        return UNEXPECTED_EXIT


if __name__ == "__main__":
    sys.exit(main())
