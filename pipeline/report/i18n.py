"""The report's words in Turkish (the auditors' language, the default) and English.

Finding sentences, kind and severity labels come from :mod:`pipeline.findings`, already in the run's
language; this module holds only the report's own headings, labels and notes.
"""
from __future__ import annotations

from pipeline.findings import LANGS, SEVERITY_LABELS, Lang, copy_label, format_amount, labels

__all__ = ["Lang", "copy_label", "format_amount", "KIND_LABELS", "SEVERITY_LABELS", "WORDS", "compact", "heading"]

KIND_LABELS: dict[Lang, dict[str, str]] = {lang: labels(lang) for lang in LANGS}
"""Each finding kind's short label, from the registry (:mod:`pipeline.findings.kinds`)."""

WORDS: dict[Lang, dict[str, str]] = {
    "tr": {
        "title": "Mutabakat Raporu", "heading": "{name} Performans Programı",
        "source": "Kaynak dosya", "municipality": "Belediye", "edition": "Program yılı",
        "plan_years": "Plan yılları", "generated": "Oluşturulma", "sha256": "SHA-256",
        "summary": "Özet", "pages": "Sayfa",
        "partial": "Yalnızca seçilen sayfalar okundu: sayfa {selection} / {pages}. Bulgular bu sayfalar içindir.", "lines": "Bütçe satırı (nüsha başına)",
        "projects": "Proje", "project": "Proje", "directorates": "Müdürlük bölümü",
        "totals_checked": "Denetlenen toplam", "totals_ok": "{ok} / {n} tutuyor",
        "totals_tile": "Tutan toplam / denetlenen (iki yoldan)", "quality_tile": "Sağlanan kalite beklentisi",
        "findings": "Bulgular", "quality": "Veri kalitesi",
        "quality_ok": "{ok} / {n} beklenti sağlandı",
        "no_findings": "Bulgu yok: program kendisiyle tutarlı.",
        "verdict_ok": "Hata düzeyinde bulgu yok: basılı tutarlar ve toplamlar birbirini tutuyor.",
        "verdict_bad": "{n} hata düzeyinde bulgu: program kendisiyle çelişiyor. Her biri aşağıda, "
                       "basıldığı sayfaların görüntüleriyle.",
        "findings_intro": "Her bulgu grubu, ilgili satırın basıldığı bütün nüshaların sayfa "
                          "görüntüleriyle verilmiştir. Kırmızı çerçeve uyuşmayan nüshayı, mavi çerçeve "
                          "karşılaştırılan nüshaları gösterir.",
        "images_capped": "Sayfa görüntüleri ilk {shown} bulgu grubu için eklendi; kalan {rest} grup "
                         "için sayfa numaralarına bakınız.",
        "kind": "Tür", "copy": "Nüsha", "years": "Yıllar", "pages_of": "Sayfalar",
        "page": "s.", "bad_copy": "uyuşmayan nüsha", "other_copy": "karşılaştırılan nüsha",
        "not_printed": "{copy}: basılmamış",
        "sentences": "Bulgu cümleleri ({n})",
        "printed_total": "Basılı toplam", "rows_sum": "Satırların toplamı", "difference": "Fark",
        "footing": "Müdürlük toplamlarının kontrolü",
        "footing_intro": "Her hücrede basılı «… Toplamı» ve altında iki yeniden hesaplama: "
                         "B = müdürlüğün kendi bölümündeki satırlarının toplamı, S = stratejik kısımdaki "
                         "satırlarının toplamı. ✓ tutuyor, ✗ tutmuyor (yeniden hesaplanan tutar yanında).",
        "directorate": "Müdürlük", "basis_section": "B", "basis_strategic": "S",
        "not_printed_short": "basılmamış", "all": "Toplam",
        "chart": "Müdürlük bütçeleri (yıllara göre)",
        "chart_intro": "Basılı toplamlar; basılmamışsa bölüm satırlarının toplamı. Kırmızı çubuk: o yıl "
                       "toplam tutmuyor.",
        "zero_budget": "Bütün yıllarda bütçesi 0 olan müdürlükler: {names}.",
        "quality_intro": "Dışa aktarılan tablolar Great Expectations ile denetlendi.",
        "quality_docs": "Ayrıntılı sonuçlar (Data Docs)",
        "table": "Tablo", "expectation": "Beklenti", "result": "Sonuç", "unexpected": "Aykırı değer",
        "passed": "sağlandı", "failed": "sağlanmadı",
        "severity": "Önem", "more_findings": "Diğer bulgular (uyarı ve bilgi)",
        "indicator": "Gösterge", "column": "Sütun", "examples": "Örnek aykırı değerler",
    },
    "en": {
        "title": "Reconciliation Report", "heading": "{name} Performance Programme",
        "source": "Source file", "municipality": "Municipality", "edition": "Edition",
        "plan_years": "Plan years", "generated": "Generated", "sha256": "SHA-256",
        "summary": "Summary", "pages": "Pages",
        "partial": "Only the selected pages were read: pages {selection} of {pages}. The findings are about these pages.", "lines": "Budget lines (per copy)",
        "projects": "Projects", "project": "Project", "directorates": "Directorate sections",
        "totals_checked": "Totals checked", "totals_ok": "{ok} / {n} foot",
        "totals_tile": "Totals that foot / checked (two ways)", "quality_tile": "Quality expectations met",
        "findings": "Findings", "quality": "Data quality",
        "quality_ok": "{ok} / {n} expectations met",
        "no_findings": "No findings: the programme agrees with itself.",
        "verdict_ok": "No error-level findings: the printed amounts and totals agree.",
        "verdict_bad": "{n} error-level findings: the programme contradicts itself. Each is shown below "
                       "with images of the pages that print it.",
        "findings_intro": "Each group of findings comes with page images of every copy that prints "
                          "the line. A red frame marks the copy that disagrees, blue frames the copies "
                          "it is compared with.",
        "images_capped": "Page images are included for the first {shown} groups of findings; for the "
                         "other {rest} see the page numbers.",
        "kind": "Kind", "copy": "Copy", "years": "Years", "pages_of": "Pages",
        "page": "p.", "bad_copy": "copy that disagrees", "other_copy": "copy compared",
        "not_printed": "{copy}: not printed",
        "sentences": "Finding sentences ({n})",
        "printed_total": "Printed total", "rows_sum": "Sum of rows", "difference": "Difference",
        "footing": "Directorate totals footed",
        "footing_intro": "Each cell shows the printed “… Toplamı” and two recomputations below it: "
                         "B = the sum of the directorate's rows in its own section, S = the sum of its "
                         "rows in the strategic part. ✓ foots, ✗ does not (the recomputed amount beside it).",
        "directorate": "Directorate", "basis_section": "B", "basis_strategic": "S",
        "not_printed_short": "not printed", "all": "Total",
        "chart": "Directorate budgets by year",
        "chart_intro": "Printed totals; where none is printed, the sum of the section's rows. A red bar: "
                       "that year's total does not foot.",
        "zero_budget": "Directorates with a budget of 0 in every year: {names}.",
        "quality_intro": "The exported tables were checked with Great Expectations.",
        "quality_docs": "Detailed results (Data Docs)",
        "table": "Table", "expectation": "Expectation", "result": "Result", "unexpected": "Unexpected",
        "passed": "met", "failed": "not met",
        "severity": "Severity", "more_findings": "Other findings (warnings and info)",
        "indicator": "Indicator", "column": "Column", "examples": "Examples of unexpected values",
    },
}


def compact(amount: int, lang: Lang) -> str:
    """A short amount for chart labels: 1,2 mn / 1.2M, 450 bin / 450K."""
    units = {"tr": ((1_000_000_000, " mr"), (1_000_000, " mn"), (1_000, " bin")),
             "en": ((1_000_000_000, "B"), (1_000_000, "M"), (1_000, "K"))}[lang]
    for size, unit in units:
        if abs(amount) >= size:
            text = f"{amount / size:.1f}".removesuffix(".0")
            return (text.replace(".", ",") if lang == "tr" else text) + unit
    return str(amount)


def heading(municipality: str, edition: int | None, lang: Lang) -> str:
    """The programme's name: `Defne 2023 Performans Programı`."""
    return WORDS[lang]["heading"].format(name=f"{municipality} {edition or ''}".strip())
