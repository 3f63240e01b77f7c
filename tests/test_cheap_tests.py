"""The cheap tests in front of costly patterns (tracker.extraction.rules, indicators) never
hide a match: wherever the pattern finds its wording, the cheap test lets it be tried, and
the shortcuts that answer for a pattern answer as it does. Sentences in the style of wire
copy, and random mixes of the wordings the patterns look for."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tracker.extraction import distributive, indicators, rules
from tracker.extraction import text as text_module
from tracker.extraction.text import lowered, may_end_with, may_hold, may_start_with

SENTENCES = [
    "Flight No. 17 was diverted, and 12 people were hurt, officials said.",
    "The government paid Rs. 500 to each of 40 families; 3 others got nothing.",
    "On Jan. 3 some 2,000 people fled the town, but 40 stayed behind.",
    "One in every 5 children under 18 was displaced while 300 adults stayed.",
    "Turkey, which already hosts 3.6 million refugees, said it could take no more.",
    "The dead now numbered 45, among them 12 children, whereas 30 were missing.",
    "Eight members of one family were killed, and 12 people from two villages fled.",
    "About 400 refugees a day cross into Chad, and 1,300 arrive daily in Adre.",
    "Including 4,000 children, 9,000 people were evacuated. Of whom 22 were hurt.",
    "Some 4,000 families were moved from Kalo camp to their villages on Monday.",
    "Kenya has taken in 80,000 people, while the city is housing 1,200.",
    "People aged 60 and over: 1,250\nChildren under 5: 3,400",
    "killed 12 and wounded  30 in the attack; another 5 are missing",
    "1,860 people were killed, injured or kidnapped, and 403 wounded and/or sick were evacuated.",
    "The death toll from the quake rose to 2,500, and 1.2 million asylum-seekers and IDPs were uprooted.",
    "Accommodated in schools, 4,000 people who weredisplaced by floods had evacuated to shelters.",
    "According to OCHA, 700 homes were destroyed and 3,000 people remain trapped; shelling continued.",
    "Some 2,000 Syrians who had fled arrived in camps, 300 crossed into Jordan and 40 Entered Iraq.",
    "The camp is hosting 5,000, Housing 200 families who slept in tents; 12 were among the dead.",
    "Gunmen who killed 12 villagers fled, and 30 were killed or injured, while 5 which displaced 9.",
    "Another 298 people were kidnapped, 49 women were later raped and 12 still ILL; 7 were\tdetained, 3 sick.",
    "ArrivaLS rose: 4,000 DISPLACED people poured in, 300 left the area, 20 took in 5 ſtreamed.",
    "A boat with 151 refugees ON BOARD  sank; 379 people aboard\nwere evacuated and 12 crew onboard died.",
    "WFP Will provide food to\t 1 million people, and IOM has assisted   30,000 returnees and given tents to 12.",
    "Half of the 2.2 million residents, 70 percent of its  1,200 pupils and 15 of the town's 27 wards; MSF Treated 1,200 and screened\n300 in camps.",
    "Another 298 people were\tkidnapped,\n49 women\x0braped and 12 still ill; 7 were detained and the killed were arrested.",
    "UNHCR plans to reach\u00a0200,000 refugees; it aims to house 5,000 and is set to supply water for\x1c 300.",
]
# Random mixes of the wordings the guarded patterns look for.
WORDINGS = st.sampled_from(
    ["No. ", "No.-", "Rs. ", "Jan. ", "Sept. ", "one in every ", "aged ", "children under ", "people over ",
     "numbered ", "totalled ", "Turkey hosts ", "the country has taken in ", "Romania, which now shelters ",
     "members of ", "12 people from ", "eight of ", "moved from the camp to their homes ", "left the shelter to their villages ",
     "including ", "of whom ", "among them ", "which ", "but ", "while ", "; ", ": ", ". ", "a day ", "per week ",
     "daily ", "on Monday ", "in recent weeks ", "killed ", "the ", "of ", " ", "\n", "\u00a0", "\x1c", "-", ".", "X",
     " or kidnapped", ", injured", " AND wounded", " were kidnapped", " still ill", "Sick ", " were\tdetained", "and/or ", " / ", "Or ", " who had ", "Who fled ", "among ",
     "AMONG the ", "that ", "which have ", "arrived ", "Crossing ", "displaced", "DISPLACED", "hosting ", "took in ",
     "Entered ", "the camps ", "refugee camps ", "IDP sites ", "left the area", "evacuation centres ", " on board", " On\tBoard", "on   board", " aboard", "ABOARD ", "will ", "Would ", "plans to ", "provide ", "Deliver ", "shelter ", " to ", " for ", "assisted ", "Helped ", "gave ", "given ", "half of the ", "percent Of its ", "of the town's ", "treated ", "Screened "]
)
MIXED = st.lists(st.one_of(WORDINGS, st.text(max_size=8)), max_size=8).map("".join)


def _starts_an_outcome(lower: str, start: int, stop: int, words: tuple[str, ...]) -> bool:
    """`_may_start_an_outcome` word by word: a word at the stretch's start or after white space."""
    piece = lower[start:stop]
    return not piece.isascii() or any(
        piece[at : at + len(word)] == word and (at == 0 or piece[at - 1] in rules.ASCII_WHITE_SPACE)
        for word in words for at in range(len(piece))
    )


