"""What a number counts: the noun after it ("500 civilians", "2,400 families"), or the
verb that follows when it has none ("35,000 were displaced").

`read_noun(text, lower, pos, limit)` reads the words after a number and returns a `Noun`:
its unit, the indicator the noun names by itself ("IDPs", "dead"), where the noun phrase
ends, and its kind (`NounKind`).
"""

from __future__ import annotations

import re as _re
from collections.abc import Iterator
from enum import Enum
from typing import NamedTuple

import regex as re

from .. import lexicon
from .numbers import UNITS
from .indicators import DEMONYM, DEMONYM_ENDS, HOME_NOUNS, MAX_MODIFIERS, NO_NOUN_WORDS, NON_PERSON_NOUNS, NOUN_INDICATORS, PERSON_NOUNS, trigger_at
from .text import alternation as _words
from .text import alternation_tree as _word_tree
from .text import phrase_tree
from .text import phrases as _phrases

WORD = re.compile(r"(?:\p{Lu}\.){2,}|[^\W\d_]+(?:['’-][^\W\d_]+)*|\d[\d,.]*|[^\w\s]")  # ("U.S.": one word)
# The same on an ASCII stretch, for the standard library's `re` (its scanner costs a third
# less to make and to read a word or two from, which is all a count's noun reads): the
# classes spelled out, since `re` takes \x1c-\x1f for white space and `regex` does not
# (tests/test_cheap_tests.py checks both read every ASCII character alike).
WORD_ASCII = _re.compile(r"(?:[A-Z]\.){2,}|[A-Za-z]+(?:['’-][A-Za-z]+)*|[0-9][0-9,.]*|[^A-Za-z0-9_\t\n\x0b\x0c\r ]")

