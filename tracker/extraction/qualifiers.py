"""Qualifiers: the words that say whether a number is exact, a bound or an estimate.

The table follows the decisions in docs/design.md: "more than" is a lower bound, "nearly" an upper bound,
"about" an approximation; when "an estimated" meets "more than", the bound wins.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

import regex as re

from .. import lexicon

from .text import START_LENGTH, last_words, may_end_with, may_start_with
from .text import alternation as _words
from .text import phrases as _phrases

# qualifier -> phrases written before a number (lexicon/qualifiers.csv)
BEFORE: dict[str, tuple[str, ...]] = {
    q: lexicon.column("qualifiers", "phrase", qualifier=q, position="before") for q in ("at_least", "at_most", "approx")
}
# qualifier -> phrases written after a number ("500 or more")
AFTER: dict[str, tuple[str, ...]] = {
    q: lexicon.column("qualifiers", "phrase", qualifier=q, position="after") for q in ("at_least", "approx")
}
# Words that mark a new, separate group: "another 15,000", "a further 300" (never merged).
ADDITIVE: tuple[str, ...] = lexicon.column("qualifiers", "phrase", qualifier="additive")
# Verbs of a count that changed over time (lexicon/change_verbs.csv). "rose from 20,000 to
# 50,000" gives the count then and the count now, never a range: the later count is the
# figure, the earlier one ("from 20,000") is an older count with no date of its own and no
# figure (tracker.extraction.rules drops it); "rose by 5,000 to 50,000" gives the change,
# then the count.
CHANGE_VERBS: tuple[str, ...] = lexicon.column("change_verbs", "verb", kind="change")


# Slips of the keyboard a bound survives (see `slips`): phrases of two words or more this
# long or longer, and single words this long or longer, with one letter left out, added,
# changed or two swapped, or a space lost ("at lest", "more then", "atleast",
# "approximatly"). Shorter ones ("over", "some", "nearly", "topping") have too many real
# words one slip away ("ever", "come", "nearby", "tipping").
SLIP_MIN_LENGTH = 7
SLIP_MIN_WORD_LENGTH = 9
# Real phrases one slip away from a qualifier, never read as one: "at last 300 families
# returned" (finally), "the border was closed to 500 refugees", "rations just cover 500".
NOT_SLIPS: frozenset[str] = lexicon.word_set("not slips")


def _doubled(phrases_: tuple[str, ...]) -> str:
    """An alternation of `phrases_`, in their order, where any word may stand twice ("more
    than than 500", a doubled word of hasty copy), any white space between words; none
    matches nothing. A phrase that ends a longer one of another bound does not match inside
    it ("more than" in "no more than": see `_openers`)."""
    def one(phrase: str) -> str:
        # the first of two copies begins a word: "that at least" holds no doubled "at"
        words = r"\s+".join(rf"(?:\b{re.escape(w)}\s+)?{re.escape(w)}" for w in phrase.split())
        openers = _openers(phrase.lower())
        return rf"(?<!\b(?:{'|'.join(re.escape(o) for o in openers)})\s+){words}" if openers else words

    return "|".join(one(p) for p in phrases_) or "(?!)"


def _openers(phrase: str) -> tuple[str, ...]:
    """The words that make `phrase` the end of a longer phrase of another bound: "no" and
    "not" before "more than" (at most), "no" before "fewer than" (at least)."""
    bound = next(q for q, ps in BEFORE.items() if phrase in (p.lower() for p in ps))
    return tuple(sorted({
        p.lower()[: -len(phrase)].strip() for q, ps in BEFORE.items() if q != bound for p in ps
        if p.lower().endswith(" " + phrase)
    }))


# The phrases before a number of each bound, longest first (so "at least" is tried before
# "least"): the order of their alternation in QUALIFIER_BEFORE and in its parts (`_before_part`).
BEFORE_LONGEST_FIRST: dict[str, tuple[str, ...]] = {
    q: tuple(sorted(set(phrases_), key=len, reverse=True)) for q, phrases_ in BEFORE.items()
}


def _before_pattern(phrases_: dict[str, tuple[str, ...]]) -> re.Pattern:
    """The backwards pattern of the bounds' phrases `phrases_` (bound -> phrases, in order).
    Qualifier phrases end right before the number; white space may be missing in damaged
    feeds ("forcedmore than 1,000", "Around1.6 million"), so there is no left word boundary."""
    return re.compile(
        rf"""
        (?: (?P<estimated> \b (?:an\s+)? estimated ) \s+ )?   # "an estimated more than": the bound wins
        (?:
            (?P<at_least> {_doubled(phrases_["at_least"])} )
          | (?P<at_most>  {_doubled(phrases_["at_most"])} )
          | (?P<approx>   {_doubled(phrases_["approx"])} )
        )
        \s* \Z
        """,
        re.VERBOSE | re.IGNORECASE | re.REVERSE,  # searched backwards from the number: fast
    )


QUALIFIER_BEFORE = _before_pattern(BEFORE_LONGEST_FIRST)

QUALIFIER_AFTER = re.compile(
    rf"""
    (?: - | \s* )                                   # "1,600-plus", "1,600-odd"
    (?:
        (?P<at_least> {_phrases(AFTER["at_least"])} )
      | (?P<approx>   {_phrases(AFTER["approx"])} )
    )
    (?! \w )
    """,
    re.VERBOSE | re.IGNORECASE,
)

ADDITIVE_BEFORE = re.compile(rf"\b(?:{_phrases(ADDITIVE)})\s*\Z", re.IGNORECASE | re.REVERSE)
# Verbs that move a count their object names: "raising the toll from 134 to 160",
# "revised the number of dead from 89 to 43", "bringing the death toll from" (change_verbs.csv
# kind "set", and words.csv running total verbs), and the counters they move ("toll",
# "number", "estimate": running total nouns).
MOVERS: tuple[str, ...] = (*CHANGE_VERBS, *lexicon.column("change_verbs", "verb", kind="set"), *lexicon.word_list("running total verbs"))
COUNTERS: str = _words("running total nouns")
# "rose from" / "climbed by" right before a number (and its qualifier), or a verb and the
# counter it moves: "raising the toll from 134 to 160", "increased its estimate of the
# displaced from 20,000 to 45,000".
CHANGE_BEFORE = re.compile(
    rf"""\b(?:{_phrases(CHANGE_VERBS)}) \s+ (?P<preposition> from | by ) \s* \Z
    | \b(?:{_phrases(MOVERS)}) \s+ (?:(?:the|its|their|his|her|our|an?) \s+)? (?:[\w'’-]+ \s+){{0,2}}?
      (?:{COUNTERS})s? (?: \s+ of (?: \s+ [\w'’-]+){{1,3}}? )? \s+ (?P<preposition> from | by ) \s* \Z""",
    re.IGNORECASE | re.VERBOSE | re.REVERSE,  # searched backwards from the number: fast
)
CHANGE_REACH = 90  # characters before a number its verb of change stands within

# (name, number) of the groups of the bounds: the `regex` module reads a group by its number
# at once, by its name only after failing to read the name as a number (an error raised and
# cleared, about six times the cost).
# (QUALIFIER_BEFORE's parts, `_before_part`, number their groups the same way.)
_BEFORE_GROUPS = tuple((name, QUALIFIER_BEFORE.groupindex[name]) for name in ("at_least", "at_most", "approx"))
_AFTER_GROUPS = tuple((name, QUALIFIER_AFTER.groupindex[name]) for name in ("at_least", "approx"))
_PREPOSITION = CHANGE_BEFORE.groupindex["preposition"]

# The first words of the phrases after a number ("or more", "+", "plus"): `may_start_with`.
AFTER_STARTS: tuple[str, ...] = tuple(sorted({p.split()[0].lower()[:START_LENGTH] for phrases_ in AFTER.values() for p in phrases_}))

# Qualifiers that must begin a word: inside a longer word they are none ("handsome 5",
# "turnover 5", "stopped 20 km", "disapproached"), where a glued "more than" of a damaged
# feed ("forcedmore than 1,000") still is one.
WORD_START_ONLY: tuple[str, ...] = lexicon.word_list("word-start qualifiers")

# How far back a qualifier may start (characters).
LOOKBACK = 40

# The words those phrases end with: a number after any other word has no qualifier before
# it, and the backwards patterns are not tried.
BEFORE_ENDINGS: tuple[str, ...] = last_words(p for phrases in BEFORE.values() for p in phrases)
ADDITIVE_ENDINGS: tuple[str, ...] = last_words(ADDITIVE)
CHANGE_ENDINGS: tuple[str, ...] = ("by", "from")
# Verbs whose preposition "about" is no qualifier after them (words.csv about verbs).
ABOUT_VERBS: frozenset[str] = lexicon.word_set("about verbs")
_WORD_BEFORE = re.compile(r"\b(\p{L}+)\s+\Z", re.REVERSE)


def slips(phrase: str) -> set[str]:
    """Every way to write `phrase` with one slip after its first letter: a letter left out,
    added, changed, two letters swapped, or a space lost."""
    letters = "abcdefghijklmnopqrstuvwxyz"
    out: set[str] = set()
    for i in range(1, len(phrase) + 1):
        head, tail = phrase[:i], phrase[i:]
        out.update(head + c + tail for c in letters)  # added
        if tail:
            out.add(head + tail[1:])  # left out (a space too: "atleast")
            if tail[0] != " ":
                out.update(head + c + tail[1:] for c in letters)  # changed
            if len(tail) > 1:
                out.add(head + tail[1] + tail[0] + tail[2:])  # swapped
    return out


@dataclass(frozen=True, slots=True)
class SlipTable:
    """Every slipped qualifier phrase (about 20,000 of them, some 20 ms to make): what
    `slipped` answers without making it, made whole for the tests and for reading."""

    phrases: dict[str, str]  # slipped phrase -> its qualifier
    words: int  # the most words a slipped phrase has


def slip_table() -> SlipTable:
    table: dict[str, str] = {}
    exact = {p for phrases_ in BEFORE.values() for p in phrases_}
    for name, phrases_ in BEFORE.items():
        for phrase in phrases_:
            if len(phrase) >= (SLIP_MIN_LENGTH if " " in phrase else SLIP_MIN_WORD_LENGTH):
                for slip in slips(phrase):
                    table.setdefault(slip, name)
    phrases = {k: v for k, v in table.items() if k not in exact and k not in NOT_SLIPS and not k.endswith(" ")}
    return SlipTable(phrases=phrases, words=max(len(k.split()) for k in phrases))


# The phrases that survive a slip, in the order of BEFORE (a slip of two phrases is the
# first one's), with their qualifiers: (phrase, qualifier).
_SLIPPED_PHRASES: tuple[tuple[str, str], ...] = tuple(
    (phrase, name)
    for name, phrases_ in BEFORE.items()
    for phrase in phrases_
    if len(phrase) >= (SLIP_MIN_LENGTH if " " in phrase else SLIP_MIN_WORD_LENGTH)
)
_EXACT_PHRASES: frozenset[str] = frozenset(p for phrases_ in BEFORE.values() for p in phrases_)
# The most words a slipped phrase has: a slip never makes more words than its phrase has (it
# adds, changes or swaps letters, or leaves out one character).
SLIP_WORDS: int = max((len(phrase.split()) for phrase, _ in _SLIPPED_PHRASES), default=1)


def _phrases_by_start() -> dict[tuple[str, int], tuple[tuple[str, str], ...]]:
    """(first letter, length) -> the (phrase, qualifier) of _SLIPPED_PHRASES whose slips may
    start so and be that long, in their order: a slip keeps its phrase's first letter and is
    one character longer or shorter at most."""
    out: dict[tuple[str, int], list[tuple[str, str]]] = {}
    for phrase, name in _SLIPPED_PHRASES:
        for length in (len(phrase) - 1, len(phrase), len(phrase) + 1):
            out.setdefault((phrase[0], length), []).append((phrase, name))
    return {key: tuple(found) for key, found in out.items()}


_PHRASES_BY_START = _phrases_by_start()


_LETTERS = "abcdefghijklmnopqrstuvwxyz"  # what `slips` adds or changes a character to


def is_slip(phrase: str, words: str) -> bool:
    """`words in slips(phrase)`, told from the two strings without making the slips: where
    they agree from the start (`i` characters) and from the end (`j`) says where the one slip
    may stand, and only those places are tried."""
    lp, lw = len(phrase), len(words)
    if abs(lp - lw) > 1:
        return False
    i = 0
    while i < lp and i < lw and phrase[i] == words[i]:
        i += 1
    j = 0
    while j < lp and j < lw and phrase[lp - 1 - j] == words[lw - 1 - j]:
        j += 1
    if lw == lp + 1:  # a letter added at k: words == phrase[:k] + c + phrase[k:]
        return any(words[k] in _LETTERS for k in range(max(1, lp - j), min(i, lp) + 1))
    if lw == lp - 1:  # the character at k left out
        return max(1, lw - j) <= min(i, lp - 1)
    for k in range(max(1, lp - 1 - j), min(i, lp - 1) + 1):  # the character at k changed to a letter
        if phrase[k] != " " and words[k] in _LETTERS:
            return True
    for k in range(max(1, lp - 2 - j), min(i, lp - 2) + 1):  # the characters at k and k + 1 swapped
        if words[k] == phrase[k + 1] and words[k + 1] == phrase[k] and words[k + 2 :] == phrase[k + 2 :]:
            return True
    return False


@functools.lru_cache(maxsize=4096)
def slipped(words: str) -> str | None:
    """The qualifier of `words` (lower case, one space between words) when they are a
    qualifier phrase written with one slip: slip_table().phrases.get(words), read without
    making the table (20 ms a process, and 2 MB): only the phrases of the same first letter
    and about the same length are asked, each by `is_slip`. A function of a few words, so
    cached: the last words before a count ("and", "fears that") come back again and again,
    and `is_slip` reads them a character at a time."""
    if not words or words in _EXACT_PHRASES or words in NOT_SLIPS or words.endswith(" "):
        return None
    for phrase, name in _PHRASES_BY_START.get((words[0], len(words)), ()):
        if is_slip(phrase, words):
            return name
    return None


# The phrases of one word, and the last words of the longer ones (lower case): a run that
# neither ends with one of the first nor is one of the second ends no phrase (`_may_end`).
_BEFORE_WORDS: tuple[str, ...] = tuple(sorted({p.lower() for ps in BEFORE.values() for p in ps if len(p.split()) == 1}))
_BEFORE_LAST_WORDS: frozenset[str] = frozenset(p.lower().split()[-1] for ps in BEFORE.values() for p in ps if len(p.split()) > 1)


def _may_end(phrase: str, run: str) -> bool:
    """The lower-case `phrase` may end a match of QUALIFIER_BEFORE at the end of `run`, the
    last run of characters other than white space before a number: a phrase of one word
    ends it (no left word boundary: "forcedsome"); the last word of a longer one is all of it
    (white space stands before it)."""
    words = phrase.split()
    return run.endswith(words[0]) if len(words) == 1 else run == words[-1]


# The phrases of each bound that may end at a run, in QUALIFIER_BEFORE's order (bound -> phrases).
Kept = tuple[tuple[str, tuple[str, ...]], ...]


@functools.lru_cache(maxsize=4096)
def _phrases_ending(run: str) -> Kept | None:
    """The phrases of each bound that may end at the end of the lower-case `run` (`_may_end`),
    whose pattern (`_before_part`: QUALIFIER_BEFORE with only these phrases, in the same order
    and with the same groups) finds the same match, for a small part of the cost (the whole
    alternation of some sixty phrases is tried at every number); None when none may. A
    function of a single word, so cached."""
    if run not in _BEFORE_LAST_WORDS and not run.endswith(_BEFORE_WORDS):
        return None  # most runs end no phrase: told at once, not phrase by phrase
    kept = {q: tuple(p for p in phrases_ if _may_end(p.lower(), run)) for q, phrases_ in BEFORE_LONGEST_FIRST.items()}
    if not any(kept.values()):
        return None
    return tuple(kept.items())


@functools.lru_cache(maxsize=256)
def _before_part(kept: Kept) -> re.Pattern:
    """`_before_pattern` of these phrases, compiled once for every word that keeps them."""
    return _before_pattern(dict(kept))


@functools.lru_cache(maxsize=256)
def _words_before_last(kept: Kept) -> tuple[tuple[str, ...], frozenset[str]] | None:
    """What the run before the last word of one of these phrases may be: it ends with the
    phrase's last word but one (the first word has no left word boundary: "forcedup to"), or
    it is the last word, doubled ("up to to"); None when one of them is a single word, which
    reads nothing before it."""
    befores, lasts = [], set()
    for _, phrases_ in kept:
        for phrase in phrases_:
            words = phrase.lower().split()
            if len(words) == 1:
                return None
            befores.append(words[-2])
            lasts.add(words[-1])
    return tuple(befores), frozenset(lasts)


def search_before(text: str, lo: int, start: int) -> re.Match | None:
    """QUALIFIER_BEFORE.search(text, lo, start): in an ASCII stretch, only the phrases that may
    end at the end of its last run of characters are tried (`_phrases_ending`). (Elsewhere
    the whole pattern: "ſome" matches "some" case-insensitively, and lowers to no "some".
    str.split() splits at all the white space the pattern's "\\s" matches, and at four control
    characters more: a run it finds is never shorter than the last word a match ends with.)"""
    piece = text[lo:start]
    if not piece.isascii():
        return QUALIFIER_BEFORE.search(text, lo, start)
    return _search_ascii(text, lo, start, piece)


def _search_ascii(text: str, lo: int, start: int, piece: str) -> re.Match | None:
    """`search_before` of the ASCII stretch piece == text[lo:start]. A phrase of several words
    is searched for only where the run before the last one may end it (`_words_before_last`):
    "votes to 1,297" calls, and compiles in a process that never meets them, no pattern of
    "up to" or "close to". (str.split() splits at all the white space the pattern's "\\s"
    matches: the runs it finds end as the pattern's words do.)"""
    words = piece.rsplit(None, 2)
    if not words:
        return None  # only white space: no phrase
    kept = _phrases_ending(words[-1].lower())
    if kept is None:
        return None
    before = _words_before_last(kept)
    if before is not None:
        previous = words[-2].lower() if len(words) > 1 else ""
        if not previous.endswith(before[0]) and previous not in before[1]:
            return None
    return _before_part(kept).search(text, lo, start)


# A change verb whose last word opens a qualifier: "has gone up to 215" is a toll that rose to
# 215, not one of up to 215. Each such word (lower case) -> the verb's words before it, as a
# backwards pattern ending where the qualifier starts.
def _verb_tails() -> dict[str, re.Pattern]:
    heads: dict[str, list[str]] = {}
    for verb in CHANGE_VERBS:
        *first, last = verb.lower().split()
        if first:
            heads.setdefault(last, []).append(" ".join(first))
    return {last: re.compile(rf"\b(?:{_phrases(firsts)})\s+\Z", re.IGNORECASE | re.REVERSE) for last, firsts in heads.items()}


CHANGE_VERB_TAILS: dict[str, re.Pattern] = _verb_tails()


def _ends_a_change_verb(text: str, begin: int, phrase: str) -> bool:
    """The qualifier `phrase` found at `begin` opens with the last word of a change verb
    written before it ("gone up to", "shot up to")."""
    first = phrase.split(None, 1)[0].lower()
    tail = CHANGE_VERB_TAILS.get(first)
    return tail is not None and tail.search(text, begin - 30 if begin > 30 else 0, begin) is not None


def qualifier_before(text: str, start: int, floor: int = 0) -> tuple[str, int] | None:
    """The qualifier that ends at `start` and where it begins, not before `floor` (the
    sentence's start: a figure's wording stays inside its quote), or None."""
    lo = start - LOOKBACK if start - LOOKBACK > floor else floor
    piece = text[lo:start]
    if piece.isascii():
        # the last word's own test (`_phrases_ending`) is the whole of `may_end_with`'s here:
        # a run of letters that ends no phrase's last word ends no phrase
        m = _search_ascii(text, lo, start, piece)
    elif may_end_with(text, start, lo, BEFORE_ENDINGS):
        m = QUALIFIER_BEFORE.search(text, lo, start)
    else:
        m = None  # ("ſome": no "some" once lowered, no qualifier)
    if not m:
        return _slipped_before(text, start, lo, piece)  # "morethan": a slip ending as a qualifier does
    # "some" and "over" must begin a word: "handsome 5", "turnover 5" are not qualifiers.
    begin = m.start()
    if begin > 0 and text[begin - 1].isalpha() and m.group(0).lower().startswith(WORD_START_ONLY):
        return None
    if _ends_a_change_verb(text, begin, m.group(0)):
        return None
    if m.group(0).rstrip().lower() == "about" and (verb := _WORD_BEFORE.search(text, begin - 16 if begin > 16 else 0, begin)) and verb.group(1).lower() in ABOUT_VERBS:
        return None  # "We are talking about 67 321 displaced people": the verb's "about"
    for name, group in _BEFORE_GROUPS:
        if m.group(group):
            if name == "approx" and m.group(group).lower().endswith("estimated"):
                # "at least an estimated 5,000": the bound before the estimate wins
                outer = qualifier_before(text, begin, floor)
                if outer is not None and outer[0] != "approx":
                    return outer
            return name, begin
    return None


def _slipped_before(text: str, start: int, lo: int, piece: str) -> tuple[str, int] | None:
    """A qualifier written with one slip ("at lest 30", "more then 500") that ends at `start`
    (piece is text[lo:start])."""
    if not piece[-1:].isspace():
        return None
    words = piece.rsplit(None, SLIP_WORDS)
    if not words:
        return None
    # where each of the last words begins, last first
    begins: list[int] = []
    at = len(piece.rstrip())
    other_spaces = "\n" in piece or "\t" in piece or "\u00a0" in piece  # (most pieces: spaces only)
    for _ in range(min(len(words), SLIP_WORDS)):
        j = piece.rfind(" ", 0, at)
        if other_spaces:
            j = max(j, piece.rfind("\n", 0, at), piece.rfind("\t", 0, at), piece.rfind("\u00a0", 0, at))
        begins.append(j + 1)
        at = len(piece[: j + 1].rstrip()) if j >= 0 else 0
        if at == 0:
            break
    for begin in reversed(begins):  # the longest phrase first
        name = slipped(" ".join(piece[begin:].split()).lower())
        if name is None or (lo + begin > 0 and text[lo + begin - 1].isalpha()):
            continue
        return name, lo + begin
    return None


def qualifier_after(text: str, end: int, ceiling: int | None = None) -> tuple[str, int] | None:
    """The qualifier that follows a number ending at `end` ("or more"), and where it ends,
    not past `ceiling` (the sentence's end)."""
    limit = len(text) if ceiling is None else ceiling
    if end + 12 < limit:
        limit = end + 12
    if not (text.startswith("-", end) or may_start_with(text, end, limit, AFTER_STARTS)):
        return None  # most numbers: a noun or a verb follows
    m = QUALIFIER_AFTER.match(text, end, limit)
    if not m:
        return None
    for name, group in _AFTER_GROUPS:
        if m.group(group):
            return name, m.end()
    return None


def additive_start(text: str, start: int, floor: int = 0) -> int | None:
    """Where "another", "a further"... begins when the number is introduced as a separate,
    extra group ("another 130"), not before `floor`; None otherwise."""
    lo = start - 25 if start - 25 > floor else floor
    if not may_end_with(text, start, lo, ADDITIVE_ENDINGS):
        return None
    m = ADDITIVE_BEFORE.search(text, lo, start)
    return m.start() if m else None


def change_before(text: str, start: int) -> str | None:
    """ "from" when the number at `start` (its qualifier included) is the earlier count of a
    change ("rose from 20,000 to 50,000"), "by" when it is the change itself ("rose by 5,000
    to 50,000"); None otherwise."""
    lo = start - CHANGE_REACH if start > CHANGE_REACH else 0
    if not may_end_with(text, start, lo, (), words=CHANGE_ENDINGS):
        return None
    m = CHANGE_BEFORE.search(text, lo, start)
    return m.group(_PREPOSITION).lower() if m else None


# --- estimates said around a number ------------------------------------------------------
# A count a body gives as its estimate is approximate though no qualifier stands before it
# ("the UN estimates that ... 2.5 million people need aid", "according to initial estimates,
# 3.5 million need assistance", "884,000 people estimated to be in need", "7.7 MILLION –
# Estimated Number of People in Need"). The words are words.csv "estimate words".
_ESTIMATE = _words("estimate words")
ESTIMATE_THAT_BEFORE = re.compile(rf"\b(?i:{_ESTIMATE})\s+that\b")
ESTIMATES_CITED = re.compile(rf"\b(?i:according\s+to)\s+(?:[\p{{L}}'’.\-]+\s+){{0,4}}?(?i:{_ESTIMATE})\b")
ESTIMATED_AFTER = re.compile(
    rf"(?:\s+[\p{{L}}'’\-]+){{0,3}}?(?:\s+(?i:are|were|is|was|have\s+been|had\s+been))?\s+(?i:{_ESTIMATE})\s+(?:to|at)\b"
    rf"|\s*[–—-]\s*(?i:{_ESTIMATE})\b"
)
# An estimate set to the count: "raised that estimate to 300,000", "revised its estimate of
# the death toll to 670", "a higher estimate of 5,000".
ESTIMATE_BEFORE = re.compile(
    r"\b(?i:estimate)s?\b(?:\s+of\s+(?:the\s+)?[^\d;:()]{1,50}?)?\s+(?i:to|at|of)\s+\Z", re.REVERSE
)
ESTIMATE_REACH = 120  # characters before a count "estimates that" may stand
CLAUSE_MARKS = (";", "—", "\n\n")  # another clause or paragraph: the estimate is not its count's (a wrapped line is no break)
ESTIMATE_AFTER_REACH = 60  # characters after a count "estimated to" may end


def estimated(sentence: str, start: int, end: int) -> bool:
    """Whether the count at sentence[start:end] is given as an estimate by the words around
    it: "estimates that" before it in its sentence, "according to ... estimates" anywhere in
    it, or "estimated to" / "– Estimated" right after it."""
    if "stimat" not in sentence and "STIMAT" not in sentence:
        return False  # (the common case, without lowering the sentence)
    if (m := ESTIMATE_THAT_BEFORE.search(sentence, max(0, start - ESTIMATE_REACH), start)) is not None:
        if not any(mark in sentence[m.end() : start] for mark in CLAUSE_MARKS):
            return True  # (not across "; on the first anniversary he raised the death toll to 316,000")
    if ESTIMATES_CITED.search(sentence) is not None:
        return True
    if ESTIMATE_BEFORE.search(sentence, max(0, start - ESTIMATE_REACH), start) is not None:
        return True  # "he raised that estimate to 300,000"
    return ESTIMATED_AFTER.match(sentence, end, min(len(sentence), end + ESTIMATE_AFTER_REACH)) is not None
