"""Trigger-first reading (tracker/extraction/prescan.py and the engine): the same figures as
reading every sentence holding a number, and no parsing at all of news without a trigger.

The reference is `extract(..., prescan=False)`, the engine reading every sentence that holds
a number that may be a count, as it did before the pre-scan. Every comparison shows its input.
"""

from __future__ import annotations

import itertools
import json

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

import corpus  # bench/corpus.py (tests/conftest.py puts bench/ on the path)
from tracker import extract
from tracker.extraction import engine, figures, indicators, numbers, prescan, rules
from tracker.lexicon import Entry
from tracker.extraction.text import lowered
from tests.conftest import SEEDS


def _same(text: str, published: str | None = "2019-08-20") -> None:
    fast = extract(text, published=published)
    reference = extract(text, published=published, prescan=False)
    assert fast == reference, f"pre-scan changed the figures of:\n{text!r}"


# --- the same figures -------------------------------------------------------------------

# Sentences written for this test, in wire style, each putting a figure (or a number that is
# none) where the pre-scan could lose it: glued or hyphen-broken words, a total in the next
# sentence or on the next line, numbers broken over a line, capitals the pattern folds.
EDGES = [
    "More than 5,000 people fled Idlib on Friday, the United Nations said.",
    "Another 5,000 people fled on Monday. That brings the total to 45,000.",
    "Another 3,000 families fled the district.\nThat brings the total to 12,000.",
    "Floods displaced another 5,000 people, bringing the total to 45,000, officials said.",
    "The death toll from the earthquake rose to 2,500 on Tuesday, the ministry said.",
    "The number of people displaced by the floods has risen from 20,000 to 50,000.",
    "Some 4,000 newrefugees reached the border on Sunday.",
    "About 2,000 refugeeswere counted at the crossing.",
    "Aid groups counted 12,000 refu-gees in the camps near the border.",
    "At least 300 dis-placed families were sheltering in schools.",
    "Nearly 1,500 people weredisplaced by the fighting.",
    "Shelling killed 12 civilians and wounded 30 in Saraqeb, rescuers said.",
    "Rescuers said 14 were dead\nand several\nhundred injured after the quake.",
    "Officials said tens of\nthousands of people have fled the city.",
    "Up to 2m\npeople have been uprooted by the drought.",
    "Flooding has left 2\nmillion people homeless across the region.",
    "ſome 3,000 people were ſlain in the massacre, witnesses ſaid.",
    "İnjured: 45 people, İDPs: 3,000, officials said.",
    "KILLED: 40. DISPLACED: 12,000. MISSING: 7.",
    "The campaign displaced 8,000 villagers, a monitor said.",
    "Campaign spending reached $120 million, 14% more than in 2016.",
    "The upper house killed the bill by 52 votes to 40 on Tuesday.",
    "The race ended in a dead heat, both runners on 10.21 seconds.",
    "Investors fled the market, and the index lost 3.2% to 7,410 points.",
    "Higher costs hurt margins, and 1,200 jobs will go by June.",
    "Shares took a hit on Monday, falling 4% to $31.20.",
    "The team left 12 players at home for the friendly against Albion.",
    "Between 90 and 230 IDPs were killed in the attack, the report said.",
    "Dr. Smith said 300 people had been evacuated. Another 200 followed on Friday.",
    "Two children died; 14 others were hurt.",
    "More than 40\n\nkilled in the raid, residents said.",
    "A record number of visitors came to the fair, and 12,000 tickets were sold.",
    "The number one seed lost, and the number of people killed in the floods rose to 40.",
    "Call the number 0800 123 456; a number of displaced families returned, and the tally of dead reached 31.",
    "x" * 1_200 + " 5,000 people fled " + "y" * 1_200,
    "The storm killed five. " + "Officials counted the losses. " * 40 + "Some 3,000 people fled.",
]


@pytest.mark.parametrize("text", EDGES)
def test_same_figures_as_reading_every_sentence(text):
    _same(text)
    _same(text, None)


def test_same_figures_on_generated_feeds_and_seeds():
    """The byte-for-byte check of bench/dump_figures.py, kept as a test: the seed articles and
    a generated corpus of each kind (figure-dense, a mixed feed, no-figure news) give the same
    figures, field for field, with the pre-scan and without."""
    texts = [(p.name, p.read_text(encoding="utf-8"), "2019-08-20") for p in sorted(SEEDS.glob("*.txt"))]
    for kind in corpus.KINDS:
        texts += [(a["id"], a["text"], a["date"]) for a in itertools.islice(corpus.articles(kind=kind), 40)]
    found = 0
    for name, text, published in texts:
        fast = extract(text, published=published)
        reference = extract(text, published=published, prescan=False)
        assert fast == reference, f"pre-scan changed the figures of {name}"
        found += len(fast)
    assert found > 100  # the corpus holds figures: the comparison compared something


def test_same_figures_on_the_labelled_sets(shared_gold):
    for path in sorted(shared_gold.glob("*.jsonl")):
        with path.open(encoding="utf-8") as lines:
            for row in map(json.loads, lines):
                if "text" in row:
                    fast = extract(row["text"], published=row.get("published"))
                    assert fast == extract(row["text"], published=row.get("published"), prescan=False), (
                        f"{path.name}:{row['id']}"
                    )