# "brings to 332,000 the number of people displaced": the noun comes after "the number of".
TOTAL_HEADS: str = _words("total heads")  # "number", "total"
TOTAL_OF = re.compile(rf"\s*the\s+(?:total\s+)?(?:{TOTAL_HEADS})\s+(?:of\s+)?", re.IGNORECASE)
# "300,000 of the evacuees", "500 of the 4,000 villagers", "35 of its staff": the noun after "of the".
# The people nouns a partitive "of the" may count out of.
# (every people noun of person_nouns.csv, "12 of its fighters", and words.csv partitive nouns)
PARTITIVE_NOUNS: str = "|".join(
    sorted({*lexicon.word_list("partitive nouns"), *(n for n, u in PERSON_NOUNS.items() if n not in HOME_NOUNS and u != "households")}, key=len, reverse=True)
)
# The whole may be written with a scale word: "of the 1.2 million IDPs".
_SCALE_WORDS: str = _phrases(lexicon.mapping("numbers", "word", "value", int, kind="scale"))
OF_THE = re.compile(
    rf"\s*of\s+(?:the|its|their|our)\s+(?:\d[\d,.]*\s+(?:(?:{_SCALE_WORDS})\s+)?)?(?=(?:\w+\s+)?(?:{PARTITIVE_NOUNS})\b)",
    re.IGNORECASE,
)
# "23 of the country's 77 provinces", "five of its 12 districts", "44 of 153 municipalities":
# a share of things.
OF_THINGS = re.compile(
    r"\s*of\s+(?:(?:(?:the|its|their|his|her|our|these|those|[\p{L}\-]+['’]s?)\s+){1,2}(?:\d[\d,.]*\s+)?|\d[\d,.]*\s+)(?P<noun>[\p{L}\-]+)",
    re.IGNORECASE,
)
# People with injuries: "40 with injuries", "12 with serious burns" (words.csv injury nouns).
WITH_INJURIES = re.compile(rf"with\s+(?:(?:serious|severe|minor|critical|gunshot|shrapnel)\s+)?(?:{_words('injury nouns')})\b", re.IGNORECASE)
# "151 of whom had taken refuge": a partitive with its own verb.
OF_WHOM = re.compile(r"\s*of\s+(?:whom|them|those)\b", re.IGNORECASE)
# The people a partitive or a part names after it, alone in its clause: "12 of them
# children", "of whom 5 were police officers", "Of the 40 killed, 12 were children".
# With `copula` the verb must be one ("five were women", not "2.88 million remain displaced").
PART_PEOPLE = re.compile(
    r"\s+(?P<copula>(?:were|are|was|is)\s+)?(?:[^\W\d_]+\s+)?(?P<people>[^\W\d_]+)(?=\s*(?:[,.;:)—–]|\s-\s|\s+and\s|\Z))", re.IGNORECASE
)
PREPOSITIONS: frozenset[str] = lexicon.word_set("prepositions")
# Words passed over between a number and its noun or verb: "14,593 internally displaced
# households", "3,000 more fled".
ADVERBS: frozenset[str] = lexicon.word_set("adverbs")
# Time words after a number with no noun of its own: "killed 40 yesterday", "displaced 20,000 so far".
TIME_WORDS: frozenset[str] = lexicon.word_set("time words")
# Words that qualify no noun after them: "fled the camps", "sheltered in camps" are no "refugee camps".
_NO_MODIFIERS: frozenset[str] = PREPOSITIONS | TIME_WORDS | lexicon.word_set("articles") | {"and", "or"}
# The words a trigger may need before it (options after-in, after-at of lexicon/phrases.py):
# a count right before them is counted by that trigger ("1.85 million in need of aid").
TRIGGER_LEAD_WORDS: frozenset[str] = lexicon.word_set("trigger lead words")
# A time before now right after a count, which is no noun of it: "up from 54 a day earlier",
# "down from 31,000 a week ago" (the rate units and the words that make them no rate).
# "up from 54 two days earlier": a small count of days, weeks, ... too; "down from 63 the year
# before", "the previous year".
_TIME_COUNTS = phrase_tree(UNITS)  # (trees, as below: the pattern is read forwards)
TIME_AGO = re.compile(
    rf"\s+(?:(?:an?|the|\d{{1,2}}|{_TIME_COUNTS})\s+(?:{_word_tree('rate units')})s?\s+(?:{_word_tree('not rate after')})"
    rf"|(?:the\s+)?(?:{_word_tree('previous words')})\s+(?:{_word_tree('rate units')}))\b",  # "the year before", "the previous year"
    re.IGNORECASE,
)
# The first letters of TIME_AGO's counts: only where one stands after the number is it tried
# (one character each: the one after the white space is looked up once, where str.startswith
# tried each of them in turn).
TIME_AGO_FIRSTS: frozenset[str] = frozenset({"a", "t", "p", *"0123456789", *(w[0] for w in UNITS)})
# Indicator nouns that also stand before a people noun: "50 displaced people", "50 dead".
ADJECTIVE_NOUNS: frozenset[str] = lexicon.word_set("adjective nouns")
# Nouns a damaged feed glues to the next word ("peoplewere") or the word before ("newdisplacements").
GLUED_PREFIXES: tuple[str, ...] = lexicon.word_list("glued prefixes")
GLUED_SUFFIXES: tuple[str, ...] = lexicon.word_list("glued suffixes")
# A glued word is at least this long ("peoplewere").
GLUED_MIN_LENGTH = 9

# Places and shelters, which before a people noun say where the people are ("60,000 town
# residents", "camp residents": a population), unlike a vehicle or a trade ("3 truck drivers"):
# words.csv place nouns and the one-word shelter places, in the singular too.
def _singular(word: str) -> str:
    return word[:-3] + "y" if word.endswith("ies") else word[:-1] if word.endswith("s") else word


PLACE_MODIFIERS: frozenset[str] = frozenset(
    form
    for word in (*lexicon.word_list("place nouns"), *(w for p in lexicon.word_list("shelter places") if " " not in p for w in p.split("|")))
    for form in (word, _singular(word))
)