def _positions(text: str) -> list[int]:
    return [i for i in range(len(text) + 1) if i == len(text) or text[i].isdigit() or i % 7 == 0]


def _guards_hold(text: str) -> None:
    lower = lowered(text)
    for start in _positions(text):
        lo = max(0, start - rules.LABEL_REACH)
        if rules.NOT_A_COUNT_BEFORE.search(text, lo, start):
            assert may_end_with(
                text, start, lo, rules.NOT_A_COUNT_BEFORE_SUFFIXES, "-.", rules.NOT_A_COUNT_BEFORE_WORDS
            ), text[lo:start]
        # (the label's own test gives `may_end_with`'s answer everywhere, match or none)
        assert rules._may_end_a_label(text[lo:start]) == may_end_with(
            text, start, lo, rules.NOT_A_COUNT_BEFORE_SUFFIXES, "-.", rules.NOT_A_COUNT_BEFORE_WORDS
        ), text[lo:start]
        if rules.AGE_AFTER_NOUN.search(text, lo, start):
            assert may_hold(text, lo, start, rules.AGE_WORD_KEYS), text[lo:start]
        lo = max(0, start - rules.SUBJECT_VERB_REACH)
        if rules.SUBJECT_COUNT_VERB.search(text, lo, start):
            assert may_hold(text, lo, start, rules.SUBJECT_COUNT_VERB_KEYS), text[lo:start]
        lo = max(0, start - rules.HOST_REACH)
        if rules.HOSTED_BY.search(text, lo, start):
            assert may_hold(text, lo, start, rules.HOSTING_VERB_KEYS), text[lo:start]
        lo = max(0, start - rules.COMPLEMENT_REACH)
        if rules.COUNT_THEN_OF.search(text, lo, start):
            assert may_end_with(text, start, lo, (), words=rules.COMPLEMENT_WORDS), text[lo:start]
        lo = max(0, start - rules.BREAKDOWN_REACH)
        if rules.BREAKDOWN_BEFORE.search(text, lo, start):
            assert rules._opener_in(lower, lo, start), text[lo:start]
        lo = max(0, start - rules.PLANNED_AID_REACH)
        if rules.PLANNED_AID.search(text, lo, start):
            assert rules._may_end_with_word(lower, start, rules.PLANNED_AID_ENDS), text[lo:start]
            assert rules._may_end_with_word(lower, start, rules.AID_ENDS), text[lo:start]
        if rules.DELIVERED.search(text, lo, start):
            assert rules._may_end_with_word(lower, start, rules.DELIVERED_ENDS), text[lo:start]
            assert rules._may_end_with_word(lower, start, rules.AID_ENDS), text[lo:start]
        lo = max(0, start - rules.SHARE_REACH)
        if rules.SHARE_OF_BEFORE.search(text, lo, start):
            assert rules._may_end_with_word(lower, start, rules.SHARE_WHOLE_ENDS), text[lo:start]
        lo = max(0, start - rules.CARE_REACH)
        if rules.CARE_BEFORE.search(text, lo, start):
            assert rules._may_end_with_word(lower, start, rules.CARE_ENDS), text[lo:start]
        end = min(len(text), start + rules.BACK_FROM_SHELTER_REACH)
        if rules.BACK_FROM_SHELTER.search(text, start, end):
            assert may_hold(text, start, end, rules.BACK_HOME_KEYS), text[start:end]
        if rules.ABOARD_AFTER.match(text, start):
            assert rules._aboard(text, start), text[start:]
        end = min(len(text), start + rules.RATE_REACH)
        if rules.RATE_AFTER.match(text, start, end):
            assert rules._may_be_rate(lower, start, end), text[start:end]
        for stop in (start + 1, start + 5, start + 30, len(text)):
            stop = min(stop, len(text))
            found = rules.CLAUSE_BREAK.search(text, start, stop)
            shortcut = rules.clause_break(text, start, stop)
            assert (found and found.span()) == (shortcut and shortcut.span()), text[start:stop]
            assert rules.adjacent(text, start, stop) == (rules.ADJACENT_GAP.fullmatch(text, start, stop) is not None)
            found = rules.OUTCOME_JOIN_AFTER.match(text, start, stop)
            shortcut = rules._outcome_join_after(text, start, stop)
            assert (found and found.span()) == (shortcut and shortcut.span()), text[start:stop]
            if rules.FLIGHT_RELATIVE.fullmatch(text, start, stop):
                assert may_start_with(text, start, stop, rules.WHO), text[start:stop]
            if rules.ARRIVAL_WORD.search(text, start, stop):
                assert may_hold(text, start, stop, rules.ARRIVAL_KEYS), text[start:stop]
            if rules.DISPLACED_WORD.fullmatch(text, start, stop):
                assert stop - start == rules.DISPLACED_LENGTH, text[start:stop]
            found = rules.OTHER_OUTCOME_AFTER.match(text, start, stop)
            if found is not None and found.group(rules._OUTCOME_WORD).lower() in rules.OTHER_OUTCOMES:
                assert rules._may_start_an_outcome(lower, start, stop), text[start:stop]
            for words in (rules.OUTCOME_WORDS, rules.HOME_OUTCOME_WORDS):
                assert rules._may_start_an_outcome(lower, start, stop, words) == _starts_an_outcome(lower, start, stop, words)
        for lo in (max(0, start - 12), max(0, start - rules.OUTCOME_JOIN_REACH), max(0, start - rules.RELATIVE_VERB_REACH)):
            if rules.AMONG_BEFORE.search(text, lo, start):
                assert may_hold(text, lo, start, rules.AMONG_KEYS), text[lo:start]
            if rules.OUTCOME_JOIN_BEFORE.search(text, lo, start):
                assert may_end_with(text, start, lo, rules.OUTCOME_JOIN_ENDS), text[lo:start]
            if rules.RELATIVE_VERB_BEFORE.search(text, lo, start):
                assert may_hold(text, lo, start, rules.RELATIVE_VERB_KEYS), text[lo:start]
        # the readings' patterns at a trigger, tried only where one of their starts stands
        for pattern, starts in READINGS_AT_A_TRIGGER:
            found = pattern.match(text, start)
            shortcut = rules._match_at(pattern, starts, text, start)
            assert (found and found.span()) == (shortcut and shortcut.span()), (pattern.pattern[:40], text[start:])
        near = text[start : start + 3]
        assert rules._opens_aside(near) == any(mark in near for mark in ",—–-"), near


