"""The records that travel through the tracker: a document in, figures out.

Both are frozen dataclasses: once read or extracted, a record is never changed in
place; later stages derive a new one with `dataclasses.replace`.
"""

from __future__ import annotations

import bisect
import datetime as dt
import hashlib
from dataclasses import dataclass

INDICATORS: tuple[str, ...] = (
    "killed", "injured", "missing", "displaced", "refugees", "trapped", "returned", "in_need",
    "affected", "housing_destroyed",
)
# Indicators that count things, not people ("300 homes destroyed"): their figures' `people`
# stays empty, whatever the unit.
THING_INDICATORS: frozenset[str] = frozenset({"housing_destroyed"})
QUALIFIERS: tuple[str, ...] = ("exact", "approx", "at_least", "at_most", "range")
DATE_PRECISIONS: tuple[str, ...] = ("day", "week", "month", "year")
# Publication dates the tracker accepts: news, not history or typos.
FIRST_YEAR: int = 1900
LAST_YEAR: int = 2100

# Hex digits of a figure's id: 64 bits, so that two ids alike among ten million figures
# have a chance of about three in a million (n² / 2⁶⁵).
ID_DIGITS: int = 16


@dataclass(frozen=True, slots=True)
class Document:
    """One article as read from a file, a JSONL line or a CSV row."""

    id: str  # unique within a run: a file's path, or "file.jsonl:7" for a row
    text: str  # the article body; figure spans index into this string
    published: dt.date | None = None  # publication date; None when the input gave none
    title: str | None = None
    url: str | None = None
    outlet: str | None = None  # who published the article (not who reported a figure)
    warnings: tuple[str, ...] = ()  # what the reader noticed: "decoded as cp1252", bad date header
    # Where each page starts in `text`, for a document read from pages (a PDF): pages[0] is
    # 0, pages[i] the offset of page i + 1. Empty for a document that has no pages.
    pages: tuple[int, ...] = ()

    def page_at(self, offset: int) -> int | None:
        """The page (1-based) that holds `text[offset]`; None for a document without pages."""
        if not self.pages:
            return None
        return max(1, bisect.bisect_right(self.pages, offset))


@dataclass(frozen=True, slots=True)
class Figure:
    """One humanitarian figure, with everything needed to trace it to its sentence."""

    indicator: str  # one of INDICATORS
    value: int  # the number as written, in `unit`; for a range, its low end
    low: int | None  # the interval the wording implies: "more than 500" -> low=500
    high: int | None  # "nearly one million" -> high=1_000_000; a range has both ends
    qualifier: str  # one of QUALIFIERS
    unit: str  # what was counted, as written: people, civilians, families, households...
    people: int | None  # value in people: households and families times a household size
    quote: str  # the sentence the figure came from
    start: int  # text[start:end] is the number with its qualifier ("more than 500")
    end: int
    quote_start: int  # text[quote_start:quote_start + len(quote)] == quote
    date: dt.date | None = None  # when the figure holds; None for an undated document
    date_precision: str | None = None  # one of DATE_PRECISIONS
    period_start: dt.date | None = None  # "since April": the start of the period counted
    published: dt.date | None = None  # the document's publication date
    source: str | None = None  # who reported it ("United Nations"); None if unattributed
    location: str | None = None  # the place named for the figure ("Idlib", "Turkey")
    admin1: str | None = None  # first-level subdivision, when the gazetteer knows it
    country: str | None = None  # country name
    iso3: str | None = None  # ISO 3166-1 alpha-3 code of `country`
    document: str | None = None  # Document.id
    title: str | None = None  # of the document
    url: str | None = None
    outlet: str | None = None
    id: str | None = None  # unique per figure and stable from run to run: see `figure_id`
    admin1_code: str | None = None  # ISO 3166-2 code of `admin1`
    lat: float | None = None  # coordinates of `location`, when the gazetteer knows them
    lon: float | None = None
    source_org: str | None = None  # the body the source speaks for ("BNPB" for its spokesman)
    # A breakdown's total in the same document: its `id` (see `part_reference`). "1,660
    # people (1,347 men, ...) were killed" gives the total with part_of None and each part
    # with the total's id. Sums and charts keep only figures whose part_of is None, so that
    # no total is ever added to its own parts.
    part_of: str | None = None
    page: int | None = None  # the page (1-based) of a PDF the figure stands on; None for other documents


class _OpenFigure:
    """A Figure's slots, open for writing: `new_figure` fills one in and makes it a Figure.
    (The same slots in the same order: the layout a `__class__` assignment asks for.)"""

    __slots__ = Figure.__slots__


_new_object = object.__new__


def new_figure(
    indicator, value, low, high, qualifier, unit, people, quote, start, end, quote_start, date,
    date_precision, period_start, published, source, location, admin1, country, iso3, document,
    title, url, outlet, id, admin1_code, lat, lon, source_org, part_of, page,
) -> Figure:
    """`Figure(...)` with every field given, in Figure's order, for the engine, which builds
    one for every figure it finds: a frozen dataclass's __init__ sets each field through a
    Python-level `object.__setattr__` call, and a call with 31 keywords matches each of them
    by name (together about 60,000 instructions a figure under callgrind); this writes the slots of an
    `_OpenFigure` and then makes it a Figure (about 6,000). The record is the same: a Figure,
    frozen from then on, equal to the one the constructor builds (tests/test_records.py)."""
    f = _new_object(_OpenFigure)
    f.indicator = indicator
    f.value = value
    f.low = low
    f.high = high
    f.qualifier = qualifier
    f.unit = unit
    f.people = people
    f.quote = quote
    f.start = start
    f.end = end
    f.quote_start = quote_start
    f.date = date
    f.date_precision = date_precision
    f.period_start = period_start
    f.published = published
    f.source = source
    f.location = location
    f.admin1 = admin1
    f.country = country
    f.iso3 = iso3
    f.document = document
    f.title = title
    f.url = url
    f.outlet = outlet
    f.id = id
    f.admin1_code = admin1_code
    f.lat = lat
    f.lon = lon
    f.source_org = source_org
    f.part_of = part_of
    f.page = page
    f.__class__ = Figure
    return f


def figure_id(document: str | None, start: int, end: int, indicator: str, unit: str, item: int | None = None) -> str:
    """A figure's id: a hash of where it stands (its document and span) and what it counts,
    the same in every run over the same input, and different for every figure of a run
    (a document's id is unique within a run; one span gives one figure per indicator and unit,
    or one per item of a list that each has the count: `item` is where that item starts)."""
    parts = (document or "", str(start), str(end), indicator, unit)
    key = "\x1f".join(parts if item is None else (*parts, str(item)))
    return hashlib.blake2b(key.encode("utf-8", "surrogatepass"), digest_size=ID_DIGITS // 2).hexdigest()


def part_reference(total: Figure) -> str | None:
    """What a part's `part_of` holds: the id of its total, a figure of the same document."""
    return total.id
