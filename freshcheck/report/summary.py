"""Facts every renderer shows: counts, groups, what to do, where a finding is.

Kept in one place so that the text, Markdown, HTML and JSON reports never disagree.
"""

from __future__ import annotations

import datetime as dt
import posixpath
import re
import shlex
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from freshcheck.model import SEVERITY_RANK, STATUSES, FileResult, Finding, ScanResult
from freshcheck.report.options import ReportOptions

# The order in which people want to see files: the worst first.
STATUS_ORDER: tuple[str, ...] = ("overdue", "error", "due-soon", "fresh")
STATUS_LABELS: dict[str, str] = {
    "fresh": "fresh",
    "due-soon": "due soon",
    "overdue": "overdue",
    "error": "unreadable",
}
_CONTROL = re.compile(r"[\x00-\x1f\x7f\u2028\u2029]")
NO_OWNER = "(no owner)"
_REVIEW_RULES = frozenset({"freshness/overdue", "freshness/due-soon"})
ROOT_FOLDER = "."


@dataclass(frozen=True, slots=True)
class Summary:
    """The numbers at the top of every report."""

    files: int
    findings: int
    by_status: dict[str, int]
    by_rule: dict[str, int]
    by_severity: dict[str, int]
    suppressed: int
    baselined: int


def summarize(result: ScanResult, options: ReportOptions) -> Summary:
    """Count files by status, findings by rule and severity; every status key is present.

    One pass over ``result.files``, counting as it goes: no list of findings is built, so a
    scan read back from disk costs the same memory whatever its size.
    """
    by_status = {status: 0 for status in STATUSES}
    by_rule: Counter[str] = Counter()
    by_severity = {name: 0 for name in ("error", "warning", "info")}
    files = findings = suppressed = 0
    for file in result.files:
        files += 1
        by_status[file.status] = by_status.get(file.status, 0) + 1
        suppressed += file.suppressed
        for finding in file.findings:
            findings += 1
            by_rule[finding.rule] += 1
            by_severity[finding.severity] = by_severity.get(finding.severity, 0) + 1
    return Summary(
        files=files,
        findings=findings,
        by_status=by_status,
        by_rule=dict(sorted(by_rule.items())),
        by_severity=by_severity,
        suppressed=suppressed,
        baselined=options.baselined,
    )


def summary_line(summary: Summary) -> str:
    """One plain sentence: ``7 files: 1 overdue, … · 12 findings (9 errors, …)``."""
    statuses = ", ".join(
        f"{summary.by_status.get(status, 0)} {STATUS_LABELS[status]}" for status in STATUS_ORDER
    )
    severities = ", ".join(
        f"{count} {name}{'s' if count != 1 and name != 'info' else ''}"
        for name, count in summary.by_severity.items()
    )
    line = f"{_plural(summary.files, 'file')}: {statuses} · "
    line += f"{_plural(summary.findings, 'finding')} ({severities})"
    if summary.suppressed:
        line += f" · {summary.suppressed} suppressed"
    if summary.baselined:
        line += f" · {summary.baselined} baselined"
    return line


def _plural(count: int, word: str) -> str:
    return f"{count} {word}{'' if count == 1 else 's'}"


def folder_of(path: str) -> str:
    """The folder part of a report path (``/`` separators); ``.`` for the scan root."""
    return posixpath.dirname(path) or ROOT_FOLDER


def group_key(file: FileResult, group_by: str) -> str:
    """The section a file belongs to when grouping by owner, folder or status."""
    if group_by == "owner":
        return file.owner or NO_OWNER
    if group_by == "folder":
        return folder_of(file.path)
    return file.status


def grouped(
    files: Iterable[FileResult], group_by: str | None
) -> list[tuple[str | None, list[FileResult]]]:
    """Files split into sections; one unnamed section when not grouping.

    Every file given is kept in memory: pass only the files a report shows (those that need
    attention), and print ungrouped reports file by file instead.

    Status sections come worst first; owners and folders alphabetically, with files that
    have no owner last.
    """
    if group_by is None:
        return [(None, list(files))]
    sections: dict[str, list[FileResult]] = {}
    for file in files:
        sections.setdefault(group_key(file, group_by), []).append(file)

    def order(key: str) -> tuple[int, str]:
        if group_by == "status":
            return (STATUS_ORDER.index(key) if key in STATUS_ORDER else 99, key)
        return (1 if key == NO_OWNER else 0, key.casefold())

    return [(key, sections[key]) for key in sorted(sections, key=order)]


