"""``freshcheck claims``: the claims a library makes; ``freshcheck explain-match``: why one
sentence matches an approved message, or does not."""

from __future__ import annotations

import datetime as dt
import json
import os
from pathlib import Path

import click

from freshcheck.cli.options import JobsParam, echo, warn
from freshcheck.engine import CompiledPolicy
from freshcheck.errors import UsageError
from freshcheck.messaging import (
    INVENTORY_FORMATS,
    build_inventory,
    explain,
    explanation_json,
    render_explanation,
    render_inventory,
)
from freshcheck.scan import (
    ScanOptions,
    discover,
    extract_documents,
    resolve_library,
    resolve_policy,
)


@click.command("claims")
@click.argument("paths", nargs=-1, type=click.Path(exists=True, path_type=Path))
@click.option(
    "--policy", type=click.Path(exists=True, path_type=Path), help="Policy file or folder."
)
@click.option(
    "--format", "fmt", type=click.Choice(INVENTORY_FORMATS), default="text", show_default=True
)
@click.option("--by-message", is_flag=True, help="Uses of each approved message, with files.")
@click.option(
    "--unmatched",
    is_flag=True,
    help="Only claims that match no approved message, each with its closest message, "
    "score and the words that decided it.",
)
@click.option("--jobs", type=JobsParam(), help="Worker processes (default and most: the CPUs).")
def claims(
    paths: tuple[Path, ...],
    policy: Path | None,
    fmt: str,
    by_message: bool,
    unmatched: bool,
    jobs: int | None,
) -> None:
    """Inventory of the claims in PATHS: text, kind, facts, message id, status, location.

    A claim is a sentence, bullet, cell or title that states a fact (a number, percentage,
    amount, multiplier, date, product name) or matches an approved message. Status is
    current, outdated or unmatched.

    \b
    Examples:
      freshcheck claims content/
      freshcheck claims --by-message --format csv content/ > message-uses.csv
      freshcheck claims --unmatched content/      # candidates for the messaging library
      freshcheck explain-match "Acme cuts onboarding time by 30%"   # one sentence
    """
    if by_message and unmatched:
        raise UsageError("choose one of --by-message and --unmatched")
    roots = list(paths) or [Path(".")]
    options = ScanOptions(as_of=dt.date.today(), policy=policy, jobs=jobs, env=dict(os.environ))
    library = resolve_library(roots, options)
    compiled = CompiledPolicy.build(library.policy)
    files = discover(roots, library.policy.scan, library.root, warn)
    found = sorted(extract_documents(files, jobs, options.limits), key=lambda pair: pair[1].path)
    documents = (document for _, document in found)
    inventory = build_inventory(documents, compiled.messages, explain_unmatched=unmatched)
    view = "by-message" if by_message else "unmatched" if unmatched else "claims"
    echo(render_inventory(inventory, fmt, view))


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
