"""The data-quality check: Great Expectations over the exported tables, with Data Docs.

:mod:`.suite` holds the expectations, :mod:`.check` runs them, :mod:`.worker` runs the check in a
separate process so that GE's slow import stays off the run's critical path. Only runs that ask for
it (``--data-docs``) import GE at all; pandera's schema checks (``pipeline.schemas``) run always.
"""
from .check import Check, QualityResult, check_quality
from .worker import QualityWorker

__all__ = ["Check", "QualityResult", "QualityWorker", "check_quality"]
