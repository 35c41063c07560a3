"""freshcheck: keeps sales and marketing training material honest."""

from __future__ import annotations

__version__ = "0.1.0"
