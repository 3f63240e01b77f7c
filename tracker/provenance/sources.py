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
from dataclasses import dataclass
from enum import Enum
from functools import lru_cache
from pathlib import Path

import regex as re

from .. import lexicon
from ..extraction.text import gap
from ..extraction.text import phrases as _words
from .dates import DATE, WEEKDAYS

ALIASES_PATH: Path = Path(__file__).parent.parent / "data" / "aliases.csv"


def load_aliases(path: Path) -> dict[str, str]:
    """alias -> canonical name, from a two-column CSV (lines starting with # are comments)."""
    with path.open(encoding="utf-8", newline="") as f:
        rows = [r for r in csv.reader(f) if r and not r[0].lstrip().startswith("#")]
    if rows and [c.strip().lower() for c in rows[0][:2]] == ["alias", "canonical"]:
        rows = rows[1:]
    return {r[0].strip(): r[1].strip() for r in rows if len(r) >= 2 and r[0].strip() and r[1].strip()}


ALIASES: dict[str, str] = load_aliases(ALIASES_PATH)


def _key(name: str) -> str:
    """The form aliases are looked up by: lower case, no full stops, no leading "the"."""
    k = name.replace("’", "'").replace(".", "").lower()
    k = " ".join(k.split())
    return k[4:] if k.startswith("the ") else k


ALIAS_KEYS: dict[str, str] = {_key(a): c for a, c in ALIASES.items()}

# Acronyms whose lower-case or capitalised spelling is an ordinary word or a first name:
# they name a source only when written in capitals - "the WHO said", never "Who said ...?";
# "UN" and "U.N.", not "Un"; the news agency "SANA", not a woman called Sana; "CARE", not
# "care". Other acronyms are also read as British papers write them ("Unicef", "Ocha").
WORD_ACRONYMS: frozenset[str] = frozenset({"WHO", "UN", "ECHO", "SANA", "CARE", "AID", "ICE", "HOPE"})


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
NOT_NAMES: frozenset[str] = frozenset(
    """
    the a an it this that these those he she they we i but and or so yet also then now
    in on at by for from with after before while meanwhile however in
    who whom whose what which where when why how
    """.split()
) | frozenset(w.lower() for w in WEEKDAYS)

# Unnamed sources: an attribution to one of these gives no source.
GENERIC_SOURCES: tuple[str, ...] = (
    "officials", "official", "witnesses", "witness", "monitors", "monitor", "residents",
    "resident", "activists", "activist", "sources", "source", "authorities", "medics",
    "doctors", "rescuers", "rescue workers", "aid workers", "workers", "police", "media",
    "reports", "report", "observers", "locals", "villagers", "survivors", "analysts",
    "experts", "spokesman", "spokeswoman", "spokesperson", "people", "agency", "group",
    "statement", "ministry", "army", "military", "government", "security forces",
)

# Reporting verbs after their subject ("the ministry recorded"): lexicon/report_verbs.csv.
REPORT_VERBS: tuple[str, ...] = lexicon.column("report_verbs", "words", kind="verb")

AUXILIARIES: tuple[str, ...] = ("has", "have", "had", "also", "has also", "had also", "later", "previously", "earlier")

# Words allowed between "according to" and a name: "according to state news agency SANA".
DESCRIPTORS: tuple[str, ...] = (
    "state", "state-run", "news", "agency", "official", "local", "media", "war", "monitor",
    "monitoring", "group", "rights", "figures", "data", "released", "published", "by", "from",
    "of", "the", "latest", "new", "a", "an", "report", "reports", "statement", "estimates",
    "count", "tally", "toll", "the", "human", "humanitarian",
)


def _alias_alternation(aliases) -> str:
    """Acronyms match in capitals only ("WHO", not "who"); other names in any case."""
    acronyms = [a for a in aliases if a.upper() == a]
    names = [a for a in aliases if a.upper() != a]
    return rf"(?<![\p{{L}}\d])(?:(?i:{_words(names)})|{_words(acronyms)})(?![\p{{L}}\d])"


_ALIAS = _alias_alternation(ALIASES)
_FIRST = r"\p{Lu}[\p{L}\p{M}\d'’.\-]*"
_NEXT = rf"(?:{_FIRST}|(?:al|el|ad|as|ash|ar|an)-\p{{L}}+)"
_NAME = rf"{_FIRST}(?:(?:\s+(?:of|for|the|de|da|di|del|van|von|der|bin|ibn|on)\s+|\s+){_NEXT}){{0,6}}"
_NP = rf"(?P<np>{_ALIAS}|{_NAME})"
_VERB = rf"(?:{_words(REPORT_VERBS)})\b"
_AUX = rf"(?:(?:{_words(AUXILIARIES)})\s+)?"
_WHEN = rf"(?:(?:on\s+)?(?:{_words(WEEKDAYS)})\s+)?"

