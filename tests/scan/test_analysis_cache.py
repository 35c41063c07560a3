"""The analysis cache: a rescan with the same policy and code judges cached analyses in the
parent; a new date is always judged afresh; a new policy or new code never hits old entries.

Every scan here runs real files (python-pptx, python-docx, Markdown) through real workers.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

import docx
import pptx
import pytest

from freshcheck.engine.analysis import decode_analysis, encode_analysis
from freshcheck.engine.check import analyse
from freshcheck.engine.compiled import CompiledPolicy
from freshcheck.extract import extract_file
from freshcheck.policy import load_policy
from freshcheck.scan import runner
from freshcheck.scan.cache import store
from freshcheck.scan.cache.store import CACHE_FILE_NAME, cache_info
from freshcheck.scan.job import ScanJob
from freshcheck.scan.runner import ScanOptions
from freshcheck.scan.runner import scan_paths as scan
from freshcheck.scan.workers import WorkerPool
from tests.scan.options import cached_scan_options

AS_OF = dt.date(2026, 6, 1)
POLICY = """\
version: 1
freshness:
  default_cadence: 180d
  dated_references:
    max_age: 1y
messaging:
  messages:
    - id: onboarding-time
      current: "Acme cuts new-hire onboarding time by 45%."
      superseded: ["Acme cuts new-hire onboarding time by 30%."]
  terms:
    - retired: ["Acme Insights"]
      use: "Acme Analytics"
compliance:
  banned:
    - phrase: "guaranteed results"
"""


def _library(root: Path) -> Path:
    root.mkdir(parents=True)
    (root / "freshcheck.yaml").write_text(POLICY, encoding="utf-8")
    for n in range(2):
        deck = pptx.Presentation()
        slide = deck.slides.add_slide(deck.slide_layouts[1])
        slide.shapes.title.text = f"FY25 plan {n}"
        slide.placeholders[1].text = "Acme cuts new-hire onboarding time by 30%."
        slide.notes_slide.notes_text_frame.text = "Say Acme Insights here. © 2025 Acme"
        deck.save(str(root / f"deck{n}.pptx"))
        document = docx.Document()
        document.add_paragraph(f"Playbook {n}: guaranteed results. Last reviewed: 2026-02-01")
        document.add_paragraph(
            "Pricing current as of March 2025. freshcheck: ignore content/dated-reference"
        )
        document.save(str(root / f"playbook{n}.docx"))
        (root / f"notes{n}.md").write_text(f"# Notes {n}\n\nUse Acme Insights. FY24 recap.\n")
    return root


def _options(tmp_path: Path, **changes: Any) -> ScanOptions:
    as_of = changes.pop("as_of", AS_OF)
    assert isinstance(as_of, dt.date)
    return cached_scan_options(tmp_path, as_of, **changes)


@pytest.fixture
def jobs_sent(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The files each scan hands to its workers (the rest were judged from the cache)."""
    sent: list[str] = []
    original = WorkerPool.imap_unordered

    def recording(
        self: WorkerPool, func: Callable[[Any], Any], items: Iterable[Any]
    ) -> Iterator[Any]:
        def tee() -> Iterator[Any]:
            for item in items:
                if isinstance(item, ScanJob):
                    sent.append(item.facts.rel_path)
                yield item

        return original(self, func, tee())

    monkeypatch.setattr(WorkerPool, "imap_unordered", recording)
    return sent


def test_a_rescan_judges_every_file_from_cached_analyses(
    tmp_path: Path, jobs_sent: list[str]
) -> None:
    library = _library(tmp_path / "lib")
    cold = scan([library], _options(tmp_path))
    assert len(jobs_sent) == len(cold.files) == 6
    assert cache_info(tmp_path / "cache").analyses == 6
    jobs_sent.clear()
    done: list[tuple[int, int]] = []
    warm = scan([library], _options(tmp_path, progress=lambda d, t, _: done.append((d, t))))
    assert jobs_sent == []
    assert warm == cold
    assert done[-1] == (6, 6)


