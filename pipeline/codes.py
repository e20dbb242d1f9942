"""Project codes: `Proje 13.36.5` = strategic aim 13, goal 36, project 5."""
from __future__ import annotations

import re
from typing import NamedTuple

CODE_PATTERN = r"\d+\.\d+\.\d+"
"""A project code as the tables hold it: three dot-separated numbers. The one statement of the
pattern: the contract, the data package, the quality suite and the checks derive theirs from it."""

_PRINTED = re.compile(CODE_PATTERN.replace(r"\d+", r"(\d+)").replace(r"\.", r"\s*\.\s*"))
"""As printed, where a line break or a space may stand beside a dot."""


class ProjectCode(NamedTuple):
    aim: int
    goal: int
    project: int

    def __str__(self) -> str:
        return f"{self.aim}.{self.goal}.{self.project}"


def find_code(text: str) -> ProjectCode | None:
    """The first `a.g.p` code in a cell's text (`Proje 18.55.1`, `Proje\\n18.55.1`), or None."""
    m = _PRINTED.search(text or "")
    return ProjectCode(*map(int, m.groups())) if m else None


def parse_code(code: str) -> ProjectCode | None:
    """A table's code (exactly :data:`CODE_PATTERN`) as numbers, or None when it is not one."""
    return ProjectCode(*map(int, code.split("."))) if re.fullmatch(CODE_PATTERN, code or "") else None
