"""Progress: the stages report what they do and how many pages they have read; a terminal shows
it (one PDF or a batch), a pipe never does."""
from __future__ import annotations

import io
import os
import pty
import re
import select
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path

from rich.console import Console

from pipeline.batch import run_batch
from pipeline.cli.progress import Display
from pipeline.run import Options, process

from ..conftest import EDITIONS

PDF = EDITIONS["defne-2023"]


@dataclass
class _Heard:
    events: list[tuple] = field(default_factory=list)

    def on_stage(self, stage, pages=None):
        self.events.append((stage, pages))

    def on_pages(self, n):
        self.events.append(("+", n))


class _Screen(io.StringIO):
    """What a terminal was sent, without its colours and cursor moves."""

    def text(self) -> str:
        return re.sub(r"\x1b\[[0-9;?]*[A-Za-z]", "", self.getvalue())


def _terminal() -> tuple[Console, _Screen]:
    screen = _Screen()
    return Console(file=screen, force_terminal=True, width=140), screen


def test_the_stages_report_in_order_with_every_page(runs, tmp_path):
    heard = _Heard()
    process(PDF, Options(out=tmp_path / "out", reports=tmp_path / "rep", use_cache=False), heard)
    stages = [e for e in heard.events if e[0] != "+"]
    assert stages == [("read", 89), ("check", None), ("reconcile", None), ("export", None), ("report", None)]
    pages = [n for kind, n in heard.events if kind == "+"]
    assert sum(pages) == 89 and set(pages) == {1}  # counted one by one as the pages come in


def test_an_unchanged_rerun_says_so(runs, tmp_path):
    options = Options(out=tmp_path / "out", report=False)
    process(PDF, options)
    heard = _Heard()
    process(PDF, options, heard)
    assert heard.events == [("unchanged", 89), ("+", 89)]


def test_a_terminal_sees_pages_and_stages():
    console, buffer = _terminal()
    with Display([PDF], "tr", console) as display:
        row = display.pdf(0)
        row.on_stage("read", pages=89)
        row.on_pages(40)
        display.bars.refresh()
        assert "40/89 sayfa" in buffer.text() and "sayfalar okunuyor" in buffer.text()
        row.on_stage("reconcile")
        display.bars.refresh()
        assert "mutabakat" in buffer.text()
        display.done(0, 89, failed=False)
    assert "89/89 sayfa" in buffer.text() and "bitti" in buffer.text()


def test_a_batch_counts_pages_across_pdfs(runs, tmp_path):
    pdfs = []
    for i in range(2):
        pdfs.append(tmp_path / f"copy-{i}.pdf")
        pdfs[-1].write_bytes(PDF.read_bytes())
    console, buffer = _terminal()
    with Display(pdfs, "en", console) as display:
        outcomes = run_batch(pdfs, Options(out=tmp_path / "out", report=False), workers=2,
                             on_done=lambda o: display.done(o.index, o.pages_read, bool(o.error)), progress=display.pdf)
        assert display.read == {0: 89, 1: 89}  # reported by the workers, page by page or at once
    assert all(o.exit_code == 0 for o in outcomes)
    text = buffer.text()
    assert re.search(r"all\s.*178/178 pages", text) and len(re.findall(r"89/89\s+pages", text)) >= 2 and "done" in text


def test_a_run_that_shows_nothing_does_not_even_import_the_display(tmp_path):
    code = ("import sys; from pipeline.cli import main; "
            f"status = main(['run', {str(PDF)!r}, '--out', {str(tmp_path / 'out')!r}, '--no-report', '-q']); "
            "print(status, 'rich' in sys.modules)")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          env={**os.environ, "PYTHONPATH": str(Path(__file__).parents[2])})
    assert done.stdout.split() == ["0", "False"] and done.stderr == ""


def _run(args: list[str], stderr_on_a_terminal: bool) -> tuple[int, str, str]:
    """``perfprog`` in a child, its stderr on a pseudo-terminal or a pipe: exit, stdout, stderr."""
    command = [sys.executable, "-m", "pipeline", *args]
    env = {**os.environ, "TERM": "xterm", "COLUMNS": "140", "PYTHONPATH": str(Path(__file__).parents[2])}
    if not stderr_on_a_terminal:
        done = subprocess.run(command, capture_output=True, text=True, env=env)
        return done.returncode, done.stdout, done.stderr
    main, child = pty.openpty()
    proc = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=child, env=env)
    os.close(child)
    seen = b""
    while True:
        if select.select([main], [], [], 0.2)[0]:
            try:
                data = os.read(main, 65536)
            except OSError:  # the child closed its end
                data = b""
            seen += data
            if data:
                continue
        if proc.poll() is not None:
            break
    os.close(main)
    return proc.wait(), proc.stdout.read().decode(), re.sub(r"\x1b\[[0-9;?]*[A-Za-z]", "", seen.decode(errors="replace"))


def test_a_terminal_shows_it_and_a_pipe_does_not(runs, tmp_path):
    args = ["run", str(PDF), "--out", str(tmp_path / "out"), "--no-report"]
    code, out, err = _run(args, stderr_on_a_terminal=True)
    assert code == 0 and "89/89 sayfa" in err and "bitti" in err
    assert "sayfa" not in out.splitlines()[-1]  # stdout keeps its summary, no bar in it
    code, piped_out, piped_err = _run(args, stderr_on_a_terminal=False)
    assert code == 0 and piped_err == "" and "\x1b" not in piped_out and "━" not in piped_out
