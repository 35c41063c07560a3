"""Every hostile file in the shared corpus ends as a Document: a clean error or readable text.

The whole folder runs once through the isolated pool (as a scan would); each file is then
judged against what its MANIFEST note says it is.
"""

from __future__ import annotations

import csv
import os
import re
from dataclasses import dataclass
from pathlib import Path

import pytest

from freshcheck.extract.safety import Limits
from freshcheck.model import Document
from freshcheck.scan.workers import ExtractJob, WorkerPool, failed_document, run_extract_job

REPO = Path(__file__).resolve().parents[2]
CORPUS = Path(os.environ.get("FRESHCHECK_CORPUS", REPO.parent / "shared" / "corpus"))
LIMITS = Limits(timeout_s=20)
KNOWN_KINDS = {
    "corrupt", "encrypted", "legacy", "unsupported", "too-large", "empty", "no-text",
    "lock-file", "io-error",
}  # fmt: skip
# What a damaged-but-not-encrypted file may honestly be reported as. A broken PDF whose
# security handler cannot be read is reported as encrypted by PDFium, so that is allowed.
DAMAGED_KINDS = {"corrupt", "no-text", "encrypted", "too-large", "unsupported"}


@dataclass(frozen=True, slots=True)
class Expected:
    """``kinds``: acceptable error kinds. ``readable``: text without error is fine too."""

    kinds: frozenset[str]
    readable: bool = False
    note: str | None = None


def expectation(name: str, note: str) -> Expected:
    """What a hostile file must give, from its MANIFEST note."""
    if "lock file" in note:
        return Expected(frozenset({"lock-file"}))
    if "PDF file misnamed" in note:
        suffix = Path(name).suffix
        return Expected(frozenset(), readable=True, note=f"a PDF file named {suffix}; read as PDF")
    if note.startswith(("HOSTILE: not a PDF", "HOSTILE: not a Word file")):
        return Expected(frozenset({"unsupported"}))
    if "EncryptedPackage" in note or "password-encrypted pptx" in note:
        return Expected(frozenset({"encrypted"}))
    if re.search(r"encrypted PDF requiring|requiring (unicode )?user password|open password", note):
        return Expected(frozenset({"encrypted"}))
    if re.search(r"binary \.(ppt|doc)\b", note):
        return Expected(frozenset({"legacy", "encrypted", "corrupt"}))
    return Expected(frozenset(DAMAGED_KINDS), readable=True)


def _hostile_rows() -> list[tuple[str, str]]:
    manifest = CORPUS / "MANIFEST.tsv"
    if not manifest.exists():
        return []
    with manifest.open(encoding="utf-8", newline="") as f:
        rows = csv.DictReader(f, delimiter="\t")
        return [
            (row["relpath"].removeprefix("hostile/"), row["note"])
            for row in rows
            if row["relpath"].startswith("hostile/")
        ]


@pytest.fixture(scope="module")
def hostile_documents(corpus: Path) -> dict[str, Document]:
    folder = corpus / "hostile"
    jobs = [ExtractJob(path, path.name, LIMITS) for path in sorted(folder.iterdir())]
    with WorkerPool(jobs=2, limits=LIMITS) as pool:
        outcomes = pool.imap_unordered(run_extract_job, jobs)
        return {outcome.item.display_path: failed_document(outcome) for outcome in outcomes}


@pytest.mark.corpus
@pytest.mark.parametrize(("name", "note"), _hostile_rows())
def test_hostile_file_gives_a_clean_error_or_text(
    hostile_documents: dict[str, Document], name: str, note: str
) -> None:
    document = hostile_documents[name]
    expected = expectation(name, note)
    error = document.error
    if error is not None and "not built yet" in error.reason:
        pytest.skip(f"extractor for {document.format} not built yet")
    if error is None:
        assert expected.readable, f"{name} was read, but its note says: {note}"
        if expected.note is not None:
            assert expected.note in document.notes
            assert document.units, "a misnamed but valid file should give text"
        return
    assert error.kind in expected.kinds, f"{name}: {error.kind}: {error.reason}"
    assert error.kind in KNOWN_KINDS
    assert document.units == ()
    _assert_plain(error.reason)


def _assert_plain(reason: str) -> None:
    assert reason.strip() == reason and reason
    assert "\n" not in reason
    assert "Traceback" not in reason and 'File "' not in reason
    assert len(reason) <= 300


@pytest.mark.corpus
def test_every_hostile_file_was_judged(
    corpus: Path, hostile_documents: dict[str, Document]
) -> None:
    # No file may be left out of the MANIFEST, time out, or crash its worker.
    listed = {name for name, _ in _hostile_rows()}
    assert set(hostile_documents) == listed
    failures = {
        name: doc.error
        for name, doc in hostile_documents.items()
        if doc.error is not None and doc.error.kind in {"timeout", "crashed"}
    }
    assert failures == {}
