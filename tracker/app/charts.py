"""Altair charts of the tidy frame (no streamlit here: the page only renders them).

The time chart puts every indicator on one log-scaled panel. Figures in the seeds run
from 500 killed to 3.6 million refugees; on a linear axis everything under ~100,000 is
squashed onto the floor, while a log axis gives each order of magnitude the same
height, so 500 and 3,600,000 are both readable and a doubling looks the same at any
size. Colour tells the indicator apart; one line joins the reports of one indicator in
one place, and its dash pattern tells the place (named in the legend). The marker's shape tells what kind of
number it is (exact, about, a lower or an upper bound), and a range is drawn as a bar
from its low to its high end.

Each chart's spec is the same whatever the filters keep: every scale that names
values names them all (the ten indicators, the five kinds of figure) or takes them from the
data (the places, in the order of a column of the data). Streamlit then gives the drawn
chart its new rows, instead of building a new Vega view: a filter change costs the browser
the new marks, not a new chart.
"""

from __future__ import annotations

from typing import Any

import altair as alt
import numpy as np
import pandas as pd

from ..records import INDICATORS
from .views import NO_PLACE, labelled, reported_labels, totals

# The most points the chart draws. Above it the chart shows one figure per indicator,
# place and day, then an even sample (the table and downloads still hold every figure).
MAX_CHART_POINTS: int = 2_000

# The kind of number each qualifier gives, as named in the legend, and its marker.
BOUND_NAMES: dict[str, str] = {
    "exact": "exact",
    "approx": "about",
    "at_least": "at least (lower bound)",
    "at_most": "at most (upper bound)",
    "range": "range (low to high)",
}
BOUND_SHAPES: dict[str, str] = {
    "exact": "circle",
    "about": "diamond",
    "at least (lower bound)": "triangle-up",
    "at most (upper bound)": "triangle-down",
    "range (low to high)": "square",
}

# One colour per indicator, fixed so that filtering never repaints a series. The colours
# are Paul Tol's "muted" qualitative scheme, chosen to stay apart for readers with any
# common colour-vision deficiency; its pale grey is too faint on white, so the tenth
# indicator takes near-black (a mid or dark grey reads as the wine of "killed" to a
# deuteranope: tests/test_charts.py simulates each deficiency and checks every pair).
INDICATOR_COLOURS: dict[str, str] = {
    "killed": "#882255",  # wine
    "injured": "#cc6677",  # rose
    "missing": "#aa4499",  # purple
    "displaced": "#332288",  # indigo
    "refugees": "#88ccee",  # cyan
    "trapped": "#999933",  # olive
    "returned": "#117733",  # green
    "in_need": "#ddcc77",  # sand
    "affected": "#44aa99",  # teal
    "housing_destroyed": "#222222",  # near-black
}

# Places the chart names, the most reported first: a dash pattern each; the rest share
# OTHER_PLACES. More patterns than this are hard to tell apart.
MAX_NAMED_PLACES: int = 6
OTHER_PLACES: str = "other places"
# The column giving each point's place its position in the legend (0: the most reported,
# MAX_NAMED_PLACES: OTHER_PLACES): the dash scale takes its places from the data in that
# order, so the spec names no place and stays the same when the filters change.
PLACE_RANK: str = "place_rank"
DASHES: tuple[list[int], ...] = ([1, 0], [6, 3], [2, 2], [8, 3, 2, 3], [12, 4], [2, 5])
OTHER_DASH: list[int] = [1, 6]

# The value axis's ticks and grid lines: one per power of ten.
DECADES: list[int] = [10**k for k in range(10)]

# How the browser draws every chart: on one canvas, with no ARIA description per mark.
# Streamlit draws a chart of up to 2,000 points as SVG, one element per mark, each given a
# description made (in Vega's expression interpreter) from the tooltip's ten fields; and it
# does not count the points of a layer that filters its data, as ours do. A canvas and no
# per-mark description draw the same marks with the same tooltips for somewhat less of the
# browser's work (the claims chart of a 100,000-mention store alone: about 0.2 of 2.5 CPU
# seconds, a modest part); a screen reader gets the chart's name, and the table every figure.
DRAWING: dict[str, Any] = {"usermeta": {"embedOptions": {"renderer": "canvas"}}}


