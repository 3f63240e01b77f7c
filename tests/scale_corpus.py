"""The generated corpus the Dask and Spark tests run over, and its single-process figures.

The articles come from bench/corpus.py, the benchmarks' generator (seed paragraphs mixed
with figure sentences of every indicator and qualifier, relative dates, sources, places,
and numbers that are not figures), so tests and benchmarks read the same kind of text.
Built once per test session (both are cached) so that test_dask and test_spark compare
against the same reference without extracting it twice.
"""

from __future__ import annotations

import functools
import importlib.util
import itertools
import warnings
from pathlib import Path

import pandas as pd

from tracker.scale.frame import BadRowWarning, extract_frame

GENERATOR = Path(__file__).resolve().parent.parent / "bench" / "corpus.py"

# A few thousand articles (about 2.5 kB each): several partitions per worker.
ARTICLES = 2_000

# Articles for the file-based recipes (JSONL -> Parquet): the first three awkward rows
# (empty text, no text, an unreadable date) fall among them.
FILE_ARTICLES = 1_100

# Rows a real feed has too; every engine must treat them as the single-process run does.
AWKWARD_ROWS: tuple[dict, ...] = (
    {"id": "empty-text", "text": "", "date": "2020-01-26"},
    {"id": "no-text", "text": None, "date": "2020-01-26"},
    # an id that looks like a number: "00417" must not come back as 417
    {"id": "00417", "text": "More than 500 civilians have been killed in Idlib.", "date": "not a date"},
    {"id": "undated", "text": "Nearly 3,000 families fled Hama on Friday, the United Nations said.", "date": None},
    {"id": "day-first", "text": "Some 12,000 people were displaced from Afrin.", "date": "26/01/2020"},
)


@functools.cache
def corpus() -> pd.DataFrame:
    """The generated articles with the awkward rows spread through them (copy before changing)."""
    generated = pd.DataFrame(itertools.islice(_generator().articles(seed=7), ARTICLES))
    parts = []
    step = len(generated) // (len(AWKWARD_ROWS) + 1)
    for i, row in enumerate(AWKWARD_ROWS):
        parts.append(generated.iloc[i * step : (i + 1) * step])
        parts.append(pd.DataFrame([row]))
    parts.append(generated.iloc[len(AWKWARD_ROWS) * step :])
    return pd.concat(parts, ignore_index=True)


@functools.cache
def reference() -> pd.DataFrame:
    """The figures of `corpus()` extracted in this process, one row after another."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", BadRowWarning)
        return extract_frame(corpus())


def expected_for(articles: pd.DataFrame) -> pd.DataFrame:
    """The reference figures of some of the corpus' articles, in corpus order."""
    return reference()[reference()["document"].isin(set(articles["id"]))].reset_index(drop=True)


def _generator():
    # bench/ is not a package: load the generator from its file.
    spec = importlib.util.spec_from_file_location("bench_corpus", GENERATOR)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module