PIECES = st.sampled_from(
    [
        "5,000", "two", "hundred", "several", "tens of", "thousands", "2m", "1.5", "million", "12", "2016",
        "people", "families", "refugees", "refu-gees", "IDPs", "votes", "%", "$", "km",
        "killed", "fled", "displaced", "weredisplaced", "dead", "deadline", "campaign", "left", "have left",
        "the death toll rose to", "the number of refugees rose to", "bringing the total to", "That brings the total to",
        "were", "have been", "and", "of", "another", "more than", "including", "could",
        " ", " ", " ", "\n", "\n\n", ". ", ", ", "-", "(", ")", "Dr.", "İ", "ſ",
    ]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(PIECES, max_size=30).map(" ".join))
def test_same_figures_on_shuffled_wire_fragments(text):
    _same(text)


# --- no trigger, no parsing ---------------------------------------------------------------

NO_TRIGGER = [
    "The FTSE 100 rose 1.2% to 7,642.15 points on Friday, its best day since March.",
    "Rovers beat Albion 3-1 on Saturday in front of 41,200 fans.",
    "The Greens won 42 of the 650 seats, up from 31 in 2019, with turnout at 67.3%.",
    "Temperatures reached 38 degrees on Tuesday, and 120 flights were delayed.",
    "The chip has 16 cores and runs at 4.2 GHz; the firm sold 3.1 million units.",
    "Shares took a hit after the deadline passed, and the number of buyers fell to 300.",
    "The party left the coalition in May, taking its 24 members with it.",
]


@pytest.mark.parametrize("text", NO_TRIGGER)
def test_news_without_a_trigger_ends_before_any_number_is_parsed(text, monkeypatch):
    calls: list[str] = []
    monkeypatch.setattr(engine, "find_numbers", lambda *args: calls.append("numbers") or [])
    monkeypatch.setattr(engine, "split", lambda *args: calls.append("sentences") or [])
    assert extract(text, published="2021-05-04") == []
    assert calls == [], f"parsed although no trigger: {text!r}"


OTHER_SENSES = [
    "The upper house killed the bill by 52,000 votes to 48,000 on Tuesday.",
    "The 100 metres ended in a dead heat, both sprinters timed at 10.21 seconds.",
    "Investors fled the market, pushing the 10-year yield down 12 basis points.",
]


@pytest.mark.parametrize("text", OTHER_SENSES)
def test_a_trigger_in_another_sense_is_read_in_its_sentence_only(text, monkeypatch):
    """A trigger used in another sense reaches the reading, which finds no figure there, and
    the whole document is not split nor scanned for numbers."""
    whole: list[int] = []
    real_split = engine.split

    def split(piece: str) -> list[tuple[int, int]]:
        if piece == document:
            whole.append(len(piece))
        return real_split(piece)

    document = "Markets were calm at the open.\n\n" + text + "\n\nTrading closes at 4.30 p.m. local time."
    monkeypatch.setattr(engine, "split", split)
    assert extract(document, published="2021-05-04") == []
    assert whole == [], f"the whole document was split: {text!r}"


# --- one vocabulary -------------------------------------------------------------------------


def test_every_trigger_the_engine_finds_starts_at_a_confirmed_stem():
    """Each trigger phrase tracker.extraction.indicators.find_triggers finds in real-looking
    text starts where the scan finds a stem, and that stem is confirmed there."""
    texts = [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]
    texts += [a["text"] for a in itertools.islice(corpus.articles(kind="mixed"), 40)] + EDGES
    checked = 0
    for text in texts:
        lower = lowered(text)
        scan = prescan.scan_text(text, lower)
        starts = set(prescan.stem_starts(scan))
        for t in indicators.find_triggers(text, 0, len(text), lower):
            if t.blocks:
                continue
            assert t.start in starts and prescan.confirmed(text, scan, t.start), (text[t.start : t.end], text)
            checked += 1
    assert checked > 100


def test_a_word_added_to_a_trigger_table_reaches_the_prescan(monkeypatch):
    text = "Gunmen butchered 40 villagers in the north, officials said."
    assert prescan.stem_starts(lowered(text)) == [], "the word is new to the tables"
    added = Entry("butcher|butchered|butchers", (), "killed")
    monkeypatch.setitem(indicators.TRIGGERS, "killed", (*indicators.TRIGGERS["killed"], added))
    stems = indicators.trigger_stems()
    assert "butcher" in stems
    machine = prescan.automaton(prescan.scan_words(stems))
    assert prescan.stem_starts(lowered(text), machine) == [text.index("butchered")]


def test_a_noun_added_to_the_noun_table_reaches_the_prescan(monkeypatch):
    text = "Some 2,000 deportees reached the border on Sunday."
    monkeypatch.setitem(indicators.NOUN_INDICATORS, "deportees", "displaced")
    machine = prescan.automaton(prescan.scan_words(indicators.trigger_stems()))
    assert prescan.stem_starts(lowered(text), machine) == [text.index("deportees")]


def test_the_scan_reads_every_character_a_trigger_pattern_takes_for_an_ascii_letter():
    """FOLDED_TO_ASCII holds every character that the regex module's case-insensitive match
    takes for an ASCII letter and that lowering does not turn into it."""
    characters = "".join(chr(c) for c in range(0x80, 0x30000) if not 0xD800 <= c < 0xE000)
    for c in regex.compile(r"[a-z]", regex.IGNORECASE).findall(characters):
        letter = next(a for a in "abcdefghijklmnopqrstuvwxyz" if regex.fullmatch(a, c, regex.IGNORECASE))
        assert prescan.scan_text(c, lowered(c)) == letter, (c, hex(ord(c)))