# Columns of each legend: the indicators' key always lists all ten, so that one column of
# it, the places' and the kinds' would run past the chart's height and be cut off.
LEGEND_COLUMNS: int = 2
# The plot's height (pixels): enough for the three legends beside it with seven places
# named (the indicators' five rows, the places' four, the kinds' three).
CHART_HEIGHT: int = 420


def drawn(chart: alt.TopLevelMixin) -> alt.TopLevelMixin:
    """`chart` with the drawing options of DRAWING (a canvas, no per-mark ARIA), its
    legends in LEGEND_COLUMNS columns."""
    return chart.properties(**DRAWING).configure_mark(aria=False).configure_legend(columns=LEGEND_COLUMNS)


# What the tooltip says when a document has no link.
NO_LINK: str = "(no link)"

# What a hover over a point shows, one line each: (column, title). The tooltip goes to the
# browser as ONE text per point, these lines made here; the columns only the tooltip reads
# stay out of the page. Ten fields given to Vega instead are ten values its expression
# interpreter reads and formats for every point (2,000 of them) at each drawing: about 40%
# of the page's script time in chromium (docs/dashboard.md, "In a browser"). vega-tooltip
# shows a text as it is, HTML-escaped; TOOLTIP_STYLE keeps its line breaks.
TOOLTIP_FIELDS: tuple[tuple[str, str], ...] = (
    ("indicator", "Indicator"),
    ("label", "Figure"),
    ("count", "Plotted as (people; homes for housing)"),
    ("date_label", "Date"),
    ("reported_by", "Reported by"),
    ("place", "Place"),
    ("document_label", "Document"),
    ("url", "Link"),
    ("quote", "Quote"),
)
# A claim's: how often it was reported, after the figure.
CLAIM_TOOLTIP_FIELDS: tuple[tuple[str, str], ...] = (
    ("indicator", "Indicator"),
    ("label", "Figure"),
    ("reported", "Reported"),
    ("date_label", "Date"),
    ("reported_by", "Reported by"),
    ("place", "Place"),
    ("count", "Plotted as (people)"),
    ("document_label", "Document"),
    ("url", "Link"),
    ("quote", "Quote"),
)
# The column holding each point's tooltip text.
TOOLTIP: str = "tooltip"
# The page's style for the tooltip: streamlit's theme leaves out vega-tooltip's own sheet,
# which keeps a text's line breaks; without this rule the lines run together.
TOOLTIP_STYLE: str = "<style>#vg-tooltip-element{white-space:pre-line}</style>"

# What the chart needs of each figure: everything else stays out of the page.
CHART_COLUMNS: tuple[str, ...] = (
    "date", "count", "low", "high", "indicator", "bound", "place", "place_group", PLACE_RANK, "series", "label", TOOLTIP,
)


def tooltip_text(data: pd.DataFrame, fields: tuple[tuple[str, str], ...] = TOOLTIP_FIELDS) -> pd.Series:
    """Each row's tooltip: a line "Title: value" per field, the count with thousands
    separators, a missing value empty; line breaks inside a value (a quote's) become spaces,
    so each field stays one line."""
    lines = []
    for column, title in fields:
        values = data[column]
        if column == "count":
            text = values.map(lambda v: f"{v:,.0f}", na_action="ignore")
        else:
            text = values.astype("string").str.replace(r"\s*[\r\n]+\s*", " ", regex=True)
        lines.append(f"{title}: " + text.astype("string").fillna(""))
    joined = lines[0]
    for line in lines[1:]:
        joined = joined + "\n" + line
    return joined.astype(object)


