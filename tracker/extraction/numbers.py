"""Numbers as news text writes them: digits, separators, scale words, number words, vague amounts.

`find_numbers(text)` returns every number in a text as a `Number` with its value and span.
Qualifiers ("more than") and ranges ("between 300 and 400") are read around these
numbers by `tracker.extraction.quantities`.
"""

from __future__ import annotations

import bisect
import re as _re
from collections.abc import Collection, Iterable, Sequence
from operator import attrgetter
from typing import NamedTuple

import regex as re

from .. import lexicon
from ..provenance.dates import MONTHS
from . import limits
from .text import lowered
from .text import alternation as _words
from .text import phrase_tree
from .text import phrases as _alternation

# --- vocabulary ---------------------------------------------------------------------

# lexicon/numbers.csv, by kind.
UNITS: dict[str, int] = lexicon.mapping("numbers", "word", "value", int, kind="unit")
TENS: dict[str, int] = lexicon.mapping("numbers", "word", "value", int, kind="ten")
SCALES: dict[str, int] = lexicon.mapping("numbers", "word", "value", int, kind="scale")
# Abbreviated scales written straight after digits: "1.2m", "2.5bn", "10k".
SHORT_SCALES: dict[str, int] = lexicon.mapping("numbers", "word", "value", int, kind="short-scale")
# Vague amounts are lower bounds: "hundreds of thousands" -> at least 200,000.
VAGUE: dict[str, int] = lexicon.mapping("numbers", "word", "value", int, kind="vague")
# Fractions of a scale word, as written before it: "half a million", "a half-million",
# "a quarter of a million".
FRACTIONS: dict[str, float] = lexicon.mapping("numbers", "word", "value", float, kind="fraction")
FRACTION_SCALES: tuple[str, ...] = lexicon.word_list("fraction scales")
# The ways a fraction meets its scale word; {f} is the fraction, {s} the scale word.
FRACTION_FORMS: tuple[str, ...] = (
    "{f} a {s}", "a {f} {s}", "a {f}-{s}", "{f}-{s}", "{f} of a {s}", "a {f} of a {s}",
)
# A whole and a fraction of a scale word: "one and a half million", "two and a half billion"
# (wholes up to nine: larger ones are written in digits).
MIXED_WHOLES: tuple[str, ...] = tuple(w for w, v in UNITS.items() if 1 <= v <= 9)
# Fixed word amounts: "a dozen", and every fraction form above.
WORD_AMOUNTS: dict[str, int] = {
    **lexicon.mapping("numbers", "word", "value", int, kind="amount"),
    **{
        form.format(f=fraction, s=scale): round(share * SCALES[scale])
        for fraction, share in FRACTIONS.items()
        for scale in FRACTION_SCALES
        for form in FRACTION_FORMS
    },
}

# --- patterns -----------------------------------------------------------------------

# Spaces that group thousands: plain, no-break, thin, narrow no-break.
_GROUP_SPACE = "[ \u00a0\u2009\u202f]"


# (trees of their words: the patterns that read them read forwards, see `phrase_tree`)
_WORD_NUMBER = phrase_tree([*UNITS, *TENS])
_SCALE_WORD = phrase_tree(SCALES)

# A day after its month ("March 12"): digits a space-grouped number never starts with.
_MONTH_DAY = rf"(?-i: \b (?: {_alternation(MONTHS)} ) ) \.? [ \t\u00a0] \d{{1,2}}"

# A scale word or abbreviation right after a number: "2,5 million", "44.000" (no scale) and
# a range's first end ("1,5 to 2,5 million") look ahead for it.
# White space before a scale word: a line's end only where wrapped text goes on in lower case
# ("3.6\nmillion"), not before a capital that opens a line of its own ("400 000\nHundreds of ...").
_TO_SCALE = r"[^\S\n]* (?: \n [^\S\n]* (?= (?-i:[a-z]) ) )?"
_SCALE_AHEAD = rf"(?: {_TO_SCALE} | [-\u2010\u2011] ) (?: {_SCALE_WORD} | mn | bn ) \b"
_RANGE_AHEAD = r"(?: \s* (?: - | – | — | to | and ) \s* \d{1,3} , \d{1,2} )?"

