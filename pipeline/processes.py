"""Child processes die with their parent, SIGTERM ends a run like Ctrl-C, slow work can run aside
in a forked child, and the cycle collector runs rarely.

A run starts children (the quality check's worker, page and batch pools). If the run is killed,
a child left alive would keep the caller's output pipes open (a caller capturing the output would
wait for ever) and keep the others' pipes open too. On Linux the kernel kills each child when its
parent dies (PR_SET_PDEATHSIG); elsewhere the child still ends when its input closes.
"""
from __future__ import annotations

import ctypes
import gc
import multiprocessing
import os
import queue
import signal
import sys
import threading
from collections import deque
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any, Callable, Iterator

_PR_SET_PDEATHSIG = 1
RARE_COLLECTIONS = (50_000, 20, 100)
"""The cycle collector's thresholds for a run (Python's default: 700, 10, 10): see :func:`collect_rarely`."""


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


def collect_rarely() -> None:
    """Have this process's cycle collector run after every 50,000 new objects, not 700. A run
    imports pandas and pandera (about 100,000 objects) and builds a document model of hundreds of
    thousands of small objects that all live until it ends; at the default thresholds the collector
    scans them again and again, for about a seventh of a run's CPU time (measured: 0.27 s of
    1.4 s in the main process at 89 pages, 1.6 s at 890), and finds almost nothing to free (a few
    hundred objects per PDF). Forked children inherit the setting; pool workers set it too."""
    gc.set_threshold(*RARE_COLLECTIONS)


def worker_pool(workers: int) -> ProcessPoolExecutor:
    """The run's process pool (PDFs of a batch, pages of a PDF): its workers die with the run,
    and OCR's own threads are off in them (the pool is the parallelism)."""
    return ProcessPoolExecutor(max_workers=workers, initializer=_pool_worker)


def _pool_worker() -> None:
    die_with_parent()
    collect_rarely()  # inherited where the pool forks; not where it spawns
    os.environ.setdefault("OMP_THREAD_LIMIT", "1")


def _terminate(signum, frame) -> None:
    raise Terminated()


def stop_on_sigterm() -> None:
    """From now on, SIGTERM raises :class:`Terminated` in the main thread."""
    signal.signal(signal.SIGTERM, _terminate)


PIPE_SIZE = 1 << 20
"""Bytes the pipe to a child holds (Linux's largest by default; the kernel's default is 64 KiB)."""


def _widen(connection) -> None:
    """Let the pipe under ``connection`` hold :data:`PIPE_SIZE` bytes, where the system allows it.
    The child reads the late input in a thread, which waits for the interpreter's lock (held by
    the child's work) after every pipe-full: with 64 KiB pipes, the findings of a long programme
    (1.4 MB at 890 pages) kept the run waiting in ``give`` for up to a second."""
    try:
        import fcntl

        fcntl.fcntl(connection.fileno(), fcntl.F_SETPIPE_SZ, PIPE_SIZE)
    except (ImportError, AttributeError, OSError):  # not Linux, or a lower limit: the default pipe
        pass


class Handoff:
    """The block's side of :func:`aside`: hands the work its late input, waits for it to end."""

    def __init__(self, work: Callable[..., Any], args: tuple, fork: bool):
        self.work, self.args, self.given, self.ended = work, args, deque(), False
        self.child = None
        if fork:
            context = multiprocessing.get_context("fork")
            late, self.to_child = context.Pipe(duplex=False)
            _widen(self.to_child)
            self.outcome, sent = context.Pipe(duplex=False)
            self.child = context.Process(target=_aside, args=(late, self.to_child, sent, work, args), daemon=True)
            self.child.start()
            late.close()
            sent.close()

    def give(self, value: Any) -> None:
        """What the work's next ``later()`` returns (values come in the order given; to a child,
        pickled through a pipe)."""
        if self.child is None:
            self.given.append(value)
            return
        self.to_child.send(value)

    def done(self) -> None:
        """Wait for the work to end (without a child: run it here); raise what it raised."""
        if self.ended:
            return
        self.ended = True
        if self.child is None:
            self.work(*self.args, lambda: self.given.popleft() if self.given else None)
            return
        self.to_child.close()  # nothing more to give: later() returns None
        try:
            outcome = self.outcome.recv()  # before joining: a large outcome fills the pipe until read
        except EOFError:  # the child died without a word
            self.child.join()
            outcome = RuntimeError(f"{getattr(self.work, '__name__', self.work)} ended with exit status "
                                   f"{self.child.exitcode}")
        self.child.join()
        self.outcome.close()
        if outcome is not None:
            raise outcome

    def stop(self) -> None:
        """Stop the work at once (not SIGTERM: the run's own handler for it may be inherited)."""
        self.ended = True
        if self.child is not None:
            self.child.kill()
            self.child.join()
            self.to_child.close()
            self.outcome.close()


@contextmanager
def aside(work: Callable[..., Any], *args: Any, fork: bool = True) -> Iterator[Handoff]:
    """Run ``work(*args, later)`` in a forked child while the block runs (another core: the
    workbook beside the checks and the report). Each ``later()``, in the work, returns the next
    value the block hands over with the yielded :meth:`Handoff.give` (input that did not exist yet
    at the fork; None once there is no more). The work has ended once the block calls
    :meth:`Handoff.done` or leaves; what it raised is raised there. A block that fails stops the
    child. The child shares the parent's memory (no pickling of ``args``); the caller makes sure
    no other thread of its own runs at the fork. Without ``fork`` (a run told to use one process)
    the work runs in ``done``."""
    handoff = Handoff(work, args, fork)
    try:
        yield handoff
    except BaseException:
        handoff.stop()
        raise
    handoff.done()


def _aside(late, giving, sent, work: Callable[..., Any], args: tuple) -> None:
    """The child: the late input is received by a thread as it comes (a large value would
    otherwise hold the parent in ``give`` until the work asks for it). The child's copy of the
    parent's end of that pipe is closed, so that the parent closing its own ends the input."""
    die_with_parent()
    giving.close()
    received: queue.SimpleQueue = queue.SimpleQueue()
    threading.Thread(target=_receive, args=(late, received), daemon=True).start()

    def later() -> Any:
        value = received.get()
        if value is _END:
            received.put(_END)  # for any later call
            return None
        if isinstance(value, _Unreceived):
            raise value.error
        return value

    try:
        work(*args, later)
        outcome = None
    except BaseException as exc:  # handed to the parent, which raises it
        outcome = exc
    try:
        sent.send(outcome)
    except Exception as exc:  # an exception that does not pickle: its text
        sent.send(RuntimeError(f"{type(outcome).__name__}: {outcome} ({exc})"))


_END = object()
"""Put in the child's queue of received values once the parent has closed the pipe."""


@dataclass(frozen=True)
class _Unreceived:
    """A value that did not come through (its pickle broke, say): the work's ``later()`` raises ``error``."""

    error: BaseException


def _receive(late, received: queue.SimpleQueue) -> None:
    try:
        while True:
            received.put(late.recv())
    except EOFError:  # the parent closed the pipe: no more values
        received.put(_END)
    except BaseException as exc:  # noqa: BLE001 (raised in the work, which hands it to the parent)
        received.put(_Unreceived(exc))
