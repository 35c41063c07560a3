"""Report renderers: one pure function per format, in one explicit registry.

Every renderer takes a ``ScanResult`` and ``ReportOptions`` and returns the report as a
string. None prints, exits, reads the clock or writes files; the caller writes reports
with ``freshcheck.atomic.write_atomic``.
"""

from __future__ import annotations

from collections.abc import Callable

from freshcheck.model import ScanResult
from freshcheck.report.csv_report import render_csv
from freshcheck.report.gitlab import render_gitlab
from freshcheck.report.html_report import render_html
from freshcheck.report.json_report import render_json
from freshcheck.report.junit import render_junit
from freshcheck.report.markdown import render_markdown
from freshcheck.report.options import GROUP_BYS, ReportOptions
from freshcheck.report.sarif import render_sarif
from freshcheck.report.text import render_text

Renderer = Callable[[ScanResult, ReportOptions], str | bytes]

RENDERERS: dict[str, Renderer] = {
    "text": render_text,
    "json": render_json,
    "markdown": render_markdown,
    "html": render_html,
    "sarif": render_sarif,
    "junit": render_junit,
    "csv": render_csv,
    "gitlab": render_gitlab,
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
}


def render(fmt: str, result: ScanResult, options: ReportOptions) -> str | bytes:
    """Render ``result`` in format ``fmt``; ``KeyError`` names an unknown format."""
    try:
        renderer = RENDERERS[fmt]
    except KeyError:
        raise KeyError(
            f"unknown report format {fmt!r}; use one of {', '.join(RENDERERS)}"
        ) from None
    return renderer(result, options)


__all__ = ["EXTENSIONS", "GROUP_BYS", "RENDERERS", "ReportOptions", "render"]
