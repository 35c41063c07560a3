"""The command line: parse options, call the library, print, exit. Thin on purpose.

Machine-readable output goes to stdout; progress, notes and errors go to stderr. One place
(``main``) maps exceptions to exit codes.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import sys
from pathlib import Path

import click

from freshcheck import __version__
from freshcheck.atomic import write_atomic
from freshcheck.baseline import apply_baseline, write_baseline
from freshcheck.compiled import CompiledPolicy
from freshcheck.dates import parse_iso_date
from freshcheck.discover import discover
from freshcheck.errors import (
    EXIT_INTERNAL,
    EXIT_INTERRUPTED,
    EXIT_OK,
    EXIT_USAGE,
    FreshcheckError,
    PolicyError,
    UsageError,
)
from freshcheck.extract.safety import format_bytes
from freshcheck.inventory import FORMATS as INVENTORY_FORMATS
from freshcheck.inventory import build_inventory, render_inventory
from freshcheck.model import Document
from freshcheck.policy import Duration, find_policy, load_policy, policy_schema, summarize_policy
from freshcheck.policy.starter import STARTER_FILE_NAME, starter_policy_text
from freshcheck.report import RENDERERS, ReportOptions, render
from freshcheck.report.options import FAIL_ONS, GROUP_BYS
from freshcheck.report.plan import due_within
from freshcheck.reviews import find_review_base, record_reviews
from freshcheck.rules import FAMILIES, FAMILY_OF_RULE, RULES
from freshcheck.runner import ScanOptions, extract_documents, resolve_policy, scan
from freshcheck.store import cache_info, default_cache_dir, remove_cache_files
from freshcheck.terminal import ScanProgress, wants_color
from freshcheck.workers import extract_isolated


class DateParam(click.ParamType[dt.date]):
    name = "DATE"

    def convert(
        self, value: object, param: click.Parameter | None, ctx: click.Context | None
    ) -> dt.date:
        if isinstance(value, dt.date):
            return value
        try:
            return parse_iso_date(str(value))
        except ValueError as exc:
            self.fail(str(exc), param, ctx)


class DurationParam(click.ParamType[Duration]):
    name = "DURATION"

    def convert(
        self, value: object, param: click.Parameter | None, ctx: click.Context | None
    ) -> Duration:
        if isinstance(value, Duration):
            return value
        try:
            return Duration.parse(str(value))
        except ValueError as exc:
            self.fail(str(exc), param, ctx)


@click.group(context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.version_option(__version__, prog_name="freshcheck")
def cli() -> None:
    """Keep sales and marketing training material honest.

    freshcheck scans decks, documents, PDFs and Markdown, reports what is past its review
    cadence and which sentences are out of step with the approved messaging.

    \b
    Examples:
      freshcheck scan content/
      freshcheck scan --format sarif --report html=report.html content/
      freshcheck extract decks/q3-pitch.pptx --format json
      freshcheck review mark decks/q3-pitch.pptx --by "Dana"
    """


@cli.command("scan")
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
        warn=_warn,
    )
    with progress:
        result = scan(list(paths), options)
    baselined = 0
    if baseline is not None:
        result, baselined = apply_baseline(result, baseline.read_text(encoding="utf-8"))
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
        write_atomic(target, render(target_format, result, report_options))
    stdout_options = ReportOptions(
        fail_on=report_options.fail_on,
        group_by=report_options.group_by,
        quiet=quiet,
        baselined=baselined,
        color=fmt == "text" and wants_color(sys.stdout, os.environ),
    )
    _echo(render(fmt, result, stdout_options))
    sys.exit(result.exit_code(fail_on))


cli.add_command(scan_command, name="scan")


@cli.command()
@click.argument("paths", nargs=-1, type=click.Path(exists=True, path_type=Path))
@click.option(
    "--policy", type=click.Path(exists=True, path_type=Path), help="Policy file or folder."
)
@click.option(
    "--format", "fmt", type=click.Choice(INVENTORY_FORMATS), default="text", show_default=True
)
@click.option("--by-message", is_flag=True, help="Uses of each approved message, with files.")
@click.option("--unmatched", is_flag=True, help="Only claims that match no approved message.")
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
    """
    if by_message and unmatched:
        raise UsageError("choose one of --by-message and --unmatched")
    roots = list(paths) or [Path(".")]
    options = ScanOptions(as_of=dt.date.today(), policy=policy, jobs=jobs, env=dict(os.environ))
    compiled = CompiledPolicy.build(resolve_policy(roots, options))
    files = discover(roots, compiled.policy.scan, Path.cwd())
    found = sorted(extract_documents(files, jobs, options.limits), key=lambda pair: pair[1].path)
    inventory = build_inventory((document for _, document in found), compiled.messages)
    view = "by-message" if by_message else "unmatched" if unmatched else "claims"
    _echo(render_inventory(inventory, fmt, view))


