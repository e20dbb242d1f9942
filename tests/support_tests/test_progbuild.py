"""The synthetic-programme builder must tell the truth about the PDF it writes, or every extraction
test built on it proves nothing."""
from __future__ import annotations

import time
from pathlib import Path

import pandas as pd
import pdfplumber
import pytest

from tests.support.progbuild import (
    BUDGET_LINE_COLUMNS,
    Programme,
    Truth,
    available_fonts,
    build_programme,
    clone_aims,
    find_project,
    sample_programme,
)


def _build(tmp_path: Path, programme: Programme | None = None, **options: object) -> tuple[Path, Truth]:
    path = tmp_path / "programme.pdf"
    return path, build_programme(programme or sample_programme(), path, **options)  # type: ignore[arg-type]


def _page_words(path: Path) -> dict[int, list[str]]:
    with pdfplumber.open(path) as pdf:
        return {i: [w["text"] for w in page.extract_words()] for i, page in enumerate(pdf.pages, start=1)}


def _assert_rows_on_their_pages(path: Path, truth: Truth) -> None:
    """Every row's code, directorate-independent indicator words are on the page the truth names."""
    words = _page_words(path)
    rows = truth.budget_lines.drop_duplicates(["view", "section", "project_code", "directorate",
                                               "indicator", "pdf_page"])
    for row in rows.itertuples():
        on_page = words[row.pdf_page]
        assert row.project_code in on_page, (row.project_code, row.pdf_page)
        missing = [w for w in row.indicator.split() if w not in on_page]
        assert not missing, (row.project_code, row.indicator, row.pdf_page, missing)


def test_pdf_opens_and_pages_match_truth(tmp_path: Path) -> None:
    path, truth = _build(tmp_path)
    with pdfplumber.open(path) as pdf:
        assert len(pdf.pages) == truth.page_count
        assert (pdf.pages[0].width, pdf.pages[0].height) == pytest.approx((841.89, 595.28))
        for number, page in enumerate(pdf.pages, start=1):
            assert page.extract_words()[-1]["text"] == str(number)  # page number, bottom centre
    assert list(truth.budget_lines.columns) == BUDGET_LINE_COLUMNS
    assert str(truth.budget_lines["amount"].dtype) == "Int64"
    kinds = list(truth.page_kinds.values())
    assert kinds[:2] == ["front", "part-title"] and kinds[-1] == "back"
    _assert_rows_on_their_pages(path, truth)


def test_header_words_hold_the_plan_years(tmp_path: Path) -> None:
    path, truth = _build(tmp_path)
    first_strategic = min(p for p, k in truth.page_kinds.items() if k == "strategic")
    words = _page_words(path)[first_strategic]
    assert all(str(y) in words for y in range(2020, 2025))
    assert {"Stratejik", "Amaç", "Bütçe", "Hedef", "İlgili", "Müdürlük", "Performans"} <= set(words)


def test_truth_counts_every_copy_of_every_line(tmp_path: Path) -> None:
    programme = sample_programme()
    _, truth = _build(tmp_path, programme)
    lines = truth.budget_lines
    n_rows = sum(max(len(b.lines), 1) for a in programme.aims for g in a.goals for p in g.projects
                 for b in p.blocks)
    assert len(lines[lines.view == "strategic"]) == n_rows * 5
    sections = lines[lines.view == "directorate"]
    assert set(sections.section) == set(programme.directorates)
    project = find_project(programme.aims, "4.11.2")  # three directorates: printed in 4 copies
    assert lines[lines.project_code == project.code].groupby(["view", "section"]).ngroups == 4
    assert lines[lines.indicator == ""].amount.isna().groupby(
        lines.project_code).all().loc[["1.1.1", "4.11.1"]].all()
    dash = lines[(lines.project_code == "2.4.2") & (lines.view == "strategic")]
    assert dash.amount.tolist() == [0] * 5
    merged_text = lines[lines.project_code == "3.7.2"]
    assert merged_text.amount.isna().all()
    assert "Strateji Geliştirme Müdürlüğü" in set(lines[lines.project_code == "4.11.2"].directorate)


