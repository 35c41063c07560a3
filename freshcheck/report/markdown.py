"""The Markdown report, for pull-request comments and wikis (GitHub-flavoured).

Document text is escaped so that it can neither break a table (``|``, line breaks) nor
format, link or inject HTML; per-file findings sit in ``<details>`` so long reports stay
readable.
"""

from __future__ import annotations

import html
import re

from freshcheck.model import FileResult, Finding, ScanResult
from freshcheck.report.options import ReportOptions
from freshcheck.report.summary import (
    STATUS_LABELS,
    STATUS_ORDER,
    advice,
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
    out += _review_table(result)
    out += _findings(result, options)
    return "\n".join(out).rstrip("\n") + "\n"


def _review_table(result: ScanResult) -> list[str]:
    due = [file for file in result.files if file.status in ("overdue", "due-soon", "error")]
    if not due:
        return ["No files are overdue, due soon or unreadable.", ""]
    due.sort(key=lambda file: (STATUS_ORDER.index(file.status), iso(file.due) or "", file.path))
    out = ["### Review due", "", "| File | Status | Due | Last updated | Owner |"]
    out.append("| --- | --- | --- | --- | --- |")
    for file in due:
        status = f"{STATUS_ICONS[file.status]} {STATUS_LABELS[file.status]}"
        updated = iso(file.last_updated) or "—"
        if file.source and file.last_updated:
            updated += f" ({file.source})"
        owner = md_text(file.owner) if file.owner else "—"
        out.append(
            f"| {md_code(file.path)} | {status} | {iso(file.due) or '—'} | {updated} | {owner} |"
        )
    return [*out, ""]


def _findings(result: ScanResult, options: ReportOptions) -> list[str]:
    with_findings = tuple(file for file in result.files if file.findings)
    if not with_findings:
        return ["No findings."]
    out = ["### Findings", ""]
    for key, files in grouped(with_findings, options.group_by):
        if key is not None and options.group_by is not None:
            label = STATUS_LABELS.get(key, key) if options.group_by == "status" else key
            out += [f"#### {GROUP_TITLES[options.group_by]}: {md_text(label)}", ""]
        for file in files:
            out += _file_details(file)
    return out


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
    out += [_finding_row(finding) for finding in file.findings]
    return [*out, "", "</details>", ""]


def _finding_row(finding: Finding) -> str:
    place = md_text(where(finding))
    text = md_text(finding.message)
    if finding.excerpt:
        text += f"<br>“{md_text(finding.excerpt)}”"
    todo = advice(finding)
    return (
        f"| {place} | {finding.severity} | {md_code(finding.rule)} | {text} | "
        f"{md_text(todo) if todo else ''} |"
    )
