"""Word documents: the body, headers, footers, notes and comments as stories
(``stories``), read by a streaming XML walk (``scan``) with styles (``styles``) and text in
drawings and text boxes (``graphics``). Part of ``extract``.
"""

from freshcheck.extract.docx.extractor import extract_docx

__all__ = ["extract_docx"]
