"""The shortcuts provenance takes before its costly patterns find what those patterns find:
on ASCII text the standard library's twin of a case-blind pattern, and the cheap tests that
skip a pattern only where it cannot match. Texts mix wire-copy words with the characters
where the two regex engines or the two cases differ (the separators \\x1c-\\x1f, the long s,
the dotted and dotless i, the Kelvin sign, accents, no-break spaces)."""

from __future__ import annotations

import re

from hypothesis import example, given, settings
from hypothesis import strategies as st

from tracker.extraction.text import holds_any, may_end_in_a_capitalised_word
from tracker.provenance import dates, places, sources

PIECES = st.sampled_from(
    [
        "said", "says", " said ", ", said ", "” said ", "Said", "SAID", "ſaid", ",\x1csaid", "added", "wrote",
        " officials", "an OFFICIAL", "ſpokesman", " Ministry", "the ministry", "GOVERNMENT", " government",
        " Monday", "monday", "This week", "this\x1cweek", "Last\u00a0week", "last  month", " 2019", "20\u0661\u0662",
        "January", "Jan.", "Janu", "the attack", "THE ATTACK", "the\x1cattack", "the\u2003attack", "Another",
        "said in ", "told reporters in ", "IN ", "in\x1c", "ın ", "İn ", "in\u00a0", "neighbouring ", "NEIGHBORING ",
        "Situation Report", "SITREP", "fact\nsheet", "ſitrep", "Jan Egeland of the NRC", "K", "é", "\u0301", "_",
        "toll", "Figures", "counts", " in Gaza", "OCHA", " (UNMISS)", ", a monitor,",
        " in the", " past", "the\u00a0Last", "PAST", " two", " 24 hours", " days", "over ", "the",
        "Cyclone", "Tropical\u00a0Storm", " Quake", "that\nday", "A further", "-", " ", "\n", ",", ".", '"', "’", "x", "A",
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
    if sources._found_in(text, lo, hi, sources.UNNAMED_HINT, sources.UNNAMED_HINT_LOWER):  # its looser gate
        assert sources._may_hold_unnamed(text, lo, hi)


COUNT_TEXT_PIECES = st.sampled_from(
    [
        "count", "counts", "Count", "COUNT", "account", "recount", "countess", "tally", "tallys", "toll", "tolls",
        "atoll", "estimate", "estimates", "estimated", "data", "database", "update", "updated", "report", "reports",
        "records", "record", "figures", "figure", "breakdown", "bulletin", "statistics", "_", "é", "1", "’", "'",
        " ", "-", "\n", "\x1c", "\u00a0", ".", ",", "the", "UN",
    ]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(COUNT_TEXT_PIECES, max_size=15).map("".join))
@example("an account of the recount: the toll")
@example("The UN's latest tally_ and its data1 estimates")
def test_a_count_noun_is_found_where_its_pieces_stand(text):
    # `_holds_count_noun` tries COUNT_HINT only where the pieces the sentence keys found stand
    pieces = sources.SENTENCE_KEYS(text).get("count", [])
    assert sources._holds_count_noun(text, pieces) == (sources.COUNT_HINT.search(text) is not None), text


@settings(max_examples=200, deadline=None)
@given(TEXT)
def test_reporting_verbs_are_the_whole_words_of_the_list(text):
    words = [m.span() for m in re.finditer(r"\w+", text) if m.group() in sources.REPORT_VERBS]
    assert [m.span() for m in sources.VERB.finditer(text)] == words


@settings(max_examples=200, deadline=None)
@given(TEXT)
@example("Officials of the World Food Programme")
@example("an OFFICIAL\tAT\nthe WFP")
@example("rose from 19,000 in December 2021 to 26,000 in January, up from 1.2 million in the same period")
def test_cheap_tests_pass_wherever_their_patterns_match(text):
    if sources.INVERTED.search(text):
        assert sources._may_be_inverted(text, sources.SENTENCE_KEYS(text).get("verb", []))
    if sources.PERSON_OF_BODY.match(" ".join(text.split())):
        assert sources._person_of_body(" ".join(text.split()))
    if sources.REPORT_TITLE.search(text):
        assert any(w in text.casefold() for w in sources.REPORT_TITLE_WORDS)
    if sources.HAZARD.match(text):
        assert sources._is_hazard(text)
    for at in range(len(text) + 1):  # a count before a date is read from the stretch's first digit
        lo = max(0, at - dates.OWNER_REACH)
        digit = dates.DIGIT.search(text, lo, at)
        whole = dates.COUNT_BEFORE_DATE.search(text, lo, at)
        from_digit = dates.COUNT_BEFORE_DATE.search(text, digit.start(), at) if digit else None
        assert (whole and whole.span()) == (from_digit and from_digit.span()), (text, at)
    if sources.UNNAMED_OF.match(text):
        assert sources._may_open_unnamed_of(text)
    for at in range(len(text) + 1):
        for lo in (0, max(0, at - 40), at):
            if sources.AFTER_PREPOSITION.search(text, lo, at):
                assert sources._may_follow_preposition(text, lo, at), (text, lo, at)
            if sources.WORD_BEFORE.search(text, lo, at):
                assert may_end_in_a_capitalised_word(text[lo:at]), (text, lo, at)
    for at in range(len(text) + 1):
        assert (sources.IN_PLACE.match(text, at) is None) == (sources._place_after(text, at) is None)
    if dates.PAST_SPAN.search(text):
        assert dates._may_span(text)
    if any(places.NEIGHBOURING.search(text, max(0, i - places.NEIGHBOURING_REACH), i) for i in range(len(text) + 1)):
        assert places._may_say_neighbouring(text)


@settings(max_examples=200, deadline=None)
@given(TEXT, SPAN)
@example("the Ministry, xagency; police_ said the government9 agency", (5, 40))
def test_head_word_test_agrees_with_the_head_word_pattern(text, span):
    lo, at = _window(text, span)
    assert sources._may_hold_head_word(text, lo, at) == sources._found_in(text, lo, at, sources.HEAD_WORD, sources.HEAD_WORD_LOWER)


@settings(max_examples=200, deadline=None)
@given(TEXT, SPAN)
def test_venue_test_agrees_with_the_venue_pattern(text, span):
    lo, at = _window(text, span)
    assert places._at_venue(text, lo, at) == (places.VENUE.search(text, lo, at) is not None)


@settings(max_examples=200, deadline=None)
@given(TEXT)
# (a back reference's last word inside a word, after "_", before a separator `bytes.split` keeps)
@example("Another\x1cfour; xthe attack, the_attack, the attacks_ among the dead\x1d of themselves. Last Friday's, Mondays")
def test_date_hints_find_the_same_on_any_text(text):
    for hint in dates.ASCII_TWINS:
        assert [m.span() for m in dates._in_ascii(text, hint).finditer(text)] == [m.span() for m in hint.finditer(text)]
    assert dates._refers_back(text) == (dates.BACK_REFERENCE.search(text) is not None)


@settings(max_examples=200, deadline=None)
@given(TEXT)
def test_hints_tried_at_their_start_words_find_what_they_find_anywhere(text):
    for hint in dates.HINT_STARTS:
        assert [m.span() for m in dates._hint_matches(text, hint)] == [m.span() for m in hint.finditer(text)]


@settings(max_examples=300, deadline=None)
@given(TEXT, SPAN)
def test_subject_pattern_without_a_place_finds_the_same_where_chosen(text, span):
    lo, _ = _window(text, span)
    for verb in sources.VERB.finditer(text, lo):
        full = sources.SUBJECT_VERB.search(text, lo, verb.end())
        chosen = sources._subject_verb_for(text, lo, verb.start(), sources.READ_BACK).search(text, lo, verb.end())
        assert (full and (full.span(), full.span("np"))) == (chosen and (chosen.span(), chosen.span("np")))


@settings(max_examples=300, deadline=None)
@given(TEXT)
@example("said, says, reported reports told him")
@example("Tellsaid said")
def test_verbs_tried_where_their_pieces_stand_are_the_verbs_of_the_scan(text):
    keys = sources.SENTENCE_KEYS(text)
    assert [m.span() for m in sources._verbs(text, keys.get("verb", []))] == [m.span() for m in sources.VERB.finditer(text)]


@settings(max_examples=300, deadline=None)
@given(TEXT)
@example("(UN) said, citing officials, according to figures compiled by Reuters from the ministry, told")
def test_the_sentence_keys_are_the_substring_tests_they_replace(text):
    keys = sources.SENTENCE_KEYS(text)
    assert ("verb" in keys) == holds_any(text, sources.VERB_PIECES)
    assert ("headline" in keys) == holds_any(text, sources.HEADLINE_VERBS)
    assert ("count" in keys) == holds_any(text, sources.COUNT_PIECES)
    assert ("citing" in keys) == ("iting " in text or "uoting " in text)
    assert ("told" in keys) == (" told " in text)
    assert ("according" in keys) == ("ccording" in text)
    assert ("by" in keys) == (" by " in text)
    assert ("from" in keys) == (" from " in text)
    assert ("bracket" in keys) == ("(" in text)


APPOSITION_PIECES = st.sampled_from(
    [
        "the UN refugee chief", "Filippo Grandi", "Major Mohamed Abdullahi", ", ", ",", " , ", " ", "\u00a0", "\x1c", "\n",
        "has", "has also", "on", "Monday", "monday", "said", "told", "the ministry", "Dr.", "spokesman", "x",
    ]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(APPOSITION_PIECES, max_size=16).map("".join))
@example("The UN refugee chief, Filippo Grandi, has also said")
@example("A police officer, Major Mohamed Abdullahi, on Monday said")
def test_apposition_gate_passes_wherever_the_apposition_pattern_matches(text):
    for verb in sources.VERB.finditer(text):
        lo = max(0, verb.start() - sources.SUBJECT_REACH)
        if sources.APPOSED_PERSON.search(text, lo, verb.end()):
            assert sources._may_close_apposition(text, lo, verb.start()), text


KEY_GROUPS = {"a": ("say", "says", "ays"), "b": ("s", "ays"), "c": ("(", " by ")}


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(["say", "s", "ays", "(", " by ", "x", " ", "ß", "\u0130"]), max_size=20).map("".join))
def test_the_key_scanner_finds_every_key_where_it_starts(text):
    from tracker.provenance import keyscan

    expected = {}
    for name, keys in KEY_GROUPS.items():
        starts = sorted((at, key) for key in keys for at in range(len(text)) if text.startswith(key, at))
        if starts:
            expected[name] = starts
    for scan in (keyscan.key_scanner(KEY_GROUPS), keyscan.key_scanner(KEY_GROUPS, automaton=False)):
        assert {name: sorted(found) for name, found in scan(text).items()} == expected


