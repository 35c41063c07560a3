"""The command line: parse options, call the library, print, exit. Thin on purpose.

Machine-readable output goes to stdout; progress, notes and errors go to stderr. One place
(``main``) maps exceptions to exit codes.
"""

from __future__ import annotations

import datetime as dt
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

import click

from freshcheck.cli.lazy_group import LazyCommand, LazyGroup
from freshcheck.cli.options import DateParam
from freshcheck.cli.signals import Terminated, sigterm_as_interrupt
from freshcheck.errors import (
    EXIT_INTERNAL,
    EXIT_INTERRUPTED,
    EXIT_OK,
    EXIT_TERMINATED,
    EXIT_USAGE,
    FreshcheckError,
    PolicyError,
    UsageError,
)
from freshcheck.version import __version__

if TYPE_CHECKING:
    from freshcheck.model import Document

# The commands that need the engine, the matcher, the reports or the watcher, imported only
# when they run (``summary``: the first paragraph of each one's docstring, for ``--help``).
# The small commands below import what they use inside their functions, for the same reason:
# ``--version``, ``--help``, ``rules``, ``explain``, ``policy`` stay cheap to start.
LAZY_COMMANDS: dict[str, LazyCommand] = {
    "scan": LazyCommand(
        "freshcheck.cli.scan:scan_command",
        "Scan files and folders (default: the current folder).",
    ),
    "claims": LazyCommand(
        "freshcheck.cli.claims:claims",
        "Inventory of the claims in PATHS: text, kind, facts, message id, status, location.",
    ),
    "watch": LazyCommand(
        "freshcheck.cli.watch:watch_command",
        "Keep the reports and event log of PATHS current as files change (default: .).",
    ),
    "explain-match": LazyCommand(
        "freshcheck.cli.claims:explain_match",
        "Show how SENTENCE reads against the approved messages: the verdict, the closest "
        "messages with their scores, and the words that decided it (shared, missing, extra, "
        "each with its weight), so that ``messaging.threshold`` and ``synonyms`` can be set "
        "from evidence.",
    ),
}


@click.group(
    cls=LazyGroup,
    lazy_commands=LAZY_COMMANDS,
    context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100},
)
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
    import json

    import freshcheck
    from freshcheck.cli.options import echo

    document = freshcheck.extract(file)
    if fmt == "json":
        echo(json.dumps(document.to_json(), indent=2, ensure_ascii=False) + "\n")
    else:
        echo(_render_units(document))
    for note in document.notes:
        click.echo(f"freshcheck: {file}: note: {note}", err=True)
    if document.error is not None:
        click.echo(f"freshcheck: {file}: unreadable: {document.error.reason}", err=True)
        sys.exit(1)


@cli.command("rules")
def rules_command() -> None:
    """List the rules with their default severities."""
    from freshcheck.engine import RULES

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
    from freshcheck.engine import FAMILIES, FAMILY_OF_RULE

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
    help="Library root that holds .freshcheck/ (default: the folder that holds the policy).",
)
def review_mark(
    files: tuple[Path, ...],
    reviewer: str | None,
    note: str | None,
    when: dt.date | None,
    root: Path | None,
) -> None:
    """Record that FILE... were reviewed, resetting their review cadence.

    The record goes to .freshcheck/reviews.json at the library root (the folder that holds
    the policy, or the policy's scan.root; without a policy, the top of the git repository,
    else the current folder), where every scan finds it. Commit it with the content.
    --date may be a past date, never a future one.

    \b
    Examples:
      freshcheck review mark decks/q3-pitch.pptx --by "Dana" --note "Q4 refresh"
      freshcheck review mark playbooks/*.docx --date 2026-11-02
    """
    from freshcheck.freshness import record_reviews

    today = dt.date.today()
    if when is not None and when > today:
        raise UsageError(
            f"--date {when.isoformat()} is in the future; a review can only be recorded "
            "once it has happened"
        )
    base = root or _review_root(files[0])
    added = record_reviews(base, files, when or today, reviewer, note)
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
    import freshcheck
    from freshcheck.policy import find_policy, summarize_policy

    found = find_policy(explicit=path, env=dict(os.environ), scan_root=Path.cwd())
    click.echo(summarize_policy(freshcheck.load_policy(found)))


