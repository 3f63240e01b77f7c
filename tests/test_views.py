"""The dashboard's views without streamlit: labels, filters, headlines, paging, escaping.

The figures are the seed articles' own (tests/figures_seed.py), so each expectation is
something an analyst would check by reading the seeds.
"""

from __future__ import annotations

import datetime as dt
import html

import pandas as pd
import pytest
from figures_seed import seed_figures
from synthetic import synthetic_figures

from tracker.app import views
from tracker.output.schema import DTYPES, NAMES, to_frame
from tracker.records import INDICATORS, THING_INDICATORS


@pytest.fixture(scope="module")
def frame() -> pd.DataFrame:
    return to_frame(seed_figures())


LABELS = [
    # (value, qualifier, unit, low, high) -> what the tooltip and the cards say
    ((400_000, "at_least", "people", 400_000, None), "at least 400,000 people"),
    ((3_000_000, "approx", "civilians", None, None), "about 3,000,000 civilians"),
    ((1_000_000, "at_most", "people", None, 1_000_000), "at most 1,000,000 people"),
    ((300, "range", "families", 300, 400), "300–400 families"),
    ((500, "exact", "civilians", 500, 500), "500 civilians"),
    ((12, "exact", None, None, None), "12"),
]


@pytest.mark.parametrize(("args", "expected"), LABELS, ids=[e for _, e in LABELS])
def test_value_label(args, expected):
    assert views.value_label(*args) == expected, args


DATE_LABELS = [
    ((dt.date(2019, 8, 13), "week"), "2019-08-13 (that week)"),
    ((pd.Timestamp("2020-01-24"), "day"), "2020-01-24 (that day)"),
    ((None, None), "undated"),
    ((pd.NaT, None), "undated"),
]


@pytest.mark.parametrize(("args", "expected"), DATE_LABELS, ids=[e for _, e in DATE_LABELS])
def test_date_label(args, expected):
    assert views.date_label(*args) == expected, args


def test_document_label_prefers_title_then_file_and_names_the_outlet():
    assert views.document_label("a.txt", "Idlib falls", "Reuters") == "Idlib falls — Reuters"
    assert views.document_label("a.txt", None, None) == "a.txt"
    assert views.document_label("a.txt", pd.NA, "AFP") == "a.txt — AFP"


def test_options_name_missing_places_and_sources(frame):
    assert views.options(frame, "indicator") == ["killed", "displaced", "refugees", "trapped"]
    assert views.options(frame, "location") == ["Idlib", "Turkey", views.NO_PLACE]
    assert views.options(frame, "source")[-1] == views.NO_SOURCE


FILTERS = [
    # (filters, how many of the 9 seed figures stay)
    (views.Filters(), 9),
    (views.Filters(indicators=("displaced",)), 5),
    (views.Filters(indicators=("displaced",), include_undated=False), 4),
    (views.Filters(locations=("Turkey",)), 2),
    (views.Filters(locations=(views.NO_PLACE,)), 1),
    (views.Filters(sources=(views.NO_SOURCE,)), 3),
    (views.Filters(sources=("United Nations", "Reuters")), 5),
    (views.Filters(start=dt.date(2020, 1, 1)), 4),  # 3 from 2020 and the undated one
    (views.Filters(start=dt.date(2020, 1, 1), include_undated=False), 3),
    (views.Filters(end=dt.date(2019, 8, 13)), 3),  # the two "last week" figures, and undated
    (views.Filters(start=dt.date(2019, 8, 13), end=dt.date(2019, 8, 13), include_undated=False), 2),
]


@pytest.mark.parametrize(("filters", "expected"), FILTERS, ids=[repr(f) for f, _ in FILTERS])
def test_filter_frame(frame, filters, expected):
    kept = views.filter_frame(frame, filters)
    assert len(kept) == expected, filters
    assert list(kept.columns) == list(NAMES)


