"""The documentation a user reads stays inside the repository and in step with the code.

- every relative link in README.md, CONTRIBUTING.md and docs/*.md names a file (or folder)
  inside the repository, and an anchor (``page.md#section``) names a heading of that page;
- nothing points at the project's private shared folder (``../shared``) or at SPEC.md, which
  users do not have;
- every module path the docs mention (``freshcheck/messaging/claims.py``, ``tests/...``,
  ``scripts/...``) exists, and every bare module name (``claims.py``) is a file somewhere in
  the repository, so a move of code cannot leave the docs naming a module that is gone;
- every dotted name in code quotes (``freshcheck.engine.check.analyse``) imports;
- docs/policy.md describes every policy key, and its YAML examples are valid policies;
- the example in docs/json-report.md is valid against the report's JSON Schema;
- docs/rules.md is exactly what scripts/make_rule_docs.py writes from the rules registry.
"""

from __future__ import annotations

import importlib.util
import re
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[1]
USER_DOCS = sorted(
    [ROOT / "README.md", ROOT / "CONTRIBUTING.md", *(ROOT / "docs").glob("*.md")],
    key=lambda path: path.as_posix(),
)
DOC_IDS = [path.relative_to(ROOT).as_posix() for path in USER_DOCS]

_FENCE = re.compile(r"^(```|~~~).*?^\1[ \t]*$", re.MULTILINE | re.DOTALL)
_LINK = re.compile(r"!?\[(?:[^\]\[]|\[[^\]]*\])*\]\(\s*<?([^)\s>]+)>?(?:\s+\"[^\"]*\")?\s*\)")
_REFERENCE_LINK = re.compile(r"^\s*\[[^\]]+\]:\s*<?(\S+?)>?(?:\s|$)", re.MULTILINE)
_HTML_LINK = re.compile(r"""<(?:a|img)\b[^>]*?\b(?:href|src)\s*=\s*["']([^"']+)["']""")
_HEADING = re.compile(r"^(#{1,6})[ \t]+(.+?)[ \t#]*$", re.MULTILINE)
_HTML_ID = re.compile(r"""\b(?:id|name)\s*=\s*["']([^"']+)["']""")
_EXTERNAL = re.compile(r"^(?:[a-z][a-z0-9+.-]*:|//)", re.IGNORECASE)
_REPO_PATH = re.compile(
    r"(?<![\w./@-])((?:freshcheck|tests|benchmarks|scripts|docs)/[\w./-]*?\w\.(?:py|md|json|yaml))"
    r"(?![\w/])"
)
_BARE_MODULE = re.compile(r"(?<![\w./*-])([A-Za-z_]\w*\.py)\b")
_DOTTED = re.compile(r"(?<=`)(freshcheck(?:\.[A-Za-z_]\w*)+)(?![\w-])")
_OUTSIDE = re.compile(r"\.\./shared|\bSPEC\b|/work/|\bDESIGN\.md\b|\bSTYLE\.md\b")


def _prose(text: str) -> str:
    """The text with fenced code blocks blanked out (their lines kept, for line numbers)."""
    return _FENCE.sub(lambda m: "\n" * m.group(0).count("\n"), text)


def _links(text: str) -> list[str]:
    prose = _prose(text)
    found = [m.group(1) for m in _LINK.finditer(prose)]
    found += [m.group(1) for m in _REFERENCE_LINK.finditer(prose)]
    found += [m.group(1) for m in _HTML_LINK.finditer(prose)]
    return found


def github_slug(heading: str) -> str:
    """The anchor GitHub gives a heading: lower case, punctuation dropped, spaces → hyphens."""
    text = re.sub(r"<[^>]+>", "", heading)  # inline HTML
    text = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", text)  # links keep their text
    text = text.strip().lower()
    text = re.sub(r"[^\w\- ]", "", text)
    return text.replace(" ", "-")


def anchors_of(path: Path) -> set[str]:
    text = _prose(path.read_text(encoding="utf-8"))
    anchors: set[str] = set(_HTML_ID.findall(text))
    seen: dict[str, int] = {}
    for match in _HEADING.finditer(text):
        slug = github_slug(match.group(2))
        count = seen.get(slug, 0)
        seen[slug] = count + 1
        anchors.add(slug if count == 0 else f"{slug}-{count}")
    return anchors


def test_the_documents_exist() -> None:
    names = set(DOC_IDS)
    for required in (
        "README.md",
        "CONTRIBUTING.md",
        "docs/architecture.md",
        "docs/exit-codes.md",
        "docs/freshness.md",
        "docs/json-report.md",
        "docs/policy.md",
        "docs/rules.md",
    ):
        assert required in names, f"{required} is missing"


@pytest.mark.parametrize("doc", USER_DOCS, ids=DOC_IDS)
def test_relative_links_resolve_inside_the_repository(doc: Path) -> None:
    problems = []
    for target in _links(doc.read_text(encoding="utf-8")):
        if _EXTERNAL.match(target):
            continue
        path_part, _, anchor = target.partition("#")
        resolved = (doc.parent / path_part).resolve() if path_part else doc
        if not resolved.is_relative_to(ROOT):
            problems.append(f"{target}: points outside the repository")
            continue
        if not resolved.exists():
            problems.append(f"{target}: {resolved.relative_to(ROOT)} does not exist")
            continue
        if anchor and resolved.suffix == ".md" and anchor not in anchors_of(resolved):
            problems.append(f"{target}: no heading #{anchor} in {resolved.relative_to(ROOT)}")
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("doc", USER_DOCS, ids=DOC_IDS)
def test_nothing_points_outside_the_repository(doc: Path) -> None:
    lines = doc.read_text(encoding="utf-8").splitlines()
    problems = [
        f"line {number}: {line.strip()}"
        for number, line in enumerate(lines, 1)
        if _OUTSIDE.search(line)
    ]
    assert not problems, "names a file users do not have:\n" + "\n".join(problems)


