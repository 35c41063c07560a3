"""Where the policy comes from: --policy, then $FRESHCHECK_POLICY, then a walk up, then none."""

from __future__ import annotations

from pathlib import Path

import pytest

from freshcheck.policy import ENV_VARIABLE, find_policy
from freshcheck.policy.discover import policy_in_folder

POLICY = "version: 1\n"


def _tree(tmp_path: Path) -> Path:
    """repo/freshcheck.yaml, repo/content/policies/a.yaml, repo/content/decks/ (scan root)."""
    repo = tmp_path / "repo"
    (repo / "content" / "decks").mkdir(parents=True)
    (repo / "freshcheck.yaml").write_text(POLICY)
    (repo / "content" / "policies").mkdir()
    (repo / "content" / "policies" / "a.yaml").write_text(POLICY)
    return repo


def test_explicit_path_wins_over_everything(tmp_path: Path) -> None:
    repo = _tree(tmp_path)
    explicit = tmp_path / "mine.yaml"
    env = {ENV_VARIABLE: str(tmp_path / "env.yaml")}
    assert find_policy(explicit, env, repo / "content" / "decks") == explicit


def test_environment_wins_over_the_walk(tmp_path: Path) -> None:
    repo = _tree(tmp_path)
    env = {ENV_VARIABLE: str(tmp_path / "env.yaml")}
    assert find_policy(None, env, repo / "content" / "decks") == tmp_path / "env.yaml"


def test_empty_environment_variable_is_ignored(tmp_path: Path) -> None:
    repo = _tree(tmp_path)
    found = find_policy(None, {ENV_VARIABLE: "  "}, repo / "content")
    assert found == repo / "content" / "policies"


def test_walk_finds_the_nearest_folder_first(tmp_path: Path) -> None:
    repo = _tree(tmp_path)
    assert find_policy(None, {}, repo / "content" / "decks") == repo / "content" / "policies"
    assert find_policy(None, {}, repo) == repo / "freshcheck.yaml"


def test_walk_prefers_freshcheck_yaml_then_dotfile_then_policies(tmp_path: Path) -> None:
    (tmp_path / "policies").mkdir()
    (tmp_path / "policies" / "a.yaml").write_text(POLICY)
    assert find_policy(None, {}, tmp_path) == tmp_path / "policies"
    (tmp_path / ".freshcheck.yaml").write_text(POLICY)
    assert find_policy(None, {}, tmp_path) == tmp_path / ".freshcheck.yaml"
    (tmp_path / "freshcheck.yaml").write_text(POLICY)
    assert find_policy(None, {}, tmp_path) == tmp_path / "freshcheck.yaml"


def test_scanning_a_single_file_starts_from_its_folder(tmp_path: Path) -> None:
    repo = _tree(tmp_path)
    deck = repo / "content" / "decks" / "q3.pptx"
    deck.write_bytes(b"")
    assert find_policy(None, {}, deck) == repo / "content" / "policies"


def test_policies_folder_without_yaml_is_not_a_policy(tmp_path: Path) -> None:
    repo = _tree(tmp_path)
    (repo / "content" / "policies" / "a.yaml").unlink()
    (repo / "content" / "policies" / "legal.pdf").write_bytes(b"%PDF-1.4")
    assert find_policy(None, {}, repo / "content" / "decks") == repo / "freshcheck.yaml"


def test_no_policy_anywhere_means_the_built_in_default(tmp_path: Path) -> None:
    if any(policy_in_folder(parent) for parent in tmp_path.parents):
        pytest.skip("a parent of the temporary folder holds a freshcheck policy")
    (tmp_path / "content").mkdir()
    assert find_policy(None, {}, tmp_path / "content") is None


def test_relative_scan_root_walks_from_the_working_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    repo = _tree(tmp_path)
    monkeypatch.chdir(repo / "content")
    assert find_policy(None, {}, Path("decks")) == repo / "content" / "policies"
