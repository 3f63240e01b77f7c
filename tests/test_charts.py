"""The time chart's spec (through `.to_dict()`): what is drawn, how, and what a hover shows."""

from __future__ import annotations

import datetime as dt
import itertools
import json
import math

import pandas as pd
import pytest
from figures_seed import seed_figures
from synthetic import synthetic_figures

from tracker.app import charts, load, views
from tracker.output.schema import to_frame
from tracker.records import INDICATORS


@pytest.fixture(scope="module")
def frame() -> pd.DataFrame:
    return to_frame(seed_figures())


@pytest.fixture(scope="module")
def spec(frame) -> dict:
    return charts.time_chart(charts.chart_data(frame)).to_dict()


def _layer(spec: dict, mark: str) -> dict:
    return next(layer for layer in spec["layer"] if (layer["mark"]["type"] if isinstance(layer["mark"], dict) else layer["mark"]) == mark)


def _rows(spec: dict) -> list[dict]:
    return next(iter(spec["datasets"].values()))


def test_chart_draws_the_dated_figures_only(frame, spec):
    rows = _rows(spec)
    assert len(rows) == 8  # 9 seed figures, one of them undated
    assert all(r["date"] for r in rows)
    assert "displacement of nearly one million" not in json.dumps(rows)


def test_value_axis_is_logarithmic_so_500_and_3_6_million_both_read(spec):
    y = _layer(spec, "point")["encoding"]["y"]
    assert y["scale"]["type"] == "log"
    counts = [r["count"] for r in _rows(spec)]
    assert min(counts) == 500 and max(counts) == 3_600_000


def test_bounds_and_ranges_have_their_own_marker_shape(spec):
    shape = _layer(spec, "point")["encoding"]["shape"]
    mapping = dict(zip(shape["scale"]["domain"], shape["scale"]["range"]))
    assert mapping["at least (lower bound)"] == "triangle-up"
    assert mapping["at most (upper bound)"] == "triangle-down"
    assert len(set(mapping.values())) == len(mapping), "each kind of figure needs its own shape"
    kinds = {r["label"]: r["bound"] for r in _rows(spec)}
    assert kinds["at least 500 civilians"] == "at least (lower bound)"
    assert kinds["about 3,000,000 civilians"] == "about"


def test_a_range_is_drawn_as_a_bar_from_low_to_high():
    fig = seed_figures()[0]
    import dataclasses

    ranged = dataclasses.replace(fig, value=300, low=300, high=400, qualifier="range", people=300, unit="families")
    spec = charts.time_chart(charts.chart_data(to_frame([ranged]))).to_dict()
    rule = _layer(spec, "rule")
    assert rule["encoding"]["y"]["field"] == "low" and rule["encoding"]["y2"]["field"] == "high"
    (row,) = _rows(spec)
    assert (row["low"], row["high"], row["label"]) == (300, 400, "300–400 families")


def test_families_are_plotted_in_people_and_the_tooltip_says_both():
    import dataclasses

    families = dataclasses.replace(seed_figures()[2], value=2_000, low=2_000, unit="families", people=10_000)
    (row,) = _rows(charts.time_chart(charts.chart_data(to_frame([families]))).to_dict())
    assert (row["label"], row["count"]) == ("at least 2,000 families", 10_000)


def test_one_line_per_indicator_and_place(spec):
    line = _layer(spec, "line")["encoding"]
    assert line["detail"]["field"] == "series"
    series = {r["series"] for r in _rows(spec)}
    assert "displaced · Idlib" in series and f"displaced · {views.NO_PLACE}" in series


def _tip(row: dict) -> dict[str, str]:
    """A point's tooltip as a reader reads it: "Title: value", a line each."""
    return dict(line.split(": ", 1) for line in row["tooltip"].split("\n"))


def test_tooltip_shows_figure_date_source_document_and_quote(spec):
    for layer in ("point", "rule"):
        assert _layer(spec, layer)["encoding"]["tooltip"] == {"field": "tooltip", "type": "nominal"}, layer
    row = next(r for r in _rows(spec) if r["label"] == "at least 500 civilians")
    tip = _tip(row)
    assert list(tip) == [title for _, title in charts.TOOLTIP_FIELDS]
    assert tip["Figure"] == "at least 500 civilians" and tip["Indicator"] == "killed"
    assert tip["Date"] == "2019-08-13 (that week)"
    assert tip["Reported by"] == "United Nations"
    assert tip["Document"] == "000_b12168d2a7b52039.txt"
    assert tip["Link"] == charts.NO_LINK
    assert "more than 500 civilians have been killed" in tip["Quote"]
    reuters = next(_tip(r) for r in _rows(spec) if _tip(r)["Reported by"] == "Reuters")
    assert reuters["Link"] == "https://example.org/idlib"
    # the columns only the tooltip reads stay out of the page
    assert not {"quote", "reported_by", "document_label", "date_label", "url"} & set(row)


