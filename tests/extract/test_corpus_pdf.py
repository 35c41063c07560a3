"""The PDF extractor on the shared real-world corpus: every file reads or says why not,
and the text found covers the reference extractor's words (see ``pdf_recall``)."""

from __future__ import annotations

import statistics
from pathlib import Path

import pytest

from freshcheck.errors import UnreadableFile
from freshcheck.extract.pdf.extractor import extract_pdf
from freshcheck.extract.safety import DEFAULT_LIMITS

from .pdf_recall import token_recall

pytestmark = pytest.mark.corpus

KNOWN_KINDS = {"corrupt", "encrypted", "too-large", "timeout", "empty", "no-text", "unsupported"}
MEAN_TARGET = 0.97
MEDIAN_TARGET = 0.995


def _read(path: Path) -> tuple[str, UnreadableFile | None]:
    try:
        document = extract_pdf(path, path.name, DEFAULT_LIMITS)
    except UnreadableFile as exc:
        return "", exc
    return "\n".join(unit.text for unit in document.units), None


def test_every_corpus_pdf_reads_and_covers_the_reference(corpus: Path) -> None:
    recalls: dict[str, float] = {}
    low: list[str] = []
    for path in sorted((corpus / "pdf").glob("*.pdf")):
        text, error = _read(path)
        reference = (corpus / "ref" / "pdf" / f"{path.name}.txt").read_text(errors="replace")
        recall = token_recall(reference, text)
        if error is not None:
            assert error.kind in KNOWN_KINDS and error.reason, path.name
        if recall is None:
            # An empty reference is an image-only file: no text layer is the right answer.
            print(f"{path.name}: reference empty; {error.reason if error else 'text found'}")
            continue
        recalls[path.name] = recall
        print(f"{path.name}: recall {recall:.3f}" + (f" ({error.reason})" if error else ""))
        if recall < 0.9:
            low.append(f"{path.name} {recall:.3f}")
    mean, median = statistics.mean(recalls.values()), statistics.median(recalls.values())
    print(f"files {len(recalls)}  mean {mean:.4f}  median {median:.4f}  below 0.9: {low}")
    assert mean >= MEAN_TARGET, (mean, low)
    assert median >= MEDIAN_TARGET, (median, low)


@pytest.mark.parametrize("name_part", [".pdf"])
def test_hostile_pdfs_give_a_reason_never_a_crash(corpus: Path, name_part: str) -> None:
    for path in sorted((corpus / "hostile").glob(f"*{name_part}")):
        try:
            document = extract_pdf(path, path.name, DEFAULT_LIMITS)
        except UnreadableFile as exc:
            assert exc.kind in KNOWN_KINDS and exc.reason, path.name
            print(f"{path.name}: {exc.kind}: {exc.reason}")
        else:
            print(f"{path.name}: read {len(document.units)} units, notes {document.notes}")


def test_user_password_pdfs_say_password_required(corpus: Path) -> None:
    for name in (
        "pypdf__encrypted-file.pdf",
        "pypdf__r2-user-password.pdf",
        "pdfjs__issue3371.pdf",
    ):
        with pytest.raises(UnreadableFile) as caught:
            extract_pdf(corpus / "hostile" / name, name, DEFAULT_LIMITS)
        assert (caught.value.kind, caught.value.reason) == (
            "encrypted",
            "encrypted: password required",
        )


def test_owner_password_pdfs_open_with_the_empty_password(corpus: Path) -> None:
    for name in ("pypdf__r4-owner-password.pdf", "pypdf__r6-empty-password.pdf"):
        document = extract_pdf(corpus / "pdf" / name, name, DEFAULT_LIMITS)
        assert document.units
