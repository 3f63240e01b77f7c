"""When a figure holds: its date, how exact that date is, and the start of a period it counts.

`figure_date` reads the sentence that holds a figure and resolves what it says about time
against the document's publication date, which the caller passes in (the clock is never
read). Without any date in the sentence the figure holds on the publication day; an undated
document gives an undated figure unless the sentence itself names a full date.

Which date in a sentence belongs to the figure, strongest first:

1. "as of 23 March", "by 2 March", "up to 5 January": the day a count stands at;
2. the end of the period the figure was counted over: "between 17 October and 23 March";
3. a situation-report citation closing the sentence: "(OCHA, 18 February 2017)" - the day
   of the report, when the sentence names no day the count stands at;
4. the day the source spoke: "said on Friday", "said last week", "reported Tuesday";
5. a date in the figure's own clause: "displaced on 3 March alone", "killed yesterday".

Dates of the fifth kind are ignored when a clause boundary ("which", "after", "following",
"because", ";") stands between them and the figure: in "displaced by Hurricane Enawo, which
made landfall on 7 March" the landfall is not the figure's date. A date after publication
is never returned. Decisions:

- A weekday is the most recent such day on or before publication: "said Tuesday" in an
  article of Tuesday 2019-08-20 is 2019-08-20 itself (news style: the day of writing);
  "last Tuesday" on a Tuesday is a week earlier.
- "last week" is publication minus 7 days, precision "week"; "last month" and "in January
  2020" are the first day of that month, precision "month"; a bare year is 1 January,
  precision "year".
- A date without a year takes the publication year, or the year before when that would
  fall after publication ("as of 23 March" in a paper of 2017-01-10 is 2016-03-23). Without
  a publication date, the year comes from a full date elsewhere in the sentence (a
  citation), or the date is left unresolved.
- Periods keep their start in `period_start`: "since April", "since 1 January 2016",
  "between 17 October and 23 March" (the end becomes the date), "in the past 24 hours".
"""

from __future__ import annotations

import datetime as dt
import string
import re as _re
from collections.abc import Callable, Iterable, Iterator
from fractions import Fraction
from itertools import repeat
from typing import NamedTuple

import regex as re

from .. import lexicon
from ..extraction.qualifiers import change_before
from ..extraction.text import gap, holds_any, last_words, phrase_tree
from ..extraction.text import alternation as _words
from ..extraction.text import phrases as _alternation
from .keyscan import KeyScanner, ascii_word_set, ascii_words, key_scanner

# Bounds before a position are conditionals, not `max(0, at - REACH)`: see tracker.extraction.rules.

# ---------------------------------------------------------------------------------------
# Vocabulary


MONTHS: dict[str, int] = lexicon.mapping("months", "word", "month", int)
WEEKDAYS: dict[str, int] = lexicon.mapping("weekdays", "word", "weekday", int, kind="full")

# Words for small counts in "the past two days": the numbers in words of lexicon/numbers.csv
# and the counts of lexicon/spans.csv ("the past several days").
COUNT_WORDS: dict[str, int] = {
    **lexicon.mapping("spans", "word", "value", int, kind="count"),
    **{w: n for kind in ("unit", "ten") for w, n in lexicon.mapping("numbers", "word", "value", int, kind=kind).items() if n},
}

# Length of a unit of time in days, for "in the past 48 hours" / "over the past week".
UNIT_DAYS: dict[str, float] = lexicon.mapping("spans", "word", "value", lambda v: float(Fraction(v)), kind="unit")

# "as of 23 March": the count stands at that date.
AS_OF_WORDS: tuple[str, ...] = lexicon.word_list("as of words")
# "in the past 48 hours", "over the last two weeks": the words that open a span.
SPAN_WORDS: tuple[str, ...] = lexicon.word_list("span words")
# "between 17 October and 23 March", "from 7 to 14 March": the words that open a range.
RANGE_WORDS: tuple[str, ...] = lexicon.word_list("range words")

# Words that date the report itself: "said on Friday", "reported Tuesday", "according to
# OCHA on Monday", "released on Saturday" (lexicon/report_verbs.csv, the list sources are
# read with, and the words that release a toll without naming its source).
REPORT_VERBS: tuple[str, ...] = lexicon.column("report_verbs", "words")

# Words before a date that make it the date of another count the figure is compared with:
# "compared with December 2021", "larger than the whole of 2017", "from the record of 2016".
COMPARISON_WORDS: tuple[str, ...] = lexicon.word_list("comparison words")

# "in the first six months of 2024", "the last quarter of 2023", "in the first half of the
# month": the part of a year or month a figure was counted over; its end is the figure's date.
ORDINALS: dict[str, int] = lexicon.mapping("spans", "word", "value", int, kind="ordinal")
PART_MONTHS: dict[str, int] = lexicon.mapping("spans", "word", "value", int, kind="part")
# How many characters before a date "since" may open the clause that holds it:
# "since fighting between the army and the RSF erupted last Saturday".
SINCE_REACH: int = 90
# Dates a sentence passes on to the next one (a week, a month or a year is too vague to carry).
CARRIED_PRECISIONS: frozenset[str] = frozenset({"day"})
# Words by which a sentence goes on about the event the sentence before dated.
BACK_REFERENCES: tuple[str, ...] = lexicon.word_list("back references")
# Dates said relative to the day of publication (lexicon/relative_dates.csv): the phrases of
# each meaning ("yesterday", "this morning": today), and the words before a weekday that make
# it the one a week before on publication's own weekday ("last Friday").
_RELATIVE_ROWS: dict[str, tuple[str, ...]] = lexicon.groups("relative_dates", "meaning", "phrase")
BEFORE_WEEKDAY: tuple[str, ...] = _RELATIVE_ROWS.get("before_weekday", ())
RELATIVE_PHRASES: dict[str, tuple[str, ...]] = {k: v for k, v in _RELATIVE_ROWS.items() if k != "before_weekday"}


def _month_before(published: dt.date) -> dt.date:
    return (published.replace(day=1) - dt.timedelta(days=1)).replace(day=1)


# What each meaning of relative_dates.csv resolves to, from the publication date.
RELATIVE_DATES: dict[str, Callable[[dt.date], tuple[dt.date, str]]] = {
    "yesterday": lambda published: (published - dt.timedelta(days=1), "day"),
    "today": lambda published: (published, "day"),
    "last_week": lambda published: (published - dt.timedelta(days=7), "week"),
    "this_week": lambda published: (published, "week"),
    "last_month": lambda published: (_month_before(published), "month"),
    "this_month": lambda published: (published.replace(day=1), "month"),
    "last_year": lambda published: (dt.date(published.year - 1, 1, 1), "year"),
    # the weekend's Sunday on or before publication (a Saturday paper: that day)
    "last_weekend": lambda published: (
        published if published.weekday() == 5 else published - dt.timedelta(days=(published.weekday() + 1) % 7), "week"
    ),
}
# Days the calendar names ("New Year's Day": meaning 01-01): the last such day on or before
# publication.
FIXED_DAY = re.compile(r"(\d\d)-(\d\d)")


def _fixed_day(month: int, day: int) -> Callable[[dt.date], tuple[dt.date, str]]:
    def resolve(published: dt.date) -> tuple[dt.date, str]:
        date = dt.date(published.year, month, day)
        return (date if date <= published else date.replace(year=published.year - 1)), "day"

    return resolve


for _meaning in RELATIVE_PHRASES:
    if _fixed := FIXED_DAY.fullmatch(_meaning):
        RELATIVE_DATES[_meaning] = _fixed_day(int(_fixed[1]), int(_fixed[2]))
# RELATIVE's group of each meaning (a group's name is a word: "01-01" is "on_01_01").
RELATIVE_GROUPS: dict[str, str] = {"on_" + m.replace("-", "_") if FIXED_DAY.fullmatch(m) else m: m for m in RELATIVE_PHRASES}
if unknown := set(RELATIVE_PHRASES) - set(RELATIVE_DATES):
    raise ValueError(f"relative_dates.csv: unknown meaning {sorted(unknown)}; known: {[*RELATIVE_DATES, 'before_weekday']}")

# "week 11", "epidemiological week 11", "EW 11": an epidemiological week.
EPI_WEEK_WORDS: tuple[str, ...] = lexicon.word_list("epi week words")
EPI_WEEK_PREFIXES: tuple[str, ...] = lexicon.word_list("epi week prefixes")
EPI_WEEK_ABBREVIATIONS: tuple[str, ...] = lexicon.word_list("epi week abbreviations")
# "the first six months of 2024": the unit a part of a year is counted in.
PART_COUNT_UNITS: tuple[str, ...] = lexicon.word_list("part count units")
DOCUMENT_DATE_REACH: int = 300  # characters of a document's start where its own date stands
LEAD_DATE_REACH: int = 500  # characters of an undated story's lead where the day it tells of stands


_MONTH = rf"(?:{_alternation(MONTHS)})(?![a-z])\.?"
# A month's full name is its longest: "June" and "July" as well as "May", never "Sept" or "Jun".
_MONTH_FULL = rf"(?:{_alternation(max((w for w in MONTHS if MONTHS[w] == n), key=len) for n in range(1, 13))})(?![a-z])"
_WEEKDAY = rf"(?:{_alternation(WEEKDAYS)})"
_YEAR = r"(?<![\d,.])(?:19|20)\d\d(?![\d\p{L}]|[,.]\d)"
_DAY = r"(?<!\d)(?<!\d[,.])(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?!\d|[,.]\d)"

YEAR = re.compile(_YEAR)


def group_number(name: str, *patterns: re.Pattern) -> int:
    """The number of the group called `name` in each of `patterns` (the same in all). A match
    of the `regex` module reads a group's name only after failing to read it as a number,
    which raises an exception with its message written out and drops it: reading the group
    by its number costs a sixth of that, and the hot paths do so."""
    numbers = {p.groupindex[name] for p in patterns}
    if len(numbers) != 1:
        raise ValueError(f"group {name!r} has the numbers {sorted(numbers)} in these patterns")
    return numbers.pop()


def _either_case(words: tuple[str, ...] | list[str]) -> str:
    """`_alternation` of the phrases with their first letter in either case ("[Yy]esterday")."""
    return "|".join(
        f"[{w[0].upper()}{w[0].lower()}]" + re.escape(w[1:]).replace(r"\ ", r"\s+")
        for w in sorted(set(words), key=len, reverse=True)
    )


# The edges of a period: "the start of", "the end of" (lexicon lists).
EDGE_WORDS: str = _words("start words", "end words")
# What may stand before a month and make part of its date: "mid-January", "the end of March";
# matched with its capital or without ("Early", "early").
_MOD = (
    "(?:" + "|".join(f"[{w[0].upper()}{w[0]}]{re.escape(w[1:])}" for w in lexicon.word_list("date modifiers"))
    + rf"|the\s+(?:{EDGE_WORDS})\s+of)"
)

# A year named from the publication's: "February last year", "in March of this year".
_REL_YEAR = r"|\s+(?:of\s+)?(?P<rel>last|this)\s+year\b"
REL_YEARS: dict[str, int] = {"last": -1, "this": 0}  # years before the reference's

# One date as written; months and weekdays are matched with their capital letter.
DATE = re.compile(
    rf"""
      (?P<iso> (?P<year>{_YEAR}) - (?P<mon>[01]\d) - (?P<day>[0-3]\d) )        # 2019-08-20
    | (?P<day>{_DAY}) \s* (?:of\s+)? (?P<month>{_MONTH}) (?:,?\s*(?P<year>{_YEAR}){_REL_YEAR})?  # 12 January 2020
    | (?P<month>{_MONTH}) \s* (?P<day>{_DAY}) (?:,?\s*(?P<year>{_YEAR}){_REL_YEAR})?       # January 12, 2020
    | (?:(?P<mod>{_MOD})[\s-]*)?
      (?P<month>{_MONTH_FULL}) (?:,?\s*(?P<year>{_YEAR}){_REL_YEAR})?                     # (mid-)January 2020
    | (?P<year>{_YEAR})                                                         # 2017
    """,
    re.VERBOSE,
)

# Cheap tests that a sentence may hold a written date, a relative one, a span or a range:
# most sentences hold none, and the full patterns are only tried where these match.
DATE_HINT = re.compile(rf"{_MONTH}|(?:19|20)\d\d")
# (A relative phrase is found with its first letter in either case, "Yesterday"; the hint
# only says where RELATIVE is tried, see `_anchored`.)
_RELATIVE_HINT = rf"{_WEEKDAY}|\b(?:{_either_case([p for ps in RELATIVE_PHRASES.values() for p in ps])})\b"
RELATIVE_HINT = re.compile(_RELATIVE_HINT)
RANGE_HINT = re.compile(rf"\b(?i:{_alternation(RANGE_WORDS)})")


def _ascii_twin(pattern: str, flags: int = 0) -> _re.Pattern:
    """`pattern` compiled by the standard library's `re`, for ASCII text: there it finds
    what the `regex` module finds (whose \\s leaves out the separators \\x1c-\\x1f),
    several times faster. (For patterns without character classes holding \\s.)"""
    return _re.compile(pattern.replace(r"\s", r"[ \t\n\r\f\v]"), flags)


def _by_first_letter(words: list[str]) -> str:
    """`_either_case` grouped by first letter, a group for each case ("Y(?:esterday)|
    y(?:esterday)|T(?:his\\s+week|oday)|..."): the standard library's `re` passes over a
    group whose letter is not the one at hand at once, where it tests the class ("[Yy]")
    of every phrase in turn. It finds what `_either_case` finds: phrases of different first
    letters never match at one place, and each group keeps the longest first."""
    groups: dict[str, list[str]] = {}
    for w in set(words):
        for first in dict.fromkeys((w[0].upper(), w[0].lower())):
            groups.setdefault(first, []).append(w[1:])
    return "|".join(f"{re.escape(first)}(?:{_alternation(rests)})" for first, rests in sorted(groups.items()))


# The hints, on ASCII text (most sentences): see `_ascii_twin`.
ASCII_TWINS: dict[re.Pattern, _re.Pattern] = {
    DATE_HINT: _ascii_twin(DATE_HINT.pattern),
    RELATIVE_HINT: _ascii_twin(
        rf"{_WEEKDAY}|\b(?:{_by_first_letter([p for ps in RELATIVE_PHRASES.values() for p in ps])})\b"
    ),
}


