"""Indicators: the words around a number that say what it counts.

Every table here is plain data a user can read and extend: trigger phrases per indicator,
the nouns that name people (and so can be counted), the nouns that never are, and the
words that turn a count into something else (returns, needs, projections).
"""

from __future__ import annotations

import bisect
import functools
import os
import re as _re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from enum import Enum
from typing import NamedTuple

import regex as re

from .. import lexicon
from ..lexicon import Entry, phrases
from ..provenance.keyscan import automaton_of
from ..lexicon.phrases import GLUE_OPTIONS

from .numbers import TENS, UNITS, VAGUE, WORD_AMOUNTS
from .qualifiers import BEFORE as QUALIFIERS_BEFORE
from .qualifiers import CHANGE_VERBS
from .text import alternation as _words
from .text import literal_keys, lowered, starts
from .text import phrases as _phrases

# --- counts that change: "the death toll rose to 73" -----------------------------------
# A count named by its subject, then what happened to it, then "to" or "at" and the count
# now: "the death toll from the earthquake climbed to 2,500", "the number of displaced
# people rose from 20,000 to 50,000", "raising the death toll to 61", "bringing the number
# of displaced to 45,000", "put the death toll at 45". The trigger runs on to the "to" or
# "at", so the count right after it is the figure; the earlier count inside it ("from
# 20,000") is a figure of its own once that one is (tracker.extraction.figures), and "by 12"
# in "rose by 12 to 61" is the change, not a count. The subjects are lexicon/count_subjects.csv, the verbs lexicon/change_verbs.csv.
COUNT_SUBJECTS: dict[str, tuple[str, ...]] = lexicon.groups("count_subjects", "indicator", "phrase")
# Verbs that give a count's level rather than its change: "the death toll reached 300",
# "stands at 45".
LEVEL_VERBS: tuple[str, ...] = lexicon.column("change_verbs", "verb", kind="level")

# What may follow the subject: "from the earthquake in central Italy", "displaced by the floods".
_COMPLEMENT_PREPOSITIONS: str = _words("complement prepositions")  # "from", "since"
_COMPLEMENT = rf"(?:\s+(?:{_COMPLEMENT_PREPOSITIONS})(?:\s+[\w'’-]+){{1,5}}?){{0,2}}"
# Or, when a verb of the count follows, any words of the same clause: reporters put a long
# complement between a counter and its verb ("the number of people killed in the Strip since
# the war began on October 7th, most of them in Israeli attacks, had reached 15,523"). The
# gap is lazy: the first verb of the count that a number follows ends it, so "the death toll,
# which stood at 12 on Monday, rose to 30" gives 12 to the first verb and 30 to the second.
COUNTER_GAP_WORDS = 24
# The gap starts with a preposition, a comma or a relative word: "the number of refugees
# returning home rose" names returns, not refugees.
# (lists of words.csv: the gap openers; the contrast words and "although" end a gap)
_GAP_OPENER_WORDS: str = _words("gap openers")
_GAP_ENDS: str = _words("contrast words", "gap concessions")
_GAP_OPENERS = rf"(?:,|\s+(?:{_GAP_OPENER_WORDS})\b)"
# An aside in brackets, which counts as one word of the gap: "the death toll from Severe
# Tropical Storm Kristine (international name: Trami) has climbed to 126".
_ASIDE = r"\([^()\n]{1,60}\)(?![^\S\n]*\n)"  # (not one ending a line: a row's citation)
_COUNTER_GAP = rf"(?:{_GAP_OPENERS}(?:\s*,?\s+(?!(?:{_GAP_ENDS})\b)(?:[^\s;:()]+|{_ASIDE})){{0,{COUNTER_GAP_WORDS}}}?)??"
# Words before the verb of a count: "has", "had been", "now", "meanwhile", "kept rising,".
_VERB_LEAD_WORDS: str = _words("verb lead words")
_VERB_LEAD_PHRASES: str = _words("verb lead phrases")  # "kept rising", with a comma or not
_VERB_LEAD = rf"(?:,?\s+(?:{_VERB_LEAD_WORDS}|(?:{_VERB_LEAD_PHRASES}),?))*"
# Between a change verb and its "to": an adverb or a day ("rose overnight to 39", "rose on
# Tuesday to 120", "jumped sharply again to").
_CHANGE_ADVERBS: str = _words("change adverbs")
_CHANGE_WHEN = rf"(?:\s+(?:{_CHANGE_ADVERBS}))*(?:\s+on(?:\s+\w+){{1,3}}?(?:\s+(?:{_CHANGE_ADVERBS}))*)?"
_CHANGED = (
    rf"(?:\s+(?:{_phrases(CHANGE_VERBS)}){_CHANGE_WHEN}(?:\s+(?:from|by)(?:\s+[\w.,%]+){{1,6}}?)?\s+to"  # rose from 120 to, rose by 12% to, grew by 5 per cent during 2023 to
    rf"|\s+(?:{_phrases(CHANGE_VERBS)})(?=\s+(?:{_phrases(QUALIFIERS_BEFORE['at_least'])})\s)"  # climbed past 5,000: the bound is the count's
    rf"|\s+(?:{_phrases(LEVEL_VERBS)})(?:\s+(?:at|to(?:\s+be)?))?)"  # reached, stands at, is estimated to be
)
# A count reported as a record: "hit a record 110 million", "reached a new high of 4 million"
# (words.csv record words).
_RECORD: str = _words("record words")
# A count must follow: a qualifier (or a range's "between"), then digits or a number word.
_COUNT_FOLLOWS = (
    rf"(?=\s+(?:(?:{_RECORD})\s+)?(?:(?:{_phrases([*(w for ws in QUALIFIERS_BEFORE.values() for w in ws), 'between', 'just', 'only'])})\s+)?"
    rf"(?:\d|(?:{_phrases([*UNITS, *TENS, *VAGUE, *WORD_AMOUNTS])})\b))"
)
# The verbs that are the qualifier of the count after them ("exceeds 44,000", "topped
# 1,000"): the trigger ends before them, so the quantity keeps its bound.
_VERB_QUALIFIERS = [w for ws in QUALIFIERS_BEFORE.values() for w in ws if w.split()[0].endswith(("s", "ed", "ing")) and len(w.split()) == 1]
_BOUND_FOLLOWS = rf"(?=\s+(?:{_phrases(_VERB_QUALIFIERS)})\s+(?:\d|(?:{_phrases([*UNITS, *TENS, *VAGUE])})\b))"


