"""Sentence spans: every quote a user reads is one of these, so where a sentence ends matters."""

from __future__ import annotations

import pytest

from tracker.extraction.sentences import split

# (text, the sentences expected)
CASES = [
    ("More than 500 people were killed. The UN said 3,000 fled.",
     ["More than 500 people were killed.", "The UN said 3,000 fled."]),
    # abbreviations and initials inside a sentence do not end it
    ("Dr. Raed al-Saleh of the U.N. said 40 died.", ["Dr. Raed al-Saleh of the U.N. said 40 died."]),
    ("Recep T. Erdogan said Turkey hosts 3.6 million refugees.",
     ["Recep T. Erdogan said Turkey hosts 3.6 million refugees."]),
    # a line break ends a sentence, even after an abbreviation
    ("Aid reached Idlib on Jan.\n3,000 families fled on Monday.", ["Aid reached Idlib on Jan.", "3,000 families fled on Monday."]),
    ("HEADLINE: 40 killed in Idlib\n\n\n  The strikes hit a market.", ["HEADLINE: 40 killed in Idlib", "The strikes hit a market."]),
    ("First paragraph ends here.\r\n\r\nSecond one, with 200 injured.", ["First paragraph ends here.", "Second one, with 200 injured."]),
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
