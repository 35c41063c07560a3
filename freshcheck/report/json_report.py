"""The JSON report, exactly SPEC §6 (``freshcheck/report@1``), plus additive fields.

Additive fields: ``summary.suppressed``, ``summary.baselined``, a file's ``suppressed``
(when non-zero), ``notes`` and ``error`` (when present), and the scan's own ``notes``. The
JSON Schema ships in ``freshcheck/report/schema/report.schema.json``.

``json_chunks`` writes the report a file at a time, after a first pass that counts the
summary, so a library of any size costs the memory of one file's entry.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from importlib import resources

from freshcheck.model import FileResult, Finding, ScanResult
from freshcheck.report.options import ReportOptions
from freshcheck.report.summary import iso, summarize

REPORT_SCHEMA_ID = "freshcheck/report@1"
EXCERPT_LIMIT = 300


def json_chunks(result: ScanResult, options: ReportOptions) -> Iterator[str]:
    """The JSON report in pieces: the head (a first pass counts the summary), then one
    piece per file, then the closing brackets. Only one file's text is held at a time."""
    summary = summarize(result, options)
    head: dict[str, object] = {
        "schema": REPORT_SCHEMA_ID,
        "tool": {"name": "freshcheck", "version": result.tool_version},
        "as_of": result.as_of.isoformat(),
        "roots": list(result.roots),
        "summary": {
            "files": summary.files,
            "findings": summary.findings,
            "by_status": summary.by_status,
            "by_rule": summary.by_rule,
            "suppressed": summary.suppressed,
            "baselined": summary.baselined,
        },
    }
    if result.notes:
        head["notes"] = list(result.notes)
    # The head laid out as a whole object, left open for the "files" key that follows.
    yield _layout(head, "").removesuffix("\n}") + ',\n  "files": '
    yield from json_array_chunks((_layout(_file_json(file), "") for file in result.files), 1)
    yield "\n}\n"


def json_array_chunks(items: Iterable[str], depth: int) -> Iterator[str]:
    """A JSON array laid out as ``json.dumps(indent=2)`` lays one out ``depth`` levels deep,
    from its items' own texts laid out at level 0: a chunk per item, then the closing bracket
    (``[]`` when there is no item). JSON text holds no raw newline inside a string, so every
    line of an item moves by the same indentation."""
    pad = "  " * (depth + 1)
    opener = "[\n"
    for text in items:
        yield opener + "\n".join(pad + line for line in text.split("\n"))
        opener = ",\n"
    yield "[]" if opener == "[\n" else "\n" + "  " * depth + "]"


def _file_json(file: FileResult) -> dict[str, object]:
    out: dict[str, object] = {
        "path": file.path,
        "format": file.format,
        "status": file.status,
        "last_updated": iso(file.last_updated),
        "last_updated_source": file.source,
        "cadence_days": file.cadence_days,
        "due": iso(file.due),
        "owner": file.owner,
        "findings": [_finding_json(finding) for finding in file.findings],
    }
    if file.cadence is not None:
        out["cadence"] = file.cadence
    if file.suppressed:
        out["suppressed"] = file.suppressed
    if file.notes:
        out["notes"] = list(file.notes)
    if file.error is not None:
        out["error"] = file.error.to_json()
    return out


def _finding_json(finding: Finding) -> dict[str, object]:
    out = finding.to_json()
    excerpt = out.get("excerpt")
    # SPEC §6: an excerpt is at most 300 characters, whoever built the finding.
    if isinstance(excerpt, str) and len(excerpt) > EXCERPT_LIMIT:
        out["excerpt"] = excerpt[: EXCERPT_LIMIT - 1] + "…"
        span = out.get("span")
        if isinstance(span, list) and span[1] > EXCERPT_LIMIT - 1:
            del out["span"]  # the match was cut off: a span must lie inside the excerpt
    return out


def render_json(result: ScanResult, options: ReportOptions) -> str:
    """The JSON report as text: two-space indent, one finding per line, UTF-8 kept, a final
    newline. A finding on one line keeps the report greppable and lets the C encoder write
    the bulk of it: with indentation all the way down, Python's encoder runs in pure Python
    and took longer than a warm rescan to print 19,000 findings."""
    return "".join(json_chunks(result, options))


def _layout(value: object, indent: str, key: str | None = None) -> str:
    if key == "findings" and isinstance(value, list):
        inner = indent + "  "
        lines = [inner + _compact(finding) for finding in value]
        return "[\n" + ",\n".join(lines) + "\n" + indent + "]" if lines else "[]"
    if isinstance(value, dict) and value:
        inner = indent + "  "
        items = [f"{inner}{_compact(k)}: {_layout(v, inner, k)}" for k, v in value.items()]
        return "{\n" + ",\n".join(items) + "\n" + indent + "}"
    if isinstance(value, list) and value:
        inner = indent + "  "
        lines = [inner + _layout(item, inner) for item in value]
        return "[\n" + ",\n".join(lines) + "\n" + indent + "]"
    return _compact(value)


def _compact(value: object) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(", ", ": "))


def report_schema() -> dict[str, object]:
    """The JSON Schema of the JSON report, as shipped in the package."""
    text = resources.files("freshcheck.report").joinpath("schema/report.schema.json")
    loaded: dict[str, object] = json.loads(text.read_text(encoding="utf-8"))
    return loaded
