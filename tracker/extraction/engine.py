"""Text to figures: the extraction engine's entry point.

    extract(text, published="2019-08-20") -> list[Figure]
    extract_document(doc) -> list[Figure]      # a Document read by tracker.read

Triggers are read first (`tracker.extraction.prescan`): one scan for the stems of every
trigger and indicator noun, each hit checked against its patterns. A document with no
trigger ends there, before a number is parsed: most of a newsroom's feed (markets, sport,
politics, weather) costs one scan. A document with a few triggers is first read only around
them: the sentences holding a trigger, split out of their own paragraph, with the numbers of those
sentences alone; when none of them holds a figure, the document ends there too. Otherwise it
is read whole: it is split into sentences once, numbers are found only around the sentences
that may hold a trigger (digits, and number words read where the pre-scan's pass found their
keys: `_KeptNumbers`, the same numbers there as one scan of the whole text), each sentence
holding a trigger and a number that may be a count is judged by
`tracker.extraction.figures.judge_sentence` (with the figure
that ends the sentence right before it, which a running total "That brings the total to
45,000." counts on: that sentence is read too), and each figure found gets its provenance
(source, date, place) from its sentence and the sentences around it.

The figures are the same as reading every sentence holding a number (`prescan=False`, kept
as the reference tests/test_prescan.py compares with; `explain` reads every sentence).
"""

from __future__ import annotations

import bisect
import dataclasses
import datetime as dt
import re as _re
from collections.abc import Callable, Iterable, Iterator
from enum import Enum
from functools import partial
from typing import NamedTuple

import regex as re

from .. import lexicon
from ..provenance import dates, places, sources
from ..provenance.codes import admin1_code
from ..records import FIRST_YEAR, LAST_YEAR, THING_INDICATORS, Document, Figure, figure_id, new_figure
from . import distributive, limits
from .figures import NO_PEOPLE_RULES, Decision, Found, judge_sentence
from .numbers import WORD_KEYS, Number, find_numbers, key_starts, next_stop, numbers_within, stops_numbers
from .prescan import Hits, confirmed, dear as is_dear, dear_among, keys_within, rejects_every_number, scan_hits, scan_text, shifted
from .qualifiers import estimated
from .quantities import Quantity
from .rules import obviously_not_a_count as cheap_look
from .sentences import split
from .tables import Row, as_rows, column_tables
from .text import lowered

# Average household size used to turn households and families into people. The UN's
# household-size data put most crisis-affected countries between 4 and 6; 5 is the
# planning figure humanitarian clusters commonly use. Override per call or with
# `--household-size` on the command line.
HOUSEHOLD_SIZE: float = 5.0

HOUSEHOLD_UNITS: frozenset[str] = lexicon.word_set("household units")  # counted in households, not people



def extract(
    text: str,
    published: str | dt.date | None = None,
    *,
    household_size: float = HOUSEHOLD_SIZE,
    document: Document | None = None,
    prescan: bool = True,
) -> list[Figure]:
    """Every humanitarian figure in `text`.

    `published` is the document's publication date (ISO string or date); relative dates
    in the text ("last week", "on Friday") resolve against it, never against the clock.
    Without it, figures are undated. `document`, when given, is the Document the text
    comes from: each figure carries its id, title, url and outlet. `prescan=False` reads
    every sentence holding a number, triggers or not: the same figures, slower (the
    reference the pre-scan is tested against).
    """
    if not isinstance(text, str) or not text:
        return []
    readings = _read(
        text, as_date(published), household_size, document, every_sentence=False, rejections=False, prescan=prescan
    )
    return kept_figures(readings)


def kept_figures(readings: Iterable[Reading]) -> list[Figure]:
    """The figures of `readings` a user gets: no repeat, and no first mention a later,
    attributed one superseded."""
    readings = list(readings)
    gone = superseded(readings)
    return [r.figure for r in readings if r.figure is not None and not r.repeated and (not gone or r.figure.id not in gone)]


def superseded(readings: list[Reading]) -> set[str]:
    """The ids of the first mentions a later mention of `readings` replaced."""
    return {r.supersedes for r in readings if r.supersedes is not None}


# A named tuple built with every field given in order, without the Python frame of its __new__
# (the engine builds several for every figure: its reading, its dedup key, its first mention).
_new_tuple = tuple.__new__


class Reading(NamedTuple):  # a named tuple: immutable, and built in C (several an article)
    """What the engine made of one quantity of a text: the rule that kept or rejected it,
    and the figure (with its provenance) when it is one."""

    quantity: Quantity
    rule: str
    figure: Figure | None = None
    repeated: bool = False  # the same figure as one earlier in the text: merged into it
    # the id of an earlier mention of the same figure that credited nobody, which this one,
    # crediting its source, replaces ("Death toll climbs to 126" in a headline, then "has
    # climbed to 126, the NDRRMC said" in the story): the figure a user can trace
    supersedes: str | None = None


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
    prescan: bool = False,
) -> Iterator[Reading]:
    """The engine's one loop. With `every_sentence`, sentences whose numbers all failed the
    cheap look are read too, so that each of their numbers gets its rule; `rejections`
    yields the numbers that are no figure too; `prescan` reads triggers first and only the
    sentences that may hold a figure (see above). A table's rows between pipes are read as
    labelled rows (`tables.as_rows`: the same length), and quoted as written; the rows of a
    table of several value columns as lines of their own (`tables.column_tables`)."""
    rows, prose = column_tables(text)
    seen: dict[_DedupKey, _FirstMention] = {}  # a figure's dedup key -> the figure kept and its sentence
    yield from _read_prose(prose, text, published, household_size, document, seen,
                           every_sentence=every_sentence, rejections=rejections, prescan=prescan)
    for row in rows:
        yield from _read_row(row, text, published, household_size, document, seen, every_sentence, rejections)


