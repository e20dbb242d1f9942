"""Run the quality suite over the tables in an ephemeral Great Expectations context and write
its Data Docs. A failed expectation is a result to report, never an exception. GE takes seconds
to import, so it is imported only inside these functions (see :mod:`.worker`)."""
from __future__ import annotations

import re
import time
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from ..files import build_time
from ..i18n import DEFAULT_LANG, Lang
from .offline import make_offline
from .suite import suites

SITE = "perfprog"


@dataclass(frozen=True)
class Check:
    """One expectation's outcome on one table."""

    table: str
    description: str  # in the run's language
    expectation: str  # GE's name, e.g. expect_column_values_to_match_regex
    columns: str
    success: bool
    unexpected: int  # rows breaking it (0 for table-level expectations)
    examples: str  # a few of the offending values


@dataclass(frozen=True)
class QualityResult:
    checks: list[Check]
    seconds: float

    @property
    def passed(self) -> int:
        return sum(c.success for c in self.checks)


def warm_up() -> None:
    """Import GE now, in a worker process, so that the check itself starts at once later."""
    import great_expectations  # noqa: F401
    import great_expectations.expectations  # noqa: F401


def _plain(frame: pd.DataFrame) -> pd.DataFrame:
    """Nullable integers as floats: GE's pandas metrics compare with NaN, not with pd.NA."""
    nullable = [c for c, t in frame.dtypes.items() if isinstance(t, pd.Int64Dtype)]
    return frame.astype({c: "float64" for c in nullable})


def _show(value) -> str:
    """An offending value as a reader writes it: 450000 rather than np.float64(450000.0)."""
    if isinstance(value, (tuple, list)):
        return " / ".join(map(_show, value))
    if hasattr(value, "item"):
        value = value.item()
    return str(int(value)) if isinstance(value, float) and value.is_integer() else str(value)


def _check(table: str, result) -> Check:
    config, outcome = result.expectation_config, result.result or {}
    kwargs = config.kwargs
    columns = kwargs.get("column") or ", ".join(kwargs.get("column_list") or [])
    if "column_A" in kwargs:
        columns = f'{kwargs["column_A"]} = {kwargs["column_B"]}'
    examples = "; ".join(map(_show, (outcome.get("partial_unexpected_list") or [])[:5]))
    return Check(table, config.description or "", config.type, columns, bool(result.success),
                 int(outcome.get("unexpected_count") or 0), examples)


def check_quality(tables: dict[str, pd.DataFrame], plan_years: list[int], page_count: int,
                  docs_dir: Path, lang: Lang = DEFAULT_LANG) -> QualityResult:
    """Validate the tables that have a suite in an ephemeral GE context and write the Data Docs
    site into ``docs_dir`` (the caller's staging folder, so a re-run replaces it)."""
    import great_expectations as gx
    from great_expectations.core.run_identifier import RunIdentifier
    from great_expectations.data_context.types.base import (DataContextConfig, InMemoryStoreBackendDefaults,
                                                            ProgressBarsConfig)

    start = time.perf_counter()
    site = {"class_name": "SiteBuilder", "show_how_to_buttons": False,
            "site_index_builder": {"class_name": "DefaultSiteIndexBuilder"},
            "store_backend": {"class_name": "TupleFilesystemStoreBackend", "base_directory": str(docs_dir.resolve())}}
    context = gx.get_context(mode="ephemeral", project_config=DataContextConfig(
        store_backend_defaults=InMemoryStoreBackendDefaults(), analytics_enabled=False,
        progress_bars=ProgressBarsConfig(globally=False), data_docs_sites={SITE: site}))
    source = context.data_sources.add_pandas("perfprog")
    run_id = RunIdentifier(run_name="perfprog", run_time=build_time())  # SOURCE_DATE_EPOCH: stable paths
    checks = []
    for name, expectations in suites(plan_years, page_count, lang).items():
        batch = source.add_dataframe_asset(name).add_batch_definition_whole_dataframe(name)
        suite = context.suites.add(gx.ExpectationSuite(name=name, expectations=expectations))
        validation = context.validation_definitions.add(gx.ValidationDefinition(name=name, data=batch, suite=suite))
        result = validation.run(batch_parameters={"dataframe": _plain(tables[name])}, result_format="SUMMARY",
                                run_id=run_id)
        checks += [_check(name, r) for r in result.results]
    context.build_data_docs(site_names=[SITE])
    make_offline(docs_dir)
    _unstamp(docs_dir, run_id.run_time)
    return QualityResult(checks, time.perf_counter() - start)


_CACHE_BUSTER = re.compile(r"\?d=\d{8}T\d{6}\.\d+Z")
_TIME = re.compile(r"\d{8}T\d{6}\.\d{6}Z")
_UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")


def _unstamp(docs_dir: Path, run_time) -> None:
    """GE writes wall-clock times and random element ids into its pages: the run's time (see
    SOURCE_DATE_EPOCH) and ids numbered in page order instead, so that the same run gives the
    same pages."""
    when = run_time.strftime("%Y%m%dT%H%M%S.%fZ")
    for page in docs_dir.rglob("*.html"):
        text = _TIME.sub(when, _CACHE_BUSTER.sub("", page.read_text(encoding="utf-8")))
        ids: dict[str, str] = {}
        text = _UUID.sub(lambda m: ids.setdefault(m.group(0), f"id{len(ids)}"), text)
        page.write_text(text, encoding="utf-8")
