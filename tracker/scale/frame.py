"""A frame of articles in, the tidy figures frame out: the unit any engine maps.

`extract_frame` is a pure module-level function of one pandas frame, so Dask's
`map_partitions`, Spark's `mapInPandas` or a process pool can ship it to workers by
reference and apply it to each partition independently.

An input row is one article, read by `tracker.read.documents.row_document`, the reader of
JSONL lines and CSV rows, so that a frame and the CLI give the same figures for the same
rows: a text column (`text`, `body` or `content`), and optionally `id`, a date (`date`,
`published`...), `title`, `url`, `outlet`, under the names `tracker.read.documents` lists. A
front-matter block or a date header in the text is read, line breaks are normalised.
A row that cannot be read (no text, a text that is not a string) yields no figures; a
row whose date cannot be read is extracted as undated. Both are reported as a one-line
`BadRowWarning` naming the row, never raised, so the rest of the partition goes on.
"""

from __future__ import annotations

import warnings
from typing import Any

import numpy as np
import pandas as pd

from ..extraction.engine import HOUSEHOLD_SIZE, extract_document
from ..output.schema import empty_frame, to_frame
from ..read.documents import ID_FIELDS, Skipped
from ..read.documents import row_document as read_row
from ..records import Document, Figure


class BadRowWarning(UserWarning):
    """An input row that was extracted in part (undated) or not at all (no text)."""


def extract_frame(df: pd.DataFrame, *, household_size: float = HOUSEHOLD_SIZE) -> pd.DataFrame:
    """The tidy figures frame (`tracker.output.schema` columns) of a frame of articles.

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
    """The Document of one input row, or None (with a warning) when it cannot be read.

    Its id is the row's `id`, else the index label; every note the reader makes on the
    row (a date it could not read...) is a `BadRowWarning` naming the row.
    """
    fields = {key: _cell(value) for key, value in row.items()}
    given_id = next((v for k, v in fields.items() if str(k).strip().lower() in ID_FIELDS and v is not None), None)
    doc_id = str(given_id).strip() if given_id is not None and str(given_id).strip() else str(label)
    item = read_row(str(label), f"row {doc_id}", fields)
    if isinstance(item, Skipped):
        warnings.warn(f"{item.reason}; no figures extracted", BadRowWarning, stacklevel=2)
        return None
    for note in item.warnings:
        warnings.warn(f"row {item.id}: {note}", BadRowWarning, stacklevel=2)
    return item


def _cell(value: object) -> object:
    """A frame cell as a JSON value would be: missing as None, ints with a gap as ints."""
    if _is_missing(value):
        return None
    if isinstance(value, np.datetime64):
        return pd.Timestamp(value)
    if isinstance(value, float) and value.is_integer():  # an id column of ints with a gap
        return int(value)
    return value


def _is_missing(value: object) -> bool:
    if value is None:
        return True
    missing = pd.isna(value)
    return isinstance(missing, (bool, np.bool_)) and bool(missing)  # arrays are not missing
