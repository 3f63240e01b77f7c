"""From quantities to figures: what a number counts, and whether it is a figure at all.

`read_sentence(text, start, end)` looks at every quantity in one sentence and keeps those
that count people to whom something happened (killed, injured, displaced, refugees,
trapped). `judge_sentence` gives the same reading with a `Decision` for every quantity:
the figure, or the named rule (tracker.extraction.rules) that rejected it - what
`python -m tracker explain` prints.
"""

from __future__ import annotations

from typing import NamedTuple

import regex as re

from .. import lexicon
from ..provenance import places
from ..provenance.dates import TO_COUNT_FROM
from ..provenance.keyscan import key_scanner
from ..records import THING_INDICATORS
from . import distributive, parts
from .indicators import LEVEL_VERBS, Trigger, counter_start, find_triggers, trigger_at
from .nouns import FINITE_AUXILIARIES, OF_THE, OF_WHOM, VERB_GAP_WORDS, NounKind, KIND_BARE, KIND_HOMES, KIND_PERSON, KIND_VERB, read_noun
from .numbers import Number, find_numbers
from .qualifiers import CHANGE_VERBS, MOVERS
from .quantities import Quantity, find_quantities
from .rules import (
    ADJACENT_GAP,
    COORDINATED,
    FRONTED_ITEM_GAP,
    GROUP_PART_RULES,
    NO_TRIGGER,
    NOUN_REACH,
    NOUN_RULES,
    NUMBER_RULES,
    OF_THE_BETWEEN,
    OLDER_COUNT,
    PART_OTHER_STATE,
    PART_PEOPLE,
    PART_STATE,
    PART_WITHOUT_VERB,
    STATE_NOUN_REACH,
    PROJECTED,
    REACH_AFTER,
    REACH_BEFORE,
    TRIGGER_SCAN_SLACK,
    Candidate,
    Scene,
    Verdict,
    arrival_word,
    candidate,
    crosses_after,
    INTERNALLY_AFTER,
    INTRANSITIVE_VERBS,
    equivalent,
    judge,
    row_label_homes,
    shares_bound,
    obviously_not_a_count as _cheap_look,
)
from .text import alternation as _words
from .text import lowered
from .text import phrases as _phrases
from .totals import running_total, total_of_sentence_before

# How far before a count "and" or a comma makes it share the verb before ("and about 5,000
# at", "and Chichaoua with 202").
ELLIPSIS_REACH = 44
THING_RULE = NOUN_RULES[0][0]  # "counts things, places or time, not people"
# The rules that say a number counts no people at all: a date, a measure, a compound ("a
# five-storey building"), a thing, a year. A sentence's figure followed only by such numbers
# still ends its counts (a part in the sentence after may refer to it: "Twelve of the dead").
NO_PEOPLE_RULES: frozenset[str] = frozenset({*(name for name, _ in NUMBER_RULES), THING_RULE, NOUN_RULES[1][0]})
INHERITS_RULE = "shares the verb of the figure before (and 5,000 more)"
# "N of which" is a part of the count right before it, not of the figure before that (words.csv thing part openers)
# What a part of a count of the dead may say of them that tells how or where they died, not
# what they are now: "At least 62 people died, 47 of them trapped in their cars".
STATES_OF_THE_DEAD: frozenset[str] = frozenset({"trapped", "displaced", "refugees"})
RELATIVE_PART_RULE = "a part of the count right before it, which is no figure (875 collective shelters, 778 of which)"
THING_PART = re.compile(rf"\s+(?:{_words('thing part openers')})\b", re.IGNORECASE)
# The value a figure had before, given right after it: "The toll rose to 89 overnight, up from
# 54 on Friday", "... 66 missing, down from 385", "nearly double the 313,000 recorded in March". The same count at an earlier time: a figure
# of the same indicator and unit, dated by its own date words.
EARLIER_RULE = "the earlier value of the figure before (up from 54 on Friday)"
EARLIER_BEFORE = re.compile(
    rf"\b(?P<opener>{_words('earlier value openers', 'lower earlier openers', 'higher earlier openers')})\s+(?:(?:an?|the|its)\s+(?:\w+\s+){{0,2}}?(?:figure|toll|count|estimate|tally)\s+of\s+|the\s+)?\Z"
    rf"|\b(?:{_phrases(MOVERS)})\s+(?:(?:the|its|their)\s+(?:[\w-]+\s+){{0,4}}?(?:(?:{_words('set directions')})\s+)?)?{TO_COUNT_FROM}\Z",
    re.IGNORECASE | re.REVERSE,
)  # "down from 385", "down from an earlier figure of 11,300", "has dropped to 1,020 from 1,300", "revised the death toll down to 43 from 89", "raised the death toll to 160 from 134"
EARLIER_REACH = 60  # characters before a number its opener stands within
# The figure's value after a change, then its value before, however far the verb that changed
# it stands: "lowered the death toll from Friday's bus bombing in Quetta to 19 from 25", "raised
# the death toll to 2,497 on Monday afternoon, from 2,122 on Sunday" (the later count's date
# may stand between them, and a comma).
TO_BEFORE = re.compile(r"\bto\s+\Z", re.IGNORECASE | re.REVERSE)
FROM_AFTER = re.compile(
    rf"(?:\s+(?:on|by|in|at|as\s+of)\s+[\w.]+(?:\s+\w+)?)?,?\s+from\s+(?:(?:an?|the|its)\s+(?:(?:{_words('earlier value adjectives')})\s+)?)?",
    re.IGNORECASE,
)
# ... and the value it took next, told by a verb of change with no subject of its own: "The
# death toll, which stood at 45 on Monday, rose to 60 on Tuesday", "put the toll at 18 on Friday
# and raised it to 21" (the counter's trigger ends at the first verb, and "rose to" alone is no
# trigger).
LATER_RULE = "the later value of the figure before (which stood at 45 on Monday, rose to 60)"
RESTATED_RULE = "the figure of the sentence before, set again (Local officials put the figure at 5,000)"
LATER_BEFORE = re.compile(
    rf"(?:,|\band)\s+(?:(?:{_words('verb lead words')})\s+)*"  # right after a comma or "and": no subject of its own
    rf"(?:{_phrases(CHANGE_VERBS)}|{_phrases(LEVEL_VERBS)})\s+(?:(?:it|that|this)\s+)?(?:from\s+\S+\s+)?(?:to|at)\s+\Z",
    re.IGNORECASE | re.REVERSE,
)
LATER_REACH = 60  # characters before a number its comma and verb stand within
HOMES_RULE = "homes count households only when evacuated, homes only when destroyed or damaged"
NOT_HOMES_RULE = "destroyed or damaged counts homes, not people"
# ... but people a verb of burning leaves dead: "burned 20 villagers alive", "burnt 11 of them to death"
BURNED_ALIVE_RULE = "people burned alive or to death, not homes burned"
BURNED_ALIVE = re.compile(rf"(?:\s+of\s+them)?\s+(?:{_words('burned alive words')})\b", re.IGNORECASE)
# A trigger that names the victims whose kin are counted ("14 relatives of the dead") says what
# befell no count of the sentence: "The tribunal heard from 27 survivors and 14 relatives of the
# dead" counts no dead (the kin themselves are no figure: rules' kin rule).
KIN_BEFORE = re.compile(rf"\b(?:{_words('kin nouns')})\s+of\s+(?:the|those|their)\s+\Z", re.IGNORECASE | re.REVERSE)
KIN_KEY = " of "
KIN_REACH = 30  # characters: "grandchildren of the "


