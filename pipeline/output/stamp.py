"""Run stamps: a small file in each output folder saying which PDF, which code and which options
made it, and which files it holds. A re-run of an unchanged PDF with the same code and options
whose folders are intact has nothing to do, and says so in well under a second."""
from __future__ import annotations

import json
from pathlib import Path

NAME = ".perfprog-run.json"


def _files(folder: Path) -> dict[str, int]:
    return {str(p.relative_to(folder)): p.stat().st_size
            for p in sorted(folder.rglob("*")) if p.is_file() and p.name != NAME}


def write(folder: Path, key: dict, extra: dict | None = None) -> None:
    """Stamp a finished (staging) folder; ``key`` is what must match for a re-run to be skipped."""
    body = {"key": key, "files": _files(folder), **(extra or {})}
    (folder / NAME).write_text(json.dumps(body, ensure_ascii=False, sort_keys=True), encoding="utf-8")


def current(folder: Path, key: dict) -> dict | None:
    """The stamp of ``folder`` if it was made with ``key`` and every file it lists is still there."""
    try:
        body = json.loads((folder / NAME).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if body.get("key") != key or body.get("files") != _files(folder):
        return None
    return body
