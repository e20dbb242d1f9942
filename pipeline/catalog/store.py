"""The catalog: every ingested edition of the programmes in one embedded DuckDB file.

An edition is keyed by its slug (``defne-2023``): one row in ``editions`` and its rows in one
table per stored frame, each with an ``edition`` column first. Storing an edition is a single
transaction, so it is replaced whole or not at all.

DuckDB lets only one process open a file for writing and then refuses every other process, so all
access goes through a lock file next to the catalog (``catalog.duckdb.lock``): shared to read,
exclusive to write, waiting up to ``timeout`` seconds before giving up with a clear error.
"""
from __future__ import annotations

import fcntl
import hashlib
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import astuple, dataclass
from datetime import UTC, datetime
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

import duckdb
import pandas as pd

from ..errors import CatalogBusyError, CatalogError, OutputError
from ..i18n import N_
from ..text import is_slug
from .schema import EDITION_COLUMNS, TABLES, create_catalog, is_current, is_empty

if TYPE_CHECKING:
    from ..model import Document

DEFAULT_TIMEOUT = 30.0
"""Seconds to wait for another process: a write transaction takes about a second."""

_INSERT_EDITION = f"INSERT INTO editions VALUES ({', '.join('?' * len(EDITION_COLUMNS))})"


def _store_edition(con: duckdb.DuckDBPyConnection, edition: Edition, previous: Edition | None) -> None:
    """Insert a new edition's row, or update a stored one's changed columns in place. Never delete
    and insert it again: DuckDB refuses to delete a row other tables reference, even once their rows
    are gone in the same transaction, and it updates a list column (``plan_years``) that way."""
    if previous is None:
        con.execute(_INSERT_EDITION, list(astuple(edition)))
        return
    changed = {c: new for c, old, new in zip(EDITION_COLUMNS, astuple(previous), astuple(edition)) if old != new}
    if "plan_years" in changed:
        raise CatalogError(N_("{slug}: the stored edition has other plan years: ingest the new file under another "
                              "--slug"), slug=edition.slug)
    if changed:
        con.execute(f"UPDATE editions SET {', '.join(f'{c} = ?' for c in changed)} WHERE edition = ?",
                    [*changed.values(), edition.slug])


def _quoted(columns: list[str]) -> str:
    return ", ".join(f'"{c}"' for c in columns)


@dataclass(frozen=True)
class Edition:
    """One stored edition; the fields are the columns of ``editions`` in order."""

    slug: str
    municipality: str
    edition_year: int | None
    plan_years: list[int]
    source: str  # the PDF's path as given to ingest
    page_count: int
    sha256: str  # of the PDF file
    data_sha256: str  # of the stored tables: tells a newer extraction of the same file apart
    ingested_at: datetime  # UTC


class Outcome(StrEnum):
    ADDED = "added"
    UNCHANGED = "unchanged"  # the same file with the same extracted data: nothing written
    REPLACED = "replaced"  # a different file for the same edition
    UPDATED = "updated"  # the same file, extracted differently (newer perfprog, another --lang)


@dataclass(frozen=True)
class Stored:
    outcome: Outcome
    edition: Edition  # as stored now
    previous: Edition | None  # what the catalog held for this slug before


def _fingerprint(frames: dict[str, pd.DataFrame]) -> str:
    digest = hashlib.sha256()
    for name, frame in frames.items():
        digest.update(name.encode())
        digest.update(frame.to_csv(index=False, lineterminator="\n").encode())
    return digest.hexdigest()


def _flock(path: Path, exclusive: bool, timeout: float) -> TextIO:
    """Open ``path`` and lock it (fcntl.flock), polling until ``timeout``, then TimeoutError.
    Closing the file releases the lock, and so does the death of the process."""
    mode = (fcntl.LOCK_EX if exclusive else fcntl.LOCK_SH) | fcntl.LOCK_NB
    deadline = time.monotonic() + timeout
    handle = open(path, "a")
    while True:
        try:
            fcntl.flock(handle, mode)
            return handle
        except BlockingIOError:
            if time.monotonic() >= deadline:
                handle.close()
                raise TimeoutError from None
            time.sleep(0.05)


