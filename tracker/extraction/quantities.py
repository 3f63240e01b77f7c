"""Quantities: numbers joined with their qualifiers and ranges, with the span of their wording.

"more than 500" -> Quantity(value=500, low=500, high=None, qualifier="at_least")
"between 18,000 and 25,000" -> Quantity(value=18000, low=18000, high=25000, qualifier="range")
"""

from __future__ import annotations

from typing import NamedTuple

import regex as re

from .numbers import SCALES, SHORT_SCALES, Number, find_numbers
from .qualifiers import additive_start, change_before, qualifier_after, qualifier_before
from ..provenance.dates import MONTHS
from .text import alternation
from .text import phrases as _phrases


class Quantity(NamedTuple):  # a named tuple: immutable, and built in C (several an article)
    value: int  # the point value; a range's low end; a vague amount's lower bound
    low: int | None
    high: int | None
    qualifier: str  # exact, approx, at_least, at_most, range
    start: int  # span of the wording: qualifier + number(s)
    end: int
    number_start: int  # span of the (last) number itself; context is read around it
    number_end: int
    first_start: int  # where the first number of a range begins
    vague: bool = False
    year_like: bool = False
    small_word: bool = False
    additive: bool = False  # "another 15,000": a separate group, never merged


# Words joining the two ends of a range; "and" only after "between"; "or" only between two
# counts of one size ("40 or 50 people", "two or three": a hedged estimate, not a choice).
RANGE_JOIN = re.compile(r"\A\s*(?:-|–|—|to|and|or)\s*\Z", re.IGNORECASE)
OR_RANGE_RATIO = 10  # "40 or 50" is a range; "2 or 300" is none
MAX_RANGE_JOIN = 7  # characters between the ends of a range: no longer join makes one
BETWEEN_BEFORE = re.compile(r"\b(?:between|from)\s*\Z", re.IGNORECASE | re.REVERSE)
SCALE_FACTORS = {**SCALES, **SHORT_SCALES}
# What stands before a year ("in December 2021", "since 2019"): a year there ends a date,
# so "from 19,000 in December 2021 to 26,000" holds no range "2021 to 26,000".
_MONTH_WORD = rf"(?-i:\b(?:{_phrases(MONTHS)}))\.?"  # "Oct.", "December"
YEAR_BEFORE = re.compile(
    rf"(?:{_MONTH_WORD}|\b(?:{alternation('span prepositions', 'since words')}))\s*\Z",
    re.IGNORECASE,
)
# A month right before a number: the number is a day ("since Oct. 7 to 31,184"), and ends a
# date, not a range's low end.
MONTH_BEFORE = re.compile(rf"{_MONTH_WORD}\s*\Z", re.IGNORECASE)
MAX_DAY = 31
# A wire slug at a line's start, before its version's number (words.csv wire slugs, in capitals).
_SLUGS = alternation("wire slugs")
SLUG_BEFORE = re.compile(rf"(?:^|\n)[^\S\n]*(?:(?:{_SLUGS})-)*(?:{_SLUGS})[^\S\n]*\Z")  # "REFILE-UPDATE 2"
SLUG_REACH = 30
# A scale word or abbreviation that ends a number ("3 million", "1.5m"): numbers.csv's.
SCALE_SUFFIX = re.compile(rf"({_phrases(SCALE_FACTORS)})s?\Z", re.IGNORECASE)


def find_quantities(
    text: str, numbers: list[Number] | None = None, start: int = 0, end: int | None = None
) -> list[Quantity]:
    """Quantities made of `numbers` (by default every number in `text`), spans into `text`.
    A qualifier is looked for inside text[start:end] only (the sentence), so that a
    quantity's wording never reaches into the sentence before or after it."""
    bounds = _new_tuple(_Bounds, (start, len(text) if end is None else end))  # _Bounds(start, end)
    if numbers is None:
        numbers = find_numbers(text)
    out: list[Quantity] = []
    i = 0
    while i < len(numbers):
        first = numbers[i]
        nxt = numbers[i + 1] if i + 1 < len(numbers) else None
        if nxt is not None and _is_range(text, first, nxt):
            out.append(_range(text, first, nxt, bounds))
            i += 2
        else:
            out.append(_single(text, first, bounds))
            i += 1
    return out


class _Bounds(NamedTuple):  # a named tuple: immutable, and built in C (several an article)
    """The sentence a quantity's wording must stay in."""

    start: int
    end: int