@settings(max_examples=200, deadline=None)
@given(TEXT)
def test_substring_tests_pass_wherever_their_word_patterns_match(text):
    if sources.VERB.search(text):
        assert holds_any(text, sources.VERB_PIECES)
    if sources.COUNT_HINT.search(text):
        assert holds_any(text, sources.COUNT_PIECES)


DOCUMENT_PIECES = st.sampled_from(
    [
        "figures", "Figures", "tally", "TALLY", "press release", "press", "data", "estimates", " by ", " from ", " released ",
        "by", "from", "released", "provided", " ", "  ", "\n", "\u00a0", "the ministry", "Reuters", "the UN", "İ", "ſ", ",", "x",
    ]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(DOCUMENT_PIECES, max_size=20).map("".join))
@example("Figures released by the ministry show")
@example("a tally by by Reuters")
def test_document_gate_answers_as_a_search_for_every_key(text):
    lowered = text.lower()
    assert sources._may_cite_document(lowered) == any(k in lowered for k in sources.DOCUMENT_BY_KEYS)


NAME_PIECES_BEFORE_VERB = st.sampled_from(
    [
        "Ministry", " of ", " on ", " de ", " del ", " for ", " the ", "the ", "The ", "Health", "Monday", "Monday ",
        "June", "Jun", "Junes", "Authority", "al-Saleh", " ", "  ", "\n", "\u00a0", ", ", "(OCHA) ", " said", " said",
        " added", " in ", "Sudan", " and ", "IOM", "spokesman ", "Red Cross", "Secretary General ", "x", "É",
    ]
)
BACKWARD_PATTERNS = ["SUBJECT_VERB", "SUBJECT_VERB_NO_PLACE", "BODY_VERB", "NAME_AND", "ORG_BEFORE_TITLE"]


