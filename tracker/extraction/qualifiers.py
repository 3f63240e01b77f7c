"""Qualifiers: the words that say whether a number is exact, a bound or an estimate.

The table follows the decisions in docs/design.md: "more than" is a lower bound, "nearly" an upper bound,
"about" an approximation; when "an estimated" meets "more than", the bound wins.
"""

from __future__ import annotations

import regex as re

from .. import lexicon

from .text import last_words, may_end_with
from .text import phrases as _phrases

# qualifier -> phrases written before a number (lexicon/qualifiers.csv)
BEFORE: dict[str, tuple[str, ...]] = {
    q: lexicon.column("qualifiers", "phrase", qualifier=q, position="before") for q in ("at_least", "at_most", "approx")
}
# qualifier -> phrases written after a number ("500 or more")
AFTER: dict[str, tuple[str, ...]] = {
    q: lexicon.column("qualifiers", "phrase", qualifier=q, position="after") for q in ("at_least", "approx")
}
# Words that mark a new, separate group: "another 15,000", "a further 300" (never merged).
ADDITIVE: tuple[str, ...] = lexicon.column("qualifiers", "phrase", qualifier="additive")
# Verbs of a count that changed over time (lexicon/change_verbs.csv). "rose from 20,000 to
# 50,000" gives the count then and the count now, never a range: the later count is the
# figure, the earlier one ("from 20,000") is an older count with no date of its own and no
# figure (tracker.extraction.rules drops it); "rose by 5,000 to 50,000" gives the change,
# then the count.
CHANGE_VERBS: tuple[str, ...] = lexicon.column("change_verbs", "verb", kind="change")


# Qualifier phrases end right before the number; white space may be missing in damaged
# feeds ("forcedmore than 1,000", "Around1.6 million"), so there is no left word boundary.
QUALIFIER_BEFORE = re.compile(
    rf"""
    (?: (?P<estimated> \b (?:an\s+)? estimated ) \s+ )?   # "an estimated more than": the bound wins
    (?:
        (?P<at_least> {_phrases(BEFORE["at_least"])} )
      | (?P<at_most>  {_phrases(BEFORE["at_most"])} )
      | (?P<approx>   {_phrases(BEFORE["approx"])} )
    )
    \s* \Z
    """,
    re.VERBOSE | re.IGNORECASE | re.REVERSE,  # searched backwards from the number: fast
)

QUALIFIER_AFTER = re.compile(
    rf"""
    \s*
    (?:
        (?P<at_least> {_phrases(AFTER["at_least"])} )
      | (?P<approx>   {_phrases(AFTER["approx"])} )
    )
    (?! \w )
    """,
    re.VERBOSE | re.IGNORECASE,
)

ADDITIVE_BEFORE = re.compile(rf"\b(?:{_phrases(ADDITIVE)})\s*\Z", re.IGNORECASE | re.REVERSE)
# "rose from" / "climbed by" right before a number (and its qualifier).
CHANGE_BEFORE = re.compile(
    rf"\b(?:{_phrases(CHANGE_VERBS)}) \s+ (?P<preposition> from | by ) \s* \Z",
    re.IGNORECASE | re.VERBOSE | re.REVERSE,  # searched backwards from the number: fast
)

# How far back a qualifier may start (characters).
LOOKBACK = 40

# The words those phrases end with: a number after any other word has no qualifier before
# it, and the backwards patterns are not tried.
BEFORE_ENDINGS: tuple[str, ...] = last_words(p for phrases in BEFORE.values() for p in phrases)
ADDITIVE_ENDINGS: tuple[str, ...] = last_words(ADDITIVE)
CHANGE_ENDINGS: frozenset[str] = frozenset({"from", "by"})


def qualifier_before(text: str, start: int, floor: int = 0) -> tuple[str, int] | None:
    """The qualifier that ends at `start` and where it begins, not before `floor` (the
    sentence's start: a figure's wording stays inside its quote), or None."""
    lo = max(floor, start - LOOKBACK)
    if not may_end_with(text, start, lo, BEFORE_ENDINGS):
        return None
    m = QUALIFIER_BEFORE.search(text, lo, start)
    if not m:
        return None
    # "some" and "over" must begin a word: "handsome 5", "turnover 5" are not qualifiers.
    begin = m.start()
    if begin > 0 and text[begin - 1].isalpha() and m.group(0).lower().startswith(("some", "over", "under")):
        return None
    for name in ("at_least", "at_most", "approx"):
        if m.group(name):
            return name, begin
    return None


def qualifier_after(text: str, end: int, ceiling: int | None = None) -> tuple[str, int] | None:
    """The qualifier that follows a number ending at `end` ("or more"), and where it ends,
    not past `ceiling` (the sentence's end)."""
    m = QUALIFIER_AFTER.match(text, end, min(len(text) if ceiling is None else ceiling, end + 12))
    if not m:
        return None
    for name in ("at_least", "approx"):
        if m.group(name):
            return name, m.end()
    return None


def additive_start(text: str, start: int, floor: int = 0) -> int | None:
    """Where "another", "a further"... begins when the number is introduced as a separate,
    extra group ("another 130"), not before `floor`; None otherwise."""
    lo = max(floor, start - 25)
    if not may_end_with(text, start, lo, ADDITIVE_ENDINGS):
        return None
    m = ADDITIVE_BEFORE.search(text, lo, start)
    return m.start() if m else None


def change_before(text: str, start: int) -> str | None:
    """ "from" when the number at `start` (its qualifier included) is the earlier count of a
    change ("rose from 20,000 to 50,000"), "by" when it is the change itself ("rose by 5,000
    to 50,000"); None otherwise."""
    lo = max(0, start - 30)
    if not may_end_with(text, start, lo, (), words=CHANGE_ENDINGS):
        return None
    m = CHANGE_BEFORE.search(text, lo, start)
    return m.group("preposition").lower() if m else None
