"""Loading real policy files: one file, a merged folder, and the defaults."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from freshcheck.errors import PolicyError, UsageError
from freshcheck.policy import (
    DEFAULT_POLICY,
    Duration,
    load_policy,
    load_policy_texts,
    summarize_policy,
)
from freshcheck.policy.model import BannedPhrase, CadenceRule, Message, Term

EXAMPLES = Path(__file__).parent / "examples"


def test_spec_example_loads_into_the_typed_policy() -> None:
    policy = load_policy(EXAMPLES / "spec.yaml")
    assert policy.scan.include == ("**/*.pptx", "**/*.docx", "**/*.pdf", "**/*.md")
    assert policy.scan.exclude == ("archive/**",)
    assert policy.freshness.default_cadence == Duration(180, "d")
    assert policy.freshness.warn_before == Duration(14, "d")
    assert policy.freshness.cadence == (
        CadenceRule(("decks/**",), Duration(90, "d"), "enablement@example.com"),
        CadenceRule(("legal/**", "**/*compliance*"), Duration(30, "d"), None, Duration(7, "d")),
    )
    assert policy.freshness.dated_max_age == Duration(2, "y")
    assert policy.messaging.threshold == 85
    assert policy.messaging.messages == (
        Message(
            "onboarding-time",
            "Acme cuts new-hire onboarding time by 45%.",
            ("Acme cuts new-hire onboarding time by 30%.",),
            "2026 customer study",
            "pmm@example.com",
        ),
    )
    assert policy.messaging.terms == (
        Term(("Acme Insights", "Insights Pro"), "Acme Analytics", "Renamed in 2025"),
    )
    assert policy.compliance.banned == (
        BannedPhrase("guaranteed results", None, "No outcome guarantees"),
        BannedPhrase(None, r"\brisk[- ]free\b", "Legal 2025-04", "warning"),
    )
    assert policy.compliance.disclaimers[0].when == r"\bROI\b"
    assert policy.compliance.disclaimers[0].require == "Results may vary"
    assert policy.severity == {"content/dated-reference": "info"}
    assert policy.sources == (str(EXAMPLES / "spec.yaml"),)
    assert len(policy.digest) == 64


def test_folder_is_merged_in_file_name_order_with_lists_concatenated() -> None:
    folder = EXAMPLES / "folder"
    policy = load_policy(folder)
    assert policy.sources == tuple(
        str(folder / name) for name in ("cadence.yaml", "legal.yaml", "messaging.yml")
    )
    assert policy.freshness.default_cadence == Duration(120, "d")
    assert [rule.match for rule in policy.freshness.cadence] == [
        ("decks/**",),
        ("legal/**", "**/*compliance*"),
    ]
    assert [entry.phrase or entry.pattern for entry in policy.compliance.banned] == [
        "guaranteed results",
        r"\brisk[- ]free\b",
    ]
    assert policy.compliance.banned[1].severity == "off"
    assert policy.messaging.messages[0].superseded == (
        "Acme cuts new-hire onboarding time by 30%.",
    )
    assert policy.messaging.terms[0].retired == ("Acme Insights",)


def test_bundled_policy_folder_is_valid() -> None:
    bundled = Path(__file__).resolve().parents[2] / "policies"
    if not bundled.is_dir():
        pytest.skip("no bundled policies/ folder")
    assert load_policy(bundled).sources


def test_same_scalar_in_two_files_names_both(tmp_path: Path) -> None:
    (tmp_path / "cadence.yaml").write_text("version: 1\nfreshness:\n  default_cadence: 90d\n")
    (tmp_path / "legal.yaml").write_text(
        "version: 1\n\nfreshness:\n  warn_before: 7d\n  default_cadence: 30d\n"
        "messaging:\n  threshold: 80\n"
    )
    (tmp_path / "pmm.yaml").write_text("version: 1\nmessaging:\n  threshold: 90\n")
    with pytest.raises(PolicyError) as caught:
        load_policy(tmp_path)
    cadence, legal, pmm = (str(tmp_path / name) for name in ("cadence", "legal", "pmm"))
    assert [str(problem) for problem in caught.value.problems] == [
        f"{legal}.yaml:5:3: freshness.default_cadence is set in {cadence}.yaml:3:3 and "
        f"{legal}.yaml:5:3; set it in one file only",
        f"{pmm}.yaml:3:3: messaging.threshold is set in {legal}.yaml:7:3 and "
        f"{pmm}.yaml:3:3; set it in one file only",
    ]


def test_problems_from_several_files_are_all_reported_in_file_order() -> None:
    sources = [
        ("a.yaml", "version: 1\nfreshness:\n  default_cadence: soon\n"),
        ("b.yaml", "version: 1\nmessaging:\n  threshold: [1]\n"),
        ("c.yaml", "version: 1\nscan: {include: 'x'\n"),
    ]
    with pytest.raises(PolicyError) as caught:
        load_policy_texts(sources)
    assert [(p.file, p.line) for p in caught.value.problems] == [
        ("a.yaml", 3),
        ("b.yaml", 3),
        ("c.yaml", 3),
    ]


def test_list_positions_count_within_each_file() -> None:
    first = "version: 1\nmessaging:\n  messages:\n    - {id: a, current: A}\n"
    second = "version: 1\nmessaging:\n  messages:\n    - {id: a, current: B}\n"
    with pytest.raises(PolicyError) as caught:
        load_policy_texts([("pmm.yaml", first), ("legal.yaml", second)])
    assert [str(problem) for problem in caught.value.problems] == [
        'legal.yaml:4:12: messaging.messages[1].id: "a" is already the id of the message '
        "at pmm.yaml:4:12; give each message its own id"
    ]


def test_every_file_of_a_folder_declares_the_version() -> None:
    with pytest.raises(PolicyError) as caught:
        load_policy_texts([("a.yaml", "version: 1\n"), ("b.yaml", "severity: {}\n")])
    assert [str(p) for p in caught.value.problems] == [
        'b.yaml:1:1: version is missing; add "version: 1" as the first line'
    ]


def test_empty_sections_and_bare_off_are_accepted() -> None:
    text = (
        "version: 1\nscan:\nfreshness:\nmessaging:\n  terms:\ncompliance:\n"
        "severity:\n  file/unreadable: off\n  freshness/due-soon: 'off'\n"
    )
    policy = load_policy_texts([("p.yaml", text)])
    assert policy.severity == {"file/unreadable": "off", "freshness/due-soon": "off"}
    assert dataclasses.replace(policy, severity={}, sources=(), digest="x") == dataclasses.replace(
        DEFAULT_POLICY, digest="x"
    )


def test_none_is_the_built_in_default() -> None:
    policy = load_policy(None)
    assert policy is DEFAULT_POLICY
    assert policy.freshness.default_cadence == Duration(180, "d")
    assert policy.freshness.cadence == ()
    assert policy.messaging.messages == ()
    assert policy.compliance.banned == ()
    assert policy.sources == ()
    assert summarize_policy(policy).startswith("built-in default policy: valid")


def test_digest_is_stable_and_ignores_formatting_comments_and_file_split() -> None:
    one = "version: 1\nfreshness: {default_cadence: 90d}\nscan: {include: '**/*.pptx'}\n"
    reformatted = (
        "# owned by enablement\nversion: 1\nscan:\n  include: ['**/*.pptx']\n"
        "freshness:\n  default_cadence: 90d   # quarterly\n"
    )
    split = [
        ("a.yaml", "version: 1\nscan:\n  include: ['**/*.pptx']\n"),
        ("b.yaml", "version: 1\nfreshness:\n  default_cadence: 90d\n"),
    ]
    digest = load_policy_texts([("p.yaml", one)]).digest
    assert digest == load_policy_texts([("p.yaml", one)]).digest
    assert digest == load_policy_texts([("other.yaml", reformatted)]).digest
    assert digest == load_policy_texts(split).digest
    changed = one.replace("90d", "91d")
    assert digest != load_policy_texts([("p.yaml", changed)]).digest


def test_missing_path_and_folder_without_yaml_are_usage_errors(tmp_path: Path) -> None:
    with pytest.raises(UsageError, match="does not exist"):
        load_policy(tmp_path / "nope.yaml")
    (tmp_path / "README.md").write_text("policies go here")
    with pytest.raises(UsageError, match=r"has no \.yaml files"):
        load_policy(tmp_path)


def test_folder_skips_editor_lock_files_and_subfolders(tmp_path: Path) -> None:
    (tmp_path / "base.yaml").write_text("version: 1\nfreshness: {default_cadence: 60d}\n")
    (tmp_path / ".#base.yaml").write_text("not: [valid")
    (tmp_path / "base.yaml~").write_text("not: [valid")
    (tmp_path / "old").mkdir()
    (tmp_path / "old" / "x.yaml").write_text("not: [valid")
    policy = load_policy(tmp_path)
    assert policy.sources == (str(tmp_path / "base.yaml"),)
    assert policy.freshness.default_cadence == Duration(60, "d")


def test_file_that_is_not_utf8_is_a_policy_problem(tmp_path: Path) -> None:
    path = tmp_path / "freshcheck.yaml"
    path.write_bytes(b"version: 1\nmessaging:\n  terms:\n    - {retired: caf\xe9, use: cafe}\n")
    with pytest.raises(PolicyError) as caught:
        load_policy(path)
    assert [str(p) for p in caught.value.problems] == [
        f"{path}:4:1: the file is not UTF-8 text; save it as UTF-8"
    ]


def test_utf8_byte_order_mark_is_accepted(tmp_path: Path) -> None:
    path = tmp_path / "freshcheck.yaml"
    path.write_bytes("\ufeffversion: 1\nmessaging:\n  threshold: 70\n".encode())
    assert load_policy(path).messaging.threshold == 70


def test_alias_bomb_is_refused_not_expanded() -> None:
    lines = ["version: 1", 'a0: &a0 ["x", "x", "x", "x", "x", "x", "x", "x", "x", "x"]']
    lines += [f"a{i}: &a{i} [{', '.join([f'*a{i - 1}'] * 10)}]" for i in range(1, 9)]
    with pytest.raises(PolicyError, match="too many aliases"):
        load_policy_texts([("bomb.yaml", "\n".join(lines) + "\n")])


def test_summary_counts_what_the_policy_holds() -> None:
    policy = load_policy(EXAMPLES / "folder")
    summary = summarize_policy(policy)
    assert summary.startswith("3 files (")
    assert "default cadence 120 days; 2 cadence rules, 1 message, 1 term, 2 banned phrases" in (
        summary
    )
