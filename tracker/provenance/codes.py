"""ISO 3166-2 codes for first-level subdivisions, from pycountry's copy of the standard.

    admin1_code("Idlib", "SYR") -> "SY-ID"

The tracker names a subdivision as reporting does ("Deir ez-Zor", "North Kivu"); ISO
3166-2 romanises the local name ("Dayr az Zawr", "Nord-Kivu"). Both are reduced to a
loose key (letters only, no diacritics, no leading Arabic article, doubled letters and a
final "h" dropped, words such as "oblast" left out), which matches most of them; the
English names that are not a spelling of the local one sit in `ENGLISH_NAMES`
(tracker/data/admin1_names.csv). A name that matches no subdivision, or more than one,
gets no code: a wrong code is worse than none for a user joining on it.
"""

from __future__ import annotations

import functools
import json
import unicodedata
from pathlib import Path

import pycountry
import regex as re

from .. import lexicon
from ..extraction.text import phrases

# English names of subdivisions that are not a spelling of the ISO 3166-2 name, as
# ISO 3166-1 alpha-3 -> {name as the tracker writes it: ISO 3166-2 code}
# (tracker/data/admin1_names.csv, which tools/build_gazetteer.py reads too).
NAMES_PATH: Path = Path(__file__).resolve().parent.parent / "data" / "admin1_names.csv"
ENGLISH_NAMES: dict[str, dict[str, str]] = {}
for _row in lexicon.table(NAMES_PATH):
    ENGLISH_NAMES.setdefault(_row["iso3"], {})[_row["name"]] = _row["code"]

# Words that name the kind of subdivision, not the subdivision ("Donetska oblast"; the
# "unit words" of lexicon/words.csv, which the gazetteer build compares names with too).
KIND_WORDS = re.compile(rf"\b(?:{phrases(lexicon.word_list('unit words'))})\b")
# A leading Arabic article written apart ("Al Anbar", "Ar-Raqqa", "As Suwayda").
ARTICLE = re.compile(r"^(?:al|an|ar|as|ash|at|ad|az|el)[\s'\-‘’]+")
LETTERS = re.compile(r"[\p{L}--\p{Lm}]+", re.VERSION1)  # not the marks of 'ayn and hamza ("Taʻizz")
DOUBLED = re.compile(r"(\p{L})\1+")


@functools.lru_cache(maxsize=4096)
def admin1_code(admin1: str | None, iso3: str | None) -> str | None:
    """The ISO 3166-2 code of the subdivision `admin1` of the country `iso3`, or None."""
    if not admin1 or not iso3:
        return None
    given = ENGLISH_NAMES.get(iso3, {}).get(admin1)
    if given is not None:
        return given
    return _by_key(iso3).get(_key(admin1))


@functools.cache
def _by_key(iso3: str) -> dict[str, str]:
    """Loose key -> code for the country's subdivisions; a key two of them share is left out."""
    country = pycountry.countries.get(alpha_3=iso3)
    if country is None:
        return {}
    codes: dict[str, str | None] = {}
    for code, name in _subdivisions().get(country.alpha_2.lower(), ()):
        key = _key(name)
        codes[key] = code if key not in codes or codes[key] == code else None
    return {k: v for k, v in codes.items() if v is not None and k}


@functools.cache
def _subdivisions() -> dict[str, list[tuple[str, str]]]:
    """Lower-case ISO 3166-1 alpha-2 code -> the (code, name) of the country's subdivisions,
    as pycountry.subdivisions.get(country_code=...) gives them, read from the file pycountry
    reads them from (`pycountry.subdivisions.filename`, under its `root_key`) without making
    pycountry's 5,000 records: 7 ms where those take 30, paid by a process's first figure whose
    subdivision has no code in ENGLISH_NAMES. Where pycountry keeps them otherwise, from it."""
    database = pycountry.subdivisions
    try:
        with open(database.filename, encoding="utf-8") as f:
            entries = json.load(f)[database.root_key]
        pairs = [(entry["code"], entry["name"]) for entry in entries]
    except (AttributeError, OSError, KeyError, TypeError, ValueError):
        pairs = [(sub.code, sub.name) for sub in database]
    out: dict[str, list[tuple[str, str]]] = {}
    for code, name in pairs:
        out.setdefault(code.split("-")[0].lower(), []).append((code, name))
    return out


def _key(name: str) -> str:
    plain = unicodedata.normalize("NFKD", name).casefold()
    plain = "".join(c for c in plain if not unicodedata.combining(c))
    plain = re.sub(r"\[.*?\]|\(.*?\)", " ", plain)
    plain = KIND_WORDS.sub(" ", plain).strip()
    plain = ARTICLE.sub("", plain)
    letters = "".join(LETTERS.findall(plain))
    letters = DOUBLED.sub(r"\1", letters)
    return letters.removesuffix("h")
