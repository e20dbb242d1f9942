"""`tables.xlsx` as a spreadsheet user opens it: read back with openpyxl, formats and all."""
from __future__ import annotations

import pandas as pd
import pytest
from openpyxl import load_workbook
from openpyxl.utils import get_column_letter

from pipeline.contract import column_title, table, table_title
from pipeline.output.tables import WORKBOOK
from pipeline.output.workbook import write_workbook


def _tables(run) -> dict[str, pd.DataFrame]:
    return {**run.frames, "findings": run.findings}


@pytest.fixture(scope="module")
def book(runs):
    return load_workbook(runs["defne-2022"].out_dir / WORKBOOK)


def test_a_first_sheet_then_a_sheet_per_table_titled_in_turkish(runs, book):
    tables = _tables(runs["defne-2022"])
    assert book.sheetnames == ["Açıklama", *(table_title(n, "tr") for n in tables)]
    assert "Bütçe satırları" in book.sheetnames and "Bulgular" in book.sheetnames
    for name, frame in tables.items():
        sheet = book[table_title(name, "tr")]
        header = [c.value for c in sheet[1]]
        assert header == [column_title(str(c), "tr") for c in frame.columns] and sheet.max_row == len(frame) + 1
        assert all(c.font.b for c in sheet[1])
        assert sheet.freeze_panes == "A2"
        assert sheet.auto_filter.ref == f"A1:{get_column_letter(len(frame.columns))}{len(frame) + 1}"
    lines = book["Bütçe satırları"]
    assert [c.value for c in lines[1]][:3] == ["Görünüm", "Bölüm", "Sayfa"]
    assert "Tutar (TL)" in [c.value for c in lines[1]]


def test_amounts_have_thousands_separators_and_nothing_else_does(book):
    lines = book["Bütçe satırları"]
    header = [c.value for c in lines[1]]
    amount, page = header.index("Tutar (TL)"), header.index("Sayfa")
    filled = [row for row in lines.iter_rows(min_row=2) if row[amount].value is not None]
    assert filled and all(row[amount].number_format == "#,##0" for row in filled)
    assert {row[page].number_format for row in filled} == {"General"}
    assert any(row[amount].value >= 1_000_000 and isinstance(row[amount].value, int) for row in filled)
    wide = book["Bütçe satırları (geniş)"]
    years = [i for i, c in enumerate(wide[1]) if str(c.value).isdigit()]
    assert len(years) == 5 and all(wide.cell(2, i + 1).number_format == "#,##0" for i in years)
    findings = book["Bulgular"]
    titles = [c.value for c in findings[1]]
    expected = [row[titles.index("Beklenen (TL)")] for row in findings.iter_rows(min_row=2)]
    assert {c.number_format for c in expected if c.value is not None} == {"#,##0"}


def test_columns_are_as_wide_as_their_contents(book):
    lines = book["Bütçe satırları"]
    header = [c.value for c in lines[1]]
    width = {h: lines.column_dimensions[get_column_letter(i + 1)].width for i, h in enumerate(header)}
    assert width["Sayfa"] < width["Proje kodu"] < width["Müdürlük"] < width["Performans göstergesi"] <= 62
    assert width["Tutar (TL)"] >= len("Tutar (TL)")


def test_first_sheet_explains_every_column_and_lists_the_findings(runs, book):
    run = runs["defne-2022"]
    about = list(book["Açıklama"].iter_rows(values_only=True))
    assert about[0][0] == "Defne Belediyesi 2022 Performans Programı"
    header = about.index(("Sayfa", "Başlık", "Makine adı", "Açıklama (İngilizce)"))
    columns = about[header + 1:header + 1 + sum(len(f.columns) for f in _tables(run).values())]
    amount, year = table("budget_lines").column("amount"), table("budget_lines_wide").column("2022")
    assert ("Bütçe satırları", "Tutar (TL)", "amount", amount.description) in columns
    assert ("Bütçe satırları (geniş)", "2022", "2022", year.description) in columns
    assert all(row[3] for row in columns), "every column described"
    heading = about.index((f"Bulgular ({len(run.findings)})", None, None, None))
    assert about[heading + 1] == ("Önem", "Tür", "Sayfalar", "Bulgu")
    listed = about[heading + 2:]
    assert [row[3] for row in listed] == run.findings["message"].tolist()
    assert ("Hata", "Toplam tutmuyor") in {row[:2] for row in listed}


def test_english_titles_and_decimals_where_the_document_prints_them(runs, tmp_path):
    tables = _tables(runs["defne-2022"])
    path = tmp_path / "en.xlsx"
    write_workbook(tables, path, lang="en", decimals=2)
    book = load_workbook(path, read_only=True)
    assert book.sheetnames[:3] == ["About", "Budget lines", "Budget lines (wide)"]
    rows = book["Budget lines"].iter_rows(min_row=1, max_row=2)
    header, first = next(rows), next(rows)
    amount = [c.value for c in header].index("Amount (TRY)")
    assert first[amount].number_format == "#,##0.00"


def test_a_rerun_gives_the_same_bytes(runs, tmp_path):
    run = runs["defne-2023"]
    again = tmp_path / "again.xlsx"
    write_workbook(_tables(run), again, title="Defne Belediyesi 2023 Performans Programı")
    assert again.read_bytes() == (run.out_dir / WORKBOOK).read_bytes()
