"""PDF: text by pdfium in reading order (``pdfium_text``, ``layout``), pypdf for what pdfium
does not give (``pypdf_text``: annotations, form fields), a junk-text score per page
(``text_quality``), and the Info/XMP metadata (``meta``, ``dates``). Part of ``extract``.
"""

from freshcheck.extract.pdf.extractor import extract_pdf

__all__ = ["extract_pdf"]