# "The United Nations said", "The Syrian Observatory, a war monitor, said", "SOHR (...) reports"
SUBJECT_VERB = re.compile(
    rf"""
    {_NP}
    (?: \s* \( [^()]{{1,40}} \) )?                    # (SOHR)
    (?: \s+ in \s+ {_NAME} )?                        # OCHA in CAR
    (?: (?: \s*, [^,;“”"]{{1,80}} ){{1,2}} \s*, )?      # , a war monitor,
    \s+ {_AUX} {_WHEN} {_VERB} \Z
    """,
    re.VERBOSE | re.REVERSE,  # matched backwards from each reporting verb: see _candidates
)

# "local witnesses and monitors said Tuesday", "officials say": unnamed, no source.
GENERIC_VERB = re.compile(rf"\b(?i:{_words(GENERIC_SOURCES)})\s+{_AUX}{_WHEN}{_VERB}\Z", re.VERBOSE | re.REVERSE)

# "he said", "she added", "it said": someone named before.
PRONOUN_VERB = re.compile(rf"\b(?i:he|she|they|it)\s+{_AUX}{_VERB}\Z", re.VERBOSE | re.REVERSE)

# A reporting verb: where the three patterns above are tried, backwards.
# (A plain alternation of words: the standard library's `re` finds them faster.)
VERB = _re.compile(rf"\b{_VERB}")
SUBJECT_REACH: int = 200  # characters before the verb a subject with its apposition may take

# "..., said Raed al-Saleh." / "“...,” said the UN."
INVERTED = re.compile(
    rf"""
    [,”"’] \s* (?:said|says|added|adds|reported|wrote|writes) \s+ (?:the\s+)? {_NP}
    (?= \s* (?: [.,;:(] | $ ) )
    """,
    re.VERBOSE,
)

# "according to Reuters", "according to state news agency SANA", "according to local reports"
ACCORDING_TO = re.compile(
    rf"""
    \b(?i:according\s+to) \s+
    (?: (?:(?i:{_words(DESCRIPTORS)})\s+){{0,4}} {_NP}
      | (?P<generic>\p{{Ll}}[\p{{L}}\-]*) )
    """,
    re.VERBOSE,
)

# "was quoted as saying by state news agency SANA", "figures released by the UN"
BY_SOURCE = re.compile(
    rf"""
    \b(?:quoted(?:\s+as\s+saying)?|reported|cited|released|published|compiled|confirmed|announced|issued)
    \s+ by \s+ (?:(?i:{_words(DESCRIPTORS)})\s+){{0,3}} {_NP}
    """,
    re.VERBOSE,
)

# "(OCHA, 18 February 2017)", "(Norwegian Refugee Council, 29 March 2017; ...)"
CITATION = re.compile(r"\((?P<body>[^()]{2,300})\)")
ACRONYM = re.compile(r"(?<![\p{L}\d])\p{Lu}{2,}(?![\p{L}\d])")
NAME_ONLY = re.compile(rf"(?:{_ALIAS}|{_NAME})")
ALIAS_ANYWHERE = re.compile(_ALIAS)

POSSESSIVE = re.compile(r"['’]s$")

OPENING_QUOTES: str = "“\"«"
CLOSING_QUOTE = re.compile(r"[”\"»]")

# How far back a pronoun looks for its speaker, and forward a quotation for its close.
PRONOUN_REACH: int = 5
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
    if titled and titled[-1] < len(tokens) - 1:
        tokens = tokens[titled[-1] + 1 :]
    while len(tokens) > 1 and not tokens[0][:1].isupper():
        tokens = tokens[1:]
    if tokens and tokens[-1].endswith("'s"):
        tokens[-1] = tokens[-1][:-2]
    s = " ".join(tokens)
    return _alias(s) or s


def attribute(text: str, sentences: list[tuple[int, int]], index: int, offset: int) -> str | None:
    """Who reported the figure at `offset` of `text`, in sentence `index`; None if nobody named."""
    start, end = sentences[index]
    found = _candidates(text, start, end)
    if not found:
        found = _from_neighbours(text, sentences, index)
        if not found:
            return None
    best = min(found, key=lambda c: max(0, gap(offset, offset, c.start, c.end)))
    if best.kind is SourceKind.PRONOUN:
        return _last_named(text, sentences, index)
    return best.name


class SourceKind(Enum):
    NAMED = "named"  # a body or person the text names
    GENERIC = "generic"  # officials, witnesses: nobody named
    PRONOUN = "pronoun"  # "it said": the last body named before