READINGS_AT_A_TRIGGER = [
    (rules.NEUTRAL_MOVE, rules.NEUTRAL_MOVE_STARTS),
    (rules.WEAK_MOVE, rules.WEAK_MOVE_STARTS),
    (rules.PLAIN_HOSTING, rules.PLAIN_HOSTING_STARTS),
    (rules.ENTRY_WORD, rules.ENTRY_STARTS),
]


@pytest.mark.parametrize("text", SENTENCES)
def test_cheap_tests_never_hide_a_wording_in_wire_copy(text):
    _guards_hold(text)


@settings(max_examples=300, deadline=None)
@given(MIXED)
def test_cheap_tests_never_hide_a_wording_in_mixed_text(text):
    _guards_hold(text)


@pytest.mark.parametrize("text", SENTENCES)
def test_the_triggers_tried_at_a_word_find_what_all_of_its_head_find(text):
    # indicators._indexed_at passes over the triggers whose phrase cannot start at a word:
    # every trigger of the word's head that matches there is still among those tried
    lower = lowered(text)
    for tok in indicators.TOKEN.finditer(lower):
        word, at = tok.group(), tok.start()
        tried = indicators._indexed_at(word)
        for t in indicators.TRIGGER_INDEX.get(word[: indicators.HEAD_LENGTH], ()):
            if t.pattern.match(text, at) is not None:
                assert t in tried, (word, t.pattern.pattern[:60])


def _triggers_ascend(text: str, pos: int, endpos: int) -> None:
    # rules.Scene reads the triggers between two offsets as a slice found by bisection: a
    # window's triggers come in order and never overlap, so their starts and ends ascend
    found = indicators.find_triggers(text, pos, endpos)
    for t, u in zip(found, found[1:]):
        assert t.start <= t.end <= u.start <= u.end, (text[pos:endpos], t, u)


@pytest.mark.parametrize("text", SENTENCES)
def test_the_triggers_of_a_window_come_in_order_and_never_overlap(text):
    for pos in range(0, len(text), 7):
        _triggers_ascend(text, pos, len(text))
        _triggers_ascend(text, 0, pos)


@settings(max_examples=300, deadline=None)
@given(MIXED, st.integers(0, 60), st.integers(0, 60))
def test_the_triggers_of_a_window_of_mixed_text_come_in_order_and_never_overlap(text, cut, keep):
    _triggers_ascend(text, min(cut, len(text)), max(min(cut, len(text)), len(text) - keep))


# The qualifier phrases before a number, slipped, glued, doubled and in other cases, mixed
# with words that end like them ("has", "handsome", "to") and odd white space.
QUALIFIER_WORDINGS = st.sampled_from(
    ["more than ", "More Than ", "more than than ", "no fewer than ", "at least ", "at the very least ", "as many as ",
     "an estimated ", "it is estimated that ", "an estimate of ", "in excess of ", "upwards of ", "approx. ", "some ",
     "some some ", "handsome ", "forcedmore than ", "Around", "(about ", "up to ", "close to ", "has ", "was ",
     "excess ", "of ", "to ", "than ", "least ", "\n", "\t", "\x1c", "\x1f", "\u00a0", "ſome ", "  ", "(", "$",
     "votes to ", "up up to ", "forcedup to ", "up\x1cto ", "Close\tto ", "more\nthan ", "very ", "the most "]
)


