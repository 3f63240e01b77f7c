"""Running totals: a count that totals the figure before it.

"the floods displaced another 5,000 people, bringing the total to 45,000" counts what the
figure before counts, in its unit; so does a sentence that only totals the last figure of
the sentence before ("Another 5,000 people fled on Monday. That brings the total to
45,000."). A total that names something else ("the total number of camps", "the total
funding") totals no figure of ours.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

import regex as re

from .. import lexicon
from ..provenance.dates import MONTHS, WEEKDAYS, YEAR, group_number
from .indicators import LEVEL_VERBS, trigger_at
from .nouns import RELATIVE_GAP, TOTAL_HEADS, WORD, KIND_HOMES, KIND_PERSON, read_noun
from .qualifiers import CHANGE_VERBS
from .quantities import Quantity
from .rules import Candidate, obviously_not_a_count
from .text import alternation as _words
from .text import phrases as _phrases

if TYPE_CHECKING:
    from .figures import Found

# Month names are matched with their capital.
_MONTH = "(?-i:" + "|".join(MONTHS) + ")"
# How far before a count "bringing the total to" may start.
RUNNING_TOTAL_REACH = 80

# A running total of the figure before it: "the floods displaced another 5,000 people,
# bringing the total to 45,000", "killed 12 more, raising the toll to 61". The total counts
# what the figure before counts, in its unit. A total that names what it counts ("raising
# the death toll to 61", "bringing the number of displaced to 45,000") is read by its
# trigger instead (tracker.extraction.indicators.COUNT_SUBJECTS); one that names something else ("the
# total number of camps", "of homes destroyed", "the total to 45,000 homes") totals no figure
# of ours. (A count with its own non-people noun, "45,000 tents", is no candidate at all.)
RUNNING_TOTAL_VERBS: tuple[str, ...] = lexicon.word_list("running total verbs")
# The same verbs after a plural subject: "The new arrivals bring the total to 1.2 million."
RUNNING_TOTAL_PLURAL_VERBS: tuple[str, ...] = lexicon.word_list("running total plural verbs")
RUNNING_TOTAL_NOUNS: tuple[str, ...] = lexicon.word_list("running total nouns")
RUNNING_TOTAL_VERB_SET: frozenset[str] = frozenset(RUNNING_TOTAL_VERBS)
# The running total verbs that set a count rather than raise it ("put that figure at 210"):
# the count may be smaller than the figure before (words.csv "setting total verbs").
SETTING_TOTAL_VERBS: frozenset[str] = lexicon.word_set("setting total verbs")
# "the total", "its overall toll", "the total so far this year", "the total number of people
# displaced this year", then "to" or "at" right before the count; the words between (the gap)
# are read by TOTAL_GAP
TOTAL_ADJECTIVES: str = _words("total adjectives")  # "its overall toll"
TOTAL_PERIODS: str = _words("total periods")  # "the season's total", "this year's toll"
_TOTAL_TO = rf"""
    (?: (?:the|its|their|that|this) \s+ (?: {YEAR.pattern} \s+ | (?:{TOTAL_PERIODS})(?:['’]s)? \s+ )? (?: (?:{TOTAL_ADJECTIVES}) \s+ )? (?:{_phrases(RUNNING_TOTAL_NOUNS)})   # "the 2024 total", "the season's total"
        (?P<gap> (?: \s+ [\w'’-]+ ){{0,6}}? ) \s+ (?:to|at)
      | it (?: \s+ [\w'’-]+ )?? \s+ (?:to|at)                             # "raised it to 21": the count just named
      | (?P<bare> it ) )                                                    # "puts it between 10,000 and 20,000": a range only
    \s* \Z
"""
# ... or a total that is the subject of its own verb of level or change, with no noun of what it
# totals: "which said the total had topped 4 million", "the total now stands at 45,000" (larger
# than the figure it totals: `running_total`).
_TOTAL_SUBJECT = rf"""
    (?P<subject> (?:the|its|their) \s+ (?: (?:{TOTAL_ADJECTIVES}) \s+ )? (?:{_words('total subject nouns')}) )
    \s+ (?: (?:{_words('relative auxiliaries', 'present auxiliaries', 'verb gap words')}) \s+ )*
    (?: (?:{_phrases(CHANGE_VERBS)}|{_phrases(LEVEL_VERBS)}) \s+ (?: (?:to|at) \s+ )? )?
    \Z
"""
RUNNING_TOTAL = re.compile(
    rf"""\b (?: {_TOTAL_SUBJECT} | (?:{_phrases(RUNNING_TOTAL_VERBS)}) \s+ {_TOTAL_TO}
           | (?:a|an) \s+ (?: [\w'’-]+ \s+ ){{0,3}}? (?:{_words('estimate nouns')}) \s+ of \s* \Z   # "gave a more conservative figure of"
           | ['’]s \s+ (?: [\w'’-]+ \s+ ){{0,2}}? (?:{_words('estimate nouns')}) \s+ (?:(?:is|was|stands|stood)(?:\s+(?:lower|higher))?,?\s+at|is|was) \s* \Z )   # "the ministry's figure was", "UNHCR's count is lower, at" """,
    re.IGNORECASE | re.VERBOSE | re.REVERSE,  # searched backwards from the number: fast
)
# Nouns of events that count people: "the total number of arrivals this year", "The new
# arrivals bring the total to ...". noun -> the indicators of the figures it may total
# ("Another 5,000 people fled, bringing the total number of deaths to 60" totals nothing;
# lexicon/event_nouns.csv).
TOTAL_EVENT_NOUNS: dict[str, tuple[str, ...]] = lexicon.groups("event_nouns", "noun", "indicator")
# A sentence that only totals the last figure of the sentence before it: "Another 5,000
# people fled on Monday. That brings the total to 45,000." Its subject points back at that
# figure, and nothing else comes before the total: "That would bring the total to ..." is a
# projection, "Separately, floods brought the total to ..." may total anything.
TOTAL_PRONOUNS: tuple[str, ...] = lexicon.word_list("total pronouns")
TOTAL_SUBJECT_ADJECTIVES: str = _words("total subject adjectives")  # "The new arrivals"
TOTAL_ADJECTIVE_SET: frozenset[str] = lexicon.word_set("total subject adjectives")  # (and before an event noun: "of new arrivals")
TOTAL_ADVERBS: str = _words("total adverbs")  # "That now brings"
NEXT_SENTENCE_TOTAL = re.compile(
    rf"""
    \s* [“"‘']?
    (?: {_phrases(TOTAL_PRONOUNS)}                                          # That brings
      | (?:the|these) \s+ (?: (?:{TOTAL_SUBJECT_ADJECTIVES}) \s+ )?
        (?P<subject> {_phrases(TOTAL_EVENT_NOUNS)} ) )                      # The new arrivals bring
    \s+ (?: (?:{TOTAL_ADVERBS}) \s+ )?
    (?:{_phrases((*RUNNING_TOTAL_VERBS, *RUNNING_TOTAL_PLURAL_VERBS))}) \s+ {_TOTAL_TO}
    """,
    re.IGNORECASE | re.VERBOSE,
)
# What may stand between a total and its "to" or "at": nothing but when it runs ("so far",
# "so far this year", "for the year", "since January") and what it counts, if named: people
# ("number of people displaced", "of displaced people", "number of people who have fled")
# or events that count people ("number of arrivals", "of deaths"). "The total funding",
# "the total aid", "the total number of camps" total no figure of ours.
_WEEKDAY = "(?-i:" + "|".join(WEEKDAYS) + ")"
# (the words of lexicon lists: "so far", "to date"; "this year"; "for the past period";
# "since the start of")
_TOTAL_PERIODS: str = _words("total periods")
_TOTAL_STRETCHES: str = _words("total periods", "total stretches")
START_WORDS: str = _words("start words")
TOTAL_TIMES: tuple[str, ...] = (
    _words("total times"), rf"(?:this|last)\s+(?:{_TOTAL_PERIODS})",
    rf"(?:for|in|during|over)\s+(?:the|this)\s+(?:past\s+)?(?:{_TOTAL_STRETCHES})",
    rf"(?:for|in|during)\s+(?:\d{{4}}|{_MONTH})",
    rf"""since\s+(?: the\s+(?:{START_WORDS})\s+of\s+(?:the\s+)?[\w-]+
                  | {_MONTH}(?:\s+\d{{1,2}})?(?:,?\s+\d{{4}})? | \d{{4}} | {_WEEKDAY} | then | last\s+\w+ )""",
)
# ... and where it runs: "the total in both countries", "in the two provinces", "in Gaza"
TOTAL_WHERE: str = (
    rf"""(?:in|across)\s+(?:(?:the|both|all|these|those|two|three|four|five)\s+){{0,2}}
         (?:countries|{_words('place kinds', file='place_words')}|(?-i:\p{{Lu}}[\p{{L}}'’-]*(?:\s+\p{{Lu}}[\p{{L}}'’-]*){{0,2}}))\b"""
)
TOTAL_GAP = re.compile(
    rf"""
    \s* (?: (?:{TOTAL_HEADS}) \s+ )?                     # "the total number", "the overall total"
    (?P<of> of \s+ )? (?P<counted> .*? )                 # what it counts, if named: read by _named_count
    (?: \s* \b (?:{"|".join(TOTAL_TIMES)}|{TOTAL_WHERE}) )* \s*         # when and where it runs
    """,
    re.IGNORECASE | re.VERBOSE | re.DOTALL,
)
# The groups the code reads, by number (see `group_number`): a total's gap before its "to",
# in a running total and in a sentence that totals the one before; "it" alone; the subject
# of such a sentence; and, in the gap, "of" and what is counted.
RUNNING_GAP: int = group_number("gap", RUNNING_TOTAL)
RUNNING_BARE: int = group_number("bare", RUNNING_TOTAL)
RUNNING_SUBJECT: int = group_number("subject", RUNNING_TOTAL)
NEXT_SENTENCE_GAP: int = group_number("gap", NEXT_SENTENCE_TOTAL)
NEXT_SENTENCE_SUBJECT: int = group_number("subject", NEXT_SENTENCE_TOTAL)
GAP_OF: int = group_number("of", TOTAL_GAP)
GAP_COUNTED: int = group_number("counted", TOTAL_GAP)
# The people a total may name with no verb after them: the affected population at large
# ("the total number of families", "of displaced people" has its own indicator). A group of
# its own ("aid workers", "tourists", "children") is another count.
TOTAL_PEOPLE_UNITS: frozenset[str] = lexicon.word_set("total people units")
# The longest stretch of a sentence before a total that only totals the sentence before.
NEXT_SENTENCE_TOTAL_REACH = 100


@dataclass(frozen=True, slots=True)
class Total:
    """A count found to total the figure before it."""

    unit: str | None  # the people the total names ("the total number of people who fled"), or None
    restated: bool = False  # the count sets the figure again, not a total of it ("put the figure at 5,000")


def running_total(
    text: str, lower: str, quantities: list[Quantity], previous: Candidate, indicator: str, c: Candidate
) -> Total | None:
    """c totals `previous` (a candidate whose figure counts `indicator`), and no other number stands
    between them ("destroyed 300 houses, bringing the total to 1,200" totals the houses)."""
    q = c.quantity
    if c.breakdown or c.noun.kind is KIND_HOMES:
        return None  # "bringing the total to 45,000 homes" counts homes
    m = RUNNING_TOTAL.search(text, (q.start - RUNNING_TOTAL_REACH if q.start > RUNNING_TOTAL_REACH else 0), q.start)
    if m is None or (m.group(RUNNING_BARE) and q.qualifier != "range"):
        return None
    # a total brought or raised to a count is larger than the figure it totals ("Seven people
    # died, and the club raised it to 3-0"); one put at a count may be smaller (a revision)
    verb = m.group().split(None, 1)[0].lower()
    if verb in RUNNING_TOTAL_VERB_SET and verb not in SETTING_TOTAL_VERBS and q.value <= previous.quantity.value:
        return None
    if m.group(RUNNING_SUBJECT) is not None:  # "the total had topped 4 million": no gap, and larger
        return Total(None) if q.value > previous.quantity.value else None
    # no other count between them (a date between is no count: "and on 21 February he raised that estimate to")
    # (nor a year: "newly displaced in 2023, bringing the total to 3 million", "bringing the 2024 total to")
    if any(
        previous.quantity.end <= other.start < q.start and not obviously_not_a_count(text, other.start, other.end)
        and not _a_year(text, other) and not (other.year_like and other.start >= m.start())
        for other in quantities
    ):
        return None
    return _named_total(text, lower, m.span(RUNNING_GAP), indicator)


YEAR_BEFORE = re.compile(rf"\b(?:in|since|of|during|until|by|{_MONTH}\.?)\s+\Z", re.IGNORECASE)
YEAR_BEFORE_REACH = 11  # "September 2023"


def _a_year(text: str, q: Quantity) -> bool:
    """The count q is a year after a preposition of time or a month ("in 2023", "October 2023")."""
    return q.year_like and YEAR_BEFORE.search(text, max(0, q.start - YEAR_BEFORE_REACH), q.start) is not None


def total_of_sentence_before(
    text: str, lower: str, start: int, quantities: list[Quantity], before: Found, c: Candidate
) -> Total | None:
    """c, the first number of the sentence starting at `start`, totals `before`, the last
    number of the sentence before: "That brings the total to 45,000." A total is larger than
    the group it adds, and counts no homes ("That brings the total to 45,000 homes.")."""
    q = c.quantity
    if c.breakdown or c.noun.kind is KIND_HOMES or quantities[0] is not q:
        return None
    if q.start - start > NEXT_SENTENCE_TOTAL_REACH:
        return None
    m = NEXT_SENTENCE_TOTAL.match(text, start, q.start)
    if m is None:
        return _set_again(text, lower, start, q, before.indicator)
    if q.value <= before.quantity.value:
        return None
    subject = m.group(NEXT_SENTENCE_SUBJECT)
    if subject is not None and before.indicator not in TOTAL_EVENT_NOUNS[subject.lower()]:
        return None  # "Another 5,000 people fled. The deaths bring the total to 61."
    return _named_total(text, lower, m.span(NEXT_SENTENCE_GAP), before.indicator)


def _set_again(text: str, lower: str, start: int, q: Quantity, indicator: str) -> Total | None:
    """The figure of the sentence before, set again by another count in the next sentence:
    "Local officials put the figure at 5,000", "Hospital sources gave a higher toll of 45"
    (a verb that sets a count, or "a ... figure of": the count may be smaller)."""
    m = RUNNING_TOTAL.search(text, (q.start - RUNNING_TOTAL_REACH if q.start - RUNNING_TOTAL_REACH > start else start), q.start)
    if m is None or m.group(RUNNING_BARE):
        return None
    first = m.group().split(None, 1)[0].lower()
    if first not in SETTING_TOTAL_VERBS and first not in ("a", "an", "'s", "’s"):
        return None
    total = _named_total(text, lower, m.span(RUNNING_GAP), indicator)
    return None if total is None else Total(total.unit, True)


def _named_total(text: str, lower: str, gap: tuple[int, int], indicator: str) -> Total | None:
    """The total whose words between it and its "to" (TOTAL_GAP) span `gap`, if they let it
    total a figure of `indicator`."""
    gap_start, gap_end = gap
    if gap_start == gap_end:
        return Total(None)  # "bringing the total to"
    g = TOTAL_GAP.fullmatch(text, gap_start, gap_end)
    if g is None:
        return None
    a, b = g.span(GAP_COUNTED)
    if a == b:
        return None if g.group(GAP_OF) else Total(None)  # "the total so far this year"
    return _named_count(text, lower, a, b, indicator)


def _next_word_start(text: str, pos: int, end: int) -> int:
    """Where the next word after white space at `pos` starts (`end` when none does)."""
    while pos < end and text[pos].isspace():
        pos += 1
    return pos


def _named_count(text: str, lower: str, a: int, b: int, indicator: str) -> Total | None:
    """What text[a:b] names as counted by a total, if it can total a figure of `indicator`:
    an event noun of that indicator ("arrivals"), or a people noun ("people", "displaced
    people", "IDPs") with no other indicator, then nothing or that indicator's verb
    ("people displaced", "people who have fled"). People who returned, are in need or
    affected are no figure of ours."""
    first = WORD.match(text, a, b)
    if first is not None and first.group().lower() in TOTAL_ADJECTIVE_SET:
        first = WORD.match(text, _next_word_start(text, first.end(), b), b)  # "the total number of new arrivals"
    if first is None:
        return None
    events = TOTAL_EVENT_NOUNS.get(first.group().lower())
    if events is not None:
        return Total(None) if indicator in events and first.end() == b else None
    noun = read_noun(text, lower, a, b)
    unit, named, noun_end = noun.unit, noun.indicator, noun.end
    if noun.kind is not KIND_PERSON or named not in (None, indicator):
        return None
    for w in WORD.finditer(text, a, noun_end):
        t = trigger_at(text, lower, w.start(), noun_end)
        if t is not None and t.blocks:
            return None  # "the total number of returnees"
    relative = RELATIVE_GAP.match(text, noun_end, b)
    at = relative.end() if relative else noun_end
    while at < b and text[at].isspace():
        at += 1
    if at == b:  # "the total number of displaced people", "of families", not "of aid workers"
        return Total(unit) if not relative and (named is not None or unit in TOTAL_PEOPLE_UNITS) else None
    verb = trigger_at(text, lower, at, b)
    if verb is None or verb.indicator != indicator or text[verb.end : b].strip():
        return None  # "the total number of people in need", "of people affected"
    return Total(unit)  # "the total number of people displaced", "of people who have fled"


