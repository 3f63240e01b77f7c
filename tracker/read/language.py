"""Which language a document is in, so that a text the tracker cannot read is reported, not
silently empty.

    language("Au moins 40 personnes ont été tuées à Goma...") -> Language("fr", "French")
    language("At least 40 people were killed in Goma...") -> None

The extraction reads English. A document is taken for another language only when the
evidence is plain: it has at least MIN_WORDS words, hardly any of them English function
words, and py3langid names one language with a probability of at least MIN_PROBABILITY
(or names any language but English for a text mostly in another script than Latin).
Everything else is read as English: a short wire item, a list of place names ("Kodok,
Aburoc, Wau Shilluk"), or a text the model is unsure of. English prose is told apart by
its function words alone, so the model (1.5 s to load) is loaded only for a text that
may not be English.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

import pycountry
import regex as re

from .. import lexicon

# How much of a document is looked at: its opening is enough to tell its language.
SAMPLE_CHARS: int = 1000

# Fewer words than this say too little about a language: read as English.
MIN_WORDS: int = 12

# Words that are English and seldom words of other languages written in Latin letters
# (lexicon/words.csv), and the words of the reporting the tracker reads, so that a short
# item that is mostly place names ("Hatay, Kilis, Adana...: 1,200 dead") still shows it is English.
# Among the 420 labelled English texts the lowest share is 0 (a 9-word excerpt); French,
# Spanish, Portuguese and Italian news have none, German and Dutch under 5%.
ENGLISH_WORDS: frozenset[str] = lexicon.word_set("english words")

# A share of English function words at or above this is English without asking the model.
ENGLISH_SHARE: float = 0.08

# The model must be this sure of one language other than English.
MIN_PROBABILITY: float = 0.95

# A text whose letters are mostly in another script than the Latin one (Arabic, Cyrillic,
# Chinese...) is not English whatever the model's probability: it is reported with the
# model's best guess of its language.
MIN_LATIN_SHARE: float = 0.5

ENGLISH = "en"
WORD = re.compile(r"\p{L}+")
LATIN = re.compile(r"\p{Script=Latin}")


@dataclass(frozen=True, slots=True)
class Language:
    code: str  # ISO 639-1 (or 639-3) code as py3langid gives it: "fr"
    name: str  # "French"


def language(text: str) -> Language | None:
    """The language of `text` when it is plainly not English; None otherwise."""
    sample = text[:SAMPLE_CHARS]
    # words as white space splits them, ten times faster than a pattern: a function word
    # seldom carries punctuation ("the", "of" and "and" never end a clause)
    words = sample.lower().split()
    if len(words) < MIN_WORDS:
        return None
    if sum(map(ENGLISH_WORDS.__contains__, words)) >= ENGLISH_SHARE * len(words):
        return None
    words = WORD.findall(sample.lower())
    letters = sum(map(len, words))
    latin = len(LATIN.findall(sample)) >= MIN_LATIN_SHARE * letters
    code, probability = _identifier().classify(sample)
    if code == ENGLISH or (latin and probability < MIN_PROBABILITY):
        return None
    return Language(code, language_name(code))


def language_name(code: str) -> str:
    """"French" for "fr"; the code itself for one pycountry does not know."""
    found = pycountry.languages.get(alpha_2=code) if len(code) == 2 else pycountry.languages.get(alpha_3=code)
    return found.name if found is not None else code


@functools.cache
def _identifier():
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
