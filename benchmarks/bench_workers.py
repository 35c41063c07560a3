"""Figures for the isolated pool and sniffing: run ``python benchmarks/bench_workers.py``.

Prints wall time and worker peak memory for the hostile corpus and the ordinary corpus
(all read under the default 1 GiB address-space cap), the pool's per-task overhead, the
cost of replacing a killed worker, and sniffing speed. Not a test: nothing is asserted.
"""

from __future__ import annotations

import contextlib
import os
import resource
import signal
import sys
import time
from collections import Counter
from pathlib import Path

from freshcheck.errors import UnreadableFile
from freshcheck.extract import claimed_format, extract_file
from freshcheck.extract.safety import DEFAULT_LIMITS, Limits
from freshcheck.extract.sniff import sniff_format
from freshcheck.model import Document
from freshcheck.scan.workers import ExtractJob, WorkerPool

CORPUS = Path(
    os.environ.get("FRESHCHECK_CORPUS", Path(__file__).resolve().parents[2] / "shared" / "corpus")
)


def measured_extract(job: ExtractJob) -> tuple[Document, int, int]:
    """Extract, then report this worker's peak RSS and peak virtual size (KiB)."""
    document = extract_file(job.path, job.display_path, job.limits)
    return document, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, _vm_peak_kib()


def _vm_peak_kib() -> int:
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmPeak:"):
                return int(line.split()[1])
    return 0


def noop(n: int) -> int:
    return n


def suicide(_: int) -> int:
    os.kill(os.getpid(), signal.SIGKILL)
    return 0


def run_folder(label: str, paths: list[Path], jobs: int) -> None:
    work = [ExtractJob(p, p.name, DEFAULT_LIMITS) for p in paths]
    kinds: Counter[str] = Counter()
    peak_rss = peak_vm = 0
    start = time.perf_counter()
    with WorkerPool(jobs=jobs) as pool:
        for outcome in pool.imap_unordered(measured_extract, work):
            if outcome.value is None:
                kinds[outcome.failure.kind if outcome.failure else "?"] += 1
                continue
            document, rss, vm = outcome.value
            kinds[document.error.kind if document.error else "ok"] += 1
            peak_rss, peak_vm = max(peak_rss, rss), max(peak_vm, vm)
    wall = time.perf_counter() - start
    print(
        f"{label}: {len(paths)} files, {jobs} workers, wall {wall:.2f} s; "
        f"worker peak RSS {peak_rss / 1024:.0f} MiB, peak VM {peak_vm / 1024:.0f} MiB; "
        f"outcomes {dict(sorted(kinds.items()))}"
    )


def pool_overheads() -> None:
    with WorkerPool(jobs=2) as pool:
        list(pool.imap_unordered(noop, range(10)))  # warm: workers started
        start = time.perf_counter()
        list(pool.imap_unordered(noop, range(2000)))
        per_task = (time.perf_counter() - start) / 2000
    print(f"pool overhead: {per_task * 1e6:.0f} µs per trivial task (2 workers)")
    with WorkerPool(jobs=1, limits=Limits(timeout_s=5)) as pool:
        list(pool.imap_unordered(noop, [0]))
        start = time.perf_counter()
        list(pool.imap_unordered(suicide, range(20)))
        per_crash = (time.perf_counter() - start) / 20
    print(f"crash + replacement: {per_crash * 1e3:.1f} ms per killed worker")


def sniff_speed(paths: list[Path]) -> None:
    start = time.perf_counter()
    for path in paths:
        with contextlib.suppress(UnreadableFile):
            sniff_format(path, claimed_format(path) or "unknown")
    elapsed = time.perf_counter() - start
    per_file = elapsed / len(paths) * 1e6
    print(f"sniffing: {len(paths)} files in {elapsed * 1e3:.0f} ms ({per_file:.0f} µs/file)")


def main() -> None:
    if not (CORPUS / "MANIFEST.tsv").exists():
        sys.exit(f"corpus not found at {CORPUS}")
    hostile = sorted((CORPUS / "hostile").iterdir())
    ordinary = sorted(p for f in ("pptx", "docx", "pdf") for p in (CORPUS / f).iterdir())
    jobs = os.cpu_count() or 1
    run_folder("hostile", hostile, jobs)
    run_folder("ordinary", ordinary, jobs)
    pool_overheads()
    sniff_speed(hostile + ordinary)


if __name__ == "__main__":
    main()
