"""Benchmark: extraction quality on the real-world corpus, per format: recall and junk.

    .venv/bin/python benchmarks/extraction_quality.py                 # ../shared/corpus
    .venv/bin/python benchmarks/extraction_quality.py CORPUS --format pdf --worst 10

For every file with a non-empty reference text (``ref/<format>/<file>.txt``, written by
independent extractors; see the corpus README) it extracts the file with
``freshcheck.extract.extract_file`` and prints, per format:

- **recall**: the share of the reference's word tokens found among ours (mean, median,
  files below 0.9). Tokens are lowercase runs of letters and digits after NFKC, counted as a
  multiset; pure-number tokens are left out on both sides (rendered slide and list
  numbers, chart ticks), and so are units we mark hidden (hidden slides, hidden text),
  which no reader sees. A reference token also counts as found when, joined with up to two
  of its own neighbours, it spells four or more characters present in our text without
  spaces (the rule of ``tests/extract/pdf_recall.py``: line-end hyphens, letter-spaced
  headings). Clock times are dropped from the references: renderers fill time fields with
  the moment they ran.
- **junk**: the share of our emitted word tokens that are neither in the file's reference
  nor dictionary-like, where the dictionary is every word of every reference in the corpus
  (about 60,000 distinct words of real English and technical text). Caesar-shifted text
  ("kwws" for "http"), glyph-name soup and words broken in two land here; extra real text
  (speaker notes, headers, comments the reference leaves out) does not.

Pure measurement: it asserts nothing (the per-format corpus tests hold the targets).
"""

from __future__ import annotations

import argparse
import re
import statistics
import unicodedata
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from freshcheck.errors import UnreadableFile
from freshcheck.extract import extract_file

FORMATS = ("pptx", "docx", "pdf")
_TOKEN = re.compile(r"[^\W_]+")
_CLOCK_TIME = re.compile(r"\b\d{1,2}:\d{2}(?::\d{2})?\s*[AaPp][Mm]\b")


def word_tokens(text: str) -> list[str]:
    """Lowercase letter-and-digit tokens that hold at least one letter, in order."""
    found = _TOKEN.findall(unicodedata.normalize("NFKC", text).casefold())
    return [token for token in found if not token.isdigit()]


def token_recall(wanted: list[str], ours: list[str]) -> float:
    """Share of ``wanted`` found in ``ours`` (multiset), forgiving the reference's splits."""
    have = Counter(ours)
    solid = "".join(ours)
    found = 0
    for index, token in enumerate(wanted):
        if have[token] > 0:
            have[token] -= 1
            found += 1
        elif _joined_found(wanted, index, solid):
            found += 1
    return found / len(wanted)


def _joined_found(wanted: list[str], index: int, solid: str) -> bool:
    for before in range(3):
        for after in range(3):
            start, stop = index - before, index + after + 1
            if (before or after) and start >= 0 and stop <= len(wanted):
                joined = "".join(wanted[start:stop])
                if len(joined) >= 4 and joined in solid:
                    return True
    return False


@dataclass(frozen=True)
class FileQuality:
    name: str
    recall: float
    emitted: int
    junk: tuple[str, ...]


def reference_text(corpus: Path, kind: str, name: str) -> str:
    path = corpus / "ref" / kind / f"{name}.txt"
    if not path.exists():
        return ""
    return _CLOCK_TIME.sub(" ", path.read_text(errors="replace").lstrip("\ufeff"))


def measure(corpus: Path, kind: str, dictionary: set[str]) -> list[FileQuality]:
    results = []
    for path in sorted((corpus / kind).glob(f"*.{kind}")):
        wanted = word_tokens(reference_text(corpus, kind, path.name))
        if not wanted:
            continue  # an image-only file: nothing to measure against
        try:
            document = extract_file(path, path.name)
        except UnreadableFile:
            ours: list[str] = []
        else:
            text = "\n".join(unit.text for unit in document.units if not unit.hidden)
            ours = word_tokens(text)
        own = set(wanted)
        junk = tuple(t for t in ours if t not in own and t not in dictionary)
        results.append(FileQuality(path.name, token_recall(wanted, ours), len(ours), junk))
    return results


def corpus_dictionary(corpus: Path) -> set[str]:
    words: set[str] = set()
    for kind in FORMATS:
        for path in (corpus / "ref" / kind).glob("*.txt"):
            words.update(word_tokens(path.read_text(errors="replace")))
    return words


def main() -> None:
    default = Path(__file__).resolve().parents[1] / ".." / "shared" / "corpus"
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", type=Path, nargs="?", default=default.resolve())
    parser.add_argument("--format", choices=FORMATS, action="append", dest="formats")
    parser.add_argument("--worst", type=int, default=5, help="list the N lowest files")
    args = parser.parse_args()
    dictionary = corpus_dictionary(args.corpus)
    print(f"corpus {args.corpus}; dictionary {len(dictionary)} words")
    print(f"{'format':<6} {'files':>5} {'mean':>7} {'median':>7} {'<0.9':>5} {'junk':>7} tokens")
    details = []
    for kind in args.formats or FORMATS:
        results = measure(args.corpus, kind, dictionary)
        recalls = [r.recall for r in results]
        emitted = sum(r.emitted for r in results)
        junk = sum(len(r.junk) for r in results)
        print(
            f"{kind:<6} {len(results):>5} {statistics.mean(recalls):>7.4f} "
            f"{statistics.median(recalls):>7.4f} {sum(r < 0.9 for r in recalls):>5} "
            f"{junk / max(emitted, 1):>7.4f} {junk}/{emitted}"
        )
        details.append((kind, results))
    for kind, results in details:
        print(f"\n{kind}: lowest recall")
        for result in sorted(results, key=lambda r: r.recall)[: args.worst]:
            print(f"  {result.recall:.3f} {result.name}")
        print(f"{kind}: most junk")
        for result in sorted(results, key=lambda r: -len(r.junk))[: args.worst]:
            sample = [t for t, _ in Counter(result.junk).most_common(8)]
            print(f"  {len(result.junk):>6} of {result.emitted:>6} {result.name}: {sample}")


if __name__ == "__main__":
    main()
