"""RSS and Atom feeds saved as files, read with feedparser.

Each entry of a feed is one document: its title, its link, its publication date (else
the date it was updated), the feed's title as the outlet (or the entry's own <source>,
as aggregators give it), and its content (Atom <content>, RSS <content:encoded>), else its
summary (<description>), with the markup reduced to text as a web page's is
(`tracker.read.htmltext`). An entry with neither is read from its title alone, with a
warning: a headline can hold a figure.

feedparser reads a feed that is not well-formed XML with a lenient parser; the entries it
finds are read, each with a warning, and a file in which it finds none is refused with the
XML error. No network is ever used: the feed is given as bytes.
"""

from __future__ import annotations

import datetime as dt
import io
from dataclasses import dataclass

import regex as re

from .htmltext import html_to_text
from .pubdates import parse_published

# The root element of a feed, after an XML declaration, comments or a doctype: <rss>,
# <feed> (Atom) or <rdf:RDF> (RSS 1.0).
FEED_ROOT = re.compile(
    rb"""\A (?: \xef\xbb\xbf )? \s*
    (?: <\?xml [^>]*> \s* | <!-- .*? --> \s* | <!DOCTYPE [^>]*> \s* | <\?xml-stylesheet [^>]*> \s* )*
    < (?: rss | feed | rdf:RDF ) [\s>]""",
    re.VERBOSE | re.DOTALL | re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class FeedEntry:
    """One entry of a feed, as the document it becomes."""

    number: int  # 1-based, in the order of the file
    text: str  # its content or summary as text; "" when it has neither
    title: str | None
    url: str | None
    published: str | dt.date | None  # as the feed writes it, else feedparser's reading of it
    outlet: str | None
    from_title: bool = False  # no content or summary: `text` is the title


@dataclass(frozen=True, slots=True)
class Feed:
    """What a feed file holds."""

    entries: tuple[FeedEntry, ...]
    warning: str | None = None  # the XML was not well-formed: what feedparser said


@dataclass(frozen=True, slots=True)
class FeedRefused:
    reason: str
    kind: str


def looks_like_feed(head: bytes) -> bool:
    """True when the first bytes of an XML file open an RSS or Atom feed."""
    return FEED_ROOT.match(head) is not None


def read_feed(data: bytes) -> Feed | FeedRefused:
    """The entries of a feed's bytes, or why there are none; never raises."""
    try:
        import feedparser
    except ImportError:
        return FeedRefused("RSS or Atom feed, and feedparser is not installed to read it (pip install feedparser)",
                           "unsupported")
    try:
        parsed = feedparser.parse(io.BytesIO(data), resolve_relative_uris=False, sanitize_html=True)
    except Exception as error:  # noqa: BLE001 - a hostile file must not stop the run
        return FeedRefused(f"not a readable RSS or Atom feed ({type(error).__name__}: {_one_line(error)})", "malformed")
    problem = _xml_problem(parsed) if parsed.get("bozo") else None
    if not parsed.entries:
        if problem is not None:
            return FeedRefused(f"not a readable RSS or Atom feed: {problem}", "malformed")
        if not parsed.get("version"):
            return FeedRefused("XML that is not an RSS or Atom feed", "malformed")
        return FeedRefused("feed holds no entries", "empty")
    outlet = _clean(parsed.feed.get("title"))
    entries = tuple(_entry(number, entry, outlet) for number, entry in enumerate(parsed.entries, 1))
    warning = f"feed is not well-formed XML ({problem}): its entries were read leniently" if problem else None
    return Feed(entries, warning)


def _entry(number: int, entry, outlet: str | None) -> FeedEntry:
    title = _text_of(entry.get("title_detail"), entry.get("title"))
    text = ""
    for part in (*(entry.get("content") or ()), entry.get("summary_detail")):
        text = _text_of(part, None) or ""
        if text:
            break
    source = entry.get("source") or {}
    return FeedEntry(
        number=number,
        text=text or (title or ""),
        title=title,
        url=_clean(entry.get("link")),
        published=_published(entry),
        outlet=_clean(source.get("title")) or outlet,
        from_title=not text and bool(title),
    )


def _text_of(detail, fallback: str | None) -> str | None:
    """A feed field's value as text: markup removed when it is HTML."""
    value = detail.get("value") if detail else fallback
    if not value or not str(value).strip():
        return None
    kind = (detail.get("type") if detail else "") or ""
    if "html" in kind or "xml" in kind:
        return html_to_text(str(value)).text or None
    return str(value).strip()


def _published(entry) -> str | dt.date | None:
    """The entry's date: published, else updated, as the tracker reads dates; a form it does
    not read is taken as feedparser read it, and a date neither reads is handed on as
    written, for the document's warning to quote."""
    for key in ("published", "updated"):
        raw = _clean(entry.get(key))
        if raw is None:
            continue
        if parse_published(raw).date is not None:
            return raw
        if (value := entry.get(f"{key}_parsed")) is not None:
            return dt.date(value.tm_year, value.tm_mon, value.tm_mday).isoformat()
        return raw
    return None


def _xml_problem(parsed) -> str:
    error = parsed.get("bozo_exception")
    line = getattr(error, "getLineNumber", lambda: None)()
    message = getattr(error, "getMessage", lambda: str(error))()
    where = f" on line {line}" if line else ""
    return f"{_one_line(message)}{where}"


def _clean(value: object) -> str | None:
    text = " ".join(str(value).split()) if value is not None else ""
    return text or None


def _one_line(value: object) -> str:
    text = " ".join(str(value).split())
    return text if len(text) <= 120 else text[:117] + "..."
