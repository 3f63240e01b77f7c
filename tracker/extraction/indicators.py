"""Indicators: the words around a number that say what it counts.

Every table here is plain data a user can read and extend: trigger phrases per indicator,
the nouns that name people (and so can be counted), the nouns that never are, and the
words that turn a count into something else (returns, needs, projections).
"""

from __future__ import annotations

import re as _re
from dataclasses import dataclass

import regex as re

from .numbers import TENS, UNITS, VAGUE, WORD_AMOUNTS
from .qualifiers import BEFORE as QUALIFIERS_BEFORE
from .qualifiers import CHANGE_VERBS
from .text import lowered
from .text import phrases as _phrases

# --- counts that change: "the death toll rose to 73" -----------------------------------
# A count named by its subject, then what happened to it, then "to" or "at" and the count
# now: "the death toll from the earthquake climbed to 2,500", "the number of displaced
# people rose from 20,000 to 50,000", "raising the death toll to 61", "bringing the number
# of displaced to 45,000", "put the death toll at 45". The trigger runs on to the "to" or
# "at", so the count right after it is the figure; the earlier count inside it ("from
# 20,000") is dropped by tracker.extraction.figures, and "by 12" in "rose by 12 to 61" is the change,
# not a count. Subjects per indicator, as regex fragments (case-insensitive). Displaced
# families and households are left out: the count would be taken for people.
COUNT_SUBJECTS: dict[str, tuple[str, ...]] = {
    "killed": (r"death\s+toll", r"number\s+of\s+(?:dead|deaths|fatalities|people\s+(?:killed|dead))"),
    "injured": (r"number\s+of\s+(?:injured|wounded|injuries|people\s+(?:injured|wounded))",),
    "displaced": (
        r"number\s+of\s+(?:(?:internally|newly)\s+)?(?:displaced|IDPs|evacuees)(?:\s+(?:people|persons|civilians|residents))?",
        r"number\s+of\s+(?:people|persons)\s+(?:internally\s+)?displaced",
    ),
    "refugees": (r"number\s+of\s+(?:[\w-]+\s+)?(?:refugees|asylum[\s-]seekers)",),
}
# Verbs that give a count's level rather than its change: "the death toll reached 300",
# "stands at 45".
LEVEL_VERBS: tuple[str, ...] = ("reached", "reaches", "hit", "hits", "stands", "stood", "now stands", "is now")

# What may follow the subject: "from the earthquake in central Italy", "displaced by the floods".
_COMPLEMENT = r"(?:\s+(?:from|in|of|by|since|across|after|among)(?:\s+[\w'’-]+){1,4}?){0,2}"
_CHANGED = (
    rf"(?:\s+(?:has|had|have)(?:\s+been)?)?"
    rf"(?:\s+(?:{_phrases(CHANGE_VERBS)})(?:\s+(?:from|by)(?:\s+[\w.,]+){{1,4}}?)?\s+to"  # rose from 120 to
    rf"|\s+(?:{_phrases(LEVEL_VERBS)})(?:\s+(?:at|to))?)"  # reached, stands at
)
# A count must follow: a qualifier, then digits or a number word.
_COUNT_FOLLOWS = (
    rf"(?=\s+(?:(?:{_phrases(w for ws in QUALIFIERS_BEFORE.values() for w in ws)})\s+)?"
    rf"(?:\d|(?:{_phrases([*UNITS, *TENS, *VAGUE, *WORD_AMOUNTS])})\b))"
)


def _count_changed(subject: str) -> str:
    """The trigger fragment of a count named by `subject` that changed or stands at a level."""
    return rf"{subject}{_COMPLEMENT}(?:{_CHANGED}|\s+(?:to|at)){_COUNT_FOLLOWS}"


COUNT_CHANGES: dict[str, tuple[str, ...]] = {
    name: tuple(_count_changed(subject) for subject in subjects) for name, subjects in COUNT_SUBJECTS.items()
}

# --- places of shelter: "3,000 people in camps" are displaced ---------------------------
# Right before "to" and a count, they are what is counted, not where people are: "the total
# number of camps to 45", "brought the number of tents to 300" (tracker.extraction.figures).
SHELTER_PLACES: tuple[str, ...] = (
    r"shelters", r"camps?", r"evacuation\s+cent(?:re|er)s?", r"collective\s+(?:cent(?:re|er)s?|sites?)",
    r"relief\s+camps?", r"tents", r"host\s+famil(?:y|ies)",
)
SHELTER_PLACE = re.compile(rf"(?:{'|'.join(SHELTER_PLACES)})\M", re.IGNORECASE)

