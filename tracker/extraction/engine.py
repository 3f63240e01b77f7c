"""Text to figures: the extraction engine's entry point.

    extract(text, published="2019-08-20") -> list[Figure]
    extract_document(doc) -> list[Figure]      # a Document read by tracker.read

Numbers are found with one cheap scan (digits, and number words found by `str.find`); a
text whose numbers are all dates, percentages or measures stops there. Otherwise it is
split into sentences once, each sentence holding a number is read by
`tracker.extraction.figures.read_sentence` (with the figure that ends the sentence right before it, which
a running total "That brings the total to 45,000." counts on), and each figure found gets its
provenance (source, date, place) from its sentence and the sentences around it.
"""

from __future__ import annotations

import bisect
import datetime as dt
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from ..provenance import dates, places, sources
from ..provenance.codes import admin1_code
from ..records import FIRST_YEAR, LAST_YEAR, THING_INDICATORS, Document, Figure, figure_id
from .figures import Found, judge_sentence, obviously_not_a_count
from .numbers import Number, find_numbers
from .quantities import Quantity
from .sentences import split
from .text import lowered

# Average household size used to turn households and families into people. The UN's
# household-size data put most crisis-affected countries between 4 and 6; 5 is the
# planning figure humanitarian clusters commonly use. Override per call or with
# `--household-size` on the command line.
HOUSEHOLD_SIZE: float = 5.0

HOUSEHOLD_UNITS: frozenset[str] = frozenset({"households", "families"})



def extract(
    text: str,
    published: str | dt.date | None = None,
    *,
    household_size: float = HOUSEHOLD_SIZE,
    document: Document | None = None,
) -> list[Figure]:
    """Every humanitarian figure in `text`.

    `published` is the document's publication date (ISO string or date); relative dates
    in the text ("last week", "on Friday") resolve against it, never against the clock.
    Without it, figures are undated. `document`, when given, is the Document the text
    comes from: each figure carries its id, title, url and outlet.
    """
    if not isinstance(text, str) or not text:
        return []
    return [
        r.figure
        for r in _read(text, as_date(published), household_size, document, every_sentence=False, rejections=False)
        if r.figure is not None and not r.repeated
    ]


@dataclass(frozen=True, slots=True)
class Reading:
    """What the engine made of one quantity of a text: the rule that kept or rejected it,
    and the figure (with its provenance) when it is one."""

    quantity: Quantity
    rule: str
    figure: Figure | None = None
    repeated: bool = False  # the same figure as one earlier in the text: merged into it


def explain(
    text: str, published: str | dt.date | None = None, *, household_size: float = HOUSEHOLD_SIZE
) -> list[Reading]:
    """A `Reading` for every quantity of every sentence of `text` that holds a number, in
    order: what `python -m tracker explain` prints. Its figures are exactly `extract`'s."""
    if not isinstance(text, str) or not text:
        return []
    return list(_read(text, as_date(published), household_size, None, every_sentence=True, rejections=True))


def _read(
    text: str,
    published: dt.date | None,
    household_size: float,
    document: Document | None,
    *,
    every_sentence: bool,
    rejections: bool,
) -> Iterator[Reading]:
    """The engine's one loop. With `every_sentence`, sentences whose numbers all failed the
    cheap look are read too, so that each of their numbers gets its rule; `rejections`
    yields the numbers that are no figure too."""
    lower = lowered(text)
    numbers = find_numbers(text, lower)
    if not numbers:
        return
    # the cheap look at each number, once: a text whose numbers are all dates, measures
    # or percentages stops here, and only sentences holding a possible count are read
    countable = numbers if every_sentence else [n for n in numbers if not obviously_not_a_count(text, n)]
    if not countable:
        return
    seen: set[tuple] = set()
    context = _Context(text, document)
    last: tuple[int, Found] | None = None  # a sentence's index and the figure that ends its numbers
    for index, in_sentence in _by_sentence(numbers, countable, context):
        s_start, s_end = context.sentences[index]
        before = last[1] if last is not None and last[0] == index - 1 else None
        decisions = judge_sentence(text, s_start, s_end, in_sentence, lower, before)
        found_here = [d.found for d in decisions if d.found is not None]
        ends = found_here and found_here[-1].quantity.end >= in_sentence[-1].end
        last = (index, found_here[-1]) if ends else None
        for decision in decisions:
            found = decision.found
            if found is None:
                if rejections:
                    yield Reading(decision.quantity, decision.rule)
                continue
            figure = context.figure(found, index, published, household_size)
            key = None if found.quantity.additive else _dedup_key(figure)
            repeated = key is not None and key in seen
            if key is not None:
                seen.add(key)
            yield Reading(decision.quantity, decision.rule, figure, repeated)


