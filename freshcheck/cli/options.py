"""Command-line parameter types and output helpers shared by the command modules."""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import re
import sys
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING

import click

from freshcheck.errors import UsageError

if TYPE_CHECKING:
    from freshcheck.policy import Duration

# The policy model and the text room are imported where a value is converted, not with this
# module: ``freshcheck --version`` and ``--help`` build these types and never convert one.

# Dates and spans far outside any content's life would overflow date arithmetic (a due date,
# a window before the as-of date) deep inside a scan; refused here, where the user typed them.
EARLIEST_DATE = dt.date(1900, 1, 1)
LATEST_DATE = dt.date(2999, 12, 31)
LONGEST_SPAN = "1000y"
_LONGEST_SPAN_DAYS = 366_000


class DateParam(click.ParamType[dt.date]):
    name = "DATE"

    def convert(
        self, value: object, param: click.Parameter | None, ctx: click.Context | None
    ) -> dt.date:
        from freshcheck.text import parse_iso_date

        if isinstance(value, dt.date):
            return value
        try:
            date = parse_iso_date(str(value))
        except ValueError as exc:
            self.fail(str(exc), param, ctx)
        if not EARLIEST_DATE <= date <= LATEST_DATE:
            self.fail(
                f"{date} is out of range: use a date from {EARLIEST_DATE} to {LATEST_DATE}",
                param,
                ctx,
            )
        return date


class DurationParam(click.ParamType["Duration"]):
    name = "DURATION"

    def convert(
        self, value: object, param: click.Parameter | None, ctx: click.Context | None
    ) -> Duration:
        from freshcheck.policy import Duration

        if isinstance(value, Duration):
            return value
        try:
            span = Duration.parse(str(value))
        except ValueError as exc:
            self.fail(str(exc), param, ctx)
        days_per_unit = {"d": 1, "w": 7, "m": 31, "y": 366}
        if span.count * days_per_unit[span.unit] > _LONGEST_SPAN_DAYS:
            self.fail(f"{span} is too long: at most {LONGEST_SPAN}", param, ctx)
        return span


class JobsParam(click.ParamType[int]):
    """A number of worker processes: at least 1, at most the CPUs this process may use.

    Workers are CPU-bound: more than the CPUs only adds memory (each holds the policy and a
    document), so a larger number is lowered, with a note.
    """

    name = "N"

    def convert(
        self, value: object, param: click.Parameter | None, ctx: click.Context | None
    ) -> int:
        try:
            jobs = int(str(value))
        except ValueError:
            self.fail(f"{value!r} is not a whole number", param, ctx)
        if jobs < 1:
            self.fail(f"{jobs} is too few: at least 1", param, ctx)
        cpus = available_cpus()
        if jobs > cpus:
            click.echo(
                f"freshcheck: note: --jobs {jobs} is more than the {cpus} CPU(s) available; "
                f"using {cpus}",
                err=True,
            )
            return cpus
        return jobs


class RayAddressParam(click.ParamType[str]):
    """Where a Ray cluster is: ``auto`` (the one ``ray start`` runs here), ``ray://host:port``
    (Ray Client) or ``host:port`` (the head node's GCS, from inside the cluster)."""

    name = "ADDRESS"

    def convert(
        self, value: object, param: click.Parameter | None, ctx: click.Context | None
    ) -> str:
        address = str(value).strip()
        if address == "auto":
            return address
        _scheme, _, rest = address.rpartition("://")
        if _scheme not in ("", "ray") or not _HOST_PORT.fullmatch(rest):
            self.fail(
                f"{address!r} is not a Ray address: use auto, ray://host:port or host:port",
                param,
                ctx,
            )
        return address


_HOST_PORT = re.compile(r"[A-Za-z0-9._\-\[\]:]+:[0-9]{1,5}")


def available_cpus() -> int:
    """The CPUs this process may run on (its affinity, where the OS tells it)."""
    if hasattr(os, "sched_getaffinity"):
        return max(1, len(os.sched_getaffinity(0)))
    return os.cpu_count() or 1


def echo(output: str | bytes) -> None:
    """Write a rendered report to stdout as it is (text or bytes)."""
    with _stdout_errors():
        if isinstance(output, bytes):
            sys.stdout.buffer.write(output)
            sys.stdout.flush()
        else:
            click.echo(output, nl=False)


def echo_chunks(chunks: Iterable[str]) -> None:
    """Write a report to stdout as it is rendered, chunk by chunk."""
    with _stdout_errors():
        for chunk in chunks:
            click.echo(chunk, nl=False)


@contextlib.contextmanager
def _stdout_errors() -> Iterator[None]:
    """A failed write to stdout (a full disk, an I/O error) is exit 2 with the reason.

    A closed pipe stays a ``BrokenPipeError`` (the reader has gone: exit 0). Stdout is then
    pointed at the null device, so that the interpreter's last flush does not fail again.
    """
    try:
        yield
    except BrokenPipeError:
        raise
    except OSError as exc:
        _drop_stdout()
        raise UsageError(f"cannot write to stdout: {exc.strerror or exc}") from None


def _drop_stdout() -> None:
    with contextlib.suppress(OSError, ValueError, AttributeError):
        null = os.open(os.devnull, os.O_WRONLY)
        os.dup2(null, sys.stdout.fileno())
        os.close(null)


def warn(message: str) -> None:
    """A warning on stderr, in the one format every command uses."""
    from freshcheck.text import escape_controls

    click.echo(f"freshcheck: warning: {escape_controls(message)}", err=True)