def repo_path(result: ScanResult, options: ReportOptions, path: str) -> str:
    """``path`` relative to the repository root, for SARIF and GitLab.

    Uses ``options.source_root`` when given; else the library root that paths are relative
    to, when it is relative (``content`` + ``decks/a.pptx`` → ``content/decks/a.pptx``); for
    a result without one, the scan root when there is exactly one.
    """
    prefix = options.source_root
    if prefix is None:
        only = result.roots[0] if len(result.roots) == 1 else ""
        if result.library_root is not None:
            only = result.library_root
        relative = not only.startswith("/") and not re.match(r"^[A-Za-z]:[\\/]", only)
        prefix = only.replace("\\", "/") if relative else ""
    joined = posixpath.normpath(posixpath.join(prefix, path)) if prefix else path
    return joined.removeprefix("./")


def is_failure(finding: Finding, fail_on: str) -> bool:
    """True when ``finding`` is at or above the ``fail_on`` level (never for ``never``)."""
    if fail_on == "never":
        return False
    return SEVERITY_RANK[finding.severity] >= SEVERITY_RANK[fail_on]


def where(finding: Finding) -> str:
    """Where a person looks: ``slide 3 (notes)``; ``file`` for file-level findings."""
    return "file" if finding.location is None else finding.location.describe()


def advice(finding: Finding, path: str | None = None) -> str | None:
    """What to do, in words: the current approved text, the replacement, the disclaimer;
    for a file due for review, how to record the review (``path`` names the file)."""
    if finding.rule in _REVIEW_RULES:
        target = shlex.quote(path) if path else "FILE"
        return (
            f"Review it, then record the review: freshcheck review mark {target} --by NAME "
            "(or update the content)"
        )
    if finding.expected is None:
        return None
    if finding.rule == "messaging/outdated-claim":
        suffix = f" (message {finding.message_id})" if finding.message_id else ""
        return f"Current approved text{suffix}: {finding.expected}"
    if finding.rule == "messaging/retired-term":
        return f"Use instead: {finding.expected}"
    if finding.rule == "compliance/missing-disclaimer":
        return f"Add the disclaimer: {finding.expected}"
    return f"Expected: {finding.expected}"


def excerpt_parts(finding: Finding) -> tuple[str, str, str] | None:
    """The excerpt split around its span: (before, match, after), for highlighting.

    ``None`` without an excerpt; the match is empty when the finding has no usable span.
    Each renderer escapes the parts its own way.
    """
    excerpt = finding.excerpt
    if not excerpt:
        return None
    span = finding.span
    if span is None or not 0 <= span[0] < span[1] <= len(excerpt):
        return excerpt, "", ""
    start, end = span
    return excerpt[:start], excerpt[start:end], excerpt[end:]


def one_line(text: str) -> str:
    """Text on one line: tabs, line breaks and other control characters become spaces."""
    return _CONTROL.sub(" ", text)


def iso(date: dt.date | None) -> str | None:
    """ISO ``YYYY-MM-DD`` or ``None``."""
    return None if date is None else date.isoformat()


def needs_attention(file: FileResult, options: ReportOptions | None = None) -> bool:
    """Files a reader must act on: any finding, or a status other than fresh.

    After a baseline only files with new findings count, unless ``options.verbose``: an
    overdue file whose findings were all accepted has nothing new to act on.
    """
    if options is not None and options.baseline_applied and not options.verbose:
        return bool(file.findings)
    return bool(file.findings) or file.status != "fresh"


def cadence_text(file: FileResult) -> str | None:
    """The review cadence as the policy wrote it ("every 6 months"), else in days."""
    if file.cadence is not None:
        return f"every {file.cadence}"
    if file.cadence_days is not None:
        return f"every {file.cadence_days} days"
    return None
