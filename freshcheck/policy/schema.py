"""The policy format as JSON Schema (draft 2020-12), for editors and other tools.

Point the YAML language server at it (``# yaml-language-server: $schema=policy.schema.json``)
to get completion, descriptions and checking while typing. The schema describes each file of
a policy on its own; checks that need the whole merged policy (unique message ids, a name both
retired and approved, regexes that compile) are made by ``freshcheck policy check``.
"""

from __future__ import annotations

from typing import Any

from freshcheck.policy.model import Duration
from freshcheck.policy.rule_ids import RULE_IDS, SEVERITIES

Schema = dict[str, Any]

_DURATION = {
    "type": "string",
    "pattern": r"^\s*\d+\s*[dwmy]\s*$",
    "description": "A number followed by d (days), w (weeks), m (months) or y (years).",
    "examples": ["90d", "6w", "3m", "1y"],
}
_TEXT = {"type": "string", "minLength": 1, "pattern": r"\S"}
_REGEX = {
    "type": "string",
    "minLength": 1,
    "format": "regex",
    "description": (
        "A regular expression in Python's syntax, run on a linear-time engine (no "
        "back-references or lookarounds); write it in single quotes in YAML."
    ),
}


def _text(description: str, **extra: Any) -> Schema:
    return {**_TEXT, "description": description, **extra}


def _one_or_more(description: str, item: Schema | None = None) -> Schema:
    one = item or _TEXT
    return {
        "description": description,
        "oneOf": [one, {"type": "array", "items": one, "minItems": 1}],
    }


def _group(description: str, properties: Schema, required: tuple[str, ...] = ()) -> Schema:
    schema: Schema = {
        "type": ["object", "null"] if not required else "object",
        "description": description,
        "properties": properties,
        "additionalProperties": False,
    }
    if required:
        schema["required"] = list(required)
    return schema


def _list(description: str, item: Schema) -> Schema:
    return {"type": ["array", "null"], "description": description, "items": item}


def _duration(description: str, default: Duration | None = None) -> Schema:
    schema: Schema = {"$ref": "#/$defs/duration", "description": description}
    if default is not None:
        schema["default"] = str(default)
    return schema


_GLOBS = {"$ref": "#/$defs/globs"}
_SEVERITY = {"$ref": "#/$defs/severity"}


def policy_schema() -> Schema:
    """The JSON Schema (draft 2020-12) of one policy file, with a description on every key."""
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": "freshcheck policy",
        "description": "Review cadences, approved messaging and compliance rules for freshcheck.",
        "type": "object",
        "required": ["version"],
        "additionalProperties": False,
        "properties": {
            "version": {"const": 1, "description": "Format version of this file; always 1."},
            "scan": _scan(),
            "freshness": _freshness(),
            "messaging": _messaging(),
            "compliance": _compliance(),
            "severity": {
                "type": ["object", "null"],
                "description": "Per-rule severity overrides; off turns a rule off.",
                "propertyNames": {"enum": list(RULE_IDS)},
                "additionalProperties": _SEVERITY,
            },
        },
        "$defs": {
            "duration": _DURATION,
            "severity": {
                "enum": list(SEVERITIES),
                "description": "error | warning | info | off",
            },
            "globs": _one_or_more(
                "A glob relative to the library root (e.g. decks/**), or a list of them."
            ),
        },
    }


def _scan() -> Schema:
    return _group(
        "Which files to scan. .git and Office lock/temp files are always skipped.",
        {
            "include": {**_GLOBS, "description": "Globs to scan; default: every supported file."},
            "exclude": {**_GLOBS, "description": "Globs to skip, e.g. archive/**."},
            "root": _text(
                "The library root, relative to the policy's folder; every glob, review "
                "record and report path is relative to it. Default: the folder that holds "
                "freshcheck.yaml, or the parent of a policies/ folder."
            ),
        },
    )


