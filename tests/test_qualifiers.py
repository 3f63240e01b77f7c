"""Qualifier words: what makes a number a bound or an estimate, as reporters write it,
slips of the keyboard included."""

from __future__ import annotations

import pytest

from tracker.extraction.qualifiers import BEFORE, NOT_SLIPS, SLIP_WORDS, is_slip, slip_table, slipped, slips

SLIPPED = slip_table().phrases
from tracker.extraction.quantities import find_quantities

QUALIFIED = [
    # (sentence, wording of the quantity, qualifier, low, high)
    ("The death toll exceeded 5,000 on Sunday, the ministry said.", "exceeded 5,000", "at_least", 5_000, None),
    ("The number of dead exceeds 44,000, the civil defence said.", "exceeds 44,000", "at_least", 44_000, None),
    ("Exceeding 1,200 people have been evacuated from the coast.", "Exceeding 1,200", "at_least", 1_200, None),
    ("Arrivals in Chad surpassed 600,000 this week, UNHCR said.", "surpassed 600,000", "at_least", 600_000, None),
    ("The toll, surpassing 300, is the worst since 2010.", "surpassing 300", "at_least", 300, None),
    ("The tally of the dead topped 1,000 on Tuesday.", "topped 1,000", "at_least", 1_000, None),
    ("Cholera cases have neared 20,000 in the province.", "neared 20,000", "at_most", None, 20_000),
    ("The number of displaced is nearing 150,000, officials said.", "nearing 150,000", "at_most", None, 150_000),
    ("The death toll approached 2,000 by nightfall.", "approached 2,000", "at_most", None, 2_000),
    ("Upwards of 3,000 families remain in the camps.", "Upwards of 3,000", "at_least", 3_000, None),
    ("In excess of 10,000 people were evacuated.", "In excess of 10,000", "at_least", 10_000, None),
    # the sign a situation report's key figures write for "more than"
    ("Key figures: >8,000 missing people", ">8,000", "at_least", 8_000, None),
    ("Missing: ≥ 120 people, the civil protection office said.", "≥ 120", "at_least", 120, None),
    # "about" as a verb's preposition is no qualifier ("talking about"); a report of about N is one
    ("'We are talking about 67 321 displaced people,' he said.", "67 321", "exact", 67_321, 67_321),
    ("Officials reported about 300 deaths.", "about 300", "approx", None, None),
    # a bound that ends a longer phrase of the other bound is that phrase's
    ("Officials said no more than 50 people were displaced.", "no more than 50", "at_most", None, 50),
    ("Not more than 50 people were displaced.", "Not more than 50", "at_most", None, 50),
    ("No fewer than 30 people were killed.", "No fewer than 30", "at_least", 30, None),
    ("Not less than 25 people were killed.", "Not less than 25", "at_least", 25, None),
    ("Not more than 40 people were injured.", "Not more than 40", "at_most", None, 40),
    ("Fewer than 30 people were killed.", "Fewer than 30", "at_most", None, 30),
    # a qualifier hyphenated to its count: no compound ("20-year-old")
    ("Some 1,600-plus families fled the clashes.", "Some 1,600-plus", "at_least", 1_600, None),
    ("The 300-odd families who fled were housed in schools.", "300-odd", "approx", None, None),
]


@pytest.mark.parametrize(("sentence", "wording", "qualifier", "low", "high"), QUALIFIED, ids=[q[0] for q in QUALIFIED])
def test_bound_words(sentence, wording, qualifier, low, high):
    (q,) = [q for q in find_quantities(sentence) if not q.year_like]
    assert (sentence[q.start : q.end], q.qualifier, q.low, q.high) == (wording, qualifier, low, high), sentence


SLIPPED_BOUNDS = [
    # a bound that survives a slip of the keyboard or a doubled word
    ("More than than 500 civilians were killed, the monitor said.", "More than than 500", "at_least"),
    ("Officials said at lest 30 people had died in the landslide.", "at lest 30", "at_least"),
    ("Police said at leat 14 people were injured.", "at leat 14", "at_least"),
    ("Atleast 12 people died when the bridge collapsed.", "Atleast 12", "at_least"),
    ("Witnesses said more then 200 homes were burned.", "more then 200", "at_least"),
    ("The flood forced morethan 5,000 people from their homes.", "morethan 5,000", "at_least"),
    ("The agency said at at least 40 children were among the dead.", "at at least 40", "at_least"),
    ("Up to to 300 people may have been on board.", "Up to to 300", "at_most"),
    ("Approximatly 2,000 families fled the fighting.", "Approximatly 2,000", "approx"),
    ("An estimted 9,000 people need shelter.", "An estimted 9,000", "approx"),
    ("No fewer then 70 people were rescued.", "No fewer then 70", "at_least"),
]


@pytest.mark.parametrize(("sentence", "wording", "qualifier"), SLIPPED_BOUNDS, ids=[s for s, _, _ in SLIPPED_BOUNDS])
def test_a_bound_survives_a_slip_or_a_doubled_word(sentence, wording, qualifier):
    (q,) = find_quantities(sentence)
    assert (sentence[q.start : q.end], q.qualifier) == (wording, qualifier), sentence


