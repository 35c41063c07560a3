"""Record and compare JSON reports, to show a change of code leaves every verdict as it was.

    .venv/bin/python scripts/compare_reports.py record /tmp/fc-reports-before
    # ... change the code ...
    .venv/bin/python scripts/compare_reports.py compare /tmp/fc-reports-before

Two libraries are scanned with the installed ``freshcheck`` command, as a user would run it:
the bundled ``sample_content/`` with the bundled ``policies/``, and a generated 300-file library
(``benchmarks/gen_library.py``, seed 7, 2,000 messages) with its messages policy. Each JSON
report is written to the folder (``record``) or compared byte for byte with the one there
(``compare``, exit 1 on the first difference, with the first differing line).
"""

from __future__ import annotations

import argparse
import hashlib
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
AS_OF = "2026-11-23"
FRESHCHECK = [sys.executable, "-m", "freshcheck"]


def sample_report() -> bytes:
    return _scan([str(ROOT / "sample_content"), "--policy", str(ROOT / "policies")], ROOT)


def generated_report(work: Path) -> bytes:
    library = work / "library"
    subprocess.run(
        [
            sys.executable,
            str(ROOT / "benchmarks" / "gen_library.py"),
            "--files",
            "300",
            "--seed",
            "7",
            "--out",
            str(library),
        ],
        check=True,
        stdout=subprocess.DEVNULL,
    )
    policy = library / "policy-messages.yaml"
    return _scan([str(library), "--policy", str(policy)], library)


def _scan(arguments: list[str], cwd: Path) -> bytes:
    with tempfile.TemporaryDirectory() as cache:
        done = subprocess.run(
            [
                *FRESHCHECK,
                "scan",
                *arguments,
                "--format",
                "json",
                "--as-of",
                AS_OF,
                "--fail-on",
                "never",
                "--cache-dir",
                cache,
            ],
            cwd=cwd,
            capture_output=True,
            check=False,
        )
    if done.returncode != 0:
        sys.exit(f"scan failed ({done.returncode}): {done.stderr.decode(errors='replace')}")
    return done.stdout


def reports() -> dict[str, bytes]:
    # A fixed folder: the report names the scanned root, so both runs must use the same one.
    # One per checkout, so that two checkouts comparing at once do not share it.
    checkout = hashlib.sha256(str(ROOT).encode()).hexdigest()[:8]
    work = Path(tempfile.gettempdir()) / f"fc-compare-reports-{checkout}"
    shutil.rmtree(work, ignore_errors=True)
    try:
        return {
            "sample_content.json": sample_report(),
            "generated-300.json": generated_report(work),
        }
    finally:
        shutil.rmtree(work, ignore_errors=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("action", choices=("record", "compare"))
    parser.add_argument("folder", type=Path)
    options = parser.parse_args()
    made = reports()
    if options.action == "record":
        options.folder.mkdir(parents=True, exist_ok=True)
        for name, data in made.items():
            (options.folder / name).write_bytes(data)
            print(f"recorded {name}: {len(data):,} bytes")
        return
    failed = False
    for name, data in made.items():
        before = (options.folder / name).read_bytes()
        if before == data:
            print(f"identical {name}: {len(data):,} bytes")
            continue
        failed = True
        old, new = before.splitlines(), data.splitlines()
        line = next((i for i, (a, b) in enumerate(zip(old, new, strict=False)) if a != b), None)
        where = f"line {line + 1}" if line is not None else "length"
        print(f"DIFFERENT {name}: {len(before):,} -> {len(data):,} bytes, first at {where}")
        if line is not None:
            print(f"  before: {old[line][:300]!r}\n  after:  {new[line][:300]!r}")
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
