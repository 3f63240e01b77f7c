"""From quantities to figures: what a number counts, and whether it is a figure at all.

`read_sentence(text, start, end)` looks at every quantity in one sentence and keeps those
that count people to whom something happened (killed, injured, displaced, refugees,
trapped). Everything else - distances, years, dates, durations, money, percentages, towns,
vehicles, projections, returns - is rejected here, with the reason kept for debugging.
"""

from __future__ import annotations

from dataclasses import dataclass

import regex as re

from .indicators import (
    DEMONYM,
    HOME_NOUNS,
    MAX_MODIFIERS,
    NO_NOUN_WORDS,
    NON_PERSON_NOUNS,
    NOUN_INDICATORS,
    PERSON_NOUNS,
    PROJECTION,
    Trigger,
    find_triggers,
)
from .quantities import Quantity, find_quantities

MONTHS = (
    "january february march april may june july august september october november december "
    "jan feb mar apr jun jul aug sep sept oct nov dec"
).split()
_MONTH = "|".join(MONTHS)

# What follows a number that makes it no count of people.
NOT_A_COUNT_AFTER = re.compile(
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
    re.VERBOSE | re.IGNORECASE,
)
# What stands before a number that makes it no count of people.
NOT_A_COUNT_BEFORE = re.compile(
    rf"""
    (?:
        (?: \$ | US\$ | € | £ | ¥ | USD | EUR | Rs\.? ) \s*                  # money
      | \b (?: {_MONTH} ) \.? \s*                                          # March 23
      | \b (?: magnitude | aged | age | ages | category | level | number | no\. | page
              | article | resolution | route | highway | flight | phase | chapter | section
              | grade | class | size | score | vote | votes | top | the\s+first | the\s+last
              | covid | h\d?n | f ) [\s-]*                                  # labels and ranks
      | \d \s* [:/] \s*                                                    # 10:30, 2/3
      | [#№] \s*
    ) \Z
    """,
    re.VERBOSE | re.IGNORECASE,
)
# Parts of an already counted group: "including 4,000 children", "of whom 22".
BREAKDOWN_BEFORE = re.compile(r"\b(?:including|includes|include|of\s+whom|among\s+them|of\s+which)\s*\Z", re.IGNORECASE)
# A second wording of the same count: "2,400 families (8,200 people)", "583,000 families or 2.5 million people".
EQUIVALENT_JOIN = re.compile(r"\A\s*(?:\(|,?\s*or\b|,?\s*i\.e\.|,\s*or\s+about)\s*\Z", re.IGNORECASE)

# What may stand between a trigger and its number: "killed 12", "the displacement of 10,214",
# "displaced a total of 500", "evacuated another 300".
ADJACENT_GAP = re.compile(r"\s*(?:(?:of|the|a|an|total|some|another|further|additional|nearly|to|up)\s+){0,3}", re.IGNORECASE)

WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*|\d[\d,.]*|[^\w\s]")

# How far a trigger may be from its number, in characters.
REACH_AFTER = 110
REACH_BEFORE = 70
ADJACENT_BEFORE = 28


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
    noun_indicator: str | None  # the noun itself says what it counts ("IDPs", "refugees")
    noun_end: int  # where the counted noun phrase ends
    homes: bool  # counted homes: a figure only if they were evacuated
    breakdown: bool


def read_sentence(text: str, start: int, end: int) -> list[Found]:
    """Figures in the sentence text[start:end]."""
    quantities = find_quantities(text, start, end)
    if not quantities:
        return []
    candidates: list[_Candidate] = []
    for q in quantities:
        c = _candidate(text, q, end)
        if c is not None:
            candidates.append(c)
    if not candidates:
        return []
    triggers = find_triggers(text, start, end)
    found: list[Found] = []
    previous: tuple[_Candidate, str] | None = None
    for i, c in enumerate(candidates):
        indicator = _indicator(text, c, candidates, i, triggers, start, end)
        if indicator is None and previous is not None and _equivalent(text, previous[0], c):
            indicator = previous[1]
        if indicator is None or indicator == "blocked":
            previous = None
            continue
        if c.homes and indicator != "displaced":
            continue
        unit = c.unit or "people"
        found.append(Found(c.quantity, indicator, unit))
        previous = (c, indicator)
    return found