def _of_the_kin(text: str, lower: str, t) -> bool:
    lo = t.start - KIN_REACH if t.start > KIN_REACH else 0
    return lower.find(KIN_KEY, lo, t.start) >= 0 and KIN_BEFORE.search(text, lo, t.start) is not None


SWEPT_AWAY_RULE = "people swept or washed away by water are missing, not homes destroyed"
SWEPT_AWAY = re.compile(rf"(?:{_phrases(lexicon.word_list('swept away words'))})\b", re.IGNORECASE)


class Found(NamedTuple):  # a named tuple: immutable, and built in C (several an article)
    """A figure found in a sentence, before provenance is attached."""

    quantity: Quantity
    indicator: str
    unit: str
    part_of: Found | None = None  # the total this figure breaks down (tracker.extraction.parts)
    # the items of a list that each have the count ("7,000 each through the A and B
    # crossings"): one figure per item (tracker.extraction.distributive); () for one figure
    each: tuple[distributive.Item, ...] = ()
    # an earlier value of another figure ("up from 54", "rose from 300 to 1,200"): it holds
    # on a date written after its own count, or on none it can be sure of
    earlier: bool = False


class Decision(NamedTuple):  # a named tuple: immutable, and built in C (several an article)
    """What became of one quantity of a sentence: a figure, or the rule that rejected it."""

    quantity: Quantity
    rule: str  # the rule that kept or rejected it
    found: Found | None = None  # the figure, when it is one


# A named tuple built with every field given in order, without the Python frame of its
# __new__, where every figure found is built.
_new_tuple = tuple.__new__


def read_sentence(
    text: str,
    start: int,
    end: int,
    numbers: list[Number] | None = None,
    lower: str | None = None,
    before: Found | None = None,
) -> list[Found]:
    """Figures in the sentence text[start:end].

    `numbers` are the sentence's numbers when the caller has found them already, and
    `lower` is text.lower(); both are found here otherwise. `before` is the figure that
    ends the sentence right before this one, when no other number follows it there: a
    sentence that only totals it ("That brings the total to 45,000.") counts what it counts."""
    return [d.found for d in judge_sentence(text, start, end, numbers, lower, before) if d.found is not None]


def judge_sentence(
    text: str,
    start: int,
    end: int,
    numbers: list[Number] | None = None,
    lower: str | None = None,
    before: Found | None = None,
    starting: list[int] | None = None,
) -> list[Decision]:
    """A decision for every quantity of the sentence text[start:end], in order (arguments
    as for `read_sentence`; `starting`, the document's pre-scan's, as `find_triggers` takes it)."""
    if lower is None:
        lower = lowered(text)
    if numbers is None:
        numbers = [n for n in find_numbers(text, lower) if start <= n.start and n.end <= end]
    quantities = find_quantities(text, numbers, start, end)
    if not quantities:
        return []
    decisions: dict[int, Decision] = {}
    candidates: list[Candidate] = []
    for q in quantities:
        if candidates and q.start < candidates[-1].noun.end:
            whole = _whole_of_part(text, lower, candidates[-1].quantity, q, end)
            if whole is not None:
                decisions[q.start] = Decision(q, WHOLE_RULE, whole)  # "100,000 of the 395,600 refugees"
            else:
                decisions[q.start] = Decision(q, "inside the noun phrase of the count before (500 of the 4,000 villagers)")
            continue
        c = candidate(text, lower, q, end)
        if isinstance(c, str):
            decisions[q.start] = Decision(q, c)
        else:
            candidates.append(c)
    if candidates:
        candidates = parts.mark(text, start, end, candidates)
        _judge_candidates(text, lower, start, end, quantities, candidates, before, decisions, starting)
        _older_counts_of_changes(text, quantities, decisions)
        # a correction withdraws only the figures after its words: those words stand before the
        # last figure's count, and only that stretch is scanned for them (none where no figure is)
        last = _last_figure_start(quantities, decisions)
        if last > start and ERRATUM_KEYS(lower[start:last]):  # (most sentences: no correction's words)
            _withdrawn(text, quantities, decisions, start, end)
        _unasserted(text, lower, start, end, quantities, decisions)
    return [decisions[q.start] for q in quantities]


