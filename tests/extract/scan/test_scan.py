"""A scanned programme is read through OCR on the same path as a born-digital one: the scan of
the shared 2023 programme gives the born-digital run's amounts, hierarchy and findings."""
from __future__ import annotations

import copy
from dataclasses import replace

import pandas as pd
import pytest

from pipeline.extract import build_document
from pipeline.extract.scan import ocr as ocr_module
from pipeline.extract.scan.numbers import repair
from pipeline.findings import LOW_CONFIDENCE, judge, message, ocr_findings

from ...conftest import DATA

KEYS = ["view", "section", "pdf_page", "project_code", "directorate", "line_no", "year"]
ERRORS = ["kind", "directorate", "project_code", "year", "copy", "basis"]


def _cells(scanned, runs) -> pd.DataFrame:
    digital = runs["defne-2023"].frames["budget_lines"]
    ocr = scanned.frames["budget_lines"]
    return digital.merge(ocr, on=KEYS, how="left", suffixes=("", "_ocr"), indicator=True)


def test_amounts_exact(scanned, runs):
    cells = _cells(scanned, runs)
    exact = ((cells["_merge"] == "both") & (cells["amount"].fillna(-1) == cells["amount_ocr"].fillna(-1))).sum()
    assert exact / len(cells) >= 0.995, f"{exact}/{len(cells)}"
    assert len(scanned.frames["budget_lines"]) == len(cells)


def test_every_wrong_amount_is_a_finding(scanned, runs):
    cells = _cells(scanned, runs)
    wrong = cells[(cells["_merge"] == "both") & (cells["amount"].fillna(-1) != cells["amount_ocr"].fillna(-1))]
    findings = scanned.findings
    for r in wrong.itertuples():
        low = findings[(findings["kind"] == "ocr_low_confidence") & (findings["pdf_pages"] == str(r.pdf_page))
                       & (findings["top"].round(1) == round(r.top_ocr, 1))]
        disagreement = findings[findings["kind"].isin(["amount_mismatch", "total_mismatch"])
                                & (findings["directorate"] == r.directorate) & (findings["year"] == r.year)]
        assert len(low) or len(disagreement), r


def test_hierarchy_exact(scanned, runs):
    for table, keys in (("projects", ["view", "section", "aim_no", "goal_no", "project_code", "pdf_page",
                                      "directorates", "lines"]),
                        ("section_pages", ["directorate", "part", "part_count", "pdf_page"]),
                        ("goals", ["aim_no", "goal_no", "pdf_page"]), ("aims", ["aim_no", "area_no", "pdf_page"])):
        want = runs["defne-2023"].frames[table][keys].reset_index(drop=True)
        got = scanned.frames[table][keys].reset_index(drop=True)
        pd.testing.assert_frame_equal(got, want, obj=table)
    assert scanned.doc.slug == "defne-2023"


def test_same_disagreements_as_born_digital(scanned, runs):
    def errors(findings: pd.DataFrame) -> set[tuple]:
        rows = findings[findings["severity"] == "error"][ERRORS].astype(str)
        return set(map(tuple, rows.values))

    got, want = errors(scanned.findings), errors(runs["defne-2023"].findings)
    assert got == want
    codes = {k[2] for k in got if k[0] == "amount_mismatch"}
    assert {"13.36.5", "18.55.2"} <= codes


def test_disagreements_say_misread_or_real(scanned):
    mismatches = scanned.findings[scanned.findings["kind"] == "amount_mismatch"]
    assert mismatches["message"].str.contains("Gerçek bir fark olarak görülüyor").all()


def test_provenance_and_report(scanned):
    result = scanned
    lines = result.frames["budget_lines"]
    assert (lines["source"] == "ocr").all() and (result.frames["printed_totals"]["source"] == "ocr").all()
    read = lines[lines["amount_text"] != ""]
    assert read["confidence"].between(0, 100).all()
    assert result.doc.ocr_pages == list(range(1, 90))
    html = (result.report_dir / "index.html").read_text(encoding="utf-8")
    assert "13.36.5" in html and "data:image/png" in html


