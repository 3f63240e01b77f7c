"""Extraction on Spark: a Spark DataFrame of articles in, a Spark DataFrame of figures out.

    from pyspark.sql import SparkSession
    import tracker.spark

    spark = SparkSession.builder.getOrCreate()
    articles = spark.read.json("articles-*.jsonl")
    tracker.spark.extract(articles).write.parquet("figures/")

Each Arrow batch of articles goes through `tracker.scale.frame.extract_frame` inside
`DataFrame.mapInPandas`; the output schema is `spark_schema()`, derived from
`tracker.output.schema.COLUMNS`. Dates are Spark `DateType` (calendar days, no time zone to
shift them). PySpark is an optional extra (`pip install "tracker[spark]"`), imported only
inside the functions here; the executors need tracker installed too.
"""

from __future__ import annotations

import functools
from collections.abc import Iterator
from typing import TYPE_CHECKING

import pandas as pd

from ..extraction.engine import HOUSEHOLD_SIZE
from ..output.schema import COLUMNS, conform
from .frame import extract_frame

if TYPE_CHECKING:
    import pyspark.sql

# The Spark type of each pandas dtype the schema uses. Dates are whole days in the
# tidy frame (datetime64 at midnight), so they travel as DateType.
SPARK_TYPES: dict[str, str] = {
    "string": "StringType",
    "Int64": "LongType",
    "Float64": "DoubleType",
    "datetime64[ns]": "DateType",
}


def spark_schema() -> pyspark.sql.types.StructType:
    """The figures schema as a Spark StructType: the schema's columns, in order, all nullable."""
    from pyspark.sql import types

    fields = []
    for column in COLUMNS:
        if column.dtype not in SPARK_TYPES:
            raise TypeError(f"column {column.name}: no Spark type for pandas dtype {column.dtype}")
        spark_type = getattr(types, SPARK_TYPES[column.dtype])()
        fields.append(types.StructField(column.name, spark_type, nullable=True))
    return types.StructType(fields)


def extract(sdf: pyspark.sql.DataFrame, *, household_size: float = HOUSEHOLD_SIZE) -> pyspark.sql.DataFrame:
    """The figures of a Spark DataFrame of articles, lazily, via `mapInPandas`.

    The input has the columns `extract_frame` reads (`text`, and optionally `id`,
    `published`/`date`, `title`, `url`, `outlet`). Without an `id` column, each row gets
    `monotonically_increasing_id()` as its id, since batches carry no stable row index.
    """
    if "id" not in sdf.columns:
        from pyspark.sql import functions

        sdf = sdf.withColumn("id", functions.monotonically_increasing_id().cast("string"))
    return sdf.mapInPandas(
        functools.partial(extract_batches, household_size=household_size), schema=spark_schema()
    )


def extract_batches(batches: Iterator[pd.DataFrame], *, household_size: float = HOUSEHOLD_SIZE) -> Iterator[pd.DataFrame]:
    """`extract_frame` over each batch, with dates as `datetime.date` for Spark's DateType."""
    for batch in batches:
        yield to_spark_batch(extract_frame(batch, household_size=household_size))


def to_spark_batch(figures: pd.DataFrame) -> pd.DataFrame:
    """The tidy frame with its date columns as `datetime.date` objects (None when missing)."""
    out = figures.copy()
    for column in COLUMNS:
        if SPARK_TYPES[column.dtype] == "DateType":
            dates = out[column.name]
            out[column.name] = pd.Series(
                [None if pd.isna(d) else d.date() for d in dates], index=out.index, dtype=object
            )
    return out


def to_pandas(sdf: pyspark.sql.DataFrame) -> pd.DataFrame:
    """Collect a figures DataFrame to the driver as the tidy frame (the schema's dtypes)."""
    return conform(sdf.toPandas()).reset_index(drop=True)