@settings(max_examples=500, deadline=None)
@given(st.lists(st.one_of(QUALIFIER_WORDINGS, st.text(max_size=6)), max_size=6).map("".join), st.integers(0, 45))
def test_qualifier_search_by_its_last_word_finds_what_the_whole_pattern_finds(before, reach):
    from tracker.extraction.qualifiers import QUALIFIER_BEFORE, search_before

    text = before + "500 people"
    start = len(before)
    lo = max(0, start - reach)
    whole, part = QUALIFIER_BEFORE.search(text, lo, start), search_before(text, lo, start)
    assert (whole is None) == (part is None), repr(text[lo:start])
    if whole is not None:
        assert [whole.span(g) for g in range(5)] == [part.span(g) for g in range(5)], repr(text[lo:start])


@pytest.mark.parametrize(
    ("before", "qualifier"),
    [
        ("Officials said more than ", "at_least"),
        ("The floods displaced an estimated ", "approx"),
        ("The toll has reached ", None),  # "has" ends with "as": no phrase
        ("Rescuers reached the residents of ", None),
        ("Aid reached upwards of ", "at_least"),
        ("The agency said it was sheltering close to ", "approx"),
        ("The storm left handsome ", None),
    ],
)
def test_qualifier_search_by_its_last_word(before, qualifier):
    from tracker.extraction.qualifiers import qualifier_before

    found = qualifier_before(before + "500 people", len(before))
    assert (found[0] if found else None) == qualifier


# What may follow a number: the phrases after it, and the words of an amount to each.
AFTER_WORDINGS = st.sampled_from(
    [" or more", " Or More", " or so", "+", " plus", " to each of", " For every", " per family", " a head",
     "-plus", "-odd", " odd", " A\tday", " a\u00a0head", " and", " And/or", " or", " Or", "/", ", ", " of", " on", " at", " after",
     " people", " were killed", "\x1c or more", "\u00a0plus", " ſo", " \u212a", ",", " ", "\n", "\x0b", "",
     " each", " Each", "\neach in", " EACH,", " apiece", " ap\u0130ece", " each\u00a0in the", "\n\neach"]
)


@settings(max_examples=600, deadline=None)
@given(st.lists(st.one_of(AFTER_WORDINGS, st.text(max_size=5)), max_size=4).map("".join), st.integers(0, 30))
def test_first_words_test_never_hides_a_match_after_a_number(after, reach):
    from tracker.extraction import qualifiers
    from tracker.extraction.text import may_start_with

    text = "500" + after
    end = min(len(text), 3 + reach)
    for pattern, starts in (
        (qualifiers.QUALIFIER_AFTER, qualifiers.AFTER_STARTS),
        (rules.PER_HEAD_AFTER, rules.PER_HEAD_STARTS),
        (rules.OUTCOME_JOIN_AFTER, rules.OUTCOME_JOIN_STARTS),
        (distributive.EACH_AFTER, distributive.EACH_STARTS),
    ):
        if pattern.match(text, 3, end):
            # (a phrase hyphenated to the count, "500-plus", is let by before the test)
            hyphenated = pattern is qualifiers.QUALIFIER_AFTER and text.startswith("-", 3)
            assert hyphenated or may_start_with(text, 3, end, starts), (pattern.pattern[:30], after)


@pytest.mark.parametrize(
    ("after", "starts", "may"),
    [
        (" of the", ("or",), False),  # "or" lets "of" by: no pattern call
        (" or more", ("or",), True),
        (" and", ("a\t", "a "), False),
        (" a day", ("a\t", "a "), True),
        (" \u00e9t\u00e9", ("or",), True),  # not ASCII: the pattern decides
        ("   ", ("or",), True),  # nothing after the white space: the pattern decides
    ],
)
def test_first_words_test_reads_more_than_the_first_character(after, starts, may):
    from tracker.extraction.text import may_start_with

    text = "500" + after
    assert may_start_with(text, 3, len(text), starts) is may


@pytest.mark.parametrize(
    ("sentence", "qualifier"),
    [("Some 500 or more people fled.", "at_least"), ("500 people fled.", None), ("500+ people fled.", "at_least"),
     ("About 500 or so fled.", "approx"), ("500 Or More fled.", "at_least")],
)
def test_qualifier_after_behind_its_first_character(sentence, qualifier):
    from tracker.extraction.qualifiers import qualifier_after

    found = qualifier_after(sentence, sentence.index("500") + 3)
    assert (found[0] if found else None) == qualifier


# Returns and other triggers side by side: counts of return triggers from none to several,
# some inside a longer trigger (a counter that runs over them), glued or not in ASCII.
RETURN_SENTENCES = [
    "Some 3,000 refugees returned home on Monday and 400 more went home on Tuesday.",
    "The number of people who have returned rose to 12,000, while 5,000 returnees are in camps.",
    "About 2,000 refugees arrived in Chad; 300 were repatriated and others headed back to Darfur.",
    "Families displaced by the floods are returning, and the tally of returnees rose to 45,000.",
    "Nobody has gone back yet: 8,000 people are still in shelters, the agency said.",
    "Returnees: 12,450 | Refugees: 3,000 | Repatriations since March: 900",
    "In Kyiv, 4,000 people came home; in Lviv 2,000 went home; in Kharkiv 900 set off back home.",
    "The flood weredisplaced 4,000 people, and 2,000 who had returned were evacuated again.",
    "Über 3.000 Flüchtlinge returned to Mosul and 200 went home from Erbil, the ministry said.",
]


