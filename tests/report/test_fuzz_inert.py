"""Any file name and any document text, through every report format: each output parses
(JSON and GitLab as JSON, SARIF against its schema, JUnit as XML, CSV, HTML) and stays
inert (no raw control or bidi character in text, Markdown or HTML; no markup from the data
in HTML; SARIF URIs percent-encoded)."""

from __future__ import annotations

import csv
import datetime as dt
import functools
import io
import json
import re
import unicodedata
import urllib.parse
from collections import Counter
from html.parser import HTMLParser
from pathlib import Path
from typing import Any
from xml.etree import ElementTree as ET

import jsonschema
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from freshcheck.model import FileResult, Finding, Location, ReadError, ScanResult
from freshcheck.report import RENDERERS, ReportOptions, render
from freshcheck.report.json_report import report_schema
from freshcheck.scan import ScanOptions
from freshcheck.scan import scan_paths as scan
from freshcheck.text import BIDI_CONTROLS, escape_controls
from tests.report.conftest import SARIF_SCHEMA_PATH

AS_OF = dt.date(2026, 11, 23)

# Characters that break reports when passed through raw: controls, separators, bidi
# controls, markup of every output format, and some non-ASCII.
HOSTILE = (
    "\x00\x07\t\n\r\x0b\x0c\x1b\x7f\x85\x9b\u2028\u2029"
    + BIDI_CONTROLS
    + "<>&\"'`|*_[]#@%?=;,/\\ é—😀\ufeff"
)
hostile_text = st.text(
    alphabet=st.one_of(st.sampled_from(HOSTILE), st.characters(codec="utf-8")),
    min_size=1,
    max_size=30,
)
# The JSON report's schema keeps paths POSIX-style: a scan never reports a backslash.
file_name = hostile_text.map(
    lambda name: "docs/" + name.replace("/", "_").replace("\\", "_") + ".md"
)


def _result(names: list[str], texts: list[str]) -> ScanResult:
    files = []
    for number, name in enumerate(dict.fromkeys(names)):
        text = texts[number % len(texts)]
        finding = Finding(
            "compliance/banned-phrase",
            "error",
            f"Banned phrase: {text}",
            Location(paragraph=number + 1, shape=text),
            excerpt=text,
            expected=text,
            message_id=text,
        )
        error = ReadError("corrupt", f"cannot read {text}") if number == 1 else None
        files.append(
            FileResult(
                name,
                "md",
                "error" if error else "overdue",
                last_updated=AS_OF - dt.timedelta(days=400),
                source="metadata",
                due=AS_OF - dt.timedelta(days=10),
                cadence_days=90,
                owner=text,
                findings=(finding,),
                notes=(text,),
                error=error,
            )
        )
    return ScanResult(AS_OF, ("content",), tuple(files), "sha256:fuzz", "0.1.0")


def _raw_unsafe(output: str, allowed: str) -> list[str]:
    return sorted(
        {
            char
            for char in output
            if char not in allowed
            and (unicodedata.category(char) == "Cc" or char in BIDI_CONTROLS + "\u2028\u2029")
        }
    )


class _Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)


def _tags(page: str) -> list[str]:
    parser = _Tags()
    parser.feed(page)
    parser.close()
    return parser.tags


URI_REFERENCE = re.compile(r"[A-Za-z0-9\-._~/%!$&'()*+,;=:@]*")


