"""The lexicon: words as data, read once, and the phrase language of its trigger tables.

Each row of the phrase tables is a phrase with named options, the way a user writes one,
and the wordings it must and must not match; then the lexicon as a user meets it: adding
a line to a table teaches the engine a word, and a broken table says where it is broken.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import regex as re

from tracker import extract, lexicon
from tracker.extraction import indicators
from tracker.lexicon import Entry, phrases
from tracker.provenance import codes, dates, sources
from tracker.read import pubdates

ROOT = Path(__file__).resolve().parent.parent

# phrase, options, wordings matched whole, wordings not matched
PHRASES: list[tuple[str, tuple[str, ...], list[str], list[str]]] = [
    ("kill|killed|killing|kills", (), ["killed", "Killing", "kills"], ["killjoy", "skill"]),
    ("death toll", (), ["death toll", "death   toll", "Death\ntoll"], ["deathtoll", "death tolls"]),
    ("number of [internally|newly] displaced|IDPs", (),
     ["number of displaced", "number of internally displaced", "number of newly IDPs"], ["number of the displaced"]),
    ("living in [*] [*] camp|camps", (), ["living in camps", "living in makeshift camps", "living in two makeshift camps"],
     ["living in three small makeshift camps", "living in town"]),
    ("asylum-seeker|asylum-seekers", (), ["asylum-seekers", "asylum seekers", "asylum seeker"], ["asylumseekers"]),
    ("displace|displaced", ("glued",), ["displaced", "weredisplaced"], ["misplaced"]),
    ("predict", ("any-ending",), ["predicted", "predictions", "predict"], ["depredict"]),
]
# phrase, options, sentence, the wording found in it (None: none)
IN_CONTEXT: list[tuple[str, tuple[str, ...], str, str | None]] = [
    ("left", ("after-have",), "300 families had left the village", "left"),
    ("left", ("after-have",), "300 families left the village", None),
    ("fatal", ("said-of",), "58 confirmed cases, 13 of them fatal", "fatal"),
    ("fatal", ("said-of",), "Of the 120 confirmed cases, 31 were fatal", "fatal"),
    ("fatal", ("said-of",), "12 people died in a fatal crash", None),
    ("claimed|cost", ("lives-follow",), "the fighting claimed more than 200 lives", "claimed"),
    ("claimed|cost", ("lives-follow",), "the government claimed 200 seats", None),
    ("shelter", ("in-a-shelter",), "1,200 people are staying in a school shelter", "shelter"),
    ("shelter", ("in-a-shelter",), "the agency delivered shelter to 1,200 people", None),
    ("need", ("after-in",), "2 million people in urgent need of food", "need"),
    ("may", ("not-before-have",), "as many as 300 may have died", None),
    ("may", ("not-before-have",), "up to 300 may be displaced", "may"),
    ("may", ("not-a-date",), "figures released on 2 May showed 412 deaths", None),
    ("may", ("not-a-date",), "figures released on May 2 showed 412 deaths", None),
    ("may", ("not-a-date",), "as of May 2024, 300 people", None),
    ("may", ("not-a-date",), "up to 10,000 may flee", "may"),
    ("may", ("not-a-date",), "Up to 10,000 May Flee", "May"),
    ("may", ("not-a-date",), "The heatwave in May killed at least 110 people", None),
    ("may", ("not-a-date",), "In May, floods killed 110 people", None),
    ("may", ("not-a-date",), "May floods could kill more", "May"),
    ("refugee|refugees", ("not-in-a-name",), "aid workers with the Danish Refugee Council", None),
    ("refugee|refugees", ("not-in-a-name",), "10,000 Refugees Arrive In Chad", "Refugees"),
    ("refugee|refugees", ("not-in-a-name",), "the refugee council of the town", "refugee"),
]


def _compiled(phrase: str, options: tuple[str, ...]) -> re.Pattern:
    entry = Entry(phrase, options)
    start = "" if "glued" in options else r"(?<!\w)"
    return re.compile(f"{start}(?:{phrases.pattern(entry)})", re.IGNORECASE)


@pytest.mark.parametrize(("phrase", "options", "matched", "unmatched"), PHRASES)
def test_a_phrase_matches_its_wordings(phrase, options, matched, unmatched):
    pattern = _compiled(phrase, options)
    for wording in matched:
        m = pattern.search(wording)
        assert m is not None and m.end() == len(wording), f"{phrase!r} {options} should match all of {wording!r}"
    for wording in unmatched:
        m = pattern.fullmatch(wording)
        assert m is None, f"{phrase!r} {options} should not match {wording!r}"


@pytest.mark.parametrize(("phrase", "options", "sentence", "found"), IN_CONTEXT)
def test_an_option_reads_the_words_around_the_phrase(phrase, options, sentence, found):
    m = _compiled(phrase, options).search(sentence)
    assert (m.group() if m else None) == found, sentence


@pytest.mark.parametrize(
    ("phrase", "options", "message"),
    [
        ("killed", ("passive-voice",), "unknown option 'passive-voice'"),
        ("[the] toll", (), "must start with a word"),
        ("kill||killed", (), "empty form"),
    ],
)
def test_a_bad_phrase_says_what_is_wrong(phrase, options, message):
    with pytest.raises(ValueError, match=re.escape(message)):
        phrases.pattern(Entry(phrase, options))


def test_a_row_with_missing_cells_names_its_file_and_row(tmp_path, monkeypatch):
    (tmp_path / "broken.csv").write_text("# a comment\nword,value\nthree,3\nfour\n", encoding="utf-8")
    monkeypatch.setattr(lexicon, "FOLDER", tmp_path)
    lexicon.rows.cache_clear()
    try:
        with pytest.raises(ValueError, match=r"broken\.csv: row 3"):
            lexicon.rows("broken")
    finally:
        lexicon.rows.cache_clear()


def test_every_lexicon_file_loads_and_every_list_is_used():
    for path in sorted((ROOT / "tracker" / "lexicon").glob("*.csv")):
        assert lexicon.rows(path.stem), f"{path.name} has no rows"
    sources_text = "\n".join(p.read_text(encoding="utf-8") for p in (ROOT / "tracker").rglob("*.py"))
    sources_text += (ROOT / "tracker" / "lexicon" / "triggers.csv").read_text(encoding="utf-8")
    for file in ("words", "attribution", "place_words"):  # the files of named lists
        for name in dict.fromkeys(r["list"] for r in lexicon.rows(file)):
            quoted = f'"{name}"' in sources_text or f"'{name}'" in sources_text
            assert quoted or f"@{name}" in sources_text, f"{file}.csv list {name!r} is read nowhere"


def test_modules_read_one_copy_of_the_calendar_and_the_report_verbs():
    assert {m.lower(): n for m, n in dates.MONTHS.items()} == pubdates.MONTHS
    assert {w.lower() for w in dates.WEEKDAYS} <= set(pubdates.WEEKDAYS)
    assert set(sources.REPORT_VERBS) <= set(dates.REPORT_VERBS)


# Copies of the word lists used to drift apart: "recorded on Friday" dated a figure to the
# day of the event, "said on Friday" to the day of the report.
REPORT_DATES = [
    ("At least 300 people were killed on Monday, the ministry said on Friday.", "2020-01-24"),
    ("At least 300 people were killed on Monday, the ministry recorded on Friday.", "2020-01-24"),
    ("The health ministry confirmed on Friday that 300 people were killed on Monday.", "2020-01-24"),
]


@pytest.mark.parametrize(("sentence", "date"), REPORT_DATES)
def test_every_reporting_verb_dates_the_report(sentence, date):
    (figure,) = extract(sentence, published="2020-01-26")
    assert figure.date.isoformat() == date, sentence


def test_the_trigger_index_is_built_from_the_tables():
    heads = {h for entries in indicators.TRIGGERS.values() for e in entries for h in phrases.heads(e.phrase, 3)}
    assert heads <= set(indicators.TRIGGER_INDEX)
    assert {"kil", "dis", "ref", "tra"} <= heads


# A line a user adds, the table (a path below tracker/) it goes into, a script that prints
# what the tracker makes of a sentence, the sentence, and what it prints before and after.
FIGURES = "import sys; from tracker import extract; print([(f.indicator, f.value) for f in extract(sys.argv[1])])"
SPANS = (
    "import sys; from tracker import extract; "
    "print([(f.value, str(f.period_start)) for f in extract(sys.argv[1], published='2024-01-20')])"
)
SENTENCES = "import sys; from tracker.extraction.sentences import split; print(len(split(sys.argv[1])))"
DATES = "import sys; from tracker import extract; print([(f.value, str(f.date)) for f in extract(sys.argv[1], published='2024-01-20')])"
CODES = "import sys; from tracker.provenance.codes import admin1_code; print(admin1_code(sys.argv[1], 'YEM'))"
ADDED_LINES = [
    ("lexicon/triggers.csv", "injured,grazed,", FIGURES,
     "Forty people were grazed by shrapnel in the market, the Red Crescent said.", "[]", "[('injured', 40)]"),
    ("lexicon/spans.csv", "decade,3650,unit", SPANS,
     "At least 1,200 people have been killed in the past decade, the UN said.",
     "[(1200, 'None')]", "[(1200, '2014-01-22')]"),
    ("lexicon/words.csv", "abbreviations,cmdt", SENTENCES,
     "Cmdt. Ahmed Saleh said 30 people were killed in the raid.", "2", "1"),
    ("data/admin1_names.csv", "Socotra,YEM,YE-SU", CODES, "Socotra", "None", "YE-SU"),
    ("lexicon/relative_dates.csv", "the night before,yesterday", DATES,
     "At least 30 people were killed in the shelling the night before, officials said.",
     "[(30, '2024-01-20')]", "[(30, '2024-01-19')]"),
]


@pytest.mark.parametrize(("table", "line", "script", "sentence", "before", "after"), ADDED_LINES)
def test_a_line_added_to_a_table_reaches_the_engine(tmp_path, table, line, script, sentence, before, after):
    """What the README promises: add a line to a table and the tracker reads the word."""
    copy = tmp_path / "tracker"
    shutil.copytree(ROOT / "tracker", copy, ignore=shutil.ignore_patterns("__pycache__"))

    def run() -> str:
        done = subprocess.run(
            [sys.executable, "-c", script, sentence], cwd=tmp_path, capture_output=True, text=True, check=True,
            env={"PYTHONPATH": str(tmp_path), "PATH": "/usr/bin:/bin"},
        )
        return done.stdout.strip()

    assert run() == before
    with (copy / table).open("a", encoding="utf-8") as f:
        f.write(line + "\n")
    assert run() == after


# Where two copies of a word list disagreed, the one list now gives both readers the longer
# one: the dates read every number in words of numbers.csv ("eleven" was no count of a span),
# codes.py reads the news spellings the gazetteer build had ("Kyiv Oblast" was the city's
# code, UA-30; "Hodeidah" had none), and compares names without the build's longer list of
# unit words ("Kigali", for ISO's "City of Kigali", and "State of Berlin" had no code).
COUNTED_SPANS = [
    ("At least 1,200 people were displaced in the past eleven days, OCHA said.", "2024-01-09", "2024-01-20"),
    ("Some 3,000 people fled in the first eleven months of 2023, the UN said.", "2023-01-01", "2023-11-30"),
]


@pytest.mark.parametrize(("sentence", "start", "end"), COUNTED_SPANS)
def test_a_span_is_counted_with_every_number_word(sentence, start, end):
    (figure,) = extract(sentence, published="2024-01-20")
    assert (str(figure.period_start), str(figure.date)) == (start, end), sentence


SUBDIVISION_CODES = [
    ("Kyiv Oblast", "UKR", "UA-32"),
    ("Hodeidah", "YEM", "YE-HU"),
    ("Kigali", "RWA", "RW-01"),
    ("State of Berlin", "DEU", "DE-BE"),
    ("Donetsk", "UKR", "UA-14"),
]


@pytest.mark.parametrize(("name", "iso3", "code"), SUBDIVISION_CODES)
def test_news_names_of_subdivisions_have_one_table(name, iso3, code):
    assert codes.admin1_code(name, iso3) == code


def test_the_subdivisions_read_from_pycountrys_file_are_pycountrys():
    """codes reads ISO 3166-2 from the file pycountry reads it from, without pycountry's
    records: the same codes and names for every country."""
    import pycountry

    read = codes._subdivisions()
    for country in pycountry.countries:
        given = pycountry.subdivisions.get(country_code=country.alpha_2) or ()
        assert sorted(read.get(country.alpha_2.lower(), ())) == sorted((s.code, s.name) for s in given), country.name
