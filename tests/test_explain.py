"""`python -m tracker explain`: every number of a text with the rule that kept or rejected
it, and every figure's provenance - on sentences written the way wire and agency copy is."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from tracker import extract
from tracker.extraction.engine import explain, kept_figures
from tracker.extraction.rules import INDICATOR_RULES, NOUN_RULES, NUMBER_RULES
from tracker.provenance import sources

# sentence, [(wording of the number, the rule's words, indicator or None)]
EXPLAINED: list[tuple[str, list[tuple[str, str, str | None]]]] = [
    ("More than 500 civilians have been killed since April, the United Nations said on Friday.",
     [("More than 500", "verb of death, injury, return, need or harm right after the noun", "killed")]),
    ("The convoy stopped 20 km from the border in 2019.",
     [("20", "a measure, duration, date", None), ("2019", "a year, not a count", None)]),
    ("Rebels seized 12 towns and forced 3,000 families to flee.",
     [("12", "counts things, places or time", None), ("3,000", "a trigger after the noun", "displaced")]),
    ("The floods could displace up to 2 million people.",
     [("up to 2 million", "a projection, fear or plan", None)]),
    ("About 3,000 refugees returned home last week.",
     [("About 3,000", "a verb of death, injury, return, need or harm right after the noun", "returned")]),
    ("Thousands of people are at risk of hunger.",
     [("Thousands", "blocked: a trigger after the noun", None)]),
    ("The fighting displaced 5,000 people, bringing the total to 45,000.",
     [("5,000", "a trigger right before the number", "displaced"),
      ("45,000", "a running total of the figure before", "displaced")]),
    ("The boy, 12, was among 40 people wounded in the blast.",
     [("12", "an age between commas", None), ("40", "a verb of death, injury, return, need or harm right after the noun", "injured")]),
    ('Mortar fire killed 4 people, said Omar Haddad, 60.',
     [("4", "a trigger right before the number", "killed"), ("60", "an age after the name of the speaker", None)]),
    ('"We counted 17 bodies," said Esperance Kahindo, 34.',
     [("17", "the noun names its indicator (IDPs, refugees, dead)", "killed"), ("34", "an age after the name of the speaker", None)]),
]


@pytest.mark.parametrize(("sentence", "expected"), EXPLAINED)
def test_each_number_gets_the_rule_that_decided(sentence, expected):
    readings = explain(sentence, "2020-01-26")
    got = [(sentence[r.quantity.start : r.quantity.end], r.rule, r.figure.indicator if r.figure else None) for r in readings]
    assert len(got) == len(expected), f"{sentence}\n{got}"
    for (wording, rule, indicator), (want_wording, want_rule, want_indicator) in zip(got, expected):
        assert wording == want_wording, sentence
        assert want_rule in rule, f"{sentence}: {wording!r} decided by {rule!r}"
        assert indicator == want_indicator, f"{sentence}: {wording!r}"


def test_every_rule_has_a_name_of_its_own():
    names = [name for table in (NUMBER_RULES, NOUN_RULES, INDICATOR_RULES) for name, _ in table]
    assert len(names) == len(set(names))


def _texts(gold_dir):
    yield from (p.read_text(encoding="utf-8") for p in sorted((gold_dir.parent / "seeds").glob("*.txt")))
    for path in sorted(gold_dir.glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            if "text" in row:
                yield row["text"], row.get("published")


def test_explain_finds_exactly_the_figures_extract_finds(shared_gold):
    """The explanation is of the engine's own reading: its figures are extract's, on every labelled text."""
    checked = 0
    for item in _texts(shared_gold):
        text, published = item if isinstance(item, tuple) else (item, None)
        explained = kept_figures(explain(text, published))
        assert explained == extract(text, published=published), text[:200]
        checked += 1
    assert checked > 400


RESTATED = (
    "Floods killed at least 40 people in Derna on Monday, the Red Crescent said. Rescue teams were still "
    "searching the coast on Tuesday.\nOfficials said 40 people were killed in Derna on Monday, and 120 were injured."
)


def test_a_repeat_that_extract_drops_is_never_credited(monkeypatch):
    """Wire copy restates its lead's toll further down: `extract` drops the restatement, so
    the engine never looks for its source (the dearest part of a figure's provenance);
    `explain`, which prints every figure, credits it."""
    credited: list[int] = []
    credit = sources.credit
    monkeypatch.setattr(sources, "credit", lambda text, sentences, index, at, *more: credited.append(at) or credit(text, sentences, index, at, *more))
    restated = RESTATED.index("40 people were killed")
    figures = extract(RESTATED, published="2024-09-12")
    assert [(f.value, f.source) for f in figures] == [(40, "Red Crescent"), (120, None)]
    assert restated not in credited and len(credited) == 2
    credited.clear()
    readings = [r for r in explain(RESTATED, "2024-09-12") if r.figure is not None]
    assert [r.repeated for r in readings] == [False, True, False]
    assert restated in credited and len(credited) == 3


def _cli(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "tracker", "explain", *args], input=stdin, capture_output=True, text=True, timeout=120
    )


def test_the_command_prints_each_number_and_each_figure_s_provenance():
    done = _cli("About 300 families fled Goma on Monday, the Red Cross said. The 2 trucks left.", "--date", "2020-01-26")
    assert done.returncode == 0, done.stderr
    out = done.stdout
    assert '"About 300" (300): FIGURE displaced' in out
    assert "value 300 families (approx, 1,500 people)" in out
    assert "date   2020-01-20 (day)" in out
    assert "Goma" in out
    assert '"2" (2): not a figure - counts things, places or time, not people' in out
    assert out.rstrip().endswith("1 figure")


def test_the_command_reads_standard_input_and_keeps_control_characters_off_the_terminal():
    done = _cli("-", stdin="About 300 people were displaced in \x1b]0;OWNED\x07 Goma.\n")
    assert done.returncode == 0, done.stderr
    assert "\x1b" not in done.stdout and "\x07" not in done.stdout
    assert "FIGURE displaced" in done.stdout


@pytest.mark.parametrize("text", ["", "no numbers here", "1" * 5000, "\x00\x01 300 ☃"])
def test_the_command_works_on_any_text(text):
    done = _cli(text) if "\x00" not in text else _cli("-", stdin=text)
    assert done.returncode == 0, done.stderr
    assert done.stdout.rstrip().endswith(("figure", "figures"))


def test_a_bad_date_is_a_usage_error():
    done = _cli("300 people fled.", "--date", "2020-13-01")
    assert done.returncode == 2
    assert "2020-13-01" in done.stderr