def _in_ascii(sentence: str, pattern: re.Pattern) -> re.Pattern | _re.Pattern:
    """`pattern`, or its twin when the sentence is ASCII."""
    return ASCII_TWINS.get(pattern, pattern) if sentence.isascii() else pattern


def _first_words(phrases, either_case: bool = False) -> tuple[str, ...]:
    """The first word of each phrase as written, and with `either_case` with its first
    letter in the other case too ("last week" -> "last", "Last")."""
    firsts = [p.split()[0] for p in phrases]
    if either_case:
        firsts = [f for w in firsts for f in (w[0].upper() + w[1:], w[0].lower() + w[1:])]
    return tuple(dict.fromkeys(firsts))


# What a hint's matches start with, for a hint whose scan tries it afresh at every letter
# (the relative hint: its phrases open with a word boundary, which no first letter tells
# the scan to look for): a match of it stands where one of these words does (a weekday,
# or the first word of a relative phrase with its first letter in either case).
HINT_STARTS: dict[re.Pattern, tuple[str, ...]] = {
    RELATIVE_HINT: (*_first_words(WEEKDAYS), *_first_words([p for ps in RELATIVE_PHRASES.values() for p in ps], either_case=True)),
}


# Where the start words of each hint of `HINT_STARTS` stand in a sentence, every place
# (overlapping ones too), found in one pass (`key_scanner`: all the words at once), which
# costs less than a substring search for each word and a search for each place of those
# the sentence holds.
HINT_START: str = "start"
HINT_START_SCANNERS: dict[re.Pattern, KeyScanner] = {hint: key_scanner({HINT_START: words}) for hint, words in HINT_STARTS.items()}


def _hint_matches(sentence: str, hint: re.Pattern) -> Iterator[re.Match | _re.Match]:
    """What `hint.finditer(sentence)` finds (on ASCII text, its twin); for a hint of
    `HINT_STARTS`, the pattern tried only where one of its start words stands: one pass
    for those words (`HINT_START_SCANNERS`) costs less than the scan. (The date hint's scan skips to the letters
    that may start a month or a year by itself: searches for its 26 words cost more.)"""
    pattern = _in_ascii(sentence, hint)
    if hint not in HINT_STARTS:
        yield from pattern.finditer(sentence)
        return
    starts = sorted({at for at, _ in HINT_START_SCANNERS[hint](sentence).get(HINT_START, ())})
    pos = 0
    for at in starts:
        if at >= pos and (m := pattern.match(sentence, at)):
            yield m
            pos = m.end()


def _places_of(sentence: str, word: str) -> Iterator[int]:
    """Every place `word` starts in the sentence (overlapping ones too)."""
    at = sentence.find(word)
    while at >= 0:
        yield at
        at = sentence.find(word, at + 1)


# Words whose presence makes a sentence worth the full patterns; looked up in a set of the
# sentence's words, which is much cheaper than a regex scan (most sentences have none).
WRITTEN_HINTS: frozenset[str] = frozenset(MONTHS) | {m + "." for m in MONTHS}
# (the first word of each relative phrase, with its first letter in either case)
RELATIVE_HINTS: frozenset[str] = frozenset(
    [*WEEKDAYS, *(w + "'s" for w in WEEKDAYS)]
    + [w for ps in RELATIVE_PHRASES.values() for p in ps for first in [p.split()[0]] for w in (first, first.capitalize())]
)
SPAN_HINTS: frozenset[str] = frozenset(SPAN_WORDS)
RANGE_HINTS: frozenset[str] = frozenset(w for word in RANGE_WORDS for w in (word, word.capitalize()))
_STRIP: str = ".,;:!?()[]{}\"'“”‘’«»—–-"


def _hint_words(sentence: str) -> frozenset[str]:
    """The sentence's words stripped of punctuation ("mid-July" holds "July", "(Monday)"
    "Monday") that are hints (`ALL_HINTS`: only those are looked for, and a set of them
    costs less to make than one of every word). A hint stripped is a hint too ("Jan." ->
    "Jan"), so the words as written need no look-up of their own. An ASCII sentence (most)
    has only the words around its hints' pieces stripped (`_ascii_hint_words`)."""
    if sentence.isascii():
        return _ascii_hint_words(sentence)
    return ALL_HINTS.intersection(map(str.strip, sentence.replace("-", " ").split(), repeat(_STRIP)))


def _ascii_hint_words(sentence: str) -> frozenset[str]:
    """`_hint_words` of an ASCII sentence. A word that strips to a hint holds the hint's
    anchor (`HINT_ANCHORS`) as a piece of the sentence cut at every `ASCII_BREAKS`
    character; only the words holding a piece that is an anchor are stripped and looked up.
    (Cutting the sentence's bytes at once costs about a third of stripping every word, and
    most sentences hold no anchor or one or two.)"""
    pieces = sentence.encode("ascii").translate(ASCII_BREAKS_TO_SPACE).split()
    anchors = HINT_ANCHORS.intersection(pieces)
    if not anchors:
        return frozenset()
    found = set()
    for anchor in anchors:
        piece = anchor.decode("ascii")
        for at in _places_of(sentence, piece):
            word = _ascii_word_at(sentence, at, at + len(piece))
            if word in ALL_HINTS:
                found.add(word)
    return frozenset(found)


# The ASCII characters at which `_hint_words` cuts words: white space (as `str.split` has it) and "-".
ASCII_WORD_CUTS: frozenset[str] = frozenset(ch for ch in map(chr, range(128)) if ch.isspace() or ch == "-")


def _ascii_word_at(sentence: str, start: int, end: int) -> str:
    """The word holding the piece sentence[start:end] of an ASCII sentence as `_hint_words`
    cuts words (at white space and "-"), stripped of `_STRIP`. (An anchor holds no character
    that cuts a word, so the word is only looked for around it: a character at a time, each
    a set lookup, where a test of every character of the word was a call.)"""
    while start > 0 and sentence[start - 1] not in ASCII_WORD_CUTS:
        start -= 1
    while end < len(sentence) and sentence[end] not in ASCII_WORD_CUTS:
        end += 1
    return sentence[start:end].strip(_STRIP)


def _has_year(sentence: str) -> bool:
    return ("19" in sentence or "20" in sentence) and _in_ascii(sentence, DATE_HINT).search(sentence) is not None


# What may stand before a month or a weekday and belong to the date: "12 ", "12th of ",
# "mid-", "the end of ", "last ". Matched backwards from the month/weekday found by a hint.
DATE_PREFIX = re.compile(
    rf"""
    (?: {_DAY} \s* (?:of\s+)? | {_MOD}[\s-]* )\Z
    """,
    re.VERBOSE | re.REVERSE,
)
RELATIVE_PREFIX = re.compile(rf"\b(?:{_either_case(BEFORE_WEEKDAY)})\s+\Z", re.REVERSE)
PREFIX_REACH: int = 24  # characters a prefix may take

# Dates said relative to the day of publication: a group named by each meaning of
# relative_dates.csv ("yesterday", "last_week"), then a weekday ("(last) Friday").
RELATIVE = re.compile(
    "|".join(
        [rf"(?P<{group}>(?i:\b(?:{_alternation(RELATIVE_PHRASES[meaning])})\b))" for group, meaning in RELATIVE_GROUPS.items()]
        + [rf"(?:(?P<last>(?i:{_alternation(BEFORE_WEEKDAY)}))\s+)?(?P<weekday>{_WEEKDAY})(?:'s)?\b"]
    )
)

# RELATIVE's weekday and the word before it ("last"), by number (see `group_number`).
RELATIVE_WEEKDAY: int = group_number("weekday", RELATIVE)
RELATIVE_LAST: int = group_number("last", RELATIVE)

# "in the past 24 hours", "over the last two weeks": a period ending at publication.
PAST_SPAN = re.compile(
    rf"""
    \b(?i:{_words("span prepositions")}) \s+ the \s+ (?i:{_alternation(SPAN_WORDS)}) \s+
    (?:(?P<count>\d{{1,3}}|{_alternation(COUNT_WORDS)}) \s+)?
    (?P<unit>(?i:{_alternation(UNIT_DAYS)}))s?\b
    """,
    re.VERBOSE,
)

# "two weeks ago", "three days ago", "a month ago": a date counted back from publication, as
# precise as its unit (a week ago is "last week": published minus 7 days). "A week earlier"
# ("up from 90,000 a week earlier") counts back from the figure it compares with, which news
# dates at publication or near it: it is read the same way (words.csv "ago words").
AGO_WORDS: tuple[str, ...] = lexicon.word_list("ago words")
AGO = re.compile(
    rf"""
    \b(?P<count>\d{{1,3}}|(?i:{_alternation(COUNT_WORDS)})) \s+
    (?P<unit>(?i:{_alternation(UNIT_DAYS)}))s? \s+ (?:{_alternation(AGO_WORDS)})\b
    """,
    re.VERBOSE,
)
# The words without which AGO cannot match, looked up among a sentence's words (`_hint_words`).
AGO_HINTS: frozenset[str] = frozenset(AGO_WORDS)


# A date a span is counted on from: "Six years after the 2011 famine, 6.7 million are in
# need" holds six years after 2011, not in 2011 (`_counted_on`); a count so dated to a year
# or a month holds on no day the text gives, and takes the day of publication.
COUNTED_ON = re.compile(
    rf"""
    \b(?P<count>\d{{1,3}}|(?i:{_alternation(COUNT_WORDS)})) \s+ (?P<unit>(?i:{_alternation(UNIT_DAYS)}))s? \s+
    (?i:after|later\s+than) \s+ (?:the \s+)? (?:[\p{{L}}\-]+ \s+){{0,2}} \Z
    """,
    re.VERBOSE,
)
COUNTED_ON_REACH: int = 60  # characters before a date "six years after the" may take


def _counted_on(sentence: str, start: int, date: dt.date, precision: str) -> tuple[dt.date, str] | None:
    """The date a span after the date at `start` names ("a week after the 12 January quake":
    19 January; "six years after the 2011 famine": 2017), or None where no span counts on
    from it. The precision is the date's, or the span's unit's where that is coarser."""
    before = sentence[(start - COUNTED_ON_REACH if start > COUNTED_ON_REACH else 0) : start]
    if "after" not in before and "later" not in before:
        return None
    m = COUNTED_ON.search(before)
    if m is None:
        return None
    count = m.group("count")
    n = int(count) if count.isdigit() else COUNT_WORDS.get(count.lower(), 1)
    days = UNIT_DAYS[m.group("unit").lower()]
    if days >= 28:
        months = date.year * 12 + date.month - 1 + n * (12 if days >= 365 else 1)
        year, month = divmod(months, 12)
        day = min(date.day, _month_end(year, month + 1).day)
        unit = "year" if days >= 365 else "month"
        coarser = precision if PRECISION_RANK.get(precision, 0) >= PRECISION_RANK[unit] else unit
        return dt.date(year, month + 1, day), coarser
    return date + dt.timedelta(days=max(1, round(n * days))), precision


PRECISION_RANK: dict[str, int] = {"day": 0, "week": 1, "month": 2, "year": 3}


