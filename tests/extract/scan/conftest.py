"""The shared 2023 programme scanned (200 dpi, noise, a 0.5–1° turn, JPEG) and run through the
whole pipeline once per test session: OCR is the slow part (about a second a page)."""
from __future__ import annotations

import pytest

from pipeline.run import Options, RunResult, process

from ...conftest import EDITIONS
from .scanify import scan


@pytest.fixture(scope="session")
def scanned(tmp_path_factory) -> RunResult:
    """The scan's run (tables and report)."""
    folder = tmp_path_factory.mktemp("scan")
    pdf = scan(EDITIONS["defne-2023"], folder / "defne-2023-scan.pdf")
    return process(pdf, Options(out=folder / "out", reports=folder / "reports", use_cache=False))
