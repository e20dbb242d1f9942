"""`perfprog` command line: `run`/`check` (:mod:`.run`), the catalog's commands (:mod:`.catalog`),
their shared arguments (:mod:`.options`). Errors are one line on stderr with a documented exit
status (README, "Exit status"); set PERFPROG_DEBUG=1 to see a traceback instead. The run's language
(``--lang``, Turkish by default) is read before the parser is built, so that ``--help`` of every
command and every message of the run are in it."""
from __future__ import annotations

import argparse
import os
import sys
from functools import partial

from ..errors import PerfprogError
from ..i18n import DEFAULT_LANG, LANGS, Lang, translations
from ..processes import Terminated, collect_rarely, stop_on_sigterm
from . import catalog, run

UNEXPECTED_EXIT = 10


def _version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("perfprog")
    except PackageNotFoundError:
        return "unknown"


class _Formatter(argparse.HelpFormatter):
    """argparse's help layout with its own words (`usage:`) in the run's language."""

    def __init__(self, prog: str, lang: Lang = DEFAULT_LANG) -> None:
        super().__init__(prog)
        self.lang = lang

    def add_usage(self, usage, actions, groups, prefix=None) -> None:  # type: ignore[override]
        if prefix is None:
            prefix = translations(self.lang).gettext("usage: ")
        super().add_usage(usage, actions, groups, prefix)


class _Parser(argparse.ArgumentParser):
    """A parser whose help and usage errors are in the run's language; usage errors are one line,
    like every other error (exit 2)."""

    def __init__(self, *args, lang: Lang = DEFAULT_LANG, **kwargs) -> None:
        super().__init__(*args, add_help=False, formatter_class=partial(_Formatter, lang=lang), **kwargs)
        _ = translations(lang).gettext
        self.lang = lang
        self._positionals.title = _("positional arguments")
        self._optionals.title = _("options")
        self.add_argument("-h", "--help", action="help", default=argparse.SUPPRESS,
                          help=_("show this help message and exit"))

    def error(self, message: str):  # type: ignore[override]
        see = translations(self.lang).gettext("see {prog} --help").format(prog=self.prog)
        self.exit(2, f"perfprog: {message} ({see})\n")


def requested_lang(argv: list[str]) -> Lang:
    """The language ``--lang`` asks for, read before parsing so that the help is in it too;
    Turkish without one (a wrong value is the parser's usage error)."""
    for i, arg in enumerate(argv):
        value = arg.partition("=")[2] if arg.startswith("--lang=") else (
            argv[i + 1] if arg == "--lang" and i + 1 < len(argv) else None)
        if value in LANGS:
            return value  # type: ignore[return-value]
    return DEFAULT_LANG


def build_parser(lang: Lang = DEFAULT_LANG) -> argparse.ArgumentParser:
    _ = translations(lang).gettext
    parser = _Parser(prog="perfprog", lang=lang,
                     description=_("Turns performance-programme PDFs into validated, reconciled tables."))
    parser.add_argument("--version", action="version", version=f"%(prog)s {_version()}",
                        help=_("show the version and exit"))
    sub = parser.add_subparsers(dest="command", required=True, parser_class=partial(_Parser, lang=lang))
    run.add_commands(sub, lang)
    catalog.add_commands(sub, lang)
    return parser


def main(argv: list[str] | None = None) -> int:
    collect_rarely()  # before the stages' imports (pandas, pandera)
    argv = sys.argv[1:] if argv is None else argv
    lang = requested_lang(argv)
    args = build_parser(lang).parse_args(argv)
    _ = translations(lang).gettext
    stop_on_sigterm()
    try:
        return args.func(args)
    except PerfprogError as exc:
        print(f"perfprog: {exc.text(lang)}", file=sys.stderr)
        return exc.exit_code
    except BrokenPipeError:  # the reader went away (`| head`): not an error of ours
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 141
    except Terminated:
        print("perfprog: " + _("terminated"), file=sys.stderr)
        return 143
    except KeyboardInterrupt:
        print("perfprog: " + _("interrupted"), file=sys.stderr)
        return 130
    except Exception as exc:  # the promise: no traceback for a user, ever
        if os.environ.get("PERFPROG_DEBUG"):
            raise
        message = _("unexpected error: {cause}").format(cause=f"{type(exc).__name__}: {exc}")
        print(f"perfprog: {message}", file=sys.stderr)
        return UNEXPECTED_EXIT


if __name__ == "__main__":
    sys.exit(main())
