"""A Click group whose big commands are imported only when they run.

``freshcheck --version``, ``--help`` and the small commands run many times a day in CI and
pre-commit hooks; there the interpreter's start is the whole cost. The scan, claims, watch
and explain-match commands pull in the engine, the matcher, the report stack and the
watcher, so the group names them in a table (``module:attribute`` and the short help that
``--help`` lists) and imports one only when it is asked for.
"""

from __future__ import annotations

import importlib
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

import click


@dataclass(frozen=True, slots=True)
class LazyCommand:
    """Where a command is defined, and the first paragraph of its help.

    ``summary`` must stay the first paragraph of the command's docstring (a test compares
    them), so that ``--help`` reads the same whether or not the command was imported.
    """

    target: str  # "freshcheck.cli.scan:scan_command"
    summary: str

    def load(self) -> click.Command:
        module, _, attribute = self.target.partition(":")
        command = getattr(importlib.import_module(module), attribute)
        if not isinstance(command, click.Command):
            raise TypeError(f"{self.target} is not a Click command")
        return command


class LazyGroup(click.Group):
    """A group that also holds ``lazy_commands``: name → ``LazyCommand``, loaded on use."""

    def __init__(
        self, *args: Any, lazy_commands: Mapping[str, LazyCommand] | None = None, **kwargs: Any
    ) -> None:
        super().__init__(*args, **kwargs)
        self.lazy_commands: dict[str, LazyCommand] = dict(lazy_commands or {})

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted({*super().list_commands(ctx), *self.lazy_commands})

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        lazy = self.lazy_commands.get(cmd_name)
        if lazy is not None and cmd_name not in self.commands:
            self.add_command(lazy.load(), cmd_name)
        return super().get_command(ctx, cmd_name)

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        """List every command with its short help, importing none of the lazy ones."""
        names = self.list_commands(ctx)
        limit = formatter.width - 6 - max((len(name) for name in names), default=0)
        rows: list[tuple[str, str]] = []
        for name in names:
            lazy = self.lazy_commands.get(name)
            if lazy is not None and name not in self.commands:
                # A stand-in with the same help shortens it exactly as the command would.
                stand_in = click.Command(name, help=lazy.summary)
                rows.append((name, stand_in.get_short_help_str(limit)))
                continue
            command = self.get_command(ctx, name)
            if command is not None and not command.hidden:
                rows.append((name, command.get_short_help_str(limit)))
        if rows:
            with formatter.section("Commands"):
                formatter.write_dl(rows)
