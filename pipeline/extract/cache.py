"""A cache of extracted documents keyed by the PDF's sha256, so an unchanged file re-runs at once.

The key also holds a fingerprint of the extractor's own source, so changing the code never serves
a stale extraction. Encrypted PDFs are never cached: a cached copy would skip the password.
Location: $PERFPROG_CACHE, else $XDG_CACHE_HOME/perfprog, else ~/.cache/perfprog;
PERFPROG_CACHE=off disables it.
"""
from __future__ import annotations

import os
import pickle
from functools import lru_cache
from pathlib import Path

from ..files import ROOT, atomic_file, source_fingerprint
from ..model import Document

_EXTRACTOR = ["amounts.py", "codes.py", "model.py", "text.py", "extract"]


@lru_cache(maxsize=1)
def fingerprint() -> str:
    """The extractor's own source: only a change there makes cached documents stale."""
    files = []
    for name in _EXTRACTOR:
        path = ROOT / name
        files += sorted(path.glob("*.py")) if path.is_dir() else [path]
    return source_fingerprint(files)


def folder() -> Path | None:
    setting = os.environ.get("PERFPROG_CACHE", "")
    if setting.lower() in {"off", "0", "no", "false"}:
        return None
    if setting:
        return Path(setting)
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "perfprog"


def _path(sha256: str) -> Path | None:
    root = folder()
    return None if root is None else root / f"{sha256}-{fingerprint()}.pickle"


def load(sha256: str) -> Document | None:
    path = _path(sha256)
    if path is None or not path.is_file():
        return None
    try:
        with open(path, "rb") as f:
            doc = pickle.load(f)
    except Exception:  # a damaged or foreign cache file is only a miss
        return None
    return doc if isinstance(doc, Document) else None


def store(doc: Document) -> None:
    """Write atomically; a cache that cannot be written is silently skipped (it is only a cache)."""
    path = _path(doc.sha256)
    if path is None:
        return
    try:
        with atomic_file(path) as temp, open(temp, "wb") as f:
            pickle.dump(doc, f, protocol=pickle.HIGHEST_PROTOCOL)
    except OSError:
        pass