# The people a lone "m" after a space counts in millions: "2 m people", "1.2 m IDPs".
_MILLION_NOUNS: str = _words("million nouns")
# People named by their nation, as tracker.extraction.indicators.DEMONYM reads them: "Ukrainians".
_PEOPLE_OF_A_NATION = r"(?-i:\p{Lu}\p{Ll}+(?:ians|ans|is|ese|ers))\b"
# Numbers in digits: the scan that finds most figures, fast because it starts at a digit.
DIGITS = re.compile(
    rf"""
    (?= \d )
    (?P<digits>
        # a lower-case letter may stand glued before the digits, as in damaged feeds ("Around1.6");
        # the grouped forms are tried only where a separator follows the first digits
        (?<![\d.,_])(?<!(?-i:[A-Z])) (?= \d{{1,3}} (?: [,.] | {_GROUP_SPACE} ) \d )
        (?:
            \d{{1,3}} (?: , \d{{3}} )+ (?: \. \d+ )?                          # 400,000  2,093,030
          | (?P<lakh> \d{{1,2}} (?: , \d{{2}} )+ , \d{{3}} ) (?![\d,])         # 10,43,161: lakhs and crores (South Asia)
          | \d{{1,3}} (?= {_GROUP_SPACE} \d{{3}} ) (?: (?= {_GROUP_SPACE} 0 ) | (?<! {_MONTH_DAY} ) )
            (?: {_GROUP_SPACE} \d{{3}} )+ (?![\d,])                          # 400 000 (spaces group thousands;
                                                                       # "March 12 500 people" is a day, then 500,
                                                                       # but "May 2 000": no count starts with 0)
          | (?P<dotted> [1-9]\d{{0,2}} (?: \. \d{{3}} )+ ) (?![\d.,]?\d) (?! {_SCALE_AHEAD} )
                                                                       # 44.000  1.234.567: dots group thousands
                                                                       # ("1.500 million" is 1.5 million)
          | (?P<decimal_comma> \d{{1,3}} , \d{{1,2}} ) (?= {_RANGE_AHEAD} {_SCALE_AHEAD} )
                                                                       # 2,5 million: a decimal comma
        )
      | (?<![\d_])(?<!\d,)(?<!(?-i:[A-Z])) (?<!\d\.) \d+ (?: \. \d+ )?            # 500  3.6  ("people,151" too)
    )
    (?:
        (?: {_TO_SCALE} | [-\u2010\u2011] ) (?P<scale> {_SCALE_WORD} ) s? \b    # 3.6 million  10 thousand  1-million
      | (?P<short> bn | mn | k | (?<= \. \d+ ) m | m (?= \s+ (?: (?-i:[a-z]+\s+)? (?:{_MILLION_NOUNS}) | {_PEOPLE_OF_A_NATION} ) ) ) \b
                                                                       # 1.2m  2.5bn  10k  2m people  1m Ukrainians (not "2m" of water)
    )?
    """,
    re.VERBOSE | re.IGNORECASE,
)

# DIGITS's groups by number: the `regex` module reads a group by its number at once, by its
# name only after failing to read the name as a number (an error raised and cleared, about six
# times the cost, at every number of every article).
_RAW, _SCALE, _SHORT, _DOTTED, _DECIMAL_COMMA = (
    DIGITS.groupindex[name] for name in ("digits", "scale", "short", "dotted", "decimal_comma")
)

