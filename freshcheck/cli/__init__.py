"""The command line: Click commands that parse options, call the library, print and exit.

Thin by design: every verdict comes from the library (``freshcheck.scan``, the rooms
below); this room only turns options into library calls and results into output and an
exit code. It may import every other room; nothing imports it (``__main__`` aside).
"""

from freshcheck.cli.app import cli, main, run

__all__ = ["cli", "main", "run"]
