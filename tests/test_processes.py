"""Work run aside in a forked child: it runs beside the block, its failure is the caller's."""
from __future__ import annotations

import errno
import os
import time
from pathlib import Path

import pytest

from pipeline.processes import aside


def _write_pid(path: Path) -> None:
    path.write_text(str(os.getpid()))


def _disk_full(path: Path) -> None:
    raise OSError(errno.ENOSPC, "No space left on device", str(path))


def _sleep(seconds: float) -> None:
    time.sleep(seconds)


def test_the_work_runs_in_another_process_and_is_done_when_the_block_ends(tmp_path):
    out = tmp_path / "pid"
    with aside(_write_pid, out):
        pass
    assert out.read_text() != str(os.getpid()) and int(out.read_text()) > 0


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
