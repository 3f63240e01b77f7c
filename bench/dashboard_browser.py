"""The dashboard on a corpus store of N synthetic mentions, in a real browser: Debian's
chromium driven by Playwright, with the flags tests/test_browser.py uses.

    python bench/dashboard_browser.py          # 100,000 mentions
    python bench/dashboard_browser.py 20000

The store is written as bench/dashboard.py writes it (the table contract of `tracker
ingest`) and `streamlit run dashboard.py` is started on it (TRACKER_DB_URL). Then, wall-clock
seconds, as a visitor sees them:

- open: from navigation until the chart is drawn, the table shown and the script done;
  the first open reads the store, a new visitor's is served from the cache;
- a filter change: from picking a value in the sidebar's "Indicator" list until the page
  shows the new count of matching claims, the chart is drawn and the script is done;
- beside each, the seconds the page's main thread worked (Chrome's TaskDuration: loading
  streamlit's front end, drawing the charts and tables), the CPU seconds of chromium's
  processes (SystemInfo.getProcessInfo: what a busy machine does not stretch), and the
  server's own part: the wall and CPU seconds of the script's runs (bench/serve_timed.py
  times them);
- last, streamlit alone: new visitors opening a page of one title served the same way,
  what any streamlit app costs before its own work.

`--floor` sets the page beside the least any streamlit page with a chart costs, on the same
harness: a trivial app (a title, one st.write, one small st.altair_chart of twelve points, an
"Indicator" list in the sidebar and a count of matching rows), then dashboard.py on the seeds
(nothing configured), then on the store of N mentions. For each, `--rounds` times: a new
visitor with an empty browser cache (a fresh browser context), the same visitor coming back
(the same context: streamlit's scripts and fonts from the cache), and, on that page, filter
changes; each row its wall seconds (navigation or pick until the chart is drawn and the script
done), chromium's CPU seconds and the server script's wall and CPU seconds; then best and
median of each. `--db PATH` keeps the store in PATH (written when missing) for later runs;
`--against DIR` times another checkout's dashboard.py on the same store as well (a before and
after: `git worktree add /tmp/before main`). The rounds go from page to page, so that the
load of a shared machine falls on all of them alike.

    python bench/dashboard_browser.py --floor --rounds 5 --against /tmp/before

`--trace` times only the filter changes of dashboard.py on the store (and of `--against`'s),
by the CPU seconds of the page's main thread from chromium's own trace: the thread time of
each task it ran between the pick and the redrawn page. A thread's CPU time does not grow
when a loaded machine makes it wait, as wall time does (here a filter change's wall time
varied from 0.5 to 5 s between runs of the same page), so this shows the browser's work on
a change on a shared machine.

    python bench/dashboard_browser.py --trace --rounds 5 --db /tmp/store.db --against /tmp/before

A bench that prints numbers, not a test: nothing is asserted about the times.
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(Path(__file__).resolve().parent), str(ROOT)]

from serve_timed import ENV_TIMES, read_times  # noqa: E402  (bench/serve_timed.py)
from synthetic import synthetic_figures  # noqa: E402  (bench/synthetic.py, beside this file)

CHROMIUM = os.environ.get("TRACKER_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = [  # tests/test_browser.py's: chromium as root in a container needs these
    "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]
TIMEOUT_MS = 300_000
VISITORS = 3
# Values picked in the "Indicator" list, one filter change each (cumulative, as a visitor adds them).
PICKS: tuple[str, ...] = ("displaced", "killed")

DRAWN = """() => {
    const chart = document.querySelector('[data-testid="stVegaLiteChart"] canvas, [data-testid="stVegaLiteChart"] svg');
    const table = document.querySelector('[data-testid="stDataFrame"]');
    return !!chart && !!table && !document.querySelector('[data-testid="stStatusWidget"]');
}"""

# The caption "N claims: ...; M match the filters." with M other than before, and the page done.
REDRAWN = """(before) => {
    const text = document.body.innerText;
    const m = text.match(/([\\d,]+) match the filters/);
    const chart = document.querySelector('[data-testid="stVegaLiteChart"] canvas, [data-testid="stVegaLiteChart"] svg');
    return !!m && m[1] !== before && !!chart && !document.querySelector('[data-testid="stStatusWidget"]');
}"""

MATCHED = """() => { const m = document.body.innerText.match(/([\\d,]+) match the filters/); return m ? m[1] : ''; }"""


def _bench_dashboard():
    """bench/dashboard.py as a module (its name is the app's, so it is loaded by path)."""
    spec = importlib.util.spec_from_file_location("bench_dashboard", Path(__file__).with_name("dashboard.py"))
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def stop(proc: subprocess.Popen) -> None:
    """Ends the streamlit server: asked first, killed after ten seconds (the browser test uses this too)."""
    proc.terminate()
    try:
        proc.wait(timeout=10)
    except subprocess.TimeoutExpired:
        proc.kill()


def wait_healthy(url: str, proc: subprocess.Popen, timeout_s: float = 120) -> None:
    """Until streamlit's health endpoint says ok (the browser test uses this too)."""
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"streamlit exited with {proc.returncode}")
        try:
            with urllib.request.urlopen(f"{url}/_stcore/health", timeout=2) as r:
                if r.read().strip() == b"ok":
                    return
        except OSError:
            time.sleep(0.3)
    raise TimeoutError(f"streamlit did not answer on {url} within {timeout_s:g}s")


