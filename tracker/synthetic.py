"""A generated corpus of articles for scale-out tests and benchmarks.

The articles are remixed from real seed articles: paragraphs sampled and reordered,
numbers changed at the same magnitude, places swapped, and sentences in the style of
wire reports added (figures with qualifiers and sources, and distractors such as
distances and convoys). It is deterministic for a given `seed`, so a single-process run
and a cluster run read the very same corpus. It is no labelled set: it measures speed
and checks that engines agree, never accuracy.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Sequence
from pathlib import Path

import pandas as pd
import regex as re

# Places that are swapped for one another, so the gazetteer sees varied names.
PLACES: tuple[str, ...] = (
    "Idlib", "Aleppo", "Hama", "Homs", "Daraa", "Raqqa", "Deir ez-Zor", "Afrin",
    "Mosul", "Kirkuk", "Sanaa", "Hodeidah", "Taiz", "Marib", "Tripoli", "Benghazi",
    "Mogadishu", "Baidoa", "Maiduguri", "Goma", "Beni", "Juba", "Malakal", "El Fasher",
)

# A place name as a whole word, to be swapped.
PLACE_NAME = re.compile(r"\b(?:" + "|".join(re.escape(p) for p in PLACES) + r")\b")

# A number as written in the seeds: "400,000", "3.6 million", "500". Years are kept.
NUMBER = re.compile(
    r"""
    (?<![\d.,])
    (?P<digits> \d{1,3} (?: ,\d{3} )+ | \d+ (?: \.\d+ )? )   # 400,000 | 500 | 3.6
    (?P<scale> \s+ (?: million | billion ) )?                # 3.6 million
    (?![\d,]*\d)
    """,
    re.VERBOSE,
)

SOURCES: tuple[str, ...] = (
    "the United Nations", "OCHA", "UNHCR", "the Red Crescent", "the health ministry",
    "the Syrian Observatory for Human Rights", "local officials", "Médecins Sans Frontières",
)
WEEKDAYS: tuple[str, ...] = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONTHS: tuple[str, ...] = ("January", "February", "March", "April", "May", "June", "July", "August")
OUTLETS: tuple[str, ...] = ("Wire Service", "Daily Courier", "Regional Herald", "Evening Post")

# Sentences in the style of wire reports: {n} a count, {place}, {source}, {day}, {month}.
TEMPLATES: tuple[str, ...] = (
    "At least {n} people were killed in {place} on {day}, {source} said.",
    "{source} said on {day} that more than {n} civilians had been injured in air strikes on {place}.",
    "Some {n} families have fled {place} since {month}, according to {source}.",
    "Nearly {n} people remain trapped in the besieged districts of {place}.",
    "The camps around {place} now host about {n} refugees, {source} said.",
    "Between {n} and {m} people were displaced by the fighting near {place} last week.",
    "Fighting in {place} has forced an estimated {n} people from their homes.",
    "Hundreds of people were wounded when shells hit a market in {place}.",
    # distractors: no humanitarian figure in these
    "A convoy of {small} trucks crossed into {place} on {day}.",
    "{place} lies about {small} km from the border.",
    "Aid agencies asked donors for {n} dollars to help {place} through the winter.",
)

FIRST_DAY = dt.date(2019, 1, 1)
DAYS = 3 * 365


def seed_texts(folder: str | Path) -> list[str]:
    """The texts of the seed articles (`*.txt`) in `folder`, in file name order."""
    return [p.read_text(encoding="utf-8") for p in sorted(Path(folder).glob("*.txt"))]


def articles(seeds: Sequence[str], n: int, *, seed: int = 0) -> pd.DataFrame:
    """`n` generated articles: columns id, text, published (ISO string), title, url, outlet."""
    if not seeds:
        raise ValueError("articles() needs at least one seed text")
    rng = random.Random(seed)
    paragraphs = [[p for p in text.split("\n") if p.strip()] for text in seeds]
    rows = []
    for i in range(n):
        text = _article(rng, paragraphs[i % len(paragraphs)])
        published = FIRST_DAY + dt.timedelta(days=rng.randrange(DAYS))
        rows.append(
            {
                "id": f"synthetic-{i:06d}",
                "text": text,
                "published": published.isoformat(),
                "title": text.split(".")[0][:80],
                "url": f"https://example.org/news/{i}",
                "outlet": rng.choice(OUTLETS),
            }
        )
    return pd.DataFrame(rows)


def _article(rng: random.Random, paragraphs: list[str]) -> str:
    k = rng.randint(min(2, len(paragraphs)), len(paragraphs))
    chosen = rng.sample(paragraphs, k)
    chosen = [_vary(rng, p) for p in chosen]
    for _ in range(rng.randint(1, 4)):
        chosen.insert(rng.randrange(len(chosen) + 1), _template(rng))
    return "\n\n".join(chosen)


def _vary(rng: random.Random, paragraph: str) -> str:
    place = rng.choice(PLACES)
    paragraph = PLACE_NAME.sub(place, paragraph)
    return NUMBER.sub(lambda m: _other_number(rng, m), paragraph)


def _other_number(rng: random.Random, m: re.Match) -> str:
    digits = m["digits"]
    plain = digits.replace(",", "")
    if "." not in plain and len(plain) == 4 and plain.startswith(("19", "20")):
        return m.group()  # a year
    if "." in plain:
        whole, frac = plain.split(".")
        new = f"{rng.randint(1, 9)}.{rng.randint(0, 9)}" if len(whole) == 1 else plain
    else:
        low = 10 ** (len(plain) - 1) if len(plain) > 1 else 1
        value = rng.randint(low, 10 * low - 1)
        new = f"{value:,}" if "," in digits else str(value)
    return new + (m["scale"] or "")


def _template(rng: random.Random) -> str:
    n = rng.choice((rng.randint(12, 999), rng.randint(1, 99) * 1000, rng.randint(1, 9) * 100_000))
    sentence = rng.choice(TEMPLATES).format(
        n=f"{n:,}",
        m=f"{2 * n:,}",
        small=rng.randint(2, 90),
        place=rng.choice(PLACES),
        source=rng.choice(SOURCES),
        day=rng.choice(WEEKDAYS),
        month=rng.choice(MONTHS),
    )
    return sentence[0].upper() + sentence[1:]  # "{source} said..." opens a sentence
