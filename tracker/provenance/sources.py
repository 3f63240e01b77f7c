"""Who reported a figure: attribution read from its sentence and, when needed, its neighbours.

A figure's source is the person or body the text credits it to, normalised through the
alias table `tracker/data/aliases.csv` ("U.N." and "the United Nations" -> "United
Nations"; "the UN refugee agency" -> "UNHCR"). Users extend that file; it is read once at
import.

Attributions recognised in the figure's sentence (the one nearest the figure wins):

- a subject before a reporting verb: "The United Nations said last week that ...",
  "..., the United Nations has said.", "Turkish President Recep Tayyip Erdogan said ...",
  "The Syrian Observatory, a war monitor, said ...";
- "according to Reuters" / "according to the UN", before or after the figure;
- "..., said Raed al-Saleh." and "was quoted as saying by state news agency SANA";
- a situation-report citation: "... were displaced (OCHA, 18 February 2017)";
- a pronoun ("he said", "she added", "it said"): the last named source in the five
  sentences before.

Decisions: a figure the journalist states without attribution has no source (the outlet is
a different field, and is never guessed in). Unnamed people - "local witnesses and monitors
said", "officials said", "according to local reports" - are attributions nobody can trace,
so they give no source either; but they do claim the sentence, so a named source further off
is not borrowed. A sentence opening a quotation that closes later ("“... . ...,” he said")
takes the attribution after the closing quote; a sentence after "X said:" takes X.
"""

from __future__ import annotations

import csv
import re as _re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from enum import Enum
from functools import lru_cache
from pathlib import Path
from typing import NamedTuple

import regex as re

from .. import lexicon
from ..extraction.text import alternation, first_words, gap, holds_any, may_end_in_a_capitalised_word, phrase_tree, str_lower, word_starts
from ..extraction.text import phrases as _words
from .dates import CLAUSE_JOINS, DATE, MONTHS, WEEKDAYS, group_number, says_what_follows
from .keyscan import ascii_word_set, ascii_words, key_scanner

# Bounds before a position are conditionals, not `max(0, at - REACH)`: see tracker.extraction.rules.

ALIASES_PATH: Path = Path(__file__).parent.parent / "data" / "aliases.csv"


def load_aliases(path: Path) -> dict[str, str]:
    """alias -> canonical name, from a two-column CSV (lines starting with # are comments)."""
    with path.open(encoding="utf-8", newline="") as f:
        rows = [r for r in csv.reader(f) if r and not r[0].lstrip().startswith("#")]
    if rows and [c.strip().lower() for c in rows[0][:2]] == ["alias", "canonical"]:
        rows = rows[1:]
    return {r[0].strip(): r[1].strip() for r in rows if len(r) >= 2 and r[0].strip() and r[1].strip()}


def _with_dotted(aliases: dict[str, str]) -> dict[str, str]:
    """Wire copy writes "U.N." and "U.S." for UN and US ("the U.N. migration agency"): every
    name of several words holding such a short acronym matches in its dotted form too."""
    out = dict(aliases)
    for alias, canonical in aliases.items():
        words = alias.split()
        if len(words) > 1 and any(_short_acronym(w) for w in words):
            out.setdefault(" ".join(".".join(w) + "." if _short_acronym(w) else w for w in words), canonical)
    return out


def _short_acronym(word: str) -> bool:
    return 2 <= len(word) <= 3 and word.isalpha() and word.isupper()


ALIASES: dict[str, str] = _with_dotted(load_aliases(ALIASES_PATH))


def _key_lowered(text: str) -> str:
    """A text lowered with its full stops dropped and its apostrophes made straight, as
    alias keys are written, its white space as written (a name: `_key`; a document: `_folded`)."""
    return str_lower(text.replace("’", "'").replace(".", ""))  # .lower(), cheaper on a document


def _key(name: str) -> str:
    """The form aliases are looked up by: lower case, no full stops, no leading "the"."""
    k = " ".join(_key_lowered(name).split())
    return k[4:] if k.startswith("the ") else k


ALIAS_KEYS: dict[str, str] = {_key(a): c for a, c in ALIASES.items()}
# The names the alias table shows: a name among them is final (a set: every credited
# figure asks).
CANONICAL_NAMES: frozenset[str] = frozenset(ALIASES.values())

# Acronyms whose lower-case or capitalised spelling is an ordinary word or a first name:
# they name a source only when written in capitals - "the WHO said", never "Who said ...?";
# "UN" and "U.N.", not "Un"; the news agency "SANA", not a woman called Sana; "CARE", not
# "care". Other acronyms are also read as British papers write them ("Unicef", "Ocha").
WORD_ACRONYMS: frozenset[str] = lexicon.word_set("word acronyms", "attribution")


def _written_key(name: str) -> str:
    """`_key` with the case kept: "the U.N." -> "UN", "The Who" -> "Who"."""
    k = " ".join(name.replace("’", "'").replace(".", "").split())
    return k[4:] if k[:4].lower() == "the " else k


def _alias(name: str) -> str | None:
    """The canonical name `name` is an alias of, if any; a word acronym only in capitals."""
    key = _key(name)
    canonical = ALIAS_KEYS.get(key)
    if canonical is not None and key.upper() in WORD_ACRONYMS and _written_key(name) != key.upper():
        return None  # "Who", "Un", "Sana"
    return canonical

# Words that stand before a person's name and are not part of it.
TITLES: frozenset[str] = lexicon.word_set("titles")

# Capitalised words that start a sentence but name nobody.
# (and the nouns of events that count people, capitalised at a sentence's start: "Deaths
# recorded by the Sudan Doctors' Union rose to 300")
SECTION_LABELS: frozenset[str] = lexicon.word_set("section labels", "attribution")  # "Watch: 11 killed"
NOT_NAMES: frozenset[str] = (
    lexicon.word_set("not names", "attribution") | frozenset(w.lower() for w in WEEKDAYS) | frozenset(lexicon.column("event_nouns", "noun"))
)

# Unnamed sources: an attribution to one of these gives no source.
GENERIC_SOURCES: tuple[str, ...] = lexicon.word_list("unnamed sources", "attribution")

# Reporting verbs after their subject ("the ministry recorded"): lexicon/report_verbs.csv.
REPORT_VERBS: tuple[str, ...] = lexicon.column("report_verbs", "words", kind="verb")

AUXILIARIES: tuple[str, ...] = lexicon.word_list("auxiliaries", "attribution")

# Words allowed between "according to" and a name: "according to state news agency SANA".
DESCRIPTORS: tuple[str, ...] = lexicon.word_list("descriptors", "attribution")

# Lower-case nouns that end the name of a body: "Malawi's government", "the Interior
# ministry", "the Saudi-led coalition", "the Pale Township people's administration". With
# "the" and no name ("the ministry", "the medical charity") they refer back to a body
# named before (see `_refer_back`).
BODY_HEADS: tuple[str, ...] = lexicon.word_list("body heads", "attribution")
# Heads that name a state's government when a nationality or a country stands before them:
# "Malawian authorities", "Malawi's government", "Myanmar's military junta".
GOVERNMENT_HEADS: frozenset[str] = lexicon.word_set("government heads", "attribution")
# Words between a nationality and a government head that keep it the state's government:
# "Myanmar's military junta", "the Somali federal government".
GOVERNMENT_MODIFIERS: frozenset[str] = lexicon.word_set("government modifiers", "attribution")
# Words before a state head counting for it: "according to the latest government figures",
# "a government tally" (the story country's government).
COUNTING_STATE_WORDS: frozenset[str] = GOVERNMENT_MODIFIERS | lexicon.word_set("count modifiers", "attribution") | {"a", "an", "the"}
# Heads that any body may be referred back by ("the agency" after "the IOM"); the others
# refer back only to a body whose name holds the same word ("the ministry" -> "Interior Ministry").
ANY_BODY_HEADS: frozenset[str] = lexicon.word_set("any body heads", "attribution")
# Heads that with their modifiers make a body's name when nothing named before fits:
# "the government press office", "the doctors' union".
INSTITUTION_HEADS: frozenset[str] = lexicon.word_set("institution heads", "attribution")
# What stands before a head and refers back: "the ministry", "its agency", "her ministry".
REFERRING_WORDS: frozenset[str] = lexicon.word_set("referring words", "attribution")
NAMED_HEADS: frozenset[str] = lexicon.word_set("named heads", "attribution")  # "the Emergency Lawyers group"
# How many characters before a figure a referring "the agency" looks for the body it names.
REFER_REACH: int = 6000

# Nationalities as news writes them, and the country each names (for "Malawian authorities"
# -> Government of Malawi); country names themselves come from the place tables.
NATIONALITIES: dict[str, str] = lexicon.mapping("nationalities", "word", "country", kind="nationality")

# The state bodies "the" alone names when the document is about one country: "the
# government said" -> Government of Mali, "the military said" -> Sri Lankan military.
STATE_HEADS: frozenset[str] = lexicon.word_set("state heads", "attribution")
# A country's nationality as a body's name shows it: the first of the country's rows.
DEMONYMS: dict[str, str] = {}
for _nationality, _country in NATIONALITIES.items():
    DEMONYMS.setdefault(_country, _nationality)

# Capitals news uses for their governments ("Kinshasa said"): capital -> country.
CAPITALS: dict[str, str] = lexicon.mapping("nationalities", "word", "country", kind="capital")


def _alias_alternation(aliases, backwards: bool = False) -> str:
    """Acronyms match in capitals only ("WHO", not "who"); other names in any case. Each
    kind is written as a tree of the characters its names share (`phrase_tree`), read from
    the names' ends for a pattern matched backwards (`regex.REVERSE`)."""
    acronyms = [a for a in aliases if a.upper() == a]
    names = [a for a in aliases if a.upper() != a]
    named = phrase_tree(names, backwards=backwards, fold=True)  # (in a case-blind group)
    acronymed = phrase_tree(acronyms, backwards=backwards, cased=True)
    return rf"(?<![\p{{L}}\d])(?:(?i:{named})|{acronymed})(?![\p{{L}}\d])"


_ALIAS = _alias_alternation(ALIASES)
_ALIAS_BACKWARDS = _alias_alternation(ALIASES, backwards=True)  # for patterns matched backwards
# Words of attribution from lexicon/attribution.csv, as alternations.
def _attribution(*list_names: str) -> str:
    return alternation(*list_names, file="attribution")


_FIRST = r"\p{Lu}[\p{L}\p{M}\d'’.\-]*"
_ARTICLE_PREFIXES = _attribution("article prefixes")  # "al-Saleh"
_NEXT = rf"(?:{_FIRST}|(?:{_ARTICLE_PREFIXES})-\p{{L}}+)"
_NAME_JOINERS = _attribution("name joiners")  # "Ministry of Health", "Médecins Sans Frontières"
_JOINER = rf"\s+(?:{_NAME_JOINERS})(?:\s+the)?\s+"
# The same for a name read backwards, its joiners a tree of their ends (`phrase_tree`: the same
# matches, without trying each joiner at every gap of the name)
_JOINER_BACKWARDS = rf"\s+(?:{phrase_tree(lexicon.word_list('name joiners', 'attribution'), backwards=True, cased=True)})(?:\s+the)?\s+"
# A joiner goes on to a name, not to a day or month: "... Authority on Thursday"; a month's
# short form only as a date writes it ("on Mar. 3", "on Mar 3"): "Viña del Mar" is a name.
_SHORT_MONTHS = tuple(m for m in MONTHS if any(o != m and o.startswith(m) for o in MONTHS))
_DAY_OR_MONTH = (
    rf"(?:(?:{_words(WEEKDAYS)}|{_words([m for m in MONTHS if m not in _SHORT_MONTHS])})\b"
    rf"|(?:{_words(_SHORT_MONTHS)})(?:\.|\s*\d))"
)


def _name_pattern(backwards: bool = False) -> str:
    """A name of capitalised words, joined by spaces, "the" or a joiner ("Ministry of
    Health"); a joiner never goes on to a day or a month. For a pattern matched backwards
    (`regex.REVERSE`), which reads a name from its last word, the test of the day stands
    before the joiner: where the words after the joiner are read first, it is made once a
    joiner is found, not at every word. Both find the same: from where the joiner's spaces
    start, one place only can follow them that a name's word starts at ("the" after a
    joiner is no word of a name), so the test looks at the same place."""
    joined = rf"(?!{_JOINER}{_DAY_OR_MONTH}){_JOINER_BACKWARDS}" if backwards else rf"{_JOINER}(?!{_DAY_OR_MONTH})"
    return rf"{_FIRST}(?:(?:{joined}|\s+the\s+|\s+){_NEXT}){{0,6}}"


_NAME = _name_pattern()
_NAME_BACKWARDS = _name_pattern(backwards=True)  # for patterns matched backwards
_NP = rf"(?P<np>{_ALIAS}|{_NAME})"
_VERB = rf"(?:{_words(REPORT_VERBS)})\b"
_AUX = rf"(?:(?:{_words(AUXILIARIES)})\s+){{0,2}}"  # "has", "also", "had earlier", "has also"
# The same for a pattern matched backwards, its words a tree of their ends (`phrase_tree`: the
# same matches, in the same order, without trying every word at each place).
_AUX_BACKWARDS = rf"(?:(?:{phrase_tree(AUXILIARIES, backwards=True, cased=True)})\s+){{0,2}}"
# When the source spoke, between it and its verb: "on Monday", "in 2022", "last week".
_WHEN_DEICTICS: tuple[str, ...] = ("last", "this")
_WHEN_SPANS: tuple[str, ...] = ("week", "month", "year")
_WHEN = (
    rf"(?:(?:(?:on\s+)?(?:{_words(WEEKDAYS)})|in\s+(?:19|20)\d\d"
    rf"|(?:{'|'.join(_WHEN_DEICTICS)})\s+(?:{'|'.join(_WHEN_SPANS)}))\s+)?"
)



# Every reporting verb is one word, and none is the end of another: read back from the end
# of the verb `_verbs` found, a pattern's verb can only be that verb, whole. The patterns
# `_subject` reads back from a verb then leave it out (`_TO_VERB`) and are matched up to the
# verb's start: the same matches, without the alternation of every verb read backwards at
# each call (about 4k instructions of a call's 15-60k).
VERB_READ_ALONE: bool = all(v.isalpha() for v in REPORT_VERBS) and not any(
    a != b and a.endswith(b) for a in REPORT_VERBS for b in REPORT_VERBS
)
# The end of a pattern read backwards from a reporting verb (every one of `_subject`'s ends
# `\s+ {_AUX_BACKWARDS} {_WHEN} {_TO_VERB} \Z`): the verb, or nothing where it is read alone.
_TO_VERB: str = "" if VERB_READ_ALONE else _VERB


def _subject_verb(in_place: bool) -> re.Pattern:
    """ "The United Nations said", "The Syrian Observatory, a war monitor, said", "SOHR (...)
    reports", and with `in_place` "OCHA in CAR said" (see `_subject_verb_for`); the verb
    itself only unless `VERB_READ_ALONE`."""
    in_place_part = rf"(?: \s+ in \s+ (?:the \s+)? {_NAME_BACKWARDS} )?" if in_place else ""
    return re.compile(
        rf"""
        (?P<np>{_NAME_BACKWARDS}|{_ALIAS_BACKWARDS})
        (?: \s* \( [^()]{{1,40}} \) )?                    # (SOHR)
        {in_place_part}                                  # OCHA in CAR, the Health Ministry in the Gaza Strip
        (?: \s* \( [^()]{{1,40}} \) )?                    # the UN Mission in South Sudan (UNMISS)
        (?: (?: \s*, [^,;“”"]{{1,80}} ){{1,2}}? \s*, )?     # , a war monitor, (the nearest name first)
        \s+ {_AUX_BACKWARDS} {_WHEN} {_TO_VERB} \Z
        """,
        re.VERBOSE | re.REVERSE,  # matched backwards from each reporting verb: see _candidates
    )


SUBJECT_VERB = _subject_verb(in_place=True)
# The same without the place after the name, which costs the pattern a second reading of a
# name at every verb: for a sentence where no "in" stands before a capital (`_names_place`).
SUBJECT_VERB_NO_PLACE = _subject_verb(in_place=False)
# The subject's group in both, by its number: see `group_number`.
SUBJECT_NP: int = group_number("np", SUBJECT_VERB, SUBJECT_VERB_NO_PLACE)


# "in" between white space (or a character beyond ASCII, which the regex module may read as
# a space) before a capital or a character beyond ASCII, perhaps after "the ": what
# `_names_place` looks for. (The standard library's \s is white space to `str.isspace`; the
# pattern opens with "in", which its scan skips to, and looks behind it for the space.)
IN_BEFORE_A_CAPITAL = _re.compile(r"in(?<=[\s\x80-\U0010FFFF]in)(?:[^\x00-\x7f\s]|\s+(?:the \s*)?(?:[A-Z]|[^\x00-\x7f\s]))")


def _names_place(sentence: str, lo: int, hi: int) -> bool:
    """Whether sentence[lo:hi] may hold what `SUBJECT_VERB` reads as a body's place, "in"
    between spaces before a capital, perhaps after "the" ("OCHA in CAR", "the Health Ministry
    in the Gaza Strip"): False only where no such "in" is (`IN_BEFORE_A_CAPITAL`, its "in"
    after sentence[lo]).
    (Any character `\\s` or `\\p{Lu}` matches is ASCII and a space or a capital to `str`, or
    not ASCII: the regex module may know letters newer than `str` does. One scan of the
    standard library costs half what a loop over every "in" of the subject's reach cost.)"""
    return IN_BEFORE_A_CAPITAL.search(sentence, lo + 1, hi) is not None


def _may_be_space(ch: str) -> bool:
    return ch.isspace() or not ch.isascii()


def _place_reaches_verb(sentence: str, lo: int, hi: int) -> bool:
    """Whether a place `SUBJECT_VERB` reads after a name may reach the verb at `hi`: only a
    bracket, or an apposition the verb's last comma closes (`_may_close_apposition`), may
    stand between them, so without those its "in" stands after the last comma before the
    verb. False for "a market in Aleppo, the Syrian Observatory said": there the pattern
    read the place's name at every word of the subject, twice the cost of the name alone.
    (Any "in" is counted, a superset of those `_names_place` counts.)"""
    last_comma = sentence.rfind(",", lo, hi)
    if sentence.find("in", max(lo + 1, last_comma + 1), hi) >= 0 or sentence.find("(", lo, hi) >= 0:
        return True
    return _may_close_apposition(sentence, lo, hi)


def _subject_verb_for(sentence: str, lo: int, hi: int, back: _ReadBack) -> re.Pattern:
    """`SUBJECT_VERB`, or where its place cannot match the one without it (`back`'s): both
    find the same (the two differ only in a match that reads a place)."""
    return SUBJECT_VERB if _names_place(sentence, lo, hi) and _place_reaches_verb(sentence, lo, hi) else back.subject_no_place

# "local witnesses and monitors said Tuesday", "officials say": unnamed, no source. (The
# sources' words a tree of their ends, `phrase_tree`, as `_AUX_BACKWARDS`'s.)
# The aside a speaker kept unnamed stands in: ", who spoke on condition of anonymity,", "who asked not to be named".
_ANONYMOUS = rf"(?: \s* ,? \s+ who \s+ [^,;.()]{{1,50}}? \b(?:{_words(lexicon.word_list('anonymity words', 'attribution'))}) \s* ,? )?"
GENERIC_VERB = re.compile(rf"\b(?i:{phrase_tree(GENERIC_SOURCES, backwards=True, fold=True)}){_ANONYMOUS}\s+{_AUX_BACKWARDS}{_WHEN}{_TO_VERB}\Z", re.VERBOSE | re.REVERSE)

# "he said", "she added", "it said": someone named before.
PRONOUN_VERB = re.compile(rf"\b(?i:he|she|they|it)\s+{_AUX_BACKWARDS}{_TO_VERB}\Z", re.VERBOSE | re.REVERSE)


def _by_first_letter(words: tuple[str, ...]) -> str:
    """An alternation of words grouped by their first letter ("s(?:aid|ays|ay)|r(?:...)"):
    at each word start the standard library's `re` tries the one branch of that letter,
    not every word. Followed by a word boundary it matches what `_words` matches."""
    groups: dict[str, list[str]] = {}
    for w in words:
        groups.setdefault(w[:1], []).append(w[1:])
    return "|".join(f"{_re.escape(first)}(?:{_words(rests)})" for first, rests in sorted(groups.items()))


# A reporting verb: where the three patterns above are tried, backwards. (An alternation of
# words by first letter: the standard library's `re` finds them faster.)
VERB = _re.compile(rf"\b(?:{_by_first_letter(REPORT_VERBS)})\b")
# A reporting verb right after a name: "(UNRWA) said".
VERB_NEXT = _re.compile(rf"[^\S\n]+(?:has[^\S\n]+|have[^\S\n]+|had[^\S\n]+)?(?:{_by_first_letter(REPORT_VERBS)})\b")


def _least_pieces(phrases: tuple[str, ...]) -> tuple[str, ...]:
    """The longest piece without a space of each phrase, less those holding a shorter one
    ("says" holds "say"): a text where a pattern finds one of the phrases as a word holds
    one of these as a substring. A scan over every place of a sentence costs more than a
    few substring searches, which most sentences fail."""
    pieces = tuple(dict.fromkeys(max(p.split(), key=len) for p in phrases))
    return tuple(p for p in pieces if not any(q != p and q in p for q in pieces))


VERB_PIECES: tuple[str, ...] = _least_pieces(REPORT_VERBS)


