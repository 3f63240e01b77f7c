"""From quantities to figures: what a number counts, and whether it is a figure at all.

`read_sentence(text, start, end)` looks at every quantity in one sentence and keeps those
that count people to whom something happened (killed, injured, displaced, refugees,
trapped). Everything else - distances, years, dates, durations, money, percentages, towns,
vehicles, projections, returns - is rejected here, with the reason kept for debugging.
"""

from __future__ import annotations

import re as _re
from dataclasses import dataclass

import regex as re

from ..provenance.dates import WEEKDAYS
from .indicators import (
    DEMONYM,
    HOME_NOUNS,
    MAX_MODIFIERS,
    NO_NOUN_WORDS,
    NON_PERSON_NOUNS,
    NOUN_INDICATORS,
    PERSON_NOUNS,
    PROJECTION,
    PROJECTION_GLUED,
    SHELTER_PLACE,
    Trigger,
    find_triggers,
    trigger_at,
)
from .numbers import Number, find_numbers
from .qualifiers import change_before
from .quantities import Quantity, find_quantities
from .text import lowered, may_end_with
from .text import phrases as _phrases

MONTHS = (
    "January February March April May June July August September October November December "
    "Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec"
).split()
# Month names are matched with their capital ("300 may have died" is no date).
_MONTH = "(?-i:" + "|".join(MONTHS) + ")"

# What follows a number that makes it no count of people. Matched at every number on a
# short span, with the standard library's `re`: twice as fast as `regex` on this pattern.
NOT_A_COUNT_AFTER = _re.compile(
    rf"""
    \s* (?:
        (?: % | per\s*cent | percent | pc\b )                              # percentages
      | -? \s* (?: km | kilomet | mile | metre | meter | m\b | cm\b | mm\b | millimet
                | hectare | ha\b | acre | kg\b | kilo | tonne | ton\b | tons\b | lb\b
                | litre | liter | degree | ° | mph | knots | sq\b | square )        # measures
      | -? \s* (?: year | yr | month | week | day | hour | minute | decade | night | centur ) \w*   # durations, ages
      | (?: st | nd | rd | th ) \b                                         # ordinals
      | (?: {_MONTH} ) \b                                                  # dates: 23 March
      | (?: a\.?m\.? | p\.?m\.? | gmt | utc | local\s+time | h\b | hrs\b ) # times
      | [:/.] \d                                                           # 10:30, 1/2, 3.5.2
      | (?: dollars? | euros? | pounds? | usd | eur | francs? | rupees? | yuan | naira | lira | shillings? ) \b
      | (?: magnitude | richter )
    )
    """,
    _re.VERBOSE | _re.IGNORECASE,
)
# What stands before a number that makes it no count of people.
# Labels and ranks written before a number: "magnitude 7", "Route 5", "Flight 17".
LABELS: tuple[str, ...] = (
    "magnitude", "aged", "age", "ages", "category", "level", "number", "page", "article",
    "resolution", "route", "highway", "flight", "phase", "chapter", "section", "grade", "class",
    "size", "score", "vote", "votes", "top", "covid", "f",
)
NOT_A_COUNT_BEFORE = re.compile(
    rf"""
    (?:
        (?: \$ | US\$ | € | £ | ¥ | USD | EUR | Rs\.? ) \s*                  # money
      | \b (?: {_MONTH} ) \.? \s* (?= \d{{1,2}} \b (?! [,.]\d ) )                # March 23 (not "In March 3,000")
      | \b (?: {_phrases(LABELS)} | no\. | the\s+first | the\s+last | h\d?n ) [\s-]*  # labels and ranks
      | \b one \s+ in \s+ (?: every \s+ )?                                # proportions: one in every five
      | \d \s* [:/] \s*                                                    # 10:30, 2/3
      | [#№] \s*
    ) \Z
    """,
    re.VERBOSE | re.IGNORECASE | re.REVERSE,  # searched backwards from the number: fast
)
# The words NOT_A_COUNT_BEFORE's wordings end with (before spaces or hyphens): after any
# other word it is not tried. Non-letters ("$", "#", ":", "No.") always try it.
NOT_A_COUNT_BEFORE_WORDS: frozenset[str] = frozenset(
    [*(m.lower() for m in MONTHS), *LABELS, "first", "last", "n", "hn", "in", "every"]
)
NOT_A_COUNT_BEFORE_SUFFIXES: tuple[str, ...] = ("usd", "eur", "rs")  # no word boundary before these
# Parts of an already counted group: "including 4,000 children", "of whom 22".
BREAKDOWN_BEFORE = re.compile(
    r"""\b(?:including|includes|include|of\s+whom|among\s+them|of\s+which)\b
        (?: (?! \b(?:were|was|are|is|have|has|had)\b ) [^();:.] ){0,60} \Z   # "including five with disabilities and 90 infants" """,
    re.IGNORECASE | re.VERBOSE | re.REVERSE,
)
# Every BREAKDOWN_BEFORE wording holds one of these: without them, the pattern is not tried.
BREAKDOWN_WORDS: tuple[str, ...] = ("includ", "whom", "among", "which")
# A second wording of the same count: "2,400 families (8,200 people)", "583,000 families or 2.5 million people".
EQUIVALENT_JOIN = re.compile(r"\s*(?:\(|,?\s*or\b|,?\s*i\.e\.)\s*(?:about|around|some|approximately|more\s+than|over|nearly|almost)?\s*\Z", re.IGNORECASE)