@pytest.mark.parametrize("text", RETURN_SENTENCES)
def test_more_triggers_than_answers_as_the_whole_scan(text):
    # indicators.more_triggers_than bounds an indicator's triggers before scanning for them
    lower = lowered(text)
    for lo in (0, 7, 20):
        for hi in (len(text), len(text) - 15, 60):
            for indicator in ("returned", "displaced", "refugees"):
                found = sum(1 for t in indicators.find_triggers(text, lo, hi, lower) if t.indicator == indicator)
                for count in range(4):
                    assert indicators.more_triggers_than(text, lo, hi, lower, indicator, count) == (found > count), (text[lo:hi], indicator, count)


@pytest.mark.parametrize("text", RETURN_SENTENCES)
def test_the_words_holding_a_stem_cover_every_word_that_may_give(text):
    # more_triggers_than reads, in an ASCII stretch, only the words holding an indicator's stem
    lower = lowered(text)
    for lo in range(0, len(text), 3):
        for hi in (len(text), len(text) - 15, lo + 40):
            for indicator in ("returned", "displaced", "refugees", "killed"):
                giving = {
                    (at, word) for at, word in indicators._candidate_words(lower, lo, hi)
                    if indicators._may_give(text, word, at, hi, indicator)
                }
                read = list(indicators._words_that_may_give(lower, lo, hi, indicator))
                assert giving <= set(read) and read == sorted(set(read)), (text[lo:hi], indicator)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(
    ["returned ", "went home ", "the number of returnees rose to ", "repatriated ", "refugees ", "weredisplaced ",
     "fled ", "came back ", "coming home ", "set off back home ", "killed ", "3,000 ", "; ", "Ünder ", "\n"]), max_size=10).map("".join))
def test_more_triggers_than_answers_as_the_whole_scan_in_mixed_text(text):
    lower = lowered(text)
    for indicator in ("returned", "displaced"):
        found = sum(1 for t in indicators.find_triggers(text, 0, len(text), lower) if t.indicator == indicator)
        for count in range(3):
            assert indicators.more_triggers_than(text, 0, len(text), lower, indicator, count) == (found > count)


# What may follow a number that makes it no count: dates (a month by its capital), measures,
# percentages, times, and words that only look like them.
NOT_A_COUNT_WORDINGS = st.sampled_from(
    [" March", " march", " May", " may have died", " Sept.", " Dec", " km", " per cent", "%", " years", " people",
     " Mosul", " Nov 3", "\t\nJanuary", "\x1cJune", " \u00a0April", " Kelvin", " \u212am", ":30", "", " "]
)


@settings(max_examples=400, deadline=None)
@given(st.lists(st.one_of(NOT_A_COUNT_WORDINGS, st.text(max_size=4)), max_size=3).map("".join), st.integers(0, 40))
def test_the_look_after_a_number_answers_as_the_whole_pattern(after, reach):
    # not_a_count_after reads an ASCII stretch lowered, and a month only where a month's
    # capital stands first: the whole case-insensitive pattern's answer, every time
    text = "500" + after
    end = min(len(text), 3 + reach)
    assert rules.not_a_count_after(text, 3, end) is (rules.NOT_A_COUNT_AFTER.match(text, 3, end) is not None), repr(after)


BORDER_WORDINGS = st.sampled_from(
    ["fled ", "Fled  ", "FLEEING ", "flees", "crossed into ", "cross the border ", "went across a frontier ",
     "sought refuge in ", "sought\nsafety ", "arrived by boat in ", "Entered ", "took refuge in ", "left the country",
     "leaving ", "abroad", "to neighbouring countries", "into ", "to ", "from ", "Chad", "South Sudan", "Sudan's",
     "neighbouring ", "refugee", "Refugees ", "UNHCR", "unhcr's", "refugees camp", " camps", "refugeeS", "nonrefugee ",
     "the ", " ", "  ", "\n", "\u00a0", "\x1c", "-", "'", ",", "x", "K", "ſ", "é", "_", "1"]
)
BORDER_TEXT = st.lists(st.one_of(BORDER_WORDINGS, st.text(max_size=4)), max_size=14).map("".join)


def _word_scans_hold(text: str) -> None:
    """`across_border` is ACROSS_BORDER's search and `refugee_words` REFUGEE_WORD's matches, on
    every stretch: tried at the places their first words start, they find what the scans find."""
    lower = lowered(text)
    for lo in range(len(text) + 1):
        for hi in {lo, min(len(text), lo + 1), min(len(text), lo + 9), min(len(text), lo + 40), len(text)}:
            found = rules.ACROSS_BORDER.search(text, lo, hi)
            shortcut = rules.across_border(text, lower, lo, hi)
            assert (found and found.span()) == (shortcut and shortcut.span()), text[lo:hi]
            assert [m.span() for m in rules.refugee_words(text, lower, lo, hi)] == [
                m.span() for m in rules.REFUGEE_WORD.finditer(text, lo, hi)
            ], text[lo:hi]