def test_undated_figures_are_listed_not_dropped(frame):
    rows = views.undated(frame)
    assert list(rows["quote"].str.slice(0, 16)) == ["According to the"]
    assert views.date_bounds(frame) == (dt.date(2019, 8, 13), dt.date(2020, 1, 26))


def test_date_bounds_of_only_undated_figures_is_none(frame):
    assert views.date_bounds(views.undated(frame)) is None


def test_headlines_give_the_latest_figure_and_its_change_since_the_last_report_of_that_place(frame):
    cards = {c.indicator: c for c in views.headlines(frame)}
    assert set(cards) == {"killed", "displaced", "refugees", "trapped"}
    displaced = cards["displaced"]
    # 2020-01-26 Reuters "hundreds of thousands" (>= 200,000) in Idlib, after Erdogan's
    # "around 400,000" from Idlib on 2020-01-24: a fall of 200,000 in the latest wording.
    assert displaced.label == "at least 200,000 people"
    assert (displaced.date, displaced.source, displaced.location) == (dt.date(2020, 1, 26), "Reuters", "Idlib")
    assert (displaced.previous_label, displaced.previous_date) == ("about 400,000 people", dt.date(2020, 1, 24))
    assert displaced.change == -200_000
    refugees = cards["refugees"]
    assert (refugees.label, refugees.change, refugees.source) == ("at least 3,500,000 refugees", -100_000, views.NO_SOURCE)
    assert cards["killed"].change is None and cards["killed"].previous_label is None


def test_headlines_compare_only_reports_of_the_same_place(frame):
    # the 10,000 displaced (no place) on 2019-08-20 is not the "previous" of Idlib's figures
    only_2019 = views.filter_frame(frame, views.Filters(end=dt.date(2019, 12, 31), include_undated=False))
    displaced = next(c for c in views.headlines(only_2019) if c.indicator == "displaced")
    assert (displaced.label, displaced.location) == ("at least 10,000 people", views.NO_PLACE)
    assert displaced.change is None


def test_table_pages_newest_first_with_undated_last(frame):
    first = views.table_page(frame, 1, size=4)
    assert list(first["date"].dt.date) == [dt.date(2020, 1, 26)] * 2 + [dt.date(2020, 1, 24), dt.date(2019, 8, 20)]
    last = views.table_page(frame, 3, size=4)
    assert len(last) == 1 and pd.isna(last["date"].iloc[0])
    assert views.page_count(9, size=4) == 3 and views.page_count(0) == 1


HOSTILE = [
    '<script>alert("x")</script>',
    '<img src=x onerror="alert(1)">',
    "<b>bold</b> & <i>more</i>",
]


@pytest.mark.parametrize("text", HOSTILE)
def test_highlight_html_escapes_article_text(text):
    article = f"{text} More than 500 civilians have been killed. {text}"
    start = article.index("More than 500")
    out = views.highlight_html(article, [(start, start + len("More than 500"))])
    assert "<script" not in out and "<img" not in out and "<b>" not in out, out
    assert html.escape(text) in out
    assert "<mark>More than 500</mark>" in out


def test_highlight_html_marks_every_span_and_merges_overlaps():
    text = "about 3 million civilians and more than 10,000 people"
    spans = [(0, 15), (6, 15), (30, 46)]
    out = views.highlight_html(text, spans)
    assert out.count("<mark>") == 2
    assert "<mark>about 3 million</mark>" in out and "<mark>more than 10,000</mark>" in out
    # the text reads the same with the marks taken out
    assert html.unescape(out.replace("<mark>", "").replace("</mark>", "")).endswith(text + "</div>")


MARKDOWN = [
    "[click me](https://evil.example)",
    "![pixel](https://evil.example/p.png)",
    "**loud** _text_ `code` # heading",
    ":red[coloured] :material/error:",
]


@pytest.mark.parametrize("text", MARKDOWN)
def test_escape_markdown_leaves_no_markup_character_unescaped(text):
    out = views.escape_markdown(text)
    unescaped = [c for i, c in enumerate(out) if c in "[]()!*_`#:" and (i == 0 or out[i - 1] != "\\")]
    assert not unescaped, out


