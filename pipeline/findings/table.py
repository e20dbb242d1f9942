"""The findings table: records rendered in the run's language, in report order, with the
contract's columns and dtypes; its summary and the exit decision."""
from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from functools import partial
from pathlib import Path

import pandas as pd

from ..contract import SEVERITIES, table
from ..i18n import Lang, translations
from .kinds import FAIL_SEVERITIES, KINDS
from .record import Finding, kind_rank, rank
from .words import basis, copy_label, format_amount, format_confidence, on_pages, quote, reason

BOX = ("x0", "top", "x1", "bottom")


def message(f: Finding, lang: Lang = "tr") -> str:
    """The finding as one sentence a reader can act on, naming every figure involved."""
    amount = partial(format_amount, lang=lang)
    diff = f.found - f.expected if f.found is not None and f.expected is not None else None
    return translations(lang).gettext(KINDS[f.kind].message).format(
        code=f.project_code, directorate=f.directorate, year=f.year or "", note=f.note,
        indicator=quote(f.indicator, lang), text=quote(f.note, lang),
        in_copy=copy_label(f.copy, lang, locative=True), basis=basis(f.basis, lang),
        expected=amount(f.expected), found=amount(f.found), diff=amount(diff),
        values="; ".join(f"{copy_label(c, lang)} {amount(a)}" for c, a in f.values),
        page=f.pages[0] if f.pages else "", reason=reason(f.kind, f.basis, f.note, lang),
        subject=" / ".join(x for x in (f.project_code, f.directorate) if x), on_pages=on_pages(f.pages, lang),
        confidence="" if f.confidence is None else format_confidence(f.confidence, lang),
    )


def to_frame(findings: Iterable[Finding], lang: Lang = "tr") -> pd.DataFrame:
    """The findings table (the contract's ``findings`` columns and dtypes), one row per distinct
    finding, in report order."""
    contract = table("findings")
    rows = [(f.kind, f.severity, f.basis, f.directorate, f.project_code, f.indicator, f.year, f.copy,
             f.expected, f.found, f.pdf_pages, message(f, lang), *(f.box or (None,) * len(BOX)))
            for f in sorted(set(findings), key=Finding.sort_key)]
    return pd.DataFrame.from_records(rows, columns=contract.names).astype(contract.dtypes())


def read_frame(path: Path) -> pd.DataFrame:
    """A findings table as :func:`to_frame` gave it, read back from its CSV."""
    dtypes = table("findings").dtypes()
    numbers = [c for c, t in dtypes.items() if t != "str"]
    return pd.read_csv(path, dtype=dtypes, keep_default_na=False, na_values={c: [""] for c in numbers})


def summarize(findings: pd.DataFrame) -> dict[str, dict[str, int]]:
    """Counts by severity (the three levels always present) and by kind (those found), in report order."""
    severities, kinds = Counter(findings["severity"]), Counter(findings["kind"])
    levels = sorted(set(SEVERITIES) | set(severities), key=lambda s: (rank(s), s))
    return {"severity": {s: severities[s] for s in levels},
            "kind": {k: kinds[k] for k in sorted(kinds, key=lambda k: (kind_rank(k), k))}}


def has_errors(findings: pd.DataFrame) -> bool:
    """Whether the run must fail: some finding has a severity in :data:`FAIL_SEVERITIES`."""
    return bool(findings["severity"].isin(FAIL_SEVERITIES).any())
