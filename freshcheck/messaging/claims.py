"""Claims: the sentence-level statements inside a text unit, each with its facts and kind.

``segment_claims(unit, products)`` splits a unit into claims:

- blank lines and line breaks before a bullet or after sentence punctuation separate
  pieces; other line breaks are wrapped lines (a PDF paragraph, a soft break in a
  bullet) and are read as spaces;
- a table row written with ``|`` or tab separators is split into its cells, and a cell is
  its own claim when it reads as one: the cell before it ends a sentence ("How many
  customers? | More than 3,500 companies trust Acme.") or it is a sentence itself
  (capitalised, ending in ``.``, ``!`` or ``?``). Other cells continue the cell before them,
  so a label and its value read together ("Onboarding time | cut by 30%"); a table cell
  unit is one claim;
- inside a piece, sentences end at ``.``, ``!`` or ``?`` followed by a space and a capital,
  digit, quote or bullet. Decimals ("99.9%"), amounts ("$1.2M"), "24/7" and
  abbreviations ("e.g.", "Inc.", "vs.") never end a sentence.

``classify(text, facts)`` names the kind: certification, price, superlative, comparison,
statistic, product or other — the first that applies, in that order.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from freshcheck.messaging.facts import CERTIFICATION, extract_facts, sentence_tokens
from freshcheck.messaging.products import ProductNames
from freshcheck.messaging.wording import word_set
from freshcheck.model import Claim, Fact, TextUnit

KINDS = ("statistic", "price", "comparison", "superlative", "certification", "product", "other")

_ABBREVIATIONS = word_set(
    "e.g i.e etc vs inc ltd co corp llc plc approx est dept mr mrs ms dr st no fig jan feb mar "
    "apr jun jul aug sep sept oct nov dec u.s u.k a.m p.m ph.d"
)
_SENTENCE_END = re.compile(r"[.!?…]+[\"'”’)\]]*(?=\s+[\"'“‘(\[•\-–*]?[A-Z0-9$€£#])")
_BULLET_START = re.compile(r"\s*(?:[•◦▪‣∙·*\-–—]|\d{1,2}[.)])\s+")
_LINE_END_PUNCT = re.compile(r"[.!?:;…]\s*$")
_BLANK_LINE = re.compile(r"\n\s*\n")
_CELL_SEPARATOR = re.compile(r"\s*(?:\||\t)\s*")
_WORD_BEFORE = re.compile(r"([\w.]+)$")
# How far back the word before a full stop is looked for: re tries ``[\w.]+$`` at every
# position of what it is given. A longer word is cut to this length, which is still no
# abbreviation and no initial.
_WORD_WINDOW = 40

_PRICE_WORDS = re.compile(
    r"\b(?:price[sd]?|pricing|per\s+(?:user|seat|month|year|license|agent|host)|/\s?(?:user|seat|"
    r"mo|month|yr|year)|costs?|starts?\s+at|subscription|licen[cs]e|plans?|tier|list\s+price|"
    r"discount)\b",
    re.IGNORECASE,
)
_CERT_WORDS = re.compile(r"\b(?:certified|certification|accredited|compliant|attested)\b", re.I)
_SUPERLATIVE = re.compile(
    r"\b(?:best|fastest|largest|biggest|highest|lowest|easiest|smartest|strongest|simplest|"
    r"greatest|most|least|leading|leader|leaders|top|top-rated|only|first|award-winning|"
    r"number\s+one|unmatched|unrivall?ed|industry-leading|best-in-class)\b|#1\b|\bNo\.\s?1\b",
    re.IGNORECASE,
)
_COMPARISON = re.compile(
    r"\b(?:faster|slower|better|cheaper|quicker|easier|lower|higher|fewer|less|more|greater|"
    r"smaller|bigger|shorter|longer)\b(?!\s+than\s+[\d$€£])|\bthan\b(?!\s+[\d$€£])|"
    r"\b(?:compared\s+(?:to|with)|versus|vs\.?|outperforms?|beats?)\b",
    re.IGNORECASE,
)
# The words (tokens of sentence_tokens) without which each pattern above cannot match:
# checking them first skips most pattern scans.
_CERT_CUES = word_set(
    "soc iso pci hipaa fedramp gdpr type hitrust tisax cyber csa certified certification "
    "accredited compliant attested"
)
_SUPERLATIVE_CUES = word_set(
    "best fastest largest biggest highest lowest easiest smartest strongest simplest greatest "
    "most least leading leader leaders top only first award number unmatched unrivaled "
    "unrivalled industry no #"
)
_COMPARISON_CUES = word_set(
    "faster slower better cheaper quicker easier lower higher fewer less more greater smaller "
    "bigger shorter longer than compared versus vs outperform outperforms beat beats"
)
_STAT_KINDS = frozenset(
    {"percent", "multiplier", "duration", "count", "number", "money", "date", "period", "year"}
)


def segment_claims(
    unit: TextUnit,
    products: ProductNames | None = None,
    keep: Callable[[str], bool] | None = None,
) -> tuple[Claim, ...]:
    """Split one unit into claims; spans are relative to ``unit.text``.

    ``keep`` (e.g. ``MessageIndex.may_state``) drops pieces before their facts are found,
    for callers that only match claims against messages. It must read words only, not the
    space around them: a unit that is one piece is not asked twice.
    """
    if keep is not None and not keep(unit.text):
        return ()  # a piece's words are the unit's words: none of them can be kept
    names = products if products is not None else ProductNames()
    claims: list[Claim] = []
    whole = unit.text.strip() if keep is not None else ""
    for start, end in _pieces(unit):
        text = unit.text[start:end]
        if keep is not None and text != whole and not keep(text):
            continue
        tokens = sentence_tokens(text)
        facts = extract_facts(text, names, tokens)
        claims.append(Claim(unit, text, (start, end), classify(text, facts, tokens), facts))
    return tuple(claims)


def classify(text: str, facts: tuple[Fact, ...], tokens: frozenset[str] | None = None) -> str:
    """The claim's kind, the first that applies: certification, price, superlative, …

    ``tokens`` is ``facts.sentence_tokens(text)`` when the caller already has it.
    """
    if tokens is None:
        tokens = sentence_tokens(text)
    kinds = {fact.kind for fact in facts}
    if not _CERT_CUES.isdisjoint(tokens) and (
        CERTIFICATION.search(text) or _CERT_WORDS.search(text)
    ):
        return "certification"
    if "money" in kinds and _PRICE_WORDS.search(text):
        return "price"
    if not _SUPERLATIVE_CUES.isdisjoint(tokens) and _SUPERLATIVE.search(text):
        return "superlative"
    if "multiplier" in kinds or (
        not _COMPARISON_CUES.isdisjoint(tokens) and _COMPARISON.search(text)
    ):
        return "comparison"
    if kinds & _STAT_KINDS:
        return "statistic"
    if "product" in kinds:
        return "product"
    return "other"


def _pieces(unit: TextUnit) -> list[tuple[int, int]]:
    text = unit.text
    if unit.location.part == "table" and _CELL_SEPARATOR.search(text.strip()):
        return _row_claims(text)
    spans: list[tuple[int, int]] = []
    for block_start, block_end in _blocks(text):
        for start, end in _sentences(text, block_start, block_end):
            span = _trim(text, start, end)
            if span:
                spans.append(span)
    return spans


def _row_claims(text: str) -> list[tuple[int, int]]:
    """A table row's claims: runs of cells, a new run at each cell that reads on its own."""
    cells: list[tuple[int, int]] = []
    cursor = 0
    for separator in _CELL_SEPARATOR.finditer(text):
        cells.append((cursor, separator.start()))
        cursor = separator.end()
    cells.append((cursor, len(text)))
    spans: list[tuple[int, int]] = []
    for cell in cells:
        trimmed = _trim(text, *cell)
        if trimmed is None:
            continue
        if spans and not _stands_alone(text, spans[-1], trimmed):
            spans[-1] = (spans[-1][0], trimmed[1])
        else:
            spans.append(trimmed)
    return spans


