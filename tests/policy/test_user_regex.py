"""A policy's own regexes run on RE2 and mean what they mean in Python.

The property test draws texts from fragments where RE2 and Python's ``re`` part ways
(Unicode letters and digits beside words, Unicode spaces, a final line break) and checks
that both engines find the same match for every supported pattern.
"""

from __future__ import annotations

import json
import pickle
import re
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from freshcheck.errors import PolicyError
from freshcheck.policy import UserRegex, load_policy
from freshcheck.policy.user_regex import check_user_regex

SAME_AS_PYTHON = (
    r"\brisk[- ]free\b",
    r"\bROI\b",
    r"(?-i:ROI)",
    r"(?i)\bfree\s+money\b",
    r"\bFY\d\d\b",
    r"\d+\s?%",
    r"(?:best|leading)\s+in\s+class",
    r"\bgratuit\b|\bfree\b",
    r"^free",
    r"money$",
    r"(?m)^free money$",
    r"colou?r",
    r"fr.e",
    r"(?s)free.money",
    r"e{2,3}",
    r"\s\S",
    r"[\w-]+ity\b",
    r"[^a-z ]+",
    r"[\W\d]+",
    r"(?a)\w+",
    r"\w+?y",
    r"^(\w+\s?)+$",  # backtracks for minutes on Python's re; linear on RE2
)
FRAGMENTS = (
    "risk",
    "free",
    "Free",
    "money",
    "ROI",
    "roi",
    "fy24",
    "FY٢٤",  # Arabic-Indic digits are \d in Python
    "gratuit",
    "é",  # a word character beside a word
    "ç",
    "_",
    "-",
    " ",
    "\u00a0",  # no-break space: \s in Python, not in RE2's own \s
    "\u2003",
    "\x0b",
    "\n",
    "best in class",
    "color",
    "colour",
    "quality",
    "12%",
    "3 %",
    "feee",
    "!",
    "\u017f",  # long s: matches "s" case-insensitively in both
)

texts = st.lists(st.sampled_from(FRAGMENTS), min_size=0, max_size=10).map("".join)


@settings(max_examples=2500, deadline=None)
@given(texts, st.sampled_from(SAME_AS_PYTHON))
def test_re2_finds_what_python_finds(text: str, source: str) -> None:
    if source.startswith("^(\\w+\\s?)+$") and len(text) > 16:
        return  # Python itself would take too long to give the expected answer
    if source.startswith("(?a)") and "\u017f" in text:
        return  # documented: with (?a), RE2 still folds the long s to "s"
    expected = re.search(source, text, re.IGNORECASE)
    found = UserRegex(source).search(text)
    assert (found.span() if found else None) == (expected.span() if expected else None), (
        source,
        text,
    )
    if found and expected:
        assert found.group(0) == expected.group(0)


def test_a_catastrophic_pattern_answers_at_once_on_a_long_text() -> None:
    sentence = "This is an ordinary sentence with quite a few words in it to scan now. " * 300
    assert UserRegex(r"^(\w+\s?)+$").search(sentence) is None
    assert UserRegex(r"^(\w+\s?)+$").search("just words here") is not None


def test_edge_word_boundaries_see_unicode_letters() -> None:
    # French: "gratuité" is not the word "gratuit" (RE2's own \b would say it is).
    assert UserRegex(r"\bgratuit\b").search("gratuité garantie") is None
    assert UserRegex(r"\bgratuit\b").search("c'est gratuit !") is not None
    assert UserRegex(r"\bROI\b").search("éROI") is None