def _unasserted(text: str, lower: str, start: int, end: int, quantities: list[Quantity], decisions: dict[int, Decision]) -> None:
    """The figures of a sentence that asserts none of them: a yes-or-no question asks about
    them (`_asks`), a negated group ("None of the 120 villagers was injured") had nothing befall
    it. Read once per sentence that found a figure, on its lowered text."""
    found = [q for q in quantities if decisions[q.start].found is not None]
    if not found:
        return
    piece = lower[start:end]
    if "?" in piece and text[start:end].rstrip(CLOSING_MARKS).endswith("?") and _asks(lower, start, end):
        for q in found:
            decisions[q.start] = Decision(q, QUESTION_RULE)
        return
    if "no" in piece:  # (most sentences: no negation's word)
        for q in found:
            if _negated_group(text, start, q.start):
                decisions[q.start] = Decision(q, NONE_OF_THEM_RULE)


# A question that asks whether, and asserts nothing: "Is it true that 500 people were
# displaced in Beira?", "So you're saying 300 people were killed?" (words.csv question openers,
# after a speaker's label "Q:"). A question of how or why asserts what it asks about ("Why
# have 2 million people fled Sudan?"): its counts stay figures.
QUESTION_RULE = "a number a yes-or-no question asks about, asserting nothing (Is it true that 500 people were displaced?)"
QUESTION_OPENERS = re.compile(
    rf"(?:[\w.' ]{{1,30}}:\s*)?[\"“‘']?(?:{_words('question openers')})\b", re.IGNORECASE
)
CLOSING_MARKS = " \t\n\"”’')]"


def _asks(lower: str, start: int, end: int) -> bool:
    """The sentence lower[start:end], which ends with a question mark, asks whether (its
    first words are a question's opener), not how or why."""
    return QUESTION_OPENERS.match(lower, start, end) is not None


# A group none of whom it befell: "None of the 120 villagers was injured", "not one of the 40
# passengers survived" (words.csv negated group openers): read after the sentence is judged,
# on its figures only (`_negated_group`).
NEGATED_GROUP = re.compile(rf"\b(?:{_words('negated group openers')})\s+(?:(?:the|those|these|its|their)\s+)?\Z", re.IGNORECASE | re.REVERSE)
NEGATED_GROUP_REACH = 24  # characters before a count its "none of the" stands within
NONE_OF_THEM_RULE = "a group none of whom it befell (None of the 120 villagers was injured)"


def _negated_group(text: str, start: int, at: int) -> bool:
    """The count at `at` (its sentence starting at `start`) is of a group none of whom it befell."""
    lo = at - NEGATED_GROUP_REACH if at - NEGATED_GROUP_REACH > start else start
    return NEGATED_GROUP.search(text, lo, at) is not None


# A correction's words: the counts after them in their clause are what it withdraws, no
# figure ("An earlier version of this story said 64 people had died"; "We earlier reported
# that 3,000 people had been evacuated"). An earlier value a source revised is a figure
# ("revised down to 1,457 from 1,700"): only the outlet's own error is withdrawn.
ERRATUM_RULE = "a number a correction withdraws (an earlier version of this story said 64)"
ERRATUM_PHRASES: tuple[str, ...] = tuple(lexicon.word_list("erratum phrases"))
ERRATUM = re.compile(rf"\b(?:{_phrases(ERRATUM_PHRASES)})\b", re.IGNORECASE)
ERRATUM_KEYS = key_scanner({"erratum": ERRATUM_PHRASES})  # every ERRATUM match holds one, lowered
CLAUSE_END = re.compile(r"[;:]")


def _last_figure_start(quantities: list[Quantity], decisions: dict[int, Decision]) -> int:
    """Where the last count of `quantities` that the decisions make a figure starts; -1 for none."""
    for q in reversed(quantities):
        if decisions[q.start].found is not None:
            return q.start
    return -1


def _withdrawn(text: str, quantities: list[Quantity], decisions: dict[int, Decision], start: int, end: int) -> None:
    """The figures of the sentence text[start:end] that stand after a correction's words, in
    their clause, are no figures."""
    m = ERRATUM.search(text, start, end)
    if m is None:
        return
    for q in quantities:
        if q.start >= m.end() and decisions[q.start].found is not None and CLAUSE_END.search(text, m.end(), q.start) is None:
            decisions[q.start] = Decision(q, ERRATUM_RULE)


# The count a change started from: "the death toll rose from 300 to 1,200", "increased from
# 40,000 in 2021 to 65,000 in 2023". The same count at an earlier time: a figure of the
# indicator and unit of the count it rose or fell to, dated only by its own date words.
OLDER_COUNT_RULE = "the earlier count of a change (rose from 300 to 1,200)"
# What may stand between the earlier count and "to" before the later one: its own date or
# noun, in one clause ("from 300 on Monday to", "from 19,000 in December 2021 to").
CHANGE_TO = re.compile(r"[^;:()\n]{0,40}?\bto\s+(?:\S+\s+){0,2}?\Z", re.REVERSE)


def _arrivals_after_refugees(text: str, verdict: Verdict, previous: tuple[Candidate, Found] | None, before: Found | None) -> bool:
    """The verdict's trigger is an arrival, and the figure right before it (in its sentence, or
    ending the sentence before) counts refugees."""
    last = previous[1] if previous is not None else before
    return last is not None and last.indicator == "refugees" and arrival_word(text, verdict)


def _part_of_before(c: Candidate, before: Found | None, indicator: str | None) -> bool:
    """The figure that ends the sentence before is the total of c, a part of the group it
    counted: the same indicator, and more than c."""
    return before is not None and before.indicator == indicator and c.quantity.value < before.quantity.value


