"""pandera without the libraries a run does not use.

pandera looks for every frame library it could validate: the first model build imports
``pandera.typing.dask`` (so Dask, and SciPy through it, when installed) and the first validation
imports its data-synthesis strategies (so Hypothesis). A run validates pandas frames only, and
those imports cost about a second. :func:`prime` lets pandera take both steps once while these
libraries look absent, so it records "not installed" and never imports them; a process that has
already imported one (a test session, a Dask worker) keeps it and pandera sees it as usual.
"""
from __future__ import annotations

import sys
from contextlib import contextmanager
from typing import Iterator

UNUSED = ("dask", "hypothesis")


@contextmanager
def _hidden(names: tuple[str, ...]) -> Iterator[None]:
    """``import name`` fails inside the block for each of ``names`` not imported yet."""
    hidden = [name for name in names if name not in sys.modules]
    sys.modules.update(dict.fromkeys(hidden))
    try:
        yield
    finally:
        for name in hidden:
            if sys.modules.get(name, ...) is None:
                del sys.modules[name]


def prime() -> None:
    """Have pandera settle its optional frame types and check backends now, without
    :data:`UNUSED`."""
    with _hidden(UNUSED):
        import pandera.backends.pandas.builtin_checks  # noqa: F401  (imports the strategies)
        from pandera.typing import get_dataframe_types, get_index_types, get_series_types

        get_dataframe_types(), get_index_types(), get_series_types()
