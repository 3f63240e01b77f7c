"""Score the extractor on labelled figures: `python -m tracker evaluate GOLD.jsonl`.

A gold file is JSON Lines in the formats of ../shared/gold (see its README): each line a
passage with its `text`, or a document named by file (`document`) under a seeds folder,
with the `figures` a careful human read out of it and, optionally, `must_not_extract`.

Figures are matched within each passage as the gold README's scorers match them: the same
indicator family (displaced and refugees are one, since crossing a border is labelled
either way) and the value within 1 % (or the same range). The report gives precision,
recall and F1 per indicator (a match counts under its label's indicator), then - over the
matched pairs - how often the indicator, qualifier, unit, source, date and location agree,
and lists every miss and every spurious figure with its passage.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TextIO

from .. import lexicon
from ..extraction.engine import HOUSEHOLD_UNITS, as_date, extract
from ..provenance.places import PLACES
from ..records import INDICATORS, Figure

# The indicators the issues' "core" scores are measured on.
CORE_INDICATORS: tuple[str, ...] = ("killed", "injured", "displaced", "refugees")

# Indicators matched as one: a figure of one and a label of the other are the same figure,
# its indicator counted as a disagreement.
INDICATOR_FAMILIES: tuple[frozenset[str], ...] = (frozenset({"displaced", "refugees"}),)
# How far a value may be from its label's and still match, as a share of the label's value.
VALUE_TOLERANCE = 0.01

# How far apart two dates may be and still agree, by the gold date's precision.
DATE_TOLERANCE_DAYS = {"day": 0, "week": 3, "month": 15, "year": 183}

# Words a source's acronym and its content words leave out: "Office for the Coordination
# of Humanitarian Affairs" is OCHA; "Ministry of Health" has the content words ministry, health.
NAME_FILLERS: frozenset[str] = lexicon.word_set("name fillers")
# Two words are the same content word when they share this many first letters:
# "Lebanon"/"Lebanese", "Moroccan"/"Morocco" (shorter words must be equal).
STEM_LETTERS: int = 5


@dataclass
class Tally:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class Agreement:
    right: int = 0
    total: int = 0

    def add(self, ok: bool) -> None:
        self.total += 1
        self.right += ok

    def __str__(self) -> str:
        if not self.total:
            return "n/a"
        return f"{self.right / self.total:.3f} ({self.right}/{self.total})"


@dataclass
class Result:
    tallies: dict[str, Tally] = field(default_factory=lambda: defaultdict(Tally))
    agreement: dict[str, Agreement] = field(default_factory=lambda: defaultdict(Agreement))
    misses: list[tuple[str, dict]] = field(default_factory=list)
    spurious: list[tuple[str, Figure]] = field(default_factory=list)
    disagreements: list[tuple[str, str, Any, Any]] = field(default_factory=list)
    forbidden: list[tuple[str, str, Figure]] = field(default_factory=list)
    excluded: list[tuple[str, Figure]] = field(default_factory=list)  # unmatched, in a wording that counts neither way
    other_indicators: Counter = field(default_factory=Counter)
    # of every figure found, matched or not: how many have a source, a date, a place
    coverage: dict[str, Agreement] = field(default_factory=lambda: defaultdict(Agreement))
    passages: int = 0
    unreadable: list[str] = field(default_factory=list)

    def overall(self, indicators: Sequence[str] | None = None) -> Tally:
        """The tallies summed over `indicators` (all scored ones by default)."""
        total = Tally()
        for name, t in self.tallies.items():
            if indicators is not None and name not in indicators:
                continue
            total.tp += t.tp
            total.fp += t.fp
            total.fn += t.fn
        return total


def evaluate(records: Sequence[dict], seeds_dir: Path | None = None) -> Result:
    """Score `extract` on gold records."""
    result = Result()
    for record in records:
        name = record.get("id") or record.get("document") or f"line {result.passages + 1}"
        loaded = _load(record, seeds_dir)
        if loaded is None:
            result.unreadable.append(str(name))
            continue
        text, figures = loaded
        result.passages += 1
        _cover(figures, result)
        gold = []
        for g in record.get("figures", []):
            if g["indicator"] in INDICATORS:
                gold.append(g)
            else:
                result.other_indicators[g["indicator"]] += 1
        _score(name, text, gold, figures, result, _spans(text, record.get("excluded", [])))
        _check_forbidden(name, text, record.get("must_not_extract", []), figures, result)
    return result


def _load(record: dict, seeds_dir: Path | None) -> tuple[str, list[Figure]] | None:
    if "text" in record:
        text = record["text"]
        return text, extract(text, published=record.get("published"))
    from ..extraction.engine import extract_document
    from ..read.documents import Skipped, iter_inputs

    path = (seeds_dir or Path("seeds")) / record["document"]
    for item in iter_inputs([path]):
        if isinstance(item, Skipped):
            return None
        return item.text, extract_document(item)
    return None


def _cover(figures: list[Figure], result: Result) -> None:
    """Count which of `figures` carry a source, a date and a place (any of location, admin-1
    or country): what a reader can trace, labelled or not."""
    for f in figures:
        result.coverage["source"].add(f.source is not None)
        result.coverage["date"].add(f.date is not None)
        result.coverage["place"].add(any(x is not None for x in (f.location, f.admin1, f.country)))


def _spans(text: str, items: list) -> list[tuple[int, int]]:
    """Where each `excluded` wording (a quote, or a dict with one) stands in the text."""
    spans = []
    for item in items:
        quote = item.get("quote", "") if isinstance(item, dict) else str(item)
        at = text.find(quote) if quote else -1
        while at >= 0:
            spans.append((at, at + len(quote)))
            at = text.find(quote, at + 1)
    return spans


def _score(
    name: str, text: str, gold: list[dict], figures: list[Figure], result: Result,
    excluded: list[tuple[int, int]] = (),
) -> None:
    """Match labels to figures. A figure no label matches is spurious, unless its wording
    lies in one the labels call `excluded` (it could be read either way: it counts neither
    way, as the gold README says)."""
    unmatched = list(figures)
    for g in gold:
        match = _best_match(g, unmatched)
        if match is None:
            result.tallies[g["indicator"]].fn += 1
            result.misses.append((name, g))
            continue
        unmatched.remove(match)
        result.tallies[g["indicator"]].tp += 1
        _agree(name, g, match, result)
    for f in unmatched:
        if f.start is not None and any(a < f.end and f.start < b for a, b in excluded):
            result.excluded.append((name, f))
            continue
        result.tallies[f.indicator].fp += 1
        result.spurious.append((name, f))


def _best_match(g: dict, figures: list[Figure]) -> Figure | None:
    """The figure that matches label `g`: of its indicator's family, its value within
    VALUE_TOLERANCE or the same range; of several, the one of the label's own indicator,
    then of its exact value, then of its qualifier, then the first."""
    same = [f for f in figures if same_family(g["indicator"], f.indicator) and same_value(g, f)]
    if not same:
        return None
    return min(same, key=lambda f: (
        f.indicator != g["indicator"], f.value != g["value"], f.qualifier != g.get("qualifier"),
    ))


def same_family(a: str, b: str) -> bool:
    """Indicators `a` and `b` are one, or of one of INDICATOR_FAMILIES."""
    return a == b or any(a in family and b in family for family in INDICATOR_FAMILIES)


def same_value(g: dict, f: Figure) -> bool:
    """The figure's value is the label's within VALUE_TOLERANCE, or both are the same range."""
    if g.get("low") is not None and g.get("high") is not None and g["low"] != g["high"]:
        if (f.low, f.high) == (g["low"], g["high"]):
            return True
    return abs(f.value - g["value"]) <= VALUE_TOLERANCE * abs(g["value"])


def _agree(name: str, g: dict, f: Figure, result: Result) -> None:
    checks: dict[str, tuple[bool, Any, Any]] = {
        "indicator": (f.indicator == g["indicator"], g["indicator"], f.indicator),
        "qualifier": (f.qualifier == g.get("qualifier"), g.get("qualifier"), f.qualifier),
        "unit": (_unit_class(f.unit) == _unit_class(g.get("unit")), g.get("unit"), f.unit),
    }
    if "source" in g and _labelled_provenance(g):
        ok = same_source(g["source"], g.get("source_short"), f.source) or (
            f.source_org is not None and same_source(g["source"], g.get("source_short"), f.source_org)
        )
        got = f.source if f.source_org is None else f"{f.source} ({f.source_org})"
        checks["source"] = (ok, g["source"], got)
        if ok and not same_source(g["source"], g.get("source_short"), f.source):
            result.agreement["source through source_org"].add(True)
    if "source_org" in g:
        ok = same_source(g["source_org"], None, f.source_org)
        checks["source_org"] = (ok, g["source_org"], f.source_org)
    if "date" in g and _labelled_provenance(g):
        checks["date"] = (_same_date(g, f), g["date"], f.date.isoformat() if f.date else None)
    if "location" in g:
        checks["location"] = (same_place(g, f), g["location"] or g.get("country"), f.location)
    for key, (ok, want, got) in checks.items():
        result.agreement[key].add(ok)
        if not ok:
            result.disagreements.append((name, f"{key} of {g['indicator']} {g['value']:,}", want, got))


def same_place(g: dict, f: Figure) -> bool:
    """The gold README's rule: the labelled place or its country is the figure's location,
    admin-1 or country ("Herat province" and "Herat", "Gaza Strip" and Gaza's country); a
    label naming several places ("Ishikawa, Toyama and Niigata") agrees with any of them.
    Unlabelled both ways agrees; names compare without case, accents, "the", direction
    words and unit words, and countries by ISO code ("Türkiye" is Turkey)."""
    labels = [*_PLACE_LIST.split(g.get("location") or ""), g.get("country") or ""]
    labels = [label for label in labels if label.strip()]
    if not labels:
        return f.location is None and f.country is None
    got = {_place_key(n) for n in (f.location, f.admin1, f.country) if n} - {""}
    if f.iso3:
        got.add(f.iso3)
    for label in labels:
        place = PLACES.get(label.strip())
        if _place_key(label) in got or (place is not None and place.admin1 is None and place.iso3 in got):
            return True
    return False


_PLACE_LIST = re.compile(r",\s*|\s+and\s+")
_PLACE_WORDS: frozenset[str] = lexicon.word_set("place name words")


def _place_key(name: str) -> str:
    plain = unicodedata.normalize("NFKD", name)
    plain = "".join(c for c in plain if not unicodedata.combining(c)).lower().replace("-", " ")
    return " ".join(w for w in re.findall(r"[a-z0-9']+", plain) if w not in _PLACE_WORDS)


def _labelled_provenance(g: dict) -> bool:
    # idetect excerpts carry no source or date labels (their README): null there means unlabelled
    return "location" in g or g.get("source") is not None or g.get("date") is not None


def same_source(label: str | None, short: str | None, got: str | None) -> bool:
    """The gold README's rule: the same name once case, "the" and punctuation are dropped;
    one the other's acronym ("UNHCR", "OCHA", "IOM Yemen"; or the label's `source_short`);
    or the content words of one all among the other's ("Lebanon's Ministry of Health" for
    "Lebanese Health Ministry"). No label and no source agree; one without the other not."""
    if not label or not got:
        return not label and not got
    want, have = _name_words(label), _name_words(got)
    if want == have:
        return True
    if short and _name_words(short) == have[: len(_name_words(short))]:
        return True
    if _is_acronym_of(have, want) or _is_acronym_of(want, have):
        return True
    a, b = _content(want), _content(have)
    return bool(a and b) and (_among(a, b) or _among(b, a))


def _name_words(name: str) -> list[str]:
    plain = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    plain = plain.replace("'s ", " ").replace("'", "").replace(".", "")
    words = "".join(ch if ch.isalnum() else " " for ch in plain).split()
    return words[1:] if words[:1] == ["the"] else words


def _is_acronym_of(short: list[str], full: list[str]) -> bool:
    """["iom", "yemen"] for International Organization for Migration: the first word is
    the initials of the full name's words (fillers dropped or kept)."""
    if not short or len(full) < 2:
        return False
    initials = {"".join(w[0] for w in full), "".join(w[0] for w in full if w not in NAME_FILLERS)}
    return short[0] in initials


