"""The HTML report: one self-contained page (inline CSS and JS; no network at all).

For a reader who opens it to see messaging drift and compliance first: a headline of
outdated claims, retired terms, banned phrases and missing disclaimers with the files to
start with; then freshness cards, charts (HTML bars whose labels wrap, never truncated), a
sortable table of files that fits the window, and each file's findings folded in
``<details>`` (grouped by owner, folder or status with ``group_by``).

Rendered with jinja2 and autoescape on, so document text is always escaped. A
Content-Security-Policy meta tag forbids every external fetch, as a second guard.

Streamed: the template walks the files as they are read, a view at a time, and the page is
handed on in chunks of about 64 KB. The charts hold one bar per folder, owner and rule.
"""

from __future__ import annotations

import posixpath
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass

import jinja2

from freshcheck.model import FileResult, Finding, ScanResult
from freshcheck.report import html_charts
from freshcheck.report.html_headline import drift_headline
from freshcheck.report.inert import inert_result
from freshcheck.report.options import ReportOptions
from freshcheck.report.rule_docs import rule_doc
from freshcheck.report.summary import (
    STATUS_LABELS,
    STATUS_ORDER,
    advice,
    cadence_text,
    excerpt_parts,
    folder_of,
    grouped,
    iso,
    summarize,
    summary_line,
    where,
)

TEMPLATE = "report.html.j2"
# html_chunks gathers jinja2's small pieces into chunks of about this many characters.
CHUNK_CHARS = 64 * 1024


@dataclass(frozen=True, slots=True)
class FindingView:
    """A finding as the page shows it."""

    where: str
    shape: str | None
    severity: str
    rule: str
    rule_short: str
    message: str
    excerpt: tuple[str, str, str] | None  # before, match (highlighted), after
    advice: str | None


@dataclass(frozen=True, slots=True)
class FileView:
    """A file row and its detail section."""

    anchor: str
    path: str
    folder: str
    format: str
    status: str
    status_label: str
    status_rank: int
    due: str
    last_updated: str
    source: str
    owner: str
    suppressed: int
    notes: tuple[str, ...]
    error: str | None
    findings: tuple[FindingView, ...]
    cadence: str | None = None

    @property
    def has_details(self) -> bool:
        return bool(self.findings or self.error or self.notes)


@dataclass(frozen=True, slots=True)
class RootView:
    """A scan root as the heading shows it: a name, and the full path on hover."""

    name: str
    path: str


# How the page names the folder of files at the top of the scan root (folder_of gives ".").
TOP_LEVEL = "(top level)"
GROUP_TITLES = {"owner": "Owner", "folder": "Folder", "status": "Status"}


def _environment() -> jinja2.Environment:
    return jinja2.Environment(
        loader=jinja2.PackageLoader("freshcheck.report", "templates"),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )


@dataclass(frozen=True, slots=True)
class FileViews:
    """The files as the page shows them, made one at a time as the template walks them.

    The template counts the files and walks them twice (the table, then the details);
    each walk reads ``files`` again rather than keeping every view.
    """

    files: Sequence[FileResult]

    def __len__(self) -> int:
        return len(self.files)

    def __iter__(self) -> Iterator[FileView]:
        return (_file_view(number, file) for number, file in enumerate(self.files, 1))


def render_html(result: ScanResult, options: ReportOptions) -> str:
    """The whole page as one string."""
    return "".join(html_chunks(result, options))


def html_chunks(result: ScanResult, options: ReportOptions) -> Iterator[str]:
    """``render_html`` in pieces of about ``CHUNK_CHARS`` characters, as jinja2 makes them."""
    result = inert_result(result)  # names and text from files: escaped, never acted on
    summary = summarize(result, options)
    template = _environment().get_template(TEMPLATE)
    events = template.generate(
        result=result,
        summary=summary,
        summary_text=summary_line(summary),
        status_labels=STATUS_LABELS,
        status_order=STATUS_ORDER,
        files=FileViews(result.files),
        roots=_roots(result, options),
        headline=drift_headline(result.files),
        detail_groups=_detail_groups(result, options),
        charts={
            "Status by folder": html_charts.status_by(result, "folder"),
            "Status by owner": html_charts.status_by(result, "owner"),
            "Findings by rule": html_charts.findings_by_rule(result),
            "Age of content (since last update)": html_charts.age_histogram(result),
        },
        fail_on=options.fail_on,
        top_level=TOP_LEVEL,
    )
    # jinja2 yields every literal and expression on its own: a few characters each.
    pending: list[str] = []
    size = 0
    for event in events:
        pending.append(event)
        size += len(event)
        if size >= CHUNK_CHARS:
            yield "".join(pending)
            pending.clear()
            size = 0
    yield "".join(pending)


def _roots(result: ScanResult, options: ReportOptions) -> list[RootView]:
    """The roots by their folder names ("." says nothing to a reader), full paths on hover."""
    paths = options.root_paths or result.roots
    views = []
    for path in paths:
        name = posixpath.basename(path.replace("\\", "/").rstrip("/")) or path
        views.append(RootView(name, path))
    return views


def _detail_groups(
    result: ScanResult, options: ReportOptions
) -> list[tuple[str | None, Iterable[FileView]]]:
    """The files with details, in one unnamed section or in sections per ``group_by``."""
    if options.group_by is None:
        views = (view for view in FileViews(result.files) if view.has_details)
        return [(None, views)]
    numbers = {file.path: number for number, file in enumerate(result.files, start=1)}
    with_details = (f for f in result.files if f.findings or f.error is not None or f.notes)
    sections: list[tuple[str | None, Iterable[FileView]]] = []
    for key, files in grouped(with_details, options.group_by):
        label = STATUS_LABELS.get(key or "", key) if options.group_by == "status" else key
        title = f"{GROUP_TITLES[options.group_by]}: {label}"
        sections.append((title, [_file_view(numbers[f.path], f) for f in files]))
    return sections


def _file_view(number: int, file: FileResult) -> FileView:
    return FileView(
        anchor=f"file-{number}",
        path=file.path,
        folder=folder_of(file.path),
        format=file.format,
        status=file.status,
        status_label=STATUS_LABELS.get(file.status, file.status),
        status_rank=STATUS_ORDER.index(file.status) if file.status in STATUS_ORDER else 9,
        due=iso(file.due) or "",
        last_updated=iso(file.last_updated) or "",
        source=file.source or "",
        owner=file.owner or "",
        suppressed=file.suppressed,
        notes=file.notes,
        error=None if file.error is None else f"{file.error.reason} ({file.error.kind})",
        findings=tuple(_finding_view(finding, file.path) for finding in file.findings),
        cadence=cadence_text(file),
    )


def _finding_view(finding: Finding, path: str) -> FindingView:
    return FindingView(
        where=where(finding),
        shape=None if finding.location is None else finding.location.shape,
        severity=finding.severity,
        rule=finding.rule,
        rule_short=rule_doc(finding.rule).short,
        message=finding.message,
        excerpt=excerpt_parts(finding),
        advice=advice(finding, path),
    )
