"""The engine's cost in instructions, which a shared machine's load does not move: run under
callgrind, once with N articles of the benchmark corpus and once with M more, and divide.

    PYTHONHASHSEED=0 valgrind --tool=callgrind python bench/instructions.py 170
    PYTHONHASHSEED=0 valgrind --tool=callgrind python bench/instructions.py 320
    # instructions an article = (second total - first total) / 150

    PYTHONHASHSEED=0 valgrind --tool=callgrind python bench/instructions.py 0            # start-up: the import
    PYTHONHASHSEED=0 valgrind --tool=callgrind python bench/instructions.py 0 --first    # and one short text

It reads the first N articles of the figure-dense corpus (bench/corpus.py; --kind news or
mixed for the others) and extracts
their figures in this process, with nothing else timed or printed but the count.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE), str(HERE.parent)]

FIRST_TEXT = "At least 12 people were killed in Gaza on Monday, the ministry said."


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("articles", type=int, help="articles of the figure-dense corpus to read")
    parser.add_argument("--kind", default="figures", help="corpus kind: figures (default), mixed or news")
    parser.add_argument("--first", action="store_true", help="extract one short text first (the tables read on first use)")
    args = parser.parse_args(argv)
    import corpus  # bench/corpus.py, beside this file

    from tracker import extract

    found = len(extract(FIRST_TEXT, published="2024-01-02")) if args.first else 0
    texts = []
    for record in corpus.articles(kind=args.kind):
        if len(texts) >= args.articles:
            break
        texts.append((record["text"], record["date"]))
    for text, published in texts:
        found += len(extract(text, published=published))
    print(f"{args.articles} articles, {found} figures")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