class Snapshot:
    """Reads from one open connection: everything it returns belongs to one consistent state."""

    def __init__(self, con: duckdb.DuckDBPyConnection):
        self._con = con

    def sql(self, query: str, params: dict | None = None) -> pd.DataFrame:
        """Run a query; integer columns come back as nullable ``Int64`` whether or not they hold nulls."""
        frame = self._con.execute(query, params or {}).df()
        return frame.astype({c: "Int64" for c, dtype in frame.dtypes.items() if pd.api.types.is_integer_dtype(dtype)})

    def editions(self) -> list[Edition]:
        rows = self._con.execute("SELECT * FROM editions ORDER BY municipality, edition_year, edition").fetchall()
        return [Edition(*row) for row in rows]

    def edition(self, slug: str) -> Edition:
        row = self._con.execute("SELECT * FROM editions WHERE edition = ?", [slug]).fetchone()
        if row is None:
            known = ", ".join(e.slug for e in self.editions()) or "-"
            raise CatalogError(N_("no such edition in the catalog: '{slug}'; its editions: {known}"), slug=slug,
                               known=known)
        return Edition(*row)

    def frames(self, slug: str) -> dict[str, pd.DataFrame]:
        """The stored tables of an edition, rows in the order they were stored."""
        self.edition(slug)
        return {name: self.sql(f"SELECT {_quoted(columns)} FROM {name} WHERE edition = $e ORDER BY rowid",
                               {"e": slug})
                for name, columns in TABLES.items()}

    def overview(self) -> pd.DataFrame:
        """Every edition with its size: indicator rows (as `run` counts them) and findings by severity."""
        return self.sql("""
            SELECT e.edition, e.municipality, e.edition_year, e.plan_years, e.page_count,
                   (SELECT count(DISTINCT (view, section, project_code, directorate, line_no))
                      FROM budget_lines b WHERE b.edition = e.edition) AS lines,
                   (SELECT count(*) FILTER (WHERE severity = 'error') FROM findings f WHERE f.edition = e.edition) AS errors,
                   (SELECT count(*) FILTER (WHERE severity = 'warning') FROM findings f WHERE f.edition = e.edition) AS warnings,
                   e.ingested_at, e.source, e.sha256
            FROM editions e ORDER BY e.municipality, e.edition_year, e.edition""")


