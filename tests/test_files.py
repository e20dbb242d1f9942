"""Atomic publication: a kill at any moment leaves the previous folder or the new one, and what a
killed run left behind is tidied (or put back) by the next one."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from pipeline.files import atomic_folder, publish, sweep

KILL_BETWEEN_RENAMES = """
import os, signal, sys
from pathlib import Path
import pipeline.files as files
files._exchange = lambda a, b: False        # a system that cannot swap two folders in one step
real = os.replace
calls = []
def replace(a, b):
    calls.append(a)
    if len(calls) == 2:                       # the old folder is aside, the new one not yet in
        os.kill(os.getpid(), signal.SIGKILL)
    real(a, b)
os.replace = replace
files.publish(Path(sys.argv[1]), Path(sys.argv[2]))
"""


def _folder(path: Path, text: str) -> Path:
    path.mkdir()
    (path / "data.csv").write_text(text)
    return path


def test_publishing_swaps_in_one_step(tmp_path):
    target = _folder(tmp_path / "defne-2022", "old")
    publish(_folder(tmp_path / "staged", "new"), target)
    assert (target / "data.csv").read_text() == "new" and sorted(p.name for p in tmp_path.iterdir()) == ["defne-2022"]


def test_a_kill_between_two_renames_loses_nothing(tmp_path):
    target = _folder(tmp_path / "defne-2022", "old")
    staged = _folder(tmp_path / "staged", "new")
    child = subprocess.run([sys.executable, "-c", KILL_BETWEEN_RENAMES, str(staged), str(target)])
    assert child.returncode == -9 and not target.exists()  # killed with the old folder put aside
    sweep(tmp_path)  # the next run
    assert (target / "data.csv").read_text() == "old"


def test_staging_of_dead_runs_is_removed_and_of_live_ones_kept(tmp_path):
    dead = _folder(tmp_path / ".defne-2023.perfprog-999999-tmp-abc", "half")
    live = _folder(tmp_path / f".defne-2023.perfprog-{os.getpid()}-tmp-def", "busy")
    batch = _folder(tmp_path / ".batch.perfprog-999999-batch-x", "18 MB")
    sweep(tmp_path)
    assert not dead.exists() and not batch.exists() and live.exists()


def test_a_failed_write_leaves_the_previous_folder(tmp_path):
    target = _folder(tmp_path / "out", "old")
    try:
        with atomic_folder(target) as staging:
            (staging / "data.csv").write_text("half")
            raise OSError("disk full")
    except OSError:
        pass
    assert (target / "data.csv").read_text() == "old" and [p.name for p in tmp_path.iterdir()] == ["out"]