def _content(words: list[str]) -> list[str]:
    return [w for w in words if w not in NAME_FILLERS]


def _among(some: list[str], others: list[str]) -> bool:
    return all(any(_same_word(w, o) for o in others) for w in some)


def _same_word(a: str, b: str) -> bool:
    if min(len(a), len(b)) < STEM_LETTERS:
        return a == b
    return a[:STEM_LETTERS] == b[:STEM_LETTERS]


def _unit_class(unit: str | None) -> str:
    unit = (unit or "people").lower()
    return unit if unit in HOUSEHOLD_UNITS else "people"


def _same_date(g: dict, f: Figure) -> bool:
    want = as_date(g.get("date"))
    if want is None or f.date is None:
        return want is None and f.date is None
    # the label's precision when it states one ("week" for "last week"), else an exact day:
    # an extracted date of year precision does not get a year's slack from its own vagueness
    tolerance = DATE_TOLERANCE_DAYS.get(g.get("date_precision") or "day", 0)
    return abs((f.date - want).days) <= tolerance


def _check_forbidden(name: str, text: str, items: list[str], figures: list[Figure], result: Result) -> None:
    """A must-not-extract wording ("33 km (20 miles)", "six towns") overlapped by a figure."""
    for item in items:
        wording = item.split(" (")[0].strip()
        for alternative in wording.split("/"):
            at = text.find(alternative)
            while at >= 0:
                for f in figures:
                    if f.start < at + len(alternative) and at < f.end:
                        result.forbidden.append((name, item, f))
                at = text.find(alternative, at + 1)


