"""Trigger-first reading: where in a document a figure can be, found before anything is parsed.

A figure needs a trigger phrase near its number ("killed", "fled", "the death toll rose to")
or a noun that names its indicator by itself ("30,000 refugees"); a figure that leans on
another (a running total, "and 5,000 more") leans on one of those. So the engine first looks
for the stems of every such word (`tracker.extraction.indicators.trigger_stems`, derived from
the trigger and noun tables) with one Aho-Corasick pass over the lowered document
(pyahocorasick: one C loop over the text for all stems at once, and for the keys of numbers
in words that `find_numbers` reads; a pure-Python pattern where that package is missing),
then keeps the places where a trigger pattern really matches or the word really is such a
noun (`confirmed`). A document with none of them has no figure, and only the sentences
holding one are read.

    scan = scan_text(text, lower)
    starts = scan_hits(scan, lower).stems    # where a stem starts, in order
    live = [at for at in starts if confirmed(text, scan, at)]
"""

from __future__ import annotations

import re as _re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

import regex as re

from . import qualifiers, quantities, rules
from .indicators import (
    COUNT_SUBJECTS, HEAD_LENGTH, NOUN_INDICATORS, STARTING_KEYS, TRIGGER_INDEX, TRIGGERS, IndexedTrigger, TriggerKind, _compiled,
    _indexed_at, trigger_stems,
)
from .nouns import GLUED_PREFIXES, GLUED_SUFFIXES, WORD, read_noun
from .numbers import WORD_KEYS, Number
from .quantities import Quantity
from .text import starts
from ..lexicon import Entry, phrases
from ..provenance.places import KIND_STEMS  # the kind words of places, found in the same pass

# Characters the `regex` module's case-insensitive matching takes for an ASCII letter, which
# str.lower() does not turn into that letter ("İ" stays as it is in tracker.extraction.text.lowered,
# "ſ" is a long s): the scan reads them as the letter, so that it misses no trigger pattern.
# (tests/test_prescan.py checks this table against every character.)
FOLDED_TO_ASCII: dict[str, str] = {"İ": "i", "ſ": "s"}
_FOLD = str.maketrans(FOLDED_TO_ASCII)
# tracker.extraction.nouns reads "refu-gees", a noun broken at a line end, as "refugees".
HYPHEN = "-"
# What may join the letters of one word (tracker.extraction.nouns.WORD): "refu-gees", "o'clock".
JOINERS = "'’-"
# The run of letters a stem starts, as tracker.extraction.indicators.TOKEN reads a word: the
# word its trigger patterns are chosen by (`_patterns_at`).
_LETTERS = re.compile(r"[^\W\d_]+")


def scan_words(stems: tuple[str, ...] | None = None) -> tuple[str, ...]:
    """What the scan looks for: each stem no other stem starts (a stem's start is all the scan
    reports), and each noun that names an indicator broken once by a hyphen ("refu-gees")."""
    stems = trigger_stems() if stems is None else stems
    kept = [s for s in stems if not any(other != s and s.startswith(other) for other in stems)]
    broken = [
        noun[:i] + HYPHEN + noun[i:] for noun in (n.lower() for n in NOUN_INDICATORS) for i in range(1, len(noun))
    ]
    return tuple(dict.fromkeys([*kept, *broken]))


# A scanner: lowered text -> every offset where one of its words starts, overlaps included.
Scanner = Callable[[str], list[int]]


def automaton(words: tuple[str, ...]) -> Scanner:
    """A scanner for `words`: pyahocorasick's Aho-Corasick automaton (one C loop over the
    text), or, where that package is missing, `pattern_scanner` (the same offsets, in pure
    Python, about three times slower)."""
    try:
        import ahocorasick
    except ImportError:
        return pattern_scanner(words)
    machine = ahocorasick.Automaton()
    for word in words:
        machine.add_word(word, len(word))
    machine.make_automaton()

    def scan(text: str) -> list[int]:
        return sorted({end - length + 1 for end, length in machine.iter(text)})

    return scan


def pattern_scanner(words: tuple[str, ...]) -> Scanner:
    """A scanner for `words` as one standard-library pattern: a lookahead over the words as
    a trie, tried where a word's first letter stands, so that overlapping words are found."""
    pattern = _re.compile(rf"(?=[{_re.escape(''.join(sorted({w[0] for w in words})))}])(?=(?:{starts(words)}))")

    def scan(text: str) -> list[int]:
        return [m.start() for m in pattern.finditer(text)]

    return scan


