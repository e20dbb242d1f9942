"""Child processes die with their parent, and SIGTERM ends a run like Ctrl-C.

A run starts children (the quality check's worker, page and batch pools). If the run is killed,
a child left alive would keep the caller's output pipes open (a caller capturing the output would
wait for ever) and keep the others' pipes open too. On Linux the kernel kills each child when its
parent dies (PR_SET_PDEATHSIG); elsewhere the child still ends when its input closes.
"""
from __future__ import annotations

import ctypes
import os
import signal
import sys

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


def _terminate(signum, frame) -> None:
    raise Terminated()


def stop_on_sigterm() -> None:
    """From now on, SIGTERM raises :class:`Terminated` in the main thread."""
    signal.signal(signal.SIGTERM, _terminate)