# Numbers in words, matched only where a number word starts (see WORD_KEYS); its phrases are
# trees (`phrase_tree`): a failing call tried some hundred phrases one by one, a few microseconds.
WORDS = re.compile(
    rf"""
      (?P<vague> (?: {phrase_tree(VAGUE)} ) \b )                      # hundreds of thousands
    | (?P<mixed> (?: {phrase_tree(MIXED_WHOLES)} ) [ \t\u00a0]+ and [ \t\u00a0]+ a [ \t\u00a0]+
          (?: {phrase_tree(FRACTIONS)} ) [ \t\u00a0-]+ (?: {phrase_tree(FRACTION_SCALES)} ) \b )   # one and a half million
    | (?P<amount> (?: {phrase_tree(WORD_AMOUNTS)} ) \b                # half a million, a dozen
          (?! [ \t\u00a0-]+ and [ \t\u00a0]+ (?: {_WORD_NUMBER} ) \b ) )   # (not "a hundred and fifty-one")
    | (?P<words>                                                       # three hundred and forty
          (?: {_WORD_NUMBER} | a (?= [ \t\u00a0]+ (?: {_SCALE_WORD} ) \b ) )   # "a hundred and fifty-one": "a" is one
          (?:
              [ \t\u00a0-]+ (?: and [ \t\u00a0]+ )? (?: {_WORD_NUMBER} | {_SCALE_WORD} )
            | [ \t\u00a0]* \n [ \t\u00a0]* (?: {_SCALE_WORD} )  # "three\nthousand", hard-wrapped; not "seven\nFifty"
          ){{0,10}} \b
      )
    """,
    re.VERBOSE | re.IGNORECASE,
)
_VAGUE, _AMOUNT, _WORDS, _MIXED = (WORDS.groupindex[name] for name in ("vague", "amount", "words", "mixed"))  # as DIGITS's
# The words a number in words can hold at a key: a key found at the start of any other
# word ("tents", "threat", "fortune") starts no number.
NUMBER_TOKENS: frozenset[str] = frozenset({*UNITS, *TENS, *SCALES, *lexicon.word_list("number word forms")})
# Lower-case keys found with str.find (far faster than a regex of alternatives); each hit
# at a word start is then read with WORDS from that word or one or two words before it
# ("several hundred", "half a million", "tens of thousands"). The keys are the number words
# themselves, but those another key begins ("four" finds "fourteen", "ten" finds "tens"):
# a longer key is found faster and at fewer words that are no number ("three", not "thr":
# "through", "threat"). "zero" starts no number: it is no key.
WORD_KEYS: tuple[str, ...] = tuple(
    sorted(
        word
        for word in NUMBER_TOKENS
        if UNITS.get(word) != 0 and not any(word != key and word.startswith(key) for key in NUMBER_TOKENS)
    )
)
# The words WORDS can start with. Each of its alternatives starts with one of them, then
# white space, a hyphen or a word boundary, so at a word of ASCII letters that is none of
# them ("people", "the", "million") WORDS cannot match and is not tried: a call with the
# regex timeout costs a few microseconds even when it fails at once.
FIRST_WORDS: frozenset[str] = frozenset(
    phrase.split()[0] for phrase in (*VAGUE, *WORD_AMOUNTS, *UNITS, *TENS)
)



class Number(NamedTuple):
    """A number in a text: a named tuple, immutable as a frozen dataclass and built in C
    (some fifteen an article; a frozen dataclass sets each field through a Python call)."""

    value: int  # for a vague amount, its lower bound
    start: int
    end: int
    vague: bool = False  # "hundreds", "thousands": a lower bound, not a count
    year_like: bool = False  # four bare digits 1900-2099: probably a year
    small_word: bool = False  # a lone number word under twenty ("two", "nine")
    written: float | None = None  # the digits as written, before any scale: 1.5 in "1.5 to 2 million"


# Number(...) without the Python frame of its __new__ (a third of the cost: a named tuple's
# __new__ is Python code, which keyword arguments make slower still), on the scan's hot path;
# every field is given, in Number's order: (value, start, end, vague, year_like, small_word, written).
_new_number = tuple.__new__


def find_numbers(
    text: str, lower: str | None = None, keys: Collection[int] | None = None, *, guarded: bool = True
) -> list[Number]:
    """Every number in `text`, in order, with spans into `text`.

    `lower` is text.lower() when the caller has it (same length as text). `keys`, when the
    caller has scanned `lower` for WORD_KEYS already (the engine's pre-scan finds them in the
    same pass as its trigger stems: tracker.extraction.prescan.scan_hits), holds every offset
    where one starts, as `key_starts` finds them; None: they are searched for here.
    `guarded=False`: `text` is a short stretch (a sentence read alone), scanned without the
    regex timeout when it is at most limits.UNGUARDED_CHARS long (see tracker.extraction.limits)."""
    if lower is None or len(lower) != len(text):
        lower = lowered(text)
        keys = None  # offsets into another text
    timeout = None if not guarded and len(text) <= limits.UNGUARDED_CHARS else limits.regex_timeout()
    return _numbers_in(text, lower, 0, len(text), timeout, keys)


def _numbers_in(
    text: str, lower: str, start: int, stop: int, timeout: float | None, keys: Collection[int] | None, endpos: int | None = None
) -> list[Number]:
    """The numbers in digits that start in text[start:stop], and those in words read from
    `keys` (as `_word_numbers`; `endpos`: the text read as ending there), in order."""
    out = _digit_numbers(text, start, stop, timeout)
    words = _word_numbers(text, lower, out, timeout, keys, endpos)
    if words:
        out = _merge(out, words)
    return out