@dataclass(frozen=True, slots=True)
class Hits:
    """What one pass of the scan over a document's lowered text found: where a scanned word
    (`scan_words`) starts, in order, and what the automaton reported, from which `number_keys`
    reads where a key of a number in words starts, `starting` where the words `find_triggers`
    tries may, and `other_starts` where each of the scanner's other words does."""

    stems: list[int]
    # every (end, value) the automaton reported: a stem's length, a number key's length
    # negative, a starting word's below STARTING, an other word's index below OTHER; None when
    # the scan did not look for number keys and other words
    found: list[tuple[int, int]] | None
    # the scanner's other words by index, None for one it does not hold (a stem or a number
    # key too), and the indices of those it does not hold
    others: tuple[str | None, ...] = ()
    unheld: tuple[int, ...] = ()
    # where a marked word (document_scanner's `marked`: those a dear word may start with)
    # starts, the only places a `dear` stem may stand; None when the scan did not mark them
    marked: list[int] | None = None

    def number_keys(self) -> set[int] | None:
        """Where a key of a number in words (tracker.extraction.numbers.WORD_KEYS) starts,
        inside a word or not, which `find_numbers` would otherwise search for with one
        str.find pass over the text per key; None when the scan did not look for them. Read
        only when asked: a document with no trigger never reads its numbers."""
        if self.found is None:
            return None
        return {end + length + 1 for end, length in self.found if STARTING < length < 0}

    def key_spans(self) -> list[tuple[int, int]] | None:
        """Where each key of a number in words starts and ends (its end excluded), as the
        automaton reported them (`keys_within` reads them); None when the scan did not look
        for them."""
        if self.found is None:
            return None
        return [(end + length + 1, end + 1) for end, length in self.found if STARTING < length < 0]

    def starting(self) -> list[int] | None:
        """Where a scanned word (a stem) or a starting word (document_scanner's `starting`)
        starts, in order (a place twice where both do); None when the scan did not look for the
        starting words. With DOCUMENT_SCANNER's, every place where a key of the words
        `find_triggers` tries starts (tracker.extraction.indicators.STARTING_KEYS: each starts
        with a stem, or is a starting word): `find_triggers` reads its words from them, without
        a pass of its own over each stretch. Read only when asked: a document with no trigger
        never reads them."""
        if self.found is None:
            return None
        more = [end + value - STARTING + 1 for end, value in self.found if OTHER < value < STARTING]
        return sorted(self.stems + more) if more else self.stems  # (one may stand twice: `find_triggers` reads a place once)

    def other_starts(self) -> dict[int, list[int] | None] | None:
        """Where the scanner's other words start in the text, inside a word or not, in order,
        by their index among them: a key for each one found, and one with None for each
        one the scanner does not hold (its reader searches for it); None when the scan did
        not look for them. Read only when asked (tracker.provenance.places' kind words: only
        a document with a figure reads them)."""
        if self.found is None:
            return None
        others = self.others
        starts: dict[int, list[int] | None] = dict.fromkeys(self.unheld)
        for end, value in self.found:
            if value <= OTHER:
                i = OTHER - value
                starts.setdefault(i, []).append(end - len(others[i]) + 1)
        return starts


def keys_within(spans: list[tuple[int, int]], start: int, end: int) -> set[int]:
    """Where a key of a number in words starts in lower[start:end], counted from `start`, read
    from the document's `Hits.key_spans`: the keys that lie wholly inside the stretch, which is
    what `numbers.key_starts(lower[start:end])` finds there (the same keys, each searched for
    in the stretch), without one str.find pass over it per key (a document holds a few keys:
    they are all looked at)."""
    return {s - start for s, e in spans if start <= s and e <= end}


# An other word's value in the automaton: OTHER minus its index (number keys are their length
# negative, far above it, and starting words STARTING minus their length, between the two;
# stems their length, and a marked stem its length plus MARK).
OTHER = -1_000
STARTING = -500
MARK = 1_000
# The automaton looks a character up among the children of its state one after another, and
# most characters are read at its root, where no word has begun: the root's children are
# added in the order of the letters' frequency in English text (ROOT_ORDER), and a space,
# the commonest character, which starts no word, is given a path of its own (SPACE_PATH, a
# space before NUL) added first, so that it is found at once rather than after every letter
# (some 10% of the scan's cost). SPACE_PATH's value, UNREAD, is none a reader takes (no
# stem's, number key's or other word's: see Hits), should a text hold a space before NUL.
ROOT_ORDER = " etaoinsrhldcumfpgwybvkxjqz"
SPACE_PATH = " \x00"
UNREAD = 0


def _root_rank(word: str) -> int:
    """Where the first letter of `word` stands in ROOT_ORDER (after it: a letter not there)."""
    rank = ROOT_ORDER.find(word[0])
    return len(ROOT_ORDER) if rank < 0 else rank


