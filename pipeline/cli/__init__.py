"""`perfprog` command line: `run`/`check` (:mod:`.run`), the catalog's commands (:mod:`.catalog`),
their shared arguments (:mod:`.options`). Errors are one line on stderr with a documented exit
status (README, "Exit status"); set PERFPROG_DEBUG=1 to see a traceback instead."""
from __future__ import annotations

import argparse
import os
import sys

from ..errors import PerfprogError
from ..processes import Terminated, stop_on_sigterm
from . import catalog, run

UNEXPECTED_EXIT = 10


def _version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("perfprog")
    except PackageNotFoundError:
        return "unknown"


class _Parser(argparse.ArgumentParser):
    """Usage errors as one line, like every other error (exit 2)."""

    def error(self, message: str):  # type: ignore[override]
        self.exit(2, f"perfprog: {message} ({self.prog} --help)\n")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="perfprog", description="Performans programı PDF'lerini doğrulanmış, mutabık tablolara çevirir.")
    parser.add_argument("--version", action="version", version=f"%(prog)s {_version()}")
    sub = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)
    run.add_commands(sub)
    catalog.add_commands(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    stop_on_sigterm()
    try:
        return args.func(args)
    except PerfprogError as exc:
        print(f"perfprog: {exc}", file=sys.stderr)
        return exc.exit_code
    except BrokenPipeError:  # the reader went away (`| head`): not an error of ours
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 141
    except Terminated:
        print("perfprog: sonlandırıldı (terminated)", file=sys.stderr)
        return 143
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
