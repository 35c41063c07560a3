"""HTML: visible text by block, located at its source line, and the page's dates and
properties from its meta tags (``meta``). Part of ``extract``.
"""

from freshcheck.extract.html.extractor import extract_html, html_document

__all__ = ["extract_html", "html_document"]
