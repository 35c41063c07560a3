"""``--format github``: GitHub Actions workflow commands, and the job's step summary.

Each finding becomes ``::error file=…,line=…,title=…::message`` (``warning``, ``notice`` for
info). GitHub shows only the first 10 errors, 10 warnings and 10 notices of a step, so the
annotations are ranked (errors first, then warnings, then notices, each in path order),
capped at that, and a last notice gives the full count. ``step_summary`` is the Markdown the
CLI appends to ``$GITHUB_STEP_SUMMARY``: totals and a table per file, cut well below
GitHub's 1 MiB limit. Both are pure; the CLI writes the summary file.

Escaping follows GitHub's toolkit (``@actions/core``): in the message ``%``, CR and LF; in
properties also ``:`` and ``,``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from freshcheck.model import FileResult, Finding, ScanResult
from freshcheck.report.code_location import located_message, start_line, text_region
from freshcheck.report.markdown import md_code, md_text
from freshcheck.report.options import ReportOptions
from freshcheck.report.summary import STATUS_LABELS, repo_path, summarize, summary_line, where

COMMANDS = {"error": "error", "warning": "warning", "info": "notice"}
# GitHub shows at most this many annotations of each kind per step.
SHOWN_PER_KIND = 10
# The step summary is cut here; GitHub refuses a summary over 1 MiB.
SUMMARY_LIMIT_BYTES = 512 * 1024
RANK = ("error", "warning", "info")
KIND_NAMES = {"error": "error", "warning": "warning", "info": "notice"}
# How many findings of each severity get an annotation: the total notice is a notice too,
# so info findings leave it one place.
SHOWN = {"error": SHOWN_PER_KIND, "warning": SHOWN_PER_KIND, "info": SHOWN_PER_KIND - 1}
_OTHER_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def escape_data(text: str) -> str:
    """A workflow command's message: ``%``, CR and LF escaped; other control characters
    (which the runner's log would show raw) become spaces."""
    text = _OTHER_CONTROL.sub(" ", text)
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    """A workflow command's property value: the message escapes plus ``:`` and ``,``."""
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def github_chunks(result: ScanResult, options: ReportOptions) -> Iterator[str]:
    """Annotations, worst first, as many of each kind as GitHub shows (``SHOWN``), then a
    notice with the full count (always, so a clean run says so too)."""
    summary = summarize(result, options)
    for severity in RANK:
        shown = 0
        for file in result.files:
            for finding in file.findings:
                if finding.severity != severity:
                    continue
                if shown == SHOWN[severity]:
                    break
                shown += 1
                yield annotation(result, options, file, finding) + "\n"
            if shown == SHOWN[severity]:
                break
    yield _total_notice(summary.findings, summary.by_severity, summary.files) + "\n"


def annotation(
    result: ScanResult, options: ReportOptions, file: FileResult, finding: Finding
) -> str:
    """One workflow command for one finding."""
    path = repo_path(result, options, file.path)
    properties = {"file": path, "line": str(start_line(file, finding))}
    region = text_region(file, finding)
    if region is not None:
        properties["endLine"] = str(region.end.line)
        # GitHub keeps columns only on a one-line annotation; its end column is inclusive.
        if region.start.line == region.end.line:
            properties["col"] = str(region.start.column)
            properties["endColumn"] = str(max(region.start.column, region.end.column - 1))
    properties["title"] = f"freshcheck {finding.rule}"
    joined = ",".join(f"{name}={escape_property(value)}" for name, value in properties.items())
    return f"::{COMMANDS[finding.severity]} {joined}::{escape_data(located_message(finding))}"


def _total_notice(findings: int, by_severity: dict[str, int], files: int) -> str:
    counts = ", ".join(_count(by_severity.get(name, 0), KIND_NAMES[name]) for name in RANK)
    text = f"{_count(findings, 'finding')} ({counts}) in {_count(files, 'file')}"
    hidden = sum(max(0, by_severity.get(name, 0) - SHOWN[name]) for name in RANK)
    if hidden:
        text += (
            f"; GitHub shows {SHOWN_PER_KIND} annotations of each kind, so {hidden} are "
            "listed only in the step summary and the other reports"
        )
    return f"::notice title={escape_property('freshcheck')}::{escape_data(text)}"


def _count(number: int, word: str) -> str:
    return f"{number} {word}{'' if number == 1 else 's'}"


def step_summary(result: ScanResult, options: ReportOptions) -> str:
    """The job summary in GitHub-flavoured Markdown: totals, then per file a table of its
    findings with slide, page or line. Stops before ``SUMMARY_LIMIT_BYTES`` (within a file's
    table too) and says how many findings and files it left out."""
    summary = summarize(result, options)
    head = ["## freshcheck", "", md_text(summary_line(summary)), ""]
    parts = ["\n".join(head) + "\n"]
    budget = SUMMARY_LIMIT_BYTES - 1024 - len(parts[0].encode("utf-8"))
    left_out = 0
    for file in result.files:
        if not file.findings:
            continue
        if left_out or budget <= 0:
            left_out += 1
            continue
        table, budget = _file_table(result, options, file, budget)
        parts.append(table)
    if left_out:
        parts.append(
            f"_{left_out} more file{'' if left_out == 1 else 's'} with findings not shown "
            "here (GitHub limits a step summary to 1 MiB): see the SARIF or HTML report._\n"
        )
    if summary.findings == 0:
        parts.append("No findings.\n")
    return "".join(parts)


def _file_table(
    result: ScanResult, options: ReportOptions, file: FileResult, budget: int
) -> tuple[str, int]:
    """A file's heading and table, rows while ``budget`` bytes last; the budget left (zero
    or less when rows were cut, which the table's last row says)."""
    status = STATUS_LABELS.get(file.status, file.status)
    lines = [
        f"### {md_code(repo_path(result, options, file.path))} ({md_text(status)})",
        "",
        "| Where | Severity | Rule | Finding |",
        "| --- | --- | --- | --- |",
    ]
    budget -= sum(len(line.encode("utf-8")) + 1 for line in lines) + 1
    for shown, finding in enumerate(file.findings):
        cells = (
            md_text(where(finding)),
            finding.severity,
            md_code(finding.rule),
            md_text(_finding_text(finding)),
        )
        row = "| " + " | ".join(cells) + " |"
        cost = len(row.encode("utf-8")) + 1
        if cost > budget:
            rest = len(file.findings) - shown
            lines.append(
                f"| … | | | {rest} more finding{'' if rest == 1 else 's'} in this file: "
                "see the SARIF or HTML report |"
            )
            return "\n".join(lines) + "\n\n", 0
        lines.append(row)
        budget -= cost
    return "\n".join(lines) + "\n\n", budget


def _finding_text(finding: Finding) -> str:
    message = located_message(finding)
    place = where(finding)
    prefix = f"{place[:1].upper()}{place[1:]}: "
    return message.removeprefix(prefix)
