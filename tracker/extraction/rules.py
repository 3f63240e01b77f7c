"""The named rules that decide whether a number is a figure, and what it counts.

Two ordered tables, each a tuple of (name, rule):

- NUMBER_RULES look at a number and the words right around it, before and after its
  noun is read; the first that matches rejects the number, and its name is the reason
  (`python -m tracker explain` prints it).
- INDICATOR_RULES decide what a candidate count counts, from the trigger phrases around
  it; the first that decides gives a `Verdict`: an indicator, a block (returns, needs), or
  no indicator, with the rule's name.

Every distance here is a named constant, in characters.
"""

from __future__ import annotations

import functools
import os
import re as _re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable, Iterator
from itertools import product
from dataclasses import dataclass
from operator import itemgetter
from typing import NamedTuple

import regex as re

from .. import lexicon
from ..lexicon.phrases import body as phrase_body
from ..lexicon.phrases import heads as phrase_heads
from ..provenance import places as _places
from ..records import THING_INDICATORS
from ..provenance.dates import MONTHS, YEAR, group_number
from . import distributive, parts
from .numbers import SCALES, SHORT_SCALES, TENS, UNITS, words_to_int
from .quantities import MAX_DAY
from .indicators import NON_PERSON_NOUNS, PERSON_NOUNS, holds_folded, PROJECTION, PROJECTION_GLUED, PROJECTION_STEMS, SHELTER_PLACE, SHELTER_PLACES, Trigger, find_triggers, more_triggers_than, trigger_at_word
from .nouns import AUX_GAP, FINITE_AUXILIARIES, OF_THE, OF_WHOM, RELATIVE_AUXILIARIES, RELATIVE_GAP, VERB_GAP_WORDS, Noun, KIND_BARE, KIND_HOMES, KIND_PERSON, KIND_THING, KIND_VERB, cases_end, next_row, read_noun
from .qualifiers import change_before, qualifier_after
from .quantities import Quantity
from .text import alternation as _words
from .text import alternation_tree as _word_tree
from .text import phrase_tree
from .text import START_LENGTH, first_words, literal_keys, may_end_with, may_hold, may_start_with, spaced_phrases, word_starts
from .text import phrases as _phrases

# Month names are matched with their capital ("300 may have died" is no date).
_MONTH = "(?-i:" + "|".join(MONTHS) + ")"



def _measures(kind: str, lowered: bool = False) -> str:
    """The words of lexicon/measures.csv of one kind, as an alternation: a stem matches the
    word with any ending ("kilomet"), a word only whole ("m", not "men"); `lowered`: in lower case."""
    case = str.lower if lowered else str
    stems = _phrases(case(w) for w in lexicon.column("measures", "word", kind=kind, ends="stem"))
    words = _phrases(case(w) for w in lexicon.column("measures", "word", kind=kind, ends="word"))
    return "|".join(p for p in (stems, words and rf"(?:{words})\b") if p)


def _starts(words: Iterable[str], entries: tuple[str, ...] = ()) -> tuple[str, ...]:
    """How every match of a pattern of the literal phrases `words` (and of the lexicon phrases
    `entries`, `phrases.body`: "camp|camps") may start: the first START_LENGTH letters of their
    first words, lower case, for `may_start_with` (`_match_at`)."""
    firsts = {w.split()[0].lower()[:START_LENGTH] for w in words}
    firsts.update(head for entry in entries for head in phrase_heads(entry, START_LENGTH))
    return tuple(sorted(w for w in firsts if not any(o != w and w.startswith(o) for o in firsts)))  # ("host", not "hosts")


def _match_at(pattern: re.Pattern, starts: tuple[str, ...], text: str, at: int) -> re.Match | None:
    """pattern.match(text, at), tried only where the text at `at` may start a match: with one
    of `starts` (`_starts`; the readings of a verdict match their patterns at its trigger, and
    most triggers start with none of them)."""
    if not may_start_with(text, at, at + START_LENGTH, starts):
        return None
    return pattern.match(text, at)


# The kinds of lexicon/measures.csv whose words after a number make it no count, and the
# characters that open its other wordings: a sign ("-5 km"), "10:30", "1/2", "3.5.2".
AFTER_KINDS: tuple[str, ...] = ("percentage", "measure", "duration", "ordinal", "time", "currency", "magnitude")
AFTER_SIGNS: tuple[str, ...] = ("-", ":", "/", ".")


def _not_a_count_after(lowered: bool) -> str:
    """What follows a number that makes it no count of people; `lowered`: the words in lower
    case, for lowered text, and no month (a month is told by its capital)."""
    month = "" if lowered else rf"| (?: {_MONTH} ) \b"  # dates: 23 March
    percentage, measure, duration, ordinal, time, currency, magnitude = (_measures(kind, lowered) for kind in AFTER_KINDS)
    return rf"""
    \s* (?:
        (?: {percentage} )                                     # percentages
      | -? \s* (?: {measure} )                                 # measures
      | -? \s* (?: {duration} ) \w*                            # durations, ages
      | (?: {ordinal} )                                        # ordinals
      {month}
      | (?: {time} )                                           # times
      | [:/.] \d                                               # 10:30, 1/2, 3.5.2
      | (?: {currency} )                                       # money
      | (?: {magnitude} )                                      # a quake's magnitude
    )
    """


# How many first characters of what follows a number `_may_open_a_measure` reads.
MEASURE_HEAD = 3


def _measure_heads() -> tuple[dict[int, frozenset[str]], dict[int, frozenset[str]]]:
    """What NOT_A_COUNT_AFTER_LOWERED's matches start with past their white space, by length:
    the first MEASURE_HEAD characters of a word of AFTER_KINDS, lower case (of a stem, of a
    longer word, of one holding no letter or digit: "a.m"), the whole of a shorter stem ("km",
    "%") and AFTER_SIGNS; and the shorter words matched only whole ("m", "pc", "st"), whose
    end the character after them tells."""
    heads: dict[int, set[str]] = {n: set() for n in range(1, MEASURE_HEAD + 1)}
    short: dict[int, set[str]] = {n: set() for n in range(1, MEASURE_HEAD)}
    for sign in AFTER_SIGNS:
        heads[len(sign)].add(sign)
    for kind in AFTER_KINDS:
        for ends in ("stem", "word"):
            for word in lexicon.column("measures", "word", kind=kind, ends=ends):
                word = word.lower()
                if ends == "word" and len(word) < MEASURE_HEAD and word.isalnum():
                    short[len(word)].add(word)
                else:
                    head = word.split()[0][:MEASURE_HEAD]  # (a space in a phrase matches any white space)
                    heads[len(head)].add(head)
    return {n: frozenset(h) for n, h in heads.items()}, {n: frozenset(w) for n, w in short.items()}


MEASURE_HEADS, SHORT_MEASURES = _measure_heads()


def _may_open_a_measure(head: str) -> bool:
    """A cheap test before NOT_A_COUNT_AFTER_LOWERED: `head`, the first MEASURE_HEAD characters
    after a number past its white space (str.lstrip strips what \\s matches), lowered, may open
    one of its matches: it starts with a head of MEASURE_HEADS, or with a word of SHORT_MEASURES
    that ends there (no letter or digit after it: "m" before "en" is no match)."""
    if head in MEASURE_HEADS[3] or head[:1] in MEASURE_HEADS[1] or head[:2] in MEASURE_HEADS[2]:
        return True
    return (head[:1] in SHORT_MEASURES[1] and not head[1:2].isalnum()) or (head[:2] in SHORT_MEASURES[2] and not head[2:3].isalnum())


# What follows a number that makes it no count of people (`not_a_count_after`). Matched at
# every number on a short span, with the standard library's `re`: twice as fast as `regex`
# on this pattern. Case-insensitive matching lowers each letter of each alternative tried
# (about 20,000 instructions a number); the lowered pattern, without it, matched on a
# lowered ASCII stretch, passes over an alternative at its first letter. A month (dates: "23
# March") is told by its capital: MONTH_AFTER reads it in the stretch as written.
NOT_A_COUNT_AFTER = _re.compile(_not_a_count_after(lowered=False), _re.VERBOSE | _re.IGNORECASE)
NOT_A_COUNT_AFTER_LOWERED = _re.compile(_not_a_count_after(lowered=True), _re.VERBOSE)
MONTH_AFTER = _re.compile(rf"\s*(?:{_MONTH})\b")
# The first letters of the months, as written: past white space, every MONTH_AFTER match starts
# with one (after most numbers a lower-case noun stands, and the pattern is not called; after a
# capital, most often a name: "Syrians").
MONTH_HEAD = 3  # (no month is written shorter; MEASURE_HEAD characters hold this many)
MONTH_HEADS: frozenset[str] = frozenset(m[:MONTH_HEAD] for m in MONTHS)


def not_a_count_after(text: str, pos: int, endpos: int) -> bool:
    """NOT_A_COUNT_AFTER matches text at `pos` (up to `endpos`). An ASCII stretch is matched
    lowered with NOT_A_COUNT_AFTER_LOWERED and MONTH_AFTER: the same answer (on ASCII,
    case-insensitive matching is matching the lowered text), at a fraction of the cost."""
    piece = text[pos:endpos]
    if not piece.isascii():  # "ſ", "K" (Kelvin) match "s", "k" case-insensitively, and do not lower to them
        return NOT_A_COUNT_AFTER.match(text, pos, endpos) is not None
    measure, month = _may_open(piece.lstrip()[:MEASURE_HEAD])
    if measure and NOT_A_COUNT_AFTER_LOWERED.match(piece.lower()) is not None:
        return True
    return month and MONTH_AFTER.match(piece) is not None


@functools.lru_cache(maxsize=4096)
def _may_open(head: str) -> tuple[bool, bool]:
    """Whether the first MEASURE_HEAD characters after a number, past its white space, as
    written, may open a match of NOT_A_COUNT_AFTER_LOWERED (`_may_open_a_measure`, lowered) and
    of MONTH_AFTER (a month's first letters, as written). A function of three characters, so
    cached: a call of either pattern costs some 4,000 instructions however soon it fails, and
    after most counts "people" or "were" stands."""
    return _may_open_a_measure(head.lower()), head[:MONTH_HEAD] in MONTH_HEADS


# What stands before a number that makes it no count of people.
# Labels and ranks written before a number: "magnitude 7", "Route 5", "Flight 17".
LABELS: tuple[str, ...] = lexicon.word_list("labels")
CURRENCY_SIGNS: tuple[str, ...] = lexicon.column("measures", "word", kind="currency sign")
# A sign written in letters starts a word ("Rs 500", not the end of "nears 700").
_CURRENCY_SIGNS: str = "|".join(
    [_phrases([c for c in CURRENCY_SIGNS if not c[0].isalpha()]), rf"\b(?:{_phrases([c for c in CURRENCY_SIGNS if c[0].isalpha()])})"]
)
NOT_A_COUNT_BEFORE = re.compile(
    rf"""
    (?:
        (?: {_CURRENCY_SIGNS} ) \s*                                       # money
      | \b (?: {_MONTH} ) \.? \s*                                          # March 23 (a day: DAY_AT)
      | \b (?: {_phrases(LABELS)} | no\. | the\s+first | the\s+last | h\d?n ) [\s-]*  # labels and ranks
      | \b one \s+ in \s+ (?: every \s+ )?                                # proportions: one in every five
      | \d : | \d \s* / \s*                                                # 10:30, 2/3 (not "in 2017: 151,000 people")
      | [#№] \s*
    ) \Z
    """,
    re.VERBOSE | re.IGNORECASE | re.REVERSE,  # searched backwards from the number: fast
)
# The words NOT_A_COUNT_BEFORE's wordings end with (before spaces, hyphens or a full stop:
# "No.", "Jan.", "Rs."): after any other word it is not tried, nor after a sentence's full
# stop ("... the ministry said. 300 people"). Other non-letters ("$", "#", ":") always try it.
# After a month, a number is a day when it has one or two digits and no more groups ("In
# March 3,000 fled" is a count). Tested at the number: the pattern before it ends where the
# number starts, so a lookahead there would see nothing.
MONTH_END = re.compile(rf"\b(?:{_MONTH})\.?\s*\Z")
DAY_AT = re.compile(r"\d{1,2}\b(?![,.]\d)")
# The last words of NOT_A_COUNT_BEFORE's wordings (`_may_end_a_label` looks a run up among them).
NOT_A_COUNT_BEFORE_WORDS: tuple[str, ...] = tuple(
    sorted({*(m.lower() for m in MONTHS), *LABELS, "first", "last", "n", "hn", "no", "in", "every"})
)
# The currency signs that end in a letter or a full stop ("USD", "Rs."): no word boundary before these.
NOT_A_COUNT_BEFORE_SUFFIXES: tuple[str, ...] = tuple(
    sorted({c.lower().rstrip(".") for c in CURRENCY_SIGNS if c[-1].isalpha() or c.endswith(".")})
)
_NOT_A_COUNT_BEFORE_WORD_SET: frozenset[str] = frozenset(NOT_A_COUNT_BEFORE_WORDS)
_LABEL_SKIPPED = "-."  # what may stand between NOT_A_COUNT_BEFORE's words and the number, with white space


def _may_end_a_label(piece: str) -> bool:
    """`may_end_with(piece, ...)` of NOT_A_COUNT_BEFORE_SUFFIXES, "-." and NOT_A_COUNT_BEFORE_WORDS:
    False only when the piece before a number, without its trailing white space, hyphens and
    full stops, ends in a run of letters that is none of the words and ends with none of the
    suffixes. The same answer, with the run looked up in a set: its quick test, the end of the
    piece against some sixty words with `endswith`, cost more than the run's own test (every
    number is asked)."""
    piece = piece.rstrip()
    while piece and piece[-1] in _LABEL_SKIPPED:
        piece = piece[:-1].rstrip()
    if not piece or not piece[-1].isalpha():
        return True  # a non-letter, or nothing: the pattern decides
    # (the last run of letters cut out as `may_end_with` cuts it, written out in both: each is
    # asked at every number, where a call would cost what the set lookup saves)
    run = piece.rsplit(None, 1)[-1]
    if not run.isalpha():  # "forcedmore", "US$-Rs": only the letters at its end
        k = len(run)
        while k > 0 and run[k - 1].isalpha():
            k -= 1
        run = run[k:]
    run = run.lower()
    return run in _NOT_A_COUNT_BEFORE_WORD_SET or run.endswith(NOT_A_COUNT_BEFORE_SUFFIXES)
# Parts of an already counted group: "including 4,000 children", "of whom 22".
BREAKDOWN_OPENERS: tuple[str, ...] = lexicon.word_list("breakdown openers")
# A breakdown's opener right before a count, lowered: "including one in Lutsk".
OPENER_ENDS: tuple[str, ...] = tuple(f" {o.lower()} " for o in BREAKDOWN_OPENERS)
BREAKDOWN_BEFORE = re.compile(
    rf"""\b(?:{_phrases(BREAKDOWN_OPENERS)})\b
        (?: (?! \b(?:{FINITE_AUXILIARIES})\b ) [^();:.] ){{0,60}} \Z   # "including five with disabilities and 90 infants" """,
    re.IGNORECASE | re.VERBOSE | re.REVERSE,
)
# Every BREAKDOWN_BEFORE wording holds one of these (the longest word of each opener, less
# those holding another): without them, the pattern is not tried.
_BREAKDOWN_LONGEST = {max(o.split(), key=len) for o in BREAKDOWN_OPENERS}
BREAKDOWN_WORDS: tuple[str, ...] = tuple(sorted(w for w in _BREAKDOWN_LONGEST if not any(o != w and o in w for o in _BREAKDOWN_LONGEST)))
# ... and the openers themselves, for a lowered ASCII stretch, with the standard library's `re`:
# where a word of one stands but no opener ("which" but no "of which"), the costly backwards
# pattern (a look ahead at every character it passes over) is not tried.
BREAKDOWN_OPENER = _re.compile(rf"\b(?:{_phrases(o.lower() for o in BREAKDOWN_OPENERS)})\b")
# A second wording of the same count: "2,400 families (8,200 people)", "583,000 families or 2.5 million people".
RESTATEMENT_QUALIFIERS: str = _words("rough qualifiers", "restatement qualifiers")  # "(about 8,200 people)"
# Households, then the people in them: "944,586 families with 4.28 million people".
WITH_JOIN = re.compile(rf"\s*(?:{_words('household joins')})\s+(?:{RESTATEMENT_QUALIFIERS})?\s*", re.IGNORECASE)
FROM_JOIN = re.compile(rf"\s*(?:{_words('people household joins')})\s*", re.IGNORECASE)  # "30,000 people from 8,000 families"
EQUIVALENT_JOIN = re.compile(rf"\s*(?:\(|,?\s*or\b|,?\s*i\.e\.|,\s*that\s+is)\s*(?:{RESTATEMENT_QUALIFIERS})?\s*\Z", re.IGNORECASE)

# What may stand between a trigger and its number: "killed 12", "the displacement of 10,214",
# "displaced a total of 500", "evacuated another 300".
ADJACENT_GAP_WORDS: str = _words("adjacent gap words")
_ADJACENT_GAP = rf"\s*(?:(?:{ADJACENT_GAP_WORDS})\s+){{0,4}}"  # (as read backwards, by HOSTED_BY)
ADJACENT_GAP = re.compile(rf"\s*(?:(?:{_word_tree('adjacent gap words')})\s+){{0,4}}", re.IGNORECASE)  # (a tree: read forwards)
# The white space of the `regex` module's \s among ASCII characters (not "\x1c" to "\x1f",
# which str.isspace counts).
ASCII_WHITE_SPACE = " \t\n\r\x0b\x0c"


def adjacent(text: str, pos: int, endpos: int) -> bool:
    """ADJACENT_GAP fullmatches text[pos:endpos]: a trigger stands right before a number. Most
    such gaps are a space ("killed 12"): they are read without a pattern call."""
    if pos <= endpos and not text[pos:endpos].strip(ASCII_WHITE_SPACE):
        return True
    return ADJACENT_GAP.fullmatch(text, pos, endpos) is not None

# Counts of other things between a verb of damage and a count of homes: "destroyed 40
# schools, 12 mosques and 3,000 homes" (a count, one to three words, a comma or "and").
THINGS_LIST_GAP = re.compile(r"(?:\s+\d[\d,.]*(?:\s+[\p{L}'’-]+){1,3}?\s*(?:,\s*(?:and\s+)?|\s+and\s+))+\s*", re.IGNORECASE)
# A count in brackets right after its trigger: "suffered the most deaths (3,587)".
BRACKET_GAP = re.compile(r"\s*\(\s*")
# The qualifiers written before a count (qualifiers.csv), and a count's pieces around its
# digits as patterns read them: its qualifier before it, its scale word after it ("more than
# 2 million").
QUALIFIER_PHRASES: tuple[str, ...] = lexicon.column("qualifiers", "phrase", position="before")
QUALIFIER_LEAD = rf"(?:(?:{_phrases(QUALIFIER_PHRASES)})\s+)?"
SCALE_AFTER = rf"(?:\s+(?:{_phrases(SCALES)})\b)?"
# ... or a count of things before it, which is no figure ("killed 2 million livestock and 31 people").
THINGS_THEN_AND = re.compile(
    rf"\s+{QUALIFIER_LEAD}\d[\d,.]*{SCALE_AFTER}\s+(?:[\p{{Ll}}-]+\s+){{1,2}}?and\s+",
    re.IGNORECASE,
)
# ... the count's clause ending with it, or going on with a preposition or "and" (not with a verb
# of its own: "killed the village chief and 300 people fled").
NAMED_VICTIM_END = re.compile(rf"\s*(?:[,.;:)]|\Z)|\s+(?:and|{_words('prepositions')})\b", re.IGNORECASE)
# One victim named in lower case before the count, joined by "and": "killed the former prime
# minister and 21 others", "killed a mother and her four children" (no count, name or clause mark
# between the verb of harm and the count).
NAMED_VICTIM_GAP = re.compile(
    rf"\s+(?:{_words('named victim openers')})\s+(?:[\p{{Ll}}-]+\s+){{0,3}}?[\p{{Ll}}-]+\s+and\s+(?:(?:{_words('possessives')})\s+)?"
)

# Bounds on the paths every number takes are written as conditionals (`start - REACH if start >
# REACH else 0`), not with the builtins max and min: a call of either costs some 1,100
# instructions (a tuple of its arguments, then an iteration over it), the conditional a tenth.

# How far a trigger may be from its number, in characters. A trigger before the number
# must end right before it; it may start far back: "the number of people displaced by the
# floods in the north-east has risen from 20,000 to" ends at the count it names.
REACH_AFTER = 110
REACH_BEFORE = 100
# Past the last candidate's reach, how much more text the trigger scan reads (a trigger
# that starts in reach may run on).
TRIGGER_SCAN_SLACK = 40
# How far after a number its noun, and what makes it no count, are looked for.
NOUN_REACH = 80
# How far before a number its labels, money signs and month names are looked for.
LABEL_REACH = 24
AGE_AFTER_NOUN_REACH = 32  # "children under the age of 5"
# How far before a number an age's comma ("The boy, 12,") and "including" are looked for.
AGE_COMMA_REACH = 30
BREAKDOWN_REACH = 80
# A number below this after "children under" or between commas is an age.
AGE_LIMIT = 120
# How far before a lone small number word a trigger glued to it may start ("killed two").
SMALL_WORD_REACH = 12
# How far before a trigger a projection word makes it no figure ("could be displaced").
PROJECTION_REACH = 30
# The most text between a count and its restatement in another unit ("(8,200 people)").
EQUIVALENT_GAP = 12
# The cheap look after every number: a date, a percentage, a distance.
CHEAP_LOOK_REACH = 40
# Counts of a billion and more are no counts of people.
MAX_COUNT = 1_000_000_000

VAGUE_OF = re.compile(r"\s*of\s+", re.IGNORECASE)
# "killed five", "left two": a lone small number word right after a word of harm (stems, any
# ending) or of result (whole words)
_SMALL_WORD_TRIGGER_STEMS: str = _words("small word trigger stems")
_SMALL_WORD_TRIGGER_WORDS: str = _words("small word trigger words")
SMALL_WORD_TRIGGER = re.compile(
    rf"\m(?:(?:{_SMALL_WORD_TRIGGER_STEMS})\w*|{_SMALL_WORD_TRIGGER_WORDS})\s*\Z", re.IGNORECASE | re.REVERSE
)
AGE_IN_COMMAS = re.compile(r"\p{L}+,\s*\Z", re.REVERSE)  # "The boy, 12, was killed"
# A speaker's age closing the attribution that names them: '"We counted 17 bodies," said
# Esperance Kahindo, 34.' (a capitalised name right after an inverted reporting verb)
SPEAKER_AGE = re.compile(
    rf"\b(?:{_words('inverted verbs', file='attribution')})\s+(?:\p{{Lu}}[\p{{L}}'’.\-]*\s+){{0,4}}\p{{Lu}}[\p{{L}}'’\-]*,\s*\Z",
    re.REVERSE,
)
SPEAKER_AGE_REACH = 60  # characters from the verb to the age
# What may follow a speaker's age that ends the sentence or the quotation
AGE_ENDS: str = ".;!?\"”\n"
# "children under 18", "people aged 60": an age after a people noun, not a count
AGE_NOUNS: str = _words("age nouns")
AGE_WORDS: str = _words("age words")
AGE_AFTER_NOUN = re.compile(
    rf"\b(?:{AGE_NOUNS})\s+(?:{AGE_WORDS})\s*\Z",
    re.IGNORECASE | re.REVERSE,
)
# "Two brothers, aged 12 and 14,": the later ages of a list of ages (the first has its label)
AGE_LIST_BEFORE = re.compile(
    rf"\b(?:{_words('age list openers')})\s+(?:\d{{1,3}}\s*(?:,\s*|\s+(?:and|or|&)\s+)){{1,4}}\Z",
    re.IGNORECASE | re.REVERSE,
)
AGE_LIST_KEYS: tuple[str, ...] = literal_keys(w.split()[0] for w in lexicon.word_list("age list openers"))
# Every AGE_AFTER_NOUN wording holds one of these (an age word's first word): without them, the pattern is not tried.
AGE_WORD_KEYS: tuple[str, ...] = literal_keys(w.split()[0] for w in lexicon.word_list("age words"))
# "five were wounded": a lone small number word with its own verb of death or injury
HARM_STEMS: str = _words("harm stems")  # "kill", "injur": the starts of words of harm
_SMALL_WORD_AUXILIARIES: str = _words("small word auxiliaries")  # "were", "have been"
_SMALL_WORD_ADVERBS: str = _words("small word adverbs")  # "one was reported missing"
SMALL_WORD_VERB = re.compile(
    rf"(?:\s+(?:more|others?))?(?:\s+(?:{_SMALL_WORD_AUXILIARIES}))?\s+(?:(?:{_SMALL_WORD_ADVERBS})\s+)?(?:{HARM_STEMS})", re.IGNORECASE
)  # "five were wounded", "seven more died", "two others were hurt", "Two killed in blast"
CONTRAST_WORDS: str = _words("contrast words")  # "but", "while": another clause
# A relative clause of a share or part ("90 percent of whom need aid"): a verb in it,
# before any comma, is the part's, not the count's before it.
RELATIVE_PART_KEYS: tuple[str, ...] = literal_keys(w.split()[0] for w in lexicon.word_list("relative part openers"))
RELATIVE_PART = re.compile(rf"\b(?:{_words('relative part openers')})\b[^,;()]*\Z", re.IGNORECASE)
# The whole a share is taken from: "70 percent of the 2.2 million residents have fled"
# (lexicon/words.csv "share words"); the finite verb after it is the share's.
# The determiners of a share's whole ("of the", "of its"), and how a possessive one ends ("of
# the town's"): every SHARE_OF_BEFORE match ends with one of them, then white space
# (`_may_end_with_word`; a curly apostrophe is no ASCII: there the pattern decides).
SHARE_DETERMINERS: tuple[str, ...] = ("the", "its", "their", "a", "an")
SHARE_WHOLE_ENDS: tuple[str, ...] = (*SHARE_DETERMINERS, "'s")
SHARE_OF_BEFORE = re.compile(
    rf"(?:%|(?<!\w)(?:{_word_tree('share words')})|(?<![\d,.])\d[\d,.]*)\s+of\s+(?:{'|'.join(SHARE_DETERMINERS)}|(?:the\s+)?[\p{{L}}-]+['’]s)\s+\Z",
    re.IGNORECASE | re.REVERSE,  # searched backwards from the count (a quarter of the cost): only whether it matches is asked
)  # ("Fewer than 300 of the town's 12,000 inhabitants remain": a count is a share too)
SHARE_OF_KEYS: tuple[str, ...] = ("of",)  # every whole SHARE_OF_BEFORE reads stands after "of"
SHARE_REACH = 40  # characters: "two-thirds of the " and room to spare
FINITE_VERB = re.compile(rf"\b(?:{FINITE_AUXILIARIES})\b", re.IGNORECASE)
PART_BY_RELATIVE = re.compile(rf"\s+(?:{_words('relative part openers')})\b", re.IGNORECASE)  # "40 of whom"
CLAUSE_BREAK = re.compile(rf"[;:]|\.\s|\b(?:{CONTRAST_WORDS})\b", re.IGNORECASE)
# Every CLAUSE_BREAK match holds one of these (a mark, a contrast word's first word): where none
# stands, it is not tried (`clause_break`).
CLAUSE_BREAK_KEYS: tuple[str, ...] = literal_keys([";", ":", ".", *(w.split()[0] for w in lexicon.word_list("contrast words"))])


def clause_break(text: str, pos: int, endpos: int) -> re.Match | None:
    """CLAUSE_BREAK.search(text, pos, endpos), its cheap test first: most stretches between a
    count and its verb hold no mark and no contrast word."""
    if not may_hold(text, pos, endpos, CLAUSE_BREAK_KEYS):
        return None
    return CLAUSE_BREAK.search(text, pos, endpos)
