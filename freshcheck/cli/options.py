"""Command-line parameter types and output helpers shared by the command modules."""

from __future__ import annotations

import datetime as dt
import sys
from collections.abc import Iterable

import click

from freshcheck.policy import Duration
from freshcheck.text import parse_iso_date


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


def echo(output: str | bytes) -> None:
    """Write a rendered report to stdout as it is (text or bytes)."""
    if isinstance(output, bytes):
        sys.stdout.buffer.write(output)
        sys.stdout.flush()
    else:
        click.echo(output, nl=False)


def echo_chunks(chunks: Iterable[str]) -> None:
    """Write a report to stdout as it is rendered, chunk by chunk."""
    for chunk in chunks:
        click.echo(chunk, nl=False)


def warn(message: str) -> None:
    """A warning on stderr, in the one format every command uses."""
    click.echo(f"freshcheck: warning: {message}", err=True)
