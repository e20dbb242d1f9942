"""A cache of extracted documents keyed by the PDF's sha256, so an unchanged file re-runs at once.

An entry is JSON data (gzip), decoded against the document model's declared types: a planted or
damaged file cannot run code and is only a miss. The cache folder is created private (0700).

The key also names the reader (``sources``) that read the pages and the page selection of a
partial read (``--pages``), so a partial read is never served for a whole one or the other way
round; and it holds a fingerprint of the extractor's own source, so changing the code never serves
a stale extraction. Encrypted PDFs are never cached: a cached copy would skip the password.
Location: $PERFPROG_CACHE, else $XDG_CACHE_HOME/perfprog, else ~/.cache/perfprog;
PERFPROG_CACHE=off disables it.
"""
from __future__ import annotations

import gzip
import hashlib
import json
import os
from dataclasses import fields, is_dataclass
from functools import lru_cache, partial
from pathlib import Path
from types import UnionType
from typing import Any, Callable, Literal, Union, get_args, get_origin, get_type_hints

from ..files import ROOT, atomic_file, source_fingerprint
from ..model import Document
from .selection import PageSelection
from .sources import DEFAULT_READER, ReaderName

_EXTRACTOR = ["amounts.py", "codes.py", "model.py", "text.py", "extract"]


@lru_cache(maxsize=1)
def fingerprint() -> str:
    """The extractor's own source: only a change there makes cached documents stale."""
    files = []
    for name in _EXTRACTOR:
        path = ROOT / name
        files += sorted(path.rglob("*.py")) if path.is_dir() else [path]  # scan/ and sources/ too
    return source_fingerprint(files)


def folder() -> Path | None:
    setting = os.environ.get("PERFPROG_CACHE", "")
    if setting.lower() in {"off", "0", "no", "false"}:
        return None
    if setting:
        return Path(setting)
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "perfprog"


def _path(sha256: str, reader: ReaderName, ocr: str = "auto", selection: str = "") -> Path | None:
    root = folder()
    return None if root is None else root / f"{sha256}-{reader}{_variant(ocr, selection)}-{fingerprint()}.json.gz"


def _variant(ocr: str, selection: str) -> str:
    """The entry's name beyond the PDF's hash and reader: an ``--ocr`` other than ``auto`` reads
    other pages, and so does a ``--pages`` selection (hashed: it may be long)."""
    pages = f"-pages-{hashlib.sha256(selection.encode()).hexdigest()[:16]}" if selection else ""
    return ("" if ocr == "auto" else f"-ocr-{ocr}") + pages


def load(sha256: str, reader: ReaderName = DEFAULT_READER, ocr: str = "auto",
         selection: PageSelection | None = None) -> Document | None:
    """The cached document of a PDF (read whole, or only the ``selection``), or None: a missing,
    damaged or foreign entry is only a miss (the entry is data, read against the model's own
    types: nothing in it can run)."""
    path = _path(sha256, reader, ocr, str(selection or ""))
    if path is None or not path.is_file():
        return None
    try:
        with gzip.open(path, "rt", encoding="utf-8") as f:
            entry = json.load(f)
        if entry.get("format") != FORMAT or entry.get("fingerprint") != fingerprint() or entry.get("sha256") != sha256 \
                or entry.get("reader") != reader:
            return None
        doc = decode(Document, entry["document"])
    except (OSError, EOFError, ValueError, TypeError, KeyError, AttributeError):
        return None
    return doc if doc.sha256 == sha256 and doc.selection == str(selection or "") else None


def store(doc: Document, reader: ReaderName = DEFAULT_READER, ocr: str = "auto") -> None:
    """Write atomically into a folder only the user can read; a cache that cannot be written is
    skipped (it is only a cache)."""
    path = _path(doc.sha256, reader, ocr, doc.selection)
    if path is None:
        return
    try:
        path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        entry = {"format": FORMAT, "fingerprint": fingerprint(), "sha256": doc.sha256, "reader": reader, "document": encode(doc)}
        with atomic_file(path) as temp, gzip.open(temp, "wt", encoding="utf-8") as f:
            json.dump(entry, f, ensure_ascii=False, separators=(",", ":"))
    except OSError:
        pass


FORMAT = 1


def encode(value: Any) -> Any:
    """A dataclass tree as JSON data: dataclasses as objects, mappings as [key, value] pairs
    (their keys may be numbers), sequences as lists."""
    if is_dataclass(value) and not isinstance(value, type):
        return {f.name: encode(getattr(value, f.name)) for f in fields(value)}
    if isinstance(value, dict):
        return [[encode(k), encode(v)] for k, v in value.items()]
    if isinstance(value, (list, tuple)):
        return [encode(v) for v in value]
    return value


def decode(kind: Any, data: Any) -> Any:
    """JSON data back into ``kind`` (a dataclass or a typed container), checking every value
    against its declared type: anything else raises (TypeError, ValueError, KeyError)."""
    return _decoder(kind)(data)


Decoder = Callable[[Any], Any]


@lru_cache(maxsize=None)
def _decoder(kind: Any) -> Decoder:
    """The decoder of one declared type, made once: a document holds a hundred thousand values,
    and reading each one's type again (``get_origin``, the dataclass's fields) cost more than
    decoding it."""
    origin, args = get_origin(kind), get_args(kind)
    if isinstance(kind, type) and is_dataclass(kind):
        return _dataclass_decoder(kind)
    if origin in (Union, UnionType):
        inner = _decoder(next(a for a in args if a is not type(None)))
        if type(None) not in args:
            return inner
        return lambda data: None if data is None else inner(data)
    if origin is Literal:
        def decode_literal(data: Any) -> Any:
            if data not in args:
                raise ValueError(f"{data!r} is none of {args}")
            return data
        return decode_literal
    if origin is list:
        item = _decoder(args[0])
        return lambda data: [item(v) for v in _list(data)]
    if origin is dict:
        key, value = _decoder(args[0]), _decoder(args[1])
        return lambda data: {key(k): value(v) for k, v in (_pair(p) for p in _list(data))}
    if kind in (str, int, float, bool):
        return partial(_scalar, kind)
    raise TypeError(f"{kind} cannot be decoded")


def _dataclass_decoder(kind: type) -> Decoder:
    hints = _fields(kind)
    decoders: dict[str, Decoder] = {}  # filled on first use: a dataclass may refer to itself

    def decode_dataclass(data: Any) -> Any:
        if not isinstance(data, dict) or data.keys() != hints.keys():
            raise ValueError(f"not a {kind.__name__}")
        if not decoders:
            decoders.update((name, _decoder(hint)) for name, hint in hints.items())
        return kind(**{name: decoders[name](value) for name, value in data.items()})
    return decode_dataclass


def _scalar(kind: type, data: Any) -> Any:
    if type(data) is kind:
        return data
    if kind is float and type(data) is int:
        return float(data)
    raise TypeError(f"{data!r} is not {kind}")


@lru_cache(maxsize=None)
def _fields(kind: type) -> dict[str, Any]:
    """A dataclass's fields and their declared types (resolved once per class)."""
    hints = get_type_hints(kind)
    return {f.name: hints[f.name] for f in fields(kind)}


def _list(data: Any) -> list:
    if not isinstance(data, list):
        raise TypeError("not a list")
    return data


def _pair(data: Any) -> tuple[Any, Any]:
    if not isinstance(data, list) or len(data) != 2:
        raise TypeError("not a key and value")
    return data[0], data[1]
