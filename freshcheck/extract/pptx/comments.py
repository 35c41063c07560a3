"""Slide comments, legacy and modern, with their authors.

Legacy comments (PowerPoint 2007–2019): ``ppt/comments/commentN.xml`` holds ``p:cm``
elements whose plain ``p:text`` is the comment; ``authorId`` is an index into
``ppt/commentAuthors.xml``. Modern threaded comments (Microsoft 365):
``ppt/comments/modernComment_*.xml`` holds ``p188:cm`` with a rich ``p188:txBody`` and a
``p188:replyLst`` of replies; ``authorId`` is a GUID from ``ppt/authors.xml``. Both kinds hang
off the slide by a relationship whose type ends in ``/comments``.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass

from lxml import etree

from freshcheck.extract.ooxml import NS
from freshcheck.extract.pptx.shapes import text_body_paragraphs

P188 = "http://schemas.microsoft.com/office/powerpoint/2018/8/main"
_P = f"{{{NS['p']}}}"
_M = f"{{{P188}}}"


@dataclass(frozen=True, slots=True)
class CommentText:
    """One comment or reply; ``author`` is the display name when the authors part has it."""

    text: str
    author: str | None


def comment_authors(root: etree._Element | None) -> dict[str, str]:
    """Author id → name from ``commentAuthors.xml`` (legacy) or ``authors.xml`` (modern)."""
    if root is None:
        return {}
    out: dict[str, str] = {}
    for tag in (_P + "cmAuthor", _M + "author"):
        for author in root.iter(tag):
            author_id, name = author.get("id"), author.get("name")
            if author_id is not None and name:
                out[author_id] = name
    return out


def comments(root: etree._Element, authors: Mapping[str, str]) -> Iterator[CommentText]:
    """Every comment and reply in one comments part, in stored order."""
    if root.tag == _P + "cmLst":
        for comment in root.iterchildren(_P + "cm"):
            node = comment.find(_P + "text")
            text = "" if node is None else (node.text or "")
            if text.strip():
                yield CommentText(_clean(text), authors.get(comment.get("authorId", "")))
    elif root.tag == _M + "cmLst":
        for comment in root.iterchildren(_M + "cm"):
            yield from _modern(comment, authors)
            replies = comment.find(_M + "replyLst")
            if replies is not None:
                for reply in replies.iterchildren(_M + "reply"):
                    yield from _modern(reply, authors)


def _modern(element: etree._Element, authors: Mapping[str, str]) -> Iterator[CommentText]:
    body = element.find(_M + "txBody")
    if body is None:
        return
    text = "\n".join(text_body_paragraphs(body))
    if text.strip():
        yield CommentText(text, authors.get(element.get("authorId", "")))


def _clean(text: str) -> str:
    # Legacy comment text keeps the typed line breaks as CR or CRLF.
    return text.replace("\r\n", "\n").replace("\r", "\n").strip()