@pytest.mark.parametrize(
    ("text", "is_trigger"),
    [
        ("Shares took a hit on Monday.", False),
        ("The deadline passed at noon.", False),
        ("The party left the coalition.", False),
        ("The number of seats rose to 40.", False),
        ("Civilians have left their homes.", True),
        ("Floods took 12 lives in the valley.", True),
        ("The death toll rose to 12.", True),
        ("Some 3,000 refu-gees arrived.", True),
        ("Aid reached the newrefugees.", True),
        ("Residents returned home.", True),  # returns are an indicator of their own
        ("The campaign cost a fortune.", False),
    ],
)
def test_a_stem_counts_only_where_its_pattern_or_noun_holds(text, is_trigger):
    lower = lowered(text)
    scan = prescan.scan_text(text, lower)
    starts = prescan.stem_starts(scan)
    assert any(prescan.confirmed(text, scan, at) for at in starts) == is_trigger, text


def test_the_pure_python_scanner_finds_the_same_starts():
    """Without pyahocorasick the scan falls back to one standard-library pattern: the same
    offsets, overlapping words included ("fleddead")."""
    words = prescan.scan_words()
    automaton, pattern = prescan.automaton(words), prescan.pattern_scanner(words)
    texts = ["fleddeadrefugeeskilled", "Campaigners said refu-gees fled; İDPs and ſlain"] + EDGES
    texts += [a["text"] for kind in corpus.KINDS for a in itertools.islice(corpus.articles(kind=kind), 20)]
    for text in texts:
        scan = prescan.scan_text(text, lowered(text))
        assert automaton(scan) == pattern(scan), text
    assert pattern("fleddead") == [0, 4]


# Wire-style lines where number words stand inside other words ("someone", "often",
# "tents"), glued or broken over a line ("twenty-\nfive"), and beside trigger stems.
NUMBER_WORD_LINES = [
    "Someone said two hundred and forty families often slept in tents near the station.",
    "Twenty-\nfive people fled; tens of thousands more were displaced, officials said.",
    "Half a million refugees crossed, and a dozen aid workers were killed in Seven Hills.",
    "The toll rose to one thousand, nineteen of them children, said the ministry.",
    "Scores dead as floods hit Ninety Mile; eleven missing and fifty injured.",
]


def test_the_document_scan_finds_the_number_keys_find_numbers_would():
    """One pass of the scan finds the trigger stems (as the stems' own automaton does) and
    every offset where a number word's key starts, inside a word or not, exactly as
    `find_numbers` finds them itself; the numbers read from those keys are the same."""
    machine = prescan.automaton(prescan.scan_words())
    texts = NUMBER_WORD_LINES + EDGES + [a["text"] for a in itertools.islice(corpus.articles(kind="figures"), 30)]
    with_keys = 0
    for text in texts:
        text = text if isinstance(text, str) else text[0]
        lower = lowered(text)
        scan = prescan.scan_text(text, lower)
        hits = prescan.scan_hits(scan, lower)
        assert hits.stems == machine(scan) == prescan.stem_starts(scan), text
        if scan != lower:  # folded: see the next test
            assert hits.number_keys() is None, text
            continue
        assert hits.number_keys() == numbers.key_starts(lower), text
        assert numbers.find_numbers(text, lower, hits.number_keys()) == numbers.find_numbers(text, lower), text
        with_keys += bool(hits.number_keys())
    assert with_keys >= len(NUMBER_WORD_LINES)


def test_the_keys_of_a_stretch_read_from_the_scan_are_those_searched_for_in_it():
    """A sentence read alone takes the number keys of its stretch from the document's pass
    (`keys_within`): exactly the offsets `key_starts` finds searching the stretch itself, on
    every stretch of every text, keys cut by the stretch's edges included ("fourteen" cut to
    "four")."""
    texts = NUMBER_WORD_LINES + EDGES + [a["text"] for a in itertools.islice(corpus.articles(kind="news"), 10)]
    with_keys = 0
    for text in texts:
        text = text if isinstance(text, str) else text[0]
        lower = lowered(text)
        spans = prescan.scan_hits(prescan.scan_text(text, lower), lower).key_spans()
        if spans is None:
            continue  # folded: the stretch is searched instead
        edges = sorted({0, len(text), *(s + d for s, _ in spans for d in (-1, 0, 1, 3)), *range(0, len(text), 97)})
        for a in edges:
            for b in edges:
                if 0 <= a <= b <= len(text) and b - a <= 400:
                    found = prescan.keys_within(spans, a, b)
                    assert found == numbers.key_starts(lower[a:b]), (text, a, b)
                    with_keys += bool(found)
    assert with_keys > 1000


@pytest.mark.parametrize("word", ["fled", "refugees", "r-efugees", "re-fugees", "ki", "k", "k1lled", "éxodus", "fledé", "ſlain", ""])
def test_a_stem_word_is_the_letters_the_pattern_reads(word):
    """The word a stem's patterns are chosen by is the run of letters _LETTERS reads there,
    whether read by the standard library's pattern or not."""
    scan = f"witnesses said {word}, then left"
    at = len("witnesses said ")
    letters = prescan._LETTERS.match(scan, at)
    assert prescan._letters_at(scan, at) == (letters.group() if letters else ""), word
    assert prescan._letters_at(word, 0) == (prescan._LETTERS.match(word).group() if prescan._LETTERS.match(word) else "")


def _confirmed_by_every_pattern(text: str, scan: str, at: int) -> bool:
    """What `prescan.confirmed` answers, asking every indicator pattern of the stem's head (its
    first HEAD_LENGTH letters) and the noun test wherever they fail."""
    letters = prescan._LETTERS.match(scan, at, at + indicators.HEAD_LENGTH)
    for trigger in indicators.TRIGGER_INDEX.get(letters.group() if letters else "", ()):
        if trigger.kind is indicators.TriggerKind.INDICATOR and trigger.pattern.match(text, at) is not None:
            return True
    return prescan._names_indicator(text, at)


