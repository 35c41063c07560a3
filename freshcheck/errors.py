"""Exception types and exit codes: the ground floor, importable from anywhere.

Bad input is data (a ``ReadError`` on a ``Document``), not an exception. These exceptions
are for usage errors the user must fix (exit 2) and for our own bugs (exit 3).
"""

from __future__ import annotations

from dataclasses import dataclass

EXIT_OK = 0
EXIT_FINDINGS = 1
EXIT_USAGE = 2
EXIT_INTERNAL = 3
EXIT_INTERRUPTED = 130
EXIT_TERMINATED = 143  # 128 + SIGTERM, as a shell reports a process ended by it


class FreshcheckError(Exception):
    """Base class for errors freshcheck reports to the user without a traceback."""

    exit_code = EXIT_USAGE


class UsageError(FreshcheckError):
    """Bad command-line input: a missing path, a malformed date, an unknown format."""


@dataclass(frozen=True, slots=True)
class PolicyProblem:
    """One problem in a policy file, at ``file:line:column``."""

    file: str
    line: int
    column: int
    message: str

    def __str__(self) -> str:
        return f"{self.file}:{self.line}:{self.column}: {self.message}"


class PolicyError(FreshcheckError):
    """The policy is invalid; carries every problem found, not just the first."""

    def __init__(self, problems: list[PolicyProblem]) -> None:
        self.problems = tuple(problems)
        super().__init__("\n".join(str(p) for p in self.problems))


class UnreadableFile(Exception):
    """Raised inside an extractor when a file cannot be read; the runner turns it into data.

    ``kind`` is one of the ``ReadError`` kinds; ``reason`` is a plain sentence.
    """

    def __init__(self, kind: str, reason: str) -> None:
        self.kind = kind
        self.reason = reason
        super().__init__(reason)