@pytest.mark.parametrize(("changes", "wanted"), [
    # (a seed figure changed so, what its tooltip says)
    ({"value": 2_000, "low": 2_000, "unit": "families", "people": 10_000},
     {"Figure": "at least 2,000 families", "Plotted as (people; homes for housing)": "10,000"}),
    ({"quote": "Some 4,000 people\nfled the town,\r\n  officials said."},
     {"Quote": "Some 4,000 people fled the town, officials said."}),
    ({"source": None}, {"Reported by": views.NO_SOURCE}),
    ({"source": "<b>Agency</b>"}, {"Reported by": "<b>Agency</b>"}),
])
def test_each_field_of_the_tooltip_is_one_line(changes, wanted):
    import dataclasses

    figure = dataclasses.replace(seed_figures()[2], **changes)
    (row,) = _rows(charts.time_chart(charts.chart_data(to_frame([figure]))).to_dict())
    tip = _tip(row)
    assert len(tip) == len(charts.TOOLTIP_FIELDS), row["tooltip"]
    for title, text in wanted.items():
        assert tip[title] == text, (title, tip)


def test_a_claims_tooltip_says_how_often_it_was_reported(frame):
    from tracker import consolidate

    claims = consolidate.claims_of(frame)
    data = charts.claim_chart_data(claims)
    tips = [dict(line.split(": ", 1) for line in t.split("\n")) for t in data["tooltip"]]
    assert all(list(t) == [title for _, title in charts.CLAIM_TOOLTIP_FIELDS] for t in tips)
    assert all(t["Reported"].startswith("reported in ") for t in tips), tips
    assert "reported" not in data and "mentions" in data, "the size stays, the tooltip's words go in it"


def test_indicator_colours_stay_the_same_whatever_the_filter(frame):
    only = views.filter_frame(frame, views.Filters(indicators=("refugees",)))
    spec = charts.time_chart(charts.chart_data(only)).to_dict()
    colour = _layer(spec, "point")["encoding"]["color"]["scale"]
    assert colour["domain"] == list(INDICATORS), "every indicator in the key, whatever is shown"
    assert dict(zip(colour["domain"], colour["range"])) == charts.INDICATOR_COLOURS


def test_100000_figures_are_thinned_to_what_the_chart_can_draw():
    data = synthetic_figures(100_000, seed=3)
    drawn = charts.chart_data(data)
    assert len(drawn) == charts.MAX_CHART_POINTS
    assert drawn["date"].notna().all()
    spec = charts.time_chart(drawn).to_dict()  # Altair refuses more than 5,000 rows
    assert len(_rows(spec)) == charts.MAX_CHART_POINTS


def test_thinning_keeps_the_largest_figure_of_a_day_and_place():
    fig = seed_figures()[2]  # displaced in Idlib, 2019-08-13
    import dataclasses

    same_day = [dataclasses.replace(fig, value=v, low=v, people=v) for v in (100, 400_000, 2_000)]
    other = [dataclasses.replace(fig, date=dt.date(2019, 8, 14))]
    kept = charts.thin(to_frame(same_day + other), max_points=2)
    assert sorted(kept["value"].tolist()) == [400_000, 400_000]
    assert len(kept) == 2


def test_small_frames_are_not_thinned(frame):
    assert len(charts.thin(frame)) == 8


def test_a_range_of_families_is_drawn_in_people_like_its_point():
    import datetime as dt

    from tracker.app import charts

    loaded = load.load_text(
        "Between 300 and 400 families were displaced from Hama on Monday, OCHA said.", id="x", published=dt.date(2020, 1, 6)
    )
    row = charts.chart_data(loaded.frame).iloc[0]
    assert (row["count"], row["low"], row["high"]) == (1500.0, 1500.0, 2000.0)


def _reports(rows: list[tuple[str, str, dt.date, int]]) -> pd.DataFrame:
    """Figures of several places, as wires report them: (indicator, place, day, count)."""
    import dataclasses

    fig = seed_figures()[2]
    return to_frame([
        dataclasses.replace(fig, indicator=indicator, location=place, date=day, value=count, low=count, people=count,
                            qualifier="exact", document=f"{place}-{day}.txt")
        for indicator, place, day, count in rows
    ])