@pytest.mark.parametrize("text", SENTENCES)
def test_words_tried_where_they_start_find_what_the_scan_finds_in_wire_copy(text):
    _word_scans_hold(text)


@settings(max_examples=300, deadline=None)
@given(BORDER_TEXT)
def test_words_tried_where_they_start_find_what_the_scan_finds(text):
    _word_scans_hold(text)


def test_the_ascii_word_pattern_reads_every_ascii_character_as_the_word_pattern():
    """`nouns.WORD_ASCII` (the standard library's) reads a stretch of ASCII as `nouns.WORD`
    (the `regex` module's) does: every character alone, next to letters, digits and marks,
    and a few wordings a count's noun is read from."""
    from tracker.extraction import nouns

    chars = [chr(c) for c in range(128)]
    texts = chars + [f"a{c}b" for c in chars] + [f"1{c}2 x" for c in chars] + [f"{c}{c}re-fu{c}gees's" for c in chars]
    texts += ["12,000 people", " refu-gees' o'clock 3.5.2 --", "x_y 1_000 \x1c\x1fA", "fami-\nlies, ’s"]
    for text in texts:
        for start in range(len(text)):
            assert [m.span() for m in nouns.WORD_ASCII.finditer(text, start)] == [
                m.span() for m in nouns.WORD.finditer(text, start)
            ], repr(text[start:])



# An empty stretch (a count's window before the sentence's first word, or one whose start
# passed its end) is answered without slicing: as the slice would answer, no word in it, and
# the pattern left to decide where `literal_keys` gave ("",).
EMPTY_STRETCHES = [
    ("At least 12 people were killed.", 9, 9),
    ("At least 12 people were killed.", 20, 3),
    ("Could 12 people flee?", 0, 0),
]


def test_every_projection_holds_one_of_its_keys():
    # rules.projected tries PROJECTION only where one of PROJECTION_STEMS stands: each phrase
    # of the lexicon, written in each of its forms, in either case, is a match that holds one
    import itertools

    for entry in indicators.PROJECTIONS:
        tokens = [t.strip("[]").split("|") for t in entry.phrase.split()]
        for words in itertools.product(*tokens):
            for said in (" ".join(words), " ".join(words).upper()):
                text = f"Officials said to {said} 300 people."
                for m in indicators.PROJECTION.finditer(text):
                    assert may_hold(text, m.start(), m.end(), indicators.PROJECTION_STEMS), (entry.phrase, m.group())
                at = text.index(said)
                glued = indicators.PROJECTION_GLUED.match(text, at)
                assert glued is None or may_hold(text, at, glued.end(), indicators.PROJECTION_STEMS), (entry.phrase, said)


@pytest.mark.parametrize("text, start, end", EMPTY_STRETCHES)
def test_an_empty_stretch_holds_no_word(text, start, end):
    assert may_hold(text, start, end, indicators.PROJECTION_STEMS) is False
    assert may_hold(text, start, end, ("",)) is True
    assert may_hold(text, start, end, ("could",)) == ("could" in text[start:end].lower())


@settings(max_examples=300, deadline=None)
@given(st.one_of(st.sampled_from(["Syrians", "Sudanese", "Iraqis", "Ukrainians", "Somalis", "Villagers", "Others", "Sudanesé"]), st.text(max_size=10)))
def test_the_nationality_ending_test_never_hides_a_nationality(word):
    # nouns.read_noun asks DEMONYM only of a word with one of its endings
    from tracker.extraction import nouns

    if indicators.DEMONYM.match(word):
        assert word.endswith(nouns.DEMONYM_ENDS), word


# The long key lists `may_hold` looks for in one pass of an automaton (text.LONG_KEYS words
# or more), each asked of every stretch of the sentences above and of mixed text: the answer
# is the loop of substring tests'.
LONG_KEY_LISTS = [
    keys for keys in (indicators.PROJECTION_STEMS, rules.ACROSS_BORDER_WORDS, rules.HOSTING_VERB_KEYS, indicators.indicator_stems("returned"))
    if len(keys) >= text_module.LONG_KEYS
]


def _loop_holds(text: str, start: int, end: int, words: tuple[str, ...]) -> bool:
    piece = text[start:end].lower()
    if 0 <= end <= start:
        return "" in words
    return not piece.isascii() or any(word in piece for word in words)


def test_long_key_lists_are_read_by_the_automaton():
    assert len(LONG_KEY_LISTS) >= 2  # the projection stems and the border words at least