# --- triggers: phrases that say what happened to the people counted -------------------
# Each entry is a regex fragment (VERBOSE, case-insensitive), matched at a word start.
# A fragment starting with "~" may be glued to the word before it, as damaged feeds have
# it ("weredisplaced", "hadevacuated"); the others must start a word.
TRIGGERS: dict[str, tuple[str, ...]] = {
    "killed": (
        # the counts that change come first: "the death toll rose to 73" before "death"
        *COUNT_CHANGES["killed"], r"death\s+toll",
        r"kill(?:ed|ing|s)?", r"dead", r"died",
        r"deaths?",
        # "claimed 10 lives", "cost more than 200 lives" (but not "saved 300 lives")
        r"(?:claim(?:ed|ing|s)|cost|costing|took|taken)(?=\s+(?:[\w,.]+\s+){1,3}lives\b)",
        r"fatalities", r"bodies", r"perished", r"massacred", r"slain", r"murdered",
        r"lost\s+their\s+lives", r"drowned",
    ),
    "injured": (
        *COUNT_CHANGES["injured"],
        r"injur(?:ed|ies|ing|es|e)", r"wound(?:ed|ing|s)", r"hurt", r"maimed",
    ),
    "displaced": (
        *COUNT_CHANGES["displaced"],
        r"~displac(?:ements|ement|ed|ing|es|e)~", r"fled", r"flee(?:ing|s)?", r"uprooted",
        r"~evacuat(?:ions|ion|ed|ing|es|e)~", r"~evacuees~", r"homeless", r"IDPs?\b", r"exodus",
        r"relocat(?:ed|ion|ing|e)", r"migrated", r"moved\s+away",
        r"moving\s+(?:towards?|to)\s+the\s+(?:\w+\s+)?border",
        r"(?:sought|seek|seeking|took|taking|take|taken|find|found|finding)\s+(?:refuge|shelter|sanctuary)",
        r"shelter(?:ing|ed)\b", r"staying\s+(?:with|in|at)\b",
        r"living\s+in\s+(?:\w+\s+){0,3}(?:camps?|sites?|shelters?)",
        rf"(?:{'|'.join(SHELTER_PLACES)})~",
        r"shelter\b(?<=\b(?:in|into|to)\s+(?:a|an|the)\s+(?:\w+\s+)?shelter)",
        r"driven\s+(?:from|out)", r"forced\s+(?:\w+\s+)?(?:to\s+)?(?:leave|move|migrate|out)",
        r"left\s+their\s+(?:homes?|villages?|towns?)", r"left\b(?<=\b(?:had|have|has)\s+left)", r"arrived", r"arrivals",
        r"internally\s+displaced",
    ),
    "refugees": (
        *COUNT_CHANGES["refugees"],
        r"refugees?", r"asylum[\s-]seekers?",
    ),
    "trapped": (
        r"trapped", r"besieged", r"under\s+siege", r"stranded", r"encircled", r"cut\s+off",
    ),
}

# Counts that are not figures of ours although they sit beside a trigger: people who went
# home, people in need, people affected.
BLOCKERS: tuple[str, ...] = (
    r"return(?:ed|ing|s|ees?)?\b", r"need\b(?<=\bin\s+(?:urgent\s+)?need)",
    r"need(?:ing)?\s+(?:\w+\s+)?(?:assistance|aid|help)", r"affected", r"risk\b(?<=\bat\s+risk)",
)

# Projections and fears are not counts ("could displace up to 2 million").
PROJECTIONS: tuple[str, ...] = (
    r"could", r"may(?!\s+have)", r"might(?!\s+have)", r"would", r"will", r"(?:is|are)\s+expected",
    r"expected\s+to", r"likely\s+to", r"set\s+to", r"forecasts?", r"projected", r"planned",
    r"plans?\s+to", r"threaten(?:s|ed)?\s+to", r"fears?", r"feared", r"risks?\s+(?:being|of)",
    r"predict\w*", r"if\b", r"original\s+plan",
)

