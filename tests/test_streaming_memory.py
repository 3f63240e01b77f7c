"""Streaming: `tracker extract` on a larger corpus uses about the same memory.

Each run is a real `python -m tracker extract` process; its peak resident memory comes
from the operating system (`os.wait4`'s ru_maxrss), not from timing.

Two kinds of growth are looked for. Were the CLI to keep all documents or all figures,
a corpus five times larger would cost megabytes more: its extra article text alone is
four times the allowance below (long articles, about 10 kB, and few). Were it to keep
something per input, such as a run report entry per input (a few hundred bytes), many
tiny inputs would show it: 24,000 more cost about 12 MB at 0.5 kB each. Even what finds
duplicates (a 16-byte hash and the id of each document) lives in a temporary database
with a bounded page cache, not in Python objects (about 0.2 kB a document when it did).
"""

from __future__ import annotations

import importlib.util
import json
import os
import random
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEED_BODIES = [p.read_text(encoding="utf-8").split(" ", 3)[-1] for p in sorted((ROOT / "seeds").glob("*.txt"))]
SMALL_MB, LARGE_MB = 1.0, 5.0
# Peak memory may grow by this much from the small to the large corpus: a quarter of the
# extra article text, which a run holding every document would keep in memory.
ALLOWED_GROWTH_MB = (LARGE_MB - SMALL_MB) / 4
# The Dask engine's process also hosts the local cluster's scheduler, whose copies of the
# batches in flight and bounded logs (`tracker.dask.RECENT_MESSAGES`) settle 1-3 MB higher
# on the large corpus (and no higher on 20 MB). Holding the documents, as it once did, cost
# 35 MB here.
ALLOWED_GROWTH_DASK_MB = LARGE_MB - SMALL_MB

# Inputs of one sentence each: many of them cost little time and show what is kept per input.
FEW_INPUTS, MANY_INPUTS = 8_000, 32_000
# Peak memory per added input, in kB, for documents read and for duplicates alike: this
# bound is noise (0.04-0.065 kB measured, about 1-1.5 MB over 24,000 inputs, depending on
# the machine's load); keeping a hash and id per document in Python objects (about 0.2 kB)
# fails it.
ALLOWED_KB_PER_INPUT = 0.1
# Each measured run is started by a fresh, small Python that reports its peak: Linux
# carries a parent's peak resident memory over into its child's ru_maxrss (through exec),
# so a run started straight from pytest would report pytest's own size, the same for any
# corpus. The launcher starts at about 14 MB, under any run's peak.
LAUNCHER = (
    "import os, subprocess, sys\n"
    "run = subprocess.Popen(sys.argv[1:], stdout=subprocess.DEVNULL)\n"
    "_, status, usage = os.wait4(run.pid, 0)\n"
    "print(os.waitstatus_to_exitcode(status), usage.ru_maxrss)\n"
)
TINY = "More than {:,} people fled Saraqeb on Friday, the United Nations said."
TINY_WITHOUT_FIGURES = "Update {}: the road to Saraqeb reopened on Monday."


def articles(megabytes: float) -> list[str]:
    """Articles of about 10 kB: four seed bodies, reshuffled, with distinct numbers."""
    rng = random.Random(11)
    texts: list[str] = []
    while sum(map(len, texts)) < megabytes * 1_000_000:
        bodies = rng.sample(SEED_BODIES * 2, 4)
        lead = f"Update {len(texts)}: more than {rng.randint(2, 900) * 100:,} people fled Saraqeb."
        texts.append(lead + "\n\n" + "\n\n".join(bodies))
    return texts


def feed(path: Path, megabytes: float) -> Path:
    """A JSONL feed of `megabytes` of articles."""
    with path.open("w", encoding="utf-8") as out:
        for i, text in enumerate(articles(megabytes)):
            out.write(json.dumps({"id": f"a{i}", "date": "2020-02-01", "text": text}) + "\n")
    return path


def tiny_feed(path: Path, count: int, *, distinct: bool = True) -> Path:
    """A JSONL feed of `count` one-sentence inputs, each a record of the run report.

    Distinct: articles with a figure, some without, some undated, and now and then a
    malformed line. Not distinct: one article over and over, all but the first duplicates.
    """
    with path.open("w", encoding="utf-8") as out:
        for i in range(count):
            if not distinct:
                out.write(json.dumps({"id": f"a{i}", "date": "2020-02-01", "text": TINY.format(1200)}) + "\n")
            elif i % 11 == 10:
                out.write("{not json\n")
            else:
                text = TINY_WITHOUT_FIGURES.format(i) if i % 5 == 4 else f"Update {i}: " + TINY.format(i % 900 * 100 + 200)
                dated = {} if i % 7 == 6 else {"date": "2020-02-01"}
                out.write(json.dumps({"id": f"a{i}", **dated, "text": text}) + "\n")
    return path


