"""A frame of articles in, the tidy figures frame out: the unit any engine maps.

`extract_frame` is a pure module-level function of one pandas frame, so Dask's
`map_partitions`, Spark's `mapInPandas` or a process pool can ship it to workers by
reference and apply it to each partition independently.

An input row is one article: `text` (required), and optionally `id`, `published` or
`date`, `title`, `url`, `outlet`. Rows carry their own metadata, so each becomes a
`Document` directly. A row whose text is empty or not a string yields no figures; a row
whose date cannot be read is extracted as undated. Both are reported as a one-line
`BadRowWarning` naming the row, never raised, so the rest of the partition goes on.
"""

from __future__ import annotations

import datetime as dt
import warnings
from typing import Any

import pandas as pd
import regex as re

from .engine import HOUSEHOLD_SIZE
from .pipeline import extract_document
from .records import Document, Figure
from .schema import empty_frame, to_frame

# Columns that may hold the publication date, in the order they are tried.
DATE_COLUMNS: tuple[str, ...] = ("published", "date")

# Columns copied to the Document as text when present.
META_COLUMNS: tuple[str, ...] = ("title", "url", "outlet")

# A date as an input file writes it: ISO 8601, optionally followed by a time
# ("2019-08-20", "2019-08-20T10:15:00Z", "2019-08-20 10:15:00+02:00"). Free text such as
# "yesterday" or "now" is refused: a figure is never dated by the clock.
ISO_DATE = re.compile(
    r"""
    ^ \s*
    (?P<year> \d{4} ) - (?P<month> \d{2} ) - (?P<day> \d{2} )   # the calendar day
    (?: [T\s] \d{2} : \d{2} (?: : \d{2} (?: \.\d+ )? )?        # an optional time ...
        (?: Z | [+-] \d{2} :? \d{2} )? )?                        # ... and offset
    \s* $
    """,
    re.VERBOSE,
)


class BadRowWarning(UserWarning):
    """An input row that was extracted in part (undated) or not at all (no text)."""


def extract_frame(df: pd.DataFrame, *, household_size: float = HOUSEHOLD_SIZE) -> pd.DataFrame:
    """The tidy figures frame (`tracker.schema` columns) of a frame of articles.

    Rows come out in document order, then in the order the engine found the figures;
    column `document` holds the row's `id`, or its index label when there is no id.
    """
    figures: list[Figure] = []
    for label, row in zip(df.index, df.to_dict("records")):
        doc = row_document(row, label)
        if doc is None:
            continue
        figures.extend(extract_document(doc, household_size=household_size))
    if not figures:
        return empty_frame()
    return to_frame(figures).reset_index(drop=True)


def row_document(row: dict[str, Any], label: object) -> Document | None:
    """The Document of one input row, or None (with a warning) when it has no text."""
    doc_id = _text_or_none(row.get("id"))
    if doc_id is None:
        doc_id = str(label)
    text = row.get("text")
    if not isinstance(text, str) or not text.strip():
        what = "no text" if _is_missing(text) or isinstance(text, str) else f"a text of type {type(text).__name__}"
        warnings.warn(f"row {doc_id}: {what}; no figures extracted", BadRowWarning, stacklevel=2)
        return None
    return Document(
        id=doc_id,
        text=text,
        published=_row_date(row, doc_id),
        title=_text_or_none(row.get("title")),
        url=_text_or_none(row.get("url")),
        outlet=_text_or_none(row.get("outlet")),
    )


def parse_date(value: object) -> dt.date | None:
    """A calendar day out of a date-like cell; None when it holds no readable date.

    Accepts `datetime.date`/`datetime`, pandas `Timestamp`, numpy `datetime64` and ISO
    8601 strings. A time of day and its offset are dropped: the day is as written.
    """
    if _is_missing(value):
        return None
    if isinstance(value, pd.Timestamp):
        return value.date()
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if hasattr(value, "dtype") and str(getattr(value, "dtype", "")).startswith("datetime64"):
        return pd.Timestamp(value).date()
    if isinstance(value, str):
        m = ISO_DATE.match(value)
        if m:
            try:
                return dt.date(int(m["year"]), int(m["month"]), int(m["day"]))
            except ValueError:  # 2019-02-30
                return None
    return None


def _row_date(row: dict[str, Any], doc_id: str) -> dt.date | None:
    for column in DATE_COLUMNS:
        value = row.get(column)
        if _is_missing(value):
            continue
        day = parse_date(value)
        if day is None:
            warnings.warn(
                f"row {doc_id}: {column} {value!r} is not a date; extracted as undated",
                BadRowWarning,
                stacklevel=3,
            )
        return day
    return None


def _text_or_none(value: object) -> str | None:
    if _is_missing(value):
        return None
    if isinstance(value, float) and value.is_integer():  # an id column of ints with a gap
        return str(int(value))
    return value if isinstance(value, str) else str(value)


def _is_missing(value: object) -> bool:
    if value is None:
        return True
    try:
        return bool(pd.isna(value))
    except (TypeError, ValueError):  # lists, arrays: not a missing scalar
        return False