# --- the nouns that name what was counted --------------------------------------------
# noun (lower case) -> unit written in the record
PERSON_NOUNS: dict[str, str] = {
    **{w: "people" for w in ("people", "persons", "person", "individuals", "individual", "others", "inhabitants", "souls")},
    **{w: "households" for w in ("households", "household")},
    **{w: "families" for w in ("families", "family", "familis")},
    **{w: w for w in (
        "civilians", "children", "women", "men", "refugees", "migrants", "residents",
        "villagers", "idps", "evacuees", "infants", "babies", "orphans", "girls", "boys",
        "students", "pupils", "workers", "fighters", "herders", "farmers", "soldiers",
        "troops", "militants", "rebels", "protesters", "demonstrators", "prisoners",
        "detainees", "pilgrims", "passengers", "survivors", "victims", "casualties",
        "asylum-seekers", "returnees", "nationals", "citizens", "townspeople",
        "displaced", "newcomers", "injured", "wounded", "adults",
        "minors", "patients", "miners", "fishermen", "labourers", "laborers", "tourists",
        "staff", "employees", "volunteers", "members", "ethnic", "policemen", "officers",
        "journalists", "doctors", "nurses", "teachers", "worshippers", "muslims",
        "christians", "rohingya", "yazidis", "kurds", "arabs", "palestinians",
    )},
    **{w: "people" for w in ("dead", "deaths", "lives", "fatalities")},
    "idps": "IDPs",
    "idp": "IDPs",
    "homes": "households",  # "5,000 homes were evacuated" counts households
    "houses": "households",
}
# Person nouns whose count is itself an indicator, wherever the verb is.
NOUN_INDICATORS: dict[str, str] = {
    "refugees": "refugees",
    "idps": "displaced",
    "idp": "displaced",
    "evacuees": "displaced",
    "displaced": "displaced",
    "displacements": "displaced",
    "dead": "killed",
    "deaths": "killed",
    "fatalities": "killed",
    "injured": "injured",
    "wounded": "injured",
    "injuries": "injured",
}
# Nouns that make a number something else: places, things, time, measures, money.
NON_PERSON_NOUNS: frozenset[str] = frozenset(
    """
    towns town cities city villages village provinces province districts district
    governorates governorate regions region states countries country counties county
    municipalities municipality communities localities neighbourhoods neighborhoods areas
    locations sites site settlements settlement camps camp shelters shelter centres centers
    schools school hospitals hospital clinics mosques churches buildings structures
    kilometres kilometers km miles mile metres meters hectares acres tonnes tons kg
    vehicles vehicle trucks truck buses bus cars tanks aircraft planes jets boats ships
    posts outposts checkpoints bases positions weapons rockets missiles shells bombs
    airstrikes strikes raids attacks incidents clashes operations
    years year months month weeks week days day hours hour minutes decades centuries nights
    dollars euros pounds francs rupees yuan naira lira usd eur
    percent per cent pc points votes seats goals runs
    tents trees houses homes apartments flats shops roads bridges
    aftershocks earthquakes storms floods fires wildfires cyclones typhoons hurricanes
    agencies organisations organizations groups factions brigades battalions companies
    cases doses tests meals bags litres liters items kits
    times steps phases rounds stages waves
    """.split()
)
# Nouns of homes: a count of them is a count of households only when they were evacuated.
HOME_NOUNS: frozenset[str] = frozenset({"homes", "houses"})

# Words that may stand between a number and its noun ("27,000 ethnic Rohingya people").
MAX_MODIFIERS = 3
# Words after which a number has no noun of its own ("35,000 were displaced", "10,000 to flee").
NO_NOUN_WORDS: frozenset[str] = frozenset(
    """
    were was are is have has had been be being to who that which remain remained
    remains still also now did do does could would will may might reportedly
    """.split()
)

# A capitalised plural naming a people: "Syrians", "Afghans", "Iraqis", "South Sudanese".
DEMONYM = re.compile(r"\A\p{Lu}\p{Ll}+(?:ians|ans|is|ese|ers)\Z")


def _alternation(fragments) -> str:
    return "|".join(_fragment(f) for f in fragments)


def _fragment(f: str) -> str:
    """A fragment as a pattern: it starts a word unless it begins with "~" (glued to the
    word before), and ends a word unless it ends with "~" (glued to the word after):
    "dead" must not match "deadline", nor "hurt" "hurtling"."""
    start = "" if f.startswith("~") else r"\m"
    # a capital may follow with no space in a damaged feed ("fledShirqat")
    end = "" if f.endswith("~") else r"(?:\M|(?=(?-i:\p{Lu})))"
    return f"(?:{start}(?:{f.strip('~')}){end})"


# The vocabulary is not scanned as one pattern - a regex of dozens of alternatives reads
# well under 1 MB/s - but `find_triggers` looks up each word's first letters in
# TRIGGER_INDEX and tries only the fragments that start so.
PROJECTION = re.compile(rf"(?:{_alternation(PROJECTIONS)})\M", re.IGNORECASE)
# The same words glued to the noun before them in a damaged feed ("1.5 million peoplecould").
PROJECTION_GLUED = re.compile(rf"(?:{'|'.join(PROJECTIONS)})\M", re.IGNORECASE)

_HEAD = re.compile(r"\A(?:\(\?:)?([a-z|]+)")
_LETTERS = re.compile(r"[a-z]+")
HEAD_LENGTH = 3
# Words longer than this are searched for a trigger glued after another word ("weredisplaced").
GLUED_LENGTH = 8


