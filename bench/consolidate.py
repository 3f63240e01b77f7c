"""How long consolidation takes: N generated mentions into claims and the best-estimate
series, and the dashboard's redraw after a filter change on claims.

    python bench/consolidate.py            # 1,000,000 mentions; the redraw on 100,000
    python bench/consolidate.py 200000 50000

The corpus is a wire-service week repeated: each statement (indicator, place, source,
value, kind of number, date) is reprinted by several outlets over the next days, as real
coverage is; about a tenth of the reprints drop the source. Times are wall-clock seconds
best of ROUNDS: the CPU seconds of this process (one core's work, what the targets are
about: the machine may be shared) and the wall-clock seconds beside them.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from pathlib import Path

import numpy as np
import pandas as pd

sys.path[:0] = [str(Path(__file__).resolve().parent.parent)]

from tracker import consolidate  # noqa: E402
from tracker.app import charts, views  # noqa: E402
from tracker.output.schema import NAMES, conform  # noqa: E402
from tracker.records import INDICATORS, QUALIFIERS  # noqa: E402

ROUNDS: int = 3
MENTIONS: int = 1_000_000
REDRAW_MENTIONS: int = 100_000
TARGET_SECONDS: float = 10.0
REDRAW_TARGET_SECONDS: float = 1.0
REPRINTS_PER_STATEMENT: int = 8  # on average
REPRINT_DAYS: int = 4  # reprints fall within this many days of the statement
UNATTRIBUTED_SHARE: float = 0.1
PLACES: tuple[str, ...] = tuple(f"Place {i}" for i in range(40))
SOURCES: tuple[str, ...] = tuple(f"Agency {i}" for i in range(20))
OUTLETS: tuple[str, ...] = tuple(f"Outlet {i}" for i in range(200))


def generated_mentions(n: int, seed: int = 0) -> pd.DataFrame:
    """`n` mentions in the figures schema, reprints of about n / 8 statements."""
    rng = np.random.default_rng(seed)
    statements = max(1, n // REPRINTS_PER_STATEMENT)
    of = np.sort(rng.integers(0, statements, n))
    indicator = rng.choice(np.array(INDICATORS, dtype=object), statements)[of]
    qualifier = rng.choice(np.array(QUALIFIERS, dtype=object), statements)[of]
    value = np.round(10 ** rng.uniform(1, 6.5, statements)).astype(np.int64)[of]
    place = rng.choice(np.array(PLACES, dtype=object), statements)[of]
    source = rng.choice(np.array(SOURCES, dtype=object), statements)[of]
    source = np.where(rng.random(n) < UNATTRIBUTED_SHARE, None, source)
    day = rng.integers(0, 5 * 365, statements)[of] + rng.integers(0, REPRINT_DAYS, n)
    date = pd.Timestamp("2019-01-01") + pd.to_timedelta(day, unit="D")
    low = np.where(np.isin(qualifier, ["range", "at_least"]), value, -1)
    high = np.where(qualifier == "range", value * 2, np.where(qualifier == "at_most", value, -1))
    frame = pd.DataFrame(
        {
            "document": np.char.add("wire/", np.arange(n).astype(str)),
            "indicator": indicator,
            "value": value,
            "low": pd.array(np.where(low < 0, None, low), dtype="Int64"),
            "high": pd.array(np.where(high < 0, None, high), dtype="Int64"),
            "qualifier": qualifier,
            "unit": "people",
            "people": value,
            "date": date,
            "date_precision": "day",
            "published": date,
            "source": source,
            "location": place,
            "quote": "A generated sentence.",
            "start": 0,
            "end": 10,
            "outlet": rng.choice(np.array(OUTLETS, dtype=object), n),
        }
    )
    return conform(frame.reindex(columns=list(NAMES)))


try:  # what st.altair_chart does with a chart: the spec, with the data as Arrow
    from streamlit.elements.vega_charts import _convert_altair_to_vega_lite_spec as to_spec
except ImportError:  # another streamlit: Altair's own JSON
    def to_spec(chart):
        return chart.to_dict()


def best_of(work: Callable[[], object]) -> tuple[float, float]:
    """(CPU seconds, wall-clock seconds) of the fastest of ROUNDS runs."""
    times = []
    for _ in range(ROUNDS):
        cpu, wall = time.process_time(), time.perf_counter()
        work()
        times.append((time.process_time() - cpu, time.perf_counter() - wall))
    return min(times)


def redraw(mentions: pd.DataFrame, claims: pd.DataFrame, filters: views.Filters) -> None:
    """What a filter change recomputes on the claims view: the cache key of the claims
    (their consolidation is cached), then filter, series, cards, chart spec, a table page."""
    views.fingerprint(mentions)
    shown = views.filter_frame(claims, filters)
    series = consolidate.best_estimates(shown)
    views.series_headlines(series)
    to_spec(charts.claim_chart(charts.claim_chart_data(shown), charts.series_line_data(series)))
    views.table_page(shown, 1, columns=views.CLAIM_TABLE_COLUMNS)


def main(argv: list[str]) -> int:
    n = int(argv[0]) if argv else MENTIONS
    n_redraw = int(argv[1]) if len(argv) > 1 else REDRAW_MENTIONS
    mentions = generated_mentions(n)
    cpu, wall = best_of(lambda: consolidate.consolidate(mentions))
    claims = consolidate.claims_of(mentions)
    print(f"consolidate: {n:,} mentions -> {len(claims):,} claims in {cpu:.2f} s CPU ({wall:.2f} s wall); "
          f"target {TARGET_SECONDS:g} s on one core: {'met' if cpu < TARGET_SECONDS else 'MISSED'}")
    cpu, wall = best_of(lambda: consolidate.best_estimates(claims))
    print(f"best-estimate series of {len(claims):,} claims: {cpu:.2f} s CPU ({wall:.2f} s wall)")
    small_mentions = generated_mentions(n_redraw, seed=1)
    small = consolidate.claims_of(small_mentions)
    for name, filters in (
        ("no filter", views.Filters()),
        ("one indicator", views.Filters(indicators=("displaced",))),
        ("indicator + place", views.Filters(indicators=("killed",), locations=("Place 3",))),
    ):
        cpu, wall = best_of(lambda: redraw(small_mentions, small, filters))
        print(f"dashboard redraw on {n_redraw:,} mentions ({len(small):,} claims), {name}: {cpu:.2f} s CPU "
              f"({wall:.2f} s wall); target {REDRAW_TARGET_SECONDS:g} s: "
              f"{'met' if cpu < REDRAW_TARGET_SECONDS else 'MISSED'}")
    cpu, wall = best_of(lambda: views.fingerprint(small_mentions))
    print(f"  each redraw includes the claims' cache key (fingerprint of every mention): "
          f"{cpu:.2f} s CPU ({wall:.2f} s wall)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