def _read_row(
    row: Row, given: str, published: dt.date | None, household_size: float, document: Document | None,
    seen: dict[_DedupKey, _FirstMention], every_sentence: bool, rejections: bool,
) -> Iterator[Reading]:
    """The readings of one row of a table of several value columns, read as its lines
    ("Deaths: 512 (Sindh)") and placed where its values stand in the text given: each
    figure quotes the row as written; one the prose gave already is a repeat of it."""
    for reading in _read_prose(row.lines, row.lines, published, household_size, document, {},
                               every_sentence=every_sentence, rejections=rejections):
        q = reading.quantity
        spots = [row.given(p) for p in (q.start, q.end, q.number_start, q.number_end, q.first_start)]
        if any(p is None for p in spots):
            continue  # a number of a heading's words, not of a value
        q = q._replace(start=spots[0], end=spots[1], number_start=spots[2], number_end=spots[3], first_start=spots[4])
        figure = reading.figure
        if figure is None:
            yield Reading(q, reading.rule)
            continue
        figure = dataclasses.replace(
            figure, start=q.start, end=q.end, quote=given[row.start : row.end], quote_start=row.start, part_of=None,
            id=figure_id(document.id if document is not None else None, q.start, q.end, figure.indicator, figure.unit),
        )
        key = None if q.additive else _dedup_key(figure)
        repeated = key is not None and key in seen
        if key is not None and not repeated:
            seen[key] = _FirstMention(figure.id, -1, STANDING_FINAL)
        yield Reading(q, reading.rule, figure, repeated)


def _read_prose(
    text: str,
    given: str,
    published: dt.date | None,
    household_size: float,
    document: Document | None,
    seen: dict[_DedupKey, _FirstMention],
    *,
    every_sentence: bool,
    rejections: bool,
    prescan: bool = False,
) -> Iterator[Reading]:
    """`_read` of the text read (`text`: the text given, `given`, with the lines of its tables
    of several columns blanked): quotes come from `given`."""
    text = as_rows(text)
    lower = lowered(text)
    live: _Live | None = None
    if prescan:
        live = _Live(text, lower)
        if not live.may_hold_figure():
            return
    context = _Context(text, document, live.hits if live is not None else None, given, lower)
    judged = _judged_kept(text, lower, live, context) if live is not None else _judged_every(text, lower, context, every_sentence)
    merged: dict[str | None, str | None] = {}  # the id of a repeated figure -> the id it was merged into
    # a headline's figures by indicator and value, whatever their unit, date and place: the
    # story tells "kills dozens" again as "Dozens of people were killed on Monday night in
    # Jabalia", "Gunmen kill 30" as "Gunmen killed at least 30 villagers"
    headlines: dict[tuple[str, int], _DedupKey] = {}
    for index, decisions in judged:
        s_start, s_end = context.sentences[index]
        for decision in decisions:
            found = decision.found
            if found is None:
                if rejections:
                    yield Reading(decision.quantity, decision.rule)
                continue
            # `extract` never reads a repeat's source: it is left unread (see `_Context.figure`)
            unread = None if rejections or found.quantity.additive else partial(_repeats, seen, index, text, s_start, s_end)
            for figure in context.figures(found, index, published, household_size, unread):
                key = None if found.quantity.additive else _dedup_key(figure)
                first = seen.get(key) if key is not None else None
                if first is None and key is not None and index > 0 and (told := headlines.pop(key[:2], None)) is not None:
                    first = seen[told]  # the headline's figure, told by the story at its own date and place
                    seen[told] = _new_tuple(_FirstMention, (figure.id, index, _standing(figure, False)))
                # a repeat restates a figure of an earlier sentence: two counts of one sentence are
                # two figures ("7,000 through Bab al-Salam and 7,000 through Tal Abiad"), and so
                # are the figures of one count each place of a list has ("7,000 each through ...")
                repeated = first is not None and first.sentence != index
                supersedes = None
                if repeated and first.standing is not STANDING_FINAL and (
                    first.standing is STANDING_HEADLINE or figure.source is not None
                ):
                    # the first mention was a headline's, or credited nobody where this one credits
                    # its source: this one, as the story tells it, is kept instead
                    repeated, supersedes = False, first.id
                    merged[first.id] = figure.id
                    seen[key] = _new_tuple(_FirstMention, (figure.id, index, _standing(figure, False)))
                elif repeated:
                    merged[figure.id] = first.id
                elif key is not None and first is None:
                    headline = index == 0 and _is_headline(text, s_start, s_end)
                    # _FirstMention(id, sentence, standing)
                    seen[key] = _new_tuple(_FirstMention, (figure.id, index, _standing(figure, headline)))
                    if headline:
                        headlines[key[:2]] = key
                if figure.part_of is not None and figure.part_of in merged:
                    # a part of a total merged into its earlier mention names the total kept
                    figure = dataclasses.replace(figure, part_of=merged[figure.part_of])
                # Reading(...), every field
                yield _new_tuple(Reading, (decision.quantity, decision.rule, figure, repeated, supersedes))