@settings(max_examples=300, deadline=None)
@given(st.lists(NAME_PIECES_BEFORE_VERB, max_size=16).map("".join))
@example("the Disaster Authority on Monday said")
@example("Ministry of the Monday said")
@example("Office for  the June Fund said")
def test_names_read_backwards_are_the_names_read_forwards(text):
    """The patterns matched backwards read names with the day test before the joiner
    (`sources._NAME_BACKWARDS`): at every end they find what the same pattern with the test
    after the joiner finds."""
    import regex

    for name in BACKWARD_PATTERNS:
        pattern = getattr(sources, name)
        assert sources._NAME_BACKWARDS in pattern.pattern, name
        forwards = regex.compile(pattern.pattern.replace(sources._NAME_BACKWARDS, sources._NAME), pattern.flags)
        for end in range(len(text) + 1):
            a, b = pattern.search(text, 0, end), forwards.search(text, 0, end)
            assert (a and (a.span(), a.groups())) == (b and (b.span(), b.groups())), (name, end)


def test_every_date_hint_stripped_of_punctuation_is_a_hint():
    # `_hint_words` looks up the words of a sentence stripped only
    for hints in (dates.WRITTEN_HINTS, dates.RELATIVE_HINTS, dates.SPAN_HINTS, dates.PART_HINTS, dates.RANGE_HINTS):
        assert {h.strip(dates._STRIP) for h in hints} <= hints


