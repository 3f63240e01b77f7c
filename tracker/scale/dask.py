"""Extraction on Dask: a Dask DataFrame of articles in, a Dask DataFrame of figures out.

    import dask.dataframe as dd
    import tracker.dask

    articles = dd.read_json("articles-*.jsonl", lines=True, dtype=False)
    tracker.dask.extract(articles).to_parquet("figures/")

`dtype=False` keeps every field as written (on pandas 2 add `convert_dates=False`).
Otherwise pandas turns ids such as "007" into the number 7, and a `date` column into
datetimes in the files where every cell parses but not in the others, and Dask stops on
the partitions whose dtypes disagree. As text, dates are read by `tracker.read.pubdates`, as
the command line reads them.

`extract_outcomes` streams documents and skipped inputs through a cluster in batches, in
bounded memory, for `tracker extract --engine dask`; `extract_documents` takes a list.

Dask is an optional extra (`pip install "tracker[dask]"`) and is imported only inside
the functions here, so `import tracker` stays light. This module's name does not shadow
the `dask` package: absolute imports inside it reach the real one.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

from ..extraction.engine import HOUSEHOLD_SIZE
from ..extraction.engine import extract_documents as extract_sequentially
from ..output.schema import empty_frame
from ..records import Document, Figure
from .frame import extract_frame
from .jobs import BATCH_CHARS, BATCHES_PER_JOB, Item, Outcome, extract_batch, extract_windowed

if TYPE_CHECKING:
    import dask.dataframe
    import distributed

# Tasks per worker when splitting a list of documents: enough to balance uneven
# articles across workers, few enough that scheduling costs little.
TASKS_PER_WORKER = 4
# Messages each connection keeps for debugging (see `_client`).
RECENT_MESSAGES = 4


def extract(ddf: dask.dataframe.DataFrame, *, household_size: float = HOUSEHOLD_SIZE) -> dask.dataframe.DataFrame:
    """The figures of a Dask DataFrame of articles, lazily: one `extract_frame` per partition.

    The input has the columns `extract_frame` reads (`text`, and optionally `id`,
    `published`/`date`, `title`, `url`, `outlet`). Give it an `id` column: without one a
    figure's `document` is the row's index label, which `read_json` restarts in every file.
    """
    return ddf.map_partitions(extract_frame, household_size=household_size, meta=empty_frame())


def extract_documents(
    documents: Sequence[Document],
    *,
    scheduler: str | None = None,
    workers: int = 2,
    npartitions: int | None = None,
    household_size: float = HOUSEHOLD_SIZE,
) -> list[Figure]:
    """Every figure of `documents` extracted on a Dask cluster, in the single-process order.

    `scheduler` is the address of a running cluster ("tcp://10.0.0.5:8786"), whose
    workers must have tracker installed; without one a local cluster of `workers`
    processes is started for the call and closed after it. The documents are cut into
    `npartitions` contiguous chunks (default: 4 per worker), one task each.
    """
    docs = list(documents)
    if not docs:
        return []
    count = npartitions or TASKS_PER_WORKER * max(1, workers)
    with _client(scheduler, workers) as client:
        futures = client.map(
            _chunk_figures, _chunks(docs, count), household_size=household_size, pure=False
        )
        results = client.gather(futures)
    return [figure for chunk in results for figure in chunk]


def extract_outcomes(
    items: Iterable[Item],
    *,
    scheduler: str | None = None,
    workers: int = 2,
    household_size: float = HOUSEHOLD_SIZE,
    batch_chars: int = BATCH_CHARS,
) -> Iterator[Outcome]:
    """`(input, figures)` for each document or skipped input of a stream, in input order,
    extracted on a Dask cluster (the command line's `--engine dask`).

    Documents go to the cluster in batches of about `batch_chars` characters, a few batches
    per worker in flight, so a corpus of any size streams through in bounded memory, as
    with `--jobs N`. A document on which the engine fails comes out as a `Skipped` of kind
    "failed". `scheduler` and `workers` are as for `extract_documents`. While the stream is
    open, Dask's `distributed.admin.low-level-log-length` is RECENT_MESSAGES in this process
    (see `_client`); it is restored when the stream ends or is closed.
    """
    with _client(scheduler, workers) as client:
        window = BATCHES_PER_JOB * max(1, workers, len(client.scheduler_info().get("workers", ())))
        yield from extract_windowed(
            items,
            lambda docs: client.submit(extract_batch, docs, household_size, pure=False),
            window=window,
            batch_chars=batch_chars,
        )


def _chunk_figures(docs: list[Document], *, household_size: float) -> list[Figure]:
    return list(extract_sequentially(docs, household_size=household_size))


def _chunks(items: list[Any], count: int) -> list[list[Any]]:
    """`items` cut into at most `count` contiguous chunks of near-equal length."""
    count = max(1, min(count, len(items)))
    size, extra = divmod(len(items), count)
    chunks, start = [], 0
    for i in range(count):
        end = start + size + (1 if i < extra else 0)
        chunks.append(items[start:end])
        start = end
    return chunks


@contextmanager
def _client(scheduler: str | None, workers: int) -> Iterator[distributed.Client]:
    import dask
    from distributed import Client, LocalCluster

    # Every connection keeps its last messages for debugging (1,000 by default), and a
    # task's message holds its documents: streamed in batches, that is up to 1,000
    # batches of text kept in this process. The client's and a local scheduler's keep
    # RECENT_MESSAGES.
    with dask.config.set({"distributed.admin.low-level-log-length": RECENT_MESSAGES}):
        if scheduler:
            with Client(scheduler) as client:
                yield client
            return
        with LocalCluster(
            n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=":0"
        ) as cluster, Client(cluster) as client:
            yield client
