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
  shows the new count of matching claims, the chart is drawn and the script is done.

A bench that prints numbers, not a test: nothing is asserted about the times.
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(Path(__file__).resolve().parent), str(ROOT)]

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


def _open(browser, url: str):
    """(a new visitor's page, seconds from navigation to the chart drawn and the script done)."""
    context = browser.new_context(viewport={"width": 1500, "height": 1050})
    page = context.new_page()
    t = time.perf_counter()
    page.goto(url)
    page.wait_for_function(DRAWN, timeout=TIMEOUT_MS, polling=50)
    return page, time.perf_counter() - t


def _pick(page, value: str) -> float:
    """Seconds from picking `value` in the "Indicator" list to the page redrawn."""
    before = page.evaluate(MATCHED)
    page.locator('[data-testid="stSidebar"] [data-testid="stMultiSelect"]').first.click()
    option = page.get_by_role("option", name=value, exact=True)
    option.wait_for(timeout=30_000)
    t = time.perf_counter()
    option.click()
    page.wait_for_function(REDRAWN, arg=before, timeout=TIMEOUT_MS, polling=50)
    seconds = time.perf_counter() - t
    page.keyboard.press("Escape")  # close the list
    return seconds


def main(n: int) -> None:
    from playwright.sync_api import sync_playwright

    with tempfile.TemporaryDirectory() as folder:
        url_db = f"sqlite:///{folder}/corpus.db"
        t = time.perf_counter()
        _bench_dashboard().write_store(url_db, synthetic_figures(n, seed=0))
        print(f"store of {n:,} mentions written in {time.perf_counter() - t:.1f} s")
        port = free_port()
        env = {**os.environ, "TRACKER_DB_URL": url_db}
        proc = subprocess.Popen(
            [
                sys.executable, "-m", "streamlit", "run", "dashboard.py",
                "--server.headless", "true", "--server.port", str(port), "--server.address", "127.0.0.1",
                "--browser.gatherUsageStats", "false", "--server.fileWatcherType", "none",
            ],
            cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )
        url = f"http://127.0.0.1:{port}"
        try:
            wait_healthy(url, proc)
            with sync_playwright() as p:
                browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
                print(f"dashboard.py in chromium (load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores), "
                      "wall-clock seconds:")
                page, seconds = _open(browser, url)
                print(f"  {'first open (reads the store)':34} {seconds:6.2f}")
                page.context.close()
                for i in range(VISITORS):
                    page, seconds = _open(browser, url)
                    print(f"  {f'a new visitor opens ({i + 1})':34} {seconds:6.2f}")
                    if i < VISITORS - 1:
                        page.context.close()
                for value in PICKS:
                    print(f"  {'filter: + indicator ' + value:34} {_pick(page, value):6.2f}")
                browser.close()
        finally:
            stop(proc)


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("n", nargs="?", type=int, default=100_000, help="mentions (default 100,000)")
    main(parser.parse_args().n)
