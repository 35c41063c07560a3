"""The starter policy that `freshcheck init` writes: complete, commented and valid."""

from __future__ import annotations

import yaml

from freshcheck.policy import RULE_IDS, load_policy_texts, starter_policy_text
from freshcheck.policy.keys import SECTION_KEYS


def test_starter_policy_passes_validation() -> None:
    policy = load_policy_texts([("freshcheck.yaml", starter_policy_text())])
    assert policy.freshness.cadence
    assert policy.messaging.messages and policy.messaging.terms
    assert policy.compliance.banned and policy.compliance.disclaimers
    assert policy.severity


def test_starter_policy_shows_every_key_and_names_every_rule() -> None:
    text = starter_policy_text()
    keys = {key for section in SECTION_KEYS.values() for key in section}
    missing = sorted(key for key in keys if f"{key}:" not in text)
    assert missing == []
    assert [rule for rule in RULE_IDS if rule not in text] == []


def test_starter_policy_explains_itself_in_comments() -> None:
    lines = starter_policy_text().splitlines()
    comments = [line for line in lines if "#" in line]
    assert len(comments) >= 30
    top_level = [line for line in lines if line and line[0].isalpha()]
    data = yaml.safe_load(starter_policy_text())
    assert [line.split(":")[0] for line in top_level] == list(data)
    # Every section is introduced by a comment line just above it.
    for line in top_level[1:]:
        assert lines[lines.index(line) - 1].startswith("#"), line