TO_WORD = re.compile(r"\bto\b", re.IGNORECASE)
# People who arrive somewhere without being displaced: "2,000 tourists arrived in Bali".
NOT_DISPLACED_ARRIVALS: frozenset[str] = lexicon.word_set("not displaced arrivals")
# Outcomes that are no indicator of ours, which make a count joined to one of ours a
# combined count: "killed, injured or kidnapped", "wounded and sick".
OTHER_OUTCOMES: frozenset[str] = lexicon.word_set("other outcomes")
# What is done to homes after a disaster (words.csv home outcomes: "1,000 have been rebuilt"):
# another outcome of a count of homes, or of a part of a total.
HOME_OUTCOMES: frozenset[str] = lexicon.word_set("home outcomes")
OUTCOME_JOIN_REACH = 30
# Between a count's noun and its verb: "1,860 people were reported killed, injured or kidnapped".
OUTCOME_VERB_GAP = re.compile(r"(?:\s+[\p{L}'’]+){0,4}\s*")
OUTCOME_JOIN_AFTER = re.compile(r"\s*(?:,|,?\s*(?:or|and|and/or)\b|/)\s*(?:(?:went|go|gone|goes)\s+)?(?P<word>\p{L}+)", re.IGNORECASE)  # "killed or went missing"
OUTCOME_JOIN_STARTS = (",", "/", "and", "or")  # its matches start, past white space, with a comma, a slash, "and" or "or"
OUTCOME_JOIN_BEFORE = re.compile(r"(?P<word>\p{L}+)\s*(?:,|,?\s*(?:or|and|and/or)\b|/)\s*\Z", re.IGNORECASE | re.REVERSE)
# Its matches end, before white space, with a comma, a slash or these letters (`may_end_with`).
OUTCOME_JOIN_ENDS = ("and", "or")
# An outcome right after a count's noun: "298 people were kidnapped".
_OUTCOME_GAP_WORDS: str = _words("outcome gap words")
OTHER_OUTCOME_AFTER = re.compile(
    rf"\s*(?:(?:{FINITE_AUXILIARIES}|{VERB_GAP_WORDS}|{_OUTCOME_GAP_WORDS})\s+)*(?P<word>\p{{L}}+)",
    re.IGNORECASE,
)
# A verb of another outcome right before a count, its object: "had arrested (at least) 40 youths".
OUTCOME_OBJECT_BEFORE = re.compile(
    rf"\b(?:{_phrases(sorted(OTHER_OUTCOMES | HOME_OUTCOMES))})\s+(?:[a-z]+\s+){{0,2}}\Z", re.IGNORECASE | re.REVERSE
)
OUTCOME_OBJECT_REACH = 40  # characters before a count its verb and qualifier stand within
OUTCOME_OBJECT_WORDS = 3  # the words before a count its verb stands among (the verb, a two-word qualifier)
# The one-word outcomes, lowered: one of them is among the words before every match.
_OUTCOME_VERBS: frozenset[str] = frozenset(w.lower() for w in OTHER_OUTCOMES | HOME_OUTCOMES if " " not in w)


def _object_of_another_outcome(s: Scene) -> bool:
    """The count is the object of a verb of another outcome right before it ("had arrested
    40 youths", "abducted more than 20 farmers"): the words after it tell who the people
    are, not what befell them. (The pattern only where one of the few words before the count
    is such a verb: a backward search costs some 4,000 instructions.)"""
    at = s.candidate.quantity.first_start
    lo = at - OUTCOME_OBJECT_REACH if at - OUTCOME_OBJECT_REACH > s.prev_end else s.prev_end
    words = s.lower[lo:at].split()[-OUTCOME_OBJECT_WORDS:]
    return not _OUTCOME_VERBS.isdisjoint(words) and OUTCOME_OBJECT_BEFORE.search(s.text, lo, at) is not None
# Their outcome word by its group number: the `regex` module reads a group by its name only
# after failing to read the name as a number (an error raised and cleared, about six times the cost).
_JOINED_WORD = OUTCOME_JOIN_AFTER.groupindex["word"]
_OUTCOME_WORD = OTHER_OUTCOME_AFTER.groupindex["word"]
_JOINED_BEFORE_WORD: int = group_number("word", OUTCOME_JOIN_BEFORE)
# The flight told as the past of the people counted: "who had sheltered", "who fled".
_FLIGHT_RELATIVE_WORDS: str = _words("flight relative words")
WHO = ("who",)  # how every FLIGHT_RELATIVE match starts, past its white space (`may_start_with`)
FLIGHT_RELATIVE = re.compile(rf"\s+who\s+(?:(?:{RELATIVE_AUXILIARIES}|{_FLIGHT_RELATIVE_WORDS})\s+)*", re.IGNORECASE)
# Across a border: a displacement verb, then "across the border(s)" or "into/to" a country
# (its name as the gazetteer spells a country: "fled to Kabul" stays inside), or out of the
# country ("fled abroad", "have left the country", "have fled Ukraine").
BORDER_REACH = 80
COUNTRY_NAMES: frozenset[str] = frozenset(
    spelling for spelling, place in _places.PLACES.items() if place.admin1 is None and place.name == place.country
)
# The verbs of flight (words.csv): "fled", "streamed"; with "across" also "went", "gone";
# with "to" also "sought refuge"; and of arrival: "entered", "arrived in".
# (trees: read forwards only, by ACROSS_BORDER, which fails at most places it is tried)
_ACROSS_VERBS: str = _word_tree("flight verbs", "across verbs")
_INTO_VERBS: str = _word_tree("flight verbs", "into verbs")
_ARRIVAL_VERBS: str = _word_tree("arrival verbs")
_NEIGHBOURING: str = _places.NEIGHBOURING_WORDS
# ("fled from Darfur to Chad", "fled Sudan to Chad": where from, then the country.)
# The wordings of a border crossed, shared with ELLIPTIC_ACROSS: over a border, a country
# (a capitalised name of one or two words, no possessive: "fled to Sudan's capital" stays
# inside), out of the country.
_OVER_BORDER = r"across\s+(?:the\s+|a\s+|several\s+)?(?:\w+\s+)?(?:borders?|frontiers?)\b"
_A_COUNTRY = rf"(?:(?:{_NEIGHBOURING})\s+)?(?P<country>(?-i:\p{{Lu}})[\p{{L}}'’-]*(?:\s+(?-i:\p{{Lu}})[\p{{L}}'’-]*)?)(?!['’]s)"
_OUT_OF_COUNTRY = rf"(?:{_word_tree('out of country words')})\b"
# Arrived in "the country": the country that takes them in ("12,400 Ukrainians entered the
# country"), as a host "the country" is (HOSTED_BY); "the country's north" is a place inside.
_THE_HOST_COUNTRY = r"the\s+country\b(?!['’]s)"
ACROSS_BORDER = re.compile(
    rf"""\b(?: (?:{_ACROSS_VERBS})\s+{_OVER_BORDER}
         | (?:{_INTO_VERBS})(?:\s+from(?:\s+[\w'’-]+){{1,4}}?|\s+(?-i:\p{{Lu}})[\w'’-]*(?:\s+(?-i:\p{{Lu}})[\w'’-]*)?)?\s+(?:in)?to\s+{_A_COUNTRY}
         | (?:{_ARRIVAL_VERBS})\s+(?:{_A_COUNTRY}|{_THE_HOST_COUNTRY})
         | (?:{_ACROSS_VERBS}|{_INTO_VERBS}|{_word_tree('leaving verbs')})\s+{_OUT_OF_COUNTRY}(?!['’]s)
         | (?:{_word_tree('flight verbs', 'leaving verbs')})\s+{_A_COUNTRY} )""",  # "have fled Ukraine", "left Syria"
    re.IGNORECASE | re.VERBOSE,
)
# The first words of ACROSS_BORDER's matches (its verbs'): on an ASCII stretch it is tried only where one stands.
ACROSS_BORDER_FIRST_WORDS: tuple[str, ...] = first_words(
    verb for name in ("flight verbs", "across verbs", "into verbs", "arrival verbs", "leaving verbs") for verb in lexicon.word_list(name)
)
# Every ACROSS_BORDER wording holds one of these: without them, the pattern is not tried.
ACROSS_BORDER_WORDS: tuple[str, ...] = literal_keys(
    verb.split()[0]
    for name in ("flight verbs", "across verbs", "into verbs", "arrival verbs", "leaving verbs")
    for verb in lexicon.word_list(name)
)
# Hosted by a country: "Turkey hosts 3.7 million Syrians", "Romania has taken in 80,000",
# "the country is sheltering 1.2 million". The host is the subject right before the verb,
# which stands right before the count; a country (as the gazetteer spells one), or "the
# country", hosts people from elsewhere, a town or a camp hosts the displaced.
HOSTING_VERBS: tuple[str, ...] = lexicon.word_list("hosting verbs")
HOST_REACH = 90
HOSTED_BY = re.compile(
    rf"""(?: (?P<country>(?-i:\p{{Lu}})[\p{{L}}'’-]*(?:\s+(?-i:\p{{Lu}})[\p{{L}}'’-]*)?) | \bthe\s+country )
    (?: \s*,\s* (?:{_words('host relatives')}) | \s+ (?:{_phrases(lexicon.word_list('host speech links'))}) )?
    (?: \s+ (?:{_words('host gap words')}) )*
    \s+ (?:{_phrases(HOSTING_VERBS)}) \b
    {_ADJACENT_GAP} \Z""",
    re.IGNORECASE | re.VERBOSE | re.REVERSE,
)
# The country named across a border and as a host, by number (see `group_number`).
ACROSS_BORDER_COUNTRY: int = group_number("country", ACROSS_BORDER)
HOSTED_BY_COUNTRY: int = group_number("country", HOSTED_BY)


def across_border(text: str, lower: str, pos: int, end: int) -> re.Match | None:
    """`ACROSS_BORDER.search(text, pos, end)`: on an ASCII stretch (`lower` is the lowered
    text) tried only where one of its verbs' first words starts, from the left: the first
    that matches is the search's."""
    if not text[pos:end].isascii():
        return ACROSS_BORDER.search(text, pos, end)
    for at in word_starts(lower, pos, end, ACROSS_BORDER_FIRST_WORDS):
        m = ACROSS_BORDER.match(text, at, end)
        if m is not None:
            return m
    return None
# Every HOSTED_BY wording holds one of these (a hosting verb's first word): without them, it is not tried.
HOSTING_VERB_KEYS: tuple[str, ...] = literal_keys(verb.split()[0] for verb in HOSTING_VERBS)
# Verbs of taking people in that say nothing of refuge ("hosting", "took in"): before a
# count, the host before them must be a country (HOSTED_BY) or a place of shelter, or the
# count's noun must name displaced people; "the city took in 2 million tourists" is none.
PLAIN_HOSTING = re.compile(rf"(?:{_phrases(lexicon.word_list('plain hosting verbs'))})\b", re.IGNORECASE)
PLAIN_HOSTING_STARTS: tuple[str, ...] = _starts(lexicon.word_list("plain hosting verbs"))
SHELTER_HOST = re.compile(
    rf"(?:{SHELTER_PLACE.pattern}|\b(?:{_words('shelter hosts')})\b)", re.IGNORECASE
)
# After a count, a plain verb of taking in makes the counted its hosts ("the school, which has
# 1,200 pupils, is accommodating 40 teachers", "Kenya, which has 52 million people, hosted"),
# unless it is a participle in the passive: after "are", "been" ("2,000 people are hosted") or
# before a preposition ("4,000 accommodated in schools", "families taken in by relatives").
HOSTING_PARTICIPLE = re.compile(rf"(?:{_phrases(lexicon.word_list('hosting participles'))})\b", re.IGNORECASE)
PASSIVE_BEFORE = re.compile(rf"\b(?:{_words('passive auxiliaries')})\s*\Z", re.IGNORECASE)
WORD_AFTER = re.compile(r"\s*(?P<word>\p{L}+)")
# A part's own state: "of whom 2.6 million are severely food insecure" (not "are children",
# "are in hospital", "are believed dead").
PART_STATE = re.compile(
    rf"\s+(?:{_words('part state verbs')})\s+(?:(?:{_words('part state adverbs')})\s+)*(?P<word>\p{{L}}+)",
    re.IGNORECASE,
)
PREPOSITIONS: frozenset[str] = lexicon.word_set("prepositions")
PART_PEOPLE: frozenset[str] = frozenset(r["noun"] for r in lexicon.rows("person_nouns"))
# Words of entering: across a border only (lexicon/words.csv "entry words").
ENTRY_WORD = re.compile(rf"(?:{_phrases(lexicon.word_list('entry words'))})\b", re.IGNORECASE)
ENTRY_STARTS: tuple[str, ...] = _starts(lexicon.word_list("entry words"))
# People who move others (lexicon/words.csv "responders"): never displaced themselves.
RESPONDERS: frozenset[str] = lexicon.word_set("responders")
# People held by others (words.csv): their return is a release ("33 hostages returned").
CAPTIVES: frozenset[str] = lexicon.word_set("captives")
# People named by the vehicle, workplace or venue they were in (words.csv "occupants"), and the
# words after a count's noun that put the people on a vessel or vehicle ("aboard words").
OCCUPANTS: frozenset[str] = lexicon.word_set("occupants")
_ABOARD_WORDS: tuple[str, ...] = lexicon.word_list("aboard words")
ABOARD_SPACE = 3  # white space characters before and inside an aboard word's match, at most
_ABOARD_GAP = rf"\s{{1,{ABOARD_SPACE}}}"
ABOARD_AFTER = re.compile(_ABOARD_GAP + "(?:" + _phrases(_ABOARD_WORDS).replace(r"\s+", _ABOARD_GAP) + r")\b", re.IGNORECASE)
ABOARD_KEY = "board"  # stands in every aboard word: where it is absent, ABOARD_AFTER cannot match
# the longest match: its white space, and the letters of the longest word
ABOARD_REACH = max(ABOARD_SPACE * (1 + w.count(" ")) + len(w.replace(" ", "")) for w in _ABOARD_WORDS)
# The words of evacuation (words.csv, phrases: "evacuate|evacuated|...", the displacement
# trigger's own words) and the stem all their forms start with.
_EVACUATION_WORDS: tuple[str, ...] = lexicon.word_list("evacuation words")
EVACUATION_WORD = re.compile(rf"(?:{'|'.join(phrase_body(p) for p in _EVACUATION_WORDS)})\b", re.IGNORECASE)
EVACUATION_STEM: str = os.path.commonprefix([h for p in _EVACUATION_WORDS for h in phrase_heads(p, len(p))])  # "evacuat"
# A place right after a count's noun, before its verb: "in Lebanon", "from the Nuba Mountains",
# "in the south", "in the north of the country" (a place name word: a compass point, "district").
_NAME_AFTER_NOUN = r"(?-i:\p{Lu})[\p{L}'’-]+(?:\s+(?-i:\p{Lu})[\p{L}'’-]+){0,2}"
PLACE_AFTER_NOUN = re.compile(
    rf"""\s+(?:{_words('place prepositions')})\s+(?:the\s+)?
    (?: {_NAME_AFTER_NOUN}
      | (?:{_words('place name words')})\b (?:\s+of\s+(?:the\s+)?(?:{_NAME_AFTER_NOUN}|country|region|city))? )""",
    re.IGNORECASE | re.VERBOSE,
)
# Words of arriving and crossing (lexicon/words.csv "arrival words").
ARRIVAL_WORD = re.compile(rf"\b(?:{_phrases(lexicon.word_list('arrival words'))})\b", re.IGNORECASE)
ARRIVAL_KEYS: tuple[str, ...] = literal_keys(lexicon.word_list("arrival words"))  # one of which every match holds (`may_hold`)
# Nouns of arriving ("the number of arrivals"): travellers of any kind unless the text says.
ARRIVAL_NOUN = re.compile(rf"\b(?:{_words('arrival nouns')})\b", re.IGNORECASE)
# Words of moving, staying or being taken in that say nothing of flight: arriving, crossing,
# entering, taking in, leaving the area, sleeping in tents. People who travel or come of their
# own accord (NOT_DISPLACED_ARRIVALS: tourists, soldiers, journalists, guests) are no displaced
# people by them ("2,000 tourists arrived", "30 soldiers slept in tents", "the school is
# accommodating 40 new teachers").
NEUTRAL_MOVE = re.compile(
    rf"(?:{phrase_tree(lexicon.word_list('arrival words') + lexicon.word_list('plain hosting verbs') + lexicon.word_list('neutral movement words'))})\b|{SHELTER_PLACE.pattern}"
    rf"|(?:refugee|displacement|IDP)\s+(?:{_word_tree('refugee place nouns')})\b",  # "officials in charge of the refugee camps"
    re.IGNORECASE,
)
NEUTRAL_MOVE_STARTS: tuple[str, ...] = _starts(
    lexicon.word_list("arrival words") + lexicon.word_list("plain hosting verbs") + lexicon.word_list("neutral movement words")
    + ("refugee", "displacement", "IDP"),
    SHELTER_PLACES,
)
# A count of the people named before a verb of counting: "the dead now numbered eight",
# "returnees crossing at the post this week totalled 4,210", "Syrians entering through the
# crossing up to Tuesday numbered 10,829". The last trigger of the clause before the verb,
# after the figure before and at most SUBJECT_REACH before the verb, names what is counted.
SUBJECT_COUNT_VERB = re.compile(rf"\b(?:{_words('subject count verbs')})\s*\Z", re.IGNORECASE | re.REVERSE)
# Every SUBJECT_COUNT_VERB wording holds one of these (a verb's first word): without them, the pattern is not tried.
SUBJECT_COUNT_VERB_KEYS: tuple[str, ...] = literal_keys(w.split()[0] for w in lexicon.word_list("subject count verbs"))
SUBJECT_VERB_REACH = 30
SUBJECT_REACH = 120
SUBJECT_ASIDE = re.compile(r"[,()\u2013\u2014]")
EVENT_OF = re.compile(r"\s+of\b", re.IGNORECASE)
# The trigger heads the subject (or follows its people noun): none of the SUBJECT_LEAD_WORDS
# words before it, past the subject gap words ("who had"), is a preposition ("searching for the
# missing"), and no responder or assailant stands before it ("rescue workers evacuating the wounded").
SUBJECT_LEAD_WORDS = 3
SUBJECT_GAP: frozenset[str] = lexicon.word_set("subject gap words")
WORD = re.compile(r"[\p{L}'’-]+")
MOVERS = re.compile(rf"\b(?:{_words('responders', 'assailants')})\b", re.IGNORECASE)
# People taken or moving out of a place of shelter to their own homes are returnees: "nine
# families were moved from Kalo camp (Mansehra District) to their villages", "left the
# evacuation centres and went back to their homes". The place left is one of the shelter
# places or the places left ("site", "school"), up to three words after the leaving word
# ("from the overcrowded Zam camp"; none of them "to", "into": "from their villages to the
# camp" leaves no shelter), with a bracket after it; the destination is "to their"
# (own, home...) homes, villages or areas of origin, in the same clause.
BACK_FROM_SHELTER_REACH = 160
BACK_FROM_SHELTER = re.compile(
    rf"\b(?:{_words('shelter leavings')})\s+(?:(?!(?:{_words('shelter leaving stops')})\b)[\p{{L}}'’-]+\s+){{0,3}}?"
    rf"(?:{SHELTER_PLACE.pattern}|(?:{_words('places left')})\M)(?:\s*\([^()\n]{{0,60}}\))?"
    rf"[^.;:()\n]{{0,60}}?\bto\s+their\s+(?:(?:{_words('own home adjectives')})\s+)?(?:{_words('own home places')})\b",
    re.IGNORECASE,
)
# Every BACK_FROM_SHELTER wording holds "to their": without it, the pattern is not tried.
BACK_HOME_KEYS: tuple[str, ...] = ("their",)
# The weakest of them (crossing, entering, pouring in, leaving the area): a displacement only in a text that speaks of a crisis (CRISIS_WORD, refugees, or
# any other trigger): "2,000 people crossed over the new bridge" is none.
WEAK_MOVE = re.compile(rf"(?:{_phrases(lexicon.word_list('weak movement words'))})\b", re.IGNORECASE)
WEAK_MOVE_STARTS: tuple[str, ...] = _starts(lexicon.word_list("weak movement words"))
# People named by their work (lexicon/words.csv "job nouns"): displaced with no crisis around,
# they lost their jobs ("the company displaced 2,000 workers").
JOB_NOUNS: frozenset[str] = lexicon.word_set("job nouns")
CRISIS_WORD = re.compile(rf"\b(?:{_words('crisis words')})\b", re.IGNORECASE)
# "affected by" and its cause: its first words, up to a comma or the clause's end.
AFFECTED_BY = re.compile(r"\s+by\s+(?P<cause>[^,;.()]{1,60})", re.IGNORECASE)
DISPLACED_WORD = re.compile(r"displaced", re.IGNORECASE)
DISPLACED_LENGTH = len("displaced")  # case-blind, each character matches one: every match's length
NAME_IN_CAUSE = re.compile(r"\b(?-i:\p{Lu})\p{L}+")
# ... or for a purpose of their own, said after that word in its clause: "arrived in Moscow for
# the trade fair", "arrived to cover the visit", "arrived in Hong Kong as domestic workers".
PURPOSE_REACH = 80
OWN_PURPOSE = re.compile(
    rf"""\b(?: to\s+(?:{_words('own purpose verbs')})
             | (?:for|at)\s+(?:(?:the|a|an|this|their|its|his|her)\s+)?(?:[\p{{L}}'’-]+\s+){{0,2}}?(?:{_words('own purpose events')})
             | as\s+(?:[\p{{L}}'’-]+\s+)?(?:{_words('not displaced arrivals')}) )\b""",
    re.IGNORECASE | re.VERBOSE,
)
# People who attack others (lexicon/words.csv "assailants"): their flight is no displacement
# ("12 gunmen fled after the attack").
ASSAILANTS: frozenset[str] = lexicon.word_set("assailants")
# ... and people the words before their noun arm ("50 armed men", "masked youths").
ARMING_WORDS: frozenset[str] = lexicon.word_set("arming words")
# How far around a count of people named by nationality the text is read for refugees.
REFUGEE_CONTEXT_REACH = 600
REFUGEE_WORD = re.compile(rf"\b(?:{_words('refugee words')})\b(?!\s+(?:{_words('refugee place nouns')})\b)", re.IGNORECASE)
# The first words of REFUGEE_WORD's matches: on an ASCII stretch it is tried only where one stands.
REFUGEE_FIRST_WORDS: tuple[str, ...] = first_words(lexicon.word_list("refugee words"))


def refugee_words(text: str, lower: str, lo: int, hi: int) -> Iterator[re.Match]:
    """REFUGEE_WORD's matches in text[lo:hi], as `finditer` finds them: on an ASCII stretch
    (`lower` is the lowered text) tried only where one of its first words starts (the stretch
    around a count is 1,200 characters, and the scan of every place cost some 200,000
    instructions where a few matches cost a few thousand each). So too on a stretch that is
    not ASCII, unless it holds a character the pattern reads as an ASCII letter that lowering
    left as it is (`holds_folded`): elsewhere its letters stand where the lowered text holds them."""
    if not text[lo:hi].isascii() and holds_folded(lower[lo:hi]):
        yield from REFUGEE_WORD.finditer(text, lo, hi)
        return
    pos = lo
    for at in word_starts(lower, lo, hi, REFUGEE_FIRST_WORDS):
        if at >= pos and (m := REFUGEE_WORD.match(text, at, hi)) is not None:
            yield m
            pos = m.end()
# Words that keep displaced people inside their country: "internally", "IDPs" (whole words),
# "within the country" (a word start).
INTERNALLY = re.compile(rf"\b(?:{_words('internal words')})\b|\b(?:{_words('internal phrases')})", re.IGNORECASE)
# ... right after a count's noun: that count's ("700,000 people internally and ...").
INTERNALLY_AFTER = re.compile(rf"\s*(?:{INTERNALLY.pattern})", re.IGNORECASE)
# Indicators of harm a noun names ("30 injured people", "4 bodies") that a verb of moving
# before them does not change.
HARMED: frozenset[str] = frozenset({"killed", "injured", "missing"})
# Verbs of a result whose people are followed by what became of them: "left 54 people dead".
RESULT_VERBS: frozenset[str] = lexicon.word_set("result verbs")
RESULT_RULE = "a verb of result and the state after the people (left 54 people dead)"
# A verb of result before a share and its whole: "leaving nearly all of its 30,000 residents".
RESULT_BEFORE_SHARE = re.compile(rf"\b(?:{_words('result verbs')})\s+(?:[\w'’-]+\s+){{1,5}}\Z", re.IGNORECASE | re.REVERSE)
SHARE_RESULT_REACH = 50  # characters before the whole its result verb stands within
# Indicators a verb right after the noun decides even for a noun that names a group
# ("Between 90 and 230 IDPs were killed", "3,000 displaced people returned", "12 refugees
# are missing", "10,000 refugees affected", "2,000 refugees were stranded").
VERB_DECIDES: frozenset[str] = frozenset({"killed", "injured", "missing", "trapped", "returned", "in_need", "affected"})
# Of those, the states a count of the dead or the wounded can be in without ceasing to be
# that count ("8,000 bodies are still trapped under the rubble" are dead).
STATE_INDICATORS: frozenset[str] = frozenset({"trapped"})


# Rows of tables and lists: "People killed: 60 | People injured: 672", "• Houses destroyed:
# 1,250", "2.9 MILLION – Estimated Number of IDPs". A row starts at a line break, a bar, a
# bullet, a semicolon or a dash (or where its sentence starts); its label is a few words
# with no digit, joined to the number by a colon (label first) or a dash (number first).
ROW_RULE = "a row of a table or list whose label names what is counted"
ROW_LABEL_REACH = 60
ROW_LABEL_WORDS = 6
# (a note in brackets may close the label: "Deaths (confirmed): 58", "Returnees (individuals): 12,450")
ROW_COLON_BEFORE = re.compile(r"(?:[^\S\n]*\([^()\n\d]{1,30}\))?(?:[^\S\n]*:|[^\S\n]+[–—])[^\S\n]*\Z", re.REVERSE)
# (a date may close the label: "People displaced since 15 April 2023: 8.7 million")
ROW_LABEL_DATE = rf"(?:[^\S\n]+(?:{_words('row date openers')})(?:[^\S\n]+[\p{{L}}\d,]+){{1,3}})?"
ROW_LABEL = re.compile(
    rf"(?:[\n|•▪●;–—]|^[^\S\n]*[-*](?=[^\S\n])|[.!?][^\S\n]|(?<=\d)[^\S\n](?=[^\S\n]*\p{{Lu}})|^)[^\S\n]*(?P<label>\p{{L}}[\p{{L}}'’-]*(?:[^\S\n]+[\p{{L}}'’-]+){{0,{ROW_LABEL_WORDS - 1}}}{ROW_LABEL_DATE})[^\S\n]*\Z",
    re.REVERSE | re.MULTILINE,
)
ROW_DASH_AFTER = re.compile(r"[^\S\n]*[–—:][^\S\n]*")
ROW_MARKS = "|•▪●"
ROW_START = re.compile(rf"(?:^|[{ROW_MARKS}])[^\S\n]*\Z", re.REVERSE | re.MULTILINE)
ROW_LABEL_AFTER = re.compile(r"[^\S\n]*[–—][^\S\n]*[^\n|(\d]{3,120}?(?=[^\S\n]*(?:[\n|(]|\Z))")


