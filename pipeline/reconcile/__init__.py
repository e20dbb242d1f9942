"""Reconciliation: check a programme's printed figures against each other.

``reconcile`` takes the extractor's frames and returns the findings table (built through the
registry of :mod:`pipeline.findings`). The rule for which copy disagrees is documented in
:mod:`.matching`.
"""
from __future__ import annotations

from collections.abc import Sequence

import pandas as pd

from ..findings import Finding, Lang, to_frame
from .footing import check_totals
from .inputs import prepare
from .matching import directorate_spellings, match_copies
from .structure import (code_mismatches, numbering_duplicates, numbering_gaps, sections_incomplete,
                        sections_missing, totals_missing)

__all__ = ["CHECKS", "reconcile"]

CHECKS = (check_totals, match_copies, directorate_spellings, code_mismatches, numbering_gaps,
          numbering_duplicates, sections_incomplete, totals_missing, sections_missing)


def reconcile(budget_lines: pd.DataFrame, printed_totals: pd.DataFrame,
              section_pages: pd.DataFrame | None = None, lang: Lang = "tr",
              extra: Sequence[Finding] = ()) -> pd.DataFrame:
    """All findings for one programme, one row each, in report order (the contract's findings table);
    ``extra`` are findings of earlier stages (the extractor's gaps) to report with them."""
    prog = prepare(budget_lines, printed_totals, section_pages)
    return to_frame([*extra, *(f for check in CHECKS for f in check(prog))], lang)