# Verbs that set a count, written before its counter: "put the death toll at", "raised
# its estimate of the death toll to" (lexicon/change_verbs.csv, kind "set").
_SETTERS = rf"\b(?:{_phrases(lexicon.column('change_verbs', 'verb', kind='set'))})"
# The way a setter moved the count, between the counter and "to": "revised the death toll down to 43".
_SET_DIRECTIONS: str = _words("set directions")


def _count_changed(subjects: tuple[str, ...]) -> str:
    """The trigger pattern of a count named by one of the phrases `subjects` that changed or
    stands at a level: its verb right after its complement, or after a longer gap of the same
    clause, or a verb that sets it before it."""
    # (not "as of 23 March"; "of" only right after the counter, "the death toll of 45": after a
    # complement, "the death toll from Friday's collision of three trains", it is the event's)
    near = rf"(?:{_COMPLEMENT}(?:{_VERB_LEAD}{_CHANGED}|(?<!\bas)\s+(?:to|at))|\s+of){_COUNT_FOLLOWS}"
    far = rf"{_COUNTER_GAP}{_VERB_LEAD}(?:{_CHANGED}{_COUNT_FOLLOWS}|{_BOUND_FOLLOWS})"
    # "raised its estimate of the death toll from the landslide to over 670", "put the
    # number of dead in the three provinces at 81": a verb that sets the count stands before
    # the counter, and "to" or "at" after its complement gives the count
    subject = "|".join(f"(?:{phrases.body(s)})" for s in subjects)
    setting = rf"(?<={_SETTERS}\s+(?:[\w'’-]+\s+){{0,4}})(?:{subject}){_COUNTER_GAP}(?:\s+(?:{_CHANGE_ADVERBS}))?(?:\s+(?:{_SET_DIRECTIONS}),?)?(?:\s+from\s+[\w.,]+)?\s+(?:to|at){_COUNT_FOLLOWS}"
    return rf"(?:{setting}|(?:{subject})(?:{near}|{far}))"


# How far before a count its counter may start ("The number of people killed in the Strip
# since the war began on October 7th, most of them in Israeli attacks, had reached").
COUNTER_REACH = 260
_COUNTER_HEAD_WORDS: frozenset[str] = frozenset(f.lower() for ps in COUNT_SUBJECTS.values() for p in ps for f in p.split()[0].split("|"))
_COUNTER_HEADS = _re.compile(r"\b(?:" + "|".join(sorted(_re.escape(w) for w in _COUNTER_HEAD_WORDS)) + r")\b")
_LONGEST_HEAD: int = max(map(len, _COUNTER_HEAD_WORDS))


def counter_start(lower: str, start: int, window_start: int) -> int:
    """Where the trigger scan before a count must start: `window_start`, or earlier (not
    before `start`, nor COUNTER_REACH before it) where a counter's first word stands (a word
    that starts before `window_start` and ends after it too: "The number" cut at "num|ber")."""
    m = _COUNTER_HEADS.search(lower, (window_start - COUNTER_REACH if window_start - COUNTER_REACH > start else start), window_start + _LONGEST_HEAD)
    return m.start() if m and m.start() < window_start else window_start


# --- places of shelter: "3,000 people in camps" are displaced ---------------------------
# Right before "to" and a count, they are what is counted, not where people are: "the total
# number of camps to 45", "brought the number of tents to 300" (tracker.extraction.figures).
SHELTER_PLACES: tuple[str, ...] = lexicon.word_list("shelter places")
SHELTER_PLACE = re.compile(
    rf"(?:{'|'.join(phrases.body(p) for p in SHELTER_PLACES)})\M", re.IGNORECASE
)


class TriggerKind(Enum):
    """What a trigger phrase says of the number it reaches."""

    INDICATOR = "indicator"  # what happened to the people counted (killed, displaced, ...)
    BLOCKER = "blocker"  # a count that is no figure of ours: returns, needs, people affected


# --- triggers: phrases that say what happened to the people counted -------------------
# lexicon/triggers.csv, per indicator in the order of the file; the counts that change
# come first ("the death toll rose to 73" before "death").
TRIGGERS: dict[str, tuple[Entry, ...]] = {}
for _entry in lexicon.entries("triggers", "indicator"):
    TRIGGERS[_entry.group] = (*TRIGGERS.get(_entry.group, ()), _entry)
# Counts that are not figures of ours although they sit beside a trigger: people who went
# home, people in need, people affected (lexicon/blockers.csv).
BLOCKERS: tuple[Entry, ...] = lexicon.entries("blockers")
# Projections and fears are not counts ("could displace up to 2 million"): lexicon/projections.csv.
PROJECTIONS: tuple[Entry, ...] = lexicon.entries("projections")

# --- the nouns that name what was counted --------------------------------------------
# noun (lower case) -> unit written in the record (lexicon/person_nouns.csv)
PERSON_NOUNS: dict[str, str] = {r["noun"]: r["unit"] for r in lexicon.rows("person_nouns") if r["unit"]}
# Person nouns whose count is itself an indicator, wherever the verb is.
NOUN_INDICATORS: dict[str, str] = {
    r["noun"]: r["indicator"] for r in lexicon.rows("person_nouns") if r["indicator"]
}
# Nouns that make a number something else: places, things, time, measures, money.
NON_PERSON_NOUNS: frozenset[str] = lexicon.word_set("non-person nouns")
# Nouns of homes: a count of them is a count of households only when they were evacuated.
HOME_NOUNS: frozenset[str] = lexicon.word_set("home nouns")