def _digit_numbers(text: str, start: int, stop: int, timeout: float | None) -> list[Number]:
    """The numbers of DIGITS.finditer(text, start, stop), in order. DIGITS's search reads each
    character's Unicode properties for a digit (some 70 instructions a character: 20,000 a
    sentence) and its match tries every form a number may take (some 15,000 for "500
    people"): in a stretch read without the timeout (`timeout` None: a short one, see
    tracker.extraction.limits), each digit is found in its `_digit_marks` with bytes.find,
    and a count of digits alone (`_count_end`) is read without the pattern; at any other
    digit the pattern searches on from it, as finditer would (no match starts before a
    digit). A stretch read with the timeout is the pattern's, which the guard bounds."""
    marks = _digit_marks(text[start:stop]) if timeout is None else None
    if marks is None:  # a guarded stretch, or a digit beyond ASCII: the pattern alone
        return [n for m in DIGITS.finditer(text, start, stop, timeout=timeout) if (n := _digits_number(m)) is not None]
    out: list[Number] = []
    at = marks.find(_DIGIT_MARK)
    while at >= 0:
        first = start + at
        run_end = marks.find(_OTHER_MARK, at)
        run_end = stop if run_end < 0 else start + run_end
        if first > 0 and text[first - 1] in _NO_NUMBER_AFTER:
            at = marks.find(_DIGIT_MARK, run_end - start)  # "M23", "A380": no match starts in the run
            continue
        end = _count_end(text, marks, start, first, run_end, stop)
        if end >= 0:
            number = _count_number(text[first:end], first, end)
        elif (scaled := _scaled_count(text, marks, start, first, run_end, stop)) is not None:
            number, end = scaled
        else:
            m = DIGITS.search(text, first, stop, timeout=timeout)
            if m is None:
                break
            number, end = _digits_number(m), m.end()
        if number is not None:
            out.append(number)
        at = marks.find(_DIGIT_MARK, end - start)
    return out


# A stretch's characters as one byte each: _DIGIT_MARK for an ASCII digit, _OTHER_MARK for
# any other character (those beyond Latin-1 are encoded as "?", which keeps their offsets).
_DIGIT_MARK, _OTHER_MARK = b"d", b"."
_MARKS = bytes(_DIGIT_MARK[0] if chr(b).isdigit() and b < 128 else _OTHER_MARK[0] for b in range(256))
_ASCII_BYTES = bytes(range(128))
# DIGITS's digit: the `regex` module's \d, whose Unicode tables are not Python's.
_ANY_DIGIT = re.compile(r"\d")


def _digit_marks(piece: str) -> bytes | None:
    """`piece` as marks (see _MARKS), from which bytes.find finds its digits as DIGITS reads
    them; None when a character beyond ASCII is a digit to DIGITS (no Latin-1 character is)."""
    if piece.isascii():
        return piece.encode("ascii").translate(_MARKS)
    beyond = piece.encode("utf-8", "surrogatepass").translate(None, _ASCII_BYTES).decode("utf-8", "surrogatepass")
    if _ANY_DIGIT.search(beyond) is not None:
        return None
    return piece.encode("latin-1", "replace").translate(_MARKS)


# What may stand before a plain count: any ASCII character but a digit, a capital, "_", "."
# and "," (DIGITS's look backs: "A380", "1.5", "people,151" are read by the pattern).
_PLAIN_BEFORE: frozenset[str] = frozenset(
    c for c in map(chr, range(128)) if not (c.isdigit() or "A" <= c <= "Z" or c in "_.,")
)
# What may stand right after a count's digits, where DIGITS's match ends with them: ASCII
# punctuation but a hyphen ("1-million"); "," and "." too where no digit follows ("3.6");
# one space before no digit, no white space and no scale word ("500 people", not "500
# million", "400 000", "3\nmillion": `_count_end`).
_PLAIN_AFTER: frozenset[str] = frozenset(
    c for c in map(chr, range(128)) if not (c.isalnum() or c.isspace() or c in "-_")
)
_SCALE_WORDS: tuple[str, ...] = tuple(sorted(SCALES))
_LONGEST_SCALE = max(map(len, SCALES))
# Thousands grouped by commas as DIGITS's first grouped form reads them: a comma, then three digits.
_GROUP_MARKS = b"d" * 3