# An amount given to each: "50,000 to each of the injured", "5,000 per family".
PER_HEAD_NOUNS: str = _words("per head nouns")
PER_HEAD_AFTER = re.compile(
    rf"\s*(?:(?:to|for)\s+(?:each|every)\b|(?:per|a)\s+(?:{PER_HEAD_NOUNS})\b)", re.IGNORECASE
)
# PER_HEAD_AFTER's wordings start with "to", "for", "per", or "a" and the white space after it
# (an ASCII one: `may_start_with` lets any other character by): not "and", "at", "after".
PER_HEAD_STARTS = ("to", "for", "per", *(f"a{space}" for space in ASCII_WHITE_SPACE))
# Rates: "400 refugees a day", "arrive daily", "an average of six killed every day". Read
# after the count's noun, in its clause (no digit, no clause mark between).
RATE_REACH = 50
RATE_BEFORE_REACH = 30
NOT_RATE_AFTER_REACH = 16  # characters past the reach the word after a rate's unit may end within (" after", " on average")
RATE_UNITS: tuple[str, ...] = lexicon.word_list("rate units")
# Words before "a day" that make it a span ("for a day", "once a week"), adverbs of a rate
# ("daily"), and words after it that make it a time ("a day after"): lists of words.csv.
_NOT_RATE_BEFORE: str = _words("not rate before")
_RATE_ADVERBS: str = _words("rate adverbs")
_NOT_RATE_AFTER: str = _words("not rate after")
RATE_AFTER = re.compile(
    rf"""[^\d;:.,()]{{0,{RATE_REACH}}}?
    \b (?: (?<! \b(?:{_NOT_RATE_BEFORE})\s+ ) (?:a|an|per|each|every) \s+ (?:single\s+)? (?:{_phrases(RATE_UNITS)})
          | every \s+ [\w-]+ \s+ (?:{_phrases(RATE_UNITS)})s  # "every two hours", "every 48 hours"
          | {_RATE_ADVERBS} ) \b
    (?! \s+ (?:{_NOT_RATE_AFTER})\b (?!\s+average\b) )""",  # "a week on", "a day into": a time; "a day on average" a rate
    re.IGNORECASE | re.VERBOSE,
)
ROUGH_QUALIFIERS: str = _words("rough qualifiers")  # "about", "some"
RATE_BEFORE = re.compile(rf"\b(?:an?|the)\s+average\s+of\s+(?:(?:{ROUGH_QUALIFIERS})\s+)?\Z", re.IGNORECASE | re.REVERSE)
# "Every day we see 600 people crossing": the rate said before the count, in its clause.
# (not past a comma and a join: "2,000 migrants arrive every day, and more than 1.7 million now
# live there": the rate is the count's before)
EVERY_BEFORE = re.compile(
    rf"\bevery\s+(?:single\s+)?(?:{_phrases(RATE_UNITS)})\b(?:(?!,\s*(?:{_words('own subject joins')})\b)[^\d;:.()]){{0,{RATE_BEFORE_REACH}}}\Z",
    re.IGNORECASE | re.REVERSE,
)
# A word every match of RATE_AFTER holds (a unit's first word, or an adverb), and of
# RATE_BEFORE: where none stands, the pattern is not tried.
RATE_WORDS: tuple[str, ...] = literal_keys(
    [*(unit.split()[0] for unit in RATE_UNITS), *(adverb.split()[0] for adverb in lexicon.word_list("rate adverbs"))]
)
RATE_BEFORE_WORD = "average"
# What every match of RATE_AFTER holds past its lazy lead: "a day", "per week", "daily". In a
# lowered ASCII stretch the standard library's `re` looks for it far more cheaply than the
# full pattern, whose lead and look-arounds are tried at every character; where it stands
# nowhere, RATE_AFTER is not tried ("in recent weeks", "on Monday" hold a unit's word, not a rate).
RATE_CORE = _re.compile(
    rf"""\b(?: (?:a|an|per|each|every) \s+ (?:single\s+)? (?:{_phrases(u.lower() for u in RATE_UNITS)})
             | every \s+ [\w-]+ \s+ (?:{_phrases(u.lower() for u in RATE_UNITS)})s
             | {_phrases(a.lower() for a in lexicon.word_list("rate adverbs"))} )""",
    _re.VERBOSE,
)


# --- rules on a number ------------------------------------------------------------------


_UNREAD = "unread"  # a Look's change before the number, not read yet


@dataclass(slots=True)
class Look:
    """What a number rule sees: the number, the text around it, and its noun once read.
    A short-lived view, not a record: the noun is filled in once read."""

    text: str
    lower: str
    quantity: Quantity
    after_limit: int  # where the words after the number stop being read
    noun: Noun | None = None
    _change: str = _UNREAD  # `change`, once read

    def change(self) -> str | None:
        """`change_before` at the number ("from", "by" or None): two rules ask, read once."""
        if self._change is _UNREAD:
            self._change = change_before(self.text, self.quantity.start)
        return self._change


def _out_of_range(look: Look) -> bool:
    return look.quantity.value <= 0 or look.quantity.value >= MAX_COUNT


def _measure_after(look: Look) -> bool:
    return not_a_count_after(look.text, look.quantity.number_end, look.after_limit)


def _label_before(look: Look) -> bool:
    q, text = look.quantity, look.text
    lo = q.first_start - LABEL_REACH if q.first_start > LABEL_REACH else 0
    if not _may_end_a_label(text[lo : q.first_start]):
        return False
    found = NOT_A_COUNT_BEFORE.search(text, lo, q.first_start)
    if found is None:
        return False
    if MONTH_END.search(text, found.start(), q.first_start) is not None:  # after a month: only a day
        return DAY_AT.match(text, q.first_start) is not None
    if text.startswith(COUNT_VERB_LABEL, found.start()) and COUNT_VERB_SUBJECT.search(text, lo, found.start()) is not None:
        return False  # "Evacuees now number 2,100": a verb of counting after its subject, no label
    return True


# "number" after a plural subject, or after "now" or "still", is the verb of counting it counts
# with (words.csv subject count verbs), not a label before a rank ("Route 5", "number 10").
COUNT_VERB_LABEL: tuple[str, ...] = tuple(sorted(set(LABELS) & set(lexicon.word_list("subject count verbs"))))
COUNT_VERB_SUBJECT = re.compile(rf"(?:\p{{Ll}}{{2,}}s|\b(?:{_words('count verb leads')}))\s+\Z", re.REVERSE)


LIST_MARK_ENDS: frozenset[str] = frozenset(".)")  # after an item's number: "3. ", "3) "


def _list_mark(look: Look) -> bool:
    """The number opens a line (or the text) and a "." or ")" and a space follow it, and the
    list goes on from the line before it or to a line after it: it marks an item of a numbered
    list ("2. Wad al-Noura, June 5: 100 killed\n3. Al-Sireha, Oct 26: 80 killed"), it counts
    nothing (not a count that a hard-wrapped line opens: "bringing the death toll to\n140. More")."""
    q, text = look.quantity, look.text
    end = q.number_end
    mark = text[end : end + 1]
    if mark not in LIST_MARK_ENDS or text[end + 1 : end + 2] not in (" ", "\t"):
        return False  # (most numbers: no mark after them)
    line = text.rfind("\n", 0, q.first_start) + 1
    if text[line : q.first_start].strip() or q.value != int(q.value):
        return False
    n = int(q.value)
    before, after = f"{n - 1}{mark} ", f"\n{n + 1}{mark} "
    return text.startswith(before) or text.find("\n" + before, 0, line) >= 0 or text.find(after, end) >= 0


# A date's first day and a joining word right before a day: "between April 24 and 26", "on
# Nov. 29 and 30", "March 3-5"; the number is the range's last day.
DAY_RANGE_BEFORE = re.compile(rf"\b(?:{_MONTH})\.?\s*\d{{1,2}}(?:st|nd|rd|th)?\s*(?:and|to|through|-|–)\s*\Z")
DAY_RANGE_REACH = 24  # characters from a month's name to the last day of its range


def _last_day(look: Look) -> bool:
    q, text = look.quantity, look.text
    if q.value > MAX_DAY or DAY_AT.match(text, q.first_start) is None:
        return False
    return DAY_RANGE_BEFORE.search(text, max(0, q.first_start - DAY_RANGE_REACH), q.first_start) is not None


def _older_count(look: Look) -> bool:
    # "rose from 20,000 to 50,000": the count before the change, read once the count after
    # "to" is (tracker.extraction.figures: a figure of its own when that one is)
    return look.change() == "from"


def _change_by(look: Look) -> bool:
    # "rose by 12 to 61": the difference of two counts; the count after "to" is the figure
    return look.change() == "by"


def _compound(look: Look) -> bool:
    # (not "1,600-plus", "300-odd": the hyphen joins the count's own qualifier)
    text, end = look.text, look.quantity.number_end
    return text[end : end + 1] == "-" and text[end + 1 : end + 2].isalpha() and qualifier_after(text, end) is None


def _linked_story(look: Look) -> bool:
    # "Read more: 1,400 killed in 7 October attack, Israel says": a link to another story, its
    # title's figure none of this one's (words.csv link labels, opening the line or a sentence)
    q, text = look.quantity, look.text
    lo = q.first_start - LINK_REACH if q.first_start > LINK_REACH else 0
    return ":" in text[lo : q.first_start] and LINK_BEFORE.search(text, lo, q.first_start) is not None


LINK_REACH = 160  # characters from a link's label to a count of its title
LINK_BEFORE = re.compile(
    rf"(?:^|\n|[.!?]\s)[^\S\n]*(?:{_phrases(lexicon.word_list('link labels'))})(?:[^\S\n]+\w+){{0,2}}[^\S\n]*:(?:[^\n.!?]|[.,](?=\d))*\Z",
    re.IGNORECASE | re.MULTILINE,
)


def _companions(look: Look) -> bool:
    # "fled Khartoum with her four children", "crossed with his two sons": the family one
    # person takes along (words.csv companion openers), a story's detail, not a count
    q, lower = look.quantity, look.lower
    lo = q.first_start - COMPANION_REACH if q.first_start > COMPANION_REACH else 0
    return "with " in lower[lo : q.first_start] and COMPANION_BEFORE.search(look.text, lo, q.first_start) is not None


COMPANION_REACH = 24  # characters before a count its opener stands within ("together with his ")
COMPANION_BEFORE = re.compile(rf"\b(?:{_phrases(lexicon.word_list('companion openers'))})\s+\Z", re.IGNORECASE | re.REVERSE)


def _age_in_commas(look: Look) -> bool:
    q, text = look.quantity, look.text
    return (
        q.value < AGE_LIMIT
        and text[q.end : q.end + 1] == ","
        and AGE_IN_COMMAS.search(text, max(0, q.start - AGE_COMMA_REACH), q.start) is not None
    )


def _age_at_the_time(look: Look) -> bool:
    # "a boy who was 15 when he was killed", "Ali was only 12 at the time": a person's age when
    # the event befell them (not "the toll was 15 when rescuers arrived": a count's subject)
    q, text = look.quantity, look.text
    if not look.lower.startswith(AGE_TIME_OPENERS, q.end) or AGE_TIME_AFTER.match(text, q.end) is None:
        return False  # (most small counts: none of the pattern's first words right after them)
    lo = q.first_start - AGE_TIME_REACH if q.first_start > AGE_TIME_REACH else 0
    return AGE_TIME_BEFORE.search(text, lo, q.first_start) is not None


# An age's "was" with a person or pronoun before it (no counter noun: "the toll was 15 when"),
# and the time its clause names after it (words.csv age time words: "when", "at the time").
AGE_TIME_REACH = 40  # characters before the age its subject and "was" stand within ("the boy, who was only ")
AGE_TIME_BEFORE = re.compile(
    rf"\b(?!(?:{_words('running total nouns', 'existential subjects')})\b)[\p{{L}}'’]+,?\s+(?:{_words('age time verbs')})\s+(?:(?:{_words('age time adverbs')})\s+)?\Z",
    re.IGNORECASE | re.REVERSE,
)
_AGE_TIME_WORDS: tuple[str, ...] = lexicon.word_list("age time words")
AGE_TIME_AFTER = re.compile(rf"(?:[ ]years?[ ]old)?,?[ ](?:{spaced_phrases(_AGE_TIME_WORDS)})\b", re.IGNORECASE)
# How every AGE_TIME_AFTER match starts, lowered: its single spaces make the test exact.
AGE_TIME_OPENERS: tuple[str, ...] = (" year", *(lead + w.split()[0] for w in _AGE_TIME_WORDS for lead in (" ", ", ")))


def _speaker_age(look: Look) -> bool:
    q, text = look.quantity, look.text
    return (
        q.value < AGE_LIMIT
        and (q.end == len(text) or text[q.end] in AGE_ENDS)
        and text[(lo := max(0, q.first_start - SPEAKER_AGE_REACH)) : q.first_start].rstrip().endswith(",")
        and SPEAKER_AGE.search(text, lo, q.first_start) is not None
    )


def _age_before(look: Look, keys: tuple[str, ...], pattern: re.Pattern, reach: int = LABEL_REACH) -> bool:
    """A number below AGE_LIMIT whose words before it, within `reach`, `pattern` reads as an
    age's (every match holds one of `keys`)."""
    q = look.quantity
    if q.value >= AGE_LIMIT:
        return False
    lo = q.first_start - reach if q.first_start > reach else 0
    return may_hold(look.lower, lo, q.first_start, keys, True) and pattern.search(look.text, lo, q.first_start) is not None


def _age_of_a_list(look: Look) -> bool:
    return _age_before(look, AGE_LIST_KEYS, AGE_LIST_BEFORE)


def _age_after_noun(look: Look) -> bool:
    return _age_before(look, AGE_WORD_KEYS, AGE_AFTER_NOUN, AGE_AFTER_NOUN_REACH)


def _thing_counted(look: Look) -> bool:
    return look.noun.kind is KIND_THING


# The shelters people went to, counted: "800,000 people were moved to 9,424 cyclone shelters",
# "staying in 224 shelters": places, not homes lost (words.csv motion verbs before "to"; "in",
# "into" or "at" alone). Not "damage to 3,000 shelters": what befell them.
SHELTERS_GONE_TO = re.compile(
    rf"(?:\b(?:{_words('motion verbs')})\s+(?:[\w'’-]+\s+){{0,3}}?to|\b(?:in|into|at))\s+\Z", re.IGNORECASE | re.REVERSE
)
SHELTERS_GONE_TO_REACH = 50  # characters before a count its motion verb stands within


def _shelters_gone_to(look: Look) -> bool:
    if look.noun.kind is not KIND_HOMES or SHELTER_PLACE.fullmatch(look.noun.word or "") is None:
        return False
    q = look.quantity
    return SHELTERS_GONE_TO.search(look.text, max(0, q.start - SHELTERS_GONE_TO_REACH), q.start) is not None


def _year(look: Look) -> bool:
    return look.quantity.year_like and (look.noun.kind is not KIND_PERSON or look.noun.indicator is not None)


def _lone_small_word(look: Look) -> bool:
    # "one of the", "two weeks": a lone small number word needs its people noun, unless a
    # trigger is glued before it ("killed two") or its own verb follows ("five were wounded")
    q, text, noun = look.quantity, look.text, look.noun
    if not q.small_word or noun.kind in (KIND_PERSON, KIND_HOMES):
        return False
    if noun.kind is KIND_VERB and OF_WHOM.match(text, q.end, noun.end):
        return False  # "seven of whom were later killed", "Twelve of them died": people
    if noun.kind is KIND_BARE and parts.list_item_word(text, q.start, q.end):
        return False  # "22 in Suzu, five in Nanao": an item of a list of counts
    if noun.kind is KIND_BARE and look.lower.endswith(OPENER_ENDS, 0, q.start) and parts.PLACE_AFTER.match(text, q.end):
        return False  # "killing seven people, including one in Lutsk": a part, counting what its total counts
    if noun.kind is KIND_BARE and distributive.shares(text, q.start, q.end, min(len(text), q.end + distributive.LIST_REACH)):
        return False  # "two each in Kherson and Odesa": what each place of a list counts
    if noun.kind is KIND_BARE and parts.severity_after(text, q.end):
        return False  # "Nearly 60 people were injured, four seriously": a part, how badly
    if noun.kind is KIND_BARE and look.lower.endswith(EARLIER_OPENER_ENDS, 0, q.start):
        return False  # "rose to 13, up from nine": the figure's value before

    if SMALL_WORD_TRIGGER.search(text, max(0, q.start - SMALL_WORD_REACH), q.start):
        return False
    if TOLL_AT_BEFORE.search(text, max(0, q.start - TOLL_AT_REACH), q.start):
        return False  # "put the toll at eight", "the toll rose to five"
    return not (
        noun.kind is KIND_VERB and SMALL_WORD_VERB.match(text, q.end, look.after_limit)
        and not look.lower.endswith(WHOLE_OF_A_PART, 0, q.start)  # (not "One of the two died": the one's verb)
    )


WHOLE_OF_A_PART: tuple[str, ...] = ("of the ", "of those ", "of these ", "of them ")
# The words right before a figure's earlier value: "up from ", "down from ", "compared with "
EARLIER_OPENER_ENDS: tuple[str, ...] = tuple(f"{w} " for kind in ("earlier value openers", "lower earlier openers", "higher earlier openers") for w in lexicon.word_list(kind))


# A toll's level right before a small number word: "put the toll at eight", "the toll rose to
# five", "bringing the tally to nine", "the toll from the gas cylinder blast at a wedding hall
# in Peshawar rose to nine" (words.csv "running total nouns"; the toll's complement may be long).
TOLL_AT_GAP = 100  # characters between the toll's noun and the "to" or "at" of its level
TOLL_AT_BEFORE = re.compile(
    rf"\b(?:{_words('running total nouns')})\b[^.;:\d]{{0,{TOLL_AT_GAP}}}?\b(?:at|to|reached|hit)\s+\Z", re.IGNORECASE | re.REVERSE
)
TOLL_AT_REACH = TOLL_AT_GAP + 20


# A negation right before "one": "No one was killed", "not one person was hurt" count nobody;
# "every one of the 300 families", "each one of them": "one" is a pronoun (words.csv one
# pronoun openers), no count.
NEGATION_BEFORE = re.compile(rf"\b(?:{_words('negations', 'one pronoun openers')})[^\S\n]+\Z", re.IGNORECASE | re.REVERSE)
NEGATION_REACH = 6  # characters before "one" its negation or pronoun's opener stands within ("every ")


def _negated_one(look: Look) -> bool:
    q = look.quantity
    if q.value != 1 or not q.small_word or q.qualifier != "exact":
        return False
    return NEGATION_BEFORE.search(look.text, max(0, q.start - NEGATION_REACH), q.start) is not None


def _per_head(look: Look) -> bool:
    # "pay 100,000 to the next of kin and 50,000 to each of the injured", "5,000 per family":
    # an amount given to each, not a count of people
    q = look.quantity
    if not may_start_with(look.text, q.number_end, look.after_limit, PER_HEAD_STARTS):
        return False
    return PER_HEAD_AFTER.match(look.text, q.number_end, look.after_limit) is not None


def _of_a_count_before(look: Look) -> bool:
    # "Eight members of one family were killed", "12 people from two villages": the number
    # word says what the count before it is of
    q = look.quantity
    if not q.small_word:
        return False
    lo = q.start - COMPLEMENT_REACH if q.start > COMPLEMENT_REACH else 0
    return may_end_with(look.text, q.start, lo, (), words=COMPLEMENT_WORDS) and COUNT_THEN_OF.search(look.text, lo, q.start) is not None


# How far before "of"/"from" the count it completes may start.
COMPLEMENT_REACH = 50
COMPLEMENT_WORDS = ("from", "of")  # COUNT_THEN_OF's wordings end with one (`may_end_with`)
COUNT_THEN_OF = re.compile(
    rf"(?:\d|\b(?:{_phrases(UNITS)}|{_phrases(TENS)})\b)[^\d.;:,()]{{0,40}}?"
    rf"(?:,\s*(?:{_words('apposition quantifiers')})\b[^\d.;:,()]{{0,30}}?)?\s(?:of|from)\s+\Z",  # "Three people, all members of one family"
    re.IGNORECASE | re.REVERSE,  # searched backwards from the number word (half the cost): only whether it matches is asked
)


def _share_of_things(look: Look) -> bool:
    # "Of the state's 497 municipalities, 446 had been affected": a count with no noun of its
    # own after a whole fronted with "of" counts what that whole counts, here no people
    q, text, noun = look.quantity, look.text, look.noun
    if noun.kind is not KIND_VERB and noun.kind is not KIND_BARE:
        return False
    if not text.endswith(",", 0, q.start - 1 if text[q.start - 1 : q.start] == " " else q.start):
        return False  # (most counts: no comma right before)
    whole = FRONTED_WHOLE.search(text, max(0, q.start - FRONTED_WHOLE_REACH), q.start)
    if whole is None:
        return False
    start, end = whole.end("count"), whole.end()
    scale = text[start:end].split(None, 1)
    if scale and scale[0].lower() in SCALES:
        start = text.index(scale[0], start) + len(scale[0])  # "Of the 1.2 million affected, ": the whole's noun after its scale word
    return read_noun(text, look.lower, start, end).kind is KIND_THING and cases_end(look.lower, start, end) < 0


FRONTED_WHOLE_REACH = 80
# A whole fronted before a count: "Of the state's 497 municipalities, ", "Of its 12 districts, ",
# with a reduced relative clause after its noun: "Of the 23 airstrikes Amnesty investigated in Rafah, ".
FRONTED_WHOLE = re.compile(r"\b[Oo]f\s+(?:[\p{L}'’]+\s+){0,3}?(?P<count>\d[\d,.]*\d|\d)(?:\s+[\p{L}'’\-]+){1,8},\s*\Z")


def _each_has(look: Look) -> bool:
    # "2,000 families with three children each": what each member of a group counted
    # before has, not a count of its own
    q, text = look.quantity, look.text
    lo = q.start - 8 if q.start > 8 else 0
    return (
        may_hold(look.lower, lo, q.start, WITH_KEYS, True)  # most counts: no "with" right before
        and EACH_WORD_AFTER.match(text, look.noun.end, look.after_limit) is not None
        and WITH_BEFORE.search(text, lo, q.start) is not None
    )


EACH_WORD_AFTER = re.compile(rf"\s+(?:{_words('distributive words')})\b", re.IGNORECASE)
WITH_BEFORE = re.compile(r"\bwith\s+\Z", re.IGNORECASE)
WITH_KEYS = ("with",)  # what every WITH_BEFORE match holds (`may_hold`)


def _rate(look: Look) -> bool:
    # "400 refugees a day", "1,300 refugees who arrive daily", "an average of six killed every
    # day": a rate, not a count of people ("a day after the attack" is a date)
    q, text, lower = look.quantity, look.text, look.lower
    lo = q.first_start - RATE_BEFORE_REACH if q.first_start > RATE_BEFORE_REACH else 0
    before = lower[lo : q.first_start]
    if RATE_BEFORE_WORD in before and RATE_BEFORE.search(text, lo, q.first_start) is not None:
        return True
    if "every" in before and EVERY_BEFORE.search(text, lo, q.first_start) is not None:
        return True  # "Every day we see 600 to 800 people crossing"
    if _per_whole_after(look):
        return True  # "1 death per 100,000 people"
    end = look.noun.end + RATE_REACH if look.noun.end + RATE_REACH < look.after_limit else look.after_limit
    if not _may_be_rate(lower, look.noun.end, end):
        return False
    # (the pattern's lead is bounded by the reach: the word after the unit, which may make it a
    # time, "a week after the storm", is read past it)
    past = end + NOT_RATE_AFTER_REACH if end + NOT_RATE_AFTER_REACH < look.after_limit else look.after_limit
    return RATE_AFTER.match(text, look.noun.end, past) is not None


# A rate per head of a population: "1 death per 100,000 people", "3 deaths per 10,000 people a
# day": the count before "per" and the whole after it count nobody.
PER_WHOLE_AFTER = re.compile(rf"\s*per\s+(?:every\s+)?(?:\d|(?:{_phrases(UNITS)}|{_phrases(TENS)}|hundred|thousand|million)\b)", re.IGNORECASE)
PER_WHOLE_BEFORE = re.compile(r"\bper\s+(?:every\s+)?\Z", re.IGNORECASE | re.REVERSE)
PER_WHOLE_REACH = 12  # characters before a number its "per" stands within


def _per_whole(look: Look) -> bool:
    q, lower = look.quantity, look.lower
    lo = q.first_start - PER_WHOLE_REACH if q.first_start > PER_WHOLE_REACH else 0
    if "per" not in lower[lo : q.first_start]:
        return False  # (most numbers: no "per" right before)
    return PER_WHOLE_BEFORE.search(look.text, lo, q.first_start) is not None


def _capacity(look: Look) -> bool:
    # "a camp built for 90,000 people", "shelters with a capacity of 500": what a place holds,
    # "surgical supplies to treat 1,000 wounded people": what supplies serve; no count
    q, lower = look.quantity, look.lower
    lo = q.first_start - CAPACITY_REACH if q.first_start > CAPACITY_REACH else 0
    before = lower[lo : q.first_start]
    if " for " not in before and " of " not in before and " treat " not in before:
        return False  # (most numbers: none right before)
    return CAPACITY_BEFORE.search(look.text, lo, q.first_start) is not None


CAPACITY_REACH = 30
# words.csv capacity phrases: "built for", "designed for", "a capacity of", "supplies to treat".
CAPACITY_BEFORE = re.compile(rf"\b(?:{_phrases(lexicon.word_list('capacity phrases'))})\s+(?:(?:{ROUGH_QUALIFIERS}|up\s+to|only|more\s+than|over|at\s+least)\s+)?\Z", re.IGNORECASE | re.REVERSE)


def _population(look: Look) -> bool:
    # "half the pre-war population of 22 million has fled": the people a place holds, no count
    # of what befell them (not "a refugee population of 700,000", "the displaced population of")
    q, lower = look.quantity, look.lower
    lo = q.first_start - POPULATION_REACH if q.first_start > POPULATION_REACH else 0
    if "population" not in lower[lo : q.first_start]:
        return False  # (most numbers)
    m = POPULATION_BEFORE.search(look.text, lo, q.first_start)
    return m is not None and m.group("whose").lower() not in COUNTED_POPULATIONS


POPULATION_REACH = 50
POPULATION_BEFORE = re.compile(
    rf"(?P<whose>[\p{{L}}\-]+)\s+(?:{_phrases(lexicon.word_list('population phrases'))})\s+(?:(?:{ROUGH_QUALIFIERS}|more\s+than|over|at\s+least|nearly|almost|some)\s+)?\Z",
    re.IGNORECASE | re.REVERSE,
)
# The word before a population that makes its people ours: "a refugee population of 700,000",
# "the affected population of 410,000" (words.csv counted populations).
COUNTED_POPULATIONS: frozenset[str] = lexicon.word_set("counted populations")


def _place_size(look: Look) -> bool:
    # "In Talat N'Yaaqoub, a town of about 6,000 people, 35 residents died": the people a
    # place holds, said in passing, no count of what befell them (not "a town of 20,000
    # refugees", whose noun names what they are, nor a camp's people, who are displaced)
    q, lower = look.quantity, look.lower
    lo = q.start - PLACE_SIZE_REACH if q.start > PLACE_SIZE_REACH else 0
    if " of " not in lower[lo : q.start] or look.noun.indicator is not None:
        return False  # (most numbers: no "of" right before its wording, qualifier included)
    return PLACE_SIZE_BEFORE.search(look.text, lo, q.start) is not None


PLACE_SIZE_REACH = 60


def _kin_of_the_victims(look: Look) -> bool:
    # "4,000 families of the disappeared are still protesting", "300 relatives of the dead
    # marched": the victims' kin, counted for what they do, not what befell the victims
    noun = look.noun
    return noun.unit in KIN_NOUNS and look.lower.startswith(" of ", noun.end) and KIN_OF_THE_VICTIMS.match(look.text, noun.end) is not None


