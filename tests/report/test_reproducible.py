"""With SOURCE_DATE_EPOCH set, the same PDF gives the same bytes: tables, report and Data Docs."""
from __future__ import annotations

from pathlib import Path

from pipeline.run import Options, process

from ..conftest import EDITIONS


def _files(root: Path) -> dict[str, bytes]:
    return {str(p.relative_to(root)): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


def test_two_runs_give_the_same_bytes(tmp_path, monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    for name in ("a", "b"):
        process(EDITIONS["defne-2022"], Options(out=tmp_path / name / "out", reports=tmp_path / name / "rep",
                                                use_cache=False))
    first, second = _files(tmp_path / "a"), _files(tmp_path / "b")
    assert first.keys() == second.keys() and any(k.endswith("index.html") for k in first)
    assert [k for k in first if first[k] != second[k]] == []
    assert b"2023-11-14 22:13 UTC" in first["rep/defne-2022/index.html"]