def thin_positions(frame: pd.DataFrame, max_points: int = MAX_CHART_POINTS) -> np.ndarray:
    """Row positions of at most `max_points` dated figures: all of them when few; else
    the largest figure per indicator, place and day, then an even, reproducible sample.
    Parts of a breakdown are never drawn: their total is (see `views.totals`).

    Plain numpy on one integer key per (indicator, place, day): pandas' string
    group-bys and row copies cost ten times more on 100,000 figures."""
    dated = np.flatnonzero((frame["date"].notna() & totals(frame)).to_numpy())
    if len(dated) <= max_points:
        return dated
    indicator = pd.factorize(frame["indicator"])[0][dated].astype(np.int64)
    place = pd.factorize(frame["location"], use_na_sentinel=False)[0][dated].astype(np.int64)
    day = frame["date"].to_numpy(dtype="datetime64[D]")[dated].astype(np.int64)
    day -= day.min()
    key = (indicator * (place.max() + 1) + place) * (day.max() + 1) + day
    count = frame["people"].fillna(frame["value"]).to_numpy(dtype="float64", na_value=0.0)[dated]
    order = np.lexsort((count, key))
    last_of_key = np.r_[key[order][1:] != key[order][:-1], True]
    kept = np.sort(dated[order[last_of_key]])
    if len(kept) > max_points:
        kept = np.sort(np.random.default_rng(0).choice(kept, size=max_points, replace=False))
    return kept


def thin(frame: pd.DataFrame, max_points: int = MAX_CHART_POINTS) -> pd.DataFrame:
    """The dated figures the chart draws (see `thin_positions`), all columns."""
    return frame.iloc[thin_positions(frame, max_points)]


# The schema columns the chart's labels are made from.
SOURCE_COLUMNS: tuple[str, ...] = (
    "indicator", "value", "low", "high", "qualifier", "unit", "people", "date", "date_precision",
    "source", "location", "document", "title", "outlet", "url", "quote",
)


def chart_data(
    frame: pd.DataFrame,
    max_points: int = MAX_CHART_POINTS,
    extra: tuple[str, ...] = (),
    tooltip: tuple[tuple[str, str], ...] = TOOLTIP_FIELDS,
) -> pd.DataFrame:
    """The rows and columns the time chart draws: dated figures only, thinned, labelled,
    with the text of each point's `tooltip`; `extra` columns of `frame` are carried along
    (the claims' "reported in..." label), but those only the tooltip reads are left out."""
    columns = [frame.columns.get_loc(c) for c in (*SOURCE_COLUMNS, *extra)]
    data = labelled(frame.iloc[thin_positions(frame, max_points), columns])
    data["count"] = data["people"].fillna(data["value"]).astype("float64")
    data = data[data["count"] > 0]
    data["bound"] = data["qualifier"].map(BOUND_NAMES).fillna("exact")
    data["series"] = data["indicator"].astype(str) + " · " + data["place"].astype(str)
    data["place_group"] = place_groups(data["place"], MAX_NAMED_PLACES)
    data[PLACE_RANK] = place_ranks(data["place_group"])
    data["url"] = data["url"].fillna(NO_LINK)
    data[TOOLTIP] = tooltip_text(data, tooltip)
    read_by_tooltip = {column for column, _ in tooltip} - set(CHART_COLUMNS)
    out = data[[*CHART_COLUMNS, *(c for c in extra if c not in read_by_tooltip)]].copy()
    # low and high are in the figure's unit (families...), the point in people: scale the
    # bar the same way, so "between 300 and 400 families" spans 1,500-2,000 people
    to_people = (data["count"] / data["value"].astype("float64")).where(data["value"].astype("float64") > 0, 1.0)
    for col in ("low", "high"):
        out[col] = out[col].astype("float64") * to_people
    # JSON-friendly: strings with None (not pd.NA) for the Vega-Lite spec.
    for col in out.columns:
        if out[col].dtype == "string":
            out[col] = out[col].astype(object).where(out[col].notna(), None)
    return out.sort_values("date", kind="stable").reset_index(drop=True)


def place_groups(places: pd.Series, keep: int) -> pd.Series:
    """Each figure's place as the legend names it: the `keep` places with the most
    figures by name, the others as OTHER_PLACES."""
    counts = places.value_counts(sort=False)
    named = sorted(counts.index, key=lambda p: (-counts[p], str(p)))[:keep]
    return places.where(places.isin(named), OTHER_PLACES).astype(object)


