"""The JUnit XML report: one test case per scanned file, for CI test dashboards.

A ``<failure>`` per finding at or above ``fail_on``; an ``<error>`` for an unreadable
file. Suite counts are per test case: ``failures`` is the number of files with at least
one failure, ``errors`` the number of unreadable files.

``junit_chunks`` writes one test case at a time, after a first pass that counts the suite.
"""

from __future__ import annotations

import posixpath
import re
from collections.abc import Iterator
from xml.etree import ElementTree as ET

from freshcheck.model import FileResult, Finding, ScanResult
from freshcheck.report.options import ReportOptions
from freshcheck.report.summary import advice, is_failure, where

ROOT_CLASSNAME = "freshcheck"
XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>\n'
# How deep a <testcase> sits, and the element that stands for the test cases (see junit_chunks).
CASE_LEVEL = 2
CASE_MARKER = "freshcheck-testcases"
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
    return "".join(junit_chunks(result, options))


def junit_chunks(result: ScanResult, options: ReportOptions) -> Iterator[str]:
    """``render_junit`` in pieces: a first pass counts the suite, then the open tags, one
    test case per piece, and the closing tags; the text ``ET.indent`` gives the whole tree.
    """
    tests = failed = errored = 0
    for file in result.files:
        has_failure, has_error = _verdict(file, options.fail_on)
        tests += 1
        failed += has_failure
        errored += has_error
    attributes = {
        "name": "freshcheck",
        "tests": str(tests),
        "failures": str(failed),
        "errors": str(errored),
    }
    suite = ET.Element("testsuite", {**attributes, "skipped": "0", "time": "0"})
    root = ET.Element("testsuites", attributes)
    root.append(suite)
    if not tests:
        ET.indent(root)
        yield XML_DECLARATION + ET.tostring(root, encoding="unicode") + "\n"
        return
    # The frame is serialised around a marker element, then split at the marker, so the
    # open and close tags are exactly what ElementTree writes for the whole tree.
    ET.SubElement(suite, CASE_MARKER)
    ET.indent(root)
    head, tail = ET.tostring(root, encoding="unicode").split(f"<{CASE_MARKER} />")
    yield XML_DECLARATION + head
    separator = ""
    for file in result.files:
        case, _, _ = _testcase(file, options.fail_on)
        # A test case sits two levels deep: the <testsuites> root, then the <testsuite>.
        ET.indent(case, level=CASE_LEVEL)
        yield separator + ET.tostring(case, encoding="unicode")
        separator = "\n" + "  " * CASE_LEVEL
    yield tail + "\n"


def _verdict(file: FileResult, fail_on: str) -> tuple[bool, bool]:
    """Whether the file's test case has a failure, and whether it has an error."""
    has_error = file.error is not None
    has_failure = any(_is_case_failure(finding, fail_on, has_error) for finding in file.findings)
    return has_failure, has_error


def _is_case_failure(finding: Finding, fail_on: str, has_error: bool) -> bool:
    # An unreadable file is reported once, as the <error>; its file/unreadable finding is
    # not repeated as a failure.
    return is_failure(finding, fail_on) and not (has_error and finding.rule == "file/unreadable")


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
    failures = [f for f in file.findings if _is_case_failure(f, fail_on, has_error)]
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
    todo = advice(finding, file.path)
    if todo:
        lines.append(todo)
    if file.owner:
        lines.append(f"owner: {file.owner}")
    return "\n".join(lines)
