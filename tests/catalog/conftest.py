"""Catalog fixtures: catalogs filled from the session's runs of the bundled PDFs (no re-extraction),
and two small synthetic editions with other plan years."""
from __future__ import annotations

import pickle
from dataclasses import dataclass
from pathlib import Path

import pandas as pd
import pytest

from pipeline.catalog import Catalog
from pipeline.run import Options, RunResult, process

from ..support.progbuild import build_programme, sample_programme


@dataclass
class Synthetic:
    result: RunResult
    budget_lines: pd.DataFrame  # what the PDF prints, from the builder


@pytest.fixture
def catalog(tmp_path, runs) -> Catalog:
    """A fresh catalog holding both bundled editions."""
    catalog = Catalog(tmp_path / "catalog.duckdb")
    for result in runs.values():
        result.store_in(catalog)
    return catalog


@pytest.fixture(scope="session")
def pickled_runs(runs, tmp_path_factory) -> Path:
    """The session's runs in a file, for child processes."""
    path = tmp_path_factory.mktemp("pickled") / "runs.pickle"
    path.write_bytes(pickle.dumps(runs))
    return path


@pytest.fixture(scope="session")
def synthetic(tmp_path_factory) -> dict[str, Synthetic]:
    """`defne-2025`, a new strategic plan (2025–2029), and `defne-2024`, plan years 2022–2026:
    the sample programme printed as those editions and run through the pipeline."""
    folder = tmp_path_factory.mktemp("synthetic")
    editions = {}
    for edition, first in ((2025, 2025), (2024, 2022)):
        programme = sample_programme()
        programme.edition_year, programme.plan_years = edition, list(range(first, first + 5))
        pdf = folder / f"defne-{edition}.pdf"
        truth = build_programme(programme, pdf)
        result = process(pdf, Options(out=folder / "out", reports=folder / "reports"))
        editions[result.slug] = Synthetic(result, truth.budget_lines)
    return editions
