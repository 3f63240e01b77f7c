"""How fast the tracker reads its inputs, before any extraction: JSONL, CSV, a folder of .txt.

    python bench/read_inputs.py               # 20 MB of articles in each format
    python bench/read_inputs.py --mb 100

The articles come from bench/corpus.py (about 2.5 kB each, seed-like). Each format is
read by `tracker.read.documents.iter_inputs` in a process of its own, which prints articles/s,
MB/s and its peak memory (ru_maxrss, Linux kB) before and after reading, so bounded
memory shows as a small difference whatever the corpus size.
"""

from __future__ import annotations

import argparse
import csv
import json
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path[:0] = [str(HERE), str(ROOT)]

from corpus import articles  # noqa: E402

READER = """
import resource, sys, time
from tracker.read.documents import Document, iter_inputs
before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
start = time.perf_counter()
docs = chars = skipped = 0
for item in iter_inputs([sys.argv[1]]):
    if isinstance(item, Document):
        docs += 1
        chars += len(item.text)
    else:
        skipped += 1
seconds = time.perf_counter() - start
after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(docs, skipped, chars, seconds, before, after)
"""


def write_corpus(folder: Path, megabytes: float) -> dict[str, Path]:
    """The same articles as JSONL, CSV and a folder of .txt files with a date header."""
    jsonl, table, texts = folder / "corpus.jsonl", folder / "corpus.csv", folder / "texts"
    texts.mkdir()
    limit = megabytes * 1_000_000
    written = 0
    with open(jsonl, "w", encoding="utf-8") as j, open(table, "w", encoding="utf-8", newline="") as c:
        rows = csv.writer(c)
        rows.writerow(["id", "date", "title", "outlet", "text"])
        for n, a in enumerate(articles()):
            if written >= limit:
                break
            line = json.dumps(a, ensure_ascii=False)
            j.write(line + "\n")
            rows.writerow([a["id"], a["date"], a["title"], a["outlet"], a["text"]])
            (texts / f"{n:07d}.txt").write_text(f" date {a['date']} {a['text']}", encoding="utf-8")
            written += len(line.encode()) + 1
    return {"jsonl": jsonl, "csv": table, "folder of .txt": texts}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, default=20.0, help="corpus size in MB (default 20)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        inputs = write_corpus(Path(tmp), args.mb)
        print(f"{'format':<16} {'articles':>9} {'skipped':>8} {'articles/s':>11} {'MB/s':>7} {'peak kB before -> after':>26}")
        for name, path in inputs.items():
            out = subprocess.run(
                [sys.executable, "-c", READER, str(path)], capture_output=True, text=True, check=True, cwd=ROOT
            ).stdout.split()
            docs, skipped, chars = map(int, out[:3])
            seconds = float(out[3])
            before, after = map(int, out[4:])
            print(
                f"{name:<16} {docs:>9,} {skipped:>8,} {docs / seconds:>11,.0f} {chars / seconds / 1e6:>7.1f}"
                f" {before:>15,} -> {after:>7,}"
            )


if __name__ == "__main__":
    main()