def may_credit_in(sentence: str) -> bool:
    """Whether a sentence may name a source by itself: a reporting verb, "according to", a
    citation in brackets, "citing" or a count "by" someone. False is sure; True may not be."""
    return "ccording" in sentence or "(" in sentence or "iting" in sentence or " by " in sentence or holds_any(sentence, VERB_PIECES)
SUBJECT_REACH: int = 200  # characters before the verb a subject with its apposition may take

COUNT_MODIFIERS = _attribution("count modifiers")  # "latest", "daily"
COUNT_NOUNS = _attribution("count nouns")  # "count", "figures", "toll"
# "Malawi's government said", "the Interior ministry said", "the UN humanitarian office
# (OCHA) said", "the medical charity added", "its agency said": a body ending in a lower-case head.
_HEAD = rf"(?:{_words(BODY_HEADS)})"


def _owner(name: str) -> str:
    """A name owning what follows: "Malawi's government", "the Interior ministry"."""
    return rf"(?:(?<![\p{{L}}\p{{M}}'’\-]){name}(?:['’]s)?\s+)"


_OWNER = _owner(_NAME)
BODY_VERB = re.compile(
    rf"""
    (?P<np> (?P<det>\b(?i:{_words(REFERRING_WORDS)})\s+)? (?P<owner>{_owner(_NAME_BACKWARDS)})?
      (?P<mods>(?:(?<![\p{{L}}\p{{M}}'’\-])[\p{{Ll}}][\p{{Ll}}'’\-]*\s+){{0,3}}) (?P<head>{_HEAD}) )
    (?: \s* \( (?P<acr>[^()]{{1,12}}) \) )?
    (?: \s+ (?P<count>{COUNT_NOUNS}) )?              # "border police data showed": the body's count
    (?: \s+ in \s+ (?:(?:\p{{Ll}}+\s+)? {_NAME_BACKWARDS} | (?:19|20)\d\d
                     | the \s+ [\p{{L}}\-]+ (?:\s+ \p{{Ll}}+)? ) )?     # "the health ministry in the Hamas-run territory says"
    (?: \s+ \p{{Ll}}{{3,}} \s+ of \s+ {_NAME_BACKWARDS} )?     # "the Kilis crossing north of Gaziantep said"
    (?: \s*, (?P<appos>[^,;“”"]{{1,80}}) \s*, )?     # "The Philippine disaster agency, NDRRMC, reported"
    \s+ {_AUX_BACKWARDS} {_WHEN} {_TO_VERB} \Z
    """,
    re.VERBOSE | re.REVERSE,
)
# A noun phrase that is no subject: a place after a preposition ("authorities in
# neighbouring Mozambique counted", "the health ministry in Ramallah said").
OPENING_PREPOSITIONS: frozenset[str] = lexicon.word_set("opening prepositions", "attribution")
AFTER_PREPOSITION_WORDS: tuple[str, ...] = ("in", "at", "from", "near", "of", "to", "into", "across", "inside", "outside", "with", "by")
AFTER_PREPOSITION = re.compile(rf"\b(?:{'|'.join(AFTER_PREPOSITION_WORDS)})\s+(?:\p{{Ll}}+\s+)?\Z", re.REVERSE)
# Unnamed people of a named body: "Officials at the Ministry of Interior told", "An official of
# the World Food Programme said": the body is the source.
_UNNAMED_OF = rf"(?i:(?:officials?|sources?|staff|(?:{_words(lexicon.word_list('unnamed persons', 'attribution'))})s?)\s+(?:at|of|from|with|for)\s+(?:the\s+)?)"
UNNAMED_OF_BEFORE = re.compile(rf"\b{_UNNAMED_OF}\Z", re.REVERSE)
UNNAMED_OF = re.compile(rf"(?i:(?:an?|the|some|two|three|several|senior|local)\s+)*{_UNNAMED_OF}")
# The words that link unnamed people to their body in `_UNNAMED_OF`, between white space.
UNNAMED_OF_LINKS: frozenset[str] = frozenset({"at", "of", "from", "with", "for"})


def _may_open_unnamed_of(np: str) -> bool:
    """Whether `UNNAMED_OF` may match at the start of a subject: False only for an ASCII
    subject none of whose words lowered is one of its links (most subjects: "the UN",
    "Raed al-Saleh"; a test of its words costs a fraction of the pattern's call). On ASCII
    every character the pattern's \\s matches is white space to `str.split`."""
    return not np.isascii() or not UNNAMED_OF_LINKS.isdisjoint(np.lower().split())


def _may_follow_preposition(sentence: str, lo: int, at: int) -> bool:
    """Whether `AFTER_PREPOSITION` may match before `at`: white space ends sentence[lo:at],
    and its last word, or the word before it, ends with one of the prepositions ("in
    neighbouring Mozambique"). Most subjects stand after "the" or a comma, and two words cut
    from the stretch cost a fraction of the pattern's call. (Every character `\\s` matches
    is white space to `str`, and no letter is: a match's lower-case word is a word of
    `str.split`, and its preposition ends one.)"""
    if at <= lo or not sentence[at - 1].isspace():
        return False
    words = sentence[lo:at].rsplit(None, 2)
    return bool(words) and (words[-1].endswith(AFTER_PREPOSITION_WORDS) or (len(words) > 1 and words[-2].endswith(AFTER_PREPOSITION_WORDS)))


# A capitalised word right before an alias makes a longer name: "the Kenya Red Cross".
WORD_BEFORE = re.compile(rf"(?P<word>{_FIRST})\s+\Z", re.REVERSE)
WORD_BEFORE_WORD: int = group_number("word", WORD_BEFORE)
# A person's title before the name, and the body before the title: "BNPB spokesman",
# "Kenya Red Cross Secretary General", "IOM Iraq press officer", "ministry spokesman".
_TITLE = rf"(?i:{_words(TITLES)})"
# A title that goes on with "of": "chief of mission", "head of office" (a person's name follows).
TITLE_OF_BEFORE = re.compile(rf"\b{_TITLE}\s+of\s+(?:\p{{Ll}}+\s+)?\Z", re.REVERSE)
_TITLE_MODIFIERS = _attribution("title modifiers")  # "IOM Iraq press officer"
ORG_BEFORE_TITLE = re.compile(
    rf"""
    (?: (?P<org>{_NAME_BACKWARDS}) | (?P<ref>\b(?i:the\s+|its\s+|her\s+|his\s+)?(?:[\p{{Ll}}\-]+\s+)?{_HEAD}) )
    (?: ['’]s )? (?: \s* \( (?P<acr>[^()]{{1,12}}) \) )?
    (?: \s+ (?:{_TITLE_MODIFIERS}|\p{{Ll}}+) )?
    (?: \s+ {_TITLE} ){{1,3}} \s* \Z
    """,
    re.VERBOSE | re.REVERSE,
)
# A title and a person's name after a body: "according to BNPB spokesman Abdul Muhari", "Kenya
# Red Cross Secretary General Ahmed Idris", "the WHO representative in Gaza, Rik Peeperkorn":
# the person speaks for the body.
TITLED_PERSON_AFTER = re.compile(
    rf"(?:\s+(?:{_TITLE_MODIFIERS}|\p{{Ll}}+))?(?:\s+{_TITLE}){{1,3}}"
    rf"(?:\s+(?:in|for)\s+{_NAME},)?\s+(?P<person>{_FIRST}(?:\s+{_NEXT}){{1,3}})"
)
# A person named after a title and the acronym it is known by: "Upazila Nirbahi Officer (UNO)
# Mohammad Raihan Kabir", "Superintendent of Police (SP) Ravi Kumar".
PERSON_AFTER_ACRONYM = re.compile(rf" \(\p{{Lu}}[\p{{Lu}}\p{{Ll}}.]{{1,10}}\)\s+(?P<person>{_FIRST}(?:\s+{_NEXT}){{1,3}})")
# "the UN High Commissioner for Refugees, Filippo Grandi, said", "A police officer, Major
# Mohamed Abdullahi, said": a person named in apposition to a title or a body.
APPOSED_PERSON = re.compile(
    rf"""
    (?P<before>[^,;“”"]{{2,120}}) , \s* (?:(?:{_TITLE})\.?\s+)* (?P<person>{_FIRST}(?:\s+{_NEXT}){{0,3}}) \s* , \s+ {_AUX_BACKWARDS} {_WHEN} {_TO_VERB} \Z
    """,
    re.VERBOSE | re.REVERSE,
)
# The words that may stand between the comma closing such an apposition and its verb (an
# auxiliary, "on", a weekday, "in" a year, "last week": `_AUX`, `_WHEN`).
APPOSITION_TAIL_WORDS: frozenset[str] = (
    frozenset(w for a in AUXILIARIES for w in a.split()) | {"on", "in", *_WHEN_DEICTICS, *_WHEN_SPANS} | frozenset(WEEKDAYS)
)


def _may_close_apposition(sentence: str, lo: int, at: int) -> bool:
    """Whether `APPOSED_PERSON` may match before the verb at `at`: its comma is the last in
    sentence[lo:at], and only `APPOSITION_TAIL_WORDS` stand after it ("X, the UN's chief,
    said" but not "..., the ministry said": most commas before a verb close no apposition).
    (Every character the pattern's \\s matches is white space to `str.split`.)"""
    comma = sentence.rfind(",", lo, at)
    if comma < 0:
        return False
    for word in sentence[comma + 1 : at].split():  # (a loop: most fail at the first word, which `all` of a generator paid two calls for)
        if word not in APPOSITION_TAIL_WORDS and not (len(word) == 4 and word.isdigit()):
            return False
    return True


# "By UNHCR's count", "the NDRRMC's latest update", "WHO's figures show".
POSSESSIVE_COUNT = re.compile(
    rf"""
    (?P<np>{_NAME}) (?:['’]s)? \s+ (?:(?:{COUNT_MODIFIERS}|\d[\d:.]*|a\.m\.|p\.m\.)\s+){{0,3}}
    (?:{COUNT_NOUNS})\b
    """,
    re.VERBOSE,
)
# "Jan Egeland of the Norwegian Refugee Council wrote": a person and the body he speaks for.
PERSON_OF_BODY = re.compile(rf"\A(?P<person>{_FIRST}(?:\s+{_NEXT}){{1,3}})\s+(?:of|from|at)\s+(?:the\s+)?(?P<org>{_NAME})\Z")


# "IOM's Philippe Branchat", "UNICEF's Catherine Russell": a body's person, the body first.
BODY_S_PERSON = re.compile(rf"\A(?P<org>{_FIRST}(?:\s+{_NEXT}){{0,4}})['’]s\s+(?P<person>{_FIRST}(?:\s+{_NEXT}){{1,3}})\Z")


def _person_of_body(np: str) -> re.Match | None:
    """`PERSON_OF_BODY` on a name with single spaces: only where one of its linking words
    stands (most subjects have none: "the UN", "Raed al-Saleh"); or a body's possessive
    before the person, when what owns is a body ("IOM's Philippe Branchat")."""
    if " of " in np or " from " in np or " at " in np:
        return PERSON_OF_BODY.match(np)
    if "'s " in np or "’s " in np:
        m = BODY_S_PERSON.match(np)
        return m if m is not None and _is_body(m.group("org")) else None
    return None


# "Médecins Sans Frontières (MSF)", "Turkey's Disaster and Emergency Management Authority
# (AFAD)": an acronym defined in the text, learned for that document.
# Found from each parenthesised acronym backwards: cheap where a text has none.
ACRONYM_IN_PARENS = _re.compile(r"\((?P<acr>[A-Z][A-Za-z]{1,9})\)")
_LONG_NAME_JOINERS = _attribution("long name joiners")
LONG_BEFORE = re.compile(
    rf"(?P<long>{_FIRST}(?:(?:\s+(?:{_LONG_NAME_JOINERS})\s+|\s+)(?:{_NEXT}|\p{{Ll}}+)){{1,9}})\s*\Z",
    re.REVERSE,
)
LONG_REACH: int = 160  # characters before "(ACR)" its full name may take
# Words that make a capitalised phrase a body rather than a person.
BODY_WORDS: frozenset[str] = lexicon.word_set("body words", "attribution")
# Heads that name a document a body issued: "a U.N. working document says", "a University
# of Michigan study estimated": the body is the source.
DOCUMENT_HEADS: frozenset[str] = lexicon.word_set("document heads", "attribution")
# "The statement added", "the report said": the document of a source named before.
DOCUMENT_BACK = re.compile(rf"\b[Tt]he\s+(?:{_words(sorted(DOCUMENT_HEADS))})\s+{_AUX_BACKWARDS}{_WHEN}{_TO_VERB}\Z", re.VERBOSE | re.REVERSE)

# Heads that name an unnamed person of a body: "a BINUH spokesman told": the body is the source.
PERSON_HEADS: frozenset[str] = lexicon.word_set("person heads", "attribution")
# Words that never stand inside a body's name: "Kinshasa that authorities" is no body.
NOT_MODIFIERS: frozenset[str] = lexicon.word_set("not modifiers", "attribution")
# Outlets: a body "the agency" never refers back to (it reports, it does not count).
OUTLETS: frozenset[str] = lexicon.word_set("outlets", "attribution")
# Words that make a name an outlet's: "the Ghanaian Times", "the Daily Graphic", "Kyodo News".
OUTLET_HEADS: frozenset[str] = lexicon.word_set("outlet heads", "attribution")
OUTLET_NAMES: frozenset[str] = frozenset(filter(None, map(_alias, OUTLETS)))  # "AFP" -> "Agence France-Presse"
# A document that is a body's own report ("WFP Mozambique Situation Report #3", "This report
# is produced by OCHA Libya"): its figures without other attribution are that body's.
REPORT_TITLE = re.compile(rf"(?i:{_attribution('report titles')})")
# A word of each title, one of which a text holds once case-folded if the pattern may match
# (the letters the pattern's case-blind match takes for an ASCII letter, "ſ" and the Kelvin
# sign among them, fold to it): a cheap test first (most documents are no report).
REPORT_TITLE_WORDS: frozenset[str] = frozenset(
    max(t.lower().split(), key=len) for t in lexicon.word_list("report titles", "attribution")
)
TITLE_REACH: int = 400  # characters at the start of a document where its title and byline stand

# Reporting verbs that before a count of lives tell an event's toll: "Cholera had claimed
# 1,210 lives", "the fighting claimed the lives of 40 people" (its subject is no source).
TOLL_VERBS: frozenset[str] = lexicon.word_set("toll verbs", "attribution")
TOLL_AFTER = re.compile(r"\s+(?:[\p{L}\d,.\-]+\s+){0,4}?lives\b")

# "..., said Raed al-Saleh." / "“...,” said the UN."
INVERTED_VERBS = _attribution("inverted verbs")  # "..., said Raed al-Saleh."
# The first word of each (see `_may_be_inverted`), and what stands before one.
INVERTED_FIRST_WORDS: tuple[str, ...] = tuple(
    dict.fromkeys(v.split()[0] for v in lexicon.word_list("inverted verbs", "attribution"))
)
INVERTED_MARKS: str = ",”\"’'"  # (a straight quote too: "'... alone,' said Matthew Saltmarsh.")
# Where an inverted attribution may start: a mark, white space, the first word of a verb.
INVERTED_START = _re.compile(rf"[{_re.escape(INVERTED_MARKS)}]\s*(?:{'|'.join(map(_re.escape, INVERTED_FIRST_WORDS))})")
INVERTED = re.compile(
    rf"""
    [{INVERTED_MARKS}] \s* (?:{INVERTED_VERBS}) \s+ (?:the\s+)?
    (?: an?\s+ (?:[\p{{Ll}}\-]+\s+){{0,3}} [\p{{Ll}}\-]+ \s*,\s+ )?    # "..., said a district official, Abdul Qadir Achakzai."
    (?: (?P<org>{_NAME}) (?:\s+\p{{Ll}}+)? (?:\s+{_TITLE}){{1,3}} \s+ )?    # IOM Iraq press officer
    {_NP}
    (?= \s* (?: [.,;:(] | $ ) | \s+ and \s+ (?:the\s+)? \p{{Lu}} [^.,;:()]{{0,60}} (?: [.,;:(] | $ ) )   # "..., said UNHCR and IOM."
    """,
    re.VERBOSE,
)
# "..., said the interior ministry.", "..., says Hamas-run health ministry": a body written in
# lower case after an inverted verb, read as "according to" reads one, up to the clause's end.
INVERTED_LOWER = re.compile(rf"[{INVERTED_MARKS}]\s*(?:{INVERTED_VERBS})\s+(?=(?:the\s+)?(?:\p{{Ll}}|\p{{Lu}}\p{{L}}*-\p{{Ll}}))")
# ... or a person, after a title in lower case: "..., said district health officer Ravi
# Pardeshi.", "..., said civic health chief Dr Ravi Pardeshi." (no preposition among the words)
LOWER_TITLED_PERSON = re.compile(
    rf"(?:the\s+)?(?:(?!(?:in|on|at|of|for|from|to|by|with|that|and|who|which)\b)\p{{Ll}}[\p{{Ll}}\-]*\s+){{1,4}}"
    rf"(?:(?:Dr|Mr|Mrs|Ms|Prof)\.?\s+)?(?P<person>\p{{Lu}}[\p{{Ll}}'’\-]+(?:\s+\p{{Lu}}[\p{{Ll}}'’\-]+){{1,3}})(?=\s*(?:[.,;:(]|$))"
)
# ... closing the clause, a place of its own after it: "the health ministry in Gaza."
CLAUSE_ENDS = re.compile(r"(?:\s+(?:in|of)\s+[^.,;:()\n]{1,60}?)?[^\S\n]*(?:[.,;:(]|\Z)")
# "IOM reports, citing Iraq's Ministry of Migration and Displacement (MoMD)": the body cited
# counted the figure. "Civil and medical sources told SOHR activists": the monitor told.
# ... and "Saba quoted the health ministry as saying": the body quoted.
_QUOTED_AS = r"[Qq]uoted(?=\s[^,.;]{0,60}?\bas\s+saying\b)"
CITING = re.compile(
    rf"\b(?:[Cc]iting|[Qq]uoting|{_QUOTED_AS}) \s+ (?:the\s+)? (?:(?:[\p{{Ll}}'’\-]+\s+){{0,3}}? {_TITLE} \s+)? (?P<np>{_NAME})",
    re.VERBOSE,
)  # ("quoted provincial governor Ali Karimi as saying": the person after a title in lower case)
CITING_LOWER = re.compile(rf"\b(?:[Cc]iting|[Qq]uoting|{_QUOTED_AS})\s+(?=(?:the\s+)?\p{{Ll}})")
# "Reuters reported, citing authorities and emergency services": an outlet passing on what
# unnamed people told it credits nobody. With no determiner: "citing the ministry" refers
# back to a body named before.
_UNNAMED_PEOPLE = tuple(w for w in GENERIC_SOURCES if w not in DOCUMENT_HEADS)
# Unnamed people of a community right after a capitalised word that names no body: "Kurdish
# elders", "Rohingya community leaders", "Yazidi survivors" (not "UN officials": a body's).
UNNAMED_PEOPLE_AFTER = re.compile(rf"\s+(?:{_attribution('people of a place')})\b")
# ... and a place's unnamed officials, their field before them: "according to Gaza health
# officials", "Bago rescue workers" (people, not a body: "Gaza health ministry" is a body's name).
# (one person of a body, "a Mali government spokesman", speaks for it: no unnamed people)
_PEOPLE_ONLY = tuple(
    w for w in _UNNAMED_PEOPLE
    if w.split()[-1] not in INSTITUTION_HEADS | ANY_BODY_HEADS | STATE_HEADS and not (w in PERSON_HEADS and not w.endswith("s"))
)
OFFICIALS_AFTER = re.compile(rf"\s+(?:\p{{Ll}}[\p{{Ll}}\-]*\s+){{1,2}}(?:{_words(_PEOPLE_ONLY)})\b")
CITING_UNNAMED = re.compile(
    rf"\b(?:citing|quoting) \s+ (?:(?!(?i:{_words(REFERRING_WORDS)})\b)\p{{Ll}}[\p{{Ll}}\-]*\s+){{0,2}} (?i:{_words(_UNNAMED_PEOPLE)})\b",
    re.VERBOSE,
)
TELLING_SOURCES = _attribution("telling sources")
TOLD_MONITOR = re.compile(
    rf"\b(?i:{TELLING_SOURCES})\s+(?:have\s+)?told\s+(?:the\s+)?(?P<np>{_NAME})"
)

# A hyphenated lower-case modifier before a name: "the crisis-mapping monitor X".
_COMPOUND_MODIFIER = r"\p{Ll}+-\p{Ll}+"
# "according to Reuters", "according to state news agency SANA", "according to local reports"
# (The name read once after either run of words before it: the same matches, tried in the
# same order, as each run with a name of its own, at half the pattern's size.)
ACCORDING_TO = re.compile(
    rf"""
    \b(?i:according\s+to) \s+
    (?: (?: (?:(?:(?i:{_words(DESCRIPTORS)})|{_COMPOUND_MODIFIER})\s+){{0,4}}?
          | (?:[\p{{Ll}}'’\-]+\s+){{0,4}}? {_TITLE}
            (?: \s+                                                 # "according to provincial health chief Mohammed Ali"
              | (?: \s+ (?:of|for) (?:\s+[\p{{Ll}}'’\-]+){{1,5}}? )? \s* , \s+ ) )  # "... the head of the local civil society, Jean Mbabaze"
        {_NP}
      | (?P<generic>\p{{Ll}}[\p{{L}}\-]*) )
    """,
    re.VERBOSE,
)