# Words that may stand between a number and its noun ("27,000 ethnic Rohingya people").
MAX_MODIFIERS = 3
# Words after which a number has no noun of its own ("35,000 were displaced", "10,000 to flee").
NO_NOUN_WORDS: frozenset[str] = lexicon.word_set("no-noun words")

# A capitalised plural naming a people: "Syrians", "Afghans", "Iraqis", "South Sudanese" (its
# endings, as written: a word with none of them is not tried, `nouns.read_noun`).
DEMONYM_ENDS: tuple[str, ...] = ("ans", "is", "ese", "ers")
DEMONYM = re.compile(rf"\A\p{{Lu}}\p{{Ll}}+(?:{'|'.join(DEMONYM_ENDS)})\Z")


def _word_start(entry: Entry) -> str:
    return "" if "glued" in entry.options else r"\m"


def _word_end(entry: Entry) -> str:
    # a capital may follow with no space in a damaged feed ("fledShirqat")
    return "" if GLUE_OPTIONS.intersection(entry.options) else r"(?:\M|(?=(?-i:\p{Lu})))"


def _compiled(entry: Entry) -> re.Pattern:
    """A phrase as a pattern: it starts a word unless it may be glued to the word before,
    and ends a word unless it may be glued to the word after: "dead" must not match
    "deadline", nor "hurt" "hurtling"."""
    return re.compile(f"(?:{_word_start(entry)}(?:{phrases.pattern(entry)}){_word_end(entry)})", re.IGNORECASE)


# The vocabulary is not scanned as one pattern - a regex of dozens of alternatives reads
# well under 1 MB/s - but `find_triggers` looks up each word's first letters in
# TRIGGER_INDEX and tries only the phrases that start so.
PROJECTION = re.compile(
    "(?:" + "|".join(f"(?:{_word_start(e)}(?:{phrases.pattern(e)}){_word_end(e)})" for e in PROJECTIONS) + r")\M",
    re.IGNORECASE,
)
# The same words glued to the noun before them in a damaged feed ("1.5 million peoplecould").
PROJECTION_GLUED = re.compile("(?:" + "|".join(phrases.pattern(e) for e in PROJECTIONS) + r")\M", re.IGNORECASE)

HEAD_LENGTH = 3
# Words longer than this are searched for a trigger glued after another word ("weredisplaced").
GLUED_LENGTH = 8


@dataclass(frozen=True, slots=True)
class IndexedTrigger:
    """A compiled trigger phrase, as the index holds it."""

    kind: TriggerKind
    indicator: str | None  # None for a blocker
    pattern: re.Pattern
    # For a counter, the words (lower-case ASCII letters) its matches start with: a call of
    # its pattern costs a few microseconds however soon it fails, and it is not made at
    # another word ("dead", "injured" and "Numan" share heads with "death toll", "injury
    # toll" and "number of"). None: tried at every word of its head.
    words: frozenset[str] | None = None
    # For a phrase, the letters each form of its first word starts with (lower case): its
    # matches start so, and a word that starts with none of them ("according" for
    # "accommodated", "shelled" for "shelter") is passed over. None: tried at every word of its head.
    starts: tuple[str, ...] | None = None

    def may_start(self, word: str) -> bool:
        """A match may start at the lower-case ASCII word `word` (the whole run of letters there)."""
        if self.words is not None:
            return word in self.words
        return self.starts is None or word.startswith(self.starts)


@dataclass(frozen=True, slots=True)
class GluedTrigger:
    """A trigger that may be glued after another word, found by its stem."""

    stem: str  # the letters every form of its first word starts with
    trigger: IndexedTrigger


def _index() -> tuple[dict[str, list[IndexedTrigger]], list[GluedTrigger]]:
    index: dict[str, list[IndexedTrigger]] = {}
    glued: list[GluedTrigger] = []

    def add(indexed: IndexedTrigger, first_words: tuple[str, ...], stem: str | None) -> None:
        for head in sorted({h for w in first_words for h in phrases.heads(w, HEAD_LENGTH)}):
            index.setdefault(head, []).append(indexed)
        if stem is not None:
            glued.append(GluedTrigger(stem, indexed))

    phrase_of: dict[str, str] = {}  # a trigger's pattern -> its phrase
    for indicator in TRIGGERS:
        subjects = COUNT_SUBJECTS.get(indicator, ())
        if subjects:  # one pattern for all the counters of an indicator: compiled once, tried in file order
            pattern = re.compile(f"(?:\\m(?:{_count_changed(subjects)})(?:\\M|(?=(?-i:\\p{{Lu}}))))", re.IGNORECASE)
            add(IndexedTrigger(TriggerKind.INDICATOR, indicator, pattern, _first_words(subjects)), subjects, None)
        for entry in TRIGGERS[indicator]:
            compiled = _compiled(entry)
            phrase_of[compiled.pattern] = entry.phrase
            add(IndexedTrigger(TriggerKind.INDICATOR, indicator, compiled, starts=_starts(entry)), (entry.phrase,), _stem(entry))
    for entry in BLOCKERS:
        blocker = IndexedTrigger(TriggerKind.BLOCKER, None, _compiled(entry), starts=_starts(entry))
        add(blocker, (entry.phrase,), _stem(entry))
        _before_the_trigger_it_goes_on_from(index, blocker, entry.phrase, phrase_of)
    for head, indexed in index.items():
        _most_specific_counters_first(head, indexed)
    return index, glued


def _before_the_trigger_it_goes_on_from(index: dict[str, list[IndexedTrigger]], blocker: IndexedTrigger, phrase: str, triggers: dict[str, str]) -> None:
    """Move `blocker`, in place, before the first trigger of its heads whose phrase its own goes
    on from: "cut off from [*] [*] fuel|water" is tried before "cut off", "death row|sentences"
    before "death|deaths" (the first that matches at a word wins, and a trigger's words alone
    would say people trapped, or dead)."""
    for indexed in index.values():
        if indexed[-1] is not blocker:
            continue
        for i, t in enumerate(indexed[:-1]):
            words = triggers.get(t.pattern.pattern)
            if words is not None and _goes_on_from(phrase, words):
                indexed.insert(i, indexed.pop())
                break


