"""The shortcuts provenance takes before its costly patterns find what those patterns find:
on ASCII text the standard library's twin of a case-blind pattern, and the cheap tests that
skip a pattern only where it cannot match. Texts mix wire-copy words with the characters
where the two regex engines or the two cases differ (the separators \\x1c-\\x1f, the long s,
the dotted and dotless i, the Kelvin sign, accents, no-break spaces)."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from tracker.provenance import dates, places, sources

PIECES = st.sampled_from(
    [
        "said", "says", " said ", ", said ", "” said ", "Said", "SAID", "ſaid", ",\x1csaid", "added", "wrote",
        " officials", "an OFFICIAL", "ſpokesman", " Ministry", "the ministry", "GOVERNMENT", " government",
        " Monday", "monday", "This week", "this\x1cweek", "Last\u00a0week", "last  month", " 2019", "20\u0661\u0662",
        "January", "Jan.", "Janu", "the attack", "THE ATTACK", "the\x1cattack", "the\u2003attack", "Another",
        "said in ", "told reporters in ", "IN ", "in\x1c", "ın ", "İn ", "in\u00a0", "neighbouring ", "NEIGHBORING ",
        "Situation Report", "SITREP", "fact\nsheet", "ſitrep", "Jan Egeland of the NRC", "K", "é", "\u0301", "_",
        "toll", "Figures", "counts", "that\nday", "A further", "-", " ", "\n", ",", ".", '"', "’", "x", "A",
    ]
)
TEXT = st.lists(PIECES, max_size=25).map("".join)
SPAN = st.tuples(st.integers(0, 300), st.integers(0, 300))


def _window(text: str, span: tuple[int, int]) -> tuple[int, int]:
    a, b = sorted(span)
    return min(a, len(text)), min(b, len(text))


@settings(max_examples=200, deadline=None)
@given(TEXT, SPAN)
def test_case_blind_gates_agree_with_their_patterns(text, span):
    lo, hi = _window(text, span)
    for pattern, lower in [(sources.HEAD_WORD, sources.HEAD_WORD_LOWER), (sources.UNNAMED_HINT, sources.UNNAMED_HINT_LOWER)]:
        assert sources._found_in(text, lo, hi, pattern, lower) == (pattern.search(text, lo, hi) is not None)


@settings(max_examples=200, deadline=None)
@given(TEXT)
def test_reporting_verbs_are_the_whole_words_of_the_list(text):
    words = [m.span() for m in re.finditer(r"\w+", text) if m.group() in sources.REPORT_VERBS]
    assert [m.span() for m in sources.VERB.finditer(text)] == words


@settings(max_examples=200, deadline=None)
@given(TEXT)
def test_cheap_tests_pass_wherever_their_patterns_match(text):
    if sources.INVERTED.search(text):
        assert sources._may_be_inverted(text)
    if sources.PERSON_OF_BODY.match(" ".join(text.split())):
        assert sources._person_of_body(" ".join(text.split()))
    if sources.REPORT_TITLE.search(text):
        assert any(w in text.casefold() for w in sources.REPORT_TITLE_WORDS)
    if any(places.NEIGHBOURING.search(text, max(0, i - places.NEIGHBOURING_REACH), i) for i in range(len(text) + 1)):
        assert places._may_say_neighbouring(text)


@settings(max_examples=200, deadline=None)
@given(TEXT, SPAN)
def test_venue_test_agrees_with_the_venue_pattern(text, span):
    lo, at = _window(text, span)
    assert places._at_venue(text, lo, at) == (places.VENUE.search(text, lo, at) is not None)


@settings(max_examples=200, deadline=None)
@given(TEXT)
def test_date_hints_find_the_same_on_any_text(text):
    for hint in dates.ASCII_TWINS:
        assert [m.span() for m in dates._in_ascii(text, hint).finditer(text)] == [m.span() for m in hint.finditer(text)]
    assert dates._refers_back(text) == (dates.BACK_REFERENCE.search(text) is not None)


@settings(max_examples=200, deadline=None)
@given(TEXT)
def test_hints_tried_at_their_start_words_find_what_they_find_anywhere(text):
    for hint in dates.HINT_STARTS:
        assert [m.span() for m in dates._hint_matches(text, hint)] == [m.span() for m in hint.finditer(text)]


@settings(max_examples=200, deadline=None)
@given(TEXT)
def test_substring_tests_pass_wherever_their_word_patterns_match(text):
    if sources.VERB.search(text):
        assert sources._holds_any(text, sources.VERB_PIECES)
    if sources.COUNT_HINT.search(text):
        assert sources._holds_any(text, sources.COUNT_PIECES)


def test_every_date_hint_stripped_of_punctuation_is_a_hint():
    # `_hint_words` looks up the words of a sentence stripped only
    for hints in (dates.WRITTEN_HINTS, dates.RELATIVE_HINTS, dates.SPAN_HINTS, dates.PART_HINTS, dates.RANGE_HINTS):
        assert {h.strip(dates._STRIP) for h in hints} <= hints
