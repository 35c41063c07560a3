"""The frozen values that flow through freshcheck, from extractor to report.

Every stage takes one of these and returns the next; nothing here is mutated after it is
built. Locations are made by the extractor and travel unchanged to the report, so a finding
always says where a person would look.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Literal, get_args

from freshcheck.errors import EXIT_FINDINGS, EXIT_OK

Part = Literal[
    "body",
    "title",
    "table",
    "notes",
    "comment",
    "header",
    "footer",
    "footnote",
    "textbox",
    "chart",
    "smartart",
    "master",
    "annotation",
    "form",
]
PARTS: tuple[str, ...] = get_args(Part)

Format = Literal["pptx", "docx", "pdf", "md", "txt", "html"]
FORMATS: tuple[str, ...] = get_args(Format)

Severity = Literal["error", "warning", "info"]
SEVERITIES: tuple[str, ...] = get_args(Severity)
SEVERITY_RANK: Mapping[str, int] = {"info": 1, "warning": 2, "error": 3}

Status = Literal["fresh", "due-soon", "overdue", "error"]
STATUSES: tuple[str, ...] = get_args(Status)

# Where a file's last_updated date came from (SPEC §3).
Source = Literal["review", "marker", "property", "git", "metadata", "mtime"]


@dataclass(frozen=True, slots=True)
class Location:
    """Where a person would look: one of slide/page/paragraph/line, plus the part.

    ``cell`` is ``(row, column)``, both 1-based, for table cells. ``shape`` names the shape,
    story or object ("Title 1", "footnote 3", "header (first page)").
    """

    slide: int | None = None
    page: int | None = None
    paragraph: int | None = None
    line: int | None = None
    part: Part = "body"
    shape: str | None = None
    cell: tuple[int, int] | None = None

    def describe(self) -> str:
        """Human form: ``slide 3 (notes)``, ``page 2``, ``line 14 (table)``."""
        anchor = ""
        for name in ("slide", "page", "paragraph", "line"):
            value = getattr(self, name)
            if value is not None:
                anchor = f"{name} {value}"
                break
        extras: list[str] = [] if self.part == "body" else [self.part]
        if self.cell is not None:
            extras.append(f"row {self.cell[0]}, column {self.cell[1]}")
        if not anchor:
            return self.part if self.part != "body" else "document"
        return f"{anchor} ({', '.join(extras)})" if extras else anchor

    def to_json(self) -> dict[str, object]:
        out: dict[str, object] = {}
        for name in ("slide", "page", "paragraph", "line"):
            value = getattr(self, name)
            if value is not None:
                out[name] = value
        out["part"] = self.part
        if self.shape is not None:
            out["shape"] = self.shape
        if self.cell is not None:
            out["cell"] = {"row": self.cell[0], "column": self.cell[1]}
        return out

    @classmethod
    def from_json(cls, data: Mapping[str, object]) -> Location:
        cell = data.get("cell")
        cell_pair: tuple[int, int] | None = None
        if isinstance(cell, Mapping):
            cell_pair = (int(cell["row"]), int(cell["column"]))
        part = str(data.get("part", "body"))
        if part not in PARTS:
            raise ValueError(f"unknown part {part!r}")
        return cls(
            slide=_opt_int(data.get("slide")),
            page=_opt_int(data.get("page")),
            paragraph=_opt_int(data.get("paragraph")),
            line=_opt_int(data.get("line")),
            part=part,  # type: ignore[arg-type]
            shape=None if data.get("shape") is None else str(data["shape"]),
            cell=cell_pair,
        )


@dataclass(frozen=True, slots=True)
class Position:
    """A place in a text file: 1-based ``line`` and ``column`` in characters (code points),
    and the same column counted in UTF-8 bytes, which reviewdog asks for."""

    line: int
    column: int
    byte_column: int

    def to_json(self) -> dict[str, int]:
        return {"line": self.line, "column": self.column, "byte_column": self.byte_column}

    @classmethod
    def from_json(cls, data: Mapping[str, object]) -> Position:
        return cls(_int(data["line"]), _int(data["column"]), _int(data["byte_column"]))


@dataclass(frozen=True, slots=True)
class Region:
    """Where a match is in the source of a text file (Markdown, text, HTML): ``end`` is
    exclusive, as in SARIF and reviewdog. ``verbatim`` says the source there is exactly the
    matched text (no markup or line break inside it), so a tool may offer to replace it."""

    start: Position
    end: Position
    verbatim: bool

    def to_json(self) -> dict[str, object]:
        return {"start": self.start.to_json(), "end": self.end.to_json(), "verbatim": self.verbatim}

    @classmethod
    def from_json(cls, data: Mapping[str, object]) -> Region:
        start, end = data["start"], data["end"]
        if not isinstance(start, Mapping) or not isinstance(end, Mapping):
            raise TypeError("a region's start and end are objects")
        return cls(Position.from_json(start), Position.from_json(end), bool(data["verbatim"]))


@dataclass(frozen=True, slots=True)
class TextUnit:
    """One piece of text as a reader sees it: a paragraph, bullet, cell, note, comment…

    ``through`` is set on a Word comment whose range runs over several paragraphs: the last
    of them (``location.paragraph`` is the first), so a directive in it covers them all.
    ``code`` holds the (start, end) offsets in ``text`` of inline code spans (Markdown
    backticks, HTML ``<code>``): code, not prose.
    """

    text: str
    location: Location
    hidden: bool = False
    through: int | None = None
    code: tuple[tuple[int, int], ...] = ()

    def to_json(self) -> dict[str, object]:
        out: dict[str, object] = {"text": self.text, "location": self.location.to_json()}
        if self.hidden:
            out["hidden"] = True
        if self.through is not None:
            out["through"] = self.through
        if self.code:
            out["code"] = [list(span) for span in self.code]
        return out

    @classmethod
    def from_json(cls, data: Mapping[str, object]) -> TextUnit:
        location = data["location"]
        assert isinstance(location, Mapping)
        through = data.get("through")
        code = data.get("code") or []
        assert isinstance(code, list)
        return cls(
            str(data["text"]),
            Location.from_json(location),
            bool(data.get("hidden")),
            None if through is None else int(str(through)),
            tuple((int(start), int(end)) for start, end in code),
        )


@dataclass(frozen=True, slots=True)
class Metadata:
    """Document properties: OOXML core/custom, PDF Info/XMP, Markdown front matter.

    Dates are timezone-aware when the source says so, naive otherwise. ``custom`` and
    ``front_matter`` hold JSON-safe values (dates as ISO strings).
    """

    title: str | None = None
    author: str | None = None
    last_modified_by: str | None = None
    created: dt.datetime | None = None
    modified: dt.datetime | None = None
    custom: Mapping[str, str] = field(default_factory=dict)
    front_matter: Mapping[str, object] = field(default_factory=dict)

    def to_json(self) -> dict[str, object]:
        out: dict[str, object] = {}
        for name in ("title", "author", "last_modified_by"):
            value = getattr(self, name)
            if value is not None:
                out[name] = value
        for name in ("created", "modified"):
            value = getattr(self, name)
            if value is not None:
                out[name] = value.isoformat()
        if self.custom:
            out["custom"] = dict(self.custom)
        if self.front_matter:
            out["front_matter"] = dict(self.front_matter)
        return out

    @classmethod
    def from_json(cls, data: Mapping[str, object]) -> Metadata:
        custom = data.get("custom") or {}
        front = data.get("front_matter") or {}
        assert isinstance(custom, Mapping) and isinstance(front, Mapping)
        return cls(
            title=_opt_str(data.get("title")),
            author=_opt_str(data.get("author")),
            last_modified_by=_opt_str(data.get("last_modified_by")),
            created=_opt_datetime(data.get("created")),
            modified=_opt_datetime(data.get("modified")),
            custom={str(k): str(v) for k, v in custom.items()},
            front_matter=dict(front),
        )


@dataclass(frozen=True, slots=True)
class ReadError:
    """Why a file could not be read. ``kind`` is a short machine word, ``reason`` plain text.

    Kinds: ``corrupt``, ``encrypted``, ``legacy``, ``unsupported``, ``too-large``,
    ``timeout``, ``empty``, ``no-text``, ``lock-file``, ``lfs-pointer`` (a Git LFS pointer
    checked out in place of the document), ``crashed``, ``unreadable`` (the file system
    refused to open it), ``io-error``.
    """

    kind: str
    reason: str

    def to_json(self) -> dict[str, str]:
        return {"kind": self.kind, "reason": self.reason}


@dataclass(frozen=True, slots=True)
class Document:
    """Everything freshcheck sees in one file: located text units and metadata.

    ``notes`` are non-fatal remarks ("a PDF named .pptx, read as PDF"). When ``error`` is
    set the file could not be read and ``units`` is empty.
    """

    path: str
    format: str
    units: tuple[TextUnit, ...] = ()
    metadata: Metadata = field(default_factory=Metadata)
    notes: tuple[str, ...] = ()
    error: ReadError | None = None
    # The decoded text of a line-based file (Markdown, text, HTML), so findings can say the
    # line and column of a match; None for binary documents. Not part of ``to_json``.
    source: str | None = None

    def to_json(self) -> dict[str, object]:
        out: dict[str, object] = {
            "path": self.path,
            "format": self.format,
            "metadata": self.metadata.to_json(),
            "units": [unit.to_json() for unit in self.units],
        }
        if self.notes:
            out["notes"] = list(self.notes)
        if self.error is not None:
            out["error"] = self.error.to_json()
        return out

    @classmethod
    def from_json(cls, data: Mapping[str, object]) -> Document:
        units = data.get("units") or []
        metadata = data.get("metadata") or {}
        notes = data.get("notes") or []
        error = data.get("error")
        assert isinstance(units, list) and isinstance(metadata, Mapping)
        assert isinstance(notes, list)
        read_error = None
        if isinstance(error, Mapping):
            read_error = ReadError(str(error["kind"]), str(error["reason"]))
        return cls(
            path=str(data["path"]),
            format=str(data["format"]),
            units=tuple(TextUnit.from_json(u) for u in units),
            metadata=Metadata.from_json(metadata),
            notes=tuple(str(n) for n in notes),
            error=read_error,
        )


@dataclass(frozen=True, slots=True)
class Fact:
    """One normalised fact inside a claim: ``kind`` and a canonical ``value``.

    Kinds: ``percent``, ``money``, ``multiplier``, ``duration``, ``count``, ``number``,
    ``year``, ``date``, ``period``, ``product``. Equal facts spelled differently have equal
    ``value`` ("$1.2M" and "$1,200,000" are both ``USD 1200000``). ``text`` is as written
    and ``span`` is relative to the claim's text.
    """

    kind: str
    value: str
    text: str
    span: tuple[int, int]


@dataclass(frozen=True, slots=True)
class Claim:
    """A sentence-level statement inside a unit, with its facts. ``span`` is in unit.text."""

    unit: TextUnit
    text: str
    span: tuple[int, int]
    kind: str
    facts: tuple[Fact, ...] = ()


@dataclass(frozen=True, slots=True)
class Finding:
    """One problem, at one place, with what to do about it.

    ``location`` is ``None`` for file-level findings (freshness, unreadable, a missing
    disclaimer). ``expected`` is the text to use instead: the current approved message for
    an outdated claim, the replacement for a retired term, the required disclaimer.
    ``excerpt`` is the sentence that fired, cut around the match; ``span`` is the match's
    ``(start, end)`` inside the excerpt, for reports to highlight.
    """

    rule: str
    severity: Severity
    message: str
    location: Location | None = None
    excerpt: str | None = None
    expected: str | None = None
    message_id: str | None = None
    score: float | None = None
    hidden: bool = False  # found on a hidden slide or in hidden text
    span: tuple[int, int] | None = None
    region: Region | None = None  # the match in the source of a text file

    def to_json(self) -> dict[str, object]:
        out: dict[str, object] = {
            "rule": self.rule,
            "severity": self.severity,
            "message": self.message,
        }
        if self.location is not None:
            out["location"] = self.location.to_json()
        if self.excerpt is not None:
            out["excerpt"] = self.excerpt
            if self.span is not None:
                out["span"] = list(self.span)
        for name in ("expected", "message_id"):
            value = getattr(self, name)
            if value is not None:
                out[name] = value
        if self.score is not None:
            out["score"] = round(self.score, 1)
        if self.hidden:
            out["hidden"] = True
        if self.region is not None:
            out["region"] = self.region.to_json()
        return out


@dataclass(frozen=True, slots=True)
class FileResult:
    """The verdict on one file: freshness status, dates, owner and findings."""

    path: str
    format: str
    status: Status
    last_updated: dt.date | None = None
    source: str | None = None
    due: dt.date | None = None
    cadence_days: int | None = None
    owner: str | None = None
    findings: tuple[Finding, ...] = ()
    suppressed: int = 0
    notes: tuple[str, ...] = ()
    error: ReadError | None = None
    cadence: str | None = None  # as the policy wrote it: "6 months", "90 days"


@dataclass(frozen=True, slots=True)
class ScanResult:
    """Everything one scan found. ``files`` are sorted by path.

    ``files`` is any sequence: a scan's own result reads its files back from a spool on disk
    (``freshcheck.scan.result_spool``), so that a library of any size costs the same memory. Walk
    it as often as needed, but do not copy it whole into a list.
    """

    as_of: dt.date
    roots: tuple[str, ...]
    files: Sequence[FileResult]
    policy_digest: str
    tool_version: str
    policy_sources: tuple[str, ...] = ()
    notes: tuple[str, ...] = ()  # about the scan as a whole (e.g. a shallow git clone)
    # What every file's path is relative to (SPEC §2), given like ``roots`` (from the
    # working folder, or absolute); None when not known (a result built by hand).
    library_root: str | None = None

    @property
    def findings(self) -> Iterator[Finding]:
        """Every finding, file by file (a fresh iterator on each access)."""
        return (f for file in self.files for f in file.findings)

    def exit_code(self, fail_on: str) -> int:
        """0 when no finding is at or above ``fail_on``, else 1. ``never`` always gives 0."""
        if fail_on == "never":
            return EXIT_OK
        floor = SEVERITY_RANK[fail_on]
        hit = any(SEVERITY_RANK[f.severity] >= floor for f in self.findings)
        return EXIT_FINDINGS if hit else EXIT_OK


def _opt_int(value: object) -> int | None:
    return None if value is None else int(str(value))


def _opt_str(value: object) -> str | None:
    return None if value is None else str(value)


def _opt_datetime(value: object) -> dt.datetime | None:
    if value is None:
        return None
    return dt.datetime.fromisoformat(str(value))


def _int(value: object) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError(f"expected an integer, got {value!r}")
    return value
