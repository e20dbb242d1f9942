"""The quality suite: the exported tables' contract (:mod:`pipeline.contract`) restated as Great
Expectations expectations, each described in the run's language for the report and the Data Docs.

Every expectation but the footing comes from the models: columns in order, keys unique, value
sets, bounds and patterns, plan years and pages of this document, and the registered finding
kinds. The footing table adds that every printed total equals the sum of its rows on both bases.
"""
from __future__ import annotations

from pipeline.contract import Column, table
from pipeline.findings import KINDS
from pipeline.i18n import N_, Lang, translations

SUITES = ["budget_lines", "budget_lines_wide", "printed_totals", "footing", "findings"]
"""The tables the suite checks, in the order of the report."""

MAX_VALUES_NAMED = 5
"""A value set longer than this is described as `known values`, not listed."""

_SAY: dict[str, str] = {
    "columns": N_("Columns have the contract's names, in order"),
    "key": N_("Each row once: {columns} are unique together"),
    "in_set": N_("{column} is only {values}"),
    "known": N_("{column} takes known values"),
    "years": N_("{column} is one of the programme's plan years ({years})"),
    "pages": N_("{column} lies in 1–{pages}"),
    "between": N_("{column} lies in {low}–{high}"),
    "at_least": N_("{column} is at least {low}"),
    "pattern": N_("{column} matches {pattern} (e.g. 13.36.5)"),
    "filled": N_("{column} is not empty"),
    "foots_section": N_("Printed total = sum of the directorate's rows in its own section"),
    "foots_strategic": N_("Printed total = sum of the directorate's rows in the strategic part"),
}
"""Each expectation's description (English msgids; the catalog translates them)."""

_VALUE_SETS = {("findings", "kind"): list(KINDS)}
"""Value sets the registry of finding kinds adds to the contract."""


def suites(plan_years: list[int], page_count: int, lang: Lang) -> dict[str, list]:
    """The expectations per table (:data:`SUITES`), each described in ``lang``."""
    import great_expectations.expectations as gxe

    _ = translations(lang).gettext

    def say(key: str, **values) -> dict:
        return {"description": _(_SAY[key]).format(**values)}

    def column_expectations(name: str, column: Column) -> list:
        c = column.name
        found = []
        value_set = _VALUE_SETS.get((name, c)) or list(column.isin)
        if column.is_plan_year:
            found.append(gxe.ExpectColumnValuesToBeInSet(
                column=c, value_set=plan_years, **say("years", column=c, years=f"{min(plan_years)}–{max(plan_years)}")))
        elif value_set:
            words = say("in_set", column=c, values=", ".join(map(str, value_set))) \
                if len(value_set) <= MAX_VALUES_NAMED else say("known", column=c)
            found.append(gxe.ExpectColumnValuesToBeInSet(column=c, value_set=value_set, **words))
        if column.is_page:
            found.append(gxe.ExpectColumnValuesToBeBetween(column=c, min_value=1, max_value=page_count,
                                                           **say("pages", column=c, pages=page_count)))
        elif not column.is_plan_year and (column.minimum is not None or column.maximum is not None):
            words = say("between", column=c, low=column.minimum, high=column.maximum) \
                if column.maximum is not None else say("at_least", column=c, low=column.minimum)
            found.append(gxe.ExpectColumnValuesToBeBetween(column=c, min_value=column.minimum,
                                                           max_value=column.maximum, **words))
        if column.pattern:
            found.append(gxe.ExpectColumnValuesToMatchRegex(column=c, regex=column.pattern,
                                                            **say("pattern", column=c, pattern=column.pattern)))
        if column.min_length:
            found.append(gxe.ExpectColumnValueLengthsToBeBetween(column=c, min_value=column.min_length,
                                                                 **say("filled", column=c)))
        return found

    def contract_suite(name: str) -> list:
        contract = table(name)
        names = [*contract.names, *(str(y) for y in plan_years)] if contract.per_year else contract.names
        found = [gxe.ExpectTableColumnsToMatchOrderedList(column_list=names, **say("columns"))]
        for column in contract.columns_for(names):
            found += column_expectations(name, column)
        if len(contract.key) > 1:
            found.append(gxe.ExpectCompoundColumnsToBeUnique(column_list=contract.key,
                                                             **say("key", columns=", ".join(contract.key))))
        elif contract.key:
            found.append(gxe.ExpectColumnValuesToBeUnique(column=contract.key[0], **say("key", columns=contract.key[0])))
        return found

    footing = [gxe.ExpectColumnPairValuesToBeEqual(column_A="printed", column_B=basis,
                                                   ignore_row_if="either_value_is_missing", **say(f"foots_{basis}"))
               for basis in ("section", "strategic")]
    return {name: footing if name == "footing" else contract_suite(name) for name in SUITES}
