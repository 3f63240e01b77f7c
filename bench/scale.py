"""Scale-out speed: single process vs a local Dask cluster (and Spark local mode, if asked).

    python bench/scale.py                     # 5 MB corpus, 2 Dask workers, median of 3
    python bench/scale.py --mb 20 --workers 2 --repeat 1 --spark

On one generated corpus (bench/corpus.py, the corpus bench/bench.py reads) it times:

  single         tracker.extract_frame over the whole frame in this process
  dask frame     tracker.dask.extract(dd.from_pandas(...)).compute() on a running
                 LocalCluster of N worker processes (start-up and imports not counted)
  dask docs      tracker.dask.extract_documents(docs, workers=N): what
                 `tracker extract --engine dask` runs, its own cluster start-up included
  spark          tracker.spark.extract over local[N] (--spark; session start-up not counted)

and prints articles/s and MB/s (of article text, UTF-8) for each, with the speed-up over
the single process. Every run's figures must equal the single process's, or it stops.
"""

from __future__ import annotations

import argparse
import itertools
import os
import statistics
import sys
import time
import warnings
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path[:0] = [str(HERE), str(ROOT)]

import corpus  # noqa: E402  (bench/corpus.py, beside this file)
import pandas as pd  # noqa: E402

from tracker.output.schema import conform, to_frame  # noqa: E402
from tracker.scale.frame import extract_frame, row_document  # noqa: E402


def make_corpus(megabytes: float, seed: int = 0) -> pd.DataFrame:
    """Generated articles until their text reaches `megabytes` MB."""
    rows, size = [], 0
    for record in itertools.islice(corpus.articles(seed), 10_000_000):
        rows.append(record)
        size += len(record["text"].encode("utf-8"))
        if size >= megabytes * 1_000_000:
            break
    return pd.DataFrame(rows)


def timed(run: Callable[[], pd.DataFrame], repeat: int) -> tuple[float, pd.DataFrame]:
    """Median seconds of `repeat` runs, and the last run's figures."""
    seconds, result = [], None
    for _ in range(repeat):
        start = time.perf_counter()
        result = run()
        seconds.append(time.perf_counter() - start)
    return statistics.median(seconds), result


def check(name: str, got: pd.DataFrame, expected: pd.DataFrame) -> None:
    got = conform(got).reset_index(drop=True)
    try:
        pd.testing.assert_frame_equal(got, expected)
    except AssertionError as error:
        sys.exit(f"{name}: figures differ from the single-process run: {str(error).splitlines()[0]}")


def report(name: str, seconds: float, articles: int, megabytes: float, baseline: float | None) -> None:
    speedup = f"{baseline / seconds:5.2f}x" if baseline else "  1.00x"
    print(f"{name:<12} {seconds:8.2f} s {articles / seconds:10.1f} articles/s {megabytes / seconds:7.3f} MB/s {speedup}")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, default=5.0, help="corpus size in MB of article text")
    parser.add_argument("--workers", type=int, default=2, help="Dask worker processes / Spark local[N]")
    parser.add_argument("--repeat", type=int, default=3, help="runs per engine; the median is shown")
    parser.add_argument("--spark", action="store_true", help="also time Spark in local mode (needs Java)")
    args = parser.parse_args(argv)

    warnings.simplefilter("ignore")
    frame = make_corpus(args.mb)
    megabytes = frame["text"].map(lambda t: len(t.encode("utf-8"))).sum() / 1e6
    print(f"corpus: {len(frame)} articles, {megabytes:.2f} MB of text; {os.cpu_count()} cores; {args.workers} workers")

    single, expected = timed(lambda: extract_frame(frame), args.repeat)
    print(f"figures: {len(expected)}")
    report("single", single, len(frame), megabytes, None)

    import dask.dataframe as dd
    from distributed import Client, LocalCluster

    import tracker.dask

    partitions = 4 * args.workers
    with LocalCluster(n_workers=args.workers, threads_per_worker=1, dashboard_address=":0") as cluster, Client(cluster) as client:
        client.run(extract_frame, frame.head(3))  # every worker imports tracker before the clock starts
        seconds, got = timed(lambda: tracker.dask.extract(dd.from_pandas(frame, npartitions=partitions)).compute(), args.repeat)
    check("dask frame", got, expected)
    report("dask frame", seconds, len(frame), megabytes, single)

    docs = [row_document(row, i) for i, row in enumerate(frame.to_dict("records"))]
    seconds, got = timed(lambda: to_frame(tracker.dask.extract_documents(docs, workers=args.workers)), args.repeat)
    check("dask docs", got, expected)
    report("dask docs", seconds, len(frame), megabytes, single)

    if args.spark:
        run_spark(frame, expected, megabytes, single, args)


def run_spark(frame: pd.DataFrame, expected: pd.DataFrame, megabytes: float, single: float, args) -> None:
    os.environ["PYTHONPATH"] = os.pathsep.join(p for p in (str(ROOT), os.environ.get("PYTHONPATH")) if p)
    from pyspark.sql import SparkSession

    import tracker.spark

    spark = (
        SparkSession.builder.master(f"local[{args.workers}]")
        .config("spark.ui.enabled", "false")
        .config("spark.ui.showConsoleProgress", "false")
        .config("spark.sql.execution.arrow.pyspark.enabled", "true")
        .getOrCreate()
    )
    spark.sparkContext.setLogLevel("ERROR")
    try:
        articles = spark.createDataFrame(frame).repartition(4 * args.workers).cache()
        articles.count()
        # repartition shuffles rows: compare in corpus order
        order = {doc: i for i, doc in enumerate(frame["id"])}

        def run() -> pd.DataFrame:
            got = tracker.spark.to_pandas(tracker.spark.extract(articles))
            return got.iloc[got["document"].map(order).argsort(kind="stable")]

        seconds, got = timed(run, args.repeat)
    finally:
        spark.stop()
    check("spark", got, expected)
    report("spark", seconds, len(frame), megabytes, single)


if __name__ == "__main__":  # the guard Dask's worker processes need
    main()