def place_ranks(groups: pd.Series) -> pd.Series:
    """Each place group's position in the legend: the most figures first (ties by name),
    OTHER_PLACES last (at MAX_NAMED_PLACES, so that it takes OTHER_DASH)."""
    counts = groups.value_counts(sort=False)
    named = sorted((g for g in counts.index if g != OTHER_PLACES), key=lambda g: (-counts[g], str(g)))
    rank = {g: i for i, g in enumerate(named)} | {OTHER_PLACES: MAX_NAMED_PLACES}
    return groups.map(rank).astype("int64")


def _tooltip() -> alt.Tooltip:
    """The point's tooltip: its one text (`tooltip_text`), shown as it is."""
    return alt.Tooltip(f"{TOOLTIP}:N")


def time_chart(data: pd.DataFrame, *, height: int = CHART_HEIGHT) -> alt.LayerChart:
    """Figures over time on a log value axis, shapes for bounds, colour per indicator, a
    dash pattern per place (the legend's places, the rest together).

    The spec is the same whatever the filters keep (see the module's doc): only the data changes."""
    colour = _indicator_colour()
    dash = _place_dash()
    x = _date_axis()
    y = _people_axis()
    base = alt.Chart()  # the data sits once on the layer, not once per layer
    lines = base.mark_line(opacity=0.45, strokeWidth=1.5).encode(
        x=x, y=y, color=colour, strokeDash=dash, detail="series:N", order="date:T"
    )
    ranges = (
        base.transform_filter(alt.datum.bound == BOUND_NAMES["range"])
        .mark_rule(strokeWidth=3, opacity=0.6)
        .encode(x=x, y=alt.Y("low:Q", scale=alt.Scale(type="log")), y2="high:Q", color=colour, tooltip=_tooltip())
    )
    points = base.mark_point(filled=True, size=140, opacity=0.9).encode(
        x=x,
        y=y,
        color=colour,
        shape=_kind_shape(),
        tooltip=_tooltip(),
    )
    return drawn(alt.layer(lines, ranges, points, data=data).properties(height=height))


# --- claims and the best-estimate series (tracker.consolidate) ------------------------------

# What the line of the claims chart needs of each point of the best-estimate series.
LINE_COLUMNS: tuple[str, ...] = ("date", "count", "indicator", "place", "line")


def claim_chart_data(claims: pd.DataFrame, max_points: int = MAX_CHART_POINTS) -> pd.DataFrame:
    """The claims the chart draws as points, with the tooltip's "reported in N articles
    by M outlets, first on DATE"."""
    data = chart_data(
        claims.assign(reported=reported_labels(claims)), max_points, extra=("reported", "mentions"), tooltip=CLAIM_TOOLTIP_FIELDS
    )
    data["mentions"] = data["mentions"].astype("float64")
    return data.drop(columns="series")  # the claims chart joins its line's points by "line", not "series"


# Coarser and coarser steps (days) at which a long best-estimate line is drawn: the last
# point of each week, month or year, whichever first fits MAX_CHART_POINTS.
LINE_STEPS_DAYS: tuple[int, ...] = (7, 30, 365)


def series_line_data(series: pd.DataFrame, max_points: int = MAX_CHART_POINTS) -> pd.DataFrame:
    """The best-estimate series as lines: one line per indicator, place and kind of number
    (estimate, lower bound, upper bound, range), so none joins a bound to an estimate.
    Above `max_points` each line keeps its last point of each week (month, year)."""
    data = series[series["count"].astype("float64") > 0]
    for step in LINE_STEPS_DAYS:
        if len(data) <= max_points:
            break
        day = data["date"].to_numpy(dtype="datetime64[D]").astype(np.int64) // step
        key = pd.DataFrame({"i": data["indicator"], "p": data["location"], "k": data["kind"], "d": day})
        data = data[~key.duplicated(keep="last").to_numpy()]
    place = data["location"].astype("string").fillna(NO_PLACE)
    out = pd.DataFrame(
        {
            "date": data["date"],
            "count": data["count"].astype("float64"),
            "indicator": data["indicator"].astype(str),
            "place": place.astype(str),
            "line": data["indicator"].astype(str) + " · " + place.astype(str) + " · " + data["kind"].astype(str),
        }
    )
    return out.sort_values(["line", "date"], kind="stable").reset_index(drop=True)


