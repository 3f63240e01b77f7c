"""A count that each item of a list has: one figure per item.

"around 7,000 each through the Bab al-Hawa and Jarablus crossings" is two figures of 7,000,
one per crossing; "two each in Kherson and Odesa" two figures of 2; "Kenya and Uganda host
300,000 refugees each" two figures of 300,000, one per host. A count is shared so when a
distributive word ("each", "apiece") follows it or its noun, and its clause lists two or more
named items joined by commas and "and" (lexicon/words.csv "distributive words", "list
joins"): after the word and a preposition ("each in A and B"), or before the count, in its
clause, with no comma between ("A and B host 300,000 refugees each").

The items are the places the place finder names there (`tracker.provenance.places`
`sentence_places`), and the capitalised names between them that it does not know (a named
group, "Hamas and Hezbollah", or a crossing, "the Bab al-Salam crossing"; not the names of
days and months): the engine gives each figure its item's place (tracker.extraction.engine).
A count whose list is no list of names ("families with three children each", "the 12 victims
received 500 dollars each") is one figure, or none, as before.
"""

from __future__ import annotations

from typing import NamedTuple

import regex as re

from .. import lexicon
from ..provenance import places
from ..provenance.dates import MONTHS, WEEKDAYS
from .text import START_LENGTH, may_hold, may_start_with
from .text import alternation as _words

# White space, one line break at most: a list wraps at the end of a line, a blank line ends it.
_S = r"(?:[^\S\n]*\n[^\S\n]*|[^\S\n]+)"
_EACH = _words("distributive words")
_PREPOSITIONS = _words("distributive prepositions")
_JOINS = _words("list joins")

# A distributive word right after a count or its noun, then either a preposition ("each
# in", "apiece through the") or the end of the clause (a mark, or the sentence's end).
EACH_AFTER = re.compile(
    rf"{_S}(?:{_EACH})\b(?:(?P<prep>{_S}(?:{_PREPOSITIONS}){_S}(?:the{_S})?)|(?={_S}?(?:[,.;:)]|\Z)))",
    re.IGNORECASE,
)
# What every EACH_AFTER match starts with past its white space, lower case: a distributive
# word. Where the words after a count start with none, the pattern is not tried (most counts:
# `may_start_with`, a few hundred instructions, against a few thousand for a call of it).
EACH_STARTS: tuple[str, ...] = tuple(w.lower()[:START_LENGTH] for w in lexicon.word_list("distributive words"))
# Between two items of a list: ", ", " and ", ", and " (", the", " and the").
JOIN = re.compile(rf"(?:{_S}?,{_S}?(?:(?:{_JOINS}){_S})?|{_S}(?:{_JOINS}){_S})(?:the{_S})?")
JOIN_WORD = re.compile(rf"\b(?:{_JOINS})(?![\p{{L}}])|&", re.IGNORECASE)
# A capitalised name: words with their capital, and the short lower-case particles glued to
# one ("Bab al-Salam", "Tal Abiad"; a line may break after the particle's hyphen).
NAME = re.compile(rf"\p{{Lu}}[\p{{L}}\p{{M}}'’-]*(?:{_S}(?:\p{{Ll}}{{1,3}}-\n?)?\p{{Lu}}[\p{{L}}\p{{M}}'’-]*)*")
# Names of time, which are neither places nor groups: "15 people each on Monday and Tuesday".
TIME_NAMES: frozenset[str] = frozenset(MONTHS) | frozenset(WEEKDAYS)
# Between the list before a count and the count: a few words of its clause ("host", "have
# each lost"), with no mark or number that would end the clause or hold another count.
CLAUSE_GAP = re.compile(rf"{_S}[^,;:()\[\]\d]{{1,60}}?{_S}\Z")
# How far after the distributive word the list is read (a list of a dozen names).
LIST_REACH = 240


class Item(NamedTuple):
    """One item of a list that each has the count: text[start:end], and the place it names
    (None for a name the place finder does not know)."""

    start: int
    end: int
    place: places.Place | None


def _named(text: str, start: int, end: int) -> list[Item]:
    """The places and capitalised names in text[start:end], left to right, without overlaps.
    A name that holds a place past its first word is one item, of no place ("Bab al-Salam",
    where a place finder may read "Salam")."""
    found = [Item(m.start, m.end, m.place) for m in places.sentence_places(text, start, end) if m.of_a_scene]
    for m in NAME.finditer(text, start, end):
        if m.group() in TIME_NAMES:
            continue  # "15 each on Monday and Tuesday": days, no places or groups
        inside = [i for i in found if i.start < m.end() and m.start() < i.end]
        if not inside:
            found.append(Item(m.start(), m.end(), None))
        elif all(m.start() < i.start and i.end <= m.end() for i in inside):
            found = [i for i in found if i not in inside] + [Item(m.start(), m.end(), None)]
    found.sort(key=lambda i: i.start)
    return found


def _chains(text: str, named: list[Item]) -> list[list[Item]]:
    """The named items grouped into lists: consecutive items with only a join between."""
    chains: list[list[Item]] = []
    for item in named:
        if chains and JOIN.fullmatch(text, chains[-1][-1].end, item.start) is not None:
            chains[-1].append(item)
        else:
            chains.append([item])
    return [_ended(text, chain) for chain in chains]


def _ended(text: str, chain: list[Item]) -> list[Item]:
    """A list ends at the item after its last join word: "Kherson, Mykolaiv and Odesa", not
    the name after a comma past it ("Kherson and Odesa, Ukrainian officials said")."""
    for i in range(len(chain) - 1, 0, -1):
        if JOIN_WORD.search(text, chain[i - 1].end, chain[i].start) is not None:
            return chain[: i + 1]
    return chain[:1]


def shared_by(text: str, q_start: int, q_end: int, noun_end: int, s_start: int, s_end: int) -> tuple[Item, ...]:
    """The items of the list that each have the count text[q_start:q_end] (its noun ending at
    `noun_end`) in the sentence text[s_start:s_end]; () when the count is no such count."""
    if not may_hold(text, q_end, s_end, EACH_STARTS):
        return ()  # (most counts: no "each" in the rest of the sentence, and EACH_AFTER is not tried)
    each = EACH_AFTER.match(text, q_end, s_end) if may_start_with(text, q_end, s_end, EACH_STARTS) else None
    if each is None and noun_end > q_end and may_start_with(text, noun_end, s_end, EACH_STARTS):
        each = EACH_AFTER.match(text, noun_end, s_end)
    if each is None:
        return ()
    if each.group("prep") is not None:  # "each in A and B": the list right after
        at = each.end()
        chains = _chains(text, _named(text, at, min(s_end, at + LIST_REACH)))
        first = chains[0] if chains else []
        return tuple(first) if len(first) >= 2 and first[0].start == at else ()
    for chain in reversed(_chains(text, _named(text, s_start, q_start))):
        if chain[-1].end <= q_start:
            if len(chain) >= 2 and CLAUSE_GAP.fullmatch(text, chain[-1].end, q_start) is not None:
                return tuple(chain)
            return ()  # the names nearest before the count are no list of its clause
    return ()


def shares(text: str, q_start: int, q_end: int, s_end: int) -> bool:
    """The count text[q_start:q_end] is followed by "each" and a preposition before a list of
    two or more named items ("two each in Kherson and Odesa"): a count of each, whatever its noun."""
    return bool(shared_by(text, q_start, q_end, q_end, q_start, s_end))  # () unless two items or more
