"""Killed or terminated, a run leaves no process behind and nothing half-written."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from ..conftest import EDITIONS

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")


def _start(out: Path) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "pipeline", "run", str(EDITIONS["defne-2023"]), "--no-cache",
                             "--out", str(out / "out"), "--reports", str(out / "rep")],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)


def _processes_mentioning(text: str) -> list[int]:
    found = []
    for entry in Path("/proc").iterdir():
        try:
            if entry.name.isdigit() and text.encode() in (entry / "cmdline").read_bytes():
                found.append(int(entry.name))
        except OSError:
            continue
    return found


def _children_running(pid: int) -> bool:
    try:
        return bool((Path("/proc") / str(pid) / "task" / str(pid) / "children").read_text().split())
    except OSError:
        return False


def _wait_for_children(proc: subprocess.Popen) -> None:
    deadline = time.monotonic() + 30
    while not _children_running(proc.pid) and time.monotonic() < deadline:
        time.sleep(0.05)


def test_a_killed_run_takes_its_children_with_it(tmp_path):
    proc = _start(tmp_path)
    _wait_for_children(proc)
    time.sleep(0.5)  # pages being read, the quality worker importing
    os.kill(proc.pid, signal.SIGKILL)
    proc.communicate(timeout=30)  # returns only once no child holds the output pipes
    deadline = time.monotonic() + 10
    while _processes_mentioning(str(tmp_path)) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert _processes_mentioning(str(tmp_path)) == []


def test_sigterm_stops_a_run_like_ctrl_c(tmp_path):
    proc = _start(tmp_path)
    _wait_for_children(proc)
    time.sleep(0.5)
    proc.send_signal(signal.SIGTERM)
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == 143, err.decode()
    assert "sonlandırıldı".encode() in err
    leftovers = [p.name for folder in (tmp_path / "out", tmp_path / "rep") if folder.exists() for p in folder.iterdir()]
    assert leftovers == []  # no staging folder, no half-written edition
