"""Titles for people: the published tables' and columns' names as a spreadsheet shows them, in
Turkish (the default) and English. The machine names (CSV, Parquet, SQL) are the models' own; a
column's title goes with its name, whichever table it is in. A name with no title here (a table
another stage adds, such as the catalog's ``edition``) is shown as it is."""
from __future__ import annotations

TABLE_TITLES: dict[str, dict[str, str]] = {
    "tr": {"budget_lines": "Bütçe satırları", "budget_lines_wide": "Bütçe satırları (geniş)",
           "printed_totals": "Basılı toplamlar", "section_pages": "Bölüm sayfaları", "projects": "Projeler",
           "goals": "Hedefler", "aims": "Amaçlar", "findings": "Bulgular", "crosscheck": "Çapraz kontrol",
           "diff_lines": "Baskı farkları (satırlar)", "diff_totals": "Baskı farkları (toplamlar)"},
    "en": {"budget_lines": "Budget lines", "budget_lines_wide": "Budget lines (wide)",
           "printed_totals": "Printed totals", "section_pages": "Section pages", "projects": "Projects",
           "goals": "Goals", "aims": "Aims", "findings": "Findings", "crosscheck": "Cross-check",
           "diff_lines": "Edition changes (lines)", "diff_totals": "Edition changes (totals)"},
}

COLUMN_TITLES: dict[str, dict[str, str]] = {
    "tr": {
        "view": "Görünüm", "section": "Bölüm", "pdf_page": "Sayfa", "aim_no": "Amaç no", "goal_no": "Hedef no",
        "project_code": "Proje kodu", "directorate": "Müdürlük", "indicator": "Performans göstergesi",
        "year": "Yıl",
        "amount": "Tutar (TL)", "project_name": "Proje adı", "directorate_printed": "Müdürlük (basıldığı gibi)",
        "line_no": "Satır no", "amount_text": "Tutar (basıldığı gibi)", "note": "Not", "extras": "Ek sütunlar",
        "x0": "Kutu sol (pt)", "top": "Kutu üst (pt)", "x1": "Kutu sağ (pt)", "bottom": "Kutu alt (pt)",
        "source": "Kaynak (pdf/ocr)", "confidence": "OCR güveni",
        "part": "Bölüm sayfası", "part_count": "Bölüm sayfa sayısı", "directorates": "Müdürlükler",
        "lines": "Satır sayısı", "goal_title": "Hedef", "aim_title": "Amaç", "area_no": "Stratejik alan no",
        "kind": "Bulgu türü", "severity": "Önem", "basis": "Dayanak", "copy": "Nüsha", "expected": "Beklenen (TL)",
        "found": "Bulunan (TL)", "pdf_pages": "Sayfalar", "message": "Bulgu", "cells_perfprog": "perfprog hücreleri",
        "cells_camelot": "camelot hücreleri", "agreeing": "Uyuşan", "disagreeing": "Uyuşmayan",
        "agreement": "Uyum oranı", "change": "Değişiklik", "old_amount": "Eski tutar (TL)",
        "new_amount": "Yeni tutar (TL)", "occurrence": "Sıra", "old_page": "Eski sayfa", "new_page": "Yeni sayfa",
        "old_total": "Eski toplam (TL)", "new_total": "Yeni toplam (TL)", "difference": "Fark (TL)",
        "old_printed_total": "Eski basılı toplam (TL)", "new_printed_total": "Yeni basılı toplam (TL)",
    },
    "en": {
        "view": "View", "section": "Section", "pdf_page": "Page", "aim_no": "Aim no.", "goal_no": "Goal no.",
        "project_code": "Project code", "directorate": "Directorate", "indicator": "Performance indicator",
        "year": "Year", "amount": "Amount (TRY)", "project_name": "Project name",
        "directorate_printed": "Directorate (as printed)", "line_no": "Line no.", "amount_text": "Amount (as printed)",
        "note": "Note", "extras": "Extra columns", "x0": "Box left (pt)", "top": "Box top (pt)",
        "x1": "Box right (pt)", "bottom": "Box bottom (pt)", "source": "Source (pdf/ocr)", "confidence": "OCR confidence",
        "part": "Section page", "part_count": "Section pages",
        "directorates": "Directorates", "lines": "Lines", "goal_title": "Goal", "aim_title": "Aim",
        "area_no": "Strategic area no.", "kind": "Finding kind", "severity": "Severity", "basis": "Basis",
        "copy": "Copy", "expected": "Expected (TRY)", "found": "Found (TRY)", "pdf_pages": "Pages",
        "message": "Finding", "cells_perfprog": "perfprog cells", "cells_camelot": "camelot cells",
        "agreeing": "Agreeing", "disagreeing": "Disagreeing", "agreement": "Agreement", "change": "Change",
        "old_amount": "Old amount (TRY)", "new_amount": "New amount (TRY)", "occurrence": "Occurrence",
        "old_page": "Old page", "new_page": "New page", "old_total": "Old total (TRY)", "new_total": "New total (TRY)",
        "difference": "Difference (TRY)", "old_printed_total": "Old printed total (TRY)",
        "new_printed_total": "New printed total (TRY)",
    },
}


def table_title(name: str, lang: str) -> str:
    return TABLE_TITLES[lang].get(name, name)


def column_title(name: str, lang: str) -> str:
    """A column's title; a plan-year column of the wide table is titled by its year."""
    return COLUMN_TITLES[lang].get(name, name)
