"""A loaded ``Policy`` as JSON and back, for the policy cache (``scan/cache/policy_cache.py``).

Parsing and validating a policy with thousands of messages costs more than the rest of a
warm rescan; its JSON form decodes several times faster. Plain JSON, not pickle: a cache file
is data, never code. Decoding is explicit per class, so a field added to the model without a
line here fails the round-trip test instead of being dropped silently.
"""

from __future__ import annotations

import dataclasses
import json
from typing import Any

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

CODEC_VERSION = 1

Json = dict[str, Any]


def encode_policy(policy: Policy) -> str:
    """The policy as one JSON text (tuples become lists)."""
    content = dataclasses.asdict(policy)
    content["severity"] = dict(policy.severity)
    return json.dumps({"codec": CODEC_VERSION, "policy": content}, ensure_ascii=False)


def decode_policy(text: str) -> Policy:
    """The policy ``encode_policy`` wrote. Raises ValueError (or KeyError, TypeError) on
    anything else: a caller treats that as a cache miss."""
    wrapper = json.loads(text)
    if not isinstance(wrapper, dict) or wrapper.get("codec") != CODEC_VERSION:
        raise ValueError("not a policy written by this codec version")
    data: Json = wrapper["policy"]
    return Policy(
        version=int(data["version"]),
        scan=ScanSettings(
            tuple(data["scan"]["include"]),
            tuple(data["scan"]["exclude"]),
            data["scan"].get("root"),
        ),
        freshness=_freshness(data["freshness"]),
        messaging=_messaging(data["messaging"]),
        compliance=_compliance(data["compliance"]),
        severity={str(k): str(v) for k, v in data["severity"].items()},
        sources=tuple(data["sources"]),
        digest=str(data["digest"]),
    )


def _duration(data: Json) -> Duration:
    return Duration(int(data["count"]), data["unit"])


def _freshness(data: Json) -> FreshnessPolicy:
    return FreshnessPolicy(
        default_cadence=_duration(data["default_cadence"]),
        warn_before=_duration(data["warn_before"]),
        cadence=tuple(
            CadenceRule(
                match=tuple(rule["match"]),
                every=_duration(rule["every"]),
                owner=rule["owner"],
                warn_before=_duration(rule["warn_before"]) if rule["warn_before"] else None,
            )
            for rule in data["cadence"]
        ),
        dated_max_age=_duration(data["dated_max_age"]),
        change_sources=tuple(data["change_sources"]),
    )


def _messaging(data: Json) -> MessagingPolicy:
    return MessagingPolicy(
        threshold=int(data["threshold"]),
        messages=tuple(
            Message(m["id"], m["current"], tuple(m["superseded"]), m["source"], m["owner"])
            for m in data["messages"]
        ),
        terms=tuple(
            Term(tuple(t["retired"]), t["use"], t["reason"], *_scope(t)) for t in data["terms"]
        ),
        synonyms=tuple(tuple(group) for group in data.get("synonyms", ())),
    )


def _compliance(data: Json) -> CompliancePolicy:
    return CompliancePolicy(
        banned=tuple(
            BannedPhrase(b["phrase"], b["pattern"], b["reason"], b["severity"], *_scope(b))
            for b in data["banned"]
        ),
        disclaimers=tuple(
            Disclaimer(d["when"], d["require"], d["reason"], *_scope(d))
            for d in data["disclaimers"]
        ),
    )


def _scope(data: Json) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """An entry's ``except:`` phrases and ``paths:`` globs."""
    return tuple(data.get("exceptions", ())), tuple(data.get("paths", ()))
