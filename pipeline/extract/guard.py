"""Decompression bombs: measure what every compressed stream inflates to before a page is read.

A few megabytes of Flate data can inflate to gigabytes, and both PDF libraries inflate a page's
content whole, in memory. So before any page is read, every ``stream … endstream`` in the file is
inflated here in small pieces that are counted and thrown away (memory stays at one piece, the
time at the size allowed). The scan reads the file's bytes, not its object tree, so it sees every
stream whatever refers to it (pages, forms, fonts, images, damaged cross-reference tables);
streams it cannot inflate (another filter, encrypted data) are left to the readers. Then the page
tree is walked (pdfminer, no stream decoded) to add up what each page draws: its content streams
and its form and image XObjects. A stream over ``Limits.stream``, a page over ``Limits.page`` or a
file over ``Limits.total`` ends the run with a one-line error (exit 3).
"""
from __future__ import annotations

import mmap
import re
import zlib
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

from pdfminer.pdfdocument import PDFDocument
from pdfminer.pdfpage import PDFPage
from pdfminer.pdfparser import PDFParser
from pdfminer.pdftypes import PDFObjRef, PDFStream, resolve1

from ..errors import InputError
from ..i18n import N_

MIB = 1 << 20
_STREAM = re.compile(rb">>\s*stream\r?\n")
_OBJECT = re.compile(rb"(\d+)\s+\d+\s+obj\b")
_PIECE = 4 * MIB


@dataclass(frozen=True)
class Limits:
    stream: int = 256 * MIB
    """Largest decoded stream allowed. A page's content is some hundred kilobytes and a full-page
    image at 300 dpi about 25 MiB; this leaves room for ten of those."""
    page: int = 512 * MIB
    """Largest sum of the decoded streams one page draws (content, forms, images)."""
    total: int = 4096 * MIB
    """Largest sum of decoded streams allowed in one file: about 2 MiB for each page of the
    default page limit."""


    @classmethod
    def for_stream(cls, stream: int) -> Limits:
        """Limits for streams up to ``stream`` bytes, the page and file limits raised along."""
        default = cls()
        return cls(stream, max(default.page, 2 * stream), max(default.total, 16 * stream))


DEFAULT_LIMITS = Limits()


def check_streams(path: Path, password: str | None, limits: Limits = DEFAULT_LIMITS) -> None:
    """Raise InputError if a Flate stream of the file, a page's streams together, or all of them
    inflate past ``limits``."""
    sizes = _stream_sizes(path, limits)
    for number, size in enumerate(_page_sizes(path, password, sizes), 1):
        if size > limits.page:
            raise InputError(N_("{path}: page {page} inflates past {limit} MiB: a decompression bomb?"), path=path,
                             page=number, limit=limits.page // MIB)


def _stream_sizes(path: Path, limits: Limits) -> dict[int, int]:
    """Object number → decoded size of each Flate stream, from the file's bytes."""
    sizes: dict[int, int] = {}
    total = 0
    with open(path, "rb") as f, mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_READ) as data:
        for match in _STREAM.finditer(data):
            start = match.end()
            end = data.find(b"endstream", start)
            end = len(data) if end < 0 else end
            head = data[max(0, match.start() - 4096):match.start()]
            header = head.rfind(b"obj")
            if b"/Fl" not in head[header:]:  # /FlateDecode, or /Fl abbreviated
                continue
            size = inflated_size(memoryview(data)[start:end], limits.stream + 1)
            if size > limits.stream:
                raise InputError(N_("{path}: a stream inflates past {limit} MiB: a decompression bomb?"), path=path,
                                 limit=limits.stream // MIB)
            if numbers := _OBJECT.findall(head[max(0, header - 32):header + 3]):
                sizes[int(numbers[-1])] = size
            total += size
            if total > limits.total:
                raise InputError(N_("{path}: the streams inflate past {limit} MiB in all: a decompression bomb?"),
                                 path=path, limit=limits.total // MIB)
    return sizes


def _page_sizes(path: Path, password: str | None, sizes: dict[int, int]) -> Iterator[int]:
    """Each page's decoded size: its content streams and XObjects (forms' own XObjects too), as
    measured by the scan. A file pdfminer cannot walk yields nothing here (the readers say why)."""
    if not sizes:
        return
    with open(path, "rb") as f:
        try:
            pages = PDFPage.create_pages(PDFDocument(PDFParser(f), password or ""))
            for page in pages:
                seen: set[int] = set()
                yield sum(sizes.get(n, 0) for n in _streams(page.attrs.get("Contents"), seen)) + \
                    sum(sizes.get(n, 0) for n in _xobjects(page.resources, seen))
        except Exception:  # noqa: BLE001 - a damaged or locked file is the readers' to report
            return


def _streams(value, seen: set[int]) -> Iterator[int]:
    """Object numbers of the streams ``value`` refers to (a reference or an array of them)."""
    for ref in value if isinstance(value, list) else [value]:
        if isinstance(ref, PDFObjRef) and ref.objid not in seen:
            seen.add(ref.objid)
            yield ref.objid


def _xobjects(resources, seen: set[int]) -> Iterator[int]:
    """Object numbers of the XObjects in ``resources``, and of theirs for forms."""
    xobjects = resolve1((resolve1(resources) or {}).get("XObject")) or {}
    for ref in xobjects.values():
        for number in _streams(ref, seen):
            yield number
            stream = resolve1(ref)
            subtype = resolve1(stream.attrs.get("Subtype")) if isinstance(stream, PDFStream) else None
            if getattr(subtype, "name", None) == "Form":
                yield from _xobjects(stream.attrs.get("Resources"), seen)


def inflated_size(raw: memoryview, cap: int) -> int:
    """How many bytes ``raw`` inflates to, counting at most ``cap``; 0 if it is not zlib data."""
    inflater = zlib.decompressobj()
    size = 0
    pending = raw
    try:
        while pending and size < cap and not inflater.eof:
            out = inflater.decompress(pending, _PIECE)
            size += len(out)
            pending = inflater.unconsumed_tail
            if not out and not pending:
                break
    except zlib.error:
        pass  # damaged or encrypted: what inflated so far counts
    finally:
        raw.release()
    return size
