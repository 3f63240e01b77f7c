"""Extraction on Spark in local mode (`local[2]`) equals the single-process run.

The corpus is a few thousand generated articles (tests/scale_corpus.py) with the
awkward rows of real feeds among them. Spark needs Java: without `java` on the PATH (or
JAVA_HOME) or without pyspark these tests are skipped, saying which is missing.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path

import pandas as pd
import pytest

pytest.importorskip("pyspark", reason="needs the [spark] extra: pip install 'tracker[spark]'")


def java_major() -> int | None:
    """The major version of the Java that Spark would start (JAVA_HOME's, else the PATH's)."""
    home = os.environ.get("JAVA_HOME")
    java = str(Path(home) / "bin" / "java") if home else shutil.which("java")
    if not java:
        return None
    try:
        banner = subprocess.run([java, "-version"], capture_output=True, text=True, timeout=30).stderr
    except (OSError, subprocess.TimeoutExpired):
        return None
    m = re.search(r'version "(?:1\.)?(\d+)', banner)
    return int(m.group(1)) if m else None


JAVA = java_major()
if JAVA is None or JAVA < 17:
    pytest.skip(f"pyspark 4 needs Java 17 or newer; found {JAVA or 'none'}", allow_module_level=True)

from pyspark.sql import SparkSession, types  # noqa: E402
from scale_corpus import FILE_ARTICLES, corpus, expected_for, reference  # noqa: E402

import tracker.spark  # noqa: E402
from tracker.output.schema import COLUMNS, conform  # noqa: E402

pytestmark = [
    pytest.mark.slow,
    # pyspark 4.x warns on every conversion that it is not yet tested on pandas 3.
    pytest.mark.filterwarnings("ignore:PySpark does not yet fully support pandas:FutureWarning"),
    pytest.mark.filterwarnings("ignore:The copy keyword is deprecated"),
]

ROOT = Path(__file__).resolve().parent.parent

# Articles for the run without an id column: the whole corpus is covered by the others.
SUBSET = 300


@pytest.fixture(scope="module")
def spark():
    # Spark's Python workers are fresh interpreters: they find tracker through PYTHONPATH
    # (on a cluster, tracker is installed on the executors instead).
    saved = os.environ.get("PYTHONPATH")
    os.environ["PYTHONPATH"] = os.pathsep.join(p for p in (str(ROOT), saved) if p)
    session = (
        SparkSession.builder.master("local[2]")
        .appName("tracker-tests")
        .config("spark.ui.enabled", "false")
        .config("spark.ui.showConsoleProgress", "false")
        .config("spark.sql.shuffle.partitions", "2")
        .config("spark.sql.execution.arrow.pyspark.enabled", "true")
        .getOrCreate()
    )
    session.sparkContext.setLogLevel("ERROR")
    yield session
    session.stop()
    if saved is None:
        os.environ.pop("PYTHONPATH", None)
    else:
        os.environ["PYTHONPATH"] = saved


def with_nulls(frame: pd.DataFrame) -> pd.DataFrame:
    """Missing cells as None, which Spark reads as null in any column type."""
    return frame.astype(object).where(frame.notna(), None)


def in_corpus_order(frame: pd.DataFrame) -> pd.DataFrame:
    """Figures ordered by their document's place in the corpus, keeping each document's order."""
    position = {doc: i for i, doc in enumerate(corpus()["id"])}
    order = frame["document"].map(position)
    return frame.iloc[order.argsort(kind="stable")].reset_index(drop=True)


SPARK_TYPES = {
    "string": types.StringType(), "Int64": types.LongType(), "Float64": types.DoubleType(), "datetime64[ns]": types.DateType(),
}


def test_spark_schema_is_the_tidy_schema():
    schema = tracker.spark.spark_schema()
    assert [f.name for f in schema.fields] == [c.name for c in COLUMNS]
    for field, column in zip(schema.fields, COLUMNS):
        assert field.dataType == SPARK_TYPES[column.dtype], column.name
        assert field.nullable, column.name


def test_mapinpandas_gives_the_single_process_figures_row_for_row(spark):
    articles = spark.createDataFrame(with_nulls(corpus()))
    figures = tracker.spark.extract(articles)
    assert figures.schema == tracker.spark.spark_schema()
    pd.testing.assert_frame_equal(tracker.spark.to_pandas(figures), reference())


def test_json_lines_to_parquet_give_the_single_process_figures(spark, tmp_path):
    # The recipe: spark.read.json(...) -> figures -> Parquet. Spark plans files
    # largest first, so rows are compared in corpus order, each document's in engine order.
    frame = corpus().head(FILE_ARTICLES)
    for i, part in enumerate(range(0, len(frame), 400)):
        frame.iloc[part : part + 400].to_json(tmp_path / f"articles-{i}.jsonl", orient="records", lines=True)
    articles = spark.read.json(str(tmp_path / "articles-*.jsonl"))
    tracker.spark.extract(articles).write.parquet(str(tmp_path / "figures"))
    back = pd.read_parquet(tmp_path / "figures")
    got = in_corpus_order(conform(back))
    pd.testing.assert_frame_equal(got, expected_for(frame))


def test_rows_without_an_id_get_one_each(spark):
    subset = corpus().head(SUBSET)
    articles = spark.createDataFrame(with_nulls(subset.drop(columns=["id"])))
    got = tracker.spark.to_pandas(tracker.spark.extract(articles))
    expected = expected_for(subset)
    assert got["document"].nunique() == expected["document"].nunique()
    assert list(got["document"]) == sorted(got["document"], key=int)
    # a figure's id is made from its document's, which Spark numbers its own way here, and so
    # is the id a part names as its total: the same figures are parts, each of a figure kept
    pd.testing.assert_series_equal(got["part_of"].isna(), expected["part_of"].isna())
    assert set(got["part_of"].dropna()) <= set(got["id"])
    ids = ["document", "id", "part_of"]
    pd.testing.assert_frame_equal(got.drop(columns=ids), expected.drop(columns=ids))
