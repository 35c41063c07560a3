"""Issue 19, point 3: rewordings that keep the subject match, in every line format.

Subject words in another grammatical shape ("ramp 25% faster" / "cuts ramp time by 25%"),
the policy's ``synonyms`` (seller = rep) and verbs of one direction (cuts, reduces, slashes,
falls, drops) read as the same claim; the look-alikes beside them do not.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from freshcheck import load_policy
from freshcheck.errors import PolicyError
from freshcheck.messaging.match import MessageIndex
from freshcheck.messaging.wording import alias_table, content_words
from freshcheck.policy.model import Message, MessagingPolicy
from tests.messaging.formats import LINE_FORMATS, Hit, scan_cases

POLICY = """version: 1
messaging:
  synonyms:
    - [seller, rep]
  messages:
    - id: ramp-time
      current: "Acme cuts ramp time for new sellers by 30%."
      superseded: ["Acme cuts ramp time for new sellers by 25%."]
    - id: travel-costs
      current: "Acme customers book travel 40% cheaper."
"""

CASES: list[tuple[str, str | None]] = [
    ("New reps ramp 25% faster with Acme.", "ramp-time"),
    ("Ramp time for new sellers falls by a quarter with Acme.", "ramp-time"),
    ("Acme slashes ramp time for new reps by 25%.", "ramp-time"),
    ("Ramp time for new reps drops 25% with Acme.", "ramp-time"),
    ("Acme reduces the ramp time of new sellers by twenty-five percent.", "ramp-time"),
    ("New reps ramp 30% faster with Acme.", None),  # the current figure
    ("Travel costs for new reps fall by 25% with Acme.", None),  # another subject
    ("New reps complete compliance training 25% faster.", None),
]


@pytest.fixture(scope="module")
def scanned(tmp_path_factory: pytest.TempPathFactory) -> dict[str, list[Hit]]:
    root = tmp_path_factory.mktemp("rewordings")
    return scan_cases(root, POLICY, [text for text, _ in CASES])


@pytest.mark.parametrize(
    ("index", "fmt"),
    [(i, fmt) for i in range(len(CASES)) for fmt in LINE_FORMATS],
    ids=[f"{text}-{fmt}" for text, _ in CASES for fmt in LINE_FORMATS],
)
def test_rewording_keeps_the_subject(scanned: dict[str, list[Hit]], index: int, fmt: str) -> None:
    text, expected = CASES[index]
    hits = [hit.message_id for hit in scanned[f"case{index:02d}-{fmt}"]]
    assert hits == ([expected] if expected else []), text


def test_synonyms_decide_a_rewording_that_needs_them() -> None:
    messages = (
        Message(
            "ramp-time",
            "Acme cuts ramp time for new sellers by 30%.",
            ("Acme cuts ramp time for new sellers by 25%.",),
        ),
        Message("travel", "Acme customers book travel 40% cheaper."),
        Message("uptime", "Acme guarantees 99.99% uptime for new accounts."),
    )
    sentence = "Acme cuts ramp time for new reps by 25%."
    plain = MessageIndex.build(MessagingPolicy(85, messages))
    with_synonyms = MessageIndex.build(MessagingPolicy(85, messages, synonyms=(("seller", "rep"),)))
    before, after = (
        plain.match(plain.claim_for(sentence)),
        with_synonyms.match(with_synonyms.claim_for(sentence)),
    )
    assert after is not None and after.status == "outdated"
    assert before is None or before.score < after.score
    # The screen that skips sentences before their facts are read knows the synonyms too.
    assert with_synonyms.may_state("New reps ramp faster")


@pytest.mark.parametrize(
    "verb", ["cuts", "reduces", "slashes", "lowers", "shortens", "trims", "decreases"]
)
def test_verbs_of_one_direction_read_as_one(verb: str) -> None:
    assert content_words(f"{verb} ramp time", ()) == content_words("cuts ramp time", ())


@pytest.mark.parametrize(
    "phrase", ["ramp time falls", "ramp time drops", "a reduction in ramp time"]
)
def test_falling_and_reduction_read_as_reduce(phrase: str) -> None:
    assert "reduce" in content_words(phrase, ())


def test_alias_table_reads_each_group_as_its_first_word() -> None:
    table = alias_table((("seller", "rep", "AE"),))
    assert table == {"rep": "sell", "ae": "sell"}  # folded words, as the matcher reads them


@pytest.mark.parametrize(
    ("synonyms", "problem"),
    [
        ("    - [seller]\n", "needs two or more"),
        ("    - [sales rep, seller]\n", "is not one word"),
        ("    - seller\n", "two or more"),
    ],
)
def test_invalid_synonyms_are_policy_errors(tmp_path: Path, synonyms: str, problem: str) -> None:
    policy = tmp_path / "freshcheck.yaml"
    policy.write_text(f"version: 1\nmessaging:\n  synonyms:\n{synonyms}")
    with pytest.raises(PolicyError, match=problem):
        load_policy(policy)
