"""SIGTERM unwinds like Ctrl-C: a report being written leaves no temporary file behind."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from freshcheck.errors import EXIT_TERMINATED

REPO = Path(__file__).resolve().parents[2]

WRITE_SCRIPT = """
import os, signal, sys
from pathlib import Path
from freshcheck.atomic import write_atomic
from freshcheck.cli.signals import Terminated, sigterm_as_interrupt

def chunks():
    yield "first half\\n"
    os.kill(os.getpid(), signal.SIGTERM)
    yield "second half\\n"

try:
    with sigterm_as_interrupt():
        write_atomic(Path(sys.argv[1]), chunks())
except Terminated:
    sys.exit(143)
"""


def test_sigterm_while_a_report_is_written_removes_its_temp_file(tmp_path: Path) -> None:
    script = tmp_path / "write.py"
    script.write_text(WRITE_SCRIPT)
    out = tmp_path / "reports"
    out.mkdir()
    (out / "report.json").write_text("old report\n")
    done = subprocess.run(
        [sys.executable, str(script), str(out / "report.json")],
        cwd=REPO,
        capture_output=True,
        timeout=60,
    )
    assert done.returncode == EXIT_TERMINATED, done.stderr
    assert sorted(p.name for p in out.iterdir()) == ["report.json"]
    assert (out / "report.json").read_text() == "old report\n"
