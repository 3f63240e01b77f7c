"""Numbers as news text writes them, and the qualifiers and ranges around them."""

from __future__ import annotations

import pytest

from tracker.numbers import find_numbers, words_to_int
from tracker.quantities import find_quantities

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
    ("half a million", 500_000),
    ("Around1.6 million", 1_600_000),  # glued to the word before it in a damaged feed
]


@pytest.mark.parametrize("text, value", NUMBERS)
def test_number_value(text, value):
    numbers = find_numbers(text)
    assert [n.value for n in numbers] == [value], text


VAGUE = [
    ("dozens", 24),
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
    ("500", 500, "exact", 500, 500),
    ("between 300 and 400", 300, "range", 300, 400),
    ("300-400", 300, "range", 300, 400),
    ("300–400", 300, "range", 300, 400),  # en dash
    ("25,000 to 30,000", 25_000, "range", 25_000, 30_000),
    ("between 2 and 3 million", 2_000_000, "range", 2_000_000, 3_000_000),
    ("between one to 1.5 million", 1_000_000, "range", 1_000_000, 1_500_000),
]


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
