"""News web pages saved as HTML: the article's figures, and none from the menus, the
related-stories boxes or the readers' comments around it; its title, date and site name
from the page's markup; a page that is all navigation reported, not read.

The pages are written here, with sentences of our own in the style of wire copy.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from tracker.extraction.engine import extract_document
from tracker.read import webpages
from tracker.read.documents import Document, Skipped, iter_inputs, read_bytes

ARTICLE = """
<article>
  <h1>Floods displace thousands in Borno</h1>
  <p class="byline">By a staff reporter</p>
  <p>MAIDUGURI, 12 September 2024 - Floodwaters that broke through a dam on Tuesday have displaced
  more than 15,000 people, the state emergency agency said on Thursday.</p>
  <p>At least 37 people were killed and 58 injured as the water swept through low-lying districts
  overnight, an agency spokesman told reporters.</p>
  <p>Aid workers said camps on the edge of the city were already full and families were sleeping in
  schools. The governor promised emergency funds for food and shelter.</p>
</article>
"""

# Figures that stand only in the page's furniture: none of them may come out.
FURNITURE_VALUES = {900, 75, 2_000_000, 500, 10_000, 48}

PAGE = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>Floods displace thousands in Borno | Sahel Wire</title>
<meta property="og:site_name" content="Sahel Wire">
<meta property="og:title" content="Floods displace thousands in Borno">
<meta property="article:published_time" content="2024-09-12T08:30:00+01:00">
<link rel="canonical" href="https://sahelwire.example/africa/borno-floods">
</head><body>
<header><nav><ul>
  <li><a href="/">Home</a></li><li><a href="/africa">Africa</a></li>
  <li><a href="/archive/quake">Archive: quake killed 900 people in 2019</a></li>
</ul></nav></header>
<div class="menu"><a href="/most-read/1">Most read: 75 dead in bus crash</a> <a href="/markets">Markets</a></div>
<main>{ARTICLE}</main>
<aside class="related"><h3>Related</h3><ul>
  <li><a href="/drought">Drought leaves 2 million people in need</a></li>
</ul></aside>
<section id="comments" class="comments"><h3>Comments</h3>
  <div class="comment"><p>Reader123: I heard 500 people were killed and nobody is telling us.</p></div>
  <div class="comment"><p>Anon: My cousin says 10,000 people fled last week.</p></div>
</section>
<!-- archived teaser: 48 people were killed -->
<footer><p>Copyright 2024 Sahel Wire.</p><a href="/privacy">Privacy</a></footer>
</body></html>
"""

NAVIGATION = """<!DOCTYPE html><html><head><title>Sahel Wire - Home</title></head><body>
<header><nav><ul><li><a href="/">Home</a></li><li><a href="/africa">Africa</a></li>
<li><a href="/x">Quake: 900 killed</a></li></ul></nav></header>
<div class="menu"><a href="/a">Most read: 75 dead in bus crash</a> <a href="/b">Markets</a></div>
<ul class="latest"><li><a href="/c">Drought leaves 2 million people in need</a></li></ul>
<footer><a href="/privacy">Privacy</a> <a href="/terms">Terms</a></footer>
</body></html>
"""

needs_trafilatura = pytest.mark.skipif(not webpages.available(), reason="trafilatura (the `web` extra) not installed")


def read_one(name: str, page: str) -> Document | Skipped:
    (item,) = read_bytes(name, page.encode("utf-8"))
    return item


@needs_trafilatura
def test_the_article_is_taken_out_of_its_page_with_its_metadata():
    doc = read_one("borno.html", PAGE)
    assert isinstance(doc, Document), doc
    assert doc.title == "Floods displace thousands in Borno"
    assert doc.published == dt.date(2024, 9, 12)
    assert doc.outlet == "Sahel Wire"
    assert doc.url == "https://sahelwire.example/africa/borno-floods"
    assert doc.text.startswith("Floods displace thousands in Borno\n\n")
    for furniture in ("Most read", "Related", "Reader123", "Privacy", "Archive"):
        assert furniture not in doc.text, furniture
    assert any("main text taken out by trafilatura" in w for w in doc.warnings), doc.warnings


@needs_trafilatura
def test_figures_come_from_the_article_and_never_from_menus_or_comments():
    doc = read_one("borno.html", PAGE)
    figures = extract_document(doc)
    got = {(f.indicator, f.value) for f in figures}
    assert {("displaced", 15_000), ("killed", 37), ("injured", 58)} <= got, got
    assert not {f.value for f in figures} & FURNITURE_VALUES, got
    for f in figures:  # offsets index into the text read, not into the HTML
        assert doc.text[f.quote_start:f.quote_start + len(f.quote)] == f.quote


