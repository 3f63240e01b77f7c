"""Sentence splitting with offsets into the document text.

The split is done once per document; every later stage works on (start, end) spans so
that a figure's `quote` is always `text[start:end]` of its sentence.
"""

from __future__ import annotations

import re as _re
import string

import regex as re

from .. import lexicon
from . import limits

# Words that end in a full stop without ending a sentence ("U.N.", "Dr.", "Jan.";
# lexicon/words.csv).
ABBREVIATIONS: frozenset[str] = lexicon.word_set("abbreviations")

# A sentence ends at . ! ? (with any closing quotes or brackets) followed by white space,
# a line break among it; or at a blank line; or at a line break before a list item ("- ",
# "• "); or after a line too short to be a line of wrapped text (a headline, a dateline:
# "Attack kills seven\nFifty people were injured"). A single line break anywhere else is
# white space inside the sentence: text hard-wrapped at 72 columns (plain-text mail,
# digests, text taken out of a PDF) breaks its sentences across lines, and a figure's
# wording with them ("more than\n500 civilians").
LIST_MARKS = "-*\u2022\u2023\u25aa\u25e6\u00b7\u2013\u2014"  # - * • ‣ ▪ ◦ · – —
# Lines of hard-wrapped text are longer than this (text wrapped at 72 columns, or a PDF's
# narrow columns, fills 40 characters or more of each line but a paragraph's last).
WRAPPED_LINE_MIN = 40
# What may follow terminal punctuation inside its sentence's end: more of it, closing quotes
# and brackets.
CLOSERS = r"""[.!?"'”’»)\]]"""
# A dateline opening a line: "GAZA, Oct 31 (Reuters) - ", "KHARKIV, Ukraine (AP) — ",
# "GENEVA — ": a headline above it ends there, however long.
# (ASCII capitals: the pattern is matched by the standard library too, see _BREAK_END.)
DATELINE_START = r"[A-Z]{3,}[A-Z'’. -]*(?:,[^\n,]{1,30}){0,2}[ ]*(?:\([^()\n]{1,30}\)[ ]*)?(?:--?|–|—)[ ]"
# A label opening a line, up to its colon: "Sudan: 10 million now displaced", "Related: ...":
# a line of a page's list or a report's rows, whatever the line above (ASCII, as above).
LABEL_START = r"[A-Z][A-Za-z'’.-]*(?:[ ][A-Za-z'’.-]+){0,3}:[ ]"
SENTENCE_END = re.compile(
    rf"""
    [.!?\n]                               # starts at a character class: a fast scan
    (?: (?<=[.!?]) {CLOSERS}*+ (*SKIP) (?=\s)   # terminal punctuation, closers, then a space
        (?: [^\S\n]*+ \n \s*+ )?             #   and the line break after it, if any
      | (?<=\n) [^\S\n]*+ (?: \n \s*+          # or a blank line: headlines and paragraphs
                           | (?= [{LIST_MARKS}] [^\S\n] )   # or the line break before a list item
                           | (?= {DATELINE_START} )         # or before a dateline, under its headline
                           | (?= {LABEL_START} ) )          # or before a line's label
      | (?<= (?:\A|\n) [^\n]{{0,{WRAPPED_LINE_MIN - 1}}} \n ) \s*+ )  # or after a short line
    """,
    re.VERBOSE,
)
# (Each end takes the white space after a line break with it: a blank line is one end, not
# two, and an abbreviation at the end of a line still ends its sentence there. The closers
# are taken whole (*+) and (*SKIP) resumes the scan after them when no space follows:
# otherwise "...." without a space would be tried again from each full stop, a time
# quadratic in the run - 1.6 s for 5,000 full stops, the timeout for 20,000.)
# The pattern cannot backtrack, so it runs without the regex timeout (see tracker.extraction.limits),
# which reads the CPU clock at every match, about 20 of them an article: the branches
# are told apart by their first character (the short line's look back reads at most
# WRAPPED_LINE_MIN characters once per line break), every repeat is possessive (giving back white
# space before the "\n" could never help: [^\S\n] holds no line break), and an optional
# or failing line break ends the match without reading anything again.

_WORD_BEFORE = re.compile(r"([\w.]+)\Z", re.REVERSE)

def split(text: str) -> list[tuple[int, int]]:
    """Spans (start, end) of the sentences of `text`, stripped of surrounding space."""
    # One loop: this runs once per document, for every sentence, and function calls are
    # most of its cost.
    spans: list[tuple[int, int]] = []
    start = 0
    max_sentence = limits.MAX_SENTENCE
    for dot, end in _ends(text):
        if text[dot] == "." and not (end - dot > 1 and "\n" in text[dot:end]) and (
            (text[dot - 2 : dot].lower() not in _PLAIN_WORD_ENDS and _abbreviation_before(text, dot))
            or (text[dot - 2 : dot - 1] == "." and _initialism_goes_on(text, dot, end))
        ):
            continue  # "Dr. Smith" (but "Dr.", then a line break, ends there)
        piece = text[start:end]
        kept = piece.strip()
        if kept and len(kept) <= max_sentence:  # _add_stripped's common case, without its call
            first = start + len(piece) - len(piece.lstrip())
            spans.append((first, first + len(kept)))
        else:
            _add_stripped(text, start, end, spans)
        start = end
    _add_stripped(text, start, len(text), spans)
    return spans


