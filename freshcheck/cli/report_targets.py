"""Where ``scan`` writes its reports and baseline: parsed and checked before the scan starts.

A scan can take minutes; a report that cannot be written must be known before it starts
(exit 2 with the reason), not after (an internal error with the findings lost). Each path is
checked for what writing it will need: an existing folder we may write in (a report is
replaced atomically through a temporary file beside it), or a device or FIFO we may open.
``-`` is stdout. No file may be named twice: two reports racing for one path would leave
only one of them.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from freshcheck.atomic import write_output
from freshcheck.cli.options import echo_chunks
from freshcheck.errors import UsageError
from freshcheck.report import RENDERERS

STDOUT = "-"


@dataclass(frozen=True, slots=True)
class ReportTarget:
    """One output the user asked for: ``fmt`` is a report format or ``baseline``."""

    fmt: str
    path: Path | None  # None: stdout
    option: str  # how the user named it, for messages: ``--report json=out.json``

    def write(self, chunks: Iterable[str]) -> None:
        """Write the rendered output; an OS error becomes a usage error naming the path."""
        if self.path is None:
            echo_chunks(chunks)
            return
        try:
            write_output(self.path, chunks)
        except OSError as exc:
            raise UsageError(f"{self.option}: cannot write {self.path}: {_reason(exc)}") from exc


def report_targets(specs: Iterable[str], baseline_to: Path | None) -> list[ReportTarget]:
    """The ``--report`` specs and the ``--write-baseline`` path, parsed and checked."""
    targets = [_parse(spec) for spec in specs]
    if baseline_to is not None:
        targets.append(_target("baseline", str(baseline_to), f"--write-baseline {baseline_to}"))
    seen: dict[object, ReportTarget] = {}
    for target in targets:
        key = _identity(target.path)
        if key in seen:
            raise UsageError(
                f"{target.option}: the same file as {seen[key].option}; "
                "name a different file for each report"
            )
        seen[key] = target
    return targets


def _parse(spec: str) -> ReportTarget:
    fmt, sep, file = spec.partition("=")
    if not sep or not file:
        raise UsageError(f"--report needs FMT=FILE, got {spec!r}")
    if fmt not in RENDERERS:
        raise UsageError(f"--report: unknown format {fmt!r}; use one of {', '.join(RENDERERS)}")
    return _target(fmt, file, f"--report {spec}")


def _target(fmt: str, file: str, option: str) -> ReportTarget:
    if file == STDOUT:
        return ReportTarget(fmt, None, option)
    path = Path(file)
    problem = _unwritable(path)
    if problem is not None:
        raise UsageError(f"{option}: cannot write {path}: {problem}")
    return ReportTarget(fmt, path, option)


def _unwritable(path: Path) -> str | None:
    """Why ``path`` cannot be written as a report, or None when it can."""
    try:
        mode: int | None = os.stat(path).st_mode
    except (FileNotFoundError, NotADirectoryError):
        mode = None  # a new file: its folder decides
    except OSError as exc:
        return _reason(exc)
    if mode is not None and stat.S_ISDIR(mode):
        return "it is a folder; name a file"
    if mode is not None and (stat.S_ISCHR(mode) or stat.S_ISFIFO(mode)):
        return None if os.access(path, os.W_OK) else "permission denied"
    if mode is not None and not stat.S_ISREG(mode):
        return "it is neither a regular file nor a device"
    folder = Path(os.path.realpath(path)).parent
    if not folder.exists():
        return f"the folder {folder} does not exist"
    if not folder.is_dir():
        return f"{folder} is not a folder"
    if not os.access(folder, os.W_OK | os.X_OK):
        return f"the folder {folder} is not writable"
    return None


def _identity(path: Path | None) -> object:
    if path is None:
        return STDOUT
    try:
        found = os.stat(path)
    except OSError:
        return os.path.realpath(path)
    if stat.S_ISCHR(found.st_mode) and path.resolve() == Path(os.devnull):
        return ("devnull", id(path))  # /dev/null may take any number of reports
    return (found.st_dev, found.st_ino)


def _reason(exc: OSError) -> str:
    return exc.strerror or str(exc)
