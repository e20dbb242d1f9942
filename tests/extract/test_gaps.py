"""What the extractor cannot read it reports, with page and box: a programme built to be
unreadable in places yields `extraction_gap` findings, and `perfprog check` fails on them."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pandas as pd
from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfgen import canvas

from pipeline.extract import build_document

W, H = landscape(A4)
COLUMNS = [50, 110, 260, 340, 500, 580, 660, 740]  # code | name | unit | indicator | 3 plan years


def _row(c: canvas.Canvas, top: float, cells: list[str], height: float = 16, bold: bool = False) -> float:
    """One ruled table row; returns its bottom."""
    c.setFont("Helvetica-Bold" if bold else "Helvetica", 7)
    for x0, x1, text in zip(COLUMNS, COLUMNS[1:], cells):
        if text.replace(".", "").replace(",", "").isdigit():
            c.drawRightString(x1 - 3, H - top - height + 5, text)
        else:
            c.drawString(x0 + 3, H - top - height + 5, text)
        c.rect(x0, H - top - height, x1 - x0, height)
    return top + height


def build(path: Path) -> None:
    """Page 1 names the publisher; page 2 is a programme table with an unreadable project code
    and an unreadable amount; page 3 is a ruled table of amounts that is no programme table."""
    c = canvas.Canvas(str(path), pagesize=(W, H), invariant=1)
    c.setFont("Helvetica", 10)
    c.drawString(50, H - 80, "Deneme Belediyesi 2025 Yili Performans Programi")
    c.showPage()
    c.setFont("Helvetica-Bold", 7)
    c.drawString(53, H - 58, "Stratejik Amaç 1: Deneme Amacı")
    top = _row(c, 70, ["Stratejik Hedef 1", "Hedef başlığı", "İlgili Müdürlük", "Performans Göstergesi",
                       "2025", "2026", "2027"], bold=True)
    top = _row(c, top, ["Proje 1.1.1", "Birinci proje", "Fen İşleri Md.", "Bir gösterge", "10.000", "12O.000", "10.000"])
    top = _row(c, top, ["Proje 1.1.x", "İkinci proje", "Fen İşleri Md.", "İki gösterge", "5.000", "5.000", "5.000"])
    c.showPage()
    c.setFont("Helvetica", 7)
    for i in range(6):  # wide cells whose texts run across the columns of the table before
        y = 70 + 16 * i
        for x0, x1 in ((50, 300), (300, 560), (560, 790)):
            c.rect(x0, H - y - 16, x1 - x0, 16)
            c.drawString(x0 + 3, H - y - 11, f"Satır {i} açıklaması uzun bir metin 1.250.000")
    c.showPage()
    c.save()


def test_unreadable_parts_are_gaps_with_page_and_box(tmp_path):
    pdf = tmp_path / "unreadable.pdf"
    build(pdf)
    doc = build_document(pdf, use_cache=False)
    gaps = {(g.reason, g.page) for g in doc.gaps}
    assert ("code_unreadable", 2) in gaps
    assert ("amount_unreadable", 2) in gaps
    assert ("table_unread", 3) in gaps
    unread = next(g for g in doc.gaps if g.reason == "amount_unreadable")
    assert "12O.000" in unread.text and 580 <= unread.bbox.x0 < unread.bbox.x1 <= 660
    # the readable line is read, the unreadable cell is blank, not a guessed number
    line = doc.strategic.projects[0].directorates[0].rows[0]
    assert [a.amount for a in line.amounts] == [10_000, None, 10_000]
    assert doc.values_unread >= 1


def test_check_fails_on_gaps_and_the_findings_name_page_and_box(tmp_path):
    pdf = tmp_path / "unreadable.pdf"
    build(pdf)
    out = tmp_path / "out"
    result = subprocess.run([sys.executable, "-m", "pipeline", "check", str(pdf), "--out", str(out),
                             "--reports", str(tmp_path / "rep")], capture_output=True, text=True, timeout=300)
    assert result.returncode == 1, result.stderr
    assert "okunamadı" in result.stdout  # the terminal says how many values were not read
    findings = pd.read_csv(next(out.glob("*/findings.csv")), dtype={"pdf_pages": str})
    gaps = findings[findings["kind"] == "extraction_gap"]
    assert set(gaps["severity"]) == {"error"} and {"2", "3"} <= set(gaps["pdf_pages"])
    assert gaps[["x0", "top", "x1", "bottom"]].notna().all().all()
    report = next((tmp_path / "rep").glob("*/index.html")).read_text(encoding="utf-8")
    assert "Okunamayan tablo içeriği" in report and "data:image/png;base64" in report