# People named by a group the nationality pattern (DEMONYM: "Syrians") misses ("Rohingyas").
PEOPLE_GROUPS: frozenset[str] = lexicon.word_set("people groups")
# Nouns that name the dead by their remains or their killing ("bodies", "corpses", "killings"),
# and the words before them that make them institutions or things ("governing bodies",
# "public bodies", "heavenly bodies"): lexicon/words.csv "remains nouns", "remains other senses".
REMAINS_NOUNS: frozenset[str] = lexicon.word_set("remains nouns")
REMAINS_OTHER_SENSES: frozenset[str] = lexicon.word_set("remains other senses")
# "the bodies of 42 civilians", "bodies of water": what the remains are of.
REMAINS_OF = re.compile(r"\s+of\s+(?:(?:the|their|its|his|her|these)\s+)?", re.IGNORECASE)
REMAINS_OF_REACH = 60
# Nouns of homes that name other things too ("houses of worship", "units of the brigade"), and
# the words that make "units" homes when one stands before it ("housing units"): lexicon/words.csv.
HOME_OTHER_SENSES: frozenset[str] = lexicon.word_set("home nouns of other senses")
HOUSING_UNIT_WORDS: frozenset[str] = lexicon.word_set("housing unit words")
# Quote marks right after a quoted count ('"nearly 170,000" bodies') or before a quoted noun
# ('4,645 "excess deaths"').
QUOTES: frozenset[str] = frozenset({'"', "”", "’", "“", "‘", "'"})  # around a count or its noun, passed over (read_noun)

# Auxiliaries between a counted noun and its verb: "500 civilians have been killed".
RELATIVE_AUXILIARIES: str = _words("relative auxiliaries")  # "who had", "that were"
FINITE_AUXILIARIES: str = _words("relative auxiliaries", "present auxiliaries")  # and "are", "is"
# The words a verb gap passes over after the finite auxiliaries ("been", "reportedly");
# each pattern adds words of its own.
VERB_GAP_WORDS: str = _words("verb gap words")
_NOUN_GAP_WORDS: str = _words("noun gap words")
AUX_GAP = re.compile(  # (the same words as trees: it is read forwards, and a word at a time)
    rf"\s*(?:(?:{_word_tree('relative auxiliaries', 'present auxiliaries')}|{_word_tree('verb gap words')}|{_word_tree('noun gap words')})\s+)*",
    re.IGNORECASE,
)
RELATIVE_GAP = re.compile(
    rf"\s*(?:who|that|which)\s+(?:(?:{RELATIVE_AUXILIARIES})\s+)?(?:(?:{VERB_GAP_WORDS})\s+){{0,2}}", re.IGNORECASE
)  # "who fled", "that were displaced", "who were already displaced", "who have since returned"


class NounKind(Enum):
    PERSON = "person"  # a people noun: "500 civilians", "2,400 families", "50 dead"
    HOMES = "homes"  # homes, houses, buildings: destroyed or damaged; homes are households when evacuated
    VERB = "verb"  # no noun; a verb follows: "35,000 were displaced", "3,000 fled"
    BARE = "bare"  # no noun; a preposition, a time word or the end follows: "killed 40."
    THING = "thing"  # a non-person noun or an unknown word: no count of people


# The kinds as module names: reading a member through its Enum class goes through the
# metaclass's attribute hook (some 300 instructions a read, and rules read kinds at every candidate).
KIND_PERSON, KIND_HOMES, KIND_VERB, KIND_BARE, KIND_THING = NounKind.PERSON, NounKind.HOMES, NounKind.VERB, NounKind.BARE, NounKind.THING


class Noun(NamedTuple):  # a named tuple: immutable, and built in C (several an article)
    """What the words after a number say it counts."""

    unit: str | None  # the record's unit; None when there is no noun
    indicator: str | None  # the noun names its indicator by itself ("IDPs", "refugees")
    end: int  # where the counted noun phrase ends
    kind: NounKind
    word: str | None = None  # the noun as written, lower case, for a count of homes ("houses")
    group: bool = False  # people named by their nationality or group ("Syrians", "Rohingyas")


# Noun(...) with every field in order, without the Python frame of a named tuple's __new__
# and its keyword matched through a dict, where a number's people noun is read.
_new_noun = tuple.__new__


