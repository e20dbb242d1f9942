"""`make bench`: perfprog's speed and memory as a user feels them, against the floors it stands on.

Every measurement is a fresh process started from the command line (start-up and imports
included), as a user runs it. The contenders run interleaved round by round (the order rotates),
so a noisy neighbour on a shared machine slows all of them alike; medians are reported. CPU time is
the process tree's (``wait4``: the process and every child it reaped); peak memory is the tree's
summed proportional set size (PSS: a page that forked processes share counts once, split among
them; summed RSS would count it in each), sampled four times a second while it runs (more often,
the sampling itself would take CPU from the run).

Measured on the reference PDF (×1) and on the same pages printed ten times over (×10):
``perfprog run`` with and without its report, pdfplumber bare (``page.extract_tables()`` over every
page) and the pypdfium2 floor (every character with its box, every page object); ``perfprog run``
on the pages printed thirty times over (×30: its memory, which must not grow with the pages); a
batch of six PDFs with ``--workers 1`` against ``--workers 2``; and a scan of the reference's first
pages read through OCR (seconds per scanned page). Prints one table and writes reports/bench.json.
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

import psutil
import pypdfium2 as pdfium
from rich.console import Console
from rich.table import Table

ROOT = Path(__file__).resolve().parents[1]
REFERENCE = ROOT / "raw_pdfs" / "defne-2023-performans-programi.pdf"
SAMPLE_EVERY = 0.25
"""Seconds between memory samples of the process tree. A sample (PSS: the kernel walks every page
of every process) costs about 10 ms of CPU and slows the processes it reads: sampled every 20 ms,
a batch of six on two workers took 8.5 s instead of 6.5 s (interleaved runs); every quarter
second it takes as long as unsampled."""
POLL_EVERY = 0.005  # seconds between looks for the run's end

BARE = """
import sys, pdfplumber
with pdfplumber.open(sys.argv[1]) as pdf:
    for page in pdf.pages:
        page.extract_tables()
        page.close()
"""

FLOOR = """
import sys, pypdfium2 as pdfium
pdf = pdfium.PdfDocument(sys.argv[1])
for page in pdf:
    text = page.get_textpage()
    for i in range(text.count_chars()):
        text.get_text_range(i, 1)
        text.get_charbox(i)
    for obj in page.get_objects(max_depth=8):
        obj.get_bounds()
"""

SCANNED_PAGES = 8
"""Table pages of the reference scanned (200 dpi, noise, a slight turn, JPEG) to time OCR on: OCR is slow."""

SCAN = """
import sys
from pathlib import Path
from tests.extract.scan.scanify import scan
first = 5  # past the front matter: table pages
scan(Path(sys.argv[1]), Path(sys.argv[2]), pages=list(range(first, first + int(sys.argv[3]))))
"""

TARGETS = {"no_report_ratio": 0.25, "report_ratio": 0.35, "peak_mb": 600, "batch_speedup": 1.7}


@dataclass
class Sample:
    wall: float
    cpu: float
    peak_mb: float


def run_once(argv: list[str], env: dict[str, str]) -> Sample:
    """One fresh process tree: wall and CPU seconds (``wait4``: the process and every child it
    reaped), peak summed PSS, exit status."""
    with tempfile.TemporaryFile() as errors:
        start = time.perf_counter()
        proc = subprocess.Popen(argv, env=env, stdout=subprocess.DEVNULL, stderr=errors)
        root, peak, sample_at = psutil.Process(proc.pid), 0, start
        while True:
            pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
            if pid:
                break
            if (now := time.perf_counter()) >= sample_at:
                peak = max(peak, _tree_memory(root))
                sample_at = now + SAMPLE_EVERY
            time.sleep(POLL_EVERY)
        wall = time.perf_counter() - start
        proc.returncode = os.waitstatus_to_exitcode(status)
        if proc.returncode != 0:
            errors.seek(0)
            raise SystemExit(f"bench: {' '.join(argv[:5])} … exit {proc.returncode}: {errors.read().decode()[-400:]}")
    return Sample(wall, usage.ru_utime + usage.ru_stime, peak / 2**20)


def _tree_memory(root: psutil.Process) -> int:
    """Bytes in memory of a process and all its descendants, each shared page once (PSS; RSS
    where the system does not tell PSS); those that vanish meanwhile count 0."""
    try:
        tree = [root, *root.children(recursive=True)]
    except psutil.Error:
        return 0
    total = 0
    for p in tree:
        try:
            info = p.memory_full_info()
            total += getattr(info, "pss", info.rss)
        except psutil.Error:
            pass
    return total


def perfprog(pdfs: list[Path], out: Path, *extra: str) -> list[str]:
    return [sys.executable, "-m", "pipeline", "run", *map(str, pdfs), "--out", str(out / "x"),
            "--reports", str(out / "r"), "--no-cache", "-q", *extra]


def printed_over(pdf: Path, times: int, dest: Path) -> Path:
    """The PDF's pages printed ``times`` over, in one file."""
    source = pdfium.PdfDocument(pdf)
    big = pdfium.PdfDocument.new()
    for _ in range(times):
        big.import_pages(source)
    big.save(dest)
    return dest


