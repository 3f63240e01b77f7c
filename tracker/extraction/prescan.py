"""Trigger-first reading: where in a document a figure can be, found before anything is parsed.

A figure needs a trigger phrase near its number ("killed", "fled", "the death toll rose to")
or a noun that names its indicator by itself ("30,000 refugees"); a figure that leans on
another (a running total, "and 5,000 more") leans on one of those. So the engine first looks
for the stems of every such word (`tracker.extraction.indicators.trigger_stems`, derived from
the trigger and noun tables) with one Aho-Corasick pass over the lowered document
(pyahocorasick: one C loop over the text for all stems at once; a pure-Python pattern where that package is missing), then keeps the places where
a trigger pattern really matches or the word really is such a noun (`confirmed`). A document
with none of them has no figure, and only the sentences holding one are read.

    starts = stem_starts(scan_text(text, lower))    # where a stem starts, in order
    live = [at for at in starts if confirmed(text, lower, at)]
"""

from __future__ import annotations

import re as _re
from collections.abc import Callable
from functools import lru_cache

import regex as re

from .indicators import HEAD_LENGTH, NOUN_INDICATORS, TRIGGER_INDEX, TriggerKind, trigger_stems
from .nouns import GLUED_PREFIXES, GLUED_SUFFIXES, WORD
from .text import starts

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
# A trigger's head: the first HEAD_LENGTH letters of the word it starts (TRIGGER_INDEX's key).
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


SCANNER = automaton(scan_words())


def scan_text(text: str, lower: str) -> str:
    """The lowered text the scan reads: `lower`, with FOLDED_TO_ASCII read as their letters."""
    if lower.isascii() or not any(c in lower for c in FOLDED_TO_ASCII):
        return lower
    return lower.translate(_FOLD)


def stem_starts(scan: str, scanner: Scanner = SCANNER) -> list[int]:
    """Every offset where a scanned word starts in `scan`, overlapping ones included, in order."""
    return scanner(scan)


# The nouns that name an indicator by themselves, glued to the word after or before them in a
# damaged feed ("refugeeswere", "newrefugees"), as tracker.extraction.nouns reads them.
_GLUED_BEFORE = tuple(n for n in GLUED_PREFIXES if n in NOUN_INDICATORS)
_GLUED_AFTER = tuple(n for n in GLUED_SUFFIXES if n in NOUN_INDICATORS)


def confirmed(text: str, scan: str, at: int) -> bool:
    """A stem found at `at` starts a trigger phrase (not a return or a need), or lies in a word
    that names an indicator by itself: it may make a figure. Each pattern is tried on the whole
    text from `at`, as tracker.extraction.indicators.find_triggers tries it from a word."""
    head = _LETTERS.match(scan, at, at + HEAD_LENGTH)
    for trigger in TRIGGER_INDEX.get(head.group() if head else "", ()):
        if trigger.kind is TriggerKind.INDICATOR and trigger.pattern.match(text, at) is not None:
            return True
    return _names_indicator(text, at)


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
