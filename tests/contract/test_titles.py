"""Every published table and column has a title for people in every language."""
from __future__ import annotations

import pytest

from pipeline.contract import tables
from pipeline.contract.titles import COLUMN_TITLES, TABLE_TITLES


@pytest.mark.parametrize("lang", ["tr", "en"])
def test_every_table_and_column_is_titled(lang):
    assert set(TABLE_TITLES[lang]) == {t.name for t in tables()}
    names = {c.name for t in tables() for c in t.columns if not c.per_year}
    assert set(COLUMN_TITLES[lang]) == names, "no title missing, none left over"
    assert all(len(title) <= 31 for title in TABLE_TITLES[lang].values()), "Excel's limit on sheet names"
