"""What the models say, in plain terms for the stages that derive from them: a table's columns
(name, dtype, nullability, description, constraints, role), its key and its references."""
from __future__ import annotations

from dataclasses import dataclass, field, replace
from functools import cache
from typing import Any

import pandas as pd
import pandera.pandas as pa

from .fields import MONEY, PAGE, PLAN_YEAR
from .tables import FOREIGN_KEYS, MODELS, YEAR_COLUMN

_CHECKS = {"isin": "isin", "greater_than_or_equal_to": "minimum", "less_than_or_equal_to": "maximum",
           "str_matches": "pattern", "str_length": "min_length"}


@dataclass(frozen=True)
class Column:
    """One column of a published table."""

    name: str  # for the wide table's plan-year columns: the pattern of their names
    dtype: str  # pandas dtype: int64, Int64, float64 or str
    nullable: bool
    description: str
    role: str | None = None  # PLAN_YEAR, PAGE, MONEY or None
    isin: tuple = ()
    minimum: int | float | None = None
    maximum: int | float | None = None
    pattern: str | None = None  # a full-match regular expression, anchors included
    min_length: int | None = None
    per_year: bool = False  # one column per plan year, named by the year

    @property
    def kind(self) -> str:
        """`integer`, `number` or `string`: the type every target (Table Schema, SQL) maps from."""
        return "integer" if self.dtype in ("int64", "Int64") else "number" if self.dtype == "float64" else "string"

    @property
    def is_plan_year(self) -> bool:
        return self.role == PLAN_YEAR

    @property
    def is_page(self) -> bool:
        return self.role == PAGE

    @property
    def is_money(self) -> bool:
        return self.role == MONEY

    def named(self, name: str) -> Column:
        """A plan-year column under its year's name, described for that year."""
        return replace(self, name=name, description=self.description.format(year=name), per_year=False)


@dataclass(frozen=True)
class ForeignKey:
    columns: list[str]
    table: str
    references: list[str]


@dataclass(frozen=True)
class Table:
    """A published table: the file stem, what a row is, its columns in order, key and references."""

    name: str
    description: str
    columns: list[Column]
    key: list[str] = field(default_factory=list)
    foreign_keys: list[ForeignKey] = field(default_factory=list)

    @property
    def names(self) -> list[str]:
        """The fixed columns' names in order (a plan-year column group is left out)."""
        return [c.name for c in self.columns if not c.per_year]

    @property
    def per_year(self) -> Column | None:
        return next((c for c in self.columns if c.per_year), None)

    def column(self, name: str) -> Column:
        """The column called ``name``; a plan year (`2024`) gives the plan-year column under that name."""
        found = next((c for c in self.columns if c.name == name and not c.per_year), None)
        if found is None and self.per_year is not None and name.isdigit():
            return self.per_year.named(name)
        if found is None:
            raise KeyError(f"{self.name} has no column {name!r}")
        return found

    def columns_for(self, names: list[str]) -> list[Column]:
        """The columns of a frame of this table, plan-year columns named by their years."""
        return [self.column(str(n)) for n in names]

    def dtypes(self, names: list[str] | None = None) -> dict[str, str]:
        """pandas dtypes by column, for ``astype``; ``names`` adds the plan-year columns present."""
        return {c.name: c.dtype for c in self.columns_for(names if names is not None else self.names)}

    def empty(self) -> pd.DataFrame:
        """A frame with no rows, the table's columns and dtypes."""
        return pd.DataFrame({c: pd.Series([], dtype=t) for c, t in self.dtypes().items()})


def _dtype(column: pa.Column) -> str:
    name = str(column.dtype)
    return name if name in ("int64", "Int64", "float64") else "str"


def _column(column: pa.Column) -> Column:
    found: dict[str, Any] = {}
    for check in column.checks:
        stats = check.statistics or {}
        target = _CHECKS.get(check.name)
        if target == "isin":
            found["isin"] = tuple(stats["allowed_values"])
        elif target in ("minimum", "maximum"):
            found[target] = next(iter(stats.values()))
        elif target == "pattern":
            found["pattern"] = str(stats["pattern"])
        elif target == "min_length":
            found["min_length"] = stats.get("min_value")
    role = (column.metadata or {}).get("role")
    return Column(str(column.name), _dtype(column), bool(column.nullable), column.description or "", role,
                  per_year=bool(column.regex), **found)


@cache
def table(name: str) -> Table:
    """The contract of the published table ``name`` (a file stem: `budget_lines`)."""
    schema = MODELS[name].to_schema()
    columns = [_column(c) for c in schema.columns.values()]
    key = list(schema.unique or [c.name for c in columns if schema.columns[c.name].unique])
    references = [ForeignKey(list(cols), target, list(refs)) for cols, target, refs in FOREIGN_KEYS.get(name, [])]
    return Table(name, schema.description or "", columns, key, references)


def tables() -> list[Table]:
    """Every published table, in the order the outputs write them."""
    return [table(name) for name in MODELS]


__all__ = ["Column", "ForeignKey", "Table", "YEAR_COLUMN", "table", "tables"]
