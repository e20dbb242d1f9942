"""What every page reader is and gives (see the package's docstring)."""
from __future__ import annotations

from pathlib import Path
from typing import Literal, Protocol

from ...errors import PasswordError
from ...i18n import N_
from ..content import PageContent
from ..settings import DEFAULT, Settings

ReaderName = Literal["pdfium", "pdfminer"]
READERS: tuple[ReaderName, ...] = ("pdfium", "pdfminer")
DEFAULT_READER: ReaderName = "pdfium"


class Source(Protocol):
    """An open PDF whose pages are read one at a time (each page's memory is freed once read)."""

    path: Path
    page_count: int
    metadata: dict
    encrypted: bool

    def page(self, index: int, settings: Settings = DEFAULT) -> PageContent:
        """Page ``index`` (0-based) as words and rules."""

    def close(self) -> None: ...


def locked(path: Path, password: str | None) -> PasswordError:
    """The error for an encrypted PDF opened without its (right) password."""
    if password:
        return PasswordError(N_("{path}: the PDF is encrypted: wrong password"), path=path)
    return PasswordError(N_("{path}: the PDF is encrypted: give its password with --password"), path=path)
