"""News web pages saved as HTML: the article's main text, title, date and site name, taken
out of the page's furniture (menus, related links, comments, footers) by trafilatura.

trafilatura (Apache 2.0, on lxml) is the main-text extractor that scores best on the
published comparisons of such tools and gives the metadata the tracker needs in the same
pass: the title (og:title, else the headline), the publication date (htmldate, from the
page's markup: meta tags, <time>, the address), the site name (og:site_name) and the
canonical address. readability-lxml gives the main text alone, without a date or a site
name; jusText classifies paragraphs without metadata (trafilatura uses it as a fallback).

It runs with `favor_precision`: the tracker would rather miss a paragraph than count a
figure from a "most read" box or a reader's comment. Comments are never read. The date is
searched for in the markup only (no free-text search, which would take any date in the
article), and never compared with the clock.

When trafilatura is not installed (it is the optional extra `web`), raises, or finds no
main text (a page that is all navigation, a bare fragment), the page is read as before:
every tag removed (`tracker.read.htmltext`), with navigation and link-only blocks left
out. The document's warning says which way it was read. Figure offsets always refer to
the text read, not to the HTML.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from .htmltext import html_to_text

# How the date is looked for: in the markup only (not in the article's sentences), the
# original publication date rather than the last update, and within the years the
# tracker accepts, so that the clock is never read.
DATE_SEARCH: dict[str, object] = {
    "extensive_search": False,
    "original_date": True,
    "min_date": "1900-01-01",
    "max_date": "2100-12-31",
}

MAIN_TEXT = "HTML page: its main text taken out by trafilatura (menus, links, comments left out); figure positions refer to that text"
NO_MAIN_TEXT = "HTML page in which trafilatura found no main text: every tag removed instead; figure positions refer to the page's text"
NOT_INSTALLED = (
    "HTML markup removed (trafilatura is not installed: pip install 'tracker[web]' takes the article out of menus "
    "and comments): figure positions refer to the page's text"
)
FAILED = "HTML page on which trafilatura failed ({error}): every tag removed instead; figure positions refer to the page's text"


@dataclass(frozen=True, slots=True)
class WebPage:
    """What a saved page gives: its text and what it says of itself."""

    text: str  # paragraphs separated by blank lines; "" when there is no text
    title: str | None = None
    published: str | None = None  # YYYY-MM-DD, from the page's markup
    outlet: str | None = None  # the site's name
    url: str | None = None  # its canonical address
    warning: str = ""  # how it was read
    main_text: bool = False  # True when trafilatura found the article


@cache
def _trafilatura():
    """trafilatura's `bare_extraction`, or None when it cannot be imported."""
    try:
        from trafilatura import bare_extraction
    except Exception:  # noqa: BLE001 - ImportError, or a broken install (lxml without html_clean)
        return None
    return bare_extraction


def available() -> bool:
    return _trafilatura() is not None


def read_page(html: str, *, main_text: bool = True) -> WebPage:
    """The article of a saved web page; never raises. `main_text=False` removes every tag
    instead, as when trafilatura is not installed."""
    extract = _trafilatura() if main_text else None
    if extract is None:
        return _stripped(html, NOT_INSTALLED)
    try:
        found = extract(
            html,
            favor_precision=True,
            include_comments=False,
            with_metadata=True,
            date_extraction_params=dict(DATE_SEARCH),
        )
    except Exception as error:  # noqa: BLE001 - a hostile page must not stop the run
        return _stripped(html, FAILED.format(error=type(error).__name__))
    text = _paragraphs(getattr(found, "text", None) or "") if found is not None else ""
    if not text:
        return _stripped(html, NO_MAIN_TEXT)
    title = _clean(found.title) or html_to_text(html).title
    return WebPage(
        text=text,
        title=title,
        published=_clean(found.date),
        outlet=_clean(found.sitename),
        url=_clean(found.url),
        warning=MAIN_TEXT,
        main_text=True,
    )


def _stripped(html: str, warning: str) -> WebPage:
    page = html_to_text(html)
    return WebPage(text=page.text, title=page.title, warning=warning)


def _paragraphs(text: str) -> str:
    """trafilatura's lines (one a paragraph, heading or list item) as blocks separated by
    blank lines, as the tag-stripping path gives them: each ends its sentence."""
    return "\n\n".join(line.strip() for line in text.splitlines() if line.strip())


def _clean(value: object) -> str | None:
    text = " ".join(str(value).split()) if value is not None else ""
    return text or None
