"""`perfprog ingest | editions | diff | export`: the catalog of editions on the command line
(README, "Catalog of editions"). Messages in the run's language (``--lang``); errors follow cli.py."""
from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from ..errors import PerfprogError
from ..i18n import DEFAULT_LANG, LANGS, N_, Lang, format_number, translations
from .options import options_from, pdf_options, slug

if TYPE_CHECKING:
    from ..catalog import Stored

DEFAULT_CATALOG = Path("extracted") / "catalog.duckdb"

EDITION_COLUMNS: dict[str, str] = {
    "edition": N_("edition"), "municipality": N_("municipality"), "edition_year": N_("edition_year"),
    "plan_years": N_("plan_years"), "page_count": N_("page_count"), "lines": N_("lines"), "errors": N_("errors"),
    "warnings": N_("warnings"), "ingested_at": N_("ingested_at"), "source": N_("source"),
}
"""The headings of `perfprog editions`: the catalog's column names, which is how English shows them."""


def _years(years: list[int]) -> str:
    """[2020, 2021, 2022, 2024] → `2020–2022, 2024`; no years → `-`."""
    runs: list[list[int]] = []
    for year in sorted(years):
        if runs and year == runs[-1][-1] + 1:
            runs[-1].append(year)
        else:
            runs.append([year])
    return ", ".join(f"{r[0]}–{r[-1]}" if len(r) > 1 else str(r[0]) for r in runs) or "-"


def _stored(stored: Stored, catalog: Path, lang: Lang) -> str:
    from ..catalog import Outcome

    _ = translations(lang).gettext
    prev = stored.previous
    if stored.outcome is Outcome.ADDED:
        return _("added to the catalog ({catalog})").format(catalog=catalog)
    if stored.outcome is Outcome.UNCHANGED:
        return _("already in the catalog (same file, same data): nothing changed")
    if stored.outcome is Outcome.UPDATED:
        return _("same file, different extracted data (newer perfprog or another --lang): stored again")
    assert prev is not None
    was = f"{Path(prev.source).name}, sha256 {prev.sha256[:12]}, {prev.ingested_at:%Y-%m-%d %H:%M} UTC"
    return _("a different file: replaced the previous one ({was})").format(was=was)


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
            print(f"perfprog: {exc.text(args.lang)}", file=sys.stderr)
            status = max(status, exc.exit_code)
            continue
        lines, errors = len(result.frames["budget_lines_wide"]), result.summary["severity"].get("error", 0)
        counts = translations(args.lang).gettext("{lines} lines, {errors} error findings").format(
            lines=format_number(lines, args.lang), errors=format_number(errors, args.lang))
        print(f"{pdf.name} → {result.slug}: {_stored(stored, catalog.path, args.lang)}; {counts}")
    return status


def cmd_editions(args: argparse.Namespace) -> int:
    from ..catalog import Catalog

    with Catalog(args.catalog).reading() as snap:
        table = snap.overview()
    if table.empty:
        print(translations(args.lang).gettext("{catalog}: the catalog holds no edition").format(catalog=args.catalog))
        return 0
    table = table.assign(plan_years=table["plan_years"].map(_years), sha256=table["sha256"].str[:12],
                         source=table["source"].map(lambda s: Path(s).name),
                         ingested_at=table["ingested_at"].dt.strftime("%Y-%m-%d %H:%M"))
    _ = translations(args.lang).gettext
    table = table.rename(columns={name: _(heading) for name, heading in EDITION_COLUMNS.items()})
    print(table.to_string(index=False))
    return 0


def cmd_diff(args: argparse.Namespace) -> int:
    from ..catalog.diff import diff_editions

    _ = translations(args.lang).gettext
    diff = diff_editions(args.catalog, args.old, args.new)
    lines_path, totals_path = diff.write(args.out or Path(f"diff-{args.old}-{args.new}.csv"))
    old, new = diff.old, diff.new
    if not diff.years:
        print(_("{old} ({old_years}) and {new} ({new_years}) share no plan year: nothing to compare; the files "
                "hold their header row only").format(old=old.slug, old_years=_years(old.plan_years), new=new.slug,
                                                     new_years=_years(new.plan_years)))
    else:
        counts = (diff.lines.drop_duplicates(["change", "project_code", "directorate", "indicator", "occurrence"])
                  ["change"].value_counts())
        changed, added, dropped = (int(counts.get(c, 0)) for c in ("changed", "added", "dropped"))
        print(_("{old} → {new}, {years}: {changed} lines changed amounts, {added} added, {dropped} dropped").format(
            old=old.slug, new=new.slug, years=_years(diff.years), changed=changed, added=added, dropped=dropped))
        if diff.left_out:
            only = {e.slug: sorted(set(e.plan_years) - set(diff.years)) for e in (old, new)}
            said = "; ".join(f"{slug}: {_years(ys)}" for slug, ys in only.items() if ys)
            print(_("years only one edition covers were left out: {years}").format(years=said))
    print(f"→ {lines_path}, {totals_path}")
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    from ..catalog import Catalog
    from ..catalog.export import export_edition

    target = export_edition(Catalog(args.catalog), args.edition, args.out, args.format, args.lang)
    print(f"{args.edition} → {target} ({args.format})")
    return 0


def add_commands(sub: argparse._SubParsersAction, lang: Lang) -> None:
    """Add the catalog commands to the parser of the command line, their help in ``lang``."""
    _ = translations(lang).gettext
    catalog = argparse.ArgumentParser(add_help=False)
    catalog.add_argument("--catalog", type=Path, default=DEFAULT_CATALOG,
                         help=_("the catalog file (default: {path})").format(path=DEFAULT_CATALOG))
    language = argparse.ArgumentParser(add_help=False)
    language.add_argument("--lang", choices=LANGS, default=DEFAULT_LANG, help=_("language of messages"))

    ingest = sub.add_parser("ingest", parents=[pdf_options(lang), catalog], help=_("run, then store in the catalog"),
                            description=_("Run the pipeline over programme PDFs and store each edition in the "
                                          "catalog; PDFs are read one after another."))
    ingest.set_defaults(func=cmd_ingest, pages=None)  # a catalog stores whole editions: no --pages

    editions = sub.add_parser("editions", parents=[catalog, language], help=_("list the editions in the catalog"),
                              description=_("List the editions stored in the catalog."))
    editions.set_defaults(func=cmd_editions)

    diff = sub.add_parser("diff", parents=[catalog, language], help=_("compare two editions"),
                          description=_("Compare two editions line by line (strategic view) over their common "
                                        "plan years; totals per directorate go to FILE.totals.csv."))
    diff.add_argument("old", type=slug(lang), help=_("the earlier edition, e.g. defne-2022"))
    diff.add_argument("new", type=slug(lang), help=_("the later edition, e.g. defne-2023"))
    diff.add_argument("--out", type=Path, help=_("lines CSV (default: diff-OLD-NEW.csv); totals beside it"))
    diff.set_defaults(func=cmd_diff)

    export = sub.add_parser("export", parents=[catalog, language], help=_("export an edition"),
                            description=_("Write an edition's tables from the catalog to DIR/<edition>/."))
    export.add_argument("edition", type=slug(lang), help=_("e.g. defne-2023"))
    export.add_argument("--format", choices=["csv", "parquet", "xlsx"], default="csv",
                        help=_("file format (default: csv)"))
    export.add_argument("--out", type=Path, default=Path("exports"), help=_("output folder (default: exports/)"))
    export.set_defaults(func=cmd_export)
