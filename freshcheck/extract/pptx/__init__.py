"""PowerPoint decks: the package and its slides in order (``package``), shapes, groups,
tables and placeholders (``shapes``), SmartArt, charts and pictures' text (``graphics``,
``metafile``) and comments (``comments``). Part of ``extract``.
"""

from freshcheck.extract.pptx.extractor import extract_pptx

__all__ = ["extract_pptx"]
