"""Files the package reads at run time (report templates, Data Docs assets) are declared as
package data, so that an installed wheel has them and not only a checkout."""
from __future__ import annotations

import tomllib

from .conftest import ROOT

DATA_FOLDERS = {"pipeline.report": "templates", "pipeline.quality": "assets", "pipeline": "locale"}


def test_every_data_file_is_declared_as_package_data():
    declared = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"]["package-data"]
    for package, folder in DATA_FOLDERS.items():
        home = ROOT.joinpath(*package.split("."))
        files = {p for p in (home / folder).rglob("*") if p.is_file()}
        shipped = {p for pattern in declared[package] for p in home.glob(pattern) if p.is_file()}
        assert files and files <= shipped, sorted(map(str, files - shipped))
