"""How long the dashboard takes to redraw after a filter change, on N synthetic figures.

A filter change reruns the page: the extraction is cached, so the work left is filtering,
the headline cards, the list of undated figures, the chart (thinned to charts.MAX_CHART_POINTS, built and serialised
to its Vega-Lite spec, data as Arrow, as st.altair_chart does) and one page of the table. Each step is
timed on `synthetic_figures(n)`, best of a few rounds, in wall-clock milliseconds.

    python bench/dashboard.py            # 100,000 figures
    python bench/dashboard.py 500000

Then the whole page on a corpus store (`--store`, on by default; `--no-store` skips it):
the same figures written to a SQLite store in the table contract of `tracker ingest`
(documents, mentions, claims, meta, and the columnar copy `frames`), towns given the
gazetteer's coordinates, and dashboard.py run in streamlit's AppTest against it: the first
open (the store read), a new visitor's open (the store cached), filter changes (a rerun
each), and last a first open of the same store without its columnar copy (its tables read,
as on a store loaded by hand), wall-clock seconds and the script's own CPU seconds.
"""

from __future__ import annotations

import argparse
import csv
import os
import datetime as dt
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path[:0] = [str(Path(__file__).resolve().parent), str(Path(__file__).resolve().parent.parent)]

from synthetic import synthetic_figures  # noqa: E402  (bench/synthetic.py, beside this file)

from tracker.app import charts, views  # noqa: E402

try:  # what st.altair_chart does with a chart: the spec, with the data as Arrow
    from streamlit.elements.vega_charts import _convert_altair_to_vega_lite_spec as to_spec
except ImportError:  # another streamlit: Altair's own JSON, slower than the page's
    def to_spec(chart):
        return chart.to_dict()

ROUNDS: int = 5

# Filter changes a user makes, from none to narrow.
SCENARIOS: dict[str, views.Filters] = {
    "no filter": views.Filters(),
    "one indicator": views.Filters(indicators=("displaced",)),
    "indicator + place + source": views.Filters(
        indicators=("killed", "displaced"), locations=("Idlib", views.NO_PLACE), sources=("United Nations",)
    ),
    "date range, no undated": views.Filters(
        start=dt.date(2020, 1, 1), end=dt.date(2021, 6, 30), include_undated=False
    ),
}


def best_ms(fn: Callable[[], object], rounds: int = ROUNDS) -> float:
    times = []
    for _ in range(rounds):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return min(times) * 1000


def main(n: int) -> None:
    t = time.perf_counter()
    figures = synthetic_figures(n, seed=0)
    print(f"{n:,} synthetic figures made in {time.perf_counter() - t:.2f} s")
    header = f"{'scenario':28} {'rows':>8} {'filter':>8} {'cards':>8} {'chart':>8} {'table':>8} {'undated':>8} {'total':>8}  (ms)"
    print(header)
    for name, filters in SCENARIOS.items():
        shown = views.filter_frame(figures, filters)
        steps = {
            "filter": best_ms(lambda: views.filter_frame(figures, filters)),
            "cards": best_ms(lambda: views.headlines(shown)),
            "chart": best_ms(lambda: to_spec(charts.time_chart(charts.chart_data(shown)))),
            "table": best_ms(lambda: views.table_page(shown, 1)),
            "undated": best_ms(lambda: views.labelled(views.undated(shown))),
        }
        total = sum(steps.values())
        cells = " ".join(f"{v:8.0f}" for v in steps.values())
        print(f"{name:28} {len(shown):8,} {cells} {total:8.0f}")


# --- the page on a corpus store, in AppTest ---------------------------------------------------

ROOT = Path(__file__).resolve().parent.parent
WORLD = ROOT / "tracker" / "data" / "world.csv"

# Filter changes in the page's widgets, as a visitor makes them, one rerun each.
PAGE_CHANGES: tuple[tuple[str, str, object], ...] = (
    ("one indicator", "indicator", ["displaced"]),
    ("two indicators", "indicator", ["displaced", "killed"]),
    ("+ a place", "place", ["Idlib"]),
    ("+ a from date", "from", dt.date(2021, 1, 1)),
    ("every mention on", "mentions", True),
)


def town_coordinates(names: set[str]) -> dict[str, tuple[float, float]]:
    """The gazetteer's coordinates of the most populous town of each name."""
    best: dict[str, tuple[int, float, float]] = {}
    with WORLD.open(encoding="utf-8") as f:
        rows = csv.DictReader(line for line in f if not line.startswith("#"))
        for row in rows:
            if row["kind"] == "city" and row["name"] in names and row["lat"]:
                pop = int(row["population"] or 0)
                if row["name"] not in best or pop > best[row["name"]][0]:
                    best[row["name"]] = (pop, float(row["lat"]), float(row["lon"]))
    return {name: (lat, lon) for name, (_, lat, lon) in best.items()}


