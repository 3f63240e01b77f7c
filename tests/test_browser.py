"""The dashboard in a real browser: Debian's chromium, driven by Playwright.

Starts `streamlit run dashboard.py --server.headless true` on a free local port, waits
for the app, checks the chart has rendered, hovers points until a tooltip opens and
reads its source, downloads the CSV and reads it, uploads an article carrying HTML and
a script and checks nothing of it runs, and saves docs/dashboard.png (the README's
screenshot, taken with the tooltip open).

Skipped, with the reason, when /usr/bin/chromium or playwright is not installed.
"""

from __future__ import annotations

import csv
import io
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from dashboard_browser import free_port, stop, wait_healthy  # bench/ (tests/conftest.py puts it on the path)

from tracker.output.schema import CLAIM_NAMES

pytestmark = pytest.mark.browser

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = os.environ.get("TRACKER_CHROMIUM", "/usr/bin/chromium")
SCREENSHOT = ROOT / "docs" / "dashboard.png"
# Chromium as root in a container needs these.
CHROMIUM_ARGS = [
    "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]
START_TIMEOUT_S = 60
HOSTILE_ARTICLE = (
    "<script>document.title='owned'</script><img src=x onerror=\"document.title='owned'\"> "
    "The United Nations said on Monday that more than 900 civilians have been killed in Idlib.\n"
)

playwright_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed")
if not shutil.which(CHROMIUM) and not Path(CHROMIUM).exists():
    pytest.skip(f"{CHROMIUM} is not installed (apt-get install chromium)", allow_module_level=True)


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    port = free_port()
    proc = subprocess.Popen(
        [
            sys.executable, "-m", "streamlit", "run", "dashboard.py",
            "--server.headless", "true", "--server.port", str(port), "--server.address", "127.0.0.1",
            "--browser.gatherUsageStats", "false", "--server.fileWatcherType", "none",
        ],
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        wait_healthy(url, proc, START_TIMEOUT_S)
        yield url
    finally:
        stop(proc)


@pytest.fixture(scope="module")
def browser():
    with playwright_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
        yield b
        b.close()


@pytest.fixture()
def page(browser, server):
    context = browser.new_context(viewport={"width": 1500, "height": 1050}, accept_downloads=True)
    pg = context.new_page()
    dialogs: list[str] = []
    pg.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    pg.dialogs = dialogs
    pg.goto(server)
    _wait_loaded(pg)
    yield pg
    context.close()


def _wait_loaded(pg) -> None:
    """The app has run: the chart is drawn and the script is no longer running."""
    pg.wait_for_selector('[data-testid="stVegaLiteChart"] canvas, [data-testid="stVegaLiteChart"] svg', timeout=60_000)
    pg.locator('[data-testid="stDataFrame"]').last.wait_for(timeout=60_000)
    pg.wait_for_function(
        "() => !document.querySelector('[data-testid=\"stStatusWidget\"]')", timeout=60_000
    )


TOOLTIP_TEXT = """() => {
    const t = document.getElementById('vg-tooltip-element');
    return t && t.classList.contains('visible') ? t.innerText : '';
}"""


def _hover_until_tooltip(pg) -> str:
    """Move the mouse over the plot until a point's tooltip opens; its text. A point with
    a named source is preferred (it makes the better screenshot); else the first found."""
    chart = pg.locator('[data-testid="stVegaLiteChart"]').first
    chart.scroll_into_view_if_needed()
    box = chart.locator("canvas, svg").first.bounding_box()
    assert box, "the chart has a size"
    first: tuple[int, int] | None = None
    step = 10  # a point's marker is about 13 px wide: every point is hit
    for x in range(int(box["x"]) + 40, int(box["x"] + box["width"]) - 150, step):
        for y in range(int(box["y"]) + 5, int(box["y"] + box["height"]) - 30, step):
            pg.mouse.move(x, y)
            text = pg.evaluate(TOOLTIP_TEXT)
            if "Reported by" in text:
                if "(unattributed)" not in text:
                    return text
                first = first or (x, y)
    assert first, "no tooltip opened over the chart"
    pg.mouse.move(*first)
    pg.wait_for_function(TOOLTIP_TEXT)
    return pg.evaluate(TOOLTIP_TEXT)


def _tooltip_fields(pg) -> dict[str, str]:
    """The open tooltip's lines "Title: value" (the point's one text, charts.tooltip_text,
    which vega-tooltip shows with its line breaks)."""
    text = pg.evaluate(TOOLTIP_TEXT)
    lines = [line.split(": ", 1) for line in text.splitlines() if ": " in line]
    return {k.strip(): v.strip() for k, v in lines}


def _download_csv(pg) -> list[dict[str, str]]:
    with pg.expect_download() as info:
        pg.get_by_role("button", name="Download CSV", exact=True).click()
    data = Path(info.value.path()).read_text(encoding="utf-8")
    reader = csv.DictReader(io.StringIO(data))
    # the page opens on claims (tracker.consolidate): the table and its downloads are claims
    assert tuple(reader.fieldnames or ()) == CLAIM_NAMES, reader.fieldnames
    return list(reader)


def test_chart_tooltip_and_csv_download(page):
    text = _hover_until_tooltip(page)
    fields = _tooltip_fields(page)
    for name in ("Indicator", "Figure", "Date", "Reported by", "Place", "Document", "Quote"):
        assert name in fields, (name, text)
    # one line each: the browser keeps the text's line breaks (vega-tooltip's white-space: pre-line)
    assert text.count("\n") >= 6, text
    assert "Reported by: " in text and "Quote: " in text, text
    SCREENSHOT.parent.mkdir(exist_ok=True)
    page.screenshot(path=str(SCREENSHOT))

    rows = _download_csv(page)
    assert len(rows) >= 5, "the seeds' figures are in the CSV"
    # the tooltip's source is the CSV's source of the figure with that quote
    quote = fields["Quote"].rstrip("…").strip()
    matching = [r for r in rows if r["quote"].startswith(quote[:60])]
    assert matching, (quote, [r["quote"] for r in rows])
    sources = {r["source"] or "(unattributed)" for r in matching}
    assert fields["Reported by"] in sources, (fields["Reported by"], sources)
    assert not page.dialogs
    # the download did not rerun the app: the chart is still there, no spinner
    assert page.locator('[data-testid="stVegaLiteChart"]').count() == 1


def test_uploaded_html_article_shows_as_text_and_runs_nothing(page, tmp_path):
    article = tmp_path / "hostile.txt"
    article.write_text(HOSTILE_ARTICLE, encoding="utf-8")
    page.locator('[data-testid="stFileUploader"] input[type="file"]').set_input_files(str(article))
    page.locator("mark", has_text="more than 900").first.wait_for(timeout=60_000)
    _wait_loaded(page)
    assert page.title() != "owned" and not page.dialogs
    shown = page.get_by_text("<script>document.title='owned'</script>", exact=False)
    assert shown.count() >= 1, "the script tag is shown as text"
    assert page.evaluate("() => document.querySelectorAll('img[src=\"x\"]').length") == 0


MATCHED = """() => { const m = document.body.innerText.match(/([\\d,]+) match the filters/); return m ? m[1] : ''; }"""
MARK_CHARTS = """() => {
    const canvases = document.querySelectorAll('[data-testid="stVegaLiteChart"] canvas');
    canvases.forEach(c => { c.dataset.drawnBefore = 'yes'; });
    return canvases.length;
}"""
CHARTS_KEPT = """() => Array.from(document.querySelectorAll('[data-testid="stVegaLiteChart"] canvas'), c => c.dataset.drawnBefore === 'yes')"""


def test_a_filter_change_gives_the_drawn_charts_new_data_instead_of_new_charts(page):
    """The chart's and the map's specs do not change with the filters (tracker/app/charts.py),
    so streamlit keeps each Vega view, and its canvas, and gives it the new rows."""
    before = page.evaluate(MATCHED)
    drawn = page.evaluate(MARK_CHARTS)
    assert drawn >= 1, "the chart is drawn on a canvas"
    page.locator('[data-testid="stSidebar"] [data-testid="stMultiSelect"]').first.click()
    page.get_by_role("option", name="killed", exact=True).click()
    page.keyboard.press("Escape")
    page.wait_for_function(f"(before) => ({MATCHED})() !== before", arg=before, timeout=60_000)
    _wait_loaded(page)
    assert page.evaluate(MATCHED) != before, "the filter changed what is shown"
    kept = page.evaluate(CHARTS_KEPT)
    assert len(kept) == drawn and all(kept), f"a chart was built anew: {kept}"
