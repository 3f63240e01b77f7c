"""Where a figure happened or, for refugees, which country hosts them.

Places are looked up in two tables built once, on first use (`load`):

- countries from pycountry (names, common names, official names, ISO3 codes), plus the
  few everyday names it lacks (`COUNTRY_ALIASES`: "Turkey", "Russia", "DRC", ...) and the
  short names tables show (`DISPLAY_NAMES`: "Syria", not "Syrian Arab Republic");
- sub-national places from `tracker/data/gazetteer.csv` (name, admin1, country, iso3 and
  other spellings), which users extend.

Names are matched with their capital letter, so "BEIRUT —" datelines and the adjective
"Syrian" (in "Syrian refugees": their origin) are not places.

`locate` decides, for a figure in one sentence:

- refugees: the host country - "Turkey, which already hosts more than 3.6 million Syrian
  refugees" -> Turkey; places after "from" / "fled" are the refugees' origin, not the host;
- other figures: the place named nearest the figure, preferring where people were (fled
  Idlib, from Idlib Province, in Idlib) over where they went (towards, to), and a
  sub-national place over its own country;
- no place in the sentence: the document's main place, unless the sentence points
  elsewhere without naming it ("shelled government-held areas, ... forcing more than 10,000
  to flee") - then None. Refugees take the main place only when it is a country (an
  article about Idlib says nothing about where Syria's refugees are hosted).
"""

from __future__ import annotations

import bisect
import csv
import re as _re
import gc
import threading
import unicodedata
import warnings
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from operator import attrgetter, itemgetter
from pathlib import Path
from typing import Iterable, Iterator, NamedTuple

import pycountry
import regex as re

from .. import lexicon
from ..extraction.parts import OPENER as PART_OPENER  # a whole its sentence breaks down after it: "Of the 312 dead, ..."
from ..extraction.parts import RANKING  # "followed by Iran (3.4 million)": the names after it are the next counts' (`_host`)
from ..extraction.text import alternation, beyond_ascii, covering_words, gap, lowered, may_end_in_a_capitalised_word, may_hold
from ..extraction.numbers import TENS, UNITS
from ..extraction.text import phrases as _phrases
from ..extraction.text import starts as _starts
from .dates import MONTHS, WEEKDAYS
from .sources import ALIAS_KEYS, BODY_HEADS, CAPITALS, DATELINE_LONGEST, TITLES
from .sources import _key as _alias_key

# Bounds before a position are conditionals, not `max(0, at - REACH)`: see tracker.extraction.rules.

GAZETTEER_PATH: Path = Path(__file__).parent.parent / "data" / "gazetteer.csv"

# Names tables show where pycountry's is long or formal (ISO3 -> name).
DISPLAY_NAMES: dict[str, str] = lexicon.mapping("country_names", "iso3", "name", kind="display")

# Everyday country names that pycountry does not list (name as written -> ISO3).
COUNTRY_ALIASES: dict[str, str] = lexicon.mapping("country_names", "name", "iso3", kind="alias")


@dataclass(frozen=True, slots=True)
class Place:
    """A place as tables show it."""

    name: str  # as the user expects to read it: "Idlib", "Turkey"
    admin1: str | None  # first-level subdivision; None for a country
    country: str | None  # country name (short form: "Syria")
    iso3: str | None  # ISO 3166-1 alpha-3 code of `country`
    admin1_code: str | None = None  # ISO 3166-2 code of `admin1`, when known
    lat: float | None = None  # of a town (GeoNames); None for a country or a region
    lon: float | None = None


def country_name(iso3: str) -> str:
    """The short name of a country: "SYR" -> "Syria", "TUR" -> "Turkey"."""
    if iso3 in DISPLAY_NAMES:
        return DISPLAY_NAMES[iso3]
    c = pycountry.countries.get(alpha_3=iso3)
    if c is None:
        raise KeyError(f"unknown ISO3 country code {iso3!r}")
    return getattr(c, "common_name", None) or c.name


def _country_names() -> dict[str, Place]:
    names: dict[str, Place] = {}
    for c in pycountry.countries:
        place = _country(c.alpha_3)
        for attr in ("name", "common_name", "official_name"):
            n = getattr(c, attr, None)
            if n and "," not in n:
                names[n] = place
    for n, iso3 in COUNTRY_ALIASES.items():
        names[n] = _country(iso3)
    return names


@lru_cache(maxsize=512)  # a pure function of a code: "SYR" is looked up once
def _country(iso3: str) -> Place:
    name = country_name(iso3)
    return Place(name, None, name, iso3)


def load_gazetteer(path: Path) -> dict[str, Place]:
    """Spelling -> Place from the gazetteer CSV; a bad row is reported and skipped."""
    names: dict[str, Place] = {}
    by_name = {spelling.lower(): p.iso3 for spelling, p in _country_names().items()}
    with path.open(encoding="utf-8", newline="") as f:
        numbered = [(n, line) for n, line in enumerate(f, start=1) if line.strip() and not line.lstrip().startswith("#")]
    if numbered:
        header = [h.strip() for h in next(csv.reader([numbered[0][1]]))]
        for (n, _), row in zip(numbered[1:], csv.DictReader((line for _, line in numbered[1:]), fieldnames=header)):
            name = (row.get("name") or "").strip()
            iso3 = (row.get("iso3") or "").strip().upper() or by_name.get((row.get("country") or "").strip().lower())
            try:
                country = country_name(iso3) if iso3 else None
            except KeyError as e:
                warnings.warn(f"{path.name} row {n}: {e.args[0]}; row skipped", stacklevel=2)
                continue
            if not name or not name[0].isupper():
                warnings.warn(f"{path.name} row {n}: a place name must start with a capital; row skipped", stacklevel=2)
                continue
            place = Place(name, (row.get("admin1") or "").strip() or None, country, iso3 or None)
            for spelling in [name, *(row.get("alternatives") or "").split("|")]:
                if spelling.strip():
                    names[spelling.strip()] = place
    return names


WORLD_PATH: Path = Path(__file__).parent.parent / "data" / "world.csv"
# Which of several places of one spelling a text means when its context does not say:
# a country before a region before a district before a town; towns by population.
KIND_RANK: dict[str, int] = {"user": 0, "country": 1, "admin1": 2, "admin2": 3, "city": 4}


@dataclass(frozen=True, slots=True)
class Candidate:
    place: Place
    rank: int  # KIND_RANK of its kind
    population: int  # 0 when unknown


# A name of capitalised words joined by hyphens ("Port-Vila", "Pointe-Noire"), which reports
# write with spaces as often ("Port Vila"): the gazetteer holds both spellings.
CAPITALS_HYPHENATED = re.compile(r"\p{Lu}[\p{Ll}'’]*(?:-\p{Lu}[\p{Ll}'’]*)+")


def load_world(path: Path) -> dict[str, list[Candidate]]:
    """Spelling -> the places it may name, from the world gazetteer built by
    tools/build_gazetteer.py (countries come from pycountry at import)."""
    names: dict[str, list[Candidate]] = {}
    if not path.is_file():
        warnings.warn(f"{path}: missing; places below country level are not known", stacklevel=2)
        return names
    with path.open(encoding="utf-8", newline="") as f:
        rows = csv.reader(line for line in f if not line.startswith("#"))
        col = {name: i for i, name in enumerate(next(rows))}
        kind_, name_, admin1_, code_, iso3_, pop_, lat_, lon_, alt_ = (
            col[k] for k in ("kind", "name", "admin1", "admin1_code", "iso3", "population", "lat", "lon", "alternatives")
        )
        countries = _COUNTRY_NAMES
        city_rank = KIND_RANK["city"]
        rows = list(rows)
        people = _people_of_regions(rows, kind_, code_, pop_)
        for row in rows:
            iso3 = row[iso3_]
            place = Place(
                row[name_],
                row[admin1_] or None,
                countries.get(iso3),
                iso3,
                row[code_] or None,
                float(row[lat_]) if row[lat_] else None,
                float(row[lon_]) if row[lon_] else None,
            )
            population = int(row[pop_] or 0)
            if not population and row[kind_] == "admin1":
                population = people.get(row[code_], 0)
            candidate = Candidate(place, KIND_RANK.get(row[kind_], city_rank), population)
            names.setdefault(row[name_], []).append(candidate)
            if row[alt_]:
                for spelling in row[alt_].split("|"):
                    if spelling != row[name_]:
                        names.setdefault(spelling, []).append(candidate)
            if "-" in row[name_] or "-" in row[alt_]:  # (a few rows: the others pay one look)
                _add_spaced(names, row[name_], row[alt_], candidate)
        _add_unlisted_regions(names, rows, kind_, admin1_, code_, iso3_, people)
    return names


def _add_spaced(names: dict[str, list[Candidate]], name: str, alternatives: str, candidate: Candidate) -> None:
    """Hold a name of capitalised words joined by hyphens with spaces too ("Port-Vila" is
    written "Port Vila"), unless the row spells it so already."""
    spellings = {name, *alternatives.split("|")} if alternatives else {name}
    for spelling in [sp for sp in spellings if "-" in sp and CAPITALS_HYPHENATED.fullmatch(sp)]:
        spaced = spelling.replace("-", " ")
        if spaced not in spellings:
            spellings.add(spaced)
            names.setdefault(spaced, []).append(candidate)


def _add_unlisted_regions(
    names: dict[str, list[Candidate]], rows: list[list[str]], kind_: int, admin1_: int, code_: int, iso3_: int,
    people: dict[str, int],
) -> None:
    """First-level subdivisions the towns of world.csv name but that have no row of their
    own ("Adıyaman", "Metro Manila", "Gaza Strip"): places too, unless their words are only
    general ones ("Central", "Eastern Province": `GENERIC_REGION_WORDS`), they name a people
    ("Somali") or they are one plain word ("Bay", "Nelson": gazetteer.csv lists the ones
    news needs, "Xinjiang", "Crimea")."""
    listed = {(row[admin1_], row[iso3_]) for row in rows if row[kind_] == "admin1"}
    rank = KIND_RANK["admin1"]
    added: set[tuple[str, str]] = set()
    for row in rows:
        region, iso3 = row[admin1_], row[iso3_]
        if not region or (region, iso3) in listed or (region, iso3) in added:
            continue
        added.add((region, iso3))
        if all(word.lower() in GENERIC_REGION_WORDS for word in region.split()) or region in NATIONALITIES:
            continue  # ("Somali", Ethiopia's region, is far more often Somalia's people)
        if " " not in region and region.isascii():
            continue  # one plain word ("Bay", "Nelson", "Carolina") is as often something else: gazetteer.csv names those wanted
        place = Place(region, region, _COUNTRY_NAMES.get(iso3), iso3, row[code_] or None, None, None)
        names.setdefault(region, []).append(Candidate(place, rank, people.get(row[code_], 0)))


def _people_of_regions(rows: list[list[str]], kind_: int, code_: int, pop_: int) -> dict[str, int]:
    """A region's weight when its name is ambiguous: the people of the gazetteer's towns in it,
    by the region's code. Several regions share a name ("Florida" in the United States and in
    Uruguay, "Plateau" in Nigeria and in Benin) and the gazetteer gives a region no population
    of its own: the one whose towns hold more people is the likelier, as a town is by its own."""
    people: dict[str, int] = {}
    for row in rows:
        if row[kind_] == "city" and row[code_] and row[pop_]:
            people[row[code_]] = people.get(row[code_], 0) + int(row[pop_])
    return people


def _country_names_by_iso3() -> dict[str, str]:
    out = {}
    for c in pycountry.countries:
        try:
            out[c.alpha_3] = country_name(c.alpha_3)
        except KeyError:
            continue
    return out


_COUNTRY_NAMES: dict[str, str] = _country_names_by_iso3()


# A saint's word at a name's start (place_words.csv saint words, written out) and its short
# spellings: "Saint Lucia" is "St. Lucia" and "St Lucia" in news ("Sainte-Rose", "Ste-Rose").
_SAINT_WORDS: tuple[str, ...] = lexicon.word_list("saint words", "place_words")
SAINT_SPELLINGS: tuple[str, ...] = tuple(w + j for w in _SAINT_WORDS if w.startswith("Saint") for j in (" ", "-"))


def _saint_shortened(spelling: str) -> tuple[str, ...]:
    """"Saint Lucia" -> "St. Lucia", "St Lucia"; "Sainte-Rose" -> "Ste.-Rose", "Ste-Rose"."""
    word = "Sainte" if spelling.startswith("Sainte") else "Saint"
    short = word[0] + word[4:]  # "St", "Ste"
    rest = spelling[len(word) :]
    return (short + "." + rest, short + rest)


def _all_places() -> dict[str, tuple[Candidate, ...]]:
    """Every spelling -> its candidates, best first. What users add (gazetteer.csv) wins
    outright; a country shares its name with the world's regions and towns of that name
    ("Georgia"), which the document's context decides between (`mentions`)."""
    table = load_world(WORLD_PATH)
    for spelling, place in _country_names().items():
        table.setdefault(spelling, []).append(Candidate(place, KIND_RANK["country"], 0))
    for spelling, place in load_gazetteer(GAZETTEER_PATH).items():
        table[spelling] = [Candidate(place, KIND_RANK["user"], 0)]
    for spelling in [s for s in table if not s.isascii()]:
        folded = ascii_fold(spelling)
        if folded != spelling and folded.isascii() and folded not in table:
            table[folded] = table[spelling]  # "Adiyaman" as news in English writes Adıyaman
    country, city = KIND_RANK["country"], KIND_RANK["city"]
    for spelling in [s for s in table if s.startswith(SAINT_SPELLINGS)]:
        cands = table[spelling]
        if not (any(c.rank == country for c in cands) or all(c.rank == city for c in cands)):
            continue  # (not a parish named for a saint: "St. Mary's church" is no Saint Mary Parish)
        for short in _saint_shortened(spelling):
            if short not in table:
                table[short] = table[spelling]  # "St. Lucia", "St Vincent and the Grenadines" as news writes them
    out = {}
    for spelling, cands in table.items():
        ranked = tuple(sorted(cands, key=_preference)) if len(cands) > 1 else (cands[0],)
        if len(ranked) > 1 and all(c.place.iso3 == ranked[0].place.iso3 for c in ranked):
            ranked = ranked[:1]  # "Idlib" the region and the town: one country, the best-ranked
        out[spelling] = ranked
    return out