def _goes_on_from(phrase: str, words: str) -> bool:
    """Whether `phrase` starts with the words of `words` and goes on: word by word, each of its
    forms is one of the trigger's ("death row|sentences" goes on from "death|deaths")."""
    longer, shorter = phrase.split(" "), words.split(" ")
    return len(longer) > len(shorter) and all(
        set(a.split("|")) <= set(b.split("|")) for a, b in zip(longer, shorter)
    )


def _most_specific_counters_first(head: str, indexed: list[IndexedTrigger]) -> None:
    """Reorder, in place, the counters among the triggers of one head: the one with the
    longest subject starting there first, in the places the counters held. At "toll", "the
    toll of injured rose to 230" is the injured counter's "toll of injured" before the killed
    counter's bare "toll" with its gap "of injured"."""
    places = [i for i, t in enumerate(indexed) if t.indicator in COUNT_SUBJECTS and t.words is not None]
    ranked = sorted((indexed[i] for i in places), key=lambda t: -_subject_length(COUNT_SUBJECTS[t.indicator], head))
    for i, t in zip(places, ranked):
        indexed[i] = t


def _subject_length(subjects: tuple[str, ...], head: str) -> int:
    """The most words of a counter's subjects whose first word starts with `head`."""
    return max((len(s.split()) for s in subjects if any(f.lower().startswith(head) for f in s.split()[0].split("|"))), default=0)


def _starts(entry: Entry) -> tuple[str, ...] | None:
    """The letters each form of the phrase's first word starts with, lower case: a match
    starts with one of the forms, so the word it starts at starts with its letters (a form
    that goes on past its letters, "asylum-seekers", ends its word there). None when a form
    is not ASCII (a text's letters match it case-insensitively in more ways than by lowering)."""
    out = set()
    for form in entry.phrase.split()[0].split("|"):
        letters = _ASCII_LETTERS.match(form.lower())
        if letters is None or not form.isascii():
            return None
        out.add(letters.group())
    return tuple(sorted(out))


def _first_words(subjects: tuple[str, ...]) -> frozenset[str] | None:
    """The words a counter's match starts with: the letters each form of its subjects' first
    words starts with ("death|fatality toll": death, fatality; "asylum-seekers": asylum).
    In the counter's pattern a space, a comma or a hyphen follows them, never a letter, so
    the word at a match's start is one of them. None when a form is not ASCII letters first."""
    words = set()
    for subject in subjects:
        for form in subject.split()[0].split("|"):
            letters = _ASCII_LETTERS.match(form.lower())
            if letters is None or not form.isascii():
                return None
            words.add(letters.group())
    return frozenset(words)


_ASCII_LETTERS = _re.compile("[a-z]+")


def _stem(entry: Entry) -> str | None:
    """The common start of the forms of a phrase that may be glued to the word before it."""
    if "glued" not in entry.options:
        return None
    forms = [f.lower() for f in entry.phrase.split()[0].split("|")]
    return os.path.commonprefix(forms)


TRIGGER_INDEX, GLUED_TRIGGERS = _index()
TOKEN = re.compile(r"[^\W\d_]+")
# The same words, in a lowered ASCII span, found without visiting every word: those that
# start with a trigger's head, and the long ones that may hold a glued trigger (its group 1),
# each matched from the character before it, which is no letter: `re` then skips from one
# such character to the next, past the letters of the words, where a look behind for it was
# tried at every letter (a third of the cost of finding a sentence's triggers).
ASCII_CANDIDATE = _re.compile(rf"[^a-z]({starts(TRIGGER_INDEX)}[a-z]*|[a-z]{{{GLUED_LENGTH + 1},}})")


def _first_letters_indexed() -> tuple[str, ...]:
    """The letters an ASCII word must start with for an indexed trigger to be tried at it
    (`IndexedTrigger.may_start`): a counter's words, a phrase's starts, or its head where it
    has neither. A word of a trigger's head that starts with none of them is passed over by
    `_indexed_at` (about a third of the words ASCII_CANDIDATE finds)."""
    letters = set()
    for head, indexed in TRIGGER_INDEX.items():
        for t in indexed:
            letters.update(t.words if t.words is not None else t.starts if t.starts is not None else (head,))
    return tuple(sorted(letters))


FIRST_LETTERS_INDEXED: tuple[str, ...] = _first_letters_indexed()
# The common start of each glued trigger's forms ("displac"): a long word holds a glued
# trigger only where one stands in it after its first letter (`_trigger_in`).
GLUED_STEMS: tuple[str, ...] = tuple(sorted({g.stem for g in GLUED_TRIGGERS}))
# ASCII_CANDIDATE's words at which `_trigger_in` may find a trigger in a lowered ASCII stretch:
# those that start with letters of `_first_letters_indexed`, and the long ones that hold a
# glued trigger's stem after their first letter; the other words it finds (a head's words
# that start no trigger, "dish" for "disp", and most long words) find none.
_GLUED_INSIDE = (
    rf"(?=[a-z]{{{GLUED_LENGTH + 1}}})[a-z]+?(?:{'|'.join(map(_re.escape, GLUED_STEMS))})[a-z]*"
    if GLUED_STEMS and all(s.isascii() and s.isalpha() and s.islower() for s in GLUED_STEMS)
    else rf"[a-z]{{{GLUED_LENGTH + 1},}}"
)
ASCII_STARTING = _re.compile(rf"[^a-z]({starts(FIRST_LETTERS_INDEXED)}[a-z]*|{_GLUED_INSIDE})")


class StartingKey(NamedTuple):
    """What STARTING_MACHINE tells of a key it found."""

    back: int  # the key's length less one: from its last character back to its first
    first: bool  # a word of FIRST_LETTERS_INDEXED: a run of letters it starts is one ASCII_STARTING finds
    glued: bool  # a glued trigger's stem: a long run holding it after its first letter is one


