"""RSS and Atom feeds saved as files: each entry one document with its title, link, date,
the feed's title as its outlet, and its content as text; broken and empty feeds reported.

The feeds are written here, with entries of our own in the style of wire copy.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

pytest.importorskip("feedparser")

from tracker.extraction.engine import extract_document  # noqa: E402
from tracker.read.documents import Document, Skipped, iter_inputs, read_bytes  # noqa: E402

RSS = b"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel>
  <title>Sahel Wire - Africa</title>
  <link>https://sahelwire.example/africa</link>
  <item>
    <title>Floods displace thousands in Borno</title>
    <link>https://sahelwire.example/africa/borno-floods</link>
    <pubDate>Thu, 12 Sep 2024 08:30:00 +0100</pubDate>
    <description>&lt;p&gt;Floods have displaced &lt;b&gt;more than 15,000 people&lt;/b&gt;.&lt;/p&gt;</description>
    <content:encoded><![CDATA[<p>Floods have displaced more than 15,000 people in Maiduguri, the state emergency agency said on Thursday.</p>
<p>At least 37 people were killed, it said.</p><script>var shown = 999;</script>]]></content:encoded>
  </item>
  <item>
    <title>Cholera cases rise in camps</title>
    <link>https://sahelwire.example/africa/cholera</link>
    <pubDate>Fri, 13 Sep 2024 10:00:00 GMT</pubDate>
    <description>Health officials said 12 people had died of cholera in the camps since Monday.</description>
  </item>
</channel>
</rss>
"""

ATOM = b"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>Relief Updates</title>
  <id>urn:relief-updates</id>
  <updated>2024-09-14T09:00:00Z</updated>
  <entry>
    <title>Flash update: landslide in the highlands</title>
    <link href="https://updates.example/flash/7"/>
    <id>urn:flash:7</id>
    <published>2024-09-13T18:00:00Z</published>
    <updated>2024-09-14T09:00:00Z</updated>
    <source><title>District Disaster Office</title></source>
    <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>Some 200 families were
    evacuated after a landslide buried 40 homes, the district disaster office said.</p></div></content>
  </entry>
  <entry>
    <title>Earthquake kills 12 in mountain villages</title>
    <link href="https://updates.example/flash/8"/>
    <id>urn:flash:8</id>
    <updated>2024-09-14T07:00:00Z</updated>
  </entry>
