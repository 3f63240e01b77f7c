"""Documents to figures in one process or in several, with the same rows in the same order.

Both paths turn a stream of inputs (`Document | Skipped`, as `documents.iter_inputs`
yields them) into a stream of outcomes `(input, figures)` in input order. The parallel
path reads documents in this process, sends them to worker processes in batches of about
`BATCH_CHARS` characters and keeps at most `window` batches in flight, so that memory
stays bounded however large the corpus (`Pool.imap` would read the whole input ahead).

A document on which the engine raises is not lost and does not stop the run: it comes
out as a `Skipped` of kind "failed" with the error in its reason.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import Protocol

from ..extraction.engine import HOUSEHOLD_SIZE, extract_document
from ..read.documents import Skipped
from ..records import Document, Figure

# Characters of article text sent to a worker at a time: large enough that pickling and
# queueing cost little next to extraction, small enough to keep every worker busy.
BATCH_CHARS: int = 200_000
# Items in one batch at most: a feed of skipped rows (no text) must not pile up in one batch.
BATCH_ITEMS: int = 1_000
# Batches read ahead per worker process; bounds memory at about jobs x this x BATCH_CHARS.
BATCHES_PER_JOB: int = 2

Item = Document | Skipped
Outcome = tuple[Item, list[Figure]]


class Pending(Protocol):
    """A batch being extracted: a concurrent.futures or a Dask future."""

    def result(self) -> list[list[Figure] | Skipped]: ...


def extract_one(doc: Document, *, household_size: float = HOUSEHOLD_SIZE) -> list[Figure] | Skipped:
    """The figures of one document, or a `Skipped` saying why the engine failed on it."""
    try:
        return extract_document(doc, household_size=household_size)
    except Exception as exc:  # noqa: BLE001 - one bad document must not end the run
        return Skipped(doc.id, f"extraction failed: {type(exc).__name__}: {exc}", "failed")


def extract_serial(items: Iterable[Item], *, household_size: float = HOUSEHOLD_SIZE) -> Iterator[Outcome]:
    """Outcomes in input order, extracted in this process."""
    for item in items:
        if isinstance(item, Skipped):
            yield item, []
        else:
            yield _outcome(item, extract_one(item, household_size=household_size))


def extract_parallel(
    items: Iterable[Item],
    *,
    jobs: int,
    household_size: float = HOUSEHOLD_SIZE,
    batch_chars: int = BATCH_CHARS,
    window: int | None = None,
) -> Iterator[Outcome]:
    """Outcomes in input order, extracted by `jobs` worker processes."""
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        yield from extract_windowed(
            items,
            lambda docs: pool.submit(extract_batch, docs, household_size),
            window=window or jobs * BATCHES_PER_JOB,
            batch_chars=batch_chars,
        )


def extract_windowed(
    items: Iterable[Item],
    submit: Callable[[list[Document]], Pending],
    *,
    window: int,
    batch_chars: int = BATCH_CHARS,
) -> Iterator[Outcome]:
    """Outcomes in input order, each batch's documents handed to `submit`, which starts
    `extract_batch` on them somewhere (a process pool, a Dask cluster) and returns a future.
    At most `window` batches are in flight: the input is read only that far ahead."""
    pending: deque[tuple[list[Item], Pending]] = deque()
    for batch in batches(items, batch_chars):
        pending.append((batch, submit([item for item in batch if isinstance(item, Document)])))
        if len(pending) >= window:
            yield from _collect_or_lost(pending)
    while pending:
        yield from _collect_or_lost(pending)


class WorkerLost(Exception):
    """A worker process died (killed, out of memory) with batches in flight: their
    documents have no result. `lost` names them, in input order."""

    def __init__(self, lost: list[str]) -> None:
        shown = ", ".join(lost[:LOST_SHOWN]) + (f", +{len(lost) - LOST_SHOWN} more" if len(lost) > LOST_SHOWN else "")
        super().__init__(
            f"a worker process died (killed, or out of memory?) while extracting {len(lost)} "
            f"document{'s' if len(lost) != 1 else ''}: {shown or 'none'}"
        )
        self.lost = lost


# Documents a WorkerLost's message names before "+N more".
LOST_SHOWN: int = 5


def _collect_or_lost(pending: deque[tuple[list[Item], Pending]]) -> Iterator[Outcome]:
    """The outcomes of the oldest batch; when the pool broke, a WorkerLost naming the
    documents of every batch still in flight, which all went with it."""
    batch, future = pending[0]
    try:
        outcomes = list(_collect(batch, future))
    except BrokenProcessPool:
        lost = [item.id for b, _ in pending for item in b if isinstance(item, Document)]
        pending.clear()
        raise WorkerLost(lost) from None
    pending.popleft()
    yield from outcomes


def batches(items: Iterable[Item], batch_chars: int) -> Iterator[list[Item]]:
    """Consecutive runs of items holding about `batch_chars` characters of text each, and
    at most BATCH_ITEMS items."""
    batch: list[Item] = []
    size = 0
    for item in items:
        batch.append(item)
        if isinstance(item, Document):
            size += len(item.text)
        if size >= batch_chars or len(batch) >= BATCH_ITEMS:
            yield batch
            batch, size = [], 0
    if batch:
        yield batch


def extract_batch(docs: list[Document], household_size: float) -> list[list[Figure] | Skipped]:
    """Run in a worker: one result per document of the batch."""
    return [extract_one(doc, household_size=household_size) for doc in docs]


def _collect(batch: list[Item], future: Pending) -> Iterator[Outcome]:
    results = iter(future.result())
    for item in batch:
        if isinstance(item, Skipped):
            yield item, []
        else:
            yield _outcome(item, next(results))


def _outcome(doc: Document, result: list[Figure] | Skipped) -> Outcome:
    return (result, []) if isinstance(result, Skipped) else (doc, result)
