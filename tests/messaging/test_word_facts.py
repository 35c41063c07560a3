"""Issue 19, point 2: facts in words are the same facts as their digits (one normaliser).

A table per form (word_facts.WORD_FORMS and the unit and currency forms of facts.py):
each spelling with the canonical fact it must read as, and look-alikes that must not read
as that fact. Then real files of every line format (pptx notes, docx paragraphs and
comments, PDF lines, Markdown, HTML, text), with the message on one side in digits and the
claim in words, and the other way round (both sides go through the normaliser).
"""

from __future__ import annotations

import pytest

from freshcheck.messaging.facts import extract_facts
from freshcheck.messaging.word_facts import WORD_FORMS
from tests.messaging.formats import LINE_FORMATS, Hit, scan_cases

# form -> [(text, (kind, value))]: what each spelling reads as.
POSITIVES: dict[str, list[tuple[str, tuple[str, str]]]] = {
    "fraction": [
        ("cuts ramp time by a quarter", ("percent", "25")),
        ("in half the time", ("percent", "50")),
        ("cut in half.", ("percent", "50")),
        ("a third of reps", ("percent", "33")),
        ("two thirds of deals", ("percent", "67")),
        ("three quarters of buyers", ("percent", "75")),
        ("a fifth less fuel", ("percent", "20")),
    ],
    "out-of": [
        ("nine out of ten customers", ("percent", "90")),
        ("4 in 5 reps", ("percent", "80")),
        ("19 out of 20 orders", ("percent", "95")),
    ],
    "rating": [
        ("rated 4.8 out of 5", ("rating", "4.8/5")),
        ("4.8/5 on G2", ("rating", "4.8/5")),
        ("4.8 out of 5 stars", ("rating", "4.8/5")),
        ("4.8 stars on G2", ("rating", "4.8/5")),
        ("rated 4 out of 5", ("rating", "4/5")),
    ],
    "dozen": [("two dozen connectors", ("number", "24")), ("a dozen teams", ("number", "12"))],
    "nines": [
        ("three nines of uptime", ("percent", "99.9")),
        ("five nines", ("percent", "99.999")),
    ],
    "one-unit": [
        ("in under a year", ("duration", "<31104000s")),
        ("within an hour", ("duration", "<3600s")),
        ("in less than a month", ("duration", "<2592000s")),
        ("up and running in a week", ("duration", "604800s")),
        ("spots disease a week sooner", ("duration", "604800s")),
        ("forecasts spray windows a day ahead", ("duration", "86400s")),
        ("alerts an hour before the frost", ("duration", "3600s")),
    ],
    "and-a-half": [
        ("in an hour and a half", ("duration", "5400s")),
        ("within an hour and a half", ("duration", "<5400s")),
        ("in a minute and a half", ("duration", "90s")),
        ("two and a half hours", ("duration", "9000s")),
        ("a year and a half", ("duration", "46656000s")),
    ],
    "halving": [
        ("halves the consent time", ("percent", "50")),
        ("Acme halved onboarding time", ("percent", "50")),
    ],
    # Units and currencies in other forms (facts.py): the same value as their digits.
    "units": [
        ("12 months", ("duration", "31104000s")),
        ("1 year", ("duration", "31104000s")),
        ("eight months", ("duration", "20736000s")),
        ("90 days", ("duration", "7776000s")),
        ("three months", ("duration", "7776000s")),
        ("$0.85M", ("money", "USD 850000")),
        ("850,000 dollars", ("money", "USD 850000")),
        ("USD 850K", ("money", "USD 850000")),
        ("twice as fast", ("multiplier", "2")),
        ("forty-five percent", ("percent", "45")),
    ],
}
# form -> texts where the form's words are not that fact.
LOOKALIKES: dict[str, list[tuple[str, tuple[str, str]]]] = {
    "fraction": [
        ("in the first half of 2024", ("percent", "50")),
        ("every quarter", ("percent", "25")),
        ("results in a quarter.", ("percent", "25")),
        ("a quarter of an hour", ("percent", "25")),
        ("the second half", ("percent", "50")),
    ],
    "out-of": [("one in a million", ("percent", "100")), ("4.8 out of 5", ("percent", "96"))],
    "rating": [("a 5 star hotel", ("rating", "5/5")), ("24/7 support", ("rating", "24/7"))],
    "dozen": [("dozens of teams", ("number", "12"))],
    "nines": [("nine nines", ("percent", "99.9"))],
    "one-unit": [
        ("once a year", ("duration", "31104000s")),
        ("a year ago", ("duration", "31104000s")),
        ("twice a week", ("duration", "604800s")),
        ("in a weekly call", ("duration", "604800s")),
        ("checks once a day ahead of spraying", ("duration", "86400s")),
        ("a week of training before launch", ("duration", "604800s")),
    ],
    "and-a-half": [
        ("in an hour and a half", ("duration", "3600s")),
        ("an hour and a halfpenny", ("duration", "5400s")),
        ("a half-hour call", ("duration", "5400s")),
    ],
    "halving": [
        ("the two halves of the year", ("percent", "50")),
        ("splits the file into halves", ("percent", "50")),
        ("the halves of a deal", ("percent", "50")),
    ],
    "units": [("the 12 apostles", ("duration", "31104000s"))],
}