def _starting_keys() -> dict[str, StartingKey]:
    """The words of FIRST_LETTERS_INDEXED that start with no other of them, and GLUED_STEMS:
    a word ASCII_STARTING finds holds one of them, at its start or (a glued stem) inside it.
    Empty where a stem is not lower-case ASCII letters (ASCII_STARTING then reads the stretch)."""
    if not all(s.isascii() and s.isalpha() and s.islower() for s in GLUED_STEMS):
        return {}
    firsts = {w for w in FIRST_LETTERS_INDEXED if not any(o != w and w.startswith(o) for o in FIRST_LETTERS_INDEXED)}
    return {k: StartingKey(len(k) - 1, k in firsts, k in GLUED_STEMS) for k in sorted({*firsts, *GLUED_STEMS})}


STARTING_KEYS: dict[str, StartingKey] = _starting_keys()
# The words ASCII_STARTING finds in a lowered ASCII stretch, read from where a key of this
# automaton stands (`_starting_words`): one C pass over the stretch, where `re` tried the
# pattern at every character that is no letter (some 350 instructions a character). None
# where pyahocorasick is missing or there are no keys. (A document's pre-scan finds the same
# keys in its own pass: `_words_at`.)
STARTING_MACHINE = automaton_of(STARTING_KEYS) if STARTING_KEYS else None


def _starting_words(lower: str, pos: int, endpos: int) -> list[tuple[int, str]]:
    """(start, word) of group 1 of ASCII_STARTING.finditer(lower, pos - 1, endpos), where
    lower[pos:endpos] is ASCII: each run of letters with a character that is no letter before
    it (at `pos - 1` or later) that starts with a word of FIRST_LETTERS_INDEXED, or is longer
    than GLUED_LENGTH and holds a glued stem after its first letter (the pattern's two ways).
    Such a run holds a key of STARTING_MACHINE at its start or a stem inside it: the runs of
    the keys found are all that is read (safe: a run with neither is no match)."""
    firsts: list[int] = []  # runs a word of FIRST_LETTERS_INDEXED starts (one at a place, in order)
    glued: set[int] = set()  # runs holding a glued stem after their first letter
    for last, key in STARTING_MACHINE.iter(lower[pos:endpos]):  # (ASCII: its offsets are the string's)
        at = pos + last - key.back
        if at > 0 and lower[at - 1] not in _ASCII_LOWER:
            if key.first:
                firsts.append(at)
        elif key.glued and at > pos:  # inside a run: from its start, if a character stands before it (at `pos - 1` or later)
            start = at - 1
            while start > pos and lower[start - 1] in _ASCII_LOWER:
                start -= 1
            if start > 0 and lower[start - 1] not in _ASCII_LOWER:
                glued.add(start)
    if not glued:
        return [(at, _ASCII_LETTERS.match(lower, at, endpos).group()) for at in firsts]
    found = []
    for at in sorted(glued.union(firsts)):
        word = _ASCII_LETTERS.match(lower, at, endpos).group()
        if at in firsts or len(word) > GLUED_LENGTH:
            found.append((at, word))
    return found


def _words_at(lower: str, pos: int, endpos: int, starting: list[int]) -> list[tuple[int, str]]:
    """`_starting_words(lower, pos, endpos)`, and maybe words more at which `_trigger_in` finds
    no trigger, read from `starting`: offsets of `lower`, in order, among which is every one
    where a key of STARTING_KEYS starts (the document's pre-scan found them:
    tracker.extraction.prescan.Hits.starting). Each run of letters that holds such an offset,
    at its start or inside it, and has a character that is no letter before it (at `pos - 1`
    or later). A run `_starting_words` lists holds a key so; any other such run is a word
    `_may_start_ascii_trigger` says no to, at which `_trigger_in` finds nothing."""
    found: list[tuple[int, str]] = []
    last = -1  # the start of the run listed last: the runs come in order, each once
    for i in range(bisect.bisect_left(starting, pos), len(starting)):
        start = starting[i]
        if start >= endpos:
            break
        while start > pos and lower[start - 1] in _ASCII_LOWER:  # back to the run's start, not before `pos`
            start -= 1
        if start > last and start > 0 and lower[start - 1] not in _ASCII_LOWER:
            found.append((start, _ASCII_LETTERS.match(lower, start, endpos).group()))
            last = start
    return found


# The kinds as module names (a read through the Enum class costs some 300 instructions).
INDICATOR, BLOCKER = TriggerKind.INDICATOR, TriggerKind.BLOCKER


class Trigger(NamedTuple):  # a named tuple: immutable, and built in C (several an article)
    """A trigger phrase found in a text."""

    kind: TriggerKind
    indicator: str | None  # the indicator it names; None for a blocker
    start: int
    end: int
    # A count this phrase reaches is no figure of ours (returns, needs, affected): its kind is
    # BLOCKER. A field, not a property: asked some fifteen times an article, a property's
    # Python call cost ten times a field's read.
    blocks: bool


def find_triggers(
    text: str, pos: int, endpos: int, lower: str | None = None, starting: list[int] | None = None
) -> list[Trigger]:
    """Trigger phrases in text[pos:endpos], in order. `lower` is text.lower() if known;
    `starting`, where the document's pre-scan found the keys of the words a trigger may start
    at (tracker.extraction.prescan.Hits.starting: offsets of `lower`), spares looking for them
    again in the stretch."""
    if lower is None:
        lower = lowered(text)
    out: list[Trigger] = []
    last_end = pos
    for at, word in _candidate_words(lower, pos, endpos, starting):
        if at < last_end:
            continue
        found = _trigger_in(text, word, at, endpos)
        if found is not None:
            out.append(found)
            last_end = found.end
    return out


