"""Numbers as news text writes them, and the qualifiers and ranges around them."""

from __future__ import annotations

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from tracker import extract
from tracker.extraction.numbers import (
    DIGITS,
    FIRST_WORDS,
    NUMBER_TOKENS,
    NUMBER_STOPS,
    _digit_numbers,
    _number,
    _word_numbers,
    find_numbers,
    first_reading,
    key_starts,
    numbers_within,
    stops_numbers,
    words_to_int,
)
from tracker.extraction.quantities import find_quantities
from tracker.extraction.text import lowered

NUMBERS = [
    ("400,000", 400_000),
    ("400 000", 400_000),
    ("400\u00a0000", 400_000),  # no-break space groups thousands
    ("400\u2009000", 400_000),  # thin space
    ("10,000", 10_000),
    ("2,093,030", 2_093_030),
    ("3.6 million", 3_600_000),
    ("1.2m", 1_200_000),
    ("10k", 10_000),
    ("sixty", 60),
    ("one million", 1_000_000),
    ("three hundred and forty", 340),
    ("Nine hundred and twenty-one", 921),
    ("twenty-one", 21),
    ("a dozen", 12),
    ("two dozen", 24),  # a dozen is a scale: it multiplies the number before it
    ("three dozen", 36),
    ("half a million", 500_000),
    ("one and a half million", 1_500_000),
    ("two and a half billion", 2_500_000_000),
    ("a hundred and fifty-one", 151),
    ("2 lakh", 200_000),  # South Asian scales
    ("1.2 crore", 12_000_000),
    ("1m Ukrainians", 1_000_000),  # "m" after whole digits is a million before people named by their nation
    ("Around1.6 million", 1_600_000),  # glued to the word before it in a damaged feed
    # letters the case-insensitive patterns fold (a long s from an OCR'd or old text)
    ("3 thouſand", 3_000),
    ("Twenty-ſix", 26),
    ("ſeveral thousand", 2_000),
    ("hundreds of thouſands", 200_000),
]


@pytest.mark.parametrize("text, value", NUMBERS)
def test_number_value(text, value):
    numbers = find_numbers(text)
    assert [n.value for n in numbers] == [value], text


VAGUE = [
    ("dozens", 24),
    ("several dozen", 24),
    ("scores", 40),
    ("hundreds", 200),
    ("several hundred", 200),
    ("thousands", 2_000),
    ("tens of thousands", 20_000),
    ("hundreds of thousands", 200_000),
    ("millions", 2_000_000),
]


@pytest.mark.parametrize("text, low", VAGUE)
def test_vague_amounts_are_lower_bounds(text, low):
    (q,) = find_quantities(f"{text} of people fled")
    assert (q.value, q.low, q.high, q.qualifier) == (low, low, None, "at_least")


QUALIFIED = [
    ("more than 500", 500, "at_least", 500, None),
    ("over 500", 500, "at_least", 500, None),
    ("at least 500", 500, "at_least", 500, None),
    ("upwards of 500", 500, "at_least", 500, None),
    ("in excess of 500", 500, "at_least", 500, None),
    ("500 or more", 500, "at_least", 500, None),
    ("nearly 500", 500, "at_most", None, 500),
    ("almost 500", 500, "at_most", None, 500),
    ("up to 500", 500, "at_most", None, 500),
    ("as many as 500", 500, "at_most", None, 500),
    ("fewer than 500", 500, "at_most", None, 500),
    ("about 500", 500, "approx", None, None),
    ("around 500", 500, "approx", None, None),
    ("some 500", 500, "approx", None, None),
    ("an estimated 500", 500, "approx", None, None),
    ("roughly 500", 500, "approx", None, None),
    ("approximately 500", 500, "approx", None, None),
    ("close to 500", 500, "approx", None, None),
    ("an estimated more than 500", 500, "at_least", 500, None),  # the bound wins
    ("at least an estimated 500", 500, "at_least", 500, None),  # ... before the estimate too
    ("at most 500", 500, "at_most", None, 500),
    ("500", 500, "exact", 500, 500),
    ("between 300 and 400", 300, "range", 300, 400),
    ("300-400", 300, "range", 300, 400),
    ("300–400", 300, "range", 300, 400),  # en dash
    ("25,000 to 30,000", 25_000, "range", 25_000, 30_000),
    ("between 2 and 3 million", 2_000_000, "range", 2_000_000, 3_000_000),
    ("between one to 1.5 million", 1_000_000, "range", 1_000_000, 1_500_000),
    # two counts of one size joined by "or": a hedged estimate
    ("40 or 50", 40, "range", 40, 50),
    ("two or three", 2, "range", 2, 3),
    ("2 or 3 million", 2_000_000, "range", 2_000_000, 3_000_000),
]


