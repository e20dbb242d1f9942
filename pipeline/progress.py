"""What a run tells whoever watches it: the stage it is in and the pages it has read.

The stages call a :class:`Progress` (``on_stage``, ``on_pages``) and know nothing of how it is
shown; the terminal display lives in ``cli/progress.py`` and is the only part that imports rich.
:data:`SILENT` is the default, so a piped run, a test or a library call pays nothing. A batch
worker reports through :class:`QueueProgress`: small tuples on a queue the parent drains.
"""
from __future__ import annotations

import threading
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any, Callable, Iterator, Literal, Protocol

Stage = Literal["read", "check", "cross_check", "reconcile", "export", "report", "unchanged"]
"""``read``: pages being read (``on_pages`` counts them); ``unchanged``: the last run's outputs
stand, nothing to redo."""


class Progress(Protocol):
    def on_stage(self, stage: Stage, pages: int | None = None) -> None:
        """A new stage starts; ``pages``: how many pages the PDF has to read, once that is known."""

    def on_pages(self, n: int) -> None:
        """``n`` more pages were read."""


class _Silent:
    def on_stage(self, stage: Stage, pages: int | None = None) -> None:
        pass

    def on_pages(self, n: int) -> None:
        pass


SILENT: Progress = _Silent()


@dataclass(frozen=True)
class QueueProgress:
    """A worker's progress as ``(index, "stage", stage, pages)`` and ``(index, "pages", n)`` on a
    picklable queue (a multiprocessing manager's), ``index`` naming the PDF in its batch."""

    queue: Any
    index: int

    def on_stage(self, stage: Stage, pages: int | None = None) -> None:
        self.queue.put((self.index, "stage", stage, pages))

    def on_pages(self, n: int) -> None:
        self.queue.put((self.index, "pages", n))


def _drain(queue: Any, to: Callable[[int], Progress]) -> None:
    """Hand each :class:`QueueProgress` event to ``to(index)``, until a None."""
    for index, kind, *args in iter(queue.get, None):
        if kind == "stage":
            to(index).on_stage(*args)
        else:
            to(index).on_pages(*args)


@contextmanager
def forwarded(to: Callable[[int], Progress]) -> Iterator[Callable[[int], Progress]]:
    """Progress across processes: yields ``index → QueueProgress`` (picklable, for a pool's
    tasks); a thread of this process hands their events to ``to(index)`` as they come. The
    queue lives in a manager process, which dies with this one."""
    from multiprocessing.managers import SyncManager

    from .processes import die_with_parent

    manager = SyncManager()
    manager.start(die_with_parent)
    try:
        queue = manager.Queue()
        thread = threading.Thread(target=_drain, args=(queue, to), daemon=True)
        thread.start()
        try:
            yield lambda index: QueueProgress(queue, index)
        finally:
            queue.put(None)
            thread.join()
    finally:
        manager.shutdown()
