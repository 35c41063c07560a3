"""``freshcheck watch``: keep a library's reports and event log current in the foreground.

The command parses options, installs the signal handlers and runs ``freshcheck.watch``'s
``Watcher``; ``--status`` prints what a running (or the last) watcher wrote.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import signal
import sys
from pathlib import Path
from types import FrameType
from typing import TYPE_CHECKING

import click

from freshcheck.errors import UsageError

if TYPE_CHECKING:
    from freshcheck.watch import Watcher

# The watcher (the scan, watchdog, the reports) is imported when it starts, not with this
# module: ``freshcheck watch --status`` only reads the status file.

_SECONDS = click.FloatRange(min=0.01)


@click.command("watch")
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@click.option(
    "--policy", type=click.Path(exists=True, path_type=Path), help="Policy file or folder."
)
@click.option(
    "--poll",
    type=_SECONDS,
    metavar="SECONDS",
    help="Poll every root at this interval (default: poll network shares every 30 s).",
)
@click.option("--native", is_flag=True, help="Use native events on every root, even shares.")
@click.option(
    "--debounce",
    type=_SECONDS,
    default=2.0,
    show_default=True,
    metavar="SECONDS",
    help="Quiet period before a changed file is scanned (or the policy reloaded).",
)
@click.option(
    "--reconcile",
    type=_SECONDS,
    default=3600.0,
    show_default=True,
    metavar="SECONDS",
    help="Interval of the stat walk that catches missed events.",
)
@click.option(
    "--report",
    "reports",
    multiple=True,
    metavar="FMT=FILE",
    help="Rewrite this report after each batch, e.g. html=status.html (repeatable).",
)
@click.option(
    "--events",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Append changes of state to this JSON Lines file.",
)
@click.option("--on-change", metavar="CMD", help="Run CMD with each batch's events on stdin.")
@click.option(
    "--on-change-timeout",
    type=_SECONDS,
    default=30.0,
    show_default=True,
    metavar="SECONDS",
    help="Kill --on-change after this long.",
)
@click.option(
    "--retry-for",
    type=click.FloatRange(min=0),
    default=60.0,
    show_default=True,
    metavar="SECONDS",
    help="Retry a file that cannot be read (mid-write) this long before reporting it.",
)
@click.option(
    "--state-dir",
    type=click.Path(file_okay=False, path_type=Path),
    help="Cache, state and status folder, on local disk (default: the cache folder).",
)
@click.option("--jobs", type=click.IntRange(min=1), help="Worker processes (default: CPUs).")
@click.option("--status", "show_status", is_flag=True, help="Print the watcher's status; exit.")
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["text", "json"]),
    default="text",
    show_default=True,
    help="With --status: text or json.",
)
def watch_command(
    paths: tuple[Path, ...],
    policy: Path | None,
    poll: float | None,
    native: bool,
    debounce: float,
    reconcile: float,
    reports: tuple[str, ...],
    events: Path | None,
    on_change: str | None,
    on_change_timeout: float,
    retry_for: float,
    state_dir: Path | None,
    jobs: int | None,
    show_status: bool,
    fmt: str,
) -> None:
    """Keep the reports and event log of PATHS current as files change (default: .).

    Runs in the foreground until SIGINT or SIGTERM (then finishes or abandons the file in
    hand, flushes and exits 0; a second Ctrl-C exits at once). Local disks are watched with
    native events, network shares (SMB, NFS, SSHFS…) by polling.

    \b
    Examples:
      freshcheck watch --report html=/srv/www/library.html content/
      freshcheck watch --events events.jsonl --on-change "notify-owners" /mnt/share/training
      freshcheck watch --poll 60 --state-dir /var/lib/freshcheck /mnt/share/training
      freshcheck watch --status --state-dir /var/lib/freshcheck
    """
    from freshcheck.scan import default_cache_dir

    folder = state_dir or default_cache_dir()
    if show_status:
        _print_status(folder, fmt)
        return
    if poll is not None and native:
        raise UsageError("choose one of --poll and --native")
    from freshcheck.cli.report_targets import report_targets
    from freshcheck.watch import Watcher, WatchSettings

    # The same checks as a scan's: a missing folder, a folder given as a file, one file twice.
    checked = report_targets(reports, None)
    if any(target.path is None for target in checked):
        raise UsageError("watch writes reports to files: --report FMT=- is not supported")
    targets = [(target.fmt, target.path) for target in checked if target.path is not None]
    if events is not None and not events.absolute().parent.is_dir():
        raise UsageError(f"cannot write {events}: its folder does not exist")
    roots = tuple(paths) or (Path("."),)
    for root in roots:
        if not root.is_dir():
            raise UsageError(f"watch needs folders: {root} is not one")
    settings = WatchSettings(
        roots=tuple(root.absolute() for root in roots),
        state_dir=folder.absolute(),
        policy=policy,
        poll=poll,
        native=native,
        debounce=debounce,
        reconcile=reconcile,
        reports=tuple((f, target.absolute()) for f, target in targets),
        events=events.absolute() if events else None,
        on_change=on_change,
        on_change_timeout=on_change_timeout,
        jobs=jobs,
        retry_for=retry_for,
        env=dict(os.environ),
        cwd=Path.cwd(),
    )
    watcher = Watcher(settings, log=_log)
    _install_signal_handlers(watcher)
    watcher.run()


def _install_signal_handlers(watcher: Watcher) -> None:
    def stop(signum: int, _: FrameType | None) -> None:
        if watcher.stopping:  # the second signal: no more waiting
            raise KeyboardInterrupt
        _log(f"{signal.Signals(signum).name}: stopping after the file in hand")
        watcher.request_stop()

    signal.signal(signal.SIGINT, stop)
    signal.signal(signal.SIGTERM, stop)


def _print_status(folder: Path, fmt: str) -> None:
    from freshcheck.watch import read_status, render_status

    status = read_status(folder)
    if status is None:
        raise UsageError(f"no watcher has run with the state dir {folder}")
    running = _is_running(folder)
    if fmt == "json":
        click.echo(json.dumps({**status, "running": running}, indent=2))
    else:
        click.echo(render_status(status, running), nl=False)


def _is_running(folder: Path) -> bool:
    from freshcheck.watch import StateLock

    try:
        with StateLock(folder):
            return False
    except UsageError:
        return True


def _log(message: str) -> None:
    stamp = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
    click.echo(f"{stamp} freshcheck watch: {message}", err=True)
    sys.stderr.flush()