# What may stand between a trigger and its number: "killed 12", "the displacement of 10,214",
# "displaced a total of 500", "evacuated another 300".
ADJACENT_GAP = re.compile(r"\s*(?:(?:of|the|a|an|total|some|another|further|additional|nearly|to|up)\s+){0,3}", re.IGNORECASE)

WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*|\d[\d,.]*|[^\w\s]")

# How far a trigger may be from its number, in characters. A trigger before the number
# must end right before it; it may start far back: "the number of people displaced by the
# floods in the north-east has risen from 20,000 to" ends at the count it names.
REACH_AFTER = 110
REACH_BEFORE = 100


@dataclass(frozen=True, slots=True)
class Found:
    """A figure found in a sentence, before provenance is attached."""

    quantity: Quantity
    indicator: str
    unit: str


@dataclass(frozen=True, slots=True)
class _Candidate:
    quantity: Quantity
    unit: str | None  # None: no noun of its own ("35,000 were displaced")
    kind: str  # "person", "homes", "verb" (a verb follows), "bare" (a preposition follows)
    noun_indicator: str | None  # the noun itself says what it counts ("IDPs", "refugees")
    noun_end: int  # where the counted noun phrase ends
    breakdown: bool  # a part of a group already counted: "including 4,000 children"


def read_sentence(
    text: str,
    start: int,
    end: int,
    numbers: list[Number] | None = None,
    lower: str | None = None,
    before: Found | None = None,
) -> list[Found]:
    """Figures in the sentence text[start:end].

    `numbers` are the sentence's numbers when the caller has found them already, and
    `lower` is text.lower(); both are found here otherwise. `before` is the figure that
    ends the sentence right before this one, when no other number follows it there: a
    sentence that only totals it ("That brings the total to 45,000.") counts what it counts."""
    if lower is None:
        lower = lowered(text)
    if numbers is None:
        numbers = [n for n in find_numbers(text, lower) if start <= n.start and n.end <= end]
    quantities = find_quantities(text, numbers)
    if not quantities:
        return []
    candidates: list[_Candidate] = []
    for q in quantities:
        if candidates and q.start < candidates[-1].noun_end:
            continue  # inside the noun phrase before: "500 of the 4,000 villagers"
        c = _candidate(text, lower, q, end)
        if c is not None:
            candidates.append(c)
    if not candidates:
        return []
    # triggers are looked for only where a candidate can reach them
    window_start = max(start, candidates[0].quantity.start - REACH_BEFORE)
    window_end = min(end, candidates[-1].noun_end + REACH_AFTER + 40)
    triggers = find_triggers(text, window_start, window_end, lower)
    found: list[Found] = []
    previous: tuple[_Candidate, str] | None = None
    for i, c in enumerate(candidates):
        indicator = _indicator(text, c, candidates, i, triggers, end)
        unit = c.unit
        if indicator is None and previous is not None:
            # "another 5,000 people, bringing the total to 45,000": the figure before, in its unit
            total = _running_total(text, lower, quantities, previous, c)
            if total is not None:
                indicator, unit = previous[1], unit or total.unit or previous[0].unit
            elif _inherits(text, previous[0], c):
                indicator = previous[1]
        elif indicator is None and i == 0 and before is not None:
            # "Another 5,000 people fled on Monday. That brings the total to 45,000."
            total = _total_of_sentence_before(text, lower, start, quantities, before, c)
            if total is not None:
                indicator, unit = before.indicator, unit or total.unit or before.unit
        if indicator is None or indicator == "blocked":
            continue
        if c.kind == "homes" and indicator != "displaced":
            continue
        if unit is None:  # "the number of refugees rose to 1.2 million": the subject's noun
            unit = _subject_unit(text, lower, triggers, c.quantity.start)
        found.append(Found(c.quantity, indicator, unit or "people"))
        previous = (c, indicator)
    return found