def _count_end(text: str, marks: bytes, start: int, first: int, end: int, stop: int) -> int:
    """Where DIGITS's match from `first` ends, searching text[:stop], when it is a count of
    ASCII digits, plain or grouped by commas, that ends with them (the run of digits ends at
    `end`; `marks` are text[start:stop]'s): no decimal, scale or abbreviation after it and
    none of the look backs failing before it ("500 people", "killed 40.", "1,200,000 were");
    -1 where the pattern must decide."""
    if first > 0 and text[first - 1] not in _PLAIN_BEFORE:
        return -1
    if end - first <= 3 and text.startswith(",", end) and marks[end + 1 - start : end + 4 - start] == _GROUP_MARKS:
        end += 4  # "400,000": the groups of three, taken greedily
        while text.startswith(",", end) and marks[end + 1 - start : end + 4 - start] == _GROUP_MARKS:
            end += 4
    if end == stop:
        return end
    after = text[end]
    if after == " ":
        if end + 1 == stop:
            return end
        head = text[end + 1 : end + 1 + _LONGEST_SCALE]
        if head[0].isspace() or head[0].isdigit() or not head.isascii() or head.lower().startswith(_SCALE_WORDS):
            return -1
        return end
    if after == "," or after == ".":
        return end if end + 1 == stop or (text[end + 1].isascii() and not text[end + 1].isdigit()) else -1
    return end if after in _PLAIN_AFTER else -1


# DIGITS's look backs let no match start right after a capital or "_" ("M23", "A380"), nor
# right after a digit: none starts anywhere in a run of digits that follows one of them.
_NO_NUMBER_AFTER: frozenset[str] = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ_")
# A scale word's letters and what may follow it where DIGITS's `s? \b` ends the match there.
_ASCII_LETTERS = _re.compile("[A-Za-z]+")
_SCALE_ENDS: frozenset[str] = frozenset(c for c in map(chr, range(128)) if not (c.isalnum() or c == "_"))
# A decimal part of three digits may be read by DIGITS as thousands grouped by a dot ("1.500
# millions" is 1,500 millions): left to the pattern.
_DOTTED_DIGITS = 3


def _scaled_count(text: str, marks: bytes, start: int, first: int, end: int, stop: int) -> tuple[Number, int] | None:
    """The number and end of DIGITS's match from `first` when it is a count of ASCII digits
    (plain or grouped by commas, with a decimal part or not), one space and a scale word of
    SCALES in ASCII letters, with an "s" or not, ending there ("3.6 million", "2 millions",
    "1,200 thousand"); None where the pattern must decide (the run of digits ends at `end`;
    `marks` are text[start:stop]'s). With `_count_end`, the two commonest forms of a count."""
    if first > 0 and text[first - 1] not in _PLAIN_BEFORE:
        return None
    grouped = False
    if end - first <= 3:
        while text.startswith(",", end) and marks[end + 1 - start : end + 4 - start] == _GROUP_MARKS:
            end += 4  # "1,200": the groups of three, taken greedily
            grouped = True
    if text.startswith(".", end) and end + 1 < stop and marks[end + 1 - start] == _DIGIT_MARK[0]:
        fraction = marks.find(_OTHER_MARK, end + 1 - start)
        fraction = stop if fraction < 0 else start + fraction
        if fraction - end - 1 == _DOTTED_DIGITS and not grouped:
            return None
        end = fraction
    if end + 1 >= stop or text[end] != " ":
        return None
    word = _ASCII_LETTERS.match(text, end + 1, stop)
    if word is None or (word.end() < stop and text[word.end()] not in _SCALE_ENDS):
        return None
    name = word.group().lower()
    scale = SCALES.get(name)
    if scale is None:
        scale = SCALES.get(name[:-1]) if name.endswith("s") else None
        if scale is None:
            return None
    raw = text[first:end]
    digits = raw.replace(",", "") if grouped else raw
    if len(digits) > MAX_DIGITS:
        return None
    written = float(digits)
    return _new_number(Number, (round(written * scale), first, word.end(), False, False, False, written)), word.end()


def _count_number(raw: str, start: int, end: int) -> Number | None:
    """The number of a count's digits `raw` (`_count_end`), as `_digits_number` reads them."""
    digits = raw if raw.isdecimal() else raw.replace(",", "")
    if len(digits) > MAX_DIGITS:
        return None  # a phone number, an ID, digits grouped by commas: no count of people
    written = float(digits)
    value = round(written)
    year_like = len(raw) == 4 and 1900 <= value <= 2099
    return _new_number(Number, (value, start, end, False, year_like, False, written))