def busy(page) -> float:
    """Seconds the page's main thread has worked so far (Chrome's TaskDuration): the
    browser's own work, which a busy machine stretches less than the wall-clock time."""
    if not hasattr(page, "_bench_cdp"):
        page._bench_cdp = page.context.new_cdp_session(page)
        page._bench_cdp.send("Performance.enable")
    metrics = page._bench_cdp.send("Performance.getMetrics")["metrics"]
    return next(m["value"] for m in metrics if m["name"] == "TaskDuration")


def browser_cpu(browser) -> float:
    """CPU seconds used so far by chromium's live processes (the browser, its renderers,
    its GPU and utility processes): the browser's work, whatever else loads the machine."""
    if not hasattr(browser, "_bench_cdp"):
        browser._bench_cdp = browser.new_browser_cdp_session()
    return sum(p["cpuTime"] for p in browser._bench_cdp.send("SystemInfo.getProcessInfo")["processInfo"])


def _open(browser, url: str, server_done=lambda: None, drawn: str = DRAWN):
    """(a new visitor's page, seconds from navigation to the page drawn and the script done
    (`server_done` waits for the server to say so, where it can), the main thread's busy
    seconds, chromium's CPU seconds)."""
    context = browser.new_context(viewport={"width": 1500, "height": 1050})
    page = context.new_page()
    busy(page)
    cpu = browser_cpu(browser)
    t = time.perf_counter()
    page.goto(url)
    page.wait_for_function(drawn, timeout=TIMEOUT_MS, polling=50)
    server_done()
    page.wait_for_function(drawn, timeout=TIMEOUT_MS, polling=50)
    return page, time.perf_counter() - t, busy(page), browser_cpu(browser) - cpu


def _pick(page, value: str, server_done=lambda: None) -> tuple[float, float, float]:
    """Seconds from picking `value` in the "Indicator" list to the page redrawn, the main
    thread's busy seconds and chromium's CPU seconds in them."""
    before = page.evaluate(MATCHED)
    page.locator('[data-testid="stSidebar"] [data-testid="stMultiSelect"]').first.click()
    option = page.get_by_role("option", name=value, exact=True)
    option.wait_for(timeout=30_000)
    worked, cpu = busy(page), browser_cpu(page.context.browser)
    t = time.perf_counter()
    option.click()
    page.wait_for_function(REDRAWN, arg=before, timeout=TIMEOUT_MS, polling=50)
    # streamlit shows its "running" sign only after a moment: the count and the chart may be
    # new while the script still draws the map and the table; the server says when it is done
    server_done()
    page.wait_for_function(REDRAWN, arg=before, timeout=TIMEOUT_MS, polling=50)
    seconds = time.perf_counter() - t
    worked, cpu = busy(page) - worked, browser_cpu(page.context.browser) - cpu
    page.keyboard.press("Escape")  # close the list
    return seconds, worked, cpu