# A part of the figure that ends the sentence before, named by a pronoun: "Malnutrition deaths
# surpassed 30 last week. Of these, 25 were children.", "Some 300,000 people are trapped. OCHA
# said 100,000 of them are children." The part is people (not "of them are food insecure").
PRONOUN_PART_RULE = "a part of the figure of the sentence before, named by a pronoun (Of these, 25 were children)"
OF_PRONOUN_BEFORE = re.compile(rf"\bof\s+(?:{_words('part pronouns')})\s*,\s*\Z", re.IGNORECASE | re.REVERSE)
OF_PRONOUN_AFTER = re.compile(rf"\s+of\s+(?:{_words('part pronouns')})\b", re.IGNORECASE)
OF_PRONOUN_REACH = 16  # characters before a count its "Of these," stands within
# Of a group the sentence before counted, "the" names it ("184 of the dead"); "its", "their"
# and "our" name the speaker's own people, who may be no part of it ("Five Palestinians were
# killed and 91 wounded ... Israel said seven of its soldiers were wounded").
OF_DEFINITE = re.compile(r"\s*of\s+the\b", re.IGNORECASE)


PLACE_PART_WORDS: frozenset[str] = lexicon.word_set("place part words")  # before the place a part of the group is of or in


# "N of the victims" opening a sentence after a count of the dead or the hurt: a part of it,
# whatever its verb tells of them ("Police found 19 bodies. Nine of the victims had been dismembered.")
OF_THE_VICTIMS = re.compile(r"\s+of\s+the\s+victims\b", re.IGNORECASE)
HARMED: frozenset[str] = frozenset({"killed", "injured"})


def _people_of_them(text: str, c: Candidate) -> bool:
    """c counts people of a group a pronoun names ("Of these, 25 were children", "100,000 of
    them are children")."""
    q = c.quantity
    if OF_PRONOUN_AFTER.match(text, q.end) is None and OF_PRONOUN_BEFORE.search(text, max(0, q.start - OF_PRONOUN_REACH), q.start) is None:
        return False
    state = PART_STATE.match(text, c.noun.end)
    if state is None:
        return False
    word = state.group("word").lower()
    if word in PART_PEOPLE:
        return True
    if word in PLACE_PART_WORDS and text[state.end() + 1 : state.end() + 2].isupper():
        return True  # "Of those, about 35,000 are from Fukushima", "300 of them were in Kassala": the part in its place
    at = state.start("word")  # people named by their nation: "2,500 of them were Syrians"
    return read_noun(text, text.lower(), at, min(len(text), at + STATE_NOUN_REACH)).kind is KIND_PERSON


def _older_counts_of_changes(text: str, quantities: list[Quantity], decisions: dict[int, Decision]) -> None:
    """The earlier count of a change whose later count is a figure is a figure too."""
    for q in quantities:
        if decisions[q.start].rule != OLDER_COUNT:
            continue
        later = next((decisions[n.start].found for n in quantities if n.start > q.end and decisions[n.start].found is not None), None)
        if later is None or later.each or CHANGE_TO.search(text, q.end, later.quantity.start) is None:
            continue
        found = Found(q, later.indicator, later.unit, later.part_of, (), True)
        decisions[q.start] = Decision(q, OLDER_COUNT_RULE, found)


