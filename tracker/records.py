"""The records that travel through the tracker: a document in, figures out.

Both are frozen dataclasses: once read or extracted, a record is never changed in
place; later stages derive a new one with `dataclasses.replace`.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

INDICATORS: tuple[str, ...] = ("killed", "injured", "displaced", "refugees", "trapped")
QUALIFIERS: tuple[str, ...] = ("exact", "approx", "at_least", "at_most", "range")
DATE_PRECISIONS: tuple[str, ...] = ("day", "week", "month", "year")
# Publication dates the tracker accepts: news, not history or typos.
FIRST_YEAR: int = 1900
LAST_YEAR: int = 2100


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
    admin1_code: str | None = None  # ISO 3166-2 code of `admin1`, when known
    lat: float | None = None  # of the place, when it is a town (GeoNames); None for a region
    lon: float | None = None
