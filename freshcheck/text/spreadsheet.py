"""CSV cells a spreadsheet will not run (CSV injection, OWASP).

A cell that begins with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return is read as a
formula by Excel and LibreOffice; a leading single quote makes it plain text again.
"""

from __future__ import annotations

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def neutralise(cell: str) -> str:
    """``cell`` as text that a spreadsheet shows and never runs."""
    return "'" + cell if cell.startswith(FORMULA_STARTS) else cell