def batch_of_six(pdf: Path, folder: Path) -> Path:
    """Six copies of the PDF under different names: a batch whose PDFs cost the same."""
    folder.mkdir()
    for i in range(6):
        shutil.copyfile(pdf, folder / f"programme-{i}.pdf")
    return folder


def interleaved(jobs: dict[str, list[str]], runs: int, env: dict[str, str]) -> dict[str, list[Sample]]:
    """Every job once per round, the order rotating from round to round."""
    names = list(jobs)
    samples: dict[str, list[Sample]] = {n: [] for n in names}
    for r in range(runs):
        for name in names[r % len(names):] + names[:r % len(names)]:
            samples[name].append(run_once(jobs[name], env))
    return samples


def summary(samples: list[Sample], pages: int) -> dict:
    wall = statistics.median(s.wall for s in samples)
    cpu = statistics.median(s.cpu for s in samples)
    return {"median_s": round(wall, 3), "min_s": round(min(s.wall for s in samples), 3),
            "max_s": round(max(s.wall for s in samples), 3), "cpu_s": round(cpu, 3),
            "cpu_s_per_page": round(cpu / pages, 4), "peak_mb": round(max(s.peak_mb for s in samples), 1),
            "runs": len(samples)}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("pdf", nargs="?", type=Path, default=REFERENCE)
    ap.add_argument("--runs", type=int, default=5, help="rounds at ×1 (default 5)")
    ap.add_argument("--runs-large", type=int, default=3, help="rounds at ×10 and for the batch (default 3)")
    ap.add_argument("--runs-huge", type=int, default=1, help="runs at ×30 (default 1)")
    ap.add_argument("--out", type=Path, default=ROOT / "reports" / "bench.json")
    args = ap.parse_args()
    work = Path(tempfile.mkdtemp(prefix="perfprog-bench-"))
    env = {**os.environ, "PERFPROG_CACHE": str(work / "cache"), "PYTHONPATH": str(ROOT)}
    pdf = args.pdf.resolve()
    pages = len(pdfium.PdfDocument(pdf))
    big = printed_over(pdf, 10, work / "x10.pdf")
    huge = printed_over(pdf, 30, work / "x30.pdf")
    six = batch_of_six(pdf, work / "batch")

    def contenders(source: Path, tag: str) -> dict[str, list[str]]:
        return {f"perfprog{tag}": perfprog([source], work / f"a{tag}"),
                f"perfprog_no_report{tag}": perfprog([source], work / f"b{tag}", "--no-report"),
                f"pdfplumber_bare{tag}": [sys.executable, "-c", BARE, str(source)],
                f"pypdfium2_floor{tag}": [sys.executable, "-c", FLOOR, str(source)]}

    results: dict[str, dict] = {}
    for tag, source, count, runs in (("", pdf, pages, args.runs), ("_x10", big, pages * 10, args.runs_large)):
        for name, samples in interleaved(contenders(source, tag), runs, env).items():
            results[name] = summary(samples, count)
    huge_run = {"perfprog_x30": perfprog([huge], work / "a_x30", "--max-pages", str(pages * 30))}
    for name, samples in interleaved(huge_run, args.runs_huge, env).items():
        results[name] = summary(samples, pages * 30)
    batch = {"batch_workers_1": perfprog([six], work / "w1", "--workers", "1"),
             "batch_workers_2": perfprog([six], work / "w2", "--workers", "2")}
    for name, samples in interleaved(batch, args.runs_large, env).items():
        results[name] = summary(samples, pages * 6)
    scanned = work / "scan.pdf"
    subprocess.run([sys.executable, "-c", SCAN, str(pdf), str(scanned), str(min(SCANNED_PAGES, pages))], env=env,
                   check=True)
    for name, samples in interleaved({"perfprog_scan": perfprog([scanned], work / "s", "--no-report")},
                                     args.runs_large, env).items():
        results[name] = summary(samples, min(SCANNED_PAGES, pages))
    ocr_s_per_page = round(results["perfprog_scan"]["median_s"] / min(SCANNED_PAGES, pages), 3)
    shutil.rmtree(work, ignore_errors=True)

    def ratio(name: str, tag: str = "") -> float:
        return round(results[name + tag]["median_s"] / results["pdfplumber_bare" + tag]["median_s"], 3)

    ratios = {"no_report": ratio("perfprog_no_report"), "report": ratio("perfprog"),
              "no_report_x10": ratio("perfprog_no_report", "_x10"), "report_x10": ratio("perfprog", "_x10"),
              "floor": ratio("pypdfium2_floor")}
    speedup = round(results["batch_workers_1"]["median_s"] / results["batch_workers_2"]["median_s"], 2)
    peak = max(results[n]["peak_mb"] for n in results if n.startswith("perfprog"))
    met = {"no_report_ratio": max(ratios["no_report"], ratios["no_report_x10"]) <= TARGETS["no_report_ratio"],
           "report_ratio": max(ratios["report"], ratios["report_x10"]) <= TARGETS["report_ratio"],
           "peak_mb": results["perfprog_x10"]["peak_mb"] < TARGETS["peak_mb"],
           "peak_mb_x30": results["perfprog_x30"]["peak_mb"] < TARGETS["peak_mb"],
           "batch_speedup": speedup >= TARGETS["batch_speedup"]}
    out = {"pdf": pdf.name, "pages": pages, "cpus": os.cpu_count(), "python": platform.python_version(),
           "results": results, "ratios_to_pdfplumber_bare": ratios, "batch_speedup": speedup,
           "peak_mb": peak, "ocr_s_per_scanned_page": ocr_s_per_page, "targets": TARGETS, "met": met}
    args.out.parent.mkdir(parents=True, exist_ok=True)
    tmp = args.out.with_suffix(".json.tmp")
    tmp.write_text(json.dumps(out, indent=2) + "\n", encoding="utf-8")
    tmp.replace(args.out)

    table = Table(title=f"{pdf.name}: {pages} pages (×10: {pages * 10}), {os.cpu_count()} CPUs, "
                        f"fresh processes, interleaved, medians")
    for col in ("measurement", "median s", "min s", "max s", "CPU s", "CPU s/page", "peak MB (tree)", "× bare"):
        table.add_column(col, justify="left" if col == "measurement" else "right")
    for name, r in results.items():
        tag = name[name.rfind("_x"):] if "_x" in name else ""
        bare = results.get("pdfplumber_bare" + tag, {}).get("median_s")
        rel = f"{r['median_s'] / bare:.2f}" if bare and not name.startswith(("batch", "perfprog_scan")) else ""
        table.add_row(name, f"{r['median_s']:.2f}", f"{r['min_s']:.2f}", f"{r['max_s']:.2f}", f"{r['cpu_s']:.2f}",
                      f"{r['cpu_s_per_page']:.4f}", f"{r['peak_mb']:.0f}", rel)
    console = Console(width=150)
    console.print(table)
    console.print(f"ratios {ratios}; batch speed-up ×{speedup} (workers 2 vs 1); peak {peak:.0f} MB; "
                  f"OCR {ocr_s_per_page:.2f} s per scanned page")
    console.print(f"targets {TARGETS}; met {met}")
    console.print(f"written: {args.out}")


if __name__ == "__main__":
    main()