def test_a_stem_is_confirmed_as_every_pattern_of_its_head_would_confirm_it():
    """`confirmed` asks only the patterns that may match where a stem stands (no pattern that
    needs a word's start inside a word, "lose" in "closed"; none whose first word the word
    there cannot be) and reads the noun of an ASCII word standing alone as it is: the same
    answers as asking them all, at every stem of the seeds, the labelled-set-like edge cases
    and generated news of every kind."""
    texts = [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))] + EDGES + NUMBER_WORD_LINES
    texts += [t for t, _ in NUMBERS_ALONE] + NO_TRIGGER + OTHER_SENSES + NUMBER_FREE + WITH_NUMBER_WORDS
    texts += [a["text"] for kind in corpus.KINDS for a in itertools.islice(corpus.articles(kind=kind, seed=5), 60)]
    texts += [
        "Weredisplaced, ĸilled, İnjured, ſlain; fledShirqat; DISPLACED: 40; newrefugees; refugeeswere; x-displaced",
        "The executive cut off; killedkilled; camps, Camp5, kill_ed, cut-off, 'fled', refugees'; re-fugees- -refugees",
        "Workforce forced, closed: lost their homes; r-efu-gees, o'refugees, Dead-heat, dead’s; fled’d",
    ]
    checked = 0
    for text in texts:
        lower = lowered(text)
        scan = prescan.scan_text(text, lower)
        for at in prescan.stem_starts(scan):
            expected = _confirmed_by_every_pattern(text, scan, at)
            assert prescan.confirmed(text, scan, at) == expected, (text[max(0, at - 30) : at + 30], text)
            checked += expected
    assert checked > 500


def test_a_dear_stem_is_one_only_a_counter_may_confirm():
    """`dear` marks the stems the engine confirms last ("number", "toll": a counter's pattern,
    reading up to two dozen words on, is the only test that may confirm them): at every stem it
    marks, the word is one of DEAR_WORDS, names no indicator, and every pattern `confirmed` may
    try there is a counter's; and a sentence holds a trigger, asked so, as it does asked in order."""
    assert {"number", "tally", "toll"} <= prescan.DEAR_WORDS
    assert all(len(w) >= indicators.HEAD_LENGTH for w in prescan.DEAR_WORDS)  # (their heads are tested by startswith)
    texts = [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))] + EDGES
    texts += [a["text"] for kind in corpus.KINDS for a in itertools.islice(corpus.articles(kind=kind, seed=7), 40)]
    marked = 0
    for text in texts:
        lower = lowered(text)
        scan = prescan.scan_text(text, lower)
        starts = prescan.stem_starts(scan)
        assert prescan.dear_among(scan, starts) == {at for at in starts if prescan.dear(scan, at)}, text
        where = prescan.scan_hits(scan, lower).marked  # where the scan marked a word a dear one may start with
        assert where is not None and prescan.dear_among(scan, where) == prescan.dear_among(scan, starts), text
        for at in starts:
            assert prescan.dear(scan, at) == (prescan._letters_at(scan, at) in prescan.DEAR_WORDS), (text, at)
            if prescan.dear(scan, at):
                marked += 1
                word = prescan._letters_at(scan, at)
                inside = at > 0 and text[at - 1] in prescan._ASCII_LETTER
                assert word in prescan.DEAR_WORDS and not prescan._indicator_word(word), (word, text)
                counters = {t.pattern for t in indicators._indexed_at(word) if t.words is not None}
                assert all(p in counters for p in prescan._patterns_at(word, inside)), (word, text)
        live = engine._Live(text, lower)
        for s_start, s_end in engine.split(text):
            in_order = any(prescan.confirmed(text, scan, at) for at in starts if s_start <= at < s_end)
            assert live.holds_trigger(s_start, s_end) == in_order, text[s_start:s_end]
    assert marked > 10


def test_a_word_both_stem_and_number_key_leaves_the_keys_to_find_numbers():
    """Should a table make a number word a stem too, the scan still finds every stem, and the
    number keys are searched for by find_numbers (the scan cannot tell the kinds apart)."""
    scan = prescan.document_scanner(("fled", "ten"), ("ten", "two"))
    hits = scan("ten fled, two often")
    assert hits.stems == [0, 4, 16] and hits.number_keys() is None
    hits = prescan.document_scanner(("fled",), ("ten", "two"))("ten fled, two often")
    assert hits.stems == [4] and hits.number_keys() == {0, 10, 16}


def test_the_document_scan_finds_its_other_words_where_they_start():
    """The other words (the places' kind stems) are found in the same pass, each start by the
    word's index, overlaps and words inside words included; one that is a stem or a number
    key too is not held, and reported as None for its reader to search for."""
    scan = prescan.document_scanner(("fled", "camp"), ("ten", "two"), ("area", "camp", "ten", "state", "tate"))
    hits = scan("ten fled the camp area; two states, a statement, camps in the areas")
    assert hits.stems == [4, 13, 49] and hits.number_keys() == {0, 24}
    assert hits.other_starts() == {1: None, 2: None, 0: [18, 62], 3: [28, 38], 4: [29, 39]}
    assert prescan.document_scanner(("fled",), ("ten",), ("area",))("fled").other_starts() == {}
    assert prescan.document_scanner(("fled", "ten"), ("ten",), ("area",))("ten area").other_starts() is None


