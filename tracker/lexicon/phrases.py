"""The phrase language of the lexicon's trigger, projection and blocker tables.

A phrase is words separated by single spaces; any run of white space matches a space.

    kill|killed|killing|kills     one word, any of these forms
    number of [internally] IDPs   [...]: a word that may be left out
    living in [*] [*] [*] camps   *: any one word or number (here up to three, or none)
    asylum-seekers                a hyphen matches a hyphen or white space

Options (a row's `options` cell, separated by ";") say what a phrase alone cannot:

    glued           may be glued to the word before or after it ("weredisplaced")
    glued-after     may be glued to the word after it ("campsin")
    whole-word      ends where a word ends (not before a capital glued to it)
    any-ending      its last word may go on ("predict": predicts, predicted)
    after-have      only after has, have or had ("had left")
    after-in        only after "in" or "in urgent" ("in need")
    after-at        only after "at" ("at risk")
    after-to        only after "to" ("to help": an appeal's target)
    in-a-shelter    only after in/into/to and a/an/the ("in a shelter", "to the school shelter")
    lives-follow    only when "lives" follows within three words ("claimed 10 lives")
    lives-lost      only after "lives were", "lives have been" ("30 lives were lost")
    passive         only after "been", "were", "was", "are" or "is" ("500 homes were lost")
    said-of         only said of the count, after "of them", "of whom" or a form of "be" ("13 of
                    them fatal", "31 were fatal"; not "a fatal crash")
    not-before-have not when "have" follows ("may", but not "may have")
    not-in-a-name   not when capitalised before a capitalised body's head of attribution.csv
                    ("the Danish Refugee Council", "the UN Refugee Agency": a name, no event)
    not-a-date      not when capitalised after a day's number or a word in lower case, or
                    before a number or a comma: "2 May", "May 2024", "in May killed",
                    "In May, floods" are the month ("10,000 May Flee" is not)
    before-name     only when a capitalised name, the clause's end or a time follows ("entered
                    Hungary", "had entered.", "entered over three weeks", not "entered the
                    building"; a country's name makes the count refugees: rules.crossed_border)
    not-before-place not when a place noun of words.csv follows ("the affected areas": an
                    adjective of the place, not what happened to the people counted)
    before-count    only when a count follows within three words ("camps housing some
                    45,000 people", "housing thousands", not "300 housing units")
    count-from-home only when a count and then "from|out of their homes" (a home word of
                    words.csv) follow ("forced 20,000 people from their homes", "drove
                    thousands out of their villages", not "forced 300 workers to accept")

`pattern(entry)` turns a phrase and its options into the regex fragment the tables are
matched with; `heads(phrase)` gives the first letters its matches can start with, which
the trigger index is keyed by.
"""

from __future__ import annotations

from functools import lru_cache

import regex as re

from . import Entry

# What each option wraps around the phrase's pattern P.
OPTION_TEMPLATES: dict[str, str] = {
    "whole-word": r"{p}\b",
    "any-ending": r"{p}\w*",
    "after-have": r"{p}\b(?<=\b(?:had|have|has)\s+{p})",
    "after-in": r"{p}\b(?<=\bin\s+(?:urgent\s+)?{p})",
    "after-at": r"{p}\b(?<=\bat\s+{p})",
    "after-to": r"{p}\b(?<=\bto\s+{p})",
    "in-a-shelter": r"{p}\b(?<=\b(?:in|into|to)\s+(?:a|an|the)\s+(?:\w+\s+)?{p})",
    "lives-follow": r"{p}(?=\s+(?:[\w,.]+\s+){{1,3}}lives\b)",
    "lives-lost": r"{p}\b(?<=\blives\s+(?:(?:have|had)\s+been|were|was)\s+{p})",
    "passive": r"{p}\b(?<=\b(?:been|were|was|are|is)\s+{p})",
    "said-of": r"{p}\b(?<=\b(?:(?:of\s+(?:them|whom))|been|were|was|are|is|proved|proven)\s+{p})",
    "not-before-have": r"{p}(?!\s+have)",
    "not-in-a-name": r"{p}(?!(?<=\b(?-i:\p{{Lu}})\w*)\s+(?=(?-i:\p{{Lu}}))(?:{bodies})\b)",
    "not-a-date": r"{p}(?!(?<=(?<![\d,.])\d{{1,2}}\s{{1,3}}\b(?-i:\p{{Lu}})\w*)|(?<=\b(?-i:\p{{Lu}})\w*)\s{{1,3}}\d"
                  r"|(?<=(?-i:(?<!\S)\p{{Ll}}+,?\s{{1,3}}\p{{Lu}})\w*)|(?<=\b(?-i:\p{{Lu}})\w*),)",
    "before-name": r"{p}(?=\s+(?:neighbouring\s+|neighboring\s+)?(?-i:\p{{Lu}})|\s*[.,;]|\s+(?:over|during|since|this|last|on|in\s+the\s+(?:past|last))\b)",
    "not-before-place": r"{p}(?!\s+(?:{places})\b)",
    "before-count": r"{p}\b(?=\s+(?:[\p{{L}}-]+\s+){{0,3}}?(?:\d|(?:{vague})\b))",
    "not-before-uprooted": r"{p}(?!\s+(?:[\p{{L}}\d,.'’-]+\s+){{0,4}}?(?:{uprooted})\b)",
    "count-from-home": r"{p}\b(?=\s+(?:[\p{{L}}\d,.'’-]+\s+){{1,6}}?(?:from|out\s+of)\s+(?:(?:their|its|his|her)\s+)?(?:\w+\s+)?(?:{homes})\b)",
}
# Options read where the phrase is matched, not by `pattern`.
GLUE_OPTIONS: frozenset[str] = frozenset({"glued", "glued-after"})
ANY_WORD = "*"