@functools.cache
def _validators() -> tuple[Any, Any]:
    report = jsonschema.Draft202012Validator(report_schema())
    sarif = json.loads(SARIF_SCHEMA_PATH.read_text(encoding="utf-8"))
    return report, jsonschema.Draft4Validator(sarif)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    names=st.lists(file_name, min_size=1, max_size=4),
    texts=st.lists(hostile_text, min_size=1, max_size=4),
)
def test_every_format_parses_and_stays_inert(names: list[str], texts: list[str]) -> None:
    report_validator, sarif_validator = _validators()
    result = _result(names, texts)
    # The same report with harmless names and texts: the same owners, files and findings.
    plain_of = {text: f"plain{n}" for n, text in enumerate(dict.fromkeys(texts))}
    plain_names = [f"docs/plain{n}.md" for n in range(len(result.files))]
    plain = _result(plain_names, [plain_of[text] for text in texts])
    options = ReportOptions()
    outputs = {fmt: render(fmt, result, options) for fmt in RENDERERS}
    assert set(outputs) == {
        *("text", "json", "markdown", "html", "sarif", "junit", "csv", "gitlab"),
        *("github", "rdjson"),
    }

    report_validator.validate(json.loads(outputs["json"]))
    assert [f["path"] for f in json.loads(outputs["json"])["files"]] == [
        f.path for f in result.files
    ]
    sarif = json.loads(outputs["sarif"])
    sarif_validator.validate(sarif)
    for item in sarif["runs"][0]["results"]:
        uri = item["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
        assert URI_REFERENCE.fullmatch(uri), uri
        assert urllib.parse.unquote(uri).removeprefix("content/") in {f.path for f in result.files}
    ET.fromstring(outputs["junit"].encode("utf-8"))
    rows = list(csv.reader(io.StringIO(outputs["csv"], newline="")))
    assert len(rows) == 1 + len(result.files) and len({len(row) for row in rows}) == 1
    json.loads(outputs["gitlab"])
    json.loads(outputs["rdjson"])
    # GitHub workflow commands: one command a line, whatever the names and texts hold
    # (the file= property keeps the real path, so GitHub can find the file).
    # The runner reads lines at LF (CR is escaped too); str.splitlines would also split at
    # U+0085 and U+2028, which GitHub does not.
    commands = outputs["github"].rstrip("\n").split("\n")
    assert all(line.startswith("::") and "\r" not in line for line in commands)

    assert _raw_unsafe(outputs["text"], "\n") == []
    assert _raw_unsafe(outputs["markdown"], "\n") == []
    assert _raw_unsafe(outputs["html"], "\t\n\r") == []
    text_lines = outputs["text"].splitlines()
    for file in result.files:  # each file's heading stays one line, the name as spelled
        assert any(line.startswith(escape_controls(file.path)) for line in text_lines)
    # The data adds no element: the page has the tags of the same report of plain names
    # (counted, not in order: charts sort their bars by label).
    assert Counter(_tags(outputs["html"])) == Counter(_tags(render("html", plain, options)))


def test_a_real_scan_of_hostile_file_names(tmp_path: Path) -> None:
    """Real files named with a newline, an ANSI escape and a right-to-left override."""
    root = tmp_path / "content"
    root.mkdir()
    policy = "version: 1\nfreshness:\n  default_cadence: 10y\n"
    (root / "freshcheck.yaml").write_text(
        policy + 'compliance:\n  banned:\n    - phrase: "risk free"\n'
    )
    names = ["split\nline.md", "red\x1b[31m.md", "invoice\u202efdp.md", "50% off #1.md"]
    for name in names:
        (root / name).write_text("A risk free pilot.\n")
    result = scan([root], ScanOptions(as_of=AS_OF, cwd=tmp_path, jobs=1, use_cache=False))
    text = render("text", result, ReportOptions())
    for name in names:
        assert any(line.startswith(escape_controls(name)) for line in text.splitlines())
    for fmt in ("text", "markdown", "html"):
        assert _raw_unsafe(render(fmt, result, ReportOptions()), "\t\n\r") == [], fmt
    sarif = json.loads(render("sarif", result, ReportOptions()))
    uris = {
        item["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
        for item in sarif["runs"][0]["results"]
    }
    assert "content/split%0Aline.md" in uris and "content/50%25%20off%20%231.md" in uris
    assert "content/invoice%E2%80%AEfdp.md" in uris