NO_QUALIFIER = [
    # words one slip from a qualifier, or a qualifier's tail inside another word: exact counts
    ("At last 300 families returned to the village.", "300"),
    ("The border was closed to 500 refugees on Monday.", "500"),
    ("The rations just cover 500 families.", "500"),
    ("Prices rose, tipping 500 households into hunger.", "500"),
    ("The army said that at least 12 fighters died.", "at least 12"),  # "that at": no doubled "at"
    ("A handsome 5 per cent rise.", "5"),
    ("The convoy stopped 20 km from the border.", "20"),  # "topped" inside "stopped"
    ("Fighting stops 300 families from reaching the camp.", "300"),
    ("He said ever 40 people came.", "40"),  # "over" is too short to survive a slip
    # "up" closes a change verb, and opens no "up to"
    ("The toll in the landslides has gone up to 215, officials said.", "215"),
    ("The death toll shot up to 1,200 overnight.", "1,200"),
]


@pytest.mark.parametrize(("sentence", "wording"), NO_QUALIFIER, ids=[s for s, _ in NO_QUALIFIER])
def test_no_bound_from_a_real_word(sentence, wording):
    (q,) = find_quantities(sentence)
    assert sentence[q.start : q.end] == wording, sentence


def test_slips_are_one_keystroke_away_and_never_a_qualifier_or_a_real_phrase():
    assert {"at lest", "atleast", "at leasst", "at laest", "at leist"} <= slips("at least")
    assert "at least" not in SLIPPED and "more than" not in SLIPPED
    assert not NOT_SLIPS & set(SLIPPED)
    # short phrases have real words one slip away: they take no slips
    assert not {"ever", "come", "nearby", "tipping", "round", "aver", "ups to"} & set(SLIPPED)


def test_a_slip_is_read_as_the_whole_table_reads_it():
    """`slipped` answers what the table of every slipped phrase answers, without building it:
    for every phrase of the table, for the qualifier phrases and the real phrases that are
    no slip, and for every string one more slip away from a slipped phrase (and so, most of
    them, no phrase of the table)."""
    table = slip_table()
    assert all(slipped(words) == name for words, name in SLIPPED.items())
    assert table.words == SLIP_WORDS
    asked = {*NOT_SLIPS, *(p for phrases in BEFORE.values() for p in phrases), ""}
    for words in sorted(SLIPPED)[::25]:
        asked |= slips(words) | {words + " ", words.upper(), words[1:]}
    assert len(asked) > 50_000
    assert all(slipped(words) == SLIPPED.get(words) for words in asked)


@pytest.mark.parametrize("phrase", ["at least", "more than", "approximately", "in excess of", "upwards of"])
def test_a_slip_is_told_from_the_two_strings(phrase):
    """`is_slip` says what membership of `slips` says: for every slip of the phrase, every
    slip of those (two slips away, or back to the phrase) and the phrase cut or grown."""
    made = slips(phrase)
    asked = set(made).union(*(slips(s) for s in sorted(made)[::7])) | {phrase, phrase[1:], phrase + " ", phrase[:-1], ""}
    assert all(is_slip(phrase, words) == (words in made) for words in asked)


# (sentence, the figure's number, qualifier): a count given as a body's estimate is
# approximate; a bound stays a bound, and an estimate of something else is no count's
ESTIMATES = [
    ("The UN estimates that almost half of the population lacks food and that 2,5 million people need "
     "humanitarian aid.", "2,5 million", "approx"),
    ("According to initial estimates, 3.5 million people need humanitarian assistance in 2022.", "3.5 million", "approx"),
    ("Funds will meet the needs of 250,000 people out of the 884,000 people estimated to be in need.", "884,000", "approx"),
    ("In February, the prime minister estimated that 300,000 had been injured.", "300,000", "approx"),
    ("7.7 MILLION – Estimated Number of People in Need of Humanitarian Assistance", "7.7 MILLION", "approx"),
    ("On 21 February the president raised that estimate to 300,000 dead.", "300,000", "approx"),
    ("The UN revised its estimate of the death toll to 670 on Monday.", "670", "approx"),
    ("At least 300 people were killed, according to UN estimates.", "300", "at_least"),
    ("The quake killed 300 people; losses were estimated at $4 billion.", "300", "exact"),
    ("He estimated that 300,000 had been injured; a year later he raised the death toll to 316,000.", "316,000", "exact"),
]


@pytest.mark.parametrize(("sentence", "number", "qualifier"), ESTIMATES, ids=[e[0][:40] for e in ESTIMATES])
def test_an_estimate_is_approximate(sentence, number, qualifier):
    from tracker import extract

    (figure,) = [f for f in extract(sentence, published="2024-04-03") if sentence[f.start : f.end].endswith(number)]
    assert figure.qualifier == qualifier, sentence
