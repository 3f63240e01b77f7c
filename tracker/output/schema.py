"""The one schema every output reads: column names, types, HXL hashtags.

The CSV, JSON and JSONL exports, the HXL export, the dashboard table and chart, and the
Dask/Spark output all take their columns from `COLUMNS`, in this order.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from ..records import Figure

if TYPE_CHECKING:  # pandas is imported where a frame is made: the CLI's streaming path needs none
    import pandas as pd


@dataclass(frozen=True, slots=True)
class Column:
    name: str  # a Figure field
    dtype: str  # pandas dtype of the tidy frame
    hxl: str  # Humanitarian Exchange Language hashtag for the HXL export
    description: str


COLUMNS: tuple[Column, ...] = (
    Column("document", "string", "#meta+document", "document the figure came from"),
    Column("indicator", "string", "#indicator+name", "one of INDICATORS: killed, injured, missing, displaced, ..."),
    # value, low and high are in the figure's unit (families, households...), so they carry
    # #meta tags: the HXL export puts the count in people under #affected+<indicator>.
    Column("value", "Int64", "#meta+value", "the number as written, in its unit; a range's low end"),
    Column("low", "Int64", "#meta+value+min", "lower end of the interval the wording implies"),
    Column("high", "Int64", "#meta+value+max", "upper end of the interval the wording implies"),
    Column("qualifier", "string", "#indicator+qualifier", "exact, approx, at_least, at_most or range"),
    Column("unit", "string", "#indicator+unit", "what was counted, as written"),
    Column("people", "Int64", "#meta+people", "the value in people (households x household size); empty for things counted (homes)"),
    Column("date", "datetime64[ns]", "#date", "when the figure holds"),
    Column("date_precision", "string", "#meta+precision", "day, week, month or year"),
    Column("period_start", "datetime64[ns]", "#date+start", "start of the period the figure counts"),
    Column("published", "datetime64[ns]", "#date+reported", "publication date of the document"),
    Column("source", "string", "#meta+source", "who reported the figure"),
    Column("location", "string", "#loc+name", "the place named for the figure"),
    Column("admin1", "string", "#adm1+name", "first-level subdivision"),
    Column("country", "string", "#country+name", "country"),
    Column("iso3", "string", "#country+code", "ISO 3166-1 alpha-3 country code"),
    Column("quote", "string", "#description", "the sentence the figure came from"),
    Column("start", "Int64", "#meta+start", "character offset of the figure's wording in the document"),
    Column("end", "Int64", "#meta+end", "character offset just after the figure's wording"),
    Column("title", "string", "#meta+title", "document title"),
    Column("url", "string", "#meta+url", "document link"),
    Column("outlet", "string", "#meta+publisher", "who published the document"),
    # Added last, so that readers of the earlier columns by position still read them.
    Column("id", "string", "#meta+id", "the figure's id: unique per row, the same in every run"),
    Column("admin1_code", "string", "#adm1+code", "ISO 3166-2 code of admin1"),
    Column("lat", "Float64", "#geo+lat", "latitude of the location (WGS 84), when the gazetteer knows it"),
    Column("lon", "Float64", "#geo+lon", "longitude of the location (WGS 84), when the gazetteer knows it"),
    Column("source_org", "string", "#meta+source+org", "the body the source speaks for"),
    Column("part_of", "string", "#meta+part_of", "a breakdown's total in the same document: its id; empty for a total"),
    Column("page", "Int64", "#meta+page", "the page of a PDF the figure stands on (1-based); empty for other documents"),
)

# A claim (tracker.consolidate): one statement of a figure, however many articles repeat
# it. Its figure columns hold the claim's representative mention (its earliest, or the
# named source's own words); `date` is the finest, then earliest, date of its mentions.
# A claim's columns that mean what a figure's do are the figures' own (one definition each).
_FIGURE_COLUMN: dict[str, Column] = {c.name: c for c in COLUMNS}
CLAIM_COLUMNS: tuple[Column, ...] = (
    Column("claim_id", "string", "#meta+claim+id", "the claim's id, the same for the same mentions in any order"),
    _FIGURE_COLUMN["indicator"],
    _FIGURE_COLUMN["value"],
    _FIGURE_COLUMN["low"],
    _FIGURE_COLUMN["high"],
    Column("qualifier", "string", "#indicator+qualifier",
           "exact, approx, at_least, at_most or range (approx if any mention hedged)"),
    _FIGURE_COLUMN["unit"],
    Column("people", "Int64", "#meta+people", "the value in people (households x household size)"),
    Column("date", "datetime64[ns]", "#date", "when the figure holds: the finest, then earliest, date of its mentions"),
    _FIGURE_COLUMN["date_precision"],
    Column("first_reported", "datetime64[ns]", "#date+reported+first", "earliest publication date of its mentions"),
    Column("last_reported", "datetime64[ns]", "#date+reported+last", "latest publication date of its mentions"),
    Column("mentions", "Int64", "#meta+mentions+num", "how many figures in the corpus state it"),
    Column("documents", "Int64", "#meta+documents+num", "how many documents state it"),
    Column("outlets", "Int64", "#meta+outlets+num", "how many outlets (or link hosts) published it"),
    Column("joined_unattributed", "Int64", "#meta+unattributed+num",
           "mentions with no source joined to it because value, place and date match it exactly"),
    _FIGURE_COLUMN["source"],
    _FIGURE_COLUMN["source_org"],
    _FIGURE_COLUMN["location"],
    _FIGURE_COLUMN["admin1"],
    _FIGURE_COLUMN["country"],
    _FIGURE_COLUMN["iso3"],
    Column("part_of", "string", "#meta+part_of", "a breakdown's total: its claim id, or the text given"),
    Column("quote", "string", "#description", "the representative mention's sentence"),
    Column("document", "string", "#meta+document", "the representative mention's document"),
    Column("title", "string", "#meta+title", "its title"),
    Column("url", "string", "#meta+url", "its link"),
    Column("outlet", "string", "#meta+publisher", "who published it"),
    Column("mention_ids", "string", "#meta+mentions+id",
           "ids of the claim's mentions (document:start-end), ';'-separated"),
)
CLAIM_NAMES: tuple[str, ...] = tuple(c.name for c in CLAIM_COLUMNS)

NAMES: tuple[str, ...] = tuple(c.name for c in COLUMNS)
DTYPES: dict[str, str] = {c.name: c.dtype for c in COLUMNS}
DATE_COLUMNS: tuple[str, ...] = tuple(c.name for c in COLUMNS if c.dtype.startswith("datetime"))

# In the HXL export each indicator's value stands in a column of its own, because an
# HXL hashtag names what a whole column counts (#affected+killed, #affected+idps...).
# The tags follow the HXL 1.1 dictionary: #affected with a population attribute for
# people (+killed, +injured, +missing, +idps, +refugees, +returnees), #inneed for people in
# need. People affected take #affected+total, not a bare #affected: an HXL tag pattern
# matches every column whose attributes include its own, so a bare #affected column would be
# selected together with all the others. Homes are no people: housing_destroyed takes
# #impact (the impact of an emergency on assets), +shelter for the sector, +num for a count.
INDICATOR_HXL: dict[str, str] = {
    "killed": "#affected+killed",
    "injured": "#affected+injured",
    "missing": "#affected+missing",
    "displaced": "#affected+idps",
    "refugees": "#affected+refugees",
    "trapped": "#affected+trapped",
    "returned": "#affected+returnees",
    "in_need": "#inneed",
    "affected": "#affected+total",
    "housing_destroyed": "#impact+shelter+num",
}


def figure_row(figure: Figure) -> dict[str, Any]:
    """One figure as a plain dict of the schema's columns (dates stay `datetime.date`)."""
    return {name: getattr(figure, name) for name in NAMES}