def _heads(fragment: str) -> tuple[str, ...]:
    """The lower-case starts a fragment's matches can have: "(?:sought|seek)..." -> ("sou", "see")."""
    text = fragment.lower()
    if text.startswith("(?:"):
        depth, alternatives, current = 0, [], ""
        for ch in text[3:]:
            if ch == ")" and depth == 0:
                break
            depth += (ch == "(") - (ch == ")")
            if ch == "|" and depth == 0:
                alternatives.append(current)
                current = ""
            else:
                current += ch
        alternatives.append(current)
    else:
        alternatives = [text]
    heads = set()
    for alternative in alternatives:
        m = _LETTERS.match(alternative)
        if not m or len(m.group()) < 2:
            raise ValueError(f"each alternative of a trigger must start with letters: {fragment!r}")
        heads.add(m.group()[:HEAD_LENGTH])
    return tuple(sorted(heads))


def _index() -> tuple[dict[str, list[tuple[str, re.Pattern]]], list[tuple[str, str, re.Pattern]]]:
    index: dict[str, list[tuple[str, re.Pattern]]] = {}
    glued: list[tuple[str, str, re.Pattern]] = []
    tables = [*((name, f) for name, fs in TRIGGERS.items() for f in fs), *(("blocked", f) for f in BLOCKERS)]
    for name, fragment in tables:
        body = fragment.strip("~")
        pattern = re.compile(_fragment(fragment), re.IGNORECASE)
        for head in _heads(body):
            index.setdefault(head, []).append((name, pattern))
        if fragment.startswith("~"):
            stem = _HEAD.match(body.lower()).group(1).split("|")[0]
            glued.append((stem, name, pattern))
    return index, glued


TRIGGER_INDEX, GLUED_TRIGGERS = _index()
TOKEN = re.compile(r"[^\W\d_]+")
# The same words, in a lowered ASCII span, found without visiting every word: those that
# start with a trigger's head, and the long ones that may hold a glued trigger.
ASCII_CANDIDATE = _re.compile(
    rf"(?<![a-z])(?:(?:{'|'.join(sorted(TRIGGER_INDEX))})[a-z]*|[a-z]{{{GLUED_LENGTH + 1},}})"
)


@dataclass(frozen=True, slots=True)
class Trigger:
    indicator: str  # an indicator, or "blocked" for returns and needs
    start: int
    end: int


def find_triggers(text: str, pos: int, endpos: int, lower: str | None = None) -> list[Trigger]:
    """Trigger phrases in text[pos:endpos], in order. `lower` is text.lower() if known."""
    if lower is None:
        lower = lowered(text)
    out: list[Trigger] = []
    last_end = pos
    if lower.isascii() or lower[pos:endpos].isascii():
        words = _ascii_candidates(lower, pos, endpos)
    else:
        words = (
            (tok.start(), word)
            for tok in TOKEN.finditer(lower, pos, endpos)
            if _may_start_trigger(word := tok.group())
        )
    for at, word in words:
        if at < last_end:
            continue
        found = _trigger_in(text, word, at, endpos)
        if found is not None:
            out.append(found)
            last_end = found.end
    return out


def _may_start_trigger(word: str) -> bool:
    """A word that starts with a trigger's head, or long enough to hold a glued trigger."""
    return word[:HEAD_LENGTH] in TRIGGER_INDEX or len(word) > GLUED_LENGTH


def _ascii_candidates(lower: str, pos: int, endpos: int) -> list[tuple[int, str]]:
    """(start, word) of the words in lower[pos:endpos] that may start a trigger; a word
    cut by `pos` counts from `pos`, as TOKEN.finditer would read it."""
    first: list[tuple[int, str]] = []
    if 0 < pos < endpos and lower[pos - 1].isalpha() and lower[pos].isalpha():
        tok = TOKEN.match(lower, pos, endpos)
        word = tok.group()
        if _may_start_trigger(word):
            first.append((pos, word))
        pos = tok.end()
    return first + [(m.start(), m.group()) for m in ASCII_CANDIDATE.finditer(lower, pos, endpos)]


def trigger_at(text: str, lower: str, pos: int, endpos: int) -> Trigger | None:
    """The trigger phrase that starts with the word at `pos`, if any."""
    tok = TOKEN.match(lower, pos, endpos)
    if tok is None:
        return None
    return _trigger_in(text, tok.group(), pos, endpos)


def _trigger_in(text: str, word: str, at: int, endpos: int) -> Trigger | None:
    for name, pattern in TRIGGER_INDEX.get(word[:HEAD_LENGTH], ()):
        m = pattern.match(text, at, endpos)
        if m:
            return Trigger(name, at, m.end())
    if len(word) > GLUED_LENGTH:  # "weredisplaced", "hadevacuated"
        for stem, name, pattern in GLUED_TRIGGERS:
            inside = word.find(stem, 1)
            if inside > 0:
                m = pattern.match(text, at + inside, endpos)
                if m:
                    return Trigger(name, at + inside, m.end())
    return None
