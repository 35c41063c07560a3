"""Messages alike but for their product and facts tie on wording: the verdict must not depend
on the order in which a process happens to iterate a set (string hashes differ per process).
"""

from __future__ import annotations

import os
import subprocess
import sys

from freshcheck.messaging.match import MessageIndex
from freshcheck.policy.model import Message, MessagingPolicy

# From the benchmark library, where two runs once disagreed: both messages score 100.
ALIKE = MessagingPolicy(
    85,
    (
        Message(
            "flow-entry",
            "Acme Flow reduces duplicate data entry by 72% in the first 63 days.",
            (
                "Acme Flow reduces duplicate data entry by 64% in the first 36 days.",
                "Acme Flow reduces duplicate data entry by 54% in the first 39 days.",
            ),
        ),
        Message(
            "analytics-entry",
            "Acme Analytics reduces manual data entry by 72% in the first 9 days.",
            ("Acme Analytics reduces manual data entry by 54% in the first 5 days.",),
        ),
    ),
)
CLAIM = "In the first 5 days, Acme Analytics reduces manual data entry by 54%."

_PROBE = """
from tests.messaging.test_ties import ALIKE, CLAIM
from freshcheck.messaging.match import MessageIndex
index = MessageIndex.build(ALIKE)
found = index.match(index.claim_for(CLAIM))
print(found.message.id, found.status, found.score)
"""


def test_a_tie_goes_to_the_message_whose_facts_differ_least() -> None:
    index = MessageIndex.build(ALIKE)
    found = index.match(index.claim_for(CLAIM))
    assert found is not None
    assert (found.message.id, found.status) == ("analytics-entry", "outdated")
    assert len(found.differences) == 2  # 54% for 72%, 5 days for 9: not the product too


def test_every_process_breaks_the_tie_the_same_way() -> None:
    answers = set()
    for seed in ("1", "2", "3", "4"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        done = subprocess.run(
            [sys.executable, "-c", _PROBE], env=env, capture_output=True, text=True, check=True
        )
        answers.add(done.stdout.strip())
    assert len(answers) == 1


# From the benchmark library, where two runs once disagreed (897 against 901 outdated claims):
# a message and its superseded text alike but for a figure summed their word weights in set
# order, a last bit apart, so a claim stating neither figure went to either by process.
BY_FIGURE = MessagingPolicy(
    85,
    (
        Message(
            "teams",
            "More than 24,000 media RevOps teams rely on Acme Forecast to track health scoring.",
            ("More than 18,400 media RevOps teams rely on Acme Forecast to track health scoring.",),
        ),
        Message(
            "pipeline", "Acme Forecast cuts pipeline review time by 40% for revenue teams.", ()
        ),
        Message("renewals", "Acme Analytics flags at-risk renewals 30 days earlier.", ()),
    ),
)
NO_FIGURE = "Media RevOps teams rely on Acme Forecast to track health scoring."

_WEIGHTS_PROBE = """
from tests.messaging.test_ties import BY_FIGURE, NO_FIGURE
from freshcheck.messaging.match import MessageIndex
index = MessageIndex.build(BY_FIGURE)
print([(v.weight.hex(), v.subject_weight.hex(), v.spellable) for v in index.variants])
found = index.match(index.claim_for(NO_FIGURE))
print(found.message.id, found.status, found.score.hex())
"""


def test_a_claim_stating_neither_figure_is_in_step() -> None:
    index = MessageIndex.build(BY_FIGURE)
    current, superseded = index.variants[0], index.variants[1]
    assert current.weight == superseded.weight  # the same words: the same weight, exactly
    found = index.match(index.claim_for(NO_FIGURE))
    assert found is not None
    assert (found.message.id, found.status) == ("teams", "current")


def test_every_process_weighs_the_library_the_same() -> None:
    answers = set()
    for seed in ("0", "1", "5", "6", "11"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        done = subprocess.run(
            [sys.executable, "-c", _WEIGHTS_PROBE],
            env=env,
            capture_output=True,
            text=True,
            check=True,
        )
        answers.add(done.stdout)
    assert len(answers) == 1
