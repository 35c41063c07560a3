"""The open deck as the pptx extractor sees it: parts, cached relationships, damage notes.

Slides are required: a slide that is not XML makes the file corrupt. Everything hanging off
a slide (charts, SmartArt, pictures, notes, comments) is auxiliary: when such a part is
damaged it is skipped with a note on the Document, so one broken chart does not hide the
rest of the deck.
"""

from __future__ import annotations

from lxml import etree

from freshcheck.errors import UnreadableFile
from freshcheck.extract.ooxml import OoxmlPackage, Relationship


class DeckParts:
    """Parsed parts and relationships of one open package, each read at most once."""

    def __init__(self, package: OoxmlPackage) -> None:
        self._package = package
        self._rels: dict[str, dict[str, Relationship]] = {}
        self._xml: dict[str, etree._Element | None] = {}
        self.notes: list[str] = []

    def rels(self, part: str) -> dict[str, Relationship]:
        """Relationships of ``part`` by id (cached)."""
        if part not in self._rels:
            try:
                self._rels[part] = self._package.rels(part)
            except UnreadableFile as exc:
                self.notes.append(f"{exc.reason}; its links were skipped")
                self._rels[part] = {}
        return self._rels[part]

    def xml(self, part: str) -> etree._Element | None:
        """A required part's root (cached); damage raises ``UnreadableFile``."""
        if part not in self._xml:
            self._xml[part] = self._package.xml(part)
        return self._xml[part]

    def aux_xml(self, part: str) -> etree._Element | None:
        """An auxiliary part's root, or None (with a note) when it is damaged."""
        try:
            return self.xml(part)
        except UnreadableFile as exc:
            self.notes.append(f"{exc.reason}; skipped")
            self._xml[part] = None
            return None

    def data(self, part: str) -> bytes | None:
        """Raw bytes of an auxiliary part (a picture), or None when missing or damaged."""
        try:
            return self._package.data(part)
        except UnreadableFile as exc:
            self.notes.append(f"{exc.reason}; skipped")
            return None

    def target(self, owner: str, rel_id: str) -> str | None:
        """The internal part that ``owner``'s relationship ``rel_id`` points to."""
        rel = self.rels(owner).get(rel_id)
        return None if rel is None or rel.external else rel.target

    def related(self, owner: str, rel_type: str) -> str | None:
        """The first internal part related to ``owner`` by a type ending in ``rel_type``."""
        for rel in self.rels(owner).values():
            if rel.is_type(rel_type) and not rel.external:
                return rel.target
        return None