def test_synthetic_figures_follow_the_schema_and_repeat_with_the_seed():
    a = synthetic_figures(2_000, seed=7)
    assert list(a.columns) == list(NAMES)
    assert {c: str(t) for c, t in a.dtypes.items()} == {c: str(pd.Series([], dtype=t).dtype) for c, t in DTYPES.items()}
    assert a.equals(synthetic_figures(2_000, seed=7))
    assert not a.equals(synthetic_figures(2_000, seed=8))
    assert 0.02 < a["date"].isna().mean() < 0.08
    assert a["location"].isna().any() and a["source"].isna().any()
    assert set(a["indicator"]) == set(INDICATORS)
    homes = a[a["indicator"].isin(THING_INDICATORS)]
    assert len(homes) and homes["people"].isna().all() and (homes["unit"] == "homes").all()


def test_synthetic_figures_repeat_their_statements_as_coverage_does():
    # the dashboard's benches draw claims from these: every figure a claim of its own
    # would make the store far heavier than a real corpus of that many mentions
    from tracker import consolidate

    a = synthetic_figures(4_000, seed=2)
    claims = consolidate.claims_of(a)
    assert len(claims) < len(a) / 3
    assert claims["documents"].max() > 3


def test_filters_on_100000_synthetic_figures_keep_what_they_say():
    data = synthetic_figures(100_000, seed=1)
    kept = views.filter_frame(data, views.Filters(indicators=("killed",), locations=("Idlib",), include_undated=False))
    assert len(kept) > 1_000
    assert set(kept["indicator"]) == {"killed"} and set(kept["location"]) == {"Idlib"}
    assert kept["date"].notna().all()


def test_concat_frames_keeps_the_schema_when_all_are_empty():
    out = views.concat_frames([to_frame([]), to_frame([])])
    assert list(out.columns) == list(NAMES) and out.empty


def test_labelled_columns_say_what_the_single_label_functions_say():
    data = synthetic_figures(3_000, seed=5)
    data.loc[data.index[:50], "title"] = pd.NA
    data.loc[data.index[:25], "outlet"] = pd.NA
    data.loc[data.index[10:20], "date_precision"] = "week"
    out = views.labelled(data)
    for i, row in data.iterrows():
        expected = (
            views.value_label(row["value"], row["qualifier"], row["unit"], row["low"], row["high"]),
            views.date_label(row["date"], row["date_precision"]),
            views.document_label(row["document"], row["title"], row["outlet"]),
        )
        got = (out.at[i, "label"], out.at[i, "date_label"], out.at[i, "document_label"])
        assert got == expected, row.to_dict()


def test_an_article_given_twice_counts_once():
    """A seed uploaded again, or one text in two files: its figures are not doubled, and
    the second copy is accounted for as a duplicate."""
    from pathlib import Path

    from tracker.app.load import drop_repeats, load_bytes

    seed = Path(__file__).resolve().parent.parent / "seeds" / "000_b12168d2a7b52039.txt"
    data = seed.read_bytes()
    first = load_bytes("seeds/000_b12168d2a7b52039.txt", data, max_bytes=5_000_000)
    again = load_bytes("my-upload.txt", data, max_bytes=5_000_000)
    kept = drop_repeats([first, again])
    assert len(kept[0].frame) == len(first.frame) > 0
    assert kept[1].frame.empty and kept[1].documents == ()
    assert [(s.source, s.kind) for s in kept[1].skipped] == [("my-upload.txt", "duplicate")]


def test_headline_change_is_not_computed_between_a_bound_and_an_estimate():
    """Seed 001: "around 400,000" (Erdogan, 24 Jan) then "Hundreds of thousands" = at least
    200,000 (Reuters, 26 Jan) is no fall of 200,000 displaced."""
    from pathlib import Path

    from tracker.app.load import load_bytes
    from tracker.app.views import headlines

    seed = Path(__file__).resolve().parent.parent / "seeds" / "001_40885d1b987b4fa8.txt"
    loaded = load_bytes("seeds/001_40885d1b987b4fa8.txt", seed.read_bytes(), max_bytes=5_000_000)
    (displaced,) = [h for h in headlines(loaded.frame) if h.indicator == "displaced"]
    assert displaced.label.startswith("at least 200,000")
    assert displaced.previous_label.startswith("about 400,000")
    assert displaced.comparable is False