def obviously_not_a_count(text: str, n: Number) -> bool:
    """A cheap look at what follows a number: a date, a percentage, a distance."""
    return NOT_A_COUNT_AFTER.match(text, n.end, min(len(text), n.end + 40)) is not None


def _candidate(text: str, lower: str, q: Quantity, sentence_end: int) -> _Candidate | None:
    """The quantity with its counted noun, or None when it is no count of people."""
    if q.value <= 0 or q.value >= 1_000_000_000:
        return None
    after_limit = min(sentence_end, q.number_end + 80)
    if NOT_A_COUNT_AFTER.match(text, q.number_end, after_limit):
        return None
    lo = max(0, q.first_start - 24)
    if may_end_with(
        text, q.first_start, lo, NOT_A_COUNT_BEFORE_SUFFIXES, "-", NOT_A_COUNT_BEFORE_WORDS
    ) and NOT_A_COUNT_BEFORE.search(text, lo, q.first_start):
        return None
    if change_before(text, q.start) is not None:
        # "rose from 20,000 to 50,000": an older count with no date of its own; "rose by 12
        # to 61": the difference of two counts. The count after "to" is the figure.
        return None
    if text[q.number_end : q.number_end + 1] == "-" and text[q.number_end + 1 : q.number_end + 2].isalpha():
        return None  # "20-year-old", "3-day" compounds
    if AGE_IN_COMMAS.search(text, max(0, q.start - 30), q.start) and text[q.end : q.end + 1] == "," and q.value < 120:
        return None  # "Bana Alabed, 7, who had tweeted"
    if q.value < 120 and AGE_AFTER_NOUN.search(text, max(0, q.first_start - 24), q.first_start):
        return None  # "children under 18"
    noun_from = q.end
    if q.vague:  # "hundreds of thousands of people", "dozens of civilians"
        of = VAGUE_OF.match(text, q.end, after_limit)
        noun_from = of.end() if of else q.end
    unit, noun_indicator, noun_end, kind = _noun(text, lower, noun_from, after_limit)
    if kind == "thing":
        return None
    if q.year_like and (kind != "person" or noun_indicator is not None):
        return None  # "in 2012 displaced 130,000": a year, not a count
    if q.small_word and kind != "person":
        # "one of the", "two weeks": a lone small number word needs its people noun,
        # unless a trigger is glued before it ("killed two")
        if not SMALL_WORD_TRIGGER.search(text, max(0, q.start - 12), q.start) and not (
            kind == "verb" and SMALL_WORD_VERB.match(text, q.end, after_limit)
        ):
            return None
    breakdown = _breakdown(text, lower, q.start)
    return _Candidate(q, unit, kind, noun_indicator, noun_end, breakdown)


def _breakdown(text: str, lower: str, start: int) -> bool:
    """The number at `start` counts a part of a group: "including 4,000 children"."""
    before = max(0, start - 80)
    if not any(lower.find(word, before, start) >= 0 for word in BREAKDOWN_WORDS):
        return False
    return BREAKDOWN_BEFORE.search(text, before, start) is not None


