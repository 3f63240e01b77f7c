"""`--jobs N`: several processes, and exactly the rows and order of one process.

The corpus is made from the seed articles with varied lead sentences and numbers, plus
inputs that are skipped (empty, binary, a bad JSONL line), so that ordering of skipped
inputs between documents is checked too.
"""

from __future__ import annotations

import json
import multiprocessing
import random
from pathlib import Path

import pytest

from tracker import cli
from tracker.extraction.engine import extract_document
from tracker.read.documents import Skipped
from tracker.records import Document
from tracker.scale import jobs

ROOT = Path(__file__).resolve().parent.parent
SEED_BODIES = [p.read_text(encoding="utf-8").split(" ", 3)[-1] for p in sorted((ROOT / "seeds").glob("*.txt"))]
VARIED = (
    "More than {n} people have fled {place} since Friday, the United Nations said.",
    "At least {k} civilians were killed in air strikes on {place}, rescuers said.",
    "Some {n} families are sheltering in camps near {place}.",
    "Nobody was hurt when the convoy reached {place}.",
)
PLACES = ("Idlib", "Saraqeb", "Azaz", "Atareb", "Hama")


def article(i: int, rng: random.Random) -> str:
    lead = " ".join(
        rng.choice(VARIED).format(n=f"{rng.randint(1, 900) * 100:,}", k=rng.randint(2, 90), place=rng.choice(PLACES))
        for _ in range(rng.randint(1, 3))
    )
    return f"Report {i}. {lead}\n\n{SEED_BODIES[i % len(SEED_BODIES)]}"


def corpus(tmp_path: Path, count: int) -> Path:
    """A folder: a JSONL feed with one bad line, loose articles, an empty and a binary file."""
    rng = random.Random(7)
    folder = tmp_path / "inbox"
    folder.mkdir()
    with (folder / "a-feed.jsonl").open("w", encoding="utf-8") as feed:
        for i in range(count):
            feed.write(json.dumps({"id": f"feed-{i}", "date": "2020-02-01", "text": article(i, rng)}) + "\n")
            if i == count // 2:
                feed.write('{"text": "half a line\n')
    for i in range(count, count + 10):
        (folder / f"b-{i}.txt").write_text(article(i, rng), encoding="utf-8")
    (folder / "c-empty.txt").write_text("")
    (folder / "d-scan.pdf").write_bytes(b"%PDF-1.4\n\x00\x00binary")
    return folder


def documents(count: int, rng: random.Random) -> list[Document | Skipped]:
    items: list[Document | Skipped] = []
    for i in range(count):
        items.append(Document(id=f"doc-{i}", text=article(i, rng)))
        if i % 17 == 0:
            items.append(Skipped(f"feed.jsonl:{i}", "malformed JSON", "malformed"))
    return items


needs_fork = pytest.mark.skipif(
    multiprocessing.get_start_method() != "fork", reason="patching the engine reaches workers only when they fork"
)


def test_parallel_outcomes_equal_serial_outcomes():
    items = documents(80, random.Random(1))
    serial = list(jobs.extract_serial(items))
    parallel = list(jobs.extract_parallel(items, jobs=2, batch_chars=5_000))
    assert [item for item, _ in parallel] == items, "every input comes out once, in input order"
    assert parallel == serial
    assert sum(len(figures) for _, figures in serial) > 80, "the corpus does hold figures"


def test_cli_jobs_output_is_byte_identical(tmp_path, capsys):
    folder = corpus(tmp_path, count=80)
    fmt = "csv"
    outputs, reports = [], []
    for n in ("1", "2", "3"):
        out, report = tmp_path / f"out-{n}.{fmt}", tmp_path / f"run-{n}.json"
        code = cli.main(["extract", str(folder), "-f", fmt, "-o", str(out), "--jobs", n, "--report", str(report)])
        assert code == cli.OK, capsys.readouterr().err
        outputs.append(out.read_bytes())
        reports.append(json.loads(report.read_text())["inputs"])
    assert outputs[0].count(b"\n") > 200, "enough figures to span many batches"
    assert outputs[1] == outputs[0], "--jobs 2 writes the rows of --jobs 1, in the same order"
    assert outputs[2] == outputs[0], "--jobs 3 writes the rows of --jobs 1, in the same order"
    assert reports[1] == reports[0] == reports[2]
    assert [e["outcome"] for e in reports[0]].count("skipped") == 3, "bad line, empty file, binary file"


def test_batches_keep_order_and_size():
    items = documents(30, random.Random(2))
    batches = list(jobs.batches(items, 10_000))
    assert [item for batch in batches for item in batch] == items
    for batch in batches[:-1]:
        chars = sum(len(i.text) for i in batch if isinstance(i, Document))
        assert chars >= 10_000 and chars - len(batch[-1].text) < 10_000, "a batch closes once it is full"


def test_parallel_reads_only_a_bounded_window_ahead():
    """Input is pulled as the output is consumed: a 1 GB feed is never read into memory."""
    pulled = 0

    def endless():
        nonlocal pulled
        rng = random.Random(3)
        i = 0
        while True:
            pulled += 1
            yield Document(id=f"doc-{i}", text=article(i, rng))
            i += 1

    outcomes = jobs.extract_parallel(endless(), jobs=2, batch_chars=20_000, window=3)
    first = [next(outcomes) for _ in range(5)]
    outcomes.close()
    per_batch = 20_000 // min(len(t) for t in SEED_BODIES) + 1
    assert [doc.id for doc, _ in first] == [f"doc-{i}" for i in range(5)]
    assert pulled <= 4 * per_batch, f"read {pulled} documents ahead to give 5"


@needs_fork
@pytest.mark.parametrize("n", [1, 2])
def test_an_engine_error_becomes_a_skipped_input_in_place(monkeypatch, n):
    def fragile(doc, **kwargs):
        if doc.id == "doc-5":
            raise RuntimeError("regex timeout")
        return extract_document(doc, **kwargs)

    monkeypatch.setattr(jobs, "extract_document", fragile)
    items = [item for item in documents(12, random.Random(4)) if isinstance(item, Document)]
    run = jobs.extract_serial(items) if n == 1 else jobs.extract_parallel(items, jobs=n, batch_chars=3_000)
    outcomes = list(run)
    assert len(outcomes) == len(items)
    failed, figures = outcomes[5]
    assert failed == Skipped("doc-5", "extraction failed: RuntimeError: regex timeout", "failed")
    assert figures == []
    assert [getattr(item, "id", None) or item.source for item, _ in outcomes] == [f"doc-{i}" for i in range(12)]


def test_skipped_rows_do_not_pile_up_in_one_batch():
    """A feed of malformed lines adds no text; batches still close, so memory stays bounded."""
    from tracker.read.documents import Skipped
    from tracker.scale.jobs import BATCH_ITEMS, batches

    items = [Skipped(f"feed.jsonl:{i}", "malformed JSON", "malformed") for i in range(1, 2 * BATCH_ITEMS + 2)]
    sizes = [len(b) for b in batches(items, 200_000)]
    assert sizes == [BATCH_ITEMS, BATCH_ITEMS, 1]