def _candidate_words(lower: str, pos: int, endpos: int, starting: list[int] | None = None) -> Iterable[tuple[int, str]]:
    """(start, word) of the words in lower[pos:endpos] a trigger may start at, in order:
    the only places `find_triggers` tries its phrases (`starting` as it takes it)."""
    if lower.isascii() or lower[pos:endpos].isascii():
        # only the words at which a trigger may be found (safe: `_trigger_in` finds none at
        # the others, whose `_indexed_at` is empty on ASCII and which hold no glued stem)
        return _ascii_candidates(lower, pos, endpos, ASCII_STARTING, _may_start_ascii_trigger, starting)
    if ASCII_HEADS:
        return _stand_in_candidates(lower, pos, endpos)
    return _token_candidates(lower, pos, endpos)


def _token_candidates(lower: str, pos: int, endpos: int) -> list[tuple[int, str]]:
    """`_candidate_words` read word by word with TOKEN: what the other ways must find."""
    return [(tok.start(), word) for tok in TOKEN.finditer(lower, pos, endpos) if _may_start_trigger(word := tok.group())]


# Every head of the trigger index is ASCII: a word with a letter outside ASCII among its
# first HEAD_LENGTH letters starts with none of them (`_stand_in_candidates`).
ASCII_HEADS: bool = all(head.isascii() for head in TRIGGER_INDEX)
NOT_ASCII = _re.compile(r"[^\x00-\x7f]")


def _stand_in_candidates(lower: str, pos: int, endpos: int) -> list[tuple[int, str]]:
    """`_candidate_words` of a stretch that is not ASCII, read as `_ascii_candidates` reads an
    ASCII one: every character outside ASCII stands in as "x" where TOKEN reads it as a
    letter, as a space elsewhere, so the runs of letters are TOKEN's words, as long and
    where they are (a long text of crisis reporting nearly always holds a curly quote or a
    dash, and the token scan costs some thousand instructions a word). A word the stand-in
    finds is kept if it is that word, or the word as written may start a trigger (its
    head or its length, as `_may_start_trigger` reads it); a word with a stand-in among its
    first letters starts no head (ASCII_HEADS), and its length is its own."""
    lo = max(0, pos - 1)  # `_ascii_candidates` reads the character before `pos`
    piece = lower[lo:endpos]
    stand_in = piece
    for ch in set(NOT_ASCII.findall(piece)):  # a few: str.translate would look up every character
        stand_in = stand_in.replace(ch, _stand_in(ch))
    out: list[tuple[int, str]] = []
    for at, word in _ascii_candidates(stand_in, pos - lo, len(piece)):
        written = piece[at : at + len(word)]
        if written == word or _may_start_trigger(written):
            out.append((at + lo, written))
    return out


@functools.lru_cache(maxsize=1024)
def _stand_in(ch: str) -> str:
    """The ASCII character a character outside ASCII stands in as: "x" for a letter of a
    TOKEN word, else a space (a function of a single character, so cached)."""
    return "x" if TOKEN.fullmatch(ch) else " "


def more_triggers_than(text: str, pos: int, endpos: int, lower: str, indicator: str, count: int) -> bool:
    """More than `count` of the triggers `find_triggers(text, pos, endpos, lower)` finds are of
    `indicator`: the same answer, most often without reading them all. Each such trigger
    starts at a word of `_candidate_words` (one trigger a word at most) where one of the
    indicator's phrases matches, so the words where one does bound their number; only when
    that bound is above `count` are the triggers found (a scan of every phrase at every word,
    where this tries the few phrases of one indicator: a tenth of the cost)."""
    bound = 0
    for at, word in _words_that_may_give(lower, pos, endpos, indicator):
        if _may_give(text, word, at, endpos, indicator):
            bound += 1
            if bound > count:
                return sum(1 for t in find_triggers(text, pos, endpos, lower) if t.indicator == indicator) > count
    return False


def _words_that_may_give(lower: str, pos: int, endpos: int, indicator: str) -> Iterable[tuple[int, str]]:
    """(start, word) of the words of lower[pos:endpos] at which `_may_give` may answer True,
    in order: every word of `_candidate_words` that may, and maybe more (`_may_give` says no
    to a word that starts no trigger). Only the words that hold one of the indicator's stems
    (`indicator_stems`: every trigger of it starts with one, at the word's start or glued
    inside it), found by `str.find`: the stretch read for an arrival's returns is some 1,200
    characters, and listing every word of it that may start any trigger cost ten times what
    the few words holding a stem cost (in a stretch that is not ASCII, read through its
    stand-in, as `_stand_in_candidates` reads it)."""
    stems = _stems_of(indicator)
    if stems == ("",):
        return _candidate_words(lower, pos, endpos)
    piece = lower[pos:endpos]
    if piece.isascii():
        return _words_holding(lower, pos, endpos, stems)
    if holds_folded(piece):
        return _candidate_words(lower, pos, endpos)
    # Read as `_stand_in_candidates` reads a stretch that is not ASCII: its words are where and
    # as long as the stand-in's, and hold a stem where it does (without a character `regex`
    # reads as an ASCII letter that lowering left as it is, a pattern's letters are the
    # lowered text's); the words as written are `_may_give`'s
    stand_in = piece
    for ch in set(NOT_ASCII.findall(piece)):
        stand_in = stand_in.replace(ch, _stand_in(ch))
    return [(at + pos, piece[at : at + len(word)]) for at, word in _words_holding(stand_in, 0, len(piece), stems)]


def _words_holding(lower: str, pos: int, endpos: int, stems: tuple[str, ...]) -> list[tuple[int, str]]:
    """(start, word) of the runs of ASCII letters of lower[pos:endpos], an ASCII stretch, that
    hold one of `stems`, in order (a run cut by `pos` counts from it)."""
    starts: set[int] = set()
    for stem in stems:
        at = lower.find(stem, pos, endpos)
        while at >= 0:
            start = at  # the word's start: back over its letters, not before `pos` (a word cut by it counts from it)
            while start > pos and lower[start - 1] in _ASCII_LOWER:
                start -= 1
            starts.add(start)
            at = lower.find(stem, at + 1, endpos)
    return [(at, _ASCII_LETTERS.match(lower, at, endpos).group()) for at in sorted(starts)]


