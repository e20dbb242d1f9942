"""`perfprog ingest | editions | diff | export`: the catalog of editions on the command line
(README, "Catalog of editions"). Messages are Turkish unless ``--lang en``; errors follow cli.py."""
from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from ..errors import PerfprogError
from .options import options_from, pdf_options, slug

if TYPE_CHECKING:
    from ..catalog import Stored

DEFAULT_CATALOG = Path("extracted") / "catalog.duckdb"
def _t(lang: str, tr: str, en: str) -> str:
    return en if lang == "en" else tr


def _years(years: list[int]) -> str:
    """[2020, 2021, 2022, 2024] → `2020–2022, 2024`; no years → `-`."""
    runs: list[list[int]] = []
    for year in sorted(years):
        if runs and year == runs[-1][-1] + 1:
            runs[-1].append(year)
        else:
            runs.append([year])
    return ", ".join(f"{r[0]}–{r[-1]}" if len(r) > 1 else str(r[0]) for r in runs) or "-"


def _stored(stored: Stored, catalog: Path, lang: str) -> str:
    from ..catalog import Outcome

    prev = stored.previous
    if stored.outcome is Outcome.ADDED:
        return _t(lang, f"kataloğa eklendi ({catalog})", f"added to the catalog ({catalog})")
    if stored.outcome is Outcome.UNCHANGED:
        return _t(lang, "katalogda zaten var (aynı dosya, aynı veri): değişiklik yapılmadı",
                  "already in the catalog (same file, same data): nothing changed")
    if stored.outcome is Outcome.UPDATED:
        return _t(lang, "aynı dosya, farklı çıkarılan veri (yeni perfprog sürümü ya da başka --lang): kayıt yenilendi",
                  "same file, different extracted data (newer perfprog or another --lang): stored again")
    assert prev is not None
    was = f"{Path(prev.source).name}, sha256 {prev.sha256[:12]}, {prev.ingested_at:%Y-%m-%d %H:%M} UTC"
    return _t(lang, f"farklı bir dosya: önceki kaydın ({was}) yerine geçti",
              f"a different file: replaced the previous one ({was})")


def cmd_ingest(args: argparse.Namespace) -> int:
    from ..catalog import Catalog
    from ..run import ingest

    pdfs, options = options_from(args)
    catalog = Catalog(args.catalog)
    status = 0
    for pdf in pdfs:
        try:
            result, stored = ingest(pdf, options, catalog)
        except PerfprogError as exc:
            print(f"perfprog: {exc}", file=sys.stderr)
            status = max(status, exc.exit_code)
            continue
        lines, errors = len(result.frames["budget_lines_wide"]), result.summary["severity"].get("error", 0)
        print(f"{pdf.name} → {result.slug}: {_stored(stored, catalog.path, args.lang)}; "
              + _t(args.lang, f"{lines} satır, {errors} hata bulgusu", f"{lines} lines, {errors} error findings"))
    return status


def cmd_editions(args: argparse.Namespace) -> int:
    from ..catalog import Catalog

    with Catalog(args.catalog).reading() as snap:
        table = snap.overview()
    if table.empty:
        print(_t(args.lang, f"{args.catalog}: katalogda baskı yok", f"{args.catalog}: the catalog holds no edition"))
        return 0
    table = table.assign(plan_years=table["plan_years"].map(_years), sha256=table["sha256"].str[:12],
                         source=table["source"].map(lambda s: Path(s).name),
                         ingested_at=table["ingested_at"].dt.strftime("%Y-%m-%d %H:%M"))
    if args.lang != "en":
        table = table.rename(columns={
            "edition": "baskı", "municipality": "belediye", "edition_year": "yıl", "plan_years": "plan yılları",
            "page_count": "sayfa", "lines": "satır", "errors": "hata", "warnings": "uyarı",
            "ingested_at": "yüklendi (UTC)", "source": "dosya"})
    print(table.to_string(index=False))
    return 0


