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
from freshcheck.cli.options import (
    DateParam,
    DurationParam,
    JobsParam,
    RayAddressParam,
    echo_chunks,
    warn,
)
from freshcheck.cli.report_targets import report_targets
from freshcheck.cli.terminal import ScanProgress, wants_color
from freshcheck.engine import FAMILY_OF_RULE, RULES
from freshcheck.errors import UsageError
from freshcheck.model import ScanResult
from freshcheck.policy import Duration
from freshcheck.report import (
    FAIL_ONS,
    GROUP_BYS,
    RENDERERS,
    ReportOptions,
    RuleSelection,
    apply_baseline,
    read_baseline,
    render_chunks,
    select_findings,
    step_summary,
    write_baseline,
)
from freshcheck.scan import (
    EXECUTORS,
    ScanOptions,
    due_within,
    repository_prefix,
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
    help="Also write a report file, e.g. html=report.html (repeatable; FILE - is stdout).",
)
@click.option(
    "--fail-on",
    type=click.Choice(FAIL_ONS),
    default="error",
    show_default=True,
    help="Exit 1 when a finding is at or above this severity.",
)
@click.option("--as-of", type=DateParam(), help="Judge ages as of this date (default: today).")
@click.option(
    "--changed-since",
    metavar="REF",
    help="Only files added, changed or renamed since this git ref (e.g. origin/main).",
)
@click.option("--jobs", type=JobsParam(), help="Worker processes (default and most: the CPUs).")
@click.option(
    "--executor",
    type=click.Choice(EXECUTORS),
    default="local",
    show_default=True,
    help="Where files are parsed: this machine's process pool, or a Ray cluster "
    "(needs freshcheck[ray]).",
)
@click.option(
    "--ray-address",
    type=RayAddressParam(),
    help="With --executor ray: auto (a running cluster), ray://host:port or host:port "
    "(default: start a local Ray instance).",
)
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
@click.option(
    "--select",
    "select_rules",
    multiple=True,
    metavar="RULES",
    help="Report only these rules: ids or prefixes, comma-separated (e.g. messaging/).",
)
@click.option(
    "--ignore",
    "ignore_rules",
    multiple=True,
    metavar="RULES",
    help="Do not report these rules: ids or prefixes (e.g. freshness/). Wins over --select.",
)
@click.option("--quiet", "-q", is_flag=True, help="Text format: print the summary only.")
@click.option(
    "--verbose",
    "-v",
    is_flag=True,
    help="Text format with --baseline: also list files with no new findings.",
)
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
    changed_since: str | None,
    jobs: int | None,
    executor: str,
    ray_address: str | None,
    group_by: str | None,
    due_within_span: Duration | None,
    baseline: Path | None,
    write_baseline_to: Path | None,
    select_rules: tuple[str, ...],
    ignore_rules: tuple[str, ...],
    quiet: bool,
    verbose: bool,
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
      freshcheck scan --baseline baseline.json content/       # only new findings
      freshcheck scan --ignore freshness/ --format github content/
      freshcheck scan --changed-since origin/main --format github content/
      freshcheck scan --executor ray --ray-address auto /mnt/library/
    """
    if ray_address is not None and executor != "ray":
        raise UsageError("--ray-address needs --executor ray")
    targets = report_targets(reports, write_baseline_to)
    _check_group_by(group_by, fmt, quiet, [t.fmt for t in targets if t.fmt != "baseline"])
    selection = RuleSelection.parse(select_rules, ignore_rules, RULES)
    baseline_text = None if baseline is None else _baseline_text(baseline)
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
        changed_since=changed_since,
        executor=executor,
        ray_address=ray_address,
    )
    with progress:
        result = freshcheck.scan(paths, options=options)
    result = select_findings(result, selection, keep=spooled)
    baselined = 0
    if baseline_text is not None:
        result, baselined = apply_baseline(result, baseline_text, keep=spooled)
    for target in targets:
        if target.fmt == "baseline":
            target.write([write_baseline(result)])
    if due_within_span is not None:
        result = due_within(result, due_within_span, today)
    report_options = ReportOptions(
        fail_on=fail_on,  # type: ignore[arg-type]
        group_by=group_by,  # type: ignore[arg-type]
        quiet=quiet,
        baselined=baselined,
        baseline_applied=baseline is not None,
        verbose=verbose,
        root_paths=tuple(str(path.resolve()) for path in (paths or (Path("."),))),
        source_root=_source_root(result),
        rule_help={rule: family.doc.strip() for rule, family in FAMILY_OF_RULE.items()},
    )
    for target in targets:
        if target.fmt != "baseline":
            target.write(render_chunks(target.fmt, result, report_options))
    stdout_options = ReportOptions(
        fail_on=report_options.fail_on,
        group_by=report_options.group_by,
        quiet=quiet,
        baselined=baselined,
        baseline_applied=baseline is not None,
        verbose=verbose,
        root_paths=report_options.root_paths,
        color=fmt == "text" and wants_color(sys.stdout, os.environ),
        source_root=report_options.source_root,
        rule_help=report_options.rule_help,
    )
    echo_chunks(render_chunks(fmt, result, stdout_options))
    if fmt == "github":
        _append_step_summary(result, stdout_options)
    sys.exit(result.exit_code(fail_on))


GROUPED_FORMATS = ("text", "markdown", "html")


def _check_group_by(group_by: str | None, fmt: str, quiet: bool, others: list[str]) -> None:
    """Refuse --group-by where no report would show it, rather than ignore it silently."""
    if group_by is None:
        return
    shown = [f for f in (fmt, *others) if f in GROUPED_FORMATS and not (f == "text" and quiet)]
    if shown:
        return
    if quiet and fmt == "text":
        raise UsageError(
            "--group-by has nothing to group with --quiet (it prints the summary only)"
        )
    raise UsageError(
        f"--group-by applies to the text, markdown and html reports, not to {fmt}; "
        "add e.g. --report markdown=FILE"
    )


def _source_root(result: ScanResult) -> str | None:
    """The library root (what report paths are relative to) relative to the top of its git
    repository: CI systems (SARIF, GitHub, GitLab, reviewdog) resolve report paths there.
    None outside a repository: the reports then prefix the library root as seen from here."""
    if result.library_root is None:
        return None
    return repository_prefix(Path(result.library_root).absolute())


def _append_step_summary(result: ScanResult, options: ReportOptions) -> None:
    """GitHub Actions shows what a step appends to ``$GITHUB_STEP_SUMMARY`` on the run's
    page; a file other steps also write to, so it is appended to, never replaced."""
    target = os.environ.get("GITHUB_STEP_SUMMARY")
    if not target:
        return
    try:
        with open(target, "a", encoding="utf-8") as summary:
            summary.write(step_summary(result, options))
    except OSError as exc:
        warn(f"cannot append the step summary to {target}: {exc.strerror or exc}")


def _baseline_text(path: Path) -> str:
    """The baseline file's text, read and checked before the scan: a bad one is exit 2."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        reason = exc.strerror if isinstance(exc, OSError) else "it is not UTF-8 text"
        raise UsageError(f"--baseline {path}: cannot read it: {reason}") from None
    read_baseline(text)  # raises UsageError naming what is wrong
    return text