@pytest.mark.parametrize("text", ["4 or 400", "2019 or 2020"])
def test_or_joins_no_range_of_two_sizes_or_years(text):
    assert len(find_quantities(f"They said {text} people were displaced.")) == 2


@pytest.mark.parametrize("text, value, qualifier, low, high", QUALIFIED)
def test_qualifiers_and_ranges(text, value, qualifier, low, high):
    sentence = f"They said {text} people were displaced."
    (q,) = find_quantities(sentence)
    assert (q.value, q.qualifier, q.low, q.high) == (value, qualifier, low, high), sentence
    assert sentence[q.start : q.end] == text


def test_a_hyphenated_name_is_not_a_number():
    assert [n.value for n in find_numbers("Typhoon Nok-Ten displaced 583,000 families")] == [583_000]


@pytest.mark.parametrize("words, value", [("ninety", 90), ("one hundred", 100), ("two thousand five hundred", 2500)])
def test_words_to_int(words, value):
    assert words_to_int(words) == value


# --- the word-number scan against a plain reading of the same rules -------------------------

# Number words, words that start like them, words before them, separators, digits, and
# letters the regex folds to ASCII ("ſ" reads as "s", "K" as "k").
WORDLIKE = st.sampled_from(
    sorted(
        {*NUMBER_TOKENS, *FIRST_WORDS, "Twenty-One", "HUNDREDS", "A", "Half", "Several", "and", "of", "few",
         "tents", "threat", "through", "fortune", "fifth", "often", "someone", "tenth", "scored", "thirtieth",
         "ſix", "ſeveral", "éone", "oneé", "İone", "Kone", "one2", "_one", "Nok", "people", "3", "3.6", "1,200"}
    )
)
SEPARATOR = st.sampled_from([" ", " ", "  ", "-", "\u00a0", "\t", "\n", ", ", ". ", "", "(", " and "])
WORDY_TEXT = st.lists(
    st.tuples(st.one_of(WORDLIKE, WORDLIKE, st.text(max_size=3)), SEPARATOR).map("".join), max_size=15
).map("".join)


def _reference_word_numbers(text: str, lower: str, digits: list) -> list:
    """The rules of `_word_numbers` read plainly: at every word that is a number word
    ("zero" starts no number) outside a number in digits, WORDS is tried (first_reading) from the word two
    words before it (four before "million" and "billion", for "a quarter of a million"; white
    space or a hyphen between them), then one, then the word itself."""
    out: list = []
    last_end = -1
    for at in range(len(lower)):
        if at < last_end or (at > 0 and lower[at - 1].isalpha()):
            continue
        if any(n.start <= at < n.end for n in digits):
            continue
        stop = at
        while stop < len(lower) and lower[stop].isalpha():
            stop += 1
        if lower[at:stop] not in NUMBER_TOKENS - {"zero"}:
            continue
        begins = [at]
        while len(begins) < (5 if lower[at:stop] in ("million", "billion") else 3):
            j = begins[0]
            while j > 0 and lower[j - 1] in " \t\n\u00a0-":
                j -= 1
            if j == 0 or not lower[j - 1].isalpha():
                break
            while j > 0 and lower[j - 1].isalpha():
                j -= 1
            begins.insert(0, j)
        number = first_reading(text, lower, [b for b in begins if b >= last_end], at)
        if number is not None:
            out.append(number)
            last_end = number.end
    return out


def _outcome(scan, text: str):
    lower = lowered(text)
    digits = [n for n in map(_number, DIGITS.finditer(text)) if n is not None]
    return scan(text, lower, digits)