@pytest.mark.parametrize("main_text", [True, False], ids=["trafilatura", "tag stripping"])
def test_a_page_that_is_all_navigation_is_reported_not_read(main_text: bool, monkeypatch: pytest.MonkeyPatch):
    if not main_text:
        monkeypatch.setattr(webpages, "_trafilatura", lambda: None)
    item = read_one("home.html", NAVIGATION)
    assert item == Skipped("home.html", "web page with no text outside its menus and links", "empty")


def test_without_trafilatura_the_tags_are_stripped_and_the_warning_says_how_to_do_better(
    monkeypatch: pytest.MonkeyPatch,
):
    monkeypatch.setattr(webpages, "_trafilatura", lambda: None)
    doc = read_one("borno.html", PAGE)
    assert isinstance(doc, Document), doc
    assert doc.title == "Floods displace thousands in Borno | Sahel Wire"  # the <title>, as before
    assert "more than 15,000 people" in doc.text
    # menus and link lists go even so; comments cannot be told from the article
    assert "Most read" not in doc.text and "Drought leaves" not in doc.text
    assert any("pip install 'tracker[web]'" in w for w in doc.warnings), doc.warnings


def test_when_trafilatura_fails_the_page_is_still_read(monkeypatch: pytest.MonkeyPatch):
    def broken(*args, **kwargs):
        raise RuntimeError("lxml gave up")

    monkeypatch.setattr(webpages, "_trafilatura", lambda: broken)
    doc = read_one("borno.html", PAGE)
    assert isinstance(doc, Document), doc
    assert "At least 37 people were killed" in doc.text
    assert any("trafilatura failed (RuntimeError)" in w for w in doc.warnings), doc.warnings


@needs_trafilatura
@pytest.mark.parametrize(
    "page",
    [
        "<p>At least 12 people died in the floods, police said.</p>",  # a bare fragment
        "<html><body><div><div>At least 12 people died in the floods, police said.</div></div></body></html>",
        "<html><body><p>At least 12 people <b>died</p></div></div><p>in the floods, police said",  # broken
    ],
    ids=["fragment", "divs", "broken markup"],
)
def test_small_and_broken_pages_still_give_their_text(page: str):
    doc = read_one("short.html", page)
    assert isinstance(doc, Document), doc
    assert [(f.indicator, f.value) for f in extract_document(doc)] == [("killed", 12)]


def test_a_folder_of_pages_is_read_through_the_same_reader(tmp_path: Path):
    (tmp_path / "borno.html").write_text(PAGE, encoding="utf-8")
    (tmp_path / "home.htm").write_text(NAVIGATION, encoding="utf-8")
    kinds = {getattr(i, "id", None) or i.source: type(i).__name__ for i in iter_inputs([tmp_path])}
    name = tmp_path.name
    assert kinds == {f"{name}/borno.html": "Document", f"{name}/home.htm": "Skipped"}


KEY_FIGURES_PAGE = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>Monsoon floods: situation update</title>
<meta property="article:published_time" content="2024-08-30T10:00:00+05:00"></head><body>
<nav><a href="/">Home</a> <a href="/news">News</a></nav>
<article><h1>Monsoon floods: situation update</h1>
<p>Heavy monsoon rains have hit the south of the country since mid-June, the National Disaster
Management Authority said on Thursday. The floods have caused widespread damage across Sindh and
Balochistan provinces, and aid agencies are scaling up their response in the worst-hit districts.</p>
<table><tr><th>Indicator</th><th>Figure</th></tr>
<tr><td>People killed</td><td>1,245</td></tr>
<tr><td>People injured</td><td>3,400</td></tr>
<tr><td>Houses destroyed</td><td>12,000</td></tr></table>
<p>More than 250,000 people have been displaced, the authority said.</p></article>
<footer>Contact us</footer></body></html>
"""


@needs_trafilatura
def test_a_key_figures_table_of_a_page_gives_its_figures_quoted_as_written():
    doc = read_one("update.html", KEY_FIGURES_PAGE)
    assert isinstance(doc, Document), doc
    assert "| People killed | 1,245 |" in doc.text  # trafilatura writes the table's rows between pipes
    figures = extract_document(doc)
    got = {(f.indicator, f.value, f.unit) for f in figures}
    assert {("killed", 1_245, "people"), ("injured", 3_400, "people"), ("housing_destroyed", 12_000, "houses"),
            ("displaced", 250_000, "people")} <= got, got
    for f in figures:
        assert doc.text[f.quote_start:f.quote_start + len(f.quote)] == f.quote
        assert doc.text[f.start:f.end].replace(",", "").endswith(str(f.value))
