"""Every published table and column has a title for people in every language."""
from __future__ import annotations

import pytest

from pipeline.contract import column_title, table_title, tables
from pipeline.contract.titles import COLUMN_TITLES, TABLE_TITLES


@pytest.mark.parametrize("lang", ["tr", "en"])
def test_every_table_and_column_is_titled(lang):
    assert set(TABLE_TITLES) == {t.name for t in tables()}
    names = {c.name for t in tables() for c in t.columns if not c.per_year}
    assert set(COLUMN_TITLES) == names, "no title missing, none left over"
    assert all(len(table_title(t, lang)) <= 31 for t in TABLE_TITLES), "Excel's limit on sheet names"
    assert len({column_title(c, lang) for c in names}) == len(names), "no two columns titled alike"
