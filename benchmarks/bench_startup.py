"""Benchmark: start-up, as CI, pre-commit and ``watch --status`` pay it (issue #21).

    .venv/bin/python benchmarks/bench_startup.py [--runs 10] [--label after]
    .venv/bin/python benchmarks/bench_startup.py --label before --pythonpath /tmp/fc-base

Each figure is the median wall time of ``--runs`` whole processes of the ``freshcheck``
console script next to this interpreter:

- ``freshcheck --version`` (target ≤ 0.12 s);
- ``freshcheck scan one.md``, cold (an empty cache folder every run) and warm (target
  ≤ 0.35 s each);
- a warm rescan of a generated 150-file library (``gen_library.py``: decks, documents,
  PDFs, Markdown; its 2,000-message policy) (target ≤ 0.35 s).

Then ``python -X importtime`` of ``--version``: the ten imports that cost most (cumulative).
``--pythonpath`` puts another checkout's package first (e.g. an export of the base commit,
``git archive <commit> | tar -x -C /tmp/fc-base``), so the same interpreter and libraries
give a before/after pair; ``--label`` names the column. Child processes may write bytecode
(``PYTHONDONTWRITEBYTECODE`` is dropped), and one unmeasured run precedes each series, so
the figures are those of an installed package, not of compiling the sources every run.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from gen_library import generate

TARGETS = {"--version": 0.12, "scan one.md (cold)": 0.35, "scan one.md (warm)": 0.35}
TARGETS["rescan 150 files (warm)"] = 0.35


def child_env(pythonpath: str | None, cache: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env.pop("FRESHCHECK_POLICY", None)
    env["XDG_CACHE_HOME"] = str(cache)
    if pythonpath:
        env["PYTHONPATH"] = pythonpath
    return env


def median_run(
    command: list[str], cwd: Path, env: dict[str, str], runs: int, cold: Path | None
) -> float:
    """The median wall time of ``runs`` processes; ``cold``: a cache folder emptied first."""
    times: list[float] = []
    for index in range(runs + 1):  # the first run only warms the page cache and bytecode
        if cold is not None:
            shutil.rmtree(cold, ignore_errors=True)
        started = time.perf_counter()
        done = subprocess.run(command, cwd=cwd, env=env, capture_output=True, check=False)
        elapsed = time.perf_counter() - started
        if done.returncode not in (0, 1):
            raise SystemExit(f"{command} failed ({done.returncode}): {done.stderr.decode()[-500:]}")
        if index:
            times.append(elapsed)
    return statistics.median(times)


def importtime_top(python: str, script: str, env: dict[str, str], cwd: Path) -> list[str]:
    done = subprocess.run(
        [python, "-X", "importtime", script, "--version"],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    rows: list[tuple[int, str]] = []
    for line in done.stderr.splitlines():
        if line.startswith("import time:") and "cumulative" not in line:
            _, cumulative, name = line.split("|")
            rows.append((int(cumulative), name.rstrip()))
    rows.sort(reverse=True)
    return [f"{us / 1000:7.1f} ms {name}" for us, name in rows[:10]]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=10)
    parser.add_argument("--label", default="this checkout")
    parser.add_argument("--pythonpath", help="a checkout whose freshcheck/ is measured instead")
    parser.add_argument("--files", type=int, default=150)
    args = parser.parse_args()
    python = sys.executable
    script = str(Path(python).parent / "freshcheck")
    with tempfile.TemporaryDirectory(prefix="fc-startup-") as scratch:
        root = Path(scratch)
        one = root / "one"
        one.mkdir()
        (one / "one.md").write_text(
            "# Onboarding\n\nAcme cuts onboarding time by 30%.\n", encoding="utf-8"
        )
        generate(root / "library", args.files, seed=7, messages=2000)
        library = root / "library"
        cold = root / "cold-cache"
        warm = root / "warm-cache"
        cold_env = child_env(args.pythonpath, cold)
        warm_env = child_env(args.pythonpath, warm)
        policy = str(library / "policy-messages.yaml")
        series = [
            ("--version", [script, "--version"], one, warm_env, None),
            ("scan one.md (cold)", [script, "scan", "one.md"], one, cold_env, cold),
            ("scan one.md (warm)", [script, "scan", "one.md"], one, warm_env, None),
            (
                f"rescan {args.files} files (warm)",
                [script, "scan", "lib", "-q", "--policy", policy],
                library,
                warm_env,
                None,
            ),
        ]
        print(f"median of {args.runs} whole-process runs, {args.label}")
        print(f"{'command':<28} {args.label:>14} {'target':>8}")
        for name, command, cwd, env, cold_dir in series:
            seconds = median_run(command, cwd, env, args.runs, cold_dir)
            target = TARGETS.get(name)
            shown = f"≤ {target:.2f}" if target else ""
            print(f"{name:<28} {seconds:>12.3f} s {shown:>8}", flush=True)
        print("\npython -X importtime freshcheck --version: top 10 (cumulative)")
        for row in importtime_top(python, script, warm_env, one):
            print(row)


if __name__ == "__main__":
    main()