# "was quoted as saying by state news agency SANA", "figures released by the UN"
BY_VERBS = _attribution("by verbs")
BY_SOURCE = re.compile(
    rf"""
    \b(?:{BY_VERBS})
    \s+ by \s+ (?:(?i:{_words(DESCRIPTORS)})\s+){{0,3}} {_NP}
    """,
    re.VERBOSE,
)
# The same with a body written in lower case: "figures provided by the health ministry".
BY_LOWER = re.compile(rf"\b(?:{BY_VERBS})\s+by\s+(?=(?:the|its|a)\s+\p{{Ll}})")
# The first words of the "by" verbs, where every match of the two patterns starts (they are
# matched in the case written: a verb written otherwise matches neither).
BY_FIRST_WORDS: tuple[str, ...] = first_words(lexicon.word_list("by verbs", "attribution"))
BY_VERBS_LOWER: bool = all(v == v.lower() for v in lexicon.word_list("by verbs", "attribution"))


def _found_from(pattern: re.Pattern, sentence: str, starts: Iterable[int]) -> Iterator[re.Match]:
    """What `pattern.finditer(sentence)` finds, given every place (in order) a match of it
    may start: the pattern tried only there, each from where the last match ended (a scan
    of the regex module tries every place, some 40 ns each for a pattern that reads names)."""
    pos = 0
    for at in starts:
        if at >= pos and (m := pattern.match(sentence, at)) is not None:
            yield m
            pos = m.end()


def _by_verb_starts(sentence: str) -> list[int] | None:
    """Every place one of the "by" verbs' first words starts (where `BY_SOURCE` and
    `BY_LOWER` may match), or None when a verb is not written in lower case (they scan)."""
    return word_starts(sentence, 0, len(sentence), BY_FIRST_WORDS) if BY_VERBS_LOWER else None


def _by_matches(pattern: re.Pattern, sentence: str, starts: list[int] | None) -> Iterator[re.Match]:
    """`pattern.finditer(sentence)` for a "by" pattern, given `_by_verb_starts`."""
    return pattern.finditer(sentence) if starts is None else _found_from(pattern, sentence, starts)


# "(OCHA, 18 February 2017)", "(Norwegian Refugee Council, 29 March 2017; ...)"
CITATION = re.compile(r"\((?P<body>[^()]{2,300})\)")
# What parts a citation's body from its date: the last comma, or a dash between spaces.
CITATION_SPLIT = re.compile(r"(?:,|\s[–—-]\s)(?!.*(?:,|\s[–—-]\s))", re.DOTALL)
ACRONYM = re.compile(r"(?<![\p{L}\d])\p{Lu}{2,}(?![\p{L}\d])")
NAME_ONLY = re.compile(rf"(?:{_ALIAS}|{_NAME})")
ALIAS_ANYWHERE = re.compile(_ALIAS)

POSSESSIVE = re.compile(r"['’]s$")

OPENING_QUOTES: str = "“\"«"
CLOSING_QUOTE = re.compile(r"[”\"»]")

# How far back a pronoun looks for its speaker, and forward a quotation for its close.
PRONOUN_REACH: int = 5
# What is read once a document (its bodies, acronyms, publisher) is cached for the few
# documents read last: a cache keyed by whole texts holds those texts, so a larger cache
# would make memory grow with the corpus (about 10 kB an article).
DOCUMENTS_CACHED: int = 4
NAMES_CACHED: int = 64
QUOTE_REACH: int = 4


@lru_cache(maxsize=8192)
def normalise(name: str) -> str:
    """A source's name as tables show it: aliases resolved, titles and descriptors dropped."""
    s = " ".join(name.replace("’", "'").split()).strip(" ,;:")
    s = s.rstrip(".") if not _alias(s) else s
    if (canonical := _alias(s)) is not None:
        return canonical
    tokens = s.split()
    while len(tokens) > 1 and _not_a_name(tokens[0]):
        tokens = tokens[1:]
    titled = [i for i, t in enumerate(tokens) if t.lower().rstrip(".") in TITLES]
    # (a title that goes on with "of" is a word of a body's name: "Directorate General of Health Services")
    if titled and titled[-1] < len(tokens) - 1 and tokens[titled[-1] + 1][:1].isupper():
        tokens = tokens[titled[-1] + 1 :]
        if len(tokens) >= 3 and _a_place(tokens[0]):
            tokens = tokens[1:]  # "Deputy Commissioner Quetta Saad Bin Asad": the title's place, then the person
    while len(tokens) > 1 and not tokens[0][:1].isupper():
        tokens = tokens[1:]
    if tokens and tokens[-1].endswith("'s"):
        tokens[-1] = tokens[-1][:-2]
    s = " ".join(tokens)
    return _alias(s) or s


class SourceKind(Enum):
    NAMED = "named"  # a body or person the text names
    GENERIC = "generic"  # officials, witnesses: nobody named
    PRONOUN = "pronoun"  # "it said": the last body named before
    UNNAMED = "unnamed"  # "an official said": one person, maybe named further down


# The kinds by name, as the code below reads them: a member read through its class
# (`SourceKind.NAMED`) goes through the Enum metaclass's `__getattr__` hook, some 250
# instructions a read, and an article's attributions read them about a hundred times.
NAMED = SourceKind.NAMED
GENERIC = SourceKind.GENERIC
PRONOUN = SourceKind.PRONOUN
UNNAMED = SourceKind.UNNAMED


def _kind(name: str | None) -> SourceKind:
    return NAMED if name else GENERIC


class _Candidate(NamedTuple):  # a named tuple: immutable, and built in C (several an article)
    """An attribution found in a sentence."""

    kind: SourceKind
    name: str | None  # normalised; None unless named
    start: int  # span in the text
    end: int
    org: str | None = None  # the body a named person speaks for
    cited: bool = False  # named after "citing": the body cited counted the figure
    citation: bool = False  # "(OCHA, 5 March 2017)": credits what comes before it only


class Credit(NamedTuple):  # a named tuple: immutable, and built in C (several an article)
    """Who a figure is credited to: the person or body the text names, and the body that
    person speaks for ("Sutopo Nugroho", "BNPB"); both None when nobody is named."""

    source: str | None
    org: str | None = None


NOBODY = Credit(None)


def attribute(text: str, sentences: list[tuple[int, int]], index: int, offset: int) -> str | None:
    """Who reported the figure at `offset` of `text`, in sentence `index`; None if nobody named."""
    return credit(text, sentences, index, offset).source


def credit(text: str, sentences: list[tuple[int, int]], index: int, offset: int, background: bool = False) -> Credit:
    """The source of the figure at `offset` of `text`, in sentence `index`, and the body
    its speaker speaks for. A `background` figure (of an earlier time than the story's)
    takes no source from the sentence before (`_continued`)."""
    start, end = sentences[index]
    found = _candidates(text, start, end)
    if not any(c.kind is NAMED for c in found) and (turn := _speaker_turn(text, start)) is not None:
        return turn  # "GOV. CLAUDIO CASTRO: As of this hour we have 83 confirmed dead"
    if any(c.citation and c.end <= offset for c in found):  # a citation before the figure cites another fact
        found = tuple(c for c in found if not (c.citation and c.end <= offset))
    if found and found[-1].start > offset and holds_any(text[offset:end], CLAUSE_JOINS):
        # "..., and the Red Crescent said on Sunday that more boats were missing": what follows's
        found = tuple(c for c in found if not (c.start > offset and says_what_follows(text, offset, c.start, c.end)))
    if len(found) > 1:
        found = _without_outlets_passing_on(found, text)
    if not found:
        found = _from_neighbours(text, sentences, index)
        if not found:
            return _publisher(text) if background else _continued(text, sentences, index)
    best = found[0] if len(found) == 1 else min(found, key=lambda c: max(0, gap(offset, offset, c.start, c.end)) + _across_clauses(text, offset, c))
    # (each asked only where it may answer, as each first tests: most attributions close the
    # figure's sentence, after it, where neither has one)
    if best.start < offset:
        best = _cited_before(found, best, text, offset) or best
    if best.end <= offset:
        best = _closing_over_subject(found, best, text, offset) or best
    elif text.startswith(_ACCORDING_OPENINGS, start) and not _says_according_to(text, best):
        # (not over another "according to": "..., according to IOM.")
        best = _according_to_within(found, text, start, start + ACCORDING_OPENING_REACH) or best
    if _concession_between(text, offset, best):
        return NOBODY
    if best.kind is not NAMED and best.end <= offset and (cited := _according_to_within(found, text, offset + 1, end)) is not None:
        return _credit(text, cited)  # "she said that ... 115 civilians ... have been killed, according to OHCHR": the body cited
    if best.kind in (GENERIC, UNNAMED):
        best = _speaker_of_clause(found, best, text) or best
    if best.kind is PRONOUN:
        if (speaker := _speaker_before(found, best, text)) is not None:
            return _credit(text, speaker) if speaker.kind is NAMED else NOBODY
        personal = PERSONAL_PRONOUN.match(text, best.start) is not None
        if earlier := [c for c in found if c.kind is NAMED and c.end <= best.start and c.name and _is_person(c.name) == personal]:
            # "X estimated that ...; he raised the toll to ...": the speaker of the clause before
            return _credit(text, max(earlier, key=lambda c: c.end))
        return _last_named(text, sentences, index, best.start)
    if best.kind is UNNAMED:
        return _named_next(text, sentences, index, best)
    if best.kind is not NAMED:
        return NOBODY
    return _credit(text, best)


# A sentence that opens "According to X," credits X with every figure of the sentence, whoever
# relays them after it: "According to the International Organization for Migration (IOM), more
# than 7.7 million people are displaced in Sudan, and a further 1.8 million have crossed into
# neighbouring countries, the Deputy Spokesperson, Farhan Haq, told reporters."
_ACCORDING_OPENINGS: tuple[str, ...] = ("According to ", "according to ")
ACCORDING_OPENING_REACH: int = 2  # characters between the sentence's start and its "According to" candidate


def _says_according_to(text: str, c: _Candidate) -> bool:
    return holds_any(text[c.start : c.end], _ACCORDING_OPENINGS)


def _according_to_within(found: tuple[_Candidate, ...], text: str, lo: int, hi: int) -> _Candidate | None:
    """The named body an "according to" starting between `lo` and `hi` credits: the sentence's
    opening one ("According to IOM, 7.7 million ..., the Deputy Spokesperson, Farhan Haq, told
    reporters"), or one after the figure that a speaker of no name before it relays ("Turning
    to Syria, she said that ... 115 civilians ... have been killed ..., according to the Office
    of the High Commissioner for Human Rights")."""
    for c in found:  # (a loop: a sentence has two or three candidates)
        if c.kind is NAMED and lo <= c.start <= hi and _says_according_to(text, c):
            return c
    return None


# A speaker's turn in a transcript: a line opening with the speaker's name (a title before it,
# a time before that, a role in brackets after it) and a colon. Every figure of the line is
# the speaker's: "00:03:15 - GOV. CLAUDIO CASTRO: As of this hour we have 83 confirmed dead",
# "DR. LENA OSEI (MSF field coordinator): We have registered 12,000 families", "A (NRC's Tom
# Peyre-Costa): Yes. About 4,000 families have gone back". An interviewer's turn credits
# nobody (attribution.csv interviewer labels, answer labels); a row's label ("People
# killed: 45", "Sindh: 512") is no person's name.
SPEAKER_LABEL = re.compile(
    r"[^\S\n]*(?:\d{1,2}:\d{2}(?::\d{2})?[^\S\n]*(?:[—–-][^\S\n]*)?)?"
    r"(?P<name>\p{Lu}[\p{L}'’.-]*(?:[^\S\n]+\p{Lu}[\p{L}'’.-]*){0,5})[^\S\n]*"
    r"(?:\((?P<role>[^()\n]{1,80})\)[^\S\n]*)?:[^\S\n]"
)
INTERVIEWER_LABELS: frozenset[str] = lexicon.word_set("interviewer labels", "attribution")
ANSWER_LABELS: frozenset[str] = lexicon.word_set("answer labels", "attribution")
LABEL_LONGEST = 120  # characters of a line its speaker's label and colon stand within


def _speaker_turn(text: str, start: int) -> Credit | None:
    """The speaker whose turn the sentence at text[start] or its line is (`SPEAKER_LABEL`), or None."""
    line = text.rfind("\n", 0, start) + 1
    if text.find(":", line, min(len(text), start + LABEL_LONGEST)) < 0:
        return None  # (most sentences: no label's colon on their line)
    for at in dict.fromkeys((start, line)):  # the sentence's own label, then its line's
        label = SPEAKER_LABEL.match(text, at, min(len(text), at + LABEL_LONGEST))
        if label is not None:
            return _speaker(label.group("name"), label.group("role"))
    return None


OWNED_NAME = re.compile(r"(?P<owner>[^'’]+)['’]s\s+(?P<name>.+)")  # "NRC's Tom Peyre-Costa"


def _speaker(written: str, role: str | None) -> Credit | None:
    """The credit a speaker's label gives: a person's name, and the body of its possessive or
    the acronym of its role ("MSF field coordinator"); None for an interviewer or a label that
    names no person ("People killed", "North Kivu")."""
    word = written.lower().strip(".")
    if word in INTERVIEWER_LABELS:
        return None
    if word in ANSWER_LABELS:
        if not role:
            return None
        written, role = role, None  # "A (NRC's Tom Peyre-Costa)": the answer's speaker in brackets
    org = None
    if (owned := OWNED_NAME.fullmatch(written)) is not None:
        org, written = owned.group("owner").strip(), owned.group("name")
    name = normalise(written.title() if written.isupper() else written)
    if not name or not _is_person(name) or _is_outlet(name) or _opens_with_a_place(name):
        return None  # a place ("North Kivu: 212"), or a name opening with a country's ("Sierra Leone Telegraph: 14 August")
    if org is None and role:
        org = next((m.group() for m in ACRONYM.finditer(role)), None)
    return _new_tuple(Credit, (name, (_alias(org) or org) if org else None))


def _opens_with_a_place(name: str) -> bool:
    """Whether the name's first words are a country's name, or a place's of two words or more
    ("Sierra Leone Telegraph", "North Kivu"): a first name that is also a town's stays a
    person's ("Claudio Castro")."""
    words = name.split()
    prefixes = [" ".join(words[:n]) for n in range(1, len(words) + 1)]
    return any(_is_country(p) for p in prefixes) or any(_a_place(p) for p in prefixes[1:])


# What follows an attribution that closes a clause: "..., it said, and ...", "..., it said on Monday; ..."
CLAUSE_CLOSED_AFTER = _re.compile(r"(?:\s+(?:on\s+)?\w+day)?\s*[,;]")


def _closing_over_subject(found: tuple[_Candidate, ...], best: _Candidate, text: str, offset: int) -> _Candidate | None:
    """"Yemen has recorded about 3,981 deaths ..., the WHO said": a subject before the figure
    that names neither a body nor a person (a place, a disease, a crowd) is part of what the
    attribution closing the sentence reports; that attribution credits the figure."""
    if best.end > offset:
        return None
    if _closes(text, best.start) and CLAUSE_CLOSED_AFTER.match(text, best.end):
        # "About 175,000 were in shelters, it said, and 1.4 million needed aid, according to
        # the UN": an attribution closing the clause before is that clause's
        return next((c for c in found if c.start >= offset and _closes(text, c.start) and not _across_clauses(text, offset, c)), None)
    if best.kind is not NAMED or not best.name or _is_body(best.name) or _is_person(best.name):
        return None
    for c in found:
        if c.start >= offset and c.kind is not PRONOUN and _closes(text, c.start) and not _across_clauses(text, offset, c):
            return c
    return None


def _without_outlets_passing_on(found: tuple[_Candidate, ...], text: str) -> tuple[_Candidate, ...]:
    """"The NADMO said floods had killed 20 people, the Ghanaian Times reported": an outlet
    closing a sentence whose attribution someone else opens passes on their words; they
    counted (unnamed police too: then nobody named did). An outlet alone stays: "The toll
    has surged to 1,000, AFP reported"."""
    return tuple(
        c for c in found
        if not (
            c.kind is NAMED and _is_outlet(c.name) and _closes(text, c.start)
            and any(o.end <= c.start and not _is_outlet(o.name) for o in found)
        )
    )


def _is_outlet(name: str | None) -> bool:
    """A news outlet's name: one of the outlets, or a name holding an outlet's head word."""
    if not name:
        return False
    return name in OUTLETS or name in OUTLET_NAMES or any(w in OUTLET_HEADS for w in name.split())


def _concession_between(text: str, offset: int, c: _Candidate) -> bool:
    lo, hi = (c.end, offset) if c.end <= offset else (offset, c.start)
    return CONCESSIVE.search(text, lo, hi) is not None


def _cited_before(found: tuple[_Candidate, ...], best: _Candidate, text: str, offset: int) -> _Candidate | None:
    """"Citing the Red Crescent, OCHA added that 10,100 were missing": a body cited before
    the speaker, in the figure's clause, counted the figure."""
    if best.start >= offset:
        return None
    for c in found:
        if c.cited and c.end <= best.start and text[c.end : best.start].lstrip().startswith(",") and not _across_clauses(text, offset, c):
            return c
        if c.cited and c.kind is NAMED and best.start < c.end <= best.end and text.find(",", c.end, best.end) >= 0:
            return c  # "NHK, citing Ishikawa prefecture, reports 48 deaths": the body cited inside the speaker's apposition
    return None


def _credit(text: str, c: _Candidate) -> Credit:
    name = _state(_specific(text, _learned(text, c.name)))
    # Credit(source, org), by tuple.__new__: without the Python frame of a named tuple's __new__
    return _new_tuple(Credit, (name, _specific(text, _learned(text, c.org)) if c.org else None))


def _state(name: str | None) -> str | None:
    """A country credited by its own name speaks as its government, as a capital does
    ("Israel says", "according to Iraq", "Kinshasa said"); a short form an acronym spelled
    out may stand for ("US" of "US Agency for International Development") stays itself."""
    if name is not None and _is_country(name) and _places().PLACES[name].name == name:
        return f"Government of {name}"
    return name


_new_tuple = tuple.__new__


def _places():
    """The places module, imported once on first use (it imports this module: see its
    titles). An import statement in a function runs the import machinery at every call,
    and places' module __getattr__ answers its question for "__path__" with an exception."""
    global _PLACES_MODULE
    if _PLACES_MODULE is None:
        from . import places

        _PLACES_MODULE = places
    return _PLACES_MODULE


_PLACES_MODULE = None


def _named_next(text: str, sentences: list[tuple[int, int]], index: int, unnamed: _Candidate) -> Credit:
    """"an official said" in a lead, named in the next sentences ("Provincial governor X
    told ..."): wire copy names its unnamed speaker further down. An official may be any
    office holder named; "a police officer", "a doctor" only a person untitled or whose
    title says so (not "Information Minister X", someone else)."""
    noun = PERSON_NOUN.search(text, unnamed.start, unnamed.end)
    kind = noun.group().lower() if noun is not None else None
    for j in range(index + 1, min(len(sentences), index + 1 + CATAPHORA_REACH)):
        for c in _candidates(text, *sentences[j]):
            if c.kind is NAMED and c.name and _is_person(c.name):
                if INTRODUCED.match(text, sentences[j][0], c.start):
                    continue  # "A police officer, Major X, said": someone new, not the lead's speaker
                if (who := INTRODUCED_AFTER.match(text, c.end)) and (kind is None or kind not in who.group().lower()):
                    continue  # "said Abdul Hazara, a community leader": someone new, unless "X, a police officer"
                said = text[sentences[j][0] : c.end]
                if kind is not None and kind not in ANY_OFFICE_HOLDERS and _TITLE_WORD.search(said) and kind not in said.lower():
                    return NOBODY  # another speaker, titled otherwise than the lead's
                return _credit(text, c)
    return NOBODY


# A sentence that opens on a person introduced with an indefinite article and named in
# apposition ("A police officer, Major X, said"): a new person in the story.
INTRODUCED = _re.compile(r"\s*[Aa]n?\s+[^,;.“”\"]{1,60},\s*(?:\S+\.?\s+){0,2}\Z")
# ... or named, then introduced in apposition with an indefinite article: "said Abdul
# Hazara, a community leader".
INTRODUCED_AFTER = _re.compile(r",\s+an?\s+[^,;.“”\"]{1,60}")


def _continued(text: str, sentences: list[tuple[int, int]], index: int) -> Credit:
    """A sentence with no attribution of its own goes on with the one before it, in the
    same paragraph, when that one credits a named source ("..., the UN refugee agency
    said. The fighting has forced 2.3 million people to flee."): wire copy attributes
    once for a run of facts."""
    if index == 0 or "\n" in text[sentences[index - 1][1] : sentences[index][0]]:
        return _publisher(text)  # a new paragraph starts afresh
    if TABLE_CELL in text[sentences[index][0] : sentences[index][1]]:
        return _publisher(text)  # a table's rows are the document's, not the prose's speaker's
    if BACKGROUND.search(text, sentences[index][0], sentences[index][1]):
        return _publisher(text)  # "Turkey hosts 3.7 million Syrians": the story's background
    if BACKGROUND_TIME.search(text, sentences[index][0], sentences[index][1]):
        return _publisher(text)  # "Last March, attacks left 141 dead": the story's background
    if (fronted := FRONTED_PLACE.match(text, *sentences[index])) is not None and _places().PLACES.get(fronted.group("place")) is not None and (
        fronted.group("place") not in text[sentences[index - 1][0] : sentences[index - 1][1]]
    ):
        return _publisher(text)  # "Gaza's health ministry said ... In Israel, 12 people were killed": another place's count
    if WITHHELD.search(text, *sentences[index - 1]) is not None:
        return NOBODY  # "Russia said ... and gave no casualty figures. At least 60 people were injured."
    before = _candidates(text, *sentences[index - 1])
    named = [c for c in before if c.kind is NAMED]
    if not named or len(named) != len(before):
        return _publisher(text) if not before else NOBODY
    last = max(named, key=lambda c: c.start)
    # "“...,” X said." closes a quotation: the story's own voice goes on (+ 1: an inverted
    # attribution starts at the closing quote)
    if QUOTED_OPENING.match(text, sentences[index - 1][0], last.start + 1):
        # (but a quotation that opens the next sentence goes on in the same voice: '"We received
        # 160 wounded," said X, MSF's coordinator. "Among the wounded are 24 children."')
        if text[sentences[index][0]] in OPENING_QUOTES and last.kind is NAMED:
            return _credit(text, last)
        return _publisher(text)
    credit = _credit(text, last)
    if _names_another_body(text, sentences[index], credit.source):
        return NOBODY  # "ACLED recorded 20,000 deaths. A study by the London School ... found that 61,000 died."
    if UNNAMED_SUBJECT_VERB.match(text, *sentences[index]) is not None:
        return NOBODY  # "The government says 1,200. The opposition puts the figure at 3,000 dead."
    return credit