def test_the_document_scan_finds_its_starting_words_with_the_stems():
    """The starting words (those of `find_triggers`' keys no stem starts) are found in the same
    pass, and read with the stems' starts, in order (`Hits.starting`); one that is a stem too is
    found as one, and should one be a number key, the stems are scanned for alone."""
    scan = prescan.document_scanner(("fled", "camp"), ("ten", "two"), ("area",), starting=("home", "camp", "tents"))
    hits = scan("ten fled home; two tents in the camp area, homeless")
    assert hits.stems == [4, 32] and hits.number_keys() == {0, 15, 19}
    assert hits.starting() == [4, 9, 19, 32, 43] and hits.other_starts() == {0: [37]}
    assert prescan.document_scanner(("fled",), ("ten",), starting=("ten",))("ten fled").starting() is None


def test_every_key_of_the_words_find_triggers_tries_starts_where_the_scan_says():
    """Every place where a key of STARTING_KEYS starts (a blocker's first letters, a glued
    stem: "home", "displac") is among the document scan's `starting` offsets; and the words
    `find_triggers` reads from them are those it finds scanning each stretch itself, or words
    more at which no trigger is found, on stretches of every text cut anywhere."""
    texts = EDGES + [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]
    texts += [a["text"] for kind in corpus.KINDS for a in itertools.islice(corpus.articles(kind=kind), 10)]
    stretches = 0
    for text in texts:
        lower = lowered(text)
        starting = prescan.scan_hits(prescan.scan_text(text, lower), lower).starting()
        if starting is None:
            continue  # folded: each stretch is scanned instead
        for key in indicators.STARTING_KEYS:
            at = lower.find(key)
            while at >= 0:
                assert at in starting, (key, text)
                at = lower.find(key, at + 1)
        edges = sorted({0, len(text), *(at + d for at in starting for d in (-2, 0, 1, 5)), *range(0, len(text), 89)})
        for a, b in itertools.combinations(edges, 2):
            if 0 <= a < b <= len(text) and b - a <= 300 and lower[a:b].isascii():
                read = indicators._candidate_words(lower, a, b, starting)
                scanned = indicators._candidate_words(lower, a, b)
                assert [w for w in read if w in scanned] == scanned, (text, a, b)
                assert all(indicators._trigger_in(text, word, at, b) is None for at, word in read if (at, word) not in scanned)
                assert indicators.find_triggers(text, a, b, lower, starting) == indicators.find_triggers(text, a, b, lower)
                stretches += 1
    assert stretches > 10_000


def test_the_space_path_of_the_document_scan_is_read_by_no_reader():
    """The automaton's path for the space (SPACE_PATH, which puts the space first among its
    root's children) finds nothing any reader takes, even where a text holds a space before
    NUL: the stems, number keys and other words are those found without it."""
    scan = prescan.document_scanner(("fled", "camp"), ("ten", "two"), ("area", "camp", "ten", "state", "tate"))
    text = "ten fled the camp area; two states, a statement, camps in the areas"
    hits, nul = scan(text), scan(text.replace(" ", prescan.SPACE_PATH))
    shift = text.replace(" ", prescan.SPACE_PATH)
    assert [shift[at:at + 4] for at in nul.stems] == [text[at:at + 4] for at in hits.stems]
    assert len(nul.number_keys()) == len(hits.number_keys()) == 2
    assert {i: len(at or ()) for i, at in nul.other_starts().items()} == {i: len(at or ()) for i, at in hits.other_starts().items()}


def test_the_engine_scan_holds_the_kind_stems_but_its_own_words():
    from tracker.provenance import places

    text = "The camp and the shelter in Wau town held 300 people, a state official said."
    starts = prescan.DOCUMENT_SCANNER(text.lower()).other_starts()
    unheld = {places.KIND_STEMS[i] for i, at in starts.items() if at is None}
    assert unheld == set(places.KIND_STEMS) & set(prescan.scan_words()) == {"camp", "shelter"}
    assert {places.KIND_STEMS[i]: at for i, at in starts.items() if at is not None} == {"town": [32], "state": [56]}


def test_a_text_the_scan_reads_folded_leaves_the_number_keys_to_find_numbers():
    """Where the scanned text is not the lowered text (a long s read as "s"), its offsets of
    number keys are not offered: find_numbers searches the lowered text itself."""
    text = "Six hundred ſettlers fled the valley."
    lower = lowered(text)
    scan = prescan.scan_text(text, lower)
    assert scan != lower
    assert prescan.scan_hits(scan, lower).number_keys() is None
    assert [n.value for n in numbers.find_numbers(text, lower)] == [600]


# --- a trigger's sentence without a number ---------------------------------------------------

NUMBER_FREE = [
    "Senators killed the bill on Tuesday after a long night of debate.",
    "The striker fled the pitch in tears, and the fans stayed on.",
    "Hurricane season left forecasters uneasy, the agency said.",
]
WITH_NUMBER_WORDS = [
    "Hundreds fled the fighting overnight, residents said.",
    "Twelve people were killed when the bridge gave way.",
    "Officials said several hundred people were displaced by the floods.",
    "Some forty thousand refugees crossed into Chad.",
]


@pytest.mark.parametrize("text", NUMBER_FREE)
def test_a_trigger_sentence_without_a_number_is_not_parsed(text, monkeypatch):
    """A sentence holding a trigger in another sense and no digit nor number word is passed
    over before its numbers are looked for."""
    calls: list[str] = []
    monkeypatch.setattr(engine, "find_numbers", lambda *args: calls.append("numbers") or [])
    assert extract(text, published="2021-05-04") == []
    assert calls == [], text


@pytest.mark.parametrize("text", NUMBER_FREE + WITH_NUMBER_WORDS)
def test_number_words_still_reach_the_reading(text):
    _same(text)
    assert extract(text, published="2021-05-04") or text in NUMBER_FREE, text