# --- report -------------------------------------------------------------------------


def report(result: Result, out: TextIO, *, verbose: bool = True) -> None:
    w = out.write
    w(f"passages scored: {result.passages}")
    if result.unreadable:
        w(f"  (unreadable, not scored: {', '.join(result.unreadable)})")
    w("\n\n(matched on the indicator's family - displaced and refugees are one - and the value within 1 %;"
      " a match counts under its label's indicator)")
    w("\nindicator+value        tp    fp    fn   precision  recall     F1\n")
    for name in INDICATORS:  # every one, so that a new indicator's zero shows
        t = result.tallies.get(name, Tally())
        if not (t.tp + t.fp + t.fn):  # nothing labelled, nothing found: no score to give
            w(f"  {name:<18} {0:>5} {0:>5} {0:>5}   {'-':>9} {'-':>7} {'-':>7}\n")
            continue
        w(f"  {name:<18} {t.tp:>5} {t.fp:>5} {t.fn:>5}   {t.precision:>9.3f} {t.recall:>7.3f} {t.f1:>7.3f}\n")
    if result.other_indicators:
        others = ", ".join(f"{k} ({v})" for k, v in sorted(result.other_indicators.items()))
        w(f"  labelled but not an indicator the tracker extracts: {others}\n")
    w("\nagreement on matched figures:\n")
    for key in ("indicator", "qualifier", "unit", "source", "source_org", "date", "location"):
        w(f"  {key:<10} {result.agreement[key]}\n")
    if result.agreement["source through source_org"].total:
        w(f"  (sources agreeing only through the body the speaker speaks for: {result.agreement['source through source_org'].right})\n")
    w("\nevery figure found, labelled or not, with:\n")
    for key in ("source", "date", "place"):
        w(f"  {key:<10} {result.coverage[key]}\n")
    _list(result, w, verbose=verbose)
    if result.excluded:
        w(f"\nfigures in wordings the labels exclude (counted neither way): {len(result.excluded)}\n")
    if result.forbidden:
        w(f"\nmust-not-extract wordings that came out as figures: {len(result.forbidden)}\n")
        for name, item, f in result.forbidden:
            w(f"  {name}: {item!r} -> {f.indicator} {f.value:,}\n")
    else:
        w("\nmust-not-extract wordings that came out as figures: 0\n")
    overall = result.overall()
    d = result.tallies.get("displaced", Tally())
    core = result.overall(CORE_INDICATORS)
    w(f"core ({', '.join(CORE_INDICATORS)}): precision {core.precision:.3f}  recall {core.recall:.3f}  F1 {core.f1:.3f}\n")
    w(f"displaced: precision {d.precision:.3f}  recall {d.recall:.3f}  F1 {d.f1:.3f}\n")
    w(f"all indicators: precision {overall.precision:.3f}  recall {overall.recall:.3f}  F1 {overall.f1:.3f}\n")