def _candidate(text: str, q: Quantity, sentence_end: int) -> _Candidate | None:
    """The quantity with its counted noun, or None when it is no count of people."""
    if q.value <= 0 or q.value >= 1_000_000_000:
        return None
    after_limit = min(sentence_end, q.number_end + 60)
    if NOT_A_COUNT_AFTER.match(text, q.number_end, after_limit):
        return None
    if NOT_A_COUNT_BEFORE.search(text, max(0, q.first_start - 14), q.first_start):
        return None
    if text[q.number_end : q.number_end + 1] == "-" and text[q.number_end + 1 : q.number_end + 2].isalpha():
        return None  # "20-year-old", "3-day", "2-1" compounds
    unit, noun_indicator, noun_end, reason = _noun(text, q.end, after_limit)
    if reason == "thing":
        return None
    homes = unit is not None and unit == "households" and reason == "homes"
    if q.year_like and unit is None:
        return None
    if q.small_word and unit is None and noun_indicator is None:
        # "one of the", "two weeks": a lone small number word needs its people noun,
        # unless a trigger is glued before it ("killed two")
        if not re.search(r"\m(?:kill\w*|injur\w*|wound\w*)\s*\Z", text[max(0, q.start - 12) : q.start], re.IGNORECASE):
            return None
    breakdown = BREAKDOWN_BEFORE.search(text, max(0, q.start - 16), q.start) is not None
    return _Candidate(q, unit, noun_indicator, noun_end, homes, breakdown)


def _noun(text: str, pos: int, limit: int) -> tuple[str | None, str | None, int, str]:
    """The noun counted by the number ending at `pos`: (unit, noun indicator, end, reason).

    reason: "person" (a people noun), "homes", "none" (no noun: a verb follows), "thing"
    (a non-person noun or an unknown word: not a count of people)."""
    modifiers = 0
    noun_indicator: str | None = None
    end = pos
    for m in WORD.finditer(text, pos, limit):
        word = m.group()
        low = word.lower()
        if low in ("of", "the") and modifiers == 0 and _of_the(text, m.end(), limit):
            continue  # "300,000 of the evacuees"
        if low in NOUN_INDICATORS and low not in PERSON_NOUNS:
            noun_indicator = NOUN_INDICATORS[low]  # "34,000 displacements"
            return "people", noun_indicator, m.end(), "person"
        if low in PERSON_NOUNS:
            if low in ("displaced", "injured", "wounded", "dead") and modifiers == 0:
                # "50 displaced people", or "50 dead" standing alone
                follow = _noun(text, m.end(), limit)
                if follow[3] == "person":
                    return follow[0], NOUN_INDICATORS[low], follow[2], "person"
                return "people", NOUN_INDICATORS[low], m.end(), "person"
            if low in HOME_NOUNS:
                return "households", None, m.end(), "homes"
            return PERSON_NOUNS[low], NOUN_INDICATORS.get(low), m.end(), "person"
        prefix = _glued_person_noun(low)
        if prefix is not None:
            return PERSON_NOUNS[prefix], NOUN_INDICATORS.get(prefix), m.start() + len(prefix), "person"
        if DEMONYM.match(word):
            return "people", None, m.end(), "person"
        if low in NON_PERSON_NOUNS:
            return None, None, end, "thing"
        if modifiers == 0 and (low in NO_NOUN_WORDS or not word[0].isalnum()):
            return None, None, end, "none"
        if modifiers == 0 and _is_trigger_word(text, m.start(), limit):
            return None, None, end, "none"  # "3,000 fled north"
        if not word[0].isalpha() or low in NO_NOUN_WORDS:
            return None, None, end, "thing"  # the words skipped were the noun: "30 attacks on"
        modifiers += 1
        if modifiers > MAX_MODIFIERS:
            return None, None, end, "thing"
        end = m.end()
    return None, None, end, "none" if modifiers == 0 else "thing"