def cmd_diff(args: argparse.Namespace) -> int:
    from ..catalog.diff import diff_editions

    lang = args.lang
    diff = diff_editions(args.catalog, args.old, args.new)
    lines_path, totals_path = diff.write(args.out or Path(f"diff-{args.old}-{args.new}.csv"))
    old, new = diff.old, diff.new
    if not diff.years:
        print(_t(lang, f"{old.slug} ({_years(old.plan_years)}) ile {new.slug} ({_years(new.plan_years)}) ortak plan "
                       f"yılı yok: karşılaştırılacak tutar yok; dosyalarda yalnızca başlık satırı var",
                 f"{old.slug} ({_years(old.plan_years)}) and {new.slug} ({_years(new.plan_years)}) share no plan "
                 f"year: nothing to compare; the files hold their header row only"))
    else:
        counts = (diff.lines.drop_duplicates(["change", "project_code", "directorate", "indicator", "occurrence"])
                  ["change"].value_counts())
        changed, added, dropped = (int(counts.get(c, 0)) for c in ("changed", "added", "dropped"))
        print(_t(lang, f"{old.slug} → {new.slug}, {_years(diff.years)}: {changed} satırın tutarı değişti, "
                       f"{added} satır eklendi, {dropped} satır çıkarıldı",
                 f"{old.slug} → {new.slug}, {_years(diff.years)}: {changed} lines changed amounts, "
                 f"{added} added, {dropped} dropped"))
        if diff.left_out:
            only = {e.slug: sorted(set(e.plan_years) - set(diff.years)) for e in (old, new)}
            said = "; ".join(f"{slug}: {_years(ys)}" for slug, ys in only.items() if ys)
            print(_t(lang, f"yalnızca bir baskıda olan yıllar karşılaştırılmadı: {said}",
                     f"years only one edition covers were left out: {said}"))
    print(f"→ {lines_path}, {totals_path}")
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    from ..catalog import Catalog
    from ..catalog.export import export_edition

    target = export_edition(Catalog(args.catalog), args.edition, args.out, args.format)
    print(f"{args.edition} → {target} ({args.format})")
    return 0


def add_commands(sub: argparse._SubParsersAction) -> None:
    """Add the catalog commands to the parser of the command line."""
    catalog = argparse.ArgumentParser(add_help=False)
    catalog.add_argument("--catalog", type=Path, default=DEFAULT_CATALOG,
                         help=f"the catalog file (default: {DEFAULT_CATALOG})")
    lang = argparse.ArgumentParser(add_help=False)
    lang.add_argument("--lang", choices=["tr", "en"], default="tr", help="language of messages")


    ingest = sub.add_parser("ingest", parents=[pdf_options(), catalog], help="PDF'leri oku ve kataloğa ekle (run, then store)",
                            description="Run the pipeline over programme PDFs and store each edition in the catalog; "
                                        "PDFs are read one after another.")
    ingest.set_defaults(func=cmd_ingest, pages=None)  # a catalog stores whole editions: no --pages

    editions = sub.add_parser("editions", parents=[catalog, lang], help="katalogdaki baskılar (list the editions)",
                              description="List the editions stored in the catalog.")
    editions.set_defaults(func=cmd_editions)

    diff = sub.add_parser("diff", parents=[catalog, lang], help="iki baskıyı karşılaştır (compare two editions)",
                          description="Compare two editions line by line (strategic view) over their common "
                                      "plan years; totals per directorate go to FILE.totals.csv.")
    diff.add_argument("old", type=slug, help="the earlier edition, e.g. defne-2022")
    diff.add_argument("new", type=slug, help="the later edition, e.g. defne-2023")
    diff.add_argument("--out", type=Path, help="lines CSV (default: diff-OLD-NEW.csv); totals beside it")
    diff.set_defaults(func=cmd_diff)

    export = sub.add_parser("export", parents=[catalog, lang], help="bir baskıyı dışa aktar (export an edition)",
                            description="Write an edition's tables from the catalog to DIR/<edition>/.")
    export.add_argument("edition", type=slug, help="e.g. defne-2023")
    export.add_argument("--format", choices=["csv", "parquet", "xlsx"], default="csv", help="file format (default: csv)")
    export.add_argument("--out", type=Path, default=Path("exports"), help="output folder (default: exports/)")
    export.set_defaults(func=cmd_export)