def _judge_candidates(
    text: str,
    lower: str,
    start: int,
    end: int,
    quantities: list[Quantity],
    candidates: list[Candidate],
    before: Found | None,
    decisions: dict[int, Decision],
    starting: list[int] | None,
) -> None:
    # triggers are looked for only where a candidate can reach them
    window_start = candidates[0].quantity.start - REACH_BEFORE
    if window_start < start:
        window_start = start
    if window_start > start:  # a counter may name its count far before its verb ("The number of ... had reached")
        window_start = counter_start(lower, start, window_start)
    window_end = candidates[-1].noun.end + REACH_AFTER + TRIGGER_SCAN_SLACK
    if window_end > end:
        window_end = end
    triggers = find_triggers(text, window_start, window_end, lower, starting)
    if triggers and lower.find(KIN_KEY, window_start, window_end) >= 0:
        triggers = [t for t in triggers if not _of_the_kin(text, lower, t)]
    previous: tuple[Candidate, Found] | None = None
    things = [d.quantity for d in decisions.values() if d.rule == THING_RULE]  # counts of things: no total's parts
    other_state: set[int] = set()  # parts in a state of their own ("of whom 2.6 million are food insecure")
    first_part = -1  # the first candidate, when it is a part of the figure of the sentence before
    for i, c in enumerate(candidates):
        verdict = judge(Scene(text, candidates, i, triggers, end, lower))
        if verdict is PART_WITHOUT_VERB and i > 0 and i - 1 in other_state:
            verdict = PART_OTHER_STATE  # "..., including 436,393 in pre-famine conditions": a part of that part
        if verdict is PART_OTHER_STATE:
            other_state.add(i)
        indicator, unit, rule = verdict.indicator, verdict.unit or c.noun.unit, verdict.rule
        if unit == "people" and previous is not None and _gapped_noun(text, previous[0], previous[1], c):
            unit = previous[1].unit  # "438 children were killed and 880 injured": 880 injured children
        if indicator == "displaced" and _arrivals_after_refugees(text, verdict, previous, before):
            # "1.3 million people had crossed into Poland from Ukraine. On Monday alone, 141,500
            # people arrived": the arrivals are what the figure before them counted
            indicator, rule = "refugees", f"{rule}; arrivals after a count of refugees: refugees"
        if verdict.label_noun is not None:  # "Houses damaged or destroyed: 99,317": the row's label names the homes
            c = c._replace(noun=verdict.label_noun)
        if verdict.blocked:
            decisions[c.quantity.start] = Decision(c.quantity, f"blocked: {rule}")
            continue
        if verdict is PROJECTED:
            # "79 people drowned and hundreds more were feared missing": a fear shares no verb;
            # "Of the 18 million people in need, partners plan to reach 12 million": a plan's
            # count is no part of the total it is taken from
            decisions[c.quantity.start] = Decision(c.quantity, rule)
            continue
        elif indicator is None and previous is not None:
            # "another 5,000 people, bringing the total to 45,000": the figure before, in its unit
            # (an earlier value is no running total: "down from an earlier figure of 11,300")
            other = _another_value(text, c, previous[0].quantity)
            total = None if other == EARLIER_RULE else running_total(text, lower, quantities, previous[0], previous[1].indicator, c)
            if total is not None:
                indicator, unit = previous[1].indicator, unit or total.unit or previous[1].unit
                rule = "a running total of the figure before (bringing the total to)"
            elif parts.next_of_a_name_list(text, previous[0], c):
                indicator, unit = previous[1].indicator, unit or previous[1].unit
                rule = parts.BRACKET_RULE  # "Kandy (12), Matale (8) and Kegalle (5)"
            elif parts.ranked_after(text, previous[0], c):
                indicator, unit = previous[1].indicator, unit or previous[1].unit
                rule = parts.RANKED_RULE  # "with 3.4 million refugees, followed by Iran (3.4 million)"
            elif THING_PART.match(text, c.quantity.end) and _count_right_before(quantities, c.quantity) is not previous[0].quantity:
                rule = RELATIVE_PART_RULE  # "875 collective shelters, 778 of which have reached capacity"
            elif _inherits(text, previous[0], c):
                indicator = previous[1].indicator
                rule = INHERITS_RULE
                if indicator == "displaced" and crosses_after(text, c):
                    indicator = "refugees"  # "fled to safer areas, and 10,000 across the border into Chad"
                elif indicator == "refugees" and INTERNALLY_AFTER.match(text, c.noun.end):
                    indicator = "displaced"  # "650,000 across borders and 1.65 million inside the country"
            elif other == EARLIER_RULE and not _earlier_side(text, c, previous[1]):
                rule = OTHER_EARLIER_RULE  # "cases rose to 2,043 with 12 deaths, up from 1,870": the cases' earlier value
            elif other is not None:
                indicator, unit = previous[1].indicator, unit or previous[1].unit
                rule = other
        elif indicator is None and i == 0 and before is not None:
            # "Another 5,000 people fled on Monday. That brings the total to 45,000."
            total = total_of_sentence_before(text, lower, start, quantities, before, c)
            if total is not None:
                indicator, unit = before.indicator, unit or total.unit or before.unit
                rule = RESTATED_RULE if total.restated else "totals the figure of the sentence before (That brings the total to)"
            elif _part_of_before(c, before, before.indicator) and (
                _people_of_them(text, c) or (before.indicator in HARMED and not text[start : c.quantity.start].strip() and OF_THE_VICTIMS.match(text, c.quantity.end) is not None)
            ):
                indicator, rule = before.indicator, PRONOUN_PART_RULE  # "Of these, 25 were children.", "Nine of the victims had been dismembered."
        # a part of the total before it: "killed 42 civilians, including 12 women"
        total = parts.total_of(text, candidates, i, previous, rule == INHERITS_RULE, things)
        # (the figure before first: most first counts have none of that indicator, and the
        # patterns are not tried; every test here is pure, so the order changes no answer)
        if total is None and i == 0 and _part_of_before(c, before, indicator) and (
            rule in GROUP_PART_RULES or rule == PRONOUN_PART_RULE
            or OF_PRONOUN_AFTER.match(text, c.quantity.end) is not None
            or OF_PRONOUN_BEFORE.search(text, (c.quantity.start - OF_PRONOUN_REACH if c.quantity.start > OF_PRONOUN_REACH else 0), c.quantity.start) is not None
            or (OF_THE.match(text, c.quantity.end) is not None and OF_DEFINITE.match(text, c.quantity.end) is not None)
        ):
            # "The floods killed 280 people. Of the dead, 31 were children."; "... since April. Of
            # them, 30,000 arrived in the last week"; "Some 7.7 million
            # Venezuelans have left their country. Colombia hosts 2.9 million of them."; "The
            # toll had risen to 247. Amatrice alone accounted for 184 of the dead."
            total, first_part = before, 0
        elif total is None and first_part == i - 1 and rule in GROUP_PART_RULES and (
            COORDINATED.fullmatch(text, candidates[i - 1].noun.end, c.quantity.start)
            or FRONTED_ITEM_GAP.fullmatch(text, candidates[i - 1].quantity.end, c.quantity.start)
        ) and _part_of_before(c, before, indicator):
            # "Some 148 men and 81 women were among the dead", "Of the dead, 97 were women and 56
            # were men": each count of the list
            total, first_part = before, i
        if total is not None and indicator == "displaced" and total.indicator == "refugees":
            indicator = "refugees"  # "hosts 227,000 Ukrainians, including 31,000 who arrived on Saturday"
        elif total is not None and total.indicator == "killed" and indicator in STATES_OF_THE_DEAD and (
            c.quantity.value < total.quantity.value and OF_WHOM.match(text, c.quantity.end, c.noun.end)
        ):
            indicator = "killed"  # "At least 62 people died, 47 of them trapped in their cars": how they died
        if total is not None:
            if c.breakdown and (indicator is None or rule == INHERITS_RULE):
                indicator, rule = total.indicator, parts.PART_RULE
            elif rule == INHERITS_RULE:
                rule = parts.LIST_PART_RULE
        elif indicator is None and c.breakdown:  # "The dead included 4 soldiers and 12 civilians"
            indicator = parts.group_indicator(text, start, candidates, i, previous, triggers)
            rule = parts.GROUP_RULE if indicator is not None else rule
        if indicator is None:
            decisions[c.quantity.start] = Decision(c.quantity, rule)
            continue
        if c.noun.kind is KIND_HOMES:
            if indicator in THING_INDICATORS:
                unit = c.noun.word  # "1,250 homes destroyed": homes, as written
            elif indicator != "displaced" or c.noun.unit != "households":
                decisions[c.quantity.start] = Decision(c.quantity, HOMES_RULE)
                continue
        elif indicator in THING_INDICATORS and c.noun.kind is not KIND_HOMES and BURNED_ALIVE.match(text, c.noun.end) is not None:
            indicator, rule = "killed", BURNED_ALIVE_RULE  # "burned 11 of them alive": people, not homes
        elif (
            indicator in THING_INDICATORS and c.noun.kind is KIND_PERSON and verdict.trigger_start >= 0
            and SWEPT_AWAY.match(text, verdict.trigger_start) is not None
        ):
            indicator, rule = "missing", SWEPT_AWAY_RULE  # "the river swept away 8 people": people, not homes
        elif indicator in THING_INDICATORS:
            # "destroyed 150 houses and damaged another 900", "... bringing the total to 1,200":
            # a count with no noun of its own after a count of homes counts homes too
            # ("destroyed 2,400 homes and damaged 8,900 others": "others" are more of the same);
            # or the homes its counter names ("the number of damaged houses rose to 34,000")
            if previous is None or previous[1].indicator not in THING_INDICATORS or (
                c.noun.kind is KIND_PERSON and not _more_of_the_same(lower, c)
            ):
                homes = None
                if c.noun.kind is KIND_BARE:
                    homes = _subject_unit(text, lower, triggers, c.quantity.start, KIND_HOMES)
                if homes is None and c.noun.kind in (KIND_BARE, KIND_VERB):
                    homes = row_label_homes(text, lower, c.quantity.start)  # "Houses: 3,400 destroyed"
                if homes is None:
                    decisions[c.quantity.start] = Decision(c.quantity, NOT_HOMES_RULE)
                    continue
                unit = homes
            else:
                unit = previous[1].unit
        if unit is None and total is not None:  # "wounded 2,059, including 1,404 in critical condition"
            unit = total.unit
        elif unit is None and rule == INHERITS_RULE and not equivalent(text, previous[0], c):
            # "1,293 deaths in Al Haouz, 452 in Taroudant": the first item's unit (past a part:
            # "6,000 people, including 4,000 children, ... and 5,000 at the airstrip")
            unit = (previous[1].part_of or previous[1]).unit if previous[0].breakdown else previous[1].unit
        if unit is None and i == 0 and before is not None and before.indicator == indicator:
            # "Some 200,000 more refugees arrived. That takes the total number of arrivals to 1.2 million."
            again = total_of_sentence_before(text, lower, start, quantities, before, c)
            unit = before.unit if again is not None else None
        if unit is None:  # "the number of refugees rose to 1.2 million": the subject's noun
            unit = _subject_unit(text, lower, triggers, c.quantity.start)
        q = c.quantity
        if previous is not None and shares_bound(text, previous[1].quantity, q):
            q = q._replace(qualifier=previous[1].quantity.qualifier)  # "at least 12 killed and 20 wounded"
        each = distributive.shared_by(text, q.start, q.end, c.noun.end, start, end)
        # Found(q, indicator, unit, part_of, each, earlier) and Decision(quantity, rule, found), every field in order
        found = _new_tuple(Found, (q, indicator, unit or "people", parts.link(total, indicator), each, rule == EARLIER_RULE))
        decisions[c.quantity.start] = _new_tuple(Decision, (c.quantity, rule, found))
        previous = (c, found)
    _parts_before_their_whole(text, candidates, decisions)