def next_row(text: str, pos: int, at: int) -> bool:
    """The word at `at` opens the next row of a table or list: a capital opening the next
    line after a count that ends a row of its own ("Displaced since April: 8.7 million\nRefugees
    and returnees: 1.9 million"), its label and colon before it on its line. In wrapped prose
    ("... hosts 3.6 million\nSyrian refugees") the next line goes on with the count's noun."""
    if not text[at].isupper() or text.find("\n", pos, at) < 0:
        return False
    return text.find(":", text.rfind("\n", 0, pos) + 1, pos) >= 0  # the count's own line holds a label's colon


# Participles of a report right after a count, before a preposition: "94 reported on 18
# December", "120 recorded in May" (words.csv report participles): no noun, not a thing.
REPORT_PARTICIPLES: frozenset[str] = lexicon.word_set("report participles")


EVENT_ADJECTIVES: frozenset[str] = lexicon.word_set("event adjectives")
# Nouns that count cases (words.csv case nouns): people, one a case, whose share a trigger
# reads ("31 of the 120 suspected cases died", "Of the 120 confirmed cases, 31 were fatal"),
# where a share of a whole of other things counts those things.
CASE_NOUNS: frozenset[str] = lexicon.word_set("case nouns")
CASE_NOUN_WORDS = 3  # "suspected cholera cases"
CASE_NOUN_REACH = 60  # characters read for them
_CASE_PHRASE_WORD = _re.compile(r"[^\s,.]+")


def cases_end(lower: str, start: int, end: int) -> int:
    """Where the case noun ends in the first CASE_NOUN_WORDS words of lower[start:end], or -1
    when the noun phrase there counts no cases."""
    for i, m in enumerate(_CASE_PHRASE_WORD.finditer(lower, start, min(end, start + CASE_NOUN_REACH))):
        if i == CASE_NOUN_WORDS:
            break
        if m.group() in CASE_NOUNS:
            return m.end()
    return -1


# People nouns of no other kind `read_noun` asks of a word, each their own unit ("people",
# "civilians", "refugees"): the commonest words after a count, whose reading the dozen
# look-ups of its loop end in (a people noun, with the indicator it names, no group) is told by one.
PLAIN_PEOPLE_NOUNS: frozenset[str] = frozenset(
    noun for noun, unit in PERSON_NOUNS.items()
    if unit == noun and noun not in (ADVERBS | QUOTES | REMAINS_NOUNS | ADJECTIVE_NOUNS | HOME_NOUNS | PEOPLE_GROUPS)
)