def _judged_every(
    text: str, lower: str, context: _Context, every_sentence: bool
) -> Iterator[tuple[int, list[Decision]]]:
    """(index, decisions) for each sentence holding a number that may be a count (every
    sentence holding a number, with `every_sentence`), its numbers found by one scan of the
    whole text: the reading without the pre-scan (`prescan=False`, `explain`)."""
    numbers = find_numbers(text, lower)
    # the cheap look at each number, once: a text whose numbers are all dates, measures
    # or percentages stops here, and only sentences holding a possible count are read
    countable = numbers if every_sentence else [n for n in numbers if not cheap_look(text, n.start, n.end)]
    if not countable:
        return
    last: tuple[int, Found] | None = None  # a sentence's index and the figure that ends its numbers
    for index, in_sentence in _by_sentence(numbers, countable, context):
        s_start, s_end = context.sentences[index]
        before = last[1] if last is not None and last[0] == index - 1 else None
        decisions = judge_sentence(text, s_start, s_end, in_sentence, lower, before)
        ending = _ending_figure(decisions, in_sentence)
        last = None if ending is None else (index, ending)
        yield index, decisions


def _judged_kept(text: str, lower: str, live: _Live, context: _Context) -> Iterator[tuple[int, list[Decision]]]:
    """(index, decisions) for each sentence the pre-scan's reading judges: one holding a
    number that may be a count and a confirmed trigger, or a figure ending the sentence
    before it to total. The numbers are found only in the sentences that may be judged
    (`_KeptNumbers`): the same numbers there as one scan of the whole text, so the same
    figures as `_judged_every`."""
    sentences = context.sentences
    # the sentences where a stem stands that is not known to be no trigger: the others hold
    # no confirmed trigger (`_Live.holds_trigger`)
    holding = live.sentences_holding(context.starts)
    numbers = _KeptNumbers(text, lower, sentences, live.hits, holding)
    starting = live.hits.starting()  # where the words a trigger may start at start
    wanted = sorted(holding)
    w = 0
    index = -1
    last: tuple[int, Found] | None = None  # a sentence's index and the figure that ends its numbers
    while True:
        if last is not None and last[0] == index and index + 1 < len(sentences):
            index += 1  # a figure ends the sentence before: this one may total it
        else:
            w = bisect.bisect_right(wanted, index, w)  # the next wanted sentence after `index`
            if w == len(wanted):
                return
            index = wanted[w]
        in_sentence = numbers.of(index)
        if not _may_count(text, in_sentence):
            continue  # no number that may be a count: not read (and no figure ends it)
        s_start, s_end = sentences[index]
        before = last[1] if last is not None and last[0] == index - 1 else None
        if before is None:
            if not live.holds_trigger(s_start, s_end):
                continue  # no trigger, and no figure before it to total: no figure here
            decisions = live.read_alone.get((s_start, s_end))  # judged already, the same way
            if decisions is None:
                decisions = judge_sentence(text, s_start, s_end, in_sentence, lower, before, starting)
        else:
            decisions = judge_sentence(text, s_start, s_end, in_sentence, lower, before, starting)
        ending = _ending_figure(decisions, in_sentence)
        last = None if ending is None else (index, ending)
        yield index, decisions


def _may_count(text: str, numbers: list[Number]) -> bool:
    """Some number of `numbers` passes the cheap look: it may be a count."""
    for n in numbers:  # (a loop, not any() over a generator: asked of every sentence read)
        if not cheap_look(text, n.start, n.end):
            return True
    return False


def _ending_figure(decisions: list[Decision], in_sentence: list[Number]) -> Found | None:
    """The last figure of a sentence when it ends the sentence's numbers (no number after it,
    or only numbers that count no people): a running total in the next sentence may total it."""
    for d in reversed(decisions):  # (loops, not a list and all() over a generator: asked of every sentence judged)
        if d.found is not None:
            last = d.found
            break
    else:
        return None
    end = last.quantity.end
    if end >= in_sentence[-1].end:
        return last
    for d in decisions:
        if d.quantity.start >= end and d.rule not in NO_PEOPLE_RULES:
            return None
    return last