def _names_another_body(text: str, sentence: tuple[int, int], source: str | None) -> bool:
    """The sentence's subject is a body other than `source` (a name holding a body's word,
    an alias or an acronym, or a name before a body's head: "The Taliban government", "A
    study by the London School of Hygiene"): what it tells is that body's, not the sentence
    before's source's, though no reporting verb of ours says so ("The Taliban government had
    given a toll of more than 2,400")."""
    start, end = sentence
    m = SUBJECT_NAME.match(text, start, end)
    if m is None:
        return False
    name = normalise(m.group("name"))
    if source and (name in source or _alias(name) == source):
        return False
    return _is_body(name) or NAMED_HEAD_AFTER.match(text, m.end(), end) is not None


# A sentence that opens on a place of its own: "In Israel, 12 people were killed".
FRONTED_PLACE = re.compile(r"\s*In\s+(?:the\s+)?(?P<place>\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,2}),")
# A body that gave no figure (attribution.csv withholding words): "gave no casualty figures",
# "did not give a toll".
WITHHELD = re.compile(
    rf"\b(?:{_words(lexicon.word_list('withholding words', 'attribution'))})\s+(?:[\w-]+\s+){{0,2}}?(?:figures?|toll|tolls|numbers?|casualt\w*|details|breakdown)\b",
    re.IGNORECASE,
)


# A sentence that opens with a subject of no name and a reporting verb: "The opposition puts the
# figure at 3,000", "A local official said": its own unnamed speaker, not the sentence before's.
UNNAMED_SUBJECT_VERB = re.compile(rf"(?:The|A|An)\s+(?:\p{{Ll}}[\p{{L}}\-]*\s+){{1,2}}{_AUX}{_VERB}")


# A sentence's subject that is a name: "The Taliban government", "A study by the London School
# of Hygiene", "An AFP journalist".
SUBJECT_NAME = re.compile(
    rf"(?:(?:A|An|The)\s+(?:[\p{{Ll}}\-]+\s+){{0,2}}?(?:(?:by|from|of)\s+(?:the\s+)?)?)?"
    rf"(?!(?:{_words(lexicon.word_list('function words', 'place_words'))})\b)(?P<name>{_NAME})"
)
NAMED_HEAD_AFTER = re.compile(rf"\s+(?:{_words([h for h in BODY_HEADS if h not in PERSON_HEADS])})\b")


# A sentence that opens with a quotation closed before its speaker: "“... in the coming days,” said X."
QUOTED_OPENING = _re.compile(r"\s*[“\"«][^”\"»]+[”\"»]")


@lru_cache(maxsize=DOCUMENTS_CACHED)
def _publisher(text: str) -> Credit:
    """The body whose own report the document is, named with the report in its title or
    byline ("WFP Mozambique Situation Report #3"); nobody for other documents."""
    head = text[:TITLE_REACH]
    folded = head.casefold()  # what the case-blind pattern finds, case-folded, holds a title word
    if not any(w in folded for w in REPORT_TITLE_WORDS):
        return NOBODY
    title = REPORT_TITLE.search(head)
    if title is None:
        return NOBODY
    line_end = head.find("\n", title.end())
    # the title's line and what stands above it: a body the report's text names further down
    # ("killed, according to ACLED") did not write the report
    for m in ALIAS_ANYWHERE.finditer(head, 0, len(head) if line_end < 0 else line_end):
        if (canonical := _alias(m.group())) and canonical not in OUTLETS:
            return Credit(canonical)
    return NOBODY


def _speaker_before(found: tuple[_Candidate, ...], pronoun: _Candidate, text: str) -> _Candidate | None:
    """"the military said it had registered 113,000": a pronoun right after a reporting
    verb is that verb's subject."""
    for c in found:
        if c is not pronoun and c.kind is not PRONOUN and c.end <= pronoun.start and not text[c.end : pronoun.start].strip(" ,"):
            return c
    return None


# What parts a speaker from unnamed people's words in between: before them, another clause;
# after them, a clause joined too. Compiled once (`re.search` with a string looks its cache up).
CLAUSE_TURN = _re.compile(r"[,;:]|\bwhile\b|\bbut\b")
CLAUSE_JOIN = _re.compile(r"[;:]|\bwhile\b|\bbut\b|\band\b")


def _speaker_of_clause(found: tuple[_Candidate, ...], generic: _Candidate, text: str) -> _Candidate | None:
    """"Spokesman Patrick Muyaya told a briefing that authorities had confirmed 773 bodies":
    unnamed people inside what a named speaker reports are the speaker's words."""
    for c in found:
        if c.kind is NAMED and c.end <= generic.start and not CLAUSE_TURN.search(text[c.end : generic.start]):
            return c
    # ... and after it, closing the sentence: "Authorities have recorded 120 deaths, said Abdi Aden"
    for c in found:
        if c.kind is NAMED and c.start >= generic.end and _closes(text, c.start) and not CLAUSE_JOIN.search(text[generic.end : c.start]):
            return c
    return None


def _closes(text: str, at: int) -> bool:
    """An attribution starting at `at` closes the sentence's reported words: ", said X", ", the X said"."""
    return CLOSING_SPEAKER.match(text, at) is not None or CLOSING_BEFORE.search(text, (at - 8 if at > 8 else 0), at) is not None


CLOSING_SPEAKER = _re.compile(r"\s*[,”\"]")
CLOSING_BEFORE = _re.compile(r"[,”\"]\s*(?:[Tt]he\s+)?$")


# A headline in title case gives its attribution with a capitalised verb, at its end or its
# start: "Gaza Death Toll Passes 30,000, Health Ministry Says", "UN Says 1 Million Displaced".
HEADLINE_VERBS: tuple[str, ...] = lexicon.word_list("headline verbs", "attribution")
_HEADLINE_VERB = rf"(?:{_words(HEADLINE_VERBS)})\b"
HEADLINE_SAYS_AFTER = re.compile(rf"(?:,|:|\s[-–—])\s+(?P<np>{_NAME})\s+{_HEADLINE_VERB}")
HEADLINE_SAYS_BEFORE = re.compile(rf"^\s*(?P<np>{_NAME})\s+{_HEADLINE_VERB}(?=\s+\S)")
# A headline's source after a dash at its end: "Sudan: Over 5.6 million displaced since April — IOM".
HEADLINE_DASH_SOURCE = re.compile(rf"\s[—–-]\s+(?P<np>{_ALIAS}|{_NAME})[^\S\n]*\Z")
DASH_SOURCE_REACH: int = 70  # characters from the end: the dash and a body's name


def _dash_near_end(sentence: str) -> bool:
    """A dash between spaces in the sentence's last DASH_SOURCE_REACH characters: where
    HEADLINE_DASH_SOURCE may match (most sentences have none, and the test costs less)."""
    tail = sentence[-DASH_SOURCE_REACH:]
    return " — " in tail or " – " in tail or " - " in tail


# A document's figures ask for the same sentence's attributions again (two figures in a
# sentence, a pronoun looking back): a small cache answers them (the text is hashed once).
@lru_cache(maxsize=256)
def _candidates(text: str, start: int, end: int) -> tuple[_Candidate, ...]:
    filed = _filed_end(text, start, end)
    if filed > start:  # "MAPUTO, Jan 24 (AFP) — INGC said ...": read from after the dateline
        return _candidates(text, filed, end) or _head_colon(text, start, filed)  # (a body's "OCHA:" reads as one)
    sentence = text[start:end]
    keys = SENTENCE_KEYS(sentence)  # what the tests below look for, found in one pass
    out: list[_Candidate] = []
    has_verb = False
    toll = None
    for v in _verbs(sentence, keys.get("verb", ())):
        has_verb = True
        if PASSIVE_AFTER.match(sentence, v.end()):
            continue  # "estimated to be displaced", "reported missing"
        if v.group() in TOLL_VERBS and TOLL_AFTER.match(sentence, v.end()):
            toll = v  # "Cholera had claimed 1,210 lives": the event's toll, nobody's report
            continue
        found = _subject(text, start, sentence, v)
        if found:
            out.append(found)
    matches = []  # what the patterns crediting a name find (`_from_match`), in this order
    if has_verb and _may_be_inverted(sentence, keys["verb"]):
        matches.append(INVERTED.finditer(sentence))
        for at in INVERTED_START.finditer(sentence):  # "..., says the health ministry in the Hamas-run territory."
            if (m := INVERTED_LOWER.match(sentence, at.start())) is None:
                continue
            if (titled := LOWER_TITLED_PERSON.match(sentence, m.end())) and _is_person(person := titled.group("person")):
                out.append(_Candidate(NAMED, normalise(person), start + m.start(), start + titled.end()))  # "..., said district collector Ravi Pardeshi."
                continue
            if (of := HEAD_OF_AFTER.match(sentence, m.end())) and (named := _head_of_body(text, of)) and (closed := CLAUSE_ENDS.match(sentence, of.end())):
                out.append(_Candidate(NAMED, named, start + m.start(), start + closed.end()))  # "..., said the ministry of health."
                continue
            tail = BODY_AFTER.match(sentence, m.end())
            if tail and (closed := CLAUSE_ENDS.match(sentence, tail.end())) and (body := _body(text, start + tail.start(), tail)):
                out.append(_Candidate(NAMED, body, start + m.start(), start + closed.end()))
    if "citing" in keys:
        matches.append(CITING.finditer(sentence))
        for m in CITING_LOWER.finditer(sentence):  # "citing the health ministry": a body written in lower case
            body = _body_after(text, start, sentence, m.end())
            if body is not None:
                out.append(_Candidate(NAMED, body[0], start + m.start() - CITING_REACH, start + body[1], cited=True))
        for m in CITING_UNNAMED.finditer(sentence):  # reaches back as far as a body cited
            out.append(_Candidate(GENERIC, None, max(start, start + m.start() - CITING_REACH), start + m.end()))
    if "told" in keys:
        matches.append(TOLD_MONITOR.finditer(sentence))
    if "according" in keys:
        matches.append(ACCORDING_TO.finditer(sentence))
    if "by" in keys:
        by_starts = _by_verb_starts(sentence)
        matches.append(_by_matches(BY_SOURCE, sentence, by_starts))
        for m in _by_matches(BY_LOWER, sentence, by_starts):  # "figures provided by the health ministry"
            body = _body_after(text, start, sentence, m.end())
            if body is not None:
                out.append(_Candidate(NAMED, body[0], start + m.start(), start + body[1]))
    if ("by" in keys or "from" in keys) and _may_cite_document(sentence.lower()):
        for m in DOCUMENT_BY.finditer(sentence):  # "A tally by Reuters found", "Figures from the ministry show"
            name = _name(m.group("np"))
            if name and _is_body(name):  # a body, not a place ("reports from Adré")
                name = _and_more(sentence, m.end("np"), m.group("np"), _longer_name(sentence, m.start("np"), m.end("np"), name))
                out.append(_Candidate(NAMED, _learned(text, name), start + m.start(), start + m.end()))
    for found in matches:
        for m in found:
            out.append(_from_match(text, start, sentence, m))
    if _dash_near_end(sentence) and (dash := HEADLINE_DASH_SOURCE.search(sentence, max(0, len(sentence) - DASH_SOURCE_REACH))) and (name := _name(dash.group("np"))) and _is_body(name):
        out.append(_Candidate(NAMED, name, start + dash.start(), start + dash.end()))  # "... since April — IOM"
    if "headline" in keys:
        for pattern in (HEADLINE_SAYS_AFTER, HEADLINE_SAYS_BEFORE):  # "..., Health Ministry Says"; "UN Says ..."
            for m in pattern.finditer(sentence):
                name = _name(m.group("np"))
                out.append(_Candidate(_kind(name), name, start + m.start(), start + m.end()))
    if "count" in keys and _holds_count_noun(sentence, keys["count"]):
        for m in POSSESSIVE_COUNT.finditer(sentence):
            name = _name(m.group("np"))
            if name and not _opening_word(sentence, m.start(), name) and (_owned(sentence, m) or _is_body(name)):
                out.append(_Candidate(NAMED, name, start + m.start(), start + m.end()))
    if "bracket" in keys:
        for m in CITATION.finditer(sentence):
            undated = not _after_a_name(sentence, m.start())
            name = _cited(m.group("body"), undated=undated)
            if name is None and undated and not sentence[m.end() :].strip(" .\n"):
                name = _closing_credit(sentence, m.start(), m.group("body"))  # "2.48M affected (SODMA)."
            if name:
                # (a body's acronym right before its verb names the subject: "The United
                # Nations agency for Palestinian refugees (UNRWA) said ...": no citation)
                cites = VERB_NEXT.match(sentence, m.end()) is None
                out.append(_Candidate(NAMED, name, start + m.start(), start + m.end(), citation=cites))
    if toll is not None and not out:  # a toll nobody reports claims its sentence: the speaker before does not go on
        out.append(_Candidate(GENERIC, None, start, start + toll.end()))
    if not out and ":" in sentence[:HEAD_COLON_REACH]:
        out.extend(_head_colon(text, start, end))  # "Red Cross: 25 million people need aid"
    if not out and ", saying" in sentence and (m := SAYING_SUBJECT.match(sentence)) and (name := _name(m.group("np"))):
        # "OCHA gave lower figures, saying 1,023 people had died": what the subject says
        if _is_body(name) or (_is_person(name) and name not in _places().PLACES):
            out.append(_Candidate(_kind(name), _learned(text, name), start + m.start("np"), start + m.end()))
    return _drop_nested(out)


# A body opening a sentence before a colon, as live pages and bulletins credit a line: "OCHA:
# 25 million people in Sudan now need aid" (a body, not a speaker's label in a transcript).
HEAD_COLON_SOURCE = re.compile(rf"\s*(?:[Tt]he\s+)?{_NP}\s*:\s")
HEAD_COLON_REACH = 80  # characters from the sentence's start its colon stands within


def _head_colon(text: str, start: int, end: int) -> tuple[_Candidate, ...]:
    """The body a line of text[start:end] opens with, before a colon (`HEAD_COLON_SOURCE`)."""
    m = HEAD_COLON_SOURCE.match(text, start, end)
    if m is None or not (name := _name(m.group("np"))) or name in _places().PLACES:
        return ()
    if not (_alias(name) or (_is_body(name) and not ACRONYM.fullmatch(name))):
        return ()  # a word in capitals that is no known body's: a transcript's "ANCHOR:", "UPDATE:"
    return (_Candidate(NAMED, _learned(text, name), m.start("np"), m.end()),)


# The subject opening a sentence whose clause goes on with ", saying": "OCHA released new
# figures on Monday, saying ..." (the subject, then a verb in lower case, in one clause).
SAYING_SUBJECT = re.compile(rf"\s*(?:[Tt]he\s+)?{_NP}(?:\s*\([^()]{{1,40}}\))?\s+(?:has\s+|had\s+|have\s+)?\p{{Ll}}+\b[^.;:()]*?,\s+saying\b")


# How far into a sentence a line it holds may start with a dateline (a headline above it).
FILED_REACH: int = 300
DATELINE_LONGEST: int = 120  # characters a dateline takes at most (places.DATELINE_REACH reads it)


def _filed_end(text: str, start: int, end: int) -> int:
    """Where a dateline opening the sentence or one of its first lines ends ("QUITO, April
    18 (Reuters) - ", "MAPUTO, Jan 24 — "), else `start`: where a story was filed, and the
    outlet that filed it, credit no figure (the outlet is the document's, not a source)."""
    reach = start + FILED_REACH if start + FILED_REACH < end else end  # (conditionals: a `min` call costs four times as much)
    at = start
    while at < reach:
        if at == start or text[at - 1] == "\n":
            head = text[at : at + DATELINE_LONGEST if at + DATELINE_LONGEST < end else end]
            if head[:2].isupper() or "(" in head:
                # (imported only here, where a dateline may stand: an import statement runs
                # the import machinery at every call, and most sentences open with none)
                DATELINE = _places().DATELINE

                m = DATELINE.match(head)
                if m and m.end() < len(head):
                    return at + m.end()
        nl = text.find("\n", at, reach)
        if nl < 0:
            break
        at = nl + 1
    return start


def _owned(sentence: str, m: re.Match) -> bool:
    """The count of a POSSESSIVE_COUNT match is the name's by a possessive ("UNHCR's count");
    without one, only a body's name may own it ("WHO figures show", not "... a village in
    Papua\nDeath toll climbs": a headline's capitals)."""
    return sentence.startswith(("'s", "’s"), m.end("np"))


def _opening_word(sentence: str, at: int, name: str) -> bool:
    """A name that is one word opening the sentence or a headline's part after its colon,
    capitalised for that alone ("Death toll climbs to 7,557", "Assam floods: Death toll rises
    to 52"): no counting body unless it is a known name or an acronym ("Reuters tally")."""
    before = sentence[:at].strip()
    return (not before or before.endswith(":")) and " " not in name and not name.isupper() and _alias(name) is None


# The pieces of the reporting verbs (`VERB_PIECES`) that `INVERTED_START`'s first words start
# with; None when one of those words starts with none (then `_may_be_inverted` scans).
INVERTED_PIECES: frozenset[str] | None = (
    frozenset(p for p in VERB_PIECES for w in INVERTED_FIRST_WORDS if w.startswith(p))
    if all(any(w.startswith(p) for p in VERB_PIECES) for w in INVERTED_FIRST_WORDS)
    else None
)
INVERTED_MARK_ENDS: tuple[str, ...] = tuple(INVERTED_MARKS)


def _may_be_inverted(sentence: str, pieces: Iterable[tuple[int, str]]) -> bool:
    """Whether `INVERTED` may match: one of its verbs right after a comma or a closing quote
    (`INVERTED_START`). Most sentences with a reporting verb have none ("the ministry
    said"), and the standard library's scan for a mark costs less than the pattern. The
    scan is made only where one of the sentence's verb pieces (`SENTENCE_KEYS`) that such a
    verb starts with stands after a mark and white space: a match's verb starts where the
    key pass found its piece, and `\\s` is white space to `str.rstrip` (most sentences
    with a verb have it after a name, not after a comma: "..., the ministry said")."""
    if INVERTED_PIECES is not None:
        for at, piece in pieces:
            if piece in INVERTED_PIECES and sentence[:at].rstrip().endswith(INVERTED_MARK_ENDS):
                break
        else:
            return False
    return INVERTED_START.search(sentence) is not None


RELATIVE_WORD = re.compile(rf"\b(?:{alternation('relative pronouns')})\b", re.IGNORECASE)