@functools.cache
def _folded_letters() -> tuple[str, ...]:
    """The characters a case-insensitive `regex` pattern reads as an ASCII letter that lowering
    leaves as they are (tracker.extraction.prescan.FOLDED_TO_ASCII; read when first asked:
    that module imports this one)."""
    from .prescan import FOLDED_TO_ASCII

    return tuple(FOLDED_TO_ASCII)


def holds_folded(piece: str) -> bool:
    """The lowered `piece` holds a character a case-insensitive pattern reads as an ASCII
    letter ("ſ" as "s"): where it holds none, every match of such a pattern's ASCII letters
    stands where the lowered text holds them."""
    for ch in _folded_letters():  # (a loop, not any() over a generator)
        if ch in piece:
            return True
    return False


_ASCII_LOWER = frozenset("abcdefghijklmnopqrstuvwxyz")


@functools.lru_cache(maxsize=64)
def _stems_of(indicator: str) -> tuple[str, ...]:
    """`indicator_stems(indicator)`, read once (a function of the indicator, so cached)."""
    return indicator_stems(indicator)


def _may_give(text: str, word: str, at: int, endpos: int, indicator: str) -> bool:
    """`_trigger_in` may find a trigger of `indicator` at the word `word` at `at`: one of its
    phrases indexed there matches, or one glued inside the word does."""
    for t in _indexed_of(word, indicator):
        if t.pattern.match(text, at, endpos):
            return True
    if len(word) > GLUED_LENGTH:
        for g in GLUED_TRIGGERS:
            if g.trigger.indicator != indicator:
                continue
            inside = word.find(g.stem, 1)
            if inside > 0 and g.trigger.pattern.match(text, at + inside, endpos):
                return True
    return False


@functools.lru_cache(maxsize=8192)
def _indexed_of(word: str, indicator: str) -> tuple[IndexedTrigger, ...]:
    """The triggers of `_indexed_at(word)` of one indicator (a function of a single word, so cached)."""
    return tuple(t for t in _indexed_at(word) if t.indicator == indicator)


def _may_start_trigger(word: str) -> bool:
    """A word that starts with a trigger's head, or long enough to hold a glued trigger."""
    return word[:HEAD_LENGTH] in TRIGGER_INDEX or len(word) > GLUED_LENGTH


def _may_start_ascii_trigger(word: str) -> bool:
    """`_trigger_in` may find a trigger at the lower-case ASCII word `word`: it starts with
    FIRST_LETTERS_INDEXED, or it is long and holds a glued trigger's stem after its first letter."""
    return word.startswith(FIRST_LETTERS_INDEXED) or (
        len(word) > GLUED_LENGTH and any(word.find(stem, 1) > 0 for stem in GLUED_STEMS)
    )


def _ascii_candidates(
    lower: str, pos: int, endpos: int, scan: _re.Pattern = ASCII_CANDIDATE, may_start: Callable[[str], bool] = _may_start_trigger,
    starting: list[int] | None = None,
) -> list[tuple[int, str]]:
    """(start, word) of the words in lower[pos:endpos] that may start a trigger; a word
    cut by `pos` counts from `pos`, as TOKEN.finditer would read it. (`scan` and `may_start`:
    ASCII_STARTING and `_may_start_ascii_trigger` for only the words at which a trigger may
    be found, where the stretch is ASCII; `starting` as `find_triggers` takes it.)"""
    first: list[tuple[int, str]] = []
    if pos < endpos and lower[pos].isalpha() and (pos == 0 or lower[pos - 1].isalpha()):
        # a word at the span's start with no character before it to match from: the text's
        # first, or a word cut by `pos`
        word = token_at(lower, pos, endpos)
        if may_start(word):
            first.append((pos, word))
        pos += len(word)
    if scan is ASCII_STARTING and STARTING_MACHINE is not None:  # (on an ASCII stretch only: `_candidate_words`)
        # the same words, read from where its keys stand: found by the document's pre-scan, or here
        return first + (_starting_words(lower, pos, endpos) if starting is None else _words_at(lower, pos, endpos, starting))
    # from the character before `pos`: it may end the word before a word at `pos`
    return first + [(m.start(1), m.group(1)) for m in scan.finditer(lower, pos - 1 if pos > 1 else 0, endpos)]


def trigger_at(text: str, lower: str, pos: int, endpos: int) -> Trigger | None:
    """The trigger phrase that starts with the word at `pos`, if any."""
    word = token_at(lower, pos, endpos)
    return None if word is None else _trigger_in(text, word, pos, endpos)


def trigger_at_word(text: str, pos: int, endpos: int) -> Trigger | None:
    """`trigger_at` without the lowered text: only the word at `pos` is lowered."""
    word = token_at(text, pos, endpos)
    return None if word is None else _trigger_in(text, word.lower(), pos, endpos)


# A run of ASCII letters: TOKEN's word where the run is all it holds (`token_at`).
ASCII_WORD = _re.compile(r"[A-Za-z]+")


def token_at(text: str, pos: int, endpos: int) -> str | None:
    """TOKEN's word at `pos` (up to `endpos`), None where none starts there. Read with the
    standard library's `re` where a run of ASCII letters starts there and an ASCII character,
    or nothing, follows it: TOKEN takes no ASCII character but a letter (no digit, "_" or
    mark), so its word is that run (a `regex` call costs some 3,500 instructions, this a third)."""
    run = ASCII_WORD.match(text, pos, endpos)
    if run is not None and text[run.end() : run.end() + 1].isascii():
        return run.group()
    tok = TOKEN.match(text, pos, endpos)
    return None if tok is None else tok.group()


@functools.lru_cache(maxsize=8192)
def _indexed_at(word: str) -> tuple[IndexedTrigger, ...]:
    """The indexed triggers whose matches may start at the word `word` (lower case, the whole
    run of letters there), in the index's order: those of its head that may start so
    (`IndexedTrigger.may_start`); at a word that is not ASCII, all of them. A pattern call
    costs a few microseconds however soon it fails; the word's own test, once a word."""
    indexed = TRIGGER_INDEX.get(word[:HEAD_LENGTH], ())
    if not word.isascii():
        return tuple(indexed)
    return tuple(t for t in indexed if t.may_start(word))