def _is_range(text: str, a: Number, b: Number) -> bool:
    join = text[a.end : b.start]
    if len(join) > MAX_RANGE_JOIN or not RANGE_JOIN.match(join) or a.vague or b.vague:
        return False
    low = _scaled_low(text, a, b)
    if not low < b.value:
        return False
    if a.year_like and YEAR_BEFORE.search(text, max(0, a.start - 12), a.start) is not None:
        return False  # "in December 2021 to 26,000": a date's year, then the next count
    if a.value <= MAX_DAY and MONTH_BEFORE.search(text, max(0, a.start - 12), a.start) is not None:
        return False  # "since Oct. 7 to 31,184": a date's day, then the count
    if join == "-" and SLUG_BEFORE.search(text, max(0, a.start - SLUG_REACH), a.start) is not None:
        return False  # "UPDATE 2-40 killed": the story's second update, then the count
    word = join.strip().lower()
    if word == "or":
        return not a.year_like and b.value <= OR_RANGE_RATIO * low
    if word == "and":
        return BETWEEN_BEFORE.search(text, (a.start - 10 if a.start > 10 else 0), a.start) is not None
    if word == "to":
        # "rose from 20,000 to 50,000", "climbed by 12 to 61": a count and a later count
        qualified = qualifier_before(text, a.start)
        if change_before(text, qualified[1] if qualified else a.start) is not None:
            return False
    # a hyphen or "to" joins a range; scores and dates were rejected by their context
    return True


def _scaled_low(text: str, a: Number, b: Number) -> int:
    """ "between 2 and 3 million", "one to 1.5 million": the high end's scale applies to both."""
    scale = SCALE_SUFFIX.search(text, b.start, b.end)
    if scale and not SCALE_SUFFIX.search(text, a.start, a.end):
        factor = SCALE_FACTORS[scale.group(1).lower()]
        low = round((a.written if a.written is not None else a.value) * factor)  # 1.5 -> 1,500,000
        if low <= b.value:
            return low
    return a.value


def _range(text: str, a: Number, b: Number, bounds: _Bounds) -> Quantity:
    low = _scaled_low(text, a, b)
    start = a.start
    between = BETWEEN_BEFORE.search(text, (a.start - 10 if a.start - 10 > bounds.start else bounds.start), a.start)
    if between:
        start = between.start()
    else:
        q = qualifier_before(text, a.start, bounds.start)
        if q:  # "an estimated 25,000 to 30,000" is still a range
            start = q[1]
    additive = additive_start(text, start, bounds.start) is not None
    # Quantity(value, low, high, qualifier, start, end, number_start, number_end, first_start,
    # vague, year_like, small_word, additive): see _new_tuple; a range of two years is a period's
    # ("born as refugees between 2018 and 2023", "displaced from 2019 to 2021")
    return _new_tuple(Quantity, (low, low, b.value, "range", start, b.end, b.start, b.end, a.start, False, a.year_like and b.year_like, False, additive))


def _single(text: str, n: Number, bounds: _Bounds) -> Quantity:
    start, end = n.start, n.end
    qualifier = "exact"
    additive = additive_start(text, n.start, bounds.start)
    # "about another 73,000": the qualifier stands before "another"
    before = qualifier_before(text, n.start if additive is None else additive, bounds.start)
    after = qualifier_after(text, n.end, bounds.end)
    if before:
        qualifier, start = before
    if after:  # "500 or more"; with "some 500 or more" the bound wins, as with "an estimated more than"
        end = after[1]
        if qualifier in ("exact", "approx"):
            qualifier = after[0]
    if n.vague:
        qualifier = "at_least"
    low, high = _bounds(qualifier, n.value)
    # Quantity(value, low, high, qualifier, start, end, number_start, number_end, first_start,
    # vague, year_like, small_word, additive): see _new_tuple
    return _new_tuple(Quantity, (
        n.value, low, high, qualifier, start, end, n.start, n.end, n.start, n.vague, n.year_like, n.small_word,
        additive is not None,
    ))


# Quantity(...) (and _Bounds) with every field given in order, without the Python frame of a named tuple's
# __new__ and its keyword matching (a call with 13 keywords costs about 8,000 instructions
# more than this), on the path every number of a judged sentence takes.
_new_tuple = tuple.__new__


def _bounds(qualifier: str, value: int) -> tuple[int | None, int | None]:
    if qualifier == "exact":
        return value, value
    if qualifier == "at_least":
        return value, None
    if qualifier == "at_most":
        return None, value
    return None, None
