"""Scoring a generated company's library for ``messaging/outdated-claim``: the part the
tuning and held-out company scripts (``tuning_third_company.py`` and after) share.

Each script builds its own files, labels and policy; ``run_company`` writes them, scans
``lib/`` and prints precision, recall and the per-form table.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
from collections.abc import Callable, Iterable
from dataclasses import asdict
from pathlib import Path

from heldout_files import Block, Label, score, write_document

AS_OF = dt.date(2026, 12, 1)
OUTDATED = "messaging/outdated-claim"

Build = Callable[[int], tuple[dict[str, tuple[str, list[Block]]], list[Label]]]


# (positive, form, text, places): places are (format, place in the file) pairs.
PlacedCase = tuple[bool, str, str, tuple[tuple[str, str], ...]]


def scatter_cases(
    seed: int,
    prefix: str,
    cases: Iterable[PlacedCase],
    filler: tuple[str, str],
    files_per_format: dict[str, int],
    copies: int = 3,
) -> tuple[dict[str, tuple[str, list[Block]]], list[Label]]:
    """Files (relative path → format and blocks) and labels, drawn with ``seed``: each case
    placed ``copies`` times in a file drawn from a format drawn from its places; every file
    opens with ``filler[0]`` and closes with ``filler[1]``."""
    rng = random.Random(seed)
    files: dict[str, tuple[str, list[Block]]] = {}
    for fmt, count in files_per_format.items():
        for n in range(count):
            files[f"{prefix}-{fmt}-{n + 1:02d}.{fmt}"] = (fmt, [Block(filler[0])])
    labels: list[Label] = []
    for positive, form, text, places in cases:
        for _copy in range(copies):
            fmt, place = rng.choice(places)
            name = rng.choice([n for n, (f, _b) in files.items() if f == fmt])
            files[name][1].append(Block(text, place))
            labels.append(Label(name, OUTDATED, positive, form, text))
    for _fmt, blocks in files.values():
        blocks.append(Block(filler[1]))
    return files, labels


def policy_text(
    messages: Iterable[tuple[str, str, Iterable[str]]],
    terms: Iterable[tuple[str | tuple[str, ...], str]],
) -> str:
    """The policy: each message as (id, current, superseded texts), each retired name (or
    names) with the name to use."""
    lines = ["version: 1", "messaging:", "  threshold: 85", "  messages:"]
    for message_id, current, superseded in messages:
        lines += [
            f"    - id: {message_id}",
            f"      current: {json.dumps(current)}",
            f"      superseded: [{', '.join(json.dumps(t) for t in superseded)}]",
        ]
    lines.append("  terms:")
    for retired, use in terms:
        names = ", ".join(
            json.dumps(n) for n in ((retired,) if isinstance(retired, str) else retired)
        )
        lines += [f"    - retired: [{names}]", f"      use: {json.dumps(use)}"]
    return "\n".join(lines) + "\n"


def per_form(labels: list[Label], misses: list[str]) -> dict[str, list[int]]:
    """Per form: [placements, correct]. A positive is correct when flagged; a negative's
    wrong findings (``FP … form file: …``) are subtracted, and findings on no label are
    counted under "unlabelled"."""
    out: dict[str, list[int]] = {}
    for label in labels:
        row = out.setdefault(("+ " if label.positive else "- ") + label.form, [0, 0])
        row[0] += 1
        missed = f"FN {OUTDATED} {label.form} {label.file}: {label.text!r}" in misses
        row[1] += not (label.positive and missed)
    for miss in misses:
        if miss.startswith("FP"):
            form = miss.split()[2]
            row = out.setdefault("- " + form, [0, 0])
            row[1] -= 1
    return out


def evaluate(
    out: Path, seed: int, company: str, build: Build, policy_yaml: Callable[[], str]
) -> tuple[dict[str, float], dict[str, list[int]], list[str]]:
    lib = out / "lib"
    files, labels = build(seed)
    for name, (fmt, blocks) in files.items():
        write_document(lib, name.rsplit(".", 1)[0], fmt, f"{company} field guide", blocks)
    policy = out / "policy.yaml"
    policy.write_text(policy_yaml())
    (out / "labels.json").write_text(json.dumps([asdict(lb) for lb in labels], indent=1) + "\n")
    scores, misses = score(lib, policy, labels, (OUTDATED,), AS_OF)
    row = scores[OUTDATED]
    figures = {
        "positives": row.positives,
        "negatives": row.negatives,
        "found": row.found,
        "wrong": row.wrong,
        "precision": round(row.precision, 3),
        "recall": round(row.recall, 3),
    }
    return figures, per_form(labels, misses), misses


def run_company(
    doc: str | None, company: str, default_seed: int, build: Build, policy_yaml: Callable[[], str]
) -> None:
    """The command line of a company script (``doc``: its module docstring)."""
    parser = argparse.ArgumentParser(description=(doc or "").splitlines()[0])
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--seed", type=int, default=default_seed)
    parser.add_argument("--misses", action="store_true", help="list what it gets wrong")
    args = parser.parse_args()
    figures, forms, misses = evaluate(args.out, args.seed, company, build, policy_yaml)
    print(
        f"{company} (seed {args.seed}): {figures['positives']} positives, "
        f"{figures['negatives']} negatives; {OUTDATED}: found {figures['found']}, "
        f"wrong {figures['wrong']}, precision {figures['precision']}, "
        f"recall {figures['recall']}"
    )
    print("| form | cases | correct |\n| --- | ---: | ---: |")
    for form, (total, correct) in sorted(forms.items()):
        print(f"| {form} | {total} | {correct} |")
    if args.misses:
        for miss in misses:
            print("  ", miss)
