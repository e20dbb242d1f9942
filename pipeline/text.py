"""Turkish-aware text helpers: case folding, matching keys, title case, slugs.

Python's str.lower() maps `I` to `i` and `İ` to `i̇` (with a combining dot); Turkish needs
`I`→`ı` and `İ`→`i`, or `İŞLERİ` and `İşleri` never meet.
"""
from __future__ import annotations

import re
import unicodedata

_UPPER_TO_LOWER = str.maketrans({"İ": "i", "I": "ı"})
_LOWER_TO_UPPER = str.maketrans({"i": "İ", "ı": "I"})
_SMALL_WORDS = {"ve", "ile", "veya", "için", "de", "da"}


def tr_lower(text: str) -> str:
    return text.translate(_UPPER_TO_LOWER).lower()


def tr_upper(text: str) -> str:
    return text.translate(_LOWER_TO_UPPER).upper()


def tr_title(text: str) -> str:
    """`KÜLTÜR VE SOSYAL İŞLER` → `Kültür ve Sosyal İşler` (conjunctions stay lower case)."""
    words = []
    for i, word in enumerate(tr_lower(text).split()):
        if i and word in _SMALL_WORDS:
            words.append(word)
        else:
            words.append(tr_upper(word[:1]) + word[1:])
    return " ".join(words)


def squash(text: str) -> str:
    """Collapse runs of white space to one space and trim."""
    return re.sub(r"\s+", " ", text or "").strip()


CIRCUMFLEX = str.maketrans("âîûÂÎÛ", "aiuAIU")
"""Turkish writes `Dâiresi` and `Dairesi`, `Kâtip` and `Katip`: the circumflex is optional (and a
speck a scan's OCR may add), so keys fold it."""


def text_key(text: str) -> str:
    """A matching key: Turkish lower case, letters and digits only, circumflexes folded."""
    return re.sub(r"[^0-9a-zçğıöşü]", "", tr_lower((text or "").translate(CIRCUMFLEX)))


SLUG = re.compile(r"[A-Za-z0-9](?:[A-Za-z0-9-]{0,62}[A-Za-z0-9])?")
"""An edition's name (`defne-2023`): one safe path component, whatever a PDF or a user says —
no separator, no dot, nothing that could climb out of a folder; at most 64 characters."""


def slugify(text: str) -> str:
    """`Defne Belediyesi` → `defne-belediyesi`; Turkish letters become their ASCII cousins."""
    text = tr_lower(text).replace("ı", "i")
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", text).strip("-")[:48].strip("-")


def is_slug(text: str) -> bool:
    return bool(SLUG.fullmatch(text or ""))
