"""Findings about figures read by OCR: each amount OCR is unsure of is a warning with its box,
and a disagreement that involves a scanned figure says whether it is believed a misread (one of
its cells was read with low confidence) or real (every cell was read with high confidence)."""
from __future__ import annotations

from collections import defaultdict
from typing import NamedTuple

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


class _Read(NamedTuple):
    """How one figure was read, with the copy its row stands in (a total has none)."""

    view: str
    section: str
    source: str
    confidence: float
    pdf_page: int
    amount_text: str


def _reads(frame: pd.DataFrame, keys: list[str]) -> dict[tuple, list[_Read]]:
    """The figures of ``frame`` grouped by ``keys``, each group in frame order. Gathered once over
    plain lists: slicing the whole frame for each finding cost milliseconds per finding."""
    def column(name: str) -> list:
        return frame[name].tolist() if name in frame else [""] * len(frame)

    reads: dict[tuple, list[_Read]] = defaultdict(list)
    for *key, view, section, source, conf, page, text in zip(
            *map(column, [*keys, "view", "section", "source", "confidence", "pdf_page", "amount_text"])):
        reads[tuple(key)].append(_Read(view, section, source, conf, page, text))
    return reads


def judge(findings: pd.DataFrame, lines: pd.DataFrame, totals: pd.DataFrame, lang: Lang = "tr") -> pd.DataFrame:
    """The findings, each amount or total disagreement (or a total not read) that involves a scanned
    figure saying what it is believed to be, and why (its message gains one sentence)."""
    if not (lines["source"] == "ocr").any() and not (totals["source"] == "ocr").any():
        return findings
    out = findings.copy()
    line_reads = _reads(lines, ["project_code", "directorate", "year"])
    section_reads = _reads(lines, ["directorate", "year"])
    total_reads = _reads(totals, ["directorate", "year"])
    for i, f in zip(out.index, out.to_dict("records")):
        key = (f["directorate"], f["year"])
        if f["kind"] == "amount_mismatch":
            cells = line_reads.get((f["project_code"], *key), [])
        elif f["kind"] == "total_mismatch":
            rows = section_reads.get(key, [])
            rows = ([r for r in rows if r.view == STRATEGIC] if f["basis"] == STRATEGIC
                    else [r for r in rows if r.section == f["directorate"]])
            cells = rows + total_reads.get(key, [])
        elif f["kind"] == "total_missing":  # a total printed but not read (OCR dropped its dash) is not missing
            cells = total_reads.get(key, [])
        else:
            continue
        scanned = [c for c in cells if c.source == "ocr"]
        if not scanned:
            continue
        low = [c for c in scanned if pd.notna(c.confidence) and c.confidence < LOW_CONFIDENCE]
        _ = translations(lang).gettext
        if not low:
            real = _(" Believed a real difference: the cells involved were read from the scanned page with high "
                     "confidence (at least {low}).")
            out.at[i, "message"] = f["message"] + real.format(low=format_confidence(LOW_CONFIDENCE, lang))
        else:
            named = ", ".join((f"{quote(c.amount_text, lang)} " if c.amount_text else "")
                              + "(" + _("p. {pages}").format(pages=c.pdf_page)
                              + f", {format_confidence(c.confidence, lang)})" for c in low)
            misread = _(" Likely a misread: {cells} read from the scanned page with low confidence.")
            out.at[i, "message"] = f["message"] + misread.format(cells=named)
    return out