def _freshness() -> Schema:
    cadence_rule = _group(
        "A review cadence for matching files; the first matching rule wins.",
        {
            "match": {**_GLOBS, "description": "Glob or globs relative to the library root."},
            "every": _duration("How often matching files must be reviewed, e.g. 90d."),
            "owner": _text("Who reviews these files, shown in reports."),
            "warn_before": _duration("Warn this long before a file falls due."),
        },
        required=("match", "every"),
    )
    return _group(
        "Review cadences: how long content may go without a review.",
        {
            "default_cadence": _duration("Cadence for files no rule matches.", Duration(180, "d")),
            "warn_before": _duration(
                "Report freshness/due-soon this long before a file falls due.", Duration(14, "d")
            ),
            "cadence": _list("Cadence rules; the first matching rule wins.", cadence_rule),
            "change_sources": {
                "type": "array",
                "items": {"enum": ["git", "metadata", "mtime"]},
                "uniqueItems": True,
                "minItems": 1,
                "default": ["git", "metadata", "mtime"],
                "description": (
                    "Where the last content change is read from, in order: the first that "
                    "knows a date wins. Drop 'git' when commit dates say nothing about the "
                    "content (a library imported into git in one commit)."
                ),
            },
            "dated_references": _group(
                "Copyright years, fiscal periods and 'as of' dates in the content.",
                {"max_age": _duration("Flag references older than this.", Duration(2, "y"))},
            ),
        },
    )


def _messaging() -> Schema:
    message = _group(
        "One approved message and the versions it replaced.",
        {
            "id": _text("A short unique name for the message, e.g. onboarding-time."),
            "current": _text("The approved text, exactly as it should read."),
            "superseded": _one_or_more("Earlier versions of the message, now outdated."),
            "source": _text("Where the message comes from, shown to the reader."),
            "owner": _text("Who owns the message."),
        },
        required=("id", "current"),
    )
    term = _group(
        "Names that must no longer be used, and the name to use instead.",
        {
            "retired": _one_or_more("A retired name, or a list of them."),
            "use": _text("The name to use instead."),
            "reason": _text("Why the name changed, shown to the reader."),
            **_scope("the name"),
        },
        required=("retired", "use"),
    )
    return _group(
        "Approved messaging: claims must match the current version.",
        {
            "threshold": {
                "type": "integer",
                "minimum": 0,
                "maximum": 100,
                "default": 85,
                "description": "How similar (0–100) a sentence must be to count as a message.",
            },
            "synonyms": _list(
                "Groups of words that mean the same in your messages, e.g. [seller, rep]; "
                "the matcher reads each group as one word.",
                {"type": "array", "items": {**_TEXT, "pattern": r"^\S+$"}, "minItems": 2},
            ),
            "messages": _list("Approved messages.", message),
            "terms": _list("Retired names and their replacements.", term),
        },
    )


def _scope(what: str) -> dict[str, Schema]:
    """``except:`` and ``paths:``, which terms, banned phrases and disclaimers all take."""
    return {
        "except": _one_or_more(
            f"Phrases that make {what} acceptable where they surround it, "
            'e.g. "SalesBoost migration guide"; one or a list.'
        ),
        "paths": {
            **_GLOBS,
            "description": "Glob or globs (relative to the library root) of the files "
            "this entry applies to; by default, all.",
        },
    }


def _compliance() -> Schema:
    banned = _group(
        "Words that must not appear: set phrase or pattern, not both.",
        {
            "phrase": _text("Exact words, matched case-insensitively as whole words."),
            "pattern": {**_REGEX, "description": "A regular expression to flag."},
            "reason": _text("Why it is banned, shown to the reader."),
            "severity": {**_SEVERITY, "description": "Override the rule's severity."},
            **_scope("the phrase"),
        },
    )
    banned["oneOf"] = [{"required": ["phrase"]}, {"required": ["pattern"]}]
    banned["type"] = "object"
    disclaimer = _group(
        "Text a document must carry when it says something.",
        {
            "when": {**_REGEX, "description": "If this regex occurs anywhere in a document…"},
            "require": _text("…this text must occur in the same document."),
            "reason": _text("Why the disclaimer is needed, shown to the reader."),
            **_scope("what `when` finds"),
        },
        required=("when", "require"),
    )
    return _group(
        "Legal rules: banned phrases and required disclaimers.",
        {
            "banned": _list("Banned phrases and patterns.", banned),
            "disclaimers": _list("Disclaimers required by what a document says.", disclaimer),
        },
    )