def _ago(m: re.Match, published: dt.date) -> tuple[dt.date, str]:
    """The date "two weeks ago" names, and its precision: a month's first day ("a year ago" in
    a story of 6 February 2024 is February 2023, not 1 January: the same time a year before)."""
    count = m.group("count")
    n = int(count) if count.isdigit() else COUNT_WORDS.get(count.lower(), 1)
    unit = m.group("unit").lower()
    days = UNIT_DAYS[unit]
    precision = "year" if days >= 365 else "month" if days >= 28 else "week" if days >= 7 else "day"
    if precision == "month":
        months = published.year * 12 + published.month - 1 - n
        return dt.date(months // 12, months % 12 + 1, 1), precision
    if precision == "year":
        return dt.date(published.year - n, published.month, 1), "month"
    return published - dt.timedelta(days=max(1, round(n * days))), precision


# "by the end of May", "at the end of 2023", "end-May": the period's last day.
END_OF = re.compile(r"\b(?i:end)(?:\s+of|-)\s*(?:\p{L}+\s*)?\p{L}*\s*\d*\Z", re.REVERSE)  # the date's words may follow
END_OF_REACH = 8


# "in mid-March", "by the middle of 2023": the period's middle, to within a week or a month.
MID_OF = re.compile(r"\b(?i:mid-|mid\s+|middle\s+of\s+)(?:\p{L}+\s*)?\p{L}*\s*\d*\Z", re.REVERSE)
MID_OF_REACH = 10


def _middle(first: dt.date, precision: str) -> tuple[dt.date, str]:
    """The middle of the month or year that begins on `first`, and its precision."""
    if precision == "year":
        return dt.date(first.year, 7, 1), "month"
    return first.replace(day=15), "week"


def _end(first: dt.date, precision: str) -> tuple[dt.date, str]:
    """The last day of the month or year that begins on `first`, to the day."""
    return _last_day(first, precision), "day"


# The points of a month or year the words before it name: (pattern, reach, the point).
PERIOD_POINTS: tuple[tuple[re.Pattern, int, Callable[[dt.date, str], tuple[dt.date, str]]], ...] = (
    (END_OF, END_OF_REACH, _end),  # "by the end of May": its last day
    (MID_OF, MID_OF_REACH, _middle),  # "in mid-March": its middle
)


def _point_of_period(sentence: str, m: re.Match, resolved: tuple[dt.date, str]) -> tuple[dt.date, str]:
    """A month or year (`resolved`, the date `m` wrote) at the point of it the words before
    it name ("the end of", "mid-"), or as it is."""
    for pattern, reach, point in PERIOD_POINTS:
        if pattern.search(sentence, (m.start() - reach if m.start() > reach else 0), m.end()):
            return point(*resolved)
    return resolved


def _last_day(first: dt.date, precision: str) -> dt.date:
    """The last day of the month or year that begins on `first`."""
    if precision == "year":
        return dt.date(first.year, 12, 31)
    following = dt.date(first.year + first.month // 12, first.month % 12 + 1, 1)
    return following - dt.timedelta(days=1)


def _span_the(sentence: str) -> int:
    """Where the first "the" stands that `PAST_SPAN` may hold: "the", at least one space, then
    a span word in any case ("the past", "the Last"); -1 where none is: most sentences a span
    word lets through say "last week" or "its last stronghold", and a few searches cost less
    than the pattern's scan. (Any character not ASCII is taken for a space `\\s` may match,
    and the word is looked for after each; a span word matched regardless of case folds to
    itself, as "ſ" and the Kelvin sign do. Span words not ASCII: the pattern decides, from 0.)"""
    if not SPAN_WORDS_FOLDED_ASCII:
        return 0
    at = sentence.find("the")
    while at >= 0:
        pos = at + 3
        while pos < len(sentence) and (sentence[pos].isspace() or not sentence[pos].isascii()):
            pos += 1
            if any(sentence[pos : pos + len(w)].casefold() == w for w in SPAN_WORDS_FOLDED):
                return at
        at = sentence.find("the", at + 1)
    return -1


# The longest span preposition's characters; None when one is a phrase (its spaces vary: the
# scan then starts at the sentence's start).
SPAN_PREPOSITION_LONGEST: int | None = (
    max(map(len, lexicon.word_list("span prepositions"))) if all(" " not in w for w in lexicon.word_list("span prepositions")) else None
)


def _span_scan_start(sentence: str, the: int) -> int:
    """Where `PAST_SPAN`'s scan may start, given the first "the" it may hold (`_span_the`): no
    match starts before that "the"'s white space and the longest span preposition. (A match
    holds its "the" after its preposition and white space, where no "the" stands, so no match
    holds a "the" before the first; and its \\b reads the text before the scan's start.)"""
    if SPAN_PREPOSITION_LONGEST is None:
        return 0
    start = the
    while start > 0 and (sentence[start - 1].isspace() or not sentence[start - 1].isascii()):
        start -= 1
    return start - SPAN_PREPOSITION_LONGEST if start > SPAN_PREPOSITION_LONGEST else 0


SPAN_WORDS_FOLDED: tuple[str, ...] = tuple(dict.fromkeys(w.casefold() for w in SPAN_WORDS))
SPAN_WORDS_FOLDED_ASCII: bool = all(w.isascii() for w in SPAN_WORDS_FOLDED)


# "between 17 October and 23 March", "from 7 to 14 March": the head, then two dates.
RANGE_HEAD = re.compile(rf"\b(?i:{_alternation(RANGE_WORDS)})\s*")
RANGE_JOINS: str = _words("range joins")  # "and", "to", "until"
RANGE_JOIN = re.compile(rf"\s*(?:{RANGE_JOINS}|-|–)\s*")
BARE_DAY = re.compile(rf"{_DAY}(?=\s*(?:{RANGE_JOINS}|-|–))")
LAST_DAY = re.compile(rf"{_DAY}\b(?![,.]?\d)")  # "April 24 and 26": a day after a date's day

BACK_REFERENCE = re.compile(rf"\b(?i:{_alternation(BACK_REFERENCES)})\b")


def _by_first_word(phrases: Iterable[str]) -> str:
    """An alternation of phrases grouped by their first word ("the\\s+(?:attack|strike)|
    among\\s+(?:...)|another"): at every word boundary the standard library's `re` tries the
    few first words, not every phrase (most of the back references open with "the"). It
    matches at the places and ends the plain alternation does, perhaps by another phrase:
    for a test of whether there is a match, not of which phrase it is."""
    rests: dict[str, list[str]] = {}
    for phrase in phrases:
        first, _, rest = phrase.partition(" ")
        rests.setdefault(first, []).append(rest.strip())
    return "|".join(
        _re.escape(first) + (rf"(?:\s+(?:{_alternation(r for r in rest if r)})|)" if "" in rest else rf"\s+(?:{_alternation(rest)})")
        if any(rest) else _re.escape(first)
        for first, rest in rests.items()
    )


# The same over lowered ASCII text (see `_ascii_twin`), its phrases grouped by their first
# word: `_refers_back` asks only whether it finds one (about 57k instructions a scan of a
# sentence with every phrase tried at each word, a few thousand so).
BACK_REFERENCE_LOWER = _ascii_twin(rf"\b(?:{_by_first_word(w.lower() for w in BACK_REFERENCES)})\b")


# The last word of each back reference: a lowered ASCII sentence the twin finds one in holds
# that word, and a few substring searches cost less than the twin's scan of every place.
BACK_REFERENCE_LAST_WORDS: tuple[str, ...] = last_words(BACK_REFERENCES)
# The same as bytes, when each is a run of word characters (\w): then a match of the twin
# ends on a whole word of the sentence that is one of them (white space or its \b before
# it, its \b after it), and a lowered ASCII sentence none of whose words is one holds no
# match. None when a last word holds another character (the substring searches decide).
BACK_REFERENCE_LAST_WORD_SET: frozenset[bytes] | None = ascii_word_set(BACK_REFERENCE_LAST_WORDS)
# Each back reference as the run of its words lowered (bytes), by its last word, when every
# word is a run of word characters: a match of the twin is then such a run of the lowered
# sentence's words (`ascii_words`: only white space stands between them). None otherwise.
BACK_REFERENCE_RUNS: dict[bytes, tuple[list[bytes], ...]] | None = (
    {
        last: tuple(run for phrase in BACK_REFERENCES if (run := phrase.lower().encode("ascii").split())[-1] == last)
        for last in BACK_REFERENCE_LAST_WORD_SET
    }
    if BACK_REFERENCE_LAST_WORD_SET is not None and all(ascii_word_set(p.lower().split()) is not None for p in BACK_REFERENCES)
    else None
)


def _holds_a_back_reference_run(words: list[bytes]) -> bool:
    """Whether the lowered sentence's words hold one of `BACK_REFERENCE_RUNS` (each looked for
    only where its last word stands): where they hold none, the twin finds nothing."""
    for last in BACK_REFERENCE_LAST_WORD_SET.intersection(words):
        runs = BACK_REFERENCE_RUNS[last]
        at = words.index(last)
        while at >= 0:
            for run in runs:
                if at + 1 >= len(run) and words[at + 1 - len(run) : at + 1] == run:
                    return True
            at = words.index(last, at + 1) if last in words[at + 1 :] else -1
    return False


def _refers_back(sentence: str) -> bool:
    """`BACK_REFERENCE` found in the sentence: on ASCII text, its twin over the lowered
    sentence (no ASCII letter has another case but its own), tried only when one of the
    sentence's words is a back reference's last word (the words cut out of the sentence's
    bytes at once cost a fraction of a substring search for each last word)."""
    if sentence.isascii():
        lower = sentence.lower()
        if BACK_REFERENCE_LAST_WORD_SET is None:
            if not any(map(lower.__contains__, BACK_REFERENCE_LAST_WORDS)):
                return False
        else:
            words = ascii_words(lower)
            if BACK_REFERENCE_LAST_WORD_SET.isdisjoint(words):
                return False
            # (the twin's scan tries the first words at every word, some 26k instructions: most
            # sentences with a last word hold it after no other word of its reference, "the toll")
            if BACK_REFERENCE_RUNS is not None and not _holds_a_back_reference_run(words):
                return False
        return BACK_REFERENCE_LOWER.search(lower) is not None
    return BACK_REFERENCE.search(sentence) is not None


# A count over an event and the time after it: "4,645 excess deaths during the storm and the
# weeks after it" runs past the event's day, which is not the figure's date.
RUNS_PAST = _re.compile(
    rf"\b(?:and|or)\s+(?:in\s+)?the\s+(?:{'|'.join(u + 's' for u in UNIT_DAYS)})\s+(?:after|since|following|that\s+followed)\b",
    _re.IGNORECASE,
)


def _runs_past_the_event(sentence: str) -> bool:
    return "the" in sentence and RUNS_PAST.search(sentence) is not None


# "the first six months of 2024", "the last quarter of 2023", "the first half of the month",
# "the second half of March": a part of a year or a month.
PART_OF = re.compile(
    rf"""
    \b(?i:the) \s+ (?P<ord>(?i:{_alternation(ORDINALS)})) \s+
    (?: (?P<count>\d{{1,2}}|(?i:{_alternation(COUNT_WORDS)})) \s+ (?P<months>(?i:(?:{_alternation(PART_COUNT_UNITS)})s?))
      | (?P<part>(?i:{_alternation(PART_MONTHS)})) )
    \s+ of \s+
    (?: (?P<year>{_YEAR}) | (?P<month>{_MONTH_FULL}) (?:\s+(?P<myear>{_YEAR}))? | (?P<this>(?i:the|this)) \s+ (?P<unit>(?i:year|month)) )
    """,
    re.VERBOSE,
)
# "89 deaths in week 11", "epidemiological week 11 of 2023", "epi-week 11", "EW 11".
_EPI_WEEK_WORDS: str = _alternation(EPI_WEEK_WORDS)
EPI_WEEK = re.compile(
    rf"""\b(?:(?i:(?:{_alternation(EPI_WEEK_PREFIXES)})[\s-]*)?(?i:{_EPI_WEEK_WORDS})|{_alternation(EPI_WEEK_ABBREVIATIONS)})
    \s* (?P<week>[1-9]|[1-4]\d|5[0-3])\b
    (?: \s+ (?:of\s+)? (?P<year>{_YEAR}) )?""",
    re.VERBOSE,
)
# The ordinals lowered, and the parts and units counted, one of each of which an ASCII
# sentence lowered holds where PART_OF matches ("the first half of", "The last three months
# of"; not "last week"); the week's words and abbreviations lowered,
# then a digit, where EPI_WEEK does ("week 11", "Epi-week 11", "EW 11"; its \s is white space
# to the standard library's \s too, and a week's number starts with a digit from 1).
PART_ORDINALS: tuple[str, ...] = tuple(w.lower() for w in ORDINALS)
PART_WORDS: tuple[str, ...] = tuple(w.lower() for w in (*PART_MONTHS, *PART_COUNT_UNITS))
EPI_WEEK_NUMBERED = _re.compile(rf"(?:{_alternation(w.lower() for w in (*EPI_WEEK_WORDS, *EPI_WEEK_ABBREVIATIONS))})\s*[1-9]")


def _may_name_a_part(sentence: str) -> bool:
    """Whether PART_OF may match: False only for an ASCII sentence that holds, in any case,
    none of its parts and units or none of its ordinals (most that hold a hint of a part,
    "last week": the substring tests cost a fraction of the pattern's scan, some 12k)."""
    if not sentence.isascii():
        return True
    lowered = sentence.lower()
    return holds_any(lowered, PART_WORDS) and holds_any(lowered, PART_ORDINALS)


def _may_name_an_epi_week(sentence: str) -> bool:
    """Whether EPI_WEEK may match: False only for an ASCII sentence with no week's word or
    abbreviation, in any case, right before a number ("last week", "two weeks": the standard
    library's scan of the sentence lowered costs a fraction of the pattern's, some 30k)."""
    return not sentence.isascii() or EPI_WEEK_NUMBERED.search(sentence.lower()) is not None


# Words of PART_OF ("half", "months") and EPI_WEEK, one of which a sentence holds if either may match.
PART_HINTS: frozenset[str] = frozenset(
    {*PART_MONTHS, *(w + "s" for w in PART_COUNT_UNITS), *EPI_WEEK_ABBREVIATIONS}
    | {w for word in EPI_WEEK_WORDS for w in (word, word.capitalize())}
)
# Every hint a sentence's words are looked up in (`_hint_words`).
ALL_HINTS: frozenset[str] = WRITTEN_HINTS | RELATIVE_HINTS | SPAN_HINTS | PART_HINTS | RANGE_HINTS | AGO_HINTS
# Where `_ascii_hint_words` cuts an ASCII sentence into pieces: the ASCII characters `_STRIP`
# strips ("-" among them) and white space as `str.split` has it (the separators \x1c-\x1f
# too, which `bytes.split` keeps in a piece: they are made spaces here).
ASCII_BREAKS: str = "".join(ch for ch in _STRIP if ch.isascii()) + "".join(chr(c) for c in range(128) if chr(c).isspace())
ASCII_BREAKS_TO_SPACE: bytes = bytes.maketrans(ASCII_BREAKS.encode("ascii"), b" " * len(ASCII_BREAKS))
# The anchor of each hint a stripped word can be (none that starts or ends with a character
# `_STRIP` strips: "Jan." never is one): its longest piece between `ASCII_BREAKS` characters
# ("Monday's" -> "Monday"), as bytes. Cut at those characters, a sentence with a word that
# strips to the hint holds the anchor as a piece: the word's stripped edges and the hint's
# inner marks are cut away around it.
HINT_ANCHORS: frozenset[bytes] = frozenset(
    max(hint.encode("ascii").translate(ASCII_BREAKS_TO_SPACE).split(), key=len)
    for hint in ALL_HINTS
    if hint.isascii() and hint and hint == hint.strip(_STRIP)
)

# The words just before a date that give it its role. (Those with lists of words are
# matched backwards from the date: only whether one matches counts, and backwards the end
# of the text pins the match down at once instead of trying every start.)
BEFORE_AS_OF = re.compile(rf"(?i:\b(?:{_alternation(AS_OF_WORDS)})\s+(?:the\s+(?:{_words('end words')})\s+of\s+)?)$", re.REVERSE)
SINCE_NOUNS: str = _words("start words", "end words", "since nouns")  # "since the outbreak of"
SINCE_WORDS: str = _words("since words")  # "since April": the date starts the figure's period
BEFORE_SINCE = re.compile(rf"(?i:\b(?:{SINCE_WORDS})\s+(?:the\s+(?:{SINCE_NOUNS})\s+of\s+)?)$")
# "since the outbreak of war on Oct. 7", "since fighting erupted last Saturday": a clause
# opened by "since" that reaches the date without a comma.
SINCE_CLAUSE = re.compile(rf"(?i:\b(?:{SINCE_WORDS})\b)[^,;:]*$")
# "The fighting, which erupted on April 15, has displaced 2 million": a relative clause on
# when the event started dates the start of the figure's period, as "since" does.
START_CLAUSE = re.compile(rf"(?i:\b(?:which|that)\s+(?:first\s+)?(?:{_words('start verbs')})\s+(?:on\s+|in\s+)?)$", re.REVERSE)
# "larger than the whole of 2017": the words of a whole period compared with.
BEFORE_COMPARISON = re.compile(
    rf"(?i:\b(?:{_alternation(COMPARISON_WORDS)})\s+(?:the\s+(?:(?:{_words('whole words')})\s+of\s+)?)?"
    rf"|\b(?:up|down)\s+(?:by\s+)?\d[\d,.]*\s+(?:\p{{L}}+\s+)?(?:from|on|since)\s+)$",  # "now 320, up 20 from Sunday"
    re.REVERSE,
)
# (the reporting verbs as trees of the characters they share, `phrase_tree`: the same matches
# as their alternation, for a fraction of its cost, which tries every verb at a place)
_REPORT_VERBS_TREE: str = phrase_tree(REPORT_VERBS, fold=True)
_REPORT_VERBS_BACKWARDS: str = phrase_tree(REPORT_VERBS, backwards=True, fold=True)
BEFORE_REPORT = re.compile(rf"(?i:\b(?:{_REPORT_VERBS_BACKWARDS})\s+(?:on\s+)?)$", re.REVERSE)
AFTER_REPORT = re.compile(rf"^\s*,?\s*(?i:(?:{_REPORT_VERBS_TREE})\b)")
# ... whom the source told, or where it said it, between the verb and the day: "told reporters
# on Monday", "said in a statement on Monday", "told Reuters on Monday" (words.csv report listeners).
LISTENER_REPORT = re.compile(
    rf"(?i:\b(?:{_REPORT_VERBS_BACKWARDS})\s+(?:(?:in|at|to)\s+)?(?:{_alternation(lexicon.word_list('report listeners'))}))\s+(?:on\s+)?$"
    rf"|(?i:\b(?:told|briefed))\s+\p{{Lu}}[\p{{L}}.]+\s+(?:on\s+)?$",
    re.REVERSE,
)
_LISTENER_LAST_WORDS: frozenset[str] = frozenset(w.split()[-1] for w in lexicon.word_list("report listeners"))


def _may_tell(before: str, words: tuple[str, str] | None) -> bool:
    """Whether `LISTENER_REPORT` may match at the end of `before`: its last word, or the one
    before a last "on", is a listener's last word or capitalised ("told Reuters on"). Most
    dates stand after no listener ("on Monday" alone): the pattern is not tried there."""
    if words is None:
        return True
    prev, last = words
    word = prev if last == "on" else last
    if not word:
        return False
    if word in _LISTENER_LAST_WORDS:
        return True
    head = before.rstrip()
    if last == "on":
        head = head[:-2].rstrip()
    return head[len(head) - len(word) : len(head) - len(word) + 1].isupper()


# A citation: the date closes a parenthesis that names a source first: "(OCHA, 5 March 2017)".
CITATION_OPEN = re.compile(r"\([^()]*,\s*$")
CITATION_CLOSE = re.compile(r"\s*[;)]")


# The last two words each backwards pattern above may leave right before a date, read from
# the same vocabularies: {last word: the words that may stand before it, None for any}. Every
# match ends with a word of letters and white space, so on an ASCII stretch whose last two
# words are none of a pattern's (most dates: "said on Monday", "monitors said Monday") the
# pattern is not tried: a call of the `regex` module costs thousands of instructions however
# soon it fails, and a date's role tried five of them before its "report".
Endings = dict[str, "frozenset[str] | None"]


def _endings(phrases: Iterable[str], pairs: Iterable[tuple[str | None, str]] = ()) -> Endings:
    """The endings of `phrases` (their last word, and the word before it when they have
    one), and the (word before, last word) `pairs` of what may follow them."""
    found: dict[str, set[str] | None] = {}
    ends = [((w[-2] if len(w) > 1 else None), w[-1]) for w in (p.lower().split() for p in phrases)]
    for before, last in [*ends, *pairs]:
        if not (last.isalpha() and last.isascii()) or (before is not None and not (before.isalpha() and before.isascii())):
            raise ValueError(f"an ending of a role's pattern is not a word of ASCII letters: {before} {last}")
        if before is None or found.get(last, set()) is None:
            found[last] = None
        else:
            found.setdefault(last, set()).add(before)
    return {last: (None if before is None else frozenset(before)) for last, before in found.items()}


_END_WORDS = lexicon.word_list("end words")
_SINCE_NOUN_WORDS = [w for name in ("start words", "end words", "since nouns") for w in lexicon.word_list(name)]
_START_VERBS = lexicon.word_list("start verbs")
AS_OF_ENDINGS: Endings = _endings(AS_OF_WORDS, [(w.split()[-1], "of") for w in _END_WORDS])
SINCE_ENDINGS: Endings = _endings(lexicon.word_list("since words"), [(w.split()[-1], "of") for w in _SINCE_NOUN_WORDS])
START_ENDINGS: Endings = _endings(
    [f"{lead} {verb}" for verb in _START_VERBS for lead in ("which", "that", "first")],
    [(verb.split()[-1], after) for verb in _START_VERBS for after in ("on", "in")],
)
COMPARISON_ENDINGS: Endings = _endings(
    COMPARISON_WORDS,
    [(w.split()[-1], "the") for w in COMPARISON_WORDS] + [(w.split()[-1], "of") for w in lexicon.word_list("whole words")],
)
# (and the pattern's other wording, "up 20 from Sunday", "down by 3 on Monday": any word, then
# one of these, where "up" or "down" stands)
COMPARISON_CHANGE_ENDS: frozenset[str] = frozenset({"from", "on", "since"})
REPORT_ENDINGS: Endings = _endings(REPORT_VERBS, [(v.split()[-1], "on") for v in REPORT_VERBS])
NO_ENDING: tuple[str, str] = ("", "")  # a stretch no backwards pattern of a role can end
ASCII_LETTERS: str = string.ascii_letters  # the ASCII characters `str.isalpha` takes


def _last_words(before: str) -> tuple[str, str] | None:
    """The last word of `before` and the word before it, lower case, as a backwards pattern
    of `_role` would end there (a run of letters, past the white space it must end with, and
    the run of letters before the white space before that; "" where there is none);
    NO_ENDING where none can end; None where the stretch is not ASCII (the patterns decide:
    a case-blind pattern takes "ſ" for "s")."""
    if not before.isascii():
        return None
    if not before[-1:].isspace():
        return NO_ENDING  # every match ends with white space (`$` before a last line break too)
    head = before.rstrip()
    # (the runs of letters cut by `rstrip` of the ASCII letters, which are the ASCII
    # characters `str.isalpha` takes: one call where a loop tested a character at a time)
    k = len(head.rstrip(ASCII_LETTERS))
    if k == len(head):
        return NO_ENDING  # no word before the white space
    rest = head[:k].rstrip()
    if len(rest) == k:
        return "", head[k:].lower()  # no white space before the last word: no word before it
    return rest[len(rest.rstrip(ASCII_LETTERS)) :].lower(), head[k:].lower()


def _may_end(words: tuple[str, str] | None, endings: Endings) -> bool:
    """A backwards pattern whose matches end with `endings` may match where `_last_words`
    read `words` (always where they could not be read)."""
    if words is None:
        return True
    before, last = words
    if last not in endings:
        return False
    allowed = endings[last]
    return allowed is None or before in allowed

# Words that open another clause: a date past one of them is about something else.
CLAUSE_OPENERS: str = _words("relative pronouns", "clause openers")
CLAUSE_MARKS: tuple[str, ...] = (";", "—")
CLAUSE_BOUNDARY = re.compile(
    rf"""
    \b(?i:{CLAUSE_OPENERS})\b
    | [{"".join(CLAUSE_MARKS)}]
    """,
    re.VERBOSE,
)
# The longest piece of each clause opener without a space, lowered: a CLAUSE_BOUNDARY match in
# an ASCII stretch holds one of them in the stretch lowered, or one of its marks.
CLAUSE_OPENER_PIECES: tuple[str, ...] = tuple(
    dict.fromkeys(max(w.lower().split(), key=len) for w in lexicon.word_list("relative pronouns") + lexicon.word_list("clause openers"))
)


def _clause_boundary(sentence: str, lo: int, hi: int) -> re.Match | None:
    """The first CLAUSE_BOUNDARY in sentence[lo:hi], searched only where an ASCII stretch
    holds a mark or a piece of an opener (most between a date and its figure hold none, and
    the substring tests cost a fraction of the pattern's scan, some 19k instructions)."""
    stretch = sentence[lo:hi]
    if stretch.isascii() and not holds_any(stretch, CLAUSE_MARKS) and not holds_any(stretch.lower(), CLAUSE_OPENER_PIECES):
        return None
    return CLAUSE_BOUNDARY.search(sentence, lo, hi)

# Roles, strongest first (see the module docstring).
ROLE_RANK: dict[str, int] = {"as_of": 0, "range_end": 1, "citation": 2, "report": 3, "event": 4, "named_event": 5}
DATELINE_REACH: int = 60  # characters: a dateline's date stands this near a sentence's start


class DateRef(NamedTuple):  # a named tuple: immutable, and built in C (several an article)
    """When a figure holds."""

    date: dt.date | None  # the day the figure holds (first day of its week/month/year span)
    precision: str | None  # "day" | "week" | "month" | "year"; None with no date
    period_start: dt.date | None = None  # start of the period the figure counts, if stated


class _Mention(NamedTuple):  # a named tuple: immutable, and built in C (several an article)
    start: int  # span of the date's wording in the sentence
    end: int
    date: dt.date
    precision: str
    role: str  # a ROLE_RANK key, or "since" / "range_start" / "past"


# ---------------------------------------------------------------------------------------
# The one public function


def figure_date(
    sentence: str,
    offset: int,
    published: dt.date | None,
    before: str | None = None,
    anchor: dt.date | None = None,
    read: dict | None = None,
    earlier: bool = False,
    default: dt.date | None = None,
) -> DateRef:
    """The date a figure holds, from its sentence and the document's publication date.

    `offset` is the position of the figure's number inside `sentence`. `before` is the
    sentence before it in the same paragraph, if any: a sentence that names no date of its
    own and refers back to what that one told ("another", "the attack", "the operation")
    holds on the day it gives ("Five people were killed on Thursday in air strikes, the
    group said. Another four were wounded, it said."). `anchor`, for a document without a
    publication date, is the full date its first line gives (`document_date`): dates
    without a year take its year, and a sentence without a date holds on it. `read`, a dict
    the caller keeps for one document, holds the dates of the sentences its figures have
    read (see `_dates_of`). An `earlier` figure, the value a count had before ("up from 54
    on Friday", "rose from 300 on Monday to 1,200"), holds only on a date written right
    after its own count: with none, when it held is not known, and it has no date. A
    `default` (a report's heading "As of 20 December 2024": `heading_as_of`) dates a figure
    whose sentence names no date, before the publication date does.
    """
    year_end = dt.date(anchor.year, 12, 31) if published is None and anchor is not None else None
    if published is None and anchor is None and before:
        # an undated story: "between 1 January and 31 March" takes the year the sentence
        # before names ("in the first three months of 2024")
        years = YEAR.findall(before)
        year_end = dt.date(int(years[-1]), 12, 31) if years else None
    found = _dates_of(read, sentence, published, year_end)
    # (most sentences hold no date: no comprehension's frame for them)
    mentions = [m for m in found if published is None or m.date <= published] if found else []
    if not mentions and before and _refers_back(sentence) and not _runs_past_the_event(sentence):
        carried = _carried(before, published, read)
        if carried is not None:
            return carried
    if (then := _in_a_fronted_span_after(sentence, offset, published)) is not None:
        return then  # "Five years after Cyclone Idai killed more than 600 people, ...": when the event was
    if not mentions:
        # (most figures: a sentence without a date of its own; what the steps below decide
        # with no date, without their calls)
        return DateRef(None, None) if earlier else _new_date_ref(DateRef, (*_undated(published, anchor, default), None))
    if ("when" in sentence or "which" in sentence or "that" in sentence or "ince " in sentence) and (then := _time_of_the_clause(sentence, offset, mentions)) is not None:
        return _new_date_ref(DateRef, (then.date, then.precision, None))  # "since 2015, when nearly 9,000 people were killed"
    period_start = _period_start(sentence, offset, mentions)
    dated = [
        m for m in mentions
        if m.role in ROLE_RANK and _applies(sentence, offset, m) and not _older_counts(sentence, offset, m, mentions)
        and not (
            (m.role == "named_event" or sentence.startswith(("'s", "’s"), m.end)) and m.end <= offset
            and COUNTER_OF_EVENT.search(sentence, (m.start - COUNTER_OF_EVENT_REACH if m.start > COUNTER_OF_EVENT_REACH else 0), m.start)
        )
    ]
    if len(dated) > 1:
        dated = [m for m in dated if not _report_of_a_clause_before(sentence, offset, m, dated)]
    if earlier:
        dated = [m for m in dated if _whose(sentence, offset, m, mentions) == 0]
        if not dated:
            return DateRef(None, None)
    if dated:
        best = min(dated, key=lambda m: _preference(sentence, offset, m, mentions))
        if best.role == "report" and (old := _long_before_the_report(sentence, dated, best)) is not None:
            best = old
        date, precision = best.date, best.precision
    else:
        date, precision = _undated(published, anchor, default)
    if period_start is not None and date is not None and period_start > date:
        period_start = None
    return _new_date_ref(DateRef, (date, precision, period_start))  # DateRef(date, precision, period_start)


# A fronted span counted on from an event its clause tells, up to the clause's comma: "Five
# years after Cyclone Idai killed more than 600 people, survivors still live in tents", "Six
# years after the 2011 famine killed 260,000 people, ..." (words.csv span after words).
SPAN_AFTER_WORDS: tuple[str, ...] = lexicon.word_list("span after words")
SPAN_AFTER = re.compile(
    rf"""[^\w]*(?P<count>\d{{1,3}}|(?i:{_alternation(COUNT_WORDS)})) \s+
    (?P<unit>(?i:{_alternation(UNIT_DAYS)}))s? \s+ (?i:{_alternation(SPAN_AFTER_WORDS)}) \s""",
    re.VERBOSE,
)
SPAN_AFTER_REACH = 30  # characters from a sentence's start its span's word stands within ("Seven months after")
# After the comma that closes the span's event, a clause of the event itself: a relative one
# (words.csv event clause openers: "in which", "which", "when", "where"), or
# a participle's; or the next verb of its list, with its count ("wounded some 7,000").
EVENT_CLAUSE_GOES_ON = _re.compile(
    rf",\s+(?:(?:{_words('event clause openers')})\b|\w+ing\s|(?:and\s+)?[a-z]+ed\s+(?:[a-z]+\s+){{0,2}}\d)", _re.IGNORECASE
)


def _in_a_fronted_span_after(sentence: str, offset: int, published: dt.date | None) -> DateRef | None:
    """The date of a figure inside a fronted clause that counts a span on from its event: a
    year the clause names itself ("the 2011 famine"), else the span counted back from
    publication (`_ago`); None for a figure elsewhere."""
    head = sentence[:SPAN_AFTER_REACH]
    if not any(map(head.__contains__, SPAN_AFTER_WORDS)):  # (by `map`: no Python frame for each word)
        return None  # (most sentences: no such word near their start; SPAN_AFTER is not tried)
    m = SPAN_AFTER.match(sentence)
    if m is None:
        return None
    close = _next_comma(sentence, m.end())
    while close >= 0 and EVENT_CLAUSE_GOES_ON.match(sentence, close) is not None:
        # the event's own clause after its comma goes on to the next one: "Fifty years after
        # the Aberfan disaster, in which a spoil tip killed 116 children, ...", "Five years since
        # the factory collapsed, killing 1,134 workers, ...", "after the explosion that killed
        # 218 people, wounded some 7,000 and left 300,000 homeless, ..."
        close = _next_comma(sentence, close + 1)
        close = len(sentence) if close < 0 else close
    if close < 0 or not m.end() <= offset < close or _reported_in(sentence, m.end(), offset):
        return None  # (the figure is a report's after the span's clause: "Two days after the disaster the UN estimated that about 670 had perished")
    year = YEAR.search(sentence, m.end(), close)
    if year is not None:
        return DateRef(dt.date(int(year.group()), 1, 1), "year", None)
    if published is None:
        return None
    return DateRef(*_ago(m, published), None)


def _next_comma(sentence: str, start: int) -> int:
    """The next comma from `start` that is no comma of a count's digits ("7,000"), or -1."""
    at = sentence.find(",", start)
    while at > 0 and sentence[at - 1 : at].isdigit() and sentence[at + 1 : at + 2].isdigit():
        at = sentence.find(",", at + 1)
    return at


def _reported_in(sentence: str, start: int, end: int) -> bool:
    """A reporting verb in sentence[start:end], not a qualifier's participle ("left an
    estimated 300,000 homeless")."""
    for verb in REPORT_VERB.finditer(sentence, start, end):
        if not sentence.endswith(("an ", "An "), 0, verb.start()):
            return True
    return False


def _undated(published: dt.date | None, anchor: dt.date | None, default: dt.date | None) -> tuple[dt.date | None, str | None]:
    """The date and precision of a figure no date of its sentence dates: the report's
    heading's (`default`) unless after publication, else the publication's, else the
    document's first line's (`anchor`); none without them."""
    if default is not None and (published is None or default <= published):
        return default, "day"
    if published is not None:
        return published, "day"
    if anchor is not None:
        return anchor, "day"
    return None, None


# A clause a time opens for what follows: "the deadliest since 2015, when nearly 9,000 people
# were killed", "Cyclone Nargis in 2008, which killed 138,000 people", "the worst since the
# 2010 floods, which killed nearly 2,000 people", "since the 1991 eruption of Mount Pinatubo,
# which killed" (an event's words, up to four, may stand between).
# ("since the 2010 floods, which killed"; "the 2013 Lampedusa disaster, in which"; "the 2009
# L'Aquila quake, which left 309 dead"; "the 1998 floods in the Yangtze basin, which killed")
TIME_CLAUSE_WORDS: tuple[str, ...] = ("when", "which")  # one stands in every TIME_CLAUSE match
TIME_CLAUSE = _re.compile(rf"(?:\s+[^\W\d_][^\W\d]*(?:['’][^\W\d_]+)?){{0,6}}?,?\s+(?:(?:in|during)\s+)?(?:{'|'.join(TIME_CLAUSE_WORDS)})\s+(?:[^,;:.()]|(?<=\d)[,.](?=\d))*\Z")
# ... or "that" after the event a date names as its modifier: "the 1985 quake that killed"
# (not "said since April that", "It was in 2015 that": a date after no "the", no event after it)
EVENT_THAT_CLAUSE = _re.compile(r"(?:\s+[^\W\d_]+){1,2}?\s+that\s+(?:[^,;:.()]|(?<=\d)[,.](?=\d))*\Z")
# ... or, after "since", the event and its own verb right before the figure: "the deadliest
# since the 2016 Kumamoto quakes killed 276 people" (the quakes' toll, not one counted since;
# "since the 2016 quakes, 2,000 people have left" and "since the 2016 quakes 2,000 people"
# have no verb of the event's between, nor have
# "since the 2021 coup the army has killed 6,000", "since the 2016 quakes have displaced": a
# subject of its own, or a perfect's auxiliary, and the count is the period's)
_NOT_THE_EVENTS: str = _words("articles", "possessives", "relative auxiliaries")
EVENT_SINCE_CLAUSE = _re.compile(rf"(?:\s+(?!(?:{_NOT_THE_EVENTS})\b)[^\W\d_]+){{2,5}}\s+\Z", _re.IGNORECASE)


def _time_of_the_clause(sentence: str, offset: int, mentions: list[_Mention]) -> _Mention | None:
    """The date right before a "when", "which" or "that" clause that holds the figure at `offset`:
    the figure's own time, even after "since" (not "since October 7, when the war began,
    9,000 have been killed": the clause closes before the figure). The nearest such date: "between
    mid-January and the end of July, when 159,000 people were displaced" is the end of July's."""
    for m in reversed(mentions):
        if _said_of_the_period(sentence, offset, m):
            continue  # "304 attacks since 1 January 2023, which killed 19": the attacks, over the period
        if m.end <= offset and offset - m.end <= TIME_CLAUSE_REACH and (
            # (a match holds one of its words between the date and the figure: most stretches
            # hold none, and two substring tests cost a tenth of the pattern's failing call)
            (holds_any(sentence[m.end : offset], TIME_CLAUSE_WORDS) and TIME_CLAUSE.match(sentence, m.end, offset))
            or (sentence.endswith(("the ", "The "), 0, m.start) and (
                EVENT_THAT_CLAUSE.match(sentence, m.end, offset)
                or (m.role == "since" and EVENT_SINCE_CLAUSE.match(sentence, m.end, offset))
            ))
        ):
            return m
    return None


TIME_CLAUSE_REACH: int = 120  # characters from a date to a figure of the clause it opens
# "which" right after a period's start is said of the thing counted over the period, not of
# the day ("since 2015, when ..." is the day's; "since the 2010 floods, which ..." the floods')
THING_CLAUSE_AFTER = _re.compile(r",?\s+which\b")


def _said_of_the_period(sentence: str, offset: int, m: _Mention) -> bool:
    """The figure at `offset` is in a "which" clause right after m, a period's start: the
    clause tells what was counted over the period ("304 attacks since 1 January 2023, which
    killed 19"), whose start m is."""
    return m.role == "since" and m.end <= offset <= m.end + TIME_CLAUSE_REACH and THING_CLAUSE_AFTER.match(sentence, m.end, offset) is not None


# DateRef(...) with every field in order, without the Python frame of a named tuple's __new__
# (every figure's date is built so).
_new_date_ref = tuple.__new__


def _carried(before: str, published: dt.date | None, read: dict | None = None) -> DateRef | None:
    """The date the sentence before gives its figures: its strongest date of a day, as
    `figure_date` would pick it for a figure at its end."""
    mentions = [
        m for m in _dates_of(read, before, published)
        if (published is None or m.date <= published) and m.role in ROLE_RANK and m.precision in CARRIED_PRECISIONS
    ]
    if not mentions:
        return None
    best = min(mentions, key=lambda m: (ROLE_RANK[m.role], -m.end))
    return DateRef(best.date, best.precision)


DATE_LINES = 8  # lines under a title where a date line of its own may stand (a byline, a blank line)
DATE_LINE_WORDS = 7  # "Updated: Monday 3 June 2024, 10:42 GMT"


def document_date(text: str) -> dt.date | None:
    """The full date a document's first line or sentence gives (a report's title "... Flash
    Update, as of 31 October 2023", a dateline "Kabul, June 22, 2022."): the reference for
    the relative dates of a document that has no publication date."""
    head = text[:DOCUMENT_DATE_REACH]
    stop = min((i for i in (head.find("\n"), head.find(". ")) if i >= 0), default=len(head))
    first = _latest_full_date(head[: stop + 1], day_only=True)
    if first is not None:
        return first
    # else a line of its own under the title that is a date ("June 3, 2024", "Published 3 June 2024")
    lead = text[:LEAD_DATE_REACH]
    for line in lead.splitlines()[1:DATE_LINES]:
        if 0 < len(line.split()) <= DATE_LINE_WORDS and (own := _latest_full_date(line, day_only=True)) is not None:
            return own
    # else the day its opening paragraph says something happened or was said: "..., the
    # minister told MPs on Tuesday, 24 June 2025" in the lead's second sentence
    paragraph = lead.find("\n\n")
    return _latest_full_date(lead if paragraph < 0 else lead[:paragraph], day_only=True)


FILED_DAY_REACH: int = 14  # days before the publication date a dateline's day may be


def filed_day(dateline: str, published: dt.date) -> dt.date | None:
    """The day a story's dateline names ("KHARTOUM, March 4 (Reuters) -"), read against the
    publication date, when it falls within FILED_DAY_REACH days before it; else None."""
    for m in DATE.finditer(dateline):
        if m.group("month") and m.group("day") and (resolved := _resolve(m, published)) is not None:
            if 0 < (published - resolved[0]).days <= FILED_DAY_REACH:
                return resolved[0]
    return None


# A heading line that says when the whole report's figures held: "As of 20 December 2024",
# "Humanitarian Update, as of 31 October 2023", "(as at 8 a.m., 3 March 2024)".
AS_OF_HEADING = re.compile(r"(?i:\bas\s+(?:of|at)\b)")


def heading_as_of(text: str) -> dt.date | None:
    """The full date a report's title or a heading line of its own gives with "as of": the
    date of every figure whose sentence names none. None for a story without one; a lead
    sentence ("As of Monday, 300 people had been killed") dates its own figures only."""
    head = text[:DOCUMENT_DATE_REACH]
    m = AS_OF_HEADING.search(head)
    if m is None:
        return None
    start = head.rfind("\n", 0, m.start()) + 1
    end = head.find("\n", m.end())
    line = head[start : len(head) if end < 0 else end]
    date = _latest_full_date(line, day_only=True)
    if date is None:
        return None
    if start > 0 and len(line.split()) > DATE_LINE_WORDS + 2:
        return None  # a sentence of the story, not a heading
    undated = line
    for found in _anchored(line, DATE_HINT, DATE_PREFIX, DATE):
        undated = undated.replace(found.group(), " ")
    return None if HEADING_COUNT.search(undated) else date


HEADING_COUNT = _re.compile(r"\d[\d,.]*\s+(?!a\.?m\b|p\.?m\b|GMT\b|UTC\b|hrs?\b)\w")  # a count, not a time


# ---------------------------------------------------------------------------------------
# Finding and resolving dates


def _dates_of(
    read: dict | None, sentence: str, published: dt.date | None, year_end: dt.date | None = None
) -> tuple[_Mention, ...]:
    """`_mentions` of the sentence, kept in `read`, the dict of one document's sentences
    read so far: its figures ask for a sentence's dates again (two figures of one sentence,
    the sentence before a figure), and they are read once. Nothing is kept across documents."""
    if read is None:
        return _mentions(sentence, published, year_end)
    key = (sentence, published, year_end)
    found = read.get(key)
    if found is None:
        found = read[key] = _mentions(sentence, published, year_end)
    return found


def _mentions(sentence: str, published: dt.date | None, year_end: dt.date | None = None) -> tuple[_Mention, ...]:
    """Every date in the sentence with its role, resolved; unresolvable ones left out."""
    words = _hint_words(sentence)
    written = bool(words & WRITTEN_HINTS) or _has_year(sentence)
    relative = published is not None and bool(words & RELATIVE_HINTS)
    span = published is not None and bool(words & SPAN_HINTS)
    parts = bool(words & PART_HINTS)
    if not (written or relative or span or parts or words & AGO_HINTS):
        return ()
    reference = published or _latest_full_date(sentence) or year_end
    found: list[_Mention] = []
    taken: list[tuple[int, int]] = []
    if parts and _may_name_a_part(sentence):
        for m in PART_OF.finditer(sentence):
            period = _part_of(m, reference, published)
            if period:
                first, last = period
                found.append(_Mention(m.start(), m.start() + 1, first, "day", "range_start"))
                precision = "week" if m.group("this") or m.group("month") else "month"  # half a month / months of a year
                found.append(_Mention(m.start(), m.end(), last, precision, _part_role(sentence, m)))
                taken.append(m.span())
    if parts and _may_name_an_epi_week(sentence):
        for m in EPI_WEEK.finditer(sentence):
            monday = _epi_week(m, reference, sentence)
            if monday:
                found.append(_Mention(m.start(), m.end(), monday, "week", _role(sentence, m.start(), m.end())))
                taken.append(m.span())
    if written and ("-" in sentence or "–" in sentence):
        for m in YEAR_RANGE.finditer(sentence):  # "the 2010-2012 famine", "the 1992-95 war"
            first, last = int(m.group("first")), m.group("last")
            last = int(last) if len(last) == 4 else first // 100 * 100 + int(last)
            if first < last:
                found.append(_Mention(m.start("first"), m.end("first"), dt.date(first, 1, 1), "year", "range_start"))
                found.append(_Mention(m.start("last"), m.end("last"), dt.date(last, 1, 1), "year", _part_role(sentence, m)))
                taken.append(m.span())
    if written and "/" in sentence:
        for m in NUMERIC_DATE.finditer(sentence):  # "as of 10/03/2023"
            day = _numeric_date(m, reference)
            if day is not None:
                found.append(_Mention(m.start(), m.end(), day, "day", _role(sentence, m.start(), m.end())))
                taken.append(m.span())
    dates = list(_anchored(sentence, DATE_HINT, DATE_PREFIX, DATE)) if written else []
    frame = _year_frame(sentence, dates, reference)
    if written and (words & RANGE_HINTS or RANGE_HINT.search(sentence)):
        for head in RANGE_HEAD.finditer(sentence):
            pair = _range(sentence, head.end(), reference if frame is None or head.start() < frame.at else frame.last_day)
            if pair and published is not None and pair[1].date > published >= pair[1].date.replace(day=1):
                # "from May to August" in a story of 15 August: the period so far
                pair = (pair[0], pair[1]._replace(date=published))
            if pair:
                found.extend(pair)
                taken.append((head.start(), pair[1].end))
    if span and (the := _span_the(sentence)) >= 0:
        for m in PAST_SPAN.finditer(sentence, _span_scan_start(sentence, the)):  # (the scan of the whole sentence cost some 30k)
            count = m.group("count")
            n = int(count) if count and count.isdigit() else COUNT_WORDS.get((count or "a").lower(), 1)
            days = max(1, round(n * UNIT_DAYS[m.group("unit").lower()]))
            found.append(_Mention(m.start(), m.end(), published - dt.timedelta(days=days), "day", "past"))
            taken.append(m.span())
    if written:
        for m in dates:
            if _inside(m.span(), taken) or _given_name(sentence, m):
                continue
            resolved = _resolve(m, _framed(sentence, m, frame) or reference)
            if resolved:
                if resolved[1] in ("month", "year"):
                    resolved = _point_of_period(sentence, m, resolved)
                role = _role(sentence, m.start(), m.end())
                if counted := _counted_on(sentence, m.start(), *resolved):
                    if counted[1] not in CARRIED_PRECISIONS:
                        continue  # "six years after the 2011 famine": some time in 2017, the figure's day unknown
                    resolved = counted  # "a week after the 12 January quake": 19 January
                    role = "event" if role == "possessive" else role
                found.append(_Mention(m.start(), m.end(), *resolved, role))
                if m.group("rel"):
                    taken.append(m.span())  # ("last year" is this date's, no date of its own)
    if published is not None and words & AGO_HINTS:
        for m in AGO.finditer(sentence):
            found.append(_Mention(m.start(), m.end(), *_ago(m, published), _role(sentence, m.start(), m.end())))
            taken.append(m.span())
    if relative:
        for m in _anchored(sentence, RELATIVE_HINT, RELATIVE_PREFIX, RELATIVE):
            if _inside(m.span(), taken) or _weekday_name(sentence, m):
                continue
            date, precision = _relative(m, published)
            if precision in ("month", "year"):
                date, precision = _point_of_period(sentence, m, (date, precision))  # "by the end of last year"
            found.append(_Mention(m.start(), m.end(), date, precision, _role(sentence, m.start(), m.end())))
    return tuple(found)


# A date in numbers: "10/03/2023", "5/6/23" is no date (its year has four digits here).
NUMERIC_DATE = _re.compile(r"(?<![\d/.,])(\d{1,2})/(\d{1,2})/((?:19|20)\d\d)(?![\d/])")


def _numeric_date(m: _re.Match, reference: dt.date | None) -> dt.date | None:
    """The day "10/03/2023" names: day first, as most of the world writes it, unless that
    is no day or falls after the reference (publication) where month first does not."""
    a, b, year = int(m.group(1)), int(m.group(2)), int(m.group(3))
    day_first, month_first = _day_or_none(year, b, a), _day_or_none(year, a, b)
    if day_first is None or (reference is not None and day_first > reference and month_first is not None and month_first <= reference):
        return month_first
    return day_first


def _day_or_none(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


class _Frame(NamedTuple):
    """A bare year that frames the dates without a year after it in its sentence."""

    at: int  # where the year stands
    last_day: dt.date  # its last day: what those dates are read against


def _year_frame(sentence: str, dates: list[re.Match], reference: dt.date | None) -> _Frame | None:
    """The first bare year of the sentence before the reference's year that sets the year of
    the dates without one after it ("Extreme heat during the 2022 summer caused 61,672 deaths
    between 30 May and 4 September": 4 September 2022): not the start of a period ("since
    2022"), a document's year ("its 2023 overview") or a comparison's."""
    if reference is None:
        return None
    for m in dates:
        year = m.group("year")
        if year and m.group("month") is None and not m.group("iso") and int(year) < reference.year:
            if _role(sentence, m.start(), m.end()) in FRAMING_ROLES:
                return _Frame(m.start(), dt.date(int(year), 12, 31))
    return None


def _framed(sentence: str, m: re.Match, frame: _Frame | None) -> dt.date | None:
    """What the date m, with no year of its own, is read against when a frame's year stands
    before it: the frame's last day; None for a report's day ("the NDMA said on 3 March": this
    year's) and for every other date."""
    if frame is None or m.start() <= frame.at or m.group("year") or m.group("rel"):
        return None
    return frame.last_day if _role(sentence, m.start(), m.end()) in FRAMING_ROLES else None


FRAMING_ROLES: frozenset[str] = frozenset({"event", "named_event", "possessive"})


# A month's name after a title and before a capitalised word is a person's given name:
# "Local Government Minister July Moyo said", "police chief May Thompson said".
_TITLE_WORDS: frozenset[str] = lexicon.word_set("titles")
_WORD_BEFORE = re.compile(r"(?P<word>\p{L}+)\.?\s+\Z", re.REVERSE)
_CAPITAL_AFTER = re.compile(r"\s+\p{Lu}\p{Ll}")
GIVEN_NAME_REACH: int = 24  # characters before the month where its title stands


def _given_name(sentence: str, m: re.Match) -> bool:
    if not m.group().isalpha() or _CAPITAL_AFTER.match(sentence, m.end()) is None:
        return False
    before = _WORD_BEFORE.search(sentence, (m.start() - GIVEN_NAME_REACH if m.start() > GIVEN_NAME_REACH else 0), m.start())
    return before is not None and before.group("word").lower() in _TITLE_WORDS


# A weekday's name after a title or a comma, before a capitalised name that speaks, is a
# person's given name: "the LGA Chairman, Monday Kassah, said", "Hon. Sunday Ochoche told".
WEEKDAY_NAME_AFTER = re.compile(rf"[^\S\n]+\p{{Lu}}\p{{Ll}}+(?:[^\S\n]+\p{{Lu}}\p{{Ll}}+)?[^\S\n]*(?:,|[^\S\n](?:{_alternation(REPORT_VERBS)})\b)")
COMMA_BEFORE = re.compile(r",[^\S\n]*\Z")


def _weekday_name(sentence: str, m: re.Match) -> bool:
    """The weekday m, alone, names a person: after a title or a comma, before a capitalised
    name and a comma or a reporting verb ("the chairman, Monday Kassah, said")."""
    if m.group(RELATIVE_WEEKDAY) is None or m.end() - m.start() != len(m.group(RELATIVE_WEEKDAY)):
        return False
    if WEEKDAY_NAME_AFTER.match(sentence, m.end()) is None:
        return False
    lo = m.start() - GIVEN_NAME_REACH if m.start() > GIVEN_NAME_REACH else 0
    if COMMA_BEFORE.search(sentence, lo, m.start()) is not None:
        return True
    before = _WORD_BEFORE.search(sentence, lo, m.start())
    return before is not None and before.group("word").lower() in _TITLE_WORDS


# Two years joined by a dash, a period: "the 2010-2012 famine", "in 2021–22", "the 1992-95
# war" (a date written "2019-08-20" is no period).
YEAR_RANGE = re.compile(rf"(?P<first>{_YEAR})\s*[-–]\s*(?P<last>(?:19|20)\d\d|\d\d)(?![\d\p{{L}}]|[,.]\d|-\d)")


def _part_role(sentence: str, m: re.Match) -> str:
    role = _role(sentence, m.start(), m.end())
    return "range_end" if role == "event" else role


def _part_of(m: re.Match, reference: dt.date | None, published: dt.date | None) -> tuple[dt.date, dt.date] | None:
    """The first and last day of "the first six months of 2024" / "the last quarter of
    2023" / "the first half of the month" (the last day capped at publication)."""
    if m.group("year"):
        year, month = int(m.group("year")), None
    elif m.group("month"):
        month = MONTHS[m.group("month")]
        year = int(m.group("myear")) if m.group("myear") else (reference.year if reference else None)
        if year is None:
            return None
        if reference and not m.group("myear") and dt.date(year, month, 1) > reference:
            year -= 1
    elif reference is not None:
        year, month = reference.year, (reference.month if m.group("unit").lower() == "month" else None)
    else:
        return None
    if month is None:  # a part of a year, in months
        length = PART_MONTHS.get((m.group("part") or "").lower()) or _count(m.group("count"))
        if not length or length > 12:
            return None
        ordinal = ORDINALS[m.group("ord").lower()]
        first_month = 1 + (ordinal - 1) * length if ordinal > 0 else 13 - length
        last_month = first_month + length - 1
        if last_month > 12 or first_month < 1:
            return None
        first = dt.date(year, first_month, 1)
        last = _month_end(year, last_month)
    else:  # a half of a month: 1-15, 16-end
        if (m.group("part") or "").lower() != "half":
            return None
        ordinal = ORDINALS[m.group("ord").lower()]
        end = _month_end(year, month)
        first, last = (dt.date(year, month, 1), dt.date(year, month, 15)) if ordinal == 1 else (dt.date(year, month, 16), end)
    if published is not None and last > published:
        last = published
    return (first, last) if first <= last else None


def _count(word: str | None) -> int | None:
    if not word:
        return None
    return int(word) if word.isdigit() else COUNT_WORDS.get(word.lower())


def _month_end(year: int, month: int) -> dt.date:
    following = dt.date(year + month // 12, month % 12 + 1, 1)
    return following - dt.timedelta(days=1)


def _epi_week(m: re.Match, reference: dt.date | None, sentence: str) -> dt.date | None:
    """The Monday an epidemiological (ISO) week starts: "week 11" of the year written after
    it, or in the sentence ("week 10 of 2023"), or of the reference date."""
    year = m.group("year")
    if year is None:
        later = EPI_WEEK_YEAR.search(sentence, m.end())
        year = later.group("year") if later else None
    if year is None and reference is None:
        return None
    y = int(year) if year else reference.year
    try:
        monday = dt.date.fromisocalendar(y, int(m.group("week")), 1)
    except ValueError:
        return None
    if year is None and reference is not None and monday > reference:
        monday = dt.date.fromisocalendar(y - 1, int(m.group("week")), 1)
    return monday


EPI_WEEK_YEAR = re.compile(rf"\b(?:{_EPI_WEEK_WORDS})\s+\d{{1,2}}\s+of\s+(?P<year>{_YEAR})", re.IGNORECASE)


def _anchored(sentence: str, hint: re.Pattern, prefix: re.Pattern, pattern: re.Pattern) -> Iterator[re.Match]:
    """Matches of `pattern`, tried only where `hint` finds a month, year or weekday (with
    what `prefix` allows before it): the same as `pattern.finditer`, many times faster."""
    pos = 0
    for anchor in _hint_matches(sentence, hint):
        if anchor.start() < pos:
            continue
        before = prefix.search(sentence, max(pos, anchor.start() - PREFIX_REACH), anchor.start())
        m = (before and pattern.match(sentence, before.start())) or pattern.match(sentence, anchor.start())
        if m and m.end() > anchor.start():
            yield m
            pos = m.end()


def _range(sentence: str, pos: int, reference: dt.date | None) -> tuple[_Mention, _Mention] | None:
    """"between 17 October and 23 March" / "from 7 to 14 March" starting at `pos`."""
    first = DATE.match(sentence, pos) or BARE_DAY.match(sentence, pos)
    if not first:
        return None
    join = RANGE_JOIN.match(sentence, first.end())
    second = DATE.match(sentence, join.end()) if join else None
    if not second and join and first.re is DATE and first.group("day") and (day := LAST_DAY.match(sentence, join.end())):
        start = _resolve(first, reference)  # "between April 24 and 26": the end is a day of the same month
        end = start and _replace_day(start[0], day.group())
        if not end or end[0] < start[0]:
            return None
        return (
            _Mention(first.start(), first.end(), start[0], start[1], "range_start"),
            _Mention(day.start(), day.end(), end[0], end[1], "range_end"),
        )
    if not second:
        return None
    if first.re is DATE and first.group("year") and not second.group("year"):
        # "between late November 2016 and mid-March": the end follows the start
        start = _resolve(first, None)
        end = start and _resolve(second, dt.date(start[0].year, 12, 31))
        if end and end[0] < start[0]:
            end = (end[0].replace(year=end[0].year + 1), end[1])
    else:
        end = _resolve(second, reference)
        if not end:
            return None
        if first.re is BARE_DAY:  # "between 1 and 16 March": month and year of the end
            start = _replace_day(end[0], first.group()) if second.group("day") else None
        else:  # "between 17 October and 23 March": the start precedes the end
            start = _resolve(first, end[0] if first.group("year") is None else reference)
    if not start or not end or start[0] > end[0]:
        return None
    return (
        _Mention(first.start(), first.end(), start[0], start[1], "range_start"),
        _Mention(second.start(), second.end(), end[0], end[1], "range_end"),
    )


def _replace_day(date: dt.date, day: str) -> tuple[dt.date, str] | None:
    try:
        return date.replace(day=int(_digits(day))), "day"
    except ValueError:
        return None


def _resolve(m: re.Match, reference: dt.date | None) -> tuple[dt.date, str] | None:
    """A DATE match as (date, precision); None when it names no real day or needs a year."""
    year = int(m.group("year")) if m.group("year") else None
    if m.group("iso"):
        month, day = int(m.group("mon")), int(m.group("day"))
    else:
        month = MONTHS[m.group("month").rstrip(".")] if m.group("month") else None
        day = int(_digits(m.group("day"))) if m.group("day") else None
    if month is None:
        return (dt.date(year, 1, 1), "year") if year else None
    precision = "day" if day else "month"
    if year is None and m.group("rel") and reference is not None:
        year = reference.year + REL_YEARS[m.group("rel")]  # "February last year"
    try:
        if year is not None:
            return dt.date(year, month, day or 1), precision
        if reference is None:
            return None
        date = dt.date(reference.year, month, day or 1)
        if date > reference:
            date = dt.date(reference.year - 1, month, day or 1)
        return date, precision
    except ValueError:  # 31 February
        return None


def _relative(m: re.Match, published: dt.date) -> tuple[dt.date, str]:
    if m.lastgroup in RELATIVE_GROUPS:  # a phrase of relative_dates.csv, by its meaning
        return RELATIVE_DATES[RELATIVE_GROUPS[m.lastgroup]](published)
    back = (published.weekday() - WEEKDAYS[m.group(RELATIVE_WEEKDAY)]) % 7
    if back == 0 and m.group(RELATIVE_LAST):
        back = 7
    return published - dt.timedelta(days=back), "day"


# A wire story's dateline: "NAIROBI, May 2 (Reuters) - ", "Mai Mahiu, Kenya, May 2 (Xinhua) --".
# Its date is the day the story was filed, never a figure's: the figure's own date words, or
# publication, date it.
DATELINE_BEFORE = re.compile(r"\s*(?:\p{Lu}[\p{L}\p{M}.'’\- ]*,\s*){1,3}")
DATELINE_AFTER = re.compile(r"\s*(?:\([^()\n]{1,40}\)\s*)?(?:-{1,2}|–|—)\s")


# After a date that opens a sentence, what makes it the heading of an entry of a timeline: a
# colon or a dash ("June 2023: ...", "5 June 2024 - ...").
ENTRY_DATE_AFTER = re.compile(r"[^\S\n]*(?::|[–—-])[^\S\n]")


# A counter of an event's toll before its named date: "the toll from the August 14 earthquake
# rose to 2,207", "the toll from last week's landslides ... to 231" hold on the day they are
# told, not on the event's.
COUNTER_OF_EVENT = re.compile(r"\b(?i:toll|tally|number\s+of\s+(?:dead|deaths))\s+(?:(?:from|in|of)\s+)?(?:the\s+)?\Z", re.REVERSE)
COUNTER_OF_EVENT_REACH: int = 30

# The events a date before them names ("the August 14 earthquake", "the October 7 attack"),
# one word may stand between ("the 2015 Gorkha earthquake"): words.csv dated events.
NAMED_EVENT_AFTER = re.compile(rf"\s+(?:[\p{{L}}\-]+\s+)?(?:{_alternation(lexicon.word_list('dated events'))})\b")


def _role(sentence: str, start: int, end: int) -> str:
    if start < DATELINE_REACH and DATELINE_AFTER.match(sentence, end) and DATELINE_BEFORE.fullmatch(sentence, 0, start):
        return "dateline"
    if not sentence[:start].strip() and ENTRY_DATE_AFTER.match(sentence, end):
        return "as_of"  # "June 2023: Clashes in El Geneina; the UN says at least 1,100 were killed": a timeline's entry

    before = sentence[(start - 40 if start > 40 else 0) : start]
    words = _last_words(before)  # the backwards patterns are tried only where they may end (`_may_end`)
    if _may_end(words, AS_OF_ENDINGS) and BEFORE_AS_OF.search(before):
        return "as_of"
    if (
        (_may_end(words, SINCE_ENDINGS) and BEFORE_SINCE.search(before))
        or _may_open_since(sentence, (start - SINCE_REACH if start > SINCE_REACH else 0), start) and SINCE_CLAUSE.search(sentence[(start - SINCE_REACH if start > SINCE_REACH else 0) : start])
        or (_may_end(words, START_ENDINGS) and START_CLAUSE.search(before))
    ):
        return "since"
    if _may_compare(words, before) and BEFORE_COMPARISON.search(before):
        return "comparison"  # the date of another count, never the figure's
    if sentence.startswith(("'s", "’s"), end - 2):
        return "possessive"  # "Monday's earthquake": the day of an event that is named
    if sentence.endswith(("the ", "The "), 0, start) and NAMED_EVENT_AFTER.match(sentence, end):
        # "the August 14 earthquake": the day of an event it names; a count "after" it is
        # later ("499 bodies had been recovered after the August 14 mudslide"), and any other
        # date of the figure's clause is the figure's first ("the toll from the August 14
        # earthquake rose to 2,207 on Wednesday, with 12,268 injured")
        return "possessive" if sentence.endswith("after the ", 0, start) else "named_event"
    if end - start == 4 and sentence[start:end].isdigit() and DATED_DOCUMENT.match(sentence, end):
        return "document"  # "in its 2023 humanitarian overview": the document's year, not the figure's
    if ORIGIN_BEFORE.search(before) is not None:
        return "origin"  # "a camp complex built in 1991": when a thing was made, not the figure's date
    if _may_close(sentence, end) and CITATION_CLOSE.match(sentence, end) and CITATION_OPEN.search(sentence[(start - 200 if start > 200 else 0) : start]):
        return "citation"
    if (_may_end(words, REPORT_ENDINGS) and (verb := BEFORE_REPORT.search(before)) and not before[: verb.start()].rstrip()[-1:].isdigit()) or AFTER_REPORT.match(sentence[end : end + 30]):
        return "report"  # (not a count's noun: "down from 1,900 reports last week")
    if _may_tell(before, words) and LISTENER_REPORT.search(before):
        return "report"
    return "event"


_SINCE_KEYS: tuple[str, ...] = tuple(w.lower() for w in lexicon.word_list("since words"))


def _may_open_since(sentence: str, start: int, end: int) -> bool:
    """SINCE_CLAUSE may match in sentence[start:end]: it is not ASCII, or holds a since word."""
    piece = sentence[start:end]
    return not piece.isascii() or any(w in piece.lower() for w in _SINCE_KEYS)


def _may_compare(words: tuple[str, str] | None, before: str) -> bool:
    """BEFORE_COMPARISON may match at the end of `before` (see `_may_end`): a comparison's
    ending, or "from", "on" or "since" where "up" or "down" stands ("up 20 from Sunday")."""
    if _may_end(words, COMPARISON_ENDINGS):
        return True
    if words[1] not in COMPARISON_CHANGE_ENDS:
        return False
    low = before.lower()
    return "up" in low or "down" in low


def _may_close(sentence: str, end: int) -> bool:
    r"""CITATION_CLOSE may match at `end`: past white space (what `str.lstrip` strips holds
    all `\s` matches), a ";" or ")" stands, or only white space up to a short look's end."""
    rest = sentence[end : end + 16].lstrip()
    return not rest or rest[0] in ";)"


def _latest_full_date(sentence: str, day_only: bool = False) -> dt.date | None:
    """The latest date written with its year: the reference of an undated excerpt."""
    dates = [
        r[0] for m in _anchored(sentence, DATE_HINT, DATE_PREFIX, DATE)
        if m.group("year") and (r := _resolve(m, None)) and (not day_only or r[1] == "day")
    ]
    return max(dates, default=None)


# ---------------------------------------------------------------------------------------
# Which date belongs to the figure


def _period_start(sentence: str, offset: int, mentions: list[_Mention]) -> dt.date | None:
    starts = [
        m for m in mentions
        if m.role in ("since", "range_start", "past") and (_in_clause(sentence, offset, m) or _said_of_the_period(sentence, offset, m))
        and not _older_counts(sentence, offset, m, mentions) and not _another_row(sentence, offset, m)
    ]
    if not starts:
        return None
    return min(starts, key=lambda m: gap(offset, offset, m.start, m.end)).date


# Before a date, the words of when a thing was made (words.csv origin words): "built in 1991",
# "founded in March 2004".
ORIGIN_BEFORE = re.compile(rf"\b(?:{_words('origin words')})\s+(?:in|on)\s+(?:the\s+)?\Z", re.IGNORECASE | re.REVERSE)
# After a year, the noun of a document it names: "its 2023 humanitarian overview", "the 2024
# Humanitarian Response Plan".
DATED_DOCUMENT = re.compile(rf"\s+(?:[\p{{L}}\-]+\s+){{0,2}}(?i:{_words('dated documents')})s?\b")
# Words of the future, in lower case ("may", not the month): a date after one is a projection's.
FUTURE_WORD = _re.compile(rf"\b(?:{_words('future words')})\b")
# The longest piece of each future word without a space: a stretch where FUTURE_WORD finds one
# holds its piece (a few substring tests cost a fraction of the pattern's failing scan).
FUTURE_PIECES: tuple[str, ...] = tuple(dict.fromkeys(max(w.split(), key=len) for w in lexicon.word_list("future words")))
# What parts a sentence into lines or table cells: a date after one of these is another part's.
CELL_MARK = " | "  # between the cells of a row written as text
LATER_PART: tuple[str, ...] = ("\n", CELL_MARK)
# A comparison opened after the figure, past a comma: a date after it is the compared count's
# ("compared with", "up from", "versus": the comparison words).
COMPARISON_AFTER = _re.compile(rf",\s+(?:{_alternation(COMPARISON_WORDS)})\b", _re.IGNORECASE)


def _applies(sentence: str, offset: int, m: _Mention) -> bool:
    """Strong roles hold across the sentence; dates of periods and events only in the figure's
    clause, and never from a later line or a later cell of a table row ("People killed: 501 |
    ... 1.85 million\nZIMBABWE – On 16 March the storm hit": that date is what follows), nor
    past a word of the future ("80 killed, ... warning the toll could double by December")."""
    if m.end <= offset and _in_a_row_before(sentence, offset, m):
        return False
    if m.start > offset and holds_any(sentence[offset : m.start], FUTURE_PIECES) and FUTURE_WORD.search(sentence, offset, m.start) is not None:
        return False
    if m.role in ("as_of", "citation", "report"):
        if m.role == "as_of" and m.start > offset and _in_a_joined_clause_of_no_count(sentence, offset, m.start):
            return False  # "floods killed 47 people ..., and closed schools until November": the closure's
        return not _another_report(sentence, offset, m) and not (m.start > offset and says_what_follows(sentence, offset, m.start, m.end))
    if m.start > offset and any(mark in sentence[offset : m.start] for mark in LATER_PART):
        return False
    if m.start > offset and ", " in sentence[offset : m.start] and COMPARISON_AFTER.search(sentence, offset, m.start) is not None:
        return False  # "9,400 structures were destroyed, compared with 18,804 in the 2018 Camp Fire": the other count's
    if _holds_now(sentence, offset, m):
        return False  # "74 people remain missing after the 2019 abductions": missing now, not in 2019
    if m.role == "named_event" and m.start > offset and OWN_REPORT_JOIN.search(sentence, max(offset, m.start - OWN_REPORT_REACH), m.start):
        return False  # "buried 400 houses, and the 1984 disaster in the same valley had killed 14": the later clause's event
    if m.end <= offset and CELL_MARK in sentence[m.end : offset]:
        return False  # an earlier cell's: "Yemen | 21.6 million need aid in 2024 | 4.5 million IDPs"
    return _in_clause(sentence, offset, m) and not _another_report(sentence, offset, m)


# A clause joined after a figure (", and", "; ") whose reporting verb goes on with "that" or a
# count says what follows it, not the figure: "..., and MSF said on Thursday that a child dies
# there every two hours", "..., and UN OCHA estimates 3 million people were affected" (read by
# sources for its speaker, here for its day).
JOINED_CLAUSE_BEFORE = re.compile(r"(?:,\s+(?:and|but)|;)\s+(?:[\w'’-]+\s+){0,8}\Z", re.REVERSE)
CLAUSE_JOINS: tuple[str, ...] = (" and ", " but ", ";")  # one stands in every JOINED_CLAUSE_BEFORE match
WHAT_FOLLOWS_AFTER = re.compile(
    r"(?:\s+(?:on|in|at|last|this|late|early)(?:\s+[\w-]+){1,2}|\s+[\w-]+)?,?\s+(?:that\b|(?:\p{Ll}+\s+){0,2}\d)"
)  # "said on Sunday that", "[on Sunday] morning that", "estimates 8 million"


def says_what_follows(text: str, offset: int, start: int, end: int) -> bool:
    """The attribution or the report's day at text[start:end], after the figure at `offset`,
    stands in a clause joined after the figure whose verb goes on with "that" or a count."""
    return WHAT_FOLLOWS_AFTER.match(text, end) is not None and JOINED_CLAUSE_BEFORE.search(text, offset, start) is not None


def _in_a_joined_clause_of_no_count(sentence: str, offset: int, start: int) -> bool:
    """The date at `start`, after the figure at `offset`, stands in a clause joined after the
    figure (", and", "; ") that holds no count: it dates what that clause tells."""
    if not holds_any(sentence[offset:start], CLAUSE_JOINS):
        return False  # (most: no join between them)
    joined = JOINED_CLAUSE_BEFORE.search(sentence, offset, start)
    return joined is not None and not any(c.isdigit() for c in sentence[joined.start() : start])


# A state that holds when the story is told, whatever event brought it: "74 people remain
# missing after the 2019 abductions", "2 million people are still displaced by the 2023
# earthquake" (words.csv state holders, in the figure's words before the event's date).
STATE_HOLDERS = re.compile(rf"\b(?:{_words('state holders')})\b", re.IGNORECASE)
STATE_HOLDER_REACH = 40  # characters before a figure's count its state word stands within


def _holds_now(sentence: str, offset: int, m: _Mention) -> bool:
    """The figure at `offset` is a state its clause says still holds, and the date `m` names the
    event that brought it (it stands in the event's noun phrase, after "the": "the 2019
    abductions", "the 1980-1988 war"; not "remained trapped on Monday"): a state word between
    the count and the event, or right before the count."""
    if not sentence.endswith(("the ", "The "), 0, m.start):
        return False
    lo = (offset - STATE_HOLDER_REACH if offset > STATE_HOLDER_REACH else 0) if m.start > offset else m.end
    hi = m.start if m.start > offset else offset
    return STATE_HOLDERS.search(sentence, lo, hi) is not None


# A clause of the same sentence with its own speaker: ", and by Monday the military said",
# "; on Friday the ministry reported" - a date there is that report's, not the figures' of
# the clause before, which have their own ("A U.N. document says 6,432 civilians have been
# killed ..., and by Monday the military said it had registered 12,000").
_CLAUSE_JOIN = r"(?:,\s+(?:and|but|while)\b|;)"
OWN_REPORT_JOIN = re.compile(rf"{_CLAUSE_JOIN}\s+(?:\p{{Ll}}+\s+){{0,2}}\Z", re.REVERSE)
CLAUSE_JOIN = re.compile(_CLAUSE_JOIN)  # the same joins read forwards
OWN_REPORT_AFTER = re.compile(
    rf"\s*,?\s+(?:(?:the|a|an|its|his|her)\s+)?(?:[\p{{L}}'’.\-]+\s+){{0,5}}?(?:{_words('auxiliaries', file='attribution')}\s+)?(?:{_alternation(REPORT_VERBS)})\b"
)
REPORT_VERB = re.compile(rf"\b(?:{_alternation(REPORT_VERBS)})\b")
OWN_REPORT_REACH: int = 30  # characters between the clause's join and its date


def _another_report(sentence: str, offset: int, m: _Mention) -> bool:
    """The date `m` opens a later clause that reports on its own (", and by Monday the
    military said"): its report's date, not the figure's, when the figure's clause has a
    reporting verb of its own before it."""
    if m.start <= offset or "," not in sentence[offset : m.start] and ";" not in sentence[offset : m.start]:
        return False
    if OWN_REPORT_JOIN.search(sentence, max(offset, m.start - OWN_REPORT_REACH), m.start) is None:
        return False
    return OWN_REPORT_AFTER.match(sentence, m.end) is not None and REPORT_VERB.search(sentence, 0, offset) is not None


def _report_of_a_clause_before(sentence: str, offset: int, m: _Mention, dated: list[_Mention]) -> bool:
    """The report date `m` is an earlier clause's, and the figure's own clause opens with a
    date of its own: "The president reported on 27 January that 170,000 bodies had been
    counted, and on 21 February he raised that estimate to 300,000" (300,000 on 21 February)."""
    if m.role != "report" or m.end > offset:
        return False
    return any(
        o is not m and m.end <= o.start < offset and o.role not in ("since", "comparison")
        and OWN_REPORT_JOIN.search(sentence, max(m.end, o.start - OWN_REPORT_REACH), o.start) is not None
        and CLAUSE_JOIN.search(sentence, o.end, offset) is None
        for o in dated
    )


# A line that opens with a count, after a bullet or not: a row of a list of key figures.
ROW_START = _re.compile(r"[ \t•·*\-–—]*\d")


def _in_a_row_before(sentence: str, offset: int, m: _Mention) -> bool:
    """The date `m` stands in an earlier row of a list of counts ("4 to 5 MILLION – People
    Likely to Face Acute Food Insecurity (FEWS NET – March 2022)\n2.9 MILLION – Estimated
    Number of IDPs (UN – February 2022)"): that row's date, not the figure's."""
    if "\n" not in sentence[m.end : offset]:
        return False
    return ROW_START.match(sentence, sentence.rfind("\n", 0, m.start) + 1) is not None


def _another_row(sentence: str, offset: int, m: _Mention) -> bool:
    """The date `m` stands on an earlier line than the figure, with a count after it on its
    line: the label of another row ("People displaced since 15 April 2023: 8.7 million\nPeople
    in need: 24.8 million"), not a heading over the rows ("Since 15 April:\n- 8.7 million ...")."""
    if m.end > offset:
        return False
    line = sentence.rfind("\n", m.end, offset)
    return line >= 0 and DIGIT.search(sentence, m.end, line) is not None


DIGIT = _re.compile(r"\d")


def _long_before_the_report(sentence: str, dated: list[_Mention], report: _Mention) -> _Mention | None:
    """An event's day in the figure's clause, long before the day its source spoke: "killed
    over 200 civilians in Axum on 28 and 29 November 2020, Human Rights Watch said today" (in
    March 2021) counts the massacre, not a toll that stands on the day of the report; so does
    a year the report came after ("killed 47,690 people in 2023, researchers said on Monday")."""
    events = [
        m for m in dated
        if m.role == "event" and (
            (m.precision == "day" and (report.date - m.date).days > EVENT_LONG_BEFORE
             and YEAR.search(sentence, m.start, m.end) is not None)  # (a day written with its year: no dateline's)
            or (m.precision == "year" and m.date.year < report.date.year)  # "killed 47,690 people in 2023, researchers said on Monday"
        )
    ]
    return max(events, key=lambda m: m.date) if events else None


EVENT_LONG_BEFORE = 31  # days between an event's day and its report's beyond which the event dates the count


def _preference(sentence: str, offset: int, m: _Mention, mentions: list[_Mention]) -> tuple[int, int, int, int]:
    """How a figure's dates rank, best first: the date written right after its own count
    ("300 on Monday and 1,200 by Friday": Monday is 300's), then by role, then another
    count's date last, then the nearest."""
    whose = _whose(sentence, offset, m, mentions)
    return (whose != 0, ROLE_RANK[m.role], whose, gap(offset, offset, m.start, m.end))


def _whose(sentence: str, offset: int, m: _Mention, mentions: list[_Mention]) -> int:
    """0 when the date `m` is written right after the figure's own count ("26,000 in
    January 2022"), 2 when right after another count ("rose from 19,000 in December 2021
    to 26,000 in January 2022": December is 19,000's date), else 1: a figure takes its own
    date first and another count's last."""
    owner = _owning_count(sentence, m, mentions)
    if owner is None:
        return 1  # no count right before, or a date's own day ("between 1 and 3 March")
    return 0 if owner.start() == offset else 2


def _owning_count(sentence: str, m: _Mention, mentions: list[_Mention]) -> _re.Match | None:
    """The count written right before the date `m`, whose date it is ("19,000 in December");
    None when there is none, or the number is a date's own day ("between 1 and 3 March")."""
    at = _range_start(m, mentions)
    # (from the stretch's first digit, where a count may start: the pattern opens with a
    # look-behind, so its scan tries its whole start at every place; its look-behind reads
    # the text before where the search starts, as before the stretch)
    digit = DIGIT.search(sentence, (at - OWNER_REACH if at > OWNER_REACH else 0), at)
    if digit is None:
        return None
    owner = COUNT_BEFORE_DATE.search(sentence, digit.start(), at) if _may_own(sentence, digit.start(), at) else None
    if owner is None or any(d.start <= owner.start() < d.end for d in mentions):
        return None
    return owner


def _range_start(m: _Mention, mentions: list[_Mention]) -> int:
    """Where the date `m` begins to be written: the start of its range for a range's end
    ("45,000 between October and December 2023" is the count's), else its own start."""
    if m.role != "range_end":
        return m.start
    return max((d.start for d in mentions if d.role == "range_start" and d.end <= m.start), default=m.start)


def _older_counts(sentence: str, offset: int, m: _Mention, mentions: list[_Mention]) -> bool:
    """The date `m` is written right after an older count the figure is compared with ("now
    hosts 120,000, up from 80,000 in January") or changed from ("rose from 12 last week to
    40"): that count's date, never the figure's."""
    if m.start < offset:  # "rose from 12 last week to 40": the date of the count it rose from
        if sentence.find("from", max(0, m.start - OWNER_REACH - CHANGE_REACH), m.start) < 0:
            return False  # (the common case, made fast)
        owner = _owning_count(sentence, m, mentions)
        return owner is not None and change_before(sentence, owner.start()) == "from"
    written = _range_start(m, mentions)
    if DIGIT.search(sentence, max(offset + 1, written - OWNER_REACH), written) is None:
        return False  # (the common case, made fast: no count of its own right before the date)
    owner = _owning_count(sentence, m, mentions)
    if owner is None or owner.start() == offset:
        return False
    return OLDER_COUNT_BEFORE.search(sentence, (owner.start() - OLDER_REACH if owner.start() > OLDER_REACH else 0), owner.start()) is not None


# The later count of a change, then "from" before the count it changed from: "to 1,020 from",
# "to 120 on Saturday from", "to 4,211 this morning from" (a date of the later count between
# them). Shared with tracker.extraction.figures.EARLIER_BEFORE, which reads the count after
# it as a figure.
TO_COUNT_FROM = r"to\s+(?:[\w-]+\s+){0,2}?\d[\d,.]*(?:\s+\p{L}+){0,2}(?:\s+(?:on|by|in|at|as\s+of)\s+[\w.]+(?:\s+\w+)?)?\s+from\s+"
# An older count's words before it: "up from", "compared with", "down from about".
OLDER_COUNT_BEFORE = re.compile(
    rf"(?i:\b(?:{_alternation(COMPARISON_WORDS)})\s+(?:\p{{L}}+\s+){{0,3}}"
    rf"|\b{TO_COUNT_FROM})$",  # "has risen to 1,020 from 900 on Friday", "to 120 on Saturday from 98"
    re.REVERSE,
)
OLDER_REACH = 60  # characters: "from the record figure of about "
CHANGE_REACH = 20  # characters "from" may stand before the count a change started from ("from about ")


# How far before a date the count it belongs to may stand ("19,000 people in December").
OWNER_REACH = 30
# A count, then at most two words and a preposition, then the date: the count's own date;
# or the count right before a date counted back ("up from 90,000 a week earlier").
# (a scale word may follow the count: "up from 12 million last year")
_SCALE_WORDS: tuple[str, ...] = tuple(lexicon.mapping("numbers", "word", "value", int, kind="scale"))
_SCALES = _alternation(_SCALE_WORDS)
OWNER_PREPOSITIONS: tuple[str, ...] = ("in", "on", "at", "as of", "at the end of", "between", "from")  # "19,000 in December"
COUNT_BEFORE_DATE = _re.compile(
    rf"(?<![\d.,])\d[\d,.]*(?:\s+(?:{_SCALES})\b)?(?:(?:\s+[^\W\d]+){{0,2}}\s+(?:{_alternation(OWNER_PREPOSITIONS)})"
    rf"|(?:\s+[^\W\d]+)?\s+(?:in|during|over|for)\s+the\s+same\s+[^\W\d]+(?:\s+(?:in|of))?)?\s*\Z"  # "850 in the same period last year", "812 over the same period in 2022"
)

# The words a COUNT_BEFORE_DATE match may end with (its white space aside) but for the count
# itself and the word after "same": a preposition's last word, or a scale's.
OWNER_LAST_WORDS: frozenset[str] = frozenset(w.split()[-1] for w in (*OWNER_PREPOSITIONS, *_SCALE_WORDS))
SAME_WORD: str = "same"  # "850 in the same period"


def _may_own(sentence: str, lo: int, at: int) -> bool:
    """Whether `COUNT_BEFORE_DATE` may match sentence[lo:at] (a count's first digit to the
    date): its last word (white space stripped, as its \\s has it) ends a count, or is one of
    `OWNER_LAST_WORDS`, or the stretch says "same". Many stretches end in a place's name
    ("wounded in Afrin"), and the test costs a fraction of the pattern's call (some 35k)."""
    stretch = sentence[lo:at].rstrip()
    if not stretch or stretch[-1].isdecimal() or stretch[-1] in ",.":
        return True
    return stretch.rsplit(None, 1)[-1] in OWNER_LAST_WORDS or SAME_WORD in stretch


def _in_clause(sentence: str, offset: int, m: _Mention) -> bool:
    lo, hi = (m.end, offset) if m.end <= offset else (offset, m.start)
    boundary = _clause_boundary(sentence, lo, hi)
    if boundary is None:
        # a relative aside closed before a count in the present perfect tells when its subject
        # came, not when the count stands: "The cyclone, which hit the country on May 2 and 3,
        # has affected some 1.5 million people" (but "The quake, which struck on Saturday,
        # killed 300 people": the event's day)
        return not (
            lo == m.end and "," in sentence[lo:hi] and ("which" in sentence or "who" in sentence)
            and PERFECT.search(sentence, lo, hi) is not None
            and RELATIVE_ASIDE.search(sentence, (m.start - RELATIVE_ASIDE_REACH if m.start > RELATIVE_ASIDE_REACH else 0), m.start) is not None
            and START_CLAUSE.search(sentence, (m.start - RELATIVE_ASIDE_REACH if m.start > RELATIVE_ASIDE_REACH else 0), m.start) is None  # ("which erupted on April 15": the period's start)
        )
    if lo == m.end and _frames_the_sentence(sentence, m) and all(
        b.group().lower() in RELATIVE_OPENERS for b in CLAUSE_BOUNDARY.finditer(sentence, lo, hi)
    ):
        return True  # "In the first quarter of 2023, UNMISS documented 233 incidents, in which 524 civilians were killed"
    # the event an "after" clause tells is when its harm happened: "Seven migrants drowned
    # off Tripoli after a boat capsized on Saturday night" (not "499 bodies were recovered after")
    return (
        lo == offset and boundary.group().lower() == "after" and HARM_BEFORE.search(sentence, offset, boundary.start()) is not None
        and CLAUSE_BOUNDARY.search(sentence, boundary.end(), hi) is None
    )


# A date fronted before the sentence's first comma frames its every clause, the relative
# ones too: "In the first quarter of 2023, the mission documented 233 incidents, in which 524
# civilians were killed" (not past a clause of another kind: "after", "while", ";").
RELATIVE_OPENERS: frozenset[str] = lexicon.word_set("relative pronouns")
FRONT_REACH = 40  # characters from the sentence's start a fronted date starts within
FRONTED_END = _re.compile(r"\s*,")


def _frames_the_sentence(sentence: str, m: _Mention) -> bool:
    return m.start <= FRONT_REACH and "," not in sentence[: m.start] and FRONTED_END.match(sentence, m.end) is not None


RELATIVE_ASIDE = _re.compile(r",\s+(?:which|who)\b[^,;:.]*\Z")
PERFECT = _re.compile(r",\s+(?:has|have)\s")  # the aside's closing comma, then the present perfect
RELATIVE_ASIDE_REACH = 80  # characters from ", which" to the date in its aside


# A word of harm: death, injury, drowning, people missing (words.csv harm stems).
HARM_BEFORE = re.compile(rf"\b(?i:{_words('harm stems')})")


def _inside(span: tuple[int, int], taken: list[tuple[int, int]]) -> bool:
    return any(a <= span[0] and span[1] <= b for a, b in taken)


def _digits(s: str) -> str:
    return "".join(ch for ch in s if ch.isdigit())