def main_thread_cpu(trace: bytes) -> float:
    """CPU seconds of the page's main thread in a chromium trace: the thread time (tdur)
    of the tasks (RunTask) of every renderer's main thread."""
    import json

    events = json.loads(trace)
    events = events["traceEvents"] if isinstance(events, dict) else events
    main = {
        (e["pid"], e["tid"]) for e in events
        if e.get("ph") == "M" and e.get("name") == "thread_name" and e["args"].get("name") == "CrRendererMain"
    }
    return sum(
        e.get("tdur", 0) for e in events
        if e.get("ph") == "X" and e.get("name") == "RunTask" and (e.get("pid"), e.get("tid")) in main
    ) / 1e6


TRACE_CATEGORIES: list[str] = ["devtools.timeline", "disabled-by-default-devtools.timeline"]


TRACE_SETTLE_S: float = 2.0


def _traced_pick(page, value: str) -> tuple[float, float]:
    """A filter change as `_pick` makes it, traced from the click on `value` until the page
    is redrawn and still: (wall seconds to the new count and chart, the main thread's CPU
    seconds)."""
    browser = page.context.browser
    before = page.evaluate(MATCHED)
    page.locator('[data-testid="stSidebar"] [data-testid="stMultiSelect"]').first.click()
    option = page.get_by_role("option", name=value, exact=True)
    option.wait_for(timeout=30_000)
    browser.start_tracing(page=page, categories=TRACE_CATEGORIES)
    t = time.perf_counter()
    option.click()
    page.wait_for_function(REDRAWN, arg=before, timeout=TIMEOUT_MS, polling=50)
    seconds = time.perf_counter() - t
    # the map and the table may come after the count and the chart: the trace goes on until
    # the page has been still a moment (a still page adds no CPU to the sum)
    time.sleep(TRACE_SETTLE_S)
    page.wait_for_function(REDRAWN, arg=before, timeout=TIMEOUT_MS, polling=50)
    cpu = main_thread_cpu(browser.stop_tracing())
    page.keyboard.press("Escape")
    return seconds, cpu


def trace(n: int, rounds: int, db: str | None, against: Path | None = None) -> None:
    """Filter changes on the store, this checkout's dashboard.py and `against`'s, round after
    round: best and median wall seconds and main-thread CPU seconds of each pick."""
    from playwright.sync_api import sync_playwright

    with tempfile.TemporaryDirectory() as tmp:
        db_path = Path(db) if db else Path(tmp) / "corpus.db"
        url_db = f"sqlite:///{db_path}"
        if not db_path.exists():
            _bench_dashboard().write_store(url_db, synthetic_figures(n, seed=0))
        plain = {k: v for k, v in os.environ.items() if k != "TRACKER_DB_URL"}
        trees = [("this checkout", ROOT)] + ([(str(against), against)] if against is not None else [])
        served = [(name, *serve("dashboard.py", tree, {**plain, "PYTHONPATH": str(tree), "TRACKER_DB_URL": url_db}))
                  for name, tree in trees]
        times: dict[str, dict[str, list[tuple[float, float]]]] = {name: {} for name, _ in trees}
        try:
            for _, proc, url in served:
                wait_healthy(url, proc)
            with sync_playwright() as p:
                browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
                load = [os.getloadavg()[0]]
                for _ in range(rounds):
                    for name, _, url in served:
                        page, *_ = _open(browser, url)
                        for value in PICKS:
                            times[name].setdefault(f"filter: + indicator {value}", []).append(_traced_pick(page, value))
                        page.context.close()
                load.append(os.getloadavg()[0])
                browser.close()
        finally:
            for _, proc, _ in served:
                stop(proc)
    print(f"seconds, best / median of {rounds} (load average {min(load):.1f} to {max(load):.1f} on {os.cpu_count()} cores): "
          "wall from the pick to the page redrawn, and the page's main thread's CPU in it (chromium's trace)")
    for name, steps in times.items():
        print(name)
        for step, timings in steps.items():
            walls, cpus = zip(*timings)
            print(f"  {step:34} wall {min(walls):5.2f}/{statistics.median(walls):5.2f}"
                  f"  main-thread CPU {min(cpus):5.2f}/{statistics.median(cpus):5.2f}")