def test_printed_totals_are_the_sums_of_each_section(tmp_path: Path) -> None:
    path, truth = _build(tmp_path)
    lines = truth.budget_lines
    own = lines[(lines.view == "directorate") & (lines.section == lines.directorate)]
    sums = own.groupby(["directorate", "year"]).amount.sum().rename("sum")
    merged = truth.printed_totals.join(sums, on=["directorate", "year"])
    assert (merged["amount"] == merged["sum"]).all()
    last_page = truth.section_pages.groupby("directorate").pdf_page.max()
    assert (truth.printed_totals.pdf_page == truth.printed_totals.directorate.map(last_page)).all()
    words = _page_words(path)
    for row in truth.printed_totals.itertuples():
        assert (f"{row.amount:,}" if row.amount else "-") in words[row.pdf_page]
        assert "Toplamı:" in words[row.pdf_page]


def test_section_titles_count_their_pages(tmp_path: Path) -> None:
    path, truth = _build(tmp_path, max_rows_per_page=6)
    words = _page_words(path)
    assert truth.section_pages.groupby("directorate").part_count.first().max() > 1
    for row in truth.section_pages.itertuples():
        assert f"({row.part}/{row.part_count})" in words[row.pdf_page]
    fen = truth.section_pages[truth.section_pages.directorate == "Fen İşleri Müdürlüğü"]
    assert words[fen.pdf_page.iloc[0]][:3] == ["FEN", "İŞLERİ", "MÜDÜRLÜĞÜ"]


@pytest.mark.parametrize("repeat", [None, True, False])
def test_split_projects_land_on_the_pages_the_truth_says(tmp_path: Path, repeat: bool | None) -> None:
    path, truth = _build(tmp_path, max_rows_per_page=3, split_projects=True,
                         repeat_header_on_continuation=repeat)
    pages = truth.budget_lines.groupby(["view", "section", "project_code"]).pdf_page.nunique()
    assert (pages > 1).any()
    _assert_rows_on_their_pages(path, truth)
    continued = sum("(…devamı)" in " ".join(w) for w in _page_words(path).values())
    assert (continued > 0) == (repeat is not False)


def test_unsplit_projects_stay_on_one_page(tmp_path: Path) -> None:
    _, truth = _build(tmp_path, max_rows_per_page=3)
    pages = truth.budget_lines.groupby(["view", "section", "project_code"]).pdf_page.nunique()
    assert set(pages[pages > 1].index.get_level_values("project_code")) == {"1.1.1", "1.2.1"}  # 4 rows


def test_fake_bold_doubles_characters(tmp_path: Path) -> None:
    path, truth = _build(tmp_path, fake_bold=True)
    words = _page_words(path)
    section_page = truth.section_pages.pdf_page.iloc[0]
    assert "SSTTRRAATTEEJJİİKK" in words[section_page]  # area band
    assert "BBüüttççee" in words[section_page]
    assert "Türbelerin" in words[section_page]  # body text stays single
    _, plain = _build(tmp_path, fake_bold=False)
    plain_words = _page_words(tmp_path / "programme.pdf")
    assert "Bütçe" in plain_words[plain.section_pages.pdf_page.iloc[0]]
    assert "SSTTRRAATTEEJJİİKK" in plain_words[2]  # the part title is faked bold in the reference too


@pytest.mark.parametrize("style, text", [("comma", "2,500,000"), ("dot", "2.500.000"),
                                         ("dot_decimals", "2.500.000,00")])
def test_number_styles(tmp_path: Path, style: str, text: str) -> None:
    path, truth = _build(tmp_path, number_style=style)
    page = truth.budget_lines.query("project_code == '3.8.2' and view == 'strategic'").pdf_page.iloc[0]
    assert text in _page_words(path)[page]


def test_plan_years_can_move(tmp_path: Path) -> None:
    programme = sample_programme()
    programme.plan_years = list(range(2025, 2030))
    path, truth = _build(tmp_path, programme)
    assert sorted(truth.budget_lines.year.unique()) == list(range(2025, 2030))
    assert {str(y) for y in range(2025, 2030)} <= set(_page_words(path)[3])


