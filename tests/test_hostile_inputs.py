"""Hostile input: a folder of everything that goes wrong with real article collections.

Every fixture is made here, in tmp_path; no binary is committed. Each input must come
out as a Document read correctly, or as a Skipped of the right kind: all accounted for.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import random
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tracker.output.report import RunReport
from tracker.read.documents import Document, Skipped, iter_inputs, read_bytes

ARTICLE = "More than 500 civilians have been killed in the Idlib offensive, the United Nations said."
MAX = 5_000_000

# name -> (bytes, expected: "document" or a Skipped kind)
FIXTURES: dict[str, tuple[bytes, str]] = {
    "utf8.txt": (" date 2019-08-20 Nearly 400,000 people fled – officials said.".encode(), "document"),
    "utf8_bom.txt": (b"\xef\xbb\xbf date 2019-08-21 Some 3 million civilians are trapped.", "document"),
    "utf16_bom.txt": ("\ufeff date 2019-08-22 Around 10,000 people fled.\r\n".encode("utf-16-le"), "document"),
    "utf16_be.txt": ("\ufeffScores of people were injured.".encode("utf-16-be"), "document"),
    "cp1252.txt": ("Turkey hosts 3.6 million refugees — the “largest” number.".encode("cp1252"), "document"),
    "page.txt": (
        b"<html><head><script>alert(1)</script></head><body><p>Dozens of people were killed.</p></body></html>",
        "document",
    ),
    "bad_date.txt": (b" date 32/13/2020 At least 12 people died.", "document"),
    "empty.txt": (b"", "empty"),
    "blank.txt": (b"  \n\t\r\n  ", "empty"),
    # a PDF is read as one whatever its name; this one is cut off after its first object
    "renamed_pdf.txt": (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "malformed"),
    "report.docx": (b"PK\x03\x04\x14\x00\x06\x00" + bytes(64), "binary"),
    "photo.png": (b"\x89PNG\r\n\x1a\n" + bytes(range(256)), "binary"),
    "noise.bin": (random.Random(7).randbytes(4096), "binary"),
    "utf16_no_bom.txt": ("Around 10,000 people fled.\r\n".encode("utf-16-le"), "binary"),
    "stray_nul.md": (b"At least 12 people died\x00 in the shelling.\n", "document"),
    "letter.rtf": (b"{\\rtf1\\ansi Hello}", "unsupported"),
    "utf8_again.txt": (" date 2019-08-20  Nearly 400,000 people  fled – officials said.\n".encode(), "duplicate"),
    "only_header.txt": (b"---\ntitle: nothing here\n---\n\n", "empty"),
}

# A feed with a good line, a non-object line and a half-written last line.
FEED = (
    json.dumps({"text": ARTICLE, "date": "2019-08-13"}).encode() + b"\n"
    + b'"just a string"\n'
    + b'{"text": "Around 2,000 families were displaced'
)
FEED_EXPECTED = [("feed.jsonl:1", "document"), ("feed.jsonl:2", "malformed"), ("feed.jsonl:3", "malformed")]

# A table with a good row and a row with too many fields.
TABLE = b'text,date\n"Hundreds of people fled.",2020-01-26\noops,2020-01-27,extra\n'
TABLE_EXPECTED = [("rows.csv:2", "document"), ("rows.csv:3", "malformed")]


def _outcome(item: Document | Skipped) -> tuple[str, str]:
    return (item.source, item.kind) if isinstance(item, Skipped) else (item.id, "document")


@pytest.fixture
def hostile(tmp_path: Path) -> Path:
    folder = tmp_path / "inbox"
    folder.mkdir()
    for name, (data, _) in FIXTURES.items():
        (folder / name).write_bytes(data)
    (folder / "feed.jsonl").write_bytes(FEED)
    (folder / "rows.csv").write_bytes(TABLE)
    with open(folder / "huge.txt", "wb") as fh:  # 6 MB: over the 5 MB limit
        fh.write((ARTICLE + "\n").encode() * (6_000_000 // (len(ARTICLE) + 1) + 1))
    (folder / ".DS_Store").write_bytes(b"\x00\x00\x00\x01Bud1")
    return folder


def test_every_hostile_input_is_accounted_for(hostile: Path) -> None:
    items = list(iter_inputs([hostile, hostile / "missing.txt"], max_bytes=MAX))
    got = {_outcome(i)[0]: _outcome(i)[1] for i in items}
    expected = {f"inbox/{name}": kind for name, (_, kind) in FIXTURES.items()}
    expected |= {f"inbox/{s}": k for s, k in FEED_EXPECTED + TABLE_EXPECTED}
    expected |= {"inbox/huge.txt": "too_large", "inbox/.DS_Store": "unsupported", str(hostile / "missing.txt"): "unreadable"}
    assert got == expected
    assert len(items) == len(expected)  # each input once


def test_every_skip_has_a_one_line_reason(hostile: Path) -> None:
    for item in iter_inputs([hostile], max_bytes=MAX):
        if isinstance(item, Skipped):
            assert item.reason and "\n" not in item.reason and len(item.reason) < 160, item


def test_good_hostile_inputs_are_read_correctly(hostile: Path) -> None:
    docs = {d.id.removeprefix("inbox/"): d for d in iter_inputs([hostile], max_bytes=MAX) if isinstance(d, Document)}
    expected_text = {
        "utf8.txt": "Nearly 400,000 people fled – officials said.",
        "utf8_bom.txt": "Some 3 million civilians are trapped.",
        "utf16_bom.txt": "Around 10,000 people fled.\n",
        "utf16_be.txt": "Scores of people were injured.",
        "cp1252.txt": "Turkey hosts 3.6 million refugees — the “largest” number.",
        "page.txt": "Dozens of people were killed.",
        "bad_date.txt": "At least 12 people died.",
        "stray_nul.md": "At least 12 people died\ufffd in the shelling.\n",
        "feed.jsonl:1": ARTICLE,
        "rows.csv:2": "Hundreds of people fled.",
    }
    assert {k: d.text for k, d in docs.items()} == expected_text
    dates = {k: d.published for k, d in docs.items()}
    assert dates["utf8.txt"] == dt.date(2019, 8, 20)
    assert dates["utf8_bom.txt"] == dt.date(2019, 8, 21)
    assert dates["utf16_bom.txt"] == dt.date(2019, 8, 22)
    assert dates["bad_date.txt"] is None
    assert "impossible date '32/13/2020' ignored" in docs["bad_date.txt"].warnings
    assert any("Windows-1252" in w for w in docs["cp1252.txt"].warnings)
    assert any("HTML" in w for w in docs["page.txt"].warnings)
    assert docs["stray_nul.md"].warnings == ("a NUL character (damaged file?) shown as U+FFFD, the first at character 24",)
    for clean in ("utf8.txt", "utf8_bom.txt", "utf16_bom.txt", "utf16_be.txt"):
        assert docs[clean].warnings == (), clean


def test_duplicate_names_the_first_copy(hostile: Path) -> None:
    (dup,) = [i for i in iter_inputs([hostile], max_bytes=MAX) if isinstance(i, Skipped) and i.kind == "duplicate"]
    assert dup.reason == "same text as inbox/utf8.txt"


def test_report_counts_add_up_on_hostile_inputs(hostile: Path) -> None:
    report = RunReport()
    items = list(iter_inputs([hostile], max_bytes=MAX))
    for item in items:
        if isinstance(item, Skipped):
            report.skip(item)
        else:
            report.add(item, [])
    assert report.inputs == len(items) == report.documents + report.skipped
    assert sum(report.skipped_by_kind.values()) == report.skipped
    summary = report.summary()
    assert "Inputs: 25 — 10 documents read, 15 skipped." in summary
    assert "Skipped: 15 (binary 4, empty 3, too_large 1, malformed 4, duplicate 1, unsupported 2)" in summary
    assert len(summary.splitlines()) <= 25, summary


def test_over_long_jsonl_line_is_skipped_and_the_rest_read(tmp_path: Path) -> None:
    feed = tmp_path / "feed.jsonl"
    long_row = json.dumps({"text": "x " * 60_000})
    feed.write_text(f'{{"text": "Before."}}\n{long_row}\n{{"text": "After."}}\n')
    items = list(iter_inputs([feed], max_bytes=100_000))
    assert [_outcome(i)[1] for i in items] == ["document", "too_large", "document"]
    assert items[1].source == f"{feed}:2"


def test_over_long_csv_row_is_skipped_and_the_rest_read() -> None:
    data = b"text\nBefore.\n" + b"x" * 2_000 + b"\nAfter.\n"
    items = read_bytes("rows.csv", data, max_bytes=1_000)
    assert [_outcome(i) for i in items] == [("rows.csv:2", "document"), ("rows.csv:3", "too_large"), ("rows.csv:4", "document")]


def test_unreadable_file(tmp_path: Path) -> None:
    if os.geteuid() == 0:
        pytest.skip("root reads every file: no permission error to provoke")
    locked = tmp_path / "locked.txt"
    locked.write_text(ARTICLE)
    locked.chmod(0)
    (item,) = iter_inputs([locked])
    assert isinstance(item, Skipped) and item.kind == "unreadable"


def test_a_folder_with_no_files(tmp_path: Path) -> None:
    (tmp_path / "none").mkdir()
    (item,) = iter_inputs([tmp_path / "none"])
    assert isinstance(item, Skipped) and item.kind == "empty"


SUFFIXES = [".txt", ".jsonl", ".csv", ".json", ".html", ".pdf", ""]


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=2_000), st.sampled_from(SUFFIXES))
def test_read_bytes_never_raises_and_accounts_for_the_input(data: bytes, suffix: str) -> None:
    items = read_bytes("in" + suffix, data, max_bytes=1_000)
    assert items, data
    for item in items:
        assert isinstance(item, (Document, Skipped)), data
        if isinstance(item, Document):
            assert item.text.strip(), data


# --- memory stays bounded on a big feed ------------------------------------------------

MEMORY_PROBE = textwrap.dedent(
    """
    import resource, sys
    from tracker.read.documents import iter_inputs, Document
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    docs = sum(isinstance(i, Document) for i in iter_inputs([sys.argv[1]]))
    after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(docs, before, after)
    """
)


@pytest.mark.slow
def test_memory_stays_bounded_on_a_50_mb_feed(tmp_path: Path) -> None:
    feed = tmp_path / "big.jsonl"
    body = "Some 200 families were displaced by the floods, officials said. " * 120
    with open(feed, "w", encoding="utf-8") as fh:
        n = 0
        while fh.tell() < 50_000_000:
            fh.write(json.dumps({"text": f"{n}: {body}", "date": "2020-01-26"}) + "\n")
            n += 1
    size_kb = feed.stat().st_size // 1024
    result = subprocess.run(
        [sys.executable, "-c", MEMORY_PROBE, str(feed)],
        capture_output=True, text=True, check=True, cwd=Path(__file__).resolve().parent.parent,
    )
    docs, before_kb, after_kb = map(int, result.stdout.split())
    assert docs == n
    growth_kb = after_kb - before_kb  # ru_maxrss is in kilobytes on Linux
    print(f"50 MB feed: {n} documents, peak RSS {before_kb} -> {after_kb} kB (file {size_kb} kB)")
    assert growth_kb < size_kb / 5, (growth_kb, size_kb)


@pytest.mark.parametrize(
    ("name", "data", "text"),
    [
        ("feed.jsonl", '{"text": "Über 100 people fled."}\n'.encode("utf-16"), "Über 100 people fled."),
        ("rows.csv", 'text\n"Über 100 people fled."\n'.encode("utf-16"), "Über 100 people fled."),
        ("feed.jsonl", b'\xef\xbb\xbf{"text": "Caf\xe9 shelled."}\r\n', "Café shelled."),
    ],
    ids=["utf16-jsonl", "utf16-csv", "bom-and-cp1252-jsonl"],
)
def test_feeds_in_other_encodings(name: str, data: bytes, text: str) -> None:
    (doc,) = read_bytes(name, data)
    assert isinstance(doc, Document) and doc.text == text, data


def test_pipes_and_folder_links_are_not_followed(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "pipe.txt")
    (tmp_path / "loop").symlink_to(tmp_path)
    items = list(iter_inputs([tmp_path]))
    assert [(i.source.split("/")[-1], i.kind) for i in items if isinstance(i, Skipped)] == [
        ("loop", "unsupported"),
        ("pipe.txt", "unsupported"),
    ]


# A few NUL bytes in a text file are damage, not a binary file: the article is read, each
# NUL shown as U+FFFD, and a warning says so. (name, bytes, the warning)
STRAY_NULS: list[tuple[str, bytes, str]] = [
    (
        "late_nul.txt",  # NULs after the first 8 kB
        ARTICLE.encode() * 200 + b"\x00\x00\x00\x01" + ARTICLE.encode(),
        "3 NUL characters (damaged file?) shown as U+FFFD, the first at character 17801",
    ),
    (
        "late_nul.html",
        b"<html><body><p>" + ARTICLE.encode() * 200 + b"\x00</p></body></html>",
        "a NUL character (damaged file?) shown as U+FFFD, the first at character 17816",
    ),
    (
        "early_nul.txt",  # a NUL among the first bytes, where the file is sniffed
        b" date 2020-01-26 " + ARTICLE.encode() + b"\x00\n",
        "a NUL character (damaged file?) shown as U+FFFD, the first at character 107",
    ),
    (
        "padded.txt",  # a crash left NUL padding past the first 8 kB
        (ARTICLE + "\n").encode() * 100 + b"\x00" * 4096,
        "4096 NUL characters (damaged file?) shown as U+FFFD, the first at character 9001",
    ),
    (
        "utf16_bom_nul.txt",  # a NUL character in UTF-16 text that has its BOM
        ("\ufeff" + ARTICLE + "\x00").encode("utf-16-le"),
        "a NUL character (damaged file?) shown as U+FFFD, the first at character 90",
    ),
]


@pytest.mark.parametrize(("name", "data", "warning"), STRAY_NULS, ids=[s[0] for s in STRAY_NULS])
def test_a_stray_nul_byte_in_an_article_is_shown_and_warned_about(name: str, data: bytes, warning: str) -> None:
    (doc,) = read_bytes(name, data)
    assert isinstance(doc, Document), doc
    assert "\x00" not in doc.text and "\ufffd" in doc.text and ARTICLE in doc.text
    assert warning in doc.warnings, doc.warnings


# Binary files stay skipped whole, whatever their name says, with their first bytes' reason.
UTF16_NO_BOM = "binary file (contains NUL bytes; UTF-16 text needs a byte-order mark)"
MOSTLY_CONTROL = "binary file (mostly control characters)"
WHOLE_BINARY: list[tuple[str, bytes, str]] = [
    ("utf16le.txt", f" date 2020-01-26 {ARTICLE}\r\n".encode("utf-16-le"), UTF16_NO_BOM),
    ("utf16le.jsonl", (json.dumps({"text": ARTICLE}) + "\n").encode("utf-16-le") * 3, UTF16_NO_BOM),
    ("utf16be.csv", f'text\n"{ARTICLE}"\n'.encode("utf-16-be"), UTF16_NO_BOM),
    ("utf32le.txt", ARTICLE.encode("utf-32-le"), UTF16_NO_BOM),
    ("utf16le_russian.txt", "Более 500 мирных жителей погибли в Идлибе, сообщили в ООН.".encode("utf-16-le"), UTF16_NO_BOM),
    ("utf16le_chinese.txt", "联合国说，伊德利卜有500多名平民被杀。".encode("utf-16-le"), UTF16_NO_BOM),
    ("export.csv", b"PK\x03\x04\x14\x00\x06\x00\x08\x00" + bytes(64), "binary file (ZIP archive: .docx, .xlsx, .odt or .zip)"),
    ("noise.jsonl", random.Random(11).randbytes(4096), MOSTLY_CONTROL),
    ("noise.csv", random.Random(12).randbytes(300), MOSTLY_CONTROL),
    ("archive.jsonl", b"feed.jsonl" + bytes(490) + json.dumps({"text": ARTICLE}).encode() + b"\n" + bytes(400), MOSTLY_CONTROL),
    ("junk.txt", b"\x00\x01\x02\x03", MOSTLY_CONTROL),
]


@pytest.mark.parametrize(("name", "data", "reason"), WHOLE_BINARY, ids=[b[0] for b in WHOLE_BINARY])
def test_binary_files_are_skipped_whole(name: str, data: bytes, reason: str) -> None:
    assert read_bytes(name, data) == [Skipped(name, reason, "binary")]


def _line(id: str, text: str) -> bytes:
    """A JSONL line as a feed writes it, with any NUL in `text` left raw (not \\u0000)."""
    return json.dumps({"id": id, "date": "2020-01-26", "text": text}).replace("\\u0000", "\x00").encode() + b"\n"


# A NUL byte in a feed is the damage of its line or row: that one is skipped with its line
# number, the others read, wherever the NUL falls (in the first bytes, sniffed, or later).
# (name, bytes, the damaged line or row, the start of its reason)
NUL_ROWS: list[tuple[str, bytes, str, str]] = [
    (
        "rows.csv",  # escaped in a long quoted cell, past the first 8 kB
        b"text\n" + b'"' + ARTICLE.encode() * 200 + b'"\n"Some\x00 12 people died."\n"Hundreds of people fled."\n',
        "rows.csv:3", "row on line 3 holds a NUL character at column 6",
    ),
    (
        "feed.jsonl",  # escaped: valid JSON whose text holds NUL
        b'{"text": "Some\\u0000 12 people died."}\n{"text": "Hundreds of people fled."}\n',
        "feed.jsonl:1", "line 1: text holds NUL characters",
    ),
    (
        "feed.jsonl",  # raw NUL on the first line
        _line("afp-1", "Some\x00 12 people died.") + _line("afp-2", "Hundreds of people fled.") + _line("afp-3", ARTICLE),
        "feed.jsonl:1", "line 1 holds a NUL character at column 52",
    ),
    (
        "feed.jsonl",  # raw NUL on a middle line
        _line("afp-1", ARTICLE) + _line("afp-2", "Some\x00 12 people\x00 died.") + _line("afp-3", "Hundreds of people fled."),
        "feed.jsonl:2", "line 2 holds 2 NUL characters, the first at column 52",
    ),
    (
        "feed.jsonl",  # raw NUL on the last line, cut off: a NUL run where a crash stopped the writer
        _line("afp-1", ARTICLE) + _line("afp-2", "Hundreds of people fled.") + b"\x00" * 20,
        "feed.jsonl:3", "line 3 holds 20 NUL characters, the first at column 1 (binary data?); the file ends",
    ),
    (
        "feed.jsonl",  # the bug report's feed: the NUL is in the sniffed bytes
        b'{"id":"a","text":"Hundreds of people fled."}\n{"id":"b","text":"x\x00"}\n',
        "feed.jsonl:2", "line 2 holds a NUL character at column 20",
    ),
    (
        "rows.csv",  # raw NUL in a short CSV's second row, and outside the text cell
        b"title,date,text\nFloods,2020-01-26,Hundreds of people fled.\nQuake\x00,2020-01-27,Some 12 people died.\n",
        "rows.csv:3", "row on line 3 holds a NUL character at column 6",
    ),
    (
        "rows.tsv",  # a NUL on the second line of a quoted cell over two lines
        b'text\tdate\n"Some 12\npeople\x00 died."\t2020-01-27\nHundreds of people fled.\t2020-01-26\n',
        "rows.tsv:2", "row on line 2 holds a NUL character at line 3, column 7",
    ),
]


@pytest.mark.parametrize(
    ("name", "data", "source", "reason"),
    NUL_ROWS,
    ids=["csv-late", "jsonl-escaped", "jsonl-first", "jsonl-middle", "jsonl-last-cut", "jsonl-sniffed", "csv-early", "tsv-two-lines"],
)
def test_a_row_holding_a_nul_byte_is_skipped_and_the_rest_read(name: str, data: bytes, source: str, reason: str) -> None:
    items = read_bytes(name, data)
    bad = [i for i in items if isinstance(i, Skipped)]
    assert [(b.source, b.kind) for b in bad] == [(source, "binary")], items
    assert bad[0].reason.startswith(reason) and "\n" not in bad[0].reason, bad[0].reason
    assert "Hundreds of people fled." in [i.text for i in items if isinstance(i, Document)], items


@pytest.mark.skipif(sys.platform == "darwin", reason="macOS refuses file names that are not UTF-8")
def test_a_file_name_that_is_not_utf8_is_read_under_a_printable_name(tmp_path: Path) -> None:
    folder = tmp_path / "inbox"
    folder.mkdir()
    (folder / os.fsdecode(b"caf\xe9.txt")).write_text(ARTICLE, encoding="utf-8")
    (folder / os.fsdecode(b".hidden\xe9")).write_text(ARTICLE, encoding="utf-8")
    items = list(iter_inputs([folder, os.fsdecode(b"missing\xff.txt")]))
    assert [_outcome(i) for i in items] == [
        ("inbox/.hidden\ufffd", "unsupported"),
        ("inbox/caf\ufffd.txt", "document"),
        ("missing\ufffd.txt", "unreadable"),
    ]
    for item in items:
        (item.source if isinstance(item, Skipped) else item.id).encode("utf-8")  # printable: never raises
    assert any("not valid UTF-8" in w for w in items[1].warnings), items[1].warnings


def test_the_cli_finishes_on_a_file_name_that_is_not_utf8(tmp_path: Path) -> None:
    folder = tmp_path / "inbox"
    folder.mkdir()
    (folder / os.fsdecode(b"caf\xe9.txt")).write_text(" date 2020-01-05 " + ARTICLE, encoding="utf-8")
    run = subprocess.run(
        [sys.executable, "-m", "tracker", "extract", "inbox", "-o", "out.csv", "--report", "report.json"],
        cwd=tmp_path, capture_output=True, text=True, timeout=120,
    )
    assert run.returncode == 0, run.stderr
    assert "inbox/caf\ufffd.txt" in (tmp_path / "out.csv").read_text(encoding="utf-8")


# --- issue 18: inputs that used to stop a run or lose rows without a word ------------------

HUGE_INTEGER = "1" * 5_000  # over Python's 4,300-digit limit on reading an integer


@pytest.mark.parametrize(
    "name, data, expected",
    [
        ("feed.jsonl",
         f'{{"text": "{ARTICLE}", "n": {HUGE_INTEGER}}}\n{{"text": "About 300 people were displaced."}}\n'.encode(),
         [("feed.jsonl:1", "malformed"), ("feed.jsonl:2", "document")]),
        ("feed.json", f'[{{"text": "{ARTICLE}", "n": {HUGE_INTEGER}}}]'.encode(), [("feed.json", "malformed")]),
        ("feed.jsonl", f'{{"text": "{ARTICLE}", "n": -{HUGE_INTEGER}}}\n'.encode(), [("feed.jsonl:1", "malformed")]),
    ],
)
def test_a_json_number_too_long_to_read_skips_its_line_only(name: str, data: bytes, expected, tmp_path: Path) -> None:
    # the uploader's path (read_bytes) and the command line's (iter_inputs over a file)
    uploaded = read_bytes(name, data)
    (tmp_path / name).write_bytes(data)
    read = list(iter_inputs([tmp_path / name]))
    for items in (uploaded, read):
        got = [(_outcome(i)[0].removeprefix(f"{tmp_path}/"), _outcome(i)[1]) for i in items]
        assert got == expected, data[:80]
        bad = items[0]
        assert "number too long" in bad.reason and "\n" not in bad.reason, bad.reason


def test_a_loop_of_links_in_a_folder_is_unreadable_and_the_rest_is_read(tmp_path: Path) -> None:
    folder = tmp_path / "inbox"
    folder.mkdir()
    (folder / "a.txt").symlink_to("b.txt")
    (folder / "b.txt").symlink_to("a.txt")
    (folder / "c.txt").write_text(ARTICLE)
    got = [_outcome(i) for i in iter_inputs([folder])]
    assert got == [("inbox/a.txt", "unreadable"), ("inbox/b.txt", "unreadable"), ("inbox/c.txt", "document")]


# A quote opened and never closed in a CSV cell: the rows after it must not vanish into it.
UNCLOSED_QUOTES = [
    # a quote closed by a later row's opening quote
    (b'id,text,date\n'
     b'r1,"More than 500 civilians were killed,2020-01-01\n'
     b'r2,About 300 people fled.,2020-01-02\n'
     b'r3,"Some 40 people were injured, police said.",2020-01-03\n'
     b'r4,Dozens died.,2020-01-04\n',
     [("rows.csv:2", "malformed"), ("r2", "document"), ("r3", "document"), ("r4", "document")],
     "it ran over 2 more lines"),
    # a quote that runs to the end of the file
    (b'id,text,date\n'
     b'r1,"More than 500 civilians were killed,2020-01-01\n'
     b'r2,About 300 people fled.,2020-01-02\n'
     b'r3,Dozens died.,2020-01-03\n',
     [("rows.csv:2", "malformed"), ("r2", "document"), ("r3", "document")],
     "it ran over 2 more lines"),
]


@pytest.mark.parametrize("data, expected, told", UNCLOSED_QUOTES)
def test_an_unclosed_csv_quote_is_reported_and_reading_recovers(data: bytes, expected, told: str) -> None:
    items = read_bytes("rows.csv", data)
    assert [_outcome(i) for i in items] == expected, data.decode()
    assert "quoted field is not closed" in items[0].reason and told in items[0].reason, items[0].reason


def test_a_quoted_field_over_several_lines_is_still_one_article() -> None:
    data = (
        b'id,text,date\n'
        b'r1,"Floods hit the north.\n\nAbout 70 people fled, ""officials"" said.",2020-01-05\n'
        b'r2,Dozens died.,2020-01-06\n'
    )
    items = read_bytes("rows.csv", data)
    assert [_outcome(i) for i in items] == [("r1", "document"), ("r2", "document")]
    assert items[0].text == 'Floods hit the north.\n\nAbout 70 people fled, "officials" said.'


@pytest.mark.parametrize(
    "date, warned",
    [
        ('{"a": 1}', "date is an object, not a date; ignored"),
        ('["2020-01-26"]', "date is a list, not a date; ignored"),
        ('"2020-01-26T99:99:99Z"', "impossible time in date '2020-01-26T99:99:99Z' ignored"),
        ('"2020-01-26T25:00"', "impossible time in date '2020-01-26T25:00' ignored"),
    ],
)
def test_a_date_that_cannot_be_one_is_ignored_with_a_warning(date: str, warned: str) -> None:
    (doc,) = read_bytes("feed.jsonl", f'{{"text": "{ARTICLE}", "date": {date}}}\n'.encode())
    assert doc.published is None and warned in doc.warnings, (date, doc.warnings)


def test_a_real_time_after_the_date_is_read() -> None:
    (doc,) = read_bytes("feed.jsonl", f'{{"text": "{ARTICLE}", "date": "2020-01-26T23:59:60Z"}}\n'.encode())
    assert doc.published == dt.date(2020, 1, 26) and doc.warnings == ()
