"""The scan-shaped commands: ``freshcheck scan`` and ``freshcheck claims``.

Both discover files, run them through the worker pool and render what comes back; the
command-line entry point (``cli.py``) registers them beside the small commands.
"""

from __future__ import annotations

import datetime as dt
import os
import sys
from pathlib import Path

import click

import freshcheck
from freshcheck.atomic import write_atomic
from freshcheck.cli.options import DateParam, DurationParam, echo, echo_chunks, warn
from freshcheck.cli.terminal import ScanProgress, wants_color
from freshcheck.engine import CompiledPolicy
from freshcheck.errors import UsageError
from freshcheck.messaging import INVENTORY_FORMATS, build_inventory, render_inventory
from freshcheck.policy import Duration
from freshcheck.report import (
    FAIL_ONS,
    GROUP_BYS,
    RENDERERS,
    ReportOptions,
    apply_baseline,
    render_chunks,
    write_baseline,
)
from freshcheck.scan import (
    ScanOptions,
    discover,
    due_within,
    extract_documents,
    resolve_policy,
    spooled,
)


@click.command("scan")
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@click.option(
    "--policy", type=click.Path(exists=True, path_type=Path), help="Policy file or folder."
)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(list(RENDERERS)),
    default="text",
    show_default=True,
    help="Format written to stdout.",
)
@click.option(
    "--report",
    "reports",
    multiple=True,
    metavar="FMT=FILE",
    help="Also write a report file, e.g. html=report.html (repeatable).",
)
@click.option(
    "--fail-on",
    type=click.Choice(FAIL_ONS),
    default="error",
    show_default=True,
    help="Exit 1 when a finding is at or above this severity.",
)
@click.option("--as-of", type=DateParam(), help="Judge ages as of this date (default: today).")
@click.option("--jobs", type=click.IntRange(min=1), help="Worker processes (default: CPUs).")
@click.option(
    "--group-by", type=click.Choice(GROUP_BYS), help="Sections per owner, folder or status."
)
@click.option(
    "--due-within",
    "due_within_span",
    type=DurationParam(),
    help="Only files due within this span (e.g. 30d).",
)
@click.option(
    "--baseline",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="Report only findings not in this baseline file.",
)
@click.option(
    "--write-baseline",
    "write_baseline_to",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Record today's findings as the baseline.",
)
@click.option("--quiet", "-q", is_flag=True, help="Text format: print the summary only.")
@click.option("--no-cache", is_flag=True, help="Read every file again; leave the cache alone.")
@click.option(
    "--cache-dir",
    type=click.Path(file_okay=False, path_type=Path),
    help="Extraction cache folder, on local disk (default: the user cache folder).",
)
def scan_command(
    paths: tuple[Path, ...],
    policy: Path | None,
    fmt: str,
    reports: tuple[str, ...],
    fail_on: str,
    as_of: dt.date | None,
    jobs: int | None,
    group_by: str | None,
    due_within_span: Duration | None,
    baseline: Path | None,
    write_baseline_to: Path | None,
    quiet: bool,
    no_cache: bool,
    cache_dir: Path | None,
) -> None:
    """Scan files and folders (default: the current folder).

    \b
    Exit codes: 0 nothing at or above --fail-on, 1 findings at or above it, 2 usage or
    policy error.

    \b
    Examples:
      freshcheck scan content/
      freshcheck scan --fail-on warning --format sarif content/ > freshcheck.sarif
      freshcheck scan --report html=report.html --report junit=junit.xml content/
      freshcheck scan --due-within 30d --group-by owner content/
    """
    report_targets = [_report_target(spec) for spec in reports]
    today = as_of or dt.date.today()
    progress = ScanProgress.for_stderr()
    options = ScanOptions(
        as_of=today,
        policy=policy,
        jobs=jobs,
        env=dict(os.environ),
        progress=progress.update,
        use_cache=not no_cache,
        cache_dir=cache_dir,
        warn=warn,
    )
    with progress:
        result = freshcheck.scan(paths, options=options)
    baselined = 0
    if baseline is not None:
        result, baselined = apply_baseline(
            result, baseline.read_text(encoding="utf-8"), keep=spooled
        )
    if write_baseline_to is not None:
        write_atomic(write_baseline_to, write_baseline(result))
    if due_within_span is not None:
        result = due_within(result, due_within_span, today)
    report_options = ReportOptions(
        fail_on=fail_on,  # type: ignore[arg-type]
        group_by=group_by,  # type: ignore[arg-type]
        quiet=quiet,
        baselined=baselined,
    )
    for target_format, target in report_targets:
        write_atomic(target, render_chunks(target_format, result, report_options))
    stdout_options = ReportOptions(
        fail_on=report_options.fail_on,
        group_by=report_options.group_by,
        quiet=quiet,
        baselined=baselined,
        color=fmt == "text" and wants_color(sys.stdout, os.environ),
    )
    echo_chunks(render_chunks(fmt, result, stdout_options))
    sys.exit(result.exit_code(fail_on))


@click.command()
@click.argument("paths", nargs=-1, type=click.Path(exists=True, path_type=Path))
@click.option(
    "--policy", type=click.Path(exists=True, path_type=Path), help="Policy file or folder."
)
@click.option(
    "--format", "fmt", type=click.Choice(INVENTORY_FORMATS), default="text", show_default=True
)
@click.option("--by-message", is_flag=True, help="Uses of each approved message, with files.")
@click.option(
    "--unmatched",
    is_flag=True,
    help="Only claims that match no approved message, each with its closest message, "
    "score and the words that decided it.",
)
@click.option("--jobs", type=click.IntRange(min=1), help="Worker processes (default: CPUs).")
def claims(
    paths: tuple[Path, ...],
    policy: Path | None,
    fmt: str,
    by_message: bool,
    unmatched: bool,
    jobs: int | None,
) -> None:
    """Inventory of the claims in PATHS: text, kind, facts, message id, status, location.

    A claim is a sentence, bullet, cell or title that states a fact (a number, percentage,
    amount, multiplier, date, product name) or matches an approved message. Status is
    current, outdated or unmatched.

    \b
    Examples:
      freshcheck claims content/
      freshcheck claims --by-message --format csv content/ > message-uses.csv
      freshcheck claims --unmatched content/      # candidates for the messaging library
      freshcheck explain-match "Acme cuts onboarding time by 30%"   # one sentence
    """
    if by_message and unmatched:
        raise UsageError("choose one of --by-message and --unmatched")
    roots = list(paths) or [Path(".")]
    options = ScanOptions(as_of=dt.date.today(), policy=policy, jobs=jobs, env=dict(os.environ))
    compiled = CompiledPolicy.build(resolve_policy(roots, options))
    files = discover(roots, compiled.policy.scan, Path.cwd())
    found = sorted(extract_documents(files, jobs, options.limits), key=lambda pair: pair[1].path)
    documents = (document for _, document in found)
    inventory = build_inventory(documents, compiled.messages, explain_unmatched=unmatched)
    view = "by-message" if by_message else "unmatched" if unmatched else "claims"
    echo(render_inventory(inventory, fmt, view))


def _report_target(spec: str) -> tuple[str, Path]:
    fmt, sep, file = spec.partition("=")
    if not sep or not file:
        raise UsageError(f"--report needs FMT=FILE, got {spec!r}")
    if fmt not in RENDERERS:
        raise UsageError(f"--report: unknown format {fmt!r}; use one of {', '.join(RENDERERS)}")
    return fmt, Path(file)