# Words that name no region alone ("Central", "Free", "Eastern Province"): place_words.csv.
GENERIC_REGION_WORDS: frozenset[str] = frozenset(w.lower() for w in lexicon.word_list("generic region words", "place_words"))
# Letters NFKD leaves whole, as English-language news writes them.
_FOLDED_LETTERS = str.maketrans({"ı": "i", "İ": "I", "ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "ß": "ss", "æ": "ae", "Æ": "Ae", "œ": "oe", "’": "'", "ʼ": "'", "ʻ": "'"})


def ascii_fold(name: str) -> str:
    """A name without its diacritics: "Adıyaman" -> "Adiyaman", "Şanlıurfa" -> "Sanliurfa"."""
    decomposed = unicodedata.normalize("NFKD", name.translate(_FOLDED_LETTERS))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _preference(c: Candidate) -> tuple[int, int]:
    return c.rank, -c.population


# CANDIDATES (every spelling -> its candidates, best first) and PLACES (every spelling -> the
# place it names when nothing else is known) are read on first use, not at import
# (`load`): a run that never looks a place up (--help, the dashboard's start, a feed
# with no figure) never pays for the world gazetteer. `places.PLACES` and
# `from .places import PLACES` load it (the module's __getattr__).
_LOAD_LOCK = threading.Lock()
_LOADED: bool = False


def load() -> None:
    """Read the world gazetteer and index it by first word, once per process."""
    global CANDIDATES, PLACES, _LOADED
    with _LOAD_LOCK:
        if _LOADED:
            return
        gc.disable()  # a hundred thousand small records that live as long as the process: the
        try:  # collector would rescan them at every full pass, in vain
            CANDIDATES = _all_places()
            PLACES = {spelling: cands[0].place for spelling, cands in CANDIDATES.items()}
            _index()
        finally:
            gc.enable()
        gc.freeze()  # the gazetteer is never garbage: keep it out of every later collection
        _LOADED = True


def __getattr__(name: str) -> object:
    if name in ("CANDIDATES", "PLACES"):
        load()
        return globals()[name]
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


_FIRST_WORD = re.compile(r"\p{L}+")
# A token trie two words deep: first word -> (the one-word place, {second word -> names of
# two or more words by length, longest first}); names whose second word does not follow a
# space or hyphen ("Cox's Bazar") sit under "". At a capitalised word, a few dictionary
# look-ups find the longest place name starting there ("South Sudan" before "Sudan")
# however many names the gazetteer holds. World names of several words that start with a
# function word ("The Valley", "In Salah") are left out: "The" and "In" open sentences by
# the thousand, and each would cost a look-up for a town no report names.
_Longer = dict[str, list[tuple[int, dict[str, tuple[Candidate, ...]]]]]
_Few = tuple[tuple[str, tuple[Candidate, ...]], ...]
# first word -> (its one-word place, its few longer names tried in turn, or its many longer
# names by second word, and for a word that is no place alone the two characters that follow
# it in its longer names: "Syrian" opens only "Syrian Arab Republic", and a "Syrian" followed
# otherwise, as in "Syrian refugees", starts no name. None for other words, and for a word one
# of whose longer names goes on by one character only.)
_BY_FIRST_WORD: dict[str, tuple[tuple[Candidate, ...] | None, _Few, _Longer, frozenset[str] | None]] = {}
FEW_LONGER: int = 4  # up to this many longer names are tried one by one: faster than a look-up
# After a first word, what may join it to the rest of a longer name: "South Sudan",
# "Guinea-Bissau", "Cox's Bazar".
_NAME_GOES_ON: str = " -'’"


def _index() -> None:
    single: dict[str, tuple[Candidate, ...]] = {}
    longer_names: dict[str, list[tuple[str, tuple[Candidate, ...]]]] = {}
    user = KIND_RANK["user"]
    for spelling, cands in CANDIDATES.items():
        if spelling.isalpha():  # one word: the common case, no pattern needed
            single[spelling] = cands
            continue
        first = _FIRST_WORD.match(spelling)
        if first is None:
            continue
        word = first.group()
        if word in FUNCTION_WORDS and cands[0].rank != user:
            continue
        longer_names.setdefault(word, []).append((spelling, cands))
    for word, one in single.items():
        if word not in longer_names:
            _BY_FIRST_WORD[word] = (one, (), {}, None)
    for word in HAZARD_WORDS:  # a storm's name follows: see mentions
        _BY_FIRST_WORD.setdefault(word.capitalize(), _HAZARD_ENTRY)
    for word, names in longer_names.items():
        names.sort(key=lambda kv: -len(kv[0]))
        nexts = _what_follows(word, names) if word not in single else None
        if len(names) <= FEW_LONGER:
            _BY_FIRST_WORD[word] = (single.get(word), tuple(names), {}, nexts)
            continue
        by_second: dict[str, dict[int, dict[str, tuple[Candidate, ...]]]] = {}
        for spelling, cands in names:
            key = _next_word(spelling, len(word), len(spelling))
            by_second.setdefault(key, {}).setdefault(len(spelling), {})[spelling] = cands
        longer = {key: sorted(by_length.items(), reverse=True) for key, by_length in by_second.items()}
        _BY_FIRST_WORD[word] = (single.get(word), (), longer, nexts)


def _what_follows(word: str, names: list[tuple[str, tuple[Candidate, ...]]]) -> frozenset[str] | None:
    """The two characters after `word` in each of the longer names it opens ("Syrian Arab
    Republic": " A"); None when one goes on by fewer (`mentions` then reads it whole)."""
    nexts = frozenset(spelling[len(word) : len(word) + 2] for spelling, _ in names)
    return nexts if all(len(n) == 2 for n in nexts) else None


# The words before a storm's name ("Cyclone Gombe" is no town of Nigeria; "Tropical Storm
# Ana"): in the index of first words with an entry of their own, so a text without them
# pays nothing. (A word that also starts a place name stays that place's.)
HAZARD_WORDS: tuple[str, ...] = lexicon.word_list("hazard names", "place_words")
_HAZARD_ENTRY: tuple[None, _Few, _Longer, None] = (None, (), {}, None)


def _spaced_out(
    text: str, at: int, end: int, few: _Few, longer: _Longer
) -> tuple[int, tuple[Candidate, ...]] | None:
    """Where the longest name of several words at text[at:] written with runs of white space
    between its words ("Sri  Lanka", a line break in wrapped text) ends, and its candidates:
    rare, so every longer name of the first word is tried."""
    names = [*few, *((sp, c) for groups in longer.values() for _, spellings in groups for sp, c in spellings.items())]
    for spelling, cands in sorted(names, key=lambda kv: -len(kv[0])):
        i = at
        for ch in spelling:
            if i >= end or (text[i] != ch if ch != " " else not text[i].isspace()):
                break
            i += 1
            if ch == " ":
                while i < end and text[i].isspace():
                    i += 1
        else:
            if not _joined_after(text, i):
                return i, cands
    return None


# A capitalised word after a hyphen: "-Ville" of "Pétion-Ville".
_HYPHEN_WORD = re.compile(r"-(\p{Lu}\p{Ll}+)")


def _hyphen_joined(text: str, at: int, word_end: int, end: int) -> tuple[int, int, tuple[Candidate, ...]] | None:
    """A name the gazetteer writes as one word, written with a hyphen before a capital:
    "Pétion-Ville" is Pétionville."""
    m = _HYPHEN_WORD.match(text, word_end, end)
    if m is None or _joined_after(text, m.end()):
        return None
    cands = CANDIDATES.get(text[at:word_end] + m.group(1).lower())
    return None if cands is None else (at, m.end(), cands)


def _next_word(text: str, i: int, end: int) -> str:
    """The letters after a space or hyphen at text[i]: "Sudan" in "South Sudan"; "" if none."""
    if i >= end or text[i] not in " -":
        return ""
    k = i + 1
    while k < end and text[k].isalpha():
        k += 1
    return text[i + 1 : k]



# A capitalised word where a place name may start. One character class, then letters taken
# possessively: the pattern cannot backtrack, so it runs without the regex timeout (see
# tracker.extraction.limits), which reads the clock at every match. ("BEIRUT" and "UNHCR"
# start no name: names are matched with their own capitals.)
_CAPITALISED_WORD = re.compile(r"\p{Lu}\p{L}*+")
# The same where every letter of the text is ASCII (most news, curly quotes and dashes
# aside), read in the text's bytes with each ASCII capital made "A", each other ASCII letter
# "a" and every other character " " (`_LETTER_CLASSES`): a pattern that opens with one
# literal byte is found by the standard library's quick search for that byte, where one
# that opens with a class of letters tests every character (about 40 instructions a
# character: mentions looks at every capitalised word of every text).
_LETTER_CLASSES: bytes = bytes(
    ord("A") if chr(c).isupper() and c < 128 else ord("a") if chr(c).isalpha() and c < 128 else ord(" ") for c in range(256)
)
_CAPITAL_IN_CLASSES = _re.compile(rb"A[Aa]*+")  # ([A-Z][A-Za-z]*+ in the text)
# The same pattern on the text itself, for a stretch of a text (the bytes of the whole text
# would cost more than the stretch's scan).
_ASCII_CAPITALISED_WORD = _re.compile(r"[A-Z][A-Za-z]*+")
_BEYOND_ASCII = re.compile(r"[^\x00-\x7f]")  # (which the `regex` module finds faster)
_LETTER = re.compile(r"\p{L}")


def _capitalised_words(text: str, start: int, end: int) -> Iterator[re.Match | _re.Match]:
    """Matches spanning `_CAPITALISED_WORD`'s in text[start:end] (read the words by their
    spans): by the standard library's patterns when no character beyond ASCII there is a
    letter (a curly quote or a dash ends a word, as in the `regex` module's pattern), over
    the whole text in `_LETTER_CLASSES` bytes ("replace" makes each character beyond ASCII
    one "?", so offsets hold)."""
    whole = start == 0 and end == len(text)
    # (a document's characters beyond ASCII were found as the engine lowered it: see beyond_ascii)
    if text.isascii() or not any(_is_letter(c) for c in set(beyond_ascii(text) if whole else _BEYOND_ASCII.findall(text, start, end))):
        if whole:
            return _CAPITAL_IN_CLASSES.finditer(text.encode("ascii", "replace").translate(_LETTER_CLASSES))
        return _ASCII_CAPITALISED_WORD.finditer(text, start, end)
    return _CAPITALISED_WORD.finditer(text, start, end)


@lru_cache(maxsize=512)
def _is_letter(c: str) -> bool:
    """`c` is a letter (\\p{L}), as the `regex` module reads it."""
    return _LETTER.match(c) is not None


# A letter, mark or digit right before a name: the name is inside a word.
_WORD_BEFORE = re.compile(r"[\p{L}\p{M}\d]")

# Places whose name is also a common given name: "Jordan Peterson said 300 people were
# killed", "Chad Smith", "Georgia Brown", "Israel Katz", "Kenya Moore", "India Arie", "Farah
# Pandith", "Aden Duale". Followed by a capitalised word, such a name starts a person's
# name, not a place - unless that word continues a place ("Jordan Valley", "Farah Province",
# "Jordan Syria border"), names a national body or an event ("Kenya Red Cross", "Israel
# Defense Forces", "India Today", "Kenya Floods"), or is capitalised for another reason (a
# broken line "in Jordan On Monday", a date, a Title Case headline "300 Killed In Chad
# Attack"), or the place follows "in" ("refugees in Jordan Zaatari camp") or two sides are
# named ("Israel Hamas war"). A title right before it makes a name whatever follows
# ("Defence Minister Israel Katz", "Dr. Farah said"). A first name before it ("Michael
# Jordan said") is not looked for: no rule tells "Michael Jordan" from "Northeast India",
# "Earlier Kenya said" or "Yemen's Aden" without a list of first names, and a place missed
# costs an analyst more than a place read into a name. Only these spellings pay for the
# check; other places ("Idlib Province", "Syria Monday") are never read as names. Kept small
# and explicit: a place left out is read as a place.
GIVEN_NAME_PLACES: frozenset[str] = lexicon.word_set("given name places", "place_words")
# Capitalised words that open a sentence or a clause, or are capitalised in Title Case, and
# are no surname after such a place: "Jordan On Monday", "Jordan And Lebanon".
FUNCTION_WORDS: frozenset[str] = lexicon.word_set("function words", "place_words")
# Capitalised words after such a place that do not make it a person's name.
NOT_A_SURNAME: frozenset[str] = lexicon.word_set("not a surname", "place_words") | FUNCTION_WORDS | frozenset(WEEKDAYS) | frozenset(MONTHS)


def _place_words(*list_names: str) -> str:
    """An alternation of the words of lists of lexicon/place_words.csv."""
    return alternation(*list_names, file="place_words")


TWO_SIDES_NOUNS: str = _place_words("two sides nouns")  # "war", "conflict"
# After the word after such a place, a noun of two sides: "Israel Hamas war", "Kenya
# Shabaab conflict" name two parties, not a person.
_TWO_SIDES_NEXT = re.compile(
    rf"[ \u00a0]+(?:{TWO_SIDES_NOUNS})\b"
)
# The capitalised word right after a place on the same line: " Peterson", " Kamakawiwo'ole".
_WORD_AFTER = re.compile(r"[ \u00a0]+(?P<word>\p{Lu}[\p{L}\p{M}'’-]*)")
# Right before the place, a word that makes it a place: "in", "near"; or a capitalised word
# (Title Case text, also when the word after the surname is capitalised).
PLACE_PREPOSITIONS: str = _place_words("place prepositions")  # "in", "near"
_PLACE_BEFORE = re.compile(
    rf"""
    (?: \b (?i: {PLACE_PREPOSITIONS} )
      | \p{{Lu}} [\p{{L}}\p{{M}}'’.-]* )
    [ \u00a0]+ \Z
    """,
    re.VERBOSE | re.REVERSE,  # searched backwards from the place: fast
)
_AFTER_A_PREPOSITION = re.compile(rf"\b(?i:{PLACE_PREPOSITIONS})[ \u00a0]+\Z", re.REVERSE)
SPEECH_VERBS: str = _place_words("speech verbs")
_SPEECH_AFTER = re.compile(rf",?[ \u00a0]+(?:{SPEECH_VERBS})\b")
# The first letters of the verbs of speech ("said", "told", "adde" ..., four or as many as the
# shortest verb has): after a comma and a space, or a space, one of them must stand where
# _SPEECH_AFTER may match (see `_speech_after`).
_SPEECH_START_LETTERS: int = min(4, *map(len, lexicon.word_list("speech verbs", "place_words")))
_SPEECH_STARTS: frozenset[str] = frozenset(w[:_SPEECH_START_LETTERS] for w in lexicon.word_list("speech verbs", "place_words"))
# ... after one space, for one `startswith` before the call (a name that speaks: "Saba said").
_SPACED_SPEECH_STARTS: tuple[str, ...] = tuple(sorted(" " + w for w in _SPEECH_STARTS))


def _opens_a_clause(text: str, at: int) -> bool:
    """The name at `at` opens its sentence or a clause: the text's start, or a sentence's end,
    a line's, a comma or an opening quote right before it ("Saba said", "..., Saba said")."""
    before = text[(at - 3 if at > 3 else 0) : at].rstrip(" ")  # (a few characters: the name's own space or two)
    if at < 3 and not before:
        return True  # the text's start
    return before[-1:] in CLAUSE_OPENING_MARKS


CLAUSE_OPENING_MARKS: tuple[str, ...] = (".", "\n", ",", ";", ":", '"', "“", "‘", "'")


def _speech_after(text: str, at: int) -> bool:
    """`_SPEECH_AFTER` matches at `at`; tried only where the first letters of a verb of
    speech follow a comma and a space or a space (or where more white space follows, left to
    the pattern): most names are followed by something else."""
    i = at + 1 if text.startswith(",", at) else at
    if text[i : i + 1] not in (" ", "\u00a0"):
        return False
    if text[i + 1 : i + 1 + _SPEECH_START_LETTERS] not in _SPEECH_STARTS and text[i + 1 : i + 2] not in (" ", "\u00a0"):
        return False
    return _SPEECH_AFTER.match(text, at) is not None


# Capitalised words that may stand right before a place without being a first name.
NOT_A_GIVEN_NAME: frozenset[str] = lexicon.word_set("not a given name", "place_words") | NOT_A_SURNAME
_CAPITALISED_NEXT = re.compile(r"[ \u00a0]+\p{Lu}")
# The capitalised word right before a place on its line: "Minister", "Dr.".
# Words inside a person's name, between a given name and a surname ("Abu", "bin", "Ould").
NAME_PARTICLES: frozenset[str] = lexicon.word_set("name particles", "place_words")
# After a place and a hyphen, who is based in it or backed by it: "a Britain-based monitor".
SPONSOR_PARTICIPLES: frozenset[str] = lexicon.word_set("sponsor participles", "place_words")
_SPONSOR_AFTER = re.compile(r"-(?P<word>\p{Ll}+)\b")
# A saint's name: "St. Mary's church", "Saint Paul" (the gazetteer's "St. Louis" is matched whole).
AFTER_A_SAINT = re.compile(rf"\b(?:{_place_words('saint words')})\.?[ \u00a0]\Z", re.REVERSE)
# After these a full stop goes on with a name ("St. Lucia", "Ste. Anne"; not after "U.S.", a
# speaker more often than a scene).
SAINT_ABBREVIATIONS: frozenset[str] = frozenset(w for w in _SAINT_WORDS if not w.startswith("Saint"))


def _after_a_saint(text: str, at: int) -> bool:
    """`AFTER_A_SAINT` ends at `at`, tried only where a saint word (and a full stop) ends
    one character before it."""
    before = text[(at - 8 if at > 8 else 0) : at - 1]
    if before.endswith("."):
        before = before[:-1]
    return before.endswith(_SAINT_WORDS) and AFTER_A_SAINT.search(text, (at - 8 if at > 8 else 0), at) is not None


LOWER_NAME_PARTICLES: tuple[str, ...] = lexicon.word_list("lower-case name particles", "place_words")
_PARTICLE_ENDS: tuple[str, ...] = tuple(f" {w} " for w in LOWER_NAME_PARTICLES)
_PARTICLE_BEFORE = re.compile(rf"\b(?:{'|'.join(LOWER_NAME_PARTICLES)})[ \u00a0]+\Z", re.REVERSE)
_WORD_BEFORE_PLACE = re.compile(r"(?P<word>\p{Lu}[\p{L}\p{M}'’]*\.?)[ \u00a0]+\Z", re.REVERSE)
PLACE_SPACES = " \u00a0"  # the white space `_WORD_BEFORE_PLACE` and `_RUN_BEFORE` read after a capitalised word


def _word_before_place(text: str, lo: int, at: int) -> re.Match | None:
    """`_WORD_BEFORE_PLACE.search(text, lo, at)`: the capitalised word right before `at` and
    its white space. Tried only where text[lo:at] ends in white space after a word that is
    not ASCII in lower case ("from ", "the ", "western "): a call of the pattern costs
    some 5,000 instructions, and most names follow such a word."""
    if not may_end_in_a_capitalised_word(text[lo:at], PLACE_SPACES):
        return None
    return _WORD_BEFORE_PLACE.search(text, lo, at)


# Words before a place that make it where people went, or where refugees came from.
GOING_WORDS: str = _place_words("going words")  # "to", "into"
_TOWARDS_WORDS: str = _place_words("going words", "reach verbs")  # and "reached"
ORIGIN_WORDS: str = _place_words("origin words")  # "from", "fled"
# (Matched backwards from the place, where it must end: the end pins it down at once.)
TOWARDS = re.compile(rf"\b(?:{_TOWARDS_WORDS})\s+(?:the\s+)?$", re.IGNORECASE | re.REVERSE)
ORIGIN = re.compile(rf"\b(?:{ORIGIN_WORDS})\s+(?:the\s+)?(?:\w+\s+)?$", re.IGNORECASE)
# A country that hosts refugees: "Turkey, which already hosts", "Lebanon is home to".
HOST_ADVERBS: str = _place_words("host adverbs")  # "already", "now"
HOST_VERBS: str = _place_words("host verbs")  # "hosts", "is home to"
HOSTS = re.compile(
    rf"""
    (?: \s*,[^,]{{0,80}}, )? \s* (?:(?:{HOST_ADVERBS})\s+)?
    (?: {HOST_VERBS} )\b
    """,
    re.VERBOSE | re.IGNORECASE,
)
NEIGHBOURING_WORDS: str = _place_words("neighbouring words")  # "neighbouring", "neighboring"
HOSTED_WORDS: str = _place_words("hosted words")  # "hosted in", "registered by"
# Where refugees went ("registered in", "arrived in", "fled into") says their host more surely
# than a bare "in", which may name the war they fled ("Since the fighting in Sudan began,
# 600,000 refugees have arrived in Chad").
HOSTED_BY = re.compile(
    rf"\b(?:{HOSTED_WORDS})\s+(?:in|by)\s+(?:the\s+)?$|\b(?:{_phrases(lexicon.word_list('arrival verbs'))})\s+$"
    rf"|\b(?:to|into)\s+(?:(?:{NEIGHBOURING_WORDS})\s+)?$",
    re.IGNORECASE,
)
HOSTED_IN = re.compile(rf"\bin\s+(?:(?:{NEIGHBOURING_WORDS})\s+)?$", re.IGNORECASE)


def _last_words(*phrases: Iterable[str]) -> tuple[str, ...]:
    """The last words of phrases, lower case, each once."""
    return tuple(dict.fromkeys(w.split()[-1].lower() for words in phrases for w in words))


# The words each of those case-blind patterns, searched for where a place starts, ends in
# (perhaps with "the" after them): on ASCII text the stretch before the place must end so
# (see `_may_end_in`). ("in" and "by" of HOSTED_WORDS' "hosted in|by", a neighbouring word after "to".)
_TOWARDS_ENDS: tuple[str, ...] = _last_words(lexicon.word_list("going words", "place_words"), lexicon.word_list("reach verbs", "place_words"))
_HOSTED_BY_ENDS: tuple[str, ...] = _last_words(
    ("in", "by", "to", "into"), lexicon.word_list("arrival verbs"), lexicon.word_list("neighbouring words", "place_words")
)
_HOSTED_IN_ENDS: tuple[str, ...] = _last_words(("in",), lexicon.word_list("neighbouring words", "place_words"))


def _may_end_in(text: str, lo: int, at: int, words: tuple[str, ...]) -> bool:
    """Whether a case-blind pattern whose matches end at `at` with one of `words` (lower
    case), perhaps "the", then white space, may match in text[lo:at]: on ASCII text the
    stretch must end so, which `str` methods tell for a fraction of a pattern's call; other
    text is left to the pattern (ignoring case, letters beyond ASCII match some ASCII ones:
    the long s, the Kelvin sign)."""
    stretch = text[lo:at]
    if not stretch.isascii():
        return True
    tail = stretch.rstrip().lower()
    return tail.endswith(words) or (tail.endswith("the") and tail[:-3].rstrip().endswith(words))


TOWARDS_REACH: int = 20  # characters before a place "fled to", "heading towards" stand within
HOSTED_REACH: int = 40  # characters before a place "hosted in", "arrived by boat in" stand within


def _said_before(text: str, s: int, at: int, pattern: re.Pattern, words: tuple[str, ...], reach: int) -> bool:
    """`pattern`, a case-blind pattern whose matches end with one of `words`, finds one in the
    `reach` characters before `at` (from the sentence's start `s`); tried only where
    `_may_end_in` lets it."""
    lo = (at - reach if at - reach > s else s)
    return _may_end_in(text, lo, at, words) and pattern.search(text, lo, at) is not None

# The sentence points at an unnamed place other than the article's: no main place then.
# (lists of place_words.csv: "rebel-held areas", "elsewhere", "other parts", "neighbouring countries")
_CONTROL_WORDS: str = _place_words("control words")
_HELD_AREAS: str = _place_words("held areas")
_ELSEWHERE_WORDS: str = _place_words("elsewhere words")
_OTHER_AREAS: str = _place_words("other areas")
_NEIGHBOURING_AREAS: str = _place_words("neighbouring areas")
ELSEWHERE = re.compile(
    rf"""
    \b[\p{{L}}]+-(?:{_CONTROL_WORDS})\s+(?:{_HELD_AREAS})\b
    | \b(?:{_ELSEWHERE_WORDS})\b
    | \bother\s+(?:{_OTHER_AREAS})\b
    | \b(?:{NEIGHBOURING_WORDS})\s+(?:{_NEIGHBOURING_AREAS})\b
    """,
    re.VERBOSE | re.IGNORECASE,
)
ELSEWHERE_REACH: int = 120  # characters either side of the figure
# ... but where people went ("relocate to other areas", "fled to other parts of the
# country") leaves them inside a country the article is about: it clears only a main place
# below country level.
GOING_TO = re.compile(rf"\b(?:{GOING_WORDS})\s+(?:the\s+)?\Z", re.IGNORECASE)
GOING_REACH: int = 16  # characters before "other parts" looked at for "to the"

# A main place must be named at least this often and dominate the others.
MAIN_MIN_MENTIONS: int = 2
MAIN_COUNTRY_SHARE: float = 0.6  # of all place mentions, for the main place's country
MAIN_LEAD: float = 2.0  # times the next place of the same level


class Mention(NamedTuple):
    """A place named in a text at text[start:end]. Immutable like the records, but a named
    tuple: a frozen dataclass costs a microsecond to build, and a text names dozens."""

    start: int
    end: int
    place: Place
    dateline: bool = False  # in the dateline: where the story was filed, not a figure's place
    sponsor: bool = False  # "a Britain-based monitor", "Iran-backed militias": what the text is about, not a figure's place

    @property
    def of_a_scene(self) -> bool:
        """The place may be where a figure happened: neither the dateline's nor a sponsor's."""
        return not (self.dateline or self.sponsor)


# A dateline opening a story: "BEIRUT —", "RAMALLAH, West Bank, Dec 5 (Reuters) -", "AMMAN, 7 March 2024 -",
# "JISHISHAN, Gansu Province, Dec. 19 (Xinhua) --", "Gangtok:". A town in capitals, or a
# short capitalised name before a colon, then at most a region, a date and an agency.
DATELINE = re.compile(
    r"""
    \A \s*
    (?: \p{Lu}{2}[\p{Lu}\p{M} .'’-]* (?: , [ \p{L}\p{M}.'’-]{2,40} ){0,2}      # BEIRUT, West Bank
        (?: ,? [ ]* (?: \p{Lu}\p{L}{2,8}\.? [ ]+ \d{1,2} (?: ,? [ ]* \d{4} )?     # , Dec. 19
                     | \d{1,2} [ ]+ \p{Lu}\p{L}{2,8}\.? (?: [ ]+ \d{4} )? ) )?      # , 7 March 2024
        [ ]* (?: \( [^()\n]{2,40} \) )? [ ]* (?: — | – | -- | - | : )          # (Reuters) -
      | \p{Lu}[\p{L}\p{M}'’-]+ (?: [ ]\p{Lu}[\p{L}\p{M}'’-]+ )? [ ]* :        # Gangtok:
      | \p{Lu}\p{Ll}[\p{L}\p{M}'’-]* (?: [ ]\p{Lu}[\p{L}\p{M}'’-]+ ){0,2}     # Port-au-Prince, Haiti —
        (?: , [ ]\p{Lu}[\p{L}\p{M}'’-]+ (?: [ ]\p{Lu}[\p{L}\p{M}'’-]+ ){0,2} [ ]* (?: \( [^()\n]{2,40} \) )?
          | [ ]* \( [^()\n]{2,40} \) )                                            # Geneva (AFP) -
        [ ]* (?: — | – | -- | - ) )
    [ ] (?! (?<=:[ ]) [ ]* \d )                                                # not "Valencia: 211 fatalities", a row
    """,
    re.VERBOSE,
)
DATELINE_REACH: int = DATELINE_LONGEST  # characters: a dateline is no longer than this
DATELINE_NAME: int = 40  # characters: "Gangtok:", a name before a colon, is no longer than this


def dateline_end(text: str) -> int:
    """Where the story's dateline ends (0 when it has none)."""
    head = text[:DATELINE_REACH].lstrip()
    if not (head[:2].isupper() or ":" in head[:DATELINE_NAME] or _may_dash(head[:DATELINE_NAME])):
        return 0  # neither a town in capitals, "Gangtok:" nor "Geneva (AFP) -": no need to run the pattern
    m = DATELINE.match(text, 0, min(len(text), DATELINE_REACH))
    return m.end() if m else 0


def _may_dash(head: str) -> bool:
    return "—" in head or "–" in head or " -" in head or ") -" in head


def mentions(text: str, start: int = 0, end: int | None = None) -> list[Mention]:
    """Places named in text[start:end], left to right, without overlaps. A spelling several
    places share ("Georgia", "Victoria", "Tripoli") names the one in the country the rest
    of the text names most; failing that, a country before a region before a town, and the
    most populous town."""
    # (Runs on every text at every capitalised word: the common cases - a space before and
    # after a one-word name - are tested first, with as few calls as Python allows.)
    end = len(text) if end is None else end
    found: list[tuple[int, int, tuple[Candidate, ...]]] = []
    pos = start
    if not _LOADED:
        load()
    by_first_word = _BY_FIRST_WORD
    storm_at = -1
    storms: tuple[str, ...] = ()  # names of storms that are places' names too ("Hurricane Harvey")
    length_of_text = len(text)
    for m in _capitalised_words(text, start, end):
        at, word_end = m.span()
        entry = by_first_word.get(text[at:word_end])
        if entry is None:
            if text.startswith("-", word_end) and (joined := _hyphen_joined(text, at, word_end, end)) is not None and at >= pos:
                found.append(joined)  # "Pétion-Ville", as news writes the gazetteer's Pétionville
                pos = joined[1]
            continue  # half the capitalised words start no place name
        if entry is _HAZARD_ENTRY:
            storm_at = word_end + 1  # "Cyclone Gombe", "Tropical Storm Ana": a storm's name, no place
            continue
        if at < pos:
            continue
        one, few, longer, nexts = entry
        if nexts is not None and (two := text[word_end : word_end + 2]) not in nexts and (
            two != "  " if two[:1] == " " else not two[:1].isspace()
        ):
            # a word that opens longer names only, none of which goes on so ("Syrian refugees"),
            # and not written spaced out ("Syrian  Arab Republic", see _spaced_out): no name
            continue
        if at > 0 and (before := text[at - 1]) != " ":  # a letter, mark or digit before: inside a word ("iPhone", "Ras al-Ain")
            if before in _JOINERS and at > 1:
                if _ARTICLE_BEFORE.search(text, (at - 5 if at > 5 else 0), at):
                    if _NAME_BEFORE_ARTICLE.search(text, (at - 30 if at > 30 else 0), at):
                        continue  # "Ras al-Ain", "Abu al-Duhur": the end of a longer name
                    before = " "  # "al-Raqqa", "el-Fasher": the Arabic article, then the name
                else:
                    before = text[at - 2]
            if before.isalnum() if before.isascii() else _WORD_BEFORE.match(before):
                continue
        hit = None
        after = text[word_end] if word_end < end else ""
        if not (few or longer):
            pass  # the first word of no longer name (half the names): only the one-word name is tried below
        elif text.startswith("  ", word_end) if after == " " else after.isspace():
            # "Sri  Lanka", as damaged feeds space it; "Central\nAfrican Republic", wrapped
            if (found_spaced := _spaced_out(text, at, end, few, longer)) is not None:
                hit = (at, *found_spaced)
        elif after and (after in _NAME_GOES_ON or (after == "." and text[at:word_end] in SAINT_ABBREVIATIONS)):
            for spelling, cands in few:
                stop = at + len(spelling)
                if stop <= end and text.startswith(spelling, at) and not _joined_after(text, stop):
                    hit = (at, stop, cands)
                    break
            if longer:
                for key in (_next_word(text, word_end, end), ""):
                    for length, spellings in longer.get(key, ()):
                        stop = at + length
                        if stop <= end and (cands := spellings.get(text[at:stop])) is not None and not _joined_after(text, stop):
                            hit = (at, stop, cands)
                            break
                    if hit is not None:
                        break
            if hit is not None and after == "." and text.startswith(("'s", "’s"), hit[1]):
                hit = None  # "St. Paul's church", "St. Mary's hospital": a saint's, no place
        if hit is None and one is not None:
            # not joined to what follows (see _joined_after, inlined: this runs at every name)
            if word_end < end:
                following = after
            else:
                following = text[word_end] if word_end < length_of_text else " "
            if (following in _ENDS_A_WORD or not (
                following.isalnum() or following == "_"
                or (following == "-" and word_end + 1 < length_of_text and text[word_end + 1].isupper())
            )) and not (following == " " and text.startswith(_ARTICLE_AFTER_STARTS, word_end) and _ARTICLE_AFTER.match(text, word_end)):
                # (not the first word of a longer Arabic name the gazetteer lacks: "Wad al-Nourah")
                hit = (at, word_end, one)
        if hit is not None and at != storm_at:
            found.append(hit)
            pos = hit[1]
        elif hit is not None:
            storms = (*storms, text[at : hit[1]])  # (rare: a storm named like a town)
    if storms:
        # the storm's name alone later on is the storm: "The death toll from Harvey climbed to 38"
        found = [f for f in found if text[f[0] : f[1]] not in storms]
    filed_from: set[int] = set()  # places in capitals opening a line, other than countries: datelines ("BEIRUT —")
    if "\n" in text or start == 0:
        headings = _upper_line_names(text, start, end)
        if headings:
            found = sorted([*found, *headings], key=_first)
            filed_from = {at for at, _, cands in headings if cands[0].place.admin1 is not None}
    if not found:
        return []
    filed = dateline_end(text) if start == 0 else 0
    # (A spelling with several candidates names places in several countries: see _all_places.)
    context = None
    if max(map(len, map(_candidates_of, found))) > 1:  # (in C: a loop of Python over the names cost more)
        context = _context(found, filed)
        if _may_name_nationals(text, {c.place.iso3 for _, _, cs in found if len(cs) > 1 for c in cs}):
            context.update(_nationality_votes(text))
    out = []
    lone: list[Mention] = []  # the places of a name only one place has (see _without_foreign_namesakes)
    append = out.append
    new_mention = tuple.__new__  # Mention(...) without the Python frame of its __new__
    town_rank = _TOWN_RANK
    country_rank = KIND_RANK["country"]
    given_names = GIVEN_NAME_PLACES
    distance_ends = _DISTANCE_ENDS
    thing_starts = _THING_STARTS
    shared_regions = SHARED_REGION_NAMES
    bracketed = None  # the words in brackets that may be acronyms, read at the first name when the text has a "("
    name_goes_on_to = -1  # where a longer name the gazetteer lacks ends (see _ARTICLE_NAME_GOES_ON)
    before_kind = _before_kind_words(text)  # where a kind word starts close after: few names end there
    feature_ends = _FEATURE_WORD_ENDS
    quiet_around = _QUIET_AROUND
    for at, stop, cands in found:
        if len(cands) > 1 and cands[-1].rank >= town_rank and _TOWN_KIND_AFTER.match(text, stop):
            # "Beni territory": of the places sharing the name, a town or a district
            cands = tuple(c for c in cands if c.rank >= town_rank)
        if context is None or len(cands) == 1:
            place = cands[0].place
        else:
            if cands[0].rank == country_rank and text[stop : stop + 1] == ",":
                # "Lebanon, Tennessee": a country's name is a town of that name only with the town's region after it
                cands = _towns_of_the_region_after(text, stop, cands) or cands
            place = _choose(cands, context)
        # The characters around the name the tests below read, sliced once: the character
        # before it, the one before that, the two before the space before it, the one after
        # it and the one after that (each "" past the text's edges, as a slice is).
        spelled = text[at:stop]
        before1, before2, ends = text[at - 1 : at], text[at - 2 : at - 1], text[at - 3 : at - 1]
        after0, after1 = text[stop : stop + 1], text[stop + 1 : stop + 2]
        # Whether those characters let none of the tests below that read them pass (most
        # names: "in Gaza, ..."), decided once for each four of them (see _QUIET_AROUND).
        quiet = quiet_around.get(around := (ends, before2, after0, after1))
        if quiet is None:
            quiet = _quiet_around(around)
        if (len(cands) > 1 and _all_generic(text, at, stop)) or spelled in shared_regions or (
            # (a feature word before the space ends in the two characters before it, `ends`)
            ends in feature_ends and before1 == " " and place.admin1 is not None
            and text[(at - FEATURE_LONGEST if at > FEATURE_LONGEST else 0) : at - 1].endswith(FEATURE_WORDS)
        ):
            if not _country_named_elsewhere(text, found, at, stop, place.iso3):
                # "Ghana: floods in the Northern Region", "hunger in the Sahel": not Uganda's, not
                # Burkina Faso's; "a ferry capsized on Lake Victoria" in a story about Tanzania: no Australian state
                continue
        if context is not None and len(cands) > 1 and cands[0].rank == country_rank and place is not cands[0].place:
            if _after_neighbouring(text, at):
                place = cands[0].place  # "In neighbouring Niger": the country, not Nigeria's state
        if quiet:
            sponsor = False
        else:
            sponsor = after0 == "-" and _sponsored(text, stop)  # "Britain-based"
            if not sponsor and (after1.isupper() or ends in ("of", "he")):
                sponsor = _names_an_institution(text, at, stop)  # "a University of Michigan study", "Connaught Hospital"
            if not sponsor and text.startswith(("'s ", "’s "), stop):
                sponsor = DIPLOMAT_AFTER.match(text, stop) is not None  # "Mexico's foreign minister"
            if not sponsor and after0 == " " and text.startswith(_MISSION_STARTS, stop):  # (each starts with a space)
                sponsor = True  # "the bombing of the US embassy": a state's mission stands in another country
        if bracketed is None:
            bracketed = _bracketed(text) if "(" in text else _NO_ACRONYMS  # (once a call)
        # (safe: every acronym the text defines is one of its bracketed words, see _bracketed)
        if bracketed and (folded := spelled.casefold()) in bracketed and folded in defined_acronyms(text):
            continue  # "the National Emergency Management Agency (Nema). Nema added": the body, not Mauritania's Néma
        if not quiet and (after0 == "$" or (text[stop + 1 : stop + 3] in thing_starts and THING_AFTER.match(text, stop))):
            continue  # "US$1.5 billion", "45 US cents", "Lassa fever": money or a disease, no place
        dateline = at < filed or at in filed_from
        if dateline and at < filed and text[:filed].rstrip().endswith(":") and _names_its_kind(text, at, filed):
            dateline = False  # "Kachin State: Around 75,000 people displaced ...": a heading naming a region, the scene
        mention = new_mention(Mention, (at, stop, place, dateline, sponsor))
        if place.name in CAPITALS and _speech_after(text, stop) and not _AFTER_A_PREPOSITION.search(text, (at - 12 if at > 12 else 0), at):
            # "Moscow said 12 people died": the capital speaks for its state; the country only
            # (not "Officials in Kabul said": people there speak)
            mention = new_mention(Mention, (at, stop, _country(place.iso3), mention.dateline, sponsor))
        elif after0 == " " and text.startswith(_SPACED_SPEECH_STARTS, stop) and place.admin1 is not None and not sponsor and _speech_after(text, stop) and _opens_a_clause(text, at):
            # "Saba said 12 people were killed in Hodeidah": a town's name that speaks is a body's
            # (a news agency's, a government's), no scene of the figures it tells
            mention = new_mention(Mention, (at, stop, place, mention.dateline, True))
        if (cands[0].rank >= town_rank or place.name in given_names or (cands[-1].rank >= town_rank and cands[0].rank > country_rank)) and _starts_a_name(text, mention, cands):
            continue
        # (the test of _ends_a_longer_name that most names fail first, without its call)
        if stop in before_kind and at > 1 and before1 == " " and before2.isalpha() and _ends_a_longer_name(text, at, stop):
            continue
        if at < name_goes_on_to:
            continue  # ("Las Flores" of "Santa Cruz Las Flores")
        if not quiet:  # (else none of these tests can pass: see _QUIET_AROUND)
            if at > 2 and before2 in ".te" and _after_a_saint(text, at):
                continue  # "St. Mary's church", "Saint Mary"
            if before2 == "c" and _ethnic(text, at):
                continue  # "ethnic Amhara civilians", "ethnic Afar herders": a people, not the region
            if cands[0].rank > country_rank and text.startswith(" of ", stop) and text[stop + 4 : stop + 5].isupper():
                continue  # a region's or town's name opening a longer one: "Horn of Africa", "Gulf of Aden" (Aden stays)
            if (
                after1.isupper() and _may_go_on_with_an_article(text, stop)
                and (goes_on := _ARTICLE_NAME_GOES_ON.match(text, stop)) is not None
            ):
                name_goes_on_to = goes_on.end()
                continue  # "San Miguel Los Lotes": a longer name the gazetteer lacks
            if (
                stop + 2 < length_of_text and after1.islower()
                and after1 in _FOREIGN_JOINER_INITIALS and text.startswith(_FOREIGN_JOINERS_SPACED, stop + 1)
            ):
                if cands[0].rank > country_rank and (goes_on := _FOREIGN_NAME_GOES_ON.match(text, stop)) is not None:
                    name_goes_on_to = goes_on.end()
                    continue  # "San Martín de Loba", "Santa Rosa del Sur": a longer name the gazetteer lacks
                if before2.isalpha() and _inside_a_foreign_name(text, at, stop):
                    continue  # "the Secretaría Nacional de Gestión de Riesgos": no Distrito Nacional
            if after1.isupper() and before2.isalpha() and _inside_a_body_name(text, at, stop):
                continue  # "the National Unity Government", "the Lake Chad Basin Commission"
            if ends in distance_ends and _distance_reference(text, at, ends):
                # "110 km south of Dhaka": only its country is the scene's; "near the border with
                # Mali": the country is none of the scene's
                if (
                    place.admin1 is not None and out and out[-1].end >= at - NAMED_INSIDE_REACH
                    and out[-1].place.admin1 is not None and out[-1].place.iso3 == place.iso3
                    and SENTENCE_BREAK.search(text, out[-1].end, at) is None
                ):
                    # a place of that country named just before says more: "In Assam, 1,200 are
                    # stranded ... 40 km from Guwahati" is Assam's, not all India's
                    mention = new_mention(Mention, (at, stop, place, mention.dateline, True))
                elif place.admin1 is not None:
                    mention = new_mention(Mention, (at, stop, _country(place.iso3), mention.dateline, sponsor))
                else:
                    mention = new_mention(Mention, (at, stop, place, mention.dateline, True))
            elif ends == "of" and _compass_reference(text, at):
                # "in Hwaseong, south of Seoul": the town found before it is the scene; "at Regent,
                # east of Freetown" (a town the gazetteer lacks): near it, in its region (or country)
                near = (_region(place.admin1, place.iso3) or _country(place.iso3)) if place.admin1 is not None else place
                if out and out[-1].end >= at - COMPASS_APPOSED_LONGEST and text[out[-1].end : out[-1].end + 1] == ",":
                    if out[-1].place.iso3 != place.iso3:  # "Mati, northeast of Athens" is no Mati of the Philippines
                        out[-1] = out[-1]._replace(place=near)
                    mention = new_mention(Mention, (at, stop, place, mention.dateline, True))
                elif place.admin1 is not None:
                    mention = new_mention(Mention, (at, stop, near, mention.dateline, sponsor))
        append(mention)
        if len(cands) == 1 and cands[0].rank >= _ADMIN1_RANK:
            lone.append(mention)
    if len(out) > 1:
        out = _within_the_region_named(text, out)
    if lone and len(out) > 2:
        return _without_foreign_namesakes(text, out, lone)
    return out


# A town and the region it lies in, named side by side: "in Yushu, Qinghai Province", "Zhouqu
# County of Gansu Province", "Gansu Province's Gannan". Where the gazetteer's town of that name
# lies in another region of the country (its Yushu is Jilin's), the text means another place
# of the name: the region named is the place (a wrong region is worse than a coarser one).
TOWN_BESIDE_REGION = re.compile(r"(?:[ \u00a0]+\p{Lu}\p{Ll}+)?(?:,[ \u00a0]*|[ \u00a0]+of[ \u00a0]+)\Z")
REGION_BESIDE_TOWN = re.compile(r"(?:[ \u00a0]+\p{Lu}\p{Ll}+)?['’]s[ \u00a0]+\Z")


def _within_the_region_named(text: str, out: list[Mention]) -> list[Mention]:
    fixed = None
    # (most pairs are neither close nor of one country and two regions: one comprehension skips them)
    close = [
        i for i, (a, b) in enumerate(zip(out, out[1:]))
        if b.start - a.end <= 20 and a.place.iso3 == b.place.iso3 and a.place.admin1 != b.place.admin1
    ]
    for i in close:
        a, b = out[i], out[i + 1]
        if b.place.name == b.place.admin1 and a.place.name != a.place.admin1 and a.place.admin1 is not None:
            town, region, pattern = i, b, TOWN_BESIDE_REGION
        elif a.place.name == a.place.admin1 and b.place.name != b.place.admin1 and b.place.admin1 is not None:
            town, region, pattern = i + 1, a, REGION_BESIDE_TOWN
        else:
            continue
        if pattern.match(text, a.end, b.start) is None:
            continue
        if fixed is None:
            fixed = list(out)
        fixed[town] = out[town]._replace(place=region.place)
    return out if fixed is None else fixed


# A name the gazetteer knows only in one country, named once, in a text that names places of
# another country by two names or more and none of the first's (nor its people): a namesake the
# gazetteer lacks ("KATHMANDU ... 196 in Lalitpur" is no town of India; "QUITO ... Pedernales"
# none of the Dominican Republic). A wrong country is worse than none.
NAMESAKE_OTHER_NAMES: int = 2  # names of places of the other country the text must hold


def _without_foreign_namesakes(text: str, out: list[Mention], lone: list[Mention]) -> list[Mention]:
    names: dict[str | None, set[str]] = {}
    for m in out:
        if not m.sponsor:
            names.setdefault(m.place.iso3, set()).add(text[m.start : m.end])
    if len(names) < 2:
        return out
    strong = {iso3 for iso3, spelled in names.items() if len(spelled) >= NAMESAKE_OTHER_NAMES}
    dropped = [
        m for m in lone
        if len(names.get(m.place.iso3, ())) == 1 and strong - {m.place.iso3}
        and not (_may_name_nationals(text, (m.place.iso3,)) and _nationality_votes(text)[m.place.iso3] > 0)
        # (where people went is abroad by its nature: "Sudanese refugees from West Darfur have arrived in Adre")
        and not _said_before(text, 0, m.start, TOWARDS, _TOWARDS_ENDS, TOWARDS_REACH)
        and not _said_before(text, 0, m.start, HOSTED_BY, _HOSTED_BY_ENDS, HOSTED_REACH)
    ]
    return [m for m in out if m not in dropped] if dropped else out


def _names_its_kind(text: str, at: int, filed: int) -> bool:
    """The heading from the name to its colon ends in a word of its kind ("Kachin State:"):
    a region, never a town filed from."""
    last = text[at:filed].rstrip().rstrip(":").rpartition(" ")[2].lower()
    return last in _PLACE_KIND_SET


def _names_a_thing(text: str, stop: int) -> bool:
    """A currency, disease or river word right after a name: "Rift Valley fever" (see THING_AFTER)."""
    return text[stop + 1 : stop + 3] in _THING_STARTS and THING_AFTER.match(text, stop) is not None


# An acronym the text defines names that body wherever the text uses it, even when a town
# is spelled so: "the National Emergency Management Agency (Nema). Nema added" is no
# Néma, Mauritania. A word in brackets is defined when the capitalised words right before
# spell it (joined by lower-case words: "Office for the Coordination of ..."), unless they
# end in a place's name ("the Democratic Republic of Congo (DRC)" defines a place).
ACRONYM_DEFINED = re.compile(r"\((?P<acr>\p{Lu}\p{L}{1,9})\)")
_WORDS_BEFORE_BRACKET = re.compile(r"(?:[\p{L}\p{M}'’-]+\s+){1,12}\Z", re.REVERSE)


_NO_ACRONYMS: frozenset[str] = frozenset()
# What every ACRONYM_DEFINED match holds, looser: two to ten characters in brackets, none
# a bracket or white space (as every letter is), for the standard library, which finds
# the opening bracket by a quick search (see `_bracketed`).
_BRACKETED = _re.compile(r"\(([^()\s]{2,10})\)")


def _bracketed(text: str) -> frozenset[str]:
    """What `defined_acronyms` may answer for `text`, and more: each word of two to ten
    characters in brackets, case-folded as it folds an acronym. A name none of them spells is
    no defined acronym, and the text's acronyms (a backward pattern at each bracket) are
    not read for it (most texts: no place's name is bracketed)."""
    return frozenset(word.upper().casefold() for word in _BRACKETED.findall(text))


@lru_cache(maxsize=8)  # the sentences of one text share it
def defined_acronyms(text: str) -> frozenset[str]:
    """The acronyms `text` defines for a body, case-folded."""
    out = set()
    for m in ACRONYM_DEFINED.finditer(text):
        before = _WORDS_BEFORE_BRACKET.search(text, (m.start() - 160 if m.start() > 160 else 0), m.start())
        if before is None:
            continue
        words = before.group().split()
        if words[-1].strip("'’") in CANDIDATES:
            continue  # "the Democratic Republic of Congo (DRC)": a place's own acronym
        acr = m.group("acr").upper()
        initials = "".join(w[0] for w in words if w[0].isupper())
        if initials.endswith(acr) and not words[len(words) - 1][0].islower():
            out.add(acr.casefold())
    return frozenset(out)


# A place's name before a currency word names money, not where anything happened: "45 US
# cents", "500 Kenya shillings" (place_words.csv currency words); so does one glued to a "$",
# "US$1.5 billion" (nearly every appeal's funding line). Before a disease word it names a
# disease: "Lassa fever" is no Lhasa, "Rift Valley fever" no valley (disease words). Before a
# river word it names a river: "the Niger river" runs through five countries (river words).
# Before a time zone word it names a clock: "(Beijing Time)" (time zone words). The
# word's first two letters are tested before the pattern, so a place followed by anything
# else pays a set look-up.
THING_WORDS: tuple[str, ...] = (
    lexicon.word_list("currency words", "place_words")
    + lexicon.word_list("disease words", "place_words")
    + lexicon.word_list("river words", "place_words")
    + lexicon.word_list("time zone words", "place_words")
)
THING_AFTER = re.compile(rf"[\s-](?:{_phrases(THING_WORDS)})\b")
_THING_STARTS: frozenset[str] = frozenset(w[:2] for w in THING_WORDS)


# A place that is only the reference point of a distance is not where anything happened:
# "In Bhola district, 110 km south of Dhaka, 15 people were killed", "the village of
# Tafeghaghte, 60 km (37 miles) southwest of Marrakech", "20 miles outside Kabul". It tells
# the country only ("near Dhaka" is different: near is where). place_words.csv distance
# units, compass words, distance joiners.
DISTANCE_UNITS: str = _place_words("distance units")  # "km", "miles"
COMPASS_WORDS: str = _place_words("compass words")  # "south", "north-east"
DISTANCE_JOINERS: str = _place_words("distance joiners")  # "of", "from", "outside"
DISTANCE_BEFORE = re.compile(
    rf"""
    \d[\d,.]* (?: \s* - \s* | \s* ) (?:{DISTANCE_UNITS}) \b \.?
    (?: \s* \( [^()\n]{{1,30}} \) )?                    # (37 miles)
    (?: \s+ (?: to \s+ the \s+ )? (?:{COMPASS_WORDS}) \b )?
    \s+ (?:{DISTANCE_JOINERS}) \s+ (?: the \s+ )? \Z
    """,
    re.VERBOSE | re.IGNORECASE | re.REVERSE,  # searched backwards from the place: fast
)
DISTANCE_REACH: int = 80  # characters before a place looked at for its distance
BORDER_WORDS: str = _place_words("border words", "two sides nouns")  # "border", "frontier"; "the war with Israel": the other side
BORDER_BEFORE = re.compile(rf"\b(?:{BORDER_WORDS})\s+with\s+(?:the\s+)?\Z", re.IGNORECASE | re.REVERSE)
# The last two letters before a place a distance or a border may leave ("of", "from",
# "with", "the"): only a name after one of them is looked at.
_DISTANCE_ENDS: frozenset[str] = frozenset(
    {w[-2:].lower() for w in lexicon.word_list("distance joiners", "place_words")} | {"he", "th"}
)


# A place word inside a body's name as Spanish, French or Portuguese write it: after a
# capitalised word, before a joiner and a capitalised word ("the Coordinadora Nacional para
# la Reducción de Desastres", "the Instituto Nacional de Defensa Civil"). No place is named
# there (place_words.csv foreign name joiners).
FOREIGN_NAME_JOINERS: str = _place_words("foreign name joiners")
# The same words with the white space after them: with a lower-case letter right after the
# place (as `mentions` asks first), _FOREIGN_NAME_GOES_ON matches only where one of these
# starts there, which `str.startswith` tests without a call of the pattern.
_FOREIGN_JOINERS_SPACED: tuple[str, ...] = tuple(
    w + space for w in lexicon.word_list("foreign name joiners", "place_words") for space in (" ", "\u00a0")
)
# Their first letters: the letter after the space after a place must be one (a set look-up,
# before `startswith` tries the 30 words).
_FOREIGN_JOINER_INITIALS: frozenset[str] = frozenset(w[0] for w in _FOREIGN_JOINERS_SPACED)
_FOREIGN_NAME_GOES_ON = re.compile(
    rf"[ \u00a0]+(?:{FOREIGN_NAME_JOINERS})(?:[ \u00a0]+(?:la|las|los|el|le|les))?[ \u00a0]+\p{{Lu}}"
)


def _inside_a_foreign_name(text: str, at: int, stop: int) -> bool:
    """The place at text[at:stop] is a word of a longer name in Spanish, French or
    Portuguese: a capitalised word (not one that may stand before a place: "Northern",
    "In") right before it, a joiner and a capitalised word after."""
    if _FOREIGN_NAME_GOES_ON.match(text, stop) is None:
        return False
    before = _word_before_place(text, (at - _LONGER_NAME_REACH if at > _LONGER_NAME_REACH else 0), at)
    return before is not None and before.group("word").rstrip(".") not in NOT_A_GIVEN_NAME


# A place word inside a body's English name: an article or a possessive, a capitalised word,
# the place, and capitalised words that end in a body's head ("the National Unity
# Government", "the Lake Chad Basin Commission"): no place is named there. A name the place
# opens stays a place ("the Kenya Red Cross", "the Borno State Emergency Management Agency"),
# and a Title Case headline has no article before its words ("Quake Hits Nepal Army Says").
_BODY_NAME_HEADS = "|".join(sorted({h[:1].upper() + h[1:] for h in BODY_HEADS if " " not in h}, key=len, reverse=True))
_BODY_NAME_BEFORE = re.compile(
    r"(?:\b(?i:the|an?)|['’]s)[ \u00a0]+(?:\p{Lu}[\p{L}\p{M}'’-]*[ \u00a0]+){1,3}\Z", re.REVERSE
)
_BODY_NAME_AFTER = re.compile(rf"(?:[ \u00a0]+\p{{Lu}}[\p{{L}}\p{{M}}'’-]*){{0,2}}?[ \u00a0]+(?:{_BODY_NAME_HEADS})\b")
# (a word that may stand before a place in its name or its reference keeps it one: "the
# Northern Kenya Relief Committee", "the Upper Nile Relief Committee")
_PLACE_LEADS: frozenset[str] = lexicon.word_set("not a given name", "place_words")


def _inside_a_body_name(text: str, at: int, stop: int) -> bool:
    if _BODY_NAME_AFTER.match(text, stop) is None:
        return False
    before = _BODY_NAME_BEFORE.search(text, (at - _LONGER_NAME_REACH - 20 if at - _LONGER_NAME_REACH - 20 > 0 else 0), at)
    if before is None:
        return False
    # the word right before the place: a hyphenated one ("Gaza-based") is no lead of a place
    word = _word_before_place(text, before.start(), at)
    return word is None or word.group("word").rstrip(".") not in _PLACE_LEADS


# A country owning a diplomat or a foreign ministry speaks for its nationals abroad: "Eight
# of the dead were Mexican nationals, Mexico's foreign minister said" places nothing in
# Mexico (place_words.csv diplomatic words).
DIPLOMAT_AFTER = re.compile(
    rf"['’]s\s+(?:[\p{{L}}\-]+\s+){{0,2}}?(?:{_place_words('diplomatic words')})\b", re.IGNORECASE
)


def _distance_reference(text: str, at: int, ends: str) -> bool:
    """The place at `at` is the reference point of a distance or a border: "110 km south
    of Dhaka", "near the border with Mali". `ends`, text[at - 3 : at - 1], is one of
    _DISTANCE_ENDS (two letters, then the one character both patterns' white space may
    take): a distance's joiner or "the" ends no "th", and only "with" or "the" before a
    place ends a border's ("th", "he"), so each pattern is tried only where it may match."""
    lo = (at - DISTANCE_REACH if at > DISTANCE_REACH else 0)
    return (
        (ends != "th" and _may_end_a_distance(text[lo:at]) and DISTANCE_BEFORE.search(text, lo, at) is not None)
        or (ends in _BORDER_ENDS and _may_end_in(text, lo, at, ("with",)) and BORDER_BEFORE.search(text, lo, at) is not None)
    )


def _compass_reference(text: str, at: int) -> bool:
    """The place at `at`, after "of", is the reference point of a compass word in apposition:
    "in Hwaseong, south of Seoul", "at Regent, east of Freetown" (see COMPASS_APPOSED)."""
    lo = (at - DISTANCE_REACH if at > DISTANCE_REACH else 0)
    before = text[lo:at]
    return "," in before and _may_end_in_a_compass(before) and COMPASS_APPOSED.search(text, lo, at) is not None


def _may_end_in_a_compass(before: str) -> bool:
    """Whether COMPASS_APPOSED may match at the end of `before`: on ASCII text (the pattern
    ignores case, which only ASCII lowers alike), "of", perhaps with "the" after it, after
    the last word of a compass word ("the city of", "the outskirts of" are no compass's)."""
    if not before.isascii():
        return True
    words = before.lower().rstrip()
    if words.endswith("the"):
        words = words[:-3].rstrip()
    return words.endswith("of") and words[:-2].rstrip().endswith(_COMPASS_LAST_WORDS)


_COMPASS_LAST_WORDS: tuple[str, ...] = tuple(sorted({w.split()[-1].lower() for w in lexicon.word_list("compass words", "place_words")}))


NAMED_INSIDE_REACH: int = 160  # characters before a distance's reference point a place of its country says where
SENTENCE_BREAK = re.compile(r"[.!?;]\s|\n")  # (in the same sentence and clause)

# A compass word in apposition to a place named before it: "in Hwaseong, south of Seoul" is
# Hwaseong, and Seoul only the reference point, which tells the region (not "fighting south of
# Khartoum", where Khartoum is all the text says).
COMPASS_APPOSED_LONGEST = 40  # characters from a place's end to the next after ", some north-northwest of the "
COMPASS_APPOSED = re.compile(
    rf"\p{{L}},\s+(?:(?:just|about|some)\s+)?(?:{COMPASS_WORDS})\s+of\s+(?:the\s+)?\Z", re.IGNORECASE | re.REVERSE
)


_BORDER_ENDS: frozenset[str] = frozenset({"th", "he"})  # "with", "the"
# The words a distance's joiner ("of", "from", "outside", "off") may follow in DISTANCE_BEFORE:
# a unit ("km", "miles."), a bracket closing "(37 miles)", a compass word, and the first
# word of a joiner of two ("away from", "outside of").
_DISTANCE_JOINER_ENDS: tuple[str, ...] = tuple(sorted(
    {w.split()[-1].lower() for w in lexicon.word_list("distance joiners", "place_words")}
))
_BEFORE_A_DISTANCE_JOINER: tuple[str, ...] = tuple(sorted(
    {
        *(w.lower() + dot for w in lexicon.word_list("distance units", "place_words") for dot in ("", ".")),
        ")",
        *(w.lower() for w in lexicon.word_list("compass words", "place_words")),
        *(w.split()[0].lower() for w in lexicon.word_list("distance joiners", "place_words") if " " in w),
    }
))


def _may_end_a_distance(before: str) -> bool:
    """Whether DISTANCE_BEFORE may match at the end of `before`, the stretch before a place:
    on ASCII text (the pattern ignores case, which only ASCII lowers alike), a joiner
    ("of", "from" ...), perhaps with "the" after it, after one of _BEFORE_A_DISTANCE_JOINER
    ("the city of", "people from", "in the" are no distance's)."""
    if not before.isascii():
        return True
    words = before.lower().rstrip()
    if words.endswith("the"):
        words = words[:-3].rstrip()
    if not words.endswith(_DISTANCE_JOINER_ENDS):
        return False  # (no joiner: most places, told by one call)
    for joiner in _DISTANCE_JOINER_ENDS:
        if words.endswith(joiner) and words[: -len(joiner)].rstrip().endswith(_BEFORE_A_DISTANCE_JOINER):
            return True
    return False


# After a name several places share, a kind of place below a first-level subdivision says
# it is one of the towns or districts: "Beni territory" is Congo's town, not Bolivia's
# department (place_words.csv town kinds).
_TOWN_KIND_AFTER = re.compile(rf"[ \u00a0]+(?i:{_place_words('town kinds')})\b")


# A known name, then a capitalised article and a capitalised word: a longer name the
# gazetteer lacks ("San Miguel Los Lotes" is a village of Guatemala, no San Miguel of El
# Salvador). place_words.csv name articles.
_NAME_ARTICLES: str = _place_words("name articles")
_ARTICLE_NAME_GOES_ON = re.compile(
    rf"[ \u00a0]+(?:{_NAME_ARTICLES})[ \u00a0]+\p{{Lu}}[\p{{L}}\p{{M}}'’-]*+"
    rf"(?:[ \u00a0]+(?:(?:{_NAME_ARTICLES})[ \u00a0]+)?\p{{Lu}}[\p{{L}}\p{{M}}'’-]*+)*+"
)

# Each article of a name with the white space after it: after a place and one space or
# no-break space, a capital opens one where _ARTICLE_NAME_GOES_ON may match.
_NAME_ARTICLES_SPACED: tuple[str, ...] = tuple(a + space for a in lexicon.word_list("name articles", "place_words") for space in (" ", "\u00a0"))


def _may_go_on_with_an_article(text: str, stop: int) -> bool:
    """Whether _ARTICLE_NAME_GOES_ON may match at `stop`, where a capital stands after one
    character: only where that character is a space or a no-break space and the capital
    opens an article of a name, then white space ("San Miguel Los Lotes"); "Idlib Province"
    goes on with none."""
    return text[stop : stop + 1] in (" ", "\u00a0") and text.startswith(_NAME_ARTICLES_SPACED, stop + 1)


def _before_kind_words(text: str) -> set[int]:
    """The places a kind word of the text starts at most _KIND_GAP characters after: only
    a name ending at one of them may end a longer name (see `_ends_a_longer_name`). (One
    comprehension: a generator of a range for each kind word cost twice as much. Only kind
    words, not site nouns: `_ends_a_longer_name` says yes only before a kind word.)"""
    return {k.start - gap for k in _kind_words_of(text) if k.kind for gap in _KIND_GAPS}


_LONGER_NAME_REACH: int = 30  # characters: the word before a name
_KIND_GAP: int = 2  # characters between a name and its kind word ("Tal Afar  district", as feeds space it)
_KIND_GAPS: range = range(_KIND_GAP + 1)  # each gap a kind word may start at, after a name


# A name in capitals opening a line, before a comma, a dash, a colon or the line's end: a
# section's heading when it is a country ("ZIMBABWE – On 16 March the storm hit ..."), else a
# dateline, where the story was filed ("BEIRUT —", "KHARTOUM, June 3 (Reuters) -").
UPPER_LINE_NAME = re.compile(
    r"^[ \t]*(?P<name>\p{Lu}[\p{Lu}'’.\-]+(?:[ \t]+\p{Lu}[\p{Lu}'’.\-]+){0,5})(?=[ \t]*(?:[,:(–—\-]|$))", re.MULTILINE
)
_LOWER_IN_NAMES: frozenset[str] = frozenset({"of", "the", "and"})


def _upper_line_names(text: str, start: int, end: int) -> list[tuple[int, int, tuple[Candidate, ...]]]:
    """Places named in capitals at the start of a line: the longest run of the words that,
    written as names are, the gazetteer knows ("SOUTH SUDAN" -> South Sudan)."""
    out = []
    for m in _upper_line_starts(text, start, end):
        words = list(_UPPER_WORD.finditer(text, m.start("name"), m.end("name")))
        for n in range(len(words), 0, -1):
            spelled = " ".join(
                w.group().lower() if i and w.group().lower() in _LOWER_IN_NAMES else w.group().capitalize()
                for i, w in enumerate(words[:n])
            )
            cands = CANDIDATES.get(spelled)
            if cands:
                out.append((words[0].start(), words[n - 1].end(), cands))
                break
    return out


_UPPER_WORD = re.compile(r"\S+")


def _two_capitals(piece: str) -> bool:
    """`piece` opens as UPPER_LINE_NAME's name must: a capital, then a capital or a joiner."""
    return len(piece) > 1 and piece[0].isupper() and (piece[1].isupper() or piece[1] in "'’.-")


# A line's end before a line that may open with two capitals: a space or a tab, or two
# characters that are neither white space nor lower-case ASCII letters ("BEIRUT", "UN", "12").
# What `_two_capitals` lets through opens so, and most lines ("The ...", "In ...", an empty
# one) do not: the standard library's scan for "\n" finds the few others.
_MAY_OPEN_IN_CAPITALS = _re.compile(r"\n(?=[ \t]|[^\sa-z][^\sa-z])")


def _upper_line_starts(text: str, start: int, end: int) -> Iterator[re.Match]:
    """`UPPER_LINE_NAME`'s matches in text[start:end], the pattern tried only at the lines
    whose first two characters (after any spaces and tabs, within the line's first 40) are
    capitals: most lines open otherwise. Only the first line and those
    `_MAY_OPEN_IN_CAPITALS` finds are read, 40 characters of each (a split of the whole text
    into lines cost about 100k instructions a dense article); "Th".isupper() is False, so
    most of those cost one test."""
    for at in (start, *(m.end() for m in _MAY_OPEN_IN_CAPITALS.finditer(text, start, end))):
        line = text[at : min(at + 40, end)].partition("\n")[0]  # (what the tests below read of it)
        if line[:2].isupper() or line[:1] in (" ", "\t"):  # what the two tests below need
            if _two_capitals(line) or _two_capitals(line.lstrip(" \t")):
                m = UPPER_LINE_NAME.match(text, at, end)
                if m is not None:
                    yield m


# A place's name inside an institution's ("a University of Michigan study", "Connaught
# Hospital", "the Gaza Institute for ..."): who counted, not where anything happened
# (place_words.csv institution heads).
INSTITUTION_HEADS: tuple[str, ...] = lexicon.word_list("institution heads", "place_words")
# (two more words of the name may stand between: "George Washington University", "Ukraine International Airlines")
_INSTITUTION_AFTER = re.compile(rf"(?:[ \u00a0]+\p{{Lu}}[\p{{L}}'’-]*){{0,2}}?[ \u00a0]+(?:{'|'.join(INSTITUTION_HEADS)})\b")
_INSTITUTION_BEFORE = re.compile(rf"\b(?:{'|'.join(INSTITUTION_HEADS)})[ \u00a0]+of[ \u00a0]+(?:the[ \u00a0]+)?\Z", re.REVERSE)


def _names_an_institution(text: str, at: int, stop: int) -> bool:
    """The place's name is part of an institution's: its head (capitalised, as a name's
    words are) right after it, or before it with "of"."""
    if text[stop : stop + 1] in (" ", "\u00a0") and text[stop + 1 : stop + 2].isupper() and _INSTITUTION_AFTER.match(text, stop):
        return True
    if text[at - 3 : at - 1] != "of" and text[at - 4 : at - 1] != "the":
        return False  # (the common case, made fast)
    lo = (at - 30 if at > 30 else 0)
    return _head_of_before(text, lo, at) and _INSTITUTION_BEFORE.search(text, lo, at) is not None


def _head_of_before(text: str, lo: int, at: int) -> bool:
    """text[lo:at] ends with an institution's head, "of" and perhaps "the", each after white
    space: where _INSTITUTION_BEFORE may match, tested by string methods ("Ministry of the",
    not "the city of" or "parts of the")."""
    before = text[lo:at].rstrip(" \u00a0")
    if before.endswith("the"):
        before = before[:-3].rstrip(" \u00a0")
    return before.endswith("of") and before[:-2].rstrip(" \u00a0").endswith(INSTITUTION_HEADS)


def _sponsored(text: str, at: int) -> bool:
    """A sponsor participle follows the hyphen at `at`: "-based", "-backed", "-led"."""
    m = _SPONSOR_AFTER.match(text, at)
    return m is not None and m.group("word") in SPONSOR_PARTICIPLES


def _sentence_opens_at(text: str, at: int) -> bool:
    """Nothing but white space, quotes or brackets since a sentence's end (or the text's
    start) before `at`: a word there is capitalised for that alone."""
    i = at - 1
    while i >= 0 and (text[i].isspace() or text[i] in "\"'“‘(["):
        i -= 1
    return i < 0 or text[i] in ".!?:;\n"


def _ends_a_longer_name(text: str, at: int, stop: int) -> bool:
    """The name at text[at:stop] ends a longer name the gazetteer does not know, which a
    kind word after it makes a place: "Tal Afar district" is not Ethiopia's Afar (but
    "Northern Afar zone" is Afar, and so is "In Afar region", opening a sentence)."""
    found = _kind_words_of(text)
    i = bisect.bisect_left(found, stop, key=_start)
    if i == len(found) or found[i].start - stop > _KIND_GAP or not found[i].kind or text[stop : found[i].start].strip():
        return False  # no kind word right after (most names: tested first, it is cheap)
    before = _word_before_place(text, (at - _LONGER_NAME_REACH if at > _LONGER_NAME_REACH else 0), at)
    if before is None:
        return False
    word = before.group("word")  # "Tal" in "Tal Afar district"; not "Kenya's", "Dr."
    if word.endswith(("'s", "’s", ".")) or word in NOT_A_GIVEN_NAME or word in _NAME_EDGES or word in NATIONALITIES:
        return False
    return not _sentence_opens_at(text, before.start())


# Characters after a name that never join it to what follows (see _joined_after): tested
# first, as most names end at one of them.
_ENDS_A_WORD: frozenset[str] = frozenset(" ,.;:)’'\"”\n")


DATELINE_WEIGHT: float = 0.5


def _context(found: list[tuple[int, int, tuple[Candidate, ...]]], filed: int) -> Counter:
    """How often the text names each country: places of one country for sure ("Atlanta"),
    then country names another place shares ("Lebanon", also a US town), read with those.
    A place of the dateline (where the story was filed) counts half: it only breaks a tie
    ("Nigeria: Gunmen kill 40 in Plateau state attack": Nigeria's Plateau, not Benin's)."""
    context = Counter(cands[0].place.iso3 for at, _, cands in found if at >= filed and len(cands) == 1)
    for at, _, cands in found:
        if at < filed and len(cands) == 1:
            context[cands[0].place.iso3] += DATELINE_WEIGHT
    # two names of regions of one country, each also something else ("Georgia and Florida"):
    # that country, as much as a dateline says
    regions: dict[str, set[str]] = {}
    for at, end, cands in found:
        if at >= filed and len(cands) > 1:
            for c in cands:
                if c.rank == _ADMIN1_RANK:
                    regions.setdefault(c.place.iso3, set()).add(c.place.name)
    for iso3, names in regions.items():
        if len(names) > 1:
            context[iso3] += DATELINE_WEIGHT * len(names)
    context.update(
        [
            _choose(cands, context).iso3
            for at, _, cands in found
            if at >= filed and len(cands) > 1 and cands[0].rank <= KIND_RANK["country"]
        ]
    )
    return context


# Names of a region of several countries that the gazetteer holds as one country's place:
# "the Sahel" is Burkina Faso's Sahel region only in a text naming Burkina Faso (place_words.csv
# regions of several countries). And a name of only generic words ("Northern Region",
# "Eastern Province") that several countries share is a place only in a country the text
# names: "Ghana: ... floods in the Northern Region" is no region of Uganda's or Malawi's.
SHARED_REGION_NAMES: frozenset[str] = lexicon.word_set("regions of several countries", "place_words")


def _all_generic(text: str, at: int, stop: int) -> bool:
    return all(word.lower() in GENERIC_REGION_WORDS for word in text[at:stop].split())


# Words of a natural feature's name before a place's ("Lake Victoria", "Mount Kenya"): the
# feature is that place only where the text names the place's country otherwise.
FEATURE_WORDS: tuple[str, ...] = lexicon.word_list("feature words", "place_words")
FEATURE_LONGEST: int = max(map(len, FEATURE_WORDS)) + 1
# Their last two letters: a name after one of them has them right before the space before it.
_FEATURE_WORD_ENDS: frozenset[str] = frozenset(w[-2:] for w in FEATURE_WORDS)
if min(map(len, FEATURE_WORDS)) < 2:
    raise ValueError("place_words.csv: a feature word of one letter (the test before a name reads two)")


def _country_named_elsewhere(text: str, found: list[tuple[int, int, tuple[Candidate, ...]]], at: int, stop: int, iso3: str | None) -> bool:
    """Another name of the text, or a nationality, is of country `iso3`."""
    spelled = text[at:stop]
    if any(cands[0].place.iso3 == iso3 and text[a:b] != spelled for a, b, cands in found):
        return True
    return _may_name_nationals(text, (iso3,)) and _nationality_votes(text)[iso3] > 0


def _may_name_nationals(text: str, iso3s: Iterable[str | None]) -> bool:
    """The text holds the last word of a nationality of one of the countries `iso3s`: only
    then may `_nationality_votes` give one of them a vote (a substring test for each, not a
    scan of the text for every nationality)."""
    words = _nationality_last_words()
    return any(w in text for iso3 in iso3s for w in words.get(iso3, ()))


@lru_cache(maxsize=1)
def _nationality_last_words() -> dict[str, tuple[str, ...]]:
    """Country ISO3 -> the last words of its nationalities ("African" of "Central African")."""
    if not _LOADED:
        load()
    out: dict[str, set[str]] = {}
    for word, country in NATIONALITIES.items():
        place = PLACES.get(country)
        if place is not None and place.iso3:
            out.setdefault(place.iso3, set()).add(word.split()[-1])
    return {iso3: tuple(sorted(words)) for iso3, words in out.items()}


@lru_cache(maxsize=8)  # the mentions of one text share it
def _nationality_votes(text: str) -> Counter:
    """Each nationality the text writes is half a vote for its country, as a dateline is:
    it breaks a tie between places of one name ("killed by Ebola in Beni, a spokesman for
    the Congolese health ministry said": Congo's Beni, not Bolivia's)."""
    votes: Counter = Counter()
    for m in _demonyms(text):
        place = PLACES.get(NATIONALITIES[" ".join(m.group("word").split())])
        if place is not None and place.iso3:
            votes[place.iso3] += DATELINE_WEIGHT
    return votes


_TOWN_RANK: int = KIND_RANK["admin2"]
_ADMIN1_RANK: int = KIND_RANK["admin1"]
_COUNTRY_RANK: int = KIND_RANK["country"]


def _choose(cands: tuple[Candidate, ...], context: Counter) -> Place:
    """The candidate in the country the text names most; the first (best-ranked) on a tie.
    A country's name is that country, never a town of another that shares it, however often
    the text names the town's country: "killed 8 people in Texas, including 3 in Houston, and
    4 in Jamaica" is the island, not the district of New York (a town so named is written
    with its region: `_towns_of_the_region_after`)."""
    best = max(cands, key=lambda c: context[c.place.iso3])
    first = cands[0]
    if best.rank >= _TOWN_RANK and first.rank == _COUNTRY_RANK:
        return first.place
    return best.place


REGION_LONGEST: int = 40  # characters of the longest region's name read after it


def _towns_of_the_region_after(text: str, stop: int, cands: tuple[Candidate, ...]) -> tuple[Candidate, ...]:
    """The towns of the name whose region the text names right after its comma: "a tornado
    in Lebanon, Tennessee", "Jamaica, New York"."""
    after = text[stop + 1 : stop + 1 + REGION_LONGEST].lstrip()
    return tuple(
        c for c in cands
        if c.rank >= _TOWN_RANK and c.place.admin1 and after.startswith(c.place.admin1)
        and not after[len(c.place.admin1) : len(c.place.admin1) + 1].isalpha()
    )


def _starts_a_name(text: str, m: Mention, cands: tuple[Candidate, ...] = ()) -> bool:
    """ "Jordan Peterson said", "Michael Jordan said", "Defence Minister Israel Katz", "Dr.
    Farah said", "Ahmed Hassan told": a place that is a given name or a surname, in a
    person's name. Checked for the places in GIVEN_NAME_PLACES and for one-word towns
    (thousands of towns share a name with people); countries and regions are read as places."""
    spelled = text[m.start : m.end]
    # (a name a town shares with a region, "Charlotte", is a town's too: "said Charlotte Slente")
    town = bool(cands) and " " not in spelled and (
        cands[0].rank >= KIND_RANK["admin2"] or (cands[0].rank > KIND_RANK["country"] and cands[-1].rank >= KIND_RANK["admin2"])
    )
    if not town and not (spelled in GIVEN_NAME_PLACES and spelled == m.place.name):
        return False
    if not _capitalised_before(text, m.start) and not _capitalised_after(text, m.end):
        if not (town and text.endswith(_PARTICLE_ENDS, 0, m.start)):
            return False  # "in Kisumu.", "of Jordan,": no name around it (the common case, made fast)
        return _after_a_given_name(text, m.start, m.end)  # "Eduardo del Rosario said"
    if spelled in NAME_PARTICLES:
        return _capitalised_after(text, m.end)  # "Abu Kamal", "Ben Guerdane": a longer name the gazetteer lacks
    if town and _after_a_given_name(text, m.start, m.end):
        return True  # "Ahmed Hassan told"
    after = _WORD_AFTER.match(text, m.end)
    if after is None:
        return _after_a_title(text, m.start)  # "Dr. Farah said"
    word = after.group("word")
    if word in NOT_A_SURNAME or word.isupper():
        return False  # "Jordan Valley", "Kenya Red Cross", "Jordan UNHCR"
    if word in CANDIDATES:
        # "Jordan Syria border"; but "David Manning said": a person's names, both places' too
        end = after.end()
        return _after_a_title(text, m.start) or _told_of_a_person(text, end)
    if _after_a_title(text, m.start):
        return True  # "Defence Minister Israel Katz said"
    if (before := _PLACE_BEFORE.search(text, (m.start - 30 if m.start > 30 else 0), m.start)) and not _possessive(before.group()):
        return False  # "refugees in Jordan Zaatari camp", "300 Killed In Chad Attack"
        # (an owner is no Title Case: "MSF's Florence Dupont said", "The UN's Martin Griffiths")
    if _TWO_SIDES_NEXT.match(text, after.end()):
        return False  # "Israel Hamas war"
    return _CAPITALISED_NEXT.match(text, after.end()) is None  # "Chad Attack Kills 300"


_SPACES: str = " \u00a0"


def _possessive(word: str) -> bool:
    """The word (and the spaces after it) ends with "'s": "MSF's "."""
    return word.rstrip(_SPACES).endswith(_POSSESSIVE_ENDS)


def _capitalised_before(text: str, start: int) -> bool:
    """The word right before, on the same line, starts with a capital."""
    i = start - 1
    while i >= 0 and text[i] in _SPACES:
        i -= 1
    if i == start - 1:
        return False
    while i >= 0 and not text[i].isspace():
        i -= 1
    return i + 1 < start and text[i + 1].isupper()


def _capitalised_after(text: str, end: int) -> bool:
    """The word right after, on the same line, starts with a capital."""
    i = end
    while i < len(text) and text[i] in _SPACES:
        i += 1
    return i > end and i < len(text) and text[i].isupper()


def _after_a_given_name(text: str, start: int, end: int) -> bool:
    """A capitalised word right before that is no place word, title, direction, month or
    function word: a first name ("Michael Jordan"), not "Northeast India", "Yemen's Aden",
    "Earlier Kenya said", "On Monday Chad said" or "UN Jordan". A sentence's first word is
    capitalised anyway ("Landlocked Chad has"): there the name must be followed by a verb of
    speech ("Michael Jordan said")."""
    before = _word_before_place(text, (start - 40 if start > 40 else 0), start)
    if before is None:
        particle = _PARTICLE_BEFORE.search(text, (start - 6 if start > 6 else 0), start)
        return particle is not None and _after_a_given_name(text, particle.start(), end)  # "Eduardo del Rosario"
    word = before.group("word")
    if word in NAME_PARTICLES:
        return _after_a_given_name(text, before.start(), end)  # "Dr. Mohammed Abu Salmiya": the name goes on before it
    if not word.endswith(("'s", "’s")) and _after_a_title(text, before.start()):
        return True  # "Minister July Moyo said": after a title, any capitalised word opens the name, a month too
    if word.endswith(("'s", "’s", ".")) or word.isupper() or word in NOT_A_GIVEN_NAME:
        return False
    if word.lower() in TITLES:
        return False
    if word in CANDIDATES:
        # a given name that is a place too ("David", Panama's): a person's only where a title
        # stands before it or speech or what the person is follows ("David Manning said")
        return _after_a_title(text, before.start()) or _told_of_a_person(text, end)
    if _after_a_title(text, before.start()):
        return True  # "Dr. Ahmed Salem": a title's full stop ends no sentence
    opening = text[(before.start() - 3 if before.start() > 3 else 0) : before.start()].rstrip()
    if before.start() == 0 or opening.endswith((".", "!", "?", ":", "\n", '"', "“", "”")) or not opening:
        return _told_of_a_person(text, end)
    return True


# What a person named is, set after the name: "Luis Medina, a local official, said".
_APPOSED_TITLE = re.compile(rf",[ \u00a0]+(?:a|an|the)[ \u00a0]+(?:[\p{{Ll}}\-]+[ \u00a0]+){{0,3}}?(?:{alternation('titles')})\b")


def _told_of_a_person(text: str, end: int) -> bool:
    """After a name ending at `end`, what is said only of a person: a verb of speech ("David
    Manning said") or what the person is (", a local official,")."""
    return _speech_after(text, end) or _APPOSED_TITLE.match(text, end) is not None


def _after_a_title(text: str, start: int) -> bool:
    """A title stands right before the place: "Minister Israel Katz", "Dr. Farah"."""
    before = _word_before_place(text, (start - 40 if start > 40 else 0), start)
    return before is not None and before.group("word").rstrip(".").lower() in TITLES


_start = attrgetter("start")  # a mention's start, for bisect (read in C)
_first = itemgetter(0)  # a sentence's start
_candidates_of = itemgetter(2)  # the candidates of a name `mentions` found


def mentions_in(text: str, document: list[Mention], start: int, end: int, starts: list[int] | None = None) -> list[Mention]:
    """`mentions(text, start, end)` read off `document`, the mentions of the whole text:
    the same list unless a mention crosses `start` or `end` (then the span is scanned).
    `starts`, where each of `document` starts, when the caller keeps them (a bisect of
    plain numbers costs a fraction of one that reads each mention's start by a key)."""
    if starts is None:
        starts = [m.start for m in document]
    i = bisect.bisect_left(starts, start)
    if i > 0 and document[i - 1].end > start:
        return mentions(text, start, end)
    j = bisect.bisect_left(starts, end, lo=i)
    if j > i and document[j - 1].end > end:
        return mentions(text, start, end)
    return document[i:j]


# Places named by their kind: a capitalised name the gazetteer does not know is a place when
# a word of its kind stands with it (lexicon/place_words.csv "place kinds"): after it
# ("displaced in Mwenda district", "IDPs in Kabwelo area", "sought refuge in Tanka
# camp"), before it with "of" ("the town of Kitolo"), or before it with "in", as the
# nouns of sites do too ("took shelter at a rest centre in Harwick"). A place named right
# after such a name ("Rajpur district in Kunar province", "Mwenda district, West
# Java") gives it its first-level subdivision and country, and decides between the
# gazetteer's places of that name (Rajpur the Indian town is not the Afghan district); a
# name with no such place has none: the tracker never guesses a country. A name that
# stands between "in" and a place ("arrived in Mabanza in Upper Tamazi state") is one too.
# Read per sentence, where a figure's place is looked for (`sentence_places`): the
# document scan (`mentions`) stays a dictionary look-up.
PLACE_KINDS: tuple[str, ...] = lexicon.word_list("place kinds", "place_words")  # "district", "camp"
_PLACE_KIND_SET: frozenset[str] = frozenset(PLACE_KINDS)
SITE_NOUNS: tuple[str, ...] = lexicon.word_list("site nouns", "place_words")  # "centre", "shelters"
# Capitalised words that make no place with a kind word: "Islamic State", "the Health
# Department", "a Kurdish area", "Red Cross camp".
NOT_PLACE_NAMES: frozenset[str] = lexicon.word_set("not place names", "place_words")


def _kind_finds(kinds: tuple[str, ...], sites: tuple[str, ...]) -> tuple[tuple[str, tuple[tuple[str, int, bool], ...]], ...]:
    """The kind and site words (lower case) by the shortest of them inside each ("district"
    in "sub-district", "area" in "local government area"), longest first, with where that
    word stands in them and whether they are kinds: a sentence is searched for the short
    words only, with `str.find`, far faster than a pattern of every word (`kind_words`)."""
    words = {w.lower(): True for w in sites} | {w.lower(): True for w in kinds}
    is_kind = {w: w in {k.lower() for k in kinds} for w in words}
    stems = [w for w in words if not any(o != w and o in w for o in words)]
    finds = []
    for stem in sorted(stems):
        holding = sorted((w for w in words if stem in w), key=len, reverse=True)
        finds.append((stem, tuple((w, w.index(stem), is_kind[w]) for w in holding)))
    return tuple(finds)


_KIND_FINDS = _kind_finds(PLACE_KINDS, SITE_NOUNS)
# The short words searched for, in the order of _KIND_FINDS (a scan that finds them reports
# each by its index: see `kind_words_of`).
KIND_STEMS: tuple[str, ...] = tuple(stem for stem, _ in _KIND_FINDS)
_ALL_KIND_STEMS: dict[int, None] = dict.fromkeys(range(len(KIND_STEMS)))  # each searched for


# Whether every kind word is ASCII: then they are searched for in `_ascii_lowered` text.
_KIND_WORDS_ASCII: bool = all(word.isascii() for _, words in _KIND_FINDS for word, _, _ in words)
# Characters beyond ASCII that str.lower() turns into an ASCII letter: the Kelvin sign, "k".
# (tests/test_places.py checks this set against every character.)
LOWERED_TO_ASCII: frozenset[str] = frozenset("\u212a")


def _ascii_lowered(text: str) -> str | None:
    """`lowered(text)` with every character beyond ASCII as "?", so that offsets hold: ASCII
    words are found in it as in the lowered text, and searching it costs a fraction of
    searching a text that holds one curly quote (stored two bytes a character), or of
    lowering that. None when the text holds a character that lowers to an ASCII letter
    (LOWERED_TO_ASCII), which "?" would hide."""
    if text.isascii():
        return text.lower()
    if any(c in text for c in LOWERED_TO_ASCII):
        return None
    return text.encode("ascii", "replace").decode("ascii").lower()


class KindWord(NamedTuple):
    """A word of `PLACE_KINDS` (kind) or of `SITE_NOUNS` at text[start:end]."""

    start: int
    end: int
    kind: bool


def kind_words(text: str, s: int, e: int) -> list[KindWord]:
    """The kind and site words in text[s:e] in any case, whole words, left to right, the
    longest at each place ("local government area", not "area"): those of the whole text
    (found once a text: the document scan has read them already, see `_ends_a_longer_name`)
    that lie in the stretch."""
    found = _kind_words_of(text)
    starts = _kind_word_starts(text, found)
    i = bisect.bisect_left(starts, s)
    j = bisect.bisect_left(starts, e, lo=i)
    return [k for k in found[i:j] if k.end <= e]


def _kind_word_starts(text: str, found: tuple[KindWord, ...]) -> list[int]:
    """Where each of `found`, the kind words of `text`, starts: a bisect of plain numbers
    costs a fraction of one that reads each word's start by a key. Kept with the words."""
    starts = _KIND_WORD_STARTS_OF.get(text)
    if starts is None:  # (the kind words of a text are always the same: see kind_words_of)
        if len(_KIND_WORD_STARTS_OF) >= _KIND_WORDS_TEXTS:
            _KIND_WORD_STARTS_OF.clear()
        starts = _KIND_WORD_STARTS_OF[text] = [k.start for k in found]
    return starts


def _kind_words_of(text: str) -> tuple[KindWord, ...]:
    """`kind_words` of the whole text (found once a text: see `kind_words_of`)."""
    found = _KIND_WORDS_OF.get(text)
    return kind_words_of(text) if found is None else found


# The kind words of the last few texts, which the figures of one text share (a dictionary,
# not an lru_cache: the engine fills it with what its pre-scan found, see `kind_words_of`).
_KIND_WORDS_OF: dict[str, tuple[KindWord, ...]] = {}
_KIND_WORDS_TEXTS: int = 8  # texts held; all are let go at once when one more comes
# Where those words start, by text (see `_kind_word_starts`).
_KIND_WORD_STARTS_OF: dict[str, list[int]] = {}


def kind_words_of(
    text: str, scanned: dict[int, list[int] | None] | None = None, lower: str | None = None
) -> tuple[KindWord, ...]:
    """The kind and site words of the whole text, as `kind_words` reads them, found once a
    text. `scanned`, when the caller has scanned the lowered text already (the engine's
    pre-scan holds the stems of KIND_STEMS that are none of its own words), gives where each
    stem it found starts, by its index in KIND_STEMS, and None for each it does not hold,
    which is searched for with `find` (no key: not in the text). Both find the same. `lower`,
    when the caller has it, is `lowered(text)` (the engine lowers each document for its
    pre-scan), read instead of lowering the text again."""
    found = _KIND_WORDS_OF.get(text)
    if found is None:
        found = _kind_words_in(text, 0, len(text), scanned, lower)
        if len(_KIND_WORDS_OF) >= _KIND_WORDS_TEXTS:
            _KIND_WORDS_OF.clear()  # (one call, which threads reading it at once cannot break)
        _KIND_WORDS_OF[text] = found
    return found


def _kind_words_in(
    text: str, lo: int, hi: int, scanned: dict[int, list[int] | None] | None = None, lower: str | None = None
) -> tuple[KindWord, ...]:
    """The kind and site words that lie in text[lo:hi], as `kind_words` reads them, when no
    kind word goes on past `lo`. The short words (KIND_STEMS) are searched for with `find` in
    the stretch in lower case (`_ascii_lowered` when the words are ASCII), the words that hold
    them checked where they stand; with `scanned` (as `kind_words_of` takes it, offsets in
    text[lo:]), only those it maps to None are searched for. `lower`, `lowered(text)` when
    the caller has it, stands for the stretch lowered when the stretch is the whole text: its
    ASCII letters are those of `_ascii_lowered` (which only a character lowered to one, the
    Kelvin sign, makes None, for `lowered` itself), and ASCII words and stems find the same."""
    if lower is None or lo != 0 or hi != len(text):
        stretch = text[lo:hi]
        lower = _ascii_lowered(stretch) if _KIND_WORDS_ASCII else None
        if lower is None:
            lower = lowered(stretch)
    length = len(text)
    found = []  # (start, -end, kind): in the order of the words kept, longest first at a place
    for n, starts in (_ALL_KIND_STEMS if scanned is None else scanned).items():
        stem, words = _KIND_FINDS[n]
        if starts is None:
            starts = []
            i = lower.find(stem)  # (not `in` first: a stem found would be searched for twice up to its place)
            while i >= 0:
                starts.append(i)
                i = lower.find(stem, i + 1)
        for i in starts:
            for word, offset, kind in words:
                a = i - offset
                if a >= 0 and lower.startswith(word, a):
                    a += lo
                    b = a + len(word)
                    before = text[a - 1] if a > 0 else " "
                    after = text[b] if b < length else " "
                    # (ASCII characters are looked up in a set, without a call: see _JOINS_BEFORE)
                    if not (
                        (before in _JOINS_BEFORE or (not before.isascii() and _goes_on_before(before)))
                        or (after in _JOINS_AFTER or (not after.isascii() and _goes_on_after(after)))
                    ):
                        found.append((a, -b, kind))
                        break
    found.sort()
    out, reach = [], -1
    for a, minus_b, kind in found:
        if a >= reach:
            out.append(_new_kind_word(KindWord, (a, -minus_b, kind)))
            reach = -minus_b
    return tuple(out)


_new_kind_word = tuple.__new__  # KindWord(...) without the Python frame of its __new__


def _goes_on_before(c: str) -> bool:
    """The character before a kind word joins it to a longer word: a letter, mark or digit,
    or a joiner ("Sub-district" is read whole, "al-Wadi" is no valley)."""
    if not c.isascii():
        c = lowered(c)
    return _in_a_word(c) or c in _JOINERS


def _goes_on_after(c: str) -> bool:
    """The character after a kind word joins it to a longer word: a letter, mark or digit, or
    a hyphen ("state-run")."""
    if not c.isascii():
        c = lowered(c)
    return _in_a_word(c) or c == "-"


def _in_a_word(c: str) -> bool:
    """A letter, mark or digit: a word goes on through it."""
    return c.isalnum() if c.isascii() else _WORD_BEFORE.match(c) is not None


# A word of a name: a capital, then letters, joined by a hyphen or an apostrophe
# ("Haut-Katanga", "Grand'Anse").
_NAME_WORD = r"\p{Lu}[\p{L}\p{M}]*+(?:['’-][\p{L}\p{M}]++)*+"
# The Arabic article in lower case, glued by a hyphen to the name word after it ("al-Nourah")
_ARTICLES: tuple[str, ...] = ("al", "el", "ad", "ar", "as", "ash", "at", "az", "an", "ed", "er", "es", "et")
# The same, for patterns read backwards (a possessive quantifier would take the capital too).
_NAME_WORD_BACKWARDS = r"\p{Lu}[\p{L}\p{M}]*(?:['’-][\p{L}\p{M}]+)*"
# The capitalised words right before a kind word, on its line ("Upper Tamazi state"; feeds
# may space words twice).
_RUN_BEFORE = re.compile(rf"(?<![\p{{L}}\p{{M}}\d'’-])(?:{_NAME_WORD_BACKWARDS}[ \u00a0]+)*{_NAME_WORD_BACKWARDS}[ \u00a0]+\Z", re.REVERSE)


def _run_before(text: str, lo: int, at: int) -> re.Match | None:
    """`_RUN_BEFORE.search(text, lo, at)`, tried only where the stretch may end in a
    capitalised word and its white space (see `may_end_in_a_capitalised_word`: the run's
    last word opens with a capital after a space or a character of no word): "in the
    district", "rebel-held areas" hold none."""
    if not may_end_in_a_capitalised_word(text[lo:at], PLACE_SPACES):
        return None
    return _RUN_BEFORE.search(text, lo, at)


# ... and right after "of" or "in" after a kind word ("the town of Kitolo", "a rest centre in Harwick").
# (a joiner of Spanish, French or Portuguese names may stand between its words: "the town of Chavín de Huántar")
_RUN_AFTER = re.compile(
    rf"[ \u00a0]+(?P<prep>of|in)[ \u00a0]+(?:the[ \u00a0]+)?(?P<run>{_NAME_WORD}(?:[ \u00a0]+(?:(?:{FOREIGN_NAME_JOINERS})[ \u00a0]+)?(?:(?:{'|'.join(_ARTICLES)})-)?{_NAME_WORD})*)"
)
# How every _RUN_AFTER match opens: " of ", " in " (with either space), or two spaces
# (feeds may space words twice: left to the pattern). A kind word followed otherwise is not
# tried (`_kind_names`).
_OF_OR_IN_AFTER: tuple[str, ...] = tuple(
    a + word + b for a in (" ", "\u00a0") for word in ("of", "in") for b in (" ", "\u00a0")
) + tuple(a + b for a in (" ", "\u00a0") for b in (" ", "\u00a0"))
# Between a place and the place that holds it: "Rajpur district in Kunar province",
# "Kabwelo area of Tanganyika", "Mwenda district, South Kivu", "a camp in Inates, in the
# Tillaberi region", "Sera camp (Batagram District)".
# "... in central Mali", "in the state of Kansas": one word in lower case may stand between.
_HELD_BY = re.compile(
    r"(?:[ \u00a0]+(?:in|of)[ \u00a0]+(?:the[ \u00a0]+)?(?:\p{Ll}+[ \u00a0]+(?:of[ \u00a0]+)?)?|,[ \u00a0]+(?:in[ \u00a0]+(?:the[ \u00a0]+)?)?|[ \u00a0]*\([ \u00a0]*)"
)
# A name between "in" and the place that holds it: "in Mabanza in Upper Tamazi state".
_IN_A_NAME = re.compile(
    rf"\b(?:{PLACE_PREPOSITIONS}|at)[ \u00a0]+(?P<run>{_NAME_WORD_BACKWARDS}(?:[ \u00a0]+{_NAME_WORD_BACKWARDS})*)(?:[ \u00a0]+in[ \u00a0]+(?:the[ \u00a0]+)?|,[ \u00a0]+)\Z",
    re.REVERSE,
)
_IN_A_NAME_REACH: int = 80  # characters before the holding place looked at
KIND_NAME_WORDS: int = 3  # a name of more words is a title or a headline, not a place
# Words at either end of a run of capitalised words that are not part of the name: "On
# Monday Mwenda district", "In Kabwelo area".
_NAME_EDGES: frozenset[str] = FUNCTION_WORDS | frozenset(WEEKDAYS) | frozenset(MONTHS)
_NAME_EDGES_BEFORE_KIND: frozenset[str] = FUNCTION_WORDS | frozenset(WEEKDAYS)
# A word before a name that makes it part of a longer title: "Protection of Civilians site".
_TITLE_JOINERS: frozenset[str] = lexicon.word_set("name joiners", "attribution")  # "of", "for"
_POSSESSIVE_ENDS: tuple[str, ...] = ("'s", "’s")


class KindName(NamedTuple):
    """A capitalised name at text[start:end] that a word of its kind makes a place; the
    place holding it may be named at text[after:]."""

    start: int
    end: int
    after: int


def _kind_names(text: str, s: int, e: int) -> tuple[KindName, ...]:
    """The names a word of their kind makes places in the sentence text[s:e], left to right."""
    found: dict[int, KindName] = {}
    for k in kind_words(text, s, e):
        kind_start = k.start
        capital = text[kind_start].isupper()
        run = _run_before(text, (kind_start - 120 if kind_start - 120 > s else s), kind_start) if k.kind and kind_start > s else None
        if run is not None:
            name = _name_in_run(text, run.start(), kind_start, before_kind=True, capital=capital)
            if name is not None and not _kind_starts_a_title(text, k.end, capital) and not _names_a_thing(text, k.end) and not (
                not capital and _named_after_of(text, k, e)
            ):
                found[name[0]] = KindName(*name, k.end)  # "shelter in Kisolo village, South Kivu": after the kind
                continue
        if capital:
            continue  # "the Department of Health", "Islamic State in Iraq": a body's name
        after = _run_after(text, k.end, e)
        if after is None or (after.group("prep") == "of" and not k.kind):
            continue  # "the shelters of": no place's kind
        name = _name_in_run(text, after.start("run"), after.end("run"), before_kind=False, capital=False)
        if name is not None:
            found.setdefault(name[0], KindName(*name, name[1]))
    return tuple(found[at] for at in sorted(found))


# Kinds of settlement whose own name follows "of" even with a capitalised word before them:
# "the Andean town of Chavín de Huántar", "the Ituri town of Bunia" (the town is Bunia).
NAMED_AFTER_OF: frozenset[str] = lexicon.word_set("named after of", "place_words")


def _named_after_of(text: str, k: KindWord, e: int) -> bool:
    """The kind word is a settlement's and a capitalised name follows it after "of": that name
    is the place's, and the word before the kind only describes it."""
    return (
        text[k.start : k.end].lower() in NAMED_AFTER_OF
        and (after := _run_after(text, k.end, e)) is not None
        and after.group("prep") == "of"
    )


def _run_after(text: str, at: int, e: int) -> re.Match | None:
    """`_RUN_AFTER` at `at` (a kind word's end), tried only where " of ", " in " or more white
    space follows (`_OF_OR_IN_AFTER`)."""
    return _RUN_AFTER.match(text, at, e) if text.startswith(_OF_OR_IN_AFTER, at) else None


# `_kind_names`, for a caller without the engine's cache of a text's sentence places (see
# `sentence_places`): the figures of one sentence share it.
kind_names = lru_cache(maxsize=64)(_kind_names)


def _name_in_run(text: str, lo: int, hi: int, *, before_kind: bool, capital: bool) -> tuple[int, int] | None:
    """The place name in the run of capitalised words text[lo:hi], without the words at its
    edges that are no part of it ("On Monday"); None when the run is no place's name (see
    `_no_place_name`)."""
    words = [(w.start(), w.end()) for w in _RUN_WORD.finditer(text, lo, hi)]
    first_word = words[0]
    while words and text[words[0][0] : words[0][1]] in _NAME_EDGES:
        words.pop(0)
    # (right before a kind word a month is a word of the name: "Zenda Jan district")
    last_edges = _NAME_EDGES_BEFORE_KIND if before_kind else _NAME_EDGES
    while words and text[words[-1][0] : words[-1][1]] in last_edges:
        words.pop()
    if not words or len(words) > KIND_NAME_WORDS:
        return None
    spelled = [text[a:b] for a, b in words]
    if _no_place_name(spelled):
        return None
    if before_kind and words[0] == first_word and _after_a_title_or_article(text, lo, capital):
        return None
    return words[0][0], words[-1][1]


_RUN_WORD = re.compile(_NAME_WORD)
_APPOSITION = re.compile(r",[ \u00a0]+(?:a|an|the)[ \u00a0]", re.IGNORECASE)
_WORD_BEFORE_RUN = re.compile(r"(?P<word>[\p{L}\p{M}'’.]+)[ \u00a0]+\Z", re.REVERSE)
# An indefinite article before a name and its kind, perhaps with words in lower case
# between: "a Rohingya camp", "an ethnic Fulani village" (a kind of village, not its name).
_ARTICLE_BEFORE_RUN = re.compile(r"(?<![\p{L}\p{M}])(?i:a|an)[ \u00a0]+(?:\p{Ll}[\p{L}\p{M}-]*[ \u00a0]+){0,2}\Z", re.REVERSE)


def _no_place_name(words: list[str]) -> bool:
    """An acronym ("IDP camp", "UN area"), a word with a capital inside ("PoC site"), a
    possessive ("Hassan's district"), a word of `NOT_PLACE_NAMES`, a nationality, a title, a
    body's name (aliases.csv), a word of a sentence's grammar ("Floods Hit As Town"), a
    compound that says who holds a place ("Hamas-run"), or only directions ("Northern
    region"): no place's name."""
    for word in words:
        if len(word) > 1 and (word.isupper() or any(c.isupper() for c in _inner_letters(word))):
            return True
        if word in NOT_PLACE_NAMES or word in NATIONALITIES or word.lower() in TITLES or word in FUNCTION_WORDS:
            return True
    if words[-1].endswith(_POSSESSIVE_ENDS):
        return True
    if "-" in words[-1] and words[-1].rpartition("-")[2].islower():
        return True  # "the Hamas-run territory", "a Taliban-controlled area": who holds it, no name
    if all(word in NOT_A_GIVEN_NAME for word in words):
        return True
    return _alias_key(" ".join(words)) in ALIAS_KEYS


def _inner_letters(word: str) -> str:
    """The letters of a name's word past its first and the first after each joiner:
    "PoC" -> "o", "C"; "Haut-Katanga" -> "aut", "atanga"."""
    out = []
    lead = True
    for c in word:
        if c in _JOINERS:
            lead = True
            continue
        if not lead:
            out.append(c)
        lead = False
    return "".join(out)


def _after_a_title_or_article(text: str, lo: int, capital: bool) -> bool:
    """The words before a name and its kind make them no place: an indefinite article ("a
    Rohingya camp", "an ethnic Fulani village": a kind of camp), "the" before a capitalised kind ("the Islamic State",
    "the Health Department": a body), or a joiner after a capitalised word ("Protection of
    Civilians site": the end of a title)."""
    if _ARTICLE_BEFORE_RUN.search(text, (lo - 40 if lo > 40 else 0), lo):
        return True
    before = _WORD_BEFORE_RUN.search(text, (lo - 40 if lo > 40 else 0), lo)
    if before is None:
        return False
    word = before.group("word")
    if capital and word.lower() == "the":
        return True
    if word.lower() in _TITLE_JOINERS:
        earlier = _WORD_BEFORE_RUN.search(text, (before.start() - 40 if before.start() > 40 else 0), before.start())
        return earlier is not None and earlier.group("word")[:1].isupper()
    return False


def _kind_starts_a_title(text: str, at: int, capital: bool) -> bool:
    """A capitalised word (no function word, weekday or month) right after the kind word, or
    a hyphen: the kind is inside a body's name ("Kasai Province Red Cross", "Borno State
    Government", "Kano State-owned"); a capitalised kind before a verb of speech or an
    apposition ends a person's name ("Jane Camp said", "Jane Camp, a spokeswoman")."""
    if at < len(text) and text[at] == "-":
        return True
    if capital and (_speech_after(text, at) or _APPOSITION.match(text, at)):
        return True
    after = _WORD_AFTER.match(text, at)
    return after is not None and after.group("word").rstrip("'’") not in NOT_A_SURNAME


def sentence_places(text: str, s: int, e: int, document: list[Mention] | None = None) -> list[Mention]:
    """The places named in the sentence text[s:e]: the gazetteer's (`mentions`), and the
    names a word of their kind makes places (`kind_names`), left to right."""
    if document is None:
        known = mentions(text, s, e)
        names = kind_names(text, s, e)
        return _with_echoes(text, s, e, _with_kind_names(text, e, known, names) if names else known)
    # an engine asks for one sentence several times (each figure, the next sentence's
    # figures): the places of the sentences of the text it reads are kept
    cache = _sentence_cache()
    if cache.get("text") is not text or cache.get("document") is not document:
        cache.clear()
        cache["text"], cache["document"] = text, document
        cache["starts"] = [m.start for m in document]  # (see mentions_in)
    places = cache.get((s, e))
    if places is None:
        known = mentions_in(text, document, s, e, cache["starts"])
        names = _kind_names(text, s, e)  # (kept here: the lru_cache of kind_names would never answer)
        places = cache[(s, e)] = _with_echoes(text, s, e, _with_kind_names(text, e, known, names) if names else known)
    return list(places)


# Before a name a kind word made a place elsewhere in the text, what makes it that place
# again: "killed 50 civilians in the village of Kishishe ... 131 were killed in Kishishe".
_ECHO_BEFORE = re.compile(rf"\b(?:{PLACE_PREPOSITIONS}|at)[ \u00a0\n]+\Z", re.REVERSE)
# Where such a name may stand in a sentence: a capital after one of those words (looser than
# _ECHO_BEFORE: no word boundary, no reach). A sentence without one outside its places holds
# no echo, and the text's kind-made names are not read for it (see `_may_echo`).
_ECHO_AT = re.compile(rf"(?:{PLACE_PREPOSITIONS}|at)[ \u00a0\n]+\p{{Lu}}")
# The same searched backwards, from the sentence's end: it is tried only at a capital, where
# _ECHO_AT tries its ten words at every character (a fifth of the cost on news sentences).
# Its matches' capitals are _ECHO_AT's (tests/test_place_shortcuts.py): every match ends at a
# capital after white space after one of the words, and no match can hide another's, read
# either way, as its words and white space hold no capital.
_ECHO_AT_BACKWARDS = re.compile(_ECHO_AT.pattern, _ECHO_AT.flags | re.REVERSE)
# The same in an ASCII sentence's bytes read reversed ("Gaza in" as "azaG ni"), with every
# capital made "A" (where \p{Lu} is [A-Z] and no no-break space stands): the pattern then opens
# with one literal byte, which the standard library's scan skips to, where the backward search
# tests \p{Lu} at every character (about 18,000 instructions a sentence). Its matches start at
# _ECHO_AT's capitals: none can hide another's, as its words and white space hold no capital.
_ECHO_WORDS: tuple[str, ...] = (*lexicon.word_list("place prepositions", "place_words"), "at")
_ECHO_AT_REVERSED = _re.compile(rf"A[ \n]+(?:{'|'.join(_re.escape(w[::-1]) for w in _ECHO_WORDS)})".encode("ascii"))
_CAPITALS_AS_A: bytes = bytes.maketrans(bytes(range(ord("A"), ord("Z") + 1)), b"A" * 26)


def _echo_capitals(text: str, s: int, e: int) -> list[int]:
    """Where the capitals of `_ECHO_AT`'s matches in text[s:e] stand (by `_ECHO_AT_REVERSED`
    in an ASCII sentence, else `_ECHO_AT_BACKWARDS`)."""
    sentence = text[s:e]
    if not sentence.isascii():
        return [m.end() - 1 for m in _ECHO_AT_BACKWARDS.finditer(text, s, e)]
    last = s + len(sentence) - 1  # (where the reversed sentence's first character stands)
    return [last - m.start() for m in _ECHO_AT_REVERSED.finditer(sentence.encode("ascii").translate(_CAPITALS_AS_A)[::-1])]


@lru_cache(maxsize=8)  # the sentences of one text share it
def _kind_made_names(text: str) -> tuple[str, ...]:
    """The names the gazetteer lacks that a word of their kind makes places somewhere in
    the text ("the village of Kishishe")."""
    if not _LOADED:
        load()
    names = {text[k.start : k.end] for k in kind_names(text, 0, len(text))}
    return tuple(sorted(n for n in names if n not in CANDIDATES))


def _with_echoes(text: str, s: int, e: int, places: list[Mention]) -> list[Mention]:
    """`places`, and the names a kind word made places elsewhere in the text named again in
    text[s:e] without it, after "in", "at", "near" ...: "131 civilians were killed in Kishishe
    and Bambo" (the country is found where the kind word stands: see _with_country)."""
    if not _may_echo(text, s, e, places):
        return places
    names = _kind_made_names(text)
    if not names:
        return places
    added = []
    for name in names:
        at = text.find(name, s, e)
        while at >= 0:
            stop = at + len(name)
            if (
                not (at > 0 and _is_word_char(text, at - 1)) and not _is_word_char(text, stop)
                and not any(m.start < stop and at < m.end for m in places)
                and _ECHO_BEFORE.search(text, (at - 12 if at - 12 > s else s), at) is not None
            ):
                added.append(Mention(at, stop, Place(name, None, None, None)))
            at = text.find(name, stop, e)
    return sorted([*places, *added], key=_start) if added else places


def _may_echo(text: str, s: int, e: int, places: list[Mention]) -> bool:
    """A capital after "in", "at", "near" ... in text[s:e] that no place of `places` holds:
    where `_with_echoes` may add a name. Without one it adds none, and the text's kind-made
    names (a reading of every kind word of the text) are not needed."""
    for at in _echo_capitals(text, s, e):
        for p in places:  # (a loop, not any() over a generator: this runs at every such capital)
            if p.start <= at < p.end:
                break
        else:
            return True
    return False


# The places of the sentences of the last text read (see sentence_places), by thread.
_SENTENCE_CACHE_BY_THREAD = threading.local()


def _sentence_cache() -> dict:
    cache = getattr(_SENTENCE_CACHE_BY_THREAD, "cache", None)
    if cache is None:
        cache = _SENTENCE_CACHE_BY_THREAD.cache = {}
    return cache


def _with_kind_names(text: str, e: int, known: list[Mention], names: tuple[KindName, ...]) -> list[Mention]:
    by_start = {m.start: m for m in known}
    made: dict[int, Mention] = {}
    kinded: list[Mention] = []  # the places named with their kind, which may hold a name before them
    for name in reversed(names):  # right to left: a place holding another is read first
        same = by_start.get(name.start)
        if same is not None and same.end != name.end:
            continue  # a longer or shorter name the gazetteer knows: its reading stands
        if same is None and any(m.start < name.end and name.start < m.end for m in known):
            continue
        holder = _holder(text, name.after, e, by_start, made)
        spelled = text[name.start : name.end]
        if same is not None and not (
            holder is not None and holder.iso3 is not None and _gazetteer_town(spelled)
            and (holder.iso3 != same.place.iso3 or (holder.admin1 or same.place.admin1) != same.place.admin1)
        ):
            kinded.append(same)  # "Sindh province": the gazetteer's reading stands
            continue
        made[name.start] = Mention(name.start, name.end, _held(spelled, holder))
        kinded.append(made[name.start])
    for m in kinded:  # "arrived in Mabanza in Upper Tamazi state"
        lead = text[(m.start - 16 if m.start > 16 else 0) : m.start].rstrip(" \u00a0")
        if lead.endswith("the"):
            lead = lead[:-3].rstrip(" \u00a0")
        if not lead.endswith((",", " in", "\u00a0in")):
            continue  # neither "in" nor a comma right before: no name held (most places; no pattern run)
        before = _IN_A_NAME.search(text, (m.start - _IN_A_NAME_REACH if m.start > _IN_A_NAME_REACH else 0), m.start)
        if before is None:
            continue
        lo, hi = before.span("run")
        if lo in made or any(k.start < hi and lo < k.end for k in known):
            continue
        name = _name_in_run(text, lo, hi, before_kind=False, capital=False)
        if name is not None and name[0] not in made:
            made[name[0]] = Mention(name[0], name[1], _held(text[name[0] : name[1]], m.place))
    if not made:
        return known
    kept = [m for m in known if m.start not in made]
    return sorted([*kept, *made.values()], key=_start)


def _holder(text: str, at: int, e: int, by_start: dict[int, Mention], made: dict[int, Mention]) -> Place | None:
    """The place named right after a place's name and kind ("... in Kunar province"),
    if any: not a possessive ("Rajpur district, Pakistan's army said")."""
    joined = _HELD_BY.match(text, at, e)
    if joined is None:
        return None
    holder = made.get(joined.end()) or by_start.get(joined.end())
    if holder is None or _possessive_after(text, holder.end):
        return None
    if text[at] == "," and _LIST_GOES_ON.match(text, holder.end):
        return None  # a list: "shelters in Honduras, Guatemala and El Salvador"
    return holder.place


# After a place, the list it is part of goes on: " and Guatemala", " or Guatemala", ", Guatemala and
# El Salvador" (not ", after the storm": a place holding another is often set off by commas).
_LIST_GOES_ON = re.compile(r"(?:,[ \u00a0]+\p{Lu}[\p{L}\p{M}'’-]*(?:[ \u00a0]+\p{Lu}[\p{L}\p{M}'’-]*)*)?[ \u00a0]+(?:and|or|&)[ \u00a0]")


def _gazetteer_town(spelling: str) -> bool:
    """Every place of this spelling the gazetteer knows is a town or a district: a kind word
    and the place holding it may say which town, or that it is another."""
    cands = CANDIDATES.get(spelling, ())
    return bool(cands) and all(c.rank >= _TOWN_RANK for c in cands)


def _possessive_after(text: str, end: int) -> bool:
    return text.startswith(_POSSESSIVE_ENDS, end)


def _held(name: str, holder: Place | None) -> Place:
    """The place `name` names, in the subdivision and country of `holder` when the text
    names one (the gazetteer's place of that name in that country, if it has one)."""
    if holder is None:
        return Place(name, None, None, None)
    for cand in CANDIDATES.get(name, ()):
        if cand.place.iso3 == holder.iso3 and (holder.admin1 or cand.place.admin1) == cand.place.admin1:
            return cand.place
    admin1 = holder.admin1
    return Place(name, admin1, holder.country, holder.iso3, holder.admin1_code if admin1 else None)


def _is_country(place: Place) -> bool:
    """A place of the gazetteer with no first-level subdivision: a country, or a region
    named without one ("Darfur"); not a name only its kind made a place."""
    return place.admin1 is None and (place.name == place.country or place.name in CANDIDATES)


def locate(
    text: str,
    sentences: list[tuple[int, int]],
    index: int,
    start: int,
    end: int,
    indicator: str,
    main: Place | None,
    document: list[Mention] | None = None,
) -> Place | None:
    """The place of the figure at text[start:end] in sentence `index` (see module docstring).

    `document` is `mentions(text)` when the caller has it (an engine locating several
    figures of one text scans it once)."""
    s, e = sentences[index]
    if _worldwide(text, s, e, start, end):
        return None  # "the number of people forced to flee worldwide hit 110 million, driven by the war in Sudan"
    in_sentence = sentence_places(text, s, e, document)
    # (Mention.of_a_scene, and the first test of _names_the_counted, written out: this runs
    # at every place of every figure's sentence)
    found = [
        m for m in in_sentence
        if (m.end <= start or m.start >= end) and not (m.dateline or m.sponsor)
        and (m.start - end != 1 or not _names_the_counted(text, end, m))
    ]
    if found and "since" in text[end:e]:
        # "killed since October 7, when Hamas attacked Israel": the period's opening event, no scene of the figure
        found = [m for m in found if m.start < end or PERIOD_OPENING_BEFORE.search(text, end, m.start) is None]
    if indicator not in FLIGHT_INDICATORS and len(found) > 1:
        found = _without_origins(text, end, found)
    if found and text.find("(", s, e) >= 0:
        # a list of counts in brackets after names ("in Dadu (560), Jamshoro (400)"): each
        # name is its bracket's count's place, and no other count's
        own = [m for m in found if (b := BRACKET_COUNT_AFTER.match(text, m.end)) is not None and b.start("count") <= start < b.end()]
        if own:
            return own[0].place
        found = [m for m in found if BRACKET_COUNT_AFTER.match(text, m.end) is None]
    if indicator == "refugees":
        # a host is a country: a place of no known country ("in Tanka camp") tells none
        return _host(text, s, [m for m in found if m.place.iso3 is not None], start, end, main)
    found = _own_part(text, s, e, _scene(text, s, found), start, end)
    if len(found) > 1 and indicator not in FLIGHT_INDICATORS:
        # where an attack came from is no scene of its dead: "Mortar fire from Syria killed
        # 6 civilians in Akcakale" (people who fled from a place were displaced there)
        found = [m for m in found if not (text.endswith(_FROM_ENDS, 0, m.start) and ATTACK_FROM.search(text, (m.start - 40 if m.start - 40 > s else s), m.start))] or found
    if found and (listed := _listed_country(text, in_sentence, found, end)) is not None:
        return listed  # "1,414 deaths and 2,357 injuries in the areas of Aleppo, Latakia, Hama, Tartous and Idleb": Syria
    if found:
        where = _with_country(text, sentences, _where(text, s, found, start, end, indicator == "returned"), main, document)
        if where.admin1 is not None and (speakers := _foreign_town_of_speakers(text, s, e, where, in_sentence)) is not None:
            return speakers  # "... near Tempi, Greek authorities said": the gazetteer's Tempi is Tempe, Arizona
        if where.admin1 is not None and where.iso3 is not None and _scope_said(text, s, e, start, end, NATION_WORDS, _NATION_WORD_KEYS):
            return _country(where.iso3)  # "At least 33 people died nationwide, and ... of Mallacoota, Victoria": Australia
        return where
    if _points_elsewhere(text, s, e, start, end) and not (main is not None and main.admin1 is None and _went_elsewhere(text, s, e, start, end)):
        return None
    if indicator in NATION_SCOPED and (nation := _nationality_counted(text, end, e)) is not None:
        return nation  # "Roughly 1.2 million Iraqis have been displaced this year": in Iraq
    if (main is None or main.admin1 is None) and (speakers := _sentence_authorities(text, s, e)) is not None and (main is None or speakers.iso3 != main.iso3):
        return speakers  # "... left 3.5 million people homeless, Pakistani officials said" (in a story naming India)
    before = _previous_place(text, sentences, index, document, indicator == "returned")
    if before is not None and (main is None or (main.admin1 is None and before.iso3 == main.iso3)):
        return _country_wide(before, text, s, e, start, end)  # "... in Malawi. Nationwide, more than 19,000 were displaced."
    if before is not None and indicator == "returned" and _came_back_from_main(text, sentences[index - 1], main, document):
        return before  # "Egyptian workers returned home from Libya. Since February, 120,000 have come back": not to Libya
    scene = _paragraph_scene(text, sentences, index, document)
    if scene is not None and (main is None or scene.iso3 != main.iso3):
        # "In neighbouring Tanzania, ... 155 had died. More than 200,000 had been affected, he said."
        return _country_wide(before if before is not None and before.iso3 == scene.iso3 else scene, text, s, e, start, end)
    heading = _section_heading(text, start, mentions(text) if document is None else document)
    if heading is not None:
        return heading  # "ZIMBABWE – On 16 March the storm hit ...\nPeople injured: 200"
    if main is None and not in_sentence:
        # no place named in its sentence: a nationality says the country ("were displaced
        # by Chinese authorities"), in the sentence, or in a text that names no place at all
        return _demonym_country(text, s, e) or (_text_demonym_country(text) if not _names_a_place(text, document) else None)
    return _country_wide(main, text, s, e, start, end)


BRACKET_COUNT_AFTER = re.compile(r"[^\S\n]*\([^\S\n]*(?P<count>\d[\d,.]*)[^\S\n]*\)")  # "Dadu (560)"
# A period's start and the clause on its opening event, before a place after a figure: "since
# October 7, when Hamas attacked" (the event that opened the period; not "on Monday, when a bus
# crashed in Kano", the figure's own event).
PERIOD_OPENING_BEFORE = re.compile(r"\bsince\s+[^,;.()]{1,30},\s+when\s[^;.()]*\Z", re.REVERSE)
# A figure's place that opens a list of places after the figure, joined by commas and a last
# "and", names the list's country: "in the areas of Aleppo, Latakia, Hama, Tartous and Idleb".
LIST_OF_PLACES: int = 3  # names a list holds at least
_PLACE_LIST_JOINS: tuple[str, ...] = (", ", " and ", ", and ")


def _listed_country(text: str, in_sentence: list[Mention], found: list[Mention], end: int) -> Place | None:
    """The country of the list of places that the first of `found` after the figure ending at
    `end` opens, when it holds LIST_OF_PLACES names or more, all of one country and none a
    country; else None."""
    for first in found:  # (a loop, not next() over a generator: this runs at every figure with a place)
        if first.start >= end:
            break
    else:
        return None
    if not text.startswith(", ", first.end):
        return None  # (most places: no list after them)
    listed = [first]
    for m in in_sentence:
        if m.start > listed[-1].end and text[listed[-1].end : m.start] in _PLACE_LIST_JOINS:
            listed.append(m)
        elif m.start > listed[-1].end:
            break
    if len(listed) < LIST_OF_PLACES or len({m.place.iso3 for m in listed}) != 1 or any(_is_country(m.place) for m in listed):
        return None
    return _country(first.place.iso3) if first.place.iso3 is not None else None
SAME_NAME_LOOKS: int = 20  # places where the text names it looked at, at most (a text may repeat a name thousands of times)


def _with_country(
    text: str, sentences: list[tuple[int, int]], place: Place, main: Place | None, document: list[Mention] | None
) -> Place:
    """A place of no known country (a name only its kind made a place, nothing named around
    it: "in Tinka department") is where the text places that name elsewhere ("the Tinka
    area of the Tahoua region"); failing that, in an article about one country (its main
    place), in that country."""
    if place.iso3 is not None:
        return place
    at = text.find(place.name)
    for _ in range(SAME_NAME_LOOKS):
        if at < 0:
            break
        index = bisect.bisect_right(sentences, at, key=_first) - 1
        if index >= 0:
            s, e = sentences[index]
            for m in sentence_places(text, s, e, document):
                if m.start == at and m.place.iso3 is not None:
                    return m.place
        at = text.find(place.name, at + len(place.name))
    if main is None or main.iso3 is None:
        # a nationality of the text says it ("The Ethiopian Human Rights Commission said ...
        # in the town of Merawi"), when it names one country only
        country = _text_demonym_country(text)
        return place if country is None else Place(place.name, None, country.country, country.iso3)
    return Place(place.name, None, main.country, main.iso3)


# Nationalities ("Chinese", "Central Africans") and the countries they name, as a figure's
# country when no place is named: lexicon/nationalities.csv.
NATIONALITIES: dict[str, str] = lexicon.mapping("nationalities", "word", "country", kind="nationality")
# (not after a continental word: "Latin American", "Pan American" name no country; a
# nationality that starts with one, "South Sudanese", "Central African", matches from it)
_DEMONYM = re.compile(
    rf"(?<![\p{{L}}\p{{M}}'’-])(?<!\b(?:{_place_words('continental words')})[ \u00a0])"
    rf"(?P<word>{_phrases(NATIONALITIES)})s?(?![\p{{L}}\p{{M}}-])"
)
# Where a nationality's first word starts (for the standard library, as written: _DEMONYM
# ignores no case): every _DEMONYM match starts with one, so `_demonyms` tries the pattern
# only there.
_DEMONYM_FIRST_WORDS = _re.compile(_starts({w.split()[0] for w in NATIONALITIES}))


def _demonyms(text: str, s: int = 0, e: int | None = None) -> list[re.Match]:
    """`list(_DEMONYM.finditer(text, s, e))`, the pattern tried only where the first word of a
    nationality starts, in order, from the end of each match as `finditer` goes on: its
    alternation of some 150 phrases, tried at every character of a whole text, cost about a
    million instructions a dense article (the votes between places of one name)."""
    e = len(text) if e is None else e
    found = []
    at = s
    while (first := _DEMONYM_FIRST_WORDS.search(text, at, e)) is not None:
        m = _DEMONYM.match(text, first.start(), e)  # (its look-behind reads before the start, as finditer's does)
        if m is None:
            at = first.start() + 1
        else:
            found.append(m)
            at = m.end()
    return found


# A count right before a nationality: the nationality is the people counted ("12 Americans").
COUNTED_BEFORE = re.compile(r"\d[\d,.]*(?:[ \u00a0]+(?:million|thousand|more|other|of[ \u00a0]+the))?[ \u00a0]+\Z", re.REVERSE)
COUNTED_REACH: int = 24  # characters before a nationality looked at for its count


# Indicators whose people, counted by their nationality and no place named, are in their
# own country: "1.3 million Somalis displaced" (not the killed: "Eight of the dead were
# Mexican nationals" died in Texas; nor refugees, abroad by definition).
NATION_SCOPED: frozenset[str] = frozenset({"displaced", "in_need", "affected"})
_NATIONALITY_AFTER = re.compile(r"[ \u00a0]+(?:more[ \u00a0]+|other[ \u00a0]+)?")


def _ethnic(text: str, at: int) -> bool:
    """"ethnic" stands right before `at`: "ethnic Uzbeks", "ethnic Amhara" name a people,
    often a minority away from the country or region of the name."""
    return at > 7 and text[at - 7 : at - 1].lower() == "ethnic" and text[at - 1].isspace()


def _nationality_counted(text: str, end: int, e: int) -> Place | None:
    """The country of the nationality a count ending at `end` counts ("1.2 million Iraqis")."""
    gap_ = _NATIONALITY_AFTER.match(text, end, e)
    m = _DEMONYM.match(text, gap_.end() if gap_ else end, e)
    if m is None:
        return None  # (nor after "ethnic": "300 ethnic Uzbeks" counts a people, not Uzbekistan's)
    place = PLACES.get(NATIONALITIES[" ".join(m.group("word").split())])
    return place if place is not None and place.admin1 is None else None


def _demonym_country(text: str, s: int, e: int, counted: bool = False) -> Place | None:
    """The one country the nationalities in text[s:e] name, leaving out the actors of an
    attack ("Israeli strikes killed", "Russian shelling": see ACTOR_AFTER) and the people a
    count counts ("12 Americans were among the dead", "3,000 Sudanese crossed into Chad"):
    who they are, not where it happened. With `counted`, those too (where returnees went back to)."""
    countries = {
        NATIONALITIES[" ".join(m.group("word").split())]  # "Central\nAfrican" in wrapped text
        for m in _demonyms(text, s, e)
        if not _actor_after(text, m.end())
        and (counted or not COUNTED_BEFORE.search(text, (m.start() - COUNTED_REACH if m.start() > COUNTED_REACH else 0), m.start()))
        and not _ethnic(text, m.start())
    }
    if len(countries) != 1:
        return None
    place = PLACES.get(countries.pop())
    return place if place is not None and place.admin1 is None else None


@lru_cache(maxsize=8)  # the figures of one text share it
def _text_demonym_country(text: str) -> Place | None:
    """`_demonym_country` of the whole text, read once for it."""
    return _demonym_country(text, 0, len(text))


def _names_a_place(text: str, document: list[Mention] | None) -> bool:
    return bool(document if document is not None else mentions(text))


# A count over the whole world, said near it: no place of the sentence is its own ("The
# number of people forced to flee worldwide hit 110 million, driven largely by the war in
# Sudan"). place_words.csv world scope words.
WORLDWIDE = re.compile(rf"\b(?:{_place_words('world scope words')})\b", re.IGNORECASE)
WORLDWIDE_REACH = 80  # characters around the count
# Words one of which every world scope phrase holds, lower case: without one, none is near.
_WORLD_KEYS: tuple[str, ...] = covering_words(lexicon.word_list("world scope words", "place_words"))


def _worldwide(text: str, s: int, e: int, start: int, end: int) -> bool:
    """A world scope word in the clause of the count at text[start:end], within
    WORLDWIDE_REACH of it, or opening its sentence ("Globally, 8,565 migrants died")."""
    return _scope_said(text, s, e, start, end, WORLDWIDE, _WORLD_KEYS)


def _scope_said(text: str, s: int, e: int, start: int, end: int, scope: re.Pattern, keys: tuple[str, ...]) -> bool:
    """A phrase of `scope` in the clause of the count at text[start:end], within
    WORLDWIDE_REACH of it, or opening its sentence; `keys`, one of which every such phrase
    holds in lower case, are looked for first."""
    lo, hi = (start - WORLDWIDE_REACH if start - WORLDWIDE_REACH > s else s), (end + WORLDWIDE_REACH if end + WORLDWIDE_REACH < e else e)
    stretch = text[lo:hi].lower()
    for key in keys:  # (a loop, not any() over a generator: this runs twice at every figure)
        if key in stretch:
            break
    else:
        return False  # (the common case, made fast)
    for m in scope.finditer(text, lo, hi):
        between = text[m.end() : start] if m.end() <= start else text[end : m.start()]
        if not CLAUSE_MARK.search(between) or not text[s : m.start()].strip():
            return True
    return False


CLAUSE_MARK = re.compile(r"[,;:()]")


# A count over a whole country, said near it: "Nationwide, 9.5 million people were affected",
# "affected in 41 provinces". A place it takes from elsewhere (the sentence before, the
# paragraph, the text's main place) gives only its country. place_words.csv country scope
# words and scope units.
NATIONWIDE = re.compile(
    rf"\b(?:{_place_words('country scope words')}"
    rf"|(?:in|across)\s+(?:all\s+)?(?:\d+|{_phrases([*UNITS, *TENS])})(?:\s+of\s+(?:the\s+)?(?:country's\s+)?\d+)?\s+(?:{_place_words('scope units')}))\b",
    re.IGNORECASE,
)
# ... the country scope words alone: a figure they scope is the country's even where its
# sentence names a place in it ("33 died nationwide, and residents of Mallacoota, Victoria"),
# which "in 41 provinces" does not say.
NATION_WORDS = re.compile(rf"\b(?:{_place_words('country scope words')})\b", re.IGNORECASE)
_NATION_WORD_KEYS: tuple[str, ...] = ("nation", "country")
_NATION_KEYS: tuple[str, ...] = ("nation", "country", *(w.lower()[:5] for w in lexicon.word_list("scope units", "place_words")))


def _nationwide(text: str, s: int, e: int, start: int, end: int) -> bool:
    """A country scope phrase in the clause of the count at text[start:end] (as `_worldwide`)."""
    return _scope_said(text, s, e, start, end, NATIONWIDE, _NATION_KEYS)


def _country_wide(place: Place | None, text: str, s: int, e: int, start: int, end: int) -> Place | None:
    """`place`, taken from outside the figure's sentence, or its country only when the figure
    counts a whole country."""
    if place is None or place.admin1 is None or place.iso3 is None or not _nationwide(text, s, e, start, end):
        return place
    return _country(place.iso3)


def _section_heading(text: str, start: int, document: list[Mention]) -> Place | None:
    """The country heading the section the figure at `start` is in: the last country named in
    capitals alone at the start of a line before it ("ZIMBABWE – ...", "MALAWI:"), as a
    situation report heads each country's rows."""
    if "\n" not in text:
        return None  # one line: a heading would open the text, and be its main place
    for m in reversed(document):
        if m.start >= start:
            continue
        if m.place.admin1 is None and not m.dateline and text[m.start : m.end].isupper() and _opens_a_line(text, m.start):
            return m.place
    return None


def _opens_a_line(text: str, at: int) -> bool:
    line = text.rfind("\n", 0, at) + 1
    return text[line:at].strip(" \t") == ""


def _previous_place(
    text: str, sentences: list[tuple[int, int]], index: int, document: list[Mention] | None, returned: bool = False
) -> Place | None:
    """The place the previous sentence of the same paragraph names, if it names one (of
    several, "in Cabo Delgado, Niassa and Nampula provinces", none is the next sentence's
    more than another). For a return, not where people came back from: "5,000 a day were
    returning from Pakistan. More than 370,000 have returned" are back in Afghanistan, not
    Pakistan; "Egyptian workers returned home from Libya. Since February, 120,000 have come
    back" to Egypt, which only their nationality names."""
    if index == 0:
        return None
    s, e = sentences[index - 1]
    if text.find("\n\n", e, sentences[index][0]) >= 0 or text.find("\n\n", s, e) >= 0:  # (no slice of the sentence)
        return None
    # (not a part's place: "killed 121 people in Madagascar, 112 of them in Ikongo district")
    named = _without_parts_places(text, s, [m for m in sentence_places(text, s, e, document) if m.of_a_scene])
    if named and text.find("alone", s, e) >= 0 and not REFERS_BACK.search(text, *sentences[index]):
        # "In Miyagi prefecture alone, 4,882 had died. About 360,000 people were in shelters":
        # the place of a part of a wider count, not the next sentence's (unless it points back
        # to it: "The toll in Derna alone rose to 11,300. ... missing in the devastated city")
        named = [m for m in named if not PART_ALONE_AFTER.match(text, m.end)]
    if named and returned:
        came_from = _came_from(text, s, named)
        if came_from:
            home = _home_of_returnees(text, s, named)
            if home is not None:
                return home
            named = [m for m in named if m not in came_from]
    if not named:
        return None
    if len(named) > 1:
        # (not where people went, when the sentence names where they were: "have fled Ukraine,
        # with 2.4 million entering Poland. Another 7.1 million are displaced within the country")
        stayed = [
            m for m in named
            if not _said_before(text, s, m.start, TOWARDS, _TOWARDS_ENDS, TOWARDS_REACH)
            and not _said_before(text, s, m.start, HOSTED_BY, _HOSTED_BY_ENDS, HOSTED_REACH)
        ]
        named = stayed or named
    last = named[-1].place
    if last.iso3 is not None and all(m.place.iso3 == last.iso3 for m in named) and len({m.place.admin1 for m in named} - {None}) > 1:
        # places of several regions of one country ("In Sindh province, 326 people were killed,
        # while in Khyber Pakhtunkhwa 264 people died"): none is the next sentence's; their country is
        return _country(last.iso3)
    listed = _listed_together(text, named)
    if len(listed) < 2 or last.admin1 is None or any(m.place.iso3 != last.iso3 or m.place.admin1 is None for m in listed):
        return last
    # a list of places of one country ("in Cabo Delgado, Niassa and Nampula provinces"): none
    # is the next sentence's more than another, their region or their country is
    if all(m.place.admin1 == last.admin1 for m in listed) and (region := _region(last.admin1, last.iso3)) is not None:
        return region
    return _country(last.iso3)


# Between the places of a list: a comma, "and", "or" (all of it: `fullmatch`).
PLACES_JOIN = _re.compile(r"(?:\s+[a-z]+)?\s*(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+)")  # ("Negros island and Caraga")


def _listed_together(text: str, named: list[Mention]) -> list[Mention]:
    """The last run of distinct places named as a list, each after the one before with a
    comma, "and" or "or" between ("Cabo Delgado, Niassa and Nampula"); one place alone
    when it ends no list."""
    run = [named[-1]]
    for m in reversed(named[:-1]):
        if m.place == run[-1].place or not PLACES_JOIN.fullmatch(text, m.end, run[-1].start):
            break
        run.append(m)
    return run


# A paragraph opening on its scene: "In neighbouring Tanzania, ...", "In Burundi, ...".
SCENE_OPENER = re.compile(r"\s*[Ii]n\s+(?:(?:the\s+)?\p{Ll}+\s+)?\Z")


def _paragraph_scene(text: str, sentences: list[tuple[int, int]], index: int, document: list[Mention] | None) -> Place | None:
    """The place a paragraph opens on ("In neighbouring Tanzania, ..."), for a later sentence
    of that paragraph that names no place of its own."""
    paragraph = text.rfind("\n\n", 0, sentences[index][0])
    start = 0 if paragraph < 0 else paragraph + 2
    while start < len(text) and text[start].isspace():
        start += 1
    if not text.startswith(("In ", "in "), start) or start >= sentences[index][0]:
        return None  # (the common case, made fast: no paragraph opening on "In ...")
    first = bisect.bisect_right(sentences, start, key=_first) - 1
    if first < 0 or first >= index:
        return None
    s, e = sentences[first]
    named = [m for m in sentence_places(text, s, e, document) if m.of_a_scene]
    if not named or SCENE_OPENER.fullmatch(text, s, named[0].start) is None or not text.startswith(",", named[0].end):
        return None
    return named[0].place


def main_place(
    text: str, sentences: list[tuple[int, int]], document: list[Mention] | None = None
) -> Place | None:
    """The place the article is clearly about: its most-named place, if that dominates.
    `document` is `mentions(text)` when the caller has it."""
    named = mentions(text) if document is None else document
    if not any(m.of_a_scene for m in named):
        named = [m for m in named if not m.sponsor]  # "a Britain-based monitor said" alone names no scene
    # where a statement was made is not what the story is about: "Speaking to reporters in Geneva, ..."
    named = [m for m in named if not _at_venue(text, (m.start - VENUE_REACH if m.start > VENUE_REACH else 0), m.start)]
    # nor is a country that attacks: "A year after Russia's full-scale invasion, ..."; nor a
    # place one part of the story is told of: "In Sindh alone, 5.7 million have been displaced"
    # (its region still counts, or its country when the text names another of its regions)
    named = [m for m in named if not (m.place.admin1 is None and _actor_after(text, m.end))]
    if "alone" in text:
        named = [_the_whole_of(m, named) if m.place.admin1 is not None and ALONE_AFTER.match(text, m.end) else m for m in named]
    # The dateline says where the story was filed, and "neighbouring Cameroon" (with its
    # places) is not the country the story is about: the main place only when nothing else is named.
    neighbours = (
        {m.place.iso3 for m in named if m.place.admin1 is None and _neighbouring(text, m)}
        if _may_say_neighbouring(text) else set()
    )
    counts = (
        _counted([m.place for m in named if not m.dateline and m.place.iso3 not in neighbours])
        or _counted([m.place for m in named if not m.dateline])
        or _authorities_country(text)
        or _counted([m.place for m in named])
    )
    total = sum(map(_second, counts))
    if not total:
        return None
    by_country: dict[str | None, int] = {}
    for place, n in counts:
        by_country[place.iso3] = by_country.get(place.iso3, 0) + n
    (iso3, n), *rest = _two_most(by_country.items())
    only_country = len(by_country) == 1  # a text naming one country's places is about it
    if iso3 is None or (n < MAIN_MIN_MENTIONS and not only_country):
        return None
    if n < MAIN_COUNTRY_SHARE * total or n < MAIN_LEAD * rest[0][1]:
        # no country dominates: the one the story was filed from, if named most ("GOMA, ... -
        # M23 rebels captured most of Goma, as thousands fled into Rwanda")
        if not (n > rest[0][1] and any(m.dateline and m.place.iso3 == iso3 for m in named)):
            return None
    below = [(p, k) for p, k in counts if p.iso3 == iso3 and p.admin1 is not None]
    ranked = _two_most(below)
    top, k = ranked[0]
    nationwide = sum(k for p, k in counts if p.iso3 == iso3 and p.admin1 is None)
    if top is not None and k >= MAIN_MIN_MENTIONS and k >= MAIN_LEAD * ranked[1][1] and 2 * k >= nationwide:
        if 2 * k >= sum(n for _, n in below):
            return top
        # a town named most among many places of its region ("Zamzam" twice, with Abu
        # Shouk, El Fasher, Tawila and North Darfur): the story is about the region
        return _one_region(below) or _country(iso3)
    return _country(iso3)


# A state's authority named by its nationality: "The Sudanese Health Ministry said", "Malawian
# authorities" (attribution.csv state heads, and the ministries and forces of a state).
AUTHORITY_AFTER = re.compile(
    rf"[ \u00a0]+(?:[\p{{L}}\-]+[ \u00a0]+){{0,2}}?(?i:{_phrases([*lexicon.word_list('state heads', 'attribution'), 'ministry', 'police', 'armed forces', 'civil defence', 'civil defense'])})\b"
)


def _authorities_country(text: str) -> list[tuple[Place, int]]:
    """The country whose authorities the text names by their nationality, when it names no
    place but its dateline: "CAIRO ... The Sudanese Health Ministry said 165 people had been
    killed" is about Sudan, not Egypt, where it was filed."""
    country = _one_nation_before(text, 0, len(text), AUTHORITY_AFTER)
    return [(country, 1)] if country is not None else []


# The civil authorities' words (one stands, in any case, in every SPEAKING_AUTHORITY_AFTER match).
_AUTHORITY_WORDS: tuple[str, ...] = ("government", "ministry", "officials", "authorities", "police")
# The civil authorities of a state named by its nationality as a sentence's speakers: "Pakistani
# officials said", "the Sudanese Health Ministry said" (not its military, which tells of its
# kills abroad: "The Israeli military said it had killed 10,000 Hamas fighters").
SPEAKING_AUTHORITY_AFTER = re.compile(
    rf"[ \u00a0]+(?:[\p{{L}}\-]+[ \u00a0]+){{0,2}}?(?i:{'|'.join(_AUTHORITY_WORDS)})"
    rf"[ \u00a0]+(?:(?:has|have|had)[ \u00a0]+)?(?:{_phrases(lexicon.column('report_verbs', 'words', kind='verb'))})\b"
)


def _may_quote_authorities(lower: str) -> bool:
    """One of the authorities' words stands in the lowered sentence: SPEAKING_AUTHORITY_AFTER
    may match (a loop of substring tests, not a scan of the sentence for nationalities)."""
    for word in _AUTHORITY_WORDS:
        if word in lower:
            return True
    return False


def _sentence_authorities(text: str, s: int, e: int) -> Place | None:
    """The one country whose authorities speak in text[s:e], named by their nationality, when
    the sentence names no place: where what they tell of happened."""
    return _one_nation_before(text, s, e, SPEAKING_AUTHORITY_AFTER)


def _foreign_town_of_speakers(text: str, s: int, e: int, town: Place, in_sentence: list[Mention]) -> Place | None:
    """The country of the authorities speaking in text[s:e], named by their nationality, when
    `town` lies in another country, nothing else the sentence names does, and it names no
    place of the speakers' country ("Israeli officials say 900 were killed in Israel; Gaza's
    health ministry says 687": Gaza is Gaza): the gazetteer
    holds no town of that name in the speakers' country (the choice among namesakes would
    have taken it), so the name is a smaller place there it lacks ("a freight train near
    Tempi, Greek authorities said"; "Uiseong and Andong, South Korean officials said")."""
    cache = _sentence_cache()
    key = ("authorities", s, e)  # (the sentence's figures ask alike: read once while the cache holds the text)
    if cache.get("text") is text and key in cache:
        speakers = cache[key]
    else:
        speakers = _sentence_authorities(text, s, e) if _may_quote_authorities(text[s:e].lower()) else None
        if cache.get("text") is text:
            cache[key] = speakers
    if speakers is None or speakers.iso3 == town.iso3:
        return None
    if any((m.place.iso3 == town.iso3 and m.place != town) or m.place.iso3 == speakers.iso3 for m in in_sentence):
        return None  # another place of the town's country named too, or a place of the speakers' (theirs to name)
    return speakers


def _one_nation_before(text: str, s: int, e: int, after: re.Pattern) -> Place | None:
    """The country of the nationalities in text[s:e] that `after` follows, when they are all
    one country's; None for none, or several."""
    found = None
    for m in _demonyms(text, s, e):
        if after.match(text, m.end(), e) is not None:
            place = PLACES.get(NATIONALITIES[" ".join(m.group("word").split())])
            if place is None or place.iso3 is None:
                continue
            if found is not None and found.iso3 != place.iso3:
                return None
            found = _country(place.iso3)
    return found


def _the_whole_of(m: Mention, named: list[Mention]) -> Mention:
    """A place one part of the story is told of ("In Barpeta alone", "In Sindh alone"), as a
    vote for the whole it is part of: a town's region; a region's country, when the text names
    another region of that country ("Sindh and Balochistan, the hardest-hit provinces")."""
    place = m.place
    if place.name != place.admin1:
        region = _region(place.admin1, place.iso3)
        return m._replace(place=region) if region is not None else m
    others = {o.place.admin1 for o in named if o.place.iso3 == place.iso3 and o.place.admin1 not in (None, place.admin1)}
    return m._replace(place=_country(place.iso3)) if others and place.iso3 else m


def _one_region(below: list[tuple[Place, int]]) -> Place | None:
    """The first-level subdivision every place of `below` lies in, when they share one and
    the gazetteer knows it; else None."""
    regions = {(p.admin1, p.iso3) for p, _ in below}
    return _region(*regions.pop()) if len(regions) == 1 else None


def _region(admin1: str, iso3: str | None) -> Place | None:
    """The place of the first-level subdivision `admin1` of the country `iso3`, if the
    gazetteer knows it as one."""
    region = PLACES.get(admin1)
    return region if region is not None and region.iso3 == iso3 and region.admin1 == region.name else None


def _counted(named: list[Place]) -> list[tuple[Place, int]]:
    """`Counter(named).items()` as a list, the places equal to each other counted as one (the
    first of them kept), in the order each was first named: without hashing a Place, whose
    hash is a call of Python (a frozen dataclass's), once for every place a text names. Equal
    places have equal fields, which a tuple of them hashes in C."""
    index: dict[tuple, int] = {}
    out: list[list] = []
    for place in named:
        key = (place.name, place.admin1, place.country, place.iso3, place.admin1_code, place.lat, place.lon)
        at = index.get(key)
        if at is None:
            index[key] = len(out)
            out.append([place, 1])
        else:
            out[at][1] += 1
    return [(place, n) for place, n in out]


def _two_most(counted: Iterable[tuple[object, int]]) -> list[tuple[object, int]]:
    """The two (thing, count) pairs of the highest counts, the first counted first on a tie,
    then (None, 0) - `Counter.most_common(2) + [(None, 0)]` without building a Counter (a
    Place's hash is a call of Python) or heapq's Python loop, for a handful of pairs."""
    return sorted(counted, key=_second, reverse=True)[:2] + [(None, 0)]


_second = itemgetter(1)


# A country named as the neighbour of the one a story is about: "in neighbouring Cameroon".
NEIGHBOURING = re.compile(rf"\b(?i:{NEIGHBOURING_WORDS})\s+\Z", re.REVERSE)
NEIGHBOURING_REACH: int = 14  # characters before a place where "neighbouring" stands


def _may_say_neighbouring(text: str) -> bool:
    """Whether `NEIGHBOURING` may match anywhere in `text` (a text, or the stretch before a
    place): an ASCII text must hold the word (most hold none, and the test costs less than
    a pattern at each country)."""
    return not text.isascii() or "neighbo" in text.lower()


def _neighbouring(text: str, m: Mention) -> bool:
    return _after_neighbouring(text, m.start)


def _after_neighbouring(text: str, at: int) -> bool:
    """"neighbouring" right before `at`; the pattern runs only where the characters before
    may hold it (most texts hold some character beyond ASCII, their stretches seldom)."""
    lo = (at - NEIGHBOURING_REACH if at > NEIGHBOURING_REACH else 0)
    return _may_say_neighbouring(text[lo:at]) and NEIGHBOURING.search(text, lo, at) is not None


# Where one part of a sentence ends: a semicolon, a dash between spaces, a comma before
# the next number or before "while", "but", "and", "whereas" (a list: "1,293 deaths in
# Al Haouz, 452 in Taroudant and 41 in Ouarzazate"), a colon before a number (a total's
# list: "killed 1,870 people: 1,102 in Lorca, ..."), a line's end before a heading in capitals.
CONTRAST_WORDS: str = alternation("contrast words")  # "while", "but"
# The qualifiers between a comma and the next count ("about", "at least"), a space in them one space.
_BREAK_QUALIFIER_WORDS: tuple[str, ...] = (*lexicon.word_list("rough qualifiers"), *lexicon.word_list("part break qualifiers"))
_BREAK_QUALIFIERS: str = _phrases(_BREAK_QUALIFIER_WORDS).replace(r"\s+", "[ ]")
# A list item that names its place before "with" and a count: "followed by Taroudant with 976
# and Chichaoua with 202".
_WITH_COUNT = r"\p{Lu}[\p{L}'’-]*(?:[ ][\p{L}'’-]+){0,2}[ ]+with[ ]+(?:\S+[ ]+)?\d"
# A small count in words, where a count in digits would stand: "seven in Romania, five in Poland".
COUNT_WORDS: tuple[str, ...] = tuple(sorted(w for w in (*UNITS, *TENS) if UNITS.get(w) != 0))
_COUNT_WORD = rf"(?:{_phrases(COUNT_WORDS)})\b"
# What a part break goes on with: a count in digits, or one in words and its place's preposition.
_COUNT_AHEAD = rf"(?:\d|{_COUNT_WORD}[ ]+(?:in|at|on)[ ])"
PART_BREAK = re.compile(
    rf"""
    ; | [ ][—–-][ ] | : (?= [ ]+ {_COUNT_AHEAD} )
    | , (?= [ ]+ (?: (?:{_BREAK_QUALIFIERS})[ ]+ )? {_COUNT_AHEAD} )
    | , (?= [ ]+ (?:{CONTRAST_WORDS}|and[ ]+ (?: (?:{_BREAK_QUALIFIERS})[ ]+ )? {_COUNT_AHEAD}) \b )
    | , (?= [ ]+ and [ ]+ (?:in|at) [ ]+ \p{{Lu}} )                 # ", and in Madagascar 17 people died"
    | , (?= [ ]+ \p{{Lu}}[\p{{L}}'’-]* (?: [ ]\p{{L}}[\p{{L}}'’-]* ){{0,3}} :[ ]+ \d )   # ", Punjab: 14 dead": the next row's label
    | [ ] and (?= [ ]+ (?: (?:{_BREAK_QUALIFIERS})[ ]+ )? {_COUNT_AHEAD} )
    | (?: , | [ ] and ) (?= [ ]+ (?: followed [ ]+ by [ ]+ )? {_WITH_COUNT} )
    | \n (?= [ \t]* \p{{Lu}}{{3,}} )
    """,
    re.VERBOSE,
)
# What every PART_BREAK starts with: a semicolon; a colon or a comma, then a space (not the
# comma of "1,200"); a dash or "and" between spaces; a line's end before a heading in
# capitals (see _part_breaks).
PART_BREAK_STARTS: tuple[str, ...] = (";", ": ", ", ", " - ", " \u2014 ", " \u2013 ", " and ", "\n")
# After a comma and a space, or "and" between spaces, a break goes on with more white space,
# a digit, a capital (a place's row, "followed by" one's: see _BREAK_ROW_INITIALS), a
# qualifier before a count, a contrast word or "and" (see PART_BREAK's branches that open
# with them): in ASCII, the first character or the first word (with the space after it where
# the pattern wants one) says whether it may.
_BREAK_GOES_ON_CHARS: frozenset[str] = frozenset(" 0123456789")
_BREAK_GOES_ON_WORDS: tuple[str, ...] = tuple(
    sorted({*(q.split()[0] + " " for q in _BREAK_QUALIFIER_WORDS), *lexicon.word_list("contrast words"), "and ", "followed ", *(w + " " for w in COUNT_WORDS)})
)
# The same words by their first character: a break's start is tried against those only.
_BREAK_GOES_ON_BY_INITIAL: dict[str, tuple[str, ...]] = {
    c: tuple(w for w in _BREAK_GOES_ON_WORDS if w[0] == c) for c in {w[0] for w in _BREAK_GOES_ON_WORDS}
}
# An ASCII capital goes on with a break only as the next row's label (", Punjab: 14 dead") or
# the place of a count "with" ("and Chichaoua with 202"): in a sentence holding a colon or "with".
_BREAK_ROW_INITIALS: frozenset[str] = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
_BREAK_ROW_WORDS: tuple[str, ...] = (":", "with")
_GATED_BREAK_STARTS: frozenset[str] = frozenset({", ", " and "})


def _part_breaks(text: str, s: int, e: int) -> list[re.Match]:
    """`PART_BREAK.finditer(text, s, e)`, the pattern tried only where one of
    PART_BREAK_STARTS stands: a sentence has a few such places, and the pattern, which may
    start at any space, costs about 100 instructions a character of the sentence to scan.
    After a comma or an "and" (most of those places), only where what follows may go on
    with a break (see _BREAK_GOES_ON_CHARS): a failing call of the pattern costs some
    13,000 instructions."""
    sentence = text[s:e]
    starts = []
    rows = None  # whether the sentence holds one of _BREAK_ROW_WORDS (read at the first capital)
    for start in PART_BREAK_STARTS:
        if start not in sentence:
            continue  # most: `in` costs less than a call of `find`
        at = sentence.find(start)
        if start in _GATED_BREAK_STARTS:
            goes_on = len(start)
            while at >= 0:
                # (safe: an ASCII character other than those, or a word other than those,
                # fails each branch of PART_BREAK that opens with the comma or the "and"; a
                # capital fails each but the row's and the "with" count's, which need their words)
                after = sentence[at + goes_on : at + goes_on + 1]
                if not after.isascii() or after in _BREAK_GOES_ON_CHARS:
                    starts.append(s + at)
                elif after in _BREAK_ROW_INITIALS:
                    if rows is None:
                        rows = any(word in sentence for word in _BREAK_ROW_WORDS)
                    if rows:
                        starts.append(s + at)
                elif sentence.startswith(_BREAK_GOES_ON_BY_INITIAL.get(after, ()), at + goes_on):
                    starts.append(s + at)
                at = sentence.find(start, at + 1)
            continue
        while at >= 0:
            starts.append(s + at)
            at = sentence.find(start, at + 1)
    starts.sort()
    breaks: list[re.Match] = []
    reach = s
    for at in starts:
        if at >= reach and (m := PART_BREAK.match(text, at, e)) is not None:
            breaks.append(m)
            reach = m.end()
    return breaks


# A part of a sentence that places only some of the people counted before it.
PART_OF_THEM = re.compile(
    r"\(\s*\d[\d,.]*\s+(?:[a-z]+\s+){0,2}?(?:in|from)\s"  # "(1,057 in Taiz, 612 in Hodeidah)": a bracketed breakdown by place
    rf"|,\s+(?:(?:{_BREAK_QUALIFIERS})\s+)?(?:(?:most|many|some|half|several|mostly|mainly|the majority)\b(?:\s+of\s+(?:them|whom|those|these))?"
    r"|of\s+(?:them|whom)\s+(?:[\w-]+\s+){0,2}?\d(?:[.,]?\d)*"  # ", of whom 1.9 million are in Tigray"
    rf"|(?:including|among\s+them|among\s+whom)\s+(?:(?:[\w-]+\s+){{0,2}}?\d(?:[.,]?\d)*|{_COUNT_WORD}\s+(?:in|at|on)\s)"  # ", including 22 in Sindh", "12,000", "one in Lutsk"
    r"|with\s+\d(?:[.,]?\d)*\s+(?:[a-z]+\s+){0,3}?(?:in|from)\s"  # ", with 104 in North Carolina", ", with 49 deaths confirmed in", ", with 45 of the deaths in"
    r"|\d[\d,.]*(?:\s+[a-z]+)?\s+of\s+(?:them|whom)\b)"  # ", 400,000 of them in Poland"
    rf"|\swith\s+(?:\d(?:[.,]?\d)*|{_COUNT_WORD})\s+more\s+(?:[a-z]+\s+)?(?:in|from)\s",  # "rose to 70 with two more deaths in Dhubri"
    re.IGNORECASE,
)
REFUGEE_WORDS: tuple[str, ...] = ("refugee", "asylum")
WHOLE_REACH = 16  # characters: "Of the " and its quotes


def _counts_refugees(text: str, a: int, b: int) -> bool:
    """text[a:b] names refugees or asylum seekers (read lowered: most parts hold neither)."""
    part = text[a:b].lower()
    return any(w in part for w in REFUGEE_WORDS)


def _after_a_part_of_them(text: str, end: int, at: int) -> bool:
    """ ", most of them" (PART_OF_THEM) stands between the count ending at `end` and `at`,
    in the same stretch of the sentence as `at` (not ", including 74,000 children, have been
    displaced from Al-Hasakeh": the part's clause is closed before the place)."""
    if text.find(",", end, at) < 0 and text.find("(", end, at) < 0 and text.find(" with ", end, at) < 0:
        return False  # (a part opens after a comma or a bracket, or with "with": "rose to 70 with two more deaths in Dhubri")
    part = None
    for part in PART_OF_THEM.finditer(text, end, at):
        pass
    return part is not None and text.find(",", part.end(), at) < 0


def _own_part(text: str, s: int, e: int, found: list[Mention], start: int, end: int) -> list[Mention]:
    """The places in the figure's own part of the sentence, when that part names one: in
    "1,293 deaths in Al Haouz, 452 in Taroudant" each count has its own place. Otherwise the
    places of the parts before it, then of the parts after it up to a turn ("600 lives on
    the Israeli side, while Gaza officials reported at least 370 deaths": Gaza is the 370's,
    and the 600 get no place from this sentence)."""
    parts, contrast = _parts(text, s, e)
    if len(parts) == 1:
        mine = last = since = 0  # (a sentence of one part, most: what the searches below find in it)
    else:
        mine = next(i for i, (lo, hi) in enumerate(parts) if lo <= start < hi or i == len(parts) - 1)
        since = max((k for k in range(mine + 1) if contrast[k]), default=0)  # the last turn up to the figure's part
        # a break inside the figure's own words is none: "Between 300 and 450 families"
        last = next(i for i in range(mine, len(parts)) if end <= parts[i][1] or i == len(parts) - 1)
    turned = contrast[mine]  # the figure's part turns from the parts before: "...; Gaza's health ministry says 687"
    lo, hi = parts[mine][0], parts[last][1]
    mine = last
    # (not a place after "most of them": "190 people died, most of them in Blantyre" places a part)
    after = [m for m in found if m.start >= end]
    parts_places = set()
    if after:  # (no place after the count, most figures: none of them is a part's)
        parts_places = {m.start for m in after} - {m.start for m in _without_parts_places(text, end, after)}
        # (nor the label of a later row: "Sindh recorded 347 deaths, Khyber Pakhtunkhwa 264 and Punjab
        # 168"; nor a place that owns a later count: "with Lao Cai accounting for 59 deaths")
        parts_places.update(m.start for m in after if _labels_a_row(text, m) or _owns_a_count(text, m))
    own = [m for m in found if lo <= m.start and m.end <= hi and m.start not in parts_places]
    own_scenes = [m for m in own if not _owns_a_body(text, m.end)]
    owners = [m for m in own if m not in own_scenes] if len(own_scenes) < len(own) else []  # (most: no owner)
    if own_scenes and owners and _inside_all(owners, own_scenes):
        return owners  # "Brazil floods, latest: Rio Grande do Sul's civil defence counted 143 deaths": the state's body counts in the state
    if own_scenes or len(parts) == 1 or (own and turned):
        # (nor a place only a part of the count names: "killed 47 people, including 22 in Sindh")
        # (a part that turns from the one before, naming its speaker's place, is that place's:
        # "900 killed in Israel; Gaza's health ministry says 687 Palestinians have been killed")
        return own_scenes or own or [m for m in found if m.start not in parts_places]
    # The parts before set the scene ("In South Sudan, 2.3 million fled, 650,000 across
    # borders and 1.65 million inside the country"); the parts after, up to a turn ("while",
    # "but", a semicolon), may close it ("773 bodies and 2,880 injured in Goma").
    # (not the places of another count's parts: "1,262 people were killed, mostly in Aleppo,
    # Latakia and Hama, while the White Helmets reported 1,280 deaths in the northwest")
    earlier = _without_parts_places(text, s, [m for m in found if m.end <= lo])
    if since and (after_turn := [m for m in earlier if m.start >= parts[since][0]]):
        earlier = after_turn  # the places since the last turn, when it names one: "...; Gaza's health ministry says 687 Palestinians have been killed and 3,726 wounded"
    # a part that counts refugees names where they are hosted, not the scene of the others:
    # "Sudan: 1.2 million displaced; 450,000 refugees in Chad; 15,000 killed" (the 15,000 in Sudan)
    hosts = [(a, b) for a, b in parts[:mine] if _counts_refugees(text, a, b)]
    if hosts:
        earlier = [m for m in earlier if not any(a <= m.start < b for a, b in hosts)]
    scenes = [m for m in earlier if not _owns_a_body(text, m.end)]
    later = []
    # (not "Of the 312 dead, 40 were in Albay": the place of a part after its whole)
    whole_of_parts = start - lo < WHOLE_REACH and PART_OPENER.match(text, lo, start) is not None
    # (nor, in a total's list, a place of the next row when the count's own row says where,
    # unnamed: "killed 48 people: 32 in the displacement camp, 10 in the town centre and 6 in Ndele")
    own_site = text.find(": ", s, start) >= 0 and OWN_SITE.search(text, end, hi) is not None
    for (a, b), turn in zip(parts[mine + 1 :], contrast[mine + 1 :]):
        if turn or whole_of_parts or own_site:
            break
        if (text.find("into", a, b) >= 0 or text.find("across", a, b) >= 0 or text.find("abroad", a, b) >= 0) and ABROAD_PART.match(text, a, b):
            continue  # "fled their homes and 20,000 into Uganda": where the next count went, not this one's scene
        if _DIGIT.search(text, a, b) is not None and READING_IN.search(text, a, b) is not None:
            continue  # "52,000 were relocated, and 744.8 mm of rain fell at a reservoir in Changping": where it was read
        # (not a place of its own part alone: "and 28,000 homes were destroyed in Mandalay alone")
        later += [
            m for m in found
            if a <= m.start and m.end <= b and not ALONE_AFTER.match(text, m.end) and m.start not in parts_places
        ]
    if _several_places(later):
        # a name only its kind made a place, in the region of a place of the gazetteer named
        # with it ("Manbij city, Aleppo governorate"), adds no place of its own here
        regions = {(m.place.iso3, m.place.admin1) for m in later if m.place.name in CANDIDATES}
        later = [m for m in later if m.place.name in CANDIDATES or (m.place.iso3, m.place.admin1) not in regions]
    if _several_places(later):
        later = _most_specific(later)
    if scenes and owners and _inside_all(owners, scenes):
        # the owners' rule above, against the scene the parts before set (own holds owners
        # only here): "In Yemen, Hodeidah's health office said 19 were killed" is Hodeidah's
        return owners
    if scenes and not (later and _inside_all(later, scenes)):
        return scenes
    # a country owning a body before the figure ("Yemen's health ministry said 19 were killed
    # and 31 wounded in Hodeidah") is the body's: a place after, in the same run, is the
    # scene's; with none, the owner is all the sentence says
    owners = own or earlier
    if _several_places(later):
        return owners  # a total before its parts' own places: "Of the 150 dead, 80 were in Aleppo and 70 in Idlib"
    return later or owners


def _several_places(named: list[Mention]) -> bool:
    """`named` names more than one place (`len({m.place for m in named}) > 1`): one mention
    or none is told without hashing a place (a frozen dataclass hashes in Python)."""
    return len(named) > 1 and len({m.place for m in named}) > 1


def _one_place(named: list[Mention]) -> bool:
    """`named` names exactly one place (`len({m.place for m in named}) == 1`), told without
    hashing a place when it holds one mention (most)."""
    return len(named) == 1 or (len(named) > 1 and len({m.place for m in named}) == 1)


# A place that labels the next row of a list, its count right after it, the verb said once:
# ", Khyber Pakhtunkhwa 264", " and Slovakia 141,000".
ROW_JOINS: tuple[str, ...] = (", ", " and ", "; ")
ROW_COUNT_AFTER = re.compile(r"[ \u00a0]+\d")


def _labels_a_row(text: str, m: Mention) -> bool:
    return text.endswith(ROW_JOINS, 0, m.start) and ROW_COUNT_AFTER.match(text, m.end) is not None


# Where a count's own row says it happened without naming a place: "32 in the displacement
# camp", "21 in the UN protection site", "10 at a market", "9 in town".
OWN_SITE = re.compile(r"\s+(?:in|at)\s+(?:(?:the|a|an)\s|\p{Ll})")


# Between a part's place and the next part's: "45 of them in Lalitpur, and 20 in Dhading".
PARTS_GO_ON = re.compile(rf",?[ ]+(?:and[ ]+)?(?:\d[\d,.]*|{_COUNT_WORD})(?:[ ]+more)?[ ]+(?:in|at)[ ]+(?:the[ ]+)?", re.IGNORECASE)


def _without_parts_places(text: str, s: int, found: list[Mention]) -> list[Mention]:
    """The places of text from `s`, without those of a count's parts: after "most of them",
    "mostly", "including 22", "112 of them" (see PART_OF_THEM), and the places listed with
    them ("mostly in Aleppo, Latakia and Hama")."""
    out: list[Mention] = []
    previous: Mention | None = None
    dropped = False
    for m in found:
        if previous is not None and dropped and (
            PLACES_JOIN.fullmatch(text, previous.end, m.start) or PARTS_GO_ON.fullmatch(text, previous.end, m.start)
        ):
            dropped = True  # (listed with a part's place, or the place of the next part: "45 of them in Lalitpur, and 20 in Dhading")
        else:
            dropped = _after_a_part_of_them(text, s, m.start)
        if not dropped:
            out.append(m)
        previous = m
    return out


def _inside_all(later: list[Mention], scenes: list[Mention]) -> bool:
    """The scene set before is a country, and every place the run after names lies in it: "In
    Mozambique, INGD reports 21 deaths and 24 injuries in Zambezia province" is Zambezia."""
    countries = {m.place.iso3 for m in scenes if m.place.admin1 is None}
    # (not a town named with its country: "Clashes in the Central African Republic town of
    # Bria killed 48 people: 32 in the camp, ..., 6 in Ndele" - the 32 are Bria's)
    return all(m.place.admin1 is None for m in scenes) and len(countries) == 1 and all(
        m.place.admin1 is not None and m.place.iso3 in countries for m in later
    )


# A place owning a body: "Yemen's Houthi-run health ministry", "Kenya's interior ministry".
OWNS_A_BODY = re.compile(rf"['’]s\s+(?:[\p{{L}}\-]+\s+){{0,3}}?(?:{_phrases(BODY_HEADS)})\b", re.IGNORECASE)


def _owns_a_body(text: str, end: int) -> bool:
    return text.startswith(("'s", "’s"), end) and OWNS_A_BODY.match(text, end) is not None


def _most_specific(later: list[Mention]) -> list[Mention]:
    """Without a region or a country that another of the places lies in: "in Gujarat's
    Surat" is Surat; "90 km south of Manono in Tanganyika province" is Tanganyika (Manono, a
    distance's reference point, names only its country)."""
    regions = {(m.place.iso3, m.place.admin1) for m in later if m.place.name != m.place.admin1}
    inside = {m.place.iso3 for m in later if m.place.admin1 is not None}
    return [
        m for m in later
        if (m.place.name != m.place.admin1 or (m.place.iso3, m.place.admin1) not in regions)
        and not (m.place.admin1 is None and m.place.name == m.place.country and m.place.iso3 in inside)
    ]


# A part counting people who went over a border: "and 20,000 into Uganda", ", and 10,000
# across the border into Chad", "and 250,000 abroad".
ABROAD_PART = re.compile(
    r"\W*(?:and\s+)?(?:\w+\s+){0,2}?\d[\d,.]*(?:\s+\w+){0,2}?\s+(?:across\s+(?:the\s+)?(?:\w+\s+)?(?:borders?|frontiers?)|abroad|into\s+\p{Lu})",
    re.IGNORECASE,
)
# A place whose part goes on with a count of its own, a share of the total before: "with Lao
# Cai accounting for 59 deaths", "with Yen Bai reporting 20" (place_words.csv count label verbs).
OWN_COUNT_AFTER = re.compile(rf"\s+(?:{_place_words('count label verbs')})(?:\s+[\p{{L}}]+){{0,2}}?\s+\d")
def _owns_a_count(text: str, m: Mention) -> bool:
    # (the verb's first letters after one space first: a call of the pattern at every name cost more)
    return text.startswith(_COUNT_LABEL_STARTS, m.end) and OWN_COUNT_AFTER.match(text, m.end) is not None


_COUNT_LABEL_STARTS: tuple[str, ...] = tuple({" " + verb[:3] for verb in lexicon.word_list("count label verbs", "place_words")})


# A place its own part restricts itself to: "in Mandalay alone".
ALONE_AFTER = re.compile(r"[^\S\n]+alone\b")
# A place the sentence before named, pointed back to: "there", "the devastated city".
REFERS_BACK = re.compile(rf"\b(?i:there|the\s+(?:[\p{{Ll}}-]+\s+)?(?:{_phrases(PLACE_KINDS)}))\b")
PART_ALONE_AFTER = re.compile(r"(?:\s+\p{Ll}+)?\s+alone\b")  # "In Miyagi prefecture alone"


@lru_cache(maxsize=64)  # the figures of one sentence share its parts
def _parts(text: str, s: int, e: int) -> tuple[tuple[tuple[int, int], ...], tuple[bool, ...]]:
    """The parts of the sentence text[s:e] (see PART_BREAK), and whether the break before
    each turns to something else (see CONTRAST)."""
    cuts = [s]
    contrast = [False]  # whether the break before each part turns to something else
    for m in _part_breaks(text, s, e):
        cuts += [m.start(), m.end()]
        contrast.append(CONTRAST.match(text, m.start()) is not None)
    cuts.append(e)
    return tuple(zip(cuts[::2], cuts[1::2])), tuple(contrast)


# A break that turns to another matter: "; ", " — ", ", while", ", but", ", whereas", the
# colon of a total's list (the total covers all its parts' places), and a line's end before a
# heading in capitals ("People affected: 1.85 million\nZIMBABWE – On 16 March ...").
CONTRAST = re.compile(rf"; | : | [ ][—–-][ ] | , [ ]+ (?:{CONTRAST_WORDS})\b | \n", re.VERBOSE)


# A place where something was said, not where it happened: "told a press conference in
# Geneva", "said in Nairobi", "speaking to reporters in New York".
VENUE_VERBS: tuple[str, ...] = lexicon.word_list("venue verbs", "place_words")  # "told reporters in"
VENUE_WORDS: tuple[str, ...] = lexicon.word_list("venue words", "place_words")  # "said in", "based in"
SPEAKER_VENUE_VERBS: tuple[str, ...] = lexicon.word_list("speaker venue verbs", "place_words")  # "said NAME, TITLE, in"
VENUE = re.compile(
    rf"""
    \b(?: (?:{_phrases(VENUE_VERBS)})(?:\s+[^\W\d]+){{0,5}} | (?:{_phrases(VENUE_WORDS)})  # "speaking at the disaster coordination center in"
         | (?:{_phrases(SPEAKER_VENUE_VERBS)})\s+\p{{Lu}}[^.;:!?\d]{{0,70}}, )  # "said Abdul Muhari, head of the data centre, in"
    \s+ in \s+ \Z
    """,
    re.VERBOSE | re.IGNORECASE,
)
# The same pattern searched backwards from where it must end: the look-back pins it down at
# once, where a forward search tries the venue words at every character of the reach.
_VENUE_BACKWARDS = re.compile(VENUE.pattern, VENUE.flags | re.REVERSE)
# A country as the actor of an attack: "since Israel began striking", "Russia invaded",
# "Israel's offensive". Where the blows fell is the figure's place, not who dealt them.
ACTOR_WORDS: tuple[str, ...] = lexicon.word_list("actor words", "place_words")
ACTOR_AFTER = re.compile(rf"(?: (?:'s|’s) (?:\s+\p{{Ll}}[\p{{Ll}}\-]+){{0,2}}? )? \s+ (?:{_phrases(ACTOR_WORDS)})\b", re.VERBOSE)  # "Russia's full-scale invasion"
# ... and where the blows came from: "shelling and airstrikes from Pakistan", "rockets
# fired from Gaza", "troops from Rwanda".
ACTOR_FROM = re.compile(rf"\b(?:{_phrases(ACTOR_WORDS)})[ \u00a0]+from[ \u00a0]+\Z", re.IGNORECASE | re.REVERSE)
ACTOR_REACH: int = 40  # characters before a place looked at for "shelling from"
VENUE_REACH: int = 60  # characters before a place looked at for "said in", "conference in"
# A place right after a reading is where it was read: "when temperatures reached 46.8C in
# Córdoba", "300 mm of rain in Sylhet" (place_words.csv reading units).
READING_BEFORE = re.compile(
    rf"\d[\d,.]*[ \u00a0]*(?:{_place_words('reading units')})\.?(?:[ \u00a0]+of[ \u00a0]+\p{{Ll}}+)?[ \u00a0]+(?:in|at)[ \u00a0]+\Z",
    re.REVERSE,
)
READING_REACH: int = 40  # characters before a place looked at for a reading
# A reading anywhere in a later part of a sentence: its places are where it was read.
READING_IN = re.compile(rf"\d[\d,.]*[ \u00a0]*(?:{_place_words('reading units')})\.?(?![\p{{L}}\d])")
# A digit (\d of both engines: Unicode's decimal digits), which every READING_BEFORE match
# opens with: the standard library finds one, or none, for a fraction of that pattern's call.
_DIGIT = _re.compile(r"\d")


def _scene(text: str, s: int, found: list[Mention]) -> list[Mention]:
    """The places where things happened: without the venues of statements and the countries
    that attack (see VENUE, ACTOR_AFTER)."""
    scene = [
        m for m in found
        if not _at_venue(text, (m.start - VENUE_REACH if m.start - VENUE_REACH > s else s), m.start)
        and not (
            text[m.start - 3 : m.start - 1] in ("in", "at") and _DIGIT.search(text, (m.start - READING_REACH if m.start - READING_REACH > s else s), m.start)
            and READING_BEFORE.search(text, (m.start - READING_REACH if m.start - READING_REACH > s else s), m.start)
        )
        and not (m.place.admin1 is None and _actor_after(text, m.end))
        and not _actor_from(text, (m.start - ACTOR_REACH if m.start - ACTOR_REACH > s else s), m.start)
    ]
    # where the speaker is, when another place is named: "The health ministry in Gaza said 300
    # people were killed in Rafah" is Rafah
    if len(scene) < 2:
        return scene  # (one place or none: no other place to give way to)
    spoken = [m for m in scene if text[(m.start - 4 if m.start - 4 > s else s) : m.start].rstrip().lower().endswith("in") and SPEAKER_PLACE.match(text, m.end)]
    if spoken and len(spoken) < len(scene):
        return [m for m in scene if m not in spoken]
    return scene


# A report verb right after a place: the place of who speaks ("officials in Gaza said").
SPEAKER_PLACE = re.compile(rf"\s+(?:(?:has|have|had)\s+)?(?:{_phrases(lexicon.column('report_verbs', 'words', kind='verb'))})\b")


# The first three letters of the actor words: after a place, one space and a letter, an
# ACTOR_AFTER match must go on with one of them (see `_actor_after`).
_ACTOR_STARTS: frozenset[str] = frozenset(w[:3] for w in ACTOR_WORDS)


def _actor_after(text: str, at: int) -> bool:
    """`ACTOR_AFTER` matches at `at`, the end of a place's name. Its matches open with a
    possessive or white space, then an actor word (as written: the pattern ignores no case);
    after a single space (most places) only the three letters after it are looked at, and the
    pattern is tried only where they open an actor word. A place followed by another ASCII
    character than an apostrophe or white space ("Gaza,", "Sudan.") is followed by none;
    otherwise ("Sudan's", two spaces) it is left to the pattern."""
    after = text[at : at + 1]
    if after == " " and not text[at + 1 : at + 2].isspace():
        if text[at + 1 : at + 4] not in _ACTOR_STARTS:
            return False
    elif after.isascii() and after != "'" and not after.isspace():
        return False  # (safe: the pattern opens with a possessive or white space; "Gaza,", "Sudan.", the text's end)
    return ACTOR_AFTER.match(text, at) is not None


def _actor_from(text: str, lo: int, at: int) -> bool:
    """`ACTOR_FROM` ends at `at`: tried only after "from" (see _at_venue)."""
    before = text[lo:at].rstrip()
    last = before[-4:]
    if last.isascii() and last.lower() != "from":
        return False
    if before.isascii() and not before[:-4].rstrip().lower().endswith(_ACTOR_WORD_ENDS):
        return False  # (safe: the pattern ignores case, which only ASCII lowers alike; "people from", "fled from")
    return ACTOR_FROM.search(text, lo, at) is not None


_ACTOR_WORD_ENDS: tuple[str, ...] = tuple(sorted({w.split()[-1].lower() for w in ACTOR_WORDS}))


def _at_venue(text: str, lo: int, at: int) -> bool:
    """`VENUE` ends at `at`: tried only after "in" and white space (on ASCII text; other
    text may write "in" with letters that only match ignoring case), which many places
    follow, and where one of its words stands before (`may_hold`), which few do."""
    before = text[lo:at].rstrip()  # what its \s+ takes, and more
    if not before.endswith(_IN_CASES) and before[-2:].isascii():
        return False  # (the last two letters are no "in" in any case: one call for most places)
    if not may_hold(text, lo, at, VENUE_KEYS):
        return False
    return _VENUE_BACKWARDS.search(text, lo, at) is not None


_IN_CASES: tuple[str, ...] = ("in", "In", "IN", "iN")  # "in" as ASCII writes it in any case
# Every VENUE match holds one of these, lower case: its verbs' and words' first words.
VENUE_KEYS: tuple[str, ...] = tuple(dict.fromkeys(w.split()[0].lower() for w in (*VENUE_VERBS, *VENUE_WORDS, *SPEAKER_VENUE_VERBS)))


def _possessives_read(text: str, found: list[Mention]) -> list[Mention]:
    """A place named with its holder's possessive, "Sudan's Darfur", is one place: the one
    after, when it lies in the holder's country; the holder, when the name after is the
    gazetteer's place of that name elsewhere ("Mosul's Old City" is no Old City of Jerusalem)."""
    dropped: set[int] = set()
    for i in range(len(found) - 1):
        x, y = found[i], found[i + 1]
        if y.start == x.end + 3 and _possessive_after(text, x.end) and text[x.end + 2] in _SPACES:
            dropped.add(i if x.place.iso3 is not None and y.place.iso3 == x.place.iso3 else i + 1)
    return [m for i, m in enumerate(found) if i not in dropped]



def _where(text: str, s: int, found: list[Mention], start: int, end: int, returned: bool = False) -> Place:
    """Where the figure happened: nearest place, not a destination, most specific; for a
    return, where the people went back to ("returned to Afghanistan from Iran")."""
    if len(found) > 1 and any(text.startswith(_POSSESSIVE_ENDS, m.end) for m in found):
        # (the test `_possessives_read` makes at each name, not a search of the whole text at each figure)
        found = _possessives_read(text, found) or found
    going = [m for m in found if _said_before(text, s, m.start, TOWARDS, _TOWARDS_ENDS, TOWARDS_REACH)]
    if returned and not going:
        home = _home_of_returnees(text, s, found)
        if home is not None:
            return home
    origins = (going if returned else [m for m in found if m not in going]) or found
    best = min(origins, key=lambda m: gap(start, end, m.start, m.end))
    if len(origins) > 1 and best.end <= start and (
        ("that" in (near := text[(best.start - EVENT_CLAUSE_REACH if best.start - EVENT_CLAUSE_REACH > s else s) : best.start]) or "which" in near)
        and (clause := EVENT_CLAUSE_BEFORE.search(text, (best.start - EVENT_CLAUSE_REACH if best.start - EVENT_CLAUSE_REACH > s else s), best.start)) is not None
    ):
        # the place an event's clause names is the event's: "The toll in India from the
        # earthquake that jolted Nepal rose to 72" is India's
        before = [m for m in origins if m.end <= clause.start() and text.endswith(_IN_ENDS, 0, m.start)]
        if before:
            best = max(before, key=lambda m: m.end)
    if _is_country(best.place):
        inside = [m for m in origins if not _is_country(m.place) and m.place.iso3 == best.place.iso3]
        if inside and best.end <= start and text.endswith(_IN_ENDS, 0, best.start) and not CLAUSE_MARK.search(text, best.end, start) and all(
            CLAUSE_MARK.search(text, m.end, best.start) for m in inside if m.end <= best.start
        ):
            inside = []  # the count's own country, in its clause: "..., bringing the total toll in Germany to 165"
        if inside:
            best = min(inside, key=lambda m: gap(start, end, m.start, m.end))
    if best.place.admin1 is not None and best.place.name == best.place.admin1:
        # a region and one place in it: "In El Fasher, the capital of North Darfur, ..." is El
        # Fasher; with several ("in the Rutshuru and Masisi territories of North Kivu") the region holds them all
        inside = [m for m in origins if m.place.name != m.place.admin1 and (m.place.iso3, m.place.admin1) == (best.place.iso3, best.place.admin1)]
        if _one_place(inside) and TOWN_THEN_REGION.fullmatch(text, inside[0].end, best.start):
            best = inside[0]  # (not "in Sindh province, where Karachi was worst hit": the town is another clause's)
    return best.place


_IN_ENDS: tuple[str, ...] = ("in ", "across ")  # a country the count's clause is in ("the total toll in Germany to 165")
EVENT_CLAUSE_BEFORE = re.compile(r"\b(?:that|which)\s+(?:[\p{Ll}\-]+\s+){1,3}\Z", re.REVERSE)  # "that jolted", "which struck"
EVENT_CLAUSE_REACH = 40
LIST_JOIN = re.compile(r"\s*(?:,\s*)?(?:(?:and|or)\s+)?")
# A town, then the region it lies in, told of it: "El Fasher, the capital of North Darfur",
# "South Lubero, North Kivu", "Rivera in Huila department", "Kouango (Ouaka Prefecture)".
TOWN_THEN_REGION = re.compile(r"(?:\s+(?:town|city|village|district))?\s*(?:,\s*(?:(?:the|a)\s+(?:[\w-]+\s+){0,3}?(?:of|in)\s+(?:the\s+)?)?|\s+in\s+(?:the\s+)?|\s*\()")  # "Kouango (Ouaka Prefecture)"


# A word of return, then "from" before a place: where people came back from ("returning from
# Pakistan", "returned home overnight from Libya", "crossed back from Tanzania"), not where
# they fled from ("fled from Marawi": where they go back to). place_words.csv return words.
RETURN_FROM = re.compile(
    rf"\b(?i:{_place_words('return words')})\s+(?:[\p{{L}}]+\s+){{0,2}}?from\s+(?:the\s+)?\Z", re.REVERSE
)
RETURN_FROM_REACH: int = 60  # characters before the place


def _came_from(text: str, s: int, found: list[Mention]) -> list[Mention]:
    """The places people came back from (see RETURN_FROM), and those joined to one ("from
    Iran and Pakistan")."""
    out: list[Mention] = []
    previous: Mention | None = None
    for m in sorted(found):
        if RETURN_FROM.search(text, (m.start - RETURN_FROM_REACH if m.start - RETURN_FROM_REACH > s else s), m.start) or (
            out and out[-1] is previous and LIST_JOIN.fullmatch(text, previous.end, m.start)
        ):
            out.append(m)
        previous = m
    return out


def _came_back_from_main(text: str, sentence: tuple[int, int], main: Place | None, document: list[Mention] | None) -> bool:
    """The sentence names the main place's country as where people came back from."""
    s, e = sentence
    return main is not None and any(m.place.iso3 == main.iso3 for m in _came_from(text, s, sentence_places(text, s, e, document)))


def _home_of_returnees(text: str, s: int, found: list[Mention]) -> Place | None:
    """Where people named by their nationality went back to when the sentence names only
    where they came from: "Syrians who have returned from Lebanon" went back to Syria."""
    previous: Mention | None = None
    for m in sorted(found):  # each one after "from", or joined to the one before it ("from Iran and Pakistan")
        joined = previous is not None and LIST_JOIN.fullmatch(text, previous.end, m.start) is not None
        if not (joined or ORIGIN.search(text, (m.start - 30 if m.start - 30 > s else s), m.start)):
            return None
        previous = m
    home = _demonym_country(text, s, min(m.start for m in found), counted=True)  # "9,000 Syrians returned"
    return home if home is not None and all(m.place.iso3 != home.iso3 for m in found) else None


def _names_the_counted(text: str, end: int, m: Mention) -> bool:
    """A country named right after the count, before the words of its noun, says who the
    people counted are, not where: "13 US service members were killed" at Kabul airport."""
    return m.place.admin1 is None and m.start - end == 1 and text[m.end : m.end + 1] == " " and text[m.end + 1 : m.end + 2].islower()


# Where the people counted come from, right after their noun: "Twelve peacekeepers from South
# Africa, Malawi and Uruguay had been killed ... near Goma" (countries, and the list they open):
# no scene, unless people fled from there.
FROM_AFTER_NOUN = re.compile(r"(?:[ \u00a0]+[\p{L}\-]+){0,2}[ \u00a0]+from[ \u00a0]+(?:the[ \u00a0]+)?")
FLIGHT_INDICATORS: frozenset[str] = frozenset({"displaced", "refugees", "returned"})
_FROM_ENDS: tuple[str, ...] = ("from ", "from the ")
_MISSION_STARTS: tuple[str, ...] = tuple(f" {w}" for w in lexicon.word_list("mission words", "place_words"))


# Which of `mentions`' tests of a name may pass is told, for most of them, by four pieces of
# text around it: the two characters before the space before it (`ends`), the one before
# that space (`before2`), and the two after it (`after0`, `after1`), each sliced as `mentions`
# slices it ("" past the text's edges). A name around which none of them may pass is quiet:
# its tests are not run. Each four is decided once and kept (a text holds a few dozen).
# Every gate below is implied by the test it stands for: quiet is never said of a name one
# of those tests would take (tests/test_place_shortcuts.py compares both paths).
_MISSION_SECONDS: frozenset[str] = frozenset(w[1:2] for w in _MISSION_STARTS)  # after the space
_THING_FIRSTS: frozenset[str] = frozenset(w[:1] for w in _THING_STARTS)
_QUIET_AROUND: dict[tuple[str, str, str, str], bool] = {}
_QUIET_AROUND_SIZE: int = 4096  # fours kept; all are let go at once when one more comes


def _quiet_around(around: tuple[str, str, str, str]) -> bool:
    """Whether no test of `mentions` that reads the characters around a name may pass (see
    _QUIET_AROUND), kept for the next name with the same four."""
    ends, before2, after0, after1 = around
    quiet = not (
        after0 in ("-", "$", "'", "’")  # "-based", "US$", "Mexico's foreign minister"
        or ends in ("of", "he")  # an institution's name (its head after: capitalised, below)
        or (after0 == " " and (after1 in _MISSION_SECONDS or after1 == "o"))  # " embassy", " of "
        or after1 in _THING_FIRSTS  # a currency or a disease
        or before2 in ".te" or before2 == "c"  # "St. Mary", "Saint Mary", "ethnic Afar"
        or after1.isupper()  # a longer name, a body's name
        or after1 in _FOREIGN_JOINER_INITIALS  # a Spanish, French or Portuguese name
        or ends in _DISTANCE_ENDS  # a distance's or a border's reference point
    )
    if len(_QUIET_AROUND) >= _QUIET_AROUND_SIZE:
        _QUIET_AROUND.clear()
    _QUIET_AROUND[around] = quiet
    return quiet
ATTACK_FROM = re.compile(rf"\b(?i:{_place_words('attack words')})\s+from\s+(?:the\s+)?\Z", re.REVERSE)


def _without_origins(text: str, end: int, found: list[Mention]) -> list[Mention]:
    first = next((m for m in found if m.start > end), None)
    if first is None or first.place.admin1 is not None or FROM_AFTER_NOUN.fullmatch(text, end, first.start) is None:
        return found
    origins = [first]
    for m in found:
        if m.start > origins[-1].end and m.place.admin1 is None and PLACES_JOIN.fullmatch(text, origins[-1].end, m.start):
            origins.append(m)
    return [m for m in found if m not in origins] or found


NAMED_ROW_REACH: int = 7  # characters between a row's place and its count: " ", " with "


IN_RIGHT_AFTER = re.compile(r"[ \u00a0]+in[ \u00a0]+(?:the[ \u00a0]+)?")


def _host(text: str, s: int, found: list[Mention], start: int, end: int, main: Place | None) -> Place | None:
    """The country hosting refugees."""
    if found and found[-1].start >= end and (ranking := RANKING.search(text, end, found[-1].start)) is not None:
        # "the largest host, with 3.4 million refugees, followed by Iran (3.4 million)": the
        # names after the ranking word host the next counts
        found = [m for m in found if m.start < ranking.end()]
    named = [m for m in found if m.end < start <= m.end + NAMED_ROW_REACH and text[m.end : start].strip() in ("", "with")]
    if named:
        return named[-1].place  # a row of a list naming its host before its count: "..., Hungary 191,000", "Peru with 1.5 million"
    hosts = [m for m in found if HOSTS.match(text, m.end, m.end + 120)]
    went = [] if hosts else [m for m in found if _said_before(text, s, m.start, HOSTED_BY, _HOSTED_BY_ENDS, HOSTED_REACH)]
    if went:  # where the count's people went is written after it: "120,000 into Chad and 80,000 into South Sudan"
        return min(went, key=lambda m: (m.start < start, gap(start, end, m.start, m.end))).place
    hosts = hosts or [m for m in found if _said_before(text, s, m.start, HOSTED_IN, _HOSTED_IN_ENDS, HOSTED_REACH)]
    hosts = hosts or [
        m for m in found
        if m.place.admin1 is None and not ORIGIN.search(text, (m.start - 30 if m.start - 30 > s else s), m.start)
        and not _actor_after(text, m.end)  # "fled Ukraine since Russia invaded": the invader hosts nobody
    ]
    if hosts:
        # an item of a list names its host right after its count: "with 108,000 in
        # Mauritania, 107,000 in Burkina Faso" (Mauritania is nearer the second count)
        right_after = next((m for m in hosts if m.start >= end and IN_RIGHT_AFTER.fullmatch(text, end, m.start)), None)
        if right_after is not None:
            return right_after.place
        return min(hosts, key=lambda m: gap(start, end, m.start, m.end)).place
    if not found and main is not None and main.admin1 is None:
        return main
    return None


def _points_elsewhere(text: str, s: int, e: int, start: int, end: int) -> bool:
    lo, hi = (start - ELSEWHERE_REACH if start - ELSEWHERE_REACH > s else s), (end + ELSEWHERE_REACH if end + ELSEWHERE_REACH < e else e)
    return _may_point_elsewhere(text[lo:hi]) and ELSEWHERE.search(text, lo, hi) is not None


# What every ELSEWHERE match holds as written, in lower case: the hyphen of "rebel-held",
# the first word of another branch ("elsewhere", "other", "neighbouring").
_ELSEWHERE_HINTS: tuple[str, ...] = (
    "-", "other", *(w.split()[0].lower() for w in lexicon.word_list("elsewhere words", "place_words")),
    *(w.split()[0].lower() for w in lexicon.word_list("neighbouring words", "place_words")),
)


def _may_point_elsewhere(stretch: str) -> bool:
    """Whether `ELSEWHERE` may match in `stretch`: an ASCII stretch must hold one of
    `_ELSEWHERE_HINTS` (most hold none, and looking costs a fraction of the pattern's
    search, which tries its branches at every word); other text is left to the pattern
    (ignoring case, letters beyond ASCII match some ASCII ones: the long s, the Kelvin sign)."""
    if not stretch.isascii():
        return True
    lower = stretch.lower()
    return any(hint in lower for hint in _ELSEWHERE_HINTS)


def _went_elsewhere(text: str, s: int, e: int, start: int, end: int) -> bool:
    """Every pointer elsewhere near the figure is where people went (see GOING_TO)."""
    lo, hi = (start - ELSEWHERE_REACH if start - ELSEWHERE_REACH > s else s), (end + ELSEWHERE_REACH if end + ELSEWHERE_REACH < e else e)
    pointers = list(ELSEWHERE.finditer(text, lo, hi))
    return bool(pointers) and all(GOING_TO.search(text, (p.start() - GOING_REACH if p.start() - GOING_REACH > lo else lo), p.start()) for p in pointers)


_JOINERS: str = "-'’"

# The ASCII characters that join a kind word to the word before it, and to the word after
# it: what `_goes_on_before` and `_goes_on_after` answer for them, looked up at once.
_JOINS_BEFORE: frozenset[str] = frozenset(c for c in map(chr, range(128)) if _goes_on_before(c))
_JOINS_AFTER: frozenset[str] = frozenset(c for c in map(chr, range(128)) if _goes_on_after(c))

# The Arabic article in lower case before a name: "al-Raqqa", "el-Geneina", "ad-Damazin".
_NAME_BEFORE_ARTICLE = re.compile(r"\p{Lu}[\p{L}\p{M}]*[ \u00a0]+\p{Ll}{2,3}-\Z")
_ARTICLE_BEFORE = re.compile(rf"(?<![\p{{L}}\p{{M}}])(?:{'|'.join(_ARTICLES)})-\Z")
# ... and after a name, before a capital: the name goes on ("Wad al-Nourah", "Kafr el-Sheikh")
_ARTICLE_AFTER_STARTS: tuple[str, ...] = tuple(f" {a}-" for a in _ARTICLES)
_ARTICLE_AFTER = re.compile(rf"[ ](?:{'|'.join(_ARTICLES)})-\p{{Lu}}")


def _joined_after(text: str, i: int) -> bool:
    """The name goes on past i: a letter or digit ("Chadian"), or a hyphen and a capital
    ("Sud-Kivu"); "Gaza-based" and "Kenya's" end the name."""
    if _is_word_char(text, i):
        return True
    return i + 1 < len(text) and text[i] == "-" and text[i + 1].isupper()


def _is_word_char(text: str, i: int) -> bool:
    return i < len(text) and (text[i].isalnum() or text[i] == "_")


