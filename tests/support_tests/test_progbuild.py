"""The synthetic-programme builder must tell the truth about the PDF it writes, or every extraction
test built on it proves nothing."""
from __future__ import annotations

import json
import re
from pathlib import Path

import pandas as pd
import pdfplumber
import pytest

from tests.support.progbuild import (
    BUDGET_LINE_COLUMNS,
    HEADER_FILL,
    TABLE_X0,
    TABLE_X1,
    Programme,
    TableTooWide,
    Truth,
    available_fonts,
    build_programme,
    clone_aims,
    find_project,
    sample_programme,
    table_fits,
    turkish_lower,
    turkish_title,
    turkish_upper,
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
    assert list(truth.budget_lines.columns) == [*BUDGET_LINE_COLUMNS, "extras"]
    assert truth.budget_lines.extras.eq("{}").all()
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


@pytest.mark.parametrize("font", ["DejaVuSans", "DejaVuSerif", "LiberationSans", "LiberationSerif"])
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


def test_truth_frames_are_plain_pandas(tmp_path: Path) -> None:
    _, truth = _build(tmp_path)
    assert isinstance(truth.printed_totals, pd.DataFrame)
    assert list(truth.printed_totals.columns) == ["directorate", "year", "amount", "pdf_page"]
    assert truth.budget_lines.section.eq("").eq(truth.budget_lines.view == "strategic").all()


# ---- ruling, alignment, header words, extra columns, unit types --------------------------------

_Rule = tuple[float, float, float]


def _rules_on(path: Path, pages: list[int]) -> tuple[list[_Rule], list[_Rule]]:
    """Horizontal (y, x0, x1) and vertical (x, top, bottom) rules drawn on ``pages``; y and top
    count 1000 pt per page, so that rules of different pages never coincide."""
    horizontal, vertical = [], []
    with pdfplumber.open(path) as pdf:
        for number in pages:
            for line in pdf.pages[number - 1].lines:
                x0, x1, top, bottom = (round(line[k], 2) for k in ("x0", "x1", "top", "bottom"))
                if top == bottom:
                    horizontal.append((top + 1000 * number, x0, x1))
                else:
                    vertical.append((x0, top + 1000 * number, bottom + 1000 * number))
    return horizontal, vertical


def _table_pages(truth: Truth) -> list[int]:
    return [p for p, kind in truth.page_kinds.items() if kind in ("strategic", "directorate")]


def _full_width(rule: _Rule) -> bool:
    return rule[1] == pytest.approx(TABLE_X0, abs=0.01) and rule[2] == pytest.approx(TABLE_X1, abs=0.01)


def test_rule_styles_draw_what_they_claim(tmp_path: Path) -> None:
    built = {}
    for rules in ("grid", "rows", "projects", "none"):
        (tmp_path / rules).mkdir()
        built[rules] = _build(tmp_path / rules, rules=rules)
    pages = _table_pages(built["grid"][1])
    grid_h, grid_v = _rules_on(built["grid"][0], pages)
    assert len({x for x, _, _ in grid_v}) > 4  # inner column boundaries
    rows_h, rows_v = _rules_on(built["rows"][0], pages)
    assert not rows_v and rows_h == grid_h  # the same horizontal rules, no vertical one
    assert not all(_full_width(r) for r in rows_h)  # some stop at a cell merged over them

    projects_h, projects_v = _rules_on(built["projects"][0], pages)
    assert {x for x, _, _ in projects_v} == {TABLE_X0, TABLE_X1}  # the outer frame only
    assert all(_full_width(r) for r in projects_h)
    # exactly the boundaries no cell crosses: around titles, headers, projects and total rows
    assert {r[0] for r in projects_h} == {r[0] for r in grid_h if _full_width(r)}
    inside = {r[0] for r in grid_h if not _full_width(r)}  # between rows of one project
    assert inside and not inside & {r[0] for r in projects_h}

    with pdfplumber.open(built["none"][0]) as pdf:
        fills = [rect for number in pages for rect in pdf.pages[number - 1].rects]
        assert fills and not any(pdf.pages[number - 1].lines for number in pages)
        for rect in fills:  # one band per row: no fill edge shows a column
            assert (rect["x0"], rect["x1"]) == pytest.approx((TABLE_X0, TABLE_X1), abs=0.01)
    assert _build(tmp_path, rules="horizontal")[0].read_bytes() == built["rows"][0].read_bytes()


def test_projects_fills_per_cell_as_the_norules_reference(tmp_path: Path) -> None:
    path, truth = _build(tmp_path, rules="projects")
    with pdfplumber.open(path) as pdf:
        page = pdf.pages[_table_pages(truth)[0] - 1]
        header = [r for r in page.rects if r["non_stroking_color"] == pytest.approx(HEADER_FILL, abs=0.01)]
        assert len(header) >= 9  # one per header cell


@pytest.mark.parametrize("valign", ["top", "middle"])
def test_vertical_alignment(tmp_path: Path, valign: str) -> None:
    path, truth = _build(tmp_path, valign=valign)
    page = truth.budget_lines.query("project_code == '1.2.1' and view == 'strategic'").pdf_page.iloc[0]
    with pdfplumber.open(path) as pdf:
        words = pdf.pages[page - 1].extract_words()
    code = next(w for w in words if w["text"] == "1.2.1")
    first_row = next(w for w in words if w["text"] == "İlçe")  # the project's first indicator row
    if valign == "top":
        assert code["top"] == pytest.approx(first_row["top"], abs=0.5)
    else:
        assert code["top"] > first_row["top"] + 10  # the middle of a four-row project


def test_header_words_and_extra_columns(tmp_path: Path) -> None:
    programme = sample_programme()
    project = find_project(programme.aims, "1.2.1")
    project.blocks[0].lines[0].extras = {"Açıklama": "Protokol ile", "Ölçü Birimi": "Adet"}
    project.blocks[0].lines[1].extras = {"Açıklama": "Afiş ve broşür"}
    path, truth = _build(tmp_path, programme, unit_header="Sorumlu Harcama Birimi", indicator_header="Gösterge",
                         extra_columns=[("Açıklama", "indicator"), ("Ölçü Birimi", "unit")])
    lines = truth.budget_lines
    rows = lines.query("project_code == '1.2.1' and view == 'strategic' and year == 2020")
    assert [json.loads(e) for e in rows.extras] == [
        {"Ölçü Birimi": "Adet", "Açıklama": "Protokol ile"},
        {"Ölçü Birimi": "", "Açıklama": "Afiş ve broşür"},
        {"Ölçü Birimi": "", "Açıklama": ""}, {"Ölçü Birimi": "", "Açıklama": ""}]
    assert list(json.loads(lines.extras.iloc[0])) == ["Ölçü Birimi", "Açıklama"]  # printed order
    with pdfplumber.open(path) as pdf:
        words = pdf.pages[rows.pdf_page.iloc[0] - 1].extract_words()
    x = {w["text"]: w["x0"] for w in words}
    assert x["Harcama"] < x["Ölçü"] < x["Gösterge"] < x["Açıklama"] < x["2020"]
    assert "İlgili" not in x and "Performans" not in x
    _assert_rows_on_their_pages(path, truth)
    with pytest.raises(ValueError, match="no printed column"):
        _build(tmp_path, programme, extra_columns=[("Açıklama", "indicator")])


def test_other_unit_types_resolve_from_their_abbreviations(tmp_path: Path) -> None:
    programme = sample_programme()
    full, short = "Dairesi Başkanlığı", ("Dai. Bşk.", "Daire Bşk.", "D. Başk.")
    programme.directorates = [d.replace("Müdürlüğü", full) for d in programme.directorates]
    for i, block in enumerate(b for a in programme.aims for g in a.goals for p in g.projects for b in p.blocks):
        base = re.sub(r" (Md\.|Müd\.|Müdürlüğü)$", "", block.directorate_printed)
        block.directorate_printed = f"{base} {short[i % 3] if i % 4 else full}"
        if block.directorate:
            block.directorate = block.directorate.replace("Müdürlüğü", full)
    path, truth = _build(tmp_path, programme)
    assert set(truth.budget_lines.directorate) == set(programme.directorates)
    words = _page_words(path)
    for row in truth.section_pages.itertuples():
        heading = f"{turkish_upper(row.directorate)} ({row.part}/{row.part_count})"
        assert " ".join(words[row.pdf_page]).startswith(heading)
        assert turkish_title(heading.rsplit(" (", 1)[0]) == row.directorate


def test_turkish_case() -> None:
    assert turkish_title("FEN İŞLERİ DAİRESİ BAŞKANLIĞI") == "Fen İşleri Dairesi Başkanlığı"
    assert turkish_title("KÜLTÜR VE SOSYAL İŞLER İLE SPOR MÜDÜRLÜĞÜ") == \
        "Kültür ve Sosyal İşler ile Spor Müdürlüğü"
    assert turkish_title("IĞDIR İL ÖZEL İDARESİ") == "Iğdır İl Özel İdaresi"
    assert turkish_lower("İI") == "iı" and turkish_upper("iı") == "İI"


def test_narrow_columns_widen_to_their_widest_word(tmp_path: Path) -> None:
    """9 pt, an extra column and long amounts: every column gets at least its widest word (the
    reference's widths leave `Stratejik` no room); when nothing can fit, the build says so."""
    options = {"font_size": 9, "number_style": "dot_decimals", "extra_columns": [("Açıklama", "indicator")]}
    assert table_fits(sample_programme(), **options)
    path, truth = _build(tmp_path, **options)
    _assert_rows_on_their_pages(path, truth)
    options["extra_columns"] = [("İşbirliği Yapılacak Birimler", "unit"), ("Açıklama", "indicator")]
    assert not table_fits(sample_programme(), **options)
    with pytest.raises(TableTooWide):
        _build(tmp_path, **options)


def test_truth_names_the_publisher(tmp_path: Path) -> None:
    programme = sample_programme()
    programme.municipality, programme.municipality_kind = "Karaçay", "Büyükşehir Belediyesi"
    programme.front_text, programme.back_text = [], ["Karaçay Büyükşehir Belediyesi, 2023."]
    path, truth = _build(tmp_path, programme)
    assert truth.municipality == "Karaçay" and truth.authority == "Karaçay Büyükşehir Belediyesi"
    assert truth.edition_year == 2023
    assert truth.plan_years == list(range(2020, 2025))
    assert "front" not in truth.page_kinds.values() and truth.page_kinds[1] == "part-title"
    with pdfplumber.open(path) as pdf:
        assert pdf.metadata["Author"] == "Karaçay Büyükşehir Belediyesi"
        assert "Karaçay Büyükşehir Belediyesi" in pdf.pages[-1].extract_text()
