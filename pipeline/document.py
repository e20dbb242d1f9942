"""PDF → document model: open the file, read every page's tables, and walk them in order.

The walk keeps what a reader keeps in mind while turning pages: which copy is being read (the
strategic view or a directorate's section), the aim and goal in force, the columns of the table
that continues, and the last project, which a page break may have split.
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from pathlib import Path

from .amounts import AmountError, parse_amount
from .codes import find_code
from .directorates import DirectorateResolver, canonical_name
from . import cache
from .errors import InputError, NotProgrammeError, NoTextError
from .identity import find_edition_year, find_municipality
from .model import (Aim, AmountCell, Area, Copy, DirectorateCell, Document, Goal, IndicatorRow,
                    PageInfo, PrintedTotal, Project, Section)
from .reader import PdfContents, read_pdf
from .tables import AimTitle, AreaBand, Body, GoalHeader, PageTables, RawProject, SectionTitle, TotalRow, parse_page
from .text import text_key



def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


@dataclass
class _Walk:
    """What the reader keeps in mind while turning pages."""

    resolver: DirectorateResolver
    doc: Document
    copy: Copy
    section: Section | None = None
    aim: int | None = None
    goal: int | None = None
    area: int | None = None
    project: Project | None = None
    problems: list[str] = field(default_factory=list)

    def enter_section(self, title: SectionTitle, page: int) -> None:
        name = canonical_name(title.text)
        current = self.section
        if current is None or text_key(current.directorate) != text_key(name):
            current = next((s for s in self.doc.sections if text_key(s.directorate) == text_key(name)), None)
            if current is None:
                current = Section(name, title.text, copy=Copy("directorate", name))
                self.doc.sections.append(current)
            self.section, self.copy = current, current.copy  # type: ignore[assignment]
            self.aim = self.goal = self.area = None
            self.project = None
        if title.part is not None:
            if title.part in current.parts:
                self.problems.append(f"sayfa {page}: {title.text} ({title.part}/{title.count}) ikinci kez basılmış")
            current.parts[title.part] = page
            current.part_count = max(current.part_count, title.count or 0)

    def add_body(self, body: Body, page: int, continues: bool) -> None:
        for i, raw in enumerate(body.projects):
            if continues and i == 0 and self.project is not None and self._continues(raw):
                self._extend(self.project, raw, page, split=True)
                continue
            code = find_code(raw.code.text)
            if code is None:
                self.problems.append(f"sayfa {page}: proje kodu okunamadı: {raw.code.text or raw.name.text!r}")
                continue
            if self.aim is None or self.goal is None:
                self.problems.append(f"sayfa {page}: {code} bir amaç/hedef başlığı altında değil")
            project = Project(str(code), raw.code, raw.name, self.aim or 0, self.goal or 0)
            self._extend(project, raw, page)
            self.copy.projects.append(project)
            self.project = project

    def _continues(self, raw: RawProject) -> bool:
        code = find_code(raw.code.text)
        return code is None and not raw.code.text or (code is not None and self.project is not None and str(code) == self.project.code)

    def _extend(self, project: Project, raw: RawProject, page: int, split: bool = False) -> None:
        """Add a project's directorate cells; ``split``: the project continues from the previous
        page, and its first cell continues the last one when it is blank or names the same
        directorate again."""
        for i, raw_dir in enumerate(raw.directorates):
            rows = [self._row(r) for r in raw_dir.rows]
            name = self.resolver.resolve_or_expand(raw_dir.cell.text) if raw_dir.cell.text else ""
            if split and i == 0 and project.directorates and name in ("", project.directorates[-1].name):
                project.directorates[-1].rows.extend(rows)
                continue
            if not name:
                self.problems.append(f"sayfa {page}: {project.code} projesinde müdürlüğü boş bir satır var")
            project.directorates.append(DirectorateCell(raw_dir.cell, name, rows))

    def _amount(self, cell, what: str) -> int | None:
        """The cell's amount; text that is no amount is reported and read as blank."""
        try:
            return parse_amount(cell.text)
        except AmountError:
            self.problems.append(f"sayfa {cell.page}: {what} okunamadı: {cell.text!r}")
            return None

    def _row(self, raw) -> IndicatorRow:
        amounts = [AmountCell(year, cell, self._amount(cell, f"{year} tutarı"), raw.note) for year, cell in raw.amounts]
        return IndicatorRow(raw.indicator, amounts)

    def add_total(self, row: TotalRow, page: int) -> None:
        if self.section is None:
            self.problems.append(f"sayfa {page}: müdürlük bölümü dışında toplam satırı: {row.label.text!r}")
            return
        for year, cell in row.amounts:
            value = self._amount(cell, f"{year} toplamı")
            self.section.totals.append(PrintedTotal(self.section.directorate, year, value, cell, row.label.text))