@settings(max_examples=2_000, deadline=None)
@given(WORDY_TEXT)
@example("ſix two")  # WORDS reads "ſix two" (no number), so "two" is not read alone
@example("half a million, several hundred thousand, tens of thousands, a dozen")
@example("Nok-Ten, one-two, 3 million, twenty-one tents")
def test_word_number_scan_matches_plain_reading(text):
    assert _outcome(_word_numbers, text) == _outcome(_reference_word_numbers, text), text


# Pieces of counts and the characters around them, for the stretches read alone: digits with
# their separators, scale words, number words, and every stop, a full stop among them.
STRETCH_PIECES = st.sampled_from(
    ["3", "3.6", "1,200", "400", "000", "44.000", "2,5", "10,43,161", "March 12", "million", "Million", "thousand",
     "m", "bn", "k", "people", "Ukrainians", "three", "hundred", "several", "a", "half", "quarter", "of", "and", "to",
     "twenty-one", "dozens", "tens", "tents", "someone", ".", "-", ",", "\n", "\u00a0", *NUMBER_STOPS]
)
STRETCH_TEXT = st.lists(st.tuples(STRETCH_PIECES, st.sampled_from(["", " ", "  ", "\n", "-", ". "])).map("".join), max_size=40).map("".join)


@settings(max_examples=1_500, deadline=None)
@given(STRETCH_TEXT)
@example("Floods kill three\nthousand. 2.\n5 million) 400 000 (3.6\nmillion) fled! 12 500 ... 3.5m people")
def test_a_stretch_between_stops_holds_the_numbers_the_whole_scan_finds_there(text):
    """`numbers_within` reads from a start no number runs across to a stop no number reads
    past: the numbers the whole text's scan finds starting there, the same."""
    lower = lowered(text)
    keys = sorted(key_starts(lower))
    whole = find_numbers(text, lower)
    stops = [i for i in range(len(text)) if stops_numbers(text, i)]
    starts = [0, *(i + 1 + len(text[i + 1 :]) - len(text[i + 1 :].lstrip()) for i in stops)]
    for start in starts:
        for stop in [s for s in stops if s >= start] + [len(text)]:
            expected = [n for n in whole if start <= n.start < stop]
            assert numbers_within(text, lower, start, stop, keys) == expected, (text, start, stop)


# Counts in digits and what may stand around them, for the counts read without the pattern
# (`numbers._count_end`): separators, scale words and abbreviations, look backs' capitals, digits
# beyond ASCII, characters beyond Latin-1.
COUNT_PIECES = st.sampled_from(
    ["500", "1,200", "1,200,000", "12,5", "3.6", "1.500", "2024", "44.000", "400 000", "\u0663", "A", "M", "b", "m", "k",
     "million", "Millions", "thousand", "lakhs", "lack", "people", "_", ".", ",", "-", "(", ")", "%", "\n", "\u00a0",
     "\u2019", "\u212a", "ſ"]
)
COUNT_TEXT = st.lists(st.tuples(COUNT_PIECES, st.sampled_from(["", " ", "  ", "\n", "-", ". "])).map("".join), max_size=30).map("".join)


@settings(max_examples=2_000, deadline=None)
@given(COUNT_TEXT, st.integers(0, 5), st.integers(0, 5))
@example("killed 500 people, 1,200,000 were displaced and 3.6 million fled", 0, 0)
@example("M23 took 4 between 3.6 millions and 1.500 million (2024)", 0, 0)
@example("1,200 thousand fled, 0.500 million, 2.25 lakhs, 3.6 millionaires and 1,200.500 millions (A380 5 crores)", 0, 0)
def test_counts_read_without_the_pattern_are_the_patterns(text, cut_start, cut_stop):
    """A stretch read without the timeout finds the numbers in digits DIGITS's scan of it
    finds, where its counts are read without the pattern."""
    start, stop = min(cut_start, len(text)), max(min(cut_start, len(text)), len(text) - cut_stop)
    expected = [n for n in map(_number, DIGITS.finditer(text, start, stop)) if n is not None]
    assert _digit_numbers(text, start, stop, None) == expected, (text, start, stop)


