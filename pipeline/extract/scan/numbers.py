"""OCR's usual confusions in amounts, undone only in a cell the table says holds an amount: `O`
for `0`, `l`/`I` for `1`, a `,` read as `.` (either groups thousands), a separator lost or a
space read inside a number. Anywhere else the same letters are text, left as read."""
from __future__ import annotations

import re

_DIGITS = str.maketrans({"O": "0", "o": "0", "D": "0", "Q": "0", "l": "1", "I": "1", "|": "1", "i": "1", "!": "1"})
_SHAPE = re.compile(r"\d[\d.,]*")
_DECIMALS = re.compile(r"[.,](\d{1,2})$")


def repair(text: str) -> str | None:
    """The amount OCR most likely misread as ``text`` (a text :func:`~pipeline.amounts.parse_amount`
    accepts), or None when ``text`` is not a misread number."""
    s = re.sub(r"(?<=[\d.,OolI|])\s+(?=[\d.,OolI|])", "", text.strip()).translate(_DIGITS)
    if not _SHAPE.fullmatch(s) or not any(c.isdigit() for c in s):
        return None
    decimals = ""
    m = _DECIMALS.search(s)
    if m and not re.fullmatch(r"\d{1,3}(?:[.,]\d{3})+", s):
        s, decimals = s[: m.start()], "," + m.group(1)
    digits = re.sub(r"[.,]", "", s)
    return digits + decimals if digits else None