CRISES = [
    ("displaced", "Idlib", dt.date(2020, 1, 20), 150_000),
    ("displaced", "Idlib", dt.date(2020, 1, 26), 200_000),
    ("displaced", "Goma", dt.date(2020, 1, 22), 4_000),
    ("displaced", "Goma", dt.date(2020, 1, 27), 5_000),
    ("killed", "Goma", dt.date(2020, 1, 27), 12),
    ("killed", "Idlib", dt.date(2020, 1, 25), 40),
]


def _dash(spec: dict) -> dict:
    return _layer(spec, "line")["encoding"]["strokeDash"]


def _legend_places(data: pd.DataFrame) -> list[str]:
    """The places of the dash legend, in its order: by the data's rank column."""
    return data.drop_duplicates("place_group").sort_values(charts.PLACE_RANK)["place_group"].tolist()


def test_lines_of_different_places_are_told_apart_by_their_dash_and_the_legend_names_the_place():
    data = charts.chart_data(_reports(CRISES))
    spec = charts.time_chart(data).to_dict()
    dash = _dash(spec)
    assert (dash["field"], dash["title"]) == ("place_group", "Place")
    assert dash["sort"] == {"field": charts.PLACE_RANK, "op": "min"}, "the places come from the data, in rank order"
    assert "domain" not in dash["scale"]
    assert _legend_places(data) == ["Goma", "Idlib"]  # three reports each: by name
    patterns = dash["scale"]["range"]
    assert patterns[0] != patterns[1]
    # the colour still tells the indicator
    assert _layer(spec, "line")["encoding"]["color"]["field"] == "indicator"


def test_with_one_indicator_places_keep_their_dash_on_one_panel():
    only = views.filter_frame(_reports(CRISES), views.Filters(indicators=("displaced",)))
    data = charts.chart_data(only)
    spec = charts.time_chart(data).to_dict()
    assert "facet" not in spec and _dash(spec)["field"] == "place_group"
    assert set(data["place_group"]) == {"Goma", "Idlib"}


def test_the_most_reported_places_are_named_and_the_rest_are_other_places():
    many = [("displaced", f"Camp {n:02d}", dt.date(2020, 1, 1 + day), 1_000 + n) for n in range(12) for day in range(12 - n)]
    data = charts.chart_data(_reports(many + CRISES[4:]))
    legend = _legend_places(data)
    assert legend[: charts.MAX_NAMED_PLACES] == [f"Camp {n:02d}" for n in range(charts.MAX_NAMED_PLACES)]
    assert legend[-1] == charts.OTHER_PLACES and len(legend) == charts.MAX_NAMED_PLACES + 1
    assert set(data.loc[data["place"] == "Camp 11", "place_group"]) == {charts.OTHER_PLACES}
    # other places take the last pattern of the range, whatever the number of places named
    dash_range = _dash(charts.time_chart(data).to_dict())["scale"]["range"]
    assert dash_range[charts.MAX_NAMED_PLACES] == charts.OTHER_DASH
    assert set(data.loc[data["place_group"] == charts.OTHER_PLACES, charts.PLACE_RANK]) == {charts.MAX_NAMED_PLACES}


# --- the same spec whatever the filters: the browser swaps the data, not the chart ---------


def _without_data(chart) -> str:
    """The chart's spec (or its dict) as streamlit's front end compares it to decide whether
    to build a new view: its data sets out, each named by its position, not its content hash."""
    spec = dict(chart if isinstance(chart, dict) else chart.to_dict())
    names = list(spec.pop("datasets", {}))
    text = json.dumps(spec, sort_keys=True)
    for i, name in enumerate(names):
        text = text.replace(json.dumps(name), json.dumps(f"dataset {i}"))
    return text


WIRE = CRISES + [
    ("refugees", "Idlib", dt.date(2020, 1, 21), 30_000),
    ("injured", "Aleppo", dt.date(2020, 1, 24), 85),
    ("displaced", "Aleppo", dt.date(2020, 1, 28), 12_000),
]
# Filters a reader chooses one after the other: every chart keeps its spec through all of them.
FILTER_CHANGES: tuple[views.Filters, ...] = (
    views.Filters(),
    views.Filters(indicators=("displaced",)),
    views.Filters(indicators=("displaced", "killed")),
    views.Filters(indicators=("refugees",)),
    views.Filters(locations=("Goma",)),
    views.Filters(locations=("Goma", "Aleppo"), indicators=("displaced",)),
    views.Filters(start=dt.date(2020, 1, 25)),
)


def test_the_time_chart_keeps_its_spec_whatever_the_filters():
    frame = _reports(WIRE)
    specs = {_without_data(charts.time_chart(charts.chart_data(views.filter_frame(frame, f)))) for f in FILTER_CHANGES}
    assert len(specs) == 1


