"""Figures (or claims) as an Apache Parquet file, for corpora too large for CSV.

The columns are the schema's, in its order, typed from its dtypes: Int64 as int64, Float64
as float64, strings as UTF-8 strings, dates (datetime64 in the tidy frame) as Parquet DATE
(date32: a day, as the CSV's YYYY-MM-DD). A missing value is null. The rows are written in
row groups of ROW_GROUP rows as they come, so memory stays bounded.

pyarrow is an optional dependency (`pip install 'tracker[parquet]'`), imported only here.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterable, Iterator
from itertools import islice
from typing import IO, Any

from .schema import COLUMNS, Column

ROW_GROUP: int = 100_000
MISSING = "Parquet output needs pyarrow: pip install 'tracker[parquet]'"


class ParquetUnavailable(ImportError):
    """pyarrow is not installed; the message says how to install it."""


def pyarrow():
    try:
        import pyarrow
        import pyarrow.parquet  # noqa: F401
    except ImportError as exc:
        raise ParquetUnavailable(f"{MISSING} ({exc})") from None
    return pyarrow


def arrow_schema(columns: tuple[Column, ...] = COLUMNS):
    pa = pyarrow()
    types = {"Int64": pa.int64(), "Float64": pa.float64(), "string": pa.string(), "datetime64[ns]": pa.date32()}
    return pa.schema([pa.field(c.name, types[c.dtype]) for c in columns])


def write_rows(rows: Iterable[tuple[Any, ...]], out: str | os.PathLike | IO[bytes],
               columns: tuple[Column, ...] = COLUMNS) -> int:
    """Write JSON-ready rows (export.Row: dates as ISO strings) to `out`; return how many."""
    pa = pyarrow()
    schema = arrow_schema(columns)
    dates = [c.dtype.startswith("datetime") for c in columns]
    count = 0
    with pa.parquet.ParquetWriter(out, schema) as writer:
        for chunk in _chunks(rows, ROW_GROUP):
            values = list(zip(*chunk, strict=True))
            arrays = [
                pa.array([_date(v) for v in column] if is_date else column, type=field.type)
                for column, is_date, field in zip(values, dates, schema, strict=True)
            ]
            writer.write_table(pa.Table.from_arrays(arrays, schema=schema))
            count += len(chunk)
        if count == 0:
            writer.write_table(schema.empty_table())
    return count


def _date(value: Any) -> dt.date | None:
    if value is None or isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(value)


def _chunks(rows: Iterable[tuple[Any, ...]], size: int) -> Iterator[list[tuple[Any, ...]]]:
    rows = iter(rows)
    while chunk := list(islice(rows, size)):
        yield chunk