def document_scanner(
    words: tuple[str, ...], number_keys: tuple[str, ...], others: tuple[str, ...] = (),
    marked: frozenset[str] = frozenset(), starting: tuple[str, ...] = (),
) -> Callable[[str], Hits]:
    """A scanner for `words`, `number_keys`, `others` and `starting` at once: one Aho-Corasick
    pass, whose cost hardly grows with the words it holds (a number key's length is stored
    negative, a starting word's below STARTING, an other word's index below OTHER, to tell the
    kinds apart). An other word that is one of the other kinds too is not held: its reader
    finds it itself (`Hits.other_starts`); a starting word that is one of `words` is found as
    one (`Hits.starting`). Without pyahocorasick, or should a word be of both the first two
    kinds or a starting word a number key, the words are found alone (by `pattern_scanner`)
    and the number keys, other words and starting words are left to their readers. Where each
    of `words` that is one of `marked` starts is told apart too (`Hits.marked`), in the same pass."""
    try:
        import ahocorasick
    except ImportError:
        ahocorasick = None
    starting = tuple(word for word in starting if word not in words)
    if ahocorasick is None or set(number_keys) & {*words, *starting}:
        stems_only = pattern_scanner(words) if ahocorasick is None else automaton(words)
        return lambda text: Hits(stems_only(text), None)
    taken = {*words, *number_keys, *starting}
    held = tuple(None if word in taken else word for word in others)
    unheld = tuple(i for i, word in enumerate(held) if word is None)
    values = {word: len(word) + (MARK if word in marked else 0) for word in words}
    values.update((key, -len(key)) for key in number_keys)
    values.update((word, STARTING - len(word)) for word in starting)
    values.update((word, OTHER - i) for i, word in enumerate(held) if word is not None)
    machine = ahocorasick.Automaton()
    machine.add_word(SPACE_PATH, UNREAD)
    for word in sorted(values, key=_root_rank):
        machine.add_word(word, values[word])
    machine.make_automaton()

    def scan(text: str) -> Hits:
        found = list(machine.iter(text))
        stems = sorted({end - length % MARK + 1 for end, length in found if length > 0})
        return Hits(stems, found, held, unheld, [end - length + MARK + 1 for end, length in found if length > MARK])

    return scan


def scan_text(text: str, lower: str) -> str:
    """The lowered text the scan reads: `lower`, with FOLDED_TO_ASCII read as their letters."""
    if not lower.isascii():
        for c in FOLDED_TO_ASCII:  # (a loop, not any() over a generator: asked of every document)
            if c in lower:
                return lower.translate(_FOLD)
    return lower


def stem_starts(scan: str, scanner: Scanner | None = None) -> list[int]:
    """Every offset where a scanned word starts in `scan`, overlapping ones included, in order
    (by `scanner`, or by the document scan)."""
    return DOCUMENT_SCANNER(scan).stems if scanner is None else scanner(scan)


def scan_hits(scan: str, lower: str) -> Hits:
    """The scan of a document: where each scanned word starts in `scan` (`scan_text(text,
    lower)`), and where each number key starts in `lower`, its lowered text (None when the
    two differ: `find_numbers` then searches `lower` for the keys itself).

    A document's one pass: where its trigger stems are, and the number keys on the way."""
    hits = DOCUMENT_SCANNER(scan)
    return hits if scan is lower else Hits(hits.stems, None, marked=hits.marked)


# The nouns that name an indicator by themselves, glued to the word after or before them in a
# damaged feed ("refugeeswere", "newrefugees"), as tracker.extraction.nouns reads them.
_GLUED_BEFORE = tuple(n for n in GLUED_PREFIXES if n in NOUN_INDICATORS)
_GLUED_AFTER = tuple(n for n in GLUED_SUFFIXES if n in NOUN_INDICATORS)


def confirmed(text: str, scan: str, at: int) -> bool:
    """A stem found at `at` starts a trigger phrase (not a return or a need), or lies in a word
    that names an indicator by itself: it may make a figure. Each pattern that may match there
    (`_patterns_at`) is tried on the whole text from `at`, as
    tracker.extraction.indicators.find_triggers tries it from a word. Either answers yes, so
    the cheaper test goes first: an ASCII word standing alone is looked up as a noun before
    its patterns are tried ("deaths" before the counter "deaths toll ... rose to")."""
    word = _letters_at(scan, at)
    inside = at > 0 and text[at - 1] in _ASCII_LETTER
    plan = _plan_at(word, inside)
    alone = False  # an ASCII word standing alone, looked up as a noun already
    if not inside:
        end = at + len(word)
        if word and (at == 0 or text[at - 1] in _WORD_ENDS) and (end == len(text) or text[end] in _WORD_ENDS):
            if text[at:end].isascii():
                # it is the word `_names_indicator` would read, lowered
                if plan.noun:
                    return True
                if word in plan.sure and _between_gaps(text, at, end):
                    return True  # a phrase of this word alone, standing alone: its pattern matches (see Plan.sure)
                alone = True
    for pattern in plan.plain:
        if pattern.match(text, at) is not None:
            return True
    if plan.by_next and _tried_by_next(text, scan, at, at + len(word), plan.by_next):
        return True
    if plan.from_home and _tried_from_home(text, scan, at, at + len(word), plan.from_home):
        return True
    if plan.gate is not None and plan.gate.match(text, at) is not None:
        for pattern in plan.counters:
            if pattern.match(text, at) is not None:
                return True
    if alone:
        return False
    if inside:
        # most stems inside a word ("lose" in "closed", "force" in "workforce") lie in an
        # ASCII word with no joiner: that word is the one `_names_indicator` would read
        found = _ascii_word_around(text, at, at + len(word))
        if found is not None:
            return _indicator_word(found)
    return _names_indicator(text, at)


