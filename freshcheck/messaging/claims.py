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

``document_claims(units, products)`` does that for a document's units in order, and reads
a label with its value across units: a table row whose cells are separate units (PowerPoint
and Word tables: "Ramp time reduction" | "25%") and a question with its answer on the next
line ("Q: How fast is onboarding?" / "A: 30% faster"); the claim is located at the value's
cell or the answer's line. ``label_and_value(text)`` splits such a claim for the matcher.

``classify(text, facts)`` names the kind: certification, price, superlative, comparison,
statistic, product or other — the first that applies, in that order.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator

from freshcheck.messaging.fact_words import MULTIPLIER_WORDS
from freshcheck.messaging.facts import CERTIFICATION, extract_facts, sentence_tokens
from freshcheck.messaging.lazy_pattern import LazyPattern
from freshcheck.messaging.numbers import NUMBER_WORD_VALUES
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

_PRICE_WORDS = LazyPattern(
    r"\b(?:price[sd]?|pricing|per\s+(?:user|seat|month|year|license|agent|host)|/\s?(?:user|seat|"
    r"mo|month|yr|year)|costs?|starts?\s+at|subscription|licen[cs]e|plans?|tier|list\s+price|"
    r"discount)\b",
    re.IGNORECASE,
)
_CERT_WORDS = LazyPattern(r"\b(?:certified|certification|accredited|compliant|attested)\b", re.I)
_SUPERLATIVE = LazyPattern(
    r"\b(?:best|fastest|largest|biggest|highest|lowest|easiest|smartest|strongest|simplest|"
    r"greatest|most|least|leading|leader|leaders|top|top-rated|only|first|award-winning|"
    r"number\s+one|unmatched|unrivall?ed|industry-leading|best-in-class)\b|#1\b|\bNo\.\s?1\b",
    re.IGNORECASE,
)
_COMPARISON = LazyPattern(
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
# A question and its answer: "Q: How fast is onboarding? A: 30% faster".
_QUESTION = re.compile(r"\s*(?:Q|Question)\s*[:.)]\s*", re.IGNORECASE)
_ANSWER = re.compile(r"\s*(?:A|Answer)\s*[:.)]\s*", re.IGNORECASE)
_QUESTION_AND_ANSWER = LazyPattern(
    r"\s*(?:Q|Question)\s*[:.)]\s*(?P<label>.+?\?)\s+(?:A|Answer)\s*[:.)]\s*(?P<value>.+)",
    re.IGNORECASE | re.DOTALL,
)
# "Payback: 9 months": a short label (no sentence inside), a colon, a value.
_LABEL_LINE = LazyPattern(r"\s*(?P<label>[^:.!?\n]{3,60}?)\s*:\s+(?P<value>\S.*)", re.DOTALL)
_DIGIT = re.compile(r"\d")
# Words that write a figure without digits ("a quarter", "twice", "forty percent").
_VALUE_WORDS = (
    NUMBER_WORD_VALUES
    | MULTIPLIER_WORDS
    | word_set("half quarter quarters third thirds fifth fifths tenth tenths dozen nines")
)
_MOST_LABEL_WORDS = 9
_MOST_VALUE_WORDS = 12  # a longer cell is prose, not a value
_STAT_KINDS = frozenset(
    {
        "percent",
        "multiplier",
        "duration",
        "count",
        "number",
        "money",
        "date",
        "period",
        "year",
        "rating",
    }
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


def document_claims(
    units: Iterable[TextUnit],
    products: ProductNames | None = None,
    keep: Callable[[str], bool] | None = None,
) -> Iterator[Claim]:
    """The claims of a document's units in order, labels read with their values.

    A table cell that is a value ("25%", "cut by 30%") is read with the first cell of its
    row when that one is a label, and an answer ("A: 30% faster") with the question just
    before it; the claim is the pair, located at the value or the answer. Other units are
    read as ``segment_claims`` reads them.
    """
    names = products if products is not None else ProductNames()
    row_label: TextUnit | None = None
    question: TextUnit | None = None
    for unit in units:
        location = unit.location
        label = question if _ANSWER.match(unit.text) else row_label
        if label is not None and _pairs_with(label, unit):
            joined = TextUnit(f"{label.text.strip()} | {unit.text.strip()}", location)
            yield from segment_claims(joined, names, keep)
        else:
            yield from segment_claims(unit, names, keep)
        if location.part == "table" and location.cell is not None and location.cell[1] == 1:
            row_label = unit if _is_label(unit.text) else None
        elif location.part != "table" or location.cell is None:
            row_label = None
        question = unit if _QUESTION.match(unit.text) and unit.text.rstrip().endswith("?") else None


def _pairs_with(label: TextUnit, value: TextUnit) -> bool:
    """Whether ``value`` is the value of ``label``: the next cell of its row, or its answer."""
    if _ANSWER.match(value.text):
        return label.location.part == value.location.part
    here, there = label.location, value.location
    return (
        here.cell is not None
        and there.cell is not None
        and here.shape == there.shape
        and here.cell[0] == there.cell[0]
        and here.slide == there.slide
        and _is_value(value.text)
    )


def _is_label(text: str) -> bool:
    stripped = text.strip()
    return (
        bool(stripped) and len(stripped.split()) <= _MOST_LABEL_WORDS and (stripped[-1] not in ".!")
    )


def _is_value(text: str) -> bool:
    """A short cell that may hold a fact: a digit, or a word that writes a number."""
    stripped = text.strip()
    if not stripped or len(stripped.split()) > _MOST_VALUE_WORDS:
        return False
    if not _DIGIT.search(stripped) and _VALUE_WORDS.isdisjoint(sentence_tokens(stripped)):
        return False  # "Value", "Owner": a header or a note, not a figure
    return not (stripped[0].isupper() and stripped[-1] in ".!?" and len(stripped.split()) > 3)


def label_and_value(text: str) -> tuple[str, str] | None:
    """A claim written as a label and its value: ("Ramp time reduction", "25%"); else None.

    Reads a table row ("label | value"), a "Label: value" line and a question with its
    answer ("Q: How fast is onboarding? A: 30% faster").
    """
    qa = _QUESTION_AND_ANSWER.fullmatch(text)
    if qa:
        return qa.group("label"), qa.group("value")
    separator = _CELL_SEPARATOR.search(text)
    if separator:
        label, value = text[: separator.start()].strip(" |"), text[separator.end() :].strip(" |")
        question = _QUESTION.match(label)
        if question:
            label = label[question.end() :]
        answer = _ANSWER.match(value)
        if answer:
            value = value[answer.end() :]
        if label and value and len(label.split()) <= _MOST_LABEL_WORDS + 6:
            return label, value
        return None
    line = _LABEL_LINE.fullmatch(text)
    if (
        line
        and len(line.group("label").split()) <= _MOST_LABEL_WORDS
        and len(line.group("value").split()) <= _MOST_VALUE_WORDS
    ):
        return line.group("label"), line.group("value")
    return None


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
            if not span:
                continue
            if spans and _ANSWER.match(text, span[0]) and _QUESTION.match(text, spans[-1][0]):
                spans[-1] = (spans[-1][0], span[1])  # "Q: …? A: …" is one claim
            else:
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
