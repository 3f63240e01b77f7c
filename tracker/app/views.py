"""What the dashboard shows, computed without streamlit: filters, headlines, labels, pages.

Every function takes and returns plain values or frames in the schema of
`tracker.output.schema`, so the page stays a thin layout and a benchmark can time the same
code on 100,000 synthetic figures (bench/synthetic.py). Loading articles is in
`tracker.app.load`.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import html
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

import numpy as np
import pandas as pd
import regex as re

from ..output.schema import NAMES, conform, empty_frame
from ..records import INDICATORS

# Each indicator as the page names it (filters, cards): the data keeps the short key.
INDICATOR_NAMES: dict[str, str] = {
    "killed": "Killed",
    "injured": "Injured",
    "missing": "Missing",
    "displaced": "Displaced",
    "refugees": "Refugees",
    "trapped": "Trapped",
    "returned": "Returned",
    "in_need": "In need",
    "affected": "Affected",
    "housing_destroyed": "Homes destroyed or damaged",
}

# What a missing place or source is called in filters, chart series and the table.
NO_PLACE: str = "(no place named)"
NO_SOURCE: str = "(unattributed)"

# The words put before a number in labels, one per qualifier (a range gets "low–high").
QUALIFIER_WORDS: dict[str, str] = {
    "exact": "",
    "approx": "about",
    "at_least": "at least",
    "at_most": "at most",
    "range": "",
}

# How much of a figure's date is known, as written after the date.
PRECISION_WORDS: dict[str, str] = {
    "day": "that day",
    "week": "that week",
    "month": "that month",
    "year": "that year",
}

# Places that get headline cards when the place filter chooses none: those with the most
# recent figures. A card always belongs to one place (never the latest figure of any).
MAX_CARD_PLACES: int = 3

# The table is paged so that 100,000 figures never travel to the browser at once.
PAGE_SIZE: int = 500

# Markdown's special characters, escaped when untrusted text goes into st.markdown,
# st.caption or a widget label: an article must not be able to add links or images.
MARKDOWN_SPECIAL = re.compile(
    r"""
    ( [\\`*_{}\[\]()#+\-.!|<>~:$] )   # any character markdown or streamlit's directives read
    """,
    re.VERBOSE,
)


@dataclass(frozen=True, slots=True)
class Filters:
    """The sidebar's choices. An empty tuple means "all"."""

    indicators: tuple[str, ...] = ()
    locations: tuple[str, ...] = ()  # may hold NO_PLACE
    sources: tuple[str, ...] = ()  # may hold NO_SOURCE
    start: dt.date | None = None  # inclusive; None: no lower limit
    end: dt.date | None = None  # inclusive; None: no upper limit
    include_undated: bool = True


@dataclass(frozen=True, slots=True)
class Headline:
    """The latest report of one indicator, and how it moved since the previous one."""

    indicator: str
    label: str  # "at least 400,000 people"
    count: int  # value in people when known, else value: what `change` compares
    date: dt.date
    date_precision: str | None
    source: str  # NO_SOURCE when unattributed
    location: str  # NO_PLACE when no place was named
    previous_label: str | None = None  # the previous report of the same indicator and place
    previous_date: dt.date | None = None
    previous_source: str | None = None
    change: int | None = None  # count minus the previous report's count
    comparable: bool = True  # False when one report is a bound or range and the other is not


@dataclass(frozen=True, slots=True)
class PlaceCards:
    """The headline cards of one place: the latest report of each indicator there."""

    place: str  # NO_PLACE for the figures that name none
    cards: tuple[Headline, ...]


# --- options and filtering -------------------------------------------------------------


def options(frame: pd.DataFrame, column: str) -> list[str]:
    """The values a filter offers for `column`, sorted, with the "missing" entry last."""
    if column == "indicator":
        present = set(frame["indicator"].dropna().unique())
        return [i for i in INDICATORS if i in present] + sorted(present - set(INDICATORS))
    values = sorted(str(v) for v in frame[column].dropna().unique())
    if frame[column].isna().any():
        values.append(_missing_label(column))
    return values


def indicator_name(indicator: str) -> str:
    """The indicator as the page names it; an indicator the table lacks keeps its key."""
    return INDICATOR_NAMES.get(indicator, indicator)


def totals(frame: pd.DataFrame) -> pd.Series:
    """True for each figure that is no part of a breakdown (its `part_of` is empty): the
    figures a chart, a headline or a sum may use without counting a total and its parts."""
    if "part_of" not in frame:  # a frame from before the column existed holds no parts
        return pd.Series(True, index=frame.index)
    return frame["part_of"].isna()


def _missing_label(column: str) -> str:
    return NO_PLACE if column == "location" else NO_SOURCE


def _labelled(frame: pd.DataFrame, column: str) -> pd.Series:
    """`column` with missing values named, so that a filter can pick them."""
    return frame[column].fillna(_missing_label(column))


def filter_frame(frame: pd.DataFrame, filters: Filters) -> pd.DataFrame:
    """The figures the filters keep. Undated figures pass the date range untouched
    (they have no date to test) and are kept or dropped by `include_undated` alone."""
    keep = np.ones(len(frame), dtype=bool)
    if filters.indicators:
        keep &= frame["indicator"].isin(filters.indicators).to_numpy(dtype=bool, na_value=False)
    if filters.locations:
        keep &= _labelled(frame, "location").isin(filters.locations).to_numpy(dtype=bool, na_value=False)
    if filters.sources:
        keep &= _labelled(frame, "source").isin(filters.sources).to_numpy(dtype=bool, na_value=False)
    dates = frame["date"]
    undated = dates.isna().to_numpy()
    in_range = ~undated
    if filters.start is not None:
        in_range &= (dates >= pd.Timestamp(filters.start)).to_numpy(dtype=bool, na_value=False)
    if filters.end is not None:
        in_range &= (dates <= pd.Timestamp(filters.end)).to_numpy(dtype=bool, na_value=False)
    keep &= in_range | (undated & filters.include_undated)
    return frame[keep]


def date_bounds(frame: pd.DataFrame) -> tuple[dt.date, dt.date] | None:
    """First and last date of the dated figures; None when no figure has a date."""
    dates = frame["date"].dropna()
    if dates.empty:
        return None
    return dates.min().date(), dates.max().date()


def dated(frame: pd.DataFrame) -> pd.DataFrame:
    return frame[frame["date"].notna()]


def undated(frame: pd.DataFrame) -> pd.DataFrame:
    """The figures with no date: never drawn, always listed."""
    return frame[frame["date"].isna()]


# --- labels ---------------------------------------------------------------------------


def value_label(value: int | None, qualifier: str | None, unit: str | None, low=None, high=None) -> str:
    """A figure as a reader says it: "at least 400,000 people", "300–400 families"."""
    unit_text = f" {unit}" if unit else ""
    if value is None or pd.isna(value):
        return f"(no value){unit_text}"
    if qualifier == "range" and _known(low) and _known(high):
        return f"{int(low):,}–{int(high):,}{unit_text}"
    words = QUALIFIER_WORDS.get(qualifier or "exact", str(qualifier))
    return f"{words} {int(value):,}{unit_text}".strip()


def _known(v) -> bool:
    return v is not None and not pd.isna(v)


def date_label(date, precision: str | None) -> str:
    """ "2019-08-13 (that week)"; "undated" when there is no date."""
    if date is None or pd.isna(date):
        return "undated"
    text = pd.Timestamp(date).date().isoformat()
    return f"{text} ({PRECISION_WORDS.get(precision, 'precision unknown')})" if precision else text


def document_label(document, title, outlet) -> str:
    """The document as a reader knows it: its title (or file), and who published it."""
    name = title if _known(title) and title else document
    name = name if _known(name) and name else "(unknown document)"
    return f"{name} — {outlet}" if _known(outlet) and outlet else str(name)


def labelled(frame: pd.DataFrame) -> pd.DataFrame:
    """The frame with the text columns the chart tooltip and the lists show: the same
    words as `value_label`, `date_label` and `document_label`, built column-wise."""
    out = frame.copy()
    out["label"] = _value_labels(out)
    dates = out["date"].dt.strftime("%Y-%m-%d")
    precision = out["date_precision"].map(PRECISION_WORDS, na_action="ignore").astype("string")
    out["date_label"] = (dates + " (" + precision.fillna("precision unknown") + ")").where(
        out["date_precision"].notna(), dates
    ).fillna("undated").astype("string")
    name = out["title"].where(out["title"].fillna("") != "", out["document"]).fillna("(unknown document)")
    outlet = out["outlet"].where(out["outlet"].fillna("") != "")
    out["document_label"] = (name + " — " + outlet).fillna(name).astype("string")
    out["place"] = _labelled(out, "location")
    out["reported_by"] = _labelled(out, "source")
    return out


def _thousands(column: pd.Series) -> pd.Series:
    return column.map(lambda v: f"{int(v):,}", na_action="ignore").astype("string")


def _value_labels(frame: pd.DataFrame) -> pd.Series:
    unit = (" " + frame["unit"].astype("string")).fillna("")
    ranged = (frame["qualifier"] == "range").fillna(False) & frame["low"].notna() & frame["high"].notna()
    words = frame["qualifier"].map(QUALIFIER_WORDS, na_action="ignore").astype("string").fillna("")
    words = words.where(frame["qualifier"].isna() | frame["qualifier"].isin(list(QUALIFIER_WORDS)), frame["qualifier"])
    number = _thousands(frame["value"])
    number = number.where(~ranged, _thousands(frame["low"]) + "–" + _thousands(frame["high"]))
    words = words.where(~ranged, "")
    label = (words + " " + number).str.strip() + unit
    return label.where(frame["value"].notna(), "(no value)" + unit).astype("string")


def escape_markdown(text: str) -> str:
    """Untrusted text made inert for st.markdown / st.caption: every special character
    is backslash-escaped, so "[x](http://...)" stays those characters."""
    return MARKDOWN_SPECIAL.sub(r"\\\1", text)


def highlight_html(text: str, spans: Iterable[tuple[int, int]]) -> str:
    """The article as HTML with each figure's wording in <mark>; all article text escaped.

    Overlapping or out-of-range spans are clipped, never dropped silently: a span that
    starts inside the previous one is merged into it."""
    parts: list[str] = []
    pos = 0
    for start, end in sorted((max(0, s), min(len(text), e)) for s, e in spans):
        if end <= start:
            continue
        if start < pos:  # overlaps the previous mark: extend it
            if end > pos and parts:
                parts[-1] = parts[-1][: -len("</mark>")] + html.escape(text[pos:end]) + "</mark>"
                pos = end
            continue
        parts.append(html.escape(text[pos:start]))
        parts.append("<mark>" + html.escape(text[start:end]) + "</mark>")
        pos = end
    parts.append(html.escape(text[pos:]))
    body = "".join(parts)
    return f'<div style="white-space: pre-wrap; line-height: 1.5">{body}</div>'


# --- headline cards -------------------------------------------------------------------

# The cards are drawn as one block of HTML (`cards_html`), not an st.metric and an
# st.caption each: thirty cards were about 120 of the page's elements, each laid out and
# styled on its own by the browser (0.6-0.8 s of chromium's work on a 100,000-mention
# store; docs/dashboard.md). The grid puts as many cards side by side as fit, at most
# CARDS_PER_ROW (its width in rem: a card narrower than its number is no use).
CARDS_PER_ROW: int = 5
CARD_MIN_WIDTH_REM: int = 12
CARDS_STYLE: str = (
    "<style>"
    ".tracker-cards .tc-place{margin:0.75rem 0 0.25rem 0;font-weight:600}"
    f".tracker-cards .tc-grid{{display:grid;gap:0.75rem;grid-template-columns:"
    f"repeat(auto-fill,minmax(max({CARD_MIN_WIDTH_REM}rem,calc((100% - {CARDS_PER_ROW - 1} * 0.75rem) / {CARDS_PER_ROW})),1fr))}}"
    ".tracker-cards .tc-card{border:1px solid rgba(128,128,128,0.3);border-radius:0.5rem;padding:0.75rem 1rem}"
    ".tracker-cards .tc-label{font-size:0.875rem}"
    ".tracker-cards .tc-value{font-size:2.25rem;line-height:1.2}"
    ".tracker-cards .tc-delta{font-size:0.875rem;opacity:0.7}"
    ".tracker-cards .tc-caption{font-size:0.875rem;opacity:0.7;margin-top:0.5rem}"
    ".tracker-cards .tc-caption p{margin:0 0 0.25rem 0}"
    "</style>"
)


def card_delta(card: Headline) -> str | None:
    """ "+1,200 since 2020-01-03": the change since the previous report, when the two are
    comparable (never judged good or bad: it is shown grey)."""
    if card.change is None or not card.comparable or card.previous_date is None:
        return None
    return f"{card.change:+,} since {card.previous_date.isoformat()}"


def card_lines(card: Headline) -> list[str]:
    """The card's caption, a line each: the full wording, source, date and place; and the
    previous report, when there is one."""
    when = date_label(card.date, card.date_precision)
    lines = [f"{card.label} · {card.source} · {when} · {card.location}"]
    if card.previous_label is not None:
        note = "" if card.comparable else " (a bound and an estimate: no change is computed)"
        when = card.previous_date.isoformat() if card.previous_date is not None else "undated"
        lines.append(f"Previous: {card.previous_label} · {card.previous_source} · {when}{note}")
    return lines


def card_html(card: Headline) -> str:
    """One card: its name ("Displaced · Idlib"), its number, the change and the caption;
    every text HTML-escaped."""
    delta = card_delta(card)
    parts = [
        '<div class="tc-card">',
        f'<div class="tc-label">{html.escape(f"{indicator_name(card.indicator)} · {card.location}")}</div>',
        f'<div class="tc-value">{card.count:,}</div>',
        f'<div class="tc-delta">{html.escape(delta)}</div>' if delta else "",
        '<div class="tc-caption">',
        *(f"<p>{html.escape(line)}</p>" for line in card_lines(card)),
        "</div></div>",
    ]
    return "".join(parts)


def cards_html(groups: Sequence[PlaceCards]) -> str:
    """The headline cards of every place as one block of HTML: the place's name, then its
    cards in a grid. Sources, places and wording are escaped: a name holding "<script>" is
    shown as those characters."""
    parts = [CARDS_STYLE, '<div class="tracker-cards">']
    for group in groups:
        parts.append(f'<p class="tc-place">{html.escape(group.place)}</p><div class="tc-grid">')
        parts.extend(card_html(card) for card in group.cards)
        parts.append("</div>")
    parts.append("</div>")
    return "".join(parts)



def _counts(frame: pd.DataFrame) -> pd.Series:
    """Each figure in people when known (households x household size), else as written."""
    return frame["people"].fillna(frame["value"])


def headlines(frame: pd.DataFrame) -> list[Headline]:
    """Per indicator, the latest dated figure (ties: the later published, then the
    larger), compared with the previous report of the same indicator and place. Over
    several places this is the latest of any place: the page shows `headlines_by_place`.
    Parts of a breakdown ("including 250 health workers") never make a headline: only totals do.

    Works on numpy arrays (one sort for all indicators): fast on 100,000 figures."""
    data = frame[frame["date"].notna() & _counts(frame).notna() & totals(frame)]
    if data.empty:
        return []
    counts = _counts(data).to_numpy(dtype="float64")
    dates = data["date"].to_numpy(dtype="datetime64[ns]").view("int64")
    published = data["published"].to_numpy(dtype="datetime64[ns]").view("int64")  # NaT sorts first
    rank = np.empty(len(data), dtype=np.int64)
    rank[np.lexsort((counts, published, dates))] = np.arange(len(data))
    places = _labelled(data, "location").to_numpy(dtype=object)
    indicators = data["indicator"].to_numpy(dtype=object)
    cards: list[Headline] = []
    for indicator in options(data, "indicator"):
        mine = indicators == indicator
        latest = int(np.argmax(np.where(mine, rank, -1)))
        row = data.iloc[latest]
        card = _headline(indicator, row, int(counts[latest]), places[latest])
        earlier = mine & (places == places[latest]) & (dates < dates[latest])
        if earlier.any():
            card = _with_previous(card, data.iloc[int(np.argmax(np.where(earlier, rank, -1)))], str(row["qualifier"]))
        cards.append(card)
    return cards


def headlines_by_place(
    frame: pd.DataFrame,
    places: Sequence[str] = (),
    max_places: int = MAX_CARD_PLACES,
    cards_of: Callable[[pd.DataFrame], list[Headline]] | None = None,
) -> list[PlaceCards]:
    """The headline cards of each place in `places` (the place filter's choice, in its
    order), or else of the `max_places` places with the most recent dated figures, the
    figures that name no place last. Each card holds one place's latest figure, so a new
    report about Goma never stands in for Idlib's. `cards_of` makes one place's cards
    (default `headlines`, of mentions; `series_headlines` for the best-estimate series)."""
    cards_of = cards_of or headlines
    data = frame[frame["date"].notna() & _counts(frame).notna() & totals(frame)]  # no place of parts alone
    if data.empty:
        return []
    named = _labelled(data, "location")
    if not places:
        latest = data["date"].groupby(named.to_numpy(), sort=False).max()
        order = sorted(latest.index, key=lambda p: (p == NO_PLACE, -latest[p].value, p))
        places = order[:max_places]
    groups = []
    for place in places:
        cards = cards_of(data[named.to_numpy() == place])
        if cards:
            groups.append(PlaceCards(place, tuple(cards)))
    return groups


def _headline(indicator: str, row: pd.Series, count: int, location: str) -> Headline:
    """The card of one figure or claim (`row`), counted as `count` people (or homes)."""
    return Headline(
        indicator=indicator,
        label=value_label(row["value"], row["qualifier"], row["unit"], row["low"], row["high"]),
        count=count,
        date=row["date"].date(),
        date_precision=_str_or_none(row["date_precision"]),
        source=_str_or_none(row["source"]) or NO_SOURCE,
        location=location,
    )


def _with_previous(card: Headline, prev: pd.Series, card_qualifier: str) -> Headline:
    return dataclasses.replace(
        card,
        previous_label=value_label(prev["value"], prev["qualifier"], prev["unit"], prev["low"], prev["high"]),
        previous_date=prev["date"].date(),
        previous_source=_str_or_none(prev["source"]) or NO_SOURCE,
        change=card.count - int(prev["people"] if _known(prev["people"]) else prev["value"]),
        comparable=comparable(card_qualifier, str(prev["qualifier"])),
    )


# Qualifiers whose numbers can be subtracted: point estimates with each other, and a bound
# or a range only with the same kind of bound or range.
POINT_QUALIFIERS = frozenset({"exact", "approx"})


def comparable(latest: str, previous: str) -> bool:
    """Whether two reports' numbers can honestly be subtracted: "at least 200,000" then
    "about 400,000" is no fall of 200,000."""
    if latest in POINT_QUALIFIERS and previous in POINT_QUALIFIERS:
        return True
    return latest == previous


def _str_or_none(v) -> str | None:
    return None if v is None or pd.isna(v) else str(v)


# --- table ----------------------------------------------------------------------------

# The table's columns, in reading order; all are schema columns.
TABLE_COLUMNS: tuple[str, ...] = (
    "date", "indicator", "qualifier", "value", "low", "high", "unit", "people", "part_of", "location",
    "source", "quote", "title", "outlet", "url", "date_precision", "published", "country", "document",
)


def table_page(
    frame: pd.DataFrame, page: int, size: int = PAGE_SIZE, columns: tuple[str, ...] = TABLE_COLUMNS
) -> pd.DataFrame:
    """One page (1-based) of the filtered figures (or claims, with their `columns`),
    newest first, undated last."""
    dates = frame["date"].to_numpy(dtype="datetime64[ns]").view("int64")
    undated_last = np.where(frame["date"].isna().to_numpy(), np.iinfo(np.int64).max, -dates)
    order = np.lexsort((pd.factorize(frame["indicator"], sort=True)[0], undated_last))
    start = (max(page, 1) - 1) * size
    return frame.iloc[order[start : start + size]][list(columns)]


def page_count(rows: int, size: int = PAGE_SIZE) -> int:
    return max(1, -(-rows // size))


def concat_frames(frames: Sequence[pd.DataFrame]) -> pd.DataFrame:
    """Many schema frames as one, keeping the schema's dtypes even when some are empty."""
    non_empty = [f for f in frames if not f.empty]
    if not non_empty:
        return empty_frame()
    only = non_empty[0]
    if len(non_empty) == 1 and only.index.equals(pd.RangeIndex(len(only))) and tuple(only.columns) == NAMES:
        return only  # already in the schema: no copy of a corpus of 100,000 rows per rerun
    return conform(pd.concat(non_empty, ignore_index=True))


# --- claims (tracker.consolidate) --------------------------------------------------------

# The claims table's columns, in reading order; all are schema.CLAIM_COLUMNS.
CLAIM_TABLE_COLUMNS: tuple[str, ...] = (
    "date", "indicator", "qualifier", "value", "low", "high", "unit", "people", "location", "source",
    "mentions", "documents", "outlets", "first_reported", "last_reported", "quote", "outlet", "url",
    "date_precision", "part_of", "joined_unattributed", "claim_id", "mention_ids",
)


def fingerprint(frame: pd.DataFrame) -> str:
    """A digest of every cell of `frame` (column-wise hashing: about 0.1 s for 100,000
    figures), the cache key of the claims."""
    cells = pd.util.hash_pandas_object(frame, index=False).to_numpy()
    return hashlib.sha256(cells.tobytes() + ",".join(map(str, frame.columns)).encode()).hexdigest()


def reported_labels(claims: pd.DataFrame) -> pd.Series:
    """ "reported in 14 articles by 9 outlets, first on 2019-08-20", column-wise; the
    outlets and the date are left out when unknown."""
    documents = claims["documents"].astype("Int64").fillna(0)
    articles = documents.astype(str) + np.where(documents == 1, " article", " articles")
    outlets = claims["outlets"].astype("Int64").fillna(0)
    by = (" by " + outlets.astype(str) + np.where(outlets == 1, " outlet", " outlets")).where(outlets > 0, "")
    first = (", first on " + claims["first_reported"].dt.strftime("%Y-%m-%d")).fillna("")
    return ("reported in " + articles + by + first).astype("string")


def series_headlines(series: pd.DataFrame) -> list[Headline]:
    """The cards from the best-estimate series (tracker.consolidate.best_estimates): per
    indicator, the latest point (ties: first reported later, then the larger), compared
    with the point before it on the same line (same place and kind of number), so a
    change is never computed between a bound and an estimate."""
    if series.empty:
        return []
    data = series.reset_index(drop=True)
    counts = data["count"].astype("float64").to_numpy(na_value=0.0)
    dates = data["date"].to_numpy(dtype="datetime64[ns]").view("int64")
    reported = data["first_reported"].to_numpy(dtype="datetime64[ns]").view("int64")
    order = np.lexsort((counts, reported, dates))
    line = pd.factorize(
        data["indicator"].astype(str) + "|" + _labelled(data, "location").astype(str) + "|" + data["kind"].astype(str)
    )[0]
    cards: list[Headline] = []
    for indicator in options(data, "indicator"):
        mine = order[(data["indicator"].to_numpy(dtype=object) == indicator)[order]]
        latest = int(mine[-1])
        row = data.iloc[latest]
        card = _headline(indicator, row, int(counts[latest]), _str_or_none(row["location"]) or NO_PLACE)
        before = mine[(line[mine] == line[latest]) & (dates[mine] < dates[latest])]
        if len(before):
            card = _with_previous(card, data.iloc[int(before[-1])], str(row["qualifier"]))
        cards.append(card)
    return cards


# --- values a shared link asks for ------------------------------------------------------


def unknown_values(asked: Sequence[str], offered: Sequence[str]) -> list[str]:
    """The values a link's query parameter asks for that the filter does not offer (a
    misspelt place, an indicator no figure has): the widget drops them."""
    known = set(offered)
    return [v for v in asked if v not in known]


def dropped_notice(dropped: Sequence[tuple[str, str]]) -> str | None:
    """One line saying which of the link's (filter, value) pairs were dropped, or None."""
    if not dropped:
        return None
    shown = [f"{name} {value!r}" for name, value in dropped]
    listed = shown[0] if len(shown) == 1 else ", ".join(shown[:-1]) + " and " + shown[-1]
    return f"The link asked for {listed}, which this page does not offer: dropped from the filters."


def unknown_day(asked: str | None, limits: tuple[dt.date, dt.date]) -> bool:
    """Whether a link's date (YYYY-MM-DD) is one the date filter cannot take."""
    if not asked:
        return False
    try:
        day = dt.date.fromisoformat(asked)
    except ValueError:
        return True
    return not limits[0] <= day <= limits[1]