def _ascii_word_around(text: str, at: int, end: int) -> str | None:
    """The word `_names_indicator` reads around `at`, where text[at:end] is a run of letters
    after an ASCII letter: read as ASCII letters between two ASCII characters that are no
    letter and no joiner (or the text's ends), where it is one; None otherwise."""
    if end < len(text) and text[end] not in _WORD_ENDS:
        return None
    start = at - 1
    while start > 0 and text[start - 1] in _ASCII_LETTER:
        start -= 1
    if start > 0 and text[start - 1] not in _WORD_ENDS:
        return None
    found = text[start:end]
    return found if found.isascii() else None


def dear(scan: str, at: int) -> bool:
    """Only a counter's pattern may confirm the stem at `at` ("number", "toll": "the number of
    people killed in ... rose to"): the dearest test there is, a failing match reading up to
    two dozen words on (`indicators.COUNTER_GAP_WORDS`). The engine asks such stems last,
    where another stem of a sentence may answer first; any order gives the same answers.
    (A slice and a lookup for most stems: only those of DEAR_WORDS' heads read their word.)"""
    return scan.startswith(_DEAR_HEADS, at) and _letters_at(scan, at) in DEAR_WORDS


def dear_among(scan: str, starts: list[int]) -> set[int]:
    """The stems of `starts` that are `dear`, told in one pass over them (a document's first
    confirmations ask each of its stems)."""
    heads = _DEAR_HEADS
    return {at for at in starts if scan.startswith(heads, at) and _letters_at(scan, at) in DEAR_WORDS}


# The ASCII letters (a stem after one stands inside a word), and the ASCII characters that are
# no letter and no joiner (no word reads across one).
_ASCII_LETTER: frozenset[str] = frozenset(c for c in map(chr, range(128)) if c.isalpha())
_WORD_ENDS: frozenset[str] = frozenset(c for c in map(chr, range(128)) if not c.isalpha() and c not in JOINERS)
# Those of them that are no word's character to the `regex` module either (no digit, no "_"):
# a pattern's start and end of a word (\m, \M, \b) hold beside them.
_WORD_GAPS: frozenset[str] = frozenset(c for c in _WORD_ENDS if not (c.isdigit() or c == "_"))


def _letters_at(scan: str, at: int) -> str:
    """The run of letters of `scan` from `at` on, as _LETTERS reads it ("" where none stands):
    read with the standard library's `re` where it is ASCII letters followed by an ASCII
    character or nothing (the scanned text is lowered: its ASCII letters are a-z)."""
    ascii_run = _ASCII_LETTERS.match(scan, at)
    if ascii_run is not None:
        return ascii_run.group()
    letters = _LETTERS.match(scan, at)
    return letters.group() if letters else ""


# The run of ASCII letters taken whole (possessive: no shorter run is tried), then no character
# beyond ASCII: the pattern tells where the run ends, with no call for the character after it.
_ASCII_LETTERS = _re.compile(r"[a-z]++(?![^\x00-\x7f])")




# How a trigger's pattern begins where its match must start a word (`indicators._compiled`,
# and the counters' pattern): "cut" inside "executive", "lose" inside "closed" match none.
_WORD_START = "(?:\\m"


@lru_cache(maxsize=4096)
def _patterns_at(word: str, inside: bool) -> tuple[re.Pattern, ...]:
    """The patterns of the indicator triggers that may match where the run of letters `word`
    (of the scanned text) starts: those of its head whose first word may start so
    (tracker.extraction.indicators._indexed_at, as find_triggers reads a word), and, `inside`
    a word (after an ASCII letter), only those that need no word start (glued triggers,
    "weredisplaced"). A function of one word, so cached: most stems are passed over without a
    call of a pattern."""
    found = [
        t for t in _indexed_at(word)
        if t.kind is TriggerKind.INDICATOR and not (inside and t.pattern.pattern.startswith(_WORD_START))
    ]
    # any one that matches confirms the stem, in any order: the counters, dearest, last
    return tuple(t.pattern for t in sorted(found, key=_is_counter))