def claim_chart(points: pd.DataFrame, line: pd.DataFrame, *, height: int = CHART_HEIGHT) -> alt.LayerChart:
    """Claims over time: one point per claim (shape: the kind of number, a bar for a
    range), and the best-estimate series as the line of each indicator, place and kind.
    Places are told apart as in `time_chart`, by a dash pattern per place (the points'
    legend places, the rest together); the spec is the same whatever the filters keep."""
    rank = dict(zip(points["place_group"], points[PLACE_RANK])) if PLACE_RANK in points else {}
    group = line["place"].where(line["place"].isin(set(rank) - {OTHER_PLACES}), OTHER_PLACES).astype(object)
    line = line.assign(place_group=group, **{PLACE_RANK: group.map(rank).fillna(MAX_NAMED_PLACES).astype("int64")})
    # one data set for both layers
    data = pd.concat([points.assign(layer="claim"), line.assign(layer="series")], ignore_index=True)
    colour = _indicator_colour()
    x = _date_axis()
    y = _people_axis()
    base = alt.Chart()
    lines = (
        base.transform_filter(alt.datum.layer == "series")
        .mark_line(opacity=0.6, strokeWidth=2)
        .encode(x=x, y=y, color=colour, strokeDash=_place_dash(), detail="line:N", order="date:T")
    )
    claims = base.transform_filter(alt.datum.layer == "claim")
    ranges = (
        claims.transform_filter(alt.datum.bound == BOUND_NAMES["range"])
        .mark_rule(strokeWidth=3, opacity=0.6)
        .encode(x=x, y=alt.Y("low:Q", scale=alt.Scale(type="log")), y2="high:Q", color=colour, tooltip=_tooltip())
    )
    marks = claims.mark_point(filled=True, size=140, opacity=0.9).encode(
        x=x,
        y=y,
        color=colour,
        shape=_kind_shape(),
        size=alt.Size("mentions:Q", title="Mentions", scale=alt.Scale(range=[80, 400]), legend=None),
        tooltip=_tooltip(),
    )
    return drawn(alt.layer(lines, ranges, marks, data=data).properties(height=height))


# --- the encodings the figures chart and the claims chart share ---------------------------


def _indicator_colour() -> alt.Color:
    """Every indicator in the scale, whatever is shown: each keeps its colour, and the
    legend is the same key on every view."""
    return alt.Color(
        "indicator:N",
        title="Indicator",
        scale=alt.Scale(domain=list(INDICATORS), range=[INDICATOR_COLOURS.get(i, "#555555") for i in INDICATORS]),
    )


def _date_axis() -> alt.X:
    return alt.X("date:T", title="Date the figure holds for", scale=alt.Scale(padding=24))


def _people_axis() -> alt.Y:
    return alt.Y("count:Q", title="People, or homes for housing destroyed (log scale)", scale=alt.Scale(type="log"), axis=alt.Axis(format="~s", values=DECADES))


def _kind_shape() -> alt.Shape:
    return alt.Shape(
        "bound:N", title="Kind of figure", scale=alt.Scale(domain=list(BOUND_SHAPES), range=list(BOUND_SHAPES.values()))
    )


def _place_dash() -> alt.StrokeDash:
    """The place's dash pattern: the places come from the data, in the order of their
    PLACE_RANK (the most reported first, OTHER_PLACES last), so the spec names none."""
    return alt.StrokeDash(
        "place_group:N",
        title="Place",
        sort=alt.EncodingSortField(field=PLACE_RANK, op="min"),
        scale=alt.Scale(range=[*DASHES, OTHER_DASH]),
    )


# --- the map: the latest figure per place ------------------------------------------------------

# The columns that name a place and hold its coordinates (the gazetteer's, on each mention).
PLACE_KEY: tuple[str, ...] = ("location", "admin1", "iso3")
COORDINATES: tuple[str, ...] = ("lat", "lon")