# The characters no number runs across: neither DIGITS nor WORDS reads one, in a match or in
# a look ahead (their words hold only letters, white space and hyphens), and a number in words
# looks back over letters, white space and hyphens only (`_previous_words`). A full stop is one
# where white space follows it: "3.6" and "44.000" read their own.
NUMBER_STOPS: frozenset[str] = frozenset("!?\"'\u201d\u2019\u00bb)]:;(")
# The next of them, or a full stop before white space or the text's end (the standard
# library's \s is what str.isspace accepts).
_NEXT_STOP = _re.compile(rf"[{_re.escape(''.join(sorted(NUMBER_STOPS)))}]|\.(?=\s|\Z)")


def stops_numbers(text: str, at: int) -> bool:
    """text[at] is a stop (NUMBER_STOPS, or a full stop before white space): no number of
    `text` runs across it, and none that starts before it reads it or anything after it."""
    c = text[at]
    return c in NUMBER_STOPS or (c == "." and (at + 1 == len(text) or text[at + 1].isspace()))


def next_stop(text: str, at: int, before: int) -> int:
    """Where the first stop (see `stops_numbers`) at or after `at` stands: the text's length
    when none does; -1 when none does before `before`."""
    m = _NEXT_STOP.search(text, at, before + 2)  # (a full stop before `before` + 1 is told by what follows it)
    if m is None:
        return len(text) if before + 2 >= len(text) else -1
    return m.start() if m.start() < before and stops_numbers(text, m.start()) else -1


def numbers_within(text: str, lower: str, start: int, stop: int, keys: Sequence[int]) -> list[Number]:
    """The numbers `find_numbers(text, lower)` finds that start in text[start:stop], read only
    there. No number may run across `start` (it is 0, or a stop stands before it with only
    white space between) nor read text[stop] (the text ends there, or a stop stands at `stop`
    or before it with only white space between): the whole text's scan then finds the same
    numbers there, since none of its matches nor any of their look aheads reaches from one
    side of a stop to the other. `keys` are the offsets where a key of WORD_KEYS starts in
    `lower`, in order (the document's, or more)."""
    timeout = None if stop - start <= limits.UNGUARDED_CHARS else limits.regex_timeout()
    first, last = bisect.bisect_left(keys, start), bisect.bisect_left(keys, stop)
    return _numbers_in(text, lower, start, stop, timeout, keys[first:last], stop)


def key_starts(lower: str) -> set[int]:
    """Every offset where a key of WORD_KEYS starts in `lower`, inside a word or not."""
    found: set[int] = set()
    for key in WORD_KEYS:
        at = lower.find(key)
        while at >= 0:
            found.add(at)
            at = lower.find(key, at + 1)
    return found


def _word_numbers(
    text: str,
    lower: str,
    digits: list[Number] = (),
    timeout: float | None = limits.REGEX_TIMEOUT,
    keys: Collection[int] | None = None,
    endpos: int | None = None,
) -> list[Number]:
    """Numbers written in words, read from the offsets where a key of WORD_KEYS starts (`keys`,
    or `key_starts(lower)` when None). A key found inside one of the `digits` numbers ("3.6
    million") or at the start of a word that is no number word ("tents", "through") is
    passed over, and so is one inside a word ("someone", "often"): no number in words can
    start there. `endpos`: the text is read as ending there (`numbers_within`)."""
    hits = key_starts(lower) if keys is None else keys
    out: list[Number] = []
    last_end = -1
    d = 0
    for at in sorted(hits):
        if at < last_end or (at > 0 and lower[at - 1].isalpha()):
            continue
        while d < len(digits) and digits[d].end <= at:
            d += 1
        if d < len(digits) and digits[d].start <= at:
            continue  # the scale word of a number in digits
        stop = at
        while stop < len(lower) and lower[stop].isalpha():
            stop += 1
        if lower[at:stop] not in NUMBER_TOKENS:
            continue
        word = lower[at:stop]
        back = LOOKBACK_WORDS if word in FRACTION_SCALES else LOOKBACK_WORDS_DEFAULT
        starts = [
            begin
            for begin, end in (*_previous_words(lower, at, back), (at, stop))
            # no number in words starts with a word that is none of FIRST_WORDS
            if begin >= last_end and (lower[begin:end] in FIRST_WORDS or not text[begin:end].isascii())
        ]
        if starts == [at] and word in LONE_WORDS and _stands_alone(text, at, stop, len(text) if endpos is None else endpos):
            number = _lone_word_number(lower, word, at, stop)
        else:
            number = first_reading(text, lower, starts, at, timeout, endpos)
        if number is not None:
            out.append(number)
            last_end = number.end
    return out


