"""The run's handle on the workbook's writer (:mod:`.xlsx`): started before the PDF is read, in
a forked child, and handed the sheets as the run makes them (planned by :mod:`.workbook`, which
needs pandas: imported only then). Importing this module imports neither."""
from __future__ import annotations

from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Iterator

from ..processes import Handoff, aside
from .xlsx import write_given

if TYPE_CHECKING:
    import pandas as pd

    from ..i18n import Lang


@dataclass
class WorkbookWriter:
    """The run's side of a workbook's writer (:func:`workbook_writer`): begun with the first
    tables, finished with the rest."""

    handoff: Handoff
    tables: tuple[str, ...] = ()  # those begun with
    lang: Lang = "tr"

    def begin(self, frames: dict[str, pd.DataFrame], lang: Lang = "tr", decimals: int = 0) -> None:
        """Hand over the sheets of ``frames`` (in ``lang``, amounts with the ``decimals`` the
        document prints): the writer writes them while the run goes on."""
        from .workbook import begun

        self.handoff.give(begun(frames, lang, decimals))
        self.tables, self.lang = tuple(frames), lang

    def finish(self, frames: dict[str, pd.DataFrame], title: str, path: Path) -> None:
        """Hand over the sheets of the tables in ``frames`` not begun with, and the first sheet,
        which describes them all (``title`` heads it): the workbook goes to ``path``."""
        from .workbook import finished

        rest = {name: frame for name, frame in frames.items() if name not in self.tables}
        self.handoff.give(finished(rest, frames, title, self.lang, path))

    def done(self) -> None:
        """Wait for the workbook to be written; raise what the writer raised."""
        self.handoff.done()


@contextmanager
def workbook_writer(child: bool = True) -> Iterator[WorkbookWriter]:
    """A workbook's writer: with ``child``, a child forked now, before the run reads the PDF and
    grows (:mod:`.xlsx` says why), that writes the sheets as they are handed over, beside
    whatever the run does meanwhile (the checks, the other formats, the report); without (a run
    told to use one process), here, once :meth:`WorkbookWriter.done` is called. A block that
    fails stops the writer."""
    with aside(write_given, fork=child) as handoff:
        yield WorkbookWriter(handoff)