def _from_match(text: str, start: int, sentence: str, m: re.Match) -> _Candidate:
    """An "according to X" / "said X" / "released by X" match as a candidate; a body
    written with a lower-case head ("the Interior ministry") is read as `BODY_VERB` reads it."""
    # (the name's group read by its number, once: see `group_number`)
    np_group = m.re.groupindex["np"]
    np = m.group(np_group)
    np_start, np_end = m.span(np_group)
    name = _name(np) if np else None
    if np and (m.re is INVERTED or m.re is ACCORDING_TO) and sentence.startswith(" (", np_end):
        named = PERSON_AFTER_ACRONYM.match(sentence, np_end)
        if named and _is_person(person := named.group("person")):
            # "..., said Superintendent of Police (SP) Ravi Kumar": the title, its acronym, the person
            return _Candidate(NAMED, normalise(person), start + m.start(), start + named.end(), _learned(text, name) if name and _is_body(name) else None)
    if np and m.re is ACCORDING_TO:
        titled = TITLED_PERSON_AFTER.match(sentence, np_end)
        if titled and name and _is_body(name) and _is_person(person := titled.group("person")):
            return _Candidate(NAMED, normalise(person), start + m.start(), start + titled.end(), _learned(text, name))
        tail = BODY_AFTER.match(sentence, np_start)
        if tail and tail.end() > np_end:
            body = _body(text, start + m.start(), tail)
            if body is not None:
                return _Candidate(NAMED, body, start + m.start(), start + tail.end())
        if name in NATIONALITIES or (name and not _is_body(name) and (UNNAMED_PEOPLE_AFTER.match(sentence, np_end) or OFFICIALS_AFTER.match(sentence, np_end))):
            # "according to Israeli officials", "Sudanese doctors", "Kurdish elders", "Rohingya
            # community leaders", "Gaza health officials": unnamed people
            return _Candidate(GENERIC, None, start + m.start(), start + m.end())
    elif m.re is ACCORDING_TO and m.group("generic"):
        owner = DOCUMENT_OF.match(sentence, m.start("generic")) or DOCUMENT_SUPPLIED.match(sentence, m.start("generic"))
        if owner and (name := _name(owner.group("np"))):
            name = _and_more(sentence, owner.end("np"), owner.group("np"), name)  # "a study by the Food and Agriculture Organization"
            return _Candidate(NAMED, _learned(text, name), start + m.start(), start + owner.end())
        body = _body_after(text, start, sentence, m.start("generic"))
        if body is not None and not RELATIVE_WORD.search(sentence, m.start("generic"), body[1]):
            # (not a body inside a relative clause on the unnamed source: "according to tribal
            # organisations whose figures the state government disputed")
            return _Candidate(NAMED, body[0], start + m.start(), start + body[1])
        of = UNNAMED_OF.match(sentence, m.start("generic"))
        named = NAME_AT.match(sentence, of.end()) if of else None
        if named and _is_body(normalise(named.group())):  # "according to researchers at Ghent University"
            return _Candidate(NAMED, _learned(text, normalise(named.group())), start + m.start(), start + named.end())
    if name and np and m.re is not CITING:
        name = _longer_name(sentence, np_start, np_end, name)
        name = _and_more(sentence, np_end, np, name)
    if m.re is TOLD_MONITOR and (_is_outlet(name) or any(_alias(w) in OUTLETS for w in np.split())):
        return _Candidate(GENERIC, None, start + m.start(), start + m.end())  # "told Reuters", "told Premium Times"
    org = None
    if (m.re is INVERTED or m.re is ACCORDING_TO) and np and (titled := _titled_person(" ".join(np.split()))) is not None:
        # "..., said Inspector General of Police Akhtar Hayat Khan": the person, of the office's body
        return _Candidate(NAMED, normalise(titled[0]), start + m.start(), start + m.end(), titled[1])
    if m.re is INVERTED and m.group("org") and name and _is_person(name):
        org = _learned(text, _org_name(m.group("org")))
    elif (m.re is ACCORDING_TO or m.re is INVERTED) and name and (person := _person_of_body(name)) and _is_person(person.group("person")):
        # "according to Jens Laerke of OCHA", "..., said Dr X of the National Institute of Y": the person, speaking for the body
        return _Candidate(NAMED, normalise(person.group("person")), start + m.start(), start + m.end(), _org_name(person.group("org")))
    elif (m.re is ACCORDING_TO or m.re is INVERTED) and name and np:
        # "according to Jean-Pierre Lacroix, the UN's peacekeeping chief", "..., said Matthew Saltmarsh, UNHCR spokesperson."
        org = _org_apposed(sentence, np_end, min(len(sentence), np_end + APPOSED_REACH), name)
    if m.re is CITING and name:  # the body cited counted it: it wins over the one citing
        return _Candidate(NAMED, _learned(text, name), start + m.start() - CITING_REACH, start + m.end(), cited=True)
    end = m.end()
    if m.re is ACCORDING_TO and (tally := DOCUMENT_AFTER_NAME.match(sentence, end)) is not None:
        end = tally.end()  # "according to a UN tally, and 33,000 have fled": the attribution ends with its document
    return _Candidate(_kind(name), name, start + m.start(), start + end, org)



# Verbs of counting whose subject, when a country, is where the count happened, not a speaker:
# "Sierra Leone has recorded 1,183 deaths" (but "Russia said" speaks as its government).
PLACE_COUNT_VERBS: frozenset[str] = lexicon.word_set("place count verbs", "attribution")


def _subject(text: str, start: int, sentence: str, verb: _re.Match) -> _Candidate | None:
    """Who the reporting verb's subject is, or None."""
    lo = (verb.start() - SUBJECT_REACH if verb.start() > SUBJECT_REACH else 0)
    where = start + verb.end()
    # (the patterns below are matched up to the verb's start when they leave it out: `_TO_VERB`)
    upto = verb.start() if VERB_READ_ALONE else verb.end()
    near = sentence[max(lo, verb.start() - NEAR_VERB) : verb.start()]
    if "," in near and _may_close_apposition(sentence, lo, verb.start()) and (m := APPOSED_PERSON.search(sentence, lo, upto)):
        before = m.group("before")
        if (_is_person(m.group("person")) or _mononym(m.group("person"))) and (_TITLE_WORD.search(before) or _org_in(before)):
            org = _org_in(before)
            return _Candidate(NAMED, normalise(m.group("person")), start + m.start("person"), where, org)
    # (an auxiliary or a time before the verb ends where the white space before it starts,
    # which `str.rstrip` strips, every `\s` being white space to `str.isspace`: as written,
    # in the case the patterns read it; `near` all white space may have one further back)
    tail = near.rstrip()
    back = READ_BACK if tail[-3:] in TAIL_WORD_ENDS or tail[-1:].isdigit() or not tail else READ_BACK_BARE
    m = _subject_verb_for(sentence, lo, verb.start(), back).search(sentence, lo, upto)
    if m:  # the subject, read once (see `SUBJECT_NP`)
        np, (np_start, np_end) = m.group(SUBJECT_NP), m.span(SUBJECT_NP)
    if m and sentence.startswith(",", np_end) and np.split(" ", 1)[0] in OPENING_PREPOSITIONS:
        m = None  # "In Gorkha, 18 people were killed, said the ministry": a place, no subject
    if m and _is_hazard(np) and _joined_name(sentence, lo, np_start, np, np) == np:
        # "Cyclone Tauktae claimed 155 lives": the event itself (not the end of a longer name,
        # "the London School of Hygiene and Tropical Medicine estimated")
        return _Candidate(GENERIC, None, start + m.start(), where)
    if m and _may_follow_preposition(sentence, lo, np_start) and AFTER_PREPOSITION.search(sentence, lo, np_start) and not (TITLE_OF_BEFORE.search(sentence, lo, np_start) and not _a_place(np)):
        if not (UNNAMED_OF_BEFORE.search(sentence, lo, np_start) and _is_body(normalise(np))):
            m = None  # "authorities in neighbouring Mozambique counted"; not "chief of mission Philippe Branchat said"
        # (but "Officials at the Ministry of Interior told": the body its unnamed people speak for)
    if m and _may_open_unnamed_of(np) and (unnamed := UNNAMED_OF.match(np)) and _is_body(normalise(np[unnamed.end() :])):
        np, np_start = np[unnamed.end() :], np_start + unnamed.end()  # "Officials of the World Food Programme said"
    named = m is not None and not _names_nobody(np)  # (asked once: m and np stay as they are below)
    if named and (titled := _titled_person(np)) is not None:
        # "Deputy Minister of State for Disaster Management Sharafuddin Muslim said": the person
        return _Candidate(NAMED, titled[0], start + m.start(), where, titled[1])
    if named:
        name = _name(np)
        if name and verb.group().lower() in PLACE_COUNT_VERBS and (_is_country(name) or (_a_place(name) and not _is_body(name))):
            return None  # "Sierra Leone has recorded 1,183 deaths", "Sindh recorded 347": where they died, not who said it
        if np in CAPITALS:
            return _Candidate(NAMED, f"Government of {CAPITALS[np]}", start + m.start(), where)
        if name:
            name = _longer_name(sentence, np_start, np_end, name)
            name = _joined_name(sentence, lo, np_start, np, name)
            if (where_in := _place_after(sentence, np_end)) and (whole := _alias(np + where_in.group())):
                name = whole
            person = _person_of_body(" ".join(np.split()))
            if person and _is_person(person.group("person")):
                return _Candidate(NAMED, normalise(person.group("person")), start + m.start(), where, _org_name(person.group("org")))
            if (office := _office_then_person(name)) is not None:
                # "UN High Commissioner for Refugees Filippo Grandi said": the person, of the body his office names
                return _Candidate(NAMED, office[0], start + m.start(), where, office[1])
            org = _org_of_speaker(text, start, sentence, np, np_start, name) or _org_apposed(sentence, np_end, verb.start(), name)
            # _Candidate(kind, name, start, end, org, cited, citation), by tuple.__new__ (see _credit)
            return _new_tuple(_Candidate, (NAMED, name, start + m.start(), where, org, False, False))
    if " of " in sentence[lo : verb.start()] and (of := HEAD_OF_VERB.search(sentence, lo, upto)) and (named := _head_of_body(text, of)):
        return _Candidate(NAMED, named, start + of.start(), where)  # "The ministry of health in Gaza said"
    unnamed_body = None
    if _may_hold_head_word(sentence, lo, verb.start()) and (
        b := back.body.search(sentence, lo, upto)
    ):
        body = _body(text, start + b.start(), b)
        if body:
            if (lead := _lead_body(sentence, lo, b.start())) is not None:
                return _Candidate(NAMED, _learned(text, lead), start + b.start(), where)  # "UNHCR and the Ugandan government said"
            return _Candidate(NAMED, body, start + b.start() + _before_determiner(b), where)
        unnamed_body = _Candidate(GENERIC, None, start + b.start(), where)
    if named:  # a place after a preposition: no subject
        name = _name(np)
        return _Candidate(_kind(name), name, start + m.start(), where)
    if m := back.pronoun.search(sentence, lo, upto):
        return _Candidate(PRONOUN, None, start + m.start(), where)
    if m := back.document.search(sentence, lo, upto):  # "The statement added": its issuer's
        return _Candidate(PRONOUN, None, start + m.start(), where)
    if _may_hold_unnamed(sentence, lo, verb.start()) and (
        m := back.unnamed.search(sentence, lo, upto)
    ):
        return _Candidate(UNNAMED, None, start + m.start(), where)
    if ("'s " in sentence or "’s " in sentence) and (m := OWNED_PERSON.search(sentence, lo, upto)):
        if _is_body(owner := m.group("owner")):  # "the UN's humanitarian chief said": the body's voice
            return _Candidate(NAMED, _learned(text, _alias(owner) or normalise(owner)), start + m.start(), where)
        return _Candidate(UNNAMED, None, start + m.start(), where)  # "Ukraine's interior minister said"
    if m := back.generic.search(sentence, lo, upto):
        body = BODY_BEFORE_GENERIC.search(sentence, lo, m.start())
        if body is not None and _is_body(body.group("body")):  # "UN experts said": the body its unnamed people speak for
            return _Candidate(NAMED, _learned(text, _alias(body.group("body")) or body.group("body")), start + body.start(), where)
        return _Candidate(GENERIC, None, start + m.start(), where)
    if (unnamed_body is None or " in " in sentence[lo : verb.start()]) and (m := GENERIC_IN_PLACE_VERB.search(sentence, lo, upto)):
        if (body := _body_in_a_place(m)) is not None:
            return _Candidate(NAMED, body, start + m.start(), where)  # "police in Koblenz said": Koblenz Police
        if unnamed_body is None:
            return _Candidate(GENERIC, None, start + m.start(), where)
    return unnamed_body


# A place's own name after "in", alone before the verb: "police in Koblenz said".
PLACE_NAME_ONLY = re.compile(r"\s+in\s+(?P<place>\p{Lu}[\p{L}'’\-]+(?:\s+\p{Lu}[\p{L}'’\-]+){0,2})\s")


def _body_in_a_place(m: re.Match) -> str | None:
    """The body unnamed people of a place are, when their word heads a body of that place and
    the place is a name: "police in Koblenz said" is Koblenz Police, as "Koblenz police said"
    is; "officials in Derna said" stay unnamed."""
    who = m.group("who").capitalize()
    if who not in BODY_WORDS:  # (a body's word as its name writes it: "Police", not "Officials")
        return None
    place = PLACE_NAME_ONLY.match(m.string, m.end("who"), m.end())
    return None if place is None else normalise(f"{place.group('place')} {who}")


# Unnamed people of a place however it is written: "Authorities in Libya's east said",
# "officials in the eastern city of Derna said", "a resident of the camp said" (a capitalised
# place alone: SUBJECT_VERB's).
GENERIC_IN_PLACE_VERB = re.compile(
    rf"\b(?P<who>(?i:{phrase_tree(_UNNAMED_PEOPLE, backwards=True, fold=True)}))\s+(?:in|of|from|at|near|across)\s+(?:[\p{{L}}'’\-]+\s+){{1,5}}{_AUX_BACKWARDS}{_WHEN}{_TO_VERB}\Z",
    re.VERBOSE | re.REVERSE,
)


# A body's name in capitals or an acronym right before unnamed people: "UN experts", "MSF doctors".
BODY_BEFORE_GENERIC = re.compile(r"(?<![\p{L}'’])(?P<body>\p{Lu}[\p{L}&.\-]*(?:\s+\p{Lu}[\p{L}&.\-]*){0,3})\s+\Z", re.REVERSE)


# Unnamed people of an adjective, capitalised only because the sentence opens with it: "Local
# authorities said", "Security forces said", "Health authorities have recorded".
UNNAMED_GROUP_HEADS: frozenset[str] = lexicon.word_set("unnamed group heads", "attribution")


def _unnamed_group(text: str, at: int, owner: str, mods: list[str], head: str) -> bool:
    """The owner word at text[at:] opens its sentence, and with the head names people of no
    body, state or place ("Local authorities", "Security forces")."""
    if mods or " " in owner or head not in UNNAMED_GROUP_HEADS or SENTENCE_OPENS_BEFORE.search(text, (at - 4 if at > 4 else 0), at) is None:
        return False
    return owner not in NATIONALITIES and owner not in CAPITALS and not _is_country(owner) and not _is_body(owner)


SENTENCE_OPENS_BEFORE = re.compile(r"(?:\A|[.!?\n][\"”’)]?)[\s\"“‘]*\Z")


_TITLE_WORD = re.compile(rf"\b{_TITLE}\b")
# After a reporting verb, words that make it no report: "people estimated to be displaced",
# "one was reported missing", "a toll estimated at 5,000".
COUNT_HINT = _re.compile(rf"\b(?:{COUNT_NOUNS})\b")
COUNT_PIECES: tuple[str, ...] = _least_pieces(lexicon.word_list("count nouns", "attribution"))
# Where each count piece stands in the count nouns that hold it (see `VERB_PIECE_OFFSETS`);
# None when a count noun is a phrase (its spaces vary: `_holds_count_noun` then scans).
COUNT_PIECE_OFFSETS: dict[str, tuple[int, ...]] | None = (
    {
        piece: tuple(sorted({k for noun in lexicon.word_list("count nouns", "attribution") for k in range(len(noun)) if noun.startswith(piece, k)}))
        for piece in COUNT_PIECES
    }
    if all(len(noun.split()) == 1 for noun in lexicon.word_list("count nouns", "attribution"))
    else None
)


def _holds_count_noun(sentence: str, pieces: list[tuple[int, str]]) -> bool:
    """Whether `COUNT_HINT` finds a count noun in the sentence, given where it holds count
    pieces (`SENTENCE_KEYS`): tried only where a noun holding one of them would start, as
    `_verbs` tries the verbs (a match starts at one of those places; `match` at a place reads
    the character before it for `\b`, as the scan does). The scan tried every place of the
    sentence (about 37k instructions a sentence)."""
    if COUNT_PIECE_OFFSETS is None:
        return COUNT_HINT.search(sentence) is not None
    return any(COUNT_HINT.match(sentence, at - k) for at, piece in pieces for k in COUNT_PIECE_OFFSETS[piece] if at >= k)
# What `_candidates` looks for in a sentence before it tries a pattern, by name: the pieces of
# the reporting verbs (where `VERB` may match, see `_verbs`), the headline verbs, the pieces of
# the count nouns, and the words the other patterns need. Found in one pass (`key_scanner`):
# the substring tests it replaces were each a scan of the sentence, dozens of them, most failing.
SENTENCE_KEYS = key_scanner(
    {
        "verb": VERB_PIECES,
        "headline": HEADLINE_VERBS,
        "count": COUNT_PIECES,
        "citing": ("iting ", "uoting ", "uoted "),
        "told": (" told ",),
        "according": ("ccording",),
        "by": (" by ",),
        "from": (" from ",),
        "bracket": ("(",),
    }
)
# Where each verb piece stands in the reporting verbs that hold it (a verb that starts at `at`
# holds its piece at `at` plus one of these).
VERB_PIECE_OFFSETS: dict[str, tuple[int, ...]] = {
    piece: tuple(sorted({k for verb in REPORT_VERBS for k in range(len(verb)) if verb.startswith(piece, k)}))
    for piece in VERB_PIECES
}


def _verbs(sentence: str, pieces: list[tuple[int, str]]) -> Iterator[_re.Match]:
    """What `VERB.finditer(sentence)` finds, given where the sentence holds verb pieces
    (`SENTENCE_KEYS`): `VERB` is tried only where a verb holding one of them would start.
    Every reporting verb holds a piece, so every match of the scan starts at one of those
    places; tried in order from where the last match ended, the first that matches is the
    scan's next. (The scan itself tried the verbs at every word of the sentence.)"""
    starts = sorted({at - k for at, piece in pieces for k in VERB_PIECE_OFFSETS[piece] if at >= k})
    pos = 0
    for at in starts:
        if at >= pos and (m := VERB.match(sentence, at)) is not None:
            yield m
            pos = m.end()
# What opens another clause with its own subject: ", while", "; ", ", but", ", whereas".
CLAUSE_BREAK = _re.compile(rf";|,\s+(?:{alternation('contrast words')}|and\s+(?:the|a|an)\s)")
CLAUSE_WORD_REACH: int = 10  # the clause word ("while") may be the attribution's first word
OTHER_CLAUSE_PENALTY: int = 1000  # characters: any attribution in the figure's clause is nearer
# ", although those figures cover only two districts": a concession that contrasts with what
# a source said; an attribution on the other side of it does not reach the figure.
CONCESSIVE = _re.compile(rf",\s+(?:{_words(lexicon.word_list('concessive words', 'attribution'))})\b")
# "an official said", "a senior official said", "the head of local civil society groups
# said": one unnamed person, often named further down.
UNNAMED_PERSONS = _attribution("unnamed persons")
UNNAMED_PERSON = re.compile(
    rf"""\b(?i:an?|the) \s+ (?:[\p{{Ll}}\-]+\s+){{0,3}} (?:{UNNAMED_PERSONS})
    (?: \s+ of \s+ [^,;]{{1,60}} )? {_ANONYMOUS} \s+ {_AUX_BACKWARDS} {_WHEN} {_TO_VERB} \Z""",
    re.VERBOSE | re.REVERSE,
)
# The patterns `_subject` reads back from a reporting verb, and their twins without the
# auxiliaries and the time between the subject and the verb (`_AUX_BACKWARDS`, `_WHEN`: "has",
# "on Monday", "last week"), for a verb that no word of those stands right before: the same
# matches (an auxiliary or a time ends where the white space before the verb starts), without
# trying them at every call (about a sixth of these patterns' cost). The rarely read
# `SUBJECT_VERB`, `APPOSED_PERSON`, `HEAD_OF_VERB`, `OWNED_PERSON` and `GENERIC_IN_PLACE_VERB`
# are not worth a twin's compiling at start-up.
class _ReadBack(NamedTuple):
    subject_no_place: re.Pattern  # SUBJECT_VERB_NO_PLACE
    body: re.Pattern  # BODY_VERB
    pronoun: re.Pattern  # PRONOUN_VERB
    document: re.Pattern  # DOCUMENT_BACK
    unnamed: re.Pattern  # UNNAMED_PERSON
    generic: re.Pattern  # GENERIC_VERB


def _without_tail(pattern: re.Pattern) -> re.Pattern:
    """`pattern` without its auxiliaries and time before the verb (see `_ReadBack`)."""
    bare = pattern.pattern.replace(_AUX_BACKWARDS, "", 1).replace(_WHEN, "", 1)
    if _AUX_BACKWARDS in bare or _WHEN in bare or pattern.flags & re.IGNORECASE:
        raise ValueError(f"{pattern.pattern[:60]!r}: not one tail, read in its case, before its verb")
    return re.compile(bare, pattern.flags)


READ_BACK = _ReadBack(SUBJECT_VERB_NO_PLACE, BODY_VERB, PRONOUN_VERB, DOCUMENT_BACK, UNNAMED_PERSON, GENERIC_VERB)
READ_BACK_BARE = _ReadBack(*map(_without_tail, READ_BACK))
# The last words of the auxiliaries and of the time (`_AUX`, `_WHEN`: "has", "so far",
# "Monday", "last week"), and their last three letters (each has three or more: see
# tests/test_provenance_shortcuts.py); a year ends with a digit.
TAIL_LAST_WORDS: tuple[str, ...] = (*dict.fromkeys(a.split()[-1] for a in AUXILIARIES), *WEEKDAYS, *_WHEN_SPANS)
TAIL_WORD_ENDS: frozenset[str] = frozenset(w[-3:] for w in TAIL_LAST_WORDS)


