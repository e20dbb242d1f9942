"""Cross-copy matching: every line of a project must read the same in all copies of the project.

A project is printed once in the strategic view and again in the section of every directorate
with a row in it. Its lines are aligned per directorate in printed order; where one copy has
fewer lines, text and amount similarity decide which are absent. Where copies disagree on an
amount, the strategic view's is the reference (part 1 is the plan, part 2 re-sorts it) and every
section that differs from it is reported; a line part 1 lacks is judged by the majority of its
copies, a tie going to the line's own directorate section. Whether a line belongs in a project at
all is decided by the majority of the project's copies.
"""
from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Hashable, Mapping, Sequence
from typing import TypeVar

from ..text import squash
from ..findings import Finding
from .inputs import STRATEGIC, Line, Programme
from .names import text_similarity

V = TypeVar("V", bound=Hashable)
Slot = dict[str, Line]
"""One aligned line: copy -> that copy's printing of it."""

AMOUNT_WEIGHT = 0.5
"""Weight of agreeing amounts against text similarity (0..1) when choosing which lines pair."""


def reference(values: Mapping[str, V], priority: Sequence[str]) -> V:
    """The value most copies hold; a tie goes to the value of the copy earliest in ``priority``."""
    counts = Counter(values.values())
    top = max(counts.values())
    return next(values[c] for c in priority if c in values and counts[values[c]] == top)


def _priority(copies: set[str], own: str, sections: Sequence[str]) -> list[str]:
    order = [STRATEGIC, own, *sections, *sorted(copies)]
    return [c for i, c in enumerate(order) if c in copies and c not in order[:i]]


def _money(amount: int | None) -> int:
    """Blank and `-` mean the same money."""
    return amount or 0


def _similarity(a: Line, b: Line) -> float:
    years = a.amounts.keys() | b.amounts.keys()
    same = sum(_money(a.amounts.get(y)) == _money(b.amounts.get(y)) for y in years)
    return text_similarity(a.indicator, b.indicator) + AMOUNT_WEIGHT * same / max(len(years), 1)


def _pair(base: Sequence[Line], other: Sequence[Line]) -> list[int]:
    """Index into ``base`` for each line of ``other`` (not longer), order kept, similarity maximal."""
    n, m = len(base), len(other)
    if n == m:  # the only order-keeping pairing; most copies print the same lines
        return list(range(m))
    best = [[0.0] + [float("-inf")] * m for _ in range(n + 1)]
    for i in range(1, n + 1):
        for j in range(1, min(i, m) + 1):
            best[i][j] = max(best[i - 1][j], best[i - 1][j - 1] + _similarity(base[i - 1], other[j - 1]))
    pairs, i, j = [0] * m, n, m
    while j:
        if best[i - 1][j] < best[i][j]:  # on a tie, skip the later base line
            j -= 1
            pairs[j] = i - 1
        i -= 1
    return pairs


def align(lines: Mapping[str, Sequence[Line]], priority: Sequence[str]) -> list[Slot]:
    """Slots of one directorate's lines across copies, ordered as the copy with the most lines."""
    base = min(lines, key=lambda c: (-len(lines[c]), priority.index(c)))
    slots: list[Slot] = [{base: line} for line in lines[base]]
    for copy in priority:
        if copy != base and copy in lines:
            for line, i in zip(lines[copy], _pair(lines[base], lines[copy])):
                slots[i][copy] = line
    return slots


def _pages(lines: Sequence[Line], year: int | None = None) -> tuple[int, ...]:
    return tuple(sorted({p for ln in lines for y, p in ln.pages.items() if year in (None, y)}))


def _is_line(slot: Slot, copies: set[str], priority: Sequence[str]) -> bool:
    """Whether the line belongs in the project: most of the copies that print the project have it."""
    return reference({c: c in slot for c in copies}, priority)


def _presence(slot: Slot, copies: set[str], priority: Sequence[str], key: dict) -> list[Finding]:
    """`line_missing` in the copies without a line most copies have; else `line_unexpected`."""
    pages = _pages(tuple(slot.values()))
    if _is_line(slot, copies, priority):
        return [Finding(kind="line_missing", copy=c, pages=pages, **key) for c in sorted(copies - slot.keys())]
    return [Finding(kind="line_unexpected", copy=c, pages=pages, **key) for c in sorted(slot)]


