"""The JUnit XML report: one test case per scanned file, for CI test dashboards.

A ``<failure>`` per finding at or above ``fail_on``; an ``<error>`` for an unreadable
file. Suite counts are per test case: ``failures`` is the number of files with at least
one failure, ``errors`` the number of unreadable files.
"""

from __future__ import annotations

import posixpath
import re
from xml.etree import ElementTree as ET

from freshcheck.model import FileResult, Finding, ScanResult
from freshcheck.report.options import ReportOptions
from freshcheck.report.summary import advice, is_failure, where

ROOT_CLASSNAME = "freshcheck"
# XML 1.0 forbids most control characters even as references; documents can hold them.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def xml_safe(text: str) -> str:
    """Text that XML 1.0 can carry: forbidden control characters become U+FFFD."""
    return _NOT_XML.sub("\ufffd", text)


def classname_of(path: str) -> str:
    """The folder with dots, as JUnit viewers group by package: ``decks.q3``."""
    folder = posixpath.dirname(path)
    return folder.replace("/", ".") if folder else ROOT_CLASSNAME


def render_junit(result: ScanResult, options: ReportOptions) -> str:
    """A ``<testsuites>`` document with one ``<testsuite name="freshcheck">``."""
    # No timestamp: JUnit wants a datetime, and renderers do not read the clock.
    suite = ET.Element("testsuite", name="freshcheck")
    failed = errored = 0
    for file in result.files:
        case, has_failure, has_error = _testcase(file, options.fail_on)
        suite.append(case)
        failed += has_failure
        errored += has_error
    suite.set("tests", str(len(result.files)))
    suite.set("failures", str(failed))
    suite.set("errors", str(errored))
    suite.set("skipped", "0")
    suite.set("time", "0")
    root = ET.Element("testsuites", name="freshcheck")
    for name in ("tests", "failures", "errors"):
        root.set(name, suite.get(name, "0"))
    root.append(suite)
    ET.indent(root)
    body = ET.tostring(root, encoding="unicode")
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + body + "\n"


def _testcase(file: FileResult, fail_on: str) -> tuple[ET.Element, bool, bool]:
    case = ET.Element(
        "testcase",
        classname=xml_safe(classname_of(file.path)),
        name=xml_safe(posixpath.basename(file.path)),
        file=xml_safe(file.path),
        time="0",
    )
    has_error = file.error is not None
    if file.error is not None:
        error = ET.SubElement(case, "error", message=xml_safe(file.error.reason))
        error.set("type", xml_safe(file.error.kind))
        error.text = xml_safe(f"{file.path}: cannot read: {file.error.reason}")
    failures = [
        finding
        for finding in file.findings
        if is_failure(finding, fail_on) and not (has_error and finding.rule == "file/unreadable")
    ]
    for finding in failures:
        failure = ET.SubElement(case, "failure", message=xml_safe(_headline(finding)))
        failure.set("type", finding.rule)
        failure.text = xml_safe(_body(file, finding))
    return case, bool(failures), has_error


def _headline(finding: Finding) -> str:
    return f"{where(finding)}: {finding.message}"


def _body(file: FileResult, finding: Finding) -> str:
    lines = [
        f"{file.path}: {where(finding)}",
        f"{finding.severity} {finding.rule}: {finding.message}",
    ]
    if finding.excerpt:
        lines.append(f"text: {finding.excerpt}")
    todo = advice(finding)
    if todo:
        lines.append(todo)
    if file.owner:
        lines.append(f"owner: {file.owner}")
    return "\n".join(lines)