# The characters SENTENCE_END starts at but the line break: terminal punctuation.
_TERMINAL_MARKS: str = ".!?"

# SENTENCE_END's branches, each as a standard-library pattern matched at its first
# character (the `regex` module costs several times as much to start a match at a place,
# and _ends starts one at about a dozen places an article). `\s` there is what the `regex`
# module calls white space: str.isspace but the four separators U+001C-U+001F, which the
# standard library's `\s` takes too (tests/test_sentences.py checks the ends against
# SENTENCE_END). Terminal punctuation with its closers, then white space, and the line
# break after it if any:
_SPACE = r"[^\S\x1c-\x1f]"
_SPACE_IN_LINE = r"[^\S\n\x1c-\x1f]"
_TERMINAL_END = _re.compile(rf"[.!?]{CLOSERS}*+(?={_SPACE})(?:{_SPACE_IN_LINE}*+\n{_SPACE}*+)?")
# a blank line, or the line break before a list item, a dateline or a line's label:
_BREAK_END = _re.compile(rf"\n{_SPACE_IN_LINE}*+(?:\n{_SPACE}*+|(?=[{LIST_MARKS}]{_SPACE_IN_LINE})|(?={DATELINE_START})|(?={LABEL_START}))")
# a line break after a short line (its length is read with str.rfind, not a look back):
_LINE_END = _re.compile(rf"\n{_SPACE}*+")


def _ends(text: str) -> list[tuple[int, int]]:
    """The spans of `SENTENCE_END.finditer(text)`, left to right, found without that pattern.
    The characters it starts with are found by `str.find` (a mark inside an end found
    already is passed over; a line break is looked for only from the end found last, so
    that the blank line a paragraph's last full stop takes is not looked at again); the
    three commonest cases are decided by a look at the next characters: a full stop, "!" or
    "?" right before a letter or digit ends nothing ("1.5", "U.N."); one then one space and
    a letter or digit ends there, the mark alone ("killed. The"); one then two line breaks
    and no more white space ends after them (a paragraph's last sentence; str.isspace takes
    every character the pattern's white space does). The others are matched by the pattern
    of SENTENCE_END's branch that starts with that character. (The (*SKIP) in SENTENCE_END
    only spares tries that would fail, so its ends are found at the same places.)"""
    marks = []
    for mark in _TERMINAL_MARKS:
        if mark not in text:
            continue  # most "!", "?": `in` costs less than a call of `find`
        at = text.find(mark)
        while at >= 0:
            marks.append(at)
            at = text.find(mark, at + 1)
    marks.sort()
    spans = []
    reach = 0
    length = len(text)
    line_break = text.find("\n")
    for at in (*marks, length):  # (the text's length: the line breaks after the last mark)
        while 0 <= line_break < at:  # the line breaks before this mark, in order
            if line_break >= reach:
                m = _BREAK_END.match(text, line_break)
                if m is None and line_break - text.rfind("\n", 0, line_break) <= WRAPPED_LINE_MIN:  # the line before is short
                    m = _LINE_END.match(text, line_break)
                if m is not None:
                    spans.append(m.span())
                    reach = m.end()
            line_break = text.find("\n", reach if reach > line_break else line_break + 1)
        if at < reach or at == length:
            continue
        if at + 1 < length and text[at + 1].isalnum():
            continue  # no closer and no space after the mark: no end ("1.5", "U.N.")
        if at + 2 < length and text[at + 1] == " " and text[at + 2].isalnum():
            spans.append((at, at + 1))  # the mark alone (no line break follows the space)
            reach = at + 1
            continue
        if at + 3 < length and text[at + 1] == "\n" == text[at + 2] and not text[at + 3].isspace():
            spans.append((at, at + 3))  # a paragraph's end: the mark and its blank line, no more white space
            reach = at + 3
            continue
        m = _TERMINAL_END.match(text, at)
        if m is not None:
            spans.append(m.span())
            reach = m.end()
        else:
            reach = _CLOSERS_RUN.match(text, at + 1).end()  # the pattern's (*SKIP): see below
    return spans


# After terminal punctuation that ends nothing, no mark in the closers after it ends
# anything either (each would take the same closers, up to the same character, which is no
# space): they are passed over, as the pattern's (*SKIP) passes over them - a run of
# 20,000 full stops would otherwise be read again from each of them.
_CLOSERS_RUN = _re.compile(CLOSERS + "*+")


