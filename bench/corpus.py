"""Reproducible benchmark corpora: figure-dense crisis reporting, everyday news, and a feed of both.

Each article is a JSON line (`id`, `date`, `title`, `outlet`, `text`) of about 2.5 kB, like
the seeds. Three kinds (KINDS):

- "figures": a few seed paragraphs, sentences that carry figures (every indicator,
  qualifier, digits, number words and vague amounts, sources, places, relative dates) and
  sentences with numbers that are not figures (years, distances, money, projections) or
  none at all;
- "news": the rest of a newsroom's day, written for this benchmark: markets, sport,
  elections, weather and technology, full of numbers, dates, money and percentages, with
  now and then a trigger word in another sense ("killed the bill", "a dead heat", "fled the
  market"). It holds no humanitarian figure;
- "mixed": a feed of both, one "figures" article in MIXED_EVERY, the others "news".

The same seed gives the same corpus byte for byte.

    python bench/corpus.py 10 > corpus.jsonl            # about 10 MB of "figures"
    python bench/corpus.py 10 mixed > feed.jsonl        # a feed, one article in ten with figures
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


# --- everyday news: no humanitarian figure -------------------------------------------------
# One article in MIXED_EVERY of the "mixed" feed is crisis reporting.
MIXED_EVERY = 10
COMPANIES = ("Northwind Energy", "Halvorsen Group", "Meridian Bank", "Castellan Foods", "Orbis Telecom",
             "Kestrel Motors", "Albright Mining", "Solenne Pharma")
INDEXES = ("the FTSE 100", "the Nikkei 225", "the S&P 500", "the DAX", "the Hang Seng", "the Stoxx 600")
TEAMS = ("Rovers", "United", "Athletic", "City", "Wanderers", "Albion", "Dynamo", "Sporting")
PLAYERS = ("Okafor", "Lindqvist", "Moreau", "Takahashi", "Brennan", "Silva", "Kowalski", "Haddad")
PARTIES = ("the Labour Party", "the Liberal Democrats", "the Social Democrats", "the Greens",
           "the People's Party", "the Reform Alliance")
CITIES = ("London", "Frankfurt", "Tokyo", "Chicago", "Madrid", "Melbourne", "Toronto", "Lyon")
MONTHS = ("January", "March", "April", "June", "September", "October", "November", "December")
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
NEWS_SENTENCES: dict[str, tuple[str, ...]] = {
    "markets": (
        "{Index} rose {pct}% to {points} points on {weekday}, its best day since {month}.",
        "Shares in {company} fell {pct} percent after the group cut its {year} profit forecast to ${money} million.",
        "{Company} reported third-quarter revenue of ${bn} billion, up {pct}% from a year earlier, on {weekday}.",
        "Brent crude traded at ${price} a barrel, while gold slipped {pct}% to ${gold} an ounce.",
        "The central bank held its main rate at {rate}% for a {nth} straight meeting, as {voters} of its 9 members voted.",
        "Analysts at {company} expect earnings per share of {eps} cents, against {eps2} cents in {year}.",
        "The euro was flat at ${fx}, and sterling rose {pct}% against the yen.",
        "Trading volumes were {pct}% below the 30-day average, with {million} million shares changing hands.",
    ),
    "sport": (
        "{Team} beat {Team2} {goals}-{goals2} on {weekday}, with {player} scoring twice in the last {mins} minutes.",
        "A crowd of {crowd} watched the final, the club's biggest gate since {year}.",
        "{Player} finished the {km}km race in {hours} hours {mins} minutes, {secs} seconds ahead of the field.",
        "{Team} have won {wins} of their last {games} matches and sit {points2} points clear at the top of the table.",
        "The transfer, worth a reported {money} million euros, makes {player} the league's most expensive signing.",
        "{Player}, {age}, signed a {years}-year contract worth ${money} million on {weekday}.",
        "Rain stopped play at {hour}:{minute2} with the visitors on {runs} for {wickets} after {overs} overs.",
        "Tickets for the {year} season go on sale on {month} {day}, priced from {price} pounds.",
    ),
    "elections": (
        "{Party} won {seats} of the {total_seats} seats, up from {seats2} in {year}, with turnout at {pct}%.",
        "Polls put {party} on {pct}% and its main rival on {pct2}%, with {undecided}% of voters undecided.",
        "Counting in {city} ended at {hour}:{minute2} on {weekday}, and {ballots} postal ballots remain to be checked.",
        "Campaign spending reached ${money} million, {pct}% more than at the {year} election.",
        "{Party} left the coalition in {month}, taking its {seats2} members with it.",
        "Parliament approved the budget by {votes} votes to {votes2}, with {abstained} abstentions.",
        "The prime minister survived a confidence vote on {month} {day}, {year}, by a margin of {margin}.",
        "Voter registration closed with {million} million names on the roll, {thousand} more than four years ago.",
    ),
    "weather": (
        "Temperatures in {city} reached {temp} degrees on {weekday}, the highest for {month} since {year}.",
        "Forecasters expect {mm} mm of rain by {weekday}, and winds gusting to {kmh} km/h on the coast.",
        "The heatwave is expected to last {days} more days, with highs of {temp}C inland.",
        "Snow closed {roads} roads overnight, and {flights} flights were delayed at {city} airport.",
        "The reservoir stood at {pct}% of capacity on {month} {day}, against {pct2}% a year earlier.",
        "Frost is likely across the north, with lows of minus {low} degrees and patchy fog before {hour} a.m.",
        "The ski season opened {days} days early after {cm} cm of fresh snow.",
        "The summer was the {nth} warmest on record, {tenths}.{hundredths} degrees above the 1991-2020 average.",
    ),
    "technology": (
        "{Company} sold {million} million phones in the quarter, {pct}% more than a year earlier.",
        "The new chip has {cores} cores and runs at {ghz} GHz, the firm said on {weekday}.",
        "The start-up raised ${money} million in a funding round that values it at ${bn} billion.",
        "The update, version {major}.{minor}, fixes {bugs} security flaws and ships on {month} {day}.",
        "Data centre capacity grew by {mw} megawatts in {year}, and {company} plans {sites} more sites by {year2}.",
        "The battery lasts {hours} hours and charges to {pct}% in {mins} minutes, the company claims.",
        "The firm will cut {staff} of its {headcount} jobs, about {pct}% of its workforce, by the end of {month}.",
        "Broadband now reaches {pct}% of homes, up from {pct2}% in {year}, the regulator said on {weekday}.",
    ),
}
# Sentences with a trigger word in another sense, about one in OTHER_SENSE_EVERY of an article's
# sentences: they pass the engine's pre-scan, and hold no figure either.
OTHER_SENSE_EVERY = 40
OTHER_SENSES: dict[str, tuple[str, ...]] = {
    "markets": (
        "Investors fled the market for government bonds, pushing the 10-year yield down {bp} basis points to {rate}%.",
        "Higher energy costs hurt margins, the company said, and {staff} jobs will go by {month} {year}.",
    ),
    "sport": (
        "The 100 metres ended in a dead heat, both sprinters timed at 10.{hundredths} seconds.",
        "The coach said a late penalty killed the game off, and his side never recovered from the {mins}th-minute goal.",
    ),
    "elections": (
        "The upper house killed the bill by {votes} votes to {votes2} on {weekday}, ending a {months}-month debate.",
        "The race in the {nth} district was a dead heat, with both candidates on {votes} votes after a recount.",
    ),
    "technology": (
        "Regulators killed the merger in {month}, saying it would have left {pct}% of the market with one supplier.",
        "Users fled the platform after the price rise, and daily active users fell to {million} million.",
    ),
    "weather": (
        "Stranded drivers were towed free after {cm} cm of snow fell on the {nth} day of {month}.",
        "Fans who arrived early saw the game called off at {hour}:{minute2} as {mm} mm of rain fell.",
    ),
}
NEWS_TITLES: dict[str, str] = {
    "markets": "Markets: {index} on {weekday}", "sport": "{Team} v {Team2}: match report",
    "elections": "Election {year}: the count", "weather": "Weather: the week ahead in {city}",
    "technology": "Tech: {company} results",
}


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


def _news_values(rng: random.Random) -> dict[str, object]:
    company, index, team, player, party = (rng.choice(t) for t in (COMPANIES, INDEXES, TEAMS, PLAYERS, PARTIES))
    team2 = rng.choice([t for t in TEAMS if t != team])
    year = rng.randint(2015, 2024)
    return {
        "company": company, "Company": company, "index": index, "Index": index[0].upper() + index[1:],
        "team": team, "Team": team, "Team2": team2, "player": player, "Player": player,
        "party": party, "Party": party[0].upper() + party[1:], "city": rng.choice(CITIES),
        "month": rng.choice(MONTHS), "weekday": rng.choice(WEEKDAYS), "day": rng.randint(1, 28),
        "year": year, "year2": year + rng.randint(1, 4), "pct": round(rng.uniform(0.1, 60), 1),
        "pct2": round(rng.uniform(0.1, 60), 1), "undecided": rng.randint(3, 25),
        "points": f"{rng.randint(3_000, 40_000):,}.{rng.randint(10, 99)}", "points2": rng.randint(1, 15),
        "money": rng.randint(5, 950), "bn": round(rng.uniform(1, 90), 1), "price": round(rng.uniform(20, 120), 2),
        "gold": f"{rng.randint(1_500, 2_600):,}", "bp": rng.randint(2, 40), "rate": round(rng.uniform(0.25, 6), 2),
        "nth": rng.choice(("second", "third", "fourth", "fifth", "sixth")), "voters": rng.randint(5, 9),
        "eps": rng.randint(20, 400), "eps2": rng.randint(20, 400), "fx": round(rng.uniform(0.95, 1.25), 4),
        "staff": f"{rng.randint(40, 9_000):,}", "headcount": f"{rng.randint(10_000, 90_000):,}",
        "million": round(rng.uniform(1, 80), 1), "thousand": f"{rng.randint(1_000, 900_000):,}",
        "goals": rng.randint(0, 5), "goals2": rng.randint(0, 5), "mins": rng.randint(10, 59),
        "crowd": f"{rng.randint(8_000, 90_000):,}", "km": rng.choice((10, 21, 42)), "hours": rng.randint(1, 30),
        "secs": rng.randint(2, 59), "hundredths": rng.randint(10, 99), "tenths": rng.randint(0, 2),
        "wins": rng.randint(5, 12), "games": rng.randint(12, 15), "age": rng.randint(18, 36),
        "years": rng.randint(2, 5), "hour": rng.randint(1, 11), "minute2": f"{rng.randint(0, 59):02d}",
        "runs": rng.randint(90, 420), "wickets": rng.randint(1, 9), "overs": rng.randint(20, 90),
        "seats": rng.randint(40, 330), "seats2": rng.randint(10, 300), "total_seats": rng.choice((450, 600, 650)),
        "votes": f"{rng.randint(100, 60_000):,}", "votes2": f"{rng.randint(100, 60_000):,}",
        "months": rng.randint(3, 18), "ballots": f"{rng.randint(1_000, 250_000):,}",
        "abstained": rng.randint(2, 40), "margin": rng.randint(3, 60), "temp": rng.randint(18, 44),
        "mm": rng.randint(10, 150), "kmh": rng.randint(40, 140), "days": rng.randint(2, 12),
        "roads": rng.randint(5, 120), "flights": rng.randint(10, 400), "low": rng.randint(2, 15),
        "cm": rng.randint(20, 150), "cores": rng.choice((8, 12, 16, 24, 64)), "ghz": round(rng.uniform(2, 5.5), 1),
        "major": rng.randint(2, 19), "minor": rng.randint(0, 9), "bugs": rng.randint(3, 90),
        "mw": rng.randint(50, 4_000), "sites": rng.randint(2, 30),
    }


def news_article(index: int, rng: random.Random) -> dict[str, str]:
    """One everyday news article of about ARTICLE_CHARS characters: one topic, paragraphs
    of one to three sentences (NEWS_SENTENCES, now and then one of OTHER_SENSES)."""
    topic = rng.choice(sorted(NEWS_SENTENCES))
    parts: list[str] = []
    size = 0
    while size < ARTICLE_CHARS:
        sentences = [
            rng.choice(OTHER_SENSES[topic] if rng.randrange(OTHER_SENSE_EVERY) == 0 else NEWS_SENTENCES[topic])
            for _ in range(rng.randint(1, 3))
        ]
        part = " ".join(template.format(**_news_values(rng)) for template in sentences)
        parts.append(part)
        size += len(part) + 2
    published = dt.date(2019, 1, 1) + dt.timedelta(days=rng.randint(0, 800))
    return {
        "id": f"news-{index:07d}",
        "date": published.isoformat(),
        "title": NEWS_TITLES[topic].format(**_news_values(rng)),
        "outlet": rng.choice(OUTLETS),
        "text": "\n\n".join(parts),
    }


KINDS = ("figures", "news", "mixed")


def articles(seed: int = 0, folder: Path = SEEDS, kind: str = "figures") -> Iterator[dict[str, str]]:
    """An endless, reproducible stream of articles of one of KINDS."""
    if kind not in KINDS:
        raise ValueError(f"corpus kind must be one of {', '.join(KINDS)}, not {kind!r}")
    rng = random.Random(seed)
    paragraphs = seed_paragraphs(folder) if kind != "news" else []
    index = 0
    while True:
        if kind == "figures" or (kind == "mixed" and index % MIXED_EVERY == 0):
            yield article(index, rng, paragraphs)
        else:
            yield news_article(index, rng)
        index += 1


def write_jsonl(path: Path, megabytes: float, seed: int = 0, kind: str = "figures") -> tuple[int, int]:
    """Write about `megabytes` MB of article text as JSON lines; return (articles, text bytes)."""
    target = int(megabytes * 1_000_000)
    count = text_bytes = 0
    with path.open("w", encoding="utf-8") as out:
        for record in articles(seed, kind=kind):
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
    for record in articles(kind=sys.argv[2] if len(sys.argv) > 2 else "figures"):
        sys.stdout.write(json.dumps(record, ensure_ascii=False) + "\n")
        written += len(record["text"].encode("utf-8"))
        if written >= limit:
            break