@dataclass(frozen=True, slots=True)
class Plan:
    """How `confirmed` tries the patterns that may match where a word starts (`_plan_at`):
    any one that matches confirms the stem, so each is tried only where a cheap test of the
    words after it says it may match."""

    noun: bool  # the word names an indicator by itself (`_indicator_word`)
    plain: tuple[re.Pattern, ...]  # tried as they are
    # the words at which one of `plain` matches wherever the word stands alone between
    # characters of _WORD_GAPS (or the text's ends), ASCII as written (`sure_words`)
    sure: frozenset[str]
    # tried where the word after this one starts with one of the letters given with them
    # (`next_word_starts`)
    by_next: tuple[tuple[tuple[str, ...], re.Pattern], ...]
    # tried where one of FROM_HOME's words stands among the words after this one
    # (the option count-from-home: "forced 20,000 people from their homes")
    from_home: tuple[re.Pattern, ...]
    # the test the counters' subjects pass (`counters_gate`), None when no counter's pattern
    # may match there; then the counters' patterns, in order
    gate: re.Pattern | None
    counters: tuple[re.Pattern, ...]


@lru_cache(maxsize=4096)
def _plan_at(word: str, inside: bool) -> Plan:
    """Whether `word` names an indicator by itself, and `_patterns_at(word, inside)` as
    `confirmed` asks them: the patterns that are no counter's, each with the test of the
    words after it that it needs where one is known (`next_word_starts`, FROM_HOME), in
    order, and the words at which one of the others surely matches (`sure_words`); then the
    test the counters' subjects pass (`counters_gate`, None when no counter's pattern may
    match there); then the counters' patterns, in order."""
    patterns = _patterns_at(word, inside)
    counters = {t.pattern: t.indicator for t in _indexed_at(word) if _is_counter(t)}
    entries = _entries_by_pattern()
    plain, sure, by_next, from_home = [], set(), [], []
    for p in patterns:
        if p in counters:
            continue
        entry = entries.get(p.pattern)
        starts = None if entry is None else next_word_starts(entry)
        if starts is not None:
            by_next.append((starts, p))
        elif entry is not None and FROM_HOME_OPTION in entry.options and FROM_HOME is not None:
            from_home.append(p)
        else:
            plain.append(p)
            if entry is not None:
                sure.update(sure_words(entry))
    theirs = tuple(p for p in patterns if p in counters)
    gate = counters_gate(tuple(sorted({counters[p] for p in theirs}))) if theirs else None
    return Plan(_indicator_word(word), tuple(plain), frozenset(sure), tuple(by_next), tuple(from_home), gate, theirs)


# The options that let a phrase of one word match wherever one of its forms stands alone: it
# then needs only that its match ends a word, if it asks anything (tracker.lexicon.phrases).
_ENDING_OPTIONS: frozenset[str] = frozenset({"whole-word", *phrases.GLUE_OPTIONS})


def sure_words(entry: Entry) -> frozenset[str]:
    """The words (lower case) at which the phrase's pattern matches wherever one stands alone,
    between characters of _WORD_GAPS or the text's ends, as written in ASCII: the forms of a
    phrase of one word whose forms are ASCII letters, with no option but one of
    _ENDING_OPTIONS (the pattern is the forms, a word's start and end around them, or none:
    `indicators._compiled`, `phrases.pattern`); none otherwise."""
    if len(entry.phrase.split()) != 1 or not _ENDING_OPTIONS.issuperset(entry.options):
        return frozenset()
    forms = entry.phrase.split("|")
    if not all(_ASCII_WORD.fullmatch(form) for form in forms):
        return frozenset()
    return frozenset(form.lower() for form in forms)


def _between_gaps(text: str, at: int, end: int) -> bool:
    """text[at:end] stands between characters of _WORD_GAPS, or the text's ends."""
    return (at == 0 or text[at - 1] in _WORD_GAPS) and (end == len(text) or text[end] in _WORD_GAPS)


@lru_cache(maxsize=1)
def _entries_by_pattern() -> dict[str, Entry]:
    """The trigger phrases of the indicators (tracker.extraction.indicators.TRIGGERS) by the
    source of their pattern, as the trigger index holds it."""
    return {_compiled(e).pattern: e for entries in TRIGGERS.values() for e in entries}


# A word after white space, in the scanned text: its ASCII letters (a pattern's next word, in
# the scanned text, starts with the lowered letters of one of its forms; see next_word_starts).
_NEXT_WORD = _re.compile(r"\s+([a-z]*)")


def _tried_by_next(text: str, scan: str, at: int, end: int, by_next: tuple[tuple[tuple[str, ...], re.Pattern], ...]) -> bool:
    """One of the patterns of `by_next` matches at `at`, where the run of letters of the
    scanned text ends at `end`: each tried only where the word after it starts as it needs."""
    following = _NEXT_WORD.match(scan, end)
    if following is None:
        return False  # no white space after the word: no pattern of two words matches
    letters = following.group(1)
    for starts, pattern in by_next:
        if letters.startswith(starts) and pattern.match(text, at) is not None:
            return True
    return False


