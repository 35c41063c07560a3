"""JUnit XML parses back with correct counts: a test case per file, failures, errors."""

from __future__ import annotations

from xml.etree import ElementTree as ET

from freshcheck.model import ScanResult
from freshcheck.report import ReportOptions
from freshcheck.report.junit import render_junit


def _suite(result: ScanResult, fail_on: str) -> ET.Element:
    root = ET.fromstring(render_junit(result, ReportOptions(fail_on=fail_on)))  # type: ignore[arg-type]
    assert root.tag == "testsuites"
    suite = root.find("testsuite")
    assert suite is not None
    return suite


def test_one_testcase_per_file_with_folder_classname(result: ScanResult) -> None:
    suite = _suite(result, "error")
    cases = suite.findall("testcase")
    assert suite.get("tests") == str(len(cases)) == str(len(result.files))
    names = {(c.get("classname"), c.get("name")) for c in cases}
    assert ("decks", "q3-pitch.pptx") in names
    assert ("freshcheck", "glossary.txt") in names
    assert ("playbooks", "Überblick — sales playbook.docx") in names


def test_failures_follow_fail_on_and_counts_add_up(result: ScanResult) -> None:
    for fail_on, floor in (("error", {"error"}), ("warning", {"error", "warning"})):
        suite = _suite(result, fail_on)
        cases = suite.findall("testcase")
        failed = [c for c in cases if c.find("failure") is not None]
        errored = [c for c in cases if c.find("error") is not None]
        assert suite.get("failures") == str(len(failed))
        assert suite.get("errors") == str(len(errored)) == "1"
        expected = sum(
            1
            for f in result.files
            for finding in f.findings
            if finding.severity in floor and finding.rule != "file/unreadable"
        )
        assert sum(len(c.findall("failure")) for c in cases) == expected


def test_never_gives_no_failures_but_keeps_unreadable_errors(result: ScanResult) -> None:
    suite = _suite(result, "never")
    assert suite.get("failures") == "0" and suite.get("errors") == "1"
    error = suite.find("testcase/error")
    assert error is not None and error.get("type") == "corrupt"


def test_failure_body_has_location_and_expected(result: ScanResult) -> None:
    suite = _suite(result, "error")
    bodies = [f.text or "" for f in suite.iter("failure")]
    claim = next(b for b in bodies if "slide 3 (notes)" in b)
    assert "Acme cuts new-hire onboarding time by 45%." in claim
    assert any("<script>alert('x')</script>" in b for b in bodies)


def test_control_characters_do_not_break_the_xml(result: ScanResult) -> None:
    suite = _suite(result, "info")
    bodies = "".join(f.text or "" for f in suite.iter("failure"))
    assert "H1 2022" in bodies