def _amounts(slot: Slot, priority: Sequence[str], years: Sequence[int], key: dict) -> list[Finding]:
    """`amount_mismatch` for each copy whose amount differs from the reference (the strategic
    view's, else the majority's), per plan year."""
    findings = []
    for year in years:
        amounts = {c: ln.amounts.get(year) for c, ln in slot.items()}
        money = {c: _money(a) for c, a in amounts.items()}
        if len(set(money.values())) == 1:  # the copies agree, as on nearly every line
            continue
        ref = money[STRATEGIC] if STRATEGIC in money else reference(money, priority)
        order = [c for c in priority if c in amounts]
        expected = next(amounts[c] for c in order if _money(amounts[c]) == ref)
        findings += [Finding(kind="amount_mismatch", year=year, copy=c, expected=expected, found=amounts[c],
                             values=tuple((o, amounts[o]) for o in order),
                             pages=_pages(tuple(slot.values()), year), **key)
                     for c in order if _money(amounts[c]) != ref]
    return findings


def _line_findings(slot: Slot, copies: set[str], priority: Sequence[str], years: Sequence[int]) -> list[Finding]:
    """Everything about one aligned line; ``copies`` are the copies that print its project."""
    texts = {c: squash(ln.indicator) for c, ln in slot.items()}
    first = next(iter(slot.values()))
    key = dict(project_code=first.project_code, directorate=first.directorate,
               indicator=reference(texts, priority))
    text_findings = [Finding(kind="text_mismatch", copy=c, note=t, pages=_pages([slot[c]]), **key)
                     for c, t in texts.items() if t != key["indicator"]]
    return _presence(slot, copies, priority, key) + _amounts(slot, priority, years, key) + text_findings


def _project_findings(code: str, lines: Sequence[Line], members: set[str],
                      sections: Sequence[str]) -> list[Finding]:
    """Copies a project lacks, and sections that print it without having a row in it."""
    copies = {ln.copy for ln in lines}
    findings = [Finding(kind="project_missing", project_code=code, copy=c,
                        directorate="" if c == STRATEGIC else c, pages=_pages(lines))
                for c in [STRATEGIC, *sorted(members & set(sections))] if c not in copies]
    findings += [Finding(kind="project_unexpected", project_code=code, copy=c, directorate=c,
                         pages=_pages([ln for ln in lines if ln.copy == c]))
                 for c in sorted(copies - members - {STRATEGIC})]
    return findings


def match_copies(prog: Programme) -> list[Finding]:
    """All cross-copy findings: per project, per directorate, per aligned line."""
    projects: dict[str, list[Line]] = defaultdict(list)
    for line in prog.lines:
        projects[line.project_code].append(line)
    findings = []
    for code, lines in projects.items():
        copies = {ln.copy for ln in lines}
        by_directorate: dict[str, dict[str, list[Line]]] = defaultdict(lambda: defaultdict(list))
        for line in sorted(lines, key=lambda ln: ln.line_no):
            by_directorate[line.directorate][line.copy].append(line)
        members = set()
        for directorate, per_copy in by_directorate.items():
            priority = _priority(copies, directorate, prog.sections)
            for slot in align(per_copy, priority):
                if _is_line(slot, copies, priority):
                    members.add(directorate)
                findings += _line_findings(slot, copies, priority, prog.years)
        findings += _project_findings(code, lines, members, prog.sections)
    return findings


def directorate_spellings(prog: Programme) -> list[Finding]:
    """Info: a directorate printed other than its most common spelling (the canonical one on a
    tie), once per copy and spelling."""
    spellings: dict[str, dict[tuple[str, str], list[Line]]] = defaultdict(lambda: defaultdict(list))
    for line in prog.lines:
        spellings[line.directorate][(line.printed_directorate, line.copy)].append(line)
    findings = []
    for directorate, by_spelling in spellings.items():
        counts = Counter()
        for (spelling, _), lines in by_spelling.items():
            counts[spelling] += len(lines)
        common = min(counts, key=lambda s: (-counts[s], s != directorate, s))
        findings += [Finding(kind="directorate_spelling", directorate=directorate, copy=copy, note=spelling,
                             pages=_pages(lines))
                     for (spelling, copy), lines in by_spelling.items() if spelling != common]
    return findings
