"""Properties of `extract` on arbitrary text: it never raises, and every figure can be
traced back to its sentence and its wording."""

from __future__ import annotations

import datetime as dt
import json
import textwrap
from dataclasses import dataclass
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tracker import extract
from tracker.extraction.numbers import find_numbers
from tracker.read.documents import iter_inputs

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
        (qualifiers.QUALIFIER_BEFORE, qualifiers.LOOKBACK, qualifiers.BEFORE_ENDINGS, "", ()),
        (qualifiers.ADDITIVE_BEFORE, 25, qualifiers.ADDITIVE_ENDINGS, "", ()),
        (rules.NOT_A_COUNT_BEFORE, rules.LABEL_REACH, rules.NOT_A_COUNT_BEFORE_SUFFIXES, "-.", rules.NOT_A_COUNT_BEFORE_WORDS),
        (qualifiers.CHANGE_BEFORE, 30, (), "", qualifiers.CHANGE_ENDINGS),
    ):
        lo = max(0, start - reach)
        if pattern.search(text, lo, start):
            assert may_end_with(text, start, lo, suffixes, skip, words), (pattern.pattern[:40], before)


ASCII_WORDS = st.sampled_from(
    ["killed", "displaced", "fled", "weredisplaced", "for", "the", "refugees", "internally", "x", "tents",
     "dish", "disappeared", "killjoy", "evacuees", "reevacuated", "deadline", "numbered", "number", "toll",
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


@settings(max_examples=300, deadline=None)
@given(st.lists(ASCII_WORDS, max_size=20).map("".join), st.integers(0, 200), st.integers(0, 200))
def test_ascii_trigger_scan_passes_over_only_words_that_start_no_trigger(text, a, b):
    # find_triggers reads, in an ASCII stretch, only the words ASCII_STARTING finds: those of
    # ASCII_CANDIDATE at which a trigger may be found; at the others `_trigger_in` finds none
    from tracker.extraction import indicators
    from tracker.extraction.text import lowered

    lower = lowered(text)
    pos, endpos = min(a, b, len(text)), min(max(a, b), len(text))
    every = indicators._ascii_candidates(lower, pos, endpos)
    kept = indicators._ascii_candidates(
        lower, pos, endpos, indicators.ASCII_STARTING, indicators._may_start_ascii_trigger
    )
    assert kept == [(at, word) for at, word in every if indicators._may_start_ascii_trigger(word)]
    for at, word in set(every) - set(kept):
        assert indicators._trigger_in(text, word, at, endpos) is None, (text, word)


@settings(max_examples=300, deadline=None)
@given(st.lists(ASCII_WORDS | st.sampled_from(["home", "athome", "redisplacment", "twenty", "rescued"]), max_size=20).map("".join),
       st.integers(0, 200), st.integers(0, 200))
def test_ascii_trigger_scan_reads_the_same_words_from_the_document_scan(text, a, b):
    # the words find_triggers reads where the document's pre-scan found its keys (`_words_at`)
    # are those it finds scanning the stretch itself, and maybe words at which it finds none
    from tracker.extraction import indicators, prescan
    from tracker.extraction.text import lowered

    lower = lowered(text)
    pos, endpos = min(a, b, len(text)), min(max(a, b), len(text))
    starting = prescan.DOCUMENT_SCANNER(lower).starting()
    read = indicators._candidate_words(lower, pos, endpos, starting)
    scanned = indicators._candidate_words(lower, pos, endpos)
    assert [w for w in read if w in scanned] == scanned
    for at, word in set(read) - set(scanned):
        assert indicators._trigger_in(text, word, at, endpos) is None, (text, word)


# Words with letters outside ASCII (accents, a Turkish dotted capital, a long s, the Kelvin
# sign, a combining accent), marks outside ASCII (curly quotes, dashes, no-break spaces) and
# triggers glued to them or cut by the stretch's ends.
UNICODE_WORDS = st.sampled_from(
    ["killed", "killéd", "kíllings", "displaced", "déplacés", "weredisplaced", "Flüchtlinge", "İstanbul", "ſome",
     "\u212aILLED", "e\u0301vacuated", "evacuees", "refugees", "’", "“", "—", "\u00a0", " ", ",", "0", "_", "\n", "x", "ß"]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(UNICODE_WORDS, max_size=20).map("".join), st.integers(0, 200), st.integers(0, 200))
def test_stand_in_trigger_scan_sees_the_words_the_token_scan_sees(text, a, b):
    from tracker.extraction import indicators
    from tracker.extraction.text import lowered

    assert indicators.ASCII_HEADS  # else the token scan is used
    lower = lowered(text)
    pos, endpos = min(a, b, len(text)), min(max(a, b), len(text))
    assert indicators._stand_in_candidates(lower, pos, endpos) == indicators._token_candidates(lower, pos, endpos)


# The wording of a figure (text[start:end], its qualifier included) lies inside its quote,
# whatever stands around it: line breaks, blank lines, list marks, run-on stretches.
AROUND = st.sampled_from(
    ["estimated\n", "estimated\n\n", "about.\n", "more than\n", "some\n- ", "nearly ", "another\n\n",
     "up to\n", "\n", "a " * 300, "or more\n\n", " or so", ".\n", "\n\n"]
)
WORDED = st.lists(st.one_of(AROUND, FRAGMENTS, st.sampled_from(["6 asylum seeker", "500 people fled"])), max_size=12).map(
    "".join
)


@settings(max_examples=500, deadline=None)
@given(WORDED)
def test_the_wording_lies_inside_its_quote(text):
    for f in extract(text):
        assert f.quote_start <= f.start < f.end <= f.quote_start + len(f.quote), (text, f.start, f.end, f.quote)
        assert text[f.start : f.end] in f.quote


# Text hard-wrapped at 72 columns gives the figures of the same text unwrapped.
SENTENCES = st.sampled_from(
    [
        "More than 500 civilians have been killed in the offensive since late April, the United Nations said.",
        "Some 1,200 families have fled their homes in Atareb since Friday, according to OCHA.",
        "Local officials said that between 18,000 and 25,000 people were displaced by the floods last week.",
        "The ministry put the number of people injured in the blast at 74, and said dozens more were missing.",
        "Turkey already hosts about 3.6 million Syrian refugees, more than any other country in the world.",
        "An estimated 3 million civilians are trapped in the area, aid agencies warned on Monday.",
        "Rescuers pulled 12 bodies from the rubble overnight, bringing the death toll to 140.",
        "The road to the border, 33 km (20 miles) away, was cut in 2014.",
    ]
)
PARAGRAPHS = st.lists(st.lists(SENTENCES, min_size=1, max_size=5).map(" ".join), min_size=1, max_size=4)


def _figures(text: str, published: str | dt.date | None = None) -> list[tuple]:
    found = extract(text, published=published)
    return sorted(((f.indicator, f.value, f.low, f.high, f.qualifier, f.unit) for f in found), key=repr)


@settings(max_examples=150, deadline=None)
@given(PARAGRAPHS)
def test_wrapped_and_unwrapped_text_give_the_same_figures(paragraphs):
    unwrapped = "\n\n".join(paragraphs)
    wrapped = "\n\n".join(textwrap.fill(p, WRAP_WIDTH) for p in paragraphs)
    assert _figures(wrapped) == _figures(unwrapped), wrapped


SEEDS = Path(__file__).resolve().parent.parent / "seeds"
WRAP_WIDTH = 72
TABLE_CELL = " | "


@dataclass(frozen=True)
class Labelled:
    id: str
    text: str
    published: str | dt.date | None


def _labelled_texts(gold: Path) -> list[Labelled]:
    """Every labelled text, read in place."""
    out = []
    for name in ("news.jsonl", "idetect.jsonl"):
        path = gold / name
        if path.exists():
            for line in path.read_text(encoding="utf-8").splitlines():
                if line.strip():
                    row = json.loads(line)
                    out.append(Labelled(row["id"], row["text"], row.get("published")))
    if (gold / "seeds.jsonl").exists():
        for item in iter_inputs([str(SEEDS)]):
            if hasattr(item, "text"):
                out.append(Labelled(item.id, item.text, item.published))
    return out


def test_every_labelled_text_gives_the_same_figures_wrapped_at_72_columns(shared_gold):
    texts = _labelled_texts(shared_gold)
    if not texts:
        pytest.skip(f"no labelled texts in {shared_gold}")
    changed = []
    for t in texts:
        # each line of prose broken at 72 columns, as a mail client or a PDF would; the line
        # breaks the text has (a list's items) stay where they are, and a table's row (cells
        # between " | ") is left whole: a row broken inside a cell is another table
        wrapped = "\n".join(
            line if TABLE_CELL in line else textwrap.fill(line, WRAP_WIDTH) for line in t.text.split("\n")
        )
        if _figures(wrapped, t.published) != _figures(t.text, t.published):
            changed.append(t.id)
    assert not changed, f"{len(changed)} of {len(texts)} labelled texts change when wrapped: {changed[:10]}"