def first_reading(
    text: str, lower: str, starts: Iterable[int], at: int, timeout: float | None = limits.REGEX_TIMEOUT,
    endpos: int | None = None,
) -> Number | None:
    """The number in words WORDS reads from the first of `starts` (in order) from which it
    reads past the number word at `at`; None when none does, or when that reading is no
    number (a word glued by a hyphen to the word before it: "Nok-Ten")."""
    for begin in starts:
        m = WORDS.match(text, begin, endpos, timeout=timeout)
        if m and m.end() > at:
            number = _number(m)
            return None if number is None or (begin > 0 and lower[begin - 1] == "-") else number
    return None


# The number words WORDS reads alone, as its words' branch, where no number word, scale word
# or "and" follows them ("three days", "forty people"): units and tens that start no phrase
# of its other branches ("a dozen", "tens of thousands" leave out "ten"). Most numbers in
# words are one of them, read without a call of the pattern.
LONE_WORDS: frozenset[str] = frozenset(
    w for w in (*UNITS, *TENS) if not any(phrase.startswith(w) for phrase in (*VAGUE, *WORD_AMOUNTS))
)
# What WORDS may go on over after a number word, at most (its words' branch: white space and
# hyphens, a line break before a scale word).
_WORD_GAP = " \t\n\u00a0-"
# The number words that may go on a number after that gap, and the "and" before them.
_GOES_ON: frozenset[str] = frozenset({*NUMBER_TOKENS, "and"})


def _stands_alone(text: str, at: int, stop: int, endpos: int) -> bool:
    """WORDS's match from `at`, where the ASCII number word text[at:stop] of LONE_WORDS
    stands, is that word alone (the text read as ending at `endpos`): at the end, or before
    an ASCII character that is no letter, digit or "_" (where its `\b` holds), past which
    only an ASCII word that is none of _GOES_ON stands after white space and hyphens. A
    character beyond ASCII, which the case-blind pattern may read as a letter ("ſ" is "s"),
    lets the pattern decide."""
    if stop > endpos or not text[at:stop].isascii():
        return False
    if stop == endpos:
        return True
    after = text[stop]
    if not after.isascii() or after.isalnum() or after == "_":
        return False
    if after not in _WORD_GAP:
        return True  # "three days.", "two, three": no gap the pattern goes on over
    head = stop + 1
    while head < endpos and text[head] in _WORD_GAP:
        head += 1
    word = _ASCII_LETTERS.match(text, head, endpos)
    if word is None:
        return head == endpos or text[head].isascii()
    end = word.end()
    return word.group().lower() not in _GOES_ON and (end == endpos or text[end].isascii())


def _lone_word_number(lower: str, word: str, at: int, stop: int) -> Number | None:
    """The number `_number` makes of WORDS's match of the lone number word `word` (LONE_WORDS)
    at text[at:stop], as `first_reading` keeps it: none after a hyphen ("Nok-Ten")."""
    if at > 0 and lower[at - 1] == "-":
        return None
    value = UNITS[word] if word in UNITS else TENS[word]
    return _new_number(Number, (value, at, stop, False, False, value < 20, None))


# How many words before a fraction's scale word a phrase may start: "a quarter of a million"
# is found at its key "million", four words on (a fraction's words are no keys: a text is scanned
# once per key, and "half" or "quarter" alone is no number).
LOOKBACK_WORDS = 4
# Before any other number word, two words ("several hundred", "tens of thousands").
LOOKBACK_WORDS_DEFAULT = 2
# What may stand between those words: white space, or a hyphen ("a half-million").
WORD_JOINERS = " \t\n\u00a0-"


def _previous_words(lower: str, at: int, count: int) -> list[tuple[int, int]]:
    """Spans (start, end) of up to `count` words (runs of letters) before position `at`,
    earliest first, with only white space or a hyphen after each."""
    spans = []
    i = at
    for _ in range(count):
        j = i - 1
        while j >= 0 and lower[j] in WORD_JOINERS:
            j -= 1
        if j < 0 or not lower[j].isalpha():
            break
        end = j + 1
        while j > 0 and lower[j - 1].isalpha():
            j -= 1
        spans.append((j, end))
        i = j
    return spans[::-1]


