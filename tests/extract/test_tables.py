"""Pages read in runs (as worker processes read them) come out as if read one after another."""
from __future__ import annotations

from pipeline.extract.reader import read_pdf
from pipeline.extract.tables import Body, in_order, parse_page, parse_pages

from ..conftest import DATA


def _projects(tables) -> list:
    return [(t.page, [(p.code.text, [(d.cell.text, len(d.rows)) for d in p.directorates])
                      for i in t.items if isinstance(i, Body) for p in i.readings["middle"].projects])
            for t in tables]


def test_runs_of_pages_read_as_one_sequence():
    """Section pages continue their tables without a header: what a run's first page could not
    know (the layout and section carried in) is made good when the runs are put in order."""
    pages = list(read_pdf(DATA / "defne-2023-norules-performans-programi.pdf", workers=1).pages)
    sequential, layout, section = [], None, None
    for content in pages:
        tables = parse_page(content, layout, section)
        layout, section = tables.layout, tables.section
        sequential.append(tables)
    for size in (1, 5):
        runs = [pair for i in range(0, len(pages), size) for pair in parse_pages(pages[i:i + size])]
        assert _projects(in_order(runs)) == _projects(sequential)
        # only a page that may be read again keeps its content past its run (the rest stays in its worker)
        assert [c is not None for c, _ in runs] == [t.depends for _, t in runs]
        assert 0 < sum(t.depends for _, t in runs) < len(runs)
    # a run's first page that continues a table is read again with what was carried into it
    alone = [parse_pages([content])[0][1] for content in pages]
    assert sum(t.uses_layout and not t.own_layout for t in alone) >= 5