@pytest.mark.parametrize(
    "latest, previous, expected",
    [("exact", "approx", True), ("at_least", "at_least", True), ("at_least", "approx", False),
     ("range", "exact", False), ("at_most", "at_least", False)],
)
def test_which_reports_can_be_subtracted(latest, previous, expected):
    from tracker.app.views import comparable

    assert comparable(latest, previous) is expected


def test_two_uploads_with_one_file_name_keep_their_figures_apart():
    from tracker.app.load import drop_repeats, load_bytes

    first = load_bytes("report.txt", b"More than 500 civilians have been killed, the UN said.\n", max_bytes=5_000_000)
    second = load_bytes("report.txt", b"About 2,000 people fled the clashes on Monday.\n", max_bytes=5_000_000)
    kept = drop_repeats([first, second])
    ids = [set(k.frame["document"]) for k in kept]
    assert ids[0] == {"report.txt"} and len(ids[1]) == 1 and ids[1] != ids[0]
    assert kept[1].documents[0].id in ids[1] and kept[1].figures[0][0].document in ids[1]


GOMA_UPLOAD = (
    "GOMA, 27 January 2020 — Some 5,000 people have fled their homes in Goma since Saturday as fighting "
    "reached the city, the UN refugee agency said on Monday."
)


def test_cards_keep_crises_apart_a_new_report_about_goma_never_stands_in_for_idlib(frame):
    """The seeds' latest displaced figure is Idlib's "hundreds of thousands" (26 Jan 2020); a
    later upload about Goma gets cards of its own, and Idlib's card keeps Idlib's figure."""
    from tracker.app.load import load_bytes

    goma = load_bytes("goma.txt", GOMA_UPLOAD.encode("utf-8"), max_bytes=5_000_000).frame
    both = views.concat_frames([frame, goma])
    groups = {g.place: {c.indicator: c for c in g.cards} for g in views.headlines_by_place(both)}
    assert list(groups)[0] == "Goma", "the place reported most recently comes first"
    assert groups["Goma"]["displaced"].label == "about 5,000 people"
    assert groups["Idlib"]["displaced"].label == "at least 200,000 people"
    assert all(c.location == place for place, cards in groups.items() for c in cards.values())


def test_cards_follow_the_place_filter_in_its_order(frame):
    groups = views.headlines_by_place(frame, places=(views.NO_PLACE, "Idlib", "Atlantis"))
    assert [g.place for g in groups] == [views.NO_PLACE, "Idlib"]
    assert {c.location for c in groups[0].cards} == {views.NO_PLACE}


def test_cards_name_at_most_the_few_places_reported_most_recently():
    data = synthetic_figures(5_000, seed=4)
    groups = views.headlines_by_place(data)
    assert 0 < len(groups) <= views.MAX_CARD_PLACES
    latest = [max(c.date for c in g.cards) for g in groups]
    assert latest == sorted(latest, reverse=True)


@pytest.mark.parametrize(("dropped", "line"), [
    ([], None),
    ([("place", "Nowhere")], "The link asked for place 'Nowhere', which this page does not offer: dropped from the filters."),
    ([("indicator", "deaths"), ("place", "Gomma"), ("from date", "2020-13-45")],
     "The link asked for indicator 'deaths', place 'Gomma' and from date '2020-13-45', which this page does not "
     "offer: dropped from the filters."),
])
def test_values_a_link_asks_for_that_the_page_does_not_offer_are_said_in_one_line(dropped, line):
    assert views.dropped_notice(dropped) == line
    assert line is None or "\n" not in line