def _in_before_a_capital(text: str, lo: int, hi: int) -> bool:
    """What `sources._names_place` answers, spelled out: an "in" inside text[lo:hi] with a
    space (or a character not ASCII) on each side, the first character after its spaces (and
    after a "the " there) a capital or not ASCII."""
    def spacy(ch: str) -> bool:
        return ch.isspace() or not ch.isascii()

    for at in range(lo + 1, hi - 2):
        if text.startswith("in", at) and spacy(text[at - 1]) and spacy(text[at + 2]):
            rest = text[at + 2 : hi].lstrip()
            if rest.startswith("the "):
                rest = rest[4:].lstrip()  # "the Health Ministry in the Gaza Strip"
            first = rest[:1]
            if first and (first.isupper() or not first.isascii()):
                return True
    return False


@settings(max_examples=300, deadline=None)
@given(TEXT, SPAN)
@example("OCHA in\u00a0\u00a0x said", (0, 20))
@example("OCHA\u00a0in\u00e9 said", (0, 20))
@example(" in the Quake", (0, 13))
def test_names_place_finds_in_before_a_capital(text, span):
    lo, hi = _window(text, span)
    assert sources._names_place(text, lo, hi) == _in_before_a_capital(text, lo, hi)


PLACE_BEFORE_VERB = [
    ("Fighting has displaced 3,000 people, OCHA in Sudan said on Monday.", True),
    ("The UN Mission in South Sudan (UNMISS) said 40 civilians died.", True),
    ("Fighting displaced 3,000 people in the north, the agency said.", False),
    ("At least 12 were killed, including four children, officials said.", False),
]


def test_a_place_after_a_body_is_read_only_where_in_stands_before_a_capital():
    for sentence, expected in PLACE_BEFORE_VERB:
        verb = sources.VERB.search(sentence)
        lo = max(0, verb.start() - sources.SUBJECT_REACH)
        assert sources._names_place(sentence, lo, verb.start()) is expected, sentence
        full = sources.SUBJECT_VERB.search(sentence, lo, verb.end())
        chosen = sources._subject_verb_for(sentence, lo, verb.start(), sources.READ_BACK).search(sentence, lo, verb.end())
        assert (full and full.span()) == (chosen and chosen.span()), sentence


PLACE_PIECES_BEFORE_VERB = st.sampled_from(
    [
        "OCHA", " in ", "in", " in the ", " in the\u00a0", "the\t", "Aleppo", "Gaza Strip", ", ", ",", " (UNMISS)", "(", ")",
        ", a monitor,", ", the UN agency, ", " the ", "Syrian Observatory", " a market", " has", " on Monday", " in 2023",
        " last week", " ", "\u00a0", "\x1c", "É", "x", " said", " added",
    ]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(PLACE_PIECES_BEFORE_VERB, max_size=14).map("".join))
@example("hit a market in Aleppo, the Syrian Observatory said")
@example("OCHA in Aleppo, a monitor, said")
@example("OCHA in Gaza Strip (UNMISS) said")
@example("OCHA in the\u00a0Gaza Strip said")
def test_the_subject_pattern_without_a_place_is_chosen_only_where_they_find_the_same(text):
    """`_subject_verb_for` picks the pattern without a place where no place may reach the
    verb (`_place_reaches_verb`): at every verb it finds what the pattern `_names_place`
    alone chose finds."""
    for verb in sources.VERB.finditer(text):
        for lo in (0, max(0, verb.start() - sources.SUBJECT_REACH), max(0, verb.start() - 20)):
            named = sources._names_place(text, lo, verb.start())
            full = (sources.SUBJECT_VERB if named else sources.SUBJECT_VERB_NO_PLACE).search(text, lo, verb.start())
            chosen = sources._subject_verb_for(text, lo, verb.start(), sources.READ_BACK).search(text, lo, verb.start())
            assert (full and (full.span(), full.groups())) == (chosen and (chosen.span(), chosen.groups())), (text, lo)


def test_groups_read_by_number_are_the_groups_named():
    """A group read by its number (`dates.group_number`) is the group of that name."""
    for pattern, name, number, text in [
        (sources.SUBJECT_VERB, "np", sources.SUBJECT_NP, "Flooding displaced 4,000 people, OCHA in Mozambique said"),
        (sources.SUBJECT_VERB_NO_PLACE, "np", sources.SUBJECT_NP, "Fighting killed 12 people, the Syrian Observatory said"),
        (sources.WORD_BEFORE, "word", sources.WORD_BEFORE_WORD, "according to the Kenya "),
        (dates.RELATIVE, "weekday", dates.RELATIVE_WEEKDAY, "the ministry said last Friday"),
        (dates.RELATIVE, "last", dates.RELATIVE_LAST, "the ministry said last Friday"),
    ]:
        # (the subject patterns are matched up to their verb's start: see `VERB_READ_ALONE`)
        subject = pattern is sources.SUBJECT_VERB or pattern is sources.SUBJECT_VERB_NO_PLACE
        end = len(text) - len("said") if subject and sources.VERB_READ_ALONE else len(text)
        m = pattern.search(text, 0, end)
        assert m is not None and m.group(name), (name, text)
        assert m.span(number) == m.span(name) and m.group(number) == m.group(name), (name, text)


