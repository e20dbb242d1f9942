"""Shared fixtures: the bundled programme PDFs with their hand-checked data, each run once."""
from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from pipeline.run import Options, RunResult, process

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "tests" / "data"
EDITIONS = {
    "defne-2023": ROOT / "raw_pdfs" / "defne-2023-performans-programi.pdf",
    "defne-2022": DATA / "defne-2022-performans-programi.pdf",
}
"""The two editions of one municipality, run through the whole pipeline once per session."""
LAYOUTS = {
    **EDITIONS,
    "defne-2023-norules": DATA / "defne-2023-norules-performans-programi.pdf",
    "karacay-2024-metropolitan": DATA / "karacay-2024-metropolitan-performans-programi.pdf",
}
"""Every shared programme with hand-checked data: two municipalities, three layouts."""


def expected(edition: str, table: str) -> pd.DataFrame:
    return pd.read_csv(DATA / "expected" / edition / f"{table}.csv", dtype={"project_code": str, "section": str,
                       "indicator": str}, keep_default_na=False, na_values={"amount": [""]})


@pytest.fixture(scope="session")
def runs(tmp_path_factory) -> dict[str, RunResult]:
    """The whole pipeline over both bundled PDFs, once per test session, Data Docs included."""
    out = tmp_path_factory.mktemp("extracted")
    reports = tmp_path_factory.mktemp("reports")
    return {name: process(pdf, Options(out=out, reports=reports, data_docs=True)) for name, pdf in EDITIONS.items()}


@pytest.fixture(scope="session")
def extractions(runs) -> dict[str, tuple]:
    """Every shared programme read and reconciled (no report): name → (document, frames, findings)."""
    from pipeline.extract import build_document
    from pipeline.frames import all_frames
    from pipeline.findings import gap_findings
    from pipeline.reconcile import reconcile

    out = {name: (r.doc, r.frames, r.findings) for name, r in runs.items()}
    for name, pdf in LAYOUTS.items():
        if name not in out:
            doc = build_document(pdf, use_cache=False)
            frames = all_frames(doc)
            findings = reconcile(frames["budget_lines"], frames["printed_totals"], frames["section_pages"],
                                 extra=gap_findings(doc.gaps))
            out[name] = (doc, frames, findings)
    return out


@pytest.fixture(scope="session", autouse=True)
def _private_cache(tmp_path_factory):
    """Tests never read or fill the user's extraction cache (subprocesses inherit this)."""
    import os

    os.environ["PERFPROG_CACHE"] = str(tmp_path_factory.mktemp("cache"))


@pytest.fixture(autouse=True)
def _work_in_a_temporary_folder(tmp_path, monkeypatch):
    """Each test runs in its own empty folder: default outputs (extracted/, reports/) land there,
    never in the repository."""
    monkeypatch.chdir(tmp_path)
