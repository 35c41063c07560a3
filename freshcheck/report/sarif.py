"""SARIF 2.1.0 for GitHub code scanning and other SARIF viewers.

GitHub cannot hash lines of a binary file, so every result carries freshcheck's own
``partialFingerprints["freshcheck/v1"]`` (rule + path + normalised excerpt + message id,
with an occurrence number) to keep alerts stable when slides move.

``sarif_chunks`` writes one result at a time, after a first pass that finds the rules used.
"""

from __future__ import annotations

import json
import urllib.parse
from collections.abc import Iterator

from freshcheck.model import FileResult, Finding, Location, ScanResult
from freshcheck.report.baseline import FINGERPRINT_VERSION, occurrence_fingerprints
from freshcheck.report.json_report import json_array_chunks
from freshcheck.report.options import ReportOptions
from freshcheck.report.rule_docs import RULE_DOCS, RuleDoc, rule_doc
from freshcheck.report.summary import advice, repo_path, where

SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
INFORMATION_URI = "https://github.com/freshcheck/freshcheck"
SRCROOT = "%SRCROOT%"
LEVELS = {"error": "error", "warning": "warning", "info": "note"}
# Formats whose locations are real text lines; others point at line 1 of the file.
LINE_FORMATS = ("md", "txt")
# The results list's depth in the document: document → runs → run → results.
RESULTS_DEPTH = 3
# Stands for the results while the rest of the document is dumped (see ``_frame``).
RESULTS_MARKER = "\x00freshcheck results\x00"


def render_sarif(result: ScanResult, options: ReportOptions) -> str:
    """One run; ``tool.driver.rules`` lists every known rule, then any other rule used."""
    return "".join(sarif_chunks(result, options))


def sarif_chunks(result: ScanResult, options: ReportOptions) -> Iterator[str]:
    """The SARIF text of ``render_sarif`` in pieces: a first pass finds the rules used, then
    the head, one piece per file's results, and the tail. The text is what
    ``json.dumps(document, indent=2)`` gives for the whole document."""
    rules = list(RULE_DOCS)
    known = {doc.id for doc in rules}
    for finding in result.findings:
        if finding.rule not in known:
            rules.append(rule_doc(finding.rule))
            known.add(finding.rule)
    index = {doc.id: position for position, doc in enumerate(rules)}
    head, tail = _frame(result, rules)
    yield head
    yield from json_array_chunks(_result_texts(result, options, index), RESULTS_DEPTH)
    yield tail


def _result_texts(
    result: ScanResult, options: ReportOptions, index: dict[str, int]
) -> Iterator[str]:
    for file in result.files:
        path = repo_path(result, options, file.path)
        for finding, value in zip(file.findings, occurrence_fingerprints(file), strict=True):
            item = _result(file, path, finding, value, index[finding.rule])
            yield json.dumps(item, indent=2, ensure_ascii=False)


def _frame(result: ScanResult, rules: list[RuleDoc]) -> tuple[str, str]:
    """The document's text before and after the value of ``results``.

    The whole document is dumped with a marker string in place of the results, then split
    at the marker, so the head and tail are exactly what one ``json.dumps`` would write.
    """
    run: dict[str, object] = {
        "tool": {
            "driver": {
                "name": "freshcheck",
                "version": result.tool_version,
                "semanticVersion": result.tool_version,
                "informationUri": INFORMATION_URI,
                "rules": [_rule(doc) for doc in rules],
            }
        },
        "automationDetails": {"id": "freshcheck/"},
        "columnKind": "unicodeCodePoints",
        "results": RESULTS_MARKER,
        "properties": {"asOf": result.as_of.isoformat(), "policyDigest": result.policy_digest},
    }
    document = {"$schema": SARIF_SCHEMA, "version": "2.1.0", "runs": [run]}
    text = json.dumps(document, indent=2, ensure_ascii=False) + "\n"
    head, tail = text.split(json.dumps(RESULTS_MARKER))
    return head, tail


def _rule(doc: RuleDoc) -> dict[str, object]:
    return {
        "id": doc.id,
        "name": doc.name,
        "shortDescription": {"text": doc.short},
        "fullDescription": {"text": doc.full},
        "help": {"text": doc.help, "markdown": doc.help},
        "defaultConfiguration": {"level": LEVELS.get(doc.severity, "warning")},
        "properties": {"tags": ["freshcheck", doc.id.split("/")[0]]},
    }


def _result(
    file: FileResult, path: str, finding: Finding, value: str, rule_index: int
) -> dict[str, object]:
    location: dict[str, object] = {
        "physicalLocation": {
            "artifactLocation": {"uri": artifact_uri(path), "uriBaseId": SRCROOT},
            "region": {"startLine": _start_line(file, finding.location)},
        }
    }
    if finding.location is not None:
        location["logicalLocations"] = [_logical(path, finding.location)]
    out: dict[str, object] = {
        "ruleId": finding.rule,
        "ruleIndex": rule_index,
        "level": LEVELS[finding.severity],
        "message": {"text": _message(finding)},
        "locations": [location],
        "partialFingerprints": {FINGERPRINT_VERSION: value},
    }
    properties: dict[str, object] = {}
    for name in ("excerpt", "expected", "message_id"):
        if getattr(finding, name) is not None:
            properties[name] = getattr(finding, name)
    if properties:
        out["properties"] = properties
    return out


def artifact_uri(path: str) -> str:
    """A relative path as a URI reference (RFC 3986): spaces, ``#``, ``%``, ``?``, control
    and non-ASCII characters percent-encoded (as UTF-8), the ``/`` separators kept."""
    return urllib.parse.quote(path, safe="/")


def _message(finding: Finding) -> str:
    place = where(finding)
    text = f"{place[:1].upper()}{place[1:]}: {finding.message}"
    if finding.excerpt:
        text += f" — “{finding.excerpt}”"
    todo = advice(finding)
    if todo:
        text += f". {todo}"
    return text


def _start_line(file: FileResult, location: Location | None) -> int:
    if location is not None and location.line is not None and file.format in LINE_FORMATS:
        return location.line
    return 1


def _logical(path: str, location: Location) -> dict[str, object]:
    anchor = location.describe()
    kind = next(
        (name for name in ("slide", "page", "paragraph", "line") if getattr(location, name)),
        location.part,
    )
    logical: dict[str, object] = {
        "name": anchor,
        "fullyQualifiedName": f"{path}#{anchor}",
        "kind": kind,
    }
    if location.shape:
        logical["decoratedName"] = location.shape
    return logical
