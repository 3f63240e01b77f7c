"""Properties of `extract` on arbitrary text: it never raises, and every figure can be
traced back to its sentence and its wording."""

from __future__ import annotations

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from tracker import extract
from tracker.extraction.numbers import find_numbers

# Real fragments mixed with arbitrary unicode: the figures' neighbourhoods get exercised,
# not only random noise that holds no number.
FRAGMENTS = st.sampled_from(
    [
        "more than 500 civilians have been killed",
        "about 3 million",
        "Hundreds of thousands of people have fled",
        " (OCHA, 18 February 2017)",
        "between 18,000 and 25,000 people were displaced",
        "said on Friday that",
        "400 000",
        "3.6 million Syrian refugees",
        ". ",
        "\n\n",
        "“",
        "”, he said.",
        "—",
        "\u00a0",
        "nearly one million",
        "2014",
        "33 km (20 miles)",
    ]
)
TEXT = st.lists(st.one_of(FRAGMENTS, st.text(max_size=40)), max_size=25).map("".join)
# extract accepts publication dates from 1900 to 2100 (outside: a ValueError that says so)
PUBLISHED = st.one_of(
    st.none(), st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2100, 12, 31)).map(lambda d: d.isoformat())
)


@settings(max_examples=300, deadline=None)
@given(TEXT, PUBLISHED)
def test_extract_never_raises_and_spans_hold(text, published):
    for f in extract(text, published=published):
        # the quote is the sentence, found where the figure says it is
        assert text[f.quote_start : f.quote_start + len(f.quote)] == f.quote
        # the wording lies inside its sentence and holds the number
        assert f.quote_start <= f.start < f.end <= f.quote_start + len(f.quote)
        # and text[start:end] holds the figure's number
        numbers = [n.value for n in find_numbers(text[f.start : f.end])]
        assert f.value in numbers or (f.qualifier == "range" and f.high in numbers), (text[f.start : f.end], f.value)
        assert f.value > 0
        if f.low is not None and f.high is not None:
            assert f.low <= f.value <= f.high


@settings(max_examples=200, deadline=None)
@given(st.text())
def test_extract_never_raises_on_any_unicode(text):
    extract(text)


# The cheap tests that guard the backwards patterns must never hide a match: wherever the
# pattern finds its wording before a number, the guard lets it be tried.
BEFORE_WORDINGS = st.sampled_from(
    ["more than ", "nearly ", "an estimated ", "another ", "a further ", "US$", "$ ", "March ", "Sept. ",
     "No. ", "magnitude-", "H5N", "F-", "one in every ", "aged ", "the first ", "covid-", "turnover ",
     "forcedmore than ", "Around", "approx. ", "USD ", "# ", "10:", "killed ", "of ", "\u00a0", "rose from ",
     "climbed by ", "went up from\n", "Xby "]
)
GUARDED = st.lists(st.one_of(BEFORE_WORDINGS, st.text(max_size=12)), max_size=6).map("".join)


@settings(max_examples=400, deadline=None)
@given(GUARDED)
def test_guards_never_hide_a_wording_before_a_number(before):
    from tracker.extraction import qualifiers, rules
    from tracker.extraction.text import may_end_with

    text = before + "500 people"
    start = len(before)
    for pattern, reach, suffixes, skip, words in (
        (qualifiers.QUALIFIER_BEFORE, qualifiers.LOOKBACK, qualifiers.BEFORE_ENDINGS, "", frozenset()),
        (qualifiers.ADDITIVE_BEFORE, 25, qualifiers.ADDITIVE_ENDINGS, "", frozenset()),
        (rules.NOT_A_COUNT_BEFORE, rules.LABEL_REACH, rules.NOT_A_COUNT_BEFORE_SUFFIXES, "-", rules.NOT_A_COUNT_BEFORE_WORDS),
        (qualifiers.CHANGE_BEFORE, 30, (), "", qualifiers.CHANGE_ENDINGS),
    ):
        lo = max(0, start - reach)
        if pattern.search(text, lo, start):
            assert may_end_with(text, start, lo, suffixes, skip, words), (pattern.pattern[:40], before)


ASCII_WORDS = st.sampled_from(
    ["killed", "displaced", "fled", "weredisplaced", "for", "the", "refugees", "internally", "x", "tents",
     "said", "homes", "0", " ", "  ", ",", ".", "-", "killedx", "hadevacuated", "\n"]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(ASCII_WORDS, max_size=20).map("".join), st.integers(0, 200), st.integers(0, 200))
def test_ascii_trigger_scan_sees_the_words_the_token_scan_sees(text, a, b):
    from tracker.extraction import indicators

    pos, endpos = min(a, b, len(text)), min(max(a, b), len(text))
    slow = [
        (tok.start(), tok.group())
        for tok in indicators.TOKEN.finditer(text, pos, endpos)
        if tok.group()[: indicators.HEAD_LENGTH] in indicators.TRIGGER_INDEX or len(tok.group()) > indicators.GLUED_LENGTH
    ]
    assert indicators._ascii_candidates(text, pos, endpos) == slow
