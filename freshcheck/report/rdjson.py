"""``--format rdjson``: reviewdog's Diagnostic Format (``reviewdog -f=rdjson``).

One diagnostic per finding: the located message, the rule id as ``code``, the severity, and
a range at the finding's line (line 1 for binary documents, whose slide, page or paragraph
the message names). A finding that has replacement text and a column range in a text file
carries it as a ``suggestion``, which reviewdog offers as a one-click change.
"""

from __future__ import annotations

import json
from collections.abc import Iterator

from freshcheck.model import FileResult, Finding, ScanResult
from freshcheck.report.code_location import located_message, location_properties, start_line
from freshcheck.report.json_report import json_array_chunks
from freshcheck.report.options import ReportOptions
from freshcheck.report.summary import repo_path

SEVERITIES = {"error": "ERROR", "warning": "WARNING", "info": "INFO"}
SOURCE = {"name": "freshcheck"}


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
    line = start_line(file, finding.location)
    out: dict[str, object] = {
        "message": located_message(finding),
        "location": {
            "path": repo_path(result, options, file.path),
            "range": {"start": {"line": line}},
        },
        "severity": SEVERITIES[finding.severity],
        "source": SOURCE,
        "code": {"value": finding.rule},
    }
    properties = location_properties(finding.location)
    if properties:
        out["properties"] = {"location": properties}
    return out