def _plain_aliases() -> str:
    """The alias table's names as a plain alternation, longest first (`phrases`), as
    `_alias_alternation` wrote them before they were a tree (`text.phrase_tree`)."""
    acronyms = [a for a in sources.ALIASES if a.upper() == a]
    names = [a for a in sources.ALIASES if a.upper() != a]
    return rf"(?<![\p{{L}}\d])(?:(?i:{sources._words(names)})|{sources._words(acronyms)})(?![\p{{L}}\d])"


PLAIN_ALIASES = _plain_aliases()


def _with_verb(pattern):
    """A pattern `_subject` reads back from a reporting verb as it was written before
    `VERB_READ_ALONE`: its verb read too, and the names of the alias table a plain
    alternation, not a tree of their ends."""
    import regex

    text = pattern.pattern.replace(sources._ALIAS_BACKWARDS, PLAIN_ALIASES).rstrip()
    assert text.endswith(r"\Z"), pattern
    if sources.VERB_READ_ALONE:
        text = text[: -len(r"\Z")] + rf"{sources._VERB}\Z"
    return regex.compile(text, pattern.flags)


# The patterns `_subject` matches up to its verb (every one that ends with `_TO_VERB`).
TO_VERB = [
    sources.SUBJECT_VERB, sources.SUBJECT_VERB_NO_PLACE, sources.APPOSED_PERSON, sources.HEAD_OF_VERB,
    sources.BODY_VERB, sources.PRONOUN_VERB, sources.DOCUMENT_BACK, sources.UNNAMED_PERSON,
    sources.OWNED_PERSON, sources.GENERIC_VERB, sources.GENERIC_IN_PLACE_VERB,
]
WITH_VERB = [_with_verb(p) for p in TO_VERB]


@settings(max_examples=300, deadline=None)
@given(TEXT)
@example("Flooding displaced 4,000 people, OCHA in Mozambique said")
@example("Fighting killed 12 people, the United Nations refugee agency has also said")
@example("The UNITED NATIONS, a world body, (UN), said")
@example("the u.n. said")
@example("Médecins Sans Frontières reported")
@example("MSF, citing the Ministry of Health in Gaza (MoH), said on Monday")
@example("The UN High Commissioner for Refugees, Filippo Grandi, said")
@example("The ministry of health in Gaza said")
@example("the Philippine disaster agency, NDRRMC, reported")
@example("He has also said")
@example("The statement added")
@example("a senior official of the ministry said")
@example("Ukraine's interior minister said")
@example("local witnesses and monitors said Tuesday")
@example("officials in the eastern city of Derna said")
def test_the_patterns_read_to_their_verb_find_what_they_found_with_it(text):
    """Each pattern `_subject` matches up to a verb's start (and the subject's, its names
    grouped by their last character) finds what it found with the verb and the plain
    alternation of names: the same start, the same groups."""
    for verb in sources.VERB.finditer(text):
        lo = max(0, verb.start() - sources.SUBJECT_REACH)
        upto = verb.start() if sources.VERB_READ_ALONE else verb.end()
        for ours, theirs in zip(TO_VERB, WITH_VERB):
            a, b = ours.search(text, lo, upto), theirs.search(text, lo, verb.end())
            assert (a is None) == (b is None), (ours.pattern[:40], text)
            if a is not None:
                assert a.start() == b.start() and a.groups() == b.groups(), (ours.pattern[:40], text)
                assert all(a.span(g) == b.span(g) for g in range(1, (a.re.groups or 0) + 1)), (ours.pattern[:40], text)


ALIAS_TEXTS = (
    [f"x {n} y" for n in sources.ALIASES] + [f"{n.upper()}, said" for n in sources.ALIASES]
    + [f"the {n.lower()}s" for n in sources.ALIASES] + [f"{a} and {b}" for a, b in zip(sources.ALIASES, list(sources.ALIASES)[1:])]
    + ["the United  Nations", "the united\nnations", "UN", "Un", "u.n.", "ſana", "WHO", "who", "Kelvin", "x UN OCHA y"]
)


def test_the_alias_names_read_backwards_as_a_tree_match_where_the_names_do():
    """The alias alternation read backwards, a tree of the names' ends, finds at every end
    of a text the name the plain alternation finds there."""
    import regex

    tree = regex.compile(rf"(?:{sources._ALIAS_BACKWARDS})\Z", regex.REVERSE)
    plain = regex.compile(rf"(?:{PLAIN_ALIASES})\Z", regex.REVERSE)
    for text in ALIAS_TEXTS:
        for end in range(len(text) + 1):
            a, b = tree.search(text, 0, end), plain.search(text, 0, end)
            assert (a and a.span()) == (b and b.span()), (text, end)