@pytest.mark.parametrize(
    ("source", "reason"),
    [
        (r"(\w+) \1", "back-references (\\1, (?P=name)) are not supported"),
        (r"(?P<w>a)(?P=w)", "back-references (\\1, (?P=name)) are not supported"),
        (r"risk(?=-free)", "lookahead and lookbehind ((?=…), (?<=…)) are not supported"),
        (r"(?<=no )risk", "lookahead and lookbehind ((?=…), (?<=…)) are not supported"),
        (r"(?<!no )risk", "negative lookahead and lookbehind ((?!…), (?<!…)) are not supported"),
        (r"(a)?(?(1)b|c)", "conditional groups ((?(1)…|…)) are not supported"),
        (r"(?>a+)b", "atomic groups ((?>…)) are not supported"),
        (r"a++b", "possessive repeats (*+, ++, ?+) are not supported"),
        (r"[^\W\d]+", "a negated class holding \\W, \\S or \\D ([^\\W…]) is not supported"),
        (r"[a-", "unterminated character set at character 1"),
    ],
)
def test_constructs_without_a_linear_time_form_are_refused(source: str, reason: str) -> None:
    assert check_user_regex(source) == reason


def test_a_pattern_too_large_or_too_costly_for_the_engine_is_refused() -> None:
    reason = check_user_regex(r"\w{1000}\s{1000}\d{1000}\w{1000}")
    assert reason is not None and reason.startswith("the pattern is too large")
    costly = check_user_regex(r"\w{1000}") or ""
    assert costly.startswith("the pattern is too costly for the linear-time engine (")
    assert costly.endswith(  # the step count depends on RE2's Unicode tables
        "steps per character, the budget is 200,000): repeat less, such as {1,50} rather "
        "than {1,1000}"
    )
    assert check_user_regex(r"\b\w{1,50}ness\b") is None


def test_a_compiled_pattern_pickles_for_the_workers() -> None:
    pattern = UserRegex(r"\brisk[- ]free\b")
    copy = pickle.loads(pickle.dumps(pattern))
    assert copy.pattern == pattern.pattern and copy.translated == pattern.translated
    found = copy.search("A RISK-FREE trial")
    assert found is not None and found.group(0) == "RISK-FREE"


POLICY = """\
version: 1
compliance:
  banned:
    - pattern: '\\brisk[- ]free\\b'
    - pattern: '(\\w+) \\1'
  disclaimers:
    - when: '(?<!no )ROI'
      require: "Results may vary"
"""


def test_policy_check_names_the_pattern_and_the_reason_at_file_line(tmp_path: Path) -> None:
    policy = tmp_path / "freshcheck.yaml"
    policy.write_text(POLICY, encoding="utf-8")
    with pytest.raises(PolicyError) as caught:
        load_policy(policy)
    assert [str(problem) for problem in caught.value.problems] == [
        f"{policy}:5:16: compliance.banned[2].pattern: this regular expression does not work: "
        "back-references (\\1, (?P=name)) are not supported of '(\\w+) \\1'",
        f"{policy}:7:13: compliance.disclaimers[1].when: this regular expression does not "
        "work: negative lookahead and lookbehind ((?!…), (?<!…)) are not supported "
        "of '(?<!no )ROI'",
    ]
    done = subprocess.run(
        [sys.executable, "-m", "freshcheck", "policy", "check", str(policy)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 2
    assert "back-references" in done.stderr and "Traceback" not in done.stderr


CATASTROPHIC_POLICY = """\
version: 1
compliance:
  banned:
    - pattern: '^(\\w+\\s?)+$'
"""


def test_a_scan_with_a_catastrophic_pattern_reads_every_file(tmp_path: Path) -> None:
    # Before RE2 every ordinary file became "Unreadable: timed out after 60 s".
    library = tmp_path / "library"
    library.mkdir()
    (tmp_path / "freshcheck.yaml").write_text(CATASTROPHIC_POLICY, encoding="utf-8")
    sentence = "This is an ordinary sentence with quite a few words in it to scan now."
    for n in range(4):
        (library / f"note{n}.md").write_text(f"{sentence}\n\nonly words here\n", encoding="utf-8")
    command = [sys.executable, "-m", "freshcheck", "scan", str(library), "--format", "json"]
    command += ["--policy", str(tmp_path / "freshcheck.yaml"), "--no-cache"]
    command += ["--as-of", "2026-06-01", "--fail-on", "never"]
    done = subprocess.run(
        command,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout)
    rules = sorted(f["rule"] for file in report["files"] for f in file["findings"])
    assert "file/unreadable" not in rules
    assert rules.count("compliance/banned-phrase") == 4  # "only words here" in each file
