"""Errors a user can act on, each with its own exit status (documented in the README)."""
from __future__ import annotations


class PerfprogError(Exception):
    """A problem with the input or the run: printed as one line, exits with ``exit_code``."""

    exit_code = 2


class InputError(PerfprogError):
    """The file cannot be read as a PDF (missing, empty, not a PDF, damaged)."""

    exit_code = 3


class PasswordError(PerfprogError):
    """The PDF is encrypted and no (or a wrong) password was given."""

    exit_code = 4


class NoTextError(PerfprogError):
    """The PDF has no text layer (a scan)."""

    exit_code = 5


class NotProgrammeError(PerfprogError):
    """The PDF has text but no performance-programme tables."""

    exit_code = 6


class SchemaError(PerfprogError):
    """Extracted tables break their schema and --strict was asked for."""

    exit_code = 7


class CatalogError(PerfprogError):
    """The catalog cannot do what was asked: it is missing or not a perfprog catalog, the edition
    is unknown, or the same PDF is already stored as another edition."""

    exit_code = 8


class CatalogBusyError(CatalogError):
    """Another perfprog process held the catalog past the wait: a retry may succeed, so scripts
    get their own exit status."""

    exit_code = 9


FINDINGS_EXIT = 1
"""Exit status of `perfprog check` when the document was read but does not reconcile
(error-level findings). `run` exits 0 then: the findings are its result, in findings.csv."""