KIN_NOUNS: frozenset[str] = lexicon.word_set("kin nouns")
KIN_OF_THE_VICTIMS = re.compile(rf"\s+of\s+(?:the|those|their)\s+(?:{_words('victim nouns')})\b", re.IGNORECASE)
# place_words.csv place kinds but the places of shelter (camps), whose people are displaced
_SIZED_PLACES: str = _phrases(k for k in lexicon.word_list("place kinds", "place_words") if SHELTER_PLACE.fullmatch(k) is None)
PLACE_SIZE_BEFORE = re.compile(rf"\b(?:an?|the|this|that|its)\s+(?:[\p{{L}}\-]+\s+){{0,2}}?(?:{_SIZED_PLACES})\s+of\s+\Z", re.IGNORECASE | re.REVERSE)


def _share_of_things_after(look: Look) -> bool:
    # "15 of the town's 27 wards were under water": a count with no noun of its own before
    # "of" and a whole that counts things counts those things, here no people
    q, text, noun = look.quantity, look.text, look.noun
    if noun.kind is not KIND_BARE or text[q.end : q.end + OF_LENGTH] != " of ":
        return False  # (most counts: a noun or a verb after them)
    whole = WHOLE_AFTER.match(text, q.end, look.after_limit)
    if whole is None:
        return False
    after = whole.end()
    return read_noun(text, look.lower, after, look.after_limit).kind is KIND_THING and cases_end(look.lower, after, look.after_limit) < 0


OF_LENGTH = len(" of ")  # (a slice compared, not `startswith` at a place: that parses its arguments at each call)
# The whole after a count's "of": "of the town's 27", "of its 34", "of the 120".
WHOLE_AFTER = re.compile(r"\s+of\s+(?:the|its|their|this|[\p{L}'’\-]+['’]s?)(?:\s+[\p{L}'’\-]+){0,2}?\s+(?:\d[\d,.]*\d|\d)(?=\s)")


def _per_whole_after(look: Look) -> bool:
    end = look.noun.end
    return "per" in look.lower[end : end + 8] and PER_WHOLE_AFTER.match(look.text, end, look.after_limit) is not None


def _may_be_rate(lower: str, start: int, end: int) -> bool:
    """A cheap test before RATE_AFTER at `start`: False only when lower[start:end] is ASCII
    and holds no rate's core (RATE_CORE); a stretch with other characters answers True."""
    piece = lower[start:end]  # (lowered already: `may_hold` of it, without lowering it again)
    if not piece.isascii():
        return True
    for word in RATE_WORDS:  # a loop, not any() over a generator: this runs at every candidate
        if word in piece:
            return RATE_CORE.search(piece) is not None
    return False


# A ratio: "1 in 5 people", "one out of every three children". Neither side counts anyone: the
# smaller number before "in" or "out of", the larger after it (not "killed 30 in two attacks",
# not "killed 3 in 10 days": the whole of a ratio is no duration or measure).
_RATIO_NUMBER = rf"\d[\d,]*|{_phrases({**UNITS, **TENS})}"
RATIO_AFTER = re.compile(rf"\s+(?:in|out\s+of)\s+(?:every\s+)?(?P<whole>{_RATIO_NUMBER})\b", re.IGNORECASE)
RATIO_BEFORE = re.compile(rf"\b(?P<part>{_RATIO_NUMBER})\s+(?:in|out\s+of)\s+(?:every\s+)?\Z", re.IGNORECASE | re.REVERSE)
RATIO_REACH = 24  # characters before a number its ratio's part and "in" stand within
# A ratio's part is small ("1 in 5", "9 in 10", "1 in 2000"); a count "in" a year is when it
# was counted ("down from 1,000 in 2021").
RATIO_PART_BELOW = 10
RATIO_WHOLE: int = group_number("whole", RATIO_AFTER)  # by number: see `group_number`
RATIO_PART: int = group_number("part", RATIO_BEFORE)


def _ratio_value(word: str) -> int | None:
    """The value of one side of a ratio, written in digits or as a number word."""
    digits = word.replace(",", "")
    return int(digits) if digits.isdigit() else words_to_int(word)


def _ratio(look: Look) -> bool:
    q, text, lower = look.quantity, look.text, look.lower
    if lower.startswith((" in ", " out of "), q.number_end):
        m = RATIO_AFTER.match(text, q.number_end, look.after_limit)
        if m is not None and q.start == q.first_start:
            whole = _ratio_value(m.group(RATIO_WHOLE))
            if whole is not None and whole > q.value and not not_a_count_after(text, m.end(), look.after_limit) and not (
                q.value >= RATIO_PART_BELOW and YEAR.fullmatch(m.group(RATIO_WHOLE))
            ):
                return True
    if lower.endswith((" in ", " of ", " every "), 0, q.first_start):
        m = RATIO_BEFORE.search(text, max(0, q.first_start - RATIO_REACH), q.first_start)
        if m is not None:
            part = _ratio_value(m.group(RATIO_PART))
            return part is not None and part < q.value and not not_a_count_after(text, q.number_end, look.after_limit)
    return False


# Digits with a decimal part and no scale word: an average or a share, never a count of
# people ("households of 4.5 people on average"); "1.200" is a thousands separator.
DECIMAL = _re.compile(r"\d+[.,]\d{1,2}")


def _decimal(look: Look) -> bool:
    q = look.quantity
    if q.value >= DECIMAL_BELOW or q.number_end - q.number_start < 3:
        return False  # (most numbers: a whole count, or too short for a decimal)
    return DECIMAL.fullmatch(look.text, q.number_start, q.number_end) is not None


DECIMAL_BELOW = 1000  # a decimal with no scale word reads as less than this


Rule = Callable[[Look], bool]
OLDER_COUNT = "the earlier count of a change, a figure only with the count after it (rose from N to)"
# Tried in order before the number's noun is read; the first that matches rejects it.
NUMBER_RULES: tuple[tuple[str, Rule], ...] = (
    ("zero, or a billion and more", _out_of_range),
    ("a negated one, or one as a pronoun: nobody counted (No one was killed, every one of them)", _negated_one),
    ("a decimal with no scale word: an average, not a count (4.5 people)", _decimal),
    ("a measure, duration, date, time, percentage or money after", _measure_after),
    ("money, a label, a rank or a date before", _label_before),
    ("the mark of an item of a numbered list (a line opening 3. Al-Sireha)", _list_mark),
    ("the last day of a date range (between April 24 and 26)", _last_day),
    (OLDER_COUNT, _older_count),
    ("the difference of two counts (rose by N to)", _change_by),
    ("an amount to each (50,000 to each of the injured)", _per_head),
    ("a compound such as 20-year-old", _compound),
    ("one side of a ratio (1 in 5 people)", _ratio),
    ("the whole of a rate per head (1 death per 100,000 people)", _per_whole),
    ("what a place holds or supplies serve, not a count (a camp built for 90,000 people)", _capacity),
    ("a population, not a count (half the population of 22 million)", _population),
    ("a link to another story (Read more: 1,400 killed in ...)", _linked_story),
    ("the family one person takes along (fled with her four children)", _companions),
    ("an age between commas", _age_in_commas),
    ("an age after the name of the speaker", _speaker_age),
    ("an age at the time of an event (a boy who was 15 when he was killed)", _age_at_the_time),
    ("an age after a people noun (children under 18)", _age_after_noun),
    ("a later age of a list of ages (aged 12 and 14)", _age_of_a_list),
    ("a number word in what a count before it is of (eight members of one family)", _of_a_count_before),
)
# Tried in order once the noun is read.
NOUN_RULES: tuple[tuple[str, Rule], ...] = (
    ("counts things, places or time, not people", _thing_counted),
    ("counts the shelters people went to (moved to 9,424 cyclone shelters)", _shelters_gone_to),
    ("a year, not a count", _year),
    ("a lone small number word with no people noun", _lone_small_word),
    ("a rate, not a count (400 refugees a day)", _rate),
    ("what each of a group has, not a count (families with three children each)", _each_has),
    ("a share of a whole of things fronted before it (Of its 497 municipalities, 446)", _share_of_things),
    ("a share of a whole of things after it (15 of the town's 27 wards)", _share_of_things_after),
    ("the people a place holds, said in passing (a town of 6,000 people)", _place_size),
    ("the kin of the victims, not the victims (4,000 families of the disappeared)", _kin_of_the_victims),
)

def _flag(index: int) -> Callable[..., bool]:
    """A need that is one of the flags a rule table is keyed by (see `_rules_for`)."""
    return lambda *flags: flags[index]


IF_BELOW_AGE, IF_BELOW_DECIMAL, IF_SMALL_WORD, IF_YEAR_LIKE = range(4)  # the flags of NUMBER_RULES_FOR's keys
FLAG_KEYS: tuple[tuple[bool, ...], ...] = tuple(product((False, True), repeat=4))  # every key of a table of four flags


# What a rule of NUMBER_RULES or NOUN_RULES needs of the quantity to match at all, where it
# asks that first: a value below AGE_LIMIT (ages, days, a negated one), below DECIMAL_BELOW
# (a decimal), a small number word, a year's digits. Each key -> whether the rule may match.
_NEEDS: dict[Rule, Callable[..., bool]] = {
    _negated_one: _flag(IF_SMALL_WORD),
    _decimal: _flag(IF_BELOW_DECIMAL),
    _last_day: _flag(IF_BELOW_AGE),  # (MAX_DAY < AGE_LIMIT)
    _companions: _flag(IF_BELOW_AGE),
    _age_in_commas: _flag(IF_BELOW_AGE),
    _speaker_age: _flag(IF_BELOW_AGE),
    _age_at_the_time: _flag(IF_BELOW_AGE),
    _age_after_noun: _flag(IF_BELOW_AGE),
    _age_of_a_list: _flag(IF_BELOW_AGE),
    _of_a_count_before: _flag(IF_SMALL_WORD),
    _year: _flag(IF_YEAR_LIKE),
    _lone_small_word: _flag(IF_SMALL_WORD),
}


def _rules_for(table: tuple[tuple[str, Rule], ...]) -> dict[tuple[bool, bool, bool, bool], tuple[tuple[str, Rule], ...]]:
    """The rules of `table` that may match a quantity, in order, by (value below AGE_LIMIT,
    value below DECIMAL_BELOW, small number word, year-like): `candidate` calls only these.
    Most counts are 1,000 or more, in digits, and no year: eight of the seventeen number rules
    and two of the six noun rules would each be called to say no at once."""
    return {key: tuple((name, rule) for name, rule in table if rule not in _NEEDS or _NEEDS[rule](*key)) for key in FLAG_KEYS}


NUMBER_RULES_FOR = _rules_for(NUMBER_RULES)
NOUN_RULES_FOR = _rules_for(NOUN_RULES)


class Candidate(NamedTuple):  # a named tuple: immutable, and built in C (several an article)
    """A number that may count people, with its noun."""

    quantity: Quantity
    noun: Noun
    breakdown: bool  # a part of a group already counted: "including 4,000 children"


def candidate(text: str, lower: str, q: Quantity, sentence_end: int) -> Candidate | str:
    """The quantity with its counted noun, or the name of the rule that rejects it."""
    reach = q.number_end + NOUN_REACH
    look = Look(text, lower, q, reach if reach < sentence_end else sentence_end)
    key = (q.value < AGE_LIMIT, q.value < DECIMAL_BELOW, q.small_word, q.year_like)  # which rules may match (`_rules_for`)
    for name, rule in NUMBER_RULES_FOR[key]:
        if rule(look):
            return name
    noun_from = q.end
    if q.vague:  # "hundreds of thousands of people", "dozens of civilians"
        of = VAGUE_OF.match(text, q.end, look.after_limit)
        noun_from = of.end() if of else q.end
    if row_label_after(text, q) is not None:  # "2.9 MILLION – Estimated Number of IDPs": the label is read later
        look.noun = Noun(None, None, q.end, KIND_BARE)
    else:
        look.noun = read_noun(text, lower, noun_from, look.after_limit)
    kind = look.noun.kind  # (compared by identity: an enum's hash is a Python call)
    if (kind is KIND_BARE or kind is KIND_THING) and " and " in lower[q.end : q.end + SHARED_GAP_LONGEST] and (
        shared := _shared_noun(text, lower, q, sentence_end)
    ) is not None:
        look.noun = shared  # "90 confirmed and 35 probable deaths": the noun said once, after the second count
    breakdown = _breakdown(text, lower, q.start) or _with_a_place(text, lower, q)
    if breakdown and look.noun.kind is KIND_THING:  # "including 9 firefighters": people named
        look.noun = parts.people_named(text, lower, noun_from, look.noun)
    for name, rule in NOUN_RULES_FOR[key]:
        if rule(look):
            return name
    return _new_tuple(Candidate, (q, look.noun, breakdown))  # Candidate(q, look.noun, breakdown)


# A count with no noun of its own and one word before "and" and the next count, whose noun is
# said once after the second: "90 confirmed and 35 probable deaths", "1,200 Syrian and 300
# Iraqi refugees". The word is a count adjective (words.csv) or a nationality.
COUNT_ADJECTIVES: frozenset[str] = lexicon.word_set("count adjectives")
NATIONALITY_WORDS: frozenset[str] = frozenset(lexicon.mapping("nationalities", "word", "country", kind="nationality"))
SHARED_GAP_LONGEST = 24  # characters from a count to the "and" of the next (its one word between)
SHARED_NOUN_GAP = re.compile(r"[ \u00a0]+(?P<word>[\p{L}'’-]+)[ \u00a0]+and[ \u00a0]+(?:\d[\d,.]*\d|\d)(?=[ \u00a0])")


def _shared_noun(text: str, lower: str, q: Quantity, sentence_end: int) -> Noun | None:
    """The people noun of the next count, when q has only a count adjective or a nationality
    of its own before "and" and that count: "90 confirmed and 35 probable deaths" counts
    deaths twice. None otherwise."""
    m = SHARED_NOUN_GAP.match(text, q.end, sentence_end)
    if m is None:
        return None
    word = m.group("word")
    if word.lower() not in COUNT_ADJECTIVES and word not in NATIONALITY_WORDS:
        return None
    noun = read_noun(text, lower, m.end(), min(sentence_end, m.end() + NOUN_REACH))
    # (its noun phrase ends at its own word: the second count and what follows are the second's)
    return noun._replace(end=m.end("word")) if noun.kind is KIND_PERSON else None


def obviously_not_a_count(text: str, start: int, end: int) -> bool:
    """A cheap look at what follows the number text[start:end]: a date, a percentage, a distance."""
    reach = end + CHEAP_LOOK_REACH
    return not_a_count_after(text, end, reach if reach < len(text) else len(text))


def _breakdown(text: str, lower: str, start: int) -> bool:
    """The number at `start` counts a part of a group: "including 4,000 children"."""
    before = start - BREAKDOWN_REACH if start > BREAKDOWN_REACH else 0
    piece = lower[before:start]  # (one slice and `in` tests: a `find` with bounds parses its arguments at each call)
    for word in BREAKDOWN_WORDS:  # a loop, not any() over a generator: this runs at every number
        if word in piece:
            return _opener_in(lower, before, start) and BREAKDOWN_BEFORE.search(text, before, start) is not None
    return False


# ", with 104 in North Carolina", ", with 120 in Herat and 80 in Badghis": the counts of places
# after a total, with no noun of their own.
PLACE_AFTER = re.compile(r"\s+(?:in|from)\s+(?:the\s+)?\p{Lu}")
WITH_PLACES_BEFORE = re.compile(r",\s+with\s+(?:\d[\d,.]*\s+(?:in|from)\s[^();:.]{0,50})?\Z", re.REVERSE)
WITH_PLACES_REACH: int = 70  # characters before the number ", with" and the rows before it may take


def _with_a_place(text: str, lower: str, q: Quantity) -> bool:
    """The number at q is a part of the total before it, named by its place: "killed at least
    227 people across six states, with 104 in North Carolina alone"."""
    return (
        lower.startswith((" in ", " from "), q.end)
        and lower.find("with", max(0, q.start - WITH_PLACES_REACH), q.start) >= 0
        and PLACE_AFTER.match(text, q.end) is not None
        and WITH_PLACES_BEFORE.search(text, max(0, q.start - WITH_PLACES_REACH), q.start) is not None
    )


def _opener_in(lower: str, start: int, end: int) -> bool:
    """A cheap test before BREAKDOWN_BEFORE: False only when lower[start:end] is ASCII and
    holds no opener (BREAKDOWN_OPENER), where a word of one stood ("Turkey, which hosts")."""
    piece = lower[start:end]
    return not piece.isascii() or BREAKDOWN_OPENER.search(piece) is not None


# --- rules on what a candidate counts -----------------------------------------------------


class Verdict(NamedTuple):  # a named tuple: immutable, and built in C (several an article)
    """What the indicator rules decided of a candidate."""

    rule: str
    indicator: str | None = None  # None: no indicator (a later step may still total it)
    blocked: bool = False  # a return, a need: no figure, and nothing else may make it one
    label_noun: Noun | None = None  # a table row's label names what is counted ("Houses damaged: 99,317")
    trigger_start: int = -1  # where the trigger that decided starts and ends, when one did
    trigger_end: int = -1
    unit: str | None = None  # what a subject says is counted, when not people ("displaced families numbered")


# The verdicts that give no indicator, made once.
NOUN_NAMES_IT = "the noun names its indicator (IDPs, refugees, dead)"
PARTITIVE_RULE = "a count out of the group after it, what they were after (22 of the dead were soldiers)"
PART_WITHOUT_VERB = Verdict("a part of a group already counted, with no verb of its own")
PART_OTHER_STATE = Verdict("a part of a group in a state of its own, no indicator of ours (of whom 2.6 million are food insecure)", blocked=True)
BARE = Verdict("no noun and no verb after the number")
OTHER_CLAUSE = Verdict("the trigger after it is in another clause")
SHARE_WHOLE = Verdict("the whole a share is taken from: the verb after it is the share's (70 percent of the 2.2 million residents have fled)")
PROJECTED = Verdict("a projection, fear or plan (could, may, expected)")
NO_TRIGGER = Verdict("no trigger in reach")
COMBINED = Verdict("a count of several outcomes together (killed or injured)", blocked=True)
OUTCOME_OBJECT = Verdict("the object of a verb of another outcome (arrested 40 youths from the camp): the words after it tell who they are, not what befell them")
CARED_FOR = Verdict("patients a clinic cared for in a place of shelter (treated 230 children in Zamzam camp): the place says nothing of what befell them")
ENTERED_INSIDE = Verdict("entered a place that is no other country (entered Mosul): no displacement")
OWN_ACCORD = Verdict("people who travel or come of their own accord, by a word that says nothing of flight (2,000 tourists arrived)")
ASSAILANTS_FLEE = Verdict("attackers flee the scene, they are not displaced (12 gunmen fled after the attack)")
ARRIVALS_UNTOLD = Verdict("arrivals in a text that speaks of neither refugees nor returns (the number of arrivals at the airport)")
JOBS_LOST = Verdict("workers displaced or affected in a text that speaks of no crisis: their jobs, not their homes (the company displaced 2,000 workers)")
NO_CRISIS = Verdict("a weak word of moving or staying in a text that speaks of no crisis (2,000 people crossed over the new bridge)")
OWN_RETURN = Verdict("people who travel of their own accord come back, they are no returnees (200 students returned to class)")
CUSTOMERS_AFFECTED = Verdict("people affected who are no residents (passengers, customers) in a text that speaks of no crisis")
CARE_ONLY = Verdict("care in hospital with no event that wounds around (a blast, a crash, a fire, an attack): the people may be ill", blocked=True)
AFFECTS_OTHERWISE = Verdict("what a law, a ruling or a policy affects, in a text that speaks of no crisis (the new law affects 35,000 people)")
AFFECTED_OTHERWISE = Verdict("affected by something that is no crisis (the officials affected by the reshuffle)")
DISPLACED_OTHERWISE = Verdict("displaced by something that is no crisis (12 officials were displaced by the reshuffle)")
CAPTIVES_FREED = Verdict("captives sent back or freed (33 hostages returned): a release, no return of displaced people", blocked=True)
RESPONDERS_MOVE = Verdict("responders move people, they are not displaced (rescuers have arrived)")
OCCUPANTS_EVACUATED = Verdict("people evacuated from the vehicle, workplace or venue they were in, not from their homes (600 workers were evacuated from the factory, 379 people on board were evacuated)", blocked=True)
EVACUATION_WARNING = Verdict("an evacuation warning, notice or alert: told to be ready to leave, not gone (89,000 were under evacuation warnings)", blocked=True)
MANIFEST = Verdict("the people a vessel or vehicle carries (a boat with 151 refugees on board): a manifest, not a count of what befell them")
COUNTED_HOSTS = Verdict("a verb of taking in after the count: the counted are the hosts (the school, which has 1,200 pupils, is accommodating)")
NO_HOST = Verdict("taken in by no country and no place of shelter (the city took in 2 million tourists)")
ROW_OF_THINGS = Verdict("a row whose label counts no people (Livestock killed: 719,558)", blocked=True)
ROW_OF_NOTHING = Verdict("a row whose label names no indicator of ours (Districts: 14, People targeted: 2.1M, Total: 165)", blocked=True)
OTHER_OUTCOME = Verdict("another outcome (kidnapped, detained, raped), no indicator of ours", blocked=True)


def _by_trigger(rule: str, t: Trigger) -> Verdict:
    # Verdict(rule, t.indicator, t.blocks, trigger_start=t.start, trigger_end=t.end) with every
    # field in order: a named tuple's keywords are matched by a call through C with a dict
    return _new_tuple(Verdict, (rule, t.indicator, t.blocks, None, t.start, t.end, None))


# A named tuple built with every field given in order, without the Python frame of its
# __new__ (tracker.extraction.numbers builds its numbers so): on the paths every candidate takes.
_new_tuple = tuple.__new__


# A trigger's start and end (Trigger's fields), as `bisect` reads them: the triggers of a
# sentence come in order and never overlap (`find_triggers` goes on after a trigger's end),
# so their starts and their ends both ascend, and the triggers that start after one offset
# and end before another are a slice of them, found in a few comparisons where a list
# comprehension tested every one (some 2,000 instructions a candidate, at every candidate).
TRIGGER_START, TRIGGER_END = itemgetter(2), itemgetter(3)


@dataclass(slots=True, init=False)
class Scene:
    """What an indicator rule sees: the sentence's candidates and triggers. A short-lived
    view, not a record: the triggers after the candidate are found once, when first asked."""

    text: str
    candidates: list[Candidate]
    index: int  # of the candidate judged
    triggers: list[Trigger]
    end: int  # of the sentence
    lower: str  # text.lower() (tracker.extraction.text.lowered)
    candidate: Candidate
    prev_end: int  # where the noun of the candidate before ends (0 for the first)
    projected_before: bool  # the trigger right before was a projection's ("could displace")
    _after: list[Trigger] | None
    _before: list[Trigger] | None
    _first_of_list: int  # `list_head`, once found
    _last_of_list: int  # `list_end`, once found
    _boundary: int  # `boundary`, once found

    def __init__(self, text: str, candidates: list[Candidate], index: int, triggers: list[Trigger], end: int, lower: str) -> None:
        # (written out: a dataclass's __init__ then calls __post_init__, a second Python call at every candidate)
        self.text, self.candidates, self.index, self.triggers, self.end, self.lower = text, candidates, index, triggers, end, lower
        self.candidate = candidates[index]
        self.prev_end = candidates[index - 1].noun.end if index > 0 else 0
        self.projected_before = False
        self._after = self._before = None
        self._first_of_list = self._last_of_list = self._boundary = -1

    def before(self) -> list[Trigger]:
        """The triggers between the noun of the candidate before and the candidate's count
        (several rules read them: found once, when first asked; a slice, `TRIGGER_START`)."""
        if self._before is None:
            triggers = self.triggers
            self._before = triggers[
                bisect_left(triggers, self.prev_end, key=TRIGGER_START) : bisect_right(triggers, self.candidate.quantity.start, key=TRIGGER_END)
            ]
        return self._before

    def after(self) -> list[Trigger]:
        """The triggers after the candidate's noun ("arrived" after tourists too: its verdict is
        OWN_ACCORD, and no later trigger takes the tourists; a slice, `TRIGGER_START`)."""
        if self._after is None:
            triggers = self.triggers
            self._after = triggers[bisect_left(triggers, self.candidate.noun.end, key=TRIGGER_START) :]
        return self._after

    def list_head(self) -> int:
        """The index of the first count of the list the candidate ends (`_list_head`): the
        object and plan readings each ask; found once."""
        if self._first_of_list < 0:
            self._first_of_list = _list_head(self.text, self.candidates, self.index)
        return self._first_of_list

    def list_end(self) -> int:
        """The index of the last count of the list the candidate begins (`_list_end`): the
        verb rules, and the border and shelter readings after them, each ask; found once."""
        if self._last_of_list < 0:
            self._last_of_list = _list_end(self.text, self.candidates, self.index)
        return self._last_of_list

    def boundary(self) -> int:
        """Where the search for the candidate's verb stops (`_next_boundary`), found once."""
        if self._boundary < 0:
            self._boundary = _next_boundary(self.text, self.candidates, self.index, self.end, self.list_end())
        return self._boundary


def _combined_outcomes(s: Scene) -> Verdict | None:
    # "1,860 people were killed, injured or kidnapped", "killed or wounded 300", "154 civilian
    # injuries and deaths", "403 wounded and sick people": one count of several outcomes
    # together, none of which it counts alone
    c, text = s.candidate, s.text
    q = c.quantity
    if (
        c.noun.indicator is not None
        and _joined_outcome_after(text, c.noun.end, c.noun.indicator, s.end)
        and not _verb_of_next_count(s, c.noun.end)  # "killed 18 displaced people and wounded 54"
    ):
        return COMBINED
    prev_end = s.prev_end
    before = s.before()
    if before and not before[-1].blocks and adjacent(text, before[-1].end, q.start):
        t = before[-1]
        lo = t.start - OUTCOME_JOIN_REACH if t.start - OUTCOME_JOIN_REACH > prev_end else prev_end
        joined = OUTCOME_JOIN_BEFORE.search(text, lo, t.start) if may_end_with(text, t.start, lo, OUTCOME_JOIN_ENDS) else None
        if joined is not None:
            # not the verb of the count before: "left 112 people dead and displaced hundreds of thousands"
            # an outcome of things and one of people are never one count: "the building
            # collapsed, killing 40 workers", "tore through the camp, destroying 2,000 shelters"
            other = [
                u for u in before[:-1]
                if u.start == joined.start() and u.indicator != t.indicator
                and u.indicator not in THING_INDICATORS and t.indicator not in THING_INDICATORS
                and not (s.index > 0 and AUX_GAP.fullmatch(text, prev_end, u.start))
                and not _closes_an_aside(text, prev_end, u.start, joined)
                and SHELTER_PLACE.fullmatch(text, u.start, joined.end("word")) is None  # "swept through the camp, killing 17": a place, no outcome
            ]
            if other or joined.group(_JOINED_BEFORE_WORD).lower() in OTHER_OUTCOMES:
                return COMBINED
    after = s.after()
    if after and not after[0].blocks:
        t = after[0]
        # the join after the trigger first: it is rare and cheap to rule out, the gap pattern is not
        if (
            _joined_outcome_after(text, t.end, t.indicator, s.end)
            and OUTCOME_VERB_GAP.fullmatch(text, c.noun.end, t.start)
            and not next_row(text, c.noun.end, t.start)  # the row's count has no outcome of the next row's label
            and not _verb_of_next_count(s, t.end)
        ):
            return COMBINED
    return None


# An aside between commas, opened by a relative word: "the school in Gaza City, where
# displaced families were sheltering, killed more than 90" (words.csv relative pronouns, "where").
ASIDE_OPENER = re.compile(rf",\s+(?:[\p{{L}}'’-]+\s+)?(?:where|{_words('relative pronouns')})\b", re.IGNORECASE)