def test_unknown_link_values_and_days():
    assert views.unknown_values(["Idlib", "Nowhere", "Goma"], ["Goma", "Idlib"]) == ["Nowhere"]
    limits = (dt.date(1990, 1, 1), dt.date(2100, 12, 31))
    assert [views.unknown_day(d, limits) for d in (None, "", "2020-02-03", "2020-13-45", "1800-01-01", "soon")] == [
        False, False, False, True, True, True,
    ]


def test_a_part_of_a_breakdown_never_makes_the_headline(frame):
    killed = frame[frame["indicator"] == "killed"]
    latest = killed.sort_values("date").iloc[[-1]]
    # a later part of a breakdown ("including 40 children") must not replace the total
    part = latest.assign(value=40, people=40, unit="children", part_of="0123456789abcdef",
                         date=latest["date"] + pd.Timedelta(days=3))
    cards = {c.indicator: c for c in views.headlines(pd.concat([frame, part], ignore_index=True))}
    assert cards["killed"].count == int(latest["people"].iloc[0]), cards["killed"]


def test_new_indicators_are_offered_in_their_order_with_readable_names(frame):
    extra = frame.iloc[[0, 0, 0]].assign(indicator=["housing_destroyed", "missing", "in_need"])
    options = views.options(pd.concat([frame, extra], ignore_index=True), "indicator")
    assert options == ["killed", "missing", "displaced", "refugees", "trapped", "in_need", "housing_destroyed"]
    assert [views.indicator_name(i) for i in ("in_need", "housing_destroyed", "killed")] == [
        "In need", "Homes destroyed or damaged", "Killed",
    ]
    assert set(views.INDICATOR_NAMES) == set(INDICATORS)


def test_homes_destroyed_headline_counts_homes():
    data = synthetic_figures(400, seed=5)
    cards = {c.indicator: c for c in views.headlines(data)}
    homes = cards["housing_destroyed"]
    assert homes.label.endswith("homes") and homes.count > 0, homes


HOSTILE = "<script>alert('x')</script><img src=x onerror=alert(1)>"


def _headline(**changes) -> views.Headline:
    base = dict(
        indicator="displaced", label="at least 200,000 people", count=200_000, date=dt.date(2020, 1, 26),
        date_precision="day", source="OCHA", location="Idlib", previous_label="about 150,000 people",
        previous_date=dt.date(2020, 1, 12), previous_source="UNHCR", change=50_000,
    )
    return views.Headline(**{**base, **changes})


@pytest.mark.parametrize(("card", "shown", "not_shown"), [
    # (the card, texts a reader sees on it, texts that must not be there)
    (_headline(), ["Displaced · Idlib", "200,000", "+50,000 since 2020-01-12", "at least 200,000 people · OCHA",
                   "Previous: about 150,000 people · UNHCR · 2020-01-12"], []),
    (_headline(comparable=False), ["(a bound and an estimate: no change is computed)"], ["+50,000"]),
    (_headline(change=None, previous_label=None, previous_date=None, previous_source=None),
     ["Displaced · Idlib", "200,000"], ["Previous:", "since"]),
    (_headline(source=HOSTILE, location=HOSTILE, label=HOSTILE), [f"Displaced · {HOSTILE}", f"{HOSTILE} · {HOSTILE}"], []),
])
def test_cards_html_says_what_a_card_says_and_every_text_stays_text(card, shown, not_shown):
    block = views.cards_html([views.PlaceCards(place=card.location, cards=(card,))])
    assert "<script" not in block and "<img" not in block, block
    text = html.unescape(block)
    for wanted in shown:
        assert wanted in text, (wanted, text)
    for unwanted in not_shown:
        assert unwanted not in text, (unwanted, text)


def test_cards_html_keeps_each_place_under_its_name_in_order(frame):
    groups = views.headlines_by_place(frame)
    block = views.cards_html(groups)
    positions = [block.index(f'<p class="tc-place">{html.escape(g.place)}</p>') for g in groups]
    assert positions == sorted(positions)
    assert block.count('class="tc-card"') == sum(len(g.cards) for g in groups)
