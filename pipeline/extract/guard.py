"""Decompression bombs: measure what every compressed stream inflates to before a page is read.

A few megabytes of Flate data can inflate to gigabytes, and both PDF libraries inflate a page's
content whole, in memory. So before any page is read, every ``stream … endstream`` in the file is
inflated here in small pieces that are counted and thrown away (memory stays at one piece, the
time at the size allowed): a stream over ``Limits.stream`` or a file over ``Limits.total`` ends
the run with a one-line error (exit 3). The scan reads the file's bytes, not its object tree, so
it sees every stream whatever refers to it (pages, forms, fonts, images, damaged cross-reference
tables); streams it cannot inflate (another filter, encrypted data) are left to the readers.
"""
from __future__ import annotations

import mmap
import re
import zlib
from dataclasses import dataclass
from pathlib import Path

from ..errors import InputError

MIB = 1 << 20
_STREAM = re.compile(rb">>\s*stream\r?\n")
_PIECE = 4 * MIB


@dataclass(frozen=True)
class Limits:
    stream: int = 256 * MIB
    """Largest decoded stream allowed. A page's content is some hundred kilobytes and a full-page
    image at 300 dpi about 25 MiB; this leaves room for ten of those."""
    total: int = 4096 * MIB
    """Largest sum of decoded streams allowed in one file: about 2 MiB for each page of the
    default page limit."""


DEFAULT_LIMITS = Limits()


def check_streams(path: Path, password: str | None, limits: Limits = DEFAULT_LIMITS) -> None:
    """Raise InputError if a Flate stream of the file inflates past ``limits``."""
    del password  # encrypted streams do not inflate: they are skipped, not decrypted
    with open(path, "rb") as f, mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_READ) as data:
        total = 0
        for match in _STREAM.finditer(data):
            start = match.end()
            end = data.find(b"endstream", start)
            end = len(data) if end < 0 else end
            head = data[max(0, match.start() - 4096):match.start()]
            if b"/Fl" not in head[head.rfind(b"obj"):]:  # /FlateDecode, or /Fl abbreviated
                continue
            size = inflated_size(memoryview(data)[start:end], limits.stream + 1)
            if size > limits.stream:
                raise InputError(f"{path}: bir akış {limits.stream // MIB} MiB sınırını aşıyor, sıkıştırma bombası "
                                 f"olabilir (a stream inflates past {limits.stream // MIB} MiB: a decompression bomb?)")
            total += size
            if total > limits.total:
                raise InputError(f"{path}: akışlar toplamı {limits.total // MIB} MiB sınırını aşıyor (the streams "
                                 f"inflate past {limits.total // MIB} MiB in all: a decompression bomb?)")


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