class _Context:
    """What provenance needs of the whole document, computed once: its sentences and the
    place it is mainly about."""

    def __init__(self, text: str, document: Document | None = None) -> None:
        self.text = text
        self.document = document
        self.sentences = split(text)
        self.starts = [s for s, _ in self.sentences]
        self._main: places.Place | None = None
        self._main_known = False
        self._mentions: list[places.Mention] | None = None

    @property
    def mentions(self) -> list[places.Mention]:
        """The places named in the whole text, scanned once for the main place and every figure."""
        if self._mentions is None:
            self._mentions = places.mentions(self.text)
        return self._mentions

    @property
    def main(self) -> places.Place | None:
        if not self._main_known:
            self._main = places.main_place(self.text, self.sentences, self.mentions)
            self._main_known = True
        return self._main

    def index(self, pos: int) -> int:
        return max(0, bisect.bisect_right(self.starts, pos) - 1)

    def figure(self, found: Found, index: int, published: dt.date | None, household_size: float) -> Figure:
        """The figure found in sentence `index`, with its source, date and place: built once
        (`dataclasses.replace` on a record of 24 fields costs as much as reading the figure's
        date)."""
        q = found.quantity
        text = self.text
        s_start, s_end = self.sentences[index]
        quote = text[s_start:s_end]
        dated = quote
        if q.year_like:  # "About 2000 people fled": the count is not a year to date it by
            a, b = q.number_start - s_start, q.number_end - s_start
            dated = quote[:a] + " " * (b - a) + quote[b:]
        when = dates.figure_date(dated, q.number_start - s_start, published)
        source = sources.attribute(text, self.sentences, index, q.start)
        place = places.locate(text, self.sentences, index, q.start, q.end, found.indicator, self.main, self.mentions)
        doc = self.document
        return Figure(
            indicator=found.indicator,
            value=q.value,
            low=q.low,
            high=q.high,
            qualifier=q.qualifier,
            unit=found.unit,
            people=people(q.value, found.unit, household_size, found.indicator),
            quote=quote,
            start=q.start,
            end=q.end,
            quote_start=s_start,
            date=when.date,
            date_precision=when.precision,
            period_start=when.period_start,
            published=published,
            source=source,
            location=place.name if place else None,
            admin1=place.admin1 if place else None,
            country=place.country if place else None,
            iso3=place.iso3 if place else None,
            document=doc.id if doc else None,
            title=doc.title if doc else None,
            url=doc.url if doc else None,
            outlet=doc.outlet if doc else None,
            id=figure_id(doc.id if doc else None, q.start, q.end, found.indicator, found.unit),
            admin1_code=admin1_code(place.admin1, place.iso3) if place else None,
            part_of=_part_of(found, doc),
        )


def _by_sentence(numbers: list[Number], countable: list[Number], context: _Context):
    """(index, all its numbers) for each sentence holding a number that may be a count; the
    other numbers stay, as the ends of ranges and the context of the count."""
    wanted = {context.index(n.start) for n in countable}
    spans: dict[int, list[Number]] = {}
    for n in numbers:
        index = context.index(n.start)
        if index in wanted:
            spans.setdefault(index, []).append(n)
    yield from spans.items()


def extract_document(doc: Document, *, household_size: float = HOUSEHOLD_SIZE) -> list[Figure]:
    """Every figure in one document, carrying the document's id, title, url and outlet."""
    return extract(doc.text, published=doc.published, household_size=household_size, document=doc)


def extract_documents(
    docs: Iterable[Document], *, household_size: float = HOUSEHOLD_SIZE
) -> Iterator[Figure]:
    """Figures of many documents, in document order, one document at a time."""
    for doc in docs:
        yield from extract_document(doc, household_size=household_size)


def as_date(value: str | dt.date | None) -> dt.date | None:
    """A date from an ISO string or a date; None stays None. Anything else, or a date
    outside 1900-2100, is a ValueError that says so (the document readers turn bad dates
    into undated documents before they get here)."""
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        value = value.date()
    if not isinstance(value, dt.date):
        try:
            value = dt.date.fromisoformat(str(value)[:10])
        except ValueError:
            raise ValueError(f"published must be a date or YYYY-MM-DD, not {value!r}") from None
    if not FIRST_YEAR <= value.year <= LAST_YEAR:
        raise ValueError(f"published date {value.isoformat()} is outside {FIRST_YEAR}-{LAST_YEAR}")
    return value


def people(value: int, unit: str, household_size: float = HOUSEHOLD_SIZE, indicator: str | None = None) -> int | None:
    """The count in people: households and families times the household size; None for an
    indicator that counts things ("300 homes destroyed": a home counted is no people)."""
    if indicator in THING_INDICATORS:
        return None
    if unit in HOUSEHOLD_UNITS:
        return round(value * household_size)
    return value


def _part_of(found: Found, doc: Document | None) -> str | None:
    """A breakdown's part names its total by the total's id: the extraction rules mark a
    part with the Found of its total (`Found.part_of`; None for a total or a figure on its
    own)."""
    total = getattr(found, "part_of", None)  # the field comes with the breakdown rules
    if total is None:
        return None
    q = total.quantity
    return figure_id(doc.id if doc else None, q.start, q.end, total.indicator, total.unit)


def _dedup_key(figure: Figure) -> tuple:
    """Within a document, the same figure mentioned twice is one record (same indicator,
    value, unit, place and date). A figure introduced as "another 15,000" is a new group and
    the caller never merges it."""
    return (figure.indicator, figure.value, figure.unit, figure.location, figure.date)