def test_low_confidence_amount_is_a_warning_that_explains_a_mismatch(scanned):
    """A cell OCR is unsure of becomes a warning with its page and box, and a disagreement it is
    part of is called a likely misread."""
    result = scanned
    doc = copy.deepcopy(result.doc)
    project = next(p for p in doc.strategic.projects if p.directorates[0].rows[0].amounts[0].cell.text)
    amount = project.directorates[0].rows[0].amounts[0]
    doubted = replace(amount, cell=replace(amount.cell, conf=LOW_CONFIDENCE - 20))
    project.directorates[0].rows[0].amounts[0] = doubted
    findings = ocr_findings(doc)
    assert len(findings) == 1
    f = findings[0]
    assert f.kind == "ocr_low_confidence" and f.severity == "warning" and f.pages == (doubted.cell.page,)
    assert f.box == (round(doubted.cell.bbox.x0, 2), round(doubted.cell.bbox.top, 2),
                     round(doubted.cell.bbox.x1, 2), round(doubted.cell.bbox.bottom, 2))
    low = f"{LOW_CONFIDENCE - 20:.0f}"
    assert f.found == doubted.amount and f"confidence {low}%" in message(f, "en") and f"güven %{low}" in message(f, "tr")
    from pipeline.frames import all_frames

    frames = all_frames(doc)
    fake = pd.DataFrame([{"kind": "amount_mismatch", "project_code": project.code, "directorate":
                          project.directorates[0].name, "year": doubted.year, "basis": "", "message": "x."}])
    judged = judge(fake, frames["budget_lines"], frames["printed_totals"], "en")
    assert judged["message"][0].startswith("x. Likely a misread") and str(doubted.cell.page) in judged["message"][0]


@pytest.mark.parametrize("text, fixed", [
    ("1.OOO.000", "1000000"), ("l25,000", "125000"), ("50,0OO", "50000"), ("1.000000", "1000000"),
    ("1.000 000", "1000000"), ("2.500,50", "2500,50"), ("Proje", None), ("", None), ("yok", None),
])
def test_amount_repair(text, fixed):
    assert repair(text) == fixed


def test_missing_tesseract_is_one_line_naming_the_packages(monkeypatch):
    monkeypatch.setattr(ocr_module, "tessdata", lambda: None)
    with pytest.raises(ocr_module.OcrUnavailable) as err:
        build_document(DATA / "foreign" / "image.pdf", use_cache=False)
    assert err.value.exit_code == 5 and "tesseract-ocr-tur" in str(err.value) and "\n" not in str(err.value)


def test_blank_page_needs_no_tesseract(monkeypatch, tmp_path):
    """A born-digital programme's empty separator page is no scan: no Tesseract is asked for."""
    import pypdfium2 as pdfium

    from pipeline.extract.content import PageContent
    from pipeline.extract.scan import from_images

    pdf = pdfium.PdfDocument.new()
    pdf.new_page(595, 842)
    pdf.save(tmp_path / "blank.pdf")
    monkeypatch.setattr(ocr_module, "tessdata", lambda: None)
    page = PageContent(1, 595, 842, [], [], [])
    assert from_images([page], tmp_path / "blank.pdf", None, "auto") == [page]


def _notes_page(path, picture: bool = False) -> None:
    """A one-page PDF printing `NOTLAR`, and with ``picture`` a filled box beside it."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    page = canvas.Canvas(str(path), pagesize=A4)
    page.drawString(72, 770, "NOTLAR")
    if picture:
        page.rect(150, 300, 300, 200, fill=1)
    page.save()


def test_a_notes_page_is_no_scan_but_its_picture_is(monkeypatch, tmp_path):
    """A page printing only a word or two (`NOTLAR`) is not OCR'd; the same page with a picture
    beside its words is (and without Tesseract says so)."""
    from pipeline.extract.scan import from_images
    from pipeline.extract.sources import open_source

    _notes_page(tmp_path / "notes.pdf")
    _notes_page(tmp_path / "picture.pdf", picture=True)
    monkeypatch.setattr(ocr_module, "tessdata", lambda: None)
    for name in ("notes.pdf", "picture.pdf"):
        source = open_source("pdfium", tmp_path / name, None)
        content = source.page(0)
        source.close()
        assert [w.text for w in content.words] == ["NOTLAR"]
        if name == "notes.pdf":
            assert from_images([content], tmp_path / name, None, "auto") == [content]
        else:
            with pytest.raises(ocr_module.OcrUnavailable):
                from_images([content], tmp_path / name, None, "auto")


def test_looking_at_a_notes_page_loads_no_ocr_library(tmp_path):
    """A page worker that meets a near-empty page of a born-digital programme glances at it
    without importing NumPy, OpenCV or Tesseract (their import costs more than the glance)."""
    import subprocess
    import sys

    _notes_page(tmp_path / "notes.pdf")
    code = (f"import sys; from pathlib import Path; from pipeline.extract.reader import read_span; "
            f"from pipeline.extract import _parse_run; from pipeline.extract.settings import DEFAULT; "
            f"from functools import partial; "
            f"path = Path({str(tmp_path / 'notes.pdf')!r}); "
            f"pages = read_span(('pdfium', path, None), [0], partial(_parse_run, path=path, password=None, "
            f"ocr='auto', settings=DEFAULT)); "
            f"assert pages[0][1].text == 'NOTLAR' and not pages[0][1].scanned; "
            f"print(sorted(m for m in ('numpy', 'cv2', 'tesserocr', 'pandas') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