# A number's start, read by a C call (no Python frame per number), the only key `_merge` needs:
# a number in digits starts at a digit and one in words at a letter, and each list's numbers
# start at places of their own, so no two numbers it sorts start at one place.
_START = attrgetter("start")


def _merge(a: list[Number], b: list[Number]) -> list[Number]:
    """The numbers in digits `a` and in words `b` in the order of their starts, without one that
    starts inside the one before it."""
    merged = sorted(a + b, key=_START)
    out: list[Number] = []
    for n in merged:
        if out and n.start < out[-1].end:
            continue
        out.append(n)
    return out


# No count of people has more digits than this (8 billion has ten).
MAX_DIGITS = 15
_NO_SEPARATORS = str.maketrans("", "", ", \t\n\u00a0\u2009\u202f")


def _number(m: re.Match) -> Number | None:
    if m.re is DIGITS:
        return _digits_number(m)
    kind = m.lastgroup
    if kind == "vague":
        value = VAGUE.get(_norm(m.group(_VAGUE)))
        return None if value is None else _new_number(Number, (value, m.start(), m.end(), True, False, False, None))
    if kind == "mixed":  # "two and a half million": the whole, its fraction, the scale word
        whole, _, _, fraction, scale = _norm(m.group(_MIXED)).replace("-", " ").split()
        value = round((UNITS[whole] + FRACTIONS[fraction]) * SCALES[scale])
        return _new_number(Number, (value, m.start(), m.end(), False, False, False, None))
    if kind == "amount":
        value = WORD_AMOUNTS.get(_norm(m.group(_AMOUNT)))
        return None if value is None else _new_number(Number, (value, m.start(), m.end(), False, False, False, None))
    words = m.group(_WORDS)
    value = words_to_int(f"one{words[1:]}" if words[:2].lower() == "a " else words)
    if value is None:
        return None
    small_word = value < 20 and " " not in words.strip()
    return _new_number(Number, (value, m.start(), m.end(), False, False, small_word, None))


def _digits_number(m: re.Match) -> Number | None:
    """The number of a DIGITS match (the scan's hot path: about ten an article)."""
    raw, scale_word, short = m.group(_RAW, _SCALE, _SHORT)
    if "." in raw and m.group(_DOTTED):
        digits = raw.replace(".", "")  # 44.000: dots group thousands
    elif "," in raw and m.group(_DECIMAL_COMMA):
        digits = raw.replace(",", ".")  # 2,5 million
    elif raw.isdecimal():
        digits = raw  # the common case: no separator to take out
    else:
        digits = raw.translate(_NO_SEPARATORS)
    scale = 1
    if scale_word:
        scale = SCALES.get(scale_word.casefold())
    elif short:
        scale = SHORT_SCALES.get(short.casefold())
    if scale is None:
        return None  # a scale word the regex folds to one but no table holds ("thousand" with a dotted İ)
    if len(digits) > MAX_DIGITS:
        return None  # a phone number, an ID, a run of digits: no count of people
    try:
        written = float(digits)
        value = round(written * scale)
    except (ValueError, OverflowError):
        return None
    year_like = scale == 1 and len(raw) == 4 and raw.isdigit() and 1900 <= int(raw) <= 2099
    start, end = m.span()
    return _new_number(Number, (value, start, end, False, year_like, False, written))


def _norm(s: str) -> str:
    # casefold, as the case-insensitive patterns match: "ſeveral" (long s) reads "several"
    return " ".join(s.casefold().split())


def words_to_int(words: str) -> int | None:
    """ "three hundred and forty" -> 340, "twenty-one" -> 21, "one million" -> 1_000_000;
    None for a run that is no number ("one one one", "twenty thirty")."""
    total = 0
    current = 0
    seen = False
    last = ""  # kind of the previous word: "unit", "ten" or "scale"
    for word in words.casefold().replace("-", " ").split():
        if word == "and":
            continue
        if word in UNITS:
            if last in ("unit",) or (last == "ten" and UNITS[word] >= 10):
                return None
            current += UNITS[word]
            last = "unit"
        elif word in TENS:
            if last in ("unit", "ten"):
                return None
            current += TENS[word]
            last = "ten"
        elif word in SCALES:
            scale = SCALES[word]
            if scale == 100:
                if current >= 100:
                    return None  # "one hundred hundred"
                current = max(current, 1) * 100
            else:
                total += max(current, 1) * scale
                current = 0
            last = "scale"
        else:
            return None
        seen = True
    return total + current if seen else None