def read_noun(text: str, lower: str, pos: int, limit: int) -> Noun:
    """The noun counted by the number ending at `pos` (words read up to `limit`)."""
    j = pos
    while j < limit and text[j].isspace():
        j += 1
    if j < limit and text[j].isupper() and next_row(text, pos, j):
        return Noun(None, None, pos, KIND_BARE)  # the next row's label: no noun of this count
    if lower[j : j + 1] in TIME_AGO_FIRSTS and TIME_AGO.match(text, pos, limit):
        return Noun(None, None, pos, KIND_BARE)
    if lower.startswith(("the", "of"), j):  # the three patterns below start with one of these
        for pattern in (TOTAL_OF, OF_THE):
            m = pattern.match(text, pos, limit)
            if m:
                pos = m.end()
        m = OF_THINGS.match(text, pos, limit)
        if m and (low := lower[m.start("noun") : m.end("noun")]) in NON_PERSON_NOUNS:
            return Noun(None, None, m.end(), KIND_THING)  # "23 of the country's 77 provinces"
        if m and low in HOME_NOUNS:
            return Noun(PERSON_NOUNS.get(low, low), None, m.end(), KIND_HOMES, low)  # "300 of the 500 houses"
        if m and (cases := cases_end(lower, m.start("noun"), limit)) >= 0:
            return Noun("people", None, cases, KIND_PERSON)  # "31 of the 120 suspected cases died": people, one a case
        m = OF_WHOM.match(text, pos, limit)
        if m:
            return Noun(part_people(text, lower, m.end(), limit), None, m.end(), KIND_VERB)
    if lower.startswith("with", j) and (hurt := WITH_INJURIES.match(text, j, limit)) is not None:
        return Noun("people", "injured", hurt.end(), KIND_PERSON)  # "left 15 dead and 40 with injuries"
    modifiers = 0
    end = pos
    prev = None  # the modifier read last, lower case ("governing" before "bodies")
    adverb = False  # the word before was passed over
    words = (WORD_ASCII if text[pos:limit].isascii() else WORD).finditer(text, pos, limit)
    for m in words:
        word = m.group()
        low = word.lower()
        if low in PLAIN_PEOPLE_NOUNS:  # (the tests below, each a look-up, end so for these: see PLAIN_PEOPLE_NOUNS)
            return _new_noun(Noun, (low, NOUN_INDICATORS.get(low), m.end(), KIND_PERSON, None, False))
        if low in ADVERBS or (adverb and low in ("and", "or")):
            adverb = True
            continue  # "14,593 internally displaced households", "newly displaced people", "new and repeated displacements"
        adverb = False
        if modifiers == 0 and low in QUOTES and (m.start() == pos or text[m.end() : m.end() + 1].isalpha()):
            continue  # a quoted count or noun: '"nearly 170,000" bodies', '4,645 "excess deaths"'
        if modifiers == 0 and word.isupper() and len(word) > 1 and "\n" in text[pos : m.start()] and low not in PERSON_NOUNS:
            return Noun(None, None, end, KIND_BARE)  # a heading on the next line: "People affected: 1.85 million\nZIMBABWE"

        if "-" in low and low not in PERSON_NOUNS and low.replace("-", "") in PERSON_NOUNS:
            low = low.replace("-", "")  # "fami-lies" broken at a line end
        if low in REMAINS_NOUNS and _remains_of_no_people(text, lower, prev, m.end()):
            return Noun(None, None, m.end(), KIND_THING)  # "12 governing bodies", "200 bodies of water"
        if low in NOUN_INDICATORS and low not in PERSON_NOUNS:
            if prev in EVENT_ADJECTIVES:
                return Noun(None, None, m.end(), KIND_THING)  # "two massive displacements": episodes, not people
            return Noun("people", NOUN_INDICATORS[low], m.end(), KIND_PERSON)  # "34,000 displacements"
        if low in ADJECTIVE_NOUNS:
            # "50 displaced people", "internally displaced households", or "50 dead" alone
            follow = read_noun(text, lower, m.end(), limit)
            if follow.kind is KIND_THING and follow.end == m.end() and _next_word(lower, m.end(), limit) in NON_PERSON_NOUNS:
                return Noun(None, None, end, KIND_THING)  # "two displaced communities", "the affected districts"
            if follow.kind is KIND_PERSON and follow.indicator is None:
                return Noun(follow.unit, NOUN_INDICATORS[low], follow.end, KIND_PERSON)
            return Noun("people", NOUN_INDICATORS[low], m.end(), KIND_PERSON)
        if low in HOME_NOUNS and _home_of_other_sense(text, lower, low, prev, m.end()):
            return Noun(None, None, m.end(), KIND_THING)  # "3 houses of worship", "40 air defence units"
        if low in HOME_NOUNS:  # what is counted: homes, houses, buildings (households only when evacuated)
            return Noun(PERSON_NOUNS.get(low, low), None, m.end(), KIND_HOMES, low)
        if low in PERSON_NOUNS:
            if PERSON_NOUNS[low] != low and _next_word(lower, m.end(), limit) in NON_PERSON_NOUNS:
                return Noun(None, None, end, KIND_THING)  # "44 IDP sites": a singular before a thing qualifies it
            if PERSON_NOUNS[low] != low and _next_word(lower, m.end(), limit) in PERSON_NOUNS:
                modifiers += 1  # "40 child soldiers": a singular before another people noun qualifies it
                end, prev = m.end(), low
                continue
            if low in PEOPLE_GROUPS and _next_word(lower, m.end(), limit) in PERSON_NOUNS:
                follow = read_noun(text, lower, m.end(), limit)
                if follow.kind is KIND_PERSON:
                    return follow  # "100,000 Rohingya refugees": the people noun after the group, as after a nationality
            # Noun(unit, indicator, end, kind, word, group), every field in order (see _new_noun)
            return _new_noun(Noun, (PERSON_NOUNS[low], NOUN_INDICATORS.get(low), m.end(), KIND_PERSON, None, low in PEOPLE_GROUPS))
        glued = _glued_noun(low) if len(low) >= GLUED_MIN_LENGTH else None  # (no call for most words)
        if glued is not None:
            noun, length = glued
            return Noun(PERSON_NOUNS.get(noun, "people"), NOUN_INDICATORS.get(noun), m.start() + length, KIND_PERSON)
        if word.endswith(DEMONYM_ENDS) and DEMONYM.match(word):
            follow = read_noun(text, lower, m.end(), limit)
            if follow.kind is KIND_PERSON:
                return follow  # "128,000 Sudanese refugees": the people noun after the nationality
            return Noun("people", None, m.end(), KIND_PERSON, group=True)
        if low in NON_PERSON_NOUNS:
            if low not in HOME_NOUNS and low not in PLACE_MODIFIERS and _next_word(lower, m.end(), limit) in PERSON_NOUNS:
                modifiers += 1  # "3 truck drivers", "4 bus passengers": a thing naming the people after it
                end, prev = m.end(), low
                continue
            return Noun(None, None, end, KIND_THING)
        if modifiers == 0:
            if low in NO_NOUN_WORDS:
                return Noun(part_people(text, lower, pos, limit, copula=True), None, end, KIND_VERB)
            at = trigger_at(text, lower, m.start(), limit)
            if at is not None and at.indicator == "housing_destroyed":
                homes = _homes_after_state(text, at.end, limit)
                if homes is not None:
                    return homes  # "2,200 damaged or destroyed structures": the homes, not a verb
            if at is not None and not at.blocks:
                nxt = next(words, None)  # the trigger's next word; not after "without" ("400,000 without shelter")
                if nxt is not None and low not in PREPOSITIONS and _thing_after_modifier(nxt, words):
                    return Noun(None, None, end, KIND_THING)  # "119 evacuation centres", "97 refugee accommodation centres"
                return Noun(None, None, end, KIND_VERB)  # "3,000 fled north"
            if low in TRIGGER_LEAD_WORDS:
                nxt = next(words, None)
                if nxt is not None and trigger_at(text, lower, nxt.start(), limit) is not None:
                    return Noun(None, None, end, KIND_VERB)  # "left 1.85 million in need of assistance"
            if not word[0].isalpha() or low in PREPOSITIONS or low in TIME_WORDS:
                return Noun(None, None, end, KIND_BARE)
        else:
            if low in ("and", "or"):
                continue  # "new and repeated displacements"
            if not word[0].isalpha() or low in NO_NOUN_WORDS or low in PREPOSITIONS:
                if modifiers == 1 and prev in REPORT_PARTICIPLES:
                    return Noun(None, None, pos, KIND_BARE)  # "up from 94 reported on 18 December": no noun
                return Noun(None, None, end, KIND_THING)  # the words skipped were the noun: "30 attacks on"
        modifiers += 1
        if modifiers > MAX_MODIFIERS:
            return Noun(None, None, end, KIND_THING)
        end = m.end()
        prev = low
    if modifiers == 1 and prev in REPORT_PARTICIPLES:
        return Noun(None, None, end, KIND_BARE)  # "Deaths: 99 confirmed", a row's count and its state: no noun
    return Noun(None, None, end, KIND_BARE if modifiers == 0 else KIND_THING)


