"""A reproducible benchmark corpus: the seed articles' paragraphs mixed with varied sentences.

Each article is a JSON line (`id`, `date`, `title`, `outlet`, `text`) of about 2.5 kB, like
the seeds: a few seed paragraphs, sentences that carry figures (every indicator, qualifier,
digits, number words and vague amounts, sources, places, relative dates) and sentences
with numbers that are not figures (years, distances, money, projections) or none at all.
The same seed gives the same corpus byte for byte.

    python bench/corpus.py 10 > corpus.jsonl     # about 10 MB
"""

from __future__ import annotations

import datetime as dt
import json
import random
import sys
from collections.abc import Iterator
from pathlib import Path

import regex as re

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
ARTICLE_CHARS = 2_500  # about the size of a seed article
# Shares of an article's paragraphs: seed paragraphs, generated figure sentences, and the
# rest generated sentences without figures; about 4 figures an article, like the seeds.
SEED_SHARE = 0.6
FIGURE_SHARE = 0.15

# The seeds' header line: " date 2019-08-20 " before the body.
SEED_HEADER = re.compile(r"^\s*date\s+\d{4}-\d{2}-\d{2}\s+")

PLACES = ("Idlib", "Aleppo", "Maarat al-Numan", "Saraqeb", "Azaz", "Afrin", "Hama", "Khan Sheikhoun", "Atmeh")
SOURCES = ("the United Nations", "OCHA", "UNHCR", "the Syrian Observatory for Human Rights", "the White Helmets",
           "local officials", "the World Health Organization", "Save the Children")
OUTLETS = ("Reuters", "AFP", "Al Jazeera", "The New York Times", "Anadolu", "SANA")
WHEN = ("on Friday", "last week", "on Monday", "since April", "in the past 24 hours", "this month", "")
QUALIFIERS = ("", "", "more than ", "at least ", "nearly ", "about ", "some ", "up to ", "an estimated ", "over ")
VAGUE = ("dozens of", "hundreds of", "thousands of", "tens of thousands of", "hundreds of thousands of")
WORDS = ("two", "three", "five", "seven", "twelve", "twenty", "forty", "a hundred")

FIGURE_SENTENCES = (
    "{Source} said {when} that {qual}{n} civilians had been killed in {place}.",
    "{Qual}{n} people were killed and {n2} injured when air strikes hit a market in {place}, {source} said.",
    "{Qual}{n} people have fled their homes in {place} {when}, according to {source}.",
    "{Source} reported that {vague} families were displaced from villages around {place}.",
    "Between {lo} and {hi} people have been displaced from {place} since the offensive began.",
    "{Qual}{n} households arrived in camps near {place} {when}, {source} said.",
    "The camps around {place} now host {qual}{n} refugees, {source} said.",
    "{Qual}{n} civilians remain trapped in {place}, {source} warned {when}.",
    "{Word} children were among the dead, {source} said.",
    "{Source} counted {qual}{n} wounded in {place} {when}.",
    "Turkey already hosts more than {m} million Syrian refugees.",
)
OTHER_SENTENCES = (
    "The convoy travelled {km} km (about {mi} miles) north of {place}.",
    "Donors pledged ${money} million for the response in {year}.",
    "The war, which began in {year}, has reshaped the region.",
    "Aid groups fear the fighting could displace up to {n} more people.",
    "Residents described long queues for bread and fuel, and cold nights in tents.",
    "Officials in {place} could not be reached for comment.",
    "A ceasefire agreed in early March lasted just {word} days.",
    "Route {road} between Damascus and Aleppo remained closed to traffic.",
)


def seed_paragraphs(folder: Path = SEEDS) -> list[str]:
    """The seed articles' paragraphs, header line removed."""
    paragraphs: list[str] = []
    for path in sorted(folder.glob("*.txt")):
        body = SEED_HEADER.sub("", path.read_text(encoding="utf-8"), count=1)
        paragraphs.extend(p.strip() for p in body.split("\n\n") if p.strip())
    return paragraphs


def _number(rng: random.Random) -> str:
    kind = rng.random()
    if kind < 0.5:
        return f"{rng.choice((rng.randint(10, 999), rng.randint(1_000, 950_000))):,}"
    if kind < 0.7:
        return f"{rng.randint(1, 99) * 1_000:,}"
    if kind < 0.85:
        return f"{rng.choice((1, 1.2, 1.5, 2, 3.6))} million"
    return rng.choice(WORDS)


def _fill(template: str, rng: random.Random) -> str:
    source = rng.choice(SOURCES)
    qual = rng.choice(QUALIFIERS)
    word = rng.choice(WORDS)
    low = rng.randint(1_000, 50_000)
    values = {
        "source": source, "Source": source[0].upper() + source[1:],
        "qual": qual, "Qual": qual[:1].upper() + qual[1:],
        "n": _number(rng), "n2": f"{rng.randint(2, 900):,}", "lo": f"{low:,}", "hi": f"{low + rng.randint(500, 50_000):,}",
        "m": rng.choice(("3.5", "3.6", "3.7")), "place": rng.choice(PLACES), "when": rng.choice(WHEN),
        "vague": rng.choice(VAGUE), "word": word, "Word": word.capitalize(),
        "km": rng.randint(5, 120), "mi": rng.randint(3, 75), "money": rng.randint(5, 900),
        "year": rng.randint(2011, 2020), "road": rng.choice(("M5", "M4")),
    }
    return " ".join(template.format(**values).split()).replace(" ,", ",").replace(" .", ".")


def article(index: int, rng: random.Random, paragraphs: list[str]) -> dict[str, str]:
    """One article of about ARTICLE_CHARS characters."""
    parts: list[str] = []
    size = 0
    while size < ARTICLE_CHARS:
        roll = rng.random()
        if roll < SEED_SHARE:
            part = rng.choice(paragraphs)
        else:
            templates = FIGURE_SENTENCES if roll < SEED_SHARE + FIGURE_SHARE else OTHER_SENTENCES
            part = " ".join(_fill(rng.choice(templates), rng) for _ in range(rng.randint(1, 2)))
        parts.append(part)
        size += len(part) + 2
    published = dt.date(2019, 1, 1) + dt.timedelta(days=rng.randint(0, 800))
    return {
        "id": f"article-{index:07d}",
        "date": published.isoformat(),
        "title": f"Fighting in {rng.choice(PLACES)}: report {index}",
        "outlet": rng.choice(OUTLETS),
        "text": "\n\n".join(parts),
    }


def articles(seed: int = 0, folder: Path = SEEDS) -> Iterator[dict[str, str]]:
    """An endless, reproducible stream of articles."""
    rng = random.Random(seed)
    paragraphs = seed_paragraphs(folder)
    index = 0
    while True:
        yield article(index, rng, paragraphs)
        index += 1


def write_jsonl(path: Path, megabytes: float, seed: int = 0) -> tuple[int, int]:
    """Write about `megabytes` MB of article text as JSON lines; return (articles, text bytes)."""
    target = int(megabytes * 1_000_000)
    count = text_bytes = 0
    with path.open("w", encoding="utf-8") as out:
        for record in articles(seed):
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
            count += 1
            text_bytes += len(record["text"].encode("utf-8"))
            if text_bytes >= target:
                break
    return count, text_bytes


if __name__ == "__main__":
    megabytes = float(sys.argv[1]) if len(sys.argv) > 1 else 1.0
    limit = int(megabytes * 1_000_000)
    written = 0
    for record in articles():
        sys.stdout.write(json.dumps(record, ensure_ascii=False) + "\n")
        written += len(record["text"].encode("utf-8"))
        if written >= limit:
            break