VAGUE_OF = re.compile(r"\s*of\s+", re.IGNORECASE)
SMALL_WORD_TRIGGER = re.compile(r"\m(?:kill\w*|injur\w*|wound\w*|left)\s*\Z", re.IGNORECASE | re.REVERSE)
AGE_IN_COMMAS = re.compile(r"\p{L}+,\s*\Z", re.REVERSE)  # "The boy, 12, was killed"
# "children under 18", "people aged 60": an age after a people noun, not a count
AGE_AFTER_NOUN = re.compile(
    r"\b(?:children|boys|girls|people|persons|adults|minors|youths?|those|women|men)\s+(?:under|over|above|below|aged)\s*\Z",
    re.IGNORECASE | re.REVERSE,
)
# "five were wounded": a lone small number word with its own verb of death or injury
SMALL_WORD_VERB = re.compile(
    r"\s+(?:were|was|have\s+been|had\s+been|are)\s+(?:kill|injur|wound|hurt|dead|died)", re.IGNORECASE
)
# "brings to 332,000 the number of people displaced": the noun comes after "the number of".
TOTAL_OF = re.compile(r"\s*the\s+(?:total\s+)?(?:number|total)\s+(?:of\s+)?", re.IGNORECASE)
# "300,000 of the evacuees", "500 of the 4,000 villagers": the noun after "of the".
OF_THE = re.compile(
    r"\s*of\s+the\s+(?:[\d,]+\s+)?(?=(?:\w+\s+)?(?:evacuees|displaced|idps|people|refugees|villagers|residents|civilians)\b)",
    re.IGNORECASE,
)
# "151 of whom had taken refuge": a partitive with its own verb.
OF_WHOM = re.compile(r"\s*of\s+(?:whom|them|those)\b", re.IGNORECASE)
PREPOSITIONS: frozenset[str] = frozenset(
    "of in from at on and or but while as by with into across near for".split()
)
# Words passed over between a number and its noun or verb: "14,593 internally displaced
# households", "3,000 more fled".
ADVERBS = frozenset(
    {"internally", "newly", "recently", "already", "forcibly", "temporarily", "reportedly", "still", "more"}
)
# Time words after a number with no noun of its own: "killed 40 yesterday", "displaced 20,000 so far".
TIME_WORDS = frozenset(
    "yesterday today tonight overnight last this since during so earlier later recently now".split()
)
ADJECTIVE_NOUNS = frozenset({"displaced", "injured", "wounded", "dead"})


def _noun(text: str, lower: str, pos: int, limit: int) -> tuple[str | None, str | None, int, str]:
    """The noun counted by the number ending at `pos`: (unit, noun indicator, end, kind).

    kind: "person" (a people noun), "homes", "verb" (no noun; a verb follows: "35,000
    were displaced"), "bare" (no noun; a preposition or the end follows: "killed 40."),
    "thing" (a non-person noun or an unknown word: not a count of people)."""
    j = pos
    while j < limit and text[j].isspace():
        j += 1
    if lower.startswith(("the", "of"), j):  # the three patterns below start with one of these
        for pattern in (TOTAL_OF, OF_THE):
            m = pattern.match(text, pos, limit)
            if m:
                pos = m.end()
        m = OF_WHOM.match(text, pos, limit)
        if m:
            return None, None, m.end(), "verb"
    modifiers = 0
    end = pos
    words = WORD.finditer(text, pos, limit)
    for m in words:
        word = m.group()
        low = word.lower()
        if low in ADVERBS:
            continue  # "14,593 internally displaced households", "newly displaced people"
        if "-" in low and low not in PERSON_NOUNS and low.replace("-", "") in PERSON_NOUNS:
            low = low.replace("-", "")  # "fami-lies" broken at a line end
        if low in NOUN_INDICATORS and low not in PERSON_NOUNS:
            return "people", NOUN_INDICATORS[low], m.end(), "person"  # "34,000 displacements"
        if low in ADJECTIVE_NOUNS:
            # "50 displaced people", "internally displaced households", or "50 dead" alone
            follow = _noun(text, lower, m.end(), limit)
            if follow[3] == "person" and follow[1] is None:
                return follow[0], NOUN_INDICATORS[low], follow[2], "person"
            return "people", NOUN_INDICATORS[low], m.end(), "person"
        if low in PERSON_NOUNS:
            if low in HOME_NOUNS:
                return "households", None, m.end(), "homes"
            return PERSON_NOUNS[low], NOUN_INDICATORS.get(low), m.end(), "person"
        glued = _glued_noun(low)
        if glued is not None:
            noun, length = glued
            return PERSON_NOUNS.get(noun, "people"), NOUN_INDICATORS.get(noun), m.start() + length, "person"
        if DEMONYM.match(word):
            return "people", None, m.end(), "person"
        if low in NON_PERSON_NOUNS:
            return None, None, end, "thing"
        if modifiers == 0:
            if low in NO_NOUN_WORDS:
                return None, None, end, "verb"
            at = trigger_at(text, lower, m.start(), limit)
            if at is not None and at.indicator != "blocked":
                nxt = next(words, None)
                if nxt is not None and nxt.group().lower() in NON_PERSON_NOUNS:
                    return None, None, end, "thing"  # "119 evacuation centres"
                return None, None, end, "verb"  # "3,000 fled north"
            if not word[0].isalpha() or low in PREPOSITIONS or low in TIME_WORDS:
                return None, None, end, "bare"
        else:
            if low in ("and", "or"):
                continue  # "new and repeated displacements"
            if not word[0].isalpha() or low in NO_NOUN_WORDS or low in PREPOSITIONS:
                return None, None, end, "thing"  # the words skipped were the noun: "30 attacks on"
        modifiers += 1
        if modifiers > MAX_MODIFIERS:
            return None, None, end, "thing"
        end = m.end()
    return None, None, end, "bare" if modifiers == 0 else "thing"