def part_people(text: str, lower: str, pos: int, limit: int, copula: bool = False) -> str | None:
    """The unit of people a count with no noun names after its partitive or (`copula`) a
    verb "to be", when they end the clause: "12 of them children", "five were women,"; not
    a state ("12 of them dead"); None otherwise."""
    m = PART_PEOPLE.match(text, pos, limit)
    if m is None or (copula and m.group("copula") is None):
        return None
    word = lower[m.start("people") : m.end("people")]
    return None if word in NOUN_INDICATORS else PERSON_NOUNS.get(word)


# Between the participles before a noun of homes: "damaged or destroyed structures".
STATE_JOIN = re.compile(r"\s*(?:,|or|and|and/or)?\s*", re.IGNORECASE)
STATE_WORDS = 3


def _homes_after_state(text: str, pos: int, limit: int) -> Noun | None:
    """The noun of homes after a participle of damage at `pos` ("2,200 damaged or destroyed
    structures", "300 partially damaged houses"), if the words up to it are all joins or
    participles of damage."""
    for _ in range(STATE_WORDS):
        m = WORD.match(text, STATE_JOIN.match(text, pos, limit).end(), limit)
        if m is None:
            return None
        low = m.group().lower()
        if low in HOME_NOUNS:  # the participle names what happened to them
            return Noun(PERSON_NOUNS.get(low, low), "housing_destroyed", m.end(), KIND_HOMES, low)
        t = trigger_at(text, text.lower(), m.start(), limit)
        if t is None or t.indicator != "housing_destroyed":
            return None
        pos = t.end
    return None


