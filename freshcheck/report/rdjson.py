"""``--format rdjson``: reviewdog's Diagnostic Format (``reviewdog -f=rdjson``).

One diagnostic per finding: the located message, the rule id as ``code``, the severity, and
a range at the finding's line (line 1 for binary documents, whose slide, page or paragraph
the message names), with the match's columns when the scan found it in a text file. A
retired name found verbatim in a text file carries its replacement as a ``suggestion``,
which reviewdog offers as a one-click change.
"""

from __future__ import annotations

import json
from collections.abc import Iterator

from freshcheck.model import FileResult, Finding, Region, ScanResult
from freshcheck.report.code_location import (
    located_message,
    location_properties,
    start_line,
    text_region,
)
from freshcheck.report.json_report import json_array_chunks
from freshcheck.report.options import ReportOptions
from freshcheck.report.summary import repo_path

SEVERITIES = {"error": "ERROR", "warning": "WARNING", "info": "INFO"}
SOURCE = {"name": "freshcheck"}
# Rules whose ``expected`` text replaces exactly what they matched.
SUGGESTING_RULES = frozenset({"messaging/retired-term"})


def rdjson_chunks(result: ScanResult, options: ReportOptions) -> Iterator[str]:
    """``{"source": …, "diagnostics": [...]}``, a chunk per diagnostic."""
    head = json.dumps({"source": SOURCE}, indent=2).removesuffix("\n}")
    yield head + ',\n  "diagnostics": '
    items = (
        json.dumps(diagnostic(result, options, file, finding), indent=2, ensure_ascii=False)
        for file in result.files
        for finding in file.findings
    )
    yield from json_array_chunks(items, 1)
    yield "\n}\n"


def diagnostic(
    result: ScanResult, options: ReportOptions, file: FileResult, finding: Finding
) -> dict[str, object]:
    """One finding as a reviewdog Diagnostic."""
    region = text_region(file, finding)
    span = {"start": {"line": start_line(file, finding)}} if region is None else _range(region)
    out: dict[str, object] = {
        "message": located_message(finding),
        "location": {"path": repo_path(result, options, file.path), "range": span},
        "severity": SEVERITIES[finding.severity],
        "source": SOURCE,
        "code": {"value": finding.rule},
    }
    replacement = suggested_text(finding)
    if region is not None and region.verbatim and replacement is not None:
        out["suggestions"] = [{"range": _range(region), "text": replacement}]
    properties = location_properties(finding.location)
    if properties:
        out["properties"] = {"location": properties}
    return out


def suggested_text(finding: Finding) -> str | None:
    """The text that replaces the match as it stands: only a retired name's replacement.
    An outdated claim's approved message is a whole sentence, which the highlighted fact
    is only part of; a missing disclaimer has no place to go. Those stay in the message."""
    if finding.rule in SUGGESTING_RULES and finding.expected:
        return finding.expected
    return None


def _range(region: Region) -> dict[str, object]:
    """reviewdog's range: end exclusive, columns counted in UTF-8 bytes."""
    return {
        "start": {"line": region.start.line, "column": region.start.byte_column},
        "end": {"line": region.end.line, "column": region.end.byte_column},
    }
