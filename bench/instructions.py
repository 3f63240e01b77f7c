"""The engine's cost in instructions, which a shared machine's load does not move: run under
callgrind, once with N articles of the benchmark corpus and once with M more, and divide.

    PYTHONHASHSEED=0 valgrind --tool=callgrind python bench/instructions.py 170
    PYTHONHASHSEED=0 valgrind --tool=callgrind python bench/instructions.py 320
    # instructions an article = (second total - first total) / 150

    PYTHONHASHSEED=0 valgrind --tool=callgrind python bench/instructions.py 0            # start-up: the import
    PYTHONHASHSEED=0 valgrind --tool=callgrind python bench/instructions.py 0 --first    # and one short text

It reads the first N articles of the figure-dense corpus (bench/corpus.py; --kind news or
mixed for the others) and extracts their figures in this process, with nothing else timed
or printed but the count. The articles are generated once, by a child process that
callgrind does not follow (it traces no children unless told), into a file in the
temporary folder that later runs read: generating an article costs more than reading an
everyday one, and counted in the difference it swamped what the engine costs.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE), str(HERE.parent)]

FIRST_TEXT = "At least 12 people were killed in Gaza on Monday, the ministry said."


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("articles", type=int, help="articles of the figure-dense corpus to read")
    parser.add_argument("--kind", default="figures", help="corpus kind: figures (default), mixed or news")
    parser.add_argument("--first", action="store_true", help="extract one short text first (the tables read on first use)")
    parser.add_argument("--write", type=Path, metavar="FILE", help=argparse.SUPPRESS)  # the child's task
    args = parser.parse_args(argv)
    if args.write:
        return write(args.write, args.kind, args.articles)
    from tracker import extract

    found = len(extract(FIRST_TEXT, published="2024-01-02")) if args.first else 0
    texts = []
    with corpus_file(args.kind, args.articles).open(encoding="utf-8") as lines:
        for line in lines:
            record = json.loads(line)
            texts.append((record["text"], record["date"]))
    for text, published in texts:
        found += len(extract(text, published=published))
    print(f"{args.articles} articles, {found} figures")
    return 0


def corpus_file(kind: str, articles: int) -> Path:
    """The first `articles` articles of `kind`, written by a child process on first use."""
    path = Path(tempfile.gettempdir()) / f"tracker-instructions-{kind}-{articles}.jsonl"
    if not path.exists():
        subprocess.run([sys.executable, __file__, str(articles), "--kind", kind, "--write", str(path)], check=True)
    return path


def write(path: Path, kind: str, articles: int) -> int:
    import corpus  # bench/corpus.py, beside this file

    partial = path.with_suffix(".partial")
    with partial.open("w", encoding="utf-8") as out:
        for _, record in zip(range(articles), corpus.articles(kind=kind)):
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    partial.replace(path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