def test_every_digit_the_number_pattern_reads_is_a_digit_to_the_check():
    """Every character the number pattern (regex module) reads as a digit is one to
    may_hold_number (the standard library's \\d knows 110 fewer)."""
    characters = "".join(chr(c) for c in range(0x30000) if not 0xD800 <= c < 0xE000)
    digits = regex.compile(r"\d").findall(characters)
    assert digits and all(engine.may_hold_number(c, 0, 1) for c in digits)


AMOUNTS = st.sampled_from(["dozens", "a dozen", "scores", "half a", "a quarter of a", "twenty-one", "٣", "3rd"])


@settings(max_examples=300, deadline=None)
@given(st.lists(PIECES | AMOUNTS, max_size=30).map(" ".join), st.integers(0, 400), st.integers(0, 400))
def test_a_window_the_check_passes_over_holds_no_number(text, a, b):
    lower = lowered(text)
    if not engine.may_hold_number(lower, a, b):
        assert engine.find_numbers(text[a:b], lower[a:b]) == [], (text, a, b)


# --- numbers that are no count, seen before the sentence is parsed ----------------------------

# (sentence, every number rejected by the rules on the number alone). Written for this test in
# wire style: a trigger in another sense beside numbers of things, years, money, measures; and
# the numbers the check must leave to the full reading (people, a bare count, a range, a
# qualifier after, a breakdown, a table row).
NUMBERS_ALONE = [
    ("The upper house killed the bill by 4,607 votes on Thursday.", True),
    ("Higher energy costs hurt margins, and 1,190 jobs will go by June 2026.", True),
    ("Investors fled the market, pushing the 10-year yield down 12 basis points to 4.1%.", True),
    ("The 100 metres ended in a dead heat, both sprinters timed at 10.56 seconds.", True),
    ("The start-up left $603 million on the table, the company claims.", True),
    ("Regulators killed the merger in 2019, saying it would have left one supplier.", True),
    ("The firm will cut 3,077 jobs by the end of March, 8% of its workforce.", True),
    ("The upper house killed the bill by 4,607 votes to 1,297 on Thursday.", False),  # 1,297: bare
    ("Floods killed 12 people in the north, officials said.", False),
    ("The storm killed between 40 and 60 fishermen off the coast.", False),  # a range
    ("Some 300 or more families fled the district.", False),  # a qualifier after the number
    ("The raid killed 12, including 4 soldiers.", False),
    ("Users fled the platform, and daily users fell to 45 million.", False),
    ("About 2,000 displaced people reached the camp.", False),
]


@pytest.mark.parametrize("text, rejected", NUMBERS_ALONE)
def test_numbers_rejected_alone_are_rejected_by_the_full_reading(text, rejected):
    """Where the check on each number alone says every number is no count, the full reading
    of the sentence keeps no quantity as a candidate (each is rejected by a rule on the number
    or on its noun), so it finds no figure; the other sentences are left to that reading."""
    lower = lowered(text)
    numbers = engine.find_numbers(text, lower)
    assert prescan.rejects_every_number(text, lower, numbers, 0, 0, len(text)) is rejected, text
    if rejected:
        kept = {name for name, _ in (*rules.NUMBER_RULES, *rules.NOUN_RULES)}
        decisions = figures.judge_sentence(text, 0, len(text), numbers, lower)
        assert decisions and all(d.rule in kept and d.found is None for d in decisions), text
    _same(text)


def test_the_rules_read_on_a_number_alone_are_rules_on_numbers():
    """Each rule the check applies to a number alone is still one of rules.NUMBER_RULES: a rule
    renamed or removed there is noticed here."""
    number_rules = [rule for _, rule in rules.NUMBER_RULES]
    assert all(rule in number_rules for rule in (*prescan.LOCAL_NUMBER_RULES, *prescan.LOCAL_NUMBER_RULES_LAST))


# --- the word around a stem inside a word, and the counters' subjects ----------------------


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet="abcdeflosrugki-'’ .,\néİſ5_", max_size=40))
def test_the_ascii_word_around_a_stem_is_the_word_the_noun_test_reads(text):
    """Inside a word, `confirmed` reads an ASCII word with no joiner around the stem itself
    (`_ascii_word_around`): where it reads one, it is the word `_names_indicator` reads there,
    at every offset after an ASCII letter of texts of letters, joiners and other characters."""
    scan = prescan.scan_text(text, lowered(text))
    for at in range(1, len(text)):
        if text[at - 1] not in prescan._ASCII_LETTER:
            continue
        end = at + len(prescan._letters_at(scan, at))
        found = prescan._ascii_word_around(text, at, end)
        if found is None:
            continue
        start = at
        while start > 0 and (
            text[start - 1].isalpha()
            or (text[start - 1] in prescan.JOINERS and start > 1 and text[start - 2].isalpha())
        ):
            start -= 1
        assert prescan.WORD.match(text, start).group() == found, (text, at)


COUNTER_SENTENCES = [
    "A record number of visitors came to the fair on Saturday.",
    "The number one seed lost in straight sets; call the number 0800 123 456.",
    "A number of displaced families returned, and the number of people killed rose to 40.",
    "The number of internally displaced people has risen to 2.1 million.",
    "The tally of dead reached 31; the toll road reopened; the death toll climbed to 2,500.",
    "The number of asylum seekers rose to 12,000, and the number of asylum-seekers fell.",
    "Officials put the number of dead in the three provinces at 81.",
    "The number of people who have been forced to flee their homes rose to 45,000.",
    "The number of houses that were damaged or destroyed reached 12,400.",
    "The missing list grew to 60, and the list of people still missing was read out.",
]


def _every_word_start(text: str) -> list[int]:
    return [m.start() for m in regex.finditer(r"\b\w", text)]


