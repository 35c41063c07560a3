"""Report renderers: one pure function per format, in one explicit registry.

Every renderer takes a ``ScanResult`` and ``ReportOptions`` and yields the report as chunks
of text, about one file's worth each, so that a report of any size is written as it is made
(``render_chunks``); ``render`` joins them. None prints, exits, reads the clock or writes
files; the caller writes reports with ``freshcheck.atomic.write_atomic``.

``baseline`` lives here too: it fingerprints findings (SARIF and GitLab carry the same
fingerprints) and filters a result down to what a recorded baseline does not hold. May
import ``text``, ``policy`` (its model) and the ground floor; never ``scan``, ``engine`` or
``extract``: a report is made from a ``ScanResult`` alone.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from freshcheck.model import ScanResult
from freshcheck.report.baseline import apply_baseline, fingerprint, read_baseline, write_baseline
from freshcheck.report.csv_report import csv_chunks
from freshcheck.report.github import github_chunks, step_summary
from freshcheck.report.gitlab import gitlab_chunks
from freshcheck.report.html_report import html_chunks
from freshcheck.report.json_report import json_chunks
from freshcheck.report.junit import junit_chunks
from freshcheck.report.markdown import markdown_chunks
from freshcheck.report.options import FAIL_ONS, GROUP_BYS, ReportOptions
from freshcheck.report.rdjson import rdjson_chunks
from freshcheck.report.sarif import sarif_chunks
from freshcheck.report.selection import RuleSelection, select_findings
from freshcheck.report.text import text_chunks

Renderer = Callable[[ScanResult, ReportOptions], Iterator[str]]


RENDERERS: dict[str, Renderer] = {
    "text": text_chunks,
    "json": json_chunks,
    "markdown": markdown_chunks,
    "html": html_chunks,
    "sarif": sarif_chunks,
    "junit": junit_chunks,
    "csv": csv_chunks,
    "gitlab": gitlab_chunks,
    "github": github_chunks,
    "rdjson": rdjson_chunks,
}

# The file name extension to suggest for each format (``--report sarif`` → report.sarif).
EXTENSIONS: dict[str, str] = {
    "text": "txt",
    "json": "json",
    "markdown": "md",
    "html": "html",
    "sarif": "sarif",
    "junit": "xml",
    "csv": "csv",
    "gitlab": "json",
    "github": "txt",
    "rdjson": "json",
}


def render_chunks(fmt: str, result: ScanResult, options: ReportOptions) -> Iterator[str]:
    """Render ``result`` in format ``fmt``, chunk by chunk; ``KeyError`` names an unknown
    format (raised at once, not when the first chunk is asked for)."""
    try:
        renderer = RENDERERS[fmt]
    except KeyError:
        raise KeyError(
            f"unknown report format {fmt!r}; use one of {', '.join(RENDERERS)}"
        ) from None
    return renderer(result, options)


def render(fmt: str, result: ScanResult, options: ReportOptions) -> str:
    """Render ``result`` in format ``fmt`` as one string."""
    return "".join(render_chunks(fmt, result, options))


__all__ = [
    "EXTENSIONS",
    "FAIL_ONS",
    "GROUP_BYS",
    "RENDERERS",
    "ReportOptions",
    "RuleSelection",
    "apply_baseline",
    "fingerprint",
    "read_baseline",
    "render",
    "render_chunks",
    "select_findings",
    "step_summary",
    "write_baseline",
]
