"""What each command imports: the cheap commands never pay for the scan stack (issue #21).

``freshcheck --version``, ``--help``, ``rules``, ``explain``, ``policy`` and ``watch
--status`` run many times a day in CI and pre-commit, where start-up is the whole cost.
Each runs here as a real process tree (the console entry point, and for a scan its fork
server and workers) with a recorder on ``PYTHONPATH``: a ``sitecustomize`` that logs every
module a process loads, so the workers' imports are seen too, though they silence their
output. A heavy module in the log fails the test with its name.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]

# Logs "pid module" for every module a process (and every process started from it) finds
# a spec for and so loads; optional imports that fail are not logged.
RECORDER = """
import os, sys

class _Recorder:
    def find_spec(self, name, path=None, target=None):
        finders = [finder for finder in sys.meta_path if finder is not self]
        for finder in finders:
            spec = finder.find_spec(name, path, target) if hasattr(finder, "find_spec") else None
            if spec is not None:
                line = f"{os.getpid()} {name}\\n".encode()
                fd = os.open(os.environ["FRESHCHECK_IMPORT_LOG"], os.O_WRONLY | os.O_APPEND)
                try:
                    os.write(fd, line)
                finally:
                    os.close(fd)
                return spec
        return None

if os.environ.get("FRESHCHECK_IMPORT_LOG"):
    sys.meta_path.insert(0, _Recorder())
"""

# Never imported by a command that reads no content: parsers, the matcher, the reports'
# template engine, the watcher's event library, and freshcheck's own heavy rooms.
CONTENT_STACK = (
    "pypdf",
    "pypdfium2",
    "pptx",
    "docx",
    "lxml",
    "jinja2",
    "rapidfuzz",
    "watchdog",
    "freshcheck.extract.pdf",
    "freshcheck.extract.pptx",
    "freshcheck.extract.docx",
    "freshcheck.extract.html",
    "freshcheck.extract.markdown",
    "freshcheck.messaging",
    "freshcheck.engine.check",
    "freshcheck.scan.runner",
    "freshcheck.report.html_report",
    "freshcheck.watch.loop",
)

# Nor, for the commands that read no policy and no cache, these.
POLICY_AND_CACHE = (
    "yaml",
    "re2",
    "rich",
    "sqlite3",
    "multiprocessing",
    "concurrent.futures",
    "importlib.metadata",
    "freshcheck.policy.load",
)

POLICY = """\
version: 1
messaging:
  messages:
    - id: onboarding
      current: "Acme cuts onboarding time by 40%."
      superseded: ["Acme cuts onboarding time by 30%."]
  terms:
    - retired: ["Acme Classic"]
      use: "Acme Cloud"
compliance:
  banned:
    - phrase: "guaranteed results"
    - pattern: '\\brisk[- ]free\\b'
