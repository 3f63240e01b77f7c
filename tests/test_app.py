"""The dashboard page run headless with streamlit's AppTest: seeds, filters, uploads, URL.

Figures come from the real engine on the seed articles, so counts are read from the page
itself (before/after), not hard-coded where the engine decides them.
"""

from __future__ import annotations

import datetime as dt
import html
import json
from pathlib import Path

import pytest
import regex as re
from streamlit.testing.v1 import AppTest

ROOT = Path(__file__).resolve().parent.parent
APP = str(ROOT / "dashboard.py")
TIMEOUT = 60

# An article of our own, in the seeds' style, with two figures a reader would count.
ARTICLE = (
    "Aid agencies said on Monday that more than 2,000 people have been killed in the "
    "offensive on Idlib, and that some 700,000 people have fled their homes since December.\n"
)

HOSTILE_ARTICLE = (
    "<script>document.title='owned'</script><img src=x onerror=alert(1)> "
    "The United Nations said more than 900 civilians have been killed in Idlib.\n"
)


def run(**query) -> AppTest:
    at = AppTest.from_file(APP, default_timeout=TIMEOUT)
    for key, value in query.items():
        at.query_params[key] = value
    return at.run()


def table(at: AppTest):
    """The figures table: the dataframe under the "Figures" heading (the last one)."""
    return at.dataframe[-1].value


def plain(markdown: str) -> str:
    """Markdown source as a reader sees it: the page escapes untrusted text ("a\\.txt")."""
    return re.sub(r"\\(.)", r"\1", markdown)


def errors(at: AppTest) -> list[str]:
    return [plain(e.value) for e in at.error]


def warnings(at: AppTest) -> list[str]:
    return [plain(w.value) for w in at.warning]


@pytest.fixture(scope="module")
def seeds() -> AppTest:
    return run()


def test_page_runs_on_the_seeds_without_exception(seeds):
    assert not seeds.exception, [e.value for e in seeds.exception]
    assert not errors(seeds), errors(seeds)
    assert len(table(seeds)) >= 5, "the seeds hold at least five dated figures"
    chart = seeds.get("vega_lite_chart")
    assert chart, "the time chart is on the page"
    assert cards(seeds), "headline cards are shown"
    assert any("3 articles read" in c.value for c in seeds.caption)


def test_downloads_are_offered_in_csv_hxl_and_json(seeds):
    labels = [b.label for b in seeds.get("download_button")]
    assert labels == ["Download CSV", "Download CSV with HXL hashtags", "Download JSON"]


def test_indicator_filter_changes_what_the_table_holds():
    at = run()
    everything = table(at)
    at.multiselect(key="indicator").set_value(["refugees"]).run()
    refugees = table(at)
    assert 0 < len(refugees) < len(everything)
    assert set(refugees["indicator"]) == {"refugees"}


def test_undated_checkbox_takes_undated_figures_out_of_the_table():
    at = run()
    before = table(at)
    at.checkbox(key="undated").uncheck().run()
    after = table(at)
    assert before["date"].isna().any(), "seed 002 has no date: its figure is undated"
    assert not after["date"].isna().any()
    assert len(after) == len(before) - before["date"].isna().sum()


def test_query_parameters_set_the_filters():
    at = run(indicator="displaced", undated="false")
    assert at.multiselect(key="indicator").value == ["displaced"]
    assert at.checkbox(key="undated").value is False
    rows = table(at)
    assert len(rows) > 0 and set(rows["indicator"]) == {"displaced"}
    assert rows["date"].notna().all()


def test_date_range_in_the_url_limits_the_table():
    at = run(**{"from": "2020-01-01", "to": "2020-12-31", "undated": "false"})
    rows = table(at)
    assert len(rows) > 0
    assert (rows["date"].dt.year == 2020).all(), rows["date"].tolist()


def test_an_upload_adds_its_figures_and_marks_their_wording():
    at = run()
    before = len(table(at))
    at.file_uploader(key="uploads").set_value(("idlib.txt", ARTICLE.encode(), "text/plain")).run()
    assert not at.exception and not errors(at), errors(at)
    after = table(at)
    assert len(after) >= before + 2
    assert "more than 2,000 people have been killed" in " ".join(after["quote"].dropna())
    marked = [h.value for h in at.get("html") if "more than 2,000" in h.value]
    assert marked and "<mark>" in marked[0]
    assert any("1 added by you" in c.value for c in at.caption)


