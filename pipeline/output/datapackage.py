"""`datapackage.json`: a Frictionless (Tabular) Data Package describing every CSV, with the
Fiscal Data Package model on top so that budget tools know the amount is money.

Each resource's Table Schema is derived from the contract (:mod:`pipeline.contract`): types,
descriptions, constraints, primary and foreign keys; the plan-year range is this document's.

FDP terms used: the amount is a measure in TRY, phase `proposed` (a programme plans, it does not
execute); the directorate is an administrative classification, the project an activity, the plan
year the date, and the plan years give the fiscal period (Turkish fiscal years are calendar years).
"""
from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from ..contract import Column, Table, table


@dataclass(frozen=True)
class PackageInfo:
    """What the package says about its source: the content, not the file name, so that the same
    PDF under another name gives the same package."""

    name: str  # the run's slug
    title: str
    sha256: str
    plan_years: list[int]


def _constraints(column: Column, info: PackageInfo) -> dict:
    """The column's constraints as Table Schema states them (a pattern is implicitly anchored)."""
    found: dict = {}
    if column.isin:
        found["enum"] = list(column.isin)
    if column.is_plan_year:
        found.update(minimum=min(info.plan_years), maximum=max(info.plan_years))
    else:
        found.update({k: v for k, v in (("minimum", column.minimum), ("maximum", column.maximum)) if v is not None})
    if column.pattern:
        found["pattern"] = column.pattern.removeprefix("^").removesuffix("$")
    return found


def _field(column: Column, info: PackageInfo) -> dict:
    field = {"name": column.name, "type": column.kind, "description": column.description}
    if constraints := _constraints(column, info):
        field["constraints"] = constraints
    return field


def _schema(contract: Table, frame: pd.DataFrame, info: PackageInfo) -> dict:
    schema = {"fields": [_field(c, info) for c in contract.columns_for(list(frame.columns))], "missingValues": [""]}
    if contract.key:
        schema["primaryKey"] = contract.key
    if contract.foreign_keys:
        schema["foreignKeys"] = [{"fields": fk.columns, "reference": {"resource": fk.table, "fields": fk.references}}
                                 for fk in contract.foreign_keys]
    return schema


def _resource(name: str, frame: pd.DataFrame, info: PackageInfo) -> dict:
    contract = table(name)
    return {"name": name, "path": f"{name}.csv", "profile": "tabular-data-resource", "format": "csv",
            "mediatype": "text/csv", "encoding": "utf-8", "description": contract.description,
            "schema": _schema(contract, frame, info)}


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
