"""HTML to plain text: the fallback for web pages that trafilatura cannot read
(`tracker.read.webpages`), and the markup of feed entries.

Scripts, styles, navigation (<nav>) and other non-content elements are dropped, and so is
a block whose every word is a link's (a menu, a list of related stories); block elements (paragraphs,
headings, list items, table rows) become lines separated by a blank line so that the
sentence splitter sees paragraphs; runs of white space inside a block collapse to one
space, as a browser shows them; entities are decoded. The page's <title> is kept apart:
only the first one outside an <svg> (icons carry their own: "Share on Facebook").
"""

from __future__ import annotations

from dataclasses import dataclass
from html.parser import HTMLParser

import regex as re

# Elements whose content is not article text.
SKIPPED_ELEMENTS: frozenset[str] = frozenset(
    {"script", "style", "noscript", "template", "svg", "head", "iframe", "object", "canvas", "select", "nav"}
)

# Elements that start a new block of text.
BLOCK_ELEMENTS: frozenset[str] = frozenset(
    {
        "p", "div", "br", "hr", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt",
        "dd", "tr", "table", "section", "article", "header", "footer", "aside", "nav", "main",
        "blockquote", "pre", "figure", "figcaption", "caption", "address", "body", "html",
        "form", "fieldset", "details", "summary",
    }
)  # fmt: skip

# Elements that never have an end tag; they must not open a skipped region.
VOID_ELEMENTS: frozenset[str] = frozenset(
    {"br", "hr", "img", "input", "meta", "link", "area", "base", "col", "embed", "source", "track", "wbr"}
)

# Markup that says "this is an HTML page", near the start of a file or anywhere in it.
HTML_START = re.compile(r"""^ \s* (?: <!doctype\s+html | <html[\s>] | <head[\s>] | <body[\s>] )""", re.VERBOSE | re.IGNORECASE)
HTML_TAG = re.compile(
    r"""< /? (?: p | div | br | span | a | script | style | h[1-6] | li | table | td | meta | body ) (?: \s[^<>]* )? /? >""",
    re.VERBOSE | re.IGNORECASE,
)

# How many of those tags make a text with no doctype count as HTML.
MIN_TAGS: int = 3

# White space a browser collapses (not the non-breaking or thin spaces the engine reads).
COLLAPSIBLE_SPACE = re.compile(r"[ \t\n\r\f]+")


@dataclass(frozen=True, slots=True)
class PageText:
    text: str  # the visible text, blocks separated by blank lines
    title: str | None  # the content of <title>, if any


def looks_like_html(text: str) -> bool:
    """True for a saved web page: a doctype or <html> at the start, or several tags."""
    if HTML_START.match(text[:2048]):
        return True
    return len(HTML_TAG.findall(text[:20_000])) >= MIN_TAGS


def html_to_text(html: str) -> PageText:
    """The visible text of an HTML page; never raises on broken markup."""
    parser = _TextParser()
    parser.feed(html)
    parser.close()
    blocks = (
        " ".join(COLLAPSIBLE_SPACE.split("".join(parts))).strip()
        for parts, own in zip(parser.blocks, parser.own_text, strict=True)
        if own
    )
    title = " ".join(COLLAPSIBLE_SPACE.split("".join(parser.title_parts))).strip()
    return PageText("\n\n".join(b for b in blocks if b), title or None)


class _TextParser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.blocks: list[list[str]] = [[]]
        self.own_text: list[bool] = [False]  # for each block: holds text outside any link
        self._link_depth = 0
        self.title_parts: list[str] = []
        self._skip_depth = 0
        self._svg_depth = 0
        self._in_title = False  # inside any <title>: its text is never page text
        self._keep_title = False  # inside the page's own <title>
        self._title_seen = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "svg":
            self._svg_depth += 1
        if tag == "title":
            self._in_title = True
            self._keep_title = not self._title_seen and not self._svg_depth
            self._title_seen |= self._keep_title
        elif tag in SKIPPED_ELEMENTS and tag not in VOID_ELEMENTS:
            self._skip_depth += 1
        elif tag == "a":
            self._link_depth += 1
        if tag in BLOCK_ELEMENTS:
            self._new_block()

    def handle_endtag(self, tag: str) -> None:
        if tag == "svg" and self._svg_depth:
            self._svg_depth -= 1
        if tag == "title":
            self._in_title = self._keep_title = False
        elif tag in SKIPPED_ELEMENTS and self._skip_depth:
            self._skip_depth -= 1
        elif tag == "a" and self._link_depth:
            self._link_depth -= 1
        if tag in BLOCK_ELEMENTS:
            self._new_block()

    def handle_data(self, data: str) -> None:
        if self._in_title:
            if self._keep_title:
                self.title_parts.append(data)
        elif not self._skip_depth:
            self.blocks[-1].append(data)
            if not self._link_depth and data.strip():
                self.own_text[-1] = True

    def _new_block(self) -> None:
        if self.blocks[-1]:
            self.blocks.append([])
            self.own_text.append(False)
