"""Inline suppression on real files: notes silence their slide, ignore-file the document."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from pptx import Presentation

from freshcheck.report import ReportOptions, render
from freshcheck.scan.runner import ScanOptions
from freshcheck.scan.runner import scan_paths as scan

POLICY = """version: 1
freshness:
  default_cadence: 100y
messaging:
  terms:
    - retired: ["Insights Pro"]
      use: "Acme Analytics"
compliance:
  banned:
    - phrase: "guaranteed results"
"""


def deck(path: Path, slides: list[tuple[str, str]]) -> None:
    prs = Presentation()
    for body, notes in slides:
        slide = prs.slides.add_slide(prs.slide_layouts[1])
        slide.shapes.title.text = "Slide"
        slide.placeholders[1].text = body
        if notes:
            slide.notes_slide.notes_text_frame.text = notes
    prs.save(path)


def scan_json(root: Path) -> dict[str, object]:
    result = scan([root], ScanOptions(as_of=dt.date(2026, 11, 23), cwd=root, jobs=1))
    return json.loads(render("json", result, ReportOptions()))


def test_a_note_silences_its_own_slide_only(tmp_path: Path) -> None:
    (tmp_path / "freshcheck.yaml").write_text(POLICY)
    deck(
        tmp_path / "d.pptx",
        [
            ("Insights Pro dashboards", "freshcheck: ignore messaging/retired-term"),
            ("Insights Pro again", ""),
        ],
    )
    report = scan_json(tmp_path)
    findings = report["files"][0]["findings"]  # type: ignore[index]
    assert [(f["rule"], f["location"]["slide"]) for f in findings] == [
        ("messaging/retired-term", 2)
    ]
    assert report["summary"]["suppressed"] == 1  # type: ignore[index]


def test_ignore_file_silences_the_rule_everywhere_but_not_others(tmp_path: Path) -> None:
    (tmp_path / "freshcheck.yaml").write_text(POLICY)
    deck(
        tmp_path / "d.pptx",
        [
            ("Insights Pro dashboards", "freshcheck: ignore-file messaging/retired-term"),
            ("Insights Pro with guaranteed results", ""),
        ],
    )
    findings = scan_json(tmp_path)["files"][0]["findings"]  # type: ignore[index]
    assert [f["rule"] for f in findings] == ["compliance/banned-phrase"]


def test_markdown_directive_covers_the_next_paragraph(tmp_path: Path) -> None:
    (tmp_path / "freshcheck.yaml").write_text(POLICY)
    (tmp_path / "p.md").write_text(
        "freshcheck: ignore compliance/banned-phrase\n\nGuaranteed results.\n\n"
        "Guaranteed results again.\n"
    )
    findings = scan_json(tmp_path)["files"][0]["findings"]  # type: ignore[index]
    assert [f["location"]["line"] for f in findings] == [5]


def test_markdown_html_comment_directives_stay_invisible_and_silence(tmp_path: Path) -> None:
    (tmp_path / "freshcheck.yaml").write_text(POLICY)
    (tmp_path / "p.md").write_text(
        "<!-- freshcheck: ignore compliance/banned-phrase -->\n"
        "Guaranteed results.\n\n"
        "Insights Pro has guaranteed results. <!-- freshcheck: ignore messaging/retired-term -->\n"
        "A second line of the same paragraph.\n\n"
        "Guaranteed results again.\n"
    )
    report = scan_json(tmp_path)
    findings = report["files"][0]["findings"]  # type: ignore[index]
    assert [(f["rule"], f["location"]["line"]) for f in findings] == [
        ("compliance/banned-phrase", 4),
        ("compliance/banned-phrase", 7),
    ]
    assert report["summary"]["suppressed"] == 2  # type: ignore[index]


def test_markdown_multi_line_comment_ignores_the_file_but_code_examples_do_not(
    tmp_path: Path,
) -> None:
    (tmp_path / "freshcheck.yaml").write_text(POLICY)
    (tmp_path / "silenced.md").write_text(
        "Guaranteed results.\n\n<!--\n  freshcheck: ignore-file compliance/banned-phrase\n-->\n"
    )
    (tmp_path / "example.md").write_text(
        "```markdown\n<!-- freshcheck: ignore-file compliance/banned-phrase -->\n```\n\n"
        "Guaranteed results.\n"
    )
    files = {f["path"]: f for f in scan_json(tmp_path)["files"]}  # type: ignore[attr-defined]
    assert files["silenced.md"]["findings"] == []
    assert [f["rule"] for f in files["example.md"]["findings"]] == ["compliance/banned-phrase"]


def test_html_comment_directives_cover_their_paragraph(tmp_path: Path) -> None:
    (tmp_path / "freshcheck.yaml").write_text(POLICY)
    (tmp_path / "p.html").write_text(
        "<html><body><h1>Pitch</h1>"
        "<!-- freshcheck: ignore compliance/banned-phrase --><p>Guaranteed results.</p>"
        "<p>Guaranteed results <!-- freshcheck: ignore all --> for Insights Pro.</p>"
        "<p>Guaranteed results again.</p>"
        "<pre><!-- freshcheck: ignore-file all --></pre></body></html>"
    )
    report = scan_json(tmp_path)
    findings = report["files"][0]["findings"]  # type: ignore[index]
    assert [(f["rule"], f["location"]["paragraph"]) for f in findings] == [
        ("compliance/banned-phrase", 4)
    ]
    assert report["summary"]["suppressed"] == 3  # type: ignore[index]


def test_a_word_comment_silences_the_paragraph_it_is_attached_to(tmp_path: Path) -> None:
    import docx

    (tmp_path / "freshcheck.yaml").write_text(POLICY)
    document = docx.Document()
    document.add_paragraph("Insights Pro in the first paragraph.")
    second = document.add_paragraph("Insights Pro in the second paragraph.")
    document.add_paragraph("Insights Pro in the third paragraph.")
    document.add_comment(
        second.runs, text="freshcheck: ignore messaging/retired-term", author="Legal"
    )
    document.save(tmp_path / "d.docx")
    report = scan_json(tmp_path)
    findings = report["files"][0]["findings"]  # type: ignore[index]
    assert [(f["rule"], f["location"]["paragraph"]) for f in findings] == [
        ("messaging/retired-term", 1),
        ("messaging/retired-term", 3),
    ]
    assert report["summary"]["suppressed"] == 1  # type: ignore[index]


def test_a_word_comment_over_paragraphs_silences_each_of_them(tmp_path: Path) -> None:
    import docx

    (tmp_path / "freshcheck.yaml").write_text(POLICY)
    document = docx.Document()
    paragraphs = [document.add_paragraph(f"Insights Pro, paragraph {n}.") for n in range(1, 6)]
    document.add_comment(
        [paragraphs[1].runs[0], paragraphs[3].runs[0]],
        text="freshcheck: ignore messaging/retired-term",
        author="Legal",
    )
    document.save(tmp_path / "d.docx")
    report = scan_json(tmp_path)
    findings = report["files"][0]["findings"]  # type: ignore[index]
    assert [f["location"]["paragraph"] for f in findings] == [1, 5]
    assert report["summary"]["suppressed"] == 3  # type: ignore[index]
