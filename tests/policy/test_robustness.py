"""Whatever a person types, loading a policy ends in a ``Policy`` or a ``PolicyError``."""

from __future__ import annotations

from typing import Any

import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from freshcheck.errors import PolicyError
from freshcheck.policy import Duration, Policy, load_policy_texts, starter_policy_text
from freshcheck.policy.keys import SECTION_KEYS

_KEYS = sorted({key for keys in SECTION_KEYS.values() for key in keys} | {"colour"})
_SCALARS = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-5, 200),
    st.sampled_from(["90d", "0d", "6w", "soon", "", " ", "(x", r"\bROI\b", "error", "off"]),
    st.text(max_size=12),
)
_VALUES: st.SearchStrategy[Any] = st.recursive(
    _SCALARS,
    lambda inner: st.one_of(
        st.lists(inner, max_size=3), st.dictionaries(st.sampled_from(_KEYS), inner, max_size=4)
    ),
    max_leaves=12,
)


def _load(text: str) -> Policy | PolicyError:
    try:
        return load_policy_texts([("p.yaml", text)])
    except PolicyError as exc:
        assert exc.problems
        for problem in exc.problems:
            assert problem.file == "p.yaml"
            assert problem.line >= 1 and problem.column >= 1
            assert problem.message
        return exc


@settings(max_examples=150, deadline=None)
@given(st.dictionaries(st.sampled_from(_KEYS), _VALUES, max_size=5))
def test_any_structure_is_a_policy_or_a_located_error(data: dict[str, Any]) -> None:
    _load(yaml.safe_dump({"version": 1, **data}))


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ab :-[]{}'\"#&*!|>\n\t\\%@`,?")), max_size=60))
def test_any_text_is_a_policy_or_a_located_error(text: str) -> None:
    _load(text)


@settings(max_examples=60, deadline=None)
@given(st.integers(0, 60), st.sampled_from(["d", "w", "m", "y"]))
def test_durations_round_trip(count: int, unit: str) -> None:
    text = f"version: 1\nfreshness:\n  warn_before: {count}{unit}\n"
    policy = load_policy_texts([("p.yaml", text)])
    assert policy.freshness.warn_before == Duration.parse(f"{count}{unit}")


def test_starter_split_at_every_section_still_merges_to_the_same_policy() -> None:
    text = starter_policy_text()
    whole = load_policy_texts([("freshcheck.yaml", text)])
    data = yaml.safe_load(text)
    parts = [
        (f"{index:02}-{key}.yaml", yaml.safe_dump({"version": 1, key: value}))
        for index, (key, value) in enumerate(data.items())
        if key != "version"
    ]
    assert load_policy_texts(parts).digest == whole.digest
