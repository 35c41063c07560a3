"""Benchmark: where a cold scan's time goes, per file and per format, in one process.

    .venv/bin/python benchmarks/bench_stages.py /tmp/fc-real300            # every file
    .venv/bin/python benchmarks/bench_stages.py /tmp/fc-bench10k --files 600
    .venv/bin/python benchmarks/bench_stages.py /tmp/fc-real300 --cpu      # CPU time, not wall

Reads a library written by ``gen_library.py`` (its ``lib/`` folder and its two policies) and
times, for every file, the stages a worker runs on a cache miss: hashing the content
(``sha``), extraction (``extract``), encoding the document for the cache (``encode``), and
the analysis under the empty policy (``analyse``) and under the 2,000-message policy
(``analyse+msg``). ``messages`` is the difference: what the message matcher costs.

Prints milliseconds per file for each format and for the whole mix, then the budget the
floor leaves: a cold scan at 50% of the floor's throughput may spend twice the floor's time
per file, all stages together. Give ``--floor-ms`` (the floor's core-milliseconds per file
from ``run.py``: seconds x jobs / files) to print it against the measured stages.
"""

from __future__ import annotations

import argparse
import random
import time
from collections import defaultdict
from pathlib import Path

from freshcheck.engine.check import analyse
from freshcheck.engine.compiled import CompiledPolicy
from freshcheck.extract import claimed_format, extract_file
from freshcheck.policy.load import load_policy
from freshcheck.scan.cache.document_codec import encode_document
from freshcheck.scan.cache.store import file_sha256

STAGES = ("sha", "extract", "encode", "analyse", "analyse+msg")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("library", type=Path, help="a folder written by gen_library.py")
    parser.add_argument("--files", type=int, default=0, help="a seeded sample (0: every file)")
    parser.add_argument("--floor-ms", type=float, help="the floor's core-ms per file")
    parser.add_argument(
        "--cpu", action="store_true", help="time with process CPU time (a loaded machine)"
    )
    args = parser.parse_args()
    files = sorted(p for p in (args.library / "lib").rglob("*") if claimed_format(p))
    if args.files:
        random.Random(1).shuffle(files)
        files = files[: args.files]
    empty = CompiledPolicy.build(load_policy(args.library / "policy-empty.yaml"))
    messages = CompiledPolicy.build(load_policy(args.library / "policy-messages.yaml"))

    spent: dict[str, dict[str, float]] = defaultdict(lambda: dict.fromkeys(STAGES, 0.0))
    counted: dict[str, int] = defaultdict(int)
    clock = time.process_time if args.cpu else time.perf_counter
    for path in files:
        kind = claimed_format(path) or "?"
        counted[kind] += 1
        times = spent[kind]
        started = clock()
        file_sha256(path)
        hashed = clock()
        document = extract_file(path, path.name)
        extracted = clock()
        encode_document(document)
        encoded = clock()
        analyse(document, empty)
        analysed = clock()
        analyse(document, messages)
        matched = clock()
        times["sha"] += hashed - started
        times["extract"] += extracted - hashed
        times["encode"] += encoded - extracted
        times["analyse"] += analysed - encoded
        times["analyse+msg"] += matched - analysed

    print(
        f"{len(files)} files; milliseconds per file, one process"
        + (" (CPU time)" if args.cpu else "")
    )
    header = f"{'format':<7} {'files':>5} " + " ".join(f"{s:>11}" for s in STAGES)
    print(header + f" {'messages':>9} {'cold, msg':>10} {'no msg':>8}")
    rows = [(kind, counted[kind], spent[kind]) for kind in sorted(counted)]
    everything = {s: sum(spent[kind][s] for kind in counted) for s in STAGES}
    rows.append(("all", len(files), everything))
    for kind, count, times in rows:
        ms = {s: 1000 * times[s] / count for s in STAGES}
        base = ms["sha"] + ms["extract"] + ms["encode"]
        print(
            f"{kind:<7} {count:>5} "
            + " ".join(f"{ms[s]:>11.2f}" for s in STAGES)
            + f" {ms['analyse+msg'] - ms['analyse']:>9.2f}"
            f" {base + ms['analyse+msg']:>10.2f} {base + ms['analyse']:>8.2f}"
        )
    if args.floor_ms:
        ms = {s: 1000 * everything[s] / len(files) for s in STAGES}
        budget = 2 * args.floor_ms
        print(
            f"\nfloor {args.floor_ms:.2f} ms/file: a cold scan at 50% of it may spend "
            f"{budget:.2f} ms/file; extraction alone spends {ms['extract']:.2f}, the scan "
            f"without messages {ms['sha'] + ms['extract'] + ms['encode'] + ms['analyse']:.2f}"
        )
        print(
            f"messages under 10% of the scan without them: at most "
            f"{0.1 * (ms['sha'] + ms['extract'] + ms['encode'] + ms['analyse']):.2f} ms/file; "
            f"they spend {ms['analyse+msg'] - ms['analyse']:.2f}"
        )


if __name__ == "__main__":
    main()
