"""Reading documents: headers, dates, formats and ids.

The header examples are the seeds' own first lines (tests read /work/main/seeds), the
front-matter block users add, and headlines as agencies write them; the dates are the
forms feeds and CMS exports use.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tracker.read.documents import Document, Skipped, iter_inputs, parse_article, read_bytes
from tracker.read.pubdates import parse_published

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
GOLD = Path("/work/shared/gold/seeds.jsonl")

D = dt.date

# --- publication dates ----------------------------------------------------------------

DATES: list[tuple[str, dt.date | None, str | None]] = [
    ("2019-08-20", D(2019, 8, 20), None),
    ("2020-01-26T10:00:00Z", D(2020, 1, 26), None),
    ("2020-01-26T23:30:00-05:00", D(2020, 1, 26), None),  # the date as the publisher wrote it
    ("2020-01-26 10:00", D(2020, 1, 26), None),
    ("2020/01/26", D(2020, 1, 26), None),
    ("26 January 2020", D(2020, 1, 26), None),
    ("26th of January 2020", D(2020, 1, 26), None),
    ("January 26, 2020", D(2020, 1, 26), None),
    ("Jan. 26, 2020", D(2020, 1, 26), None),
    ("Sunday, January 26th, 2020", D(2020, 1, 26), None),
    ("Sun, 26 Jan 2020 10:00:00 +0000", D(2020, 1, 26), None),  # RSS pubDate
    ("26/01/2020", D(2020, 1, 26), None),
    ("05/02/2020", D(2020, 2, 5), None),  # day first
    ("26.01.2020", D(2020, 1, 26), None),
    ("01/26/2020", D(2020, 1, 26), "read as month/day/year"),  # cannot be day-first
    ("32/13/2020", None, "impossible date '32/13/2020' ignored"),
    ("2020-02-30", None, "impossible date '2020-02-30' ignored"),
    ("2019-02-29", None, "impossible date"),
    ("0001-01-01", None, "implausible date"),
    ("yesterday", None, "unrecognised date 'yesterday' ignored"),
    ("26 Janvier 2020", None, "unrecognised date"),
    ("", None, None),
]


@pytest.mark.parametrize(("text", "expected", "warning"), DATES, ids=[d[0] or "empty" for d in DATES])
def test_publication_dates(text: str, expected: dt.date | None, warning: str | None) -> None:
    parsed = parse_published(text)
    assert parsed.date == expected, text
    if warning is None:
        assert parsed.warning is None, text
    else:
        assert parsed.warning is not None and warning in parsed.warning, (text, parsed.warning)


def test_date_values_that_are_not_strings() -> None:
    assert parse_published(dt.datetime(2020, 1, 26, 23, 0)).date == D(2020, 1, 26)
    assert parse_published(D(2020, 1, 26)).date == D(2020, 1, 26)
    epoch = parse_published(1579996800)
    assert epoch.date is None and "unrecognised date" in (epoch.warning or "")


# --- headers -------------------------------------------------------------------------

# (text, published, title, text kept as the body, a warning expected or None)
HEADERS: list[tuple[str, dt.date | None, str | None, str, str | None]] = [
    (
        " date 2019-08-20 Rebels retreated to the town’s outskirts Tuesday.\n\nMore.",
        D(2019, 8, 20), None,
        "Rebels retreated to the town’s outskirts Tuesday.\n\nMore.", None,
    ),
    ("date 2020-01-26\nBody on the next line.", D(2020, 1, 26), None, "Body on the next line.", None),
    ("Date: 26/01/2020 Body.", D(2020, 1, 26), None, "Body.", None),
    (" date 32/13/2020 Body kept.", None, None, "Body kept.", "impossible date '32/13/2020' ignored"),
    ("Date palms were burnt in 2019.", None, None, "Date palms were burnt in 2019.", None),
    (
        "Syrian rebels now almost driven out of last stronghold Idlib\n\nAfter a few days offensive.",
        None, "Syrian rebels now almost driven out of last stronghold Idlib",
        # the headline stays in the body: a headline can hold a figure
        "Syrian rebels now almost driven out of last stronghold Idlib\n\nAfter a few days offensive.", None,
    ),
    (
        "More than 500 civilians killed, UN says.\n\nThe United Nations said.",
        None, None, "More than 500 civilians killed, UN says.\n\nThe United Nations said.", None,
    ),
    ("A headline with nothing after it\n\n", None, None, "A headline with nothing after it\n\n", None),
    (
        "---\ntitle: Floods in Kerala\ndate: 2018-08-17\nurl: https://example.org/a\noutlet: Reuters\n---\nMore than 1,000 people fled.",
        D(2018, 8, 17), "Floods in Kerala", "More than 1,000 people fled.", None,
    ),
    (
        '---\ntitle: "Quoted: title"\npublished: August 17, 2018\n---\nBody.',
        D(2018, 8, 17), "Quoted: title", "Body.", None,
    ),
    ("---\ntitle: T\nauthor: Jane\n---\nBody.", None, "T", "Body.", "front matter key 'author' not used"),
    ("---\ntitle: T\nthis line has no key\n---\nBody.", None, "T", "Body.", "is not 'key: value'"),
    ("---\ntitle: never closed\nBody.", None, None, "---\ntitle: never closed\nBody.", "no closing '---'"),
    ("---\ndate: 2020-02-30\n---\nBody.", None, None, "Body.", "impossible date '2020-02-30' ignored"),
]


@pytest.mark.parametrize(("text", "published", "title", "body", "warning"), HEADERS, ids=[h[0][:30] for h in HEADERS])
def test_article_headers(text: str, published: dt.date | None, title: str | None, body: str, warning: str | None) -> None:
    doc = parse_article(text, id="a.txt")
    assert (doc.published, doc.title, doc.text) == (published, title, body), text
    if warning is None:
        assert doc.warnings == (), text
    else:
        assert any(warning in w for w in doc.warnings), (text, doc.warnings)


def test_front_matter_fields() -> None:
    doc = parse_article("---\nurl: https://example.org/a\noutlet: Reuters\n---\nBody.", id="a")
    assert (doc.url, doc.outlet) == ("https://example.org/a", "Reuters")


def test_given_values_win_over_the_header() -> None:
    doc = parse_article(" date 2019-08-20 Body.", id="a", published="2020-01-01", title="Given")
    assert (doc.published, doc.title, doc.text) == (D(2020, 1, 1), "Given", "Body.")


def test_default_date_dates_undated_documents_and_says_so() -> None:
    doc = parse_article("Body.", id="a", default_date=D(2020, 5, 1))
    assert doc.published == D(2020, 5, 1)
    assert any("default date" in w for w in doc.warnings)
    dated = parse_article(" date 2019-08-20 Body.", id="a", default_date=D(2020, 5, 1))
    assert (dated.published, dated.warnings) == (D(2019, 8, 20), ())


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_parse_article_never_raises_and_keeps_a_tail_of_the_text(text: str) -> None:
    doc = parse_article(text, id="x")
    assert text.endswith(doc.text)


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from(list(" date-0123456789/:.T\n---titleurl\t"))))
def test_parse_article_never_raises_on_header_like_text(text: str) -> None:
    doc = parse_article(text, id="x")
    assert text.endswith(doc.text)


# --- the seeds -----------------------------------------------------------------------


def test_seeds_are_read_with_their_dates_and_ids() -> None:
    docs = list(iter_inputs([SEEDS]))
    assert [d.id for d in docs] == [f"seeds/{p.name}" for p in sorted(SEEDS.glob("*.txt"))]
    assert all(isinstance(d, Document) for d in docs)
    gold = {g["document"]: g for g in map(json.loads, GOLD.read_text().splitlines())}
    for doc in docs:
        expected = gold[Path(doc.id).name]["published"]
        assert doc.published == (D.fromisoformat(expected) if expected else None), doc.id
        assert doc.warnings == (), doc.id


def test_seed_bodies_are_the_file_after_its_header() -> None:
    for doc in iter_inputs([SEEDS]):
        raw = (ROOT / doc.id).read_text(encoding="utf-8")
        assert raw.endswith(doc.text), doc.id
        assert not doc.text.startswith((" ", "date")), doc.id


def test_every_gold_quote_is_in_its_document_text() -> None:
    docs = {Path(d.id).name: d for d in iter_inputs([SEEDS])}
    for line in GOLD.read_text().splitlines():
        gold = json.loads(line)
        for figure in gold["figures"]:
            assert figure["quote"] in docs[gold["document"]].text, figure["quote"]


def test_seed_without_date_has_its_headline_as_title() -> None:
    (doc,) = [d for d in iter_inputs([SEEDS]) if d.id.startswith("seeds/002")]
    assert doc.published is None
    assert doc.title == "Syrian rebels now almost driven out of last stronghold Idlib"


def test_ids_follow_the_path_as_given(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "news" / "deep").mkdir(parents=True)
    (tmp_path / "news" / "b.txt").write_text("Two.")
    (tmp_path / "news" / "deep" / "a.txt").write_text("One.")
    monkeypatch.chdir(tmp_path)
    assert [d.id for d in iter_inputs(["news"])] == ["news/b.txt", "news/deep/a.txt"]
    assert [d.id for d in iter_inputs([tmp_path / "news"])] == ["news/b.txt", "news/deep/a.txt"]
    assert [d.id for d in iter_inputs(["news/deep/a.txt"])] == ["news/deep/a.txt"]
    assert [d.id for d in iter_inputs("news/b.txt")] == ["news/b.txt"]  # one path, not a list


# --- formats -------------------------------------------------------------------------


def _outcomes(items: list[Document | Skipped]) -> list[tuple[str, str]]:
    return [(i.source, i.kind) if isinstance(i, Skipped) else (i.id, "document") for i in items]


JSONL = (
    b'{"id": "a-1", "text": "More than 500 civilians were killed.", "date": "2019-08-20", "title": "T", "url": "u", "outlet": "O"}\n'
    b"\n"
    b'{"text": "Second article.", "published": "26 January 2020"}\n'
    b'{"text": "Broken", \n'
    b"[1, 2]\n"
    b'{"title": "no text"}\n'
    b'{"text": ""}\n'
    b'{"text": 12}\n'
    b'{"text": "Cut off mid'
)


def test_jsonl_rows_and_bad_lines() -> None:
    items = read_bytes("feed.jsonl", JSONL)
    assert _outcomes(items) == [
        ("a-1", "document"),
        ("feed.jsonl:3", "document"),
        ("feed.jsonl:4", "malformed"),
        ("feed.jsonl:5", "malformed"),
        ("feed.jsonl:6", "malformed"),
        ("feed.jsonl:7", "empty"),
        ("feed.jsonl:8", "malformed"),
        ("feed.jsonl:9", "malformed"),
    ]
    first, second = items[0], items[1]
    assert isinstance(first, Document) and isinstance(second, Document)
    assert (first.text, first.published, first.title, first.url, first.outlet) == (
        "More than 500 civilians were killed.", D(2019, 8, 20), "T", "u", "O",
    )
    assert second.published == D(2020, 1, 26)
    reasons = {i.source: i.reason for i in items if isinstance(i, Skipped)}
    assert reasons["feed.jsonl:4"].startswith("malformed JSON on line 4: Expecting")
    assert "a list, not an object" in reasons["feed.jsonl:5"]
    assert "no text field" in reasons["feed.jsonl:6"]
    assert "not a string" in reasons["feed.jsonl:8"]
    assert "cut off" in reasons["feed.jsonl:9"]


def test_jsonl_row_ids_stay_unique() -> None:
    data = b'{"id": 7, "text": "One."}\n{"id": 7, "text": "Two."}\n'
    first, second = read_bytes("f.jsonl", data)
    assert isinstance(first, Document) and isinstance(second, Document)
    assert (first.id, second.id) == ("7", "f.jsonl:2")
    assert any("already used" in w for w in second.warnings)


def test_jsonl_text_with_a_date_header_is_read_like_a_file() -> None:
    (doc,) = read_bytes("f.jsonl", b'{"text": " date 2019-08-20 Body."}\n')
    assert isinstance(doc, Document) and (doc.published, doc.text) == (D(2019, 8, 20), "Body.")


CSV = (
    "Title,Date,Body,URL\r\n"
    "Floods,17/08/2018,\"More than 1,000 people fled,\r\nofficials said.\",https://a\r\n"
    "Bad,2018-08-18,too,many,fields\r\n"
    "\r\n"
    "Empty,2018-08-19,,\r\n"
    "Quake,32/13/2020,At least 12 people died.,\r\n"
).encode()


def test_csv_rows_with_line_numbers() -> None:
    items = read_bytes("rows.csv", CSV)
    assert _outcomes(items) == [
        ("rows.csv:2", "document"),
        ("rows.csv:4", "malformed"),
        ("rows.csv:6", "empty"),
        ("rows.csv:7", "document"),
    ]
    floods, quake = items[0], items[3]
    assert isinstance(floods, Document) and isinstance(quake, Document)
    assert floods.text == "More than 1,000 people fled,\nofficials said."
    assert (floods.title, floods.published, floods.url) == ("Floods", D(2018, 8, 17), "https://a")
    assert quake.published is None and "impossible date '32/13/2020' ignored" in quake.warnings


@pytest.mark.parametrize(
    ("name", "data"),
    [
        ("rows.csv", b"title;content\nA;At least 12 people died.\n"),
        ("rows.tsv", b"title\ttext\nA\tAt least 12 people died.\n"),
        ("rows.csv", b"\xef\xbb\xbftext\nAt least 12 people died.\n"),
    ],
    ids=["semicolon", "tab", "bom"],
)
def test_csv_dialects(name: str, data: bytes) -> None:
    (doc,) = read_bytes(name, data)
    assert isinstance(doc, Document) and doc.text == "At least 12 people died.", data


@pytest.mark.parametrize(
    ("data", "kind", "reason"),
    [
        (b"title,date\nA,2020-01-01\n", "malformed", "no text column"),
        (b"text\n", "empty", "header but no rows"),
        (b"\n\n", "empty", "white space"),
        (b"title,te\x00xt\nA,At least 12 people died.\n", "binary", "CSV header holds a NUL character at column 9"),
        (b'"title\ndate",url\nA,B\n', "malformed", "in the header: title date, url"),  # a quoted header cell over two lines
    ],
)
def test_csv_files_that_give_no_rows(data: bytes, kind: str, reason: str) -> None:
    (item,) = read_bytes("rows.csv", data)
    assert isinstance(item, Skipped) and item.kind == kind and reason in item.reason, data


def test_json_list_and_object() -> None:
    items = read_bytes("a.json", b'[{"text": "One."}, {"body": "Two."}, 3]')
    assert _outcomes(items) == [("a.json:1", "document"), ("a.json:2", "document"), ("a.json:3", "malformed")]
    (doc,) = read_bytes("b.json", b'{"text": "One.", "date": "2020-01-26"}')
    assert isinstance(doc, Document) and (doc.id, doc.published) == ("b.json", D(2020, 1, 26))
    (bad,) = read_bytes("c.json", b'{"text": ')
    assert isinstance(bad, Skipped) and bad.kind == "malformed"
    # one JSON text: a raw NUL makes all of it invalid, and the reason says where it is
    (nul,) = read_bytes("d.json", b'[{"text": "One."},\n {"text": "Tw\x00o."}]')
    assert nul == Skipped("d.json", "NUL character on line 2, column 14 (binary data?): not valid JSON, no item read", "binary")


@pytest.mark.parametrize("name", ["a.md", "a.text", "a.TXT", "notes"])
def test_text_like_files(name: str) -> None:
    (doc,) = read_bytes(name, b" date 2019-08-20 At least 12 people died.")
    assert isinstance(doc, Document), name
    assert (doc.text, doc.published) == ("At least 12 people died.", D(2019, 8, 20)), name


def test_unknown_text_file_type_is_read_with_a_warning() -> None:
    (doc,) = read_bytes("a.log", b"At least 12 people died.")
    assert isinstance(doc, Document) and doc.warnings == ("file type '.log' read as plain text",)


def test_html_page_becomes_text_with_its_title(monkeypatch: pytest.MonkeyPatch) -> None:
    # the tag-stripping path, as without trafilatura (tests/test_inputs_webpages.py has the other)
    monkeypatch.setattr("tracker.read.webpages._trafilatura", lambda: None)
    page = (
        b"<!DOCTYPE html><html><head><title>Floods</title><style>p{}</style></head><body>"
        b"<script>var n = 999;</script><p>More than 1,000 people&nbsp;fled.</p><p>Next.</p></body></html>"
    )
    (doc,) = read_bytes("page.html", page)
    assert isinstance(doc, Document)
    assert (doc.text, doc.title) == ("More than 1,000 people\xa0fled.\n\nNext.", "Floods")
    assert any("HTML markup removed" in w for w in doc.warnings)


def test_newlines_are_normalised_and_nothing_else_changes() -> None:
    text = "A\u00a0thin\u2009space, an en dash 10–20 and “quotes”.\r\nNext line.\rOld Mac."
    (doc,) = read_bytes("a.txt", text.encode("utf-8"))
    assert isinstance(doc, Document)
    assert doc.text == "A\u00a0thin\u2009space, an en dash 10–20 and “quotes”.\nNext line.\nOld Mac."


def test_the_same_text_twice_is_a_duplicate_across_uploads() -> None:
    from tracker.read.documents import SeenTexts

    seen = SeenTexts()
    (first,) = read_bytes("a.txt", b"At least 12 people died.", seen=seen)
    (second,) = read_bytes("b.txt", b"  At least 12\npeople   died. \n", seen=seen)
    assert isinstance(first, Document)
    assert second == Skipped("b.txt", "same text as a.txt", "duplicate")


def test_lone_surrogate_escapes_are_replaced_so_outputs_can_be_written() -> None:
    (doc,) = read_bytes("f.jsonl", b'{"text": "Some \\ud800 200 people fled.", "title": "T\\udfff"}\n')
    assert isinstance(doc, Document)
    assert (doc.text, doc.title) == ("Some \ufffd 200 people fled.", "T\ufffd")
    doc.text.encode("utf-8")
    assert any("U+FFFD" in w for w in doc.warnings)


@pytest.mark.parametrize(
    "page",
    [
        b"<html><head><title>Floods</title></head><body><svg><title>Share on Facebook</title></svg>"
        b"<p>More than 1,000 people fled.</p></body></html>",
        b"<html><body><svg><title>Share on Facebook</title></svg><title>Floods</title>"
        b"<p>More than 1,000 people fled.</p><title>Other</title></body></html>",
    ],
    ids=["svg title in the body", "svg title before the page title"],
)
def test_only_the_page_title_is_the_title(page: bytes) -> None:
    (doc,) = read_bytes("page.html", page)
    assert isinstance(doc, Document)
    assert (doc.title, doc.text) == ("Floods", "More than 1,000 people fled."), page


def _ids(items: list[Document | Skipped]) -> list[str]:
    return [i.id for i in items if isinstance(i, Document)]


def test_a_row_id_never_takes_the_name_another_line_is_given() -> None:
    # Line 1 calls itself "feed.jsonl:2", the name line 2 gets when it has no id.
    data = b'{"id": "feed.jsonl:2", "text": "One."}\n{"text": "Two."}\n{"id": "feed.jsonl:2", "text": "Three."}\n'
    items = read_bytes("feed.jsonl", data)
    ids = _ids(items)
    assert len(ids) == 3 and len(set(ids)) == 3, ids
    assert ids[0] == "feed.jsonl:2"
    assert all(any("already used" in w for w in d.warnings) for d in items[1:]), items


def test_a_row_id_never_takes_a_file_name(tmp_path: Path) -> None:
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    (inbox / "a.jsonl").write_text('{"id": "inbox/b.txt", "text": "One."}\n', encoding="utf-8")
    (inbox / "b.txt").write_text("Two.", encoding="utf-8")
    items = list(iter_inputs([inbox]))
    ids = _ids(items)
    assert len(ids) == 2 and len(set(ids)) == 2, ids
    assert ids[0] == "inbox/b.txt" and any("already used" in w for w in items[1].warnings), items


ROW_IDS = st.one_of(st.none(), st.sampled_from(["f.jsonl:1", "f.jsonl:2", "f.jsonl:3", "7", "g.json", "f.jsonl:2#2"]))


@settings(max_examples=80, deadline=None)
@given(st.lists(st.lists(ROW_IDS, min_size=1, max_size=5), min_size=1, max_size=3))
def test_document_ids_are_unique_across_uploads_sharing_a_seen(files: list[list[str | None]]) -> None:
    from tracker.read.documents import SeenTexts

    seen = SeenTexts()
    ids: list[str] = []
    for number, rows in enumerate(files):
        lines = [json.dumps({"text": f"File {number} row {i}."} | ({} if r is None else {"id": r})) for i, r in enumerate(rows)]
        ids += _ids(read_bytes("f.jsonl" if number == 0 else f"f{number}.jsonl", "\n".join(lines).encode(), seen=seen))
        ids += _ids(read_bytes("g.json", json.dumps({"text": f"Object {number}.", "id": rows[0]}).encode(), seen=seen))
    assert len(ids) == len(set(ids)), (files, ids)


def test_a_json_object_is_named_by_its_own_id() -> None:
    from tracker.read.documents import SeenTexts

    seen = SeenTexts()
    (doc,) = read_bytes("one.json", b'{"id": "story-42", "text": "One."}', seen=seen)
    assert isinstance(doc, Document) and doc.id == "story-42"
    (again,) = read_bytes("two.json", b'{"id": "story-42", "text": "Two."}', seen=seen)
    assert isinstance(again, Document) and again.id == "two.json"
    assert any("already used" in w for w in again.warnings)


def test_a_csv_row_with_an_empty_text_cell_is_read_from_its_body_cell() -> None:
    (doc,) = read_bytes("rows.csv", b"id,text,body\na,,At least 12 people died.\n")
    assert isinstance(doc, Document) and doc.text == "At least 12 people died."