def next_word_starts(entry: Entry) -> tuple[str, ...] | None:
    """What the word after a match's first word starts with, in the scanned text: the ASCII
    letters that begin each form of the phrase's second word, and of the first word after it
    that is always there where the second may be left out ("without [a] shelter|home": a,
    shelter, home). None where that cannot be told so: a phrase of one word, a first word
    that is not ASCII letters alone (white space then follows the run of letters its match
    is), a word of any kind (`*`), a form that does not start with ASCII letters (they lower
    to themselves in the scanned text, FOLDED_TO_ASCII), an option that wraps the phrase
    other than after it.

    (The phrase's pattern reads white space then its next word after its first word:
    `phrases.body`; each of its options' templates starts with the phrase.)"""
    if any(not phrases.OPTION_TEMPLATES[o].startswith("{p}") for o in entry.options if o not in phrases.GLUE_OPTIONS):
        return None
    tokens = entry.phrase.split()
    if len(tokens) < 2 or not all(_ASCII_WORD.fullmatch(form) for form in tokens[0].split("|")):
        return None
    starts: set[str] = set()
    for token in tokens[1:]:
        optional = token.startswith("[") and token.endswith("]")
        word = token[1:-1] if optional else token
        if word == phrases.ANY_WORD:
            return None
        for form in word.split("|"):
            letters = _ASCII_WORD.match(form)
            if letters is None:
                return None
            starts.add(letters.group().lower())
        if not optional:
            return tuple(sorted(starts))
    return None


# ASCII letters, of either case (a form of the lexicon's phrases).
_ASCII_WORD = _re.compile("[a-zA-Z]+")

# The option of a phrase that needs a count, then one of some words (FROM_HOME), then a home,
# after it (tracker.lexicon.phrases.OPTION_TEMPLATES).
FROM_HOME_OPTION = "count-from-home"


@dataclass(frozen=True, slots=True)
class WordsAhead:
    """Words one of which a pattern needs among the words after its first word: as a whole
    word (a run of characters other than white space), from the second of them to the
    `last`-th (counted from 1)."""

    words: frozenset[str]
    last: int


def _words_ahead(template: str) -> WordsAhead | None:
    """FROM_HOME_OPTION's words, read from its template: after the phrase, white space and
    one to N words (each a run of characters other than white space), then the first word
    of one of its alternatives ("from", "out of"). None where the template does not read so."""
    found = _re.search(r"\{\{1,(\d+)\}\}\?\(\?:((?:[a-z]+(?:\\s\+[a-z]+)*\|?)+)\)\\s\+", template)
    if not template.startswith(r"{p}\b(?=\s+(?:") or found is None:
        return None
    firsts = frozenset(alternative.split("\\")[0] for alternative in found.group(2).split("|"))
    return WordsAhead(firsts, int(found.group(1)) + 1)


FROM_HOME: WordsAhead | None = _words_ahead(phrases.OPTION_TEMPLATES[FROM_HOME_OPTION])
# How much of the text after a word is read for the words of FROM_HOME: a window that cuts
# one of the words it needs sends the pattern to be tried (the window is not read then).
AHEAD_WINDOW = 160


def _tried_from_home(text: str, scan: str, at: int, end: int, patterns: tuple[re.Pattern, ...]) -> bool:
    """One of these patterns (of FROM_HOME_OPTION) matches at `at`, where the run of letters
    of the scanned text ends at `end`: tried only where one of FROM_HOME's words stands
    among the words after it (white space, never in a word of the pattern's, ends each of
    them in the scanned text as it does in the text: the same words)."""
    last = FROM_HOME.last
    words = scan[end : end + AHEAD_WINDOW].split(None, last)
    if len(words) > last or end + AHEAD_WINDOW >= len(scan):
        # the first `last` words are whole: one of the second to the last must be one of them
        if FROM_HOME.words.isdisjoint(words[1:last]):
            return False
    for pattern in patterns:
        if pattern.match(text, at) is not None:
            return True
    return False


@lru_cache(maxsize=None)
def counters_gate(indicators: tuple[str, ...]) -> re.Pattern:
    """A test every match of these indicators' counters passes where it starts: the start of
    one of their subjects (COUNT_SUBJECTS, "number|tally of [*] [*] dead|deaths|fatalities")
    up to its third word that is always there, the words it may leave out before that read as
    so many words of any kind (`subject_skeleton`), and the subjects that start alike joined
    ("number|tally of", then up to five words, then one of the third words of them all). A
    counter's pattern begins with its subject (tracker.extraction.indicators._count_changed),
    so where this fails every counter fails: "a number of visitors", "the number one seed",
    "phone number" are told in one short match, where each of some ten counters tried its
    subjects' optional words one way after another and read two dozen words on for a verb
    (20-200 us a stem). Compiled on first use: most news never meets a counter's word."""
    joined: dict[tuple[str, ...], tuple[int, dict[str, None]]] = {}  # the first words -> (the most left out, the third words)
    for s in (s for i in indicators for s in COUNT_SUBJECTS[i]):
        words, skipped = subject_skeleton(s)
        head = tuple(words[:2])
        most, thirds = joined.get(head, (0, {}))
        # (a subject of two words or one: they are the whole test)
        thirds[words[2] if len(words) > 2 else ""] = None
        joined[head] = (max(most, skipped), thirds)
    alternatives = []
    for head, (most, thirds) in joined.items():
        start = r"\s+".join(head)
        if "" in thirds:
            alternatives.append(start)
        else:
            alternatives.append(rf"{start}(?:\s++\S++){{0,{most}}}\s++(?:{'|'.join(thirds)})")
    return re.compile(f"(?:\\m(?:{'|'.join(f'(?:{a})' for a in dict.fromkeys(alternatives))}))", re.IGNORECASE)


