"""`make bench`: the pipeline's speed and memory on the reference PDF, against pdfplumber's bare
`extract_tables` over the same pages measured in the same run.

`pipeline` is extract + validate + reconcile + export (CSV, Parquet, xlsx, data package);
`pipeline_with_report` adds the HTML report and the quality check, timed separately; `rerun_unchanged`
repeats a finished run into the same folders with the cache on; `ocr_s_per_scanned_page` reads a
scan of the first pages through OCR (one process, then all CPUs). Each measurement runs in a fresh process forked after one warm-up run of each (modules already
imported, so import time is not counted) and is repeated; medians are reported, because these machines are shared and noisy.
Writes reports/bench.json and prints a table.
"""
from __future__ import annotations

import argparse
import json
import multiprocessing as mp
import os
import platform
import resource
import statistics
import tempfile
import time
from pathlib import Path
from typing import Callable

import pdfplumber
from rich.console import Console
from rich.table import Table

from pipeline.run import Options, process

ROOT = Path(__file__).resolve().parents[1]


def bare_extract_tables(pdf: Path) -> None:
    with pdfplumber.open(pdf) as doc:
        for page in doc.pages:
            page.extract_tables()
            page.close()


def pipeline_run(pdf: Path, out: Path | None = None, report: bool = False, use_cache: bool = False) -> None:
    """The pipeline into ``out`` (a fresh folder when None)."""
    with tempfile.TemporaryDirectory() as tmp:
        root = out or Path(tmp)
        process(pdf, Options(out=root / "out", reports=root / "reports", report=report, use_cache=use_cache))


def _child(job: Callable[[], None], queue: mp.Queue) -> None:
    start = time.perf_counter()
    job()
    elapsed = time.perf_counter() - start
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    workers = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    queue.put((elapsed, max(own, workers) / 1024))


def measure(job: Callable[[], None], runs: int) -> dict:
    """Median seconds and peak RSS (MB) of ``job`` over ``runs`` fresh processes."""
    ctx = mp.get_context("fork")
    times, peaks = [], []
    for _ in range(runs):
        queue = ctx.Queue()
        proc = ctx.Process(target=_child, args=(job, queue))
        proc.start()
        elapsed, peak = queue.get()
        proc.join()
        times.append(elapsed)
        peaks.append(peak)
    return {"median_s": round(statistics.median(times), 3), "min_s": round(min(times), 3),
            "max_s": round(max(times), 3), "runs": runs, "peak_rss_mb": round(max(peaks), 1)}


SCANNED_PAGES = 8
"""Pages of the reference PDF scanned (200 dpi, noise, a slight turn, JPEG) to time OCR on."""


def ocr_seconds_per_page(pdf: Path, workers: int | None = None) -> float:
    """Seconds per page to read a scan of the PDF's first pages through OCR (one run: OCR is slow)."""
    from pipeline.extract import build_document
    from tests.extract.scan.scanify import scan

    scanned = scan(pdf, Path(tempfile.mkdtemp(prefix="perfprog-bench-scan-")) / "scan.pdf",
                   pages=list(range(SCANNED_PAGES)))
    start = time.perf_counter()
    build_document(scanned, use_cache=False, workers=workers)
    return (time.perf_counter() - start) / SCANNED_PAGES


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("pdf", nargs="?", type=Path, default=ROOT / "raw_pdfs" / "defne-2023-performans-programi.pdf")
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--out", type=Path, default=ROOT / "reports" / "bench.json")
    args = ap.parse_args()
    os.environ["PERFPROG_CACHE"] = tempfile.mkdtemp(prefix="perfprog-bench-cache-")
    pdf = args.pdf.resolve()
    with pdfplumber.open(pdf) as doc:
        pages = len(doc.pages)
    # one warm-up run of each in this process: the measured (forked) runs then find every library
    # imported, so one-time import costs are not counted as work
    bare_extract_tables(pdf)
    pipeline_run(pdf, report=True)
    results = {
        "pdfplumber_extract_tables": measure(lambda: bare_extract_tables(pdf), args.runs),
        "pipeline": measure(lambda: pipeline_run(pdf), args.runs),
        "pipeline_with_report": measure(lambda: pipeline_run(pdf, report=True), args.runs),
    }
    kept = Path(tempfile.mkdtemp(prefix="perfprog-bench-out-"))
    pipeline_run(pdf, out=kept, report=True, use_cache=True)  # the run to repeat
    results["rerun_unchanged"] = measure(lambda: pipeline_run(pdf, out=kept, report=True, use_cache=True), args.runs)
    ocr_s = {"1_process": round(ocr_seconds_per_page(pdf, workers=1), 3),
             f"{os.cpu_count()}_processes": round(ocr_seconds_per_page(pdf), 3)}
    ratio = results["pipeline"]["median_s"] / results["pdfplumber_extract_tables"]["median_s"]
    report_cost = results["pipeline_with_report"]["median_s"] - results["pipeline"]["median_s"]
    peak = max(r["peak_rss_mb"] for r in results.values())
    summary = {
        "pdf": pdf.name, "pages": pages, "cpus": os.cpu_count(), "python": platform.python_version(),
        "results": results,
        "ratio_pipeline_to_extract_tables": round(ratio, 3),
        "report_extra_s": round(report_cost, 3),
        "ocr_s_per_scanned_page": ocr_s,
        "targets": {"ratio_max": 0.5, "report_extra_s_max": 2.0, "peak_rss_mb_max": 600, "rerun_s_max": 1.0},
        "met": {
            "ratio": ratio <= 0.5,
            "report": report_cost <= 2.0,
            "peak_rss": peak < 600,
            "rerun": results["rerun_unchanged"]["median_s"] < 1.0,
        },
    }
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(summary, indent=2) + "\n", encoding="utf-8")
    table = Table(title=f"{pdf.name}: {pages} pages, {os.cpu_count()} CPUs, median of {args.runs} runs")
    for col in ("measurement", "median s", "min s", "max s", "peak RSS MB"):
        table.add_column(col, justify="right" if col != "measurement" else "left")
    for name, r in results.items():
        table.add_row(name, f"{r['median_s']:.2f}", f"{r['min_s']:.2f}", f"{r['max_s']:.2f}", f"{r['peak_rss_mb']:.0f}")
    console = Console()
    console.print(table)
    console.print(f"pipeline / extract_tables = {ratio:.2f} (target ≤ 0.5); report adds {report_cost:.2f} s "
                  f"(target ≤ 2); peak RSS {peak:.0f} MB (target < 600); targets met: {summary['met']}")
    console.print(f"OCR of a scan ({SCANNED_PAGES} pages, 200 dpi): seconds per page {ocr_s}")
    console.print(f"written: {args.out}")


if __name__ == "__main__":
    main()