def test_an_undated_upload_is_listed_undated_until_given_a_date():
    at = run()
    at.file_uploader(key="uploads").set_value(("idlib.txt", ARTICLE.encode(), "text/plain")).run()

    def ours():
        rows = table(at)
        return rows[rows["quote"].str.contains("2,000 people", na=False)]

    assert ours()["date"].isna().all(), "a .txt without a date gives undated figures"
    assert any(s.value.startswith("Undated figures") for s in at.subheader)
    at.date_input(key="upload_date").set_value(dt.date(2020, 2, 3)).run()
    assert (ours()["date"].dt.date == dt.date(2020, 2, 3)).all(), ours()[["date", "quote"]]


def test_a_pasted_article_with_a_date_joins_the_table():
    at = run()
    before = len(table(at))
    at.text_area[0].set_value(ARTICLE)
    at.date_input(key="paste_date").set_value(dt.date(2020, 2, 3))
    at.button[0].click().run()
    rows = table(at)
    assert len(rows) >= before + 2
    added = rows[rows["quote"].str.contains("2,000 people", na=False)]
    assert not added.empty
    # "said on Monday" in an article published on Monday 3 February 2020
    assert added["date"].iloc[0].date() == dt.date(2020, 2, 3), added[["date", "quote"]]


BAD_UPLOADS = [
    ("report.txt", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n" + bytes(range(256)) * 8),
    ("empty.txt", b""),
    ("nothing.csv", b"\x00\x01\x02\x03" * 512),
    ("huge.txt", ARTICLE.encode() * (6 * 1024 * 1024 // len(ARTICLE) + 1)),  # over the 5 MB limit
]


@pytest.mark.parametrize(("name", "data"), BAD_UPLOADS, ids=[n for n, _ in BAD_UPLOADS])
def test_a_bad_upload_shows_an_error_and_keeps_the_rest(name, data):
    at = run()
    before = len(table(at))
    at.file_uploader(key="uploads").set_value((name, data, "text/plain")).run()
    assert not at.exception, [e.value for e in at.exception]
    assert any(e.startswith(f"{name}: not read") for e in errors(at)), (name, errors(at))
    assert len(table(at)) == before, "the seeds' figures stay"


def test_an_upload_in_another_encoding_is_read_with_a_warning():
    at = run()
    before = len(table(at))
    text = ARTICLE.replace("Aid agencies", "Médecins Sans Frontières")
    at.file_uploader(key="uploads").set_value(("msf.txt", text.encode("cp1252"), "text/plain")).run()
    assert not at.exception and not errors(at), errors(at)
    assert any(w.startswith("msf.txt: ") and "Windows-1252" in w for w in warnings(at)), warnings(at)
    assert len(table(at)) >= before + 2


def test_a_bad_upload_next_to_a_good_one_keeps_the_good_one():
    at = run()
    before = len(table(at))
    at.file_uploader(key="uploads").set_value(
        [("bad.txt", b"\x00\xff" * 300, "text/plain"), ("good.txt", ARTICLE.encode(), "text/plain")]
    ).run()
    assert any("bad" in e for e in errors(at))
    assert len(table(at)) >= before + 2


def test_an_article_with_html_shows_as_text_and_runs_nothing():
    at = run()
    at.file_uploader(key="uploads").set_value(("hostile.txt", HOSTILE_ARTICLE.encode(), "text/plain")).run()
    assert not at.exception
    shown = [h.value for h in at.get("html") if "civilians have been killed in Idlib" in h.value]
    assert shown, "the uploaded article is shown for checking"
    assert "<script" not in shown[0] and "<img" not in shown[0]
    assert "&lt;script&gt;" in shown[0]
    # markdown on the page never carries the article's tags either, nor the cards' HTML
    assert not any("<script" in m.value for m in at.markdown)
    assert "<script" not in cards_block(at) and "<img" not in cards_block(at)


GOMA_ARTICLE = (
    "GOMA, 27 January 2020 — Some 5,000 people have fled their homes in Goma since Saturday as fighting "
    "reached the city, the UN refugee agency said on Monday.\n"
)


CARD = re.compile(r'<div class="tc-label">(.*?)</div><div class="tc-value">(.*?)</div>')
CARD_PLACE = re.compile(r'<p class="tc-place">(.*?)</p>')


def cards_block(at: AppTest) -> str:
    """The headline cards' HTML (one block: views.cards_html)."""
    blocks = [h.value for h in at.get("html") if 'class="tracker-cards"' in h.value]
    assert len(blocks) == 1, "the cards are one block of HTML"
    return blocks[0]


def cards(at: AppTest) -> dict[str, str]:
    """Each headline card's label ("Displaced · Idlib") and number, as a reader sees them."""
    return {html.unescape(label): html.unescape(value) for label, value in CARD.findall(cards_block(at))}


def card_places(at: AppTest) -> list[str]:
    """The places the cards are grouped under, in order."""
    return [html.unescape(place) for place in CARD_PLACE.findall(cards_block(at))]


def test_cards_keep_crises_apart_after_an_upload_about_another_place():
    at = run()
    idlib = cards(at)["Displaced · Idlib"]
    at.file_uploader(key="uploads").set_value(("goma.txt", GOMA_ARTICLE.encode(), "text/plain")).run()
    assert not at.exception and not errors(at), errors(at)
    after = cards(at)
    assert after["Displaced · Goma"] == "5,000"
    assert after["Displaced · Idlib"] == idlib, "Idlib's card keeps Idlib's figure"
    assert all(" · " in label for label in after), "every card names its place"
    assert {"Goma", "Idlib"} <= set(card_places(at)), card_places(at)


def test_cards_follow_the_place_filter():
    at = run()
    at.file_uploader(key="uploads").set_value(("goma.txt", GOMA_ARTICLE.encode(), "text/plain")).run()
    at.multiselect(key="place").set_value(["Goma"]).run()
    assert set(cards(at)) == {"Displaced · Goma"}, cards(at)


def test_the_chart_tells_places_apart():
    at = run()
    at.file_uploader(key="uploads").set_value(("goma.txt", GOMA_ARTICLE.encode(), "text/plain")).run()
    chart = at.get("vega_lite_chart")[0].proto
    assert '"strokeDash"' in chart.spec and '"place_group"' in chart.spec
    assert "Goma" in _rows_text(chart), "the places come with the data"
    at.multiselect(key="indicator").set_value(["displaced"]).run()
    after = at.get("vega_lite_chart")[0].proto
    # the same spec with other rows: the browser gives the drawn chart its new data
    assert _spec_without_names(after) == _spec_without_names(chart)
    assert [d.name for d in after.datasets] != [d.name for d in chart.datasets]


def _spec_without_names(chart) -> str:
    """A chart's spec with each data set named by its position, as streamlit's front end
    compares specs to decide whether to build a new view."""
    spec = chart.spec
    for i, dataset in enumerate(chart.datasets):
        spec = spec.replace(json.dumps(dataset.name), json.dumps(f"dataset {i}"))
    return spec


def _rows_text(chart) -> str:
    import pyarrow as pa

    return " ".join(
        str(pa.ipc.open_stream(d.data.data).read_all().to_pylist()) for d in chart.datasets
    )


RELIEFWEB_JSON = (
    '{"count": 1, "data": [{"id": "4100001", "fields": {"title": "Flash Update No. 1", '
    '"body": "Heavy rains have displaced more than 12,000 people in Maiduguri, the State Emergency '
    'Management Agency said.", "date": {"created": "2024-09-04T08:00:00+00:00"}, '
    '"source": [{"shortname": "OCHA"}]}}]}'
)
HTML_PAGE = (
    '<html><head><meta charset="windows-1254"><title>Quake toll rises</title></head><body>'
    "<p>At least 1,200 people were killed in Kahramanmaraş, officials said on Tuesday.</p></body></html>"
)


@pytest.mark.parametrize(("name", "data", "quote"), [
    ("flash-update.json", RELIEFWEB_JSON.encode(), "displaced more than 12,000 people"),
    ("quake.html", HTML_PAGE.encode("cp1254"), "killed in Kahramanmaraş"),
])
def test_uploads_read_html_and_json_as_the_command_line_does(name, data, quote):
    at = run()
    accepted = list(at.file_uploader(key="uploads").proto.type)
    for ending in (".html", ".htm", ".json", ".jsonl", ".csv", ".tsv", ".txt", ".md"):
        assert ending in accepted, accepted
    at.file_uploader(key="uploads").set_value((name, data, "application/octet-stream")).run()
    assert not at.exception and not errors(at), errors(at)
    assert quote in " ".join(table(at)["quote"].dropna()), name


@pytest.mark.parametrize(("query", "said"), [
    ({"place": ["Idlib", "Atlantis"]}, "place 'Atlantis'"),
    ({"indicator": "deaths"}, "indicator 'deaths'"),
    ({"from": "2020-13-45"}, "from date '2020-13-45'"),
])
def test_a_value_of_the_link_the_page_does_not_offer_is_said_in_one_line(query, said):
    at = run(**query)
    assert not at.exception
    notices = [w for w in warnings(at) if w.startswith("The link asked for")]
    assert len(notices) == 1 and said in notices[0] and "dropped" in notices[0], warnings(at)


def test_a_link_whose_values_all_exist_gets_no_notice():
    at = run(place="Idlib", indicator="displaced")
    assert not [w for w in warnings(at) if w.startswith("The link asked for")], warnings(at)


# --- issue 18: long pastes, and visitors who upload at once ---------------------------------

# An article of about 300,000 characters (a long report pasted whole), its figures at the end.
LONG_PASTE = "The situation in the region remained tense, officials said. " * 5_000 + ARTICLE


def test_a_long_pasted_article_is_read_not_dropped():
    at = run()
    before = len(table(at))
    at.text_area[0].set_value(LONG_PASTE)
    at.button[0].click().run()
    assert not at.exception, [e.value for e in at.exception]
    assert not any("empty" in w for w in warnings(at)), warnings(at)
    rows = table(at)
    assert len(rows) >= before + 2
    assert rows["quote"].str.contains("2,000 people", na=False).any()


def test_a_paste_over_the_upload_limit_is_refused_with_its_size():
    from tracker.app import load

    loaded = load.load_text("x" * 101 + ARTICLE, id="pasted-1", published=None, max_bytes=100)
    assert loaded.frame.empty and not loaded.documents
    (skipped,) = loaded.skipped
    assert (skipped.source, skipped.kind) == ("pasted-1", "too_large")
    assert "over the 100 bytes limit" in skipped.reason, skipped.reason
    assert load.messages([loaded]) == [("error", f"pasted-1: not read, {skipped.reason}")]


def test_visitors_extracting_at_once_each_get_their_own_regex_time(monkeypatch):
    """The regex module's clock is the process's CPU time, which every thread moves: four
    visitors' documents extracted at once in one server must not use up each other's limit."""
    import threading
    import time

    from tracker.app import load
    from tracker.extraction import limits
    from tracker.extraction.numbers import find_numbers

    # a quarter of a megabyte of numbers that are no counts (dates, times, distances): the scan for
    # numbers is most of the work; one figure at the end
    text = "The convoy left on 3 March 2020 at 10:30 and drove 45 km to the border in 12 hours. " * 3_000
    text += "About 2,000 people fled."
    start = time.thread_time()
    find_numbers(text)
    alone = time.thread_time() - start  # this document's own CPU time for its longest scan
    # the limit: over what the scan needs alone, with room for a loaded machine's noise,
    # and under what four visitors sharing one clock would use up. Measured on 2 cores: a
    # scan with one other visitor's document beside it (its slot's neighbour, which moves
    # the same clock and takes the interpreter's lock between matches) uses up 3.5 to 5.5
    # times what it needs alone, inside the slot's doubled limit; four at once, 16 to 23
    # times, over any limit this allows
    monkeypatch.setattr(limits, "REGEX_TIMEOUT", max(alone * 6, 0.05))
    visitors = 4
    results: list[load.Loaded] = []
    threads = [
        threading.Thread(target=lambda i=i: results.append(load.load_text(text, id=f"pasted-{i}", published=None)))
        for i in range(visitors)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(results) == visitors
    assert all(not r.problems for r in results), [p for r in results for p in r.problems]
    assert all(len(r.frame) for r in results)
