"""Publication dates as inputs write them: "2020-01-26", "26 January 2020", "26/01/2020",
GDELT's "20200126T101500Z"...

A document's date comes from a header, a JSONL field or a CSV column. Whatever cannot be
a real date is ignored with a warning that quotes it, so the document is read undated
rather than dated wrong. Numeric dates are day-first ("05/02/2020" is 5 February), as in
most of the places humanitarian reports come from; the clock is never read.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import regex as re

from .. import lexicon
from ..records import FIRST_YEAR, LAST_YEAR

# The largest hour, minute and second a time of day after a date may have ("24:00" ends a
# day in ISO 8601; ":60" is a leap second; "12 p.m." on a 12-hour clock).
LAST_HOUR, LAST_HOUR_12, LAST_MINUTE, LAST_SECOND = 24, 12, 59, 60

# Month and weekday names as feeds write them, in lower case (lexicon/months.csv, weekdays.csv).
MONTHS: dict[str, int] = {w.lower(): n for w, n in lexicon.mapping("months", "word", "month", int).items()}
WEEKDAYS: tuple[str, ...] = tuple(w.lower() for w in lexicon.column("weekdays", "word"))

_MONTH = "|".join(sorted(MONTHS, key=len, reverse=True))
_WEEKDAY = "|".join(sorted(WEEKDAYS, key=len, reverse=True))

# What may follow a date: a time of day and a zone ("T10:00:00Z", " 10:00 +0200", " GMT"),
# set off as feeds and pages set it ("1 Mar 2024 | 10:00", "1 Mar 2024 · 10:00", "- 10:00").
_TIME = r"""
    (?: (?: [T\s,]+ | \s* [|·•] \s* | \s+ [-–—] \s+ | \s+at\s+ ) (?P<hour>\d{1,2}) [:.] (?P<minute>\d{2}) (?: [:.] (?P<second>\d{2}) )?
        (?: \.\d+ )? \s* (?P<half> [ap]\.?m\.? )? )?
    \s* (?: Z | UTC | GMT | [+-] \d{2} :? \d{2} | [A-Z]{3,4} )?
    \s* $