# What parts the cells of a table row written as text ("People killed: 60 | People injured:
# 672"): a row does not go on with the attribution of the prose before it.
TABLE_CELL: str = " | "
CATAPHORA_REACH: int = 3  # sentences after an unnamed speaker where the name may come
# An office a place owns, its holder unnamed: "Ukraine's interior minister said" (one person,
# maybe named further down; never the speaker of the sentence before).
OFFICE_TITLES: tuple[str, ...] = lexicon.word_list("office titles", "attribution")
OWNED_PERSON = re.compile(
    rf"(?<![\p{{L}}'’\-])(?P<owner>{_NAME_BACKWARDS})['’]s\s+(?:[\p{{L}}\-]+\s+){{0,3}}(?:{_words(OFFICE_TITLES)}|{UNNAMED_PERSONS})(?:\s+(?:in|for)\s+{_NAME_BACKWARDS})?\s+{_AUX_BACKWARDS}{_WHEN}{_TO_VERB}\Z",
    re.REVERSE,
)
# The noun of an unnamed person ("a police officer" -> officer), and those any office holder
# named later may be ("an official said ... Governor X told").
PERSON_NOUN = re.compile(rf"(?i:\b(?:{_words(OFFICE_TITLES)}|{UNNAMED_PERSONS})\b)")
ANY_OFFICE_HOLDERS: frozenset[str] = lexicon.word_set("any office holders", "attribution")
PERSONAL_PRONOUN = _re.compile(r"(?i:he|she)\b")
# A person after a title anywhere: "Secretary General Abbas Gullet", "spokesman Sutopo Nugroho".
TITLED_PERSON = re.compile(
    rf"(?<![\p{{L}}])(?:{_TITLE})\.?\s+(?P<person>{_FIRST}(?:\s+{_NEXT}){{1,3}})"
)
# "Turkey hosts 3.7 million Syrians", "Lebanon is home to 1.5 million refugees": a standing
# count the story gives as background, not the words of the speaker before.
BACKGROUND = re.compile(rf"\b(?:{_attribution('background verbs')})\b")
# "Last March, a series of attacks left 141 dead", "CODECO killed 60 people at another camp last
# year": a count of another time than the story's is the story's background too.
_FULL_MONTHS = sorted({max((w for w in MONTHS if MONTHS[w] == n), key=len).capitalize() for n in range(1, 13)})
BACKGROUND_TIME = re.compile(rf"\b(?i:{_attribution('background times')}|last\s+(?-i:{_words(_FULL_MONTHS)}))\b")
# "he told Governor X": the person spoken to, not the speaker.
ADDRESSED = re.compile(rf"\b(?:{_attribution('addressing words')})\s+\Z")
# Names of hazards: the subject of "claimed 155 lives", never a source.
# (the words before a storm's name of lexicon/place_words.csv, capitalised, and more)
HAZARD_SUBJECTS: tuple[str, ...] = (
    *(w.capitalize() for w in lexicon.word_list("hazard names", "place_words")), *lexicon.word_list("hazard subjects", "attribution")
)
HAZARD = re.compile(rf"(?:{_words(HAZARD_SUBJECTS)})\b")
HAZARD_FIRST_WORDS: tuple[str, ...] = tuple(dict.fromkeys(w.split()[0] for w in HAZARD_SUBJECTS))


def _is_hazard(np: str) -> bool:
    """`HAZARD` at the start of a subject; tried only when it opens with the first word of a
    hazard's name (a test of its start costs a fraction of a pattern's call)."""
    return np.startswith(HAZARD_FIRST_WORDS) and HAZARD.match(np) is not None
# "according to the website of the Department of Social Welfare", "according to a statement
# from the Interior Ministry": the body whose document it is.
DOCUMENT_NOUNS: tuple[str, ...] = lexicon.word_list("document nouns", "attribution")
# The document or count a name owns right after it: "according to a UN tally".
DOCUMENT_AFTER_NAME = re.compile(rf"\s+(?:{COUNT_NOUNS}|{_words(DOCUMENT_NOUNS)})\b")
SUPPLYING_VERBS = _attribution("supplying verbs")
DOCUMENT_OF = re.compile(
    rf"(?:[\p{{Ll}}\-]+\s+){{0,2}}(?:{_words(DOCUMENT_NOUNS)})\s+(?:of|from|by)\s+(?:the\s+)?(?P<np>{_ALIAS}|{_NAME})"
)
# A body's document anywhere in the sentence: "A tally by Reuters found", "Figures from the
# Sudanese Doctors' Union show", "Estimates by the International Rescue Committee suggest"
# (an outlet's own count credits the outlet).
DOCUMENT_BY = re.compile(
    rf"\b(?i:{_words(DOCUMENT_NOUNS)})\s+(?:(?:{SUPPLYING_VERBS})\s+)?(?:from|by)\s+(?:the\s+)?(?P<np>{_ALIAS}|{_NAME})"
)
# Every DOCUMENT_BY match holds one of these in lower case: without them, it is not tried.
DOCUMENT_BY_LINKS: tuple[str, ...] = tuple(f" {w} " for w in ("by", "from", *lexicon.word_list("supplying verbs", "attribution")))
DOCUMENT_BY_KEYS: tuple[str, ...] = tuple(f"{n}{link}" for n in DOCUMENT_NOUNS for link in DOCUMENT_BY_LINKS)


def _may_cite_document(lowered: str) -> bool:
    """Whether the sentence lowered holds one of `DOCUMENT_BY_KEYS` (a document noun, then a
    link word between spaces): each link word found, the text before it is tested for ending
    with a noun. The same answer as a search for every key, with a few searches where those
    were one per pair of noun and link (225: a sixth of what reading a sentence's sources cost)."""
    for link in DOCUMENT_BY_LINKS:
        at = lowered.find(link)
        while at >= 0:
            if lowered.endswith(DOCUMENT_NOUNS, 0, at):
                return True
            at = lowered.find(link, at + 1)
    return False
# "according to a table of statistics the governor supplied", "according to figures that the
# ministry released": the body that supplied the document, named after it.
DOCUMENT_SUPPLIED = re.compile(
    rf"""(?:[\p{{Ll}}\-]+\s+){{0,2}}(?:{_words(DOCUMENT_NOUNS)})(?:\s+of\s+[\p{{Ll}}\-]+)?
    \s+(?:(?:that|which)\s+)?(?:the\s+)?(?P<np>{_ALIAS}|{_NAME})\s+(?:had\s+|has\s+)?(?:{SUPPLYING_VERBS})\b""",
    re.VERBOSE,
)
BODY_REACH: int = 60  # characters after "according to a note from" where the body may stand
CITING_REACH: int = 200
OWNER_PREFIX = re.compile(r"^\p{Lu}[\p{L}\-]*['’]s\s+")
KNOWN_AS = re.compile(
    rf"\b[Tt]he\s+(?P<head>{_HEAD})\s*,\s+(?:also\s+)?known\s+(?:by\s+its\s+acronym\s+|as\s+)(?P<acr>\p{{Lu}}[\p{{Lu}}\p{{Ll}}]{{1,9}})\b"
)  # "X reports, citing Y": Y's claim reaches back over X's
OF_WHAT = re.compile(r"\s(?:of|for)\s+(?:the\s+)?\p{Lu}")  # a body's name that says what it is of: "Ministry of Health"
NAME_AND = re.compile(rf"(?P<first>{_NAME_BACKWARDS})(?:\s*\((?P<acr>[^()]{{1,12}})\))?\s+and\s+(?:the\s+)?\Z", re.REVERSE)
# Cheap tests before the costly backwards patterns: a comma just before the verb (an
# apposition), a body's head word before it.
NEAR_VERB: int = 40  # characters before a verb where the comma closing an apposition stands
UNNAMED_HINT = _re.compile(UNNAMED_PERSONS, _re.IGNORECASE)  # UNNAMED_PERSON's words, in the text before the verb
HEAD_WORD = _re.compile(rf"\b(?:{_words(BODY_HEADS)})\b", _re.IGNORECASE)
# The same two over lower-case text (see `_found_in`): case-sensitive, many times faster.
UNNAMED_HINT_LOWER = _re.compile(_words(w.lower() for w in lexicon.word_list("unnamed persons", "attribution")))
HEAD_WORD_LOWER = _re.compile(rf"\b(?:{_words(w.lower() for w in BODY_HEADS)})\b")


# The pieces of the unnamed persons' words ("official", "spokes", "health"): one of them is
# in a lowered stretch where `UNNAMED_HINT_LOWER` finds a word (see `_least_pieces`).
UNNAMED_PIECES: tuple[str, ...] = _least_pieces(tuple(w.lower() for w in lexicon.word_list("unnamed persons", "attribution")))


def _may_hold_unnamed(sentence: str, lo: int, hi: int) -> bool:
    """Whether sentence[lo:hi] may hold an unnamed person's word, where `UNNAMED_PERSON` may
    match: False only where `_found_in` finds none (on ASCII, no piece of one is in the
    stretch lowered: a substring test for each costs less than the twin's scan, an
    alternation without a first letter to skip by, about 33k instructions a stretch)."""
    if sentence.isascii():
        return holds_any(sentence[lo:hi].lower(), UNNAMED_PIECES)
    # (beyond ASCII, the same test first: a match of the twin in the sentence lowered holds a
    # piece, ASCII, which lowering the stretch alone leaves in its place; the twin's scan of
    # such a stretch costs some 65k instructions)
    return holds_any(_lowered(sentence[lo:hi]), UNNAMED_PIECES) and _found_in(sentence, lo, hi, UNNAMED_HINT, UNNAMED_HINT_LOWER)


# The body heads lowered, as bytes, when each is a run of word characters (\w): a match of
# `HEAD_WORD_LOWER` is then a whole word of the text it is found in (\b before and after it),
# one of these. None when a head holds another character (`_found_in` decides).
HEAD_WORD_SET: frozenset[bytes] | None = ascii_word_set(w.lower() for w in BODY_HEADS)


def _may_hold_head_word(sentence: str, lo: int, hi: int) -> bool:
    """`_found_in` of a body's head (`HEAD_WORD`) in sentence[lo:hi]. On ASCII text, whether
    one of the stretch's words lowered is a head: the words cut out of its bytes at once cost
    a fraction of the twin's scan, which tries the heads at every word. (The scan's \\b at
    `lo` reads the character before it, its \\b at `hi` the end: a word the stretch cuts at
    `lo` is no word of it, one cut at `hi` is.)"""
    if HEAD_WORD_SET is None or not sentence.isascii():
        return _found_in(sentence, lo, hi, HEAD_WORD, HEAD_WORD_LOWER)
    words = ascii_words(sentence[lo:hi].lower())
    if words and 0 < lo < hi and _is_word_character(sentence[lo - 1]) and _is_word_character(sentence[lo]):
        words = words[1:]  # (the end of a word that starts before the stretch)
    return not HEAD_WORD_SET.isdisjoint(words)


def _is_word_character(ch: str) -> bool:
    """An ASCII character the standard library's \\w matches: a letter, a digit or "_"."""
    return ch.isalnum() or ch == "_"


def _found_in(sentence: str, lo: int, hi: int, pattern: _re.Pattern, lower: _re.Pattern) -> bool:
    """`pattern` (which ignores case) found in sentence[lo:hi]. The lower-case twin, whose
    words are ASCII, over the sentence lowered (`_lowered`) finds the same, many times
    faster: no ASCII letter has another case but its own and the few look-alikes mapped."""
    if sentence.isascii():
        return lower.search(sentence.lower(), lo, hi) is not None
    if lower.pattern.isascii():
        return lower.search(_lowered(sentence), lo, hi) is not None
    return pattern.search(sentence, lo, hi) is not None


# The letters beyond A-Z a case-blind pattern of the standard library's `re` takes for an
# ASCII letter (the dotted and dotless i, the long s, the Kelvin sign), as that letter.
ASCII_LOOKALIKES: dict[int, str] = str.maketrans({"İ": "i", "ı": "i", "ſ": "s", "K": "k"})


def _lowered(sentence: str) -> str:
    """The sentence in lower case, its look-alikes of ASCII letters made those letters: at
    every place an ASCII letter of it is one exactly where a case-blind `re` pattern takes
    the sentence's character for that letter, and the rest keeps its kind (a word
    character, a space) and its place (no character lowers to two once "İ" is mapped)."""
    if any(chr(c) in sentence for c in ASCII_LOOKALIKES):
        sentence = sentence.translate(ASCII_LOOKALIKES)
    return sentence.lower()


IN_PLACE = re.compile(rf"\s+in\s+{_NAME}")


def _place_after(sentence: str, at: int) -> re.Match | None:
    """`IN_PLACE` at `at` ("OCHA in CAR"), tried only where spaces and "in" follow (a space
    being any character `\\s` may match: one to `str.isspace`, or one not ASCII)."""
    word = at
    while word < len(sentence) and _may_be_space(sentence[word]):
        word += 1
    if word == at or not sentence.startswith("in", word):
        return None
    return IN_PLACE.match(sentence, at)
PASSIVE_AFTER = re.compile(rf"\s+(?:to\s+(?:be|have)|at\s+\d|{_attribution('passive states')})\b")
# "according to X" read on as a body: "an updated Interior ministry toll", "a spokesman for
# the Pale Township people's administration".
BODY_AFTER = re.compile(
    rf"""
    (?P<np> (?P<det>\b(?i:{_words(REFERRING_WORDS)})\s+)? (?P<owner>{_OWNER})?
      (?P<mods>(?:(?<![\p{{L}}\p{{M}}'’\-])[\p{{Ll}}][\p{{Ll}}'’\-]*\s+){{0,3}}) (?P<head>{_HEAD}) )\b
    (?: \s* \( (?P<acr>[^()]{{1,12}}) \) | \s+ (?P<bare>\p{{Lu}}{{2,}}[\p{{Lu}}\d]*)\b        # "the disaster agency BNPB"
      | \s+ (?P<bare>\p{{Lu}}\p{{Ll}}+)(?![\p{{L}}\d\-'’]|\s+\p{{Lu}}) )?   # "the national disaster agency Conred"
    (?: \s+ (?P<count>{COUNT_NOUNS})\b )?          # "according to health ministry figures": the body's count
    """,
    re.VERBOSE,
)


# A body named in lower case by its head and what it is of: "the ministry of health", "the
# government of Malawi", "the department of social welfare". (Capitalised, such a name is a
# name: "the Ministry of Health".) What it is of: a name, or up to three lower-case words that
# no function word, time word or reporting verb opens ("the ministry of health on Tuesday").
_OF_HEAD = _words(sorted(INSTITUTION_HEADS | GOVERNMENT_HEADS))
_OF_STOP = _words(sorted((NOT_MODIFIERS - {"and"}) | lexicon.word_set("time words") | {v.split()[0] for v in REPORT_VERBS}))
_OF_WORD = rf"(?!(?:{_OF_STOP})\b)\p{{Ll}}[\p{{Ll}}\-]*"


def _head_of(name: str) -> str:
    return rf"""(?P<det>\b(?i:the)\s+) (?P<head>{_OF_HEAD}) \s+ of \s+
        (?P<of> (?:the\s+)? (?: {name} | {_OF_WORD} (?:\s+(?:and\s+)?{_OF_WORD}){{0,2}} ) )(?![\p{{L}}\-])"""


HEAD_OF_AFTER = re.compile(_head_of(_NAME), re.VERBOSE)
# ... as a subject, matched backwards from its reporting verb: "The ministry of health in Gaza said"
HEAD_OF_VERB = re.compile(
    rf"""
    {_head_of(_NAME_BACKWARDS)}
    (?: \s+ in \s+ {_NAME_BACKWARDS} )?                   # "the ministry of health in Bamako said"
    (?: \s*, [^,;“”"]{{1,80}} \s*, )?
    \s+ {_AUX_BACKWARDS} {_WHEN} {_TO_VERB} \Z
    """,
    re.VERBOSE | re.REVERSE,
)


def _head_of_body(text: str, m: re.Match) -> str | None:
    """The body a `HEAD_OF_AFTER`/`HEAD_OF_VERB` match names: "Ministry of Health",
    "Government of Malawi"; None for what names no body ("the government of the day")."""
    head = m.group("head").lower()
    words = m.group("of").split()
    the = words[0].lower() == "the"
    words = words[1:] if the else words
    if not words:
        return None
    what = " ".join(words)
    if head in GOVERNMENT_HEADS:
        country = NATIONALITIES.get(what) or (what if _is_country(what) else None)
        return f"Government of {country}" if country else None  # "the government of Malawi"
    if what[:1].isupper():
        return None  # "the department of Antioquia": a place, not what a ministry is of
    name = " ".join([head.capitalize(), "of", *(["the"] if the else []), *(w if w == "and" else w.capitalize() for w in words)])
    return _learned(text, _alias(name) or name)


def _body_after(text: str, start: int, sentence: str, at: int) -> tuple[str, int] | None:
    """The body "according to" names past words of its own, and where it ends: "according
    to a note from the doctors' union" (the union, not "from the doctors' union")."""
    lo, hi = at, at + BODY_REACH
    while (tail := BODY_AFTER.search(sentence, lo, hi)) is not None:
        mods = tail.group("mods").split()
        if mods and mods[0].lower() in NOT_MODIFIERS and mods[0].lower() not in REFERRING_WORDS:
            lo = tail.start() + len(mods[0])  # a preposition opens the match: try after it
            continue
        if (of := HEAD_OF_AFTER.match(sentence, tail.start())) and (named := _head_of_body(text, of)):
            return named, of.end()  # "according to the ministry of health"
        body = _body(text, start + tail.start(), tail)
        return None if body is None else (body, tail.end())
    return None


def _body(text: str, pos: int, m: re.Match) -> str | None:
    """The body a `BODY_VERB`/`BODY_AFTER` match names: its acronym when one follows,
    a state's government for a nationality or a country before "government", the body
    named before for "the ministry", else the phrase as written; None for nobody."""
    head = m.group("head").lower()
    owner_words = _after_sentence_end((m.group("owner") or "").split())
    det = (m.group("det") or "").split()
    while owner_words and _not_a_name(owner_words[0]):  # "The report", "A BINUH spokesman"
        word = owner_words.pop(0)
        if word.lower() in DETERMINERS:
            det.append(word)  # (a weekday before it is no determiner: "by Monday the military said")
    owner = " ".join(owner_words)
    mods = m.group("mods").split()
    if not owner and not det and mods:
        # the determiner opens the body's name: words before it are none of it ("while the government put")
        if (i := _last_determiner(mods)) >= 0:
            det.append(mods[i])
            mods = mods[i + 1 :]
    acr = m.group("acr") or m.groupdict().get("bare")
    appos = m.groupdict().get("appos")
    if not acr and appos and ACRONYM.fullmatch(appos.strip()):
        acr = appos.strip()  # an acronym between commas names the body as one in brackets does
    if acr and (_not_a_name(acr) or acr.lower() in MONTHS):
        acr = None  # "according to the health ministry Monday"
    if acr and (named := _name(acr)) and named.upper() == named.replace(" ", "").upper():
        return _learned(text, named)  # the name after a description wins: "the search and rescue agency Basarnas"
    if any(w.lower() in NOT_MODIFIERS for w in mods):
        return None
    if owner and _unnamed_group(text, pos + m.start("owner") - m.start(), owner, mods, head):
        return None
    if owner:
        owner_plain = POSSESSIVE.sub("", owner)
        country = NATIONALITIES.get(owner_plain) or (owner_plain if _is_country(owner_plain) else None)
        if country and head in GOVERNMENT_HEADS and {w.lower() for w in mods} <= GOVERNMENT_MODIFIERS:
            return f"Government of {country}"
        if country and head in PERSON_HEADS and mods and mods[-1].lower() in GOVERNMENT_HEADS and {w.lower() for w in mods[:-1]} <= GOVERNMENT_MODIFIERS:
            return f"Government of {country}"  # "Mali's government spokesman", "a Congolese government spokesman": the state's voice
        whole = _alias(" ".join([owner_plain, *mods, m.group("head")]))
        if whole:
            return whole
        if head in GOVERNMENT_HEADS and not mods and _is_person(normalise(owner_plain)) and not _a_place(owner_plain):
            return _state_body(text, head, pos)  # "President Alan Garcia's government": the state's, in a story about Peru
        # (a place of two words is no person: "the Uttar Pradesh government" is the state's own, as "the Kerala government")
        if head in DOCUMENT_HEADS or head in PERSON_HEADS or (head in ANY_BODY_HEADS and not mods):
            if _alias(owner_plain) or _is_body(owner_plain):
                return _learned(text, normalise(owner_plain))
            if head in NAMED_HEADS and not mods and _names_a_group(owner):
                return normalise(owner)  # "the Emergency Lawyers group said"
            return None
        words = [owner, *mods, m.group("head")]
        name = " ".join(w if w[:1].isupper() or w.endswith("'s") else w.capitalize() for w in words)
        return normalise(name)
    counted = "count" in m.re.groupindex and m.group("count") is not None
    if counted and head in STATE_HEADS and {w.lower() for w in [*det, *mods]} <= COUNTING_STATE_WORDS:
        return _state_body(text, head, pos)  # "according to government figures", "a government tally": the story country's
    if counted and not det and mods and head not in PERSON_HEADS:
        # "border police data showed", "health ministry figures show": the body its count names
        return " ".join(w.capitalize() for w in [*mods, head])
    words = [w.lower() for w in [*det, *mods]]
    if not det and mods and head in INSTITUTION_HEADS and text[: pos + m.start("mods") - m.start()].rstrip(" ").endswith(","):
        words = ["the", *words]  # "Gaza death toll passes 30,000, health ministry says": a headline drops "the"
    if words and words[0] in REFERRING_WORDS and head not in PERSON_HEADS:  # "the ministry", "its agency"
        mods = words[1:]
        owner_level = None
        while mods and POSSESSIVE.search(mods[0]):
            owner_level = POSSESSIVE.sub("", mods.pop(0))  # "the country's disaster management ministry": the story's country
        found = _refer_back(text, pos, head, tuple(mods))
        if found is None and words[0] == "the" and owner_level in PLACE_LEVELS and head in GOVERNMENT_HEADS | INSTITUTION_HEADS:
            return _level_body(text, pos, owner_level, [*mods, head])  # "the city's military administration" in a story about Kharkiv
        if found is None and words[0] == "the" and head in STATE_HEADS and set(mods) <= GOVERNMENT_MODIFIERS:
            return _state_body(text, head, pos)  # "the government said" in a story about Mali
        if found is None and words[0] == "its" and head in STATE_HEADS and not mods:
            return _its_state(text, pos, head)  # "Uganda has received 4,000 refugees, its government said"
        if found is None and words[0] == "the" and head in GOVERNMENT_HEADS and len(mods) == 1 and mods[0] in PLACE_LEVELS:
            return _level_body(text, pos, mods[0], [head])  # "the provincial government said" in a story about KwaZulu-Natal
        if found is None and words[0] == "the" and head in INSTITUTION_HEADS and mods and mods[0] in PLACE_LEVELS and (
            level_body := _level_body(text, pos, mods[0], [*mods[1:], head])
        ):
            return level_body  # "the state civil defence said" in a story about Rio Grande do Sul
        if found is None and mods and head in INSTITUTION_HEADS:
            return " ".join(w.capitalize() for w in [*mods, head])  # "the government press office"
        return found
    return None