@functools.lru_cache(maxsize=8192)
def _tried_at(word: str) -> tuple[tuple[IndexedTrigger, re.Pattern | None], ...]:
    """`_indexed_at(word)`, each with the test its match passes where it starts, tried first
    where one is known: a counter's, the start of one of its indicator's subjects
    (tracker.extraction.prescan.counters_gate: a counter's pattern begins with its subject,
    so where the test fails, so does the pattern, whatever the window's end); None for the
    others. A counter that fails reads up to two dozen words on for its verb: some 60,000
    instructions at every "displaced people", where the test, asking for "displaced
    population", fails in a few thousand. A function of one word, so cached (the tests are
    read from that module when first asked, it imports this one; each is compiled on first
    use, under 2 ms)."""
    from .prescan import counters_gate

    return tuple((t, counters_gate((t.indicator,)) if t.words is not None else None) for t in _indexed_at(word))


# Trigger(...) with every field in order, without the Python frame of a named tuple's __new__
# (the triggers of every sentence judged are built so).
_new_trigger = tuple.__new__


def _trigger_in(text: str, word: str, at: int, endpos: int) -> Trigger | None:
    for t, gate in _tried_at(word):
        if gate is not None and gate.match(text, at, endpos) is None:
            continue  # (a counter none of whose subjects starts here: its pattern fails)
        m = t.pattern.match(text, at, endpos)
        if m:
            return _new_trigger(Trigger, (t.kind, t.indicator, at, m.end(), t.kind is BLOCKER))  # Trigger(kind, indicator, start, end, blocks)
    if len(word) > GLUED_LENGTH:  # "weredisplaced", "hadevacuated"
        for g in GLUED_TRIGGERS:
            inside = word.find(g.stem, 1)
            if inside > 0:
                m = g.trigger.pattern.match(text, at + inside, endpos)
                if m:
                    return Trigger(g.trigger.kind, g.trigger.indicator, at + inside, m.end(), g.trigger.kind is BLOCKER)
    return None


# --- the words a figure cannot do without: what the engine looks for first -------------
# A figure needs a trigger phrase (TRIGGERS, and the counts that change of COUNT_SUBJECTS)
# or a noun that names its indicator by itself (NOUN_INDICATORS: "30,000 refugees"); the
# figures that lean on another (running totals, "and 5,000 more") lean on one of those.
# Every match of a phrase starts with a form of its first word (`phrases.heads` checks that
# each starts with letters): a text holding none of the stems below holds no trigger, no
# such noun, and no figure.
_FIRST_LETTERS = re.compile(r"[^\W\d_]+")


def _first_letters(phrase: str) -> tuple[str, ...]:
    """The lower-case letters each form of a phrase's first word starts with:
    "kill|killed number" -> ("kill", "killed"), "asylum-seekers" -> ("asylum",)."""
    phrases.heads(phrase, HEAD_LENGTH)  # a phrase that starts with no word is an error here too
    return tuple(_FIRST_LETTERS.match(form.lower()).group() for form in phrase.split()[0].split("|"))


def _held_forms(phrase: str) -> tuple[str, ...]:
    """The forms, lower case, of the phrase's word whose shortest form is longest, among its
    words that are always there and written in ASCII letters: every match of the phrase holds
    one of them ("is|are expected" holds "expected", "risk|risks being|of" "risk" or "risks").
    Where no word is such, the letters each form of its first word starts with ("" where a
    form starts with none: always tried)."""
    best: list[str] | None = None
    for token in phrase.split():
        forms = token.split("|")
        if token.startswith("[") or not all(f.isascii() and f.isalpha() for f in forms):
            continue
        if best is None or min(map(len, forms)) > min(map(len, best)):
            best = forms
    if best is None:
        return tuple(m.group() if (m := _FIRST_LETTERS.match(form)) else "" for form in phrase.split()[0].split("|"))
    return tuple(form.lower() for form in best)


# The letters every match of PROJECTION and PROJECTION_GLUED holds, one of these (the forms of
# a phrase's longest word, `_held_forms`): where none stands, they are not tried. (The forms
# of the first words gave "is" and "are" for "is|are expected": "this", "crisis", "area" let
# most stretches by, and the pattern was tried for nothing.)
PROJECTION_STEMS: tuple[str, ...] = literal_keys(form for e in PROJECTIONS for form in _held_forms(e.phrase))


def indicator_stems(indicator: str) -> tuple[str, ...]:
    """The stems, as `trigger_stems` reads them, of one indicator's trigger phrases and
    counters, for `tracker.extraction.text.may_hold`: a span that holds none of them holds no
    trigger of that indicator."""
    phrase_list = [e.phrase for e in TRIGGERS.get(indicator, ())] + list(COUNT_SUBJECTS.get(indicator, ()))
    return literal_keys(letters for phrase in phrase_list for letters in _first_letters(phrase))


def trigger_stems() -> tuple[str, ...]:
    """Lower-case stems, one of which starts every match of a trigger phrase (TRIGGERS and
    the counts that change, COUNT_SUBJECTS) and every noun that gives an indicator by itself
    (NOUN_INDICATORS), read from the same tables as the trigger index: a word added to them
    is a stem here, with no second list. tracker.extraction.prescan looks for them first; a
    document holding none has no figure. Sorted, longest first."""
    phrase_list = [e.phrase for entries in TRIGGERS.values() for e in entries]
    phrase_list += [subject for subjects in COUNT_SUBJECTS.values() for subject in subjects]
    stems = {letters for phrase in phrase_list for letters in _first_letters(phrase)}
    stems.update(noun.lower() for noun in NOUN_INDICATORS)
    return tuple(sorted(stems, key=lambda stem: (-len(stem), stem)))