def subject_skeleton(phrase: str) -> tuple[list[str], int]:
    """The first three words of a phrase that are always there, each as the phrase's pattern
    reads it (`phrases.body`), and how many words of any kind stand in for the words it may
    leave out between the second and the third: a word or number of `*`, or a word of the
    phrase, is one run of characters other than white space after white space, or one more
    for each hyphen of it ("asylum seekers"). Where the phrase's pattern matches, its first
    two words stand right after each other and its third comes after so many runs at most."""
    words: list[str] = []
    skipped = 0
    for token in phrase.split():
        if token.startswith("[") and token.endswith("]"):
            word = token[1:-1]
            if len(words) == 2:
                skipped += 1 if word == phrases.ANY_WORD else 1 + max(form.count("-") for form in word.split("|"))
            elif len(words) < 2:
                return words, 0  # (no phrase leaves a word out before its second: not needed)
            continue
        words.append(phrases.body(token))
        if len(words) == 3:
            break
    return words, skipped


def _is_counter(t: IndexedTrigger) -> bool:
    """A counter's trigger: it holds the words its matches start with (`IndexedTrigger.words`)."""
    return t.words is not None


def _names_indicator(text: str, at: int) -> bool:
    """The word around `at` is a noun of NOUN_INDICATORS, whole, broken by a hyphen, or glued."""
    start = at
    while start > 0 and (
        text[start - 1].isalpha() or (text[start - 1] in JOINERS and start > 1 and text[start - 2].isalpha())
    ):
        start -= 1
    word = WORD.match(text, start)
    return word is not None and _indicator_word(word.group())


@lru_cache(maxsize=4096)
def _indicator_word(word: str) -> bool:
    """`word` is a noun of NOUN_INDICATORS, whole, broken by a hyphen, or glued (the same
    words come back in every document: each is tested once)."""
    low = word.lower()
    return any(
        form in NOUN_INDICATORS or form.startswith(_GLUED_BEFORE) or form.endswith(_GLUED_AFTER)
        for form in (low, low.replace(HYPHEN, ""))
    )


def _dear_words() -> frozenset[str]:
    """The words at which only a counter's pattern may confirm a stem: those a counter's
    match may start with (`IndexedTrigger.words`) that name no indicator themselves and
    start no other trigger ("number", "tally", "toll"; not "deaths", a noun of its own)."""
    counter_words = {w for indexed in TRIGGER_INDEX.values() for t in indexed if _is_counter(t) for w in t.words}
    return frozenset(
        w for w in counter_words
        if not _indicator_word(w) and all(_is_counter(t) for t in _indexed_at(w) if t.kind is TriggerKind.INDICATOR)
    )


DEAR_WORDS: frozenset[str] = _dear_words()
# Their first HEAD_LENGTH letters, which a dear stem starts with (tested by str.startswith,
# which neither slices the scanned text nor hashes the slice; every dear word is longer).
_DEAR_HEADS: tuple[str, ...] = tuple(sorted({w[:HEAD_LENGTH] for w in DEAR_WORDS}))


def may_start_dear(words: tuple[str, ...]) -> frozenset[str]:
    """The scanned words at whose start a `dear` stem may stand: those a dear word starts with
    (the run of letters there is the dear word) or that start with one."""
    return frozenset(s for s in words if any(w.startswith(s) or s.startswith(w) for w in DEAR_WORDS))


def unscanned_starting_keys(words: tuple[str, ...]) -> tuple[str, ...]:
    """The keys of the words `find_triggers` tries (tracker.extraction.indicators.STARTING_KEYS:
    the first letters of the blockers' phrases too, and the stems of the triggers glued after
    a word) that start with none of `words`: scanned for too, every place where such a key
    starts is a place where one of `words` or of these does (`Hits.starting`)."""
    return tuple(key for key in STARTING_KEYS if not key.startswith(words))


DOCUMENT_SCANNER = document_scanner(
    scan_words(), WORD_KEYS, KIND_STEMS, may_start_dear(scan_words()), unscanned_starting_keys(scan_words())
)


