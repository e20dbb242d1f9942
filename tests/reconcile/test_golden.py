"""Golden test: the hand-checked expected data of both shared editions must reconcile to exactly
the expected findings (the kinds score.py counts), and to nothing else of those kinds."""
from pathlib import Path

import pandas as pd
import pytest

from pipeline.reconcile import reconcile

HERE = Path(__file__).resolve()
SHARED = HERE.parents[2].parent / "shared" / "expected"
BUNDLED = HERE.parents[1] / "data" / "expected"
SCORED = ["total_mismatch", "amount_mismatch", "line_missing", "project_missing", "project_unexpected",
          "code_mismatch"]
KEY = ["kind", "basis", "directorate", "project_code", "year", "copy"]


def _dataset(edition: str) -> Path:
    for root in (BUNDLED, SHARED):
        if (root / edition / "findings.csv").exists():
            return root / edition
    pytest.skip(f"no expected data for {edition}")


def _read(path: Path) -> pd.DataFrame:
    return pd.read_csv(path, dtype=str, keep_default_na=False)


def _keys(findings: pd.DataFrame) -> set[tuple]:
    scored = findings[findings["kind"].isin(SCORED)].astype("string").fillna("")
    # the expected data leaves `copy` empty for totals: their copy is implied by the basis
    scored.loc[scored["kind"] == "total_mismatch", "copy"] = ""
    return set(scored[KEY].itertuples(index=False, name=None))


@pytest.mark.parametrize("edition", ["defne-2023", "defne-2022", "defne-2023-norules", "karacay-2024-metropolitan"])
def test_expected_findings_exactly(edition):
    data = _dataset(edition)
    findings = reconcile(_read(data / "budget_lines.csv"), _read(data / "printed_totals.csv"))
    assert _keys(findings) == _keys(_read(data / "findings.csv"))
    assert set(findings["severity"]) <= {"error", "info"}
