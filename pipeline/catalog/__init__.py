"""The catalog of editions: every ingested programme in one DuckDB file (:mod:`.store`), editions
compared line by line (:mod:`.diff`), an edition written out again without its PDF
(:mod:`.export`)."""
from __future__ import annotations

from .store import DEFAULT_TIMEOUT, TABLES, Catalog, Edition, Outcome, Snapshot, Stored

__all__ = ["DEFAULT_TIMEOUT", "TABLES", "Catalog", "Edition", "Outcome", "Snapshot", "Stored"]
