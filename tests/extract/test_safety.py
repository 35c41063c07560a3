"""Safety limits: zip bombs and hostile XML are refused before a parser sees them."""

from __future__ import annotations

import io
import zipfile
import zlib
from pathlib import Path

import pytest
from lxml import etree

from freshcheck.errors import UnreadableFile
from freshcheck.extract.safety import (
    DEFAULT_LIMITS,
    Limits,
    check_chars,
    check_zip,
    format_bytes,
    open_checked_zip,
    read_member,
    xml_parser,
)


def _zip(parts: dict[str, bytes], method: int = zipfile.ZIP_DEFLATED) -> zipfile.ZipFile:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", method) as zf:
        for name, data in parts.items():
            zf.writestr(name, data)
    return zipfile.ZipFile(io.BytesIO(out.getvalue()))


def _refusal(zf: zipfile.ZipFile, limits: Limits = DEFAULT_LIMITS) -> UnreadableFile:
    with pytest.raises(UnreadableFile) as info:
        check_zip(zf, limits)
    return info.value


def test_defaults_follow_apache_poi_and_the_spec() -> None:
    assert DEFAULT_LIMITS.timeout_s == 60
    assert DEFAULT_LIMITS.memory_bytes == 1 << 30
    assert DEFAULT_LIMITS.max_zip_entries == 1000
    assert DEFAULT_LIMITS.max_entry_ratio == 100
    assert DEFAULT_LIMITS.ratio_min_entry_bytes == 100 * 1024
    assert DEFAULT_LIMITS.max_total_uncompressed == 1 << 30
    assert DEFAULT_LIMITS.max_chars == 10_000_000


def test_an_ordinary_package_passes() -> None:
    check_zip(
        _zip({"[Content_Types].xml": b"<Types/>", "ppt/slide1.xml": b"<p>hi</p>" * 100}),
        DEFAULT_LIMITS,
    )


def test_a_highly_compressed_large_entry_is_a_possible_bomb() -> None:
    error = _refusal(_zip({"word/document.xml": bytes(4 << 20)}))
    assert error.kind == "too-large"
    assert error.reason.startswith("possible decompression bomb: word/document.xml expands ")
    ratio = int(error.reason.rsplit(" ", 1)[1].split(":")[0])
    assert ratio > 100


def test_a_small_entry_may_compress_well() -> None:
    # Below 100 KiB the ratio is not judged: tiny repetitive XML parts are normal.
    check_zip(_zip({"ppt/tableStyles.xml": bytes(90 * 1024)}), DEFAULT_LIMITS)


def test_too_many_entries() -> None:
    error = _refusal(_zip({f"ppt/slides/slide{i}.xml": b"<p/>" for i in range(1001)}))
    assert (error.kind, error.reason) == (
        "too-large",
        "too many parts: the zip has 1001 entries (limit 1000)",
    )


def test_total_and_per_entry_caps() -> None:
    parts = {f"ppt/media/image{i}.png": bytes(range(256)) * 1024 for i in range(3)}
    stored = _zip(parts, zipfile.ZIP_STORED)
    total = _refusal(stored, Limits(max_total_uncompressed=600 * 1024))
    assert total.reason == "possible decompression bomb: contents expand to more than 600 KiB"
    entry = _refusal(stored, Limits(max_entry_bytes=200 * 1024))
    assert entry.reason == "too large: ppt/media/image0.png expands to 256 KiB (limit 200 KiB)"


def test_encrypted_entries_and_unknown_methods_are_refused() -> None:
    zf = _zip({"word/document.xml": b"<w/>"})
    zf.infolist()[0].flag_bits |= 0x1
    assert _refusal(zf).kind == "encrypted"
    zf = _zip({"word/document.xml": b"<w/>"})
    zf.infolist()[0].compress_type = 99
    error = _refusal(zf)
    assert (error.kind, error.reason) == (
        "corrupt",
        "corrupt: zip entry word/document.xml uses unknown compression method 99",
    )


def test_open_checked_zip_reports_a_truncated_directory(tmp_path: Path) -> None:
    good = io.BytesIO()
    with zipfile.ZipFile(good, "w") as zf:
        zf.writestr("a.xml", b"<a/>" * 1000)
    path = tmp_path / "cut.docx"
    path.write_bytes(good.getvalue()[:-10])
    with pytest.raises(UnreadableFile) as info:
        open_checked_zip(path, DEFAULT_LIMITS)
    assert (info.value.kind, info.value.reason) == (
        "corrupt",
        "corrupt: not a valid zip (truncated?)",
    )
    path.write_bytes(good.getvalue())
    with open_checked_zip(path, DEFAULT_LIMITS) as zf:
        assert zf.namelist() == ["a.xml"]


BILLION_LAUGHS = b"""<?xml version="1.0"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
 <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
 <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
 <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
 <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
 <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
]>
<lolz>&lol9;</lolz>"""


