"""Properties of the matcher (hypothesis): current text never flagged, superseded always."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from freshcheck.messaging.match import MessageIndex
from freshcheck.policy.model import Message, MessagingPolicy
from tests.messaging.labelled import load_messaging

LIBRARY = load_messaging()
INDEX = MessageIndex.build(LIBRARY)
SUBJECTS = [
    "onboarding time",
    "ticket backlog",
    "travel booking time",
    "report build time",
    "contract review time",
    "quote approval time",
    "forecast prep time",
]
VERBS = ["cuts", "reduces", "lowers", "slashes"]


@given(st.sampled_from(LIBRARY.messages))
def test_current_text_is_never_flagged(message: Message) -> None:
    match = INDEX.match(INDEX.claim_for(message.current))
    assert match is None or match.status == "current"


@given(st.sampled_from([(m, old) for m in LIBRARY.messages for old in m.superseded]))
def test_superseded_text_is_always_flagged(pair: tuple[Message, str]) -> None:
    message, old = pair
    match = INDEX.match(INDEX.claim_for(old))
    assert match is not None and match.status == "outdated" and match.message.id == message.id


@settings(max_examples=60, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.sampled_from(SUBJECTS),
            st.sampled_from(VERBS),
            st.integers(1, 99),
            st.integers(1, 99),
        ),
        min_size=1,
        max_size=6,
        unique_by=lambda t: t[0],
    )
)
def test_generated_libraries_keep_both_properties(
    rows: list[tuple[str, str, int, int]],
) -> None:
    messages = tuple(
        Message(
            f"m{i}",
            f"Acme {verb} {subject} by {new}%.",
            (f"Acme {verb} {subject} by {old}%.",) if old != new else (),
        )
        for i, (subject, verb, new, old) in enumerate(rows)
    )
    index = MessageIndex.build(MessagingPolicy(85, messages))
    for message in messages:
        current = index.match(index.claim_for(message.current))
        assert current is None or current.status == "current"
        for old in message.superseded:
            flagged = index.match(index.claim_for(old))
            assert flagged is not None and flagged.status == "outdated"
            assert flagged.message.id == message.id
