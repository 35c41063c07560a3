"""Report renderers: one pure function per format, in one explicit registry.

Every renderer takes a ``ScanResult`` and ``ReportOptions`` and yields the report as chunks
of text, about one file's worth each, so that a report of any size is written as it is made
(``render_chunks``); ``render`` joins them. None prints, exits, reads the clock or writes
files; the caller writes reports with ``freshcheck.atomic.write_atomic``.

``baseline`` lives here too: it fingerprints findings (SARIF and GitLab carry the same
fingerprints) and filters a result down to what a recorded baseline does not hold. May
import ``text``, ``policy`` (its model) and the ground floor; never ``scan``, ``engine`` or
``extract``: a report is made from a ``ScanResult`` alone.

Renderers and public names load on first use: ``freshcheck scan --format json`` does not
pay for jinja2 and the HTML template, nor ``freshcheck --help`` for any renderer.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterator, Mapping
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from freshcheck.model import ScanResult
    from freshcheck.report.baseline import (
        apply_baseline,
        fingerprint,
        read_baseline,
        write_baseline,
    )
    from freshcheck.report.github import step_summary
    from freshcheck.report.options import FAIL_ONS, GROUP_BYS, ReportOptions
    from freshcheck.report.selection import RuleSelection, select_findings

Renderer = Callable[["ScanResult", "ReportOptions"], Iterator[str]]


class LazyRenderers(Mapping[str, Renderer]):
    """Format → renderer, each named as ``module:function`` and imported when first used."""

    def __init__(self, paths: dict[str, str]) -> None:
        self._paths = paths
        self._loaded: dict[str, Renderer] = {}

    def __getitem__(self, fmt: str) -> Renderer:
        renderer = self._loaded.get(fmt)
        if renderer is None:
            module, _, name = self._paths[fmt].partition(":")
            renderer = getattr(importlib.import_module(module), name)
            self._loaded[fmt] = renderer
        return renderer

    def __iter__(self) -> Iterator[str]:
        return iter(self._paths)

    def __len__(self) -> int:
        return len(self._paths)


RENDERERS: Mapping[str, Renderer] = LazyRenderers(
    {
        "text": "freshcheck.report.text:text_chunks",
        "json": "freshcheck.report.json_report:json_chunks",
        "markdown": "freshcheck.report.markdown:markdown_chunks",
        "html": "freshcheck.report.html_report:html_chunks",
        "sarif": "freshcheck.report.sarif:sarif_chunks",
        "junit": "freshcheck.report.junit:junit_chunks",
        "csv": "freshcheck.report.csv_report:csv_chunks",
        "gitlab": "freshcheck.report.gitlab:gitlab_chunks",
        "github": "freshcheck.report.github:github_chunks",
        "rdjson": "freshcheck.report.rdjson:rdjson_chunks",
    }
)

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


# public name → the module that defines it
_PUBLIC = {
    "apply_baseline": "freshcheck.report.baseline",
    "fingerprint": "freshcheck.report.baseline",
    "read_baseline": "freshcheck.report.baseline",
    "write_baseline": "freshcheck.report.baseline",
    "step_summary": "freshcheck.report.github",
    "FAIL_ONS": "freshcheck.report.options",
    "GROUP_BYS": "freshcheck.report.options",
    "ReportOptions": "freshcheck.report.options",
    "RuleSelection": "freshcheck.report.selection",
    "select_findings": "freshcheck.report.selection",
}

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


def __getattr__(name: str) -> Any:
    module = _PUBLIC.get(name)
    if module is None:
        raise AttributeError(f"module 'freshcheck.report' has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value