class _KeptNumbers:
    """The numbers of each sentence the pre-scan's reading may judge, as one scan of the whole
    text finds them (`find_numbers`, each number in the sentence where it starts, as
    `_by_sentence` groups them), found only around those sentences: a run of sentences
    holding a stem at once, read from the start of its first sentence to the end of its last
    (`numbers.numbers_within`). Where no stop (`numbers.stops_numbers`) ends the sentence
    before the run's first, a number might run across their border: the stretch starts a
    sentence earlier, until one does; where none ends the run's last, it goes on to the
    next stop. Where either lies more than limits.MAX_SENTENCE characters away (a text with
    no stop for pages), the numbers are those of one scan of the whole text, made once: a
    stretch read again for every run would cost a time quadratic in the text."""

    def __init__(
        self, text: str, lower: str, sentences: list[tuple[int, int]], hits: Hits, holding: set[int]
    ) -> None:
        self.text = text
        self.lower = lower
        self.sentences = sentences
        self.holding = holding
        keys = hits.number_keys()
        self.keys = sorted(key_starts(lower) if keys is None else keys)
        self._of: dict[int, list[Number]] = {}
        self._whole: list[Number] | None = None  # the whole text's numbers, if read
        self._whole_starts: list[int] = []
        # where the numbers of each sentence start: sentence i's from bounds[i] (its start, the
        # text's for the first) to bounds[i + 1] (the next one's, the text's end for the last)
        self.bounds = [0, *[s for s, _ in sentences[1:]], len(text)]

    def _stopped_after(self, index: int) -> bool:
        """A stop ends sentence `index`: no number runs from it into the next."""
        return stops_numbers(self.text, self.sentences[index][1] - 1)

    def of(self, index: int) -> list[Number]:
        """The numbers that start in sentence `index`'s range, in order."""
        known = self._of.get(index)
        if known is not None:
            return known
        text, bounds = self.text, self.bounds
        last = index  # the run of sentences holding a stem from `index` on
        while last + 1 in self.holding:
            last += 1
        begin, end = bounds[index], bounds[last + 1]
        far = limits.MAX_SENTENCE
        first = index  # back to a sentence no number runs into
        open_before = first > 0 and not self._stopped_after(first - 1)  # a number may run in from the one before
        while open_before and begin - bounds[first] <= far:
            first -= 1
            open_before = first > 0 and not self._stopped_after(first - 1)
        start = bounds[first]
        if end == len(text) or self._stopped_after(last):
            stop = end  # white space only between that stop and `end`
        else:
            stop = next_stop(text, end, end + far)
        if begin - start > far or stop < 0 or open_before:
            found = self._whole_between(begin, end)
        else:
            found = numbers_within(text, self.lower, start, stop, self.keys)
        # each sentence's numbers, cut out of `found` (in order) at the sentences' bounds
        starts = [n.start for n in found]
        lo = bisect.bisect_left(starts, begin)
        for i in range(index, last + 1):
            hi = bisect.bisect_left(starts, bounds[i + 1], lo)
            self._of[i] = found[lo:hi]
            lo = hi
        return self._of[index]

    def _whole_between(self, begin: int, end: int) -> list[Number]:
        """The numbers of one scan of the whole text (made once) that start in text[begin:end]."""
        if self._whole is None:
            self._whole = find_numbers(self.text, self.lower, self.keys)
            self._whole_starts = [n.start for n in self._whole]
        starts = self._whole_starts
        return self._whole[bisect.bisect_left(starts, begin) : bisect.bisect_left(starts, end)]


# Words around a sentence that its numbers may lean on, read with it when it is read alone
# (tracker.extraction.numbers looks two words back for "several hundred", and a scale word
# or "people" after "2m" may stand two words on, past a line break).
NUMBER_CONTEXT_WORDS = 4
# From this many triggers on, a document is read whole at once, without first reading its
# trigger sentences alone: such a document nearly always holds a figure (crisis reporting
# has dozens of triggers; everyday news one or two, "killed the bill"), and the first
# reading would only be done again. The output is the same either way.
DENSE_TRIGGERS = 6


class _Live:
    """Where the triggers of one document are: the pre-scan's stems, each confirmed once
    when a sentence around it is read."""

    def __init__(self, text: str, lower: str) -> None:
        self.text = text
        self.lower = lower
        self.scan = scan_text(text, lower)
        self.hits = scan_hits(self.scan, lower)  # where the stems, and the keys of numbers in words, start
        self.starts = self.hits.stems
        self._confirmed: dict[int, bool] = {}
        # what `may_hold_figure` read: (start, end) of a sentence -> its decisions read alone
        self.read_alone: dict[tuple[int, int], list[Decision]] = {}
        self._whole: list[tuple[int, int]] | None = None  # the whole text's sentences, if split

    def _is_trigger(self, at: int) -> bool:
        known = self._confirmed.get(at)
        if known is None:
            known = self._confirmed[at] = confirmed(self.text, self.scan, at)
        return known

    def sentences_holding(self, sentence_starts: list[int]) -> set[int]:
        """The indices of the sentences (by their starts, in order) where a stem stands that is
        not known to be no trigger: any other sentence holds no confirmed trigger."""
        known = self._confirmed
        # (a stem before the first sentence's start, in the white space before it, counts as the first's)
        after = {bisect.bisect_right(sentence_starts, at) for at in self.starts if known.get(at) is not False}
        return {i - 1 if i else 0 for i in after}

    def holds_trigger(self, start: int, end: int) -> bool:
        """A confirmed trigger starts in text[start:end]. The stems only a counter may confirm
        ("number", "toll": `prescan.dear`) are asked last: another stem may answer first."""
        starts = self.starts
        i = bisect.bisect_left(starts, start)
        dear = []
        while i < len(starts) and starts[i] < end:
            at = starts[i]
            if at not in self._confirmed and is_dear(self.scan, at):
                dear.append(at)
            elif self._is_trigger(at):
                return True
            i += 1
        for at in dear:
            if self._is_trigger(at):
                return True
        return False

    def _sentences_around(self, at: int) -> list[tuple[int, int]]:
        """The sentences of the paragraph around `at`, split alone; a paragraph longer than a
        sentence may be (where a run-on cut looks past its end) is split with the whole text."""
        start, end = _paragraph(self.text, at)
        if end - start > limits.MAX_SENTENCE:
            if self._whole is None:
                self._whole = split(self.text)
            return self._whole
        return [(a + start, b + start) for a, b in split(self.text[start:end])]

    def may_hold_figure(self) -> bool:
        """Some sentence holding a trigger gives a figure when read alone (as the whole
        document's reading would read it, with no figure before it): the sentences are split
        out of their own paragraph, and their numbers found with a few words around them. The
        first figure of a document comes from such a sentence, so False means no figure.
        A document with DENSE_TRIGGERS triggers or more is not read so first: it may hold a
        figure (True), and is read whole at once."""
        text, lower, scan = self.text, self.lower, self.scan
        known = self._confirmed  # what `holds_trigger` reads later
        confirmed_starts = []
        # stems only a counter may confirm (`prescan.dear`): confirmed last, and only if need be
        # (looked for only where the scan marked a word a dear one may start with)
        marked = self.hits.marked
        dear = dear_among(scan, self.starts if marked is None else marked)
        for at in self.starts:
            if dear and at in dear:
                continue
            if known.setdefault(at, confirmed(text, scan, at)):
                confirmed_starts.append(at)
                if len(confirmed_starts) >= DENSE_TRIGGERS:
                    return True
        if dear:
            for at in sorted(dear):
                if known.setdefault(at, confirmed(text, scan, at)):
                    confirmed_starts.append(at)
                    if len(confirmed_starts) >= DENSE_TRIGGERS:
                        return True
            confirmed_starts.sort()  # read in the text's order, as before
        read_up_to = -1  # sentences ending before this were read
        keys: list[tuple[int, int]] | None | bool = False  # the number keys' spans, once read
        for at in confirmed_starts:
            if at < read_up_to:
                continue
            for s_start, s_end in self._sentences_around(at):
                if s_end <= at:
                    continue
                read_up_to = s_end
                if keys is False:
                    keys = self.hits.key_spans()  # read once, for every sentence read alone
                decisions = self.read_alone[(s_start, s_end)] = judge_sentence_alone(text, lower, s_start, s_end, keys)
                if any(d.found is not None for d in decisions):
                    return True
                break
        return False


