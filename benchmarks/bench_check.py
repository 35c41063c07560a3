"""Benchmark: the claims path of checking one document, per stage, in one process.

    .venv/bin/python benchmarks/bench_check.py                       # /tmp/fc-bench300
    .venv/bin/python benchmarks/bench_check.py --files 60 --dump /tmp/before.json
    .venv/bin/python benchmarks/bench_check.py --files 60 --compare /tmp/before.json
    .venv/bin/python benchmarks/bench_check.py --lib ../shared/corpus --policy policies

Extracts every document of a library first (not timed as a stage), compiles the policy,
then times the two stages the engine runs per file, the way ``engine._claims`` and the
outdated-claim rule call them:

- **segment**: ``segment_claims(unit, index.products, index.may_state)`` for every unit
  (the may_state screen, sentence splitting, facts and kind);
- **match**: ``index.match_many(claims)``.

Each round runs every file once; round 1 starts with the per-process caches empty (as a
worker's first files do), later rounds show the warm figure. Prints units, claims, ms per
file for each stage, units/s and claims/s over both stages. Claims are the sentences the
screen (``may_state``) keeps, so a stronger screen lowers claims/s while raising units/s.
``--dump`` writes every match (location, span, message, status, score, differences) per file
to JSON; ``--compare`` checks a dump is identical.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

from freshcheck.engine.compiled import CompiledPolicy
from freshcheck.extract import claimed_format, extract_file
from freshcheck.extract.safety import DEFAULT_LIMITS
from freshcheck.messaging.claims import segment_claims
from freshcheck.messaging.match import ClaimMatch, MessageIndex
from freshcheck.model import Claim, Document
from freshcheck.policy.load import load_policy

Matches = dict[str, list[list[object]]]


def library_files(root: Path, limit: int) -> list[Path]:
    files = sorted(p for p in root.rglob("*") if p.is_file() and claimed_format(p) is not None)
    return files[:limit] if limit else files


def segment(document: Document, index: MessageIndex) -> list[Claim]:
    products, keep = index.products, index.may_state
    return [claim for unit in document.units for claim in segment_claims(unit, products, keep)]


def described(claims: list[Claim], results: list[ClaimMatch | None]) -> list[list[object]]:
    out: list[list[object]] = []
    for claim, result in zip(claims, results, strict=True):
        if result is None:
            continue
        out.append(
            [
                repr(claim.unit.location),
                list(claim.span),
                result.message.id,
                result.status,
                round(result.score, 6),
                result.via_superseded,
                list(result.differences),
            ]
        )
    return out


def run_round(
    documents: list[tuple[str, Document]], index: MessageIndex
) -> tuple[float, float, int, Matches]:
    segment_seconds = match_seconds = 0.0
    claims_seen = 0
    matches: Matches = {}
    for name, document in documents:
        started = time.process_time()
        claims = segment(document, index)
        segmented = time.process_time()
        results = index.match_many(claims)
        matched = time.process_time()
        segment_seconds += segmented - started
        match_seconds += matched - segmented
        claims_seen += len(claims)
        matches[name] = described(claims, results)
    return segment_seconds, match_seconds, claims_seen, matches


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lib", type=Path, default=Path("/tmp/fc-bench300/lib"))
    parser.add_argument(
        "--policy", type=Path, default=Path("/tmp/fc-bench300/policy-messages.yaml")
    )
    parser.add_argument("--files", type=int, default=0, help="first N files (0: all)")
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--dump", type=Path, help="write the matches to this JSON file")
    parser.add_argument("--compare", type=Path, help="check the matches equal this dump")
    args = parser.parse_args()

    started = time.perf_counter()
    documents = [
        (str(path.relative_to(args.lib)), extract_file(path, path.name, DEFAULT_LIMITS))
        for path in library_files(args.lib, args.files)
    ]
    extracted = time.perf_counter()
    compiled = CompiledPolicy.build(load_policy(args.policy))
    index = compiled.messages
    built = time.perf_counter()
    files = max(len(documents), 1)
    units = sum(len(document.units) for _, document in documents)
    print(
        f"{len(documents)} files, {units} units ({units / files:.0f}/file), "
        f"{len(index.messages)} messages; extract {1000 * (extracted - started) / files:.1f} "
        f"ms/file, policy build {built - extracted:.2f} s"
    )
    matches: Matches = {}
    for number in range(1, args.rounds + 1):
        seg, match, claims, matches = run_round(documents, index)
        found = sum(len(m) for m in matches.values())
        print(
            f"round {number}: {claims} claims ({claims / files:.0f}/file), {found} matches | "
            f"segment {1000 * seg / files:.1f} ms/file | match {1000 * match / files:.1f} "
            f"ms/file | total {1000 * (seg + match) / files:.1f} ms/file | "
            f"{units / max(seg + match, 1e-9):,.0f} units/s, "
            f"{claims / max(seg + match, 1e-9):,.0f} claims/s (claims kept by the screen)"
        )
    if args.dump:
        args.dump.write_text(json.dumps(matches, indent=0, sort_keys=True))
        print(f"wrote {args.dump}")
    if args.compare:
        expected: Matches = json.loads(args.compare.read_text())
        differing = [
            name
            for name in expected.keys() | matches.keys()
            if expected.get(name) != matches.get(name)
        ]
        if differing:
            print(f"DIFFERENT in {len(differing)} files, e.g. {sorted(differing)[:5]}")
            sys.exit(1)
        print(f"identical to {args.compare} ({len(expected)} files)")


if __name__ == "__main__":
    main()
