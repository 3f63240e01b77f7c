"""Extraction on a local Dask cluster (2 worker processes) equals the single-process run.

The corpus is a few thousand generated articles (tests/scale_corpus.py) with the
awkward rows of real feeds among them; the figures must come back row for row, in order.
"""

from __future__ import annotations

import warnings

import pandas as pd
import pytest

dd = pytest.importorskip("dask.dataframe", reason="needs the [dask] extra: pip install 'tracker[dask]'")
distributed = pytest.importorskip("distributed", reason="needs the [dask] extra: pip install 'tracker[dask]'")

from scale_corpus import FILE_ARTICLES, corpus, expected_for, reference  # noqa: E402

import tracker.dask  # noqa: E402
import tracker.scale.dask  # noqa: E402
from tracker.extraction.engine import extract_documents  # noqa: E402
from tracker.output.schema import conform, empty_frame, to_frame  # noqa: E402
from tracker.read.documents import Skipped  # noqa: E402
from tracker.scale.frame import BadRowWarning, row_document  # noqa: E402

pytestmark = pytest.mark.slow

PANDAS_3 = int(pd.__version__.split(".")[0]) >= 3  # where dtype=False also keeps dates as text

# Documents for the Document-list path: the whole corpus is covered by the frame tests.
SUBSET = 600


@pytest.fixture(scope="module")
def client():
    with distributed.LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, dashboard_address=":0"
    ) as cluster, distributed.Client(cluster) as client:
        yield client


def tidy(frame: pd.DataFrame) -> pd.DataFrame:
    """A computed or re-read frame as the schema's dtypes with a fresh index."""
    return conform(frame).reset_index(drop=True)


def test_the_reference_run_has_figures_to_compare():
    assert len(reference()) > len(corpus()), "the generated corpus should hold several figures per article"


def test_dask_dataframe_gives_the_single_process_figures_row_for_row(client):
    articles = dd.from_pandas(corpus(), npartitions=8)
    figures = tracker.dask.extract(articles)
    assert list(figures.columns) == list(empty_frame().columns)
    pd.testing.assert_frame_equal(tidy(figures.compute()), reference())


def test_jsonl_files_to_parquet_give_the_single_process_figures(client, tmp_path):
    # The recipe: dd.read_json("articles-*.jsonl", lines=True) -> figures -> Parquet.
    frame = corpus().head(FILE_ARTICLES)
    for i, part in enumerate(range(0, len(frame), 400)):
        frame.iloc[part : part + 400].to_json(tmp_path / f"articles-{i}.jsonl", orient="records", lines=True)
    # dtype=False: pandas would turn a file's `date` column into datetimes unless one
    # cell is unreadable ("not a date"), and the partitions' dtypes would disagree.
    # As strings, every date is read by tracker.read.pubdates, as the CLI reads them.
    options = {"dtype": False} if PANDAS_3 else {"dtype": False, "convert_dates": False}
    articles = dd.read_json(str(tmp_path / "articles-*.jsonl"), lines=True, **options)
    tracker.dask.extract(articles).to_parquet(tmp_path / "figures")
    back = pd.read_parquet(tmp_path / "figures")
    pd.testing.assert_frame_equal(tidy(back), expected_for(frame))


def test_extract_documents_on_a_running_cluster_equals_the_single_process_run(client):
    # The CLI's `--engine dask --scheduler ADDRESS`: Documents in, Figures out, same order.
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", BadRowWarning)
        docs = [d for i, r in enumerate(corpus().to_dict("records")) if (d := row_document(r, i)) is not None]
    docs = docs[:SUBSET]
    got = tracker.dask.extract_documents(docs, scheduler=client.scheduler.address, npartitions=7)
    expected = expected_for(pd.DataFrame({"id": [d.id for d in docs]}))
    pd.testing.assert_frame_equal(to_frame(got).reset_index(drop=True), expected)


def test_streamed_outcomes_come_back_in_input_order_with_skipped_inputs_between(client):
    # The CLI's `--engine dask`: many small batches in flight, skipped inputs passed through.
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", BadRowWarning)
        docs = [d for i, r in enumerate(corpus().to_dict("records")) if (d := row_document(r, i)) is not None]
    items = []
    for i, doc in enumerate(docs[:SUBSET]):
        items.append(doc)
        if i % 50 == 0:
            items.append(Skipped(f"feed.jsonl:{i}", "line is not JSON", "malformed"))
    outcomes = list(
        tracker.dask.extract_outcomes(iter(items), scheduler=client.scheduler.address, batch_chars=20_000)
    )
    assert [item for item, _ in outcomes] == items
    assert all(figures == [] for item, figures in outcomes if isinstance(item, Skipped))
    got = [f for _, figures in outcomes for f in figures]
    assert got == list(extract_documents(docs[:SUBSET]))  # every Figure field, in order


def test_extract_documents_starts_its_own_local_cluster():
    docs = [row_document(r, i) for i, r in enumerate(corpus().head(10).to_dict("records"))]
    expected = list(extract_documents(docs))
    assert expected, "the first articles of the corpus should have figures"
    assert tracker.dask.extract_documents(docs, workers=2) == expected  # every Figure field, in order


def test_no_documents_need_no_cluster():
    assert tracker.dask.extract_documents([]) == []


@pytest.mark.parametrize(
    "items, count, sizes",
    [(list(range(10)), 3, [4, 3, 3]), (list(range(2)), 8, [1, 1]), (list(range(8)), 8, [1] * 8), (list(range(5)), 1, [5])],
)
def test_documents_are_cut_into_contiguous_chunks(items, count, sizes):
    chunks = tracker.scale.dask._chunks(items, count)
    assert [len(c) for c in chunks] == sizes, (len(items), count)
    assert [x for c in chunks for x in c] == items
