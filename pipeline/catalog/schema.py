"""The catalog's tables, derived from the contract: one table per stored published table, with an
``edition`` column first that references ``editions``, the table's key (with the edition), the
models' descriptions as comments, and the views a SQL user starts from."""
from __future__ import annotations

import duckdb

from ..contract import Column, Table, table

STORED = ["budget_lines", "printed_totals", "section_pages", "projects", "goals", "aims", "findings"]
"""The published tables stored per edition. ``budget_lines_wide`` is not stored: its columns are the
plan years, which differ between editions, and ``frames.budget_lines_wide`` rebuilds it from
``budget_lines``; the cross-check is an optional second opinion, not the edition's data."""

TABLES: dict[str, list[str]] = {name: table(name).names for name in STORED}
"""The stored tables' columns after ``edition``, in order."""

EDITION_COLUMNS: dict[str, tuple[str, str]] = {
    "edition": ("VARCHAR PRIMARY KEY", "The edition's name (slug), e.g. `defne-2023`."),
    "municipality": ("VARCHAR NOT NULL", "The municipality, as the programme names it."),
    "edition_year": ("INTEGER", "The programme's year, as its front matter prints it."),
    "plan_years": ("INTEGER[] NOT NULL", "The plan years the programme's tables cover."),
    "source": ("VARCHAR NOT NULL", "The PDF's path as given to `perfprog ingest`."),
    "page_count": ("INTEGER NOT NULL", "Pages of the PDF."),
    "sha256": ("VARCHAR NOT NULL", "SHA-256 of the PDF file."),
    "data_sha256": ("VARCHAR NOT NULL", "SHA-256 of the stored tables: tells a newer extraction of the same file apart."),
    "ingested_at": ("TIMESTAMP NOT NULL", "When the edition was stored (UTC)."),
}
"""The ``editions`` table: type and description per column (the fields of ``store.Edition``, in order)."""

_SQL_TYPES = {"integer": "BIGINT", "number": "DOUBLE", "string": "VARCHAR"}

VIEWS: dict[str, tuple[str, str]] = {
    "latest_editions": (
        "The latest edition of each municipality's programme (by edition year, then ingest time).",
        """SELECT * FROM editions
           QUALIFY row_number() OVER (PARTITION BY municipality
                                      ORDER BY edition_year DESC NULLS LAST, ingested_at DESC) = 1"""),
    "findings_with_pages": (
        "Every finding with its edition's municipality and year, and its pages as a list of numbers.",
        """SELECT e.municipality, e.edition_year, f.*,
                  CASE WHEN coalesce(f.pdf_pages, '') = '' THEN []::INTEGER[]
                       ELSE list_transform(string_split(f.pdf_pages, '; '), lambda p: p::INTEGER) END AS pages
           FROM findings f JOIN editions e USING (edition)"""),
    "budget_by_unit_year": (
        "Each directorate's budget per edition and plan year: the sum of its strategic-view lines (each "
        "amount counted once, blank cells as 0) beside its section's printed total.",
        """WITH sums AS (
               SELECT edition, directorate, year, coalesce(sum(amount), 0)::BIGINT AS budget
               FROM budget_lines WHERE view = 'strategic' GROUP BY ALL),
           printed AS (
               SELECT edition, directorate, year, arg_min(amount, pdf_page) AS printed_total
               FROM printed_totals GROUP BY ALL)
           SELECT e.municipality, e.edition_year, edition, directorate, year, s.budget, p.printed_total
           FROM sums s FULL JOIN printed p USING (edition, directorate, year) JOIN editions e USING (edition)"""),
    "edition_changes": (
        "How each directorate's budget changed from one edition of a municipality's programme to the next, "
        "per plan year both editions cover; an absent side counts as 0 in `difference`.",
        """WITH ordered AS (
               SELECT municipality, edition, plan_years,
                      lag(edition) OVER w AS old_edition, lag(plan_years) OVER w AS old_years
               FROM editions WINDOW w AS (PARTITION BY municipality ORDER BY edition_year, ingested_at)),
           pairs AS (SELECT municipality, old_edition, edition AS new_edition,
                            list_intersect(old_years, plan_years) AS years
                     FROM ordered WHERE old_edition IS NOT NULL),
           o AS (SELECT p.*, b.directorate, b.year, b.budget FROM pairs p
                 JOIN budget_by_unit_year b ON b.edition = p.old_edition AND list_contains(p.years, b.year)),
           n AS (SELECT p.*, b.directorate, b.year, b.budget FROM pairs p
                 JOIN budget_by_unit_year b ON b.edition = p.new_edition AND list_contains(p.years, b.year))
           SELECT coalesce(o.municipality, n.municipality) AS municipality,
                  coalesce(o.old_edition, n.old_edition) AS old_edition,
                  coalesce(o.new_edition, n.new_edition) AS new_edition,
                  coalesce(o.directorate, n.directorate) AS directorate, coalesce(o.year, n.year) AS year,
                  o.budget AS old_budget, n.budget AS new_budget,
                  coalesce(n.budget, 0) - coalesce(o.budget, 0) AS difference
           FROM o FULL JOIN n ON o.old_edition = n.old_edition AND o.new_edition = n.new_edition
                              AND o.directorate = n.directorate AND o.year = n.year"""),
}
"""Views by name: (what a row is, the query)."""