# A blank line, which always ends a sentence (tracker.extraction.sentences): the splitting
# starts afresh after one, so a paragraph splits alone as it does in the whole text.
_BLANK_LINE = re.compile(r"\n[^\S\n]*\n")
_BLANK_LINE_BEFORE = re.compile(r"\n[^\S\n]*\n", re.REVERSE)


def _paragraph(text: str, at: int) -> tuple[int, int]:
    """The paragraph around `at`: from the line after the blank line before it (its leading
    spaces included, as the splitting sees them) to the blank line after it."""
    before = _BLANK_LINE_BEFORE.search(text, 0, at)
    after = _BLANK_LINE.search(text, at)
    return (before.end() if before else 0), (after.start() if after else len(text))


def judge_sentence_alone(
    text: str, lower: str, s_start: int, s_end: int, keys: list[tuple[int, int]] | None = None
) -> list[Decision]:
    """The decisions on the sentence text[s_start:s_end] read with no sentence before it, its
    numbers found in it and NUMBER_CONTEXT_WORDS words on each side where they may run over.
    `keys`, the document's number keys (`Hits.key_spans`: `lower` was scanned for them), spares
    searching the stretch for them again. (Its triggers are found in the stretch: the pre-scan's
    `Hits.starting`, read for the whole document, cost more than it spares on a sentence or two.)"""
    a, b = _words_around(text, s_start, s_end)
    if keys is None:
        if not may_hold_number(lower, a, b):
            return []  # no number, so no figure: find_numbers would find none (see may_hold_number)
        window_keys = None
    else:
        window_keys = keys_within(keys, a, b)
        if not window_keys and _DIGIT.search(lower, a, b) is None:
            return []  # may_hold_number, with the keys of the stretch known
    inside = [
        n for n in find_numbers(text[a:b], lower[a:b], window_keys, guarded=False) if s_start <= n.start + a < s_end
    ]
    countable = [n for n in inside if not cheap_look(text, n.start + a, n.end + a)]
    if not countable:
        return []
    if rejects_every_number(text, lower, inside, a, s_start, s_end, countable):
        return []  # every number counts votes, points, years, money...: no figure (see prescan)
    numbers = [shifted(n, a) for n in inside]
    return judge_sentence(text, s_start, s_end, numbers, lower)


# A decimal digit, as `find_numbers`' digit pattern reads one: the same module's \d (the
# standard library's knows fewer digits; tests/test_prescan.py checks every character).
_DIGIT = re.compile(r"\d")


def may_hold_number(lower: str, start: int, end: int) -> bool:
    """`find_numbers` may find a number in lower[start:end]: it holds a digit or a number
    word's key. A cheap necessary condition, true to `find_numbers` by construction: that
    finds a number in digits only where its pattern's first digit stands, and a number in
    words only from a key of WORD_KEYS it found in the lowered text (searching `lower`
    for each key, as this does); with neither in the window, it returns no number. A
    sentence holding a trigger word in another sense and no number ("Senators killed the
    bill on Tuesday.") is then passed over without parsing it."""
    if _DIGIT.search(lower, start, end) is not None:
        return True
    window = lower[start:end]
    return any(key in window for key in WORD_KEYS)


# NUMBER_CONTEXT_WORDS words after a position, and before it (searched backwards).
_WORDS_AFTER = _re.compile(rf"(?:\s*\S+){{0,{NUMBER_CONTEXT_WORDS}}}")
_WORDS_BEFORE = re.compile(rf"(?:\S+\s*){{0,{NUMBER_CONTEXT_WORDS}}}\Z", re.REVERSE)


