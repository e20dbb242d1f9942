"""Random programmes are only worth testing an extractor on if their truth is exact and their
vocabulary really varies."""
from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path

import pdfplumber
import pytest

from tests.support.progbuild import (BUDGET_LINE_COLUMNS, UNIT_TYPES, Truth, turkish_title,
                                     turkish_upper)
from tests.support.randprog import LayoutChoice, build_random, random_programme

SEEDS = range(30)
READ_SEEDS = range(10)  # those whose PDFs are also read back (pdfplumber is the slow part)


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> dict[int, tuple[Path, Truth, LayoutChoice]]:
    folder = tmp_path_factory.mktemp("random")
    out = {}
    for seed in SEEDS:
        path = folder / f"{seed}.pdf"
        truth, choice = build_random(seed, path, producer="reportlab")
        out[seed] = (path, truth, choice)
    return out


def _page_texts(path: Path) -> dict[int, str]:
    with pdfplumber.open(path) as pdf:
        return {i: page.extract_text() or "" for i, page in enumerate(pdf.pages, start=1)}


def _page_words(path: Path) -> dict[int, set[str]]:
    """Words in the order they are drawn: at small sizes pdfplumber's default grouping mixes the
    lines of neighbouring columns."""
    with pdfplumber.open(path) as pdf:
        return {i: {w["text"] for w in page.extract_words(use_text_flow=True)} for i, page in enumerate(pdf.pages, start=1)}


def _printed(value: int, number_style: str) -> str:
    text = f"{value:,}"
    if number_style == "comma":
        return text
    return text.replace(",", ".") + (",00" if number_style == "dot_decimals" else "")


@pytest.mark.parametrize("seed", SEEDS)
def test_truth_is_consistent(built: dict[int, tuple[Path, Truth, LayoutChoice]], seed: int) -> None:
    _, truth, choice = built[seed]
    lines, years = truth.budget_lines, list(choice.plan_years)
    assert list(lines.columns) == [*BUDGET_LINE_COLUMNS, "extras"]
    assert truth.plan_years == years and truth.edition_year in (years[0] - 1, years[0])
    assert truth.authority.startswith(f"{truth.municipality} ") and " " not in truth.municipality
    # one row per indicator row and plan year, the years in order
    assert (lines.year.to_numpy().reshape(-1, len(years)) == years).all()
    # canonical names are the title-cased section headings, and every unit has its section
    sections = set(truth.section_pages.directorate)
    assert set(lines.directorate) == sections == set(lines.section) - {""}
    for name in sections:
        assert turkish_title(turkish_upper(name)) == name
        assert any(name.endswith(f" {t}") for t in UNIT_TYPES)
    # printed totals are the sums of each section's own rows, printed on its last page
    own = lines[(lines.view == "directorate") & (lines.section == lines.directorate)]
    sums = own.groupby(["directorate", "year"]).amount.sum()
    totals = truth.printed_totals.set_index(["directorate", "year"])
    assert (totals.amount == sums.reindex(totals.index)).all()
    last = truth.section_pages.groupby("directorate").pdf_page.max()
    assert (truth.printed_totals.pdf_page == truth.printed_totals.directorate.map(last)).all()
    # every line is printed in part 1 and in the section of each unit of its project
    strategic = lines[lines.view == "strategic"]
    for code, units in strategic.groupby("project_code").directorate.unique().items():
        printed_in = set(lines[(lines.view == "directorate") & (lines.project_code == code)].section)
        assert printed_in == set(units)
    # extras: the layout's columns, in printed order, on every row
    assert {tuple(json.loads(e)) for e in lines.extras} == {choice.extra_columns}
    assert set(truth.page_kinds.values()) >= {"part-title", "strategic", "directorate", "back"}