@pytest.mark.parametrize("text", SENTENCES)
def test_long_keys_held_as_the_loop_finds_them_in_wire_copy(text):
    for keys in LONG_KEY_LISTS:
        for start in range(0, len(text) + 1, 3):
            for end in (start, start + 7, start + 30, start + 90, len(text)):
                assert may_hold(text, start, end, keys) == _loop_holds(text, start, end, keys), (text[start:end], keys)


@settings(max_examples=300, deadline=None)
@given(MIXED)
def test_long_keys_held_as_the_loop_finds_them_in_mixed_text(text):
    text = text + " could feared hosts fled across returned"
    for keys in LONG_KEY_LISTS:
        for start in range(0, len(text) + 1, 5):
            for end in (start + 4, start + 40, len(text)):
                assert may_hold(text, start, end, keys) == _loop_holds(text, start, end, keys)


def test_an_empty_word_in_a_long_list_holds_everywhere():
    keys = ("",) + tuple(f"zz{i}" for i in range(text_module.LONG_KEYS))
    assert may_hold("no such words here", 0, 18, keys) is True


# The rules `candidate` does not call for a quantity (rules.NUMBER_RULES_FOR, NOUN_RULES_FOR:
# those whose own first test needs a small value, a number word or a year's digits) answer
# False for it: at every number of the sentences above, each left-out rule says no.
@pytest.mark.parametrize("text", SENTENCES + [
    "Between April 24 and 26, 300 people fled; the boy, 12, was hurt, and no one was killed.",
    "Eight members of one family, aged 12 and 14, died in 2023; children under 5 numbered 4.5 million.",
    "Two people were hurt, four were missing and 1.5 people a household were displaced in 1999.",
])
def test_the_rules_left_out_for_a_quantity_say_no(text):
    from tracker.extraction.quantities import find_quantities

    lower = lowered(text)
    for q in find_quantities(text):
        key = (q.value < rules.AGE_LIMIT, q.value < rules.DECIMAL_BELOW, q.small_word, q.year_like)
        look = rules.Look(text, lower, q, min(len(text), q.number_end + rules.NOUN_REACH))
        for name, rule in rules.NUMBER_RULES:
            if (name, rule) not in rules.NUMBER_RULES_FOR[key]:
                assert not rule(look), (name, text[q.start : q.end])
        look.noun = rules.read_noun(text, lower, q.end, look.after_limit)
        for name, rule in rules.NOUN_RULES:
            if (name, rule) not in rules.NOUN_RULES_FOR[key]:
                assert not rule(look), (name, text[q.start : q.end])
        kept = [name for name, _ in rules.NUMBER_RULES_FOR[key]]
        assert kept == [name for name, _ in rules.NUMBER_RULES if name in kept]  # in the table's order


# The indicator rules `judge` does not call for a candidate (rules.INDICATOR_RULES_FOR: those
# whose own first test needs a bare noun, a noun naming an indicator, a breakdown or the
# sentence's first candidate; and after `_bare`, which decides every bare one) say nothing of
# it: at every candidate of the sentences above, each left-out rule before the deciding one
# answers None, and the verdict is the one the whole table gives.
@pytest.mark.parametrize("text", SENTENCES + [
    "Deaths were reported in Kandy (12), Matale (8) and Kegalle (3); 845 (624 men, 179 women) were injured.",
    "Among the dead were 4 children; 300 IDPs returned and 12 refugees, including 5 children, arrived.",
])
def test_the_indicator_rules_left_out_for_a_candidate_say_nothing(text):
    from tracker.extraction import parts
    from tracker.extraction.figures import judge_sentence  # noqa: F401 (the module the table serves)
    from tracker.extraction.quantities import find_quantities

    lower = lowered(text)
    candidates = [c for q in find_quantities(text) if not isinstance(c := rules.candidate(text, lower, q, len(text)), str)]
    if not candidates:
        return
    candidates = parts.mark(text, 0, len(text), candidates)
    triggers = indicators.find_triggers(text, 0, len(text), lower)
    for i, c in enumerate(candidates):
        key = (c.noun.kind is rules.KIND_BARE, bool(c.noun.indicator), c.breakdown, i == 0)
        kept = rules.INDICATOR_RULES_FOR[key]
        assert list(kept) == [rule for _, rule in rules.INDICATOR_RULES if rule in kept]  # in the table's order
        scene = rules.Scene(text, candidates, i, triggers, len(text), lower)
        whole = None
        for _, rule in rules.INDICATOR_RULES:
            verdict = rule(scene)
            if rule not in kept:
                assert verdict is None or whole is not None, (rule.__name__, text[c.quantity.start : c.quantity.end])
            if verdict is not None and whole is None:
                whole = verdict
        fresh = rules.Scene(text, candidates, i, triggers, len(text), lower)
        first = next(v for rule in kept if (v := rule(fresh)) is not None)
        assert first == whole, text[c.quantity.start : c.quantity.end]


