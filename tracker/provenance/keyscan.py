"""Where the keys of several named groups stand in a short text, found in one pass.

Provenance tries a sentence with dozens of substring tests before its patterns (the pieces
of the reporting verbs and of the count nouns, "ccording", " by ", "(" ...): each test is a
scan of the sentence, and most fail. One pass of an Aho-Corasick automaton (pyahocorasick:
one C loop over the text for every key at once, overlaps included) finds them all; where
that package is missing, a `str.find` loop for each key finds the same.

    scan = key_scanner({"verb": ("said", "told"), "bracket": ("(",)})
    scan("The UN said (OCHA)")   # {"verb": [(7, "said")], "bracket": [(12, "(")]}
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

# A scanner: text -> {group: [(where a key of it starts, the key), ...]} for each group with a
# key in the text (in no particular order; overlapping keys each count).
KeyScanner = Callable[[str], dict[str, list[tuple[int, str]]]]


def automaton_of(values: dict[str, object]):
    """A pyahocorasick automaton that finds every key of `values` (none empty), each found
    with its value; None where pyahocorasick is missing (the caller then loops `str.find`)."""
    try:
        import ahocorasick
    except ImportError:
        return None
    machine = ahocorasick.Automaton()
    for key, value in values.items():
        machine.add_word(key, value)
    machine.make_automaton()
    return machine


def key_scanner(groups: dict[str, tuple[str, ...]], automaton: bool = True) -> KeyScanner:
    """A scanner for the keys of `groups` (a key may be in several groups); without
    `automaton`, the `str.find` scanner."""
    names: dict[str, list[str]] = {}
    for name, keys in groups.items():
        for key in keys:
            if not key:
                raise ValueError(f"an empty key in group {name!r}")
            names.setdefault(key, []).append(name)
    held = {key: tuple(dict.fromkeys(of)) for key, of in names.items()}
    machine = automaton_of({key: (len(key) - 1, key, of) for key, of in held.items()}) if automaton else None
    if machine is None:
        return _find_scanner(held)

    def scan(text: str) -> dict[str, list[tuple[int, str]]]:
        found: dict[str, list[tuple[int, str]]] = {}
        for end, (length, key, of) in machine.iter(text):
            for name in of:
                found.setdefault(name, []).append((end - length, key))
        return found

    return scan


def _find_scanner(held: dict[str, tuple[str, ...]]) -> KeyScanner:
    """The same scanner by `str.find`, a loop for each key (where pyahocorasick is missing)."""

    def scan(text: str) -> dict[str, list[tuple[int, str]]]:
        found: dict[str, list[tuple[int, str]]] = {}
        for key, of in held.items():
            at = text.find(key)
            while at >= 0:
                for name in of:
                    found.setdefault(name, []).append((at, key))
                at = text.find(key, at + 1)
        return found

    return scan


# What cuts an ASCII text into its words as the standard library's \w has them: every ASCII
# character that is no word character, made a space (`bytes.split` then gives the words).
_NOT_WORD: bytes = bytes(c for c in range(128) if not re.fullmatch(r"\w", chr(c)))
NOT_WORD_TO_SPACE: bytes = bytes.maketrans(_NOT_WORD, b" " * len(_NOT_WORD))


def ascii_words(text: str) -> list[bytes]:
    """The words of an ASCII text as \\w has them, cut out of its bytes at once (a fraction of
    the cost of a pattern or a substring search for each word looked for)."""
    return text.encode("ascii").translate(NOT_WORD_TO_SPACE).split()


def ascii_word_set(words: Iterable[str]) -> frozenset[bytes] | None:
    """`words` as bytes, for a test against `ascii_words`, when each is a run of ASCII word
    characters: a pattern's whole-word match of one of them is then one of a text's
    `ascii_words`. None when one holds another character (the caller's pattern decides)."""
    words = tuple(words)
    if not all(w.isascii() and re.fullmatch(r"\w+", w) for w in words):
        return None
    return frozenset(w.encode("ascii") for w in words)
