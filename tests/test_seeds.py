"""The three seed articles the project was created from, through `extract` and the CLI.

Every figure a careful reader took out of them (../shared/gold/seeds.jsonl) comes out with
its indicator, value, qualifier, unit, source, date and place, and none of the numbers
that are not figures (towns, distances, years, durations, fears) do.
"""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from tracker.extraction.engine import extract_document
from tracker.read.documents import Skipped, iter_inputs

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"

# (document, indicator, value, qualifier, unit, source, date, date precision, location)
EXPECTED = [
    ("000_b12168d2a7b52039.txt", "trapped", 3_000_000, "approx", "civilians", None, "2019-08-20", "day", "Idlib"),
    ("000_b12168d2a7b52039.txt", "killed", 500, "at_least", "civilians", "United Nations", "2019-08-13", "week", "Idlib"),
    ("000_b12168d2a7b52039.txt", "displaced", 400_000, "at_least", "people", "United Nations", "2019-08-13", "week", "Idlib"),
    ("000_b12168d2a7b52039.txt", "displaced", 10_000, "at_least", "people", "United Nations", "2019-08-20", "day", None),
    ("000_b12168d2a7b52039.txt", "refugees", 3_600_000, "at_least", "refugees", None, "2019-08-20", "day", "Turkey"),
    ("001_40885d1b987b4fa8.txt", "displaced", 200_000, "at_least", "people", "Reuters", "2020-01-26", "day", "Idlib"),
    ("001_40885d1b987b4fa8.txt", "displaced", 400_000, "approx", "people", "Recep Tayyip Erdogan", "2020-01-24", "day", "Idlib"),
    ("001_40885d1b987b4fa8.txt", "refugees", 3_500_000, "at_least", "refugees", None, "2020-01-26", "day", "Turkey"),
    ("002_73d83023f4218d2a.txt", "displaced", 1_000_000, "at_most", "people", "United Nations", None, None, "Idlib"),
]


def _seed_figures():
    out = []
    for item in iter_inputs([SEEDS]):
        assert not isinstance(item, Skipped), item
        for f in extract_document(item):
            out.append(
                (
                    item.id.split("/")[-1], f.indicator, f.value, f.qualifier, f.unit, f.source,
                    f.date.isoformat() if f.date else None, f.date_precision, f.location,
                )
            )
    return out


def test_every_seed_figure_comes_out_with_its_provenance_and_nothing_else():
    assert _seed_figures() == EXPECTED


def test_the_cli_writes_the_same_figures_as_csv():
    run = subprocess.run(
        [sys.executable, "-m", "tracker", "extract", "seeds", "--format", "csv"],
        cwd=ROOT, capture_output=True, text=True, check=True,
    )
    rows = list(csv.DictReader(io.StringIO(run.stdout)))
    got = [
        (
            r["document"].split("/")[-1], r["indicator"], int(r["value"]), r["qualifier"], r["unit"],
            r["source"] or None, r["date"] or None, r["date_precision"] or None, r["location"] or None,
        )
        for r in rows
    ]
    assert got == EXPECTED
    # the summary on stderr says the undated document is undated
    assert "undated" in run.stderr.lower()


def test_the_gold_file_agrees(shared_gold):
    """The labels in ../shared/gold/seeds.jsonl, read as they are."""
    got = _seed_figures()
    for line in (shared_gold / "seeds.jsonl").read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        mine = [g for g in got if g[0] == record["document"]]
        want = [
            (record["document"], g["indicator"], g["value"], g["qualifier"], g["unit"], g["source"], g["date"], g["location"])
            for g in record["figures"]
        ]
        assert sorted((m[:7] + (m[8],) for m in mine), key=str) == sorted(want, key=str), record["document"]


@pytest.mark.parametrize(
    "document, wording",
    [
        ("001_40885d1b987b4fa8.txt", "six towns"),
        ("001_40885d1b987b4fa8.txt", "33 km (20 miles)"),
        ("001_40885d1b987b4fa8.txt", "almost nine years"),
        ("001_40885d1b987b4fa8.txt", "millions more could cross the border"),
        ("001_40885d1b987b4fa8.txt", "24 hours"),
        ("000_b12168d2a7b52039.txt", "three days"),
        ("002_73d83023f4218d2a.txt", "some sixty cities and towns"),
        ("002_73d83023f4218d2a.txt", "2014"),
        ("002_73d83023f4218d2a.txt", "four new military posts"),
        ("002_73d83023f4218d2a.txt", "more than 100 vehicles"),
    ],
)
def test_numbers_that_are_not_figures_stay_out(document, wording):
    (doc,) = [d for d in iter_inputs([SEEDS / document]) if not isinstance(d, Skipped)]
    at = doc.text.index(wording)
    for f in extract_document(doc):
        assert not (f.start < at + len(wording) and at < f.end), (wording, f)
