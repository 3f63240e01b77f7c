"""Indicators: the words around a number that say what it counts.

Every table here is plain data a user can read and extend: trigger phrases per indicator,
the nouns that name people (and so can be counted), the nouns that never are, and the
words that turn a count into something else (returns, needs, projections).
"""

from __future__ import annotations

from dataclasses import dataclass

import regex as re

# --- triggers: phrases that say what happened to the people counted -------------------
# Each entry is a regex fragment (VERBOSE, case-insensitive), matched at a word start.
# A fragment starting with "~" may be glued to the word before it, as damaged feeds have
# it ("weredisplaced", "hadevacuated"); the others must start a word.
TRIGGERS: dict[str, tuple[str, ...]] = {
    "killed": (
        r"kill(?:ed|ing|s)?", r"dead", r"died", r"deaths?", r"death\s+toll", r"lives",
        r"fatalities", r"bodies", r"perished", r"massacred", r"slain", r"murdered",
        r"lost\s+their\s+lives", r"drowned",
    ),
    "injured": (
        r"injur(?:ed|ies|ing)", r"wounded", r"wounding", r"hurt", r"maimed",
    ),
    "displaced": (
        r"~displac(?:ed|ement|ements|ing|es|e)", r"fled", r"flee(?:ing|s)?", r"uprooted",
        r"~evacuat(?:ed|ion|ions|ing|es|e)", r"~evacuees", r"homeless", r"IDPs?\b", r"exodus",
        r"relocat(?:ed|ion|ing|e)", r"migrated", r"moved\s+away",
        r"moving\s+(?:towards?|to)\s+the\s+(?:\w+\s+)?border",
        r"(?:sought|seek|seeking|took|taking|take|taken|find|found|finding)\s+(?:refuge|shelter|sanctuary)",
        r"shelter(?:ing|ed)\b", r"staying\s+(?:with|in|at)\b",
        r"living\s+in\s+(?:\w+\s+){0,3}(?:camps?|sites?|shelters?)",
        r"(?:shelters|camps?|evacuation\s+cent(?:re|er)s?|collective\s+(?:cent(?:re|er)s?|sites?)|relief\s+camps?|tents|host\s+famil(?:y|ies))",
        r"(?:in|into|to)\s+(?:a|an|the)\s+(?:\w+\s+)?shelter\b",
        r"driven\s+(?:from|out)", r"forced\s+(?:\w+\s+)?(?:to\s+)?(?:leave|move|migrate|out)",
        r"left\s+their\s+(?:homes?|villages?|towns?)", r"(?:had|have|has)\s+left\b", r"arrived", r"arrivals",
        r"internally\s+displaced",
    ),
    "refugees": (
        r"refugees?", r"asylum[\s-]seekers?",
    ),
    "trapped": (
        r"trapped", r"besieged", r"under\s+siege", r"stranded", r"encircled", r"cut\s+off",
    ),
}

# Counts that are not figures of ours although they sit beside a trigger: people who went
# home, people in need, people affected.
BLOCKERS: tuple[str, ...] = (
    r"return(?:ed|ing|s|ees?)?\b", r"in\s+(?:urgent\s+)?need", r"need(?:ing)?\s+(?:\w+\s+)?(?:assistance|aid|help)",
    r"affected", r"at\s+risk",
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
        "displaced", "newcomers", "dead", "deaths", "injured", "wounded", "adults",
        "minors", "patients", "miners", "fishermen", "labourers", "laborers", "tourists",
        "staff", "employees", "volunteers", "members", "ethnic", "policemen", "officers",
        "journalists", "doctors", "nurses", "teachers", "worshippers", "muslims",
        "christians", "rohingya", "yazidis", "kurds", "arabs", "palestinians", "lives",
    )},
    "idp": "idps",
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
    "lives": "killed",
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
    return "|".join(f"(?:{f[1:]})" if f.startswith("~") else rf"(?:\m{f})" for f in fragments)


TRIGGER = re.compile(
    "|".join(rf"(?P<{name}>{_alternation(fragments)})" for name, fragments in TRIGGERS.items())
    + rf"|(?P<blocked>{_alternation(BLOCKERS)})",
    re.IGNORECASE,
)
PROJECTION = re.compile(rf"(?:{_alternation(PROJECTIONS)})\M", re.IGNORECASE)

GROUPS: tuple[str, ...] = (*TRIGGERS, "blocked")


@dataclass(frozen=True, slots=True)
class Trigger:
    indicator: str  # an indicator, or "blocked" for returns and needs
    start: int
    end: int


def find_triggers(text: str, pos: int, endpos: int) -> list[Trigger]:
    """Trigger phrases in text[pos:endpos], in order."""
    out = []
    for m in TRIGGER.finditer(text, pos, endpos):
        name = m.lastgroup
        out.append(Trigger(name, m.start(), m.end()))
    return out