def _list(result: Result, w, *, verbose: bool) -> None:
    w(f"\nmissed ({len(result.misses)}):\n")
    for name, g in result.misses:
        w(f"  {name}: {g['indicator']} {g['value']:,} {g.get('qualifier')} {g.get('unit')} - {g.get('quote')!r}\n")
    parts = sum(f.part_of is not None for _, f in result.spurious)
    w(f"\nspurious ({len(result.spurious)}{f'; {parts} of them parts of a total' if parts else ''}):\n")
    for name, f in result.spurious:
        part = " [part of a total]" if f.part_of is not None else ""
        w(f"  {name}: {f.indicator} {f.value:,} {f.qualifier} {f.unit}{part} - {f.quote[:160]!r}\n")
    w(f"\ndisagreements on matched figures ({len(result.disagreements)}){'' if verbose else ' (listed with --verbose)'}:\n")
    for name, what, want, got in result.disagreements if verbose else ():
        w(f"  {name}: {what}: labelled {want!r}, extracted {got!r}\n")


def read_gold(path: Path) -> list[dict]:
    records = []
    with path.open(encoding="utf-8") as fh:
        for number, line in enumerate(fh, 1):
            line = line.strip()
            if not line:
                continue
            try:
                records.append(json.loads(line))
            except json.JSONDecodeError as exc:
                print(f"{path}:{number}: not JSON ({exc.msg}); line skipped", file=sys.stderr)
    return records


def main(args: argparse.Namespace | Sequence[str] | None = None) -> int:
    if not isinstance(args, argparse.Namespace):
        parser = argparse.ArgumentParser(prog="tracker evaluate")
        parser.add_argument("gold")
        parser.add_argument("--seeds")
        parser.add_argument("--verbose", action="store_true")
        args = parser.parse_args(args)
    path = Path(args.gold)
    if not path.is_file():
        print(f"tracker evaluate: no such file: {path}", file=sys.stderr)
        return 2
    seeds = Path(args.seeds) if getattr(args, "seeds", None) else _default_seeds(path)
    result = evaluate(read_gold(path), seeds)
    report(result, sys.stdout, verbose=bool(getattr(args, "verbose", False)))
    return 0


def _default_seeds(gold: Path) -> Path:
    """seeds/ in the working directory, else the seeds folder beside the gold folder."""
    here = Path("seeds")
    if here.is_dir():
        return here
    return gold.resolve().parent.parent / "seeds"