# `word_starts` finds a long list's words (text.LONG_KEYS or more: the border verbs' first
# words) in one pass of an automaton: every place the loop of `str.find` finds, overlapping
# words and words cut by the stretch's ends included.
@settings(max_examples=300, deadline=None)
@given(MIXED)
def test_word_starts_by_the_automaton_are_the_loops(text):
    text = text + " fled left cleft fleeing went across arrived"
    words = rules.ACROSS_BORDER_FIRST_WORDS
    assert len(words) >= text_module.LONG_KEYS
    lower = lowered(text)
    for start in range(0, len(text) + 1, 3):
        for end in (start, start + 5, start + 40, len(text), len(text) + 3):
            assert text_module.word_starts(lower, start, end, words) == _starts_by_find(lower, start, end, words), (start, end)


def _starts_by_find(lower: str, start: int, end: int, words: tuple[str, ...]) -> list[int]:
    """`word_starts` by its own search for each word: the path of short lists, taken for any."""
    long_keys = text_module.LONG_KEYS
    text_module.LONG_KEYS = len(words) + 1
    try:
        return text_module.word_starts(lower, start, end, words)
    finally:
        text_module.LONG_KEYS = long_keys


# Verdicts whose readings match at the trigger: arrivals of people travelling of their own
# accord, entries into a place, verbs of taking in with and without a host, and triggers that
# start none of them ("fled", "killed").
AT_A_TRIGGER = [
    "2,000 tourists arrived in Bali for the festival.",
    "Some 3,000 people entered Mosul on Monday.",
    "6,000 Rohingyas had entered Bangladesh by Friday.",
    "The city took in 2 million tourists last year.",
    "The camp is hosting 25,000 displaced people.",
    "The school, which has 1,200 pupils, is accommodating 40 new teachers.",
    "Turkey hosts 3.7 million Syrians.",
    "More than 300 people fled their homes and 12 were killed.",
    "Authorities evacuated 300 refugees from the flooded camp.",
    "2,000 people are hosted by relatives after 500 homes were destroyed.",
]


@pytest.mark.parametrize("text", AT_A_TRIGGER)
def test_the_readings_passed_over_at_a_trigger_say_nothing(text, monkeypatch):
    # judge reads a verdict with only the readings of AT_THE_TRIGGER that may match at its trigger
    from tracker.extraction import rules
    from tracker.extraction.figures import judge_sentence

    gated = judge_sentence(text, 0, len(text))
    monkeypatch.setattr(rules, "_readings_at", lambda indicator, head: rules.READINGS_OF.get(indicator, ()))
    assert judge_sentence(text, 0, len(text)) == gated, text


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="abcXYZ é_1-’\u0301²\u00a0", max_size=12), st.integers(0, 12), st.integers(0, 14))
def test_the_word_at_a_place_is_tokens_word(text, pos, endpos):
    """`indicators.token_at` reads TOKEN's word (ASCII runs with the standard library's `re`)."""
    tok = indicators.TOKEN.match(text, pos, endpos)
    assert indicators.token_at(text, pos, endpos) == (None if tok is None else tok.group())


SHARES_AND_COMPLEMENTS = [
    "Some 70 percent of the 2.2 million residents have fled, and half of its 30,000 people.",
    "Fewer than 300 of the town's 12,000 inhabitants remain; 40% of their 900 homes burned.",
    "Three people, all members of one family, died, and eight from two villages were hurt.",
]


@pytest.mark.parametrize("text", SENTENCES + SHARES_AND_COMPLEMENTS)
def test_the_patterns_searched_backwards_match_where_forwards_did(text):
    """SHARE_OF_BEFORE and COUNT_THEN_OF are searched backwards from the count (re.REVERSE):
    only whether they match is asked, and that is as a forward search answers."""
    import regex

    for pattern in (rules.SHARE_OF_BEFORE, rules.COUNT_THEN_OF):
        forwards = regex.compile(pattern.pattern, pattern.flags & ~regex.REVERSE)
        for end in range(len(text) + 1):
            lo = end - 50 if end > 50 else 0
            assert (pattern.search(text, lo, end) is None) == (forwards.search(text, lo, end) is None), (text, end)


# A plain people noun after a count, as wire copy writes it: alone, after a modifier or an
# adverb, in capitals, quoted, before a thing or another people noun.
PLAIN_NOUN_FRAMES = ["500 {} were killed", "500 newly displaced {} fled", "500 {}.", "500 {} camps", "500 {} refugees", "500 \"{}\" died"]


def test_a_plain_people_noun_reads_as_the_loop_reads_it(monkeypatch):
    # nouns.read_noun tells a word of PLAIN_PEOPLE_NOUNS by one look-up: the same reading as
    # the loop's dozen tests give it
    from tracker.extraction import nouns

    texts = [frame.format(w) for w in sorted(nouns.PLAIN_PEOPLE_NOUNS) for frame in PLAIN_NOUN_FRAMES]
    texts += [t.upper() for t in texts[: len(PLAIN_NOUN_FRAMES) * 5]]
    shortcut = [nouns.read_noun(t, lowered(t), 3, len(t)) for t in texts]
    monkeypatch.setattr(nouns, "PLAIN_PEOPLE_NOUNS", frozenset())
    assert [nouns.read_noun(t, lowered(t), 3, len(t)) for t in texts] == shortcut
