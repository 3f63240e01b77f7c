"""Breakdowns: a part written after its total is a figure of its own, linked to the total.

Reporters break a total down in a few ways, and each part comes right after its total:

    "the blast killed 48 people, including 9 firefighters"       including, among them, of whom
    "310 people (190 men, 82 women and 38 children) were killed"  a bracketed list after a count
    "the attack killed 85 people, 30 children among them"         a part naming its group after it
    "the quake killed 1,870 people: 1,102 in Lorca, 655 in Teruel" a list after a colon
    "Of the 150 dead, 80 were in Aleppo and 70 in Idlib."          a sentence opening with its total

A part counts what its total counts unless it has a verb of its own ("including 9,000 who
fled across the border"); it keeps its own unit ("including 18,250 households"), and one
with no noun takes its total's. It names its total (`Found.part_of`) when both count the
same indicator, so that no sum, chart or consolidation adds a total and its parts; a part
of another indicator is a figure on its own (nothing would add it to its total).

The rules here only mark parts and find their totals: `tracker.extraction.figures` asks
them while it judges a sentence's candidates in order, a total always before its parts.
"""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

import regex as re

from .. import lexicon
from .indicators import HOME_NOUNS, NO_NOUN_WORDS, NON_PERSON_NOUNS
from .nouns import PREPOSITIONS, TIME_WORDS, WORD, Noun, NounKind
from .text import phrases as _phrases

if TYPE_CHECKING:
    from .figures import Found
    from .rules import Candidate

# The rules' names, as `python -m tracker explain` prints them.
PART_RULE = "a part of the total before it, counting what the total counts (including 12 women)"
LIST_PART_RULE = "an item of the list after a total's colon (killed 90: 60 in X, 30 in Y)"

# Words that are no part of a noun of people the lexicon does not know ("including 9 firefighters").
NOT_PEOPLE_WORDS: frozenset[str] = NON_PERSON_NOUNS | HOME_NOUNS | NO_NOUN_WORDS | PREPOSITIONS | TIME_WORDS | lexicon.word_set("articles")
# A bracket opening right after a count, before the first part: "310 people (190 men, ...".
OPEN_BRACKET = re.compile(r"\s*\(\s*\Z")
# Nouns of households: "2,400 families (8,200 people)" restates a count in people, and is no part of it.
HOUSEHOLD_UNITS: frozenset[str] = lexicon.word_set("household units")
# Words after a part's noun that name its group as already counted: "30 children among them".
PART_MARKERS_AFTER: tuple[str, ...] = lexicon.word_list("part markers after")
MARKER_AFTER = re.compile(rf"\s*,?\s*(?:{_phrases(PART_MARKERS_AFTER)})\b", re.IGNORECASE)
# A sentence opening with the total its parts break down: "Of the 150 dead, 80 were in Aleppo".
PART_OPENERS: tuple[str, ...] = lexicon.word_list("part openers")
OPENER = re.compile(rf"\s*[\"“‘']?(?:{_phrases(PART_OPENERS)})\s+\Z", re.IGNORECASE)
# What may stand between a total's noun phrase and the colon of its list: "killed 1,870
# people in the north on Monday: 1,102 in ...". Past this, the colon starts something else.
COLON_REACH = 60
COLON_GAP = re.compile(r"[^.;:()]*:\s*\Z")
# Between two items of one list: "1,102 in Lorca, 655 in Teruel and 113 in Huesca".
LIST_JOIN = re.compile(r"[^.;:()]*(?:,|\band\b)\s*\Z", re.IGNORECASE)
# The longest stretch between a part and the next item of its list.
LIST_ITEM_REACH = 60


def mark(text: str, start: int, end: int, candidates: list[Candidate]) -> list[Candidate]:
    """The sentence text[start:end]'s candidates, with the parts of a total marked as
    breakdowns (`Candidate.breakdown`) where the words before a part do not say so
    themselves ("including" is read by tracker.extraction.rules): the counts of a bracketed
    list after a count, a count with "among them" after its noun, and the counts after a
    sentence's opening total ("Of the 150 dead, 80 were ...")."""
    parts = [False] * len(candidates)
    for i, c in enumerate(candidates):
        if i + 1 < len(candidates):
            for j in _bracketed(text, end, candidates, i):
                parts[j] = True
        if i > 0 and MARKER_AFTER.match(text, c.noun.end, end):
            parts[i] = True
    if len(candidates) > 1 and OPENER.fullmatch(text, start, candidates[0].quantity.start):
        for j in range(1, len(candidates)):
            parts[j] = True
    if not any(p and not c.breakdown for p, c in zip(parts, candidates)):
        return candidates
    return [dataclasses.replace(c, breakdown=True) if p and not c.breakdown else c for p, c in zip(parts, candidates)]