def test_a_counter_matches_only_where_the_subjects_test_passes(shared_gold):
    """`counters_gate` is a test every match of the counters passes where it starts (their
    subjects' start, the left-out words read as any words): at every word of the seeds, the
    sentences above, the edge cases, generated articles and the labelled sets, a counter's pattern that matches
    there passes the test of its indicator, and of every set of indicators holding it. The
    test tells "number" in another sense at once."""
    texts = [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))] + COUNTER_SENTENCES + EDGES
    texts += [a["text"] for kind in corpus.KINDS for a in itertools.islice(corpus.articles(kind=kind, seed=3), 40)]
    for path in sorted(shared_gold.glob("*.jsonl")):
        with path.open(encoding="utf-8") as lines:
            texts += [row["text"] for row in map(json.loads, lines) if "text" in row]
    counters = {t.pattern: t.indicator for ts in indicators.TRIGGER_INDEX.values() for t in ts if t.words is not None}
    every = prescan.counters_gate(tuple(sorted(set(counters.values()))))
    matched = 0
    for text in texts:
        for at in _every_word_start(text):
            for pattern, indicator in counters.items():
                if pattern.match(text, at) is not None:
                    matched += 1
                    assert prescan.counters_gate((indicator,)).match(text, at) is not None, (indicator, text[at : at + 80])
                    assert every.match(text, at) is not None, (indicator, text[at : at + 80])
    assert matched > 50
    for other_sense in COUNTER_SENTENCES[:2]:
        at = other_sense.index("number")
        assert every.match(other_sense, at) is None, other_sense


def test_a_counter_is_tried_in_a_window_only_where_its_gate_passes(shared_gold, monkeypatch):
    """`indicators._trigger_in` tries a counter's pattern only where its indicator's
    `counters_gate` passes, read up to the window's end as the pattern reads it: at every word
    that starts a counter in the texts above, with windows ending at the text's end and a few
    characters to a few words after the word, it finds what it finds with every pattern of
    the word tried."""
    texts = [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))] + COUNTER_SENTENCES + EDGES
    texts += [a["text"] for kind in corpus.KINDS for a in itertools.islice(corpus.articles(kind=kind, seed=3), 40)]
    for path in sorted(shared_gold.glob("*.jsonl")):
        with path.open(encoding="utf-8") as lines:
            texts += [row["text"] for row in map(json.loads, lines) if "text" in row]
    places = []  # (text, word, at, endpos) at every word a counter may start at
    for text in texts:
        lower = lowered(text)
        for tok in indicators.TOKEN.finditer(lower):
            word = tok.group()
            if any(gate is not None for _, gate in indicators._tried_at(word)):
                for end in (len(text), tok.end() + 1, tok.end() + 12, tok.end() + 40, tok.end() + 120):
                    places.append((text, word, tok.start(), min(end, len(text))))
    gated = [indicators._trigger_in(*place) for place in places]
    monkeypatch.setattr(indicators, "_tried_at", lambda word: tuple((t, None) for t in indicators._indexed_at(word)))
    assert len(places) > 100
    for place, found in zip(places, gated):
        assert found == indicators._trigger_in(*place), place[0][place[2] : place[3]]


GATED_SENTENCES = [
    "Fighting forced 20,000 people from their homes; militias drove thousands out of their villages.",
    "Forces loyal to the government pushed on; the drive was forced through.",
    "Some 300 remained under the rubble, others remain buried, and 40 stayed out of their homes.",
    "They set off home, set fire to houses and set alight the market; 70 travelled back, 12 moved back.",
    "Rebels had taken in 400, and 30 took shelter; thousands were left without a roof, without shelter.",
    "Hundreds REMAINED\n  BURIED under debris; the town was under siege, hit by the floodwaters.",
]


def test_a_gated_trigger_matches_only_where_its_gate_passes(shared_gold):
    """The tests `confirmed` asks before a trigger's pattern (`prescan.next_word_starts`, the
    words of `prescan.FROM_HOME`) pass wherever the pattern matches, and the pattern of a
    phrase of one word matches wherever one of its `prescan.sure_words` stands alone: at every word of the
    seeds, the sentences above, the edge cases, generated articles and the labelled sets,
    a pattern with a test that matches there passes it, read on the scanned text as
    `confirmed` reads it."""
    texts = [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))] + GATED_SENTENCES + EDGES
    texts += [a["text"] for kind in corpus.KINDS for a in itertools.islice(corpus.articles(kind=kind, seed=3), 40)]
    for path in sorted(shared_gold.glob("*.jsonl")):
        with path.open(encoding="utf-8") as lines:
            texts += [row["text"] for row in map(json.loads, lines) if "text" in row]
    assert prescan.FROM_HOME is not None and prescan.FROM_HOME.words  # the option's template was read
    gated = {}
    for entry in (e for entries in indicators.TRIGGERS.values() for e in entries):
        starts = prescan.next_word_starts(entry)
        if starts is not None or prescan.FROM_HOME_OPTION in entry.options:
            gated[indicators._compiled(entry)] = starts
    assert len(gated) > 30
    matched = 0
    for text in texts:
        scan = prescan.scan_text(text, lowered(text))
        for at in _every_word_start(text):
            end = at + len(prescan._letters_at(scan, at))
            for pattern, starts in gated.items():
                if pattern.match(text, at) is None:
                    continue
                matched += 1
                if starts is not None:
                    assert prescan._tried_by_next(text, scan, at, end, ((starts, pattern),)), text[at : at + 80]
                else:
                    words = scan[end:].split(None, prescan.FROM_HOME.last)
                    assert not prescan.FROM_HOME.words.isdisjoint(words[1 : prescan.FROM_HOME.last]), text[at : at + 80]
                    assert prescan._tried_from_home(text, scan, at, end, (pattern,)), text[at : at + 80]
    assert matched > 50
    sure = {}
    for entry in (e for entries in indicators.TRIGGERS.values() for e in entries):
        for word in prescan.sure_words(entry):
            sure.setdefault(word, []).append(indicators._compiled(entry))
    assert {"killed", "fled", "camps"} <= set(sure)
    told = 0
    for text in texts:
        for m in regex.finditer(r"[A-Za-z]+", text):
            if m.group().lower() in sure and prescan._between_gaps(text, m.start(), m.end()):
                told += 1
                assert any(p.match(text, m.start()) for p in sure[m.group().lower()]), text[m.start() : m.start() + 80]
    assert told > 50
    scan = GATED_SENTENCES[1].lower()
    at = scan.index("forces")
    words = scan[at + len("forces"):].split(None, prescan.FROM_HOME.last)
    assert prescan.FROM_HOME.words.isdisjoint(words[1 : prescan.FROM_HOME.last])  # told without the pattern


