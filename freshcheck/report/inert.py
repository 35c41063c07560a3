"""A scan result as the human-readable reports (text, Markdown, HTML) must show it.

Paths, owners, notes and document text come from files and folders that anyone may name or
write. Before those reports render them, control characters, line separators and bidi
controls become visible escapes (``freshcheck.text.escape_controls``): a newline in a file
name cannot split a line, an ANSI escape cannot recolour a terminal, a right-to-left
override cannot disguise a name. Machine formats (JSON, SARIF, CSV, JUnit, GitLab) keep the
data exact and rely on their own encodings.

Files are converted as they are read, one at a time, so a spooled result stays on disk.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterator, Sequence
from typing import overload

from freshcheck.model import FileResult, Finding, ReadError, ScanResult
from freshcheck.text import escape_controls, escape_prose, has_controls


def inert_result(result: ScanResult) -> ScanResult:
    """``result`` with every text from outside freshcheck escaped; files converted lazily."""
    return dataclasses.replace(
        result,
        roots=tuple(escape_controls(root) for root in result.roots),
        files=_InertFiles(result.files),
    )


def inert_file(file: FileResult) -> FileResult:
    """One file's result with its texts escaped; the same object when nothing needs it."""
    if not _needs_escaping(file):
        return file
    error = file.error
    return dataclasses.replace(
        file,
        path=escape_controls(file.path),
        source=_maybe(escape_controls, file.source),
        owner=_maybe(escape_controls, file.owner),
        notes=tuple(escape_prose(note) for note in file.notes),
        error=None
        if error is None
        else ReadError(escape_controls(error.kind), escape_prose(error.reason)),
        findings=tuple(_inert_finding(finding) for finding in file.findings),
    )


def _inert_finding(finding: Finding) -> Finding:
    location = finding.location
    if location is not None and location.shape is not None:
        location = dataclasses.replace(location, shape=escape_controls(location.shape))
    return dataclasses.replace(
        finding,
        rule=escape_controls(finding.rule),
        message=escape_prose(finding.message),
        location=location,
        excerpt=_maybe(escape_prose, finding.excerpt),
        expected=_maybe(escape_prose, finding.expected),
        message_id=_maybe(escape_controls, finding.message_id),
    )


def _needs_escaping(file: FileResult) -> bool:
    texts = [file.path, file.source or "", file.owner or "", *file.notes]
    if file.error is not None:
        texts += [file.error.kind, file.error.reason]
    for finding in file.findings:
        texts += [finding.rule, finding.message, finding.excerpt or "", finding.expected or ""]
        texts += [finding.message_id or ""]
        if finding.location is not None and finding.location.shape:
            texts.append(finding.location.shape)
    return any(has_controls(text) for text in texts)


def _maybe(convert: Callable[[str], str], text: str | None) -> str | None:
    return None if text is None else convert(text)


class _InertFiles(Sequence[FileResult]):
    """The files of a result, each escaped when it is read."""

    def __init__(self, files: Sequence[FileResult]) -> None:
        self._files = files

    def __len__(self) -> int:
        return len(self._files)

    @overload
    def __getitem__(self, index: int) -> FileResult: ...

    @overload
    def __getitem__(self, index: slice) -> Sequence[FileResult]: ...

    def __getitem__(self, index: int | slice) -> FileResult | Sequence[FileResult]:
        if isinstance(index, slice):
            return [inert_file(file) for file in self._files[index]]
        return inert_file(self._files[index])

    def __iter__(self) -> Iterator[FileResult]:
        return (inert_file(file) for file in self._files)
