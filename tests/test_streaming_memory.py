"""Streaming: `tracker extract` on a corpus five times larger uses about the same memory.

Each run is a real `python -m tracker extract` process; its peak resident memory comes
from the operating system (`os.wait4`'s ru_maxrss), not from timing. Were the CLI to keep
all documents or all figures, the larger corpus would cost megabytes more: its extra
article text alone is four times the allowance below. What may grow is the run report's
one small entry per input (a few hundred bytes each) and the hash kept per document to
find duplicates, which is why the articles here are long (about 10 kB) and few.
"""

from __future__ import annotations

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


def folder(path: Path, megabytes: float) -> Path:
    """A folder of `megabytes` of articles, one .txt file each."""
    path.mkdir()
    for i, text in enumerate(articles(megabytes)):
        (path / f"{i:05d}.txt").write_text(f" date 2020-02-01 {text}", encoding="utf-8")
    return path


def peak_mb(args: list[str], cwd: Path) -> float:
    """Peak resident memory of one `python -m tracker` process, in MB."""
    env = os.environ | {"PYTHONPATH": str(ROOT)}
    with open(cwd / "stderr.txt", "w+") as errors:
        process = subprocess.Popen(
            [sys.executable, "-m", "tracker", *args], cwd=cwd, env=env, stdout=subprocess.DEVNULL, stderr=errors
        )
        _, status, usage = os.wait4(process.pid, 0)
        process.returncode = os.waitstatus_to_exitcode(status)
        errors.seek(0)
        assert process.returncode == 0, errors.read()
    return usage.ru_maxrss / 1024  # kB on Linux


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
     ("folder", ["-f", "csv"])],
    ids=["jsonl-to-csv", "jsonl-to-json", "jsonl-to-jsonl-jobs-2", "folder-to-csv"],
)
def test_peak_memory_does_not_grow_with_the_corpus(corpora, tmp_path, source, options):
    small = peak_mb(["extract", str(corpora[source, "small"]), "-o", "small.out", *options], tmp_path)
    large = peak_mb(["extract", str(corpora[source, "large"]), "-o", "large.out", *options], tmp_path)
    rows = (tmp_path / "large.out").read_text().count('"indicator"') or (tmp_path / "large.out").read_text().count("\n")
    assert rows > 1_000, "the large corpus gives many figures, all written out"
    print(f"{source} {options}: peak {small:.1f} MB for {SMALL_MB:g} MB of text, {large:.1f} MB for {LARGE_MB:g} MB")
    assert large - small < ALLOWED_GROWTH_MB, f"peak memory grew {large - small:.1f} MB with {options}"
