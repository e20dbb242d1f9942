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


def cmd_run(args: argparse.Namespace) -> int:
    from .run import Options, process

    pdfs = _pdfs(args.pdf)
    if args.slug and len(pdfs) > 1:
        raise PerfprogError("--slug yalnızca tek PDF ile kullanılabilir (--slug takes a single PDF)")
    options = Options(out=args.out, reports=args.reports, slug=args.slug, strict=args.strict,
                      password=args.password, max_pages=args.max_pages, lang=args.lang,
                      use_cache=not args.no_cache)
    status = 0
    for pdf in pdfs:
        try:
            result = process(pdf, options)
        except PerfprogError as exc:
            print(f"perfprog: {exc}", file=sys.stderr)
            status = max(status, exc.exit_code)
            continue
        s = result.summary
        lines = len(result.frames["budget_lines_wide"])
        en = args.lang == "en"
        print(f"{pdf.name} → {result.out_dir}: "
              + (f"{result.doc.page_count} pages, {lines} lines, {len(result.doc.sections)} sections; findings: "
                 if en else f"{result.doc.page_count} sayfa, {lines} satır, {len(result.doc.sections)} müdürlük; bulgular: ")
              + ", ".join(f"{k} {v}" for k, v in s["severity"].items() if v) or ("none" if en else "yok"))
        if result.schema_problems:
            print(("schema violations:" if en else "şema ihlalleri:"), file=sys.stderr)
            for line in result.schema_problems:
                print(f"  - {line}", file=sys.stderr)
        if result.failed:
            status = max(status, FINDINGS_EXIT)
    return status


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="perfprog", description="Performans programı PDF'lerini doğrulanmış, mutabık tablolara çevirir.")
    sub = parser.add_subparsers(dest="command", required=True)
    run = sub.add_parser("run", help="PDF'leri oku, denetle, dışa aktar (extract, check, export)",
                         description="Read programme PDFs; write DIR/<slug>/ with CSVs and findings.")
    run.add_argument("pdf", nargs="+", type=Path, help="PDF files or folders of PDFs")
    run.add_argument("--out", type=Path, default=Path("extracted"), help="output folder (default: extracted/)")
    run.add_argument("--reports", type=Path, default=Path("reports"), help="report folder (default: reports/)")
    run.add_argument("--slug", help="name of the output folder instead of <municipality>-<year>")
    run.add_argument("--strict", action="store_true", help="schema failures are fatal (exit 7)")
    run.add_argument("--password", help="password of an encrypted PDF")
    run.add_argument("--max-pages", type=int, help="refuse PDFs with more pages than this")
    run.add_argument("--no-cache", action="store_true", help="re-read the PDF even if it is unchanged since the last run")
    run.add_argument("--lang", choices=["tr", "en"], default="tr", help="language of messages and reports")
    run.set_defaults(func=cmd_run)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return args.func(args)
    except PerfprogError as exc:
        print(f"perfprog: {exc}", file=sys.stderr)
        return exc.exit_code
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
