"""``freshcheck explain-match``: why one sentence matches an approved message, or does not."""

from __future__ import annotations

import datetime as dt
import json
import os
from pathlib import Path

import click

from freshcheck.cli.options import echo
from freshcheck.engine import CompiledPolicy
from freshcheck.errors import UsageError
from freshcheck.messaging import explain, explanation_json, render_explanation
from freshcheck.scan import ScanOptions, resolve_policy


@click.command("explain-match")
@click.argument("sentence")
@click.option(
    "--policy", type=click.Path(exists=True, path_type=Path), help="Policy file or folder."
)
@click.option("--format", "fmt", type=click.Choice(("text", "json")), default="text")
@click.option(
    "--top", type=click.IntRange(min=1), default=3, show_default=True, help="Readings shown."
)
def explain_match(sentence: str, policy: Path | None, fmt: str, top: int) -> None:
    """Show how SENTENCE reads against the approved messages: the verdict, the closest
    messages with their scores, and the words that decided it (shared, missing, extra,
    each with its weight), so that ``messaging.threshold`` and ``synonyms`` can be set from
    evidence.

    \b
    Examples:
      freshcheck explain-match "Acme cuts onboarding time by 30%"
      freshcheck explain-match --policy freshcheck.yaml --format json "Payback: 9 months"
    """
    options = ScanOptions(as_of=dt.date.today(), policy=policy, env=dict(os.environ))
    compiled = CompiledPolicy.build(resolve_policy([Path.cwd()], options))
    index = compiled.messages
    if not index.messages:
        raise UsageError("the policy has no messaging.messages to match against")
    explanation = explain(index, index.claim_for(sentence), most=top)
    if fmt == "json":
        echo(json.dumps(explanation_json(explanation), indent=2, ensure_ascii=False) + "\n")
    else:
        echo(render_explanation(explanation))
