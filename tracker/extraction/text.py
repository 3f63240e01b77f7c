"""Turning vocabulary tables into regex alternations, the one way every module does it."""

from __future__ import annotations

import re as _re
from collections.abc import Iterable

import regex as re

from .. import lexicon
from ..provenance.keyscan import automaton_of


def phrases(words: Iterable[str]) -> str:
    """An alternation of literal phrases, longest first (so "more than" is tried before
    "more"), with any run of white space allowed where a phrase has a space."""
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(set(words), key=len, reverse=True))


def spaced_phrases(words: Iterable[str]) -> str:
    """`phrases` with exactly one space where a phrase has one: a pattern built of them has
    matches of a known length, so a substring test over that reach can gate it exactly."""
    return "|".join(re.escape(w).replace(r"\ ", "[ ]") for w in sorted(set(words), key=len, reverse=True))


def phrase_tree(words: Iterable[str], *, backwards: bool = False, fold: bool = False, cased: bool = False) -> str:
    """`phrases` as a tree of the characters the words share ("united\\s+(?:nations|states)"),
    or of their ends with `backwards` (for a pattern matched backwards, `regex.REVERSE`), any
    run of white space where a word has a space. A plain alternation tries its words one
    after another where each fails (some hundred number words, some 600 aliases: about a
    microsecond each time a pattern reads one); the tree, a character at a time. It finds
    what `phrases` finds, in the same order: the words that match at one place each match a
    piece of the text that the longer ones go on from, so the tree, which tries where a word
    goes on before where it ends, tries them longest first, as `phrases` does.

    That holds where no two different characters of a node match one character of the text:
    in a pattern that matches in the case written (`cased`), or in a case-blind one whose
    words are lower-case ASCII with single spaces (a tab would be matched by \\s+ too), or
    whose ASCII letters `fold` lowers ("UNHCR" and "Unhcr" share theirs). Other words are
    given as `phrases`."""
    words = set(words)
    if not (cased or fold) and not all(w.isascii() and w == w.lower() and _SINGLE_SPACES.fullmatch(w) for w in words):
        return phrases(words)
    root: dict[str, dict] = {}
    for word in words:
        steps = [_WHITE_SPACE if ch == " " else (ch.lower() if fold and ch.isascii() else ch) for ch in word]
        node = root
        for step in reversed(steps) if backwards else steps:
            node = node.setdefault(step, {})
        node[_WORD_ENDS] = {}
    return _tree_branches(root, backwards)


_SINGLE_SPACES = _re.compile(r"(?:[^\s]| (?! ))*")  # white space only as single spaces (`phrase_tree`)
# A node of `phrase_tree`'s tree: the next character of the words through it (or _WHITE_SPACE
# for a space, or _WORD_ENDS where a word ends) -> the node after it.
_WHITE_SPACE: str = r"\s+"
_WORD_ENDS: str = ""


def _tree_branches(node: dict[str, dict], backwards: bool) -> str:
    """The pattern of a node of `phrase_tree`'s tree: each character on, then where a word ends."""
    branches = []
    for step, child in sorted(node.items()):
        if step != _WORD_ENDS:
            literal = step if step == _WHITE_SPACE else re.escape(step)
            rest = _tree_branches(child, backwards)
            branches.append(rest + literal if backwards else literal + rest)
    if _WORD_ENDS in node:
        branches.append("")  # (last: a word that goes on is tried first)
    if len(branches) == 1 and _WORD_ENDS not in node:
        return branches[0]
    return "(?:" + "|".join(branches) + ")" if branches else ""


def alternation_tree(*list_names: str, file: str = "words") -> str:
    """`alternation` as a `phrase_tree`, for a pattern read forwards."""
    return phrase_tree(w for name in list_names for w in lexicon.word_list(name, file))


def alternation(*list_names: str, file: str = "words") -> str:
    """`phrases` of the words of one or more lists of the lexicon (words.csv, or another
    `list,word` file): a pattern's vocabulary, read from the lexicon at import."""
    return phrases(w for name in list_names for w in lexicon.word_list(name, file))


