"""Synthetic figures in the schema, for the dashboard's benchmarks and tests: `n` random
figures, reproducible from a seed, about as often undated, unplaced or unattributed as real
runs are, and repeated as real coverage repeats them: each statement (indicator, number,
place, source) is reprinted by several articles over a few days, so that the claims
(tracker.consolidate) are fewer than the mentions, as on a real corpus."""

from __future__ import annotations

import numpy as np
import pandas as pd

from tracker.output.schema import NAMES, conform
from tracker.records import INDICATORS, QUALIFIERS, THING_INDICATORS

_PLACES: tuple[str | None, ...] = ("Idlib", "Aleppo", "Hama", "Turkey", "Lebanon", None)
_SOURCES: tuple[str | None, ...] = ("United Nations", "OCHA", "UNHCR", "Reuters", "Syrian Observatory", None)
_UNITS: tuple[str, ...] = ("people", "civilians", "families", "refugees")
# Articles repeating one statement, on average (bench/consolidate.py's wire corpus has as
# many), and the days over which they do: 100,000 figures make about 16,500 claims.
REPRINTS: int = 8
REPRINT_DAYS: int = 4


def synthetic_figures(n: int, seed: int = 0) -> pd.DataFrame:
    """`n` random figures in the schema (dtypes and all), reproducible from `seed`.

    About 5% are undated and about a sixth have no place or no source, like real runs."""
    rng = np.random.default_rng(seed)
    statements = max(1, n // REPRINTS)
    of = rng.integers(0, statements, n)  # the statement each figure reprints

    indicator = rng.choice(np.array(INDICATORS, dtype=object), statements)[of]
    qualifier = rng.choice(np.array(QUALIFIERS, dtype=object), statements)[of]
    value = np.round(10 ** rng.uniform(2.5, 6.6, statements)).astype(np.int64)[of]
    high = np.where(qualifier == "range", value * 2, np.where(qualifier == "at_most", value, -1))
    low = np.where(np.isin(qualifier, ["range", "at_least"]), value, -1)
    day = rng.integers(0, 5 * 365, statements)[of] + rng.integers(0, REPRINT_DAYS, n)
    date = pd.Timestamp("2019-01-01") + pd.to_timedelta(day, unit="D")
    date = pd.Series(date).where(rng.random(n) > 0.05)
    unit = rng.choice(np.array(_UNITS, dtype=object), statements)[of]
    things = np.isin(indicator, list(THING_INDICATORS))  # homes counted: no people
    unit = np.where(things, "homes", unit)
    people = pd.array(np.where(things, None, np.where(unit == "families", value * 5, value)), dtype="Int64")
    source = rng.choice(np.array(_SOURCES, dtype=object), statements)[of]
    location = rng.choice(np.array(_PLACES, dtype=object), statements)[of]
    doc = [f"synthetic/{i // 4:06d}.txt" for i in range(n)]
    frame = pd.DataFrame(
        {
            "document": doc,
            "indicator": indicator,
            "value": value,
            "low": pd.array(np.where(low < 0, None, low), dtype="Int64"),
            "high": pd.array(np.where(high < 0, None, high), dtype="Int64"),
            "qualifier": qualifier,
            "unit": unit,
            "people": people,
            "date": date,
            "date_precision": np.where(date.isna(), None, "day"),
            "published": date,
            "source": source,
            "location": location,
            "quote": [f"Synthetic report {i}: {v:,} {u} {ind}." for i, v, u, ind in zip(range(n), value, unit, indicator)],
            "start": np.zeros(n, dtype=np.int64),
            "end": np.full(n, 8, dtype=np.int64),
            "title": [f"Synthetic article {i // 4}" for i in range(n)],
            "outlet": "Synthetic News",
        }
    )
    return conform(frame.reindex(columns=list(NAMES)))