GLUED_PREFIXES = ("people", "families", "households", "refugees", "civilians", "children")
GLUED_SUFFIXES = ("displacements", "displaced", "refugees", "evacuees")


def _glued_noun(low: str) -> tuple[str, int] | None:
    """ "peoplewere", "newdisplacements": a noun glued to a word in a damaged feed."""
    if len(low) < 9:
        return None
    for noun in GLUED_PREFIXES:
        if low.startswith(noun):
            return noun, len(noun)
    for noun in GLUED_SUFFIXES:
        if low.endswith(noun):
            return noun, len(low)
    return None


# Auxiliaries between a counted noun and its verb: "500 civilians have been killed".
AUX_GAP = re.compile(
    r"\s*(?:(?:were|was|are|is|have|has|had|been|being|reportedly|also|all|later|then|who|that|able|to)\s+)*",
    re.IGNORECASE,
)
RELATIVE_GAP = re.compile(r"\s*(?:who|that|which)\s+(?:(?:had|have|has|were|was)\s+)?(?:been\s+)?", re.IGNORECASE)


def _indicator(
    text: str, c: _Candidate, candidates: list[_Candidate], i: int, triggers: list[Trigger], end: int
) -> str | None:
    q = c.quantity
    after = [t for t in triggers if t.start >= c.noun_end and not _foreign_arrival(text, t, c)]
    # the wording right before the number: "killed 12", "the displacement of 10,214"
    prev_end = candidates[i - 1].noun_end if i > 0 else 0
    before = [t for t in triggers if prev_end <= t.start and t.end <= q.start]
    if before and ADJACENT_GAP.fullmatch(text, before[-1].end, q.start):
        t = before[-1]
        if not _projected(text, max(0, t.start - 30), t.start) and not _shelters_counted(text, t, c):
            return t.indicator
    # the verb right after the noun phrase decides deaths and injuries even of a noun that
    # names a group ("Between 90 and 230 IDPs were killed"), and returns are returns even
    # of people counted as displaced ("3,000 displaced people returned to the town": a
    # return flow, not displacement)
    if after and AUX_GAP.fullmatch(text, c.noun_end, after[0].start):
        if after[0].indicator in ("killed", "injured", "blocked") and not _projected(text, c.noun_end, after[0].start):
            return after[0].indicator
    if c.noun_indicator is not None:
        return c.noun_indicator
    if c.breakdown:
        # a part of a group counts only with its own verb: "including 25,000 people who fled"
        if after and RELATIVE_GAP.fullmatch(text, c.noun_end, after[0].start):
            return after[0].indicator
        return None
    if c.kind == "bare":
        return None
    boundary = _next_boundary(text, c, candidates, i, end)
    for t in after:
        if t.start >= boundary or t.start - c.noun_end > REACH_AFTER:
            break
        if _clause_break(text, c.noun_end, t.start):
            break
        if _projected(text, c.noun_end, t.start):
            return None
        return t.indicator
    return None


TO_WORD = re.compile(r"\bto\b", re.IGNORECASE)


def _shelters_counted(text: str, t: Trigger, c: _Candidate) -> bool:
    """The trigger right before the count c is a place of shelter, "to" joins them, and no
    people noun follows the count: the places are counted ("the total number of camps to
    45"), not people. People given shelter are counted as people ("distributed tents to
    3,000 families", "provided shelters to 3,000 people": displaced)."""
    return (
        c.kind != "person"
        and t.indicator == "displaced"
        and SHELTER_PLACE.match(text, t.start, t.end) is not None
        and TO_WORD.search(text, t.end, c.quantity.start) is not None
    )