def _words_around(text: str, start: int, end: int) -> tuple[int, int]:
    """text[start:end] widened by NUMBER_CONTEXT_WORDS white-space separated words on each
    side where a number may run over its edge: not after a space that follows a full stop
    (or any other mark, or nothing), nor before a last mark that is no letter or digit."""
    last = start - 1  # the last character before the white space before `start`
    while last >= 0 and text[last].isspace():
        last -= 1
    closed_before = start == 0 or (last < start - 1 and (last < 0 or not text[last].isalnum()))
    a = start if closed_before else _WORDS_BEFORE.search(text, 0, start).start()
    b = end if not text[end - 1].isalnum() else _WORDS_AFTER.match(text, end).end()
    return a, b


class _Context:
    """What provenance needs of the whole document, computed once: its sentences and the
    place it is mainly about."""

    def __init__(
        self, text: str, document: Document | None = None, hits: Hits | None = None, given: str | None = None,
        lower: str | None = None,
    ) -> None:
        self.text = text
        self.lower = lower  # `lowered(text)`, when the reader has it (the places' kind words read it)
        self.given = text if given is None else given  # the text as written, for quotes (`tables.as_rows`)
        self.document = document
        self.hits = hits  # the pre-scan's, which found the place kinds' stems too (see `mentions`)
        self.sentences = split(text)
        self.starts = [s for s, _ in self.sentences]
        self._main: places.Place | None = None
        self._main_known = False
        self._mentions: list[places.Mention] | None = None
        self.dates_read: dict = {}  # the dates of the sentences read (dates.figure_date's `read`)
        self.figure_dates: dict[int, dates.DateRef] = {}  # each figure's date by where its count starts (its parts may hold on it)

    @property
    def mentions(self) -> list[places.Mention]:
        """The places named in the whole text, scanned once for the main place and every figure."""
        if self._mentions is None:
            if self.hits is not None:  # the kind words the place scans read, from where the pre-scan found their stems
                places.kind_words_of(self.text, self.hits.other_starts(), self.lower)
            self._mentions = places.mentions(self.text)
        return self._mentions

    @property
    def main(self) -> places.Place | None:
        if not self._main_known:
            self._main = places.main_place(self.text, self.sentences, self.mentions)
            self._main_known = True
        return self._main

    @property
    def as_of(self) -> dt.date | None:
        """The date a report's heading gives all its figures ("As of 20 December 2024"), read once."""
        if not hasattr(self, "_as_of"):
            self._as_of = dates.heading_as_of(self.text)
        return self._as_of

    @property
    def document_date(self) -> dt.date | None:
        """For a document without a publication date, the full date its first line gives."""
        if not hasattr(self, "_document_date"):
            self._document_date = dates.document_date(self.text)
        return self._document_date

    def filed_on(self, published: dt.date) -> dt.date:
        """The day the story's dateline names ("KHARTOUM, March 4 (Reuters) -") when it is a
        few days before the page's publication date: its relative dates ("on Monday") are
        that day's. Else `published`. Read once."""
        if not hasattr(self, "_filed_on"):
            end = places.dateline_end(self.text)
            self._filed_on = dates.filed_day(self.text[:end], published) if end else None
        return self._filed_on or published

    def index(self, pos: int) -> int:
        return max(0, bisect.bisect_right(self.starts, pos) - 1)

    def figures(
        self, found: Found, index: int, published: dt.date | None, household_size: float,
        unread: Callable[[_DedupKey], bool] | None = None,
    ) -> list[Figure]:
        """The figures of a count found in sentence `index`: one, or one per item of the list
        that each has the count (`Found.each`), each with an id of its own (the first item's is
        the count's, which a part of it names) and the item's place (`_item_places`). `unread`
        as `figure` takes it (not for a list's items: each item's place makes its own key)."""
        if not found.each:
            return [self.figure(found, index, published, household_size, unread)]
        figure = self.figure(found, index, published, household_size)
        doc = self.document
        q = found.quantity
        out = []
        for n, (item, place) in enumerate(zip(found.each, self._item_places(found.each, index))):
            changes: dict = {}
            if n > 0:
                changes["id"] = figure_id(doc.id if doc else None, q.start, q.end, found.indicator, found.unit, item.start)
            if place is not None:
                changes.update(_place_fields(place))
            out.append(dataclasses.replace(figure, **changes) if changes else figure)
        return out

    def _item_places(self, items: tuple[distributive.Item, ...], index: int) -> list[places.Place | None]:
        """The place each item of a list names, as the whole text names it ("Georgia" of the
        country the text names most). A name the place finder does not know, in a list whose
        places are all in one country, is a place of that country ("Hakui and Shika": Shika,
        Japan); in a list of no place (named groups, "Hamas and Hezbollah"), or of places in
        several countries, it names none (None: its figure keeps its sentence's place)."""
        s_start, s_end = self.sentences[index]
        named = {m.start: m for m in places.sentence_places(self.text, s_start, s_end, self.mentions)}
        found: list[places.Place | None] = []
        for item in items:
            mention = named.get(item.start)
            found.append(mention.place if mention is not None and mention.end == item.end else item.place)
        countries = {p.iso3 for p in found if p is not None}
        if len(countries) != 1 or None in countries or all(p is not None for p in found):
            return found
        known = next(p for p in found if p is not None)
        return [
            p if p is not None else places.Place(self.text[item.start : item.end], None, known.country, known.iso3)
            for item, p in zip(items, found)
        ]

    def figure(
        self, found: Found, index: int, published: dt.date | None, household_size: float,
        unread: Callable[[_DedupKey], bool] | None = None,
    ) -> Figure:
        """The figure found in sentence `index`, with its source, date and place: built once
        (`dataclasses.replace` on a record of 24 fields costs as much as reading the figure's
        date). `unread`, given the figure's dedup key, says whether its source will never be
        read (a repeat that `extract` drops): such a figure is credited to nobody, and its
        source, the dearest of its provenance, is not looked for."""
        q = found.quantity
        text = self.text
        s_start, s_end = self.sentences[index]
        quote = self.given[s_start:s_end]
        dated = quote if self.given is text else text[s_start:s_end]  # (one slice when no table was rewritten)
        if q.year_like:  # "About 2000 people fled": the count is not a year to date it by
            a, b = q.number_start - s_start, q.number_end - s_start
            dated = dated[:a] + " " * (b - a) + dated[b:]
        before = None
        if index > 0:
            b_start, b_end = self.sentences[index - 1]
            if "\n" not in text[b_end:s_start]:  # the sentence before, in the same paragraph
                before = text[b_start:b_end]
        anchor = self.document_date if published is None else None
        reference = published if published is None else self.filed_on(published)
        when = dates.figure_date(
            dated, q.number_start - s_start, reference, before, anchor, self.dates_read, found.earlier, self.as_of
        )
        total = found.part_of
        if total is not None and when.date == reference and total.quantity.start >= s_start:
            # a part whose clause names no date of its own holds when its total does ("newly
            # displaced in May, of whom 1,190 were children"); the total, built before it, left its date
            of_total = self.figure_dates.get(total.quantity.start)
            if of_total is None:
                of_total = dates.figure_date(
                    dated, total.quantity.number_start - s_start, reference, before, anchor, self.dates_read, total.earlier, self.as_of
                )
            when = of_total
        self.figure_dates[q.start] = when
        place = places.locate(text, self.sentences, index, q.start, q.end, found.indicator, self.main, self.mentions)
        key = None if unread is None else _new_tuple(_DedupKey, (found.indicator, q.value, found.unit, place.name if place else None, when.date, found.part_of is not None))
        if key is not None and unread(key):
            credit = sources.NOBODY
        else:
            # a figure of a year before the story's last is its background: the speaker of the
            # sentence before does not go on to it ("... according to ACLED. In 2003-2005, the
            # conflict killed an estimated 300,000.")
            background = published is not None and when.date is not None and when.date.year < published.year - 1
            credit = sources.credit(text, self.sentences, index, q.start, background)
            if place is not None and credit.source is not None and place.name != place.country and place.name in credit.source.split():
                place = self._outside_the_name(credit.source, index, q, found.indicator, place)
        doc = self.document
        location, admin1, country, iso3, code, lat, lon = _place_values(place)
        # Figure(...) built by records.new_figure: every field, positional, in Figure's order
        return new_figure(
            found.indicator,  # indicator
            q.value,  # value
            q.low,  # low
            q.high,  # high
            "approx" if q.qualifier == "exact" and estimated(quote, q.number_start - s_start, q.number_end - s_start) else q.qualifier,  # qualifier
            found.unit,  # unit
            people(q.value, found.unit, household_size, found.indicator),  # people
            quote,  # quote
            q.start,  # start
            q.end,  # end
            s_start,  # quote_start
            when.date,  # date
            when.precision,  # date_precision
            when.period_start,  # period_start
            published,  # published
            credit.source,  # source
            location,  # location
            admin1,  # admin1
            country,  # country
            iso3,  # iso3
            doc.id if doc else None,  # document
            doc.title if doc else None,  # title
            doc.url if doc else None,  # url
            doc.outlet if doc else None,  # outlet
            figure_id(doc.id if doc else None, q.start, q.end, found.indicator, found.unit),  # id
            code,  # admin1_code
            lat,  # lat
            lon,  # lon
            credit.org,  # source_org
            _part_of(found, doc),  # part_of
            doc.page_at(q.start) if doc else None,  # page
        )

    def _outside_the_name(
        self, source: str, index: int, q: Quantity, indicator: str, place: places.Place
    ) -> places.Place | None:
        """The figure's place read again without the places inside the name of the person it is
        credited to: "President Paul Kagame said" names no place Paul (Cabo Verde), "said Dr
        Santiago Pérez" no Santiago; `place` when the source names a body ("Kenya Red Cross").
        (Only a town's or a region's name is read so, not a country's: "Syria Live Monitor"
        is a body whatever its words, and a country's name as a first name, "Jordan
        Peterson", is the place finder's own test.)"""
        s_start, s_end = self.sentences[index]
        at = self.text.find(source, s_start, s_end)
        if at < 0 or not sources.names_a_person(source):
            return place
        stop = at + len(source)
        kept = [m for m in self.mentions if not (at <= m.start and m.end <= stop)]
        main = self.main  # the text's main place, unless only the name made it so
        if main is not None and not any(m.place.iso3 == main.iso3 for m in kept):
            main = None
        return places.locate(self.text, self.sentences, index, q.start, q.end, indicator, main, kept)