def _home_of_other_sense(text: str, lower: str, low: str, prev: str | None, pos: int) -> bool:
    """The noun of homes `low` ending at `pos` names something else: what it is "of" is no
    people ("3 houses of worship", "400 units of blood"; not "the homes of 40 families"), or a
    word before "units" makes them no homes ("air defence units"; not "housing units")."""
    if low not in HOME_OTHER_SENSES:
        return False
    if low == "units" and prev is not None and prev not in HOUSING_UNIT_WORDS:
        return True
    return _of_no_people(text, lower, pos)


def _of_no_people(text: str, lower: str, pos: int) -> bool:
    """What the noun ending at `pos` is "of" is no people ("bodies of water"; not "the bodies
    of 42 civilians", "killings of protesters"); False when no "of" follows."""
    of = REMAINS_OF.match(text, pos)
    if of is None:
        return False
    at = of.end()
    if text[at : at + 1].isdigit():
        return False  # "the bodies of 42 civilians"
    return read_noun(text, lower, at, min(len(text), at + REMAINS_OF_REACH)).kind is not KIND_PERSON


def _remains_of_no_people(text: str, lower: str, prev: str | None, pos: int) -> bool:
    """The remains noun ending at `pos` ("bodies", "killings") names no dead: a word before it
    makes it an institution or a thing ("governing bodies", "heavenly bodies"), or what it is
    "of" is no people ("bodies of water", "killings of livestock"; not "the bodies of 42
    civilians", "killings of protesters")."""
    return prev in REMAINS_OTHER_SENSES or _of_no_people(text, lower, pos)


def _thing_after_modifier(nxt: re.Match, words: Iterator[re.Match]) -> bool:
    """The word nxt after a trigger used as a modifier is a thing noun, or a modifier of one
    right after it ("evacuation centres", "refugee accommodation centres"): no count of people."""
    low = nxt.group().lower()
    if low in NON_PERSON_NOUNS:
        return True
    if low in PERSON_NOUNS or low in _NO_MODIFIERS or not low.isalpha():
        return False
    after = next(words, None)
    return after is not None and after.start() - nxt.end() == 1 and after.group().lower() in NON_PERSON_NOUNS


def _next_word(lower: str, pos: int, limit: int) -> str | None:
    """The word right after `pos` (white space between), lower case."""
    m = WORD.match(lower, pos + len(lower[pos:limit]) - len(lower[pos:limit].lstrip()), limit)
    return m.group() if m else None


def _glued_noun(low: str) -> tuple[str, int] | None:
    """ "peoplewere", "newdisplacements": a noun glued to a word in a damaged feed, and
    where it ends in the word."""
    if len(low) < GLUED_MIN_LENGTH:
        return None
    for noun in GLUED_PREFIXES:
        if low.startswith(noun):
            return noun, len(noun)
    for noun in GLUED_SUFFIXES:
        if low.endswith(noun):
            return noun, len(low)
    return None