"""


@pytest.fixture
def recorder(tmp_path: Path) -> Path:
    folder = tmp_path / "recorder"
    folder.mkdir()
    (folder / "sitecustomize.py").write_text(RECORDER, encoding="utf-8")
    return folder


def imported_by(args: list[str], cwd: Path, recorder: Path) -> dict[int, set[str]]:
    """Run ``freshcheck ARGS`` as a real process; the modules each process of it loaded."""
    log = cwd.parent / f"imports-{len(list(cwd.parent.glob('imports-*')))}.log"
    log.write_bytes(b"")
    env = {
        **os.environ,
        "PYTHONPATH": str(recorder),
        "FRESHCHECK_IMPORT_LOG": str(log),
        "HOME": str(cwd.parent / "home"),
        "XDG_CACHE_HOME": str(cwd.parent / "cache"),
    }
    env.pop("FRESHCHECK_POLICY", None)
    done = subprocess.run(
        [sys.executable, "-m", "freshcheck", *args],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        check=False,
        timeout=300,
    )
    assert done.returncode in (0, 1), done.stdout + done.stderr
    modules: dict[int, set[str]] = {}
    for line in log.read_text(encoding="utf-8").splitlines():
        pid, _, name = line.partition(" ")
        modules.setdefault(int(pid), set()).add(name)
    assert modules, "the recorder saw no imports: is sitecustomize on PYTHONPATH?"
    return modules


def heavy(modules: dict[int, set[str]], forbidden: tuple[str, ...]) -> list[str]:
    """The forbidden modules (or their sub-modules) that any process loaded."""
    loaded = set().union(*modules.values())
    return sorted(
        name for name in loaded if any(name == f or name.startswith(f + ".") for f in forbidden)
    )


@pytest.fixture
def library(tmp_path: Path) -> Path:
    folder = tmp_path / "library"
    folder.mkdir()
    (folder / "freshcheck.yaml").write_text(POLICY, encoding="utf-8")
    (folder / "one.md").write_text(
        "# Onboarding\n\nAcme cuts onboarding time by 30%.\n", encoding="utf-8"
    )
    return folder


@pytest.mark.parametrize(
    "args",
    [
        ["--version"],
        ["--help"],
        ["rules"],
        ["explain", "messaging/outdated-claim"],
        ["policy", "--help"],
        ["review", "--help"],
    ],
    ids=lambda args: " ".join(args),
)
def test_commands_that_read_nothing_import_neither_content_nor_policy_stack(
    args: list[str], library: Path, recorder: Path
) -> None:
    modules = imported_by(args, library, recorder)
    assert heavy(modules, CONTENT_STACK + POLICY_AND_CACHE) == []


def test_policy_check_reads_yaml_and_regexes_but_no_content_stack(
    library: Path, recorder: Path
) -> None:
    # Validating a policy honestly needs its parser (yaml) and its regex engine (re2, which
    # checks user patterns); it needs no extractor, matcher, report or cache.
    modules = imported_by(["policy", "check"], library, recorder)
    assert heavy(modules, (*CONTENT_STACK, "rich", "sqlite3", "multiprocessing")) == []
    assert "yaml" in set().union(*modules.values())  # the recorder saw the policy load


def test_watch_status_reads_the_status_file_without_the_watcher(
    library: Path, recorder: Path, tmp_path: Path
) -> None:
    from freshcheck.watch.status import STATUS_SCHEMA, write_status

    state = tmp_path / "state"
    state.mkdir()
    write_status(state, {"schema": STATUS_SCHEMA, "pid": 1, "state": "idle", "files": 1})
    modules = imported_by(["watch", "--status", "--state-dir", str(state)], library, recorder)
    assert heavy(modules, CONTENT_STACK + POLICY_AND_CACHE) == []


def test_a_scan_of_markdown_imports_no_other_format_in_any_process(
    library: Path, recorder: Path
) -> None:
    modules = imported_by(["scan", "--no-cache", "one.md"], library, recorder)
    formats = ("pypdf", "pypdfium2", "pptx", "docx", "lxml", "jinja2")
    others = tuple(f"freshcheck.extract.{name}" for name in ("pdf", "pptx", "docx", "html"))
    assert heavy(modules, (*formats, *others, "freshcheck.report.html_report")) == []
    # The Markdown extractor did run, in the scan's own process: one small text file starts
    # no worker (the recorder would see a worker's imports under its own pid).
    readers = [pid for pid, names in modules.items() if "freshcheck.extract.markdown" in names]
    assert len(readers) == 1 and "freshcheck.cli" in modules[readers[0]]
    assert len(modules) == 1


def test_a_json_scan_does_not_import_the_html_renderer(library: Path, recorder: Path) -> None:
    modules = imported_by(["scan", "--format", "json", "one.md"], library, recorder)
    assert heavy(modules, ("jinja2", "freshcheck.report.html_report")) == []
    assert "freshcheck.report.json_report" in set().union(*modules.values())


def test_a_scan_of_a_pdf_imports_the_pdf_extractor(library: Path, recorder: Path) -> None:
    # The other side of laziness: a format present is read, by its own extractor.
    pdf = REPO / "tests" / "fixtures" / "pdf"
    sample = next(iter(sorted(pdf.glob("*.pdf"))))
    (library / "sample.pdf").write_bytes(sample.read_bytes())
    modules = imported_by(["scan", "--no-cache", "sample.pdf"], library, recorder)
    loaded = set().union(*modules.values())
    assert "freshcheck.extract.pdf.extractor" in loaded and "pypdf" in loaded
    assert heavy(modules, ("pptx", "docx", "freshcheck.extract.pptx")) == []


def test_help_lists_the_lazy_commands_as_the_loaded_commands_would() -> None:
    from freshcheck.cli.app import LAZY_COMMANDS

    for name, lazy in LAZY_COMMANDS.items():
        command = lazy.load()
        first_paragraph = (command.help or "").split("\n\n")[0]
        assert " ".join(lazy.summary.split()) == " ".join(first_paragraph.split()), name
    loaded_first = (
        "import sys; from freshcheck.cli.app import LAZY_COMMANDS, cli, run; "
        "[cli.add_command(lazy.load(), name) for name, lazy in LAZY_COMMANDS.items()]; "
        "sys.exit(run(['--help']))"
    )
    env = {**os.environ, "COLUMNS": "100"}
    runs = [
        subprocess.run(command, capture_output=True, text=True, check=True, env=env)
        for command in (
            [sys.executable, "-m", "freshcheck", "--help"],
            [sys.executable, "-c", loaded_first],
        )
    ]
    assert "explain-match" in runs[0].stdout and "watch" in runs[0].stdout
    assert runs[0].stdout == runs[1].stdout
