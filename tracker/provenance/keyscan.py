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

from collections.abc import Callable

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