def _closes_an_aside(text: str, lo: int, at: int, joined: re.Match) -> bool:
    """The outcome word at `at` ends an aside that a relative word opened after a comma, and
    the join after it is that aside's closing comma: no outcome joined to the next."""
    if text[joined.end(_JOINED_BEFORE_WORD) : joined.end()].strip() != ",":
        return False
    opened = text.rfind(",", lo, at)
    return opened >= 0 and ASIDE_OPENER.match(text, opened) is not None


def _verb_of_next_count(s: Scene, pos: int) -> bool:
    """The outcome joined at `pos` is the verb of the next count: "left 112 people dead and
    displaced hundreds of thousands" (two counts, not one of two outcomes)."""
    if s.index + 1 >= len(s.candidates):
        return False
    m = _outcome_join_after(s.text, pos, s.end)
    t = trigger_at_word(s.text, m.start(_JOINED_WORD), s.end) if m is not None else None
    return t is not None and adjacent(s.text, t.end, s.candidates[s.index + 1].quantity.start)


def _joined_outcome_after(text: str, pos: int, indicator: str | None, end: int) -> bool:
    """An outcome other than `indicator` joined at `pos` by "or", "and" or a comma: "killed
    or injured", "killed, injured or kidnapped", "injuries and deaths"."""
    m = _outcome_join_after(text, pos, end)
    if m is None:
        return False
    at = m.start(_JOINED_WORD)
    if m.group(_JOINED_WORD).lower() in OTHER_OUTCOMES:
        return True
    t = trigger_at_word(text, at, end)
    return t is not None and not t.blocks and t.indicator != indicator


def _outcome_join_after(text: str, pos: int, end: int) -> re.Match | None:
    """OUTCOME_JOIN_AFTER.match(text, pos, end), its first character tested first: after
    most nouns and triggers a verb or a preposition stands, no join."""
    if not may_start_with(text, pos, end, OUTCOME_JOIN_STARTS):
        return None
    return OUTCOME_JOIN_AFTER.match(text, pos, end)


def _result_complement(s: Scene) -> Verdict | None:
    # "has left 54 people dead", "left at least 14 individuals dead and 120 missing",
    # "leaving about twenty dead": after a verb of result (left, rendered) the word after the
    # people says what happened to them; "left" alone ("5,000 had left") stays displaced
    c, text = s.candidate, s.text
    q = c.quantity
    before = s.before()
    if not before or text[before[-1].start : before[-1].end].lower() not in RESULT_VERBS:
        return None
    if not adjacent(text, before[-1].end, q.start):
        return None
    if c.noun.indicator is not None:
        return Verdict(RESULT_RULE, c.noun.indicator)
    after = s.after()
    if after and after[0].start >= c.noun.end and not text[c.noun.end : after[0].start].strip():
        return _by_trigger(RESULT_RULE, after[0])
    last = s.list_end()
    if after and last > s.index:  # "left 14 soldiers and at least 30 militants dead": the list's word
        end = s.candidates[last].noun.end
        t = next((t for t in after if t.start >= end), None)
        if t is not None and not text[end : t.start].strip():
            return _by_trigger(RESULT_RULE, t)
    return None


def _trigger_right_before(s: Scene) -> Verdict | None:
    # the wording right before the number: "killed 12", "the displacement of 10,214"
    c, text = s.candidate, s.text
    q = c.quantity
    prev_end = s.prev_end
    # a counter may run over an earlier number of its clause ("the death toll from the
    # earthquake of February 6 has risen to 12,391"): it ends after that number's noun
    # (a counter's verb may be its count's qualifier too: "the toll was estimated at 3,000")
    triggers = s.triggers
    before = triggers[bisect_right(triggers, prev_end, key=TRIGGER_END) : bisect_right(triggers, q.first_start, key=TRIGGER_END)]
    if before and (
        before[-1].end > q.start or adjacent(text, before[-1].end, q.start) or BRACKET_GAP.fullmatch(text, before[-1].end, q.start)
        or (
            before[-1].indicator in HARMED
            and (NAMED_VICTIM_GAP.fullmatch(text, before[-1].end, q.start) or THINGS_THEN_AND.fullmatch(text, before[-1].end, q.start))
            and NAMED_VICTIM_END.match(text, c.noun.end) is not None
        )
    ):
        t = before[-1]
        # a count named by its subject holds its verb: "could reach 30,000" is a projection
        # (read at the verb: "in May" far back in the subject's clause is no "may")
        lo = t.start - PROJECTION_REACH if t.start > PROJECTION_REACH else 0
        # (one look for the projection words over both stretches first: most triggers have none around them)
        if may_hold(s.lower, lo, t.end, PROJECTION_STEMS, True) and (projected(text, lo, t.start, s.lower) or projected(
            text, (t.end - PROJECTION_REACH if t.end - PROJECTION_REACH > t.start else t.start), t.end, s.lower
        )):
            s.projected_before = True  # the later rules may still decide; if none does, this is why
        elif t.indicator == "displaced" and c.noun.indicator in HARMED:
            # "evacuated 30 injured people and 4 bodies to hospitals": the people are the wounded
            return Verdict("the noun names harm after a verb of moving (evacuated 30 injured people)", c.noun.indicator)
        elif t.indicator == "displaced" and c.noun.indicator == "returned" and text[t.start : t.end].lower() in HOSTING_VERBS:
            # "Guatemala received 24,870 returnees deported by air": who is taken in are returns
            return Verdict("the noun names returns after a verb of taking in (received 24,870 returnees)", "returned")
        elif t.indicator in THING_INDICATORS and c.noun.kind is KIND_PERSON and c.noun.indicator is not None:
            # "We have buried 49 corpses": a verb of damage to homes before people the noun names
            return Verdict("the noun names what happened to people after a verb of damage (buried 49 corpses)", c.noun.indicator)
        elif text[t.start : t.end].lower() in RESULT_VERBS:
            pass  # "has left 13 million people facing hunger": what a result leaves is said after, or nothing is
        elif not _shelters_counted(text, t, c):
            return _by_trigger("a trigger right before the number", t)
        return None
    if before and before[-1].indicator in THING_INDICATORS and c.noun.kind is KIND_HOMES:
        # homes after other things the verb destroyed: "destroyed 40 schools, 12 mosques and 3,000 homes"
        # (the homes named alone: "415 government office buildings" are no homes)
        if len(text[q.end : c.noun.end].split()) == 1 and THINGS_LIST_GAP.fullmatch(text, before[-1].end, q.start):
            return _by_trigger("homes after other things the same verb damaged (destroyed 40 schools and 3,000 homes)", before[-1])
    # a phrase around the count ("forced 400 civilians to leave", "allowed 3,000 people to
    # flee"): it opens a few words before the number and closes after the noun
    for t in s.triggers:
        if t.start >= q.start:
            break
        if (
            prev_end <= t.start
            and c.noun.end <= t.end <= c.noun.end + AROUND_REACH
            and len(text[t.start : q.start].split()) <= AROUND_WORDS_BEFORE
        ):
            return _by_trigger("a phrase around the count (forced 400 civilians to leave)", t)
    return None


AROUND_REACH = 30  # characters after a count's noun a phrase around it may close within
AROUND_WORDS_BEFORE = 2  # words before the number a phrase around it may open with ("forced", "has forced")


def _row_label_before(s: Scene) -> Verdict | None:
    # a row of a table or list: "People killed: 60 | People injured: 672", "• Houses
    # destroyed: 1,250": the label between the row's start and a colon right before the
    # number names what is counted, its last trigger the indicator
    c, text = s.candidate, s.text
    # the colon before the wording's qualifier too: "People displaced: about 32,000"
    span = _row_label(text, c.quantity.start)
    if span is None:
        return None
    label, colon = span
    inside = [t for t in s.triggers if label <= t.start and t.end <= colon]
    if not inside:
        if c.noun.kind is KIND_BARE and _opens_a_row(text, label) and not _a_place_label(text, label, colon):
            return ROW_OF_NOTHING  # "Districts: 14", "Targeted: 2.1M", "Total: 165": the label names the count, none of ours
        return None
    if projected(text, label, colon):
        return None
    after = s.after()
    if text[c.quantity.end + 1 : c.quantity.end + 2].islower() and (
        c.noun.indicator or (after and after[0].start - c.noun.end <= 1 and not text[c.noun.end : after[0].start].strip())
    ):
        # the row's own word says what it counts: "Jabalia camp: 50 dead", "Al-Mawasi camp: 19
        # killed" (not the next row's label: "KILLED: 45 INJURED: 120")
        return None
    if c.noun.kind is KIND_PERSON and after and ROW_OWN_VERB_GAP.fullmatch(text, c.noun.end, after[0].start):
        return None  # people with a verb of their own: "Yarmouk camp: Some 18,000 Palestinians remain besieged"
    if c.noun.kind is not KIND_PERSON and _label_counts_things(text, s.lower, label, colon):
        return ROW_OF_THINGS  # "Camps: 577", "Evacuation centres: 214": the places of shelter, counted
    return _row_verdict(text, inside[-1], label, colon)


def _opens_a_row(text: str, label: int) -> bool:
    """The label starting at `label` opens a row of its own: a row mark, a line's start or the
    text's start before it (not a sentence's word after a date: "between 31 October and 15
    November: 33,000 from Idlib")."""
    before = text[max(0, label - ROW_LABEL_REACH) : label].rstrip(" \t")
    return not before or before[-1] in ROW_OPENING_MARKS


ROW_OPENING_MARKS = "\n|•▪●;–—-*"


def _a_place_label(text: str, label: int, colon: int) -> bool:
    """The row label text[label:colon] is a place's name ("Sindh: 22" in a list by place)."""
    found = _places.mentions(text, label, colon)
    return bool(found) and found[0].start == label


def _label_counts_things(text: str, lower: str, label: int, colon: int) -> bool:
    """The row label text[label:colon] names things, no people: its noun is a thing, one of
    words.csv non-person nouns among its words ("Camps", "Displacement sites", "Evacuation
    centres", "Shelters open"; not "People in camps", "Houses destroyed")."""
    if NON_PERSON_NOUNS.isdisjoint(lower[label:colon].split()):
        return False  # (most labels: no word of things, "People displaced")
    return read_noun(text, lower, label, colon).kind in (KIND_THING, KIND_HOMES)


# Between a row's people and a verb of their own: auxiliaries, "remain", "still".
ROW_OWN_VERB_GAP = re.compile(rf"\s*(?:(?:{FINITE_AUXILIARIES}|{VERB_GAP_WORDS}|{_words('remain verbs')})\s+)*", re.IGNORECASE)


def _row_label(text: str, start: int) -> tuple[int, int] | None:
    """Where the label of the row whose count starts at `start` begins, and where its colon
    stands; None when no such label is there."""
    lo = start - ROW_LABEL_REACH if start > ROW_LABEL_REACH else 0
    if ":" not in text[lo:start] and not _dash_right_before(text, start):
        return None  # no colon or dash, no row: most counts (ROW_COLON_BEFORE is not tried)
    colon = ROW_COLON_BEFORE.search(text, lo, start)
    if colon is None:
        return None
    label = _row_label_start(text, colon.start())
    return None if label is None else (label, colon.start())


def _dash_right_before(text: str, start: int) -> bool:
    """A dash among the few characters right before `start`, where ROW_COLON_BEFORE's dash
    stands ("Deaths – 45": white space, the dash, white space)."""
    near = text[start - DASH_REACH if start > DASH_REACH else 0 : start]
    return "–" in near or "—" in near


DASH_REACH = 6  # characters before a count where a row's dash may stand ("Deaths –   45")


def _row_label_after(s: Scene) -> Verdict | None:
    # a row whose label follows its number: "7.7 MILLION – Estimated Number of People in
    # Need of Humanitarian Assistance (UN – December 2021)"; the number starts its row
    c, text = s.candidate, s.text
    if c.noun.kind is not KIND_BARE:
        return None
    end = row_label_after(text, c.quantity)
    if end is None:
        return None
    start = c.noun.end
    inside = [t for t in s.triggers if start <= t.start and t.end <= end]
    if not inside:
        return None
    if projected(text, start, end):
        return PROJECTED
    return _row_verdict(text, inside[0], start, end)


def _row_verdict(text: str, t: Trigger, label: int, end: int) -> Verdict:
    """The verdict of a row label text[label:end] whose trigger is t, with the label's noun
    when it names homes ("Houses damaged or destroyed")."""
    dash = ROW_DASH_AFTER.match(text, label, end)
    at = dash.end() if dash else label
    if at < t.start and not NON_PERSON_NOUNS.isdisjoint(text[at : t.start].lower().split()):
        return ROW_OF_THINGS
    noun = read_noun(text, text.lower(), at, t.start) if at < t.start else None
    if noun is not None and noun.kind is KIND_PERSON and noun.unit not in (None, "people") and noun.indicator is None and not noun.group:
        # the people the label names: "Families affected: 21,100", "Children killed: 40"
        return Verdict(ROW_RULE, t.indicator, t.blocks, None, unit=noun.unit)
    if noun is not None and noun.kind is not KIND_HOMES:
        noun = None
    return Verdict(ROW_RULE, t.indicator, t.blocks, noun)


def row_label_homes(text: str, lower: str, start: int) -> str | None:
    """The homes a row's label names, as written, when the row's count starts at `start`
    ("Houses: 3,400 fully destroyed"), else None."""
    span = _row_label(text, start)
    if span is None:
        return None
    noun = read_noun(text, lower, *span)
    return noun.word if noun.kind is KIND_HOMES else None


def _row_label_start(text: str, colon: int) -> int | None:
    """Where the row label ending at `colon` starts: after a row mark (line break, "|", "•",
    ";", a dash, a hyphen or an asterisk opening its line) or the sentence's start, with only words between (no digits, at most
    ROW_LABEL_WORDS words)."""
    m = ROW_LABEL.search(text, max(0, colon - ROW_LABEL_REACH), colon)
    return m.start("label") if m else None


def row_label_after(text: str, q: Quantity) -> int | None:
    """Where the label of a row that starts with the quantity q ends ("2.9 MILLION –
    Estimated Number of IDPs (UN – February 2022)"), or None when q starts no such row."""
    lo = q.first_start - ROW_LABEL_REACH if q.first_start > ROW_LABEL_REACH else 0
    before = text[lo : q.first_start]
    kept = before.rstrip()
    if kept and kept[-1] not in ROW_MARKS and not before[len(kept) :].strip(" \t"):
        return None  # ROW_START's cheap test: a word or another mark before the number on its line
    if ROW_START.search(text, lo, q.first_start) is None:
        return None
    m = ROW_LABEL_AFTER.match(text, q.end, min(len(text), q.end + ROW_LABEL_REACH * 2))
    return m.end() if m else None


# Indicators a noun names as what befell the people it counts ("deaths", "the wounded", "the
# missing"), which no verb after a list re-reads, as it re-reads a group ("IDPs returned").
OUTCOME_INDICATORS: frozenset[str] = frozenset({"killed", "injured", "missing"})


def _verb_right_after(s: Scene) -> Verdict | None:
    # the verb right after the noun phrase decides deaths and injuries even of a noun that
    # names a group ("Between 90 and 230 IDPs were killed"), and returns are returns even
    # of people counted as displaced ("3,000 displaced people returned to the town": a
    # return flow, not displacement)
    c, after = s.candidate, s.after()
    if not after:
        return None
    if c.noun.indicator is not None and c.noun.indicator not in OUTCOME_INDICATORS and s.list_end() > s.index:
        # the verb after a list of counts is each count's, of a noun that names a group too:
        # "5.1 million internally displaced people and 1.1 million refugees returned home";
        # not of a noun that names what befell them ("with 96 deaths and 327,000 people affected")
        # (a list joined by "and" or "or": a count set apart by commas is an aside, and the
        # verb after the next count is that count's: "home to 600,000 refugees, 15 children died")
        last = s.list_end()
        end = s.candidates[last].noun.end
        t = next((t for t in after if t.start >= end), None)
        if (
            t is not None and not t.blocks and t.indicator in VERB_DECIDES and AUX_GAP.fullmatch(s.text, end, t.start)
            and LIST_LAST_JOIN.fullmatch(s.text, s.candidates[last - 1].noun.end, s.candidates[last].quantity.start)
        ):
            return _by_trigger("a verb of death, injury, return, need or harm right after a list of counts", t)
    t = after[0]
    # what the trigger decides first: most triggers decide nothing here, and the gap patterns cost more
    if not (t.blocks or t.indicator in VERB_DECIDES):
        return None
    if t.indicator in STATE_INDICATORS and c.noun.indicator in OUTCOME_INDICATORS:
        return None  # "8,000 bodies are still trapped under the rubble": the dead, where they lie
    if AUX_GAP.fullmatch(s.text, c.noun.end, t.start) or _place_then_aux(s.text, c.noun.end, t.start):
        if projected(s.text, c.noun.end, t.start, s.lower) or _feared_before(s.text, s.lower, c.quantity.start, s.prev_end):
            return PROJECTED  # "Officials fear 200 people have died"
        if _share_whole(s.text, c) and _verb_of_the_share(s.text, c, t):
            if c.noun.indicator in OUTCOME_INDICATORS:
                return None  # "Some of the 40 injured were taken to hospitals": the whole's noun says what befell it
            return SHARE_WHOLE  # "70 per cent of the 30,000 displaced have returned": the verb is the share's
        if _verb_with_its_own_count(s.text, t):
            return None  # "The 40 soldiers who killed 12 civilians": the soldiers did it
        if _doer_of_its_verb(s.text, c, t):
            return DOER
        return _by_trigger("a verb of death, injury, return, need or harm right after the noun", t)
    return None


def _part_verb_past_its_whole(s: Scene) -> Verdict | None:
    # "Two of the 14 people injured died later", "200 of the 1,500 families displaced by the
    # floods have returned home": the participle right after the whole's noun says what befell
    # the whole; the part's own verb is the next trigger of the clause, finite (an auxiliary
    # before it, or a verb with no object)
    c, text = s.candidate, s.text
    if text[c.quantity.end : c.quantity.end + OF_LENGTH] != " of ":
        return None  # (most counts: no whole after them)
    whole = WHOLE_AFTER.match(text, c.quantity.end, c.noun.end)
    after = s.after()
    if whole is None or len(after) < 2 or text[c.noun.end : after[0].start].strip():
        return None
    participle = after[0]
    if participle.blocks or text[participle.start : participle.end].lower() in INTRANSITIVE_VERBS:
        return None  # a verb with no object is the part's own ("Twelve of the 30 passengers died")
    verb = after[1]
    gap = (participle.end, verb.start)
    between = text[gap[0] : gap[1]]
    if verb.blocks or len(between) > PART_VERB_REACH or "," in between or any(ch.isdigit() for ch in between) or clause_break(text, *gap):
        return None  # (another count or clause comes first)
    if FINITE_VERB.search(text, *gap) is None and text[verb.start : verb.end].lower() not in INTRANSITIVE_VERBS:
        return None  # "Nine of the 23 people missing were found alive": no verb of ours
    return _by_trigger(PART_VERB_RULE, verb)


PART_VERB_RULE = "the part's own verb past the participle of its whole (two of the 14 people injured died)"
# How far past the whole's participle the part's own verb may stand ("displaced by the floods
# in the north have returned").
PART_VERB_REACH = 50


def _place_then_aux(text: str, pos: int, endpos: int) -> bool:
    """A place named between a noun and its verb: "580,000 displaced people in Lebanon set off back"."""
    m = PLACE_AFTER_NOUN.match(text, pos, endpos)
    return m is not None and AUX_GAP.fullmatch(text, m.end(), endpos) is not None


def _other_outcome_after(s: Scene) -> Verdict | None:
    # "Another 298 people were kidnapped", "at least 49 women were raped": what happened to
    # them is no indicator of ours, whatever trigger comes later in the sentence
    c, text = s.candidate, s.text
    if c.noun.unit in OTHER_OUTCOMES:
        return OTHER_OUTCOME  # "including 40 killed, 25 abducted and 12 arrested": the outcome read as its noun
    people = _may_start_an_outcome(s.lower, c.noun.end, s.end)
    # (what is done to homes, only for homes or a part: "of the homes destroyed, 1,000 have been rebuilt")
    homes = (c.noun.kind is KIND_HOMES or c.breakdown) and _may_start_an_outcome(s.lower, c.noun.end, s.end, HOME_OUTCOME_WORDS)
    if not (people or homes):
        return None  # (most counts: no outcome word starts a word after the noun)
    m = OTHER_OUTCOME_AFTER.match(text, c.noun.end, s.end)
    if m is not None and ((word := m.group(_OUTCOME_WORD).lower()) in OTHER_OUTCOMES or (homes and word in HOME_OUTCOMES)):
        return OTHER_OUTCOME
    return None


# The outcomes OTHER_OUTCOME_AFTER's word may be: a run of letters, so the single words ("taken
# hostage" is never one); ("",) when one is not ASCII (every stretch then lets the pattern decide).
def _outcome_words(outcomes: frozenset[str]) -> tuple[str, ...]:
    """The one-word outcomes of `outcomes`, for `_may_start_an_outcome`; ("",) when one is not ASCII."""
    words = tuple(sorted(w for w in outcomes if w.isalpha()))
    return words if all(w.isascii() for w in words) else ("",)


OUTCOME_WORDS: tuple[str, ...] = _outcome_words(OTHER_OUTCOMES)
HOME_OUTCOME_WORDS: tuple[str, ...] = _outcome_words(HOME_OUTCOMES)


def _may_start_an_outcome(lower: str, pos: int, end: int, words: tuple[str, ...] = OUTCOME_WORDS) -> bool:
    """A cheap test before OTHER_OUTCOME_AFTER at `pos`: False only when lower[pos:end] is ASCII
    and no word of `words` (OUTCOME_WORDS, or HOME_OUTCOME_WORDS) starts in it at its start or after white space. The pattern's
    word starts so (after its white space, or at `pos`), and on ASCII its lowered letters are
    the lowered text's there (a pattern run on every candidate that reaches it, some 15,000
    instructions; "ill" stands inside "killed", "will" and "still": each such place is passed
    over by a look at the character before it)."""
    piece = lower[pos:end]
    if not piece.isascii():
        return True
    for word in words:
        if word not in piece:
            continue  # (most words: an `in` test costs less than a `find`)
        at = piece.find(word)
        while at >= 0:
            if at == 0 or piece[at - 1] in ASCII_WHITE_SPACE:
                return True
            at = piece.find(word, at + 1)
    return False


def _noun_names_it(s: Scene) -> Verdict | None:
    indicator = s.candidate.noun.indicator
    if not indicator:
        return None
    # "will eventually house up to 20,000 refugees", "its funds will help 4.2 million refugees",
    # and inside the noun's words: "thousands more feared dead"
    q = s.candidate.quantity
    lo = q.first_start - PROJECTION_REACH if q.first_start > PROJECTION_REACH else 0
    # (one look for the projection words over both stretches first: most counts have none around them)
    if may_hold(s.lower, lo, s.candidate.noun.end, PROJECTION_STEMS, True) and (
        projected(s.text, lo, q.first_start, s.lower) or projected(s.text, q.end, s.candidate.noun.end, s.lower)
    ):
        return PROJECTED
    if PROJECTED_AFTER.match(s.text, s.candidate.noun.end) is not None:
        return PROJECTED  # "an additional 34,000 deaths were projected for the first half of 2023"
    head = s.candidates[s.list_head()].quantity
    if head is not q and projected(s.text, max(0, head.first_start - PROJECTION_REACH), head.first_start):
        return PROJECTED  # "seeks to support 2.1 million returnees and 1.4 million IDPs": the list's verb is a plan's
    if (aided := _planned_or_given(s)) is not None:
        return aided
    if _aboard(s.text, s.candidate.noun.end):
        return MANIFEST  # "a boat with 151 Rohingya refugees on board": whom it carried
    if s.text.startswith(" of ", q.end) and OF_THE.match(s.text, q.end, s.candidate.noun.end) is not None:
        # "22 of the dead were soldiers": a part of the group, its people the state after it
        # (not "members of the same family": people of something)
        state = PART_STATE.match(s.text, s.candidate.noun.end, s.end)
        if state is not None and (unit := state.group("word").lower()) in PART_PEOPLE and not s.text.startswith(" of ", state.end()):
            return _new_tuple(Verdict, (PARTITIVE_RULE, indicator, False, None, -1, -1, unit))
    return Verdict(NOUN_NAMES_IT, indicator)


# A passive of projection right after a noun that names its outcome: "34,000 deaths were
# projected", "18,000 hunger deaths are forecast in Somalia this year".
PROJECTED_AFTER = re.compile(
    rf"\s+(?:(?:has|have|had)\s+been|were|are|was|is)\s+(?:{_words('projected participles')})\b", re.IGNORECASE
)


def _planned_aid(text: str, at: int) -> bool:
    """A plan to supply the people counted at `at`: "NRC plans to provide emergency shelter to
    50,000 displaced people", "IOM will distribute shelter kits to 12,000 displaced families",
    "preparing to receive up to 20,000 refugees" (they are its recipients, not what befell them)."""
    lo = at - PLANNED_AID_REACH if at > PLANNED_AID_REACH else 0
    if not may_hold(text, lo, at, AID_VERB_KEYS):
        return False  # (most counts: no aid verb before them)
    return PLANNED_AID.search(text, lo, at) is not None


PLANNED_AID_REACH = 120
# A sum in dollars asked for or given, then what it is to do: "needs $300 million to assist 3
# million people" (the dollar sign is a key of AID_KEYS).
MONEY_TO = rf"(?<![\w$])(?:US)?\$[\d.,]+(?:\s*(?:{_phrases((*SCALES, *SHORT_SCALES))})\b)?\s+(?:\w+\s+){{0,2}}?to\s+"
_AID_VERBS: tuple[str, ...] = lexicon.word_list("aid verbs")
AID_VERB_KEYS: tuple[str, ...] = literal_keys(_AID_VERBS)
PLANNED_AID = re.compile(
    rf"(?:\b(?:{_words('plan openers')})\s+(?:[\w'’-]+\s+){{0,2}}?|{MONEY_TO})(?:{_phrases(_AID_VERBS)})\b(?:[^.;:!?\d]{{0,80}}?\b(?:to|for))?\s+\Z",
    re.IGNORECASE | re.REVERSE,
)


# Aid delivered to the people counted: "UNHCR provided emergency shelter to 120,000 people
# displaced by the cyclone", "IOM has assisted 30,000 returnees": they are its recipients, a
# count of the aid's reach, not a count of what befell them (words.csv delivery verbs, which
# take the people as their object, and delivery verbs to, which give them something "to").
DELIVERED = re.compile(
    rf"\b(?:(?:{_words('delivery verbs')})|(?:{_words('delivery verbs to')})\b[^.;:!?\d]{{0,{PLANNED_AID_REACH - 60}}}?\bto)\s+\Z",
    re.IGNORECASE | re.REVERSE,
)
DELIVERY_KEYS: tuple[str, ...] = literal_keys((*lexicon.word_list("delivery verbs"), *lexicon.word_list("delivery verbs to")))
# The last words of PLANNED_AID's and DELIVERED's matches, lowered: each match is one of them
# and white space, then the count (an aid verb, or the "to" or "for" after it; a delivery verb,
# or the "to" after it).
PLANNED_AID_ENDS: tuple[str, ...] = (*(verb.split()[-1].lower() for verb in _AID_VERBS), "to", "for")
DELIVERED_ENDS: tuple[str, ...] = (*(verb.split()[-1].lower() for verb in lexicon.word_list("delivery verbs")), "to")
AID_ENDS: tuple[str, ...] = (*PLANNED_AID_ENDS, *DELIVERED_ENDS)  # a plan's or a delivery's
LAST_WORD_REACH = 40  # characters before a count its last word is looked for in (`_may_end_with_word`)
LAST_WORD_LONGEST = 16  # letters: the longest word of a tuple `_may_end_with_word` is asked of, at most