def _longest_first(words) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


@lru_cache(maxsize=None)  # read once a list, for every phrase's options
def _word_list(name: str, file: str = "words") -> str:
    from . import word_list  # the lexicon package imports this module first

    return _longest_first(word_list(name, file))


@lru_cache(maxsize=1)
def _uprooted_nouns() -> str:
    """The people nouns that say by themselves that their people were displaced or are
    refugees ("refugees", "IDPs", "evacuees"): person_nouns.csv."""
    from . import rows  # the lexicon package imports this module first

    return _longest_first(r["noun"] for r in rows("person_nouns") if r["indicator"] in ("displaced", "refugees") and r["unit"])


@lru_cache(maxsize=1)
def _vague_amounts() -> str:
    from . import column  # the lexicon package imports this module first

    return _longest_first(column("numbers", "word", kind="vague"))


def pattern(entry: Entry) -> str:
    """The regex fragment of a phrase with its options (without word-boundary anchors:
    the caller adds those, as the glue options say)."""
    p = body(entry.phrase)
    for option in entry.options:
        if option in GLUE_OPTIONS:
            continue
        if option not in OPTION_TEMPLATES:
            raise ValueError(f"unknown option {option!r} of phrase {entry.phrase!r}")
        p = OPTION_TEMPLATES[option].format(
            p=p,
            places=_word_list("place nouns"),
            vague=_vague_amounts(),
            homes=_word_list("home places"),
            bodies=_word_list("body heads", "attribution"),
            uprooted=_uprooted_nouns() if "{uprooted}" in OPTION_TEMPLATES[option] else "",
        )
    return p


def body(phrase: str) -> str:
    """The regex of a phrase without options."""
    tokens = phrase.split()
    if not tokens:
        raise ValueError("empty phrase")
    out = ""
    for i, token in enumerate(tokens):
        optional = token.startswith("[") and token.endswith("]")
        word = _word(token[1:-1] if optional else token)
        if i == 0:
            if optional:
                raise ValueError(f"a phrase must start with a word that is always there: {phrase!r}")
            out = word
        else:
            out += rf"(?:\s+{word})?" if optional else rf"\s+{word}"
    return out


def _word(token: str) -> str:
    if token == ANY_WORD:
        return r"\w+(?:[.,]\w+)*"  # a word, or a number written with separators ("1.2", "3,000")
    forms = sorted(set(token.split("|")), key=len, reverse=True)
    if any(not f for f in forms):
        raise ValueError(f"empty form in {token!r}")
    escaped = [re.escape(f).replace(r"\-", "-").replace("-", r"[\s-]") for f in forms]
    return escaped[0] if len(escaped) == 1 else "(?:" + "|".join(escaped) + ")"


def heads(phrase: str, length: int) -> tuple[str, ...]:
    """The lower-case first `length` letters of every form of the phrase's first word."""
    first = phrase.split()[0]
    if first.startswith("[") or first == ANY_WORD:
        raise ValueError(f"a phrase must start with a word: {phrase!r}")
    out = set()
    for form in first.split("|"):
        letters = re.match(r"[^\W\d_]+", form.lower())
        if not letters or len(letters.group()) < 2:
            raise ValueError(f"each form of a phrase's first word must start with letters: {phrase!r}")
        out.add(letters.group()[:length])
    return tuple(sorted(out))
