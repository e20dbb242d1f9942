"""The quality suite: the exported tables' contract restated as Great Expectations expectations,
each described in the run's language for the report and the Data Docs.

Codes match the printed pattern, line keys are unique, years are plan years, amounts are not
negative, pages exist, and every printed total equals the sum of its rows on both bases.
"""
from __future__ import annotations

from pipeline import columns as C
from pipeline.reconcile.findings import SEVERITY

CODE_PATTERN = r"^\d+\.\d+\.\d+$"
LINE_KEY = ["view", "section", "project_code", "directorate", "line_no", "year"]
FINDING_KINDS = [*SEVERITY, "extraction_problem", "schema_violation", "crosscheck_mismatch", "crosscheck_skipped"]

_SAY: dict[str, dict[str, str]] = {
    "tr": {
        "columns": "Sütunlar sözleşmedeki adlar ve sırayla",
        "code": "Proje kodları aa.hh.pp biçiminde (ör. 13.36.5)",
        "line_key": "Her satır bir kez: nüsha, proje, müdürlük, satır no ve yıl tekil",
        "years": "Yıllar programın plan yıllarından ({years})",
        "amount": "Tutarlar negatif değil",
        "year_amount": "{year} tutarları negatif değil",
        "view": "Görünüm yalnız strategic ya da directorate",
        "pages": "Sayfa numaraları 1–{pages} arasında",
        "total_key": "Her müdürlük ve yıl için tek basılı toplam",
        "foots_section": "Basılı toplam = müdürlüğün kendi bölümündeki satırlarının toplamı",
        "foots_strategic": "Basılı toplam = müdürlüğün stratejik kısımdaki satırlarının toplamı",
        "kind": "Bulgu türleri bilinen türlerden",
        "severity": "Önem error, warning ya da info",
    },
    "en": {
        "columns": "Columns have the contract's names, in order",
        "code": "Project codes read aa.gg.pp (e.g. 13.36.5)",
        "line_key": "Each line once: copy, project, directorate, line number and year are unique",
        "years": "Years are the programme's plan years ({years})",
        "amount": "Amounts are not negative",
        "year_amount": "{year} amounts are not negative",
        "view": "The view is strategic or directorate",
        "pages": "Page numbers lie in 1–{pages}",
        "total_key": "One printed total per directorate and year",
        "foots_section": "Printed total = sum of the directorate's rows in its own section",
        "foots_strategic": "Printed total = sum of the directorate's rows in the strategic part",
        "kind": "Finding kinds are known kinds",
        "severity": "Severity is error, warning or info",
    },
}


def suites(plan_years: list[int], page_count: int, lang: str) -> dict[str, list]:
    """The expectations per table, each described in ``lang`` for the report and the Data Docs."""
    import great_expectations.expectations as gxe

    def say(key: str, **values) -> dict:
        return {"description": _SAY[lang][key].format(years=f"{min(plan_years)}–{max(plan_years)}",
                                                       pages=page_count, **values)}

    def columns(names: list[str]):
        return gxe.ExpectTableColumnsToMatchOrderedList(column_list=names, **say("columns"))

    def code():  # an expectation belongs to one suite, so shared ones are made afresh each time
        return gxe.ExpectColumnValuesToMatchRegex(column="project_code", regex=CODE_PATTERN, **say("code"))

    def years():
        return gxe.ExpectColumnValuesToBeInSet(column="year", value_set=plan_years, **say("years"))

    def amount():
        return gxe.ExpectColumnValuesToBeBetween(column="amount", min_value=0, **say("amount"))

    def pages():
        return gxe.ExpectColumnValuesToBeBetween(column="pdf_page", min_value=1, max_value=page_count, **say("pages"))
    return {
        "budget_lines": [
            columns(C.BUDGET_LINES), code(),
            gxe.ExpectCompoundColumnsToBeUnique(column_list=LINE_KEY, **say("line_key")),
            years(), amount(),
            gxe.ExpectColumnValuesToBeInSet(column="view", value_set=["strategic", "directorate"], **say("view")),
            pages(),
        ],
        "budget_lines_wide": [
            code(),
            gxe.ExpectCompoundColumnsToBeUnique(column_list=[k for k in LINE_KEY if k != "year"], **say("line_key")),
            *(gxe.ExpectColumnValuesToBeBetween(column=str(y), min_value=0, **say("year_amount", year=y))
              for y in plan_years),
        ],
        "printed_totals": [
            columns(C.PRINTED_TOTALS),
            gxe.ExpectCompoundColumnsToBeUnique(column_list=["directorate", "year"], **say("total_key")),
            years(), amount(), pages(),
        ],
        "footing": [
            gxe.ExpectColumnPairValuesToBeEqual(column_A="printed", column_B=basis,
                                                ignore_row_if="either_value_is_missing", **say(f"foots_{basis}"))
            for basis in ("section", "strategic")
        ],
        "findings": [
            columns(C.FINDINGS),
            gxe.ExpectColumnValuesToBeInSet(column="kind", value_set=FINDING_KINDS, **say("kind")),
            gxe.ExpectColumnValuesToBeInSet(column="severity", value_set=["error", "warning", "info"],
                                            **say("severity")),
        ],
    }