# A part written before its whole: "Three children were among the 9 people killed".
AMONG_RULE = "a part written before its whole (Three children were among the 9 people killed)"
# (the people may be "of" a group: "Eight members of a family were among the 17 killed")
AMONG_THE = re.compile(
    r"(?:\s+of\s+(?:a|an|the|their|his|her|its)\s+[\p{L}-]+)?\s+(?:were|was|are|is)\s+(?:also\s+|reportedly\s+)?among\s+(?:the\s+)?",
    re.IGNORECASE,
)


def _parts_before_their_whole(text: str, candidates: list[Candidate], decisions: dict[int, Decision]) -> None:
    """A count of people with no verb of its own that "were among" the figure right after it
    is a part of that figure: of its indicator, linked to it as its total."""
    for c, whole in zip(candidates, candidates[1:]):
        d, total = decisions[c.quantity.start], decisions[whole.quantity.start].found
        if d.found is not None or d.rule != NO_TRIGGER.rule or total is None or c.noun.kind is not KIND_PERSON:
            continue
        if c.noun.indicator is None and AMONG_THE.fullmatch(text, c.noun.end, whole.quantity.start):
            decisions[c.quantity.start] = Decision(c.quantity, AMONG_RULE, Found(c.quantity, total.indicator, c.noun.unit or "people", total))


# Nouns that name more of what the count before counted: "destroyed 2,400 homes and damaged
# 8,900 others" (words.csv "nouns of the count before").
NOUNS_OF_THE_COUNT_BEFORE: frozenset[str] = lexicon.word_set("nouns of the count before")


def _more_of_the_same(lower: str, c: Candidate) -> bool:
    """The noun of c is a word that names more of what the count before counted ("others")."""
    words = lower[c.quantity.end : c.noun.end].split()
    return bool(words) and words[-1] in NOUNS_OF_THE_COUNT_BEFORE


# The whole a partitive count is taken from, when its noun names an indicator: "some 100,000
# of the 395,600 refugees in Albania", "300,000 of the 1.2 million IDPs" (the villagers of
# "500 of the 4,000 villagers" are a population, no figure).
WHOLE_RULE = "the whole a part is taken from, its noun or a trigger after it naming its indicator (100,000 of the 395,600 refugees, of the 300 people killed)"


