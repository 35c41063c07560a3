"""Scan speed side by side, on the same synthetic files, in one run.

    .venv/bin/python benchmarks/run.py --files 1000 [--jobs 2] [--out /tmp/fc-bench]
        [--mix realistic|claim-heavy] [--executor ray [--ray-address ADDRESS]]
    MARKITDOWN_PYTHON=/tmp/bench-venv/bin/python  (default) for side (b)

The library is gen_library's: ``--mix realistic`` (default, English enablement text where
about 5% of sentences restate a message) or ``--mix claim-heavy`` (every sentence looks like
a claim, a third restate one: the matcher's stress case, as in the earlier runs).

Sides, each in its own process tree, with peak memory sampled from /proc:
  floor       zipfile + lxml text walk over the OOXML parts, pdftotext for PDFs, plain reads
              for Markdown; in a pool of --jobs processes
  markitdown  markitdown converting the same files, same pool size (skipped, with a message,
              when the benchmark venv cannot import it; never a project dependency)
  extract     freshcheck's extractors alone (``extract_file``: no rules, no cache, no report),
              same pool: the most a cold scan could reach, since it extracts every file
  cold        freshcheck scan, all rules, JSON report, 2,000-message policy, empty cache
  warm        the same scan again on the warm cache
  cold-nomsg  a cold scan with an empty messaging policy (what the matcher costs)
  warm-nomsg  and its warm rescan (the cache's effect without the matcher's cost)
With ``--executor ray`` (needs ``freshcheck[ray]``) the sides are cold and warm on the local
pool, then ray-cold and ray-warm: the same scans with ``--executor ray`` on a local Ray
instance (``--ray-address``: an existing cluster). Ray's own start is timed apart, as
start-up: a cluster is normally running already.
Figures: wall seconds (measured inside the side, so interpreter start-up is excluded and
shown apart), files/s, ratios, and peak RSS of the whole process tree (sum) and of its
largest process. Only the standard library is imported here at top level: the markitdown
side runs under another interpreter.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
MARKITDOWN_PYTHON = os.environ.get("MARKITDOWN_PYTHON", "/tmp/bench-venv/bin/python")
SUFFIXES = (".pptx", ".docx", ".pdf", ".md")


def library_files(lib: Path) -> list[Path]:
    return sorted(p for p in lib.rglob("*") if p.suffix in SUFFIXES and p.is_file())


# ----- sides (each runs in a child process: ``run.py --side NAME``) -----------------------


def floor_one(path: str) -> int:
    if path.endswith(".pdf"):
        if shutil.which("pdftotext") is None:
            return 0
        done = subprocess.run(["pdftotext", "-q", path, "-"], capture_output=True, check=False)
        return len(done.stdout)
    if path.endswith(".md"):
        return len(Path(path).read_text(encoding="utf-8"))
    sys.path.insert(0, str(HERE))
    from bench_extract_ooxml import (
        DOCX_CONTENT,
        DOCX_TEXT,
        PPTX_CONTENT,
        PPTX_TEXT,
        floor_reader,
    )

    if path.endswith(".pptx"):
        return floor_reader(PPTX_CONTENT, PPTX_TEXT)(Path(path))
    return floor_reader(DOCX_CONTENT, DOCX_TEXT)(Path(path))


_CONVERTER = None


def markitdown_one(path: str) -> int:
    global _CONVERTER  # one converter per pool process, as a user's script would keep
    if _CONVERTER is None:
        from markitdown import MarkItDown

        _CONVERTER = MarkItDown()
    try:
        return len(_CONVERTER.convert(path).text_content)
    except Exception:  # a conversion failure is counted, not fatal
        return -1


def extract_one(path: str) -> int:
    from freshcheck.extract import extract_file

    document = extract_file(Path(path), path)
    return -1 if document.error else sum(len(unit.text) for unit in document.units)


def pooled(func_name: str, lib: Path, jobs: int) -> dict[str, object]:
    import multiprocessing

    func = {"floor": floor_one, "markitdown": markitdown_one, "extract": extract_one}[func_name]
    paths = [str(p) for p in library_files(lib)]
    started = time.perf_counter()
    with multiprocessing.get_context("forkserver").Pool(jobs) as pool:
        sizes = list(pool.imap_unordered(func, paths, chunksize=4))
    seconds = time.perf_counter() - started
    return {"seconds": seconds, "files": len(paths), "failed": sum(1 for s in sizes if s < 0)}


def freshcheck_scan(
    lib: Path, policy: Path, cache: Path, jobs: int, ray_address: str | None = None
) -> dict[str, object]:
    from freshcheck.cli.app import run

    argv = ["scan", "--format", "json", "--fail-on", "never", "--policy", str(policy)]
    argv += ["--cache-dir", str(cache), "--jobs", str(jobs), str(lib)]
    if ray_address is not None:
        _connect_ray(ray_address, jobs)  # the scan reuses this connection
        argv += ["--executor", "ray"]
    stdout = sys.stdout
    started = time.perf_counter()
    with open(os.devnull, "w") as sink:
        sys.stdout = sink
        try:
            code = run(argv)
        finally:
            sys.stdout = stdout
    seconds = time.perf_counter() - started
    return {"seconds": seconds, "files": len(library_files(lib)), "exit": code}


def _connect_ray(address: str, jobs: int) -> None:
    import logging

    import ray

    from freshcheck.scan.executors.ray_cluster import (
        LOCAL_OBJECT_STORE_BYTES,
        LOCAL_SYSTEM_CONFIG,
    )

    os.environ.setdefault("RAY_DISABLE_USAGE_STATS", "1")
    common = {"log_to_driver": False, "logging_level": logging.ERROR}
    if address == "local":  # as the executor starts one (its workers' niceness included)
        ray.init(
            address="local",
            num_cpus=jobs,
            include_dashboard=False,
            object_store_memory=LOCAL_OBJECT_STORE_BYTES,
            _system_config=LOCAL_SYSTEM_CONFIG,
            **common,
        )
    else:
        ray.init(address=address, **common)


def run_side(args: argparse.Namespace) -> None:
    out: Path = args.out
    if args.side in ("floor", "markitdown", "extract"):
        figures = pooled(args.side, out / "lib", args.jobs)
    else:
        name = "policy-empty.yaml" if args.side.endswith("nomsg") else "policy-messages.yaml"
        cache = out / f"cache-{args.side.replace('warm', 'cold')}"  # warm reuses cold's cache
        address = (args.ray_address or "local") if args.side.startswith("ray-") else None
        figures = freshcheck_scan(out / "lib", out / name, cache, args.jobs, address)
    print(json.dumps(figures))


# ----- the parent: run each side, sample its memory, print the table ----------------------


def _tree_rss(root: int, cpu: dict[int, float] | None = None) -> tuple[int, int]:
    """(sum, largest) resident set in bytes over ``root`` and all its descendants; with
    ``cpu``, each one's CPU seconds so far go into it by pid (a process that exits between
    two samples loses at most one interval)."""
    parents: dict[int, int] = {}
    rss: dict[int, int] = {}
    used: dict[int, float] = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            status = (entry / "status").read_text()
            stat = (entry / "stat").read_text() if cpu is not None else ""
        except OSError:
            continue
        fields = dict(line.split(":", 1) for line in status.splitlines() if ":" in line)
        parents[int(entry.name)] = int(fields.get("PPid", "0").strip())
        rss[int(entry.name)] = int(fields.get("VmRSS", "0 kB").split()[0]) * 1024
        if stat:
            ticks = stat.rsplit(")", 1)[1].split()[11:13]  # utime, stime
            used[int(entry.name)] = sum(int(t) for t in ticks) / _CLOCK_TICKS
    tree = {root}
    grew = True
    while grew:
        grew = False
        for pid, ppid in parents.items():
            if ppid in tree and pid not in tree:
                tree.add(pid)
                grew = True
    sizes = [rss.get(pid, 0) for pid in tree]
    if cpu is not None:
        cpu.update((pid, used[pid]) for pid in tree if pid in used)
    return sum(sizes), max(sizes, default=0)


_CLOCK_TICKS = os.sysconf("SC_CLK_TCK") if hasattr(os, "sysconf") else 100


def _load() -> float:
    try:
        return float(Path("/proc/loadavg").read_text().split()[0])
    except (OSError, ValueError, IndexError):
        return float("nan")


def measure(python: str, side: str, args: argparse.Namespace) -> dict[str, object] | None:
    command = [python, str(Path(__file__).resolve()), "--side", side, "--out", str(args.out)]
    command += ["--jobs", str(args.jobs)]
    if args.ray_address:
        command += ["--ray-address", args.ray_address]
    started = time.perf_counter()
    child = subprocess.Popen(
        command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=args.out
    )
    peak_sum = peak_one = 0
    cpu: dict[int, float] = {}
    loads = [_load()]
    while child.poll() is None:
        total, largest = _tree_rss(child.pid, cpu)
        peak_sum, peak_one = max(peak_sum, total), max(peak_one, largest)
        loads.append(_load())
        time.sleep(0.05)
    stdout, stderr = child.communicate()
    wall = time.perf_counter() - started
    if child.returncode != 0 or not stdout.strip():
        print(f"  {side}: failed ({stderr.strip().splitlines()[-1:]})", file=sys.stderr)
        return None
    figures: dict[str, object] = json.loads(stdout.strip().splitlines()[-1])
    # CPU seconds of the whole tree (start-up included): unlike wall time, they barely
    # move with what else the machine runs; the 1-minute load while the side ran.
    figures.update(wall=wall, peak_sum=peak_sum, peak_one=peak_one, cpu=sum(cpu.values()))
    figures.update(load_min=min(loads), load_max=max(loads))
    return figures


def _markitdown_available() -> bool:
    if not Path(MARKITDOWN_PYTHON).exists():
        return False
    probe = subprocess.run(
        [MARKITDOWN_PYTHON, "-c", "import markitdown"], capture_output=True, check=False
    )
    return probe.returncode == 0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--files", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--messages", type=int, default=2000)
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--out", type=Path, default=Path("/tmp/fc-bench"))
    parser.add_argument("--mix", choices=("realistic", "claim-heavy"), default="realistic")
    parser.add_argument("--executor", choices=("local", "ray"), default="local")
    parser.add_argument("--ray-address", help="with --executor ray: an existing cluster")
    parser.add_argument("--side", help=argparse.SUPPRESS)
    args = parser.parse_args()
    args.out = args.out.resolve()
    if args.side:
        run_side(args)
        return
    marker = args.out / f"generated-{args.mix}-{args.files}-{args.seed}-{args.messages}"
    if not marker.exists():
        shutil.rmtree(args.out, ignore_errors=True)
        args.out.mkdir(parents=True)
        generator = [sys.executable, str(HERE / "gen_library.py"), "--out", str(args.out)]
        generator += ["--files", str(args.files), "--seed", str(args.seed)]
        generator += ["--messages", str(args.messages), "--mix", args.mix]
        subprocess.run(generator, check=True)
        marker.touch()
    for folder in args.out.glob("cache-*"):
        shutil.rmtree(folder)
    files = library_files(args.out / "lib")
    size = sum(p.stat().st_size for p in files)
    print(f"machine: {platform.machine()}, {os.cpu_count()} CPUs, {platform.python_version()}")
    print(f"library: {len(files)} files, {size / 1e6:.0f} MB, {args.mix} mix; jobs {args.jobs}")
    sides = ["floor", "markitdown", "extract", "cold", "warm", "cold-nomsg", "warm-nomsg"]
    if args.executor == "ray":
        sides = ["cold", "warm", "ray-cold", "ray-warm"]
    results: dict[str, dict[str, object]] = {}
    for side in sides:
        python = sys.executable
        if side == "markitdown":
            if not _markitdown_available():
                print(f"  markitdown: skipped (cannot import it with {MARKITDOWN_PYTHON})")
                continue
            python = MARKITDOWN_PYTHON
        print(f"  running {side}…", file=sys.stderr)
        figures = measure(python, side, args)
        if figures is not None:
            results[side] = figures
    _print_table(results, len(files))


def _print_table(results: dict[str, dict[str, object]], files: int) -> None:
    def seconds(side: str) -> float | None:
        return float(results[side]["seconds"]) if side in results else None  # type: ignore[arg-type]

    print()
    print(
        f"{'side':<11} {'seconds':>8} {'start-up':>8} {'files/s':>8} {'vs floor':>9} "
        f"{'vs markitdown':>14} {'peak RSS tree':>14} {'largest proc':>13} {'CPU s':>7} "
        f"{'load':>9}"
    )
    floor, markitdown = seconds("floor"), seconds("markitdown")
    for side, figures in results.items():
        work = float(figures["seconds"])  # type: ignore[arg-type]
        startup = float(figures["wall"]) - work  # type: ignore[arg-type]
        vs_floor = f"{floor / work:.2f}x" if floor else "-"
        vs_md = f"{markitdown / work:.2f}x" if markitdown else "-"
        print(
            f"{side:<11} {work:>8.2f} {startup:>8.2f} {files / work:>8.1f} {vs_floor:>9} "
            f"{vs_md:>14} {int(figures['peak_sum']) / 2**20:>11.0f} MB "  # type: ignore[call-overload]
            f"{int(figures['peak_one']) / 2**20:>10.0f} MB "  # type: ignore[call-overload]
            f"{float(figures['cpu']):>7.1f} "  # type: ignore[arg-type]
            f"{float(figures['load_min']):>4.1f}-{float(figures['load_max']):<4.1f}"  # type: ignore[arg-type]
        )
    cold, warm, nomsg = seconds("cold"), seconds("warm"), seconds("cold-nomsg")
    warm_nomsg = seconds("warm-nomsg")
    print()
    if cold and markitdown:
        print(f"cold scan throughput = {markitdown / cold:.2f}x markitdown's  (target >= 3x)")
    if cold and floor:
        print(f"cold scan throughput = {100 * floor / cold:.0f}% of the floor's  (target >= 50%)")
    extract = seconds("extract")
    if extract and floor:
        print(
            f"freshcheck's extraction alone = {100 * floor / extract:.0f}% of the floor's"
            " (no cold scan can do better)"
        )
    if cold and warm:
        print(f"warm rescan = {100 * warm / cold:.1f}% of the cold scan  (target <= 3%)")
    if nomsg and warm_nomsg:
        print(f"warm rescan, no messages = {100 * warm_nomsg / nomsg:.1f}% of its cold scan")
    if cold and nomsg:
        print(
            f"2,000 messages add {100 * (cold - nomsg) / nomsg:.0f}% to a cold scan (target < 10%)"
        )
    for kind in ("cold", "warm"):
        local, on_ray = seconds(kind), seconds(f"ray-{kind}")
        if local and on_ray:
            overhead = 100 * (on_ray - local) / local
            print(f"Ray's overhead, {kind}: {overhead:+.1f}%  (target <= 15%)")
    if "markitdown" in results and results["markitdown"].get("failed"):
        print(f"markitdown failed on {results['markitdown']['failed']} files")


if __name__ == "__main__":
    main()