def place_coordinates(mentions: pd.DataFrame) -> pd.DataFrame:
    """One row per place (location, admin1, iso3) that a mention gives coordinates for, with
    the coordinates its mentions give most often: what a claim, which carries no
    coordinates of its own, is put on the map with."""
    known = mentions.loc[mentions["lat"].notna() & mentions["lon"].notna(), [*PLACE_KEY, *COORDINATES]]
    if known.empty:
        return pd.DataFrame({c: pd.Series([], dtype=mentions[c].dtype) for c in (*PLACE_KEY, *COORDINATES)})
    counted = known.value_counts(dropna=False).reset_index(name="n")
    return counted.drop_duplicates(list(PLACE_KEY)).drop(columns="n").reset_index(drop=True)


def with_coordinates(frame: pd.DataFrame, places: pd.DataFrame) -> pd.DataFrame:
    """`frame` (claims) with each row's place's coordinates, empty where none is known."""
    out = frame.drop(columns=[c for c in COORDINATES if c in frame]).merge(places, on=list(PLACE_KEY), how="left")
    out.index = frame.index
    return out


def latest_per_place(frame: pd.DataFrame) -> pd.DataFrame:
    """Of the dated totals that have coordinates, the latest figure of each indicator at
    each place (ties: the later published, then the larger), as the headline cards pick.
    Claims are ordered by when they were last reported in place of a publication date."""
    count = frame["people"].fillna(frame["value"]).astype("float64")
    keep = (
        frame["date"].notna() & totals(frame) & frame["lat"].notna() & frame["lon"].notna() & (count > 0)
    ).to_numpy(dtype=bool, na_value=False)
    data = frame[keep].assign(_count=count[keep])
    reported = "published" if "published" in frame else "last_reported"
    data = data.sort_values(["date", reported, "_count"], kind="stable", na_position="first")
    latest = data.drop_duplicates(["indicator", "location", *COORDINATES], keep="last")
    return latest.drop(columns="_count")


def unplaced_count(frame: pd.DataFrame) -> int:
    """How many of `frame`'s figures have no coordinates (so cannot be on the map)."""
    return int((frame["lat"].isna() | frame["lon"].isna()).sum())


def map_data(frame: pd.DataFrame) -> pd.DataFrame:
    """The points of the map: `latest_per_place`, labelled as the chart's points are (the
    same tooltip), with their coordinates."""
    return _map_points(latest_per_place(frame))


def claim_map_data(claims: pd.DataFrame) -> pd.DataFrame:
    """The map's points for claims (with coordinates, see `with_coordinates`): the claim
    chart's tooltip, "reported in N articles..." included."""
    latest = latest_per_place(claims)
    return _map_points(
        latest.assign(reported=reported_labels(latest)), extra=("reported", "mentions"), tooltip=CLAIM_TOOLTIP_FIELDS
    )


def _map_points(
    latest: pd.DataFrame, extra: tuple[str, ...] = (), tooltip: tuple[tuple[str, str], ...] = TOOLTIP_FIELDS
) -> pd.DataFrame:
    kept = [c for c in extra if c not in {column for column, _ in tooltip}]
    if latest.empty:
        return pd.DataFrame(columns=[*CHART_COLUMNS, *kept, *COORDINATES])
    return chart_data(latest, max_points=len(latest), extra=(*extra, *COORDINATES), tooltip=tooltip).astype(
        {c: "float64" for c in COORDINATES}
    )


def place_map(data: pd.DataFrame, *, height: int = 420) -> alt.LayerChart:
    """Each place's latest figure as a point at its coordinates (an equal-area projection of
    longitude and latitude, no base map to download), sized by the number, coloured by
    indicator as on the chart, named beside it; the tooltip is the chart's."""
    base = alt.Chart(data).project(type="equalEarth")
    where = {"longitude": "lon:Q", "latitude": "lat:Q"}
    points = base.mark_circle(opacity=0.7, stroke="white", strokeWidth=0.5).encode(
        **where,
        size=alt.Size("count:Q", title="People (homes for housing)", scale=alt.Scale(type="sqrt", range=[40, 2000])),
        color=_indicator_colour(),
        tooltip=_tooltip(),
    )
    names = base.mark_text(align="left", dx=8, dy=-6, fontSize=11, color="#333333").encode(**where, text="place:N")
    return drawn(alt.layer(points, names).properties(height=height))