def folder(path: Path, megabytes: float) -> Path:
    """A folder of `megabytes` of articles, one .txt file each."""
    path.mkdir()
    for i, text in enumerate(articles(megabytes)):
        (path / f"{i:05d}.txt").write_text(f" date 2020-02-01 {text}", encoding="utf-8")
    return path


def peak_mb(args: list[str], cwd: Path) -> float:
    """Peak resident memory of one `python -m tracker` process (and its workers), in MB."""
    env = os.environ | {"PYTHONPATH": str(ROOT)}
    with open(cwd / "stderr.txt", "w+") as errors:
        launched = subprocess.run(
            [sys.executable, "-c", LAUNCHER, sys.executable, "-m", "tracker", *args],
            cwd=cwd, env=env, stdout=subprocess.PIPE, stderr=errors, text=True, check=True,
        )
        code, kb = map(int, launched.stdout.split())
        errors.seek(0)
        assert code == 0, errors.read()
    return kb / 1024  # kB on Linux


@pytest.fixture(scope="module")
def corpora(tmp_path_factory) -> dict[tuple[str, str], Path]:
    where = tmp_path_factory.mktemp("corpora")
    return {
        ("jsonl", "small"): feed(where / "small.jsonl", SMALL_MB),
        ("jsonl", "large"): feed(where / "large.jsonl", LARGE_MB),
        ("folder", "small"): folder(where / "small", SMALL_MB),
        ("folder", "large"): folder(where / "large", LARGE_MB),
    }


@pytest.mark.slow
@pytest.mark.skipif(not hasattr(os, "wait4"), reason="peak memory of a child process needs os.wait4 (Unix)")
@pytest.mark.parametrize(
    ("source", "options"),
    [("jsonl", ["-f", "csv"]), ("jsonl", ["-f", "json"]), ("jsonl", ["-f", "jsonl", "--jobs", "2"]),
     ("folder", ["-f", "csv"]),
     pytest.param("jsonl", ["-f", "csv", "--engine", "dask", "--jobs", "2"], marks=pytest.mark.skipif(
         importlib.util.find_spec("distributed") is None, reason="the Dask engine needs the [dask] extra"))],
    ids=["jsonl-to-csv", "jsonl-to-json", "jsonl-to-jsonl-jobs-2", "folder-to-csv", "jsonl-to-csv-dask"],
)
def test_peak_memory_does_not_grow_with_the_corpus(corpora, tmp_path, source, options):
    small = peak_mb(["extract", str(corpora[source, "small"]), "-o", "small.out", *options], tmp_path)
    large = peak_mb(["extract", str(corpora[source, "large"]), "-o", "large.out", *options], tmp_path)
    rows = (tmp_path / "large.out").read_text().count('"indicator"') or (tmp_path / "large.out").read_text().count("\n")
    assert rows > 1_000, "the large corpus gives many figures, all written out"
    print(f"{source} {options}: peak {small:.1f} MB for {SMALL_MB:g} MB of text, {large:.1f} MB for {LARGE_MB:g} MB")
    allowed = ALLOWED_GROWTH_DASK_MB if "dask" in options else ALLOWED_GROWTH_MB
    assert large - small < allowed, f"peak memory grew {large - small:.1f} MB with {options}"


@pytest.mark.slow
@pytest.mark.skipif(not hasattr(os, "wait4"), reason="peak memory of a child process needs os.wait4 (Unix)")
@pytest.mark.parametrize(
    ("distinct", "report"),
    [(True, "run.json"), (False, "run.jsonl")],
    ids=["documents-json-report", "duplicates-jsonl-report"],
)
def test_peak_memory_does_not_grow_with_the_number_of_inputs(tmp_path, distinct, report):
    peaks = []
    for count in (FEW_INPUTS, MANY_INPUTS):
        feed = tiny_feed(tmp_path / f"{count}.jsonl", count, distinct=distinct)
        peaks.append(peak_mb(["extract", str(feed), "-o", f"{count}.csv", "--report", f"{count}-{report}"], tmp_path))
    written = (tmp_path / f"{MANY_INPUTS}-{report}").read_text(encoding="utf-8")
    records = json.loads(written)["inputs"] if report.endswith(".json") else written.splitlines()
    assert len(records) == MANY_INPUTS, "the report still holds one record per input"
    per_input_kb = (peaks[1] - peaks[0]) * 1024 / (MANY_INPUTS - FEW_INPUTS)
    print(f"{'documents' if distinct else 'duplicates'}: peak {peaks[0]:.1f} MB for {FEW_INPUTS:,} inputs, "
          f"{peaks[1]:.1f} MB for {MANY_INPUTS:,}: {per_input_kb:.3f} kB per added input")
    assert per_input_kb < ALLOWED_KB_PER_INPUT, f"peak memory grew {per_input_kb:.3f} kB per added input"