def _add_stripped(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> None:
    """Add text[start:end] without its surrounding white space (str.strip removes exactly
    what str.isspace accepts), cut into pieces of at most MAX_SENTENCE characters."""
    piece = text[start:end]
    kept = piece.strip()
    if not kept:
        return
    first = start + len(piece) - len(piece.lstrip())
    last = first + len(kept)
    while last - first > limits.MAX_SENTENCE:  # a run-on line: cut at white space, away from numbers
        cut = _cut(text, first)
        spans.append((first, cut))
        first = cut
        while first < last and text[first].isspace():
            first += 1
    spans.append((first, last))


_DIGIT = _re.compile(r"\d")
_SPACES = (" ", "\n", "\t")


def _cut(text: str, first: int) -> int:
    """Where to cut the run-on stretch that starts at `first`: at white space between half
    and all of MAX_SENTENCE characters on, as late as leaves CUT_CLEARANCE characters
    without a digit on both sides, so that no figure is cut from its qualifier or its
    trigger ("more than 500 civilians have been killed"); failing that, as far from any
    digit as the stretch allows."""
    lo, hi = first + limits.MAX_SENTENCE // 2, first + limits.MAX_SENTENCE
    clear = limits.CUT_CLEARANCE
    digits = [m.start() for m in _DIGIT.finditer(text, max(first, lo - clear), hi + clear)]
    marks = [lo - clear, *digits, hi + clear]
    best, best_room = hi, -1
    for a, b in zip(reversed(marks[:-1]), reversed(marks[1:])):  # the latest gap first
        if max(lo, a + clear) <= min(hi, b - clear):
            best = min(hi, b - clear)
            break
        middle = min(hi, max(lo, (a + b) // 2))
        room = min(middle - a, b - middle)
        if room > best_room:
            best, best_room = middle, room
    space = max(text.rfind(c, lo, best + 1) for c in _SPACES)
    if space < 0:
        space = min((i for c in _SPACES if (i := text.find(c, best, hi)) >= 0), default=-1)
    return space if space > first else hi


# The letters and full stops that may end an ASCII stretch (for ASCII, these letters are
# exactly what str.isalpha accepts): `str.rstrip` takes the run off in one call.
_ASCII_RUN_CHARACTERS: str = string.ascii_letters + "."


# Two ASCII letters (lower case) that end no abbreviation: a word whose last two characters
# lower into them before a full stop ("said.", "killed.") is none, told without
# `_abbreviation_before` (an initial, "U.N." and "A.K." end in a letter after no letter or
# after a full stop, which no pair of letters is).
_PLAIN_WORD_ENDS: frozenset[str] = frozenset(
    a + b for a in string.ascii_lowercase for b in string.ascii_lowercase
) - {w[-2:] for w in ABBREVIATIONS}


def _abbreviation_before(text: str, dot: int) -> bool:
    """The word ending at `dot` is an abbreviation: its last (up to) 7 letters and full
    stops, unless a letter stands before them."""
    piece = text[dot - 8 if dot > 8 else 0 : dot]
    if piece.isascii():  # the common case, without a loop over characters
        run = piece[len(piece.rstrip(_ASCII_RUN_CHARACTERS)) :]
        if not run:
            return False
        if len(run) >= 7 and len(piece) == 8:
            if piece[0].isalpha():
                return False  # a word longer than any abbreviation
            run = piece[1:]
        return _is_abbreviation(run)
    j = dot - 1
    limit = max(-1, dot - 8)
    while j > limit and (text[j].isalpha() or text[j] == "."):
        j -= 1
    if j == dot - 1 or (j == limit and j >= 0 and text[j].isalpha()):
        return False  # no word, or a word longer than any abbreviation
    return _is_abbreviation(text[j + 1 : dot])


# Letters with full stops between them: "a.m.", "p.m.", "i.e.".
_INITIALISM = _re.compile(r"(?<![A-Za-z.])[A-Za-z](?:\.[A-Za-z])+\Z")


# Words after a time of day that go on with its sentence: "as of 6 a.m. Tuesday, the ministry said".
_DAY_AFTER_TIME = _re.compile(rf"(?:{'|'.join(lexicon.mapping('weekdays', 'word', 'weekday', kind='full'))})\b")


def _initialism_goes_on(text: str, dot: int, end: int) -> bool:
    """An initialism followed by a word in lower case, or by a weekday, goes on with its
    sentence: "the NDRRMC's 8 a.m. update listed", "at 6 p.m. local time", "as of 6 a.m.
    Tuesday, the ministry said"; "at 8 a.m. Rescuers" ends it."""
    after = end + 1 if text.startswith(" ", end) else end
    return (
        after < len(text)
        and (text[after].islower() or _DAY_AFTER_TIME.match(text, after) is not None)
        and _INITIALISM.search(text, max(0, dot - 8), dot) is not None
    )


_INITIALS = _re.compile(r"[A-Z](?:\.[A-Z]){1,2}\.?\Z")


def _is_abbreviation(word: str) -> bool:
    w = word.lower().rstrip(".")
    if w in ABBREVIATIONS:
        return True
    # single capital initials: "Recep T. Erdogan", and a person's run of them: "A.K. Singh",
    # "Dr S.T. Pardeshi" (like "U.S.", a sentence does not end there)
    # (_INITIALS' second character is a full stop: most words are passed over without a call of it)
    return (len(w) == 1 and w.isalpha()) or (word[1:2] == "." and _INITIALS.match(word) is not None)
