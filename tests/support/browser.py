"""Open a page from disk in headless Chromium with the network cut off, and say what it asked
the network for.

Names resolve to nothing and the proxy points at a closed port, so nothing leaves the machine;
Chromium's net log records every request anyway, and the page's own requests (those whose
initiator is the page, `null` for a file: page) are told apart from the browser's housekeeping
(update checks, whose initiator is `not an origin`).
"""
from __future__ import annotations

import json
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

import pytest

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         "--host-resolver-rules=MAP * ~NOTFOUND", "--proxy-server=http://127.0.0.1:9"]

needs_chromium = pytest.mark.skipif(CHROMIUM is None, reason="chromium is not installed (Debian package `chromium`)")


@dataclass(frozen=True)
class Visit:
    dom: str  # the page after its scripts ran (empty unless asked for with --dump-dom)
    requests: list[str]  # URLs the page asked the network for


def _page_requests(log: Path) -> list[str]:
    text = log.read_text(encoding="utf-8").rstrip().rstrip(",")
    events = json.loads(text if text.endswith("}") else text + "]}")["events"]  # a log cut short ends in `,`
    return sorted({e["params"]["url"] for e in events
                   if "url" in e.get("params", {}) and e["params"].get("initiator") not in (None, "not an origin")})


def visit(tmp_path: Path, page: Path, *args: str) -> Visit:
    """Load ``page`` offline (scripts get 3 s of virtual time) with extra Chromium ``args``."""
    log = tmp_path / "net-log.json"
    command = [CHROMIUM, *FLAGS, f"--user-data-dir={tmp_path / 'chromium-profile'}", f"--log-net-log={log}",
               "--virtual-time-budget=3000", *args, page.resolve().as_uri()]
    done = subprocess.run(command, capture_output=True, text=True, timeout=120, check=True)
    return Visit(done.stdout, _page_requests(log))
