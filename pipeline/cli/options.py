"""Arguments shared by the commands that run the pipeline over PDFs (`run`, `check`, `ingest`)."""
from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path

from ..errors import InputError, PerfprogError
from ..i18n import DEFAULT_LANG, LANGS, N_, Lang, translations
from ..text import is_slug


def pdfs_of(paths: list[Path]) -> list[Path]:
    """PDF arguments; a folder stands for the PDFs in it."""
    out: list[Path] = []
    for p in paths:
        if p.is_dir():
            found = sorted(x for x in p.iterdir() if x.suffix.lower() == ".pdf")
            if not found:
                raise InputError(N_("{path}: no PDF in the folder"), path=p)
            out.extend(found)
        else:
            out.append(p)
    return out



def slug(lang: Lang) -> Callable[[str], str]:
    """An argparse type: an edition's name, or a usage error (exit 2) in ``lang``."""
    def edition_name(text: str) -> str:
        if not is_slug(text):
            message = translations(lang).gettext("a name is ASCII letters, digits and -, at most 64 characters")
            raise argparse.ArgumentTypeError(f"{text!r}: {message}")
        return text
    return edition_name


def positive(lang: Lang) -> Callable[[str], int]:
    """An argparse type: a whole number from 1 up, or a usage error (exit 2) in ``lang``."""
    def whole_number(text: str) -> int:
        try:
            value = int(text)
        except ValueError:
            value = 0
        if value < 1:
            raise argparse.ArgumentTypeError(f"{text!r}: " + translations(lang).gettext("a whole number from 1 up"))
        return value
    return whole_number


def page_selection(lang: Lang) -> Callable[[str], object]:
    """An argparse type: ``1-40,60`` (1-based pages, ranges and single pages), or a usage error
    (exit 2) in ``lang``; pages past a document's end are refused once it is open."""
    def selection(text: str):
        from ..extract.selection import PageSelection

        try:
            return PageSelection.parse(text)
        except ValueError as exc:
            raise argparse.ArgumentTypeError(f"{text!r}: " + translations(lang).gettext(
                "pages are written like 1-40,60; {part} is not understood").format(part=exc)) from None
    return selection


def options_from(args: argparse.Namespace):
    """The PDFs and pipeline options of `run` and `ingest` (see :func:`pdf_options`)."""
    from ..extract.guard import DEFAULT_LIMITS, MIB, Limits
    from ..run import Options

    pdfs = pdfs_of(args.pdf)
    if args.slug and len(pdfs) > 1:
        raise PerfprogError(N_("--slug takes a single PDF"))
    return pdfs, Options(out=args.out, reports=args.reports, slug=args.slug, strict=args.strict,
                         password=args.password, max_pages=args.max_pages, lang=args.lang,
                         use_cache=not args.no_cache, cross_check=args.cross_check, report=not args.no_report,
                         data_docs=args.data_docs, reader=args.reader,
                         limits=Limits.for_stream(args.max_stream_mib * MIB) if args.max_stream_mib else DEFAULT_LIMITS,
                         ocr=args.ocr,
                         pages=args.pages)



def pdf_options(lang: Lang) -> argparse.ArgumentParser:
    """Options shared by every command that runs the pipeline over PDFs (`run`, `ingest`), their help in ``lang``."""
    _ = translations(lang).gettext
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("pdf", nargs="+", type=Path, help=_("PDF files or folders of PDFs"))
    common.add_argument("--out", type=Path, default=Path("extracted"), help=_("output folder (default: extracted/)"))
    common.add_argument("--reports", type=Path, default=Path("reports"), help=_("report folder (default: reports/)"))
    common.add_argument("--slug", type=slug(lang), help=_("name of the output folder instead of <municipality>-<year> "
                                                          "(ASCII letters, digits and -, at most 64)"))
    common.add_argument("--strict", action="store_true", help=_("schema failures are fatal (exit 7)"))
    common.add_argument("--password", help=_("password of an encrypted PDF"))
    # the defaults live in pipeline.extract (not imported here: the command line starts light)
    common.add_argument("--max-pages", type=positive(lang),
                        help=_("refuse PDFs with more pages than this (default 2000)"))
    common.add_argument("--max-stream-mib", type=positive(lang),
                        help=_("refuse PDFs with a compressed stream that inflates past this many MiB, or a page "
                               "past twice that (a decompression bomb; default 256)"))
    common.add_argument("--reader", choices=["pdfium", "pdfminer"], default="pdfium",
                        help=_("library that reads the pages (default pdfium; pdfminer is the slower reference)"))
    common.add_argument("--cross-check", action="store_true",
                        help=_("compare every budget cell with camelot's lattice parser (slow); see crosscheck.csv"))
    common.add_argument("--no-report", action="store_true",
                        help=_("write the tables only: no HTML report, quality check or Data Docs"))
    common.add_argument("--data-docs", action="store_true",
                        help=_("add Great Expectations' quality check and Data Docs to the report (a few seconds more)"))
    common.add_argument("--no-cache", action="store_true",
                        help=_("re-read the PDF even if it is unchanged since the last run"))
    common.add_argument("--ocr", choices=["auto", "force", "off"], default="auto",
                        help=_("read pages from their image with Tesseract: auto (pages without a text layer), "
                               "force (every page), off (a scan ends with exit 5)"))
    common.add_argument("--lang", choices=LANGS, default=DEFAULT_LANG, help=_("language of messages and reports"))
    shown = common.add_mutually_exclusive_group()
    shown.add_argument("-q", "--quiet", action="store_true", help=_("print nothing but errors"))
    shown.add_argument("--json", action="store_true",
                       help=_("print one JSON summary of the run on stdout (paths, counts, findings by kind, "
                              "exit code)"))
    return common