PLACE_FIELDS: tuple[str, ...] = ("location", "admin1", "country", "iso3", "admin1_code", "lat", "lon")
_NO_PLACE: tuple[None, ...] = (None,) * len(PLACE_FIELDS)


def _place_values(place: places.Place | None) -> tuple:
    """A figure's place fields (PLACE_FIELDS: location, admin-1, country, ISO3, admin-1 code,
    coordinates) from the place it holds; all None without one."""
    if place is None:
        return _NO_PLACE
    return (
        place.name, place.admin1, place.country, place.iso3,
        place.admin1_code or admin1_code(place.admin1, place.iso3), place.lat, place.lon,
    )


def _place_fields(place: places.Place | None) -> dict:
    """`_place_values` by field name, for `dataclasses.replace`."""
    return dict(zip(PLACE_FIELDS, _place_values(place)))


def _by_sentence(numbers: list[Number], countable: list[Number], context: _Context):
    """(index, all its numbers) for each sentence holding a number that may be a count; the
    other numbers stay, as the ends of ranges and the context of the count. (The numbers are
    in order, and `countable` is some of them, in order: each number's sentence is found by
    one walk along the sentences' starts, as `_Context.index` finds it.)"""
    starts = context.starts
    last = len(starts) - 1
    i = 0
    spans: dict[int, list[Number]] = {}
    wanted: set[int] = set()
    c = 0  # the next countable number
    for n in numbers:
        while i < last and starts[i + 1] <= n.start:
            i += 1
        spans.setdefault(i, []).append(n)
        if c < len(countable) and countable[c] is n:
            wanted.add(i)
            c += 1
    yield from ((index, found) for index, found in spans.items() if index in wanted)


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
    """A breakdown's part names its total by the total's id: tracker.extraction.parts marks
    a part with the Found of its total (`Found.part_of`; None for a total or a figure on its
    own)."""
    total = found.part_of
    if total is None:
        return None
    q = total.quantity
    return figure_id(doc.id if doc else None, q.start, q.end, total.indicator, total.unit)


