"""What the report says: cards, evidence, footing, languages, the image cap, Markdown."""
from __future__ import annotations

import pandas as pd
import pytest

from pipeline.quality import Check, QualityResult
from pipeline.report import footing_table, prepare_report, write_report
from pipeline.report.cards import build_cards
from pipeline.report.evidence import with_copy
from pipeline.reconcile.footing import foots

FAKE_QUALITY = QualityResult([Check("budget_lines", "Codes", "expect_x", "project_code", True, 0, "")], 0.0)


def _footing(run) -> pd.DataFrame:
    return footing_table(run.frames["budget_lines"], run.frames["printed_totals"], run.doc.directorates,
                         run.doc.plan_years)


def _cards(run, **kwargs):
    return build_cards(run.findings, with_copy(run.frames["budget_lines"]), run.frames["printed_totals"],
                       _footing(run), run.doc.plan_years, "tr", **kwargs)


@pytest.mark.parametrize("edition", ["defne-2023", "defne-2022"])
def test_footing_table_fails_exactly_where_the_reconciler_does(runs, edition):
    run = runs[edition]
    table = _footing(run)
    failing = {(r.directorate, r.year, basis) for basis in ("section", "strategic")
               for r in table[~foots(table, basis).fillna(True)].itertuples()}
    mismatches = run.findings[run.findings["kind"] == "total_mismatch"]
    assert failing == {(r.directorate, r.year, r.basis) for r in mismatches.itertuples()}
    assert len(table) == len(run.doc.directorates) * len(run.doc.plan_years)


def test_one_card_per_line_and_copy_with_every_copy_on_its_page(runs):
    card = next(c for c in _cards(runs["defne-2023"]) if c.target.project_code == "13.36.5")
    assert card.target.kind == "amount_mismatch" and card.target.copy == "Özel Kalem Müdürlüğü"
    assert card.target.years == (2020, 2022, 2023, 2024) and len(card.messages) == 4
    assert [(s.page, s.bad) for s in card.shots] == [(67, True), (25, False), (42, False), (49, False)]
    assert all(len(s.cells) == 4 and len(s.bands) == 1 for s in card.shots), "the four years' cells framed"
    bad_row = next(row for row in card.grid.rows if row[0].bad)
    assert [c.text for c in bad_row[3:]] == ["boş", "100.000", "boş", "boş", "boş"]


def test_a_missing_line_shows_where_it_belongs(runs):
    card = next(c for c in _cards(runs["defne-2022"]) if c.target.kind == "line_missing")
    bad = [s for s in card.shots if s.bad]
    assert [s.copy for s in bad] == ["Fen İşleri Müdürlüğü"] and card.shots[0].bad
    assert card.grid.rows[-1][2].text == "basılmamış"


def test_totals_that_do_not_foot_frame_the_printed_cell(runs):
    card = next(c for c in _cards(runs["defne-2022"]) if c.target.kind == "total_mismatch")
    assert card.target.directorate == "Bilgi İşlem Müdürlüğü" and card.target.years == (2022,)
    assert [(s.page, len(s.cells)) for s in card.shots] == [(39, 1)]
    assert [c.text for c in card.grid.rows[2][1:]] == ["0", "0", "-144.000", "0", "0"]


def test_images_are_capped_and_the_report_says_so(runs, tmp_path):
    run = runs["defne-2023"]
    cards = _cards(run, with_images=1)
    assert cards[0].shots and not any(c.shots for c in cards[1:])
    draft = prepare_report(run.pdf, run.doc, run.frames, run.findings, _footing(run))
    draft.cards, draft.capped = cards, len(cards) - 1
    write_report(draft, FAKE_QUALITY, tmp_path)
    assert f"kalan {len(cards) - 1} grup" in (tmp_path / "index.html").read_text(encoding="utf-8")


def test_report_speaks_turkish_by_default_and_english_on_request(runs, tmp_path):
    run = runs["defne-2023"]
    for lang, words in (("tr", ["Tutar uyuşmazlığı", "Müdürlük toplamlarının kontrolü", 'lang="tr"']),
                        ("en", ["Amount mismatch", "Directorate totals footed", 'lang="en"'])):
        folder = tmp_path / lang
        folder.mkdir()
        write_report(prepare_report(run.pdf, run.doc, run.frames, run.findings, _footing(run), lang), FAKE_QUALITY, folder)
        page = (folder / "index.html").read_text(encoding="utf-8")
        assert all(w in page for w in words), lang


def test_markdown_has_the_summary_and_the_findings_with_pages(runs):
    text = (runs["defne-2022"].report_dir / "report.md").read_text(encoding="utf-8")
    assert text.startswith("# Defne Belediyesi 2022 Performans Programı")
    for expected in ("| Sayfa | 89 |", "| Bulgular: Hata | 18 |", "Sayfalar: 37, 39",
                     "| Bilgi İşlem Müdürlüğü | 2022 | B | 450.000 | 306.000 |"):
        assert expected in text, expected
