"""`streamlit run`, timing each run of the page's script on the server: for the browser bench.

    TRACKER_BENCH_TIMES=times.txt python bench/serve_timed.py run dashboard.py [streamlit options]

Each run of the script appends one line to the file named by TRACKER_BENCH_TIMES: its
wall-clock and CPU seconds (of the script's own thread), so that the bench can tell the
server's share of an open in the browser from the browser's. It wraps the function
streamlit runs the script in (a private hook, as bench/dashboard.py's ScriptClock does); a
bench tool only, never a way to serve the app.
"""

from __future__ import annotations

import os
import sys
import time

ENV_TIMES = "TRACKER_BENCH_TIMES"


def _time_each_run(path: str) -> None:
    import streamlit.runtime.scriptrunner.script_runner as runner

    inner = runner.exec_func_with_error_handling

    def timed(func, ctx):
        wall, cpu = time.perf_counter(), time.thread_time()
        try:
            return inner(func, ctx)
        finally:
            with open(path, "a", encoding="utf-8") as out:
                out.write(f"{time.perf_counter() - wall:.3f} {time.thread_time() - cpu:.3f}\n")

    runner.exec_func_with_error_handling = timed


def read_times(path: str) -> list[tuple[float, float]]:
    """(wall, CPU) seconds of each script run written so far."""
    try:
        with open(path, encoding="utf-8") as lines:
            return [(float(w), float(c)) for w, c in (line.split() for line in lines if line.strip())]
    except FileNotFoundError:
        return []


if __name__ == "__main__":
    if os.environ.get(ENV_TIMES):
        _time_each_run(os.environ[ENV_TIMES])
    from streamlit.web import cli

    sys.argv = ["streamlit", *sys.argv[1:]]
    sys.exit(cli.main(prog_name="streamlit"))
