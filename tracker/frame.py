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

import numpy as np
import pandas as pd

from .engine import HOUSEHOLD_SIZE
from .pipeline import extract_document
from .pubdates import FIRST_YEAR, LAST_YEAR, parse_published
from .records import Document, Figure
from .schema import empty_frame, to_frame

# Columns that may hold the publication date, in the order they are tried (the order
# tracker.documents tries JSONL fields in).
DATE_COLUMNS: tuple[str, ...] = ("date", "published")

# Columns copied to the Document as text when present.
META_COLUMNS: tuple[str, ...] = ("title", "url", "outlet")


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
    doc_id = _text_or_none(row.get("id")) or str(label)
    text = row.get("text")
    if not isinstance(text, str) or not text.strip():
        what = "no text" if _is_missing(text) or isinstance(text, str) else f"a text of type {type(text).__name__}"
        warnings.warn(f"row {doc_id}: {what}; no figures extracted", BadRowWarning, stacklevel=2)
        return None
    return Document(
        id=doc_id,
        text=text,
        published=_row_date(row, doc_id),
        **{column: _text_or_none(row.get(column)) for column in META_COLUMNS},
    )


def _row_date(row: dict[str, Any], doc_id: str) -> dt.date | None:
    """The row's publication date, read as `tracker.pubdates` reads a JSONL or CSV field."""
    for column in DATE_COLUMNS:
        value = row.get(column)
        if _is_missing(value):
            continue
        if isinstance(value, np.datetime64):
            value = pd.Timestamp(value)
        parsed = parse_published(value)
        day, warning = parsed.date, parsed.warning
        if day is not None and not FIRST_YEAR <= day.year <= LAST_YEAR:
            # a date object skips pubdates' plausibility check on text; the tidy frame's
            # datetime64[ns] cannot hold it either
            day, warning = None, f"implausible date {day.isoformat()!r} ignored (year {day.year})"
        if warning:
            message = f"row {doc_id}: {column}: {warning}"
            if day is None:
                message += "; extracted as undated"
            warnings.warn(message, BadRowWarning, stacklevel=3)
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
    missing = pd.isna(value)
    return isinstance(missing, (bool, np.bool_)) and bool(missing)  # arrays are not missing
