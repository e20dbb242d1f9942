"""Batches: many PDFs in parallel, locally and on a Dask cluster, with the same results."""
from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

import pytest

from pipeline.batch import run_batch
from pipeline.run import Options

from .conftest import DATA, EDITIONS


def _copies(folder: Path, n: int) -> list[Path]:
    folder.mkdir()
    out = []
    for i in range(n):
        target = folder / f"copy-{i:02d}.pdf"
        shutil.copy(EDITIONS["defne-2023"], target)
        out.append(target)
    return out


def _tree(root: Path) -> dict[str, bytes]:
    return {str(p.relative_to(root)): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


@pytest.fixture(scope="module")
def batch(tmp_path_factory):
    root = tmp_path_factory.mktemp("batch")
    pdfs = _copies(root / "in", 10) + [DATA / "foreign" / "budget.pdf"]
    options = Options(out=root / "out", reports=root / "rep", lang="en")
    return pdfs, run_batch(pdfs, options, workers=2), options


def test_ten_copies_with_two_workers(batch):
    pdfs, outcomes, options = batch
    assert [o.pdf for o in outcomes] == pdfs  # input order, whoever finished first
    good, bad = outcomes[:10], outcomes[10]
    assert [o.slug for o in good] == ["defne-2023"] + [f"defne-2023-{n}" for n in range(2, 11)]
    assert all(o.exit_code == 0 and o.disagrees and o.lines == 611 and o.severity["error"] == 9 for o in good)
    assert bad.exit_code == 6 and "not a performance programme" in bad.error  # and it stopped nothing
    first = _tree(options.out / "defne-2023")
    assert all(_tree(options.out / o.slug) == first for o in good)
    assert sorted(p.name for p in options.out.iterdir()) == sorted(o.slug for o in good)  # no staging left


def test_same_batch_on_a_dask_local_cluster(batch, tmp_path):
    distributed = pytest.importorskip("dask.distributed")
    pdfs, local, options = batch
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                  dashboard_address=None) as cluster:
        remote = run_batch(pdfs, Options(out=tmp_path / "out", reports=tmp_path / "rep", lang="en"), executor="dask",
                           scheduler=cluster.scheduler_address)
    assert [(o.slug, o.exit_code, o.disagrees, o.lines, o.severity) for o in remote] == \
           [(o.slug, o.exit_code, o.disagrees, o.lines, o.severity) for o in local]
    for o in local[:10]:
        assert _tree(tmp_path / "out" / o.slug) == _tree(options.out / o.slug)


def test_pdfs_and_their_pages_share_one_pool_and_give_what_one_worker_gives(tmp_path, monkeypatch):
    """Two workers read the pages of three PDFs (no pool per PDF, none in the parent), and the
    folders are those of a run with one worker."""
    import pipeline.extract.reader as reader

    log = tmp_path / "reads.log"
    read = reader._read

    def logged(source, indices, then):
        with open(log, "a") as f:
            f.write(f"{os.getpid()} {source.path.name}\n")
        return read(source, indices, then)

    monkeypatch.setattr(reader, "_read", logged)  # the pool's processes are forked: they see it
    pdfs = _copies(tmp_path / "in", 3)
    parallel = Options(out=tmp_path / "out2", reports=tmp_path / "rep2", use_cache=False)
    assert [o.exit_code for o in run_batch(pdfs, parallel, workers=2)] == [0, 0, 0]
    readers: dict[str, set[str]] = {}
    for line in log.read_text().splitlines():
        pid, name = line.split()
        readers.setdefault(pid, set()).add(name)
    assert len(readers) <= 2 and str(os.getpid()) not in readers
    assert max(len(names) for names in readers.values()) >= 2, "a worker went on to another PDF's pages"
    serial = Options(out=tmp_path / "out1", reports=tmp_path / "rep1", use_cache=False)
    run_batch(pdfs, serial, workers=1)
    for slug in ("defne-2023", "defne-2023-2", "defne-2023-3"):
        assert _tree(parallel.out / slug) == _tree(serial.out / slug)  # (reports carry their time)


def test_one_long_programme_spreads_its_pages_over_the_cluster(batch, tmp_path):
    distributed = pytest.importorskip("dask.distributed")
    _, local, options = batch
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                  dashboard_address=None) as cluster:
        [remote] = run_batch([EDITIONS["defne-2023"]], Options(out=tmp_path / "out", reports=tmp_path / "rep",
                                                                    use_cache=False, lang="en"), executor="dask", scheduler=cluster.scheduler_address)
        with distributed.Client(cluster) as client:
            opened = client.run(lambda: [str(f[1]) for f in __import__("pipeline.extract.reader").extract.reader._OPEN])
    assert remote.exit_code == 0 and _tree(tmp_path / "out" / "defne-2023") == _tree(options.out / "defne-2023")
    assert all(paths == [str(EDITIONS["defne-2023"].resolve())] for paths in opened.values()) and len(opened) == 2


def test_dask_without_scheduler_is_a_clear_error(tmp_path):
    from pipeline.errors import PerfprogError

    with pytest.raises(PerfprogError, match="scheduler"):
        run_batch([EDITIONS["defne-2023"]], Options(out=tmp_path / "o"), executor="dask")


def test_tables_and_reports_on_different_file_systems(tmp_path):
    """Each output is staged on its own file system, so publishing is a rename, never EXDEV."""
    shm = Path("/dev/shm")
    if not shm.is_dir() or shm.stat().st_dev == tmp_path.stat().st_dev:
        pytest.skip("no second file system here")
    reports = Path(tempfile.mkdtemp(dir=shm))
    try:
        options = Options(out=tmp_path / "out", reports=reports)
        outcomes = run_batch(_copies(tmp_path / "in", 2), options, workers=2)
        assert [o.exit_code for o in outcomes] == [0, 0]
        assert sorted(p.name for p in reports.iterdir()) == ["defne-2023", "defne-2023-2"]
        assert (reports / "defne-2023" / "index.html").is_file()
        assert sorted(p.name for p in options.out.iterdir()) == ["defne-2023", "defne-2023-2"]
    finally:
        shutil.rmtree(reports, ignore_errors=True)