@policy.command("schema")
def policy_schema_command() -> None:
    """Print the policy's JSON Schema (for editor completion and validation)."""
    import json

    from freshcheck.cli.options import echo
    from freshcheck.policy import policy_schema

    echo(json.dumps(policy_schema(), indent=2) + "\n")


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
    """Show where the cache is, how many documents, analyses and policies it holds, its size."""
    from freshcheck.extract import format_bytes
    from freshcheck.scan import cache_info, cached_policies, default_cache_dir

    folder = cache_dir or default_cache_dir()
    info = cache_info(folder)
    policies, policy_bytes = cached_policies(folder)
    click.echo(f"cache: {info.path}")
    click.echo(f"documents: {info.entries}")
    click.echo(f"analyses: {info.analyses}")
    click.echo(f"policies: {policies}")
    click.echo(f"size: {format_bytes(info.size_bytes + policy_bytes)}")
    if info.filesystem:
        click.echo(f"warning: on a network file system ({info.filesystem}); use local disk")


@cache.command("clear")
@_CACHE_DIR_OPTION
def cache_clear_command(cache_dir: Path | None) -> None:
    """Delete the cache; the next scan reads every file again."""
    from freshcheck.extract import format_bytes
    from freshcheck.scan import cache_info, clear_policies, default_cache_dir, remove_cache_files

    folder = cache_dir or default_cache_dir()
    info = cache_info(folder)
    freed = remove_cache_files(info.path) + clear_policies(folder)
    click.echo(f"cleared {info.path} ({info.entries} documents, {format_bytes(freed)})")


@cli.command()
@click.argument(
    "directory", required=False, default=".", type=click.Path(file_okay=False, path_type=Path)
)
@click.option("--force", is_flag=True, help="Overwrite an existing policy file.")
def init(directory: Path, force: bool) -> None:
    """Write a commented starter policy (freshcheck.yaml) into DIRECTORY."""
    from freshcheck.atomic import write_atomic
    from freshcheck.policy import STARTER_FILE_NAME, starter_policy_text

    target = directory / STARTER_FILE_NAME
    if target.exists() and not force:
        raise UsageError(f"{target} already exists (use --force to overwrite)")
    directory.mkdir(parents=True, exist_ok=True)
    write_atomic(target, starter_policy_text())
    click.echo(f"wrote {target}; check it with: freshcheck policy check {target}", err=True)


def _review_root(file: Path) -> Path:
    """The library root a scan of ``file`` would use: where its review records belong."""
    from freshcheck.freshness import git_toplevel
    from freshcheck.scan import ScanOptions, resolve_library

    cwd = Path.cwd()
    options = ScanOptions(as_of=dt.date.today(), env=dict(os.environ), cwd=cwd)
    folder = file.absolute().parent
    library = resolve_library([folder], options)
    if library.policy.sources or git_toplevel(folder) is not None:
        return library.root
    return cwd  # no policy, no git: the folder a "freshcheck scan ." here would use


def _render_units(document: Document) -> str:
    lines: list[str] = []
    for unit in document.units:
        where = unit.location.describe().replace(" (", " · ").rstrip(")")
        if unit.hidden:
            where += " [hidden]"
        for index, text_line in enumerate(unit.text.splitlines() or [""]):
            lines.append(f"{where if index == 0 else '':<28} │ {text_line}")
    return "\n".join(lines) + ("\n" if lines else "")


def run(argv: list[str]) -> int:
    """Run the command line with ``argv``; return the exit code. One place maps errors."""
    _ensure_streams()
    debug = "--debug" in argv
    argv = [arg for arg in argv if arg != "--debug"]
    try:
        with sigterm_as_interrupt():
            cli.main(args=argv, prog_name="freshcheck", standalone_mode=False)
    except click.exceptions.Exit as exc:
        return int(exc.exit_code)
    except SystemExit as exc:
        return exc.code if isinstance(exc.code, int) else EXIT_USAGE
    except click.ClickException as exc:
        exc.show()
        return EXIT_USAGE
    except (click.Abort, KeyboardInterrupt) as exc:
        # Click turns a KeyboardInterrupt (and so Terminated) into Abort; its cause says which.
        if isinstance(exc, Terminated) or isinstance(exc.__cause__, Terminated):
            click.echo("freshcheck: terminated", err=True)
            return EXIT_TERMINATED
        click.echo("freshcheck: interrupted", err=True)
        return EXIT_INTERRUPTED
    except PolicyError as exc:
        for problem in exc.problems:
            click.echo(str(problem), err=True)
        click.echo(f"freshcheck: the policy has {len(exc.problems)} problem(s)", err=True)
        return exc.exit_code
    except FreshcheckError as exc:
        from freshcheck.text import escape_controls

        click.echo(f"freshcheck: {escape_controls(str(exc))}", err=True)
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


def _ensure_streams() -> None:
    # A stream closed by the caller (``2>&-``) is None in Python: progress and messages would
    # fail the command. They go to the null device instead, as a shell's redirect would.
    if sys.stderr is None:
        sys.stderr = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115 - for the process
    if sys.stdout is None:
        sys.stdout = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115 - for the process


def main() -> None:
    """Console entry point."""
    sys.exit(run(sys.argv[1:]))
