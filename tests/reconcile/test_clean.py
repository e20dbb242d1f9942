"""A programme whose copies and totals agree yields no finding at all."""
from pipeline.contract import table
from pipeline.findings import has_errors, summarize
from pipeline.reconcile import reconcile

from .reconcile_builders import budget_lines, clean, run, totals_of

FINDINGS = table("findings").names


def test_clean_programme_has_no_findings():
    findings = run(clean())
    assert list(findings.columns) == FINDINGS
    assert findings.empty
    assert not has_errors(findings)
    assert summarize(findings) == {"severity": {"error": 0, "warning": 0, "info": 0}, "kind": {}}


def test_csv_shaped_input_is_read_like_typed_input():
    """Strings everywhere, '' for a blank and '-' for zero, as read from the shared CSVs."""
    lines = budget_lines(clean())
    totals = totals_of(lines).astype(str)
    as_text = lines.astype(str).replace({"<NA>": ""})
    assert reconcile(as_text, totals).empty
    dashed = as_text.assign(amount=as_text["amount"].replace({"": "-"}))
    assert reconcile(dashed, totals).empty  # '-' and blank are the same money
