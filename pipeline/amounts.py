"""Budget amounts as printed: `50,000`, `1.000.000`, `1.000.000,00`, `1,000,000.00`, `-`, blank.

A separator followed by exactly three digits groups thousands; a final separator followed by one
or two digits is a decimal mark. Amounts are whole TRY: decimals are rounded.
"""
from __future__ import annotations

import re
from decimal import ROUND_HALF_UP, Decimal

DASHES = {"-", "–", "—", "−"}
_CURRENCY = re.compile(r"(?i)\s*(₺|tl|try)\s*")
_NUMBER = re.compile(r"\d{1,3}(?:[.,' ]\d{3})*(?:[.,]\d{1,2})?|\d+(?:[.,]\d{1,2})?")


class AmountError(ValueError):
    """The text is not an amount."""


def parse_amount(text: str) -> int | None:
    """Return the amount in whole TRY; None for a blank cell, 0 for a dash.

    Raises AmountError for text that is not a number (a note printed in a budget cell).
    """
    s = _CURRENCY.sub("", (text or "").strip()).strip()
    if not s:
        return None
    if s in DASHES:
        return 0
    if not _NUMBER.fullmatch(s):
        raise AmountError(f"not an amount: {text!r}")
    decimals = "0"
    m = re.search(r"[.,](\d{1,2})$", s)
    if m:
        s, decimals = s[: m.start()], m.group(1)
    digits = re.sub(r"[.,' ]", "", s)
    value = Decimal(f"{digits}.{decimals}")
    return int(value.quantize(Decimal(1), rounding=ROUND_HALF_UP))


_PRINTED = re.compile(r"\d{1,3}(?:[.,' ]\d{3})+(?:[.,]\d{1,2})?")


def looks_like_amount(text: str) -> bool:
    """Printed like a budget amount, with thousands separators (`1.250.000`, `50,000.00`):
    body text of a table, never a header's year or a code."""
    return bool(_PRINTED.fullmatch((text or "").strip()))


def is_amount(text: str) -> bool:
    try:
        parse_amount(text)
    except AmountError:
        return False
    return True


def number_style(texts: list[str]) -> str:
    """How a document prints its amounts, shown as a million would be printed (`1.000.000`,
    `1,000,000`, `1.000.000,00`): the most common shape among ``texts``."""
    shapes: dict[str, int] = {}
    for text in texts:
        m = re.fullmatch(r"\d{1,3}(?:([.,' ])\d{3})+(?:([.,])\d{1,2})?", (text or "").strip())
        if m:
            group, decimal = m.group(1), m.group(2)
            shape = "1" + f"{group}000" * 2 + (f"{decimal}00" if decimal else "")
            shapes[shape] = shapes.get(shape, 0) + 1
    return max(shapes, key=lambda s: shapes[s]) if shapes else ""


def decimals(style: str) -> int:
    """Decimal places a :func:`number_style` shows: 2 for `1.000.000,00` or `1,000,000.00`, else 0."""
    return 2 if len(style) > 3 and style[-3] in ".," and style[-3] != style[1] else 0