# People who arrive somewhere without being displaced: "2,000 tourists arrived in Bali".
NOT_DISPLACED_ARRIVALS = frozenset(
    "tourists pilgrims passengers students delegates visitors fans workers troops soldiers fighters militants rebels".split()
)


def _foreign_arrival(text: str, t: Trigger, c: _Candidate) -> bool:
    return c.unit in NOT_DISPLACED_ARRIVALS and text[t.start : t.start + 5].lower() == "arriv"


def _next_boundary(text: str, c: _Candidate, candidates: list[_Candidate], i: int, end: int) -> int:
    """Where the search for c's verb stops: the next quantity that is a figure of its own
    (parts "including 44 older people" and restatements "(8,200 people)" are passed over)."""
    for other in candidates[i + 1 :]:
        if other.breakdown or _equivalent(text, c, other):
            continue
        return other.quantity.first_start
    return end


def _projected(text: str, pos: int, endpos: int) -> bool:
    if PROJECTION.search(text, pos, endpos) is not None:
        return True
    # pos may fall inside a word when a noun was glued to the next word ("peoplecould")
    return pos > 0 and text[pos - 1 : pos].isalpha() and PROJECTION_GLUED.match(text, pos, endpos) is not None


CLAUSE_BREAK = re.compile(r"[;:]|\.\s|\bbut\b|\bwhile\b|\bwhereas\b", re.IGNORECASE)


def _clause_break(text: str, pos: int, endpos: int) -> bool:
    return CLAUSE_BREAK.search(text, pos, endpos) is not None


def _equivalent(text: str, a: _Candidate, b: _Candidate) -> bool:
    """b restates a in another unit: "2,400 families (8,200 people)", "583,000 families or 2.5 million people"."""
    between = text[a.noun_end : b.quantity.start]
    return len(between) <= 12 and EQUIVALENT_JOIN.match(between) is not None


# A count named by its subject counts the subject's noun, in the unit that noun has after a
# number: "the number of refugees rose to 1.2 million" counts refugees, "the number of IDPs"
# IDPs, "the number of displaced people" and "the number of dead" people, "the death toll" people
# (the subjects are tracker.extraction.indicators.COUNT_SUBJECTS).
SUBJECT_OF = re.compile(r"number\s+of\s+", re.IGNORECASE)


def _subject_unit(text: str, lower: str, triggers: list[Trigger], start: int) -> str | None:
    """The unit of the count named by the trigger that ends right before `start`, if that
    trigger names one ("the number of refugees rose to"), else None."""
    t = None
    for t in reversed(triggers):
        if t.end <= start:
            break
    else:
        return None
    at = lower.find("number", t.start, t.end)
    if at < 0 or not ADJACENT_GAP.fullmatch(text, t.end, start):
        return None
    of = SUBJECT_OF.match(text, at, t.end)
    if of is None:
        return None
    unit, _, _, kind = _noun(text, lower, of.end(), t.end)
    return unit if kind == "person" else None


# An elliptical figure that shares the verb of the one before: "about 6,000 people were
# staying at the UN base and about 5,000 at Bria airstrip"; "30 people sought refuge in
# Cambatt camp and another 130 did likewise"; "... were displaced: 33,000 from Idlib, 8,900 from Aleppo".
ELLIPSIS_BEFORE = re.compile(r"(?:,|\band|:|;)\s*(?:about\s+|around\s+|some\s+)?\Z", re.IGNORECASE | re.REVERSE)


