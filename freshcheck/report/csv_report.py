"""The CSV report: one row per finding, one row for a file without findings.

Spreadsheets run a cell that starts with ``= + - @``, a tab or a carriage return as a
formula (CSV injection); such cells get a leading single quote so they show as text.

``csv_chunks`` writes the rows of one file at a time.
"""

from __future__ import annotations

import csv
from collections.abc import Iterator
from io import StringIO

from freshcheck.model import FileResult, Finding, ScanResult
from freshcheck.report.options import ReportOptions
from freshcheck.report.summary import advice, iso, where
from freshcheck.text import neutralise

COLUMNS = (
    "path",
    "format",
    "status",
    "due",
    "last_updated",
    "last_updated_source",
    "owner",
    "rule",
    "severity",
    "location",
    "line",
    "message",
    "excerpt",
    "expected",
    "message_id",
    "what_to_do",
)


def render_csv(result: ScanResult, options: ReportOptions) -> str:
    """Header plus rows, CRLF line ends (RFC 4180), every cell neutralised."""
    return "".join(csv_chunks(result, options))


def csv_chunks(result: ScanResult, options: ReportOptions) -> Iterator[str]:
    """``render_csv`` in pieces: the header, then the rows of one file per piece."""
    stream = StringIO()
    writer = csv.writer(stream, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    yield _drain(stream)
    for file in result.files:
        findings: tuple[Finding | None, ...] = file.findings or (None,)
        for finding in findings:
            writer.writerow([neutralise(cell) for cell in _row(file, finding)])
        yield _drain(stream)


def _drain(stream: StringIO) -> str:
    """What was written to ``stream`` since the last drain; the stream is left empty."""
    text = stream.getvalue()
    stream.seek(0)
    stream.truncate()
    return text


def _row(file: FileResult, finding: Finding | None) -> list[str]:
    head = [
        file.path,
        file.format,
        file.status,
        iso(file.due) or "",
        iso(file.last_updated) or "",
        file.source or "",
        file.owner or "",
    ]
    if finding is None:
        return head + [""] * (len(COLUMNS) - len(head))
    line = finding.location.line if finding.location is not None else None
    return [
        *head,
        finding.rule,
        finding.severity,
        where(finding),
        "" if line is None else str(line),
        finding.message,
        finding.excerpt or "",
        finding.expected or "",
        finding.message_id or "",
        advice(finding, file.path) or "",
    ]
