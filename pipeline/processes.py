"""Child processes die with their parent, SIGTERM ends a run like Ctrl-C, and slow work can run
aside in a forked child.

A run starts children (the quality check's worker, page and batch pools). If the run is killed,
a child left alive would keep the caller's output pipes open (a caller capturing the output would
wait for ever) and keep the others' pipes open too. On Linux the kernel kills each child when its
parent dies (PR_SET_PDEATHSIG); elsewhere the child still ends when its input closes.
"""
from __future__ import annotations

import ctypes
import multiprocessing
import os
import signal
import sys
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from typing import Any, Callable, Iterator

_PR_SET_PDEATHSIG = 1


class Terminated(KeyboardInterrupt):
    """The run got SIGTERM: it stops as on Ctrl-C (staging discarded, nothing half-written)."""


def die_with_parent() -> None:
    """Have the kernel kill this process when its parent dies (Linux); a no-op elsewhere."""
    if not sys.platform.startswith("linux"):
        return
    parent = os.getppid()
    try:
        ctypes.CDLL(None, use_errno=True).prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
    except (OSError, AttributeError):
        return
    if os.getppid() != parent:  # the parent died before the request took effect
        os._exit(1)


def worker_pool(workers: int) -> ProcessPoolExecutor:
    """The run's process pool (PDFs of a batch, pages of a PDF): its workers die with the run,
    and OCR's own threads are off in them (the pool is the parallelism)."""
    return ProcessPoolExecutor(max_workers=workers, initializer=_pool_worker)


def _pool_worker() -> None:
    die_with_parent()
    os.environ.setdefault("OMP_THREAD_LIMIT", "1")


def _terminate(signum, frame) -> None:
    raise Terminated()


def stop_on_sigterm() -> None:
    """From now on, SIGTERM raises :class:`Terminated` in the main thread."""
    signal.signal(signal.SIGTERM, _terminate)


@contextmanager
def aside(work: Callable[..., Any], *args: Any) -> Iterator[None]:
    """Run ``work(*args)`` in a forked child while the block runs (another core: the workbook
    beside the report); on leaving, wait for it and raise what it raised. The child shares the
    parent's memory (no pickling of ``args``); the caller makes sure no other thread of its own
    runs at the fork. A block that fails stops the child."""
    context = multiprocessing.get_context("fork")
    receive, send = context.Pipe(duplex=False)
    child = context.Process(target=_aside, args=(send, work, args), daemon=True)
    child.start()
    send.close()
    try:
        yield
    except BaseException:
        child.kill()  # not SIGTERM: the run's own handler for it may be inherited
        raise
    finally:
        child.join()
    outcome = receive.recv() if receive.poll() else RuntimeError(f"{getattr(work, '__name__', work)} ended "
                                                                 f"with exit status {child.exitcode}")
    receive.close()
    if outcome is not None:
        raise outcome


def _aside(send, work: Callable[..., Any], args: tuple) -> None:
    die_with_parent()
    try:
        work(*args)
        outcome = None
    except BaseException as exc:  # handed to the parent, which raises it
        outcome = exc
    try:
        send.send(outcome)
    except Exception as exc:  # an exception that does not pickle: its text
        send.send(RuntimeError(f"{type(outcome).__name__}: {outcome} ({exc})"))
