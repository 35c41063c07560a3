"""``freshcheck watch`` as a real process: signals, the state-dir lock, ``--status``."""

from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.watch.helpers import deck_bytes, read_events, wait_for


def _group_members(pgid: int) -> list[int]:
    members = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
        except OSError:
            continue
        fields = stat[stat.rindex(")") + 2 :].split()
        if int(fields[2]) == pgid and fields[0] != "Z":
            members.append(int(entry.name))
    return members


class WatchProcess:
    def __init__(self, tmp: Path, library: Path, *extra: str) -> None:
        self.stderr = tmp / f"stderr-{len(list(tmp.glob('stderr-*')))}.txt"
        self.report = tmp / "report.json"
        self.events = tmp / "events.jsonl"
        self.state = tmp / "state"
        argv = [
            sys.executable, "-m", "freshcheck", "watch", "--debounce", "0.2", "--jobs", "1",
            "--state-dir", str(self.state), "--report", f"json={self.report}",
            "--events", str(self.events), *extra, str(library),
        ]  # fmt: skip
        with self.stderr.open("wb") as err:
            self.process = subprocess.Popen(
                argv, stdout=subprocess.DEVNULL, stderr=err, start_new_session=True
            )

    def log(self) -> str:
        return self.stderr.read_text(encoding="utf-8", errors="replace")

    def wait_ready(self) -> None:
        wait_for(lambda: "nothing announced" in self.log() or self.process.poll(), "start")
        assert self.process.poll() is None, self.log()

    def stop(self, signum: int = signal.SIGTERM) -> int:
        if self.process.poll() is None:
            self.process.send_signal(signum)
        return self.process.wait(timeout=30)


@pytest.fixture
def library(tmp_path: Path) -> Path:
    folder = tmp_path / "library"
    folder.mkdir()
    (folder / "freshcheck.yaml").write_text(
        "version: 1\ncompliance:\n  banned:\n    - phrase: guaranteed results\n",
        encoding="utf-8",
    )
    (folder / "a.md").write_text("Guaranteed results.\n", encoding="utf-8")
    return folder


@pytest.fixture
def watch(tmp_path: Path, library: Path) -> Iterator[WatchProcess]:
    process = WatchProcess(tmp_path, library)
    try:
        yield process
    finally:
        if process.process.poll() is None:
            process.process.kill()
            process.process.wait()


# A batch's line, logged before it is scanned; its events are logged once it is done.
_DECK_BATCH = re.compile(r"batch: (\d+) to scan, \d+ removed \(decks/")


def _scanning_decks(log: str, at_least: int) -> bool:
    """A batch of at least ``at_least`` decks is being scanned: its line is the log's last."""
    lines = log.splitlines()
    batch = _DECK_BATCH.search(lines[-1]) if lines else None
    return batch is not None and int(batch.group(1)) >= at_least


def test_sigterm_mid_batch_leaves_valid_outputs_and_no_children(
    watch: WatchProcess, library: Path
) -> None:
    watch.wait_ready()
    data = deck_bytes("Guaranteed results", *(f"Slide {n}" for n in range(20)))
    staging = library.parent / "staging"
    staging.mkdir()
    for index in range(80):
        (staging / f"deck-{index:02}.pptx").write_bytes(data)
    staging.rename(library / "decks")
    # Usually one batch of 80; under load the folder's own event and its files' events can
    # settle apart, in two batches or more. Stop in the middle of any batch big enough to
    # take a while (with 80 files, one of up to four batches is), whichever it is.
    wait_for(lambda: _scanning_decks(watch.log(), at_least=20), "a batch of decks to start")
    assert watch.stop(signal.SIGTERM) == 0, watch.log()
    assert "left for the next start" in watch.log()  # stopped mid-batch
    assert "stopped" in watch.log()
    report = json.loads(watch.report.read_text(encoding="utf-8"))
    assert "a.md" in {f["path"] for f in report["files"]}
    read_events(watch.events)  # every line is whole JSON
    wait_for(lambda: not _group_members(watch.process.pid), "no process left behind")


def test_sigint_stops_cleanly(watch: WatchProcess, library: Path) -> None:
    watch.wait_ready()
    (library / "b.md").write_text("Guaranteed results.\n", encoding="utf-8")
    wait_for(lambda: read_events(watch.events), "an event")
    assert watch.stop(signal.SIGINT) == 0, watch.log()
    assert "SIGINT" in watch.log()


def test_one_watcher_per_state_dir(tmp_path: Path, watch: WatchProcess, library: Path) -> None:
    watch.wait_ready()
    second = WatchProcess(tmp_path, library)
    assert second.process.wait(timeout=30) == 2
    assert "another watcher already uses the state dir" in second.log()
    assert "Traceback" not in second.log()


def test_status_text_and_json(watch: WatchProcess, tmp_path: Path) -> None:
    watch.wait_ready()
    command = [sys.executable, "-m", "freshcheck", "watch", "--status"]
    command += ["--state-dir", str(watch.state)]
    text = subprocess.run(command, capture_output=True, text=True, timeout=30, check=True)
    assert "watcher: running" in text.stdout
    assert ": native (" in text.stdout
    assert "files watched: 1" in text.stdout
    status = json.loads(
        subprocess.run(
            [*command, "--format", "json"], capture_output=True, text=True, timeout=30, check=True
        ).stdout
    )
    assert status["running"] is True
    assert status["observers"][0]["kind"] == "native"
    assert status["files"] == 1
    assert watch.stop() == 0
    after = subprocess.run(command, capture_output=True, text=True, timeout=30, check=True)
    assert "watcher: not running" in after.stdout
    assert "state stopped" in after.stdout


def test_usage_errors_exit_2(tmp_path: Path, library: Path) -> None:
    base = [sys.executable, "-m", "freshcheck", "watch", "--state-dir", str(tmp_path / "s")]
    both = subprocess.run(
        [*base, "--poll", "1", "--native", str(library)], capture_output=True, text=True
    )
    assert both.returncode == 2
    assert "choose one of --poll and --native" in both.stderr
    file = subprocess.run([*base, str(library / "a.md")], capture_output=True, text=True)
    assert file.returncode == 2
    assert "watch needs folders" in file.stderr
    nowhere = subprocess.run(
        [*base, "--events", str(tmp_path / "no" / "e.jsonl"), str(library)],
        capture_output=True,
        text=True,
    )
    assert nowhere.returncode == 2
    assert "its folder does not exist" in nowhere.stderr
    missing = subprocess.run(
        [*base.copy(), "--status"], capture_output=True, text=True, env=dict(os.environ)
    )
    assert missing.returncode == 2
    assert "no watcher has run" in missing.stderr


def test_a_second_sigint_exits_at_once(tmp_path: Path, watch: WatchProcess, library: Path) -> None:
    watch.wait_ready()
    # A file whose analysis takes seconds: the first SIGINT waits for it to finish.
    big = "".join(
        f"Paragraph {i}: Acme cuts onboarding time by {i % 90}% in FY{i % 30:02}.\n\n"
        for i in range(60_000)
    )
    (tmp_path / "big.md").write_text(big, encoding="utf-8")
    (tmp_path / "big.md").rename(library / "big.md")
    wait_for(lambda: "batch: 1 to scan" in watch.log(), "the batch to start")
    watch.process.send_signal(signal.SIGINT)
    wait_for(lambda: "SIGINT: stopping" in watch.log(), "the first SIGINT handled")
    assert watch.stop(signal.SIGINT) == 130, watch.log()
    assert "interrupted" in watch.log()
    wait_for(lambda: not _group_members(watch.process.pid), "no process left behind")