# Number words and what may stand around them, for the lone words read without the pattern
# (`numbers._stands_alone`): gaps the pattern goes on over, words that go on a number, letters
# the case-blind pattern reads as ASCII ("ſ", the Kelvin sign), digits and "_" after a word.
WORD_PIECES = st.sampled_from(
    ["two", "Three", "SEVEN", "forty", "ten", "tens", "twenty-one", "one", "and", "a", "half", "million", "thousand",
     "hundred", "thousands", "of", "dozen", "people", "Nok", "-", "\u017feven", "\u212aill", "twelve", "2", "and a half",
     "several", "tents", "two_", "two\u017f", "\u00e9", "\u0130", ",", ".", "\n", "\t", "\u00a0", "\r"]
)
WORD_TEXT = st.lists(
    st.tuples(WORD_PIECES, st.sampled_from(["", " ", "  ", "\n", "-", " - ", "\u00a0", "\t", ", ", "\r\n"])).map("".join),
    max_size=12,
).map("".join)


@settings(max_examples=2_000, deadline=None)
@given(WORD_TEXT, st.integers(0, 4))
@example("three days, forty-one people, two thousand, one and a half million, Nok-seven, two \u017feven", 0)
def test_lone_words_read_without_the_pattern_are_the_patterns(text, cut):
    """The numbers in words of a stretch are those the pattern reads from each of its keys,
    where a lone number word is read without it."""
    import tracker.extraction.numbers as numbers

    lower, endpos = lowered(text), max(0, len(text) - cut)
    found = _word_numbers(text, lower, [], None, None, endpos)
    alone = numbers._stands_alone
    numbers._stands_alone = lambda *args: False  # every word read by the pattern
    try:
        assert found == _word_numbers(text, lower, [], None, None, endpos), (text, endpos)
    finally:
        numbers._stands_alone = alone


# --- number forms of wire, local and agency copy ---------------------------------------

NUMBER_FORMS = [
    # (sentence, the values of its numbers in order)
    ("The floods have forced 1-million people from their homes.", [1_000_000]),
    ("Some 3.7-million people need food aid, the agency said.", [3_700_000]),
    ("The war has uprooted 1.2-billion dollars' worth of trade.", [1_200_000_000]),
    ("A half million people remain in camps.", [500_000]),
    ("The storm left a half-million people without shelter.", [500_000]),
    ("Nearly half-million people have crossed into Chad.", [500_000]),
    ("Officials said a quarter of a million people had fled.", [250_000]),
    ("A quarter-million Rohingya live in the camps.", [250_000]),
    ("The fighting has displaced 2,5 million people, OCHA said.", [2_500_000]),  # a decimal comma
    ("More than 1,3 million people have fled North Kivu.", [1_300_000]),
    ("The number of displaced rose to 200 000 on Friday.", [200_000]),  # spaces group thousands
    ("Health officials recorded 36 943 cases and 1210 deaths.", [36_943, 1_210]),
    ("The death toll has surged to almost 1 000.", [1_000]),
    ("Flash update\n400 000\nHundreds of thousands have fled", [400_000, 200_000]),  # no scale across a line's end
    ("A total of 10,43,161 people are marooned in 136 unions.", [1_043_161, 136]),  # lakhs
    ("The state reported 2,50,00,000 people affected.", [25_000_000]),  # crores
    ("Arrivals in the north-west have reached 44.000 at the crossings.", [44_000]),  # dots group thousands
    ("Some 16.685 Syrians had returned, 305 of them on Tuesday.", [16_685, 305]),
    ("A census put the district at 1.234.567 residents.", [1_234_567]),
    ("250K affected people | 164K people reached | 43.4K internally displaced", [250_000, 164_000, 43_400]),
]


@pytest.mark.parametrize(("sentence", "values"), NUMBER_FORMS, ids=[s for s, _ in NUMBER_FORMS])
def test_number_forms_of_real_reporting(sentence, values):
    assert [n.value for n in find_numbers(sentence)] == values, sentence


