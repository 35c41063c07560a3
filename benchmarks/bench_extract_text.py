"""Throughput of the Markdown, plain-text and HTML extractors, in one process.

    .venv/bin/python benchmarks/bench_extract_text.py [--files N] [--repeat N]

Writes N small files of each kind (a typical wiki page: front matter, headings, bullets, a
table, a code block, links and emphasis; its plain-text and HTML equivalents) into a
temporary folder, then prints files/s and MB/s for each extractor, best of ``--repeat``
runs, and the same for one large file of each kind (about 2 MB). A later acceptance check
expects thousands of small Markdown files per second on one core.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from freshcheck.extract.html.extractor import extract_html
from freshcheck.extract.markdown.extractor import extract_markdown
from freshcheck.extract.safety import DEFAULT_LIMITS
from freshcheck.extract.text import extract_text
from freshcheck.model import Document

MARKDOWN = """\
---
title: Discovery call playbook {n}
owner: enablement@example.com
updated: 2026-01-15
---
# Discovery call playbook {n}

Acme cuts new-hire onboarding time by **45%**, see the [customer study](https://x.example).
Use this page before every first call.

## Questions to ask

- What does onboarding cost you today?
- How many tools does a new hire touch in week one?
  Count the ones IT must provision.
- Who owns the *budget*?

| Plan | Price | Seats |
| --- | ---: | --- |
| Starter | $29 | 5 |
| Pro | $99 | 25 |

```yaml
not: content
```

Last reviewed: 2026-01-15
"""

TEXT = """\
Discovery call playbook {n}
===========================

Acme cuts new-hire onboarding time by 45%, see the customer study.
Use this page before every first call.

Questions to ask:
- What does onboarding cost you today?
- How many tools does a new hire touch in week one?
  Count the ones IT must provision.
- Who owns the budget?

Last reviewed: 2026-01-15
"""

HTML = """\
<!DOCTYPE html><html><head><title>Discovery call playbook {n}</title>
<meta name="dcterms.modified" content="2026-01-15"></head><body>
<h1>Discovery call playbook {n}</h1>
<p>Acme cuts new-hire onboarding time by <b>45%</b>, see the
<a href="https://x.example">customer study</a>. Use this page before every first call.</p>
<h2>Questions to ask</h2>
<ul><li>What does onboarding cost you today?</li>
<li>How many tools does a new hire touch in week one? Count the ones IT must provision.</li>
<li>Who owns the <em>budget</em>?</li></ul>
<table><tr><th>Plan</th><th>Price</th></tr><tr><td>Starter</td><td>$29</td></tr></table>
<p>Last reviewed: 2026-01-15</p></body></html>
"""

Extractor = Callable[..., Document]
KINDS: dict[str, tuple[str, str, Extractor]] = {
    "md": (".md", MARKDOWN, extract_markdown),
    "txt": (".txt", TEXT, extract_text),
    "html": (".html", HTML, extract_html),
}


def best_rate(paths: list[Path], extract: Extractor, repeat: int) -> tuple[float, float]:
    """Files per second and MB per second, best of ``repeat`` passes over ``paths``."""
    size = sum(path.stat().st_size for path in paths)
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        for path in paths:
            extract(path, path.name, DEFAULT_LIMITS)
        best = min(best, time.perf_counter() - start)
    return len(paths) / best, size / best / 1e6


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--files", type=int, default=2000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        for kind, (suffix, template, extract) in KINDS.items():
            small = []
            for n in range(args.files):
                path = root / f"{kind}-{n}{suffix}"
                path.write_text(template.format(n=n), encoding="utf-8")
                small.append(path)
            files_s, mb_s = best_rate(small, extract, args.repeat)
            print(f"{kind:5} small: {files_s:8.0f} files/s  {mb_s:6.1f} MB/s  ({len(small)} files)")
            large = root / f"{kind}-large{suffix}"
            body = "".join(template.format(n=n) for n in range(2_000_000 // len(template)))
            large.write_text(body, encoding="utf-8")
            _, mb_s = best_rate([large], extract, args.repeat)
            print(f"{kind:5} large: {mb_s:6.1f} MB/s  ({large.stat().st_size / 1e6:.1f} MB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
