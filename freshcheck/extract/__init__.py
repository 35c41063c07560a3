"""Extraction: one module per format behind one contract, and an explicit registry.

An extractor is ``extract_<format>(path, display_path, limits) -> Document`` (pptx and docx
also take the zip the sniffer opened, so its directory is read once). It emits located
``TextUnit``s (never one flattened string) and raises ``UnreadableFile`` for files it
cannot read. ``extract_file`` is the single entry point: it sniffs the real type, runs the
safety checks, dispatches, and turns every failure into a ``Document`` with a ``ReadError``.
It runs inside a worker process (see ``freshcheck.scan.workers``), never on the scanning process.

One sub-package per format with several modules (``pdf/``, ``pptx/``, ``docx/``,
``markdown/``, ``html/``); the plain-text extractor, the sniffer (``sniff``, ``magic``,
``ole2``), the safety checks (``safety``) and what several formats share (``ooxml``,
``front_matter``, ``pipe_table``, ``text_decoding``, ``metadata_dates``) sit beside them.
May import only the ground floor: extraction knows nothing of policies, rules or reports.
"""

from __future__ import annotations

import dataclasses
import importlib
import zipfile
from collections.abc import Callable, Iterator, Mapping
from pathlib import Path
from typing import Generic, TypeVar

from freshcheck.errors import UnreadableFile
from freshcheck.extract.safety import DEFAULT_LIMITS, Limits, format_bytes
from freshcheck.model import Document, ReadError

# Bump when any extractor's output changes: it is part of the extraction cache key.
EXTRACTOR_VERSION = "12"  # 12: a PDF that pdfium fails on silently is read the same in every order

__all__ = [
    "DEFAULT_LIMITS",
    "EXTRACTORS",
    "EXTRACTOR_VERSION",
    "SUFFIX_FORMATS",
    "Limits",
    "claimed_format",
    "extract_file",
    "format_bytes",
]

Extractor = Callable[[Path, str, Limits], Document]

ZipExtractor = Callable[[Path | zipfile.ZipFile, str, Limits], Document]

F = TypeVar("F", Extractor, ZipExtractor)


class LazyExtractors(Mapping[str, F], Generic[F]):
    """Format → extractor, each named as ``module:function`` and imported when a file of
    that format is first read: a scan of Markdown never imports pypdf or python-pptx."""

    def __init__(self, paths: dict[str, str]) -> None:
        self._paths = paths
        self._loaded: dict[str, F] = {}

    def __getitem__(self, fmt: str) -> F:
        extractor = self._loaded.get(fmt)
        if extractor is None:
            module, _, name = self._paths[fmt].partition(":")
            extractor = getattr(importlib.import_module(module), name)
            self._loaded[fmt] = extractor
        return extractor

    def __iter__(self) -> Iterator[str]:
        return iter(self._paths)

    def __len__(self) -> int:
        return len(self._paths)


EXTRACTORS: Mapping[str, Extractor] = LazyExtractors[Extractor](
    {
        "pptx": "freshcheck.extract.pptx.extractor:extract_pptx",
        "docx": "freshcheck.extract.docx.extractor:extract_docx",
        "pdf": "freshcheck.extract.pdf.extractor:extract_pdf",
        "md": "freshcheck.extract.markdown.extractor:extract_markdown",
        "txt": "freshcheck.extract.text:extract_text",
        "html": "freshcheck.extract.html.extractor:extract_html",
    }
)

# Extractors that read a zip already opened (and checked) by the sniffer.
ZIP_EXTRACTORS: Mapping[str, ZipExtractor] = LazyExtractors[ZipExtractor](
    {
        "pptx": "freshcheck.extract.pptx.extractor:extract_pptx",
        "docx": "freshcheck.extract.docx.extractor:extract_docx",
    }
)

# File suffixes freshcheck scans, and the format each one claims to be.
SUFFIX_FORMATS: dict[str, str] = {
    ".pptx": "pptx",
    ".docx": "docx",
    ".pdf": "pdf",
    ".md": "md",
    ".markdown": "md",
    ".txt": "txt",
    ".html": "html",
    ".htm": "html",
    # Legacy binary Office formats are discovered so they can be reported, not read.
    ".ppt": "ppt",
    ".doc": "doc",
}


def claimed_format(path: Path) -> str | None:
    """The format a file's name claims, or None when freshcheck does not scan it."""
    return SUFFIX_FORMATS.get(path.suffix.lower())


def extract_file(path: Path, display_path: str, limits: Limits = DEFAULT_LIMITS) -> Document:
    """Read one file into a Document. Never raises for bad input: failures become data."""
    from freshcheck.extract.sniff import sniff_format  # zipfile and friends: workers only

    claimed = claimed_format(path) or path.suffix.lower().lstrip(".") or "unknown"
    try:
        sniffed = sniff_format(path, claimed, limits, keep_zip=True)
        if sniffed.package is not None:
            with sniffed.package:
                document = ZIP_EXTRACTORS[sniffed.format](sniffed.package, display_path, limits)
        else:
            extractor = EXTRACTORS.get(sniffed.format)
            if extractor is None:
                raise UnreadableFile("unsupported", f"unsupported format: {sniffed.format}")
            document = extractor(path, display_path, limits)
    except UnreadableFile as exc:
        return Document(display_path, claimed, error=ReadError(exc.kind, exc.reason))
    except PermissionError as exc:
        reason = f"could not be opened: {exc.strerror or exc}"
        return Document(display_path, claimed, error=ReadError("unreadable", reason))
    except MemoryError:
        return Document(display_path, claimed, error=ReadError("too-large", "out of memory"))
    except RecursionError:
        return Document(display_path, claimed, error=ReadError("corrupt", "nesting too deep"))
    except ImportError:
        raise  # an extractor's library is missing: our installation's fault, not the file's
    except Exception as exc:  # a library choked on a malformed file: that is data too
        reason = f"could not be parsed ({type(exc).__name__}: {_first_line(exc)})"
        return Document(display_path, claimed, error=ReadError("corrupt", reason))
    notes = document.notes
    if sniffed.note:
        notes = (sniffed.note, *notes)
    if not document.units and document.error is None:
        notes = (*notes, "no text found")
    if notes != document.notes:
        document = dataclasses.replace(document, notes=notes)
    return document


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()
    return text[0][:200] if text else "no detail"