def test_the_alias_names_as_a_tree_match_where_the_names_do():
    """The alias alternation, a tree of the names' shared starts, finds at every place of a
    text the name the plain alternation finds there, and the same shorter name where what
    must follow refuses the longest (both try the names at a place longest first)."""
    import regex

    tree, plain = regex.compile(sources._ALIAS), regex.compile(PLAIN_ALIASES)
    # (a name that goes on with a capitalised word: the longest name at a place seldom does,
    # the shorter ones inside a longer name do, and both patterns backtrack to them in turn)
    tree_on, plain_on = (regex.compile(rf"(?:{p})(?=\s+\p{{Lu}})") for p in (sources._ALIAS, PLAIN_ALIASES))
    for text in ALIAS_TEXTS:
        for at in range(len(text) + 1):
            a, b = tree.match(text, at), plain.match(text, at)
            assert (a and a.span()) == (b and b.span()), (text, at)
            a, b = tree_on.match(text, at), plain_on.match(text, at)
            assert (a and a.span()) == (b and b.span()), (text, at)


@settings(max_examples=300, deadline=None)
@given(TEXT)
@example("Another 9 were wounded in the attack, they said.")
@example("among the  dead were four children")
@example("THE AIRSTRIKES killed")
def test_back_references_grouped_by_first_word_are_found_where_the_plain_ones_are(text):
    """`BACK_REFERENCE_LOWER`, its phrases grouped by their first word, finds a back
    reference in a lowered ASCII sentence where the plain alternation does."""
    plain = re.compile(dates._ascii_twin(rf"\b(?:{dates._alternation(w.lower() for w in dates.BACK_REFERENCES)})\b").pattern)
    lower = text.lower()
    if lower.isascii():
        assert (dates.BACK_REFERENCE_LOWER.search(lower) is None) == (plain.search(lower) is None), text


def test_a_group_with_different_numbers_in_two_patterns_is_refused():
    import regex

    try:
        dates.group_number("np", regex.compile(r"(?P<np>a)"), regex.compile(r"(b)(?P<np>a)"))
    except ValueError:
        return
    raise AssertionError("different numbers were accepted")


DOCUMENT = [
    # (sentence, sentence before, figure): a wire story's sentences, two figures in one
    ("Air strikes killed 14 people on Thursday and wounded 30, medics said.", None, "14"),
    ("Air strikes killed 14 people on Thursday and wounded 30, medics said.", None, "30"),
    ("Another 9 were wounded in the attack, they said.", "Air strikes killed 14 people on Thursday and wounded 30, medics said.", "9"),
    ("Since 1 March, 2,100 families have fled, the agency said on Monday.", None, "2,100"),
    ("About 500 people remain missing.", "Since 1 March, 2,100 families have fled, the agency said on Monday.", "500"),
]


def test_dates_kept_for_one_document_give_what_reading_afresh_gives():
    """`figure_date` with a document's `read` dict answers as it does without one, and keeps
    each sentence's dates once (the same sentence asked twice is read once)."""
    import datetime as dt

    published = dt.date(2024, 3, 22)
    read: dict = {}
    for sentence, before, figure in DOCUMENT:
        offset = sentence.index(figure)
        assert dates.figure_date(sentence, offset, published, before, None, read) == dates.figure_date(
            sentence, offset, published, before
        ), (sentence, figure)
    assert len(read) == len({s for s, _, _ in DOCUMENT} | {b for _, b, _ in DOCUMENT if b})


NAME_PIECES = st.sampled_from(
    [
        "Kenya", "KENYA", "kenya", "Ke.nya", "Red", "red", "R.E.D.", "Cross", "CROSS", "Society", "Malawi", "Nepal",
        "United", "Nations", "U.N.", "Refugee", "refugee", "Agency", "agency", "Children’s", "children's", "Fund",
        "High", "Commissioner", "for", "Refugees", "of", "the", "Office", "Afghan", "National", "Disaster",
        "Management", "Authority", "İ", "\u212a", "ſ", " ", "  ", "\n", "\x1c", "\u00a0", ".", ",", "’", "'", "-",
    ]
)
DOCUMENT_TEXT = st.lists(NAME_PIECES, max_size=30).map("".join)