def _may_end_with_word(lower: str, at: int, ends: tuple[str, ...]) -> bool:
    """A cheap test before a pattern searched back from `at` whose every match ends with one
    of `ends` (lowered words, or their last letters) and white space: False only when the
    ASCII stretch before `at`, its white space stripped, ends with none of them. Where the
    white space runs so long that no whole word may be left to read, True."""
    piece = lower[at - LAST_WORD_REACH if at > LAST_WORD_REACH else 0 : at]
    if not piece.isascii():
        return True  # ("ſ" matches "s" in the case-blind patterns: they decide)
    piece = piece.rstrip()
    return piece.endswith(ends) or len(piece) < LAST_WORD_LONGEST
DELIVERED_RULE = "the recipients of aid delivered (provided shelter to 120,000 displaced people), no count of what befell them"
RECIPIENTS = Verdict(DELIVERED_RULE)


# The words every plan to supply people or aid delivered holds: a plan's opener ("will", "aims
# to"), a delivery verb ("provided", "assisted"). (Not the aid verbs' keys: "house", "host" and
# "shelter" stand in most crisis sentences.)
AID_KEYS: tuple[str, ...] = literal_keys(
    (*lexicon.word_list("plan openers"), *lexicon.word_list("delivery verbs"), *lexicon.word_list("delivery verbs to"), "$")
)


def _planned_or_given(s: Scene) -> Verdict | None:
    """PROJECTED where a plan supplies the candidate, the first count of its list or the total
    right before the list of parts it is in (`_planned_aid`); RECIPIENTS where aid was delivered to them, or to the total right before
    the list of parts they are in ("reached 2.4 million people, including 900,000 IDPs and
    150,000 refugees"); None otherwise. The words of both are looked for first, once, in the
    stretch before the earliest of those counts (most counts: none there)."""
    j = s.list_head()
    at = s.candidate.quantity.start
    head = s.candidates[j].quantity.start
    total = s.candidates[j - 1].quantity.start if j > 0 and (s.candidate.breakdown or s.candidates[j].breakdown) else -1
    first = total if total >= 0 else head
    lower = s.lower
    # (the words right before the counts first: a plan's or a delivery's match ends with one
    # of theirs, a few hundred instructions; the stretch's keys cost a pass over 120 characters)
    # (a plan's at the count, the list's head or the total, a delivery's at the head or the total)
    if not (
        _may_end_with_word(lower, at, AID_ENDS)
        or (head != at and _may_end_with_word(lower, head, AID_ENDS))
        or (total >= 0 and _may_end_with_word(lower, total, AID_ENDS))
    ):
        return None
    if not may_hold(lower, first - PLANNED_AID_REACH if first > PLANNED_AID_REACH else 0, at, AID_KEYS, True):
        return None
    if head != at and s.index > 0 and s.lower.startswith(" of ", (part := s.candidates[s.index - 1].quantity.end)) and OF_THE_BETWEEN.fullmatch(s.text, part, at) is not None:
        head, total = at, -1  # "assisted 800,000 of the estimated 2 million people displaced": the part is the aid's, not the whole
    if _planned_aid(s.text, at) or (head != at and _planned_aid(s.text, head)) or (total >= 0 and _planned_aid(s.text, total)):
        return PROJECTED  # (a part of the plan's total too: "aims to support 4.2 million people, of whom 1.1 million are refugees")
    if _aid_recipients(s.text, head) or (total >= 0 and _aid_recipients(s.text, total)):
        return RECIPIENTS
    return None


# Between a part and the whole it is taken from: "800,000 of the estimated 2 million" (the
# whole's qualifier is its quantity's), "100,000 of the 395,600 refugees" (figures.py).
OF_THE_BETWEEN = re.compile(r"\s*of\s+the\s*", re.IGNORECASE)


def _aid_recipients(text: str, at: int) -> bool:
    """The count at `at` is what aid was delivered to ("assisted 30,000 returnees")."""
    lo = max(0, at - PLANNED_AID_REACH)
    return may_hold(text, lo, at, DELIVERY_KEYS) and DELIVERED.search(text, lo, at) is not None


def _part_needs_own_verb(s: Scene) -> Verdict | None:
    # a part of a group counts only with its own verb: "including 25,000 people who fled",
    # "of which 4,724 have been left homeless" (without one, it counts what its total counts:
    # tracker.extraction.parts)
    if not s.candidate.breakdown:
        return None
    # the verb may follow the part's restatement: "of whom 74,842 families or 347,426 people are sheltering"
    noun_end = s.candidate.noun.end
    if s.index + 1 < len(s.candidates) and equivalent(s.text, s.candidate, s.candidates[s.index + 1]):
        noun_end = s.candidates[s.index + 1].noun.end
    after = [t for t in s.after() if t.start >= noun_end]
    if after and (
        RELATIVE_GAP.fullmatch(s.text, noun_end, after[0].start)
        or parts.OWN_VERB_GAP.fullmatch(s.text, noun_end, after[0].start)
    ):
        if (aided := _planned_or_given(s)) is not None:
            return aided  # "aims to support 4.2 million people, of whom 1.1 million are refugees": the plan's count
        return _by_trigger("a part of a group, with its own verb", after[0])
    state = PART_STATE.match(s.text, s.candidate.noun.end, s.end)
    if state is not None and (_other_state(s.text, state) or _clause_after_parts(s, state)):
        return PART_OTHER_STATE
    if projected(s.text, noun_end, min(s.end, noun_end + PART_HEDGE_AFTER)):
        return PART_OTHER_STATE  # "including 1 million children at risk of severe acute malnutrition": hedged
    q = s.candidate.quantity
    if projected(s.text, max(s.prev_end, q.first_start - PROJECTION_REACH), q.first_start):
        return PROJECTED  # "Of the 18 million people in need, partners plan to reach 12 million": a plan's count
    return PART_WITHOUT_VERB


# Where people are held, after a part's "were in": no indicator of ours (words.csv captivity nouns).
CAPTIVITY_AFTER = re.compile(rf"\s+(?:[\w-]+\s+)?(?:{_words('captivity nouns')})\b", re.IGNORECASE)  # "in (military) detention"
STATE_NOUN_REACH = 40  # characters after a part's "were" its people noun is read within
PART_HEDGE_AFTER = 16  # characters after a part's noun a hedge stands within (" at risk of")
PART_HEDGE_REACH = 12  # characters after the first word of a part's state a hedge's words stand within ("at risk of")


# A comma and a clause joiner before a count: "including 6 soldiers, and 12 were in hospital".
CLAUSE_JOIN_GAP = re.compile(rf"\s*,\s*(?:and|{_words('contrast words')})\s+", re.IGNORECASE)
CAPITAL_AFTER = re.compile(r"\s+(?:the\s+)?\p{Lu}")  # a place's name after the preposition: "in Aleppo"


def _clause_after_parts(s: Scene, state: re.Match) -> bool:
    """The part's state is a condition named by a preposition and a common noun ("12 were in
    hospital", "remain in critical condition"), and the part is joined by a comma and a
    clause joiner to a part before it with no verb of its own: "killed 30 people, including
    6 soldiers, and 12 were in hospital" starts a clause of its own, no item of the list (but
    in "Of the dead, 80 were in Aleppo, and 70 were in Idlib" each part has its verb)."""
    if s.index == 0 or state.group("word").lower() not in PREPOSITIONS or CAPITAL_AFTER.match(s.text, state.end("word")):
        return False
    before = s.candidates[s.index - 1]
    return (
        before.breakdown
        and CLAUSE_JOIN_GAP.fullmatch(s.text, before.noun.end, s.candidate.quantity.first_start) is not None
        and PART_STATE.match(s.text, before.noun.end, s.end) is None
    )


def _other_state(text: str, state: re.Match) -> bool:
    """The word a part's "are" or "were" leads to is a state of no indicator of ours ("are
    severely food insecure"), not people ("are children"), a place ("are in hospital") or a
    trigger ("are believed dead")."""
    word = state.group("word").lower()
    if projected(text, state.start("word"), min(len(text), state.end("word") + PART_HEDGE_REACH)):
        return True  # a hedge: "of whom 8.4 million are at risk of famine", "are likely to flee"
    if word in PREPOSITIONS:
        # a place ("are in hospital"), unless it holds them ("2,608 were in detention")
        return CAPTIVITY_AFTER.match(text, state.end("word")) is not None
    if word in lexicon.word_set("adjective nouns") or word in PART_PEOPLE:
        return False
    at = state.start("word")
    if read_noun(text, text.lower(), at, min(len(text), at + STATE_NOUN_REACH)).kind is KIND_PERSON:
        return False  # people named with their nationality or kind: "695 were Israeli civilians"
    return trigger_at_word(text, state.start("word"), state.end("word") + TRIGGER_SCAN_SLACK) is None


def _count_before_its_parts(s: Scene) -> Verdict | None:
    # "another 845 (624 men, 179 women and 42 children) were injured": a count with no noun
    # before its bracketed breakdown counts what the verb after the bracket says
    if s.candidate.noun.kind is KIND_BARE and parts.before_its_parts(s.text, s.candidates, s.index):
        return _trigger_after(s)
    return None


def _bracketed_after_a_name(s: Scene) -> Verdict | None:
    # "Deaths were reported in Kandy (12), Matale (8)": the first item of a list of counts by
    # place with no total before it counts what the words before the list say
    c = s.candidate
    if s.index > 0 or not parts.after_a_name(s.text, c):
        return None
    before = [t for t in s.before() if not t.blocks]
    if not before or clause_break(s.text, before[-1].end, c.quantity.first_start) is not None:
        return None
    return _by_trigger("the first item of a list of counts in brackets after names (Deaths in Kandy (12))", before[-1])


# An item of a list by place after the heading that names what it counts: "Deaths recorded by
# state since 15 April: Khartoum 172; West Darfur 96", "Fatalities by province: North Kivu 212,
# Ituri 157". The heading says the count is by place (place_words.csv place kinds) and holds its
# trigger; the item is a capitalised name and the count, after the colon or a list join.
LIST_BY_PLACE_RULE = "an item of a list by place after its heading (Deaths by state: Khartoum 172; West Darfur 96)"
BY_PLACE = re.compile(rf"\bby\s+(?:{_words('place kinds', file='place_words')})\b", re.IGNORECASE)
HEADED_ITEM_BEFORE = re.compile(r"(?:[:;,]|\band)[^\S\n]*\p{Lu}[\p{L}'’.-]*(?:[^\S\n]+\p{Lu}[\p{L}'’.-]*){0,2}[^\S\n]+\Z", re.REVERSE)
HEADED_ITEM_REACH = 40  # characters before a count its place's name and the join before it stand within
LIST_HEAD_REACH = 240  # characters before a count the heading's colon stands within
# Items whose places have colons of their own, back to the heading's colon, on one line:
# "IDPs by camp: Bentiu: 12,000; Malakal: 8,000". (Not rows on lines of their own under a
# heading: the pre-scan, which keeps only sentences with a trigger's stem, never reads them.)
_ROW_NAME = r"\p{Lu}[\p{L}'’.-]*(?:[^\S\n]+\p{Lu}[\p{L}'’.-]*){0,2}"
LABELLED_ROWS_BEFORE = re.compile(
    rf":[^\S\n]*(?:{_ROW_NAME}:[^\S\n]*\d[\d,.]*[^\S\n]*[;,][^\S\n]*)*{_ROW_NAME}:[^\S\n]*\Z", re.REVERSE
)
HEAD_OPENS = re.compile(r"(?:\A|[.!?]\s|\n)[^.!?\n]*\Z", re.REVERSE)  # where the heading's sentence or line opens


def _list_by_place(s: Scene) -> Verdict | None:
    c, text = s.candidate, s.text
    q = c.quantity
    colon = text.rfind(":", max(0, q.start - LIST_HEAD_REACH), q.start)
    if colon < 0:
        return None
    if HEADED_ITEM_BEFORE.search(text, max(colon, q.start - HEADED_ITEM_REACH), q.start) is None:
        # or an item with its place's own colon ("Bentiu: 12,000"): the heading ends where the
        # first item starts
        rows = LABELLED_ROWS_BEFORE.search(text, max(0, q.start - LIST_HEAD_REACH), q.start)
        if rows is None:
            return None
        colon = rows.start()
    opens = HEAD_OPENS.search(text, max(0, colon - LIST_HEAD_REACH), colon)
    head = opens.start() if opens is not None else max(0, colon - LIST_HEAD_REACH)
    if BY_PLACE.search(text, head, colon) is None:
        return None
    inside = [t for t in s.triggers if head <= t.start and t.end <= colon]
    if not inside or inside[-1].blocks:
        return None
    return _by_trigger(LIST_BY_PLACE_RULE, inside[-1])


def _bare(s: Scene) -> Verdict | None:
    if s.candidate.noun.kind is KIND_BARE:
        return BARE
    return None


# "Among the dead were four children", "Among those displaced are 300 children": the group a
# count is among names what it counts (a part of that group, a figure of its own).
AMONG_GROUP = re.compile(r"\bamong\s+(?P<group>(?:[\w'’-]+\s+){1,5}?)(?:were|are|was|is)\s+\Z", re.IGNORECASE | re.REVERSE)
AMONG_REACH = 60
AMONG_RULE = "a count among the group it is part of (Among the dead were four children)"
AMONG_BEFORE = re.compile(r"\bamong\s+(?:the\s+|those\s+(?:who\s+(?:were\s+|had\s+been\s+)?)?)?\Z", re.IGNORECASE | re.REVERSE)  # "were among the dead", "among those killed"
AMONG_KEYS = ("among",)  # what every AMONG_BEFORE match holds (`may_hold`)


def _group_trigger(s: Scene, key: str, pattern: re.Pattern, reach: int) -> Trigger | None:
    """The last trigger inside the group `pattern` finds right before the candidate's count
    (its qualifier included: "were at least 11"), within `reach` and after the count before;
    `key` is a piece of text every match holds, looked for first in the lowered text."""
    at = s.candidate.quantity.start
    lo = at - reach if at - reach > s.prev_end else s.prev_end
    if key not in s.lower[lo:at]:
        return None  # (the common case, made fast)
    m = pattern.search(s.text, lo, at)
    if m is None:
        return None
    group = [t for t in s.triggers if m.start("group") <= t.start and t.end <= m.end("group")]
    return None if not group or group[-1].blocks else group[-1]


def _among_the_group(s: Scene) -> Verdict | None:
    t = _group_trigger(s, "among", AMONG_GROUP, AMONG_REACH)
    return None if t is None else _by_trigger(AMONG_RULE, t)


# A group fronted with "of" before the count: "Of the dead, 31 were children", "Of those who
# died last month, 80 were children": what befell the group befell the count; the count's
# noun is what it "were" (PART_STATE: "31 were children").
FRONTED_GROUP = re.compile(r"\bof\s+(?P<group>(?:the|those|all)\b[^.;:!?,\d]{1,40}),\s*\Z", re.IGNORECASE | re.REVERSE)
FRONTED_REACH = 50
FRONTED_RULE = "a count of the group fronted before it (Of the dead, 31 were children)"
# The rules whose count is a part of a group counted before, in this sentence or the one before
# ("The floods killed 280 people. Of the dead, 31 were children.").
GROUP_PART_RULES: frozenset[str] = frozenset({AMONG_RULE, FRONTED_RULE, PARTITIVE_RULE})


def _fronted_group(s: Scene) -> Verdict | None:
    t = _group_trigger(s, "of ", FRONTED_GROUP, FRONTED_REACH)
    if t is None and s.index > 0:
        t = _next_item_of_a_fronted_group(s)  # "Of the dead, 97 were women and 56 were men": the 56
    if t is None:
        return None
    state = PART_STATE.match(s.text, s.candidate.noun.end, s.end)
    unit = state.group("word").lower() if state and state.group("word").lower() in PART_PEOPLE else None
    return _new_tuple(Verdict, (FRONTED_RULE, t.indicator, t.blocks, None, t.start, t.end, unit))


# The words between two items of a list of parts after a fronted group: "97 were women and
# 56", "12 were children, 8".
FRONTED_ITEM_GAP = re.compile(
    rf"\s+(?:{FINITE_AUXILIARIES})\s+[\p{{L}}'’-]+(?:\s*,\s*(?:and\s+)?|\s+and\s+)", re.IGNORECASE
)


FRONTED_ITEM_GAP_LONGEST = 40  # characters
_ITEM_JOINS: tuple[str, ...] = (", ", " and ")  # how every FRONTED_ITEM_GAP match ends


def _next_item_of_a_fronted_group(s: Scene) -> Trigger | None:
    """The fronted group's trigger, when the count is the next item of a list whose first item
    the group fronts: "Of the dead, 97 were women and 56 were men", "Of those killed, 12 were
    children, 8 were women and 3 were elderly" (each item after the first, in turn)."""
    i, text = s.index, s.text
    at = s.candidate.quantity.start
    while i > 0:
        before = s.candidates[i - 1].quantity
        # (a short gap ending with a comma or "and" first: most counts of a sentence have none)
        if at - before.end > FRONTED_ITEM_GAP_LONGEST or not s.lower.endswith(_ITEM_JOINS, before.end, at):
            return None
        if FRONTED_ITEM_GAP.fullmatch(text, before.end, at) is None:
            return None
        i, at = i - 1, before.start
        lo = max(s.candidates[i - 1].quantity.end if i > 0 else 0, at - FRONTED_REACH)
        if "of " in s.lower[lo:at] and (m := FRONTED_GROUP.search(text, lo, at)) is not None:
            group = [t for t in s.triggers if m.start("group") <= t.start and t.end <= m.end("group")]
            return None if not group or group[-1].blocks else group[-1]
    return None


def _subject_before_count_verb(s: Scene) -> Verdict | None:
    # "the dead now numbered eight": the subject before the verb of counting says what is counted
    c, text = s.candidate, s.text
    q = c.quantity
    lo = q.start - SUBJECT_VERB_REACH if q.start > SUBJECT_VERB_REACH else 0
    if not may_hold(text, lo, q.start, SUBJECT_COUNT_VERB_KEYS):
        return None
    verb = SUBJECT_COUNT_VERB.search(text, lo, q.start)
    if verb is None:
        return None
    prev_end = s.candidates[s.index - 1].quantity.end if s.index > 0 else 0
    start = max(prev_end, verb.start() - SUBJECT_REACH)
    for brk in CLAUSE_BREAK.finditer(text, start, verb.start()):
        start = brk.end()
    subject = [t for t in s.triggers if start <= t.start and t.end <= verb.start()]
    if not subject or projected(text, start, verb.start()):
        return None
    t = subject[-1]
    # the subject runs straight into its verb, and the trigger names people, not an event
    # of theirs: not "The crowd, angry at the killing of a student, numbered 5,000"
    if SUBJECT_ASIDE.search(text, t.end, verb.start()) is not None or EVENT_OF.match(text, t.end) is not None:
        return None
    lead = [w.lower() for w in WORD.findall(text, start, t.start)]
    while lead and lead[-1] in SUBJECT_GAP:
        lead.pop()
    if any(w in PREPOSITIONS for w in lead[-SUBJECT_LEAD_WORDS:]) or MOVERS.search(text, start, t.start) is not None:
        return None
    verdict = _by_trigger("a count of the people named before a verb of counting (the dead numbered eight)", t)
    # households named in the subject are what is counted: "displaced families stood at 12,500"
    households = [w for w in (w.lower() for w in WORD.findall(text, start, verb.start())) if w in parts.HOUSEHOLD_UNITS]
    return verdict._replace(unit=households[-1]) if households else verdict


def _participle_after_noun(text: str, noun_end: int, t: Trigger) -> bool:
    """The trigger t is a past participle right after the count's noun, its reduced relative:
    "families displaced by the floods", "people uprooted in 2016"."""
    return (
        t.start - noun_end < 3 and not text[noun_end : t.start].strip() and text.endswith("ed", t.start, t.end)
        and PARTICIPLE_COMPLEMENT.match(text, t.end) is not None  # (not a finite verb: "5,000 people fled, bringing ...")
    )


# What a reduced relative's participle goes on with: "displaced by the floods", "uprooted in 2016".
PARTICIPLE_COMPLEMENT = re.compile(r"\s+(?:by|in|from|during|after|since|over|on|last|earlier)\b", re.IGNORECASE)


def _return_after_flight(s: Scene) -> Verdict | None:
    # "40,000 Syrians who had sheltered in Türkiye have gone home", "families who fled the
    # fighting in 2016 are returning", "240 families displaced by the floods have returned
    # home": the flight is their past, the return is what is counted
    c, text = s.candidate, s.text
    boundary = s.boundary()
    after = s.after()
    if not after or after[0].indicator != "displaced":
        return None
    if not _participle_after_noun(text, c.noun.end, after[0]):  # "240 families displaced by the floods have returned"
        if not may_start_with(text, c.noun.end, after[0].start, WHO):
            return None  # (most counts: no "who" after the noun)
        if not FLIGHT_RELATIVE.fullmatch(text, c.noun.end, after[0].start):
            return None
    if _share_whole(text, c):
        return None  # "half of the 2,000 people who fled have returned": the return is the half's
    for t in after[1:]:
        if any(ch.isdigit() for ch in text[c.noun.end : t.start]):
            return None
        if t.start >= boundary or t.start - c.noun.end > REACH_AFTER:
            return None
        if clause_break(text, c.noun.end, t.start) is not None or projected(text, c.noun.end, t.start):
            return None
        if t.indicator == "returned":
            return _by_trigger("a return after the flight it ends (who had fled ... have returned)", t)
        if t.indicator != "displaced":
            return None
    return None


def _part_by_relative(text: str, end: int) -> bool:
    """The number ending at `end` opens a relative part: "40 of whom"."""
    return may_hold(text, end, end + PART_BY_RELATIVE_REACH, RELATIVE_PART_KEYS) and PART_BY_RELATIVE.match(text, end) is not None


PART_BY_RELATIVE_REACH = 6  # characters after a number its "of whom" starts within


def _counts_people_at(candidates: list[Candidate], start: int) -> bool:
    """The candidate starting at `start` may count people (no noun of things: "224 shelters")."""
    return any(o.quantity.first_start == start and o.noun.kind not in (KIND_THING, KIND_HOMES) for o in candidates)


def _share_whole(text: str, c: Candidate) -> bool:
    """c is the whole a share is taken from: "70 percent of the 2.2 million residents"."""
    at = c.quantity.start
    lo = at - SHARE_REACH if at > SHARE_REACH else 0
    # (the word right before the count first: most are no determiner, and "of" stands often)
    piece = text[lo:at]
    if piece.isascii() and not _may_end_with_word(piece.lower(), len(piece), SHARE_WHOLE_ENDS):
        return False
    return may_hold(text, lo, at, SHARE_OF_KEYS) and SHARE_OF_BEFORE.search(text, lo, at) is not None


# How many words right before a count a projection whose verb comes after it is looked for
# in: "Rescuers fear 200 people are trapped", "officials fear that 40 have died".
FEARED_WORDS_BEFORE = 2


def _feared_before(text: str, lower: str, start: int, floor: int) -> bool:
    """A projection, fear or plan in the FEARED_WORDS_BEFORE words before `start` (not before
    `floor`; `lower` is the text lowered)."""
    lo = start
    for _ in range(FEARED_WORDS_BEFORE):
        at = text.rfind(" ", floor, lo - 1)
        if at < 0:
            lo = floor
            break
        lo = at
    if not may_hold(lower, lo, start, PROJECTION_STEMS, True):
        return False  # no projection in these words: none in the clause's part of them (`projected`)
    lo = max(lo, max(text.rfind(mark, lo, start) for mark in ".,;:!?") + 1)  # not past the sentence's or clause's start
    # the month ("in May 200 people died") is no "may"
    return projected(text, lo, start) and "May" not in text[lo:start].split()


# A preposition of place before a trigger after a count of homes: the homes' place ("in the camps").
WHERE_HOMES_STAND = re.compile(r"\b(?:in|at|inside|within)\s+(?:the\s+)?\Z", re.IGNORECASE)


BEFORE_GERUND = re.compile(r"\bbefore\s+\Z", re.IGNORECASE)  # "... before fleeing": the subject's act


# Verbs that take no object, so are never a passive participle after their noun: "two-thirds
# of the 9,000 residents fled" is the share's verb (not "half of the 111,000 people displaced").
INTRANSITIVE_VERBS: frozenset[str] = lexicon.word_set("intransitive verbs")


def _verb_of_the_share(text: str, c: Candidate, t: Trigger) -> bool:
    """The trigger t, after the whole c a share is taken from, is the share's verb: a finite
    verb stands before it ("70 per cent of the 30,000 displaced have returned"), it is the
    share's infinitive ("forced most of the town's 12,000 residents to flee"), or it stands
    right after the noun and takes no object ("two-thirds of the 9,000 residents fled"; "who
    fled" is the noun's) or is the state a result leaves the share in ("leaving nearly all of
    its 30,000 residents homeless"), not a participle of the whole ("half of the 111,000
    people displaced")."""
    if FINITE_VERB.search(text, c.noun.end, t.start):
        return True
    gap = text[c.noun.end : t.start].strip()
    if gap == "to":
        return True  # "forced most of the town's 12,000 residents to flee": the share's infinitive
    if gap:
        return False
    if text[t.start : t.end].lower() in INTRANSITIVE_VERBS:
        return True
    # "leaving nearly all of its 30,000 residents homeless": the state a result leaves the share in
    lo = c.quantity.start - SHARE_RESULT_REACH if c.quantity.start > SHARE_RESULT_REACH else 0
    return RESULT_BEFORE_SHARE.search(text, lo, c.quantity.start) is not None


def _list_head(text: str, candidates: list[Candidate], index: int) -> int:
    """The index of the first count of the list candidate `index` ends ("six soldiers and two
    civilians"), its own when it ends none."""
    j = index
    while j > 0 and COORDINATED.fullmatch(text, candidates[j - 1].noun.end, candidates[j].quantity.start):
        j -= 1
    return j


def _an_object(s: Scene) -> bool:
    """The candidate, or the first count of the list it ends, is the object of a verb in the
    past right before it ("killed six soldiers and two civilians"), not a subject."""
    first = s.candidates[s.list_head()].quantity.first_start
    return OBJECT_OF_VERB.search(s.text, max(0, first - OBJECT_VERB_REACH), first) is not None


def _past_restatements(s: Scene, before: int) -> int:
    """Where the candidate's words end, past the counts before `before` that restate it in
    another unit ("Around 2,300 people, that is 520 families, were evacuated")."""
    end = s.candidate.noun.end
    for other in s.candidates[s.index + 1 :]:
        if other.quantity.start >= before or not equivalent(s.text, s.candidate, other):
            break
        end = other.noun.end
    return end


