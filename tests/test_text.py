"""tracker/extraction/text.py: `str_lower` lowers as str.lower() does, and `lowered`, the
lowered twin of every text the engine reads, as well at the same length; `beyond_ascii`, the
characters beyond ASCII both find, is the same whether kept or found."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tracker.extraction.text import beyond_ascii, covering_words, lowered, str_lower

TEXTS = [
    "More than 5,000 people FLED Idlib – the UN’s “Flash Update” said.",
    "ΣΟΦΟΣ and ΟΔΟΣ: a capital sigma lowers by its place in the word.",
    "İnjured: 45 people in İzmir; ſome 3,000 fled.",  # "İ" grows when lowered: kept as it is
    "Kelvin \u212a, Ångström Å, Ünal, Straße, ǅ, \U0001d400, \ud800 (a lone surrogate)",
    "plain ASCII, Nothing Else",
    "",
]


def _reference(text: str) -> str:
    lower = text.lower()
    return lower if len(lower) == len(text) else "".join(c if len(c.lower()) != 1 else c.lower() for c in text)


@pytest.mark.parametrize("text", TEXTS)
def test_lowered_lowers_as_str_lower(text):
    assert str_lower(text) == text.lower()
    assert lowered(text) == _reference(text)
    assert len(lowered(text)) == len(text)


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=st.sampled_from("aZ ’“—–ΣσİıſKÅéÉß\u212a\u0345ǅ.\n") | st.characters(), max_size=40))
def test_lowered_lowers_any_text_as_str_lower(text):
    assert str_lower(text) == text.lower()
    assert lowered(text) == _reference(text)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from("aZ ’“—ΣİÅ\u212a\n") | st.characters(), max_size=40))
def test_beyond_ascii_is_every_character_beyond_ascii_kept_or_not(text):
    expected = "".join(c for c in text if ord(c) > 127)
    assert beyond_ascii(text) == expected  # found, or kept by `str_lower` before
    str_lower(text)
    assert beyond_ascii(text) == expected  # kept


# Phrase lists -> the keys `covering_words` gives: every phrase holds one, fewest and rarest first.
COVERING = [
    (["worldwide", "globally", "around the world", "across the world", "the world over"], ("globally", "world")),
    (["across the world", "in the US"], ("across", "the")),  # a phrase of short words only: its longest
    (["Fled", "fleeing"], ("fled", "fleeing")),
]


@pytest.mark.parametrize("phrases, keys", COVERING)
def test_covering_words_cover_every_phrase(phrases, keys):
    assert covering_words(phrases) == keys
    assert all(any(k in p.lower() for k in keys) for p in phrases)