@settings(max_examples=300, deadline=None)
@given(DOCUMENT_TEXT)
@example("the KENYA  Red\nCross said")
@example("Ke.nya R.E.D. Cross, U.N. Children’s Fund")
@example("the Afghan\x1cNational Disaster  Management Authority")
@example("United Nations High Commissioner for Refugees, the U.N. refugee agency (UNHCR)")
@example("the Kenya Red Cross Society and the Malawi Red Cross said")
def test_longer_names_are_looked_for_wherever_the_fold_holds_them(text):
    """`sources._may_name` passes every longer name the folded document holds."""
    folded, lowered = sources._folded.__wrapped__(text), sources._key_lowered(text)
    for long in sources.CONTAINED_WORDS:
        if long in folded:
            assert sources._may_name(lowered, long), (text, long)
    for name, longer in sources.CONTAINED.items():  # the words all of a name's longer names hold
        if any(long in folded for long, _ in longer):
            assert all(w in lowered for w in sources.CONTAINED_COMMON[name]), (text, name)
        if all(w in lowered for w in sources.CONTAINED_COMMON[name]):  # then each word once
            expected = any(sources._may_name(lowered, long) for long, _ in longer)
            assert sources._may_name_one(lowered, sources.CONTAINED_OTHER_WORDS[name]) == expected, (text, name)


def test_only_the_characters_named_lower_to_ascii():
    """`sources.LOWERED_TO_ASCII` holds every character beyond ASCII whose lower case holds an ASCII one."""
    lowered_to_ascii = {ch for ch in map(chr, range(128, 0x110000)) if any(c.isascii() for c in ch.lower())}
    assert lowered_to_ascii == set(sources.LOWERED_TO_ASCII)


@settings(max_examples=300, deadline=None)
@given(DOCUMENT_TEXT)
@example("the U.N. Children’s Fund, Unicef")
@example("the UNITED  Nations’ refugee agency in Kenya — Nairobi’s office, café")
@example("İ United Nations \u212a")
def test_the_words_of_longer_names_are_in_the_quick_lowering_where_they_are_in_the_full_one(text):
    """`sources._words_lowered` holds each word of the longer names where `_key_lowered` does."""
    lowered, quick = sources._key_lowered(text), sources._words_lowered(text)
    for words in sources.CONTAINED_WORDS.values():
        for w in words:
            assert (w in quick) == (w in lowered), (text, w)


def test_the_more_specific_body_is_found_as_the_fold_finds_it():
    for text, name, expected in [
        ("Floods displaced 3,000 people, the Kenya Red Cross said. The Red Cross said 12 died.", "Red Cross", "Kenya Red Cross Society"),
        ("Floods displaced 3,000 people, the  KENYA\nRed  Cross said on Monday.", "Red Cross", "Kenya Red Cross Society"),
        ("The Red Cross said 40 people were missing after the landslide.", "Red Cross", "Red Cross"),
        ("The Red Cross said 40 people were missing; the International Committee of the Red Cross said 38.", "Red Cross", "ICRC"),
        ("Some 2,000 fled to Malawi, where Malawi Red Cross volunteers met them, the Red Cross said.", "Red Cross", "Malawi Red Cross Society"),
    ]:
        assert sources._specific_in.__wrapped__(text, name) == expected, text


@settings(max_examples=200, deadline=None)
@given(TEXT)
@example("Since mid-July, (Monday) the past week, in Jan. 2024 between 1 and 3 March, the first half of 2023")
@example("Two weeks ago, 600 families were evacuated; three days ago, 40 more.")
# (ASCII, read by `_ascii_hint_words`: a hint inside a word, after a mark inside a word, a
# possessive, a separator `bytes.split` keeps, a word of marks alone)
@example("x.May 3, Monday's toll (last) week; therefrom\x1cMay pre-Christmas a.b.from.c \"Yesterday,\" -- Jan. EW")
def test_a_sentences_hint_words_are_its_stripped_words_that_are_hints(text):
    words = {w.strip(dates._STRIP) for w in text.replace("-", " ").split()}
    for hints in (dates.WRITTEN_HINTS, dates.RELATIVE_HINTS, dates.SPAN_HINTS, dates.PART_HINTS, dates.RANGE_HINTS, dates.AGO_HINTS):
        assert dates._hint_words(text) & hints == words & hints, text


ROLE_PIECES = st.sampled_from(
    [
        "as of", "As  Of", "AS\tAT", "as on", "by", "BY", "up to", "until", "through", "the end of", "The\nEnd of",
        "since", "Since", "ſince", "the outbreak of", "the start of", "which", "that", "first", "began", "broke out",
        "Broke\u00a0out", "erupted", "on", "ON", "in", "compared with", "than", "than in the whole of", "against",
        "increase on", "up", "down", "by 20", "3,000", "from", "From", "the record figure of", "said", "SAID", "told",
        "according to", "officials", "(OCHA,", ")", ";", ",", ".", "-", "x", "é", "K", "_", "1", "'s",
        " ", "  ", "\n", "\x1c", "\u00a0", "\t",
    ]
)
ROLE_TEXT = st.lists(ROLE_PIECES, max_size=16).map("".join)


