"""Sentence spans: every quote a user reads is one of these, so where a sentence ends matters."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tracker.extraction import sentences
from tracker.extraction.sentences import split

# (text, the sentences expected)
CASES = [
    ("More than 500 people were killed. The UN said 3,000 fled.",
     ["More than 500 people were killed.", "The UN said 3,000 fled."]),
    # abbreviations and initials inside a sentence do not end it
    ("Dr. Raed al-Saleh of the U.N. said 40 died.", ["Dr. Raed al-Saleh of the U.N. said 40 died."]),
    ("Recep T. Erdogan said Turkey hosts 3.6 million refugees.",
     ["Recep T. Erdogan said Turkey hosts 3.6 million refugees."]),
    # ... nor does a person's run of initials, as "U.S." does not
    ("Two more persons died in Pune, Dr S.T. Pardeshi, the city health officer, said.",
     ["Two more persons died in Pune, Dr S.T. Pardeshi, the city health officer, said."]),
    ("Twelve people were killed in the attack, A.K. Singh said. The police said 4 fled.",
     ["Twelve people were killed in the attack, A.K. Singh said.", "The police said 4 fled."]),
    # a line break ends a sentence, even after an abbreviation
    ("Aid reached Idlib on Jan.\n3,000 families fled on Monday.", ["Aid reached Idlib on Jan.", "3,000 families fled on Monday."]),
    ("HEADLINE: 40 killed in Idlib\n\n\n  The strikes hit a market.", ["HEADLINE: 40 killed in Idlib", "The strikes hit a market."]),
    ("First paragraph ends here.\r\n\r\nSecond one, with 200 injured.", ["First paragraph ends here.", "Second one, with 200 injured."]),
    # a line opening with a label and its colon starts a sentence, however long the line above
    ("Related: 5 things to know about the 2022 Pakistan floods that displaced 8 million\nSudan: 10 million now displaced, says IOM",
     ["Related: 5 things to know about the 2022 Pakistan floods that displaced 8 million",
      "Sudan: 10 million now displaced, says IOM"]),
    # closing quotes and brackets stay with their sentence
    ("“We counted 120 bodies.” He said more were missing.", ["“We counted 120 bodies.”", "He said more were missing."]),
    ("(OCHA, 18 February 2017.) Over 1,000 fled.", ["(OCHA, 18 February 2017.)", "Over 1,000 fled."]),
    ("", []),
    ("\n\n \n", []),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_sentences(text, expected):
    spans = split(text)
    assert [text[s:e] for s, e in spans] == expected


# Hard-wrapped text (plain-text mail, digests, text taken out of a PDF): a single line
# break inside a sentence is white space; a blank line, a line that ends with a full stop,
# a list item, or a line too short to be wrapped text (a headline) ends it.
WRAPPED = [
    ("The United Nations said on Friday that more than 500 civilians have been\n"
     "killed in the offensive since late April, and that about 400,000 people\nhave fled.",
     ["The United Nations said on Friday that more than 500 civilians have been\n"
      "killed in the offensive since late April, and that about 400,000 people\nhave fled."]),
    ("Some 1,200 families have fled their homes in Atareb since Friday, OCHA\nsaid.\n"
     "Another 300 people were injured in the shelling, local officials said.",
     ["Some 1,200 families have fled their homes in Atareb since Friday, OCHA\nsaid.",
      "Another 300 people were injured in the shelling, local officials said."]),
    ("Floods in the north have left around 40,000 people without shelter and\n\n"
     "Aid agencies said 12 people had died.",
     ["Floods in the north have left around 40,000 people without shelter and",
      "Aid agencies said 12 people had died."]),
    ("The toll in the three provinces, according to the disaster agency:\n- 112 dead\n- 74 missing",
     ["The toll in the three provinces, according to the disaster agency:", "- 112 dead", "- 74 missing"]),
    ("Quake kills 40 in Herat\nAt least 40 people were killed when a strong earthquake struck.",
     ["Quake kills 40 in Herat", "At least 40 people were killed when a strong earthquake struck."]),
    # a headline of any length ends at the dateline under it
    ("Strike on a crowded refugee camp kills dozens, officials say\nGAZA, Oct 31 (Reuters) - Dozens of people were killed.",
     ["Strike on a crowded refugee camp kills dozens, officials say", "GAZA, Oct 31 (Reuters) - Dozens of people were killed."]),
    ("Floods across the east leave thousands of families without shelter\nMAPUTO — Some 4,000 families lost their homes.",
     ["Floods across the east leave thousands of families without shelter", "MAPUTO — Some 4,000 families lost their homes."]),
]


@pytest.mark.parametrize("text, expected", WRAPPED)
def test_a_single_line_break_inside_a_sentence_is_white_space(text, expected):
    spans = split(text)
    assert [text[s:e] for s, e in spans] == expected, text


# A run-on stretch with no full stop is cut into pieces of at most MAX_SENTENCE
# characters; the cut must never part a figure from its qualifier or its trigger.
RUN_ON_FIGURE = "more than 500 civilians have been killed "


@pytest.mark.parametrize("offset", range(0, 1_600, 7))
def test_a_run_on_cut_never_falls_inside_a_figure(offset):
    from tracker import extract

    text = "a " * (offset // 2) + "x" * (offset % 2) + " " + RUN_ON_FIGURE + "b " * 1_500
    found = [(f.indicator, f.value, f.qualifier) for f in extract(text)]
    assert found == [("killed", 500, "at_least")], (offset, text[max(0, offset - 40) : offset + 80])
    for s, e in split(text):
        assert e - s <= 1_000


INITIALISMS = [
    # an initialism before a word in lower case goes on with its sentence ...
    ("The agency's 8 a.m. update listed 310 dead. Rain fell.", ["The agency's 8 a.m. update listed 310 dead.", "Rain fell."]),
    ("At 6 p.m. local time, 40 people were missing.", ["At 6 p.m. local time, 40 people were missing."]),
    # ... or before a weekday: the time's day
    ("Rains killed eight people as of 6 a.m. Tuesday, the interior ministry said.",
     ["Rains killed eight people as of 6 a.m. Tuesday, the interior ministry said."]),
    # ... and ends it before a capital
    ("The quake struck at 4 a.m. Rescuers found 30 bodies.", ["The quake struck at 4 a.m.", "Rescuers found 30 bodies."]),
]


@pytest.mark.parametrize("text, expected", INITIALISMS)
def test_an_initialism_before_a_lower_case_word_ends_no_sentence(text, expected):
    assert [text[s:e] for s, e in split(text)] == expected, text


# The sentence ends are found where the pattern finds them: `_ends` tries SENTENCE_END only
# at its first characters and decides the commonest ("killed. The", "1.5") without it. Wire
# copy pieces with the cases next to those shortcuts: a mark at the end of the text, two
# spaces, a line break or a closing quote after the mark, runs of marks, short lines.
END_PIECES = st.sampled_from(
    [
        "killed", "The", "5", "1.5", "U.N.", "Dr.", "a.m.", ".", "!", "?", "...", "?!", " ", "  ", "\n", "\n\n",
        "\t", "\u00a0", "\u2028", "\x1c", '"', "”", "’", ")", "]", "- ", "• ", "Idlib", "é", "Ürümqi", "\u0663",
        "More than 500 people were killed in the offensive since late April", ". ", ".\n", ". \n", "Sudan: ", "Read more: ",
    ]
)


@settings(max_examples=500, deadline=None)
@given(st.lists(END_PIECES, max_size=30).map("".join))
def test_the_ends_are_the_patterns(text):
    assert sentences._ends(text) == [m.span() for m in sentences.SENTENCE_END.finditer(text)]


def test_the_ends_of_the_seeds_are_the_patterns():
    for path in sorted((Path(__file__).parent.parent / "seeds").glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        assert sentences._ends(text) == [m.span() for m in sentences.SENTENCE_END.finditer(text)], path.name
