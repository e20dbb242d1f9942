"""`--pages 1-40,60`: only those pages are read, under their own numbers; the selection is part of
what a run is (cache, stamp) and every summary says it."""
from __future__ import annotations

import json

import pandas as pd
import pytest

from pipeline.cli import main
from pipeline.extract import PageSelection, build_document
from pipeline.run import Options, process

from ..conftest import EDITIONS

PDF = EDITIONS["defne-2023"]
ASKED = [*range(20, 31), 45]


@pytest.mark.parametrize("text, canonical", [("20-30,45", "20-30,45"), (" 45 , 20-30 ", "20-30,45"),
                                             ("60,1-40,30-45,41", "1-45,60"), ("7", "7"), ("3-3", "3")])
def test_a_selection_is_written_one_way(text, canonical):
    assert str(PageSelection.parse(text)) == canonical


def test_only_the_asked_pages_are_read_under_their_own_numbers():
    heard = []

    class Listener:
        def on_stage(self, stage, pages=None):
            heard.append(pages)

        def on_pages(self, n):
            pass

    doc = build_document(PDF, use_cache=False, selection=PageSelection.parse("20-30,45"), progress=Listener())
    assert [p.number for p in doc.pages] == ASKED and heard == [len(ASKED)]
    assert doc.page_count == 89 and doc.selection == "20-30,45"
    cells = [a.cell.page for c in doc.copies for p in c.projects for d in p.directorates for r in d.rows for a in r.amounts]
    assert cells and set(cells) <= set(ASKED)


def test_json_and_report_say_which_pages(tmp_path, capsys):
    code = main(["run", str(PDF), "--pages", "20-30,45", "--json", "--out", str(tmp_path / "out"),
                 "--reports", str(tmp_path / "rep")])
    pdf = json.loads(capsys.readouterr().out)["pdfs"][0]
    assert code == 0 and (pdf["selection"], pdf["pages_read"], pdf["pages"]) == ("20-30,45", 12, 89)
    lines = pd.read_csv(tmp_path / "out" / "defne-2023" / "budget_lines.csv")
    assert set(lines["pdf_page"]) <= set(ASKED) and 25 in set(lines["pdf_page"])
    assert "sayfa 20-30,45 / 89" in (tmp_path / "rep" / "defne-2023" / "report.md").read_text(encoding="utf-8")


def test_the_terminal_says_which_pages(tmp_path, capsys):
    assert main(["run", str(PDF), "--pages", "20-30,45", "--no-report", "--out", str(tmp_path / "out")]) == 0
    assert "sayfa 20-30,45 / 89 okundu" in capsys.readouterr().out.splitlines()[0]


def test_a_partial_run_is_never_served_for_a_whole_one_or_back(runs, tmp_path):
    def heard(options: Options) -> tuple:
        events = []

        class Listener:
            def on_stage(self, stage, pages=None):
                events.append((stage, pages))

            def on_pages(self, n):
                pass

        doc = process(PDF, options, Listener()).doc
        return events[0], doc.selection

    whole = Options(out=tmp_path / "out", report=False)
    part = Options(out=tmp_path / "out", report=False, pages=PageSelection.parse("20-30,45"))
    assert heard(whole) == (("read", 89), "")
    assert heard(part) == (("read", 12), "20-30,45")  # the whole document's cache and stamp do not serve
    assert heard(part) == (("unchanged", 12), "20-30,45")
    assert heard(whole) == (("read", 89), "")  # nor the part's a whole run


@pytest.mark.parametrize("pages", ["0", "5-3", "x", "1,,2", "", "1-"])
def test_bad_syntax_is_a_usage_error(pages, capsys):
    with pytest.raises(SystemExit) as stop:
        main(["run", str(PDF), "--pages", pages])
    assert stop.value.code == 2 and capsys.readouterr().err.count("\n") == 1


def test_pages_past_the_end_are_a_usage_error(tmp_path, capsys):
    assert main(["run", str(PDF), "--pages", "80-95", "--out", str(tmp_path / "out")]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "89" in err and not (tmp_path / "out" / "defne-2023").exists()


def test_ingest_takes_whole_editions_only(capsys):
    with pytest.raises(SystemExit) as stop:
        main(["ingest", str(PDF), "--pages", "1-3"])
    assert stop.value.code == 2