# --- numbers that are no count, seen before the sentence is parsed ------------------------
# A figure is made of a quantity that `tracker.extraction.rules.candidate` keeps: a sentence
# whose every quantity that function rejects gives no figure, whatever its triggers. Everyday
# news holds a trigger in another sense beside numbers that count votes, points, jobs, years
# or money ("killed the bill by 52 votes", "Higher costs hurt margins, and 1,200 jobs will go
# by June 2025"): `rejects_every_number` decides that much from each number alone, with the
# rules themselves, without building the sentence's quantities.

# The rules of rules.NUMBER_RULES that read the number alone (its value, its digits' span
# and the text around them), never its qualifier's or range's span: on a number standing
# alone (no range), they decide as they do on its quantity. (tests/test_prescan.py checks
# that each is still one of NUMBER_RULES.) The first ones decide most often, and cost least;
# the others are tried after the number's noun.
LOCAL_NUMBER_RULES: tuple[Callable, ...] = (rules._out_of_range, rules._measure_after, rules._label_before)
LOCAL_NUMBER_RULES_LAST: tuple[Callable, ...] = (rules._compound, rules._per_head, rules._age_after_noun)


def rejects_every_number(
    text: str, lower: str, numbers: list[Number], shift: int, start: int, end: int, first: list[Number] = ()
) -> bool:
    """`rules.candidate` rejects every quantity `find_quantities` makes of `numbers` (the
    numbers of the sentence text[start:end], their spans `shift` characters before their
    place in `text`): True means that `judge_sentence` finds no figure there. False when it
    cannot tell cheaply (two numbers may make a range, a number's noun may name people).
    The numbers of `first` (some of `numbers`: those the cheap look keeps) are looked at first,
    being the likeliest to stay.

    Each number stands alone as its quantity (no two of them make a range) and is rejected
    either by a rule of LOCAL_NUMBER_RULES, or by the rules on its noun (`rules.NOUN_RULES`:
    it counts things, or it is a year) when the quantity's noun is the one read right after
    the number: no qualifier after it ("or more"), no table row's label, and no word of a
    breakdown before it ("including"), which could make a thing's noun people's."""
    previous: Number | None = None
    for n in numbers:
        if previous is not None and n.start - previous.end <= quantities.MAX_RANGE_JOIN and quantities._is_range(
            text, shifted(previous, shift), shifted(n, shift)
        ):
            return False
        previous = n
    for n in first:
        if not _rejected_alone(text, lower, _bare_quantity(n, shift), start, end):
            return False
    for n in numbers:
        if not any(n is f for f in first) and not _rejected_alone(text, lower, _bare_quantity(n, shift), start, end):
            return False
    return True


# A named tuple built with every field given in order, without the Python frame of its
# __new__ and the keywords it matches through a dict (several a sentence read alone).
_new_tuple = tuple.__new__


def shifted(n: Number, shift: int) -> Number:
    """The number n with its span `shift` characters on: n._replace(start=..., end=...)."""
    # Number(value, start, end, vague, year_like, small_word, written), every field in order
    return _new_tuple(Number, (n.value, n.start + shift, n.end + shift, n.vague, n.year_like, n.small_word, n.written))


def _bare_quantity(n: Number, shift: int) -> Quantity:
    """The quantity of the number n alone: its span, no qualifier."""
    s, e, v = n.start + shift, n.end + shift, n.value
    # Quantity(value, low, high, qualifier, start, end, number_start, number_end, first_start,
    # vague, year_like, small_word, additive), every field in order
    return _new_tuple(Quantity, (v, v, v, "exact", s, e, s, e, s, n.vague, n.year_like, n.small_word, False))


def _rejected_alone(text: str, lower: str, q: Quantity, start: int, end: int) -> bool:
    """`rules.candidate` rejects the quantity of this number standing alone in the sentence
    text[start:end], whatever qualifier `find_quantities` gives it (see `rejects_every_number`)."""
    look = rules.Look(text, lower, q, min(end, q.number_end + rules.NOUN_REACH))
    for rule in LOCAL_NUMBER_RULES:
        if rule(look):
            return True
    if _noun_rejects(text, lower, look, start, end):
        return True
    for rule in LOCAL_NUMBER_RULES_LAST:
        if rule(look):
            return True
    return False


def _noun_rejects(text: str, lower: str, look: rules.Look, start: int, end: int) -> bool:
    """The rules on the noun reject the quantity, read right after its number (see above)."""
    q = look.quantity
    if q.vague or qualifiers.qualifier_after(text, q.number_end, end) is not None:
        return False  # the noun is read elsewhere ("hundreds of", "500 or more")
    if rules.row_label_after(text, q) is not None:
        return False
    lo = max(0, start - rules.BREAKDOWN_REACH)  # the quantity starts between `start` and the number
    for word in rules.BREAKDOWN_WORDS:
        if lower.find(word, lo, q.number_start) >= 0:
            return False
    look.noun = read_noun(text, lower, q.number_end, look.after_limit)
    return rules._thing_counted(look) or rules._year(look)
