"""The status file in the state dir, and how ``freshcheck watch --status`` prints it.

The watcher rewrites ``watch-status.json`` atomically after every batch and every few
seconds; ``--status`` reads it (never the watcher's memory) and says whether a watcher
holds the state dir's lock right now.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from freshcheck.atomic import write_atomic

STATUS_FILE = "watch-status.json"
STATUS_SCHEMA = "freshcheck/watch-status@1"


def write_status(state_dir: Path, status: Mapping[str, Any]) -> None:
    write_atomic(state_dir / STATUS_FILE, json.dumps(dict(status), indent=2) + "\n")


def read_status(state_dir: Path) -> dict[str, Any] | None:
    """The last status written in ``state_dir``, or None when no watcher ever ran there."""
    try:
        data = json.loads((state_dir / STATUS_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return data if isinstance(data, dict) else None


def render_status(status: Mapping[str, Any], running: bool) -> str:
    """The status as lines of text for a person."""
    lines = [
        f"watcher: {'running' if running else 'not running'}"
        f" (pid {status.get('pid')}, state {status.get('state')})",
        f"started: {status.get('started')}",
        f"updated: {status.get('updated')}",
        f"files watched: {status.get('files')}",
        f"queue: {status.get('queue')}",
        f"last event: {_last_event(status.get('last_event'))}",
        f"last batch: {status.get('last_batch') or 'none yet'}",
        f"last reconciliation: {status.get('last_reconcile') or 'none yet'}",
        f"events logged: {status.get('events_total')}",
    ]
    policy = status.get("policy") or {}
    sources = ", ".join(policy.get("sources") or []) or "built-in default"
    lines.append(f"policy: {sources}")
    if policy.get("error"):
        lines.append(f"policy error (old policy kept): {policy['error']}")
    for observer in status.get("observers") or []:
        lines.append(
            f"observer: {observer.get('root')}: {observer.get('kind')}"
            f" ({observer.get('filesystem')}; {observer.get('reason')})"
        )
    errors = status.get("errors") or []
    lines.append(f"errors: {len(errors)}")
    lines.extend(f"  {error}" for error in errors)
    return "\n".join(lines) + "\n"


def _last_event(event: Any) -> str:
    if not isinstance(event, dict):
        return "none yet"
    return f"{event.get('time')} {event.get('event')} {event.get('path')}"