</feed>
"""


def docs_of(items: list[Document | Skipped]) -> list[Document]:
    return [i for i in items if isinstance(i, Document)]


def test_each_rss_item_is_a_document_with_its_fields():
    first, second = read_bytes("feed.xml", RSS)
    assert isinstance(first, Document) and isinstance(second, Document), (first, second)
    assert first.id == "feed.xml:1" and second.id == "feed.xml:2"
    assert first.title == "Floods displace thousands in Borno"
    assert first.url == "https://sahelwire.example/africa/borno-floods"
    assert first.outlet == second.outlet == "Sahel Wire - Africa"
    assert (first.published, second.published) == (dt.date(2024, 9, 12), dt.date(2024, 9, 13))
    # the full content, not the teaser; its markup reduced to text, its script dropped
    assert first.text == (
        "Floods have displaced more than 15,000 people in Maiduguri, the state emergency agency said on Thursday."
        "\n\nAt least 37 people were killed, it said."
    )
    assert second.text == "Health officials said 12 people had died of cholera in the camps since Monday."


def test_the_figures_of_a_feed_carry_the_entry_they_came_from():
    figures = [f for doc in docs_of(read_bytes("feed.rss", RSS)) for f in extract_document(doc)]
    got = {(f.document, f.indicator, f.value, f.url) for f in figures}
    assert ("feed.rss:1", "displaced", 15_000, "https://sahelwire.example/africa/borno-floods") in got
    assert ("feed.rss:1", "killed", 37, "https://sahelwire.example/africa/borno-floods") in got
    assert ("feed.rss:2", "killed", 12, "https://sahelwire.example/africa/cholera") in got
    assert 999 not in {f.value for f in figures}


def test_an_atom_entry_takes_its_source_as_outlet_and_its_published_date():
    first, second = read_bytes("updates.atom", ATOM)
    assert isinstance(first, Document), first
    assert first.outlet == "District Disaster Office"
    assert first.published == dt.date(2024, 9, 13)  # published, not updated
    assert first.url == "https://updates.example/flash/7"
    assert "Some 200 families were evacuated" in first.text
    # an entry with no content: its title is its text, and a warning says so
    assert isinstance(second, Document), second
    assert second.outlet == "Relief Updates" and second.published == dt.date(2024, 9, 14)
    assert second.text == "Earthquake kills 12 in mountain villages"
    assert any("title is read as its text" in w for w in second.warnings)


def test_an_xml_file_is_a_feed_only_when_its_root_says_so():
    assert len(docs_of(read_bytes("export.xml", RSS))) == 2
    page = b'<?xml version="1.0"?><html><body><p>At least 12 people died in the floods.</p></body></html>'
    (doc,) = read_bytes("page.xml", page)
    assert isinstance(doc, Document) and doc.id == "page.xml", doc


@pytest.mark.parametrize(
    ("name", "data", "kind", "said"),
    [
        ("empty.rss", b'<?xml version="1.0"?><rss version="2.0"><channel><title>Quiet</title></channel></rss>',
         "empty", "feed holds no entries"),
        ("empty.atom", b'<feed xmlns="http://www.w3.org/2005/Atom"><title>Quiet</title></feed>', "empty",
         "feed holds no entries"),
        ("broken.rss", b'<?xml version="1.0"?>\n<rss version="2.0">\n<channel><title>Cut</ti',
         "malformed", "not a readable RSS or Atom feed"),
        ("unclosed.rss", b'<?xml version="1.0"?>\n<rss version="2.0">\n<channel><title>Cut</title>\n<item><title',
         "malformed", "entry 1 has no title, content or summary; feed is not well-formed XML"),
        ("junk.rss", b"this is not a feed at all", "malformed", ""),
    ],
)
def test_an_empty_or_broken_feed_is_reported_with_one_line(name: str, data: bytes, kind: str, said: str):
    (item,) = read_bytes(name, data)
    assert isinstance(item, Skipped) and item.kind == kind, item
    assert said in item.reason and "\n" not in item.reason and len(item.reason) < 200, item


def test_a_feed_that_is_not_well_formed_gives_the_entries_it_holds_with_a_warning():
    cut = RSS[: RSS.index(b"</channel>")]  # the closing tags never written
    docs = docs_of(read_bytes("cut.rss", cut))
    assert [d.id for d in docs] == ["cut.rss:1", "cut.rss:2"]
    assert all(any("not well-formed XML" in w for w in d.warnings) for d in docs), docs


def test_an_entry_with_nothing_in_it_is_accounted_for():
    data = b'<rss version="2.0"><channel><title>T</title><item><link>https://x.example/1</link></item></channel></rss>'
    (item,) = read_bytes("hollow.rss", data)
    assert item == Skipped("hollow.rss:1", "entry 1 has no title, content or summary", "empty")


def test_an_unreadable_date_leaves_the_entry_undated_with_a_warning():
    data = RSS.replace(b"Thu, 12 Sep 2024 08:30:00 +0100", b"yesterday")
    first = read_bytes("feed.rss", data)[0]
    assert first.published is None
    assert any("yesterday" in w for w in first.warnings), first.warnings


def test_a_folder_with_a_feed_is_read_through_the_same_reader(tmp_path: Path):
    (tmp_path / "feed.xml").write_bytes(RSS)
    (tmp_path / "notes.xml").write_bytes(b"<notes><note>At least 12 people died.</note></notes>")
    items = list(iter_inputs([tmp_path]))
    ids = [getattr(i, "id", None) or i.source for i in items]
    name = tmp_path.name
    assert ids == [f"{name}/feed.xml:1", f"{name}/feed.xml:2", f"{name}/notes.xml"], ids


def test_no_feed_library_means_a_clear_reason(monkeypatch: pytest.MonkeyPatch):
    import builtins

    real = builtins.__import__

    def no_feedparser(name, *args, **kwargs):
        if name == "feedparser" or name.startswith("feedparser."):
            raise ImportError(name)
        return real(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", no_feedparser)
    (item,) = read_bytes("feed.rss", RSS)
    assert isinstance(item, Skipped) and item.kind == "unsupported", item
    assert "feedparser is not installed" in item.reason