def test_rules(tmp_path: Path) -> None:
    path, _ = _build(tmp_path)
    with pdfplumber.open(path) as pdf:
        lines = pdf.pages[2].lines
        assert any(line["x0"] == pytest.approx(343.5) for line in lines)  # split only right of col 3
        assert any(line["x0"] == line["x1"] for line in lines)
    path, _ = _build(tmp_path, rules="horizontal")
    with pdfplumber.open(path) as pdf:
        assert all(line["top"] == line["bottom"] for page in pdf.pages for line in page.lines)
    path, _ = _build(tmp_path, rect_cells=True)
    with pdfplumber.open(path) as pdf:
        page = pdf.pages[2]
        assert not page.lines
        assert sum(min(r["width"], r["height"]) <= 0.6 for r in page.rects) > 20


@pytest.mark.parametrize("font", ["DejaVuSans", "DejaVuSerif", "LiberationSans"])
def test_fonts(tmp_path: Path, font: str) -> None:
    if font not in available_fonts():
        pytest.skip(f"{font} not installed")
    path, truth = _build(tmp_path, font=font, font_size=7.5)
    with pdfplumber.open(path) as pdf:
        assert font in pdf.pages[2].chars[0]["fontname"]
    _assert_rows_on_their_pages(path, truth)


def test_copies_and_total_overrides_plant_disagreements(tmp_path: Path) -> None:
    programme = sample_programme()
    fen = "Fen İşleri Müdürlüğü"
    aims = clone_aims(programme)
    find_project(aims, "3.8.2").blocks[0].lines[0].amounts[1] = 2_400_000  # type: ignore[index]
    find_project(aims, "4.11.3").blocks[0].lines.clear()
    for goal in aims[0].goals:
        goal.projects = [p for p in goal.projects if p.code != "1.1.2"]
    path, truth = _build(tmp_path, programme, copies={fen: aims},
                         total_overrides={(fen, 2024): 1})
    lines = truth.budget_lines
    in_fen = lines[lines.section == fen]
    strategic = lines[lines.view == "strategic"]
    assert in_fen.query("project_code == '3.8.2' and year == 2021").amount.item() == 2_400_000
    assert strategic.query("project_code == '3.8.2' and year == 2021").amount.item() == 2_500_000
    assert "1.1.2" not in set(in_fen.project_code) and "1.1.2" in set(strategic.project_code)
    assert in_fen.query("project_code == '4.11.3'").indicator.eq("").all()
    totals = truth.printed_totals.set_index(["directorate", "year"]).amount
    assert totals[(fen, 2024)] == 1
    assert totals[(fen, 2021)] == in_fen[(in_fen.directorate == fen) & (in_fen.year == 2021)].amount.sum()
    _assert_rows_on_their_pages(path, truth)


def test_bad_input_is_refused(tmp_path: Path) -> None:
    programme = sample_programme()
    programme.aims[0].goals[0].projects[0].blocks[0].directorate_printed = "Zabıta Md."
    with pytest.raises(ValueError, match="Zabıta"):
        _build(tmp_path, programme)
    programme = sample_programme()
    programme.plan_years = [2020, 2022, 2023, 2024, 2025]
    with pytest.raises(ValueError, match="consecutive"):
        _build(tmp_path, programme)


def test_a_build_is_fast(tmp_path: Path) -> None:
    _build(tmp_path)  # fonts registered once per process
    start = time.perf_counter()
    _build(tmp_path)
    assert time.perf_counter() - start < 1.0


def test_truth_frames_are_plain_pandas(tmp_path: Path) -> None:
    _, truth = _build(tmp_path)
    assert isinstance(truth.printed_totals, pd.DataFrame)
    assert list(truth.printed_totals.columns) == ["directorate", "year", "amount", "pdf_page"]
    assert truth.budget_lines.section.eq("").eq(truth.budget_lines.view == "strategic").all()