def starts(words: Iterable[str]) -> str:
    """A pattern, for the standard library's `re`, of a place where one of the literal
    `words` starts, their alternation as a tree of shared starts ("kill", "kin" ->
    "ki(?:ll|n)"): a plain alternation is tried one word after another at every place, the
    tree a letter at a time. Where a word ends, the longer words it starts are left out
    ("kill", "killed" -> "kill"): a match is the shortest word, and the caller reads on."""
    tree: dict[str, dict] = {}
    for word in words:
        node = tree
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}
    return _tree_pattern(tree)


def _tree_pattern(node: dict[str, dict]) -> str:
    if "" in node:
        return ""
    branches = [_re.escape(ch) + _tree_pattern(child) for ch, child in sorted(node.items())]
    return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"


def lowered(text: str) -> str:
    """text.lower() with the same length as text, so offsets hold in both: the few
    characters that grow when lowered ("İ") are kept as they are."""
    lower = str_lower(text)
    if len(lower) != len(text):
        lower = "".join(c if len(c.lower()) != 1 else c.lower() for c in text)
    return lower


def str_lower(text: str) -> str:
    """text.lower(), exactly. A text whose characters beyond ASCII have no case (curly quotes,
    dashes: most news that is not ASCII) is lowered as its UTF-8 bytes, which lowers only
    A-Z: str.lower() looks each character of such a text up in the Unicode tables, and every
    document is lowered (about a third of the cost; tests/test_text.py checks both ways agree)."""
    if not text.isascii():
        data = text.encode("utf-8", "surrogatepass")
        beyond = _beyond_ascii(text, data)
        if beyond.lower() == beyond:
            return data.lower().decode("utf-8", "surrogatepass")
    return text.lower()


def beyond_ascii(text: str) -> str:
    """The characters of `text` beyond ASCII, in order ("" for an ASCII text). Those of the
    last few texts asked are kept: the engine lowers each document (`str_lower` finds them
    then), and places' capitalised-word scan reads them again (which of them are letters),
    where a search of the document for them cost some 40,000 instructions."""
    return "" if text.isascii() else _beyond_ascii(text, None)


def _beyond_ascii(text: str, data: bytes | None) -> str:
    """`beyond_ascii` of a text that is not ASCII, from its UTF-8 bytes `data` when the caller has them."""
    # (keyed by the text's identity, as `_AUTOMATA` is: hashing each piece `str_lower` lowers,
    # to look it up, cost some 13,000 instructions an article)
    entry = _BEYOND_ASCII_OF.get(id(text))
    if entry is not None and entry[0] is text:
        return entry[1]
    if data is None:
        data = text.encode("utf-8", "surrogatepass")
    beyond = data.translate(None, _ASCII_BYTES).decode("utf-8", "surrogatepass")
    if len(_BEYOND_ASCII_OF) >= _BEYOND_ASCII_TEXTS:
        _BEYOND_ASCII_OF.clear()  # (one call, which threads reading it at once cannot break)
    _BEYOND_ASCII_OF[id(text)] = (text, beyond)
    return beyond


_ASCII_BYTES = bytes(range(128))
# The characters beyond ASCII of the last few texts that are not ASCII (see `beyond_ascii`),
# by the text's identity: each entry holds its text, so its identity is never another's. All
# are let go at once when one more comes.
_BEYOND_ASCII_OF: dict[int, tuple[str, str]] = {}
_BEYOND_ASCII_TEXTS: int = 8


def last_words(phrase_list: Iterable[str]) -> tuple[str, ...]:
    """The lower-case last word of each phrase: what `may_end_with` looks for."""
    return tuple(sorted({p.split()[-1].lower() for p in phrase_list}))


def may_end_with(
    text: str, end: int, lo: int, suffixes: tuple[str, ...], skip: str = "", words: tuple[str, ...] = ()
) -> bool:
    """A cheap test before a backwards pattern: False only when text[lo:end], without its
    trailing white space (and `skip` characters), ends in a run of letters that ends with
    none of `suffixes` and is none of `words` (all lower-case). A non-letter there, or
    nothing, answers True: the pattern decides."""
    piece = text[lo:end].rstrip()
    while skip and piece and piece[-1] in skip:
        piece = piece[:-1].rstrip()
    if not piece or not piece[-1].isalpha():
        return True
    lower = piece.lower()
    # (an empty tuple is not asked: a call of `endswith` parses its arguments, some 600 instructions)
    if not (suffixes and lower.endswith(suffixes)) and not (words and lower.endswith(words)):
        # the stretch ends with none of them, so its last run of letters neither ends with
        # one nor is one: told without cutting that run out (most stretches, at a third of the cost)
        return False
    run = piece.rsplit(None, 1)[-1]
    if not run.isalpha():  # "forcedmore", "US$-Rs": only the letters at its end
        k = len(run)
        while k > 0 and run[k - 1].isalpha():
            k -= 1
        run = run[k:]
    run = run.lower()
    return run in words or (bool(suffixes) and run.endswith(suffixes))