_SUBJECT_FILLERS = st.sampled_from(["people", "civilians", "Syrian", "1,200", "2.5", "newly", "who", "had", "been", "the"])


@settings(max_examples=300, deadline=None)
@given(st.data())
def test_every_wording_of_a_subject_passes_the_subjects_test(data):
    """A wording of any subject of COUNT_SUBJECTS, written as its phrase allows (each word left
    out or not, each form, a hyphen as a hyphen or a space, any word for `*`, runs of white
    space), that the subject's own pattern matches, passes the test of its indicator: a subject
    added to lexicon/count_subjects.csv reaches the test with no second list."""
    indicator = data.draw(st.sampled_from(sorted(indicators.COUNT_SUBJECTS)))
    subject = data.draw(st.sampled_from(indicators.COUNT_SUBJECTS[indicator]))
    words = []
    for token in subject.split():
        optional = token.startswith("[") and token.endswith("]")
        token = token[1:-1] if optional else token
        if optional and data.draw(st.booleans()):
            continue
        word = data.draw(_SUBJECT_FILLERS) if token == "*" else data.draw(st.sampled_from(token.split("|")))
        if data.draw(st.booleans()):
            word = word.replace("-", " ")
        words.append(word.upper() if data.draw(st.booleans()) else word)
    spaces = [data.draw(st.sampled_from([" ", "  ", "\n", " \t"])) for _ in words]
    wording = "".join(w + s for w, s in zip(words, spaces)) + "rose to 40."
    text = "Officials said the " + wording
    at = len("Officials said the ")
    subject_pattern = regex.compile(rf"(?:\m(?:{prescan.phrases.body(subject)}))", regex.IGNORECASE)
    if subject_pattern.match(text, at) is not None:
        assert prescan.counters_gate((indicator,)).match(text, at) is not None, (subject, text)


def _by_sentence_bisecting(numbers, countable, context):
    """What engine._by_sentence gives, each number's sentence found by `_Context.index`."""
    wanted = {context.index(n.start) for n in countable}
    spans = {}
    for n in numbers:
        if (index := context.index(n.start)) in wanted:
            spans.setdefault(index, []).append(n)
    return list(spans.items())


@pytest.mark.parametrize("text", [
    "",
    "12 people fled.",
    "  Floods displaced 3,000 people in 2024. Another 40 were killed on 3 May.\n\n15% of homes were lost; 7 died.",
    "Ethiopia: 2 million displaced, says UN\nThe war has displaced 2 million people. It began in 2020. 300 more fled.",
])
def test_each_number_is_given_the_sentence_a_search_of_the_starts_gives(text):
    # engine._by_sentence walks the sentences' starts once along the numbers (in order)
    context = engine._Context(text)
    found = numbers.find_numbers(text)
    for countable in (found, found[1:], found[::2], []):
        assert list(engine._by_sentence(found, countable, context)) == _by_sentence_bisecting(found, countable, context)


# Texts whose numbers may run across a sentence's border where no stop stands between them:
# headlines and short lines, a number broken over a line, a scale word on the next line.
ACROSS_BORDERS = [
    "Floods kill three\nthousand flee the valley\n\n400 000 people (3.6\nmillion) have fled! Another 12 500 died.",
    "Quake kills 12\nRescuers search for 300 more. Several\nhundred were injured; 2,5 million displaced.",
    *EDGES,
]


@pytest.mark.parametrize("max_sentence", [1_000, 40, 12])
def test_the_numbers_of_a_kept_sentence_are_those_the_whole_scan_gives_it(max_sentence, monkeypatch):
    """The engine reads numbers only around the sentences it may judge (`_KeptNumbers`): each
    sentence's numbers are the same as one scan of the whole text gives it, whichever sentences
    are read, in any order, and with runs of text without a stop longer than MAX_SENTENCE
    (read from the whole text's scan)."""
    monkeypatch.setattr(engine.limits, "MAX_SENTENCE", max_sentence)
    for text in ACROSS_BORDERS:
        lower = lowered(text)
        live = engine._Live(text, lower)
        context = engine._Context(text, None, live.hits, text)
        whole = numbers.find_numbers(text, lower)
        expected = dict(engine._by_sentence(whole, whole, context))
        count = len(context.sentences)
        for holding in (set(), set(range(count)), set(range(0, count, 2))):
            kept = engine._KeptNumbers(text, lower, context.sentences, live.hits, holding)
            for index in [*range(count - 1, -1, -2), *range(count)]:
                assert kept.of(index) == expected.get(index, []), (text, index, holding)
