"""Errors a user can act on, each with its own exit status (documented in the README).

An error is raised where the problem is found, far from the run's language, so it carries an
English msgid and its values; it is put into words in the run's language where it is shown
(:meth:`PerfprogError.text`). It survives pickling, so an error of a worker process or a Dask
worker reaches the terminal in the same language."""
from __future__ import annotations

from .i18n import N_, SOURCE_LANG, Lang, translations


class PerfprogError(Exception):
    """A problem with the input or the run: printed as one line, exits with ``exit_code``.
    ``message`` is a msgid, a :meth:`str.format` template over ``values``."""

    exit_code = 2

    def __init__(self, message: str, **values: object) -> None:
        super().__init__(message)
        self.message, self.values = message, values

    def __reduce__(self):
        return _restore, (type(self), self.message, self.values)

    def __str__(self) -> str:
        return self.text(SOURCE_LANG)

    def text(self, lang: Lang) -> str:
        """The error as one line in ``lang``."""
        return translations(lang).gettext(self.message).format(**self.values)


def _restore(cls: type[PerfprogError], message: str, values: dict[str, object]) -> PerfprogError:
    return cls(message, **values)


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
        return cls(N_("{path}: cannot write: {cause}"), path=exc.filename or where, cause=exc.strerror or exc)


class StageError(PerfprogError):
    """An unexpected failure inside one stage of a run on a document: named by its stage, so a
    programme that was read never ends as an anonymous internal error."""

    exit_code = 11
    stage = N_("{pdf}: internal error while reading: {cause}")

    @classmethod
    def wrap(cls, pdf, exc: BaseException) -> "StageError":
        cause = (f"{exc.filename}: {exc.strerror}" if isinstance(exc, OSError) and exc.filename
                 else f"{type(exc).__name__}: {exc}")
        return cls(cls.stage, pdf=pdf, cause=cause)


class ExtractionError(StageError):
    """The extractor failed on the document (a layout it does not expect)."""

    exit_code = 11
    stage = N_("{pdf}: internal error while reading the PDF: {cause}")


class CheckError(StageError):
    """The document was read, but checking or reconciling its tables failed."""

    exit_code = 12
    stage = N_("{pdf}: internal error while checking the tables: {cause}")


class ReportError(StageError):
    """The tables were written, but the report could not be."""

    exit_code = 13
    stage = N_("{pdf}: internal error while writing the report (the tables were written): {cause}")


FINDINGS_EXIT = 1
"""Exit status of `perfprog check` when the document was read but does not reconcile
(error-level findings). `run` exits 0 then: the findings are its result, in findings.csv."""