@pytest.mark.parametrize("seed", READ_SEEDS)
def test_rows_names_and_headers_are_where_the_truth_says(built: dict[int, tuple[Path, Truth, LayoutChoice]],
                                                         seed: int) -> None:
    path, truth, choice = built[seed]
    words = _page_words(path)
    assert len(words) == truth.page_count
    rows = truth.budget_lines.drop_duplicates(["view", "section", "project_code", "directorate", "indicator",
                                               "extras", "pdf_page"])
    for row in rows.itertuples():
        on_page = words[row.pdf_page]
        expected = [row.project_code, *row.indicator.split()]
        expected += [w for text in json.loads(row.extras).values() for w in text.split()]
        assert not [w for w in expected if w not in on_page], (row.project_code, row.pdf_page)
    for row in truth.section_pages.itertuples():
        heading = f"{turkish_upper(row.directorate)} ({row.part}/{row.part_count})"
        assert set(heading.split()) <= words[row.pdf_page]
    header_words = {w for h in (choice.unit_header, choice.indicator_header, *choice.extra_columns)
                    for w in h.split()} | {str(y) for y in choice.plan_years}
    first_table = min(p for p, k in truth.page_kinds.items() if k == "strategic")
    assert header_words <= words[first_table]


@pytest.mark.parametrize("seed", READ_SEEDS)
def test_layout_is_what_the_choice_says(built: dict[int, tuple[Path, Truth, LayoutChoice]], seed: int) -> None:
    path, truth, choice = built[seed]
    with pdfplumber.open(path) as pdf:
        page = pdf.pages[min(p for p, k in truth.page_kinds.items() if k == "strategic") - 1]
        assert {c["fontname"].split("+")[-1] for c in page.chars} <= {choice.font, f"{choice.font}-Bold"}
        assert {round(c["size"], 2) for c in page.chars} >= {choice.font_size}
        vertical = [line for line in page.lines if line["x0"] == line["x1"]]
        assert bool(page.lines) == (choice.rules != "none")
        assert bool(vertical) == (choice.rules in ("grid", "projects"))
        amounts = truth.budget_lines.amount.dropna()
        first = amounts[amounts >= 1000].index[0]
        value, page_no = truth.budget_lines.loc[first, ["amount", "pdf_page"]]
        words = {w["text"] for w in pdf.pages[page_no - 1].extract_words(use_text_flow=True)}
        assert _printed(value, choice.number_style) in words


@pytest.mark.parametrize("seed", READ_SEEDS)
def test_the_publisher_is_named_where_the_choice_says(built: dict[int, tuple[Path, Truth, LayoutChoice]],
                                                      seed: int) -> None:
    path, truth, choice = built[seed]
    texts = _page_texts(path)
    front = texts[1] if truth.page_kinds[1] == "front" else ""
    back = texts[truth.page_count]
    flat = {i: " ".join(t.split()) for i, t in texts.items()}
    assert (truth.authority in " ".join(front.split())) == choice.front_page_names_municipality
    assert (truth.authority in " ".join(back.split())) != choice.front_page_names_municipality
    assert str(truth.edition_year) in flat[1] + flat[truth.page_count]
    with pdfplumber.open(path) as pdf:
        assert pdf.metadata["Author"] == truth.authority
        assert pdf.metadata["Title"] == f"{truth.edition_year} Yılı Performans Programı"


def test_same_seed_same_bytes(built: dict[int, tuple[Path, Truth, LayoutChoice]], tmp_path: Path) -> None:
    path, truth, choice = built[7]
    again, choice_again = build_random(7, tmp_path / "again.pdf", producer="reportlab")
    assert (tmp_path / "again.pdf").read_bytes() == path.read_bytes()
    assert choice_again == choice and again.budget_lines.equals(truth.budget_lines)


def test_the_producer_changes_nothing_else() -> None:
    for seed in range(10):
        programme, choice = random_programme(seed)
        for producer in ("reportlab", "chromium"):
            other, other_choice = random_programme(seed, producer)
            assert other == programme and other_choice.producer == producer
            assert {**vars(other_choice), "producer": None} == {**vars(choice), "producer": None}


def test_programmes_stay_small(tmp_path: Path) -> None:
    """A generated programme has 5 to 20 pages: the round-trip tests build hundreds of them."""
    for seed in range(100, 110):
        truth, _ = build_random(seed, tmp_path / f"{seed}.pdf", producer="reportlab")
        assert 5 <= truth.page_count <= 20