class _DedupKey(NamedTuple):
    """What makes two mentions of a document one figure: the same indicator, value, unit,
    place and date, in two sentences (the counts of one sentence are never repeats of each
    other: "around 7,000 each through two crossings", "300 in Aleppo and 300 in Idlib" where
    the places resolve to one country). Immutable like the records, but a named tuple, as
    tracker.provenance.places.Mention is: one is built and hashed for every figure, and a
    frozen dataclass costs several times as much to build (a call of object.__setattr__ per
    field) and to hash (a Python-level __hash__)."""

    indicator: str
    value: int
    unit: str
    location: str | None
    date: dt.date | None
    part: bool  # a part of a total ("at least 21 at the hotel" of 36) is no repeat of a toll of 21


class _FirstMention(NamedTuple):
    """The figure kept for a dedup key, and the index of the sentence it stands in (a named
    tuple, as _DedupKey)."""

    id: str | None
    sentence: int
    standing: Standing  # whether a later mention may supersede it


class Standing(Enum):
    """How a figure's first mention stands against a later mention of the same figure."""

    FINAL = "final"  # a story's sentence that credits its source: kept
    UNATTRIBUTED = "unattributed"  # credits nobody: a later mention that credits its source is kept instead
    HEADLINE = "headline"  # a headline's summary: the story's own mention is kept instead


# The standings as module names (a read through the Enum class costs some 300 instructions).
STANDING_FINAL, STANDING_UNATTRIBUTED, STANDING_HEADLINE = Standing.FINAL, Standing.UNATTRIBUTED, Standing.HEADLINE


def _standing(figure: Figure, headline: bool) -> Standing:
    if headline:
        return STANDING_HEADLINE
    return STANDING_FINAL if figure.source is not None else STANDING_UNATTRIBUTED


def _is_headline(text: str, start: int, end: int) -> bool:
    """The document's first sentence text[start:end] is a headline: a line of its own,
    with no full stop ending it ("Ethiopia: Tigray war displaced 2 million, says UN")."""
    line_end = text.find("\n", end)
    if line_end < 0 or text[end:line_end].strip():
        return False
    return text[start:end].rstrip()[-1:] not in HEADLINE_NOT_ENDS


HEADLINE_NOT_ENDS = ".!?\"”’'"


def _repeats(seen: dict[_DedupKey, _FirstMention], index: int, text: str, start: int, end: int, key: _DedupKey) -> bool:
    """Whether a figure of sentence `index` (text[start:end]) with dedup `key` repeats one of
    an earlier sentence (`seen`, the first mention of each key) that it cannot supersede: the
    test `_read` makes of it, so that a repeat's source is read only where it may count. (A
    repeat of a headline's figure, or of one that credits nobody in a sentence that may name
    a source, has its source read: it may supersede that mention.)"""
    first = seen.get(key)
    if first is None or first.sentence == index or first.standing is STANDING_HEADLINE:
        return False
    return first.standing is STANDING_FINAL or not sources.may_credit_in(text[start:end])


def _dedup_key(figure: Figure) -> _DedupKey:
    """Within a document, the same figure mentioned twice is one record (see `_DedupKey`).
    A figure introduced as "another 15,000" is a new group and the caller never merges it."""
    return _new_tuple(_DedupKey, (figure.indicator, figure.value, figure.unit, figure.location, figure.date, figure.part_of is not None))
