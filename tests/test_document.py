"""Golden comparison: every cell, page and printed total of both bundled PDFs, exactly."""
from __future__ import annotations

from collections import Counter

import pandas as pd
import pytest

from pipeline.text import text_key

from .conftest import EDITIONS, expected


def _cells(frame: pd.DataFrame) -> dict[tuple, tuple]:
    """(copy, code, directorate, indicator, n-th such line, year) → (amount, page)."""
    seen: Counter = Counter()
    out = {}
    for r in frame.itertuples(index=False):
        base = (r.view, r.section or "", r.project_code, r.directorate, text_key(r.indicator), int(r.year))
        n = seen[base]
        seen[base] += 1
        amount = None if pd.isna(r.amount) else int(r.amount)
        out[base + (n,)] = (amount, int(r.pdf_page))
    return out


@pytest.mark.parametrize("edition", EDITIONS)
def test_every_cell_and_page_exact(runs, edition):
    got = _cells(runs[edition].frames["budget_lines"])
    want = _cells(expected(edition, "budget_lines"))
    missing = sorted(set(want) - set(got))[:5]
    extra = sorted(set(got) - set(want))[:5]
    wrong = [(k, want[k], got[k]) for k in want if k in got and got[k] != want[k]][:5]
    assert not missing and not extra and not wrong, (missing, extra, wrong)
    assert len(got) == len(want) > 3000


@pytest.mark.parametrize("edition", EDITIONS)
def test_printed_totals_exact(runs, edition):
    got = runs[edition].frames["printed_totals"][["directorate", "year", "amount", "pdf_page"]]
    want = expected(edition, "printed_totals")
    key = ["directorate", "year"]
    merged = want.merge(got, on=key, how="outer", suffixes=("_want", "_got"), indicator=True)
    assert (merged["_merge"] == "both").all()
    assert (merged["amount_want"].astype("Int64") == merged["amount_got"]).all()
    assert (merged["pdf_page_want"] == merged["pdf_page_got"]).all()


def test_document_identity_and_structure(runs):
    doc = runs["defne-2023"].doc
    assert doc.slug == "defne-2023"
    assert doc.plan_years == [2020, 2021, 2022, 2023, 2024]
    assert len(doc.sections) == 20 and doc.directorates[0] == "Bilgi İşlem Müdürlüğü"
    fen = next(s for s in doc.sections if s.directorate == "Fen İşleri Müdürlüğü")
    assert fen.part_count == 8 and sorted(fen.parts) == list(range(1, 9))
    kinds = Counter(p.kind for p in doc.pages)
    assert kinds["strategic"] == 33 and kinds["directorate"] == 50
    assert doc.problems == []


def test_vehicle_depot_line_provenance(runs):
    """The 13.36.5 depot line: five amounts in the strategic copy, each with its page and box."""
    lines = runs["defne-2023"].frames["budget_lines"]
    depot = lines[(lines.view == "strategic") & (lines.project_code == "13.36.5")
                  & lines.indicator.str.contains("araç kademesi")]
    assert depot["amount"].tolist() == [100000] * 5
    assert depot["directorate"].unique().tolist() == ["Fen İşleri Müdürlüğü"]
    assert (depot["x1"] > depot["x0"]).all() and (depot["bottom"] > depot["top"]).all()
    assert depot["x0"].is_monotonic_increasing