def _whole_of_part(text: str, lower: str, part: Quantity, q: Quantity, end: int) -> Found | None:
    """The figure q is, when it is the whole that the count `part` before it is a part of and
    its noun names an indicator ("of the 395,600 refugees")."""
    if OF_THE_BETWEEN.fullmatch(text, part.end, q.start) is None:
        return None
    noun = read_noun(text, lower, q.end, min(end, q.end + NOUN_REACH))
    if noun.kind is not KIND_PERSON or noun.unit is None:
        return None
    if noun.indicator is not None:
        return Found(q, noun.indicator, noun.unit)
    # or a trigger right after its noun does: "of the 6.1 million people in need", "of the
    # 300 people killed" (not "of the 4,000 villagers": a population)
    at = noun.end + len(text[noun.end : noun.end + 2]) - len(text[noun.end : noun.end + 2].lstrip())
    t = trigger_at(text, lower, at, end) if at > noun.end else None
    if t is None and lower.startswith("in ", at):
        t = trigger_at(text, lower, at + 3, end)  # "in need"
    if t is None or t.blocks or t.start > at + 3:
        return None
    if t.start == at and lower[t.start : t.end] in INTRANSITIVE_VERBS:
        return None  # "Twelve of the 30 passengers died": a verb with no object is the part's, not the whole's participle
    return Found(q, t.indicator, noun.unit)


def obviously_not_a_count(text: str, n: Number) -> bool:
    """A cheap look at what follows a number: a date, a percentage, a distance."""
    return _cheap_look(text, n.start, n.end)


# A count named by its subject counts the subject's noun, in the unit that noun has after a
# number: "the number of refugees rose to 1.2 million" counts refugees, "the number of IDPs"
# IDPs, "the number of displaced people" and "the number of dead" people, "the death toll" people
# (the subjects are tracker.extraction.indicators.COUNT_SUBJECTS).
SUBJECT_OF = re.compile(r"(?:number|tally|count)\s+of\s+", re.IGNORECASE)


def _subject_unit(text: str, lower: str, triggers: list[Trigger], start: int, kind: NounKind = KIND_PERSON) -> str | None:
    """The unit of the count named by the trigger that ends right before `start`, if that
    trigger names one of `kind` ("the number of refugees rose to"; of homes, the homes as
    written: "the number of damaged houses rose to"), else None."""
    t = None
    for t in reversed(triggers):
        if t.end <= start:
            break
    else:
        return None
    of = SUBJECT_OF.search(text, t.start, t.end)
    at = -1 if of is None else of.start()
    if at < 0 and kind is KIND_HOMES and ADJACENT_GAP.fullmatch(text, t.end, start):
        # "Damaged houses reached 380,642", "Totally damaged houses rose to": the counter's own
        # noun after its first word
        space = lower.find(" ", t.start, t.end)
        noun = read_noun(text, lower, space, t.end) if space > 0 else None
        return noun.word if noun is not None and noun.kind is KIND_HOMES else None
    if of is None or not ADJACENT_GAP.fullmatch(text, t.end, start):
        return None
    noun = read_noun(text, lower, of.end(), t.end)
    if noun.kind is not kind:
        return None
    return noun.word if kind is KIND_HOMES else noun.unit



# An elliptical figure that shares the verb of the one before: "about 6,000 people were
# staying at the UN base and about 5,000 at Bria airstrip"; "30 people sought refuge in
# Cambatt camp and another 130 did likewise"; "... were displaced: 33,000 from Idlib, 8,900 from Aleppo";
# after a dash: "killed 40 people — 12 of them children".
_ROUGH_QUALIFIERS: str = _words("rough qualifiers")  # "about", "some"
# A list item may name its place or group before "with": "followed by Taroudant with 976 and
# Chichaoua with 202".
ELLIPSIS_BEFORE = re.compile(
    rf"""(?:,|\band|:|;|—|–|\s-|\bby)\s*(?:(?-i:\p{{Lu}})[\p{{L}}'’-]*(?:\s+[\p{{L}}'’-]+){{0,2}}\s+with\s+)?
    (?:(?:{_ROUGH_QUALIFIERS})\s+)?\Z""",
    re.IGNORECASE | re.REVERSE | re.VERBOSE,
)
# ... or name its place right before the count, the verb said once for the list: "Poland has
# taken in 1.2 million, Hungary 191,000, Slovakia 141,000 and Moldova 83,000", "Liberia accounted
# for 2,484 of the deaths, Sierra Leone for 1,200 and Guinea for 862", "rose to 300 in Gansu
# Province, and in Shaanxi Province to 122" (a place the
# gazetteer knows: not "camps ..., Krinding 1, Krinding 2").
PLACE_ITEM_BEFORE = re.compile(
    r"(?:,|\band)\s*(?:in\s+)?(?P<name>\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2})\s+(?:(?:for|to)\s+)?(?:(?:" + _ROUGH_QUALIFIERS + r")\s+)?\Z",
    re.REVERSE,
)


# A count followed by a state of its own: "and 4 million without power" shares no verb.
OWN_STATE = re.compile(rf"\s+(?:still\s+)?(?:{_words('own state words')})\b", re.IGNORECASE)  # "and 8,835 still in detention"

# A count followed by auxiliaries and a word: a verb of its own ("250 were hospitalised").
OWN_VERB = re.compile(rf"\s+(?:(?:{FINITE_AUXILIARIES})\s+)+(?:(?:{VERB_GAP_WORDS})\s+)*\p{{L}}", re.IGNORECASE)


# The other values of a figure: the words right before them, how far back, and the rule.
OTHER_VALUES: tuple[tuple[re.Pattern, int, str], ...] = (
    (EARLIER_BEFORE, EARLIER_REACH, EARLIER_RULE),
    (LATER_BEFORE, LATER_REACH, LATER_RULE),
)