@cli.command()
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option(
    "--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True
)
def extract(file: Path, fmt: str) -> None:
    """Show the text units and metadata that freshcheck sees in FILE.

    Exit 0 when extracted, 1 when the file is unreadable (the reason goes to stderr and
    into the JSON).

    \b
    Examples:
      freshcheck extract deck.pptx
      freshcheck extract playbook.docx --format json
    """
    document = extract_isolated(file, file.as_posix())
    if fmt == "json":
        _echo(json.dumps(document.to_json(), indent=2, ensure_ascii=False) + "\n")
    else:
        _echo(_render_units(document))
    for note in document.notes:
        click.echo(f"freshcheck: {file}: note: {note}", err=True)
    if document.error is not None:
        click.echo(f"freshcheck: {file}: unreadable: {document.error.reason}", err=True)
        sys.exit(1)


@cli.command("rules")
def rules_command() -> None:
    """List the rules with their default severities."""
    width = max(len(rule_id) for rule_id in RULES)
    for spec in RULES.values():
        click.echo(f"{spec.id:<{width}}  {spec.default_severity:<8} {spec.summary}")


@cli.command()
@click.argument("rule")
def explain(rule: str) -> None:
    """Explain RULE: what it checks, examples, how to configure and suppress it.

    \b
    Example:
      freshcheck explain messaging/outdated-claim
    """
    family = FAMILY_OF_RULE.get(rule) or next((f for f in FAMILIES if f.name == rule), None)
    if family is None:
        raise UsageError(f"unknown rule {rule!r}; run 'freshcheck rules' for the list")
    click.echo(family.doc.strip())


@cli.group()
def review() -> None:
    """Record reviews of content (kept in .freshcheck/reviews.json)."""


@review.command("mark")
@click.argument(
    "files", nargs=-1, required=True, type=click.Path(exists=True, dir_okay=False, path_type=Path)
)
@click.option("--by", "reviewer", help="Who reviewed the content.")
@click.option("--note", help="What was reviewed or changed.")
@click.option("--date", "when", type=DateParam(), help="Review date (default: today).")
@click.option(
    "--root",
    type=click.Path(file_okay=False, path_type=Path),
    help="Folder that holds .freshcheck/ (default: found from the files).",
)
def review_mark(
    files: tuple[Path, ...],
    reviewer: str | None,
    note: str | None,
    when: dt.date | None,
    root: Path | None,
) -> None:
    """Record that FILE... were reviewed, resetting their review cadence.

    The record goes to .freshcheck/reviews.json in the nearest folder that already has one,
    else next to the policy, else the current folder. Commit it with the content.

    \b
    Example:
      freshcheck review mark decks/q3-pitch.pptx --by "Dana" --note "Q4 refresh"
    """
    base = root or _review_root(files[0])
    added = record_reviews(base, files, when or dt.date.today(), reviewer, note)
    for record in added:
        click.echo(f"reviewed {record.path} on {record.date.isoformat()}", err=True)


@cli.group()
def policy() -> None:
    """Validate a policy or print its JSON Schema."""


@policy.command("check")
@click.argument("path", required=False, type=click.Path(exists=True, path_type=Path))
def policy_check(path: Path | None) -> None:
    """Validate a policy file or folder (default: the one a scan here would use).

    Every problem is listed as file:line:column: message; exit 2 when there are any.
    """
    found = find_policy(explicit=path, env=dict(os.environ), scan_root=Path.cwd())
    click.echo(summarize_policy(load_policy(found)))


@policy.command("schema")
def policy_schema_command() -> None:
    """Print the policy's JSON Schema (for editor completion and validation)."""
    _echo(json.dumps(policy_schema(), indent=2) + "\n")


@cli.group()
def cache() -> None:
    """Inspect or empty the extraction cache (extracted text, never findings)."""


_CACHE_DIR_OPTION = click.option(
    "--cache-dir",
    type=click.Path(file_okay=False, path_type=Path),
    help="Cache folder (default: the user cache folder).",
)


