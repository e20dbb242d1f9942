"""The budget lines as a card reads them: plain records, and the printing of a finding's line in each copy."""
from __future__ import annotations

import pandas as pd

from pipeline.report.evidence import Target, line_rows, locate, records

UNIT = "Fen İşleri Müdürlüğü"


def _rows() -> pd.DataFrame:
    """Project 1.1.1 of one unit: two lines in the strategic view (page 3), the same two in the
    unit's section (page 9) worded a little differently, and another project's line."""
    lines = [("strategic", "1.1.1", "Yol yapımı (km)", 3, 1, 100.0), ("strategic", "1.1.1", "Kaldırım (m²)", 3, 2, 120.0),
             (UNIT, "1.1.1", "Yol yapımı, km", 9, 1, 300.0), (UNIT, "1.1.1", "Kaldırım, m²", 9, 2, 320.0),
             (UNIT, "1.1.2", "Park (adet)", 9, 1, 340.0)]
    rows = [{"copy": copy, "project_code": code, "directorate": UNIT, "directorate_printed": "Fen İşleri Md.",
             "indicator": text, "pdf_page": page, "line_no": line_no, "year": year,
             "amount": None if (code, year) == ("1.1.1", 2025) else 1000 * line_no,
             "x0": 400.0 + 60 * (year - 2024), "top": top, "x1": 450.0 + 60 * (year - 2024), "bottom": top + 10}
            for copy, code, text, page, line_no, top in lines for year in (2024, 2025)]
    frame = pd.DataFrame(rows).astype({"amount": "Int64"})
    return frame.astype({c: "string" for c in ("copy", "project_code", "directorate", "directorate_printed",
                                                "indicator")})


def test_records_keep_the_frames_values_and_blank_amounts_are_none():
    printed = records(_rows())
    assert len(printed) == 10 and printed[0].indicator == "Yol yapımı (km)" and printed[0].pdf_page == 3
    assert [r.amount for r in printed[:2]] == [1000, None]
    assert all(type(r.copy) is str and type(r.amount) in (int, type(None)) for r in printed)


def test_a_line_is_its_best_worded_printing_in_each_copy():
    printed = records(_rows())
    target = Target("amount_mismatch", UNIT, "1.1.1", "Kaldırım (m²)", UNIT, (2024,), (3, 9))
    line = line_rows(printed, target)
    assert [(r.copy, r.pdf_page, r.line_no, r.year) for r in line] == [
        ("strategic", 3, 2, 2024), ("strategic", 3, 2, 2025), (UNIT, 9, 2, 2024), (UNIT, 9, 2, 2025)]
    shots = locate(target, printed, pd.DataFrame(), line)
    assert [(s.page, s.copy, s.bad) for s in shots] == [(9, UNIT, True), (3, "strategic", False)]
    assert [len(s.cells) for s in shots] == [1, 1] and all(len(s.bands) == 1 for s in shots)
    assert shots[0].cells[0].x0 == 400.0 and shots[0].bands[0].top == 320.0