def _role_gates_hold(text: str) -> None:
    """Each of `_role`'s cheap tests passes wherever its pattern matches, at every end of `text`."""
    for end in range(len(text) + 1):
        before = text[max(0, end - 40) : end]
        words = dates._last_words(before)
        for pattern, endings in [
            (dates.BEFORE_AS_OF, dates.AS_OF_ENDINGS),
            (dates.BEFORE_SINCE, dates.SINCE_ENDINGS),
            (dates.START_CLAUSE, dates.START_ENDINGS),
            (dates.BEFORE_REPORT, dates.REPORT_ENDINGS),
        ]:
            if pattern.search(before):
                assert dates._may_end(words, endings), (pattern.pattern[:40], before)
        if dates.BEFORE_COMPARISON.search(before):
            assert dates._may_compare(words, before), before
        if dates.SINCE_CLAUSE.search(text[max(0, end - dates.SINCE_REACH) : end]):
            assert dates._may_open_since(text, max(0, end - dates.SINCE_REACH), end), text
        if dates.CITATION_CLOSE.match(text, end):
            assert dates._may_close(text, end), text[end:]


@settings(max_examples=300, deadline=None)
@given(ROLE_TEXT)
def test_a_dates_role_is_read_by_its_patterns_only_where_they_may_end(text):
    """`_role` tries a backwards pattern only where the stretch before the date ends with two
    words the pattern's vocabulary may end with (`_last_words`, `_may_end`): each of its cheap
    tests passes wherever its pattern matches."""
    _role_gates_hold(text)


def test_a_dates_role_gates_hold_on_the_seeds():
    """The same at every place of the seed articles."""
    from tests.conftest import SEEDS

    for path in sorted(SEEDS.glob("*.txt")):
        _role_gates_hold(path.read_text(encoding="utf-8")[:6000])


BY_TEXT = st.lists(
    st.one_of(PIECES, st.sampled_from(["released", "reported", "quoted as", " saying", "xreleased", " by ", "by", " the ", "its ", " UN", "\t", "Reported"])),
    max_size=25,
).map("".join)


@settings(max_examples=300, deadline=None)
@given(BY_TEXT)
@example("figures released by the UN, reported by OCHA and quoted as saying by state news agency SANA")
@example("unreported by the ministry; xreleased by WHO; Reported by UNHCR; released\nby\tthe ministry")
@example("released by released by the health ministry")
def test_the_by_patterns_tried_at_their_verbs_find_what_their_scans_find(text):
    """`BY_SOURCE` and `BY_LOWER`, tried only where a "by" verb's first word stands
    (`_by_verb_starts`), find what their scans of the whole text find."""
    starts = sources._by_verb_starts(text)
    for pattern in (sources.BY_SOURCE, sources.BY_LOWER):
        found = [(m.span(), m.groups()) for m in sources._by_matches(pattern, text, starts)]
        assert found == [(m.span(), m.groups()) for m in pattern.finditer(text)], text


def test_every_white_space_of_the_patterns_is_stripped_by_str():
    """`_subject` tells where an auxiliary or a time may end by `str.rstrip`: every character
    the `regex` module's \\s matches is white space to `str.isspace`."""
    import sys

    import regex

    assert all(chr(c).isspace() for c in range(sys.maxunicode + 1) if regex.match(r"\s", chr(c)))
    assert all(len(w) >= 3 for w in sources.TAIL_LAST_WORDS)  # (`TAIL_WORD_ENDS` holds their last three letters)


@settings(max_examples=300, deadline=None)
@given(TEXT)
@example("the United Nations has said")
@example("the United Nations has also said")
@example("the UN so far said")
@example("OCHA on Monday said")
@example("OCHA in 2022 said")
@example("OCHA last week said")
@example("OCHA\u00a0said")
@example("OCHA has\x1c said")
@example("He has said")
@example("The statement earlier added")
@example("local witnesses and monitors said")
@example("Ukraine's interior minister had said")
def test_the_patterns_without_their_tail_find_the_same_where_chosen(text):
    """Where `_subject` reads a verb with the twins that lack the auxiliaries and the time
    (`READ_BACK_BARE`), they find what the patterns with them find."""
    for verb in sources.VERB.finditer(text):
        lo = max(0, verb.start() - sources.SUBJECT_REACH)
        upto = verb.start() if sources.VERB_READ_ALONE else verb.end()
        tail = text[max(lo, verb.start() - sources.NEAR_VERB) : verb.start()].rstrip()
        if tail[-3:] in sources.TAIL_WORD_ENDS or tail[-1:].isdigit() or not tail:
            continue
        for full, bare in zip(sources.READ_BACK, sources.READ_BACK_BARE):
            a, b = full.search(text, lo, upto), bare.search(text, lo, upto)
            assert (a is None) == (b is None), (full.pattern[:40], text)
            if a is not None:
                assert a.span() == b.span() and a.groups() == b.groups(), (full.pattern[:40], text)
