"""SARIF 2.1.0 for GitHub code scanning and other SARIF viewers.

GitHub cannot hash lines of a binary file, so every result carries freshcheck's own
``partialFingerprints["freshcheck/v1"]`` (rule + path + normalised excerpt + message id,
with an occurrence number, never the slide or line) to keep alerts stable when slides move.
``automationDetails.id`` names the scanned root, so that scans of two roots uploaded to one
repository do not close each other's alerts. Each rule's help is its full documentation (what
``freshcheck explain`` prints) when the caller passes it in ``ReportOptions.rule_help``.

``sarif_chunks`` writes one result at a time, after a first pass that finds the rules used.
"""

from __future__ import annotations

import functools
import json
import re
import urllib.parse
from collections.abc import Iterator
from importlib import metadata

from freshcheck.model import FileResult, Finding, Location, ScanResult
from freshcheck.report.baseline import FINGERPRINT_VERSION, occurrence_fingerprints
from freshcheck.report.code_location import (
    located_message,
    location_properties,
    start_line,
    text_region,
)
from freshcheck.report.json_report import json_array_chunks
from freshcheck.report.options import ReportOptions
from freshcheck.report.rule_docs import RULE_DOCS, RuleDoc, rule_doc
from freshcheck.report.summary import repo_path

SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
SRCROOT = "%SRCROOT%"
LEVELS = {"error": "error", "warning": "warning", "info": "note"}
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
    head, tail = _frame(result, options, rules)
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


def _frame(result: ScanResult, options: ReportOptions, rules: list[RuleDoc]) -> tuple[str, str]:
    """The document's text before and after the value of ``results``.

    The whole document is dumped with a marker string in place of the results, then split
    at the marker, so the head and tail are exactly what one ``json.dumps`` would write.
    """
    run: dict[str, object] = {
        "tool": {"driver": driver(result, options, rules)},
        "automationDetails": {"id": automation_id(result, options)},
        "columnKind": "unicodeCodePoints",
        "results": RESULTS_MARKER,
        "properties": {"asOf": result.as_of.isoformat(), "policyDigest": result.policy_digest},
    }
    document = {"$schema": SARIF_SCHEMA, "version": "2.1.0", "runs": [run]}
    text = json.dumps(document, indent=2, ensure_ascii=False) + "\n"
    head, tail = text.split(json.dumps(RESULTS_MARKER))
    return head, tail


def driver(result: ScanResult, options: ReportOptions, rules: list[RuleDoc]) -> dict[str, object]:
    """``tool.driver``: name, version, the project's URL when the package declares one
    (never a made-up address), and the rules."""
    out: dict[str, object] = {
        "name": "freshcheck",
        "version": result.tool_version,
        "semanticVersion": result.tool_version,
    }
    url = project_url()
    if url is not None:
        out["informationUri"] = url
    out["rules"] = [rule(doc, options) for doc in rules]
    return out


@functools.cache
def project_url() -> str | None:
    """The home page from the installed package's metadata, if it names one."""
    try:
        info = metadata.metadata("freshcheck")
    except metadata.PackageNotFoundError:
        return None
    for entry in info.get_all("Project-URL") or []:
        _, _, url = str(entry).partition(",")
        if url.strip().startswith("https://"):
            return url.strip()
    home = [url for url in info.get_all("Home-page") or [] if url.startswith("https://")]
    return str(home[0]) if home else None


def automation_id(result: ScanResult, options: ReportOptions) -> str:
    """``freshcheck/<root>/``: GitHub takes what precedes the last ``/`` as the analysis
    category, so each scanned root keeps its own alerts. The root is the one scanned folder
    relative to the repository, else the scan roots (absolute ones by their last name, so
    the id does not change with the machine's checkout folder)."""
    if options.source_root is not None:
        roots = [options.source_root]
    else:
        roots = [root.replace("\\", "/").rstrip("/").rsplit("/", 1)[-1] if _absolute(root)
                 else root for root in result.roots]  # fmt: skip
    names = [root.replace("\\", "/").strip("/").removeprefix("./") for root in roots]
    joined = "+".join(name for name in names if name not in ("", "."))
    return f"freshcheck/{joined}/" if joined else "freshcheck/"


def _absolute(root: str) -> bool:
    return root.startswith("/") or re.match(r"^[A-Za-z]:[\\/]", root) is not None


def rule(doc: RuleDoc, options: ReportOptions) -> dict[str, object]:
    """One ``reportingDescriptor``; help is the rule's whole documentation when given."""
    help_text = options.rule_help.get(doc.id) or f"{doc.full}\n\n{doc.help}"
    return {
        "id": doc.id,
        "name": doc.name,
        "shortDescription": {"text": doc.short},
        "fullDescription": {"text": doc.full},
        "help": {"text": help_text, "markdown": help_text},
        "defaultConfiguration": {"level": LEVELS.get(doc.severity, "warning")},
        "properties": {"tags": ["freshcheck", doc.id.split("/")[0]]},
    }


def _region(file: FileResult, finding: Finding) -> dict[str, int]:
    """The SARIF region: the line, and the match's columns when the scan found them in a
    text file (counted in code points: the run says ``columnKind``)."""
    region = text_region(file, finding)
    if region is None:
        return {"startLine": start_line(file, finding)}
    return {
        "startLine": region.start.line,
        "startColumn": region.start.column,
        "endLine": region.end.line,
        "endColumn": region.end.column,
    }


def _result(
    file: FileResult, path: str, finding: Finding, value: str, rule_index: int
) -> dict[str, object]:
    location: dict[str, object] = {
        "physicalLocation": {
            "artifactLocation": {"uri": artifact_uri(path), "uriBaseId": SRCROOT},
            "region": _region(file, finding),
        }
    }
    if finding.location is not None:
        location["logicalLocations"] = [_logical(path, finding.location)]
    out: dict[str, object] = {
        "ruleId": finding.rule,
        "ruleIndex": rule_index,
        "level": LEVELS[finding.severity],
        "message": {"text": located_message(finding)},
        "locations": [location],
        "partialFingerprints": {FINGERPRINT_VERSION: value},
    }
    properties: dict[str, object] = {}
    if finding.location is not None:
        properties["location"] = location_properties(finding.location)
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
