"""How long the dashboard takes to redraw after a filter change, on N synthetic figures.

A filter change reruns the page: the extraction is cached, so the work left is filtering,
the headline cards, the list of undated figures, the chart (thinned to charts.MAX_CHART_POINTS, built and serialised
to its Vega-Lite spec, data as Arrow, as st.altair_chart does) and one page of the table. Each step is
timed on `synthetic_figures(n)`, best of a few rounds, in wall-clock milliseconds.

    python bench/dashboard.py            # 100,000 figures
    python bench/dashboard.py 500000
"""

from __future__ import annotations

import datetime as dt
import sys
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


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 100_000)