def _facts(text: str) -> list[tuple[str, str]]:
    return [(f.kind, f.value) for f in extract_facts(text)]


def test_every_form_of_the_table_is_tested() -> None:
    assert {form.name for form in WORD_FORMS} <= set(POSITIVES) & set(LOOKALIKES)


@pytest.mark.parametrize(("text", "fact"), [case for cases in POSITIVES.values() for case in cases])
def test_spelling_reads_as_its_fact(text: str, fact: tuple[str, str]) -> None:
    assert fact in _facts(text)


@pytest.mark.parametrize(
    ("text", "fact"), [case for cases in LOOKALIKES.values() for case in cases]
)
def test_lookalike_is_not_that_fact(text: str, fact: tuple[str, str]) -> None:
    assert fact not in _facts(text)


POLICY = """version: 1
messaging:
  messages:
    - id: ramp-time
      current: "Acme cuts ramp time for new sellers by 30%."
      superseded: ["Acme cuts ramp time for new sellers by 25%."]
    - id: uptime
      current: "Acme guarantees 99.99% uptime."
      superseded: ["Acme guarantees three nines of uptime."]
    - id: win-rate
      current: "Nine out of ten buyers choose Acme after a trial."
      superseded: ["Four out of five buyers choose Acme after a trial."]
    - id: deploy
      current: "Most teams deploy Acme in under 6 months."
      superseded: ["Most teams deploy Acme in under a year."]
    - id: savings
      current: "The average customer saves $1.2M with Acme."
      superseded: ["The average customer saves $850,000 with Acme."]
    - id: alerts
      current: "Acme Scout spots crop disease 10 days sooner."
      superseded: ["Acme Scout spots crop disease 7 days sooner."]
    - id: training
      current: "New reps learn Acme Coach in 90 minutes."
      superseded: ["New reps learn Acme Coach in 2 hours."]
"""

# (claim, the message it must be flagged against or None)
FILE_CASES: list[tuple[str, str | None]] = [
    ("Acme cuts ramp time for new sellers by a quarter.", "ramp-time"),
    ("Acme cuts ramp time for new sellers by thirty percent.", None),
    ("Acme guarantees 99.9% uptime.", "uptime"),
    ("Acme guarantees four nines of uptime.", None),  # 99.99%: current
    ("80% of buyers choose Acme after a trial.", "win-rate"),
    ("90 percent of buyers choose Acme after a trial.", None),
    ("Most teams deploy Acme in under 12 months.", "deploy"),
    ("Most teams deploy Acme in under six months.", None),
    ("The average customer saves $0.85M with Acme.", "savings"),
    ("The average customer saves 1.2 million dollars with Acme.", None),
    ("Acme Scout spots crop disease a week sooner.", "alerts"),
    ("Acme Scout spots crop disease ten days sooner.", None),
    ("New reps learn Acme Coach in an hour and a half.", None),  # 90 minutes: current
    ("New reps learn Acme Coach in two hours.", "training"),
]


@pytest.fixture(scope="module")
def scanned(tmp_path_factory: pytest.TempPathFactory) -> dict[str, list[Hit]]:
    root = tmp_path_factory.mktemp("word-facts")
    return scan_cases(root, POLICY, [text for text, _ in FILE_CASES])


@pytest.mark.parametrize(
    ("index", "fmt"),
    [(i, fmt) for i in range(len(FILE_CASES)) for fmt in LINE_FORMATS],
    ids=[f"{text}-{fmt}" for text, _ in FILE_CASES for fmt in LINE_FORMATS],
)
def test_facts_in_words_in_every_format(
    scanned: dict[str, list[Hit]], index: int, fmt: str
) -> None:
    text, expected = FILE_CASES[index]
    hits = [hit.message_id for hit in scanned[f"case{index:02d}-{fmt}"]]
    assert hits == ([expected] if expected else []), text
