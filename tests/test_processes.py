"""Work run aside in a forked child: it runs beside the block, takes input the block makes later,
and its failure is the caller's. A run's processes collect cycles rarely."""
from __future__ import annotations

import errno
import gc
import os
import sys
import time
from pathlib import Path

import pytest

from pipeline.cli import main
from pipeline.processes import PIPE_SIZE, RARE_COLLECTIONS, aside, worker_pool


@pytest.fixture
def default_collector():
    """Python's own thresholds during the test, the test process's own after it."""
    before = gc.get_threshold()
    gc.set_threshold(700, 10, 10)
    yield
    gc.set_threshold(*before)


def _write_pid(path: Path, later) -> None:
    path.write_text(str(os.getpid()))


def _disk_full(path: Path, later) -> None:
    raise OSError(errno.ENOSPC, "No space left on device", str(path))


def _sleep(seconds: float, later) -> None:
    time.sleep(seconds)


def _die(status: int, later) -> None:
    os._exit(status)


def _pid_and_late_input(path: Path, later) -> None:
    """The child's pid now, then what it is given later (a second line)."""
    path.write_text(f"{os.getpid()}\n")
    given = later()
    with path.open("a") as f:
        f.write(repr(given))


def test_the_work_runs_in_another_process_and_is_done_when_the_block_ends(tmp_path):
    out = tmp_path / "pid"
    with aside(_write_pid, out):
        pass
    assert out.read_text() != str(os.getpid()) and int(out.read_text()) > 0


def test_the_work_gets_what_the_block_hands_it_after_the_fork(tmp_path):
    out = tmp_path / "late"
    big = ["x" * 1000] * 1000  # over a pipe's buffer: give() must not wait for the work to ask
    with aside(_pid_and_late_input, out) as handoff:
        handoff.give({"findings": big})
        handoff.done()
        pid, given = out.read_text().split("\n")
    assert int(pid) != os.getpid() and given == repr({"findings": big})


def _all_late_input(path: Path, later) -> None:
    """Every value given, one per line, until there is no more."""
    with path.open("w") as f:
        while (given := later()) is not None:
            f.write(f"{given!r}\n")


def _unpickled_in_the_child() -> None:
    raise ValueError("cannot be rebuilt here")


class _Unbuildable:
    """Pickles in the parent, fails to unpickle in the child."""

    def __reduce__(self):
        return _unpickled_in_the_child, ()


@pytest.mark.parametrize("fork", [True, False])
def test_the_work_gets_every_value_in_the_order_given(tmp_path, fork):
    out = tmp_path / "late"
    with aside(_all_late_input, out, fork=fork) as handoff:
        for value in ({"sheets": [1, 2]}, "findings", 3):
            handoff.give(value)
    assert out.read_text().splitlines() == ["{'sheets': [1, 2]}", "'findings'", "3"]


def test_a_value_that_does_not_come_through_is_the_parents_error_not_a_missing_value(tmp_path):
    with pytest.raises(ValueError, match="cannot be rebuilt here"):
        with aside(_all_late_input, tmp_path / "late") as handoff:
            handoff.give(_Unbuildable())


def test_never_given_the_work_gets_none(tmp_path):
    out = tmp_path / "late"
    with aside(_pid_and_late_input, out):
        pass
    assert out.read_text().split("\n")[1] == "None"


def test_without_a_fork_the_work_runs_here_when_done(tmp_path):
    out = tmp_path / "late"
    with aside(_pid_and_late_input, out, fork=False) as handoff:
        handoff.give([1, 2])
        assert not out.exists()  # not before done()
    assert out.read_text() == f"{os.getpid()}\n[1, 2]"


def test_the_childs_error_is_raised_in_the_parent(tmp_path):
    with pytest.raises(OSError) as err:
        with aside(_disk_full, tmp_path / "tables.xlsx"):
            pass
    assert err.value.errno == errno.ENOSPC and err.value.filename == str(tmp_path / "tables.xlsx")


def test_a_failing_block_stops_the_child_at_once():
    start = time.monotonic()
    with pytest.raises(KeyError):
        with aside(_sleep, 60):
            raise KeyError("block")
    assert time.monotonic() - start < 10


def test_a_child_that_dies_without_a_word_is_an_error_naming_its_exit_status():
    with pytest.raises(RuntimeError, match="_die ended with exit status 3"):
        with aside(_die, 3):
            pass


def test_the_command_line_collects_cycles_rarely(default_collector, capsys):
    with pytest.raises(SystemExit):
        main(["--version"])
    assert gc.get_threshold() == RARE_COLLECTIONS == (50_000, 20, 100)


def test_pool_workers_collect_cycles_rarely_whatever_their_parent_does(default_collector):
    with worker_pool(1) as pool:
        assert pool.submit(gc.get_threshold).result() == RARE_COLLECTIONS
    assert gc.get_threshold() == (700, 10, 10)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="pipe sizes are Linux's")
def test_the_late_input_goes_through_a_wide_pipe(tmp_path):
    """The child's receiving thread wakes once per pipe-full: 1 MiB a time, not 64 KiB."""
    import fcntl

    out = tmp_path / "given"
    with aside(_pid_and_late_input, out) as handoff:
        assert fcntl.fcntl(handoff.to_child.fileno(), fcntl.F_GETPIPE_SZ) == PIPE_SIZE == 1 << 20
        handoff.give("x" * (3 << 20))
    assert out.read_text().splitlines()[1] == repr("x" * (3 << 20))
