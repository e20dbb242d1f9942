"""An edition from the catalog as files, without the PDF: the tables `perfprog run` writes (the
wide view rebuilt from the long one), plus ``edition`` with where the data came from."""
from __future__ import annotations

from dataclasses import asdict
from pathlib import Path

import pandas as pd

from .store import Catalog, Edition
from ..files import atomic_folder
from ..output.csv import write_csv
from ..output.workbook import write_workbook
from ..frames import budget_lines_wide
from ..i18n import DEFAULT_LANG, Lang

FORMATS = ("csv", "parquet", "xlsx")


def _edition_frame(edition: Edition) -> pd.DataFrame:
    row = {"edition": edition.slug, **asdict(edition)}
    del row["slug"]
    row["plan_years"] = ",".join(map(str, edition.plan_years))
    row["ingested_at"] = edition.ingested_at.isoformat() + "Z"
    return pd.DataFrame([row]).astype({"edition_year": "Int64"})


def edition_tables(catalog: Catalog, slug: str) -> dict[str, pd.DataFrame]:
    """Every table of an edition by name, in the order `run` writes them, then ``edition``."""
    with catalog.reading() as snap:
        edition, stored = snap.edition(slug), snap.frames(slug)
    tables = {"budget_lines": stored.pop("budget_lines")}
    tables["budget_lines_wide"] = budget_lines_wide(tables["budget_lines"])
    return {**tables, **stored, "edition": _edition_frame(edition)}


def _write(tables: dict[str, pd.DataFrame], folder: Path, fmt: str, slug: str, lang: Lang) -> None:
    if fmt == "csv":
        for name, frame in tables.items():
            write_csv(frame, folder / f"{name}.csv")
    elif fmt == "parquet":
        for name, frame in tables.items():
            frame.to_parquet(folder / f"{name}.parquet", index=False)
    else:
        write_workbook(tables, folder / f"{slug}.xlsx", lang)


def export_edition(catalog: Catalog, slug: str, out: Path, fmt: str, lang: Lang = DEFAULT_LANG) -> Path:
    """Write edition ``slug`` to the folder ``out/<slug>/`` in ``fmt`` (a workbook titled in ``lang``);
    the folder is replaced at once."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r}; one of {FORMATS}")
    tables = edition_tables(catalog, slug)
    target = Path(out) / slug
    with atomic_folder(target) as staging:
        _write(tables, staging, fmt, slug, lang)
    return target
