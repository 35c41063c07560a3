"""Loaded policies kept between scans: the JSON codec and ``load_policy_cached``."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import pytest
from click.testing import CliRunner

from freshcheck.cli.app import cli
from freshcheck.errors import PolicyError
from freshcheck.policy.codec import decode_policy, encode_policy
from freshcheck.policy.load import load_policy
from freshcheck.policy.model import (
    BannedPhrase,
    CadenceRule,
    CompliancePolicy,
    Disclaimer,
    Duration,
    FreshnessPolicy,
    Message,
    MessagingPolicy,
    Policy,
    ScanSettings,
    Term,
)
from freshcheck.scan.cache import policy_cache
from freshcheck.scan.cache.policy_cache import KEPT_POLICIES, cached_policies, load_policy_cached
from freshcheck.scan.runner import scan_paths as scan
from tests.scan.options import cached_scan_options

BUNDLED = Path(__file__).resolve().parents[2] / "policies"

EVERY_FIELD = Policy(
    version=1,
    scan=ScanSettings(include=("**/*.pptx",), exclude=("archive/**",)),
    freshness=FreshnessPolicy(
        default_cadence=Duration(90, "d"),
        warn_before=Duration(2, "w"),
        cadence=(
            CadenceRule(("pricing/**",), Duration(1, "m"), "deals@example.com", Duration(5, "d")),
            CadenceRule(("*.md",), Duration(1, "y")),
        ),
        dated_max_age=Duration(18, "m"),
        change_sources=("metadata", "mtime"),
    ),
    messaging=MessagingPolicy(
        threshold=80,
        messages=(
            Message(
                "onboarding", "Cuts onboarding by 45%.", ("Cuts onboarding by 30%.",), "Q3", "pmm"
            ),
            Message("uptime", "99.99% uptime — “guaranteed”."),
        ),
        terms=(
            Term(("Acme Cloud", "AcmeOne"), "Acme Platform", "renamed in 2026"),
            Term(("SalesBoost",), "Acme Flow", None, ("SalesBoost guide",), ("decks/**",)),
        ),
    ),
    compliance=CompliancePolicy(
        banned=(
            BannedPhrase("best in class", None, "unprovable", "error"),
            BannedPhrase(None, r"\bguarantee[sd]?\b", None, None, ("guaranteed hours",), ("x/**",)),
        ),
        disclaimers=(
            Disclaimer(r"\bROI\b", "Results vary", "legal", ("ROI calculator",), ("y/**",)),
        ),
    ),
    severity={"FC201": "error", "FC102": "off"},
    sources=("/p/a.yaml", "/p/b.yaml"),
    digest="abc123",
)


def test_the_codec_round_trips_every_field() -> None:
    assert decode_policy(encode_policy(EVERY_FIELD)) == EVERY_FIELD


def test_the_codec_round_trips_the_bundled_policies() -> None:
    policy = load_policy(BUNDLED)
    assert policy.messaging.messages  # the bundled policy has messages to carry
    assert decode_policy(encode_policy(policy)) == policy


@pytest.mark.parametrize("text", ["", "[]", '{"codec": 99, "policy": {}}', '{"codec": 1}'])
def test_anything_else_is_refused(text: str) -> None:
    with pytest.raises((ValueError, KeyError, TypeError)):
        decode_policy(text)


def _write_policy(folder: Path, threshold: int = 85) -> Path:
    file = folder / "freshcheck.yaml"
    file.write_text(
        "version: 1\n"
        "messaging:\n"
        f"  threshold: {threshold}\n"
        "  messages:\n"
        "    - id: onboarding\n"
        "      current: Acme cuts onboarding time by 45%.\n"
        "      superseded: [Acme cuts onboarding time by 30%.]\n",
        encoding="utf-8",
    )
    return file


def _parses(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    calls: list[int] = []
    real = policy_cache.load_policy_texts

    def counted(sources: list[tuple[str, str]]) -> Policy:
        calls.append(1)
        return real(sources)

    monkeypatch.setattr(policy_cache, "load_policy_texts", counted)
    return calls


def test_a_second_load_is_served_from_the_cache(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    parses = _parses(monkeypatch)
    file = _write_policy(tmp_path)
    first = load_policy_cached(file, tmp_path / "cache")
    second = load_policy_cached(file, tmp_path / "cache")
    assert first == second == load_policy(file)
    assert len(parses) == 1
    assert cached_policies(tmp_path / "cache")[0] == 1


def test_an_edited_policy_is_parsed_again(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    parses = _parses(monkeypatch)
    file = _write_policy(tmp_path)
    load_policy_cached(file, tmp_path / "cache")
    _write_policy(tmp_path, threshold=70)
    edited = load_policy_cached(file, tmp_path / "cache")
    assert edited.messaging.threshold == 70
    assert len(parses) == 2


def test_an_invalid_policy_is_reported_every_time_and_never_kept(tmp_path: Path) -> None:
    file = tmp_path / "freshcheck.yaml"
    file.write_text("version: 1\nfreshness:\n  default_cadence: soon\n", encoding="utf-8")
    for _ in range(2):
        with pytest.raises(PolicyError):
            load_policy_cached(file, tmp_path / "cache")
    assert cached_policies(tmp_path / "cache") == (0, 0)


def test_a_damaged_entry_is_a_miss_and_is_rewritten(tmp_path: Path) -> None:
    file = _write_policy(tmp_path)
    load_policy_cached(file, tmp_path / "cache")
    (entry,) = (tmp_path / "cache" / "policies").glob("*.json")
    entry.write_text('{"codec": 1, "policy": {"version": ', encoding="utf-8")
    assert load_policy_cached(file, tmp_path / "cache") == load_policy(file)
    assert decode_policy(entry.read_text(encoding="utf-8")) == load_policy(file)


def test_only_the_most_recently_used_policies_are_kept(tmp_path: Path) -> None:
    file = _write_policy(tmp_path)
    for n, threshold in enumerate(range(70, 70 + KEPT_POLICIES + 2)):
        _write_policy(tmp_path, threshold)
        load_policy_cached(file, tmp_path / "cache")
        for entry in (tmp_path / "cache" / "policies").glob("*.json"):
            stamp = entry.stat().st_mtime - 1  # older entries look older, whatever the clock
            os.utime(entry, (stamp, stamp))
        assert cached_policies(tmp_path / "cache")[0] == min(n + 1, KEPT_POLICIES)


def test_a_scan_with_the_cache_keeps_its_policy_and_cache_clear_removes_it(
    tmp_path: Path,
) -> None:
    library = tmp_path / "library"
    library.mkdir()
    (library / "pitch.md").write_text("Acme cuts onboarding time by 30%.\n", encoding="utf-8")
    policy = _write_policy(tmp_path)
    options = cached_scan_options(tmp_path, dt.date(2026, 11, 23), policy=policy)
    first = scan([library], options)
    second = scan([library], options)
    assert first == second
    assert [f.rule for f in second.files[0].findings] == [f.rule for f in first.files[0].findings]
    runner = CliRunner()
    info = runner.invoke(cli, ["cache", "info", "--cache-dir", str(tmp_path / "cache")])
    assert "policies: 1" in info.output
    cleared = runner.invoke(cli, ["cache", "clear", "--cache-dir", str(tmp_path / "cache")])
    assert cleared.exit_code == 0
    assert cached_policies(tmp_path / "cache") == (0, 0)
