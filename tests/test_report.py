"""The run report: counts that add up, a readable summary, files that load back."""

from __future__ import annotations

import csv
import datetime as dt
import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tracker.documents import KINDS, Skipped, iter_inputs
from tracker.pipeline import extract_document
from tracker.records import INDICATORS, Document, Figure
from tracker.report import OUTCOMES, RunReport

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
QUOTE = "More than 500 civilians have been killed."


def figure(indicator: str) -> Figure:
    return Figure(
        indicator=indicator, value=500, low=500, high=None, qualifier="at_least", unit="civilians",
        people=500, quote=QUOTE, start=0, end=13, quote_start=0,
    )


def doc(id: str, published: dt.date | None = dt.date(2020, 1, 26), warnings: tuple[str, ...] = ()) -> Document:
    return Document(id=id, text=QUOTE, published=published, warnings=warnings)


def test_counts_and_entries_for_each_outcome() -> None:
    report = RunReport()
    report.add(doc("a.txt"), [figure("killed"), figure("killed"), figure("displaced")])
    report.add(doc("b.txt", published=None), [figure("injured")])
    report.add(doc("c.txt", warnings=("decoded as Windows-1252",)), [])
    report.skip(Skipped("d.pdf", "binary file (PDF)", "binary"))
    assert report.counts() == {
        "inputs": 4,
        "documents": 3,
        "skipped": 1,
        "outcomes": {"figures": 2, "no figures": 1, "skipped": 1},
        "undated": 1,
        "with_warnings": 1,
        "figures": 4,
        "figures_by_indicator": {"killed": 2, "injured": 1, "displaced": 1},
        "skipped_by_kind": {"binary": 1},
    }
    entries = {e["source"]: e for e in report.entries()}
    assert entries["a.txt"]["indicators"] == {"killed": 2, "displaced": 1}
    assert (entries["b.txt"]["outcome"], entries["b.txt"]["undated"]) == ("figures", True)
    assert entries["c.txt"]["warnings"] == ["decoded as Windows-1252"]
    assert (entries["d.pdf"]["outcome"], entries["d.pdf"]["kind"], entries["d.pdf"]["reason"]) == (
        "skipped", "binary", "binary file (PDF)",
    )


EVENTS = st.lists(
    st.one_of(
        st.tuples(st.just("doc"), st.booleans(), st.lists(st.sampled_from(INDICATORS), max_size=4)),
        st.tuples(st.just("skip"), st.sampled_from(KINDS), st.text(max_size=20)),
    ),
    max_size=40,
)


@settings(max_examples=100, deadline=None)
@given(EVENTS)
def test_counts_always_add_up_to_the_inputs(events: list[tuple]) -> None:
    report = RunReport()
    for n, event in enumerate(events):
        if event[0] == "doc":
            _, dated, indicators = event
            report.add(doc(f"{n}.txt", dt.date(2020, 1, 1) if dated else None), [figure(i) for i in indicators])
        else:
            report.skip(Skipped(f"{n}.bin", event[2], event[1]))
    assert report.inputs == len(events) == report.documents + report.skipped == len(report.entries())
    assert sum(report.outcomes().values()) == report.inputs
    assert report.with_figures + report.without_figures == report.documents
    assert sum(report.skipped_by_kind.values()) == report.skipped
    assert sum(report.figures_by_indicator.values()) == report.figures == sum(e["figures"] for e in report.entries())
    assert set(report.outcomes()) == set(OUTCOMES)


def test_summary_groups_identical_reasons_and_lists_the_first_few() -> None:
    report = RunReport()
    for n in range(5):
        report.skip(Skipped(f"scan{n}.pdf", "binary file (PDF)", "binary"))
    for line in (3, 9):
        report.skip(Skipped(f"feed.jsonl:{line}", f"malformed JSON on line {line}: Expecting value at column 1", "malformed"))
    report.skip(Skipped("empty.txt", "empty file", "empty"))
    summary = report.summary()
    assert "Skipped: 8 (binary 5, empty 1, malformed 2)" in summary
    assert "  5 × binary file (PDF) — scan0.pdf, scan1.pdf, scan2.pdf, +2 more" in summary
    assert "  2 × malformed JSON on line N: Expecting value at column N — feed.jsonl:3, feed.jsonl:9" in summary
    assert "  1 × empty file — empty.txt" in summary


def test_summary_of_a_run_on_the_seeds() -> None:
    report = RunReport()
    for item in iter_inputs([SEEDS]):
        assert isinstance(item, Document)
        report.add(item, extract_document(item))
    summary = report.summary()
    assert summary.startswith("Inputs: 3 — 3 documents read, 0 skipped.")
    assert "Undated documents (their figures carry no date): 1 — seeds/002_73d83023f4218d2a.txt" in summary
    assert "Skipped" not in summary


def test_summary_stays_on_one_screen_with_many_different_reasons() -> None:
    report = RunReport()
    for n in range(100):
        report.skip(Skipped(f"f{n}", f"reason {'x' * (n % 30)}", "unsupported"))
        report.add(doc(f"d{n}", warnings=(f"warning {'y' * (n % 30)}",)), [])
    lines = report.summary().splitlines()
    assert len(lines) <= 35, "\n".join(lines)
    assert any("other groups" in line for line in lines)


@pytest.mark.parametrize("suffix", [".json", ".jsonl", ".csv"])
def test_written_report_has_one_record_per_input(tmp_path: Path, suffix: str) -> None:
    report = RunReport()
    report.add(doc("a.txt", warnings=("w1", "w2")), [figure("killed")])
    report.add(doc("b.txt", published=None), [])
    report.skip(Skipped("c.pdf", "binary file (PDF)", "binary"))
    path = tmp_path / f"report{suffix}"
    report.write(path)
    if suffix == ".json":
        loaded = json.loads(path.read_text())
        assert loaded["counts"]["inputs"] == 3
        rows = loaded["inputs"]
    elif suffix == ".jsonl":
        rows = [json.loads(line) for line in path.read_text().splitlines()]
    else:
        with open(path, newline="", encoding="utf-8") as fh:
            rows = list(csv.DictReader(fh))
    assert [(r["source"], r["outcome"]) for r in rows] == [("a.txt", "figures"), ("b.txt", "no figures"), ("c.pdf", "skipped")]
    if suffix == ".csv":
        assert (rows[0]["indicators"], rows[0]["warnings"], rows[1]["undated"]) == ("killed=1", "w1 | w2", "true")


def test_writing_to_an_unknown_format_says_which_are_known(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match=r"\.json, \.jsonl or \.csv"):
        RunReport().write(tmp_path / "report.xlsx")