def holds_any(piece: str, keys: tuple[str, ...]) -> bool:
    """Some of `keys` stands in `piece` (a loop of `in` tests: about half the cost of
    `any(map(piece.__contains__, keys))` on a few keys, whose iterator and bound method are
    built at each call; no `find`, which parses its arguments at each call)."""
    for key in keys:
        if key in piece:
            return True
    return False


def may_end_in_a_capitalised_word(piece: str, spaces: str | None = None) -> bool:
    """Whether `piece` may end in a word opening with a capital, then white space (`spaces`,
    or any): not where no such space ends it, nor where its last word (from its last space)
    is ASCII in lower case, which holds no capital at all. A test of a few C calls before a
    pattern that reads a capitalised word back from a name ("the Kenya Red Cross", "from
    Mosul"), whose call costs some 5,000 instructions to fail after "the", "from", "western"."""
    word = piece.rstrip(spaces)
    if len(word) == len(piece):
        return False
    word = word.rpartition(" ")[2]
    return not (word.isascii() and word.islower())


def may_hold(text: str, start: int, end: int, words: tuple[str, ...], lowered: bool = False) -> bool:
    """A cheap test before a case-insensitive pattern every match of which inside
    text[start:end] holds one of `words` (lower-case ASCII): False only when that piece is
    ASCII and holds none of them. A piece with other characters answers True, and the
    pattern decides ("ſ" and "İ" match "s" and "i" in such a pattern, and lower to no ASCII).
    `lowered`: `text` is a text lowered (`lowered`), read as it is, not lowered again (its
    only character beyond ASCII that lowers into it, the Kelvin sign's "k", is what such a
    pattern matches there too: a piece that holds a match holds its word)."""
    if 0 <= end <= start:
        return "" in words  # an empty stretch holds no word (asked often: before a sentence's first count)
    piece = text[start:end] if lowered else text[start:end].lower()
    if not piece.isascii():
        return True
    if len(words) >= LONG_KEYS:  # (one C pass over the piece for all the words)
        # (keyed by the tuple's identity: hashing a tuple of 29 words again at each call cost
        # more than the lookup; the entry holds the tuple, so its identity is never another's)
        entry = _AUTOMATA.get(id(words))
        machine = entry[1] if entry is not None and entry[0] is words else _automaton_of(words)
        if machine is not None:
            return next(machine.iter(piece), None) is not None
    for word in words:  # a loop, not any() over a generator: this runs at every number
        if word in piece:
            return True
    return False


# From this many words on, `may_hold` looks for them all in one pass of an Aho-Corasick
# automaton (pyahocorasick), not with a substring test for each: the projection stems (29
# words), the border and hosting words are each asked of a stretch at most candidates, and
# their loop of `in` tests cost about three times the automaton's pass (a test is some 30 ns,
# the pass some 200 ns and a few a character on the stretches these read). Same answer: a
# word of them stands in the piece.
LONG_KEYS = 12
_AUTOMATA: dict = {}  # id of a tuple of words -> (the tuple, its automaton, or None: no pyahocorasick, or an empty word)


def _automaton_of(words: tuple[str, ...]):
    """The automaton of `words` (see `_automaton`), built once for each tuple."""
    entry = _AUTOMATA.get(id(words))
    if entry is None or entry[0] is not words:
        entry = _AUTOMATA[id(words)] = (words, _automaton(words))
    return entry[1]


def _automaton(words: tuple[str, ...]):
    """An automaton that finds every word of `words`, each with its length less one (None when
    pyahocorasick is missing, or a word is empty: every piece holds "", and the loop answers)."""
    return automaton_of({word: len(word) - 1 for word in words}) if all(words) else None


