"""How much the provenance functions (dates, sources, places) cost, per figure and per MB.

Runs the engine once over a generated corpus (bench/corpus.py) to find the figures, then
times `figure_date`, `attribute`, `locate` for every figure and `main_place` for every
document, in CPU time (best of a few rounds), next to the engine itself.

    python bench/provenance.py            # about 1 MB
    python bench/provenance.py 5          # about 5 MB
"""

from __future__ import annotations

import bisect
import datetime as dt
import itertools
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus import ARTICLE_CHARS, articles  # noqa: E402

from tracker.extraction.engine import extract  # noqa: E402
from tracker.extraction.sentences import split  # noqa: E402
from tracker.provenance.dates import figure_date  # noqa: E402
from tracker.provenance.places import locate, main_place  # noqa: E402
from tracker.provenance.sources import attribute  # noqa: E402

ROUNDS: int = 3


def best(fn: Callable[[], object], rounds: int = ROUNDS) -> float:
    times = []
    for _ in range(rounds):
        t = time.process_time()
        fn()
        times.append(time.process_time() - t)
    return min(times)


def main(argv: list[str]) -> int:
    megabytes = float(argv[0]) if argv else 1.0
    n = max(1, int(megabytes * 1e6 / ARTICLE_CHARS))
    work = []
    for a in itertools.islice(articles(), n):
        published = dt.date.fromisoformat(a["date"]) if a.get("date") else None
        text = a["text"]
        spans = split(text)
        starts = [s for s, _ in spans]
        figures = [(bisect.bisect_right(starts, f.start) - 1, f) for f in extract(text, published)]
        work.append((text, published, spans, figures))
    size = sum(len(w[0].encode("utf-8")) for w in work) / 1e6
    count = sum(len(w[3]) for w in work)
    mains = [main_place(t, sp) for t, _, sp, _ in work]

    timings = {
        "dates.figure_date": best(lambda: [
            figure_date(t[sp[i][0]:sp[i][1]], f.start - sp[i][0], p) for t, p, sp, fs in work for i, f in fs
        ]),
        "sources.attribute": best(lambda: [attribute(t, sp, i, f.start) for t, _, sp, fs in work for i, f in fs]),
        "places.locate": best(lambda: [
            locate(t, sp, i, f.start, f.end, f.indicator, m) for (t, _, sp, fs), m in zip(work, mains) for i, f in fs
        ]),
        "places.main_place": best(lambda: [main_place(t, sp) for t, _, sp, _ in work]),
    }
    engine = best(lambda: [extract(t, p) for t, p, _, _ in work], 1)
    total = sum(timings.values())
    print(f"corpus: {size:.2f} MB, {len(work)} articles, {count} figures")
    for name, seconds in timings.items():
        per = f"{seconds / count * 1e6:6.1f} us/figure" if name != "places.main_place" else f"{seconds / len(work) * 1e6:6.1f} us/article"
        print(f"  {name:20s} {seconds:7.3f} s  {per}  {size / seconds:8.1f} MB/s")
    print(f"  {'provenance, all':20s} {total:7.3f} s  {size / total:8.1f} MB/s")
    print(f"  {'engine extract':20s} {engine:7.3f} s  {size / engine:8.1f} MB/s  (provenance = {total / engine:.0%} of it)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
