"""Breakdowns: a part written after its total is a figure of its own, linked to the total.

Reporters break a total down in a few ways, and each part comes right after its total:

    "the blast killed 48 people, including 9 firefighters"       including, among them, of whom
    "310 people (190 men, 82 women and 38 children) were killed"  a bracketed list after a count
    "the attack killed 85 people, 30 children among them"         a part naming its group after it
    "the quake killed 1,870 people: 1,102 in Lorca, 655 in Teruel" a list after a colon
    "Of the 150 dead, 80 were in Aleppo and 70 in Idlib."          a sentence opening with its total

A part counts what its total counts unless it has a verb of its own ("including 9,000 who
fled across the border"); it keeps its own unit ("including 18,250 households"), and one
with no noun takes its total's. It names its total (`Found.part_of`) when both count the
same indicator, so that no sum, chart or consolidation adds a total and its parts; a part
of another indicator is a figure on its own (nothing would add it to its total).

The rules here only mark parts and find their totals: `tracker.extraction.figures` asks
them while it judges a sentence's candidates in order, a total always before its parts.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import regex as re

from .. import lexicon
from ..provenance.dates import MONTHS, WEEKDAYS
from .indicators import HOME_NOUNS, NO_NOUN_WORDS, NON_PERSON_NOUNS
from .numbers import TENS, UNITS
from .nouns import FINITE_AUXILIARIES, OF_WHOM, PREPOSITIONS, VERB_GAP_WORDS, TIME_WORDS, WORD, Noun, KIND_BARE, KIND_PERSON
from .text import alternation as _words
from .text import literal_keys, may_hold, may_start_with, spaced_phrases
from .text import phrases as _phrases

if TYPE_CHECKING:
    from .figures import Found
    from .quantities import Quantity
    from .rules import Candidate

# The rules' names, as `python -m tracker explain` prints them.
PART_RULE = "a part of the total before it, counting what the total counts (including 12 women)"
GROUP_RULE = "a part of the group the subject names (Those killed included 13 police officers)"
LIST_PART_RULE = "an item of the list after a total's colon (killed 90: 60 in X, 30 in Y)"

# Words that are no part of a noun of people the lexicon does not know ("including 9 firefighters").
NOT_PEOPLE_WORDS: frozenset[str] = NON_PERSON_NOUNS | HOME_NOUNS | NO_NOUN_WORDS | PREPOSITIONS | TIME_WORDS | lexicon.word_set("articles")
# A bracket opening right after a count, before the first part: "310 people (190 men, ...".
OPEN_BRACKET = re.compile(r"\s*\(\s*\Z")
# Nouns of households: "2,400 families (8,200 people)" restates a count in people, and is no part of it.
HOUSEHOLD_UNITS: frozenset[str] = lexicon.word_set("household units")
# Words after a part's noun that name its group as already counted: "30 children among them".
PART_MARKERS_AFTER: tuple[str, ...] = lexicon.word_list("part markers after")
MARKER_AFTER = re.compile(rf"\s*,?\s*(?:{_phrases(PART_MARKERS_AFTER)})\b", re.IGNORECASE)
# What MARKER_AFTER's matches start with past white space: a comma or a marker's first word
# (`may_start_with`: after most nouns a verb stands, and the pattern is not called).
MARKER_STARTS: tuple[str, ...] = (",", *sorted({m.split()[0].lower() for m in PART_MARKERS_AFTER}))
# A sentence opening with the total its parts break down: "Of the 150 dead, 80 were in Aleppo".
PART_OPENERS: tuple[str, ...] = lexicon.word_list("part openers")
OPENER = re.compile(rf"\s*[\"“‘']?(?:{_phrases(PART_OPENERS)})\s+\Z", re.IGNORECASE)
# What OPENER's matches start with past white space: a quote or an opener's first word (the
# curly quotes are no ASCII: `may_start_with` lets them by).
OPENER_STARTS: tuple[str, ...] = ('"', "'", *sorted({o.split()[0].lower() for o in PART_OPENERS}))
# What may stand between a total's noun phrase and the colon of its list: "killed 1,870
# people in the north on Monday: 1,102 in ...". Past this, the colon starts something else.
COLON_REACH = 60
COLON_GAP = re.compile(r"(?:[^.;:()]|(?<=\d)\.(?=\d))*:\s*\Z")  # (a decimal point is no sentence's end: "died in the 7.1 quake: 94 in")
# Between two items of one list: "1,102 in Lorca, 655 in Teruel and 113 in Huesca".
LIST_JOIN = re.compile(r"[^.;:()]*(?:,|\band\b)\s*\Z", re.IGNORECASE)
# A possessive right before a count: "her five siblings", "his two sons" tell of one family.
POSSESSIVES: tuple[str, ...] = lexicon.word_list("possessives")
POSSESSIVE_BEFORE = re.compile(rf"\b(?:{_phrases(POSSESSIVES)})\s+\Z", re.IGNORECASE | re.REVERSE)
POSSESSIVE_REACH = 8
# The longest stretch between a part and the next item of its list.
LIST_ITEM_REACH = 60


# A count in brackets right after a name, an item of a list by place: "Dadu (560), Jamshoro (400)".
NAME_BRACKET = re.compile(r"\p{Lu}[\p{L}\p{M}'’.-]*[^\S\n]*\([^\S\n]*\Z", re.REVERSE)
BRACKET_CLOSE = re.compile(r"[^\S\n]*\)")
CALENDAR_WORDS: frozenset[str] = frozenset(w.lower() for w in (*MONTHS, *WEEKDAYS))
BRACKET_RULE = "a count in brackets after a name, what the count before it counted (Kandy (12), Matale (8))"


def after_a_name(text: str, c: Candidate) -> bool:
    """c stands in brackets right after a capitalised name, alone: "Dadu (560)"; not after a
    day or a month ("Thursday (27)")."""
    q = c.quantity
    if c.noun.kind is not KIND_BARE or not text[q.first_start - 3 if q.first_start > 3 else 0 : q.first_start].rstrip(" ").endswith("("):
        return False
    if BRACKET_CLOSE.match(text, q.end) is None:
        return False
    name = NAME_BRACKET.search(text, max(0, q.first_start - 40), q.first_start)
    return name is not None and text[name.start() : name.end()].split("(")[0].strip().lower() not in CALENDAR_WORDS


def next_of_a_name_list(text: str, previous: Candidate, c: Candidate) -> bool:
    """c is the next item of a list of counts in brackets after names ("Kandy (12), Matale (8)
    and Kegalle (5)"), previous the one before it."""
    if not (after_a_name(text, previous) and after_a_name(text, c)):
        return False
    close = BRACKET_CLOSE.match(text, previous.quantity.end)
    return close is not None and NAME_LIST_GAP.fullmatch(text, close.end(), c.quantity.first_start) is not None


# Words that rank what follows after what came before ("the largest host, with 3.4 million
# refugees, followed by Iran (3.4 million), Colombia (2.5 million)": the names after it are
# the next of a ranking, each with a count of its own, not parts of the first).
RANKING = re.compile(rf"\b(?:{_phrases(lexicon.word_list('ranking words'))})\b", re.IGNORECASE)
RANKED_RULE = "the next of a ranking after the count before, counting what it counts (followed by Iran (3.4 million))"


def ranked_after(text: str, first: Candidate, c: Candidate) -> bool:
    """c stands in brackets after a name, and a ranking word between the count `first` and c
    ranks it after that count."""
    return after_a_name(text, c) and _ranks_between(text, first, c)


def _ranks_between(text: str, first: Candidate, c: Candidate) -> bool:
    return RANKING.search(text, first.quantity.end, c.quantity.first_start) is not None


# A count's severity right after it, closing its words: a part of the injured before it, how
# badly hurt ("Nearly 60 people were injured, four seriously, when", "injured 45, 12 critically";
# words.csv severity adverbs).
_SEVERITY_ADVERBS: tuple[str, ...] = lexicon.word_list("severity adverbs")
SEVERITY_AFTER = re.compile(rf"[ ](?:{spaced_phrases(_SEVERITY_ADVERBS)})\b(?=\s*[,;.)]|\s+(?:and|injured|wounded|hurt)\b)", re.IGNORECASE)
SEVERITY_STARTS: frozenset[str] = frozenset(" " + w[:3].lower() for w in _SEVERITY_ADVERBS)  # how its matches start, lowered
SEVERITY_START_LENGTH = 4  # a space and three letters


def severity_after(text: str, end: int) -> bool:
    """A severity adverb right after the count ending at `end` closes its words (SEVERITY_AFTER;
    tried only where a space and one of its adverbs' first letters follow there)."""
    return text[end : end + SEVERITY_START_LENGTH].lower() in SEVERITY_STARTS and SEVERITY_AFTER.match(text, end) is not None


# Between one item's bracket and the next item's: ", Matale (", " and Kegalle (".
NAME_LIST_GAP = re.compile(r"\s*(?:,\s*(?:and\s+)?|and\s+)(?:[\p{L}\p{M}'’.-]+\s+){1,4}?\(\s*")


def mark(text: str, start: int, end: int, candidates: list[Candidate]) -> list[Candidate]:
    """The sentence text[start:end]'s candidates, with the parts of a total marked as
    breakdowns (`Candidate.breakdown`) where the words before a part do not say so
    themselves ("including" is read by tracker.extraction.rules): the counts of a bracketed
    list after a count, a count with "among them" after its noun, the counts listed after
    "included" ("The dead included 4 soldiers and 12 civilians"), and the counts after a
    sentence's opening total ("Of the 150 dead, 80 were ..."). A partitive ("151 of whom had
    taken refuge", "650,000 of them across borders as refugees") is judged as any count,
    by its own words, and linked to its total by `total_of`."""
    parts = [False] * len(candidates)
    included = False  # the candidate before was listed after "included"
    for i, c in enumerate(candidates):
        q = c.quantity
        lo = q.start - LIST_ITEM_REACH if q.start - LIST_ITEM_REACH > start else start
        if (may_hold(text, lo, q.start, INCLUDED_WORDS) and INCLUDED.search(text, lo, q.start)) or (
            included and LIST_JOIN.fullmatch(text, candidates[i - 1].noun.end, q.start)
        ):
            parts[i] = included = True  # "The dead included 4 soldiers and 12 civilians"
        else:
            included = False
        if i + 1 < len(candidates):
            for j in _bracketed(text, end, candidates, i):
                parts[j] = True
        if i > 0 and may_start_with(text, c.noun.end, end, MARKER_STARTS) and MARKER_AFTER.match(text, c.noun.end, end):
            parts[i] = True  # "30 children among them"
        if i > 0 and text.endswith(", ", 0, q.start) and severity_after(text, q.end):
            parts[i] = True  # "60 people were injured, four seriously": how badly a part of them was hurt
        if i > 0 and after_a_name(text, c) and not after_a_name(text, candidates[0]) and not _ranks_between(text, candidates[0], c):  # (its own bracket first: few have one; a ranking's items are no parts)
            parts[i] = True  # "1,234 families were displaced in Dadu (560), Jamshoro (400) and ..."
    if len(candidates) > 1 and may_start_with(text, start, candidates[0].quantity.start, OPENER_STARTS) and OPENER.fullmatch(
        text, start, candidates[0].quantity.start
    ):
        for j in range(1, len(candidates)):
            parts[j] = True
    if True not in parts:
        return candidates  # (most sentences: no part, and nothing to mark)
    if not any(p and not c.breakdown for p, c in zip(parts, candidates)):
        return candidates
    return [c._replace(breakdown=True) if p and not c.breakdown else c for p, c in zip(parts, candidates)]


def _bracketed(text: str, end: int, candidates: list[Candidate], i: int) -> list[int]:
    """The indexes of the candidates that break candidate i down in a bracket right after
    it: a list of counts ("310 people (190 men, 82 women and 38 children)"), or one count
    smaller than it ("(40 children)"); not a restatement in another unit ("2,400 families
    (8,200 people)", "400 families (2,400 individuals)")."""
    total, first = candidates[i], candidates[i + 1]
    if "(" not in text[total.noun.end : first.quantity.start]:
        return _between_dashes(text, end, candidates, i)  # (most pairs: no bracket between them, nor a dash)
    if not OPEN_BRACKET.match(text, total.noun.end, first.quantity.start) and not _places_in_a_later_bracket(text, total, first):
        return []
    close = text.find(")", first.quantity.end, end)
    if close < 0:
        return []
    inside = [j for j in range(i + 1, len(candidates)) if candidates[j].quantity.start < close]
    if len(inside) == 1:
        if first.quantity.value >= total.quantity.value or _households_and_people(total, first):
            return []  # a restatement, read by tracker.extraction.rules.equivalent
    return inside


# A dash opening right after a count, before the first part of a list the same dash closes:
# "killed at least 131 civilians — 102 men, 17 women and 12 children — in Kishishe".
OPEN_DASH = re.compile(r"[^\S\n]*(?P<dash>[—–]|--?(?=[^\S\n]))[^\S\n]*\Z")


def _between_dashes(text: str, end: int, candidates: list[Candidate], i: int) -> list[int]:
    """The indexes of the candidates of a list of two counts or more between dashes right
    after candidate i, which they break down (a dash sets off more than brackets do: one
    count alone there may be anything)."""
    total, first = candidates[i], candidates[i + 1]
    between = text[total.noun.end : first.quantity.start]
    if "—" not in between and "–" not in between and "-" not in between:
        return []  # (most pairs: no dash between them)
    opened = OPEN_DASH.match(text, total.noun.end, first.quantity.start)
    if opened is None:
        return []
    close = text.find(opened.group("dash"), first.quantity.end, end)
    if close < 0:
        return []
    inside = [j for j in range(i + 1, len(candidates)) if candidates[j].quantity.start < close]
    return inside if len(inside) > 1 and sum(candidates[j].quantity.value for j in inside) <= total.quantity.value else []


# A bracket later in the total's clause, its first count by place: "3,211 civilian fatalities
# were recorded in Yemen in 2022 (1,057 in Taiz, 612 in Hodeidah)".
LATER_BRACKET = re.compile(r"[^.;:()\n]{0,80}\(\s*")
PLACE_ITEM_AFTER = re.compile(r"\s+in\s+\p{Lu}")


def _places_in_a_later_bracket(text: str, total: Candidate, first: Candidate) -> bool:
    return (
        "(" in text[total.noun.end : first.quantity.start]  # (most pairs: no bracket between them)
        and LATER_BRACKET.fullmatch(text, total.noun.end, first.quantity.start) is not None
        and first.quantity.value < total.quantity.value
        and PLACE_ITEM_AFTER.match(text, first.quantity.end) is not None
    )


def _households_and_people(a: Candidate, b: Candidate) -> bool:
    return (a.noun.unit in HOUSEHOLD_UNITS) != (b.noun.unit in HOUSEHOLD_UNITS)


# The word right after a count's words where the noun reader found a thing ("arbitrary
# arrests" ends before "arrests"), and the nouns that make that count one of things.
THING_AFTER = re.compile(r"[^\S\n]+([a-z]+)\b")
THING_NOUNS: frozenset[str] = NON_PERSON_NOUNS | HOME_NOUNS


def people_named(text: str, lower: str, pos: int, noun: Noun) -> Noun:
    """A part's noun the lexicon does not know, read as people: after "including" a count
    of words that are no known thing names people ("including 9 firefighters", "including
    23 army personnel"), in those words; a known thing stays one ("including 12 ambulances")."""
    words = [m for m in WORD.finditer(text, pos, noun.end)]
    if not words or not all(m.group().isalpha() for m in words):
        return noun
    if any(lower[m.start() : m.end()] in NOT_PEOPLE_WORDS for m in words):
        return noun  # "including 12 ambulances", "arrived on day 21 after the earthquake"
    thing = THING_AFTER.match(lower, noun.end)
    if thing is not None and thing.group(1) in THING_NOUNS:
        return noun  # "and 2,317 arbitrary arrests": the thing after the words the noun reader passed over
    return Noun(" ".join(lower[m.start() : m.end()] for m in words), None, noun.end, KIND_PERSON)


def before_its_parts(text: str, candidates: list[Candidate], i: int) -> bool:
    """Candidate i is followed right away by a bracketed breakdown: "another 845 (624 men,
    179 women and 42 children) were injured" counts what the verb after the bracket says."""
    if i + 1 >= len(candidates):
        return False
    c, nxt = candidates[i], candidates[i + 1]
    return nxt.breakdown and OPEN_BRACKET.match(text, c.noun.end, nxt.quantity.start) is not None


def total_of(
    text: str,
    candidates: list[Candidate],
    i: int,
    previous: tuple[Candidate, Found] | None,
    elliptical: bool,
    things: list[Quantity],
) -> Found | None:
    """The figure candidate i is a part of, if any: for a breakdown or a partitive ("151 of
    whom"), the figure of the nearest count before it that is no part itself; for an elliptical item (`elliptical`:
    it shares the verb of the figure before) of a list after a total's colon, that total.
    `previous` is the last figure found before candidate i in the sentence; `things` are
    the counts of things of the sentence ("destroyed 30 vehicles, including 10 tanks": the 10
    are no part of a count of people before the vehicles; but "killed 227 people across six
    states, including 104 in North Carolina": 104 is no part of six)."""
    if previous is None:
        return None
    c = candidates[i]
    prev_c, prev_f = previous
    total = prev_f.part_of or prev_f
    if any(total.quantity.end <= t.start < c.quantity.start and c.quantity.value <= t.value for t in things):
        return None
    if POSSESSIVE_BEFORE.search(text, (c.quantity.start - POSSESSIVE_REACH if c.quantity.start > POSSESSIVE_REACH else 0), c.quantity.start):
        return None  # "among them a 10-day-old girl and her five siblings": a story, not a part
    if c.breakdown or OF_WHOM.match(text, c.quantity.end, c.noun.end):
        j = i - 1
        while j >= 0 and candidates[j].breakdown:
            j -= 1
        return total if j >= 0 and candidates[j].quantity is total.quantity else None
    if not elliptical or candidates[i - 1] is not prev_c or c.quantity.value >= total.quantity.value:
        return None
    if prev_f.part_of is not None:  # the next item of the list: "..., 655 in Teruel"
        if prev_c.breakdown and not (prev_c.noun.kind is KIND_BARE and c.noun.kind is KIND_BARE):
            # "6,000 people, including 4,000 children, ... and 5,000 at the airstrip" (but "of
            # whom 213 died in the Valencia region, three in Castilla-La Mancha and one in Andalusia")
            return None
        a = prev_c.quantity.end
        if c.quantity.start - a <= LIST_ITEM_REACH and LIST_JOIN.match(text, a, c.quantity.start):
            return total
        return None
    a = prev_c.noun.end  # the first item, after the total's colon: "killed 1,870 people: 1,102 in"
    if c.quantity.start - a <= COLON_REACH and COLON_GAP.match(text, a, c.quantity.start):
        return total
    return None


# The verb that says a group counted by its subject is made of parts: "Those killed from
# April to June included 13 police officers", "The wounded include 12 children".
INCLUSION_VERBS: str = _words("inclusion verbs")
INCLUDED = re.compile(rf"\b(?:{INCLUSION_VERBS})\s+(?:[^\W\d][\w'’-]*\s+){{0,3}}\Z", re.IGNORECASE | re.REVERSE)
# The words every match holds, one of them (its verbs' letters): without them, INCLUDED is not tried.
INCLUDED_WORDS: tuple[str, ...] = literal_keys(verb.split()[0] for verb in lexicon.word_list("inclusion verbs"))
SUBJECT_BREAK = re.compile(r"[;:.,]")


def group_indicator(
    text: str, start: int, candidates: list[Candidate], i: int, previous: tuple[Candidate, Found] | None, triggers: list
) -> str | None:
    """What candidate i, a part with no total before it in the sentence starting at
    `start`, counts when the sentence's subject names its group: the indicator of the
    trigger in the subject before "included" ("The dead included 4 soldiers and 12
    civilians"); a later part of the same list counts what the part before it counts."""
    c = candidates[i]
    if previous is not None and i > 0 and candidates[i - 1] is previous[0] and previous[0].breakdown:
        return previous[1].indicator  # "... and more than 460 gang members"
    m = INCLUDED.search(text, max(start, c.quantity.start - LIST_ITEM_REACH), c.quantity.start)
    if m is None:
        return None
    subject = [t for t in triggers if start <= t.start and t.end <= m.start()]
    if not subject or subject[-1].blocks or any(ch.isdigit() for ch in text[start : m.start()]):
        return None  # no group named, or a subject that holds a count of its own
    if SUBJECT_BREAK.search(text, subject[-1].end, m.start()):
        return None  # the trigger is in another clause: "Fighting killed many, and aid included ..."
    return subject[-1].indicator


# Between a part and its own verb: "of which 4,724 have been left homeless", "of whom 20 are
# still missing" (the auxiliaries of tracker.extraction.nouns.AUX_GAP, and "left", "still", "now").
_PART_GAP_WORDS: str = _words("part gap words")
OWN_VERB_GAP = re.compile(
    rf"\s*(?:(?:{FINITE_AUXILIARIES}|{VERB_GAP_WORDS}|{_PART_GAP_WORDS})\s+)*",
    re.IGNORECASE,
)


# A small number word that is an item of a list of counts by place: "22 in Suzu, five in
# Nanao", "killed 18 people: seven in Romania, ...", after a count and a list join or the
# list's colon, before "in" and a place's capital.
# The item before: digits or a number word ("Four people were killed in Kharkiv and two in ...").
LIST_ITEM_BEFORE = re.compile(
    rf"(?:\d|\b(?:{_phrases([*UNITS, *TENS])})\b)[^\d.;:()]{{1,60}}?(?:,|:|\band\b)\s*\Z", re.IGNORECASE | re.REVERSE
)
PLACE_AFTER = re.compile(r"\s+(?:in|at|from|on)\s+(?:the\s+)?\p{Lu}")


def list_item_word(text: str, start: int, end: int) -> bool:
    """The number word text[start:end] is an item of a list of counts by place ("39 in
    Wajima, 22 in Suzu, five in Nanao"): it counts what the items before it count."""
    return PLACE_AFTER.match(text, end) is not None and LIST_ITEM_BEFORE.search(
        text, (start - LIST_ITEM_WORD_REACH if start > LIST_ITEM_WORD_REACH else 0), start
    ) is not None


LIST_ITEM_WORD_REACH = 68  # characters before a number word the item before it and its join stand within (LIST_ITEM_BEFORE's 60 and more)


def link(total: Found | None, indicator: str) -> Found | None:
    """The total a part names: only a total of the part's own indicator ("wounded 2,059,
    including 1,404 in critical condition"); a part of another indicator stands alone."""
    return total if total is not None and total.indicator == indicator else None