def _stands_alone(text: str, before: tuple[int, int], cell: tuple[int, int]) -> bool:
    if _LINE_END_PUNCT.search(text, before[0], before[1]) and text[before[1] - 1] != ":":
        return True  # "How many customers? | …": the cell before ends a sentence
    first, last = text[cell[0]], text[cell[1] - 1]
    return first.isupper() and last in ".!?"


def _blocks(text: str) -> list[tuple[int, int]]:
    """Ranges separated by blank lines, bullets on a new line, or a line ending a sentence."""
    cuts = [0]
    position = 0
    lines = text.split("\n")
    for index, line in enumerate(lines[:-1]):
        position += len(line) + 1
        following = lines[index + 1]
        if (
            not line.strip()
            or not following.strip()
            or _BULLET_START.match(following)
            or _LINE_END_PUNCT.search(line)
        ):
            cuts.append(position)
    cuts.append(len(text) + 1)
    return [(cuts[i], cuts[i + 1] - 1) for i in range(len(cuts) - 1)]


def _sentences(text: str, start: int, end: int) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    cursor = start
    for match in _SENTENCE_END.finditer(text, start, end):
        word = _WORD_BEFORE.search(text, max(cursor, match.start() - _WORD_WINDOW), match.start())
        if word and word.group(1).lower().rstrip(".") in _ABBREVIATIONS:
            continue
        if word and len(word.group(1)) == 1 and word.group(1).isupper():
            continue  # an initial: "J. Smith"
        spans.append((cursor, match.end()))
        cursor = match.end()
    spans.append((cursor, end))
    return spans


def _trim(text: str, start: int, end: int) -> tuple[int, int] | None:
    bullet = _BULLET_START.match(text, start, end)
    if bullet:
        start = bullet.end()
    while start < end and text[start] in " \t\r\n|":
        start += 1
    while end > start and text[end - 1] in " \t\r\n|":
        end -= 1
    return (start, end) if end > start else None