def write_store(url: str, figures, *, columnar: bool = True) -> int:
    """`figures` (with coordinates for the towns) as a store in the table contract, with
    the columnar copy of its mentions and claims that `tracker ingest` writes
    (tracker.store.frames) unless `columnar` is false. Returns how many claims it holds."""
    import pandas as pd
    import sqlalchemy

    from tracker import consolidate
    from tracker.app import corpus

    towns = town_coordinates(set(figures["location"].dropna()))
    figures = figures.copy()
    figures["lat"] = figures["location"].map(lambda p: towns.get(p, (None, None))[0]).astype("Float64")
    figures["lon"] = figures["location"].map(lambda p: towns.get(p, (None, None))[1]).astype("Float64")
    docs = figures.groupby("document", sort=False).agg(title=("title", "first"), n=("indicator", "size"))
    hashes = {d: f"{i:032x}" for i, d in enumerate(docs.index)}
    documents = pd.DataFrame({
        "doc_hash": [hashes[d] for d in docs.index], "document": docs.index, "url": None, "title": docs["title"],
        "outlet": "Synthetic News", "published": None, "engine_version": "bench", "status": "ok",
        "figures": docs["n"], "ingested_at": "2026-01-01T00:00:00+00:00",
    })
    claims = consolidate.claims_of(figures)
    engine = sqlalchemy.create_engine(url)
    with engine.begin() as conn:
        documents.to_sql("documents", conn, if_exists="replace", index=False)
        corpus.mention_rows(figures, hashes).to_sql("mentions", conn, if_exists="replace", index=False, chunksize=20_000)
        corpus.claim_rows(claims).to_sql("claims", conn, if_exists="replace", index=False)
        pd.DataFrame({"key": ["schema"], "value": ["1"]}).to_sql("meta", conn, if_exists="replace", index=False)
        if columnar:
            corpus.write_frames(conn, figures, claims)
    engine.dispose()
    return len(claims)


def drop_columnar_copy(url: str) -> None:
    """The store as a team may load one by hand (its tables only): the page reads the tables."""
    import sqlalchemy

    from tracker.store import frames

    engine = sqlalchemy.create_engine(url)
    with engine.begin() as conn:
        conn.execute(sqlalchemy.text(f"DROP TABLE IF EXISTS {frames.TABLE}"))
    engine.dispose()


class ScriptClock:
    """Wall-clock and CPU seconds of each run of the page's script itself, apart from
    AppTest's own set-up (it scans every installed package for components on a first run):
    the CPU time is what a rerun costs on an idle machine, the wall time what it took
    here, on a machine shared with other work (the load average is printed)."""

    def __init__(self) -> None:
        self.wall = self.cpu = float("nan")
        try:  # streamlit's private hook around the script: optional, for these two columns only
            import streamlit.runtime.scriptrunner.script_runner as runner
        except ImportError:
            return
        inner = getattr(runner, "exec_func_with_error_handling", None)
        if inner is None:
            return

        def timed(func, ctx):
            wall, cpu = time.perf_counter(), time.thread_time()
            try:
                return inner(func, ctx)
            finally:
                self.wall, self.cpu = time.perf_counter() - wall, time.thread_time() - cpu

        runner.exec_func_with_error_handling = timed


def page_on_store(n: int) -> None:
    import streamlit as st
    from streamlit.testing.v1 import AppTest

    clock = ScriptClock()
    with tempfile.TemporaryDirectory() as folder:
        url = f"sqlite:///{folder}/corpus.db"
        t = time.perf_counter()
        claims = write_store(url, synthetic_figures(n, seed=0))
        print(f"\nstore of {n:,} mentions ({claims:,} claims) written in {time.perf_counter() - t:.1f} s; dashboard.py in AppTest "
              f"(load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores):")
        print(f"{'':34} {'AppTest':>8} {'script':>8} {'script':>8}")
        print(f"{'(seconds)':34} {'run':>8} {'wall':>8} {'CPU':>8}")

        def row(name: str, seconds: float) -> None:
            print(f"{name:34} {seconds:8.2f} {clock.wall:8.2f} {clock.cpu:8.2f}")

        def open_page() -> tuple[AppTest, float]:
            at = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=300)
            at.secrets["connections"] = {"tracker": {"url": url}}
            t = time.perf_counter()
            at.run()
            assert not at.exception, [e.value for e in at.exception]
            return at, time.perf_counter() - t

        _, first = open_page()
        row("first open (reads the store)", first)
        for i in range(ROUNDS):
            at, seconds = open_page()
            row(f"a new visitor opens ({i + 1})", seconds)
        for name, key, value in PAGE_CHANGES:
            widget = at.toggle(key=key) if key == "mentions" else (
                at.date_input(key=key) if key == "from" else at.multiselect(key=key)
            )
            widget.set_value(value)
            t = time.perf_counter()
            at.run()
            assert not at.exception, [e.value for e in at.exception]
            row("filter: " + name, time.perf_counter() - t)
        # the same store without its columnar copy, read afresh (the server's caches emptied)
        drop_columnar_copy(url)
        st.cache_resource.clear()
        st.cache_data.clear()
        _, first = open_page()
        row("first open, tables only (no copy)", first)


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("n", nargs="?", type=int, default=100_000, help="figures (default 100,000)")
    parser.add_argument("--no-store", dest="store", action="store_false", help="skip the page on a corpus store")
    args = parser.parse_args()
    main(args.n)
    if args.store:
        page_on_store(args.n)