@dataclass(frozen=True, slots=True)
class _Candidate:
    """An attribution found in a sentence."""

    kind: SourceKind
    name: str | None  # normalised; None unless named
    start: int
    end: int


def _kind(name: str | None) -> SourceKind:
    return SourceKind.NAMED if name else SourceKind.GENERIC


# A document's figures ask for the same sentence's attributions again (two figures in a
# sentence, a pronoun looking back): a small cache answers them (the text is hashed once).
@lru_cache(maxsize=256)
def _candidates(text: str, start: int, end: int) -> tuple[_Candidate, ...]:
    sentence = text[start:end]
    out: list[_Candidate] = []
    has_verb = False
    for v in VERB.finditer(sentence):
        has_verb = True
        found = _subject(sentence, v)
        if found:
            out.append(_Candidate(found.kind, found.name, start + found.start, start + v.end()))
    patterns = []
    if has_verb:
        patterns.append(INVERTED)
    if "ccording" in sentence:
        patterns.append(ACCORDING_TO)
    if " by " in sentence:
        patterns.append(BY_SOURCE)
    for pattern in patterns:
        for m in pattern.finditer(sentence):
            np = m.group("np")
            name = _name(np) if np else None
            out.append(_Candidate(_kind(name), name, start + m.start(), start + m.end()))
    if "(" in sentence:
        for m in CITATION.finditer(sentence):
            name = _cited(m.group("body"))
            if name:
                out.append(_Candidate(SourceKind.NAMED, name, start + m.start(), start + m.end()))
    return _drop_nested(out)


def _subject(sentence: str, verb: _re.Match) -> _Candidate | None:
    """Who the reporting verb's subject is (start and end in the sentence), or None."""
    lo = max(0, verb.start() - SUBJECT_REACH)
    m = SUBJECT_VERB.search(sentence, lo, verb.end())
    if m and not _names_nobody(m.group("np")):
        name = _name(m.group("np"))
        return _Candidate(_kind(name), name, m.start(), verb.end())
    if m := PRONOUN_VERB.search(sentence, lo, verb.end()):
        return _Candidate(SourceKind.PRONOUN, None, m.start(), verb.end())
    if m := GENERIC_VERB.search(sentence, lo, verb.end()):
        return _Candidate(SourceKind.GENERIC, None, m.start(), verb.end())
    return None


@lru_cache(maxsize=8192)
def _name(np: str) -> str | None:
    """A matched noun phrase as a source name; None when it names nobody."""
    if _names_nobody(np):
        return None
    if np.lower() in GENERIC_SOURCES:
        return None
    name = normalise(np)
    if not name or _not_a_name(name) or name.lower() in GENERIC_SOURCES:
        return None
    if DATE.fullmatch(name):  # "said Tuesday" read as a name
        return None
    return name


@lru_cache(maxsize=8192)
def _names_nobody(np: str) -> bool:
    """Only pronouns, articles and the like: "He", "The", "But it"."""
    return all(_not_a_name(POSSESSIVE.sub("", t.strip(".,"))) for t in np.split())


def _not_a_name(word: str) -> bool:
    """A word that names nobody: "The", "He", "Who" - but "WHO" in capitals is a source."""
    return word.lower() in NOT_NAMES and word not in WORD_ACRONYMS


def _cited(body: str) -> str | None:
    """The source of a citation "(OCHA, 5 March 2017)": who, before the comma and the date."""
    first = body.split(";")[0]
    who, comma, when = first.rpartition(",")
    if not comma or not DATE.search(when):
        return None
    who = " ".join(who.split())
    if NAME_ONLY.fullmatch(who):
        return normalise(who)
    m = ALIAS_ANYWHERE.search(who) or ACRONYM.search(who)
    return normalise(m.group()) if m else None


def _drop_nested(found: list[_Candidate]) -> tuple[_Candidate, ...]:
    """Where one attribution sits inside another ("White Helmets" in "Raed al-Saleh, leader
    of the White Helmets, ... said"), keep the outer one."""
    return tuple(
        c for c in found
        if not any(o is not c and o.start <= c.start and c.end <= o.end and (o.end - o.start) > (c.end - c.start) for o in found)
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
        if text[s:e].rstrip().endswith(":"):
            return _candidates(text, s, e)
    return ()


def _last_named(text: str, sentences: list[tuple[int, int]], index: int) -> str | None:
    for j in range(index - 1, max(-1, index - 1 - PRONOUN_REACH), -1):
        named = [c for c in _candidates(text, *sentences[j]) if c.kind is SourceKind.NAMED]
        if named:
            return max(named, key=lambda c: c.start).name
    return None


