"""`--pages 1-40,60`: the pages of a PDF a run reads, when it is not all of them.

A selection is written as the user writes it (1-based, ranges and single pages, comma-separated)
and kept in one canonical text (``1-40,60``: sorted, overlaps merged), which names it in the
cache key, the run stamp and every summary, so a partial run is never taken for a full one.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..errors import PerfprogError
from ..i18n import N_

_PART = re.compile(r"\s*(\d+)\s*(?:-\s*(\d+)\s*)?")


@dataclass(frozen=True)
class PageSelection:
    spans: tuple[tuple[int, int], ...]  # 1-based, inclusive, sorted and disjoint

    @classmethod
    def parse(cls, text: str) -> PageSelection:
        """``1-40,60`` → the selection; ValueError naming what is wrong."""
        spans = []
        for part in text.split(","):
            m = _PART.fullmatch(part)
            if not m:
                raise ValueError(f"{part.strip()!r}")
            first, last = int(m[1]), int(m[2] or m[1])
            if first < 1 or last < first:
                raise ValueError(f"{part.strip()!r}")
            spans.append((first, last))
        merged: list[tuple[int, int]] = []
        for first, last in sorted(spans):
            if merged and first <= merged[-1][1] + 1:
                merged[-1] = (merged[-1][0], max(last, merged[-1][1]))
            else:
                merged.append((first, last))
        return cls(tuple(merged))

    def __str__(self) -> str:
        return ",".join(str(a) if a == b else f"{a}-{b}" for a, b in self.spans)

    def indices(self, path: object, count: int) -> list[int]:
        """The 0-based indices of the selected pages of a ``count``-page PDF; a page past its end
        is a usage error (exit 2)."""
        if self.spans[-1][1] > count:
            raise PerfprogError(N_("{path}: --pages {pages}: the document has {count} pages"), path=path, pages=self,
                                count=count)
        return [i - 1 for a, b in self.spans for i in range(a, b + 1)]
