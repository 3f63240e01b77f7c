"""Every figure the engine finds, dumped as JSON lines: the byte-for-byte check of a change
that must not change the output (a refactor, a speed-up).

    python bench/dump_figures.py > before.jsonl      # on the old code
    python bench/dump_figures.py > after.jsonl       # on the new code
    cmp before.jsonl after.jsonl

It reads the seed articles, the texts of every labelled file in ../shared/gold (read in
place, with and without their published dates, when that folder is there) and a generated
benchmark corpus (bench/corpus.py, --megabytes of it), and writes one line a figure with
every field of the record, then one line a text with how many it gave.
"""

from __future__ import annotations

import argparse
import dataclasses
from dataclasses import dataclass
import json
import sys
from collections.abc import Iterator
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path[:0] = [str(HERE), str(ROOT)]

import corpus  # noqa: E402  (bench/corpus.py, beside this file)

from tracker import extract  # noqa: E402
from tracker.read.documents import iter_inputs  # noqa: E402

GOLD = ROOT.parent / "shared" / "gold"


@dataclass(frozen=True, slots=True)
class Text:
    """A text the dump reads."""

    name: str  # the seed's id, "news.jsonl:<id>:<published>", or the corpus article's id
    text: str
    published: str | None


def texts(megabytes: float) -> Iterator[Text]:
    """Every text the dump reads."""
    for item in iter_inputs([str(ROOT / "seeds")]):
        if not hasattr(item, "text"):
            continue
        yield Text(item.id, item.text, item.published.isoformat() if item.published else None)
    if GOLD.is_dir():
        for path in sorted(GOLD.glob("*.jsonl")):
            with path.open(encoding="utf-8") as lines:
                for row in map(json.loads, lines):
                    if "text" not in row:  # seeds.jsonl labels the seed files read above
                        continue
                    for published in dict.fromkeys((row.get("published"), None, "2017-03-30")):
                        yield Text(f"{path.name}:{row['id']}:{published}", row["text"], published)
    limit = int(megabytes * 1_000_000)
    size = 0
    for record in corpus.articles():
        if size >= limit:
            break
        size += len(record["text"])
        yield Text(record["id"], record["text"], record["date"])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--megabytes", type=float, default=2.0, help="of generated corpus (default 2)")
    args = parser.parse_args(argv)
    out = sys.stdout
    for item in texts(args.megabytes):
        figures = extract(item.text, published=item.published)
        for figure in figures:
            row = {k: (v.isoformat() if hasattr(v, "isoformat") else v) for k, v in dataclasses.asdict(figure).items()}
            out.write(json.dumps({"text": item.name, **row}, ensure_ascii=False, sort_keys=True) + "\n")
        out.write(json.dumps({"text": item.name, "figures": len(figures)}) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
