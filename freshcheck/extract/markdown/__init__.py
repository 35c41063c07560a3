"""Markdown: front matter, then blocks (``blocks``: headings, lists, tables, quotes, code)
with their inline markup removed (``inline``), each located at its line. Part of ``extract``.
"""

from freshcheck.extract.markdown.extractor import extract_markdown, markdown_document

__all__ = ["extract_markdown", "markdown_document"]
