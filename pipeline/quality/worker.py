"""The quality check in its own process, started when a run that asks for it (``--data-docs``)
starts: Great Expectations' import (about 3 s) then overlaps the reading of the PDF instead of
adding to it."""
from __future__ import annotations

import os
import pickle
import subprocess
import sys
import threading
from collections.abc import Callable
from pathlib import Path

import pandas as pd

from ..i18n import DEFAULT_LANG, Lang
from ..processes import die_with_parent
from .check import QualityResult, check_quality, warm_up

ROOT = Path(__file__).resolve().parents[2]
"""The folder holding the ``pipeline`` package, put on the worker's path."""


def _serve() -> None:
    """The worker's main: import GE at once, then run the one check it is sent on stdin and write
    the pickled result (or exception) to stdout. Anything GE prints goes to stderr instead."""
    die_with_parent()
    reply = os.fdopen(os.dup(1), "wb")
    os.dup2(2, 1)
    try:
        warm_up()
        args = pickle.load(sys.stdin.buffer)
    except (EOFError, KeyboardInterrupt):  # the run ended or was interrupted before asking
        return
    try:
        outcome = (True, check_quality(*args))
    except Exception as exc:  # the caller re-raises it
        outcome = (False, exc)
    try:
        data = pickle.dumps(outcome)
    except Exception:  # an exception that does not pickle still gets its message across
        data = pickle.dumps((False, RuntimeError(f"{type(outcome[1]).__name__}: {outcome[1]}")))
    reply.write(data)
    reply.close()


_BOOT = "import os; hasattr(os, 'nice') and os.nice(5); from pipeline.quality.worker import _serve; _serve()"
"""The worker's program. A plain child rather than multiprocessing, which would re-import the
caller's main script; niced, so that reading the PDF keeps the CPUs it needs."""


class QualityWorker:
    """A child Python process that imports GE while the caller reads the PDF, then runs
    :func:`check_quality` once. Leaving the context (or :meth:`stop`) ends the child, so that no
    check is left writing into a folder being discarded."""

    def __init__(self) -> None:
        env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")]))}
        self._process = subprocess.Popen([sys.executable, "-c", _BOOT], stdin=subprocess.PIPE,
                                         stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=env)

    def __enter__(self) -> "QualityWorker":
        return self

    def __exit__(self, *exc) -> None:
        self.stop()

    def submit(self, tables: dict[str, pd.DataFrame], plan_years: list[int], page_count: int,
               docs_dir: Path, lang: Lang = DEFAULT_LANG) -> Callable[[], QualityResult]:
        """Start the check; the returned function waits for its result. The request is written
        from a thread: the child reads it only once GE is imported, and a full pipe must not
        hold up the caller meanwhile."""
        payload = pickle.dumps((tables, plan_years, page_count, docs_dir, lang), protocol=pickle.HIGHEST_PROTOCOL)
        threading.Thread(target=self._send, args=(payload,), daemon=True).start()
        return self._result

    def _send(self, payload: bytes) -> None:
        try:
            self._process.stdin.write(payload)
            self._process.stdin.close()
        except (BrokenPipeError, ValueError):  # the child is gone; _result says so
            pass

    def _result(self) -> QualityResult:
        try:
            ok, value = pickle.load(self._process.stdout)
        except EOFError:
            raise RuntimeError(f"quality check process ended unexpectedly (exit code {self._process.wait()})")
        if not ok:
            raise value
        return value

    def stop(self) -> None:
        if self._process.poll() is None:
            self._process.kill()
        self._process.wait()
        for pipe in (self._process.stdin, self._process.stdout):
            pipe.close()