@cache.command("info")
@_CACHE_DIR_OPTION
def cache_info_command(cache_dir: Path | None) -> None:
    """Show where the cache is, how many documents it holds and its size on disk."""
    info = cache_info(cache_dir or default_cache_dir())
    click.echo(f"cache: {info.path}")
    click.echo(f"documents: {info.entries}")
    click.echo(f"size: {format_bytes(info.size_bytes)}")
    if info.filesystem:
        click.echo(f"warning: on a network file system ({info.filesystem}); use local disk")


@cache.command("clear")
@_CACHE_DIR_OPTION
def cache_clear_command(cache_dir: Path | None) -> None:
    """Delete the cache; the next scan reads every file again."""
    info = cache_info(cache_dir or default_cache_dir())
    freed = remove_cache_files(info.path)
    click.echo(f"cleared {info.path} ({info.entries} documents, {format_bytes(freed)})")


@cli.command()
@click.argument(
    "directory", required=False, default=".", type=click.Path(file_okay=False, path_type=Path)
)
@click.option("--force", is_flag=True, help="Overwrite an existing policy file.")
def init(directory: Path, force: bool) -> None:
    """Write a commented starter policy (freshcheck.yaml) into DIRECTORY."""
    target = directory / STARTER_FILE_NAME
    if target.exists() and not force:
        raise UsageError(f"{target} already exists (use --force to overwrite)")
    directory.mkdir(parents=True, exist_ok=True)
    write_atomic(target, starter_policy_text())
    click.echo(f"wrote {target}; check it with: freshcheck policy check {target}", err=True)


def _report_target(spec: str) -> tuple[str, Path]:
    fmt, sep, file = spec.partition("=")
    if not sep or not file:
        raise UsageError(f"--report needs FMT=FILE, got {spec!r}")
    if fmt not in RENDERERS:
        raise UsageError(f"--report: unknown format {fmt!r}; use one of {', '.join(RENDERERS)}")
    return fmt, Path(file)


def _review_root(file: Path) -> Path:
    existing = find_review_base(file)
    if existing is not None:
        return existing
    found = find_policy(explicit=None, env=dict(os.environ), scan_root=file.resolve().parent)
    if found is not None:
        return found.parent if found.is_file() or found.name == "policies" else found
    return Path.cwd()


def _render_units(document: Document) -> str:
    lines: list[str] = []
    for unit in document.units:
        where = unit.location.describe().replace(" (", " · ").rstrip(")")
        if unit.hidden:
            where += " [hidden]"
        for index, text_line in enumerate(unit.text.splitlines() or [""]):
            lines.append(f"{where if index == 0 else '':<28} │ {text_line}")
    return "\n".join(lines) + ("\n" if lines else "")


def _warn(message: str) -> None:
    click.echo(f"freshcheck: warning: {message}", err=True)


def _echo(output: str | bytes) -> None:
    if isinstance(output, bytes):
        sys.stdout.buffer.write(output)
        sys.stdout.flush()
    else:
        click.echo(output, nl=False)


def run(argv: list[str]) -> int:
    """Run the command line with ``argv``; return the exit code. One place maps errors."""
    debug = "--debug" in argv
    argv = [arg for arg in argv if arg != "--debug"]
    try:
        cli.main(args=argv, prog_name="freshcheck", standalone_mode=False)
    except click.exceptions.Exit as exc:
        return int(exc.exit_code)
    except SystemExit as exc:
        return exc.code if isinstance(exc.code, int) else EXIT_USAGE
    except click.ClickException as exc:
        exc.show()
        return EXIT_USAGE
    except (click.Abort, KeyboardInterrupt):
        click.echo("freshcheck: interrupted", err=True)
        return EXIT_INTERRUPTED
    except PolicyError as exc:
        for problem in exc.problems:
            click.echo(str(problem), err=True)
        click.echo(f"freshcheck: the policy has {len(exc.problems)} problem(s)", err=True)
        return exc.exit_code
    except FreshcheckError as exc:
        click.echo(f"freshcheck: {exc}", err=True)
        return exc.exit_code
    except BrokenPipeError:
        return EXIT_OK
    except Exception as exc:
        if debug:
            raise
        click.echo(
            f"freshcheck: internal error: {type(exc).__name__}: {exc} "
            "(run with --debug for a traceback)",
            err=True,
        )
        return EXIT_INTERNAL
    return EXIT_OK


def main() -> None:
    """Console entry point."""
    sys.exit(run(sys.argv[1:]))