def _page_kinds(parsed: list[PageTables]) -> list[str]:
    table_pages = [i for i, p in enumerate(parsed) if p.has_tables]
    first, last = table_pages[0], table_pages[-1]
    kinds = []
    in_sections = False
    for i, p in enumerate(parsed):
        in_sections = in_sections or any(isinstance(it, SectionTitle) for it in p.items)
        if p.has_tables:
            kinds.append("directorate" if in_sections else "strategic")
        elif i < first:
            kinds.append("front")
        elif i > last:
            kinds.append("back")
        else:
            kinds.append("part-title")
    return kinds


def build_document(path: Path, password: str | None = None, max_pages: int | None = None,
                   use_cache: bool = True, workers: int | None = None) -> Document:
    """Read a programme PDF into the document model (from the cache when the file is unchanged)."""
    path = Path(path)
    if use_cache and path.is_file() and (doc := cache.load(sha256_of(path))) is not None:
        if max_pages is not None and doc.page_count > max_pages:
            raise InputError(f"{path}: {doc.page_count} sayfa, sınır {max_pages} (more pages than --max-pages)")
        doc.source = str(path)
        return doc
    contents = read_pdf(path, password, max_pages, workers)
    doc = _walk_pages(path, contents.metadata, _parse(contents))
    if use_cache and not contents.encrypted:
        cache.store(doc)
    return doc


def _parse(contents: PdfContents) -> tuple[list[PageTables], list[str]]:
    """Every page's tables, in order, with the layout of a continuing table carried over."""
    parsed: list[PageTables] = []
    texts: list[str] = []
    carried = None
    for content in contents.pages:
        tables = parse_page(content, carried)
        carried = tables.layout
        parsed.append(tables)
        texts.append(content.text)
    return parsed, texts


def _walk_pages(path: Path, metadata: dict, pages: tuple[list[PageTables], list[str]]) -> Document:
    parsed, texts = pages
    if not any(t.strip() for t in texts):
        raise NoTextError(f"{path}: PDF'te metin katmanı yok, taranmış bir belge olabilir (no text layer: a scan?)")
    if not any(p.has_tables for p in parsed):
        raise NotProgrammeError(f"{path}: performans programı tablosu bulunamadı (not a performance programme)")
    kinds = _page_kinds(parsed)
    front_text = " ".join(t for t, k in zip(texts, kinds) if k == "front")
    section_names = [canonical_name(i.text) for p in parsed for i in p.items if isinstance(i, SectionTitle)]
    plan_years = next(i.layout.years for p in parsed for i in p.items if isinstance(i, GoalHeader))
    doc = Document(
        source=str(path), sha256=sha256_of(path), page_count=len(parsed),
        municipality=find_municipality(metadata, front_text),
        edition_year=find_edition_year(metadata, front_text),
        plan_years=plan_years, pages=[], areas={}, aims={},
        strategic=Copy("strategic", ""), sections=[],
        directorates=list(dict.fromkeys(section_names)),
    )
    walk = _Walk(DirectorateResolver(doc.directorates), doc, doc.strategic)
    for tables, kind in zip(parsed, kinds):
        page = tables.page
        doc.pages.append(PageInfo(page, kind, tables=sum(isinstance(i, Body) for i in tables.items),  # type: ignore[arg-type]
                                  height=tables.height))
        if tables.ruled and not tables.has_tables and kind != "front":
            walk.problems.append(f"sayfa {page}: çizgili bir tablo var ama okunamadı (ruled table not read)")
        continues = True  # until a title or header on this page starts a new table
        for item in tables.items:
            if isinstance(item, SectionTitle):
                walk.enter_section(item, page)
                doc.pages[-1].title = item.text
            elif isinstance(item, AreaBand):
                doc.areas.setdefault(item.number, Area(item.number, item.title))
                walk.area = item.number
            elif isinstance(item, AimTitle):
                aim = doc.aims.setdefault(item.number, Aim(item.number, item.title, page))
                if walk.area is not None and aim.area_no is None:
                    aim.area_no = walk.area
                if walk.aim != item.number:
                    walk.goal = None
                walk.aim = item.number
                continues = continues and item.continued
            elif isinstance(item, GoalHeader):
                if item.layout.years != plan_years:
                    walk.problems.append(f"sayfa {page}: plan yılları {item.layout.years}, belgenin geri kalanında {plan_years}")
                if item.number is None:
                    walk.problems.append(f"sayfa {page}: stratejik hedef numarası okunamadı")
                elif walk.aim is not None:
                    doc.aims[walk.aim].goals.setdefault(item.number, Goal(item.number, item.title, page))
                continues = continues and walk.goal == item.number
                walk.goal = item.number
            elif isinstance(item, Body):
                walk.add_body(item, page, continues)
                continues = False
            elif isinstance(item, TotalRow):
                walk.add_total(item, page)
    doc.problems = walk.problems
    return doc
