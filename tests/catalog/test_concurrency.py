"""Several real processes on one catalog: simultaneous ingests, a holder that outstays the wait,
and a writer killed in the middle of its transaction."""
from __future__ import annotations

import subprocess
import sys
import time

import pandas as pd
import pytest

from pipeline.catalog import TABLES, Catalog, Outcome
from pipeline.errors import CatalogBusyError

STORE = """
import pickle, sys, time
from pathlib import Path
from pipeline.catalog import Catalog
runs = pickle.loads(Path(sys.argv[1]).read_bytes())
catalog, slug, ready, go = Path(sys.argv[2]), sys.argv[3], Path(sys.argv[4]), Path(sys.argv[5])
ready.touch()
while not go.exists():
    time.sleep(0.001)
print(runs[slug].store_in(Catalog(catalog)).outcome)
"""

HOLD_LOCK = """
import fcntl, sys, time
with open(sys.argv[1], "a") as lock:
    fcntl.flock(lock, fcntl.LOCK_EX)
    print("held", flush=True)
    time.sleep(120)
"""

DIE_IN_TRANSACTION = """
import pickle, sys, time
from dataclasses import replace
from pathlib import Path
import pipeline.catalog.store as catalog
runs = pickle.loads(Path(sys.argv[1]).read_bytes())
quoted = catalog._quoted
def stall(columns):  # called per table inside the write transaction; findings come last
    if columns == catalog.TABLES["findings"]:
        print("in transaction", flush=True)
        time.sleep(120)
    return quoted(columns)
catalog._quoted = stall
replace(runs[sys.argv[3]], slug=sys.argv[4]).store_in(catalog.Catalog(Path(sys.argv[2])))
"""


def _python(script: str, *args: object) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-c", script, *map(str, args)], stdout=subprocess.PIPE, text=True)


def _wait_for(proc: subprocess.Popen, line: str) -> None:
    assert proc.stdout.readline().strip() == line


def _sound(catalog: Catalog, runs: dict) -> None:
    """Every edition is whole: all its tables read back equal to what was stored."""
    assert sorted(e.slug for e in catalog.editions()) == sorted(runs)
    for slug, result in runs.items():
        stored = catalog.frames(slug)
        for name in TABLES:
            source = result.findings if name == "findings" else result.frames[name]
            pd.testing.assert_frame_equal(stored[name], source, check_dtype=False, obj=f"{slug}/{name}")


def test_simultaneous_ingests(tmp_path, pickled_runs, runs):
    """Three processes released at the same instant: two store the same edition, one another."""
    path, go = tmp_path / "catalog.duckdb", tmp_path / "go"
    slugs = ["defne-2023", "defne-2023", "defne-2022"]
    ready = [tmp_path / f"ready-{i}" for i in range(len(slugs))]
    procs = [_python(STORE, pickled_runs, path, slug, r, go) for slug, r in zip(slugs, ready)]
    deadline = time.monotonic() + 60
    while not all(r.exists() for r in ready) and time.monotonic() < deadline:
        time.sleep(0.01)
    go.touch()
    outcomes = [p.communicate(timeout=120)[0].strip() for p in procs]
    assert [p.returncode for p in procs] == [0, 0, 0]
    assert sorted(outcomes[:2]) == [Outcome.ADDED, Outcome.UNCHANGED] and outcomes[2] == Outcome.ADDED
    _sound(Catalog(path), runs)


def test_busy_catalog_times_out_then_recovers_when_the_holder_dies(catalog, runs):
    holder = _python(HOLD_LOCK, catalog.lock_path)
    try:
        _wait_for(holder, "held")
        waiting = Catalog(catalog.path, timeout=0.5)
        started = time.monotonic()
        with pytest.raises(CatalogBusyError, match="catalog busy") as caught:
            runs["defne-2023"].store_in(waiting)
        assert 0.5 <= time.monotonic() - started < 5 and caught.value.exit_code == 9
        with pytest.raises(CatalogBusyError):
            waiting.editions()  # readers wait for a writer too
    finally:
        holder.kill()
        holder.wait()
    assert [e.slug for e in Catalog(catalog.path, timeout=5).editions()] == ["defne-2022", "defne-2023"]


def test_writer_killed_mid_transaction_leaves_the_catalog_as_it_was(tmp_path, pickled_runs, runs):
    """The writer replaces defne-2022 with another file and is killed after deleting the old rows."""
    path = tmp_path / "catalog.duckdb"
    catalog = Catalog(path)
    runs["defne-2022"].store_in(catalog)
    writer = _python(DIE_IN_TRANSACTION, pickled_runs, path, "defne-2023", "defne-2022")
    try:
        _wait_for(writer, "in transaction")
    finally:
        writer.kill()
        writer.wait()
    _sound(Catalog(path, timeout=5), {"defne-2022": runs["defne-2022"]})
    assert runs["defne-2023"].store_in(catalog).outcome is Outcome.ADDED  # and the catalog is usable
    _sound(catalog, runs)
