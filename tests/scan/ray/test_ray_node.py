"""A node's side of a cluster scan, run here without Ray: the node's own cache serves a
rescan, and a file the node cannot open is reported with the node's name."""

from __future__ import annotations

import datetime as dt
import pickle
from pathlib import Path

from freshcheck.engine import CompiledPolicy, FileFacts
from freshcheck.extract import DEFAULT_LIMITS
from freshcheck.freshness import FileDates
from freshcheck.model import ReadError
from freshcheck.policy import load_policy
from freshcheck.scan.cache.store import DocumentCache, code_fingerprint
from freshcheck.scan.executors.ray_node import NodeBatch, NodeCacheSettings, _run
from freshcheck.scan.job import JobSettings, ScanJob
from freshcheck.scan.runner import cache_version

POLICY = "version: 1\ncompliance:\n  banned:\n    - phrase: guaranteed results\n"


def _batch(tmp_path: Path, paths: list[Path]) -> tuple[NodeBatch, Path]:
    (tmp_path / "freshcheck.yaml").write_text(POLICY, encoding="utf-8")
    policy = load_policy(tmp_path / "freshcheck.yaml")
    policy_file = tmp_path / "policy.pickle"
    policy_file.write_bytes(pickle.dumps(CompiledPolicy.build(policy)))
    version = cache_version(DEFAULT_LIMITS)
    tag = f"{policy.digest}:{version}:{code_fingerprint()}"
    settings = JobSettings(policy_file, DEFAULT_LIMITS, None, tag)
    dates = FileDates(review=None, git=None, mtime=dt.date(2026, 6, 1))
    jobs = tuple(ScanJob(path, FileFacts(path.name, dates), settings) for path in paths)
    cache = NodeCacheSettings(tmp_path / "cache", version)
    return NodeBatch(jobs, "digest", [], {}, DEFAULT_LIMITS, cache), policy_file


def test_the_node_cache_serves_a_rescan_without_parsing(tmp_path: Path) -> None:
    notes = tmp_path / "notes.md"
    notes.write_text("# Notes\n\nguaranteed results.\n", encoding="utf-8")
    batch, policy_file = _batch(tmp_path, [notes])
    replies = []
    compiled: list[Path] = []  # the policy is asked for (compiled, on a node) only on a miss

    def policy() -> Path:
        compiled.append(policy_file)
        return policy_file

    for _ in range(2):
        cache = DocumentCache.open(tmp_path / "cache", cache_version(DEFAULT_LIMITS), print)
        assert cache is not None
        try:
            replies.append(_run(batch, "node-a", policy, cache)[0].reply)
        finally:
            cache.close()
    assert compiled == [policy_file]  # by the cold run; the warm one compiles nothing
    cold, warm = replies
    assert cold is not None and warm is not None
    assert (cold.extracted, warm.extracted) == (True, False)
    assert cold.document_blob is None and cold.analysis_blob is None  # written on the node
    assert warm.analysis == cold.analysis


def test_a_file_the_node_cannot_open_names_the_node(tmp_path: Path) -> None:
    batch, policy_file = _batch(tmp_path, [tmp_path / "gone.pdf"])
    [outcome] = _run(batch, "node-b", lambda: policy_file, None)
    assert outcome.reply is None
    assert outcome.failure == ReadError(
        "unreadable", "cannot be read on node node-b: No such file or directory"
    )