# streamlit's front end on its own: a page of one title, served with the same options, so
# that an open's time can be split into the front end's own load and the page's work.
EMPTY_APP = 'import streamlit as st\n\nst.title("Crisis figures tracker")\n'
TITLED = """() => !!document.querySelector('h1') && !document.querySelector('[data-testid="stStatusWidget"]')"""


def serve(script: str, cwd: Path, env: dict[str, str]) -> tuple[subprocess.Popen, str]:
    """`streamlit run script` (through bench/serve_timed.py, which times each script run
    when env names a file for it) on a free port: (the process, its URL)."""
    port = free_port()
    proc = subprocess.Popen(
        [
            sys.executable, str(Path(__file__).with_name("serve_timed.py")), "run", script,
            "--server.headless", "true", "--server.port", str(port), "--server.address", "127.0.0.1",
            "--browser.gatherUsageStats", "false", "--server.fileWatcherType", "none",
        ],
        cwd=cwd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    return proc, f"http://127.0.0.1:{port}"


def front_end_alone(browser, folder: Path, visitors: int = VISITORS) -> list[tuple[float, float, float]]:
    """(seconds, main thread's busy seconds, chromium's CPU seconds) for new visitors to open
    a page of one title: streamlit's own load."""
    (folder / "empty_app.py").write_text(EMPTY_APP, encoding="utf-8")
    proc, url = serve("empty_app.py", folder, dict(os.environ))
    try:
        wait_healthy(url, proc)
        times = []
        for _ in range(visitors + 1):  # the first open warms the server
            page, seconds, worked, cpu = _open(browser, url, drawn=TITLED)
            times.append((seconds, worked, cpu))
            page.context.close()
        return times[1:]
    finally:
        stop(proc)


# --- --floor: the same harness on a trivial app, the seeds and the store ---------------------

# The least a streamlit page with a chart costs: one st.write, one small st.altair_chart, and
# the sidebar's "Indicator" list and count the harness picks in and waits for (as on our page).
FLOOR_APP = """import altair as alt
import pandas as pd
import streamlit as st

st.set_page_config(page_title="floor", layout="wide")
st.title("Crisis figures tracker")
data = pd.DataFrame({
    "date": pd.date_range("2024-01-01", periods=12, freq="7D"),
    "count": [120, 340, 560, 800, 1200, 1500, 2100, 2600, 3000, 4200, 5100, 6000],
    "indicator": ["displaced", "killed", "injured"] * 4,
})
chosen = st.sidebar.multiselect("Indicator", ["displaced", "injured", "killed"], default=[])
shown = data[data["indicator"].isin(chosen)] if chosen else data
st.write(f"{len(shown):,} match the filters.")
st.altair_chart(
    alt.Chart(shown).mark_point().encode(x="date:T", y="count:Q", color="indicator:N", tooltip=["indicator", "count"]),
    width="stretch",
)
"""

CHART_DRAWN = """() => !!document.querySelector('[data-testid="stVegaLiteChart"] canvas, [data-testid="stVegaLiteChart"] svg')
    && !document.querySelector('[data-testid="stStatusWidget"]')"""


@dataclass(frozen=True)
class Target:
    """A page the floor bench opens: its name, the script, and what says it is drawn."""

    name: str
    script: str
    cwd: Path
    env: dict[str, str]
    drawn: str
    picks: tuple[str, ...]


@dataclass(frozen=True)
class Timing:
    """One measured step: wall seconds in the browser, chromium's CPU seconds, and the
    server's script runs in it (wall and CPU seconds)."""

    wall: float
    cpu: float
    script_wall: float
    script_cpu: float


class ScriptTimes:
    """The server's script runs (bench/serve_timed.py's file), read step by step."""

    def __init__(self, path: str) -> None:
        self.path, self.seen = path, 0

    def done(self) -> None:
        """Until the server has written a line for a script run not reported yet (or 60 s)."""
        deadline = time.monotonic() + 60
        while len(read_times(self.path)) <= self.seen and time.monotonic() < deadline:
            time.sleep(0.02)

    def since(self) -> tuple[float, float]:
        """(wall, CPU) seconds of the script runs since the last call."""
        runs = read_times(self.path)[self.seen:]
        self.seen += len(runs)
        return sum(w for w, _ in runs), sum(c for _, c in runs)


def _visit(context, url: str, target: Target, times: ScriptTimes) -> tuple[object, Timing]:
    """A page of `context` opened on `url`: (the page, its timing)."""
    page = context.new_page()
    cpu = browser_cpu(context.browser)
    t = time.perf_counter()
    page.goto(url)
    page.wait_for_function(target.drawn, timeout=TIMEOUT_MS, polling=50)
    times.done()
    page.wait_for_function(target.drawn, timeout=TIMEOUT_MS, polling=50)
    wall = time.perf_counter() - t
    return page, Timing(wall, browser_cpu(context.browser) - cpu, *times.since())


def measure(browser, targets: tuple[Target, ...], rounds: int, folder: Path) -> dict[str, dict[str, list[Timing]]]:
    """Per target, per step, `rounds` timings: a new visitor (empty cache), the same visitor
    back (cached), and the target's filter changes on that page. Every server is started and
    opened once first (its caches filled: the store read; reported under its own name), then
    the rounds go from target to target, so that a change of the machine's load falls on all."""
    served = []
    try:
        for i, target in enumerate(targets):
            path = str(folder / f"times-{i}.txt")
            proc, url = serve(target.script, target.cwd, {**target.env, ENV_TIMES: path})
            served.append((target, proc, url, ScriptTimes(path)))
        steps: dict[str, dict[str, list[Timing]]] = {target.name: {} for target in targets}
        for r in range(rounds + 1):
            for target, proc, url, times in served:
                if r == 0:
                    wait_healthy(url, proc)
                context = browser.new_context(viewport={"width": 1500, "height": 1050})
                page, timing = _visit(context, url, target, times)
                mine = steps[target.name]
                mine.setdefault("new visitor, empty cache" if r else "first open of the server", []).append(timing)
                if r:
                    page.close()
                    page, timing = _visit(context, url, target, times)
                    mine.setdefault("returning visitor, cached", []).append(timing)
                    for value in target.picks:
                        cpu = browser_cpu(browser)
                        wall, _, _ = _pick(page, value, times.done)
                        mine.setdefault(f"filter: + indicator {value}", []).append(
                            Timing(wall, browser_cpu(browser) - cpu, *times.since())
                        )
                context.close()
        return steps
    finally:
        for _, proc, _, _ in served:
            stop(proc)


def floor(n: int, rounds: int, db: str | None, against: Path | None = None) -> None:
    """The trivial app, the seeds and the store on one harness, best and median of `rounds`;
    `against`: another checkout's dashboard.py on the same store too (a before and after)."""
    from playwright.sync_api import sync_playwright

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        db_path = Path(db) if db else folder / "corpus.db"
        url_db = f"sqlite:///{db_path}"
        if not db_path.exists():
            t = time.perf_counter()
            claims = _bench_dashboard().write_store(url_db, synthetic_figures(n, seed=0))
            print(f"store of {n:,} mentions ({claims:,} claims) written in {time.perf_counter() - t:.1f} s to {db_path}")
        (folder / "floor_app.py").write_text(FLOOR_APP, encoding="utf-8")
        plain = {k: v for k, v in os.environ.items() if k != "TRACKER_DB_URL"}
        ours = {**plain, "PYTHONPATH": str(ROOT)}  # this checkout's tracker, whatever is installed
        targets = (
            Target("trivial app", "floor_app.py", folder, plain, CHART_DRAWN, ("killed",)),
            Target("dashboard, seeds", "dashboard.py", ROOT, ours, DRAWN, PICKS),
            Target(f"dashboard, store of {n:,}", "dashboard.py", ROOT, {**ours, "TRACKER_DB_URL": url_db}, DRAWN, PICKS),
        )
        if against is not None:
            other = {**plain, "PYTHONPATH": str(against), "TRACKER_DB_URL": url_db}
            targets += (Target(f"{against}'s dashboard, store of {n:,}", "dashboard.py", against, other, DRAWN, PICKS),)
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
            load = [os.getloadavg()[0]]
            results = measure(browser, targets, rounds, folder)
            load.append(os.getloadavg()[0])
            browser.close()
    print(f"seconds, best / median of {rounds} (load average {min(load):.1f} to {max(load):.1f} on {os.cpu_count()} cores): "
          "wall in the browser (navigation or pick until the chart is drawn and the script done), "
          "chromium's CPU, the server's script wall and CPU")
    print(f"  {'':34} {'wall':>11} {'browser CPU':>11} {'script wall':>11} {'script CPU':>11}")
    for name, steps in results.items():
        print(name)
        for step, timings in steps.items():
            cells = " ".join(
                f"{min(values):5.2f}/{statistics.median(values):5.2f}"
                for values in zip(*((t.wall, t.cpu, t.script_wall, t.script_cpu) for t in timings))
            )
            print(f"  {step:34} {cells}")


def main(n: int) -> None:
    from playwright.sync_api import sync_playwright

    with tempfile.TemporaryDirectory() as folder:
        url_db = f"sqlite:///{folder}/corpus.db"
        t = time.perf_counter()
        claims = _bench_dashboard().write_store(url_db, synthetic_figures(n, seed=0))
        print(f"store of {n:,} mentions ({claims:,} claims) written in {time.perf_counter() - t:.1f} s")
        times = f"{folder}/script-times.txt"
        proc, url = serve("dashboard.py", ROOT, {**os.environ, "TRACKER_DB_URL": url_db, ENV_TIMES: times})

        clock = ScriptTimes(times)
        server_done = clock.done

        def script() -> str:
            """The server's script runs since the last call: wall and CPU seconds, and how many."""
            before = clock.seen
            wall, cpu = clock.since()
            return f"{wall:7.2f} {cpu:7.2f} {clock.seen - before:5}"

        try:
            wait_healthy(url, proc)
            with sync_playwright() as p:
                browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
                print(f"dashboard.py in chromium (load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores), "
                      "seconds: in the browser (wall, its page's main thread busy, chromium's CPU), and the "
                      "server's script run (wall, CPU, runs):")
                print(f"  {'':38} {'browser':>7} {'busy':>7} {'CPU':>7} {'script':>7} {'CPU':>7} {'runs':>5}")
                page, seconds, worked, cpu = _open(browser, url, server_done)
                print(f"  {'first open (reads the store)':38} {seconds:7.2f} {worked:7.2f} {cpu:7.2f} {script()}")
                page.context.close()
                for i in range(VISITORS):
                    page, seconds, worked, cpu = _open(browser, url, server_done)
                    print(f"  {f'a new visitor opens ({i + 1})':38} {seconds:7.2f} {worked:7.2f} {cpu:7.2f} {script()}")
                    if i < VISITORS - 1:
                        page.context.close()
                for value in PICKS:
                    seconds, worked, cpu = _pick(page, value, server_done)
                    print(f"  {'filter: + indicator ' + value:38} {seconds:7.2f} {worked:7.2f} {cpu:7.2f} {script()}")
                page.context.close()
                stop(proc)
                for i, (seconds, worked, cpu) in enumerate(front_end_alone(browser, Path(folder))):
                    print(f"  {f'streamlit alone: one title ({i + 1})':38} {seconds:7.2f} {worked:7.2f} {cpu:7.2f}")
                browser.close()
        finally:
            stop(proc)


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("n", nargs="?", type=int, default=100_000, help="mentions (default 100,000)")
    parser.add_argument("--floor", action="store_true", help="a trivial app, the seeds and the store on one harness")
    parser.add_argument("--trace", action="store_true", help="filter changes on the store: main-thread CPU from chromium's trace")
    parser.add_argument("--rounds", type=int, default=3, help="rounds of --floor or --trace (default 3)")
    parser.add_argument("--db", help="--floor's store: kept in this file, written when missing")
    parser.add_argument("--against", type=Path, help="--floor, --trace: another checkout (git worktree) whose dashboard.py is timed too")
    args = parser.parse_args()
    if args.trace:
        trace(args.n, args.rounds, args.db, args.against)
    elif args.floor:
        floor(args.n, args.rounds, args.db, args.against)
    else:
        main(args.n)