def _of_the(text: str, pos: int, limit: int) -> bool:
    return re.match(r"\s*(?:the\s+)?(?:\w+\s+)?(?:evacuees|displaced|idps|people|refugees|villagers|residents|civilians)\b", text[pos:limit], re.IGNORECASE) is not None


_GLUED = sorted((n for n in PERSON_NOUNS if len(n) >= 5), key=len, reverse=True)


def _glued_person_noun(low: str) -> str | None:
    """ "peoplewere", "familiesfled": a people noun glued to the next word in a damaged feed."""
    if len(low) < 8:
        return None
    for noun in ("people", "families", "households", "refugees", "civilians", "children"):
        if low.startswith(noun) and len(low) > len(noun):
            return noun
    return None


def _is_trigger_word(text: str, pos: int, limit: int) -> bool:
    return bool(find_triggers(text, pos, min(limit, pos + 40))) and find_triggers(text, pos, min(limit, pos + 40))[0].start == pos


def _indicator(
    text: str, c: _Candidate, candidates: list[_Candidate], i: int, triggers: list[Trigger], start: int, end: int
) -> str | None:
    q = c.quantity
    if c.noun_indicator is not None:
        return c.noun_indicator
    # the wording right before the number: "killed 12", "the displacement of 10,214"
    prev_end = candidates[i - 1].noun_end if i > 0 else start
    before = [t for t in triggers if prev_end <= t.start and t.end <= q.start and q.start - t.end <= ADJACENT_BEFORE]
    if before:
        t = before[-1]
        if not _projected(text, max(start, t.start - 30), t.start):
            if ADJACENT_GAP.fullmatch(text, t.end, q.start):
                return t.indicator
    if c.breakdown:
        return None
    # the verb after the noun phrase: "500 civilians have been killed", "10,000 to flee"
    next_start = candidates[i + 1].quantity.first_start if i + 1 < len(candidates) else end
    if i + 1 < len(candidates) and _equivalent(text, c, candidates[i + 1]):
        nxt = i + 2
        next_start = candidates[nxt].quantity.first_start if nxt < len(candidates) else end
    for t in triggers:
        if t.start >= c.noun_end and t.start < next_start and t.start - c.noun_end <= REACH_AFTER:
            if _clause_break(text, c.noun_end, t.start):
                break
            if _projected(text, c.noun_end, t.start):
                return None
            return t.indicator
    # a trigger further before: "the total number of people displaced ... brings to 274,000"
    before = [t for t in triggers if prev_end <= t.start and t.end <= q.start and q.start - t.end <= REACH_BEFORE]
    if before:
        t = before[-1]
        if not _clause_break(text, t.end, q.start) and not _projected(text, max(start, t.start - 30), t.start):
            return t.indicator
    return None


def _projected(text: str, pos: int, endpos: int) -> bool:
    return PROJECTION.search(text, pos, endpos) is not None


CLAUSE_BREAK = re.compile(r"[;:]|\.\s|\bbut\b|\bwhile\b|\bwhereas\b", re.IGNORECASE)


def _clause_break(text: str, pos: int, endpos: int) -> bool:
    return CLAUSE_BREAK.search(text, pos, endpos) is not None


def _equivalent(text: str, a: _Candidate, b: _Candidate) -> bool:
    """b restates a in another unit: "2,400 families (8,200 people)", "583,000 families or 2.5 million people"."""
    between = text[a.noun_end : b.quantity.start]
    return len(between) <= 12 and EQUIVALENT_JOIN.match(between) is not None