@pytest.mark.parametrize("doc", USER_DOCS, ids=DOC_IDS)
def test_module_paths_in_the_docs_exist(doc: Path) -> None:
    text = doc.read_text(encoding="utf-8")
    stale = sorted({path for path in _REPO_PATH.findall(text) if not (ROOT / path).exists()})
    assert not stale, f"{doc.name} names paths that do not exist: {stale}"


def _python_files() -> set[str]:
    names = set()
    for folder in ("freshcheck", "tests", "benchmarks", "scripts"):
        names.update(path.name for path in (ROOT / folder).rglob("*.py"))
    return names


@pytest.mark.parametrize("doc", USER_DOCS, ids=DOC_IDS)
def test_bare_module_names_in_the_docs_exist(doc: Path) -> None:
    text = doc.read_text(encoding="utf-8")
    known = _python_files()
    missing = sorted({name for name in _BARE_MODULE.findall(text) if name not in known})
    assert not missing, f"{doc.name} names modules that do not exist: {missing}"


def _resolves(dotted: str) -> bool:
    """``freshcheck.report.plan.review_plan``: a module, or an attribute of one."""
    parts = dotted.split(".")
    for cut in range(len(parts), 0, -1):
        try:
            target: object = importlib.import_module(".".join(parts[:cut]))
        except ImportError:
            continue
        for name in parts[cut:]:
            if not hasattr(target, name):
                return False
            target = getattr(target, name)
        return True
    return False


@pytest.mark.parametrize("doc", USER_DOCS, ids=DOC_IDS)
def test_dotted_names_in_the_docs_exist(doc: Path) -> None:
    text = doc.read_text(encoding="utf-8")
    file_names = {"yaml", "yml", "sarif", "json", "xml", "html", "md", "txt", "csv"}
    names = {name for name in _DOTTED.findall(text) if name.rsplit(".", 1)[1] not in file_names}
    missing = sorted(name for name in names if not _resolves(name))
    assert not missing, f"{doc.name} names Python objects that do not exist: {missing}"


def _generator() -> ModuleType:
    path = ROOT / "scripts" / "make_rule_docs.py"
    spec = importlib.util.spec_from_file_location("make_rule_docs", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_rules_doc_is_what_the_generator_writes() -> None:
    expected = _generator().render()
    current = (ROOT / "docs" / "rules.md").read_text(encoding="utf-8")
    assert current == expected, (
        "docs/rules.md is out of date: run .venv/bin/python scripts/make_rule_docs.py"
    )


def test_rules_doc_covers_every_rule() -> None:
    from freshcheck.engine.rules import FAMILIES, RULES

    text = (ROOT / "docs" / "rules.md").read_text(encoding="utf-8")
    for rule_id in RULES:
        assert f"`{rule_id}`" in text
    for family in FAMILIES:
        assert f"## {family.name}\n" in text


def test_the_json_report_example_is_a_valid_report() -> None:
    import json

    import jsonschema

    from freshcheck.report.json_report import report_schema

    text = (ROOT / "docs" / "json-report.md").read_text(encoding="utf-8")
    example = re.search(r"```json\n(.*?)\n```", text, re.DOTALL)
    assert example is not None
    jsonschema.validate(json.loads(example.group(1)), report_schema())


def test_the_policy_doc_names_every_key() -> None:
    from freshcheck.policy.keys import SECTION_KEYS

    text = (ROOT / "docs" / "policy.md").read_text(encoding="utf-8")
    missing = [
        f"{section}.{key}" if section else key
        for section, keys in SECTION_KEYS.items()
        for key in keys
        if f"`{section}.{key}`" not in text and not (section == "" and f"## `{key}`" in text)
    ]
    assert not missing, f"docs/policy.md does not describe: {missing}"


def test_the_policy_doc_examples_are_valid(tmp_path: Path) -> None:
    from freshcheck.policy import load_policy

    text = (ROOT / "docs" / "policy.md").read_text(encoding="utf-8")
    blocks = re.findall(r"```yaml\n(.*?)```", text, re.DOTALL)
    examples = [block for block in blocks if "yaml-language-server" not in block]
    assert len(examples) >= 5
    for number, block in enumerate(examples):
        path = tmp_path / f"example{number}.yaml"
        has_version = re.search(r"^version:", block, re.M) is not None
        path.write_text(block if has_version else "version: 1\n" + block)
        load_policy(path)  # raises PolicyError, naming every problem, when invalid


def test_the_slug_matches_github() -> None:
    assert github_slug("Beyond the spec") == "beyond-the-spec"
    assert github_slug("`freshness.change_sources`") == "freshnesschange_sources"
    assert github_slug("Exit codes: 0, 1, 2, 3, 130") == "exit-codes-0-1-2-3-130"