"""

# An optional weekday in front: "Sunday, 26 January 2020", "Sun, 26 Jan 2020 ...".
_WEEKDAY_PREFIX = rf"(?: (?:{_WEEKDAY}) \.? ,? \s+ )?"

# 2020-01-26, 2020/01/26, 2020.01.26, with an optional time: "2020-01-26T10:00:00Z".
YEAR_FIRST = re.compile(
    rf"""^ (?P<year>\d{{4}}) (?P<sep>[-/.]) (?P<month>\d{{1,2}}) (?P=sep) (?P<day>\d{{1,2}}) {_TIME}""",
    re.VERBOSE | re.IGNORECASE,
)

# 26/01/2020, 26.01.2020, 26-01-2020: day first.
DAY_FIRST = re.compile(
    rf"""^ {_WEEKDAY_PREFIX} (?P<day>\d{{1,2}}) (?P<sep>[-/.]) (?P<month>\d{{1,2}}) (?P=sep) (?P<year>\d{{4}}) {_TIME}""",
    re.VERBOSE | re.IGNORECASE,
)

# 26 January 2020, 26th of Jan. 2020, Sunday, 26 January 2020.
DAY_MONTH_NAME = re.compile(
    rf"""^ {_WEEKDAY_PREFIX}
    (?P<day>\d{{1,2}}) (?: st|nd|rd|th )? \s+ (?: of \s+ )?
    (?P<month>{_MONTH}) \.? ,? \s+ (?P<year>\d{{4}}) {_TIME}""",
    re.VERBOSE | re.IGNORECASE,
)

# January 26, 2020, Jan. 26 2020, Sunday, January 26th, 2020.
MONTH_NAME_DAY = re.compile(
    rf"""^ {_WEEKDAY_PREFIX}
    (?P<month>{_MONTH}) \.? \s+ (?P<day>\d{{1,2}}) (?: st|nd|rd|th )? ,? \s+ (?P<year>\d{{4}}) {_TIME}""",
    re.VERBOSE | re.IGNORECASE,
)

# GDELT's and ISO 8601's basic form, digits only: 20240903T101500Z, 20240903101500, 20240903.
COMPACT = re.compile(
    r"""^ (?P<year>\d{4}) (?P<month>\d{2}) (?P<day>\d{2})
    (?: T? (?P<hour>\d{2}) (?P<minute>\d{2})? (?P<second>\d{2})? (?: \.\d+ )? )? \s* (?: Z | UTC | GMT | [+-] \d{2} :? \d{2} )? $""",
    re.VERBOSE | re.IGNORECASE,
)

DATE_PATTERNS: tuple[re.Pattern, ...] = (YEAR_FIRST, DAY_FIRST, DAY_MONTH_NAME, MONTH_NAME_DAY, COMPACT)


# How far into a text a dateline may stand: after a headline and a byline, not further.
DATELINE_REACH: int = 400

# A dateline opening a story: the place in capitals or as a name, a date with its year, a
# dash. "MAIDUGURI, 12 September 2024 —", "GENEVA (12 September 2024) –", "Goma, DR Congo,
# Sept. 3, 2024 (Reuters) -". A dateline without a year ("GOMA, Sept 3 (Reuters) -") gives
# no date: the year is not guessed.
_PLACE = r"\p{Lu} [\p{L}.'’ -]{1,40}? (?: , \s* \p{Lu} [\p{L}.'’ -]{1,40}? )?"
DATELINE = re.compile(
    rf"""[ \t]* (?P<line>
    (?P<place> {_PLACE} ) \s* [,(] \s* {_WEEKDAY_PREFIX}
    (?P<date> \d{{1,2}} (?: st|nd|rd|th )? \s+ (?:{_MONTH}) \.? ,? \s+ \d{{4}}
            | (?:{_MONTH}) \.? \s+ \d{{1,2}} (?: st|nd|rd|th )? ,? \s+ \d{{4}}
            | \d{{4}} - \d{{2}} - \d{{2}} )
    \s* \)? \s* (?: \( [\p{{L}} ]{{1,30}} \) \s* )? (?: — | – | -{{1,2}} ) )""",
    re.VERBOSE | re.IGNORECASE,
)


DIGIT = re.compile(r"\d")

# Words of a place name that are not capitalised ("Dar es Salaam", "Deir ez-Zor"): any
# other word in lower case makes the line a sentence, not a dateline.
PLACE_PARTICLES: frozenset[str] = lexicon.word_set("name particles")


@dataclass(frozen=True, slots=True)
class PublishedDate:
    """A date read from an input, or why there is none."""

    date: dt.date | None
    warning: str | None = None  # what was wrong with the input, quoting it


def parse_published(value: object) -> PublishedDate:
    """Read a publication date; never raises. None and "" give no date and no warning."""
    if value is None:
        return PublishedDate(None)
    if isinstance(value, dt.datetime):
        return PublishedDate(value.date())
    if isinstance(value, dt.date):
        return PublishedDate(value)
    if not isinstance(value, str):
        return PublishedDate(None, f"unrecognised date {_show(value)} ignored")
    text = " ".join(value.split())
    if not text:
        return PublishedDate(None)
    for pattern in DATE_PATTERNS:
        m = pattern.match(text)
        if m:
            if not _possible_time(m):
                return PublishedDate(None, f"impossible time in date {_show(value)} ignored")
            return _from_parts(value, int(m["year"]), _month_number(m["month"]), int(m["day"]), pattern is DAY_FIRST)
    return PublishedDate(None, f"unrecognised date {_show(value)} ignored")


def dateline_date(text: str) -> PublishedDate:
    """The date of a dateline near the top of `text` ("MAIDUGURI, 12 September 2024 —"),
    with a warning that quotes it; no date (and no warning) when there is none."""
    m = None
    for line in text[:DATELINE_REACH].split("\n"):
        # the cheap tests first: a dateline holds a dash and a digit
        if ("—" in line or "–" in line or "-" in line) and DIGIT.search(line):
            if m := DATELINE.match(line):
                break
    if m is None or not all(w[:1].isupper() or w in PLACE_PARTICLES for w in re.split(r"[\s,]+", m["place"].strip())):
        return PublishedDate(None)
    found = parse_published(m["date"])
    if found.date is None:
        return PublishedDate(None)
    return PublishedDate(found.date, f"no valid date given; dated {found.date.isoformat()} by its dateline {_show(m['line'])}")


def _from_parts(value: str, year: int, month: int, day: int, day_first: bool) -> PublishedDate:
    if not FIRST_YEAR <= year <= LAST_YEAR:
        return PublishedDate(None, f"implausible date {_show(value)} ignored (year {year})")
    date = _date_or_none(year, month, day)
    if date is not None:
        return PublishedDate(date)
    if day_first:
        # "01/26/2020" cannot be day-first; if it is a real month-first date, say so.
        swapped = _date_or_none(year, day, month)
        if swapped is not None:
            return PublishedDate(swapped, f"date {_show(value)} read as month/day/year: {swapped.isoformat()}")
    return PublishedDate(None, f"impossible date {_show(value)} ignored")


def _possible_time(m: re.Match) -> bool:
    """The time of day after the date, if any, is one a clock shows: "T99:99:99Z" is not
    (a leap second, :60, is)."""
    groups = m.groupdict()
    if groups.get("hour") is None:
        return True
    hour, minute, second = (int(groups.get(g) or 0) for g in ("hour", "minute", "second"))
    last_hour = LAST_HOUR_12 if groups.get("half") else LAST_HOUR
    return hour <= last_hour and minute <= LAST_MINUTE and second <= LAST_SECOND


def _date_or_none(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _month_number(month: str) -> int:
    return int(month) if month.isdigit() else MONTHS[month.lower().rstrip(".")]


def _show(value: object) -> str:
    # Quote the input, shortened so that a warning stays on one line.
    text = " ".join(str(value).split())
    return repr(text if len(text) <= 40 else text[:37] + "...")
