"""Golden comparison: every cell, page, printed total and finding of every shared programme
(two municipalities, three layouts: full grid, horizontal rules only, a metropolitan's Chromium
print), exactly."""
from __future__ import annotations

from collections import Counter

import pandas as pd
import pytest

from pipeline.text import text_key

from ..conftest import LAYOUTS, expected

SCORED = ["total_mismatch", "amount_mismatch", "line_missing", "project_missing", "project_unexpected",
          "code_mismatch"]


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


@pytest.mark.parametrize("name", LAYOUTS)
def test_every_cell_and_page_exact(extractions, name):
    got = _cells(extractions[name][1]["budget_lines"])
    want = _cells(expected(name, "budget_lines"))
    missing = sorted(set(want) - set(got))[:5]
    extra = sorted(set(got) - set(want))[:5]
    wrong = [(k, want[k], got[k]) for k in want if k in got and got[k] != want[k]][:5]
    assert not missing and not extra and not wrong, (missing, extra, wrong)
    assert len(got) == len(want) > 3000


@pytest.mark.parametrize("name", LAYOUTS)
def test_printed_totals_exact(extractions, name):
    got = extractions[name][1]["printed_totals"][["directorate", "year", "amount", "pdf_page"]]
    want = expected(name, "printed_totals")
    key = ["directorate", "year"]
    merged = want.merge(got, on=key, how="outer", suffixes=("_want", "_got"), indicator=True)
    assert (merged["_merge"] == "both").all()
    assert (merged["amount_want"].astype("Int64") == merged["amount_got"]).all()
    assert (merged["pdf_page_want"] == merged["pdf_page_got"]).all()


@pytest.mark.parametrize("name", LAYOUTS)
def test_findings_exact_and_nothing_unread(extractions, name):
    doc, _, findings = extractions[name]
    key = ["kind", "directorate", "project_code", "year", "copy"]
    got = findings[findings["kind"].isin(SCORED)].astype("string").fillna("")
    got.loc[got["kind"] == "total_mismatch", "copy"] = got["basis"]
    want = expected(name, "findings").astype("string").fillna("")
    want["year"] = want["year"].str.replace(r"\.0$", "", regex=True)
    want.loc[want["kind"] == "total_mismatch", "copy"] = want["basis"]
    assert set(got[key].itertuples(index=False, name=None)) == set(want[key].itertuples(index=False, name=None))
    assert doc.gaps == [] and doc.problems == [] and doc.values_unread == 0


def test_document_identity_and_structure(extractions):
    doc = extractions["defne-2023"][0]
    assert doc.slug == "defne-2023" and doc.municipality == "Defne Belediyesi"
    assert doc.plan_years == [2020, 2021, 2022, 2023, 2024]
    assert len(doc.sections) == 20 and doc.directorates[0] == "Bilgi İşlem Müdürlüğü"
    fen = next(s for s in doc.sections if s.directorate == "Fen İşleri Müdürlüğü")
    assert fen.part_count == 8 and sorted(fen.parts) == list(range(1, 9))
    kinds = Counter(p.kind for p in doc.pages)
    assert kinds["strategic"] == 33 and kinds["directorate"] == 50
    assert doc.profile.column_strategies == {"ruled": 162} and doc.profile.unit_types == ["Müdürlüğü"]


def test_a_metropolitans_own_vocabulary(extractions):
    """Karaçay: units are `… Dairesi Başkanlığı`, headed `Sorumlu Daire Başkanlığı`, numbers
    `1.000.000`, plan years 2024–2028; no page names it but its table cells."""
    doc, frames, _ = extractions["karacay-2024-metropolitan"]
    assert doc.municipality == "Karaçay Büyükşehir Belediyesi" and doc.slug == "karacay-buyuksehir-2024"
    assert doc.plan_years == [2024, 2025, 2026, 2027, 2028] and doc.edition_year == 2024
    profile = doc.profile
    assert profile.unit_types == ["Dairesi Başkanlığı"] and profile.unit_header == "Sorumlu Daire Başkanlığı"
    assert profile.number_style == "1.000.000"
    assert all(d.endswith("Dairesi Başkanlığı") for d in doc.directorates)
    lines = frames["budget_lines"]
    assert set(lines["directorate"]) <= set(doc.directorates)
    assert lines["directorate_printed"].str.endswith("Dai. Bşk.").any()
    # ligatures printed by the browser read as letters
    assert lines["indicator"].str.contains("Grafik tasarım").any() and not lines["indicator"].str.contains("ﬁ").any()


def test_horizontal_rules_only_read_from_the_text(extractions):
    """The reference printed with rules between projects only: the rows come from the text."""
    doc = extractions["defne-2023-norules"][0]
    assert doc.profile.row_strategies.keys() == {"text"} and doc.profile.alignment == "middle"
    reference = extractions["defne-2023"][1]["budget_lines"]
    norules = extractions["defne-2023-norules"][1]["budget_lines"]
    columns = ["view", "section", "pdf_page", "project_code", "directorate", "indicator", "year", "amount"]
    pd.testing.assert_frame_equal(norules[columns].reset_index(drop=True), reference[columns].reset_index(drop=True))


def test_vehicle_depot_line_provenance(extractions):
    """The 13.36.5 depot line: five amounts in the strategic copy, each with its page and box."""
    lines = extractions["defne-2023"][1]["budget_lines"]
    depot = lines[(lines.view == "strategic") & (lines.project_code == "13.36.5")
                  & lines.indicator.str.contains("araç kademesi")]
    assert depot["amount"].tolist() == [100000] * 5
    assert depot["directorate"].unique().tolist() == ["Fen İşleri Müdürlüğü"]
    assert (depot["x1"] > depot["x0"]).all() and (depot["bottom"] > depot["top"]).all()
    assert depot["x0"].is_monotonic_increasing
