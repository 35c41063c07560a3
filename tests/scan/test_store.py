"""The extraction cache on its own: keys, invalidation, corruption, locks, network folders."""

from __future__ import annotations

import json
import sqlite3
import zlib
from pathlib import Path

import pytest

from freshcheck.extract import extract_file
from freshcheck.model import Document, Location, Metadata, ReadError, TextUnit
from freshcheck.scan.cache import store
from freshcheck.scan.cache.document_codec import decode_document, encode_document
from freshcheck.scan.cache.filesystems import network_filesystem
from freshcheck.scan.cache.store import (
    CACHE_FILE_NAME,
    DocumentCache,
    FileKey,
    cache_info,
    file_sha256,
    read_cached_document,
    remove_cache_files,
)

DOC = Document(
    "decks/pitch.pptx",
    "pptx",
    (
        TextUnit("Acme cuts onboarding time by 45%.", Location(slide=1, part="title")),
        TextUnit("Speaker note, ünïcode ✓", Location(slide=2, part="notes"), hidden=True),
        TextUnit("cell", Location(slide=3, part="table", cell=(2, 1), shape="Table 4")),
        TextUnit("Run `x` now", Location(line=4, part="body"), code=((4, 5),)),
        TextUnit("A comment", Location(paragraph=2, part="comment"), through=3, code=((0, 1),)),
        TextUnit("A long comment", Location(paragraph=5, part="comment"), through=7),
    ),
    Metadata(title="Pitch", custom={"Owner": "Dana"}, front_matter={"tags": ["a", "b"]}),
    notes=("a note",),
)
KEY = FileKey("/library/decks/pitch.pptx", 1234, 1_700_000_000_000_000_000)


class Warnings(list[str]):
    def __call__(self, message: str) -> None:
        self.append(message)


def _open(folder: Path, version: str = "1", warn: Warnings | None = None) -> DocumentCache:
    cache = DocumentCache.open(folder, version, warn if warn is not None else Warnings())
    assert cache is not None
    return cache


def test_documents_round_trip_through_the_encoding() -> None:
    assert decode_document(encode_document(DOC)) == DOC
    failed = Document("x.pdf", "pdf", error=ReadError("encrypted", "password required"))
    assert decode_document(encode_document(failed)) == failed


def test_an_entry_is_found_by_path_size_mtime_and_version(tmp_path: Path) -> None:
    cache = _open(tmp_path)
    assert cache.lookup(KEY) is None
    cache.put(KEY, "abc", encode_document(DOC))
    cache.flush()
    hit = cache.lookup(KEY)
    assert hit is not None and hit.exact and hit.sha256 == "abc"
    assert read_cached_document(cache.file, hit.rowid) == DOC
    cache.close()

    again = _open(tmp_path)  # entries survive closing
    assert again.lookup(KEY) == hit
    touched = again.lookup(FileKey(KEY.path, KEY.size, KEY.mtime_ns + 1))
    assert touched is not None and not touched.exact  # the sha256 decides
    assert again.lookup(FileKey(KEY.path, KEY.size + 1, KEY.mtime_ns)) is None  # edited
    assert again.lookup(FileKey("/library/other.pptx", KEY.size, KEY.mtime_ns)) is None
    again.close()
    assert _open(tmp_path, version="2").lookup(KEY) is None  # a new extractor version


def test_prune_on_an_open_connection_keeps_what_a_scan_can_hit(tmp_path: Path) -> None:
    # A cluster node's connection lives for a whole scan and prunes once, without closing.
    cache = _open(tmp_path)
    cache.put(KEY, "old", encode_document(DOC))
    cache.put_analysis("old", "tag-a", b"analysis of old")
    cache.flush()
    cache.put(KEY, "new", encode_document(DOC))  # the file changed: "old" is gone
    cache.put_analysis("new", "tag-a", b"analysis of new")
    cache.flush()
    cache.prune(["tag-a"])
    assert cache.analysis("old", "tag-a") is None
    assert cache.analysis("new", "tag-a") == b"analysis of new"
    assert cache.lookup(KEY) is not None  # still open and usable
    cache.close()


def test_touch_records_the_new_mtime(tmp_path: Path) -> None:
    cache = _open(tmp_path)
    cache.put(KEY, "abc", encode_document(DOC))
    later = FileKey(KEY.path, KEY.size, KEY.mtime_ns + 5)
    cache.touch(later)
    cache.close()
    entry = _open(tmp_path).lookup(later)
    assert entry is not None and entry.exact


