"""Sentence splitting with offsets into the document text.

The split is done once per document; every later stage works on (start, end) spans so
that a figure's `quote` is always `text[start:end]` of its sentence.
"""

from __future__ import annotations

import regex as re

# Words that end in a full stop without ending a sentence ("U.N.", "Dr.", "Jan.").
ABBREVIATIONS: frozenset[str] = frozenset(
    {
        "mr", "mrs", "ms", "dr", "prof", "gen", "col", "lt", "sgt", "capt", "maj", "sen", "rep",
        "gov", "pres", "st", "mt", "no", "vs", "etc", "inc", "ltd", "co", "corp", "jr", "sr",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "u.n", "u.s", "u.k", "e.g", "i.e", "approx", "est",
    }
)

# A sentence ends at . ! ? (with any closing quotes or brackets) followed by white space,
# or at a blank line / line break.
SENTENCE_END = re.compile(
    r"""
    (?: [.!?]+ ["'”’»)\]]* (?=\s) )   # terminal punctuation, closers, then a space
    | (?= \n )                        # or a line break: headlines and paragraphs
    """,
    re.VERBOSE,
)

_WORD_BEFORE = re.compile(r"([\w.]+)$")


def split(text: str) -> list[tuple[int, int]]:
    """Spans (start, end) of the sentences of `text`, stripped of surrounding space."""
    spans: list[tuple[int, int]] = []
    start = 0
    for m in SENTENCE_END.finditer(text):
        end = m.end()
        if m.group() and m.group()[0] == ".":
            word = _WORD_BEFORE.search(text, 0, m.start())
            if word and _is_abbreviation(word.group(1)):
                continue
        _add(text, start, end, spans)
        start = end
    _add(text, start, len(text), spans)
    return spans


def _is_abbreviation(word: str) -> bool:
    w = word.lower().rstrip(".")
    if w in ABBREVIATIONS:
        return True
    # single capital initials: "Recep T. Erdogan"
    return len(w) == 1 and w.isalpha()


def _add(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        spans.append((start, end))