NOT_GROUPED = [
    # a space, a dot or a comma that joins no thousands: the numbers stay apart or decimal
    ("The quake struck on March 12 500 metres below the town.", [12, 500]),  # a day, then a count
    ("In May 2 000 people fled the town.", [2_000]),  # no count starts with 0: a group
    ("Aid reached 3.6 million people.", [3_600_000]),  # a decimal before a scale word
    ("The agency said 1.500 million people were at risk.", [1_500_000]),  # 1.5 million, not 1,500 million
    ("The magnitude was 6.2 and 3 aftershocks followed.", [6, 3]),  # one decimal is no group
    ("Rates fell to 0.750 in the survey.", [1]),  # a leading zero groups nothing (0.75)
    ("The towns, 3,12 km apart, were hit.", [3]),  # a decimal comma only before a scale word
    ("In 2019 200 people were killed.", [2019, 200]),  # a year, then a count
]


@pytest.mark.parametrize(("sentence", "values"), NOT_GROUPED, ids=[s for s, _ in NOT_GROUPED])
def test_separators_that_group_nothing_are_left_alone(sentence, values):
    assert [n.value for n in find_numbers(sentence)] == values, sentence


# A dot before exactly three digits groups thousands where the number counts people or homes
# ("10.829 people"); before a measure, a percentage, a level or money the number counts no one,
# whatever its value, and a decimal before a scale word stays a decimal ("1.500 million").
DOTTED_FIGURES = [
    ("Some 2.300 families returned to their villages in the district last week.", [("returned", 2_300, "families")]),
    ("The death toll rose to 1.234 on Monday, officials said.", [("killed", 1_234, "people")]),
    ("Inflation reached 2.3 percent as 4.500 people fled the fighting.", [("displaced", 4_500, "people")]),
    ("Floods covered 10.829 km of roads and displaced 3.200 families.", [("displaced", 3_200, "families")]),
    ("A 6.2 magnitude quake struck at 10.30 on Monday, killing 12 people.", [("killed", 12, "people")]),
    ("Prices returned to 1.200 levels after the floods, traders said.", []),
    ("The convoy returned 3.500 km to the base after the floods.", []),
    ("Version 2.100 of the flood warning app was returned to the store.", []),
    ("The team returned 1.500 million dollars of aid money after the floods.", []),
]


@pytest.mark.parametrize(("sentence", "figures"), DOTTED_FIGURES, ids=[s for s, _ in DOTTED_FIGURES])
def test_dots_group_thousands_only_in_counts(sentence, figures):
    found = extract(sentence, published="2024-03-03")
    assert [(f.indicator, f.value, f.unit) for f in found] == figures, sentence


QUANTITY_FORMS = [
    # (sentence, value, qualifier, low, high)
    ("Between 1,5 and 2,5 million people have fled.", 1_500_000, "range", 1_500_000, 2_500_000),
    ("Officials feared 1,5 to 2,5 million had been displaced.", 1_500_000, "range", 1_500_000, 2_500_000),
    ("The ministry said thousands more injured were in hospital.", 2_000, "at_least", 2_000, None),
    ("Rescuers searched for dozens of missing people.", 24, "at_least", 24, None),
    ("Over 200 000 displaced, the agency said.", 200_000, "at_least", 200_000, None),
    ("Nearly a half-million people have fled.", 500_000, "at_most", None, 500_000),
]


@pytest.mark.parametrize(("sentence", "value", "qualifier", "low", "high"), QUANTITY_FORMS, ids=[q[0] for q in QUANTITY_FORMS])
def test_quantities_in_real_number_forms(sentence, value, qualifier, low, high):
    (q,) = find_quantities(sentence)
    assert (q.value, q.qualifier, q.low, q.high) == (value, qualifier, low, high), sentence


def test_a_short_stretch_read_alone_is_scanned_without_the_timeout(monkeypatch):
    """`find_numbers(..., guarded=False)` scans a stretch of at most limits.UNGUARDED_CHARS
    (a sentence read alone) without the regex timeout, whose clock costs more than such a
    scan; a longer stretch, and every call that does not say so, keep it."""
    from tracker.extraction import limits

    monkeypatch.setattr(limits, "regex_timeout", lambda: 1e-12)  # any guarded scan times out
    short = "The upper house killed the bill by 4,607 votes to 1,297 on Tuesday"
    assert [n.value for n in find_numbers(short, guarded=False)] == [4607, 1297]
    with pytest.raises(TimeoutError):
        find_numbers(short)
    with pytest.raises(TimeoutError):
        find_numbers(short + " and" * (limits.UNGUARDED_CHARS // 4), guarded=False)
