"""Benchmark: one Markdown file with hundreds of thousands of findings (SPEC: memory bounded).

    .venv/bin/python benchmarks/bench_many_findings.py                 # 600,000 hits, ~9 MB
    .venv/bin/python benchmarks/bench_many_findings.py --lines 100000

Writes a library of one file whose every paragraph holds a banned phrase, scans it with the real
command line (``--no-cache``, ``--format json`` to /dev/null, ``--report json=FILE``) in a
subprocess, and prints the parent process's peak RSS (``ru_maxrss`` of the CLI process
itself, not its workers), the wall time, the number of findings in the report and its size.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

POLICY = """version: 1
freshness:
  default_cadence: 10y
compliance:
  banned:
    - phrase: "guaranteed"
"""
PARAGRAPH = "Guaranteed.\n\n"  # one unit, one finding: 600,000 of them make 7.8 MB

# The CLI in a child that reports its own peak RSS when it is done.
MEASURED = (
    "import resource, sys\n"
    "from freshcheck.cli.app import run\n"
    "code = run(sys.argv[1:])\n"
    "peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss\n"
    "print(f'parent peak RSS: {peak / 1024:.0f} MB', file=sys.stderr)\n"
    "sys.exit(code)\n"
)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--lines", type=int, default=600_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="fc-many-") as temp:
        root = Path(temp) / "content"
        root.mkdir()
        (root / "freshcheck.yaml").write_text(POLICY)
        page = root / "page.md"
        page.write_text("# Page\n\n" + PARAGRAPH * args.lines)
        report = Path(temp) / "report.json"
        command = [sys.executable, "-c", MEASURED, "scan", str(root), "--no-cache"]
        command += ["--format", "json", "--report", f"json={report}", "--as-of", "2026-11-23"]
        started = time.perf_counter()
        done = subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        elapsed = time.perf_counter() - started
        peak = [line for line in done.stderr.decode().splitlines() if "peak RSS" in line]
        findings = sum(len(file["findings"]) for file in json.loads(report.read_text())["files"])
        print(f"file: {page.stat().st_size / 1e6:.1f} MB, {args.lines:,} hits")
        print(f"exit {done.returncode}; {peak[0] if peak else done.stderr.decode()[-500:]}")
        size_kb = report.stat().st_size / 1e3
        print(f"wall {elapsed:.1f} s; report {size_kb:,.0f} KB, {findings:,} findings")


if __name__ == "__main__":
    main()