def _trigger_after(s: Scene) -> Verdict | None:
    c, text = s.candidate, s.text
    boundary = s.boundary()
    reach_from = s.candidates[s.list_end()].noun.end  # a list's last noun
    for t in s.after():
        if t.start >= boundary or t.start - reach_from > REACH_AFTER:
            break
        if boundary < s.end and not text[t.end : boundary].strip() and _counts_people_at(s.candidates, boundary):
            break  # the next count's own verb: "infected 12,000 people and killed 310" (not "staying in 224 shelters")
        if _in_a_later_noun(s, t):
            continue  # "120 casualties, including 20 deaths": the part's own noun names the part
        if _in_a_bracket(text, c.noun.end, t.start):
            continue  # "1,095 civilian casualties (316 killed and 779 injured)": the bracket's counts' verbs
        if c.noun.kind is KIND_HOMES and t.indicator != "housing_destroyed" and WHERE_HOMES_STAND.search(text, t.start - 12 if t.start > 12 else 0, t.start):
            continue  # "8,000 shelters in the camps were damaged": where the homes stand, not what befell them
        if _verb_with_its_own_count(text, t) or (text.startswith(" of ", t.end) and COUNT_RIGHT_AFTER.match(text, t.end + 3) is not None):
            continue  # "... due to a drought that has killed 1.5 million livestock", "ordered the evacuation of 12 settlements"
        if _subordinate_verb_with_its_own_count(text, c.noun.end, t):
            continue  # "3,000 pupils cannot resume school after floods marooned 14 schools"
        if t.indicator in THING_INDICATORS and c.noun.kind is KIND_PERSON:
            continue  # "19 people were burned to death": what befalls homes befalls no people
        past = _past_restatements(s, t.start)  # (read on past "..., that is 520 families, were evacuated")
        if clause_break(text, past, t.start) is not None or _own_subject(text, s.lower, past, t):
            return OTHER_CLAUSE
        if _count_of_its_own(text, s.lower, past, t.start) or _fronted_whole_before(text, c, t.start):
            return OTHER_CLAUSE
        if text[t.start : t.end].lower().endswith("ing") and BEFORE_GERUND.search(text, (t.start - 12 if t.start - 12 > c.noun.end else c.noun.end), t.start) and _an_object(s):
            return OTHER_CLAUSE  # "The attackers killed six soldiers and two civilians before fleeing": the attackers fled
        if projected(text, c.noun.end, t.start, s.lower):
            return PROJECTED
        if may_hold(s.lower, c.noun.end, t.start, RELATIVE_PART_KEYS, True) and RELATIVE_PART.search(text, c.noun.end, t.start) is not None:
            continue  # "5.5 million people, 90 percent of whom need food aid": the share's verb
        if _share_whole(text, c) and _verb_of_the_share(text, c, t):
            return SHARE_WHOLE  # not "half of the 111,000 people displaced from Aleppo": the whole's own participle
        if _feared_before(text, s.lower, c.quantity.start, s.prev_end):
            return PROJECTED  # "Rescuers fear 200 people are trapped", "officials fear that 40 have died"
        if (aided := _planned_or_given(s)) is not None:
            return aided  # "WFP aims to reach 1 million people in need", "provided shelter to 120,000 people displaced"
        among_from = t.start - 30 if t.start - 30 > c.noun.end else c.noun.end
        if may_hold(s.lower, among_from, t.start, AMONG_KEYS, True) and AMONG_BEFORE.search(text, among_from, t.start) is not None:
            return _by_trigger(AMONG_RULE, t)  # "Eight women were among the dead"
        if t.indicator in SHELTERED and _cared_for_in_a_shelter(s, t):
            return CARED_FOR
        if _object_of_another_outcome(s):
            return OUTCOME_OBJECT  # "soldiers arrested 40 youths from the Bakassi IDP camp": what they did to them
        return _by_trigger("a trigger after the noun, before the next figure", t)
    return NO_TRIGGER


# A subordinate clause's opener a few words before a trigger: "after floods marooned".
SUBORDINATE_BEFORE = re.compile(rf"\b(?:{_words('clause openers')}|when)\s+(?:[\w'’-]+\s+){{0,3}}\Z", re.IGNORECASE | re.REVERSE)
SUBORDINATE_REACH = 40  # characters before a trigger its clause's opener stands within
_DIGIT_AFTER = _re.compile(r"\d")  # (a digit soon after the trigger: its own count may follow)


def _subordinate_verb_with_its_own_count(text: str, noun_end: int, t: Trigger) -> bool:
    """The trigger t, after the count's noun, is the verb of a subordinate clause with its
    own count right after it: "3,000 pupils cannot resume school after floods marooned 14
    schools" (what befell the schools, not the pupils)."""
    if _DIGIT_AFTER.search(text, t.end, t.end + COUNT_AFTER_REACH) is None or COUNT_RIGHT_AFTER.match(text, t.end) is None:
        return False
    lo = t.start - SUBORDINATE_REACH if t.start - SUBORDINATE_REACH > noun_end else noun_end
    return SUBORDINATE_BEFORE.search(text, lo, t.start) is not None


COUNT_AFTER_REACH = 24  # characters after a trigger its own count's first digit stands within


def _in_a_bracket(text: str, start: int, at: int) -> bool:
    """A bracket opened in text[start:at] is still open at `at`."""
    opened = text.rfind("(", start, at)
    return opened >= 0 and text.find(")", opened, at) < 0


def _cared_for_in_a_shelter(s: Scene, t: Trigger) -> bool:
    """The trigger t after the count is a place of shelter, and a verb of care stands right
    before the count ("MSF has treated 1,200 survivors of sexual violence in camps around
    Goma", "screened 5,000 children for malnutrition in displacement camps") or is the count's
    own passive verb before the place ("4,000 children were admitted for malnutrition in Kalma
    camp", "8,500 children were screened in Dadaab refugee camp") (words.csv care verbs)."""
    q, text = s.candidate.quantity, s.text
    lo, after = (q.start - CARE_REACH if q.start - CARE_REACH > s.prev_end else s.prev_end), s.candidate.noun.end
    # (the care verb's words first, a cheap test: most counts have none around them)
    if not (
        (_may_end_with_word(s.lower, q.start, CARE_ENDS) and CARE_BEFORE.search(text, lo, q.start) is not None)
        or (may_hold(s.lower, after, t.start, CARE_KEYS, True) and CARED_PASSIVE.search(text, after, t.start) is not None)
    ):
        return False
    return (
        SHELTER_PLACE.match(text, t.start, t.end) is not None
        or (text.startswith(" ", t.end) and SHELTER_PLACE.match(text, t.end + 1) is not None)  # "displacement camps"
    )


SHELTERED: frozenset[str] = frozenset({"displaced", "refugees"})  # the indicators a place of shelter gives
CARE_REACH = 24
_CARE_VERBS: tuple[str, ...] = lexicon.word_list("care verbs")
CARE_KEYS: tuple[str, ...] = literal_keys(_CARE_VERBS)
CARE_BEFORE = re.compile(rf"\b(?:{_phrases(_CARE_VERBS)})\s+\Z", re.IGNORECASE | re.REVERSE)  # right before the count's wording
CARE_ENDS: tuple[str, ...] = tuple(verb.split()[-1].lower() for verb in _CARE_VERBS)  # the last words of its matches
# the count's own verb of care in the passive, between its noun and the place: "were admitted", "had been treated"
CARED_PASSIVE = re.compile(rf"\b(?:{_words('passive auxiliaries')})\s+(?:{_phrases(_CARE_VERBS)})\b", re.IGNORECASE)


# A trigger with a subject of its own right before it, in a clause that opens after the
# count's noun: "The clinic treated 450 children, and a nurse died", "sickened 36 others, the
# ministry said, adding 80 hippos had died", "5,000 people attended the vigil for the victims
# who died": the nurse, the hippos and the victims died, not the count before. The subject is
# a noun phrase opened by an article, a possessive or a number, right after a comma and a join
# or a verb of saying; or people a "who" follows.
_DETERMINER = rf"(?:{_words('articles', 'possessives')}|\d[\d,.]*|{_phrases({**UNITS, **TENS})})"
OWN_SUBJECT_BEFORE = re.compile(
    rf"""(?: ,\s*(?:{_words('own subject joins')}) | \b(?:{_words('own subject verbs')})(?:\s+that)? )
    \s+{_DETERMINER}\s+(?:[\p{{L}}\d'’-]+\s+){{1,4}}?(?:(?:{FINITE_AUXILIARIES}|{VERB_GAP_WORDS})\s+)*\Z""",
    re.IGNORECASE | re.REVERSE | re.VERBOSE,
)
OWN_SUBJECT_KEYS: tuple[str, ...] = (",", *lexicon.word_list("own subject verbs"))
OTHER_PEOPLE_WHO = re.compile(
    rf"""\b(?:{_words('articles', 'possessives')})\s+(?:[\p{{L}}'’-]+\s+){{0,2}}?(?P<noun>[\p{{L}}'’-]+)
    \s+who\s+(?:(?:{FINITE_AUXILIARIES}|{VERB_GAP_WORDS})\s+)*\Z""",
    re.IGNORECASE | re.REVERSE | re.VERBOSE,
)
OTHER_PEOPLE_NOUN: int = group_number("noun", OTHER_PEOPLE_WHO)


def _own_subject(text: str, lower: str, noun_end: int, t: Trigger) -> bool:
    """The trigger t, after a count's noun ending at `noun_end`, has a subject of its own."""
    between = lower[noun_end : t.start]
    for key in OWN_SUBJECT_KEYS:  # (a loop of `in` tests: `holds_any`'s `map` makes each a wrapper's call, twice the cost)
        if key in between:
            if OWN_SUBJECT_BEFORE.search(text, noun_end, t.start) is not None:
                return True
            break
    if " who " not in between:
        return False  # (most gaps: no "who")
    m = OTHER_PEOPLE_WHO.search(text, noun_end, t.start)
    return m is not None and lower[m.start(OTHER_PEOPLE_NOUN) : m.end(OTHER_PEOPLE_NOUN)] in PERSON_NOUNS


# A count standing alone as the subject of a clause joined after the count's noun: "Sixteen of
# them were lifted to safety and two were hospitalized with minor injuries", "16 escaped and
# 11 were killed": the verb after it is that count's, figure or not.
COUNT_OF_ITS_OWN = re.compile(
    rf"\b(?:{_words('contrast words')}|and)\s+(?:\d(?:[\d,.]*\d)?|{_phrases({**UNITS, **TENS})})\s+(?:{FINITE_AUXILIARIES})\b",
    re.IGNORECASE,
)
COUNT_OF_ITS_OWN_KEYS: tuple[str, ...] = literal_keys(["and", *(w.split()[0] for w in lexicon.word_list("contrast words"))])


def _count_of_its_own(text: str, lower: str, noun_end: int, start: int) -> bool:
    return may_hold(lower, noun_end, start, COUNT_OF_ITS_OWN_KEYS, True) and COUNT_OF_ITS_OWN.search(text, noun_end, start) is not None


# A whole fronted with "Of" before its parts: "Of the 29 miners underground, 16 escaped and 11
# were killed": a verb after the comma is the parts' (not "Of the 300 people killed, 20 were
# children": the whole's own participle, before the comma).
FRONTED_OF = re.compile(r"(?:\A|[.;:!?]\s+|\n\s*)Of\s+(?:[\p{L}'’]+\s+){0,3}?\Z", re.REVERSE)
FRONTED_OF_REACH = 30


def _fronted_whole_before(text: str, c: Candidate, start: int) -> bool:
    q = c.quantity.first_start
    lo = q - FRONTED_OF_REACH if q > FRONTED_OF_REACH else 0
    return (
        "Of" in text[lo:q]
        and "," in text[c.noun.end : start]
        and FRONTED_OF.search(text, lo, q) is not None
    )


# A relative clause's verb with a count of its own after it: "hunger due to a drought that has
# killed 1.5 million livestock", "the gunmen who killed 12 villagers": the verb and its object
# are the drought's or the gunmen's, not what befell a count before them.
RELATIVE_VERB_BEFORE = re.compile(
    rf"\b(?:that|which|who)\s+(?:(?:{_words('active relative gap words')})\s+)*\Z",
    re.IGNORECASE | re.REVERSE,
)
RELATIVE_VERB_REACH = 32  # characters before a trigger its relative pronoun stands within
COUNT_RIGHT_AFTER = re.compile(r"\s+(?:[\p{L}-]+\s+){0,2}?\d")  # "killed more than 1.5 million"


RELATIVE_VERB_KEYS = ("that", "which", "who")  # one of these every RELATIVE_VERB_BEFORE match holds (`may_hold`)


def _verb_with_its_own_count(text: str, t: Trigger) -> bool:
    lo = t.start - RELATIVE_VERB_REACH if t.start > RELATIVE_VERB_REACH else 0
    return (
        may_hold(text, lo, t.start, RELATIVE_VERB_KEYS)  # most triggers: no relative pronoun right before
        and COUNT_RIGHT_AFTER.match(text, t.end) is not None
        and RELATIVE_VERB_BEFORE.search(text, lo, t.start) is not None
    )


# The doer of a verb whose own object is a count: "Two gunmen killed three people", "320
# families lost more than 8,000 goats", "16,400 households had lost 70 percent of their
# herds": the count before the verb did it, or lost the things after it; the verb befell the
# count after it. Not a verb that takes no object ("Two people died 3 days later"), nor a
# passive ("12 were killed"), nor a count of time after the verb.
DOER = Verdict("the doer of a verb with a count of its own after it (two gunmen killed three people)")
PASSIVE_GAP = re.compile(rf"(?i:\b(?:{_words('passive auxiliaries')})\b)")
# A time or a length after the count: no object ("died 3 days later", "trapped about 300 metres
# underground"); a share is one ("lost 70 percent of their herds").
SPAN_STEMS: tuple[str, ...] = tuple(w for kind in ("duration", "measure") for w in lexicon.column("measures", "word", kind=kind, ends="stem"))
SPAN_WORDS: frozenset[str] = frozenset(w for kind in ("duration", "measure") for w in lexicon.column("measures", "word", kind=kind, ends="word"))
_COUNT_WORD_LIST: tuple[str, ...] = lexicon.column("numbers", "word", kind="unit") + lexicon.column("numbers", "word", kind="ten")
_COUNT_WORDS = phrase_tree(_COUNT_WORD_LIST)
# The first words an object may start with (a qualifier's or a number word), read before the pattern.
OBJECT_FIRST_WORDS: frozenset[str] = frozenset(w.split()[0].lower() for w in (*QUALIFIER_PHRASES, *_COUNT_WORD_LIST))
OBJECT_LOOK = 24  # characters after the verb its object's first word is read in
# (the verb's object: the count right after it on its line, or after its qualifier: "lost more
# than 8,000"; not the next row's mark: "45 killed\n2. Wad al-Noura")
OBJECT_COUNT_AFTER = re.compile(
    rf"[^\S\n]+{QUALIFIER_LEAD}(?:\d[\d,.]*|(?i:{_COUNT_WORDS})\b){SCALE_AFTER}(?P<word>\s+[\p{{L}}-]+)?",
    re.IGNORECASE,
)


def _doer_of_its_verb(text: str, c: Candidate, t: Trigger) -> bool:
    after = text[t.end : t.end + OBJECT_LOOK].split(None, 1)
    if not after or not (after[0][0].isdigit() or after[0].lower() in OBJECT_FIRST_WORDS):
        return False  # (the common case, made fast: no count or qualifier right after the verb)
    if text[t.start : t.end].lower() in INTRANSITIVE_VERBS:
        return False  # "Two people died three days later"
    m = OBJECT_COUNT_AFTER.match(text, t.end)
    if m is None:
        return False
    if PASSIVE_GAP.search(text, c.noun.end, t.start) is not None:
        return False  # "12 were killed"
    word = m.group("word")
    if word is None:
        return True
    word = word.strip().lower()
    return not (word.startswith(SPAN_STEMS) or word in SPAN_WORDS)


def _in_a_later_noun(s: Scene, t: Trigger) -> bool:
    """The trigger t is the noun of a later count of the sentence ("deaths" in "120
    casualties, including 20 deaths"): it says what that count counts, not the candidate."""
    for o in s.candidates[s.index + 1 :]:  # (a loop, not any() over a generator: asked of most triggers after a count)
        if o.quantity.end <= t.start and t.end <= o.noun.end:
            return True
    return False


IndicatorRule = Callable[[Scene], "Verdict | None"]
# Tried in order; the first that returns a verdict decides.
INDICATOR_RULES: tuple[tuple[str, IndicatorRule], ...] = (
    ("several outcomes counted together (killed or injured)", _combined_outcomes),
    ("what a result leaves them (left 54 people dead)", _result_complement),
    ("trigger right before", _trigger_right_before),
    ("a row label before (People killed: 60)", _row_label_before),
    ("a row label after (7.7 MILLION – People in need)", _row_label_after),
    (PART_VERB_RULE, _part_verb_past_its_whole),
    ("verb right after", _verb_right_after),
    ("another outcome right after the noun (were kidnapped)", _other_outcome_after),
    ("noun names its indicator", _noun_names_it),
    ("part of a group", _part_needs_own_verb),
    ("count before its bracketed parts", _count_before_its_parts),
    ("the group a count is among (Among the dead were four children)", _among_the_group),
    ("the group fronted before a count (Of the dead, 31 were children)", _fronted_group),
    ("the subject before a verb of counting (the dead numbered eight)", _subject_before_count_verb),
    ("a count in brackets after a name", _bracketed_after_a_name),
    ("an item of a list by place after its heading", _list_by_place),
    ("bare number", _bare),
    ("a return after a flight", _return_after_flight),
    ("trigger after", _trigger_after),
)


# An indicator rule's verdict read again in the light of who was counted and what surrounds
# them (most readings are of displacement): the first reading that decides gives the figure's verdict, in this order; none, and the
# indicator rule's verdict stands. (name, the indicators it reads, the reading)
DISPLACED = frozenset({"displaced"})
Reading = Callable[[Scene, Verdict], "Verdict | None"]


def _when(condition: Callable[[Scene, Verdict], bool], verdict: Verdict) -> Reading:
    """A reading that gives `verdict` where `condition` holds."""
    return lambda s, v: verdict if condition(s, v) else None


def _as(indicator: str, why: str, condition: Callable[[Scene, Verdict], bool]) -> Reading:
    """A reading that counts the figure as `indicator`, saying `why`, where `condition` holds."""
    return lambda s, v: Verdict(f"{v.rule}; {why}", indicator) if condition(s, v) else None


# Words before a return that deny it: "unable to return", "have not returned", "yet to go back"
# (words.csv return denials).
RETURN_DENIED = re.compile(rf"\b(?:{_words('return denials')})\s+(?:(?:yet|been|able|to)\s+){{0,2}}\Z", re.IGNORECASE | re.REVERSE)
RETURN_DENIED_REACH = 30


def _return_denied(text: str, start: int) -> bool:
    return start > 0 and RETURN_DENIED.search(text, max(0, start - RETURN_DENIED_REACH), start) is not None


def _assailants(text: str, c: Candidate) -> bool:
    """People who attack: "12 gunmen", "50 armed men" (a word that arms them before the noun)."""
    if c.noun.unit in ASSAILANTS:
        return True
    between = text[c.quantity.number_end : c.noun.end].lower().split()
    for w in between[:-1]:  # (a loop, not any() over a generator)
        if w.strip(",") in ARMING_WORDS:
            return True
    return False


def _back_from_shelter(s: Scene) -> bool:
    """After the count's noun, in its clause and before the next figure, the people counted
    leave a place of shelter for their own homes (BACK_FROM_SHELTER): a return."""
    c, text = s.candidate, s.text
    if not may_hold(s.lower, c.noun.end, c.noun.end + BACK_FROM_SHELTER_REACH, BACK_HOME_KEYS, True):
        return False  # none in the longest reach: none before the boundary either (found only where one is)
    end = s.boundary()
    if c.noun.end + BACK_FROM_SHELTER_REACH < end:
        end = c.noun.end + BACK_FROM_SHELTER_REACH
    return may_hold(s.lower, c.noun.end, end, BACK_HOME_KEYS, True) and BACK_FROM_SHELTER.search(text, c.noun.end, end) is not None


def _arrival_told(s: Scene, v: Verdict) -> Verdict | None:
    """An arrival is what the text around says the people arriving are (told_around), and
    no displacement where it says nothing and anyone may arrive."""
    if not arrival_word(s.text, v):
        return None
    told = told_around(s)
    if told is not None:
        return Verdict(f"{v.rule}; an arrival in a text on {told}: {told}", told)
    return ARRIVALS_UNTOLD if _arrivals_of_anyone(s, v) else None


READINGS: tuple[tuple[str, frozenset[str], Reading], ...] = (
    # "nine families were moved from Kalo camp to their villages": out of a shelter, back home
    ("back from a shelter", frozenset({"displaced", "refugees"}), _as(
        "returned", "out of a place of shelter to their own homes: returned", lambda s, v: _back_from_shelter(s))),
    # "Nine bodies have never been recovered": the dead not found are missing
    ("remains never found", frozenset({"killed"}), _as(
        "missing", "remains never found: missing", lambda s, v: _never_found(s))),
    # "hosts 1.4 million refugees", "evacuated 300 refugees": the noun says they crossed a border
    ("the noun names refugees", DISPLACED,
     _as("refugees", "the noun names refugees", lambda s, v: s.candidate.noun.indicator == "refugees")),
    ("responders", DISPLACED, _when(lambda s, v: s.candidate.noun.unit in RESPONDERS, RESPONDERS_MOVE)),
    ("occupants evacuated", DISPLACED, _when(lambda s, v: _occupants_evacuated(s, v), OCCUPANTS_EVACUATED)),
    ("a warning to leave", DISPLACED, _when(lambda s, v: _evacuation_warning(s, v), EVACUATION_WARNING)),
    ("assailants", DISPLACED, _when(lambda s, v: _assailants(s.text, s.candidate), ASSAILANTS_FLEE)),
    ("of their own accord", frozenset({"displaced", "refugees"}),
     _when(lambda s, v: _own_accord(s.text, v.trigger_start, s.candidate), OWN_ACCORD)),
    # "29,000 people are still unable to return home": no return, still displaced
    ("a return that has not happened", frozenset({"returned"}), _as(
        "displaced", "a return that has not happened: still displaced", lambda s, v: _return_denied(s.text, v.trigger_start))),
    ("a return of their own", frozenset({"returned"}),
     _when(lambda s, v: s.candidate.noun.unit in NOT_DISPLACED_ARRIVALS, OWN_RETURN)),
    # "33 hostages returned", "Hamas has returned 25 hostages": a release, not a displaced people's return
    ("captives released", frozenset({"returned"}), _when(lambda s, v: s.candidate.noun.unit in CAPTIVES, CAPTIVES_FREED)),
    ("affected by no crisis", frozenset({"affected"}),
     _when(lambda s, v: _affected_by_no_crisis(s.text, v.trigger_end, s.end), AFFECTED_OTHERWISE)),
    ("displaced by no crisis", DISPLACED, _when(
        lambda s, v: v.trigger_end - v.trigger_start == DISPLACED_LENGTH  # (a word of another length is no "displaced")
        and DISPLACED_WORD.fullmatch(s.text, v.trigger_start, v.trigger_end) is not None
        and _affected_by_no_crisis(s.text, v.trigger_end, s.end), DISPLACED_OTHERWISE)),
    ("an arrival", DISPLACED, _arrival_told),
    ("a weak word with no crisis around", DISPLACED, _when(lambda s, v: _weak_without_crisis(s, v), NO_CRISIS)),
    ("workers with no crisis around", DISPLACED | {"affected"}, _when(lambda s, v: _jobs_lost(s), JOBS_LOST)),
    ("customers with no crisis around", frozenset({"affected"}), _when(lambda s, v: _customers_affected(s), CUSTOMERS_AFFECTED)),
    ("affecting with no crisis around", frozenset({"affected"}), _when(lambda s, v: _affects_without_crisis(s, v), AFFECTS_OTHERWISE)),
    ("care with no trauma around", frozenset({"injured"}), _when(lambda s, v: _care_without_trauma(s, v), CARE_ONLY)),
    ("across a border", DISPLACED, _as(
        "refugees", "across a border: refugees (fled to Uganda, crossed into Chad)", lambda s, v: crossed_border(s))),
    ("entered a place inside", DISPLACED, _when(lambda s, v: _entry_word(s.text, v.trigger_start), ENTERED_INSIDE)),
    ("named by nationality among refugees", DISPLACED, _as(
        "refugees", "people named by nationality, in a text on refugees: refugees",
        lambda s, v: bool(s.candidate.noun.group) and among_refugees(s) and not _kept_inside(s, v))),
    ("hosted by a country", DISPLACED, _as(
        "refugees", "hosted by a country: refugees (Turkey hosts 3.7 million)", lambda s, v: hosted_by_country(s))),
    ("taken in by nobody", DISPLACED, _when(lambda s, v: _hosted_by_nobody(s, v), NO_HOST)),
    ("the counted host", DISPLACED, _when(lambda s, v: _hosts_counted(s, v), COUNTED_HOSTS)),
)

# The readings of each indicator, in READINGS' order: what `judge` tries for a verdict.
READINGS_OF: dict[str, tuple[Reading, ...]] = {
    indicator: tuple(reading for _, indicators, reading in READINGS if indicator in indicators)
    for indicator in sorted({i for _, indicators, _ in READINGS for i in indicators})
}
# The readings that decide only where their pattern matches at the verdict's trigger
# (`_match_at`), by name -> the letters its matches start with: at a trigger that starts with
# none of them, or with no trigger, each says nothing (`_readings_at`).
AT_THE_TRIGGER: dict[str, tuple[str, ...]] = {
    "of their own accord": NEUTRAL_MOVE_STARTS,
    "entered a place inside": ENTRY_STARTS,
    "taken in by nobody": PLAIN_HOSTING_STARTS,
    "the counted host": PLAIN_HOSTING_STARTS,
}
_STARTS_OF_READING: dict[Reading, tuple[str, ...]] = {
    reading: AT_THE_TRIGGER[name] for name, _, reading in READINGS if name in AT_THE_TRIGGER
}


@functools.lru_cache(maxsize=1024)
def _readings_at(indicator: str | None, head: str | None) -> tuple[Reading, ...]:
    """READINGS_OF[indicator] without the readings of AT_THE_TRIGGER that cannot match at a
    trigger whose first START_LENGTH characters are `head` (as `may_start_with` reads them;
    None: no trigger). A function of the indicator and the head, so cached: a displacement's
    verdict asked each of them, some 4,000 instructions each, at most triggers ("fled")."""
    return tuple(
        reading for reading in READINGS_OF.get(indicator, ())
        if reading not in _STARTS_OF_READING or (head is not None and _head_may_start(head, _STARTS_OF_READING[reading]))
    )


def _head_may_start(head: str, starts: tuple[str, ...]) -> bool:
    """`may_start_with` of a stretch whose first START_LENGTH characters are `head`."""
    return may_start_with(head, 0, START_LENGTH, starts)


# What an indicator rule needs of the candidate to decide at all, where it asks that first:
# a noun with no word after the number (BARE), a noun that names an indicator, a part of a
# group counted before, the sentence's first candidate. Each -> whether the rule may decide.
IF_BARE, IF_NAMED, IF_BREAKDOWN, IF_FIRST = range(4)  # the flags of INDICATOR_RULES_FOR's keys
_SCENE_NEEDS: dict[IndicatorRule, Callable[..., bool]] = {
    _row_label_after: _flag(IF_BARE),
    _noun_names_it: _flag(IF_NAMED),
    _part_needs_own_verb: _flag(IF_BREAKDOWN),
    _count_before_its_parts: _flag(IF_BARE),
    _bracketed_after_a_name: _flag(IF_FIRST),
    _list_by_place: _flag(IF_BARE),
    _bare: _flag(IF_BARE),
}


def _indicator_rules_for() -> dict[tuple[bool, bool, bool, bool], tuple[IndicatorRule, ...]]:
    """The indicator rules that may decide for a candidate, in INDICATOR_RULES' order, by (its
    noun is BARE, its noun names an indicator, it is a breakdown, it is the sentence's first):
    `judge` calls only these. A candidate that reaches the rules after the verbs' (most with a
    people noun and no indicator of its own) would call six that each say no at once; a bare one
    stops at `_bare`, and the two after it are left out."""
    table = {}
    for key in FLAG_KEYS:
        kept = [rule for _, rule in INDICATOR_RULES if rule not in _SCENE_NEEDS or _SCENE_NEEDS[rule](*key)]
        if key[0]:  # `_bare` decides every bare candidate that reaches it: nothing after it is asked
            kept = kept[: kept.index(_bare) + 1]
        table[key] = tuple(kept)
    return table


INDICATOR_RULES_FOR = _indicator_rules_for()


