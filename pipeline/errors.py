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


class OutputError(PerfprogError):
    """An output cannot be written: the disk is full, a folder is read-only, a file stands where
    a folder belongs, a name is too long. The previous outputs stay as they were."""

    exit_code = 14

    @classmethod
    def of(cls, exc: OSError, where: object = "") -> "OutputError":
        path = exc.filename or where
        return cls(f"{path}: yazılamadı (cannot write): {exc.strerror or exc}")


class StageError(PerfprogError):
    """An unexpected failure inside one stage of a run on a document: named by its stage, so a
    programme that was read never ends as an anonymous internal error."""

    exit_code = 11
    stage = ("okuma", "reading")

    @classmethod
    def wrap(cls, pdf, exc: BaseException) -> "StageError":
        tr, en = cls.stage
        cause = (f"{exc.filename}: {exc.strerror}" if isinstance(exc, OSError) and exc.filename
                 else f"{type(exc).__name__}: {exc}")
        return cls(f"{pdf}: {tr} aşamasında iç hata ({en} failed): {cause}")


class ExtractionError(StageError):
    """The extractor failed on the document (a layout it does not expect)."""

    exit_code = 11
    stage = ("okuma", "reading the PDF")


class CheckError(StageError):
    """The document was read, but checking or reconciling its tables failed."""

    exit_code = 12
    stage = ("denetim", "checking the tables")


class ReportError(StageError):
    """The tables were written, but the report could not be."""

    exit_code = 13
    stage = ("rapor", "writing the report; the tables were written")


FINDINGS_EXIT = 1
"""Exit status of `perfprog check` when the document was read but does not reconcile
(error-level findings). `run` exits 0 then: the findings are its result, in findings.csv."""
