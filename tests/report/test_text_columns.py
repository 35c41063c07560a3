"""Markdown, text and HTML findings carry the match's line and column into the CI formats.

Real files are scanned through the CLI; each range is cut back out of the file on disk (bytes
for reviewdog, characters for SARIF and GitHub) and must be the words that fired. A retired
name found verbatim becomes a reviewdog suggestion; a warm rescan gives the same ranges.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from freshcheck.cli.app import run

RDJSON_SCHEMA = Path(__file__).resolve().parent / "schema" / "rdjson" / "DiagnosticResult.json"
POLICY = """\
version: 1
messaging:
  terms:
    - retired: ["SalesBoost"]
      use: "Acme Flow"
compliance:
  banned:
    - phrase: "guaranteed results"
"""
FILES = {
    "notes.md": "---\ntitle: Notes\n---\n# Plan\n\nDéjà vu: we still sell **SalesBoost** here.\n\n"
    "Intro line, then\nguaranteed\nresults for all.\n",
    "script.txt": "Call script\n\n- Open with\n  the value. Mention SalesBoost last.\n",
    "page.html": '<html><body>\n<p title="SalesBoost">Intro.</p>\n'
    "<p>Our <b>SalesBoost</b> plan.</p>\n</body></html>\n",
}


@pytest.fixture()
def library(tmp_path: Path) -> Path:
    (tmp_path / "freshcheck.yaml").write_text(POLICY, encoding="utf-8")
    for name, text in FILES.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    return tmp_path


def scan(library: Path, fmt: str, capsys: pytest.CaptureFixture[str]) -> str:
    cache = library / ".cache"
    run(["scan", str(library), "--format", fmt, "--as-of", "2026-11-23", "--cache-dir", str(cache)])
    return capsys.readouterr().out


def cut_bytes(path: Path, start: dict[str, int], end: dict[str, int]) -> str:
    lines = path.read_bytes().split(b"\n")
    if start["line"] == end["line"]:
        return lines[start["line"] - 1][start["column"] - 1 : end["column"] - 1].decode()
    head = lines[start["line"] - 1][start["column"] - 1 :]
    middle = lines[start["line"] : end["line"] - 1]
    tail = lines[end["line"] - 1][: end["column"] - 1]
    return b"\n".join([head, *middle, tail]).decode()


def test_rdjson_ranges_cut_the_matched_words_out_of_the_file(
    library: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    document = json.loads(scan(library, "rdjson", capsys))
    jsonschema.Draft4Validator(json.loads(RDJSON_SCHEMA.read_text(encoding="utf-8"))).validate(
        document
    )
    cut = {}
    for diagnostic in document["diagnostics"]:
        where = diagnostic["location"]
        if "end" not in where["range"]:
            continue  # a file-level finding
        text = cut_bytes(library / where["path"], where["range"]["start"], where["range"]["end"])
        cut[(where["path"], diagnostic["code"]["value"])] = (text, diagnostic)
    assert cut[("notes.md", "messaging/retired-term")][0] == "SalesBoost"
    assert cut[("script.txt", "messaging/retired-term")][0] == "SalesBoost"
    assert cut[("page.html", "messaging/retired-term")][0] == "SalesBoost"  # not the title=
    # Found across line breaks: the range runs over them, and nothing is suggested.
    banned_text, banned = cut[("notes.md", "compliance/banned-phrase")]
    assert banned_text == "guaranteed\nresults"
    assert "suggestions" not in banned
    retired = cut[("notes.md", "messaging/retired-term")][1]
    assert retired["suggestions"] == [{"range": retired["location"]["range"], "text": "Acme Flow"}]


def test_sarif_and_github_columns_count_characters(
    library: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    sarif = json.loads(scan(library, "sarif", capsys))
    run = sarif["runs"][0]
    assert run["columnKind"] == "unicodeCodePoints"
    for result in run["results"]:
        physical = result["locations"][0]["physicalLocation"]
        region = physical["region"]
        if result["ruleId"] != "messaging/retired-term" or "startColumn" not in region:
            continue
        uri = physical["artifactLocation"]["uri"]
        line = (library / uri).read_text(encoding="utf-8").split("\n")[region["startLine"] - 1]
        assert line[region["startColumn"] - 1 : region["endColumn"] - 1] == "SalesBoost"
    annotations = scan(library, "github", capsys)
    notes = next(a for a in annotations.splitlines() if "notes.md" in a and "retired" in a)
    line = FILES["notes.md"].split("\n")[5]
    found = re.search(r"line=6,endLine=6,col=(\d+),endColumn=(\d+)", notes)
    assert found is not None, notes
    start, end = int(found[1]), int(found[2])
    assert line[start - 1 : end] == "SalesBoost"  # GitHub's end column is inclusive
    multi = next(a for a in annotations.splitlines() if "banned-phrase" in a)
    assert "line=9,endLine=10,title=" in multi  # no columns across lines


def test_a_warm_rescan_gives_the_same_ranges(
    library: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    cold: Any = scan(library, "rdjson", capsys)
    warm: Any = scan(library, "rdjson", capsys)
    assert json.loads(cold) == json.loads(warm)
    assert '"column"' in warm


def test_every_report_names_the_line_the_match_is_on_not_its_paragraphs_first(
    library: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # "Intro line, then / guaranteed / results for all." is one paragraph from line 8; the
    # banned phrase starts on line 9, and the annotation, its message and the JSON agree.
    annotation = next(a for a in scan(library, "github", capsys).splitlines() if "banned" in a)
    assert "line=9,endLine=10," in annotation
    assert "::Line 9: Banned phrase" in annotation
    report = json.loads(scan(library, "json", capsys))
    notes = next(f for f in report["files"] if f["path"] == "notes.md")
    banned = next(f for f in notes["findings"] if f["rule"] == "compliance/banned-phrase")
    assert banned["location"]["line"] == 9