def judge(scene: Scene) -> Verdict:
    """The verdict of the first indicator rule that decides, read again by the first of
    READINGS that decides (a displacement that crossed a border is refugees: `crossed_border`)."""
    noun = scene.candidate.noun
    key = (noun.kind is KIND_BARE, bool(noun.indicator), scene.candidate.breakdown, scene.index == 0)
    for rule in INDICATOR_RULES_FOR[key]:  # (the rules that may decide for it, `_indicator_rules_for`)
        verdict = rule(scene)
        if verdict is not None:
            if verdict is NO_TRIGGER and scene.projected_before:
                return PROJECTED
            at = verdict.trigger_start
            # (the readings that match at the trigger, only where it may start their match)
            for reading in _readings_at(verdict.indicator, scene.text[at : at + START_LENGTH] if at >= 0 else None):
                read = reading(scene, verdict)
                if read is not None:
                    return read
            return verdict
    return NO_TRIGGER  # not reached: the last rule always decides


# How far before a count the words that keep it inside its country are read ("internally
# displaced people numbering 3,000"); further back they are another clause's ("driven from
# their homes inside the country and almost 645,000 have fled across the borders").
INTERNAL_REACH_BEFORE = 30


def crossed_border(s: Scene) -> bool:
    """The people a displacement count names went across a border: "645,000 have fled across
    the borders", "forced 37,491 people to flee to Uganda", "560,000 displaced people had
    crossed into Syria". Read after the count's noun, in its clause, before the next figure;
    people displaced inside their country ("internally", "IDPs") never are."""
    c, text = s.candidate, s.text
    if c.noun.unit == "IDPs":
        return False
    if not may_hold(s.lower, c.noun.end, c.noun.end + BORDER_REACH, ACROSS_BORDER_WORDS, True):
        return False  # none in the longest reach: the boundary and the clause need not be found
    end = s.boundary()
    if c.noun.end + BORDER_REACH < end:
        end = c.noun.end + BORDER_REACH
    brk = clause_break(text, c.noun.end, end)
    if brk is not None:
        end = brk.start()
    # (no second `may_hold` up to `end`: on an ASCII stretch `across_border` tries only where
    # a verb's first word stands, on another `may_hold` says yes; none there, it finds none)
    m = across_border(text, s.lower, c.noun.end, end)
    if m is None or _a_parts_own(s, m.start()):
        return False
    country = m.group(ACROSS_BORDER_COUNTRY)
    if country is not None and country not in COUNTRY_NAMES:
        return False
    lo = c.quantity.first_start - INTERNAL_REACH_BEFORE if c.quantity.first_start > INTERNAL_REACH_BEFORE else 0
    # (not in another clause before: "9.9 million are internally displaced, while 2.1 million have fled abroad")
    clause = lo if lo > s.prev_end else s.prev_end
    if may_hold(s.lower, clause, c.quantity.first_start, CLAUSE_BREAK_KEYS, True):
        for brk in CLAUSE_BREAK.finditer(text, clause, c.quantity.first_start):
            lo = brk.end()
    # (nor the count's before it: "displaced 700,000 people internally and sent 250,000 fleeing abroad")
    if s.index > 0 and (before := INTERNALLY_AFTER.match(text, s.prev_end, c.quantity.first_start)) is not None:
        lo = max(lo, before.end())
    joined = text.rfind(" and ", lo, c.quantity.first_start)
    if joined >= 0:  # (nor a clause "and" joins before: "driven from their homes inside the country and almost 645,000 have fled")
        lo = joined
    if s.index + 1 < len(s.candidates):  # (nor the next count's: "fled into Uganda and 20,000 within the country")
        end = min(end, max(m.end(), s.candidates[s.index + 1].quantity.first_start))
    return INTERNALLY.search(text, lo, end) is None


# A count sharing the verb of flight before it, over a border: "and 10,000 across the border
# into Chad", "and 250,000 abroad", "and 30,000 into Uganda".
ELLIPTIC_ACROSS = re.compile(rf"""\s+(?: {_OVER_BORDER} | {_OUT_OF_COUNTRY} | (?:in)?to\s+{_A_COUNTRY} )""", re.IGNORECASE | re.VERBOSE)


def _a_parts_own(s: Scene, at: int) -> bool:
    """The words at `at` are in the clause of a part after the candidate ("uprooted 12 million
    people, including 3.5 million who have fled abroad"), not after its close ("645,000
    people, including 300,000 children, have fled across the borders")."""
    return any(
        o.breakdown and o.quantity.start < at and "," not in s.text[o.noun.end : at] for o in s.candidates[s.index + 1 :]
    )


def crosses_after(text: str, c: Candidate) -> bool:
    """The elliptical count c goes over a border ("and 10,000 across the border into Chad")."""
    m = ELLIPTIC_ACROSS.match(text, c.noun.end)
    return m is not None and (m.group("country") is None or m.group("country") in COUNTRY_NAMES)


def hosted_by_country(s: Scene) -> bool:
    """A country hosts the people the displacement count names: "Turkey hosts 3.7 million
    Syrians", "Romania has taken in 80,000", "the country is sheltering 1.2 million"; people
    the noun names displaced ("IDPs", "internally displaced") stay displaced."""
    c, text = s.candidate, s.text
    if c.noun.indicator is not None or c.noun.unit == "IDPs":
        return False
    q = c.quantity
    lo = q.start - HOST_REACH if q.start > HOST_REACH else 0
    if not may_hold(s.lower, lo, q.start, HOSTING_VERB_KEYS, True):
        return False
    m = HOSTED_BY.search(text, lo, q.start)
    if m is None:
        return False
    country = m.group(HOSTED_BY_COUNTRY)
    # "On Monday Romania has taken in": the name may be the last word alone
    if country is not None and country not in COUNTRY_NAMES and country.split()[-1] not in COUNTRY_NAMES:
        return False
    return INTERNALLY.search(text, q.start, min(s.end, c.noun.end + BORDER_REACH)) is None


def _hosted_by_nobody(s: Scene, verdict: Verdict) -> bool:
    """The verdict's trigger is a plain verb of taking in (PLAIN_HOSTING) before the count,
    with no place of shelter in HOST_REACH before it and no noun of displaced people
    counted: "the city took in 2 million tourists", not "the camp is hosting 25,000" (a
    country as host is refugees: hosted_by_country, tried first)."""
    c, text = s.candidate, s.text
    at = verdict.trigger_start
    if at < 0 or at > c.quantity.start or c.noun.indicator is not None or c.noun.unit == "IDPs":
        return False
    if _match_at(PLAIN_HOSTING, PLAIN_HOSTING_STARTS, text, at) is None:
        return False
    after = s.after()
    if after and after[0].indicator in DISPLACED and after[0].start - c.noun.end <= DESCRIBED_REACH:
        return False  # "housing thousands of people displaced by the floods": said of them
    return SHELTER_HOST.search(text, max(0, at - HOST_REACH), at) is None


# How far after the noun of a count taken in the words that say they fled may begin
# ("people displaced by", "people who had fled").
DESCRIBED_REACH = 12


def _hosts_counted(s: Scene, verdict: Verdict) -> bool:
    """The verdict's trigger is a plain verb of taking in (PLAIN_HOSTING) after the count, in
    the active: the people counted host others ("The school, which has 1,200 pupils, is
    accommodating 40 new teachers"); in the passive they are hosted ("2,000 people are hosted
    by relatives", "4,000 accommodated in schools")."""
    text, at = s.text, verdict.trigger_start
    if at < s.candidate.noun.end or _match_at(PLAIN_HOSTING, PLAIN_HOSTING_STARTS, text, at) is None:
        return False
    participle = HOSTING_PARTICIPLE.match(text, at)
    if participle is None:
        return True
    if PASSIVE_BEFORE.search(text, max(0, at - HOST_REACH), at) is not None:
        return False
    after = WORD_AFTER.match(text, participle.end(), s.end)
    return after is None or after.group("word").lower() not in PREPOSITIONS


def _kept_inside(s: Scene, v: Verdict) -> bool:
    """The words from the count to its trigger keep the people inside their country: "3.7
    million Ukrainians remain internally displaced"."""
    c = s.candidate
    return INTERNALLY.search(s.text, c.quantity.start, max(v.trigger_end, c.noun.end)) is not None


def among_refugees(s: Scene) -> bool:
    """The text around the count speaks of refugees ("refugees", "refugee agency"; not
    "refugee camp", a place name in Gaza as in Kenya): people it names by nationality or
    group ("3,900 Kosovars arrived", "30,000 Rohingyas have arrived") crossed a border."""
    return next(refugee_words(s.text, s.lower, *_around(s)), None) is not None


def _around(s: Scene) -> tuple[int, int]:
    """The text around the count read for what it speaks of (refugees, returns, a crisis)."""
    q = s.candidate.quantity
    return max(0, q.start - REFUGEE_CONTEXT_REACH), min(len(s.text), q.end + REFUGEE_CONTEXT_REACH)


def told_around(s: Scene) -> str | None:
    """What the text around an arrival ("4,000 arrived", "crossed through", "the number of
    arrivals") says the people arriving are: returnees, when it speaks of returns more than
    of refugees ("returnees", "have gone home"), refugees when it speaks of refugees; None
    when it speaks of neither, or the count's noun says it ("displaced people arrived")."""
    c, text = s.candidate, s.text
    if c.noun.indicator is not None or c.noun.unit == "IDPs":
        return None
    lo, hi = _around(s)
    refugees = sum(1 for _ in refugee_words(text, s.lower, lo, hi))
    # the scan for triggers costs about a million instructions: only the returns are looked for
    # (no `may_hold` of their stems first: `more_triggers_than` reads only the words holding
    # one, found by the same stems, and in most texts around an arrival one stands: "set", "made")
    if more_triggers_than(text, lo, hi, s.lower, "returned", refugees):
        return "returned"
    return "refugees" if refugees else None


def _affected_by_no_crisis(text: str, pos: int, end: int) -> bool:
    """ "affected" (or "displaced") at `pos` names its cause ("by ..."), and the cause is no crisis: no crisis
    word and no name (a storm's, "Hurricane Matthew", "Enawo") in its first words ("affected by
    the reshuffle", "by the new rules"; not "by heavy rains", "by the ongoing offensive")."""
    m = AFFECTED_BY.match(text, pos, end)
    if m is None:
        return False
    cause = m.group("cause")
    return CRISIS_WORD.search(cause) is None and NAME_IN_CAUSE.search(cause) is None


def _arrivals_of_anyone(s: Scene, verdict: Verdict) -> bool:
    """An arrival in a text on neither refugees nor returns (told_around), and the count's
    noun names no displaced people: arrivals named by a noun ("the number of arrivals", "2,400
    arrivals") are travellers of any kind (airports, tourism)."""
    c = s.candidate
    if c.noun.indicator is not None or c.noun.unit == "IDPs":
        return False
    return ARRIVAL_NOUN.search(s.text, verdict.trigger_start, verdict.trigger_end) is not None


def _weak_without_crisis(s: Scene, verdict: Verdict) -> bool:
    """The verdict's trigger is a weak word of moving or staying (WEAK_MOVE: "crossed over",
    "poured into", "left the area"; or any arrival, of people
    named by nationality or group), the count's noun names no displaced people, they crossed
    no border, and the text around speaks of no crisis: no other trigger, no refugees, no war,
    flood or fire ("2,000 people crossed over the new bridge", "500 Uzbeks arrived in Moscow";
    "6,000 Rohingyas had entered Bangladesh" crossed a border)."""
    c, text = s.candidate, s.text
    if c.noun.indicator is not None or c.noun.unit == "IDPs" or verdict.trigger_start < 0:
        return False
    if _match_at(WEAK_MOVE, WEAK_MOVE_STARTS, text, verdict.trigger_start) is None and not (c.noun.group and arrival_word(text, verdict)):
        return False
    if crossed_border(s):
        return False
    lo, hi = _around(s)
    if CRISIS_WORD.search(text, lo, hi) is not None or next(refugee_words(text, s.lower, lo, hi), None) is not None:
        return False
    return all(_match_at(NEUTRAL_MOVE, NEUTRAL_MOVE_STARTS, text, t.start) is not None for t in find_triggers(text, lo, hi, s.lower))


def _jobs_lost(s: Scene) -> bool:
    """The count names people by their work ("2,000 workers", "employees") and the text around
    speaks of no crisis: they lost their jobs, not their homes."""
    c, text = s.candidate, s.text
    if c.noun.unit not in JOB_NOUNS:
        return False
    return CRISIS_WORD.search(text, *_around(s)) is None


# The people a disaster affects as news counts them; others affected ("200 passengers",
# "2 million customers") only where the text speaks of a crisis.
RESIDENT_UNITS: frozenset[str] = lexicon.word_set("resident units")


def _customers_affected(s: Scene) -> bool:
    """The count's noun names people other than residents ("passengers", "customers") and
    the text around speaks of no crisis: a cancelled flight's, not a disaster's."""
    unit = s.candidate.noun.unit
    if unit is None or unit in RESIDENT_UNITS:
        return False  # (a count with no noun of its own is a counter's: "affected people reached 2.3 million")
    return CRISIS_WORD.search(s.text, *_around(s)) is None


# The active verb of "affected": its subject may be anything ("The new law affects 35,000
# people"); it counts people a crisis affects only where the text around speaks of one.
AFFECTS_FORMS: tuple[str, ...] = lexicon.word_list("active affected forms")


def _affects_without_crisis(s: Scene, verdict: Verdict) -> bool:
    if verdict.trigger_start < 0 or not s.lower.startswith(AFFECTS_FORMS, verdict.trigger_start):
        return False
    return CRISIS_WORD.search(s.text, *_around(s)) is None


# Care in hospital counts the injured only where an event that wounds is told around it:
# "The derailment claimed 26 lives, and at least 100 passengers were hospitalised"; after a
# heatwave or in an outbreak ("Thousands were hospitalized") the people may be ill.
CARE_PLACES: tuple[str, ...] = lexicon.word_list("care places")
TRAUMA_WORD = re.compile(rf"\b(?:{_words('trauma words')})\b", re.IGNORECASE)
CARE_REACH = 200  # characters before the count the event may be told within (the sentence after it too)


def _care_without_trauma(s: Scene, verdict: Verdict) -> bool:
    if verdict.trigger_start < 0:
        return False
    for place in CARE_PLACES:  # (a loop, not any() over a generator)
        if s.lower.find(place, verdict.trigger_start, verdict.trigger_end) >= 0:
            break
    else:
        return False
    if s.candidate.noun.indicator is not None:
        return False  # "Some of the 40 injured were taken to hospitals": the noun says what befell them
    q = s.candidate.quantity
    return TRAUMA_WORD.search(s.text, q.start - CARE_REACH if q.start > CARE_REACH else 0, s.end) is None


def arrival_word(text: str, verdict: Verdict) -> bool:
    """The trigger of the verdict is or names an arrival ("arrived", "the number of arrivals")."""
    return (
        verdict.trigger_start >= 0
        and may_hold(text, verdict.trigger_start, verdict.trigger_end, ARRIVAL_KEYS)
        and ARRIVAL_WORD.search(text, verdict.trigger_start, verdict.trigger_end) is not None
    )


def _shelters_counted(text: str, t: Trigger, c: Candidate) -> bool:
    """The trigger right before the count c is a place of shelter, "to" joins them, and no
    people noun follows the count: the places are counted ("the total number of camps to
    45"), not people. People given shelter are counted as people ("distributed tents to
    3,000 families", "provided shelters to 3,000 people": displaced)."""
    return (
        c.noun.kind is not KIND_PERSON
        and t.indicator == "displaced"
        and SHELTER_PLACE.match(text, t.start, t.end) is not None
        and TO_WORD.search(text, t.end, c.quantity.start) is not None
    )


# After the dead's noun, a recovery denied: "have never been recovered", "are yet to be found",
# "were not retrieved" (words.csv recovery verbs and recovery denials).
_RECOVERY_DENIALS: tuple[str, ...] = lexicon.word_list("recovery denials")
NEVER_FOUND_AFTER = re.compile(
    rf"[ ](?:(?:have|has|had|were|was|are|is)[ ])?(?:{spaced_phrases(_RECOVERY_DENIALS)})[ ](?:(?:been|be)[ ])?(?:{_words('recovery verbs')})\b",
    re.IGNORECASE,
)
# Its matches' white space is single spaces: they hold one of these within NEVER_FOUND_REACH.
NEVER_FOUND_KEYS: tuple[str, ...] = tuple(sorted({w.split()[0] for w in _RECOVERY_DENIALS}))
NEVER_FOUND_REACH = 1 + len("have ") + max(map(len, _RECOVERY_DENIALS)) + 1


def _never_found(s: Scene) -> bool:
    """Right after the dead's noun, their recovery denied ("Nine bodies have never been
    recovered"): the pattern only where one of its denials' first words stands."""
    at = s.candidate.noun.end
    piece = s.lower[at : at + NEVER_FOUND_REACH]
    for key in NEVER_FOUND_KEYS:
        if key in piece:
            return NEVER_FOUND_AFTER.match(s.text, at) is not None
    return False


def _by_evacuation(s: Scene, v: Verdict) -> bool:
    """The trigger that decided is a word of evacuation (the pattern only at a trigger that
    starts with their stem: most displacements have another word)."""
    return v.trigger_start >= 0 and s.lower.startswith(EVACUATION_STEM, v.trigger_start) and EVACUATION_WORD.match(s.text, v.trigger_start) is not None


def _occupants_evacuated(s: Scene, v: Verdict) -> bool:
    """The trigger is a word of evacuation, and the people counted are occupants of what they
    were evacuated from: named by it ("workers", "passengers", "miners") or said to be on board
    ("All 379 people on board Flight 516 were evacuated")."""
    c = s.candidate
    return _by_evacuation(s, v) and (c.noun.unit in OCCUPANTS or _aboard(s.text, c.noun.end))


def _evacuation_warning(s: Scene, v: Verdict) -> bool:
    """The trigger is a word of evacuation that names a warning ("under evacuation warnings",
    "placed on evacuation alert"): the people counted were told to be ready to leave."""
    return _by_evacuation(s, v) and WARNING_AFTER.match(s.text, v.trigger_end) is not None


WARNING_AFTER = re.compile(rf"\s+(?:{_words('warning nouns')})\b", re.IGNORECASE)


def _aboard(text: str, at: int) -> bool:
    """Words right at `at` put the people counted before it on board ("151 refugees on board")."""
    return ABOARD_KEY in text[at : at + ABOARD_REACH].lower() and ABOARD_AFTER.match(text, at) is not None


def _own_accord(text: str, start: int, c: Candidate) -> bool:
    """The trigger at `start` is a word of moving or staying that says nothing of flight
    (NEUTRAL_MOVE: "arrived", "crossed", "hosting", "slept in tents"), and the people c counts
    travel or come of their own accord (tourists, soldiers, guests), or for a purpose of their
    own said after it ("arrived in Moscow for the trade fair", "as domestic workers")."""
    if start < 0:
        return False
    move = _match_at(NEUTRAL_MOVE, NEUTRAL_MOVE_STARTS, text, start)
    if move is None:
        return False
    if c.noun.unit in NOT_DISPLACED_ARRIVALS:
        return True
    end = min(len(text), move.end() + PURPOSE_REACH)
    brk = CLAUSE_BREAK.search(text, move.end(), end)
    return OWN_PURPOSE.search(text, move.end(), brk.start() if brk else end) is not None


def _entry_word(text: str, start: int) -> bool:
    """The trigger at `start` is a word of entering ("entered"): a count it names is of
    refugees when it entered a country (crossed_border), and of nobody of ours otherwise
    ("entered Mosul", "soldiers entered the town")."""
    return start >= 0 and _match_at(ENTRY_WORD, ENTRY_STARTS, text, start) is not None


def _next_boundary(text: str, candidates: list[Candidate], i: int, end: int, last: int) -> int:
    """Where the search for candidate i's verb stops: the next quantity that is a figure of
    its own (parts "including 44 older people", restatements "(8,200 people)" and wholes in a
    share aside "nearly half the population of 11.7 million" are passed over, and so are the
    later counts of a list of subjects: "Two soldiers and three civilians died": `last` is
    the index of the list's last count, `_list_end`)."""
    if last + 1 >= len(candidates):
        return end  # (the last count of the sentence: no aside to read)
    c = candidates[i]
    aside = SHARE_ASIDE.match(text, c.noun.end) if _opens_aside(text[c.noun.end : c.noun.end + 3]) else None
    for other in candidates[last + 1 :]:
        if other.breakdown or equivalent(text, c, other) or _part_by_relative(text, other.quantity.end):
            continue  # a part or restatement; "5,000 people, 40 of whom were children, were killed"
        if aside is not None and other.quantity.start < aside.end():
            continue
        return other.quantity.first_start
    return end


# An aside between commas that gives the count as a share of a whole: "Some 5.5 million
# Haitians, nearly half the population of 11.7 million, need aid" (lexicon "share words").
# (or between dashes: "8 million people — nearly a third of the population of 28 million — were")
SHARE_ASIDE = re.compile(
    rf"\s*(?P<mark>,|—|–|--?)\s*(?:[\w-]+\s+){{0,2}}?(?:{_words('share words')})\s+(?:of\s+)?(?:the|its|their)\b[^,;:()—–]{{0,60}}?\s*(?P=mark)",
    re.IGNORECASE,
)
ASIDE_MARKS = ",—–-"  # the marks SHARE_ASIDE opens with


def _opens_aside(near: str) -> bool:
    """A mark SHARE_ASIDE may open with stands in `near`, the few characters after a count's
    noun (a test of four characters: most nouns are followed by a verb or a preposition)."""
    for mark in ASIDE_MARKS:
        if mark in near:
            return True
    return False


# Whom a count of a list belongs to, between its noun and the next count: "13 members of the
# security forces, 2 officials and 14 civilians", "41 fighters of the Syrian Democratic Forces
# (SDF) and 34 rebels", "two soldiers from Kenya and three from Burundi" (a few words, no digit)
_OWNER = r"(?:\s+(?:of|from)\s+(?:[\p{L}'’\-]+\s+){0,4}?[\p{L}'’\-]+(?:\s*\([\p{L}\-]{2,12}\))?)?"
# Where the people of a list's count are, before "and" and the next count: "2.4 million people
# in Bangladesh and 300,000 in India" (not before a comma alone: "killed 53,000 people in
# Turkey, about 690,000 survivors still live ...").
_PLACE_OWNER = r"\s+in\s+(?:the\s+)?\p{Lu}[\p{L}'’\-]*(?:\s+\p{Lu}[\p{L}'’\-]*){0,2}\s+(?:and|or)"
# A count of a list whose noun is the count's before it, elided, with whom it belongs to or where
# they are: "one from Burundi" after "two soldiers from Kenya and", "300,000 in India".
_ELIDED_OWNER = re.compile(r"\s+(?:from|in)\s+(?:the\s+)?\p{Lu}")
# Between two counts of one list: "12 soldiers and 3 civilians", "12 soldiers, 3 civilians and".
COORDINATED = re.compile(rf"(?:{_OWNER}\s*(?:,\s*)?(?:and|or)?|{_PLACE_OWNER})\s*", re.IGNORECASE)


# The join before a list's last count: "12 soldiers and 3 civilians", "12 soldiers, 3 civilians or".
LIST_LAST_JOIN = re.compile(rf"{_OWNER}\s*(?:,\s*)?(?:and|or)\s*", re.IGNORECASE)


# A verb in the past right before a count ("arrested 300", not "an estimated 300"): the count is its object.
OBJECT_OF_VERB = re.compile(r"(?<!\b(?:an?|the)\s+)\b(?!including\b)\p{Ll}{3,}(?:ed|ing)\s+\Z", re.IGNORECASE | re.REVERSE)
OBJECT_VERB_REACH = 24


def _list_end(text: str, candidates: list[Candidate], i: int) -> int:
    """The index of the last count in the list of people counts that candidate i begins, each
    right after the noun of the one before ("Four policemen, two soldiers and three civilians
    died": the verb after the last is every count's); i itself when no such list follows,
    or when i is the object of a verb before it ("Police arrested 300 protesters and 45
    officers were injured": the verb after is the officers' alone)."""
    last = i
    while last + 1 < len(candidates):
        here, after = candidates[last], candidates[last + 1]
        if here.noun.kind is not KIND_PERSON or after.breakdown:
            break
        if after.noun.kind is not KIND_PERSON and not (after.noun.kind is KIND_BARE and _ELIDED_OWNER.match(text, after.noun.end)):
            break  # (a count whose noun is the one before's, elided: "two soldiers from Kenya and one from Burundi")
        if COORDINATED.fullmatch(text, here.noun.end, after.quantity.start) is None:
            break
        last += 1
    if last == i:
        return i  # (no list: the object test below need not be asked)
    first = candidates[i].quantity.start  # (before its qualifier: "freed about 3,600 inmates")
    if text[max(0, first - 4) : first].rstrip().endswith(("ed", "ng")) and OBJECT_OF_VERB.search(text, max(0, first - OBJECT_VERB_REACH), first):
        return i
    return last


def projected(text: str, pos: int, endpos: int, lower: str | None = None) -> bool:
    """A projection, fear or plan in text[pos:endpos] (`lower`: the text lowered, if known:
    its stretch is not lowered again for the cheap test)."""
    if not (may_hold(text, pos, endpos, PROJECTION_STEMS) if lower is None else may_hold(lower, pos, endpos, PROJECTION_STEMS, True)):
        return False
    if PROJECTION.search(text, pos, endpos) is not None:
        return True
    # pos may fall inside a word when a noun was glued to the next word ("peoplecould")
    return pos > 0 and text[pos - 1 : pos].isalpha() and PROJECTION_GLUED.match(text, pos, endpos) is not None


def equivalent(text: str, a: Candidate, b: Candidate) -> bool:
    """b restates a in another unit: "2,400 families (8,200 people)", "583,000 families or 2.5 million people"."""
    between = text[a.noun.end : b.quantity.start]
    if len(between) > EQUIVALENT_GAP:
        return False
    if EQUIVALENT_JOIN.match(between) is not None:
        return True
    # "944,586 families with 4.28 million people": households, then the people in them;
    # "30,000 people from 8,000 families": people, then the households they make
    if WITH_JOIN.fullmatch(between) is not None:
        households, persons = a, b
    elif FROM_JOIN.fullmatch(between) is not None:
        households, persons = b, a
    else:
        return False
    return (
        households.noun.unit in parts.HOUSEHOLD_UNITS
        and persons.noun.kind is KIND_PERSON
        and persons.noun.unit not in parts.HOUSEHOLD_UNITS
        and persons.quantity.value > households.quantity.value
    )


# A lower bound said once for two counts joined by "and": "At least 12 people have been
# killed and 20 others wounded", "at least 899 houses destroyed and 723 damaged". The second
# count has no qualifier of its own, and only the first count's noun and verb stand between.
SHARED_BOUND_GAP = re.compile(r"[^\d,;:.()–—]{0,60}?\band\s+\Z", re.IGNORECASE)
SHARED_BOUNDS: frozenset[str] = frozenset({"at_least"})
# ... and the second count is elliptical: it shares the first's verb ("and 20 others
# wounded", "and 9,249 injured"); one with a verb of its own ("and 1,800 people were
# wounded") or set apart by commas is a count of its own, exact unless it says otherwise.
OWN_COUNT_VERBS: str = _words("remain verbs", "finite count verbs")  # "and 20 remain", "and 12.7 million children need aid"
OWN_VERB_AFTER = re.compile(
    rf"(?:\s+[\p{{L}}'’-]+){{0,2}}?\s*(?:,|\b(?:{FINITE_AUXILIARIES}|{OWN_COUNT_VERBS})\b)", re.IGNORECASE
)


def shares_bound(text: str, first: Quantity, second: Quantity) -> bool:
    """`second` takes the bound of `first` said once for both ("at least 5 dead and 20 injured")."""
    return (
        first.qualifier in SHARED_BOUNDS
        and second.qualifier == "exact"
        and not second.additive
        and SHARED_BOUND_GAP.fullmatch(text, first.end, second.start) is not None
        and OWN_VERB_AFTER.match(text, second.end) is None
    )
