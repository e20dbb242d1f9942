"""Hostile sizes: thousands of pages cost the same per page as hundreds and stop at a page limit;
a decompression bomb ends with exit 3 before it takes the memory."""
from __future__ import annotations

import resource
import subprocess
import sys
import time
import zlib
from pathlib import Path

import pypdfium2 as pdfium
import pytest

from pipeline.errors import InputError
from pipeline.extract import build_document
from pipeline.extract.guard import MIB, Limits, check_streams
from pipeline.extract.reader import MAX_PAGES, read_pdf


def blank_pdf(path: Path, pages: int) -> Path:
    """A PDF of blank pages, built from one page copied (cheap at any size)."""
    one = pdfium.PdfDocument.new()
    one.new_page(595, 842)
    pdf = pdfium.PdfDocument.new()
    for _ in range(pages):
        pdf.import_pages(one)
    pdf.save(str(path))
    return path


@pytest.fixture(scope="module")
def blank_5000(tmp_path_factory) -> Path:
    return blank_pdf(tmp_path_factory.mktemp("pages") / "blank-5000.pdf", 5000)


def _cpu_per_page(pdf: Path, pages: int, workers: int) -> float:
    """CPU seconds per page of reading every page, this process and its page workers together."""
    def cpu() -> float:
        own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
        return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime

    start = cpu()
    count = sum(1 for _ in read_pdf(pdf, max_pages=pages, workers=workers).pages)  # the pool is joined at the end
    assert count == pages
    return (cpu() - start) / pages


@pytest.mark.parametrize("workers", [1, 2])
def test_cost_per_page_does_not_grow_with_the_page_count(blank_5000, tmp_path, workers):
    """5,000 pages cost per page what 500 do (each worker opens the file once: re-opening it per
    chunk made the cost per page grow with the page count). Measured as a ratio of CPU time."""
    small = _cpu_per_page(blank_pdf(tmp_path / "blank-500.pdf", 500), 500, workers)
    large = _cpu_per_page(blank_5000, 5000, workers)
    assert large <= 1.5 * small, (small, large)


def test_more_pages_than_the_limit_is_one_clear_error(blank_5000):
    with pytest.raises(InputError, match=f"5000 pages, more than --max-pages {MAX_PAGES}"):
        build_document(blank_5000, use_cache=False)
    with pytest.raises(InputError, match="more than --max-pages 100 "):
        read_pdf(blank_5000, max_pages=100)


def bomb_pdf(path: Path, inflated: int, streams: int = 1) -> Path:
    """A one-page PDF whose ``streams`` content streams each inflate to ``inflated`` bytes of
    spaces (about a thousandth of that on disk): deflate blocks of one MiB, built once and repeated."""
    chunk = b" " * MIB
    deflate = zlib.compressobj(9, zlib.DEFLATED, -15)
    first = deflate.compress(chunk) + deflate.flush(zlib.Z_FULL_FLUSH)
    block = deflate.compress(chunk) + deflate.flush(zlib.Z_FULL_FLUSH)  # the same bytes for every further MiB
    blocks = inflated // MIB
    checksum = 1
    for _ in range(blocks):
        checksum = zlib.adler32(chunk, checksum)
    stream = b"\x78\xda" + first + block * (blocks - 1) + deflate.flush() + checksum.to_bytes(4, "big")
    contents = b" ".join(b"%d 0 R" % (4 + i) for i in range(streams))
    objects = [b"<</Type/Catalog/Pages 2 0 R>>", b"<</Type/Pages/Kids[3 0 R]/Count 1>>",
               b"<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]/Contents[%s]>>" % contents]
    objects += [b"<</Length %d/Filter/FlateDecode>>stream\n" % len(stream) + stream + b"\nendstream"] * streams
    out, offsets = bytearray(b"%PDF-1.4\n"), []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<</Size %d/Root 1 0 R>>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    path.write_bytes(bytes(out))
    return path


@pytest.fixture(scope="module")
def bomb(tmp_path_factory) -> Path:
    return bomb_pdf(tmp_path_factory.mktemp("bomb") / "bomb.pdf", 1024 * MIB)


_MEASURED = """
import re, sys
from pathlib import Path
from pipeline.cli import main
code = main(sys.argv[1:])
# VmHWM is this process's own peak (ru_maxrss would carry over the forking test process's)
peak_kib = int(re.search(r"VmHWM:\\s+(\\d+)", Path("/proc/self/status").read_text()).group(1))
print(peak_kib // 1024, code)
"""


@pytest.mark.parametrize("reader", ["pdfium", "pdfminer"])
def test_a_decompression_bomb_ends_with_exit_3_in_little_memory(bomb, tmp_path, reader):
    """1 GiB of spaces in a 1 MB file: refused (exit 3, one line) with the process's peak memory
    a few hundred MB at most, and in far less time than inflating it would take."""
    started = time.monotonic()
    result = subprocess.run([sys.executable, "-c", _MEASURED, "run", str(bomb), "--out", str(tmp_path / "out"),
                             "--no-report", "--no-cache", "--reader", reader], capture_output=True, text=True, timeout=120)
    peak_mib, code = map(int, result.stdout.split())
    assert code == 3, result.stderr
    assert "sıkıştırma bombası" in result.stderr  # the run's language: Turkish by default
    assert len(result.stderr.strip().splitlines()) == 1 and "Traceback" not in result.stderr
    assert peak_mib < 400, peak_mib
    assert time.monotonic() - started < 60


def test_the_limits_hold_per_stream_per_page_and_per_file_and_can_be_raised(tmp_path):
    pdf = bomb_pdf(tmp_path / "three.pdf", 8 * MIB, streams=3)  # one page drawing three 8 MiB streams
    check_streams(pdf, None)  # large but honest
    with pytest.raises(InputError, match="a stream inflates past 4 MiB"):
        check_streams(pdf, None, Limits(stream=4 * MIB))
    with pytest.raises(InputError, match="page 1 inflates past 16 MiB"):
        check_streams(pdf, None, Limits(stream=8 * MIB, page=16 * MIB))
    with pytest.raises(InputError, match="inflate past 12 MiB in all"):
        check_streams(pdf, None, Limits(stream=8 * MIB, total=12 * MIB))
