"""The Markdown report, for pull-request comments and wikis (GitHub-flavoured).

Document text is escaped so that it can neither break a table (``|``, line breaks) nor
format, link or inject HTML; per-file findings sit in ``<details>`` so long reports stay
readable.

Streamed file by file. The "Review due" table is sorted by status and due date, so it keeps
a sort key per file due for review and reads each file back for its row; grouped findings
keep the files with findings (a section's heading comes before its files).
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterator

from freshcheck.model import FileResult, Finding, ScanResult
from freshcheck.report.inert import inert_result
from freshcheck.report.options import ReportOptions
from freshcheck.report.summary import (
    STATUS_LABELS,
    STATUS_ORDER,
    advice,
    excerpt_parts,
    grouped,
    iso,
    one_line,
    summarize,
    summary_line,
    where,
)

# CommonMark lets any ASCII punctuation be backslash-escaped; these can format, link or
# split a table cell anywhere in a line.
_MARKDOWN_SPECIAL = re.compile(r"([\\`*_\[\]|~])")
# These only start a heading or list at the start of a line.
_LINE_START = re.compile(r"^(\s*\d*)((?<=\d)[.)]|(?<!\d)[#+\-=])")
# GitHub turns "@name" into a mention and "#12" into an issue link, even when escaped;
# a zero-width space after the sign keeps excerpts from pinging people or linking issues.
_MENTION = re.compile(r"(?<![\w.])([@#])(?=\w)")
STATUS_ICONS = {"overdue": "🔴", "error": "⛔", "due-soon": "🟡", "fresh": "🟢"}
GROUP_TITLES = {"owner": "Owner", "folder": "Folder", "status": "Status"}


def md_text(text: str) -> str:
    """Document text made inert for Markdown: entities for ``& < >``, specials escaped."""
    escaped = html.escape(one_line(text), quote=False)
    escaped = _MARKDOWN_SPECIAL.sub(r"\\\1", escaped)
    escaped = _LINE_START.sub(lambda m: m.group(1) + "\\" + m.group(2), escaped)
    return _MENTION.sub("\\1\u200b", escaped)


def md_code(text: str) -> str:
    """A path or rule id as inline code, inside a table cell too (HTML, so pipes are safe)."""
    return f"<code>{html.escape(one_line(text))}</code>".replace("|", "&#124;")


def render_markdown(result: ScanResult, options: ReportOptions) -> str:
    """Summary, a table of files due for review, and findings per file in ``<details>``."""
    return "".join(markdown_chunks(result, options))


def markdown_chunks(result: ScanResult, options: ReportOptions) -> Iterator[str]:
    """``render_markdown`` in pieces: the summary (a first pass counts it), the review table,
    then the findings of one file per piece."""
    result = inert_result(result)  # names and text from files: escaped, never acted on
    return _joined(_sections(result, options))


def _sections(result: ScanResult, options: ReportOptions) -> Iterator[list[str]]:
    summary = summarize(result, options)
    out = [f"## freshcheck report · as of {result.as_of.isoformat()}", ""]
    out += ["| Files | Overdue | Due soon | Unreadable | Fresh | Findings |"]
    out += ["| ---: | ---: | ---: | ---: | ---: | ---: |"]
    counts = summary.by_status
    out += [
        f"| {summary.files} | {counts['overdue']} | {counts['due-soon']} | "
        f"{counts['error']} | {counts['fresh']} | {summary.findings} |",
        "",
        md_text(summary_line(summary)),
        "",
    ]
    yield out
    yield from _review_table(result)
    yield from _findings(result, options)


def _joined(sections: Iterator[list[str]]) -> Iterator[str]:
    """The sections' lines joined by line breaks, ending in exactly one line break.

    Trailing line breaks are held back until more text follows, so the output is
    ``"\\n".join(all lines).rstrip("\\n") + "\\n"`` without holding all the lines.
    """
    pending = ""
    separator = ""
    for lines in sections:
        piece = separator + "\n".join(lines)
        separator = "\n"
        body = piece.rstrip("\n")
        if body:
            yield pending + body
            pending = piece[len(body) :]
        else:
            pending += piece
    yield "\n"


def _review_table(result: ScanResult) -> Iterator[list[str]]:
    # Sorted by status, due date and path: only those keys and each file's position are
    # kept, and the files are read back one row at a time.
    due = [
        (STATUS_ORDER.index(file.status), iso(file.due) or "", file.path, position)
        for position, file in enumerate(result.files)
        if file.status in ("overdue", "due-soon", "error")
    ]
    if not due:
        yield ["No files are overdue, due soon or unreadable.", ""]
        return
    due.sort()
    yield ["### Review due", "", "| File | Status | Due | Last updated | Owner |"]
    yield ["| --- | --- | --- | --- | --- |"]
    for *_, position in due:
        yield [_review_row(result.files[position])]
    yield [""]


def _review_row(file: FileResult) -> str:
    status = f"{STATUS_ICONS[file.status]} {STATUS_LABELS[file.status]}"
    updated = iso(file.last_updated) or "—"
    if file.source and file.last_updated:
        updated += f" ({file.source})"
    owner = md_text(file.owner) if file.owner else "—"
    return f"| {md_code(file.path)} | {status} | {iso(file.due) or '—'} | {updated} | {owner} |"


def _findings(result: ScanResult, options: ReportOptions) -> Iterator[list[str]]:
    files = (file for file in result.files if file.findings)
    if options.group_by is None:
        heading = ["### Findings", ""]
        for file in files:
            yield heading + _file_details(file)
            heading = []
        if heading:
            yield ["No findings."]
        return
    # Sections are sorted by name, so grouping keeps the files with findings, and only
    # those, in memory.
    sections = grouped(files, options.group_by)
    if not sections:
        yield ["No findings."]
        return
    yield ["### Findings", ""]
    for key, members in sections:
        if key is not None:
            label = STATUS_LABELS.get(key, key) if options.group_by == "status" else key
            yield [f"#### {GROUP_TITLES[options.group_by]}: {md_text(label)}", ""]
        for file in members:
            yield _file_details(file)


def _file_details(file: FileResult) -> list[str]:
    count = len(file.findings)
    title = (
        f"{md_code(file.path)} · {STATUS_ICONS.get(file.status, '')} "
        f"{STATUS_LABELS.get(file.status, file.status)} · {count} finding{'s' * (count != 1)}"
    )
    out = ["<details>", f"<summary>{title}</summary>", ""]
    if file.error is not None:
        out += [f"Cannot read: {md_text(file.error.reason)}", ""]
    for note in file.notes:
        out += [f"> Note: {md_text(note)}", ""]
    out += ["| Where | Severity | Rule | Finding | What to do |", "| --- | --- | --- | --- | --- |"]
    out += [_finding_row(finding, file.path) for finding in file.findings]
    return [*out, "", "</details>", ""]


def _finding_row(finding: Finding, path: str) -> str:
    place = md_text(where(finding))
    text = md_text(finding.message)
    parts = excerpt_parts(finding)
    if parts is not None:
        before, match, after = (md_text(part) if part else "" for part in parts)
        shown = f"<b>{match}</b>" if match else ""
        text += f"<br>“{before}{shown}{after}”"
    todo = advice(finding, path)
    return (
        f"| {place} | {finding.severity} | {md_code(finding.rule)} | {text} | "
        f"{md_text(todo) if todo else ''} |"
    )