def test_the_xml_parser_does_not_expand_entities() -> None:
    # Either the entities stay unexpanded or libxml2's amplification guard refuses the
    # document (a syntax error the OOXML reader reports as corrupt); never 3 GB of "lol".
    try:
        root = etree.fromstring(BILLION_LAUGHS, xml_parser())
    except etree.XMLSyntaxError:
        return
    assert len("".join(root.itertext())) < 100


def test_the_xml_parser_does_not_read_external_entities(tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP SECRET")
    xxe = (
        f'<?xml version="1.0"?><!DOCTYPE t [<!ENTITY x SYSTEM "file://{secret}">]><t>&x;</t>'
    ).encode()
    root = etree.fromstring(xxe, xml_parser())
    assert "TOP SECRET" not in "".join(root.itertext())


def test_the_xml_parser_drops_comments_and_refuses_absurd_nesting() -> None:
    root = etree.fromstring(b"<a><!-- internal note --><b>text</b></a>", xml_parser())
    assert [child.tag for child in root] == ["b"]
    deep = b"<a>" * 5000 + b"</a>" * 5000
    with pytest.raises(etree.XMLSyntaxError):
        etree.fromstring(deep, xml_parser())


def test_check_chars() -> None:
    check_chars(10_000_000, DEFAULT_LIMITS)
    with pytest.raises(UnreadableFile) as info:
        check_chars(10_000_001, DEFAULT_LIMITS)
    assert info.value.reason == "too much text: over 10,000,000 characters in one file"


def test_format_bytes() -> None:
    assert format_bytes(512) == "512 bytes"
    assert format_bytes(1536) == "1.5 KiB"
    assert format_bytes(1 << 30) == "1 GiB"


@pytest.mark.corpus
def test_no_ordinary_corpus_package_trips_the_zip_checks(corpus: Path) -> None:
    for folder in ("pptx", "docx"):
        for path in sorted((corpus / folder).iterdir()):
            with open_checked_zip(path, DEFAULT_LIMITS):
                pass


def _zip_bytes(parts: dict[str, bytes], method: int = zipfile.ZIP_DEFLATED) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", method) as zf:
        for name, data in parts.items():
            zf.writestr(name, data)
    return out.getvalue()


def test_read_member_reads_what_zipfile_reads(corpus: Path) -> None:
    files = [*sorted((corpus / "pptx").iterdir()), *sorted((corpus / "docx").iterdir())]
    files += [f for f in sorted((corpus / "hostile").iterdir()) if f.suffix in (".pptx", ".docx")]
    entries = 0
    for file in files:
        try:
            zf = zipfile.ZipFile(file)
        except (zipfile.BadZipFile, OSError):
            continue
        with zf:
            for info in zf.infolist():
                try:
                    expected: bytes | type[Exception] = zf.read(info)
                except Exception as exc:  # a damaged entry: both must refuse it
                    expected = type(exc)
                try:
                    got: bytes | type[Exception] = read_member(zf, info)
                except Exception as exc:
                    got = type(exc)
                assert (
                    (got == expected) if isinstance(expected, bytes) else not isinstance(got, bytes)
                ), (file.name, info.filename)
                entries += 1
    assert entries > 5_000


@pytest.mark.parametrize("method", [zipfile.ZIP_DEFLATED, zipfile.ZIP_STORED])
def test_read_member_refuses_damaged_entries(method: int) -> None:
    text = b"<p:sld>" + b"Acme cuts onboarding time by 45%. " * 40 + b"</p:sld>"
    good = _zip_bytes({"ppt/slides/slide1.xml": text}, method)
    with zipfile.ZipFile(io.BytesIO(good)) as zf:
        assert read_member(zf, zf.infolist()[0]) == text
    data_at = good.index(b"ppt/slides/slide1.xml") + len("ppt/slides/slide1.xml") + 10
    flipped = good[:data_at] + bytes([good[data_at] ^ 0xFF]) + good[data_at + 1 :]
    renamed = good.replace(b"ppt/slides/slide1.xml", b"ppt/slides/slide9.xml", 1)
    for damaged in (flipped, renamed):
        with zipfile.ZipFile(io.BytesIO(damaged)) as zf, pytest.raises(Exception) as refused:
            read_member(zf, zf.infolist()[0])
        assert isinstance(refused.value, (zipfile.BadZipFile, zlib.error, ValueError))


def test_read_member_never_inflates_past_the_declared_size() -> None:
    good = _zip_bytes({"word/document.xml": b"x" * 100_000})
    with zipfile.ZipFile(io.BytesIO(good)) as zf:
        info = zf.infolist()[0]
        info.file_size = 1_000  # the directory lies: the entry holds 100 times more
        with pytest.raises(zipfile.BadZipFile):
            read_member(zf, info)
