"""The run report: counts that add up, a readable summary, files that load back."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tracker.extraction.engine import extract_document
from tracker.output import report as report_module
from tracker.output.report import NUMBER, OUTCOMES, SUMMARY_EXAMPLES, SUMMARY_GROUPS, Entry, ReportFile, RunReport
from tracker.read.documents import KINDS, Skipped, iter_inputs
from tracker.records import INDICATORS, Document, Figure

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


# --- a bounded report: counters and a few examples, entries streamed to the file ------------
#
# Runs as the command line sees them: events in input order, ("doc", id, published, warnings,
# indicators of its figures) or ("skip", source, reason, kind). The skipped reasons are the
# documents module's own wording.

UNDATED = None
JAN = dt.date(2020, 1, 26)
RUNS: dict[str, list[tuple]] = {
    "nothing": [],
    "one document with figures": [("doc", "a.txt", JAN, (), ("killed", "killed", "displaced"))],
    "figures, none, undated, warned and skipped inputs of several kinds": [
        ("doc", "a.txt", JAN, (), ("killed", "injured")),
        ("skip", "scan.pdf", "binary file (PDF)", "binary"),
        ("doc", "b.txt", UNDATED, ("decoded as Windows-1252",), ()),
        ("skip", "feed.jsonl:2", "malformed JSON on line 2: Expecting value at column 1", "malformed"),
        ("doc", "feed.jsonl:1", JAN, ("impossible date '32/13/2020' ignored",), ("refugees",)),
        ("skip", "empty.txt", "empty file", "empty"),
        ("skip", "big.txt", "file is 6.0 MB, over the 5.0 MB limit", "too_large"),
        ("skip", "feed.jsonl:9", "malformed JSON on line 9: Expecting value at column 1", "malformed"),
        ("doc", "c.txt", UNDATED, (), ("trapped",)),
        ("skip", "c-copy.txt", "same text as c.txt", "duplicate"),
        ("skip", "gone.txt", "no such file", "unreadable"),
        ("doc", "d.txt", JAN, ("id 'd' already used by an earlier document; named 'd.txt' instead", "w2"), ()),
    ],
    "more examples than the summary shows": [
        *[("doc", f"quiet{n}.txt", UNDATED, (), ()) for n in range(7)],
        *[("skip", f"scan{n}.pdf", "binary file (PDF)", "binary") for n in range(5)],
        *[("skip", f"feed.jsonl:{n}", f"malformed JSON on line {n}: Expecting value at column 1", "malformed")
          for n in range(5)],
    ],
    "more groups than the summary shows": [
        event
        for n in range(40)
        for event in (
            ("skip", f"f{n}", f"reason {'x' * (n % 20)}", KINDS[n % len(KINDS)]),
            ("doc", f"d{n}", JAN, (f"warning {'y' * (n % 15)}", "decoded as Windows-1252"), ("killed",) * (n % 3)),
        )
    ],
    "sources and reasons a JSON line or CSV cell must keep intact": [
        ("doc", "caf\u00e9 \u2028 \"quoted\", comma.txt", JAN, ("line one\nline two",), ("displaced",)),
        ("skip", "odd\x85name.bin", "reason with \u2029 and \\ in it", "unsupported"),
    ],
}


def replay(events: list[tuple], report: RunReport) -> RunReport:
    for event in events:
        if event[0] == "doc":
            _, id, published, warnings, indicators = event
            report.add(doc(id, published, warnings), [figure(i) for i in indicators])
        else:
            report.skip(Skipped(*event[1:]))
    return report


def reference_summary(report: RunReport, entries: list[Entry]) -> str:
    """The summary as it was made from every entry kept in a list (before the report was bounded)."""

    def listed(label: str, chosen: list[Entry]) -> list[str]:
        if not chosen:
            return []
        more = f", +{len(chosen) - SUMMARY_EXAMPLES} more" if len(chosen) > SUMMARY_EXAMPLES else ""
        return [f"{label}: {len(chosen)} — {', '.join(e.source for e in chosen[:SUMMARY_EXAMPLES])}{more}"]

    def groups(items: list[tuple[str, Entry]]) -> list[str]:
        grouped: dict[str, list[tuple[str, Entry]]] = {}
        for reason, entry in items:
            grouped.setdefault(NUMBER.sub("#", reason), []).append((reason, entry))
        rank = lambda kind: KINDS.index(kind) if kind in KINDS else len(KINDS)  # noqa: E731
        ordered = sorted(grouped.values(), key=lambda m: (-len(m), rank(m[0][1].kind)))
        lines = []
        for members in ordered[:SUMMARY_GROUPS]:
            sources = ", ".join(e.source for _, e in members[:SUMMARY_EXAMPLES])
            more = f", +{len(members) - SUMMARY_EXAMPLES} more" if len(members) > SUMMARY_EXAMPLES else ""
            reason = members[0][0] if len(members) == 1 else NUMBER.sub("N", members[0][0])
            lines.append(f"  {len(members)} × {reason} — {sources}{more}")
        if len(ordered) > SUMMARY_GROUPS:
            rest = sum(len(m) for m in ordered[SUMMARY_GROUPS:])
            lines.append(f"  ... {rest} more in {len(ordered) - SUMMARY_GROUPS} other groups (see the written report)")
        return lines

    skipped = [e for e in entries if e.outcome == "skipped"]
    lines = [f"Inputs: {len(entries)} — {len(entries) - len(skipped)} documents read, {len(skipped)} skipped."]
    if report.figures:
        per = ", ".join(f"{i} {n}" for i, n in report.figures_by_indicator.items())
        with_figures = sum(e.outcome == "figures" for e in entries)
        lines.append(f"Figures: {report.figures} ({per}) from {with_figures} documents.")
    else:
        lines.append("Figures: none.")
    lines += listed("Documents with no figures", [e for e in entries if e.outcome == "no figures"])
    lines += listed("Undated documents (their figures carry no date)", [e for e in entries if e.undated])
    if skipped:
        kinds = ", ".join(f"{k} {n}" for k, n in report.skipped_by_kind.items())
        lines.append(f"Skipped: {len(skipped)} ({kinds})")
        lines += groups([(e.reason or e.kind or "", e) for e in skipped])
    warned = [(w, e) for e in entries for w in e.warnings]
    if warned:
        lines.append(f"Warnings: {len(warned)} in {sum(bool(e.warnings) for e in entries)} documents")
        lines += groups(warned)
    # a terminal shows every line as it is: names' control characters escaped (issue 18)
    return "\n".join(report_module.printable(line) for line in lines)


def reference_file(report: RunReport, suffix: str) -> str:
    """The report file as it was written from the whole list of entries at the end."""
    entries = report.entries()
    if suffix == ".json":
        return json.dumps({"counts": report.counts(), "inputs": entries}, ensure_ascii=False, indent=1) + "\n"
    if suffix == ".jsonl":
        return "".join(json.dumps(e, ensure_ascii=False) + "\n" for e in entries)
    buffer = io.StringIO(newline="")
    writer = csv.DictWriter(buffer, fieldnames=report_module.ENTRY_FIELDS)
    writer.writeheader()
    writer.writerows(report_module._flat(e) for e in entries)
    return buffer.getvalue()


def read_records(path: Path) -> list[dict]:
    if path.suffix == ".json":
        return json.loads(path.read_text(encoding="utf-8"))["inputs"]
    if path.suffix == ".jsonl":
        return [json.loads(line) for line in path.read_text(encoding="utf-8").split("\n") if line]
    with open(path, newline="", encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


@pytest.mark.parametrize("suffix", [".json", ".jsonl", ".csv"])
@pytest.mark.parametrize("name", list(RUNS))
def test_streamed_report_is_the_report_written_from_every_entry(tmp_path: Path, name: str, suffix: str) -> None:
    events = RUNS[name]
    kept = replay(events, RunReport(keep_entries=True))
    path = tmp_path / f"run{suffix}"
    out = ReportFile(path)
    streamed = replay(events, RunReport(keep_entries=False, sink=out.add))
    assert not path.exists(), "nothing at the path until the run is over"
    out.commit(streamed.counts())
    written = path.read_bytes().decode("utf-8")
    assert written == reference_file(kept, suffix), name
    records = read_records(path)
    assert [r["source"] for r in records] == [e[1] for e in events], "one record per input, in input order"
    assert [r["outcome"] for r in records] == [
        "skipped" if e[0] == "skip" else "figures" if e[4] else "no figures" for e in events
    ]
    assert streamed.summary() == kept.summary() == reference_summary(kept, kept._entries), name
    assert streamed.counts() == kept.counts()
    assert sorted(p.name for p in tmp_path.iterdir()) == [path.name], "no temporary file left"


def test_summary_of_a_mixed_run_reads_as_before() -> None:
    report = replay(RUNS["figures, none, undated, warned and skipped inputs of several kinds"], RunReport(keep_entries=False))
    assert report.summary().splitlines() == [
        "Inputs: 12 — 5 documents read, 7 skipped.",
        "Figures: 4 (killed 1, injured 1, refugees 1, trapped 1) from 3 documents.",
        "Documents with no figures: 2 — b.txt, d.txt",
        "Undated documents (their figures carry no date): 2 — b.txt, c.txt",
        "Skipped: 7 (unreadable 1, binary 1, empty 1, too_large 1, malformed 2, duplicate 1)",
        "  2 × malformed JSON on line N: Expecting value at column N — feed.jsonl:2, feed.jsonl:9",
        "  1 × no such file — gone.txt",
        "  1 × binary file (PDF) — scan.pdf",
        "  1 × empty file — empty.txt",
        "  1 × file is 6.0 MB, over the 5.0 MB limit — big.txt",
        "  1 × same text as c.txt — c-copy.txt",
        "Warnings: 4 in 3 documents",
        "  1 × decoded as Windows-1252 — b.txt",
        "  1 × impossible date '32/13/2020' ignored — feed.jsonl:1",
        "  1 × id 'd' already used by an earlier document; named 'd.txt' instead — d.txt",
        "  1 × w2 — d.txt",
    ]


@settings(max_examples=100, deadline=None)
@given(EVENTS)
def test_bounded_summary_equals_the_summary_of_every_entry(events: list[tuple]) -> None:
    kept, bounded = RunReport(), RunReport(keep_entries=False)
    for report in (kept, bounded):
        for n, event in enumerate(events):
            if event[0] == "doc":
                _, dated, indicators = event
                warnings = ("decoded as Windows-1252",) if n % 3 == 0 else ()
                report.add(doc(f"{n}.txt", JAN if dated else None, warnings), [figure(i) for i in indicators])
            else:
                report.skip(Skipped(f"{n}.bin", event[2], event[1]))
    assert bounded.summary() == kept.summary() == reference_summary(kept, kept._entries)
    assert bounded.counts() == kept.counts()


def test_a_report_that_keeps_no_entries_holds_none(tmp_path: Path) -> None:
    report = replay(RUNS["more groups than the summary shows"], RunReport(keep_entries=False))
    assert report._entries == []
    with pytest.raises(ValueError, match="keep_entries=True"):
        report.entries()
    with pytest.raises(ValueError, match="keep_entries=True"):
        report.write(tmp_path / "run.json")


def test_summary_memory_is_bounded_by_its_examples() -> None:
    """A million-input run keeps, per line of the summary, a count and three sources."""
    report = RunReport(keep_entries=False)
    for n in range(2_000):
        report.add(doc(f"d{n}.txt", None, (f"decoded as Windows-1252 at byte {n}",)), [])
        report.skip(Skipped(f"feed.jsonl:{n}", f"malformed JSON on line {n}: Expecting value at column 1", "malformed"))
    for examples in (report._no_figures, report._undated):
        assert (examples.count, examples.sources) == (2_000, ["d0.txt", "d1.txt", "d2.txt"])
    for groups in (report._skips, report._warnings):
        assert len(groups.groups) == 1 and len(next(iter(groups.groups.values())).sources) == SUMMARY_EXAMPLES


def test_reasons_past_the_group_limit_are_counted_not_kept(monkeypatch) -> None:
    monkeypatch.setattr(report_module, "MAX_GROUPS", 20)
    report = RunReport(keep_entries=False)
    for n in range(50):
        report.skip(Skipped(f"f{n}", f"reason {'x' * n}", "unsupported"))
    assert len(report._skips.groups) == 20
    assert report.skipped == 50
    lines = report.summary().splitlines()
    assert lines[-1] == "  ... 38 more in more than 8 other groups (see the written report)"


@pytest.mark.parametrize("suffix", [".json", ".jsonl", ".csv"])
def test_a_discarded_report_leaves_the_previous_one(tmp_path: Path, suffix: str) -> None:
    path = tmp_path / f"run{suffix}"
    path.write_text("yesterday's report\n")
    out = ReportFile(path)
    replay(RUNS["more examples than the summary shows"], RunReport(keep_entries=False, sink=out.add))
    out.discard()
    assert path.read_text() == "yesterday's report\n"
    assert [p.name for p in tmp_path.iterdir()] == [path.name], "no temporary file left"


@pytest.mark.parametrize(
    ("name", "error"),
    [("no-such-folder/run.json", FileNotFoundError), ("run.txt", ValueError), ("run", ValueError)],
)
def test_a_report_file_that_cannot_be_made_fails_at_once(tmp_path: Path, name: str, error: type) -> None:
    with pytest.raises(error):
        ReportFile(tmp_path / name)
    assert list(tmp_path.iterdir()) == []