@lru_cache(maxsize=8192)  # (a pure function of the name, asked for every subject the text names)
def _office_then_person(name: str) -> tuple[str, str] | None:
    """A name that is an office the alias table knows, then a person's name: "UN High
    Commissioner for Refugees Filippo Grandi" -> (Filippo Grandi, UNHCR)."""
    words = name.split()
    if len(words) < 3 or _alias(name):
        return None
    for cut in range(len(words) - 2, 1, -1):  # the longest office first, at least two words of a person
        if (office := _alias(" ".join(words[:cut]))) and _is_person(person := " ".join(words[cut:])):
            return person, office
    return None


@lru_cache(maxsize=8192)  # (a pure function of the name, asked for every subject the text names)
def _titled_person(np: str) -> tuple[str, str | None] | None:
    """A title, its office and a person's name written as one run of capitals: "Minister of
    Interior Suleyman Soylu", "Director General of the Pakistan Meteorological Department
    Mahr Sahibzad Khan" -> (the person, the office's body when it names one). The office runs
    from its last "of"/"for" to its last body or office word (attribution.csv office words:
    "Disaster Management", "Interior"), or one word; the person is the rest."""
    words = np.split()
    if len(words) < 4 or words[0].lower().rstrip(".") not in TITLES:
        return None
    joins = [i for i, w in enumerate(words) if w in ("of", "for")]
    if not joins:
        return None
    first = joins[-1] + 1
    if first < len(words) and words[first] == "the":
        first += 1
    ends = [i for i in range(first, len(words)) if words[i] in BODY_WORDS or words[i] in OFFICE_WORDS]
    stop = (ends[-1] if ends else first) + 1
    person = " ".join(words[stop:])
    if not all(w[:1].isupper() or "-" in w for w in words[stop:]) or not _is_person(person):  # ("Mai al-Kaila")
        return None
    office = " ".join(words[first:stop])
    return person, ((_alias(office) or office) if _is_body(office) else None)


# Capitalised words that may end an office's name without naming a body: "Minister of Interior",
# "State for Disaster Management" (attribution.csv office words).
OFFICE_WORDS: frozenset[str] = lexicon.word_set("office words", "attribution")


# The words that open a body's name as its determiner: "the", "its", "a" ...
DETERMINERS: frozenset[str] = REFERRING_WORDS | {"a", "an"}


def _last_determiner(words: list[str]) -> int:
    """Where the last of `DETERMINERS` stands among `words` ("while the": 1), -1 for none."""
    for i in range(len(words) - 1, -1, -1):
        if words[i].lower() in DETERMINERS:
            return i
    return -1


def _before_determiner(m: re.Match) -> int:
    """How many characters of a `BODY_VERB` match with no determiner of its own come before
    the determiner its modifiers hold ("while the government put": the body starts at "the",
    as `_body` reads it)."""
    if m.group("det") or m.group("owner"):
        return 0
    words = list(_re.finditer(r"\S+", m.group("mods")))
    i = _last_determiner([w.group() for w in words])
    return words[i].start() if i > 0 else 0


def _after_sentence_end(words: list[str]) -> list[str]:
    """The words of a name after the last that ends a sentence ("Jabalia.", not "Gen." or
    "U.N."): a name never runs over a sentence's end."""
    for i in range(len(words) - 1, -1, -1):
        word = words[i]
        if word.endswith(".") and len(word) > 4 and word[:-1].isalpha() and not word[:-1].isupper():
            return words[i + 1 :]
    return words


def _state_body(text: str, head: str, pos: int) -> str | None:
    """"the government", "the military" of the country the document is about, when it
    clearly is about one (see places.main_place): Government of Mali, Sri Lankan military;
    in a story of several countries, of the one its paragraph is about ("In Kenya, 228 people
    have died, according to the government")."""
    # the paragraph's country first, in a text of several: "In Myanmar's Rakhine state, the
    # government said ..." in a story filed from Cox's Bazar about the refugees in Bangladesh
    scope, country = text, None
    start, end = _paragraph_of(text, pos)
    if start > 0 or end < len(text):  # a paragraph of a longer text
        scope = text[start:end]
        country = _document_country(scope)
    if country is None:
        scope, country = text, _document_country(text)
    if country is None:
        return None
    if head in GOVERNMENT_HEADS:
        return f"Government of {country}"
    if not _states_named(scope) <= {country}:
        return None  # "Three Israelis were killed, the army said" in a story from Gaza: whose army?
    return f"{DEMONYMS.get(country, country)} {head}"


# A nationality as a word, its plural too ("Israelis"): the state a text names by its people.
NATIONALITY_WORD = re.compile(rf"(?<![\p{{L}}\p{{M}}\-])(?:{_words(NATIONALITIES)})s?(?![\p{{L}}\p{{M}}\-])")


@lru_cache(maxsize=DOCUMENTS_CACHED)
def _states_named(text: str) -> frozenset[str]:
    """The states a text names itself: by their name, their capital or their people ("Sri
    Lanka's north", "KABUL", "three Israelis"). "The army said" is the army of the country
    the story is about only where the text names no other state: from Gaza, about Israelis
    killed, the army is Israel's, not Palestine's, and a story of a war between two states
    names both. Read only where "the army" or "the military" stands alone."""
    mentions = _places().mentions

    words = {" ".join(m.group().split()) for m in NATIONALITY_WORD.finditer(text)}
    states = {NATIONALITIES.get(w) or NATIONALITIES.get(w[:-1]) for w in words} - {None}
    for m in mentions(text):
        place = m.place
        if place.iso3 is not None and place.admin1 is None and place.name == place.country:
            states.add(place.country)
        elif CAPITALS.get(place.name) == place.country:
            states.add(place.country)
    return frozenset(states)


def _paragraph_of(text: str, pos: int) -> tuple[int, int]:
    """The start and end of the paragraph (between blank lines) holding `pos`."""
    end = text.find("\n\n", pos)
    return text.rfind("\n\n", 0, pos) + 1, len(text) if end < 0 else end


@lru_cache(maxsize=DOCUMENTS_CACHED)
def _document_main(text: str):
    main_place = _places().main_place

    return main_place(text, [])


def _document_country(text: str) -> str | None:
    main = _document_main(text)
    return main.country if main is not None else None


def _its_state(text: str, pos: int, head: str) -> str | None:
    """"its government", "its military" after a country named in the same sentence: that
    country's ("Uganda has received 4,000 refugees, its government said")."""
    mentions = _places().mentions

    start = max(text.rfind(". ", 0, pos), text.rfind("\n", 0, pos), pos - SUBJECT_REACH, 0)
    countries = [m.place for m in mentions(text, start, pos) if m.place.admin1 is None and m.place.iso3 is not None and not m.dateline]
    if not countries:
        return None
    country = countries[-1].country
    return f"Government of {country}" if head in GOVERNMENT_HEADS else f"{DEMONYMS.get(country, country)} {head}"


def _level_body(text: str, pos: int, level: str, name: list[str]) -> str | None:
    """"the provincial government", "the district administration", "the city's military
    administration" of a paragraph or story about one province, district or city: "KwaZulu-Natal
    Provincial Government", "Sylhet District Administration", "Kharkiv City Military
    Administration"; None when it is about no one place of that tier. A province, a state, a
    region is one the text names itself ("Batangas province" is no first-level unit of the
    Philippines: its first-level region, never named, names no provincial office)."""
    mentions = _places().mentions

    region = level in REGION_LEVELS
    sentence_start = max(text.rfind(". ", 0, pos), text.rfind("\n", 0, pos), 0)
    main = None
    for lo, hi in ((sentence_start, pos), _paragraph_of(text, pos)):
        # "In neighbouring Hebei province, 29 people died, the provincial government said": the sentence's first
        places = {m.place for m in mentions(text, lo, hi) if m.place.admin1 is not None and not m.dateline}
        if region:
            places = {p for p in places if p.name == p.admin1}
        if len({p.admin1 for p in places}) == 1 and (region or len(places) == 1):
            main = next(iter(places))
            break
    else:
        main = _document_main(text)
        if main is not None and region and main.name != main.admin1:
            return None
    if main is None or main.admin1 is None:
        return None
    place = main.admin1 if region else main.name
    return " ".join([place, *(w.capitalize() for w in [level, *name])])


def _a_place(name: str) -> bool:
    """A place's name ("Viña del Mar"): after "the mayor of" it is where the office is, not who."""
    PLACES = _places().PLACES

    return PLACES.get(" ".join(name.split())) is not None


def _is_country(name: str) -> bool:
    PLACES = _places().PLACES

    place = PLACES.get(name)
    return place is not None and place.admin1 is None and place.name == place.country


def _org_in(phrase: str) -> str | None:
    """The body named in a title phrase: "the UN High Commissioner for Refugees" -> UNHCR,
    "Afghanistan's Deputy Minister of State" -> None."""
    if canonical := _alias(phrase.strip()):
        return canonical
    m = ALIAS_ANYWHERE.search(phrase)
    return _alias(m.group()) if m else None


def _org_of_speaker(text: str, start: int, sentence: str, np: str, np_start: int, name: str) -> str | None:
    """The body a titled speaker speaks for: "BNPB spokesman Sutopo Nugroho" -> BNPB,
    "Kenya Red Cross Secretary General Abbas Gullet" -> Kenya Red Cross Society. (`np` is
    the subject as written, from `np_start` in the sentence.)"""
    tokens = np.split()
    titled = [i for i, t in enumerate(tokens) if t.lower().rstrip(".") in TITLES]
    if titled and titled[0] > 0 and not _is_body(name):
        org = " ".join(tokens[: titled[0]])
        if _a_general_head(org):  # "Agency spokesman Mahmud Bassal told AFP": the agency named before
            return _refer_back(text, start + np_start, org.lower())
        if not _not_a_name(org) and (_alias(org) or _is_body(org) or ACRONYM.fullmatch(org)):
            return _learned(text, normalise(org))
    if not _is_body(name):
        before = ORG_BEFORE_TITLE.search(sentence, (np_start - SUBJECT_REACH if np_start > SUBJECT_REACH else 0), np_start)
        if before:
            if before.group("acr") and ACRONYM.fullmatch(before.group("acr")):
                return _learned(text, normalise(before.group("acr")))
            if before.group("org") and not _names_nobody(before.group("org")):
                return _org_named(text, start + before.start(), before.group("org"))
            if before.group("ref"):
                head = before.group("ref").split()[-1].lower()
                return _refer_back(text, start + before.start(), head)
    return None


# A title between commas after a person: "Tedros Adhanom Ghebreyesus, the WHO chief, said",
# "according to Jean-Pierre Lacroix, the UN's peacekeeping chief": the body it names.
APPOSED_TITLE = re.compile(r"\s*,\s*(?:(?:the|a|an)\s+)?(?P<title>[^,;:()“”\"]{2,80}?)\s*(?:,|\Z|[.;])")
APPOSED_REACH: int = 90  # characters after a name its title between commas may take


def _org_apposed(sentence: str, at: int, end: int, name: str) -> str | None:
    """The body a person's title in apposition names, or None."""
    if not _is_person(name) or (m := APPOSED_TITLE.match(sentence, at, end)) is None:
        return None
    title = m.group("title")
    return _org_in(title) if _TITLE_WORD.search(title) else None


def _org_named(text: str, pos: int, phrase: str) -> str | None:
    """The body a title's capitalised words before it name (`_org_name`), or None; a general
    head alone ("Agency spokesman Mahmud Bassal") is the body of that kind named before."""
    org = _org_name(phrase)
    if _a_general_head(org):
        return _refer_back(text, pos, org.lower())
    return _learned(text, org) if _is_body(org) else None


def _a_general_head(org: str) -> bool:
    """A general head alone, capitalised before a title ("Agency"), and no body's name."""
    return " " not in org and org.lower() in ANY_BODY_HEADS and not _alias(org)


def _org_name(phrase: str) -> str:
    """A body's name from the capitalised words before a title: from the last sentence end
    on, and the longest known name ending it ("Friday. Kenya Red Cross" -> Kenya Red Cross
    Society)."""
    words = phrase.split()
    for i in range(len(words) - 1, 0, -1):
        if words[i - 1].endswith("."):
            words = words[i:]
            break
    for i in range(len(words)):
        if canonical := _alias(" ".join(words[i:])):
            return canonical
    return normalise(" ".join(words))


def _joined_name(sentence: str, lo: int, np_start: int, np: str, name: str) -> str:
    """A name with "and" inside: "the Disaster and Emergency Management Authority", "the
    National Disaster Risk Reduction and Management Council", "the Ministry of Health and
    Population"; of two bodies reporting
    together ("UNAMA and the UN Human Rights Office documented", "UNHCR and IOM said"),
    the first, the lead the text names."""
    before = NAME_AND.search(sentence, lo, np_start)
    if before is None:
        return name
    first = before.group("first")
    if before.group("acr") is None:
        joined = f"{first} and {np}"
        if canonical := _alias(joined):
            return canonical
        if np.split()[-1] in BODY_WORDS and not _is_body(first) and not _names_nobody(first):
            return normalise(joined)
        if OF_WHAT.search(first) and not _is_body(np) and not _alias(np) and not np.isupper():
            return normalise(joined)  # "the Ministry of Health and Population": what it is "of", in two words
    if _is_body(name):
        acr = before.group("acr")
        if acr and ACRONYM.fullmatch(acr):
            return _alias(acr) or acr
        if before.group("acr") is None and _is_body(first) and not _names_nobody(first):
            return normalise(first)
    return name


# What a body's name read forwards may go on with after "and": "the Ministry of Labour and
# Social Affairs" (capitalised words; not "the ..." nor an acronym: "... and UNICEF said").
AND_MORE = re.compile(r"\s+and\s+(?P<more>\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+){0,3})(?![\p{L}\d])(?!\s+(?:the|of|for)\s)")


def _lead_body(sentence: str, lo: int, at: int) -> str | None:
    """The body named first when two report together and the second is written in lower
    case ("UNHCR and the Ugandan government said", "the IOM and the interior ministry
    said"): the first leads, as it does between two names (see `_joined_name`)."""
    before = NAME_AND.search(sentence, lo, at)
    if before is None or _names_nobody(first := before.group("first")):
        return None
    acr = before.group("acr")
    if acr and ACRONYM.fullmatch(acr):
        return _alias(acr) or acr
    name = _alias(first) or normalise(first)
    return name if _is_body(name) else None


LONG_BODY_AFTER_AND = 3  # words after "and", ending in a body's word, that go on a name that looks like a person's


def _and_more(sentence: str, np_end: int, np: str, name: str) -> str:
    """A name read forwards that stopped at an "and" inside it: "according to the Ministry of
    Labour and Social Affairs", "a study by the Food and Agriculture Organization" (words that
    name no body, no person, and a body's word ending what follows "and"; see `_joined_name`,
    which reads such a name backwards)."""
    if not sentence.startswith(" and ", np_end):
        return name
    m = AND_MORE.match(sentence, np_end)
    if m is None or _alias(more := m.group("more")):
        return name
    if OF_WHAT.search(np) and not _is_body(more):
        return normalise(f"{np} and {more}")
    if more.split()[-1] in BODY_WORDS and not _is_body(np) and not (_is_person(np) and len(more.split()) < LONG_BODY_AFTER_AND) and not _names_nobody(np):
        # (two capitalised words look like a person's name, and may start a body's: "the Central Disaster
        # and Safety Countermeasures Headquarters"; not "Ahmed Ali and Civil Defence": a person, then a body)
        return _alias(joined := f"{np} and {more}") or normalise(joined)
    return name


def _longer_name(sentence: str, np_start: int, np_end: int, name: str) -> str:
    """An alias inside a longer name is that longer name: "the Kenya Red Cross" is not the
    ICRC's "Red Cross"."""
    lo = (np_start - 40 if np_start > 40 else 0)
    # (`WORD_BEFORE`'s word opens with a capital, and \s is white space to `str.rstrip`)
    before = WORD_BEFORE.search(sentence, lo, np_start) if may_end_in_a_capitalised_word(sentence[lo:np_start]) else None
    if before is None:
        return name
    word = before.group(WORD_BEFORE_WORD)
    if _not_a_name(word) or word.lower() in TITLES:
        return name
    longer = " ".join(sentence[before.start() : np_end].split())
    return _alias(longer) or longer


def _mononym(name: str) -> bool:
    """A person known by one name, in apposition to a title ("the head of the agency,
    Suharyanto, said"): one capitalised word, no body's, no place's, no people's."""
    return (
        " " not in name and not name.isupper() and name not in BODY_WORDS and not _alias(name)
        and name not in NATIONALITIES and name not in DEMONYMS and _places().PLACES.get(name) is None
    )


@lru_cache(maxsize=8192)
def _is_person(name: str) -> bool:
    words = name.split()
    return 2 <= len(words) <= 4 and not any(w in BODY_WORDS for w in words) and not _alias(name)


def names_a_person(name: str) -> bool:
    """A source's name is a person's ("Paul Kagame"), not a body's ("Kenya Red Cross")."""
    return _is_person(name)


def _names_a_group(owner: str) -> bool:
    """Whether a capitalised name before "group", "charity", ... is that body's own name
    ("Emergency Lawyers", "Sudan Doctors"): a name of two words or more (one word is as
    often a people or a faith: "the Kurdish group", "a British charity"), not a place, a
    country's people or a person's possessive ("North Kivu", "South Sudanese", "Ali Musa's")."""
    PLACES = _places().PLACES

    words = owner.split()
    last = words[-1]
    if len(words) < 2 or POSSESSIVE.search(last) or last in NATIONALITIES or last in DEMONYMS:
        return False
    return PLACES.get(owner) is None and PLACES.get(last) is None


@lru_cache(maxsize=8192)
def _is_body(name: str) -> bool:
    return bool(_alias(name)) or bool(ACRONYM.fullmatch(name)) or any(w.strip("'’s") in BODY_WORDS for w in name.split())


def _refer_back(text: str, pos: int, head: str, mods: tuple[str, ...] = ()) -> str | None:
    """"the ministry", "the agency", "its office": the last body named before `pos` whose
    name holds the head or one of its modifiers ("Interior Ministry"); for a general head
    ("agency", "charity", "report") the last body of any name that is no news outlet;
    None when none was named."""
    bodies = [b for b in _bodies(text) if pos - REFER_REACH <= b.at < pos]
    if head in DOCUMENT_HEADS:
        # "according to the report": the body whose report it is, not the report's title
        # ("its annual Global Trends report" is UNHCR's)
        bodies = [b for b in bodies if b.name.split()[-1].lower() not in DOCUMENT_HEADS]
    levels = {w.title() for w in mods if w in LEVEL_WORDS}
    # (the tier alone names no body: "the state emergency agency" is no "Plateau State Police")
    wanted = {head.title(), *(w.title() for w in mods)} - levels
    if levels:  # "the state emergency agency": no body of another tier ("National Emergency Management Agency")
        bodies = [b for b in bodies if levels <= {w.title() for w in (*b.name.split(), *b.written.split())}]
    strict = head in STRICT_HEADS  # "the health ministry" is no "World Health Organization"
    for b in reversed(bodies):
        words = {w.title() for w in (*b.name.split(), *b.written.split())}
        if (head.title() in words) if strict else (wanted & words):
            return b.name
    if head == "body" and any(b.name == "United Nations" for b in bodies):  # "the world body"
        return "United Nations"
    if (head in ANY_BODY_HEADS and not levels) or head in DOCUMENT_HEADS:
        for b in reversed(bodies):
            if b.name not in OUTLETS and b.name.split()[-1] not in ARMED_WORDS:
                return b.name  # (not "the Rapid Support Forces": "the agency" is no armed force)
    return None


LEVEL_WORDS: frozenset[str] = lexicon.word_set("level words", "attribution")
# Heads a body referred back to must hold: "the health ministry" refers to a ministry, not to
# the last body whose name holds "Health" (attribution.csv strict heads).
STRICT_HEADS: frozenset[str] = lexicon.word_set("strict heads", "attribution")
# The last words of an armed force's or a party's name: never what "the agency", "the
# organisation" or "the report" refers back to (attribution.csv armed words).
ARMED_WORDS: frozenset[str] = lexicon.word_set("armed words", "attribution")
# The tiers of government a story's main place names (attribution.csv region levels, place
# levels): "the provincial government" of its first-level subdivision, "the district
# administration" of its town or district.
REGION_LEVELS: frozenset[str] = lexicon.word_set("region levels", "attribution")
PLACE_LEVELS: frozenset[str] = REGION_LEVELS | lexicon.word_set("place levels", "attribution")


@dataclass(frozen=True, slots=True)
class _Body:
    """A body the document names: where, its name as tables show it, and as written."""

    at: int
    name: str
    written: str