class Catalog:
    """The DuckDB file at ``path``; every method opens it, does one thing and closes it again."""

    def __init__(self, path: Path, timeout: float = DEFAULT_TIMEOUT):
        self.path = Path(path)
        self.timeout = timeout

    @property
    def lock_path(self) -> Path:
        return self.path.with_name(self.path.name + ".lock")

    @contextmanager
    def _connect(self, write: bool) -> Iterator[duckdb.DuckDBPyConnection]:
        if write:
            try:
                self.path.parent.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise OutputError.of(exc, self.path.parent) from None
        elif not self.path.exists():
            raise CatalogError(N_("{path}: no catalog here: run `perfprog ingest` first"), path=self.path)
        with self._locked(write):
            try:
                con = duckdb.connect(str(self.path), read_only=not write)
            except duckdb.IOException as exc:
                raise OutputError(N_("{path}: cannot open the catalog: {cause}"), path=self.path,
                                  cause=str(exc).splitlines()[0]) from None
            except duckdb.Error as exc:
                raise CatalogError(N_("{path}: cannot open the catalog: {cause}"), path=self.path,
                                   cause=str(exc).splitlines()[0]) from exc
            try:
                self._check_schema(con, create=write)
                yield con
            finally:
                con.close()

    @contextmanager
    def _locked(self, exclusive: bool) -> Iterator[None]:
        try:
            handle = _flock(self.lock_path, exclusive, self.timeout)
        except TimeoutError:
            raise CatalogBusyError(N_("{path}: catalog busy: another perfprog process held it for {seconds:g} s; "
                                      "try again shortly"), path=self.path, seconds=self.timeout) from None
        except OSError as exc:
            if exclusive:
                raise OutputError.of(exc, self.lock_path) from None
            yield  # a catalog on read-only media: nobody can be writing it
            return
        with handle:
            yield

    def _check_schema(self, con: duckdb.DuckDBPyConnection, create: bool) -> None:
        """Refuse a DuckDB file that is not a catalog of this perfprog (an older perfprog's catalog
        included: it lacks the keys and views); create the tables in a new one."""
        if create and is_empty(con):
            create_catalog(con)
            return
        if not is_current(con):
            raise CatalogError(N_("{path}: not a catalog of this perfprog version: move it away and ingest again"),
                               path=self.path)

    @contextmanager
    def reading(self) -> Iterator[Snapshot]:
        """A consistent read view; writers wait until it is closed."""
        with self._connect(write=False) as con:
            yield Snapshot(con)

    def editions(self) -> list[Edition]:
        with self.reading() as snap:
            return snap.editions()

    def frames(self, slug: str) -> dict[str, pd.DataFrame]:
        with self.reading() as snap:
            return snap.frames(slug)

    def store(self, slug: str, source: Path, doc: Document, tables: dict[str, pd.DataFrame]) -> Stored:
        """Store a document read from ``source``, with its tables (the findings among them), as
        edition ``slug``: add it, replace it, or leave the catalog untouched when the same file gave
        the same data. The same file under another slug is refused: one PDF is one edition, and a
        second copy would be counted twice in every comparison."""
        if not is_slug(slug):
            raise CatalogError(N_("{slug!r}: not a valid edition name"), slug=slug)
        if doc.selection:
            raise CatalogError(N_("{slug}: only pages {pages} were read; the catalog stores whole editions"),
                               slug=slug, pages=doc.selection)
        frames = {name: tables[name] for name in TABLES}
        edition = Edition(slug, doc.municipality, doc.edition_year, list(doc.plan_years), str(source),
                          doc.page_count, doc.sha256, _fingerprint(frames),
                          datetime.now(UTC).replace(tzinfo=None, microsecond=0))
        with self._connect(write=True) as con:
            stored = Snapshot(con).editions()
            previous = next((e for e in stored if e.slug == edition.slug), None)
            twin = next((e for e in stored if e.sha256 == edition.sha256 and e.slug != edition.slug), None)
            if twin is not None:
                raise CatalogError(N_("{source}: this file is already in the catalog as '{slug}'; give --slug {slug} "
                                      "to ingest it again under that name"), source=source, slug=twin.slug)
            if previous is not None and (previous.sha256, previous.data_sha256) == (edition.sha256, edition.data_sha256):
                return Stored(Outcome.UNCHANGED, previous, previous)
            self._write(con, edition, frames, previous)
        if previous is None:
            outcome = Outcome.ADDED
        else:
            outcome = Outcome.UPDATED if previous.sha256 == edition.sha256 else Outcome.REPLACED
        return Stored(outcome, edition, previous)

    @staticmethod
    def _write(con: duckdb.DuckDBPyConnection, edition: Edition, frames: dict[str, pd.DataFrame],
               previous: Edition | None) -> None:
        """Replace the edition's rows in every table, in one transaction."""
        con.begin()
        try:
            for name in TABLES:
                con.execute(f"DELETE FROM {name} WHERE edition = ?", [edition.slug])
            _store_edition(con, edition, previous)
            for name, columns in TABLES.items():
                con.register("incoming", frames[name])
                con.execute(f"INSERT INTO {name} SELECT ?, {_quoted(columns)} FROM incoming", [edition.slug])
                con.unregister("incoming")
            con.commit()
        except BaseException as exc:
            try:
                con.rollback()
            except duckdb.Error:  # the failure may have ended the transaction: the cause is what counts
                pass
            if isinstance(exc, (duckdb.IOException, OSError)):
                raise OutputError(N_("{slug}: cannot write the catalog: {cause}"), slug=edition.slug,
                                  cause=str(exc).splitlines()[0]) from exc
            if isinstance(exc, duckdb.ConstraintException):
                raise CatalogError(N_("{slug}: the tables break their keys; the catalog is unchanged: {cause}"),
                                   slug=edition.slug, cause=str(exc).splitlines()[0]) from exc
            raise