def test_the_claims_chart_keeps_its_spec_whatever_the_filters():
    from tracker import consolidate

    claims = consolidate.claims_of(_reports(WIRE))
    specs = set()
    for f in FILTER_CHANGES:
        shown = views.filter_frame(claims, f)
        line = charts.series_line_data(consolidate.best_estimates(shown))
        specs.add(_without_data(charts.claim_chart(charts.claim_chart_data(shown), line)))
    assert len(specs) == 1


def test_the_map_keeps_its_spec_whatever_the_filters():
    coordinates = {"Idlib": (35.93, 36.63), "Goma": (-1.68, 29.22), "Aleppo": (36.2, 37.16)}
    frame = _reports(WIRE)
    frame["lat"] = frame["location"].map(lambda p: coordinates[p][0]).astype("Float64")
    frame["lon"] = frame["location"].map(lambda p: coordinates[p][1]).astype("Float64")
    specs = {_without_data(charts.place_map(charts.map_data(views.filter_frame(frame, f)))) for f in FILTER_CHANGES}
    assert len(specs) == 1


def test_a_spec_that_named_the_shown_indicators_would_change():
    """The check above can fail: a scale naming what the filter keeps changes the spec."""
    frame = _reports(WIRE)
    a, b = (charts.chart_data(views.filter_frame(frame, f)) for f in FILTER_CHANGES[1:3])
    specs = [charts.time_chart(d).to_dict() for d in (a, b)]
    for spec, d in zip(specs, (a, b)):
        for layer in spec["layer"]:
            layer["encoding"]["color"]["scale"]["domain"] = sorted(set(d["indicator"]))
    assert _without_data(specs[0]) != _without_data(specs[1])
    assert _without_data(charts.time_chart(a)) == _without_data(charts.time_chart(b))


# --- colours readers with a colour-vision deficiency can tell apart ------------------------

# Machado, Oliveira and Fernandes (2009), severity 1.0: linear RGB as a dichromat sees it.
DICHROMACY: dict[str, tuple[tuple[float, float, float], ...]] = {
    "normal vision": ((1, 0, 0), (0, 1, 0), (0, 0, 1)),
    "protanopia": ((0.152286, 1.052583, -0.204868), (0.114503, 0.786281, 0.099216), (-0.003882, -0.048116, 1.051998)),
    "deuteranopia": ((0.367322, 0.860646, -0.227968), (0.280085, 0.672501, 0.047413), (-0.011820, 0.042940, 0.968881)),
    "tritanopia": ((1.255528, -0.076749, -0.178779), (-0.078411, 0.930809, 0.147602), (0.004733, 0.691367, 0.303900)),
}
# CIE76 colour difference below which two series' colours are too alike to tell apart at a
# glance (about 2 is just noticeable; chart legends need many times that).
MIN_DELTA_E = 12.0


def _lab(hex_colour: str, matrix) -> tuple[float, float, float]:
    def linear(c: float) -> float:
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    rgb = [linear(int(hex_colour[i : i + 2], 16) / 255) for i in (1, 3, 5)]
    r, g, b = (min(1.0, max(0.0, sum(m * v for m, v in zip(row, rgb)))) for row in matrix)
    x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047
    y = 0.2126 * r + 0.7152 * g + 0.0722 * b
    z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883

    def f(t: float) -> float:
        return t ** (1 / 3) if t > 0.008856 else 7.787 * t + 16 / 116

    return 116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))


def test_every_indicator_has_a_colour_of_its_own():
    assert list(charts.INDICATOR_COLOURS) == list(INDICATORS)
    assert len(set(charts.INDICATOR_COLOURS.values())) == len(INDICATORS)


@pytest.mark.parametrize("vision", list(DICHROMACY))
def test_indicator_colours_stay_apart_for_colour_blind_readers(vision):
    lab = {name: _lab(colour, DICHROMACY[vision]) for name, colour in charts.INDICATOR_COLOURS.items()}
    close = [
        (a, b, round(math.dist(lab[a], lab[b]), 1))
        for a, b in itertools.combinations(lab, 2)
        if math.dist(lab[a], lab[b]) < MIN_DELTA_E
    ]
    assert not close, f"{vision}: colours too alike: {close}"


def test_parts_of_a_breakdown_are_not_drawn_beside_their_total(frame):
    total = frame[frame["indicator"] == "killed"].iloc[[0]]
    part = total.assign(value=273, people=273, unit="women", part_of="0123456789abcdef")
    data = charts.chart_data(pd.concat([total, part], ignore_index=True))
    assert data["count"].tolist() == [float(total["people"].iloc[0])], data[["count", "quote"]]