def json_row(figure: Figure) -> dict[str, Any]:
    """One figure as JSON-ready values: dates as ISO strings."""
    return {k: (v.isoformat() if isinstance(v, dt.date) else v) for k, v in figure_row(figure).items()}


def empty_frame() -> pd.DataFrame:
    """A frame with no rows and the schema's columns and dtypes."""
    import pandas as pd

    return pd.DataFrame({c.name: pd.Series([], dtype=c.dtype) for c in COLUMNS})


def to_frame(figures: Iterable[Figure]) -> pd.DataFrame:
    """The tidy frame: one row per figure, the schema's columns and dtypes."""
    import pandas as pd

    rows = [figure_row(f) for f in figures]
    if not rows:
        return empty_frame()
    frame = pd.DataFrame.from_records(rows, columns=list(NAMES))
    return conform(frame)


def conform(frame: pd.DataFrame, columns: tuple[Column, ...] = COLUMNS) -> pd.DataFrame:
    """Cast a frame with the schema's columns to the schema's dtypes, in schema order
    (`columns`: the figures' by default, or CLAIM_COLUMNS)."""
    return conform_series(frame, frame.index, columns)


def conform_series(series, index, columns: tuple[Column, ...] = COLUMNS) -> pd.DataFrame:
    """`conform` of columns given one by one (a mapping of names to Series on `index`),
    without first joining them into one frame of objects, which would copy them all."""
    import pandas as pd

    out = {}
    for c in columns:
        col = series[c.name] if c.name in series else pd.Series([None] * len(index), index=index)
        if c.dtype.startswith("datetime"):
            out[c.name] = _datetimes(col, c.dtype)
        else:
            out[c.name] = col.astype(c.dtype)
    return pd.DataFrame(out, index=index)


def conform_claims(frame: pd.DataFrame) -> pd.DataFrame:
    """A claims frame in CLAIM_COLUMNS' order and dtypes."""
    return conform(frame, CLAIM_COLUMNS)


def _datetimes(col, dtype: str):
    """A date column in the schema's dtype; a date it cannot hold (before 1677 or after
    2262 in nanoseconds) becomes empty rather than failing the whole frame."""
    import pandas as pd

    try:
        return pd.to_datetime(col, errors="coerce").astype(dtype)
    except (pd.errors.OutOfBoundsDatetime, OverflowError):
        safe = col.map(lambda v: v if _representable(v) else None)
        return pd.to_datetime(safe, errors="coerce").astype(dtype)


def _representable(value: Any) -> bool:
    if isinstance(value, dt.date):
        return 1678 <= value.year <= 2261
    return True


def from_row(row: dict[str, Any]) -> Figure:
    """Rebuild a Figure from a row of the tidy frame or a JSON record."""
    import pandas as pd

    kwargs: dict[str, Any] = {}
    for field in dataclasses.fields(Figure):
        value = row.get(field.name)
        if value is not None and not isinstance(value, str) and pd.isna(value):
            value = None
        if field.name in ("date", "period_start", "published") and value is not None:
            value = pd.Timestamp(value).date()
        elif field.name in ("value", "low", "high", "people", "start", "end", "quote_start", "page") and value is not None:
            value = int(value)
        elif field.name in ("lat", "lon") and value is not None:
            value = float(value)
        kwargs[field.name] = value
    if kwargs.get("quote_start") is None:
        kwargs["quote_start"] = 0
    return Figure(**kwargs)
