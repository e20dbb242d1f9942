"""Project codes: `Proje 13.36.5` = strategic aim 13, goal 36, project 5."""
from __future__ import annotations

import re
from typing import NamedTuple

_CODE = re.compile(r"(\d+)\s*\.\s*(\d+)\s*\.\s*(\d+)")


class ProjectCode(NamedTuple):
    aim: int
    goal: int
    project: int

    def __str__(self) -> str:
        return f"{self.aim}.{self.goal}.{self.project}"


def find_code(text: str) -> ProjectCode | None:
    """The first `a.g.p` code in a cell's text (`Proje 18.55.1`, `Proje\\n18.55.1`), or None."""
    m = _CODE.search(text or "")
    return ProjectCode(*map(int, m.groups())) if m else None
