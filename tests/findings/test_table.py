"""The findings frame: columns, order, languages, summary and exit decision."""
import pandas as pd

from pipeline.contract import table
from pipeline.findings import FAIL_SEVERITIES, SEVERITY, Finding, has_errors, message, summarize

from ..reconcile.reconcile_builders import B, clean, replace, run

FINDINGS = table("findings").names


def _broken():
    specs = replace(clean(), B, "Yol yapımı", amounts=[1_000_000, 200])
    return replace(specs, B, "Kaldırım onarımı", indicator="Kaldirim  onarimi")


def test_messages_in_turkish_by_default_and_english_on_request():
    tr, en = run(_broken()), run(_broken(), lang="en")
    assert tr.drop(columns="message").equals(en.drop(columns="message"))
    assert tr["message"].iloc[0] == (
        "1.1.1 / Fen İşleri Müdürlüğü / «Yol yapımı», 2023: Özel Kalem Müdürlüğü bölümünde "
        "1.000.000, diğer nüshalarda 100 (stratejik kısım 100; Fen İşleri Müdürlüğü bölümü 100; "
        "Özel Kalem Müdürlüğü bölümü 1.000.000).")
    assert en["message"].iloc[0] == (
        "1.1.1 / Fen İşleri Müdürlüğü / “Yol yapımı”, 2023: 1,000,000 in the Özel Kalem Müdürlüğü "
        "section, 100 in the other copies (strategic part 100; Fen İşleri Müdürlüğü section 100; "
        "Özel Kalem Müdürlüğü section 1,000,000).")


def test_frame_columns_types_and_order():
    findings = run(_broken())
    assert list(findings.columns) == FINDINGS
    assert str(findings["year"].dtype) == "Int64" and str(findings["expected"].dtype) == "Int64"
    assert findings[["kind", "severity"]].values.tolist() == [
        ["amount_mismatch", "error"], ["text_mismatch", "info"]]
    assert findings["pdf_pages"].tolist() == ["10; 20; 21", "21"]
    assert findings.equals(run(_broken()))


def test_summary_and_exit_decision():
    findings = run(_broken())
    assert summarize(findings) == {"severity": {"error": 1, "warning": 0, "info": 1},
                                   "kind": {"amount_mismatch": 1, "text_mismatch": 1}}
    assert has_errors(findings)
    assert not has_errors(findings[findings["severity"] != "error"])
    assert FAIL_SEVERITIES == {"error"}


def test_summary_counts_findings_added_by_other_stages():
    extra = pd.DataFrame([{"kind": "extraction_problem", "severity": "warning"}], columns=FINDINGS)
    findings = pd.concat([run(_broken()), extra], ignore_index=True)
    assert summarize(findings)["kind"] == {"amount_mismatch": 1, "text_mismatch": 1, "extraction_problem": 1}
    assert summarize(findings)["severity"] == {"error": 1, "warning": 1, "info": 1}


def test_every_kind_has_a_severity_and_a_message_in_both_languages():
    assert set(SEVERITY.values()) == {"error", "warning", "info"}
    for kind in SEVERITY:
        finding = Finding(kind=kind, directorate="X Müdürlüğü", project_code="1.1.1", year=2024,
                          copy="strategic", basis="section", expected=1, found=2, note="n")
        assert message(finding, "tr") != message(finding, "en")