# A running total of the figure before it: "the floods displaced another 5,000 people,
# bringing the total to 45,000", "killed 12 more, raising the toll to 61". The total counts
# what the figure before counts, in its unit. A total that names what it counts ("raising
# the death toll to 61", "bringing the number of displaced to 45,000") is read by its
# trigger instead (tracker.extraction.indicators.COUNT_SUBJECTS); one that names something else ("the
# total number of camps", "of homes destroyed", "the total to 45,000 homes") totals no figure
# of ours. (A count with its own non-people noun, "45,000 tents", is no candidate at all.)
RUNNING_TOTAL_VERBS: tuple[str, ...] = (
    "bringing", "brings", "brought", "raising", "raises", "raised", "taking", "takes", "took",
    "pushing", "pushes", "pushed", "lifting", "lifts", "lifted", "putting", "puts",
)
# The same verbs after a plural subject: "The new arrivals bring the total to 1.2 million."
RUNNING_TOTAL_PLURAL_VERBS: tuple[str, ...] = ("bring", "raise", "take", "push", "lift", "put")
RUNNING_TOTAL_NOUNS: tuple[str, ...] = ("total", "tally", "toll", "count", "figure", "number")
# "the total", "its overall toll", "the total so far this year", "the total number of people
# displaced this year", then "to" or "at" right before the count; the words between (the gap)
# are read by TOTAL_GAP
_TOTAL_TO = rf"""
    (?:the|its|their) \s+ (?: (?:overall|cumulative|total|official|new) \s+ )? (?:{_phrases(RUNNING_TOTAL_NOUNS)})
    (?P<gap> (?: \s+ [\w'’-]+ ){{0,6}}? ) \s+ (?:to|at) \s* \Z
"""
RUNNING_TOTAL = re.compile(
    rf"\b (?:{_phrases(RUNNING_TOTAL_VERBS)}) \s+ {_TOTAL_TO}",
    re.IGNORECASE | re.VERBOSE | re.REVERSE,  # searched backwards from the number: fast
)
# Nouns of events that count people: "the total number of arrivals this year", "The new
# arrivals bring the total to ...". noun -> the indicators of the figures it may total
# ("Another 5,000 people fled, bringing the total number of deaths to 60" totals nothing).
TOTAL_EVENT_NOUNS: dict[str, tuple[str, ...]] = {
    "arrivals": ("displaced", "refugees"),
    "displacements": ("displaced",),
    "evacuations": ("displaced",),
    "deaths": ("killed",),
    "killings": ("killed",),
    "fatalities": ("killed",),
    "casualties": ("killed", "injured"),
    "injuries": ("injured",),
}
# A sentence that only totals the last figure of the sentence before it: "Another 5,000
# people fled on Monday. That brings the total to 45,000." Its subject points back at that
# figure, and nothing else comes before the total: "That would bring the total to ..." is a
# projection, "Separately, floods brought the total to ..." may total anything.
TOTAL_PRONOUNS: tuple[str, ...] = ("that", "this", "it", "which", "these")
NEXT_SENTENCE_TOTAL = re.compile(
    rf"""
    \s* [“"‘']?
    (?: {_phrases(TOTAL_PRONOUNS)}                                          # That brings
      | (?:the|these) \s+ (?: (?:new|latest|recent|additional) \s+ )?
        (?P<subject> {_phrases(TOTAL_EVENT_NOUNS)} ) )                      # The new arrivals bring
    \s+ (?: (?:now|also|further) \s+ )?
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
TOTAL_TIMES: tuple[str, ...] = (
    r"so\s+far", r"to\s+date", r"now", r"(?:this|last)\s+(?:year|month|week)",
    r"(?:for|in|during|over)\s+(?:the|this)\s+(?:past\s+)?(?:year|month|week|period)",
    rf"(?:for|in|during)\s+(?:\d{{4}}|{_MONTH})",
    rf"""since\s+(?: the\s+(?:start|beginning)\s+of\s+(?:the\s+)?[\w-]+
                  | {_MONTH}(?:\s+\d{{1,2}})?(?:,?\s+\d{{4}})? | \d{{4}} | {_WEEKDAY} | then | last\s+\w+ )""",
)
TOTAL_GAP = re.compile(
    rf"""
    \s* (?: (?:number|total) \s+ )?                     # "the total number", "the overall total"
    (?P<of> of \s+ )? (?P<counted> .*? )                 # what it counts, if named: read by _named_count
    (?: \s* \b (?:{"|".join(TOTAL_TIMES)}) )* \s*         # when it runs
    """,
    re.IGNORECASE | re.VERBOSE | re.DOTALL,
)
# The people a total may name with no verb after them: the affected population at large
# ("the total number of families", "of displaced people" has its own indicator). A group of
# its own ("aid workers", "tourists", "children") is another count.
TOTAL_PEOPLE_UNITS: frozenset[str] = frozenset(
    {"people", "families", "households", "civilians", "residents", "villagers"}
)
# The longest stretch of a sentence before a total that only totals the sentence before.
NEXT_SENTENCE_TOTAL_REACH = 100


@dataclass(frozen=True, slots=True)
class _Total:
    """A count found to total the figure before it."""

    unit: str | None  # the people the total names ("the total number of people who fled"), or None


def _running_total(
    text: str, lower: str, quantities: list[Quantity], previous: tuple[_Candidate, str], c: _Candidate
) -> _Total | None:
    """c totals `previous` (a candidate and its indicator), and no other number stands
    between them ("destroyed 300 houses, bringing the total to 1,200" totals the houses)."""
    q = c.quantity
    if c.breakdown or c.kind == "homes":
        return None  # "bringing the total to 45,000 homes" counts homes
    m = RUNNING_TOTAL.search(text, max(0, q.start - 80), q.start)
    if m is None or any(previous[0].quantity.end <= other.start < q.start for other in quantities):
        return None
    return _named_total(text, lower, m, previous[1])


def _total_of_sentence_before(
    text: str, lower: str, start: int, quantities: list[Quantity], before: Found, c: _Candidate
) -> _Total | None:
    """c, the first number of the sentence starting at `start`, totals `before`, the last
    number of the sentence before: "That brings the total to 45,000." A total is larger than
    the group it adds, and counts no homes ("That brings the total to 45,000 homes.")."""
    q = c.quantity
    if c.breakdown or c.kind == "homes" or quantities[0] is not q or q.value <= before.quantity.value:
        return None
    if q.start - start > NEXT_SENTENCE_TOTAL_REACH:
        return None
    m = NEXT_SENTENCE_TOTAL.match(text, start, q.start)
    if m is None:
        return None
    subject = m.group("subject")
    if subject is not None and before.indicator not in TOTAL_EVENT_NOUNS[subject.lower()]:
        return None  # "Another 5,000 people fled. The deaths bring the total to 61."
    return _named_total(text, lower, m, before.indicator)


def _named_total(text: str, lower: str, m: re.Match, indicator: str) -> _Total | None:
    """The total matched by `m`, if the words between it and its "to" (TOTAL_GAP) let it
    total a figure of `indicator`."""
    gap_start, gap_end = m.span("gap")
    if gap_start == gap_end:
        return _Total(None)  # "bringing the total to"
    g = TOTAL_GAP.fullmatch(text, gap_start, gap_end)
    if g is None:
        return None
    a, b = g.span("counted")
    if a == b:
        return None if g.group("of") else _Total(None)  # "the total so far this year"
    return _named_count(text, lower, a, b, indicator)


def _named_count(text: str, lower: str, a: int, b: int, indicator: str) -> _Total | None:
    """What text[a:b] names as counted by a total, if it can total a figure of `indicator`:
    an event noun of that indicator ("arrivals"), or a people noun ("people", "displaced
    people", "IDPs") with no other indicator, then nothing or that indicator's verb
    ("people displaced", "people who have fled"). People who returned, are in need or
    affected are no figure of ours."""
    first = WORD.match(text, a, b)
    if first is None:
        return None
    events = TOTAL_EVENT_NOUNS.get(first.group().lower())
    if events is not None:
        return _Total(None) if indicator in events and first.end() == b else None
    unit, named, noun_end, kind = _noun(text, lower, a, b)
    if kind != "person" or named not in (None, indicator):
        return None
    for w in WORD.finditer(text, a, noun_end):
        t = trigger_at(text, lower, w.start(), noun_end)
        if t is not None and t.indicator == "blocked":
            return None  # "the total number of returnees"
    relative = RELATIVE_GAP.match(text, noun_end, b)
    at = relative.end() if relative else noun_end
    while at < b and text[at].isspace():
        at += 1
    if at == b:  # "the total number of displaced people", "of families", not "of aid workers"
        return _Total(unit) if not relative and (named is not None or unit in TOTAL_PEOPLE_UNITS) else None
    verb = trigger_at(text, lower, at, b)
    if verb is None or verb.indicator != indicator or text[verb.end : b].strip():
        return None  # "the total number of people in need", "of people affected"
    return _Total(unit)  # "the total number of people displaced", "of people who have fled"


def _inherits(text: str, previous: _Candidate, c: _Candidate) -> bool:
    if _equivalent(text, previous, c):
        return True
    if c.kind not in ("bare", "verb") or c.breakdown:
        return False
    q = c.quantity
    return q.additive or ELLIPSIS_BEFORE.search(text, max(0, q.start - 16), q.start) is not None