def test_a_corrupt_database_is_rebuilt_with_a_warning(tmp_path: Path) -> None:
    (tmp_path / CACHE_FILE_NAME).write_bytes(b"this is not SQLite at all" * 200)
    warnings = Warnings()
    cache = _open(tmp_path, warn=warnings)
    assert any("rebuilding" in w for w in warnings)
    cache.put(KEY, "abc", encode_document(DOC))
    cache.close()
    assert cache_info(tmp_path).entries == 1


def test_a_truncated_database_is_rebuilt(tmp_path: Path) -> None:
    cache = _open(tmp_path)
    for n in range(300):
        cache.put(FileKey(f"/f/{n}", n, n), "abc", encode_document(DOC))
    cache.close()
    file = tmp_path / CACHE_FILE_NAME
    file.write_bytes(file.read_bytes()[:5000])
    warnings = Warnings()
    rebuilt = DocumentCache.open(tmp_path, "1", warnings)
    if rebuilt is not None:  # either rebuilt at open, or failing later and switched off
        rebuilt.lookup(FileKey("/f/299", 299, 299))
        rebuilt.put(KEY, "abc", encode_document(DOC))
        rebuilt.close()
    assert warnings


def test_a_locked_database_is_skipped_with_a_warning_never_an_error(tmp_path: Path) -> None:
    _open(tmp_path).close()
    holder = sqlite3.connect(tmp_path / CACHE_FILE_NAME, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        warnings = Warnings()
        cache = DocumentCache.open(tmp_path, "1", warnings, busy_timeout_s=0.05)
        if cache is not None:
            cache.put(KEY, "abc", encode_document(DOC))
            cache.close()
        assert any("locked" in w for w in warnings)
    finally:
        holder.execute("ROLLBACK")
        holder.close()


def test_a_missing_or_bad_entry_reads_as_none(tmp_path: Path) -> None:
    cache = _open(tmp_path)
    cache.close()
    assert read_cached_document(cache.file, 12345) is None
    assert read_cached_document(tmp_path / "absent.sqlite3", 1) is None


def test_info_and_clear(tmp_path: Path) -> None:
    cache = _open(tmp_path)
    cache.put(KEY, "abc", encode_document(DOC))
    cache.close()
    info = cache_info(tmp_path)
    assert (info.entries, info.path.name) == (1, CACHE_FILE_NAME)
    assert info.size_bytes > 0
    assert remove_cache_files(info.path) > 0
    assert cache_info(tmp_path).entries == 0
    assert cache_info(tmp_path / "never-made").entries == 0


def test_file_sha256(tmp_path: Path) -> None:
    file = tmp_path / "a.txt"
    file.write_bytes(b"abc")
    assert file_sha256(file) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"


MOUNTS = """\
/dev/vda / ext4 rw,relatime 0 0
server:/export /mnt/share nfs4 rw,vers=4.2 0 0
//filer/team /mnt/team\\040drive cifs rw 0 0
tmpfs /mnt/share/local tmpfs rw 0 0
"""


def test_network_file_systems_are_recognised_from_the_mount_table(tmp_path: Path) -> None:
    assert network_filesystem(Path("/mnt/share/cache"), MOUNTS) == "nfs4"
    assert network_filesystem(Path("/mnt/team drive/x"), MOUNTS) == "cifs"
    assert network_filesystem(Path("/mnt/share/local/x"), MOUNTS) is None  # deeper mount wins
    assert network_filesystem(Path("/home/me/.cache"), MOUNTS) is None
    assert network_filesystem(Path("/mnt/shared"), MOUNTS) is None  # a prefix is not a parent
    assert network_filesystem(tmp_path) is None  # this machine's real mount table


def test_opening_on_a_network_folder_warns(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(store, "network_filesystem", lambda _path: "nfs")
    warnings = Warnings()
    cache = DocumentCache.open(tmp_path, "1", warnings)
    assert cache is not None
    cache.close()
    assert any("network file system (nfs)" in w for w in warnings)


def test_extracted_corpus_documents_round_trip(corpus: Path) -> None:
    files = sorted((corpus / "pptx").iterdir())[:6] + sorted((corpus / "docx").iterdir())[:6]
    for file in files:
        document = extract_file(file, file.name)
        assert decode_document(encode_document(document)) == document, file.name


@pytest.mark.parametrize(
    "row",
    [
        ["text", "1", None, None, None, "body", None, None, None, False],  # a slide as text
        ["text", 1, None, None, None, "sidebar", None, None, None, False],  # unknown part
        ["text", 1, None, None],  # too short
    ],
)
def test_a_damaged_unit_row_is_refused(row: list[object]) -> None:
    record = {"path": "a.pptx", "format": "pptx", "metadata": {}, "notes": [], "error": None}
    blob = zlib.compress(json.dumps({**record, "units": [row]}).encode())
    with pytest.raises((ValueError, TypeError)):
        decode_document(blob)