def _literal(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def _column_sql(column: Column, key: list[str]) -> str:
    not_null = " NOT NULL" if column.name in key or (not column.nullable and column.kind != "string") else ""
    return f'"{column.name}" {_SQL_TYPES[column.kind]}{not_null}'


def _table_sql(contract: Table) -> list[str]:
    key = ["edition", *contract.key]
    parts = ["edition VARCHAR NOT NULL REFERENCES editions (edition)",
             *(_column_sql(c, key) for c in contract.columns)]
    if contract.key:
        parts.append("PRIMARY KEY (" + ", ".join(f'"{c}"' for c in key) + ")")
    comments = [f"COMMENT ON TABLE {contract.name} IS {_literal(contract.description)}",
                f"COMMENT ON COLUMN {contract.name}.edition IS {_literal(EDITION_COLUMNS['edition'][1])}",
                *(f'COMMENT ON COLUMN {contract.name}."{c.name}" IS {_literal(c.description)}' for c in contract.columns)]
    return [f"CREATE TABLE {contract.name} (" + ", ".join(parts) + ")", *comments]


def statements() -> list[str]:
    """The DDL of an empty catalog, in order."""
    found = ["CREATE TABLE editions (" + ", ".join(f"{n} {t}" for n, (t, _) in EDITION_COLUMNS.items()) + ")",
             "COMMENT ON TABLE editions IS 'One row per stored edition of a programme.'",
             *(f"COMMENT ON COLUMN editions.{n} IS {_literal(d)}" for n, (_, d) in EDITION_COLUMNS.items())]
    for name in STORED:
        found += _table_sql(table(name))
    for name, (description, query) in VIEWS.items():
        found += [f"CREATE VIEW {name} AS {query}", f"COMMENT ON VIEW {name} IS {_literal(description)}"]
    return found


def create_catalog(con: duckdb.DuckDBPyConnection) -> None:
    """Create the catalog's tables and views in an empty database, in one transaction."""
    con.begin()
    for statement in statements():
        con.execute(statement)
    con.commit()


def is_current(con: duckdb.DuckDBPyConnection) -> bool:
    """Whether the database holds this version's catalog: every table with its columns, every view."""
    found: dict[str, list[str]] = {}
    for name, column in con.execute("SELECT table_name, column_name FROM duckdb_columns() WHERE NOT internal "
                                    "AND schema_name = 'main' ORDER BY table_name, column_index").fetchall():
        found.setdefault(name, []).append(column)
    wanted = {"editions": list(EDITION_COLUMNS), **{name: ["edition", *columns] for name, columns in TABLES.items()}}
    views = {v for (v,) in con.execute("SELECT view_name FROM duckdb_views() WHERE NOT internal").fetchall()}
    return all(found.get(name) == columns for name, columns in wanted.items()) and set(VIEWS) <= views


def is_empty(con: duckdb.DuckDBPyConnection) -> bool:
    return not con.execute("SELECT count(*) FROM duckdb_tables() WHERE NOT internal").fetchone()[0]