@lru_cache(maxsize=DOCUMENTS_CACHED)
def _bodies(text: str) -> tuple[_Body, ...]:
    """Every body the document names, with its position: known aliases, defined acronyms
    and capitalised names holding a body word ("Interior Ministry", "UN Mission in South
    Sudan"). Read once per document, and only when something refers back."""
    found: dict[int, _Body] = {}
    for m in ALIAS_ANYWHERE.finditer(text):
        if canonical := _alias(m.group()):
            found[m.start()] = _Body(m.start(), canonical, m.group())
    for m in BODY_NAME.finditer(text):
        words, written, at = m.group().split(), m.group(), m.start()
        if (cut := _after_sentence_end(words)) is not words:  # "Tuesday.\n\nAgency spokesman": from "Agency" on
            # (and the name the sentence before ends on: "citing the Interior Ministry. The ministry said")
            ended = words[: len(words) - len(cut)]
            if len(ended) > 1 and any(w.rstrip(".") in BODY_WORDS for w in ended[1:]):
                name = " ".join(ended).rstrip(".")
                found.setdefault(at, _Body(at, normalise(name), name))
            words, written, at = cut, " ".join(cut), at + written.rindex(cut[0]) if cut else at
        if any(w in BODY_WORDS for w in words[1:]) or (len(words) > 1 and words[0] in BODY_WORDS):
            found.setdefault(at, _Body(at, normalise(written), written))
    for m in BODY_AFTER.finditer(text):
        owner = " ".join(_after_sentence_end(m.group("owner").split())) if m.group("owner") else ""
        if (
            owner
            and m.group("head") not in PERSON_HEADS  # "Agency spokesman": a person of a body, no body
            and not m.group("det")
            and not _not_a_name(owner.split()[0])  # "Citing local authorities, the agency said"
            and not any(w.lower() in NOT_MODIFIERS for w in m.group("mods").split())
            and not _a_place_of_its_kind(text, m.start(), owner, m.group("mods"), m.group("head"))
        ):
            words = [owner, *m.group("mods").split(), m.group("head")]
            name = " ".join(w if w[:1].isupper() or w.endswith("'s") else w.capitalize() for w in words)
            found.setdefault(m.start(), _Body(m.start(), normalise(name), name))
    for m in HEAD_OF_AFTER.finditer(text) if " of " in text else ():  # "the ministry of health said ... The ministry said"
        if named := _head_of_body(text, m):
            found.setdefault(m.start("head"), _Body(m.start("head"), named, named))
    for m in LOWER_BODY.finditer(text):  # "the interior ministry said ... The ministry said"
        mods = m.group("mods").split()
        if not any(w in NOT_MODIFIERS or w in REFERRING_WORDS or POSSESSIVE.search(w) for w in mods):
            name = " ".join(w.capitalize() for w in [*mods, m.group("head")])
            if acronym := ACRONYM_AFTER.match(text, m.end()):
                # "the disaster agency (BNPB) said ... The agency said": the body by its acronym
                found.setdefault(m.start("mods"), _Body(m.start("mods"), acronym.group("acronym"), f"{name} {acronym.group('acronym')}"))
                continue
            found.setdefault(m.start("mods"), _Body(m.start("mods"), normalise(name), name))
    return tuple(found[k] for k in sorted(found))


def _a_place_of_its_kind(text: str, at: int, owner: str, mods: str, head: str) -> bool:
    """"in Arauca department", "across Cauca department": a place and the kind of place it
    is, after a preposition (a department of Colombia, Haiti or Peru), not a body a later
    "the ombudsman's office" refers back to."""
    PLACE_KINDS = _places().PLACE_KINDS
    PLACES = _places().PLACES

    if mods.strip() or head.lower() not in PLACE_KINDS or PLACES.get(POSSESSIVE.sub("", owner)) is None:
        return False
    return AFTER_PREPOSITION.search(text, (at - 30 if at > 30 else 0), at) is not None


BODY_NAME = re.compile(_NAME)
NAME_AT = re.compile(rf"{_ALIAS}|{_NAME}")  # a name or an alias, matched where it starts
# An acronym in brackets right after a body's name: " (BNPB)", " (Basarnas)".
ACRONYM_AFTER = re.compile(r"\s*\((?P<acronym>\p{Lu}[\p{Lu}\p{Ll}]{1,9})\)")
# A body named in lower case after "the": "the interior ministry", "the disaster management
# agency", "the enclave's health ministry", named as `_body` names it when it is a subject
# ("Interior Ministry").
LOWER_BODY = re.compile(
    rf"\b(?i:the)\s+(?:\p{{Ll}}+['’]s\s+)?(?P<mods>(?:\p{{Ll}}[\p{{Ll}}\-]*\s+){{1,3}})(?P<head>{_words(sorted(INSTITUTION_HEADS))})\b"
)


def _learned(text: str, name: str | None) -> str | None:
    """A name as the document defines it: an acronym the text spells out ("Haiti's Civil
    Protection agency (DGPC)") is shown as the full name when its initials spell the
    acronym, else as the acronym; names in the alias table stay as the table has them."""
    if name is None or name in CANONICAL_NAMES:
        return name
    key = _key(OWNER_PREFIX.sub("", name))  # "Iraq's Ministry of Migration" -> "ministry of migration"
    for long, acr in _acronyms(text):
        if name == acr or _key(long).endswith(key) or _key(long).startswith(key) or _named_by_head(long, key):
            spelled = _initials(long) == "".join(ch for ch in acr if ch.isupper())
            known = _alias(acr)
            if known and not (spelled and " " in known and _key(long) != _key(known) and not _alias(long)):
                return known  # (unless the text spells another body the table names in full: "the Kuwait Red Crescent Society (KRCS)")
            return long if spelled else acr
    return name


def _named_by_head(long: str, key: str) -> bool:
    """A body defined as "the mission, known as MONUSCO" is any "... mission" of the document."""
    return " " not in long and key.split()[-1:] == [long.lower()]


@lru_cache(maxsize=DOCUMENTS_CACHED)
def _acronyms(text: str) -> tuple[tuple[str, str], ...]:
    """The acronyms a document defines: (full name, acronym), "X (ACR)" read once; and "the
    mission, known as MONUSCO" (head word, acronym)."""
    out = [(m.group("head"), m.group("acr")) for m in KNOWN_AS.finditer(text)] if "known as" in text else []
    for paren in ACRONYM_IN_PARENS.finditer(text):
        acr = paren.group("acr")
        if sum(ch.isupper() for ch in acr) < 2:
            continue
        m = LONG_BEFORE.search(text, (paren.start() - LONG_REACH if paren.start() > LONG_REACH else 0), paren.start())
        if m is None:
            continue
        # the full name starts where the initials spell the acronym ("Gen Nadeem Ahmed of the
        # National Disaster Management Authority (NDMA)"), else at the word of its first letter
        words = m.group("long").split()
        capitals = "".join(ch for ch in acr if ch.isupper())
        spelled = next((i for i in range(len(words)) if words[i][:1].isupper() and _initials(" ".join(words[i:])) == capitals), None)
        if spelled is not None:
            words = words[spelled:]
        else:
            for i, w in enumerate(words):
                if w[:1].upper() == acr[0] and w[:1].isupper():
                    words = words[i:]
                    break
        out.append((POSSESSIVE.sub("", " ".join(words)), acr))
    return tuple(out)


def _initials(name: str) -> str:
    return "".join(w[0] for w in name.split() if w[:1].isupper())


@lru_cache(maxsize=8192)
def _name(np: str) -> str | None:
    """A matched noun phrase as a source name; None when it names nobody."""
    if _names_nobody(np):
        return None
    if np.lower() in GENERIC_SOURCES:
        return None
    name = normalise(np)
    if not name or _not_a_name(name) or name.lower() in GENERIC_SOURCES or name.lower() in SECTION_LABELS:
        return None
    if DATE.fullmatch(name):  # "said Tuesday" read as a name
        return None
    if all(w.lower().rstrip(".") in TITLES for w in name.split()):  # "The Minister said"
        return None
    body, _, last = name.rpartition(" ")
    if body and last.lower() in BODY_PEOPLE and _is_body(body):  # "UN Experts Say": the body's people
        return _alias(body) or body
    return name


# Unnamed people a body's name may stand before ("UN Experts", "MSF Doctors"): unnamed sources
# that are no body's head ("the Defence Ministry" is a body, not "Defence"'s people).
BODY_PEOPLE: frozenset[str] = frozenset(GENERIC_SOURCES) - INSTITUTION_HEADS - STATE_HEADS - ANY_BODY_HEADS - DOCUMENT_HEADS


# Unnamed people of a place ("Residents of Derna told ..."): nobody, whatever place follows.
PEOPLE_OF_A_PLACE = re.compile(rf"(?i:{_attribution('people of a place')})\s+(?:of|in|from)\s")


@lru_cache(maxsize=8192)
def _names_nobody(np: str) -> bool:
    """Only pronouns, articles and the like: "He", "The", "But it"; or unnamed people of a
    place: "Residents of Derna"."""
    return all(_not_a_name(POSSESSIVE.sub("", t.strip(".,"))) for t in np.split()) or PEOPLE_OF_A_PLACE.match(np) is not None


def _not_a_name(word: str) -> bool:
    """A word that names nobody: "The", "He", "Who" - but "WHO" in capitals is a source;
    with a full stop too ("Sunday." ending the sentence before a name)."""
    return word.rstrip(".").lower() in NOT_NAMES and word not in WORD_ACRONYMS


# A name's last word right before a bracket: "the Disaster Mitigation Agency (BNPB)" spells out
# its acronym, it cites nobody.
AFTER_A_NAME = re.compile(r"(?<![\p{L}\d])\p{Lu}[\p{L}.'’\-]*\s*\Z", re.REVERSE)


def _after_a_name(sentence: str, at: int) -> bool:
    """A name's last word right before the bracket at `at`; a weekday or a month is no name:
    "... arrived on Lesbos on Wednesday (UNHCR)." cites UNHCR."""
    m = AFTER_A_NAME.search(sentence, 0, at)
    return m is not None and m.group().strip().rstrip(".").lower() not in DATE_WORDS


DATE_WORDS: frozenset[str] = frozenset(w.lower() for w in (*WEEKDAYS, *MONTHS))
SOURCE_LABEL = re.compile(r"\s*(?i:sources?|data|figures?)\s*:\s*")


def _cited(body: str, undated: bool = True) -> str | None:
    """The source of a citation "(OCHA, 5 March 2017)", "(UN – December 2021)": who, before
    the comma or dash and the date; with no date (when `undated`), a known body alone
    ("killed (ACLED)") or any name after a "source:" label."""
    first = body.split(";")[0]
    split = CITATION_SPLIT.search(first)
    if split is None or not DATE.search(first, split.end()):
        if not undated:
            return None
        labelled = SOURCE_LABEL.match(first)
        who = " ".join(first[labelled.end() if labelled else 0 :].split())
        if labelled and NAME_ONLY.fullmatch(who):
            return _alias(who) or normalise(who)
        return _alias(who)
    who = first[: split.start()]
    who = " ".join(who.split())
    if NAME_ONLY.fullmatch(who):
        return normalise(who)
    m = ALIAS_ANYWHERE.search(who) or ACRONYM.search(who)
    return normalise(m.group()) if m else None


def _closing_credit(sentence: str, at: int, body: str) -> str | None:
    """The body a bracket closing a sentence credits, as reports credit a line: a body's
    name, known or not ("(Nepal Police)", "(SODMA)"); not a place, an outlet, or an acronym
    the words before it spell ("severe acute malnutrition (SAM)")."""
    who = " ".join(body.split())
    if not NAME_ONLY.fullmatch(who) or not _is_body(who) or who in _places().PLACES or _is_outlet(who):
        return None
    if ACRONYM.fullmatch(who):
        initials = "".join(w[0] for w in sentence[:at].split()[-len(who) :]).upper()
        if initials == who:
            return None
    return normalise(who)


def _drop_nested(found: list[_Candidate]) -> tuple[_Candidate, ...]:
    """Where one attribution sits inside another ("White Helmets" in "Raed al-Saleh, leader
    of the White Helmets, ... said"), keep the outer one; unnamed people that start inside a
    named body are its last word ("Data from the Health Ministry showed": no "ministry showed"),
    and an unnamed subject whose verb an inverted attribution holds is none."""
    if len(found) < 2:
        return tuple(found)
    return tuple(
        c for c in found
        if not any(o is not c and o.start <= c.start and c.end <= o.end and (o.end - o.start) > (c.end - c.start) for o in found)
        and not (c.kind is GENERIC and any(o.kind is NAMED and o.start <= c.start < o.end for o in found))
        # (nor a subject read before a verb that an inverted attribution after it holds: "...,
        # with 118,000 newly displaced, said the IOM Displacement Tracking Matrix.")
        and not (c.kind is GENERIC and any(o.kind is NAMED and c.start < o.start < c.end <= o.end for o in found))
    )


def _from_neighbours(text: str, sentences: list[tuple[int, int]], index: int) -> tuple[_Candidate, ...]:
    start, end = sentences[index]
    sentence = text[start:end]
    # A quotation that opens here and closes in a later sentence: “... .”, he said.
    if sentence[:1] in OPENING_QUOTES and not CLOSING_QUOTE.search(sentence, 1):
        for j in range(index + 1, min(len(sentences), index + 1 + QUOTE_REACH)):
            s, e = sentences[j]
            close = CLOSING_QUOTE.search(text, s, e)
            if close:
                return _candidates(text, close.start(), e)
    # "The UN said:" followed by the figure.
    if index > 0:
        s, e = sentences[index - 1]
        last = e
        while last > s and text[last - 1].isspace():
            last -= 1  # (text[s:e].rstrip(), without a slice of the sentence)
        if last > s and text[last - 1] == ":":
            return _candidates(text, s, e)
    return ()


def _last_named(text: str, sentences: list[tuple[int, int]], index: int, pos: int) -> Credit:
    """Who "he said" / "it said" at `pos` is: the last named source in the sentences
    before, or for "he"/"she" a titled person named after it ("Secretary General Abbas
    Gullet launched an appeal. ... he said")."""
    lo = sentences[(index - PRONOUN_REACH if index > PRONOUN_REACH else 0)][0]
    last: _Candidate | None = None
    for j in range(index - 1, max(-1, index - 1 - PRONOUN_REACH), -1):
        named = [c for c in _candidates(text, *sentences[j]) if c.kind is NAMED]
        if named:
            last = max(named, key=lambda c: c.start)
            lo = last.end
            break
    if PERSONAL_PRONOUN.match(text, pos):
        people = [
            m
            for m in TITLED_PERSON.finditer(text, lo, sentences[index][0])
            if _is_person(m.group("person")) and not ADDRESSED.search(text, (m.start() - SUBJECT_REACH if m.start() > SUBJECT_REACH else 0), m.start())
        ]
        if people:
            m = people[-1]
            org = ORG_BEFORE_TITLE.search(text, (m.start() - SUBJECT_REACH if m.start() > SUBJECT_REACH else 0), m.start("person"))
            body = None
            if org and org.group("org") and not _names_nobody(org.group("org")):
                body = _org_named(text, org.start(), org.group("org"))
            return _credit(text, _Candidate(NAMED, normalise(m.group("person")), m.start(), m.end(), body))
    return _credit(text, last) if last else NOBODY


def _contained_names(aliases: dict[str, str]) -> dict[str, tuple[tuple[str, str], ...]]:
    """canonical -> (longer alias, its canonical) for every alias of two words or more that
    lies inside another body's alias: "red cross" (ICRC) inside "kenya red cross". Built once."""
    keys = [(_key(a), c) for a, c in aliases.items()]
    out: dict[str, list[tuple[str, str]]] = {}
    for short, general in keys:
        if len(short.split()) < 2:
            continue
        for long, specific in keys:
            if specific != general and short in long and short != long:
                out.setdefault(general, []).append((long, specific))
    return {k: tuple(v) for k, v in out.items()}


CONTAINED: dict[str, tuple[tuple[str, str], ...]] = _contained_names(ALIASES)
SURFACES: dict[str, tuple[str, ...]] = {}
for _alias_name, _canonical in ALIASES.items():
    SURFACES.setdefault(_canonical, ())
    SURFACES[_canonical] += (_key(_alias_name),)


# The words of each longer name of `CONTAINED`, the longest first (the rarer: a document
# that lacks one lacks it sooner).
CONTAINED_WORDS: dict[str, tuple[str, ...]] = {
    long: tuple(sorted(dict.fromkeys(long.split()), key=len, reverse=True))
    for names in CONTAINED.values()
    for long, _ in names
}

# The words every longer name of a name holds ("united", "nations" for the United Nations'):
# a document that lacks one holds none of them, which one search tells (`_specific_in`).
CONTAINED_COMMON: dict[str, tuple[str, ...]] = {
    name: tuple(sorted(set.intersection(*(set(CONTAINED_WORDS[long]) for long, _ in names)), key=len, reverse=True))
    for name, names in CONTAINED.items()
}


@lru_cache(maxsize=NAMES_CACHED)
def _specific_in(text: str, name: str) -> str:
    """`name`, or the more specific body the document names whose name holds every way the
    document writes `name`: "the Red Cross" in a story naming "the Kenya Red Cross" is that
    society, not the ICRC; a story that also spells out "the International Committee of the
    Red Cross" keeps the ICRC."""
    longer = CONTAINED.get(name, ())
    lowered = _words_lowered(text)
    if not all(map(lowered.__contains__, CONTAINED_COMMON[name])) or not _may_name_one(lowered, CONTAINED_OTHER_WORDS[name]):
        return name  # (most documents: their words are never joined, see `_may_name`)
    lower = _folded(text)
    for long, specific in longer:
        if long not in lower:
            continue
        # every other way the document writes `name` ("icrc", "international committee of
        # the red cross") keeps it the general body
        if not any(w in lower and w not in long for w in SURFACES.get(name, ())):
            return specific
    return name


# Characters beyond ASCII whose lower case holds an ASCII letter ("İ" -> "i̇", the Kelvin
# sign -> "k"; tests/test_provenance_shortcuts.py checks every character): see `_words_lowered`.
LOWERED_TO_ASCII: tuple[str, ...] = ("\u0130", "\u212a")
# Whether every word of the longer names is ASCII (see `_words_lowered`).
CONTAINED_WORDS_ASCII: bool = all(w.isascii() for words in CONTAINED_WORDS.values() for w in words)


def _words_lowered(text: str) -> str:
    """The document as `_key_lowered` writes it, as far as a search for the words of the
    longer names (`CONTAINED_WORDS`) can tell: a text beyond ASCII is read as its UTF-8
    bytes, the ASCII ones lowered and its full stops dropped, each byte then a
    character (Latin-1). A character beyond ASCII is bytes beyond ASCII there, and its lower
    case is no ASCII character either (unless it is one of `LOWERED_TO_ASCII`), so an ASCII
    word is in one where it is in the other; the round trip `str_lower` makes through UTF-8
    took two thirds of what finding a document's more specific body cost."""
    if text.isascii() or not CONTAINED_WORDS_ASCII or holds_any(text, LOWERED_TO_ASCII):
        return _key_lowered(text)
    data = text.encode("utf-8", "surrogatepass").replace(_CURLY_APOSTROPHE, b"'")
    return data.lower().replace(b".", b"").decode("latin-1")  # (bytes.lower lowers A-Z only)


_CURLY_APOSTROPHE: bytes = "’".encode("utf-8")


# The words of each longer name of a name but those all of them hold (`CONTAINED_COMMON`,
# looked for first, once), the longest first: (longer name, its other words) in
# `CONTAINED`'s order.
CONTAINED_OTHER_WORDS: dict[str, tuple[tuple[str, tuple[str, ...]], ...]] = {
    name: tuple((long, tuple(w for w in CONTAINED_WORDS[long] if w not in CONTAINED_COMMON[name])) for long, _ in names)
    for name, names in CONTAINED.items()
}


def _may_name_one(lowered: str, others: tuple[tuple[str, tuple[str, ...]], ...]) -> bool:
    """Whether one of the longer names of a name (`CONTAINED_OTHER_WORDS`) may be in the
    document folded, given that it holds the words they all hold: `_may_name` of one of
    them, each word searched for once (longer names share words: "commissioner" three of
    the United Nations', "society" four of the Red Cross's), a search being a scan of the
    whole document that most words fail."""
    held: dict[str, bool] = {}
    for _, words in others:
        for word in words:
            found = held.get(word)
            if found is None:
                found = held[word] = word in lowered
            if not found:
                break
        else:
            return True
    return False


def _may_name(lowered: str, long: str) -> bool:
    """Whether the longer name `long` (a key of `CONTAINED_WORDS`) may be in the document
    folded: False only where one of its words is not in the document `_key_lowered`. The fold
    joins that text's words with single spaces, so a word of the fold is a word of that text
    too; the test costs a fraction of the fold (splitting a document into its words and
    joining them), and most documents lack a word of every longer name."""
    return all(map(lowered.__contains__, CONTAINED_WORDS[long]))


@lru_cache(maxsize=DOCUMENTS_CACHED)
def _folded(text: str) -> str:
    """The document as alias keys are written (see `_key`), made once for all its names."""
    return " ".join(_key_lowered(text).split())


def _specific(text: str, name: str | None) -> str | None:
    if name is None or name not in CONTAINED:
        return name
    return _specific_in(text, name)


def _across_clauses(text: str, offset: int, c: _Candidate) -> int:
    """A penalty for an attribution in another clause of the sentence: in "X said 190 died,
    with 584 injured, while authorities in Mozambique counted 20 deaths", 584 is X's."""
    lo, hi = (c.end, offset) if c.end <= offset else (offset, c.start)
    # (a break that starts between them; its words may run past: ", and the 40 ...")
    found = CLAUSE_BREAK.search(text, lo, hi + CLAUSE_WORD_REACH)
    return OTHER_CLAUSE_PENALTY if found is not None and found.start() < hi else 0