def _another_value(text: str, c: Candidate, figure: Quantity) -> str | None:
    """The rule by which c is another value of the figure before it, as the words right
    before it say: the earlier one ("up from 54", "down from 385", "compared with 1,200 a week
    earlier") or the later one ("..., rose to 60"); None when it is none. c is a count with no
    noun of its own, or a people noun; an earlier one may have a clause of its own ("down
    from an earlier figure of 11,300 that it later withdrew")."""
    if c.noun.kind not in (KIND_BARE, KIND_PERSON, KIND_VERB) or c.noun.indicator is not None or c.breakdown:
        return None
    q = c.quantity
    for opener, reach, rule in OTHER_VALUES:
        if (c.noun.kind is not KIND_VERB or rule == EARLIER_RULE) and opener.search(text, (q.start - reach if q.start > reach else 0), q.start) is not None:
            return rule
    if FROM_AFTER.fullmatch(text, figure.end, q.start) is not None and TO_BEFORE.search(text, figure.start - 4 if figure.start > 4 else 0, figure.start) is not None:
        return EARLIER_RULE  # "to 19 from 25": the figure right before, changed from c
    return None


OTHER_EARLIER_RULE = "an earlier value on the wrong side of the figure before: another count's (cases rose to 2,043 with 12 deaths, up from 1,870)"
_LOWER_EARLIER: frozenset[str] = frozenset(lexicon.word_list("lower earlier openers"))
_HIGHER_EARLIER: frozenset[str] = frozenset(lexicon.word_list("higher earlier openers"))


def _earlier_side(text: str, c: Candidate, figure: Found) -> bool:
    """c, an earlier value by its opener, lies on the side of the figure before that its
    opener says: below it after "up from" or "double", above it after "down from" (any side
    after "compared with" or a verb of change). The earlier value of a count that is no
    figure ("suspected cases rose to 2,043 with 12 deaths, up from 1,870") is not the deaths'."""
    q = c.quantity
    m = EARLIER_BEFORE.search(text, max(0, q.start - EARLIER_REACH), q.start)
    opener = " ".join(m.group("opener").lower().split()) if m is not None and m.group("opener") else ""
    now = figure.quantity
    if opener in _LOWER_EARLIER:
        return q.value < (now.high or now.value)
    if opener in _HIGHER_EARLIER:
        return (q.high or q.value) > now.value
    return True


# The verb of a count, then "and" before a count whose people noun is left out: "438 children
# were killed and 880 injured", "12 soldiers died, and 30 wounded".
GAPPED_JOIN = re.compile(rf"\s+(?:(?:{FINITE_AUXILIARIES})\s+)?(?:{VERB_GAP_WORDS}\s+)?\p{{Ll}}+\s*,?\s+and\s+")


def _gapped_noun(text: str, previous: Candidate, found: Found, c: Candidate) -> bool:
    """c is counted by an indicator's word alone ("880 injured") after a count of named people
    and its verb, joined by "and": the people are the count's before, left out (a gapped list)."""
    return (
        c.noun.kind is KIND_PERSON and c.noun.indicator is not None and not c.breakdown
        and previous.noun.kind is KIND_PERSON and previous.noun.indicator is None and not previous.breakdown
        and found.unit not in (None, "people") and c.noun.end - c.quantity.end <= GAPPED_NOUN_REACH
        and GAPPED_JOIN.fullmatch(text, previous.noun.end, c.quantity.first_start) is not None
    )


GAPPED_NOUN_REACH = 12  # characters from a count to the end of its indicator's word (" injured")


def _count_right_before(quantities: list[Quantity], q: Quantity) -> Quantity | None:
    """The quantity of the sentence right before q, figure or not."""
    before = None
    for other in quantities:
        if other.start >= q.start:
            break
        before = other
    return before


def _inherits(text: str, previous: Candidate, c: Candidate) -> bool:
    """c shares the verb of the figure before: it restates it in another unit, or is an
    elliptical count with no noun or verb of its own after "and" or a comma."""
    if equivalent(text, previous, c):
        return True
    if (c.noun.kind is KIND_PERSON or (c.noun.kind is KIND_HOMES and previous.noun.kind is KIND_HOMES)) and not c.breakdown:
        # a second object of the same verb: "killed 12 soldiers and 3 civilians", "damaged 14
        # apartment buildings and 20 private houses" (right after
        # the first count's noun, with no verb of its own: not "... and 300 soldiers were
        # deployed"; and not after a noun that names the indicator itself: "hosts 3,000
        # refugees and 40 aid workers" counts the workers as nothing)
        if previous.noun.indicator is not None:
            return False
        if OWN_VERB.match(text, c.noun.end):
            return False
        # or the first item of a list after the figure's colon: "the toll climbed to 300, the
        # military said: 225 militants, 59 soldiers and 26 civilians"
        return COORDINATED.fullmatch(text, previous.noun.end, c.quantity.start) is not None or (
            c.quantity.start - previous.noun.end <= parts.COLON_REACH and parts.COLON_GAP.match(text, previous.noun.end, c.quantity.start) is not None
        )
    if c.noun.kind not in (KIND_BARE, KIND_VERB) or c.breakdown:
        return False
    q = c.quantity
    if q.additive:
        return True  # "and another 130 did likewise"
    if c.noun.kind is KIND_VERB and OWN_VERB.match(text, q.end):
        return False  # a verb of its own that says nothing we count: "43 died and 250 were hospitalised"
    if OWN_STATE.match(text, q.end):
        return False  # a state of its own: "... homeless and 4 million without power"
    if ELLIPSIS_BEFORE.search(text, (q.start - ELLIPSIS_REACH if q.start > ELLIPSIS_REACH else 0), q.start) is not None:
        return True
    item = PLACE_ITEM_BEFORE.search(text, (q.start - ELLIPSIS_REACH if q.start > ELLIPSIS_REACH else 0), q.start)
    return item is not None and _a_place(text, item.start("name"), item.end("name"))


def _a_place(text: str, start: int, end: int) -> bool:
    """text[start:end] is a place's name, whole, or with its kind after it ("Shaanxi Province")."""
    found = places.mentions(text, start, end)
    return len(found) == 1 and found[0].start == start and (
        found[0].end == end or text[found[0].end : end].strip().lower() in PLACE_KIND_WORDS
    )


PLACE_KIND_WORDS: frozenset[str] = frozenset(places.PLACE_KINDS)