def _bracketed(text: str, end: int, candidates: list[Candidate], i: int) -> list[int]:
    """The indexes of the candidates that break candidate i down in a bracket right after
    it: a list of counts ("310 people (190 men, 82 women and 38 children)"), or one count
    smaller than it ("(40 children)"); not a restatement in another unit ("2,400 families
    (8,200 people)", "400 families (2,400 individuals)")."""
    total, first = candidates[i], candidates[i + 1]
    if not OPEN_BRACKET.match(text, total.noun.end, first.quantity.start):
        return []
    close = text.find(")", first.quantity.end, end)
    if close < 0:
        return []
    inside = [j for j in range(i + 1, len(candidates)) if candidates[j].quantity.start < close]
    if len(inside) == 1:
        if first.quantity.value >= total.quantity.value or _households_and_people(total, first):
            return []  # a restatement, read by tracker.extraction.rules.equivalent
    return inside


def _households_and_people(a: Candidate, b: Candidate) -> bool:
    return (a.noun.unit in HOUSEHOLD_UNITS) != (b.noun.unit in HOUSEHOLD_UNITS)


def people_named(text: str, lower: str, pos: int, noun: Noun) -> Noun:
    """A part's noun the lexicon does not know, read as people: after "including" a count
    of words that are no known thing names people ("including 9 firefighters", "including
    23 army personnel"), in those words; a known thing stays one ("including 12 ambulances")."""
    words = [m for m in WORD.finditer(text, pos, noun.end)]
    if not words or not all(m.group().isalpha() for m in words):
        return noun
    if any(lower[m.start() : m.end()] in NOT_PEOPLE_WORDS for m in words):
        return noun  # "including 12 ambulances", "arrived on day 21 after the earthquake"
    return Noun(" ".join(lower[m.start() : m.end()] for m in words), None, noun.end, NounKind.PERSON)


def before_its_parts(text: str, candidates: list[Candidate], i: int) -> bool:
    """Candidate i is followed right away by a bracketed breakdown: "another 845 (624 men,
    179 women and 42 children) were injured" counts what the verb after the bracket says."""
    if i + 1 >= len(candidates):
        return False
    c, nxt = candidates[i], candidates[i + 1]
    return nxt.breakdown and OPEN_BRACKET.match(text, c.noun.end, nxt.quantity.start) is not None


def total_of(
    text: str,
    candidates: list[Candidate],
    i: int,
    previous: tuple[Candidate, Found] | None,
    elliptical: bool,
    things: list[int],
) -> Found | None:
    """The figure candidate i is a part of, if any: for a breakdown, the figure of the
    nearest count before it that is no part itself; for an elliptical item (`elliptical`:
    it shares the verb of the figure before) of a list after a total's colon, that total.
    `previous` is the last figure found before candidate i in the sentence; `things` are
    where the counts of things of the sentence start ("destroyed 30 vehicles, including 10
    tanks": the 10 are no part of a count of people before the vehicles)."""
    if previous is None:
        return None
    c = candidates[i]
    prev_c, prev_f = previous
    total = prev_f.part_of or prev_f
    if any(total.quantity.end <= t < c.quantity.start for t in things):
        return None
    if c.breakdown:
        j = i - 1
        while j >= 0 and candidates[j].breakdown:
            j -= 1
        return total if j >= 0 and candidates[j].quantity is total.quantity else None
    if not elliptical or candidates[i - 1] is not prev_c or c.quantity.value >= total.quantity.value:
        return None
    if prev_f.part_of is not None:  # the next item of the list: "..., 655 in Teruel"
        if prev_c.breakdown:
            return None  # "6,000 people, including 4,000 children, ... and 5,000 at the airstrip"
        a = prev_c.quantity.end
        if c.quantity.start - a <= LIST_ITEM_REACH and LIST_JOIN.match(text, a, c.quantity.start):
            return total
        return None
    a = prev_c.noun.end  # the first item, after the total's colon: "killed 1,870 people: 1,102 in"
    if c.quantity.start - a <= COLON_REACH and COLON_GAP.match(text, a, c.quantity.start):
        return total
    return None


def link(total: Found | None, indicator: str) -> Found | None:
    """The total a part names: only a total of the part's own indicator ("wounded 2,059,
    including 1,404 in critical condition"); a part of another indicator stands alone."""
    return total if total is not None and total.indicator == indicator else None