def test_ids_are_short_ascii_and_distinct() -> None:
    ids = [random_programme(seed)[1].id() for seed in range(50)]
    assert len(set(ids)) == 50
    assert all(re.fullmatch(r"[a-z0-9._-]+", i) and len(i) < 100 for i in ids)
    assert ids[0].split("-")[0] in ("rl", "cr")


def test_vocabulary_varies() -> None:
    drawn = [random_programme(seed) for seed in range(50)]
    choices = [c for _, c in drawn]

    def seen(attribute: str) -> Counter[object]:
        return Counter(getattr(c, attribute) for c in choices)

    assert len(seen("unit_type")) >= 4 and len(seen("unit_header")) >= 4
    assert set(seen("indicator_header")) == {"Performans Göstergesi", "Gösterge", "Performans Hedefi"}
    assert set(seen("rules")) == {"grid", "rows", "projects", "none"}
    assert set(seen("valign")) == {"middle", "top"}
    assert set(seen("number_style")) == {"comma", "dot", "dot_decimals"}
    assert set(seen("producer")) == {"reportlab", "chromium"}
    assert set(seen("abbreviations")) == set(seen("front_page_names_municipality")) == {True, False}
    assert len(seen("font")) >= 3 and len(seen("font_size")) >= 4
    assert {len(c.extra_columns) for c in choices} == {0, 1, 2}
    assert {a for c in choices for a in c.extra_after} == {"unit", "indicator"}
    assert {len(c.plan_years) for c in choices} == {3, 4, 5}
    assert len({c.plan_years[0] for c in choices}) >= 8
    programmes = [p for p, _ in drawn]
    assert len({p.municipality_kind for p in programmes}) == 4
    assert len({p.municipality for p in programmes}) >= 45
    mixed = second = 0
    for programme, choice in drawn:
        types = {t for name in programme.directorates for t in UNIT_TYPES if name.endswith(f" {t}")
                 and not any(name.endswith(f" {u}") and len(u) > len(t) for u in UNIT_TYPES)}
        second += len(types) > 1
        printed = {b.directorate_printed == b.directorate for a in programme.aims for g in a.goals
                   for p in g.projects for b in p.blocks}
        mixed += printed == {True, False}
        if not choice.abbreviations:
            assert printed == {True}
    assert second >= 5 and mixed >= 10


def test_content_carries_the_traps(built: dict[int, tuple[Path, Truth, LayoutChoice]]) -> None:
    lines = [t.budget_lines for _, t, _ in built.values()]
    indicators = {i for frame in lines for i in frame.indicator}
    assert any(i.startswith("Toplam") for i in indicators) and any(" toplam " in i for i in indicators)
    assert any(re.search(r"\b20\d\d yılı", i) for i in indicators)
    assert any("bin" in i.split() for i in indicators) and any("(%" in i for i in indicators)
    assert any(len(i) > 80 for i in indicators)
    assert any(re.search(r"fi|fl", i) for i in indicators)  # ligatures in Chromium's PDFs
    programmes = [random_programme(seed)[0] for seed in SEEDS]
    blocks = [b for p in programmes for a in p.aims for g in a.goals for pr in g.projects for b in pr.blocks]
    rows = [line for b in blocks for line in b.lines]
    assert any(not b.lines for b in blocks)  # a unit cell without indicator rows
    assert any(isinstance(line.amounts, str) for line in rows)  # text merged across the budget cells
    assert any(line.amounts == ["-"] * len(line.amounts) for line in rows)
    cells = [a for line in rows if not isinstance(line.amounts, str) for a in line.amounts]
    assert None in cells and "-" in cells
    projects = [pr for p in programmes for a in p.aims for g in a.goals for pr in g.projects]
    assert {len(pr.blocks) for pr in projects} >= {1, 2, 3}
    assert {len(b.lines) for b in blocks} == {0, 1, 2, 3, 4}
    assert any(len(pr.name) > 70 for pr in projects)
    for programme in programmes:
        assert 2 <= len(programme.aims) <= 3 and 3 <= sum(len(a.goals) for a in programme.aims) <= 6
        assert 6 <= sum(len(g.projects) for a in programme.aims for g in a.goals) <= 12
        assert 3 <= len(programme.directorates) <= 6
