"""Findings about figures read by OCR: each amount OCR is unsure of is a warning with its box,
and a disagreement that involves a scanned figure says whether it is believed a misread (one of
its cells was read with low confidence) or real (every cell was read with high confidence)."""
from __future__ import annotations

import pandas as pd

from ..contract import STRATEGIC
from ..i18n import Lang, translations
from ..model import Document
from .record import Finding
from .words import format_confidence, quote

LOW_CONFIDENCE = 80.0
"""Tesseract's word confidence (0–100) below which an amount read from a scan is doubted: on the
test scans every misread number scored below it, and nearly every right one above."""


def ocr_findings(doc: Document) -> list[Finding]:
    """An `ocr_low_confidence` warning for each amount (row or printed total) read with low confidence."""
    out = []
    for copy in doc.copies:
        for p in copy.projects:
            for d in p.directorates:
                for r in d.rows:
                    out += [_doubt(a.cell, a.amount, a.year, p.code, d.name) for a in r.amounts if _doubtful(a.cell.conf)]
    for s in doc.sections:
        out += [_doubt(t.cell, t.amount, t.year, "", t.directorate) for t in s.totals if _doubtful(t.cell.conf)]
    return out


def _doubtful(conf: float | None) -> bool:
    return conf is not None and conf < LOW_CONFIDENCE


def _doubt(cell, amount: int | None, year: int, code: str, directorate: str) -> Finding:
    b = cell.bbox
    return Finding("ocr_low_confidence", directorate=directorate, project_code=code, year=year, pages=(cell.page,),
                   found=amount, note=cell.text, confidence=round(cell.conf),
                   box=(round(b.x0, 2), round(b.top, 2), round(b.x1, 2), round(b.bottom, 2)))


def judge(findings: pd.DataFrame, lines: pd.DataFrame, totals: pd.DataFrame, lang: Lang = "tr") -> pd.DataFrame:
    """The findings, each amount or total disagreement (or a total not read) that involves a scanned
    figure saying what it is believed to be, and why (its message gains one sentence)."""
    if not (lines["source"] == "ocr").any() and not (totals["source"] == "ocr").any():
        return findings
    out = findings.copy()
    for i, f in out.iterrows():
        if f["kind"] == "amount_mismatch":
            same = lines[(lines["project_code"] == f["project_code"]) & (lines["directorate"] == f["directorate"])
                         & (lines["year"] == f["year"])]
            cells = [same]
        elif f["kind"] == "total_mismatch":
            rows = lines[(lines["directorate"] == f["directorate"]) & (lines["year"] == f["year"])]
            rows = rows[rows["view"] == STRATEGIC] if f["basis"] == STRATEGIC else rows[rows["section"] == f["directorate"]]
            cells = [rows, totals[(totals["directorate"] == f["directorate"]) & (totals["year"] == f["year"])]]
        elif f["kind"] == "total_missing":  # a total printed but not read (OCR dropped its dash) is not missing
            cells = [totals[(totals["directorate"] == f["directorate"]) & (totals["year"] == f["year"])]]
        else:
            continue
        cells = pd.concat([c[["source", "confidence", "pdf_page", "amount_text"]] if "amount_text" in c else
                           c[["source", "confidence", "pdf_page"]].assign(amount_text="") for c in cells])
        scanned = cells[cells["source"] == "ocr"]
        if scanned.empty:
            continue
        low = scanned[scanned["confidence"].notna() & (scanned["confidence"] < LOW_CONFIDENCE)]
        _ = translations(lang).gettext
        if low.empty:
            real = _(" Believed a real difference: the cells involved were read from the scanned page with high "
                     "confidence (at least {low}).")
            out.at[i, "message"] = f["message"] + real.format(low=format_confidence(LOW_CONFIDENCE, lang))
        else:
            named = ", ".join((f"{quote(t, lang)} " if t else "")
                              + "(" + _("p. {pages}").format(pages=p) + f", {format_confidence(c, lang)})"
                              for t, p, c in zip(low["amount_text"], low["pdf_page"], low["confidence"]))
            misread = _(" Likely a misread: {cells} read from the scanned page with low confidence.")
            out.at[i, "message"] = f["message"] + misread.format(cells=named)
    return out
