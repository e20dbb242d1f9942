"""`datapackage.json`: a Frictionless (Tabular) Data Package describing every CSV, with the
Fiscal Data Package model on top so that budget tools know the amount is money.

FDP terms used: the amount is a measure in TRY, phase `proposed` (a programme plans, it does not
execute); the directorate is an administrative classification, the project an activity, the plan
year the date, and the plan years give the fiscal period (Turkish fiscal years are calendar years).
"""
from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from .fields import TABLES, describe

PRIMARY_KEYS = {
    "budget_lines": ["view", "section", "project_code", "directorate", "line_no", "year"],
    "budget_lines_wide": ["view", "section", "project_code", "directorate", "line_no"],
    "printed_totals": ["directorate", "year"],
    "goals": ["aim_no", "goal_no"],
    "aims": ["aim_no"],
}


@dataclass(frozen=True)
class PackageInfo:
    """What the package says about its source: the content, not the file name, so that the same
    PDF under another name gives the same package."""

    name: str  # the run's slug
    title: str
    sha256: str
    plan_years: list[int]


def _type(dtype) -> str:
    if pd.api.types.is_bool_dtype(dtype):
        return "boolean"
    if pd.api.types.is_integer_dtype(dtype):
        return "integer"
    if pd.api.types.is_float_dtype(dtype):
        return "number"
    return "string"


def _constraints(column: str, info: PackageInfo) -> dict:
    if column == "project_code":
        return {"pattern": r"\d+\.\d+\.\d+"}
    if column == "year":
        return {"minimum": min(info.plan_years), "maximum": max(info.plan_years)}
    if column == "amount" or column.isdigit():
        return {"minimum": 0}
    if column == "view":
        return {"enum": ["strategic", "directorate"]}
    if column in ("pdf_page", "line_no", "part", "part_count"):
        return {"minimum": 1}
    return {}


def _field(table: str, column: str, dtype, info: PackageInfo) -> dict:
    field = {"name": column, "type": _type(dtype), "description": describe(table, column)}
    if constraints := _constraints(column, info):
        field["constraints"] = constraints
    return field


def _resource(name: str, frame: pd.DataFrame, info: PackageInfo) -> dict:
    schema = {"fields": [_field(name, c, t, info) for c, t in frame.dtypes.items()], "missingValues": [""]}
    if name in PRIMARY_KEYS:
        schema["primaryKey"] = PRIMARY_KEYS[name]
    return {"name": name, "path": f"{name}.csv", "profile": "tabular-data-resource", "format": "csv",
            "mediatype": "text/csv", "encoding": "utf-8", "description": TABLES[name][0], "schema": schema}


def _model() -> dict:
    def attribute(column: str, **extra) -> dict:
        return {"source": column, "resource": "budget_lines", **extra}

    return {
        "measures": {"amount": {**attribute("amount"), "currency": "TRY", "factor": 1,
                                "direction": "expenditure", "phase": "proposed"}},
        "dimensions": {
            "administrative-classification": {
                "dimensionType": "classification", "classificationType": "administrative",
                "attributes": {"directorate": attribute("directorate")}, "primaryKey": "directorate"},
            "activity": {
                "dimensionType": "activity",
                "attributes": {"project_code": attribute("project_code"),
                               "project_name": attribute("project_name", labelfor="project_code"),
                               "indicator": attribute("indicator")},
                "primaryKey": ["project_code", "indicator"]},
            "date": {"dimensionType": "datetime", "attributes": {"year": attribute("year")}, "primaryKey": "year"},
            "copy": {"dimensionType": "other",
                     "attributes": {"view": attribute("view"), "section": attribute("section")},
                     "primaryKey": ["view", "section"]},
        },
    }


def descriptor(frames: dict[str, pd.DataFrame], info: PackageInfo) -> dict:
    """The package descriptor for ``frames`` written as ``<name>.csv`` beside it."""
    return {
        "name": info.name, "title": info.title, "profile": "tabular-data-package",
        "description": f"Tables read by perfprog from the programme's PDF (SHA-256 {info.sha256}).",
        "sources": [{"title": f"{info.title} (PDF, SHA-256 {info.sha256})"}],
        "countryCode": "TR", "granularity": "aggregated",
        "fiscalPeriod": {"start": f"{min(info.plan_years)}-01-01", "end": f"{max(info.plan_years)}-12-31"},
        "model": _model(),
        "resources": [_resource(name, frame, info) for name, frame in frames.items()],
    }
