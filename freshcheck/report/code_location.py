"""Where a finding is, in the terms code-review tools understand: a line of a file.

GitHub annotations, SARIF and reviewdog point at lines. Markdown, text and HTML findings
carry their real line and, where the match was found in the file's source (``Finding.region``),
its columns; binary documents (pptx, docx, pdf) point at line 1 and say the slide, page or
paragraph in the message and in properties (``location_properties``), so that nothing a
person needs is lost.
"""

from __future__ import annotations

from freshcheck.model import FileResult, Finding, Location, Region
from freshcheck.report.summary import advice, where

# Formats whose locations are real text lines; others point at line 1 of the file.
LINE_FORMATS = ("md", "txt", "html")


def start_line(file: FileResult, finding: Finding) -> int:
    """The 1-based line a tool should mark: the real line for text formats, else 1."""
    region = text_region(file, finding)
    if region is not None:
        return region.start.line
    location = finding.location
    if location is not None and location.line is not None and file.format in LINE_FORMATS:
        return location.line
    return 1


def text_region(file: FileResult, finding: Finding) -> Region | None:
    """The match's lines and columns in a text file, when the scan found it there."""
    return finding.region if file.format in LINE_FORMATS else None


def located_message(finding: Finding) -> str:
    """``Slide 3 (notes): Outdated claim … — “excerpt”. Current approved text: …``"""
    place = where(finding)
    text = f"{place[:1].upper()}{place[1:]}: {finding.message}"
    if finding.excerpt:
        text += f" — “{finding.excerpt}”"
    todo = advice(finding)
    if todo:
        text += f". {todo}"
    return text


def location_properties(location: Location | None) -> dict[str, object]:
    """The document location as plain properties (slide, page, paragraph, line, part …)."""
    return {} if location is None else location.to_json()