def test_a_later_date_is_judged_afresh_on_a_warm_cache(tmp_path: Path) -> None:
    library = _library(tmp_path / "lib")
    scan([library], _options(tmp_path))
    later = dt.date(2027, 9, 1)
    warm = scan([library], _options(tmp_path, as_of=later))
    fresh = scan([library], _options(tmp_path, as_of=later, use_cache=False))
    assert warm == fresh
    deck = next(f for f in warm.files if f.path == "deck0.pptx")
    dated = [f for f in deck.findings if f.rule == "content/dated-reference"]
    # The excerpt is the sentence holding the reference, the span the reference itself.
    assert {(f.excerpt, f.span) for f in dated} == {
        ("FY25 plan 0", (0, 4)),
        ("© 2025 Acme", (0, 6)),
    }
    playbook = next(f for f in warm.files if f.path == "playbook0.docx")
    assert playbook.status == "overdue"  # reviewed 2026-02-01, 180-day cadence
    assert not [f for f in playbook.findings if f.rule == "content/dated-reference"]
    assert playbook.suppressed == 1  # "as of March 2025", silenced on its paragraph


def test_a_new_policy_reuses_the_documents_but_not_the_analyses(
    tmp_path: Path, jobs_sent: list[str]
) -> None:
    library = _library(tmp_path / "lib")
    scan([library], _options(tmp_path))
    policy = library / "freshcheck.yaml"
    policy.write_text(POLICY.replace('"guaranteed results"', '"Acme Insights"'))
    jobs_sent.clear()
    warm = scan([library], _options(tmp_path))
    assert len(jobs_sent) == 6
    assert warm == scan([library], _options(tmp_path, use_cache=False))
    info = cache_info(tmp_path / "cache")
    assert (info.entries, info.analyses) == (6, 12)  # both policies' analyses are kept


def test_only_the_latest_policies_keep_their_analyses(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(store, "KEPT_POLICIES", 1)
    library = _library(tmp_path / "lib")
    scan([library], _options(tmp_path))
    (library / "freshcheck.yaml").write_text(POLICY.replace("180d", "90d"))
    scan([library], _options(tmp_path))
    assert cache_info(tmp_path / "cache").analyses == 6


def test_other_code_never_hits_an_old_analysis(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, jobs_sent: list[str]
) -> None:
    library = _library(tmp_path / "lib")
    cold = scan([library], _options(tmp_path))
    monkeypatch.setattr(runner, "code_fingerprint", lambda: "an-upgraded-freshcheck")
    jobs_sent.clear()
    assert scan([library], _options(tmp_path)) == cold
    assert len(jobs_sent) == 6


def test_a_damaged_analysis_is_made_again(tmp_path: Path, jobs_sent: list[str]) -> None:
    library = _library(tmp_path / "lib")
    cold = scan([library], _options(tmp_path))
    with sqlite3.connect(tmp_path / "cache" / CACHE_FILE_NAME) as db:
        db.execute("UPDATE analyses SET analysis = x'00ff00'")
    jobs_sent.clear()
    assert scan([library], _options(tmp_path)) == cold
    assert len(jobs_sent) == 6
    jobs_sent.clear()
    assert scan([library], _options(tmp_path)) == cold
    assert jobs_sent == []  # replaced by sound ones


def test_an_analysis_survives_its_encoding(tmp_path: Path) -> None:
    library = _library(tmp_path / "lib")
    compiled = CompiledPolicy.build(load_policy(library / "freshcheck.yaml"))
    for file in sorted(library.iterdir()):
        if file.suffix in (".pptx", ".docx", ".md"):
            analysis = analyse(extract_file(file, file.name), compiled)
            assert decode_analysis(encode_analysis(analysis)) == analysis
    assert decode_analysis(b"not zlib") is None