def may_start_with(text: str, pos: int, endpos: int, starts: tuple[str, ...]) -> bool:
    """A cheap test before a case-insensitive pattern anchored at `pos` whose every match,
    past its leading white space, starts with one of `starts` (lower-case ASCII, at most
    START_LENGTH characters: a first word, or its first characters): False only when the
    first START_LENGTH characters of text[pos:endpos] past white space are ASCII and start
    with none of them. A call of the `regex` module costs a few thousand instructions however
    soon it fails; this, a few hundred. (str.lstrip() strips all the white space \\s matches.)
    A start longer than a character passes over more: "or" lets "of" and "on" by, "o" did not."""
    head = text[pos:endpos].lstrip()[:START_LENGTH]
    if not head:
        return True  # the pattern decides
    return not head.isascii() or head.lower().startswith(starts)


START_LENGTH = 8  # the longest start `may_start_with` reads


def first_words(phrase_list: Iterable[str]) -> tuple[str, ...]:
    """The lower-case first words of `phrase_list` that start with no other of them ("flee",
    not "fleeing"), sorted: every place one of the phrases starts, one of these starts
    (`word_starts` finds them)."""
    firsts = {p.split()[0].lower() for p in phrase_list}
    return tuple(sorted(w for w in firsts if not any(o != w and w.startswith(o) for o in firsts)))


def word_starts(lower: str, start: int, end: int, words: tuple[str, ...]) -> list[int]:
    """Every place in lower[start:end] where one of `words` starts (and ends by `end`), in
    order, once each: the only places a pattern all of whose matches start with one of them
    (as `first_words` gives them) can match in a lowered ASCII stretch, where a scan of the
    stretch tries every place (a call of the `regex` module that scans 1,000 characters
    costs some 150,000 instructions; a search for a word, a few hundred)."""
    if len(words) >= LONG_KEYS and (piece := lower[start:end]).isascii():
        # one C pass over the stretch for all the words, as in `may_hold` (on an ASCII piece:
        # the automaton counts a character beyond the Basic Multilingual Plane as two)
        machine = _automaton_of(words)
        if machine is not None:  # each found word's value is its length less one
            return sorted({start + last - back for last, back in machine.iter(piece)})
    found: set[int] = set()
    for word in words:
        at = lower.find(word, start, end)
        while at >= 0:
            found.add(at)
            at = lower.find(word, at + 1, end)
    return sorted(found)


def literal_keys(words: Iterable[str]) -> tuple[str, ...]:
    """The words for `may_hold`, lower case, without those that hold another (a piece that
    holds "feared" holds "fear"), sorted; ("",), which every piece holds, when one is not
    ASCII (a pattern's "ſ" matches an ASCII "s": the pattern must decide)."""
    keys = {w.lower() for w in words}
    if not all(k.isascii() for k in keys):
        return ("",)
    return tuple(sorted(k for k in keys if not any(o != k and o in k for o in keys)))


def covering_words(phrase_list: Iterable[str], shortest: int = 4) -> tuple[str, ...]:
    """Lower-case words one of which every phrase holds (in it lowered), sorted: the keys of a
    substring test before a pattern of the phrases, as few and as rare as the phrases allow.
    Chosen greedily: the word the most phrases not yet covered hold first, then the longer;
    a word shorter than `shortest` letters only for phrases with no other ("world" covers
    "worldwide", "around the world" and "the world over": one key, where each phrase's
    longest word gave "around" too, which a count's own wording often holds)."""
    left = {p.lower() for p in phrase_list}
    keys = []
    while left:
        words = {w for p in left for w in p.split() if len(w) >= shortest} or {max(p.split(), key=len) for p in left}
        best = max(sorted(words), key=lambda w: (sum(w in p for p in left), len(w)))
        keys.append(best)
        left = {p for p in left if best not in p}
    return tuple(sorted(keys))


def gap(a_start: int, a_end: int, b_start: int, b_end: int) -> int:
    """Characters between span a and span b, on whichever side b lies; negative when b
    starts before a ends and ends after a starts (they overlap)."""
    return b_start - a_end if b_start >= a_end else a_start - b_end
