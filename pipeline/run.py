"""One programme PDF through the whole pipeline:
pdf → document model → frames → schema checks → reconciliation → files."""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from . import columns as C
from .crosscheck import cross_check
from .document import build_document
from .errors import SchemaError
from .export import atomic_folder, write_frames
from .frames import all_frames
from .model import Document
from .reconcile import has_errors, reconcile, summarize
from .schemas import validate


@dataclass
class Options:
    out: Path = Path("extracted")
    reports: Path = Path("reports")
    slug: str | None = None
    strict: bool = False
    password: str | None = None
    max_pages: int | None = None
    lang: str = "tr"
    use_cache: bool = True
    page_workers: int | None = None  # processes reading pages (default: the CPU count)
    cross_check: bool = False  # compare every budget cell with camelot's lattice parser


@dataclass
class RunResult:
    pdf: Path
    slug: str
    out_dir: Path
    doc: Document
    frames: dict[str, pd.DataFrame]
    findings: pd.DataFrame
    schema_problems: list[str] = field(default_factory=list)

    @property
    def failed(self) -> bool:
        """The document does not reconcile: there are error-level findings."""
        return has_errors(self.findings)

    @property
    def summary(self) -> dict:
        return summarize(self.findings)


def _notes(kind: str, problems: list[str], lang: str) -> list[dict]:
    """What the extractor or the schemas could not accept, as warning-level findings."""
    label = {"extraction_problem": ("Okuma sorunu", "Extraction problem"),
             "schema_violation": ("Şema ihlali", "Schema violation")}[kind][lang == "en"]
    return [{"kind": kind, "severity": "warning", "message": f"{label}: {p}"} for p in problems]


def process(pdf: Path, options: Options) -> RunResult:
    """Extract, check and reconcile one PDF, and write its folder ``<out>/<slug>/`` atomically."""
    doc = build_document(pdf, password=options.password, max_pages=options.max_pages, use_cache=options.use_cache,
                         workers=options.page_workers)
    frames = all_frames(doc)
    problems = validate(frames, doc.plan_years, doc.directorates)
    if problems and options.strict:
        raise SchemaError(f"{pdf}: {len(problems)} şema ihlali; ilki: {problems[0]}")
    findings = reconcile(frames["budget_lines"], frames["printed_totals"], frames["section_pages"], lang=options.lang)
    extra = _notes("extraction_problem", doc.problems, options.lang) + _notes("schema_violation", problems, options.lang)
    tables = dict(frames)
    if options.cross_check:
        tables["crosscheck"], disagreements = cross_check(pdf, doc, frames, options.password)
        extra += disagreements
    if extra:
        findings = pd.concat([findings, pd.DataFrame(extra, columns=C.FINDINGS)], ignore_index=True)
    slug = options.slug or doc.slug
    out_dir = options.out / slug
    with atomic_folder(out_dir) as staging:
        write_frames({**tables, "findings": findings}, staging)
    return RunResult(pdf, slug, out_dir, doc, frames, findings, problems)
