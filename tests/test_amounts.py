from __future__ import annotations

import pytest
from hypothesis import given, strategies as st

from pipeline.amounts import AmountError, parse_amount


@pytest.mark.parametrize("text, value", [
    ("50,000", 50000), ("1,000,000", 1000000), ("1.000.000", 1000000), ("1.000.000,00", 1000000),
    ("1,000,000.00", 1000000), ("1 000 000", 1000000), ("250", 250), ("12,50", 13), ("1.500", 1500),
    ("-", 0), ("–", 0), ("", None), ("   ", None), ("100.000 TL", 100000), ("₺75,000", 75000),
])
def test_styles(text, value):
    assert parse_amount(text) == value


@pytest.mark.parametrize("text", ["Bütçe gerektirmez", "1,00,0", "12a", "50,000 50,000"])
def test_text_is_not_an_amount(text):
    with pytest.raises(AmountError):
        parse_amount(text)


def _grouped(n: int, sep: str) -> str:
    s = f"{n:,}"
    return s.replace(",", sep)


@given(st.integers(min_value=0, max_value=10**12), st.sampled_from([",", ".", " "]), st.booleans())
def test_round_trip_every_style(n, sep, decimals):
    text = _grouped(n, sep)
    if decimals:
        text += ",00" if sep != "," else ".00"
    assert parse_amount(text) == n
