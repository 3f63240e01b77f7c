"""How fast `tracker ingest` fills a store, and what a second run over the same inputs costs.

    python bench/ingest.py              # 2 MB of figure-dense articles (bench/corpus.py)
    python bench/ingest.py --mb 10 --kind mixed

Four runs into one new store, each timed (wall-clock and this process's CPU seconds):

1. first: every document read, extracted, stored, and the claims built;
2. second, same input: each file's bytes are hashed and found in the `sources` table, so
   nothing is parsed (the daily run over a folder that did not change);
3. second, input renamed: the same bytes under another name are read again, and every
   document is found stored by the hash of its text, one SELECT per 500 documents (a feed
   file that grew: it is read again whole);
4. one new file in the folder: only that file is read, and its documents extracted.

The second run must cost under 5% of the first (run 2; run 3 is printed beside it).
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE), str(HERE.parent)]

from corpus import write_jsonl  # noqa: E402

from tracker.store import open_store  # noqa: E402
from tracker.store.ingest import IngestResult, ingest  # noqa: E402

TARGET_SHARE = 0.05


@dataclass(frozen=True, slots=True)
class Run:
    """One timed ingest: what it did, and its wall-clock and CPU seconds."""

    result: IngestResult
    wall: float
    cpu: float


def timed(db: Path, paths: list[Path]) -> Run:
    con = open_store(db)
    try:
        wall, cpu = time.perf_counter(), time.process_time()
        result = ingest(con, [str(p) for p in paths], outputs=[str(db)])
        return Run(result, time.perf_counter() - wall, time.process_time() - cpu)
    finally:
        con.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, default=2.0, help="megabytes of article text (default 2)")
    parser.add_argument("--kind", default="figures", choices=("figures", "news", "mixed"))
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        feeds = folder / "feeds"
        feeds.mkdir()
        corpus = feeds / "corpus.jsonl"
        articles, text_bytes = write_jsonl(corpus, args.mb, kind=args.kind)
        renamed = folder / "renamed.jsonl"
        shutil.copyfile(corpus, renamed)
        db = folder / "corpus.db"

        def add_today() -> list[Path]:
            write_jsonl(feeds / "today.jsonl", max(args.mb / 20, 0.05), seed=1, kind=args.kind)
            return [feeds]

        runs = [
            ("first run", lambda: [feeds]),
            ("second run, same input", lambda: [feeds]),
            ("second run, input renamed", lambda: [renamed]),
            ("one new file in the folder", add_today),
        ]
        print(f"{articles:,} articles, {text_bytes / 1e6:.1f} MB of text ({args.kind})")
        first = None
        for label, paths in runs:
            run = timed(db, paths())
            result, wall, cpu = run.result, run.wall, run.cpu
            share = "" if first is None else f"  {cpu / first:6.1%} of the first run's CPU"
            print(f"{label:28} {wall:7.2f} s wall {cpu:7.2f} s CPU  {result.line()}{share}")
            if first is None:
                first = cpu
                print(f"{'':28} {articles / cpu:,.0f} docs/s, {text_bytes / 1e6 / cpu:.2f} MB/s per core (CPU); "
                      f"store {db.stat().st_size / 1e6:.1f} MB")
                second_share = None
            elif label == "second run, same input":
                second_share = cpu / first
        met = second_share is not None and second_share < TARGET_SHARE
        print(f"second run under {TARGET_SHARE:.0%} of the first: {'met' if met else 'NOT met'} ({second_share:.2%})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
