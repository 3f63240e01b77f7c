"""extract_frame: a pandas frame of articles in, the tidy figures frame out.

The rows are the seed articles and sentences written like the wire reports they quote;
the awkward rows (no text, a number for a text, unreadable dates) are the ones real
JSONL feeds and CSV exports carry.
"""

from __future__ import annotations

import datetime as dt
import json
import pickle
import re
import warnings
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import tracker
from tracker.extraction.engine import extract_document
from tracker.output.schema import DTYPES, NAMES, to_frame
from tracker.read.documents import parse_article
from tracker.records import Document
from tracker.scale.frame import BadRowWarning, extract_frame, row_document

ROOT = Path(__file__).resolve().parent.parent
GOLD = Path("/work/shared/gold/seeds.jsonl")

KILLED = "More than 500 civilians have been killed in the Idlib offensive, the United Nations said."
FLED = "Nearly 3,000 families fled Hama on Friday."
DISPLACED = "Some 12,000 people were displaced from Afrin."


def quiet(df: pd.DataFrame, **kwargs) -> pd.DataFrame:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", BadRowWarning)
        return extract_frame(df, **kwargs)


def seed_frame() -> pd.DataFrame:
    paths = sorted((ROOT / "seeds").glob("*.txt"))
    published = {}
    if GOLD.exists():
        for line in GOLD.read_text(encoding="utf-8").splitlines():
            record = json.loads(line)
            published[record["document"]] = record.get("published")
    return pd.DataFrame(
        {
            "id": [p.name for p in paths],
            "text": [p.read_text(encoding="utf-8") for p in paths],
            "published": [published.get(p.name) for p in paths],
        }
    )


def test_seed_articles_give_the_pipelines_figures_in_document_order():
    df = seed_frame()
    frame = extract_frame(df)
    # as the CLI reads the files: the " date ..." header off, offsets into the body
    docs = [parse_article(r["text"], id=r["id"], published=r["published"]) for r in df.to_dict("records")]
    expected = to_frame([f for d in docs for f in extract_document(d)]).reset_index(drop=True)
    assert len(frame) >= 5, frame[["document", "indicator", "value"]]
    pd.testing.assert_frame_equal(frame, expected)
    order = {name: i for i, name in enumerate(df["id"])}
    assert list(frame["document"].map(order)) == sorted(frame["document"].map(order))


def test_output_has_the_schema_columns_and_dtypes():
    frame = extract_frame(pd.DataFrame({"text": [KILLED, FLED]}))
    assert tuple(frame.columns) == NAMES
    assert {c: str(t) for c, t in frame.dtypes.items()} == DTYPES
    assert list(frame.index) == list(range(len(frame)))


@pytest.mark.parametrize(
    "df",
    [
        pd.DataFrame({"text": pd.Series([], dtype=object)}),
        pd.DataFrame({"text": ["The convoy travelled 33 km to the border.", "Talks resume on Monday."]}),
    ],
    ids=["no rows", "no figures"],
)
def test_a_frame_without_figures_is_an_empty_schema_frame(df):
    frame = extract_frame(df)
    assert frame.empty
    assert tuple(frame.columns) == NAMES
    assert {c: str(t) for c, t in frame.dtypes.items()} == DTYPES


ROWS = [
    {"id": "a1", "text": KILLED + " " + DISPLACED, "title": "Idlib offensive", "url": "https://example.org/a1",
     "outlet": "Wire", "published": "2019-08-20"},
    {"id": "b2", "text": FLED, "title": None, "url": "https://example.org/b2", "outlet": "Herald",
     "published": "2020-01-26"},
]  # fmt: skip


def test_row_metadata_travels_with_each_figure():
    frame = extract_frame(pd.DataFrame(ROWS))
    assert list(frame["document"]) == ["a1", "a1", "b2"], frame[["document", "quote"]]
    for row in ROWS:
        mine = frame[frame["document"] == row["id"]]
        for column in ("title", "url", "outlet"):
            got = {None if pd.isna(v) else v for v in mine[column]}
            assert got == {row[column]}, (row["id"], column)
        assert set(mine["published"]) == {pd.Timestamp(row["published"])}, row["id"]


@pytest.mark.parametrize(
    "ids, expected",
    [
        (None, ["0", "1"]),  # no id column: the index label
        ([7, 8], ["7", "8"]),
        ([7.0, np.nan], ["7", "1"]),  # ints with a gap come as floats; a missing id: the index label
        (["x.jsonl:1", "x.jsonl:2"], ["x.jsonl:1", "x.jsonl:2"]),
    ],
)
def test_document_id_is_the_id_column_or_the_index_label(ids, expected):
    df = pd.DataFrame({"text": [KILLED, DISPLACED]})
    if ids is not None:
        df["id"] = ids
    frame = extract_frame(df)
    assert list(frame["document"]) == expected, ids


def test_index_labels_name_documents_when_there_is_no_id():
    df = pd.DataFrame({"text": [KILLED, DISPLACED]}, index=["first.txt", "second.txt"])
    assert list(extract_frame(df)["document"]) == ["first.txt", "second.txt"]


DATES = [
    ("2019-08-20", dt.date(2019, 8, 20)),
    ("2019-08-20T10:15:00Z", dt.date(2019, 8, 20)),
    ("20 August 2019", dt.date(2019, 8, 20)),
    ("20/08/2019", dt.date(2019, 8, 20)),  # day first, as tracker.read.pubdates reads files
    (dt.date(2019, 8, 20), dt.date(2019, 8, 20)),
    (dt.datetime(2019, 8, 20, 23, 59), dt.date(2019, 8, 20)),
    (pd.Timestamp("2019-08-20"), dt.date(2019, 8, 20)),  # dd.read_json converts a "date" column
    (np.datetime64("2019-08-20"), dt.date(2019, 8, 20)),
]

BAD_DATES = ["not a date", "yesterday", "now", "2019-02-30", 1566259200, "2263-01-01", dt.date(2263, 1, 1), dt.date(1, 1, 1)]


@pytest.mark.parametrize("value, expected", DATES, ids=[repr(v) for v, _ in DATES])
def test_date_cells_are_read_as_the_publication_day(value, expected):
    with warnings.catch_warnings():
        warnings.simplefilter("error", BadRowWarning)
        doc = row_document({"id": "d", "text": KILLED, "date": value}, 0)
    assert doc.published == expected, value


@pytest.mark.parametrize("value", BAD_DATES, ids=[repr(v) for v in BAD_DATES])
def test_a_bad_date_is_undated_with_a_warning_naming_the_row(value):
    with pytest.warns(BadRowWarning, match=r"row d7: .*date .* ignored"):
        frame = extract_frame(pd.DataFrame({"id": ["d7"], "text": [KILLED], "published": [value]}))
    assert len(frame) == 1, value
    assert frame["published"].isna().all() and frame["date"].isna().all(), value


@pytest.mark.parametrize(
    "value, reason",
    [
        (None, " has an empty text"), (np.nan, " has an empty text"), ("", " has an empty text"),
        ("  \n", " has an empty text"), (42, ": text is a number, not a string"),
        (b"500 killed", ": text is bytes, not a string"),
    ],
)  # fmt: skip
def test_a_row_without_text_yields_nothing_and_the_rest_goes_on(value, reason):
    df = pd.DataFrame({"id": ["before", "bad", "after"], "text": [KILLED, value, DISPLACED]}, dtype=object)
    with pytest.warns(BadRowWarning, match=re.escape(f"row bad{reason}; no figures extracted")):
        frame = extract_frame(df)
    assert list(frame["document"]) == ["before", "after"], repr(value)


def test_a_frame_without_a_text_column_warns_for_every_row():
    with pytest.warns(BadRowWarning) as record:
        frame = extract_frame(pd.DataFrame({"summary": [KILLED, DISPLACED]}))
    assert frame.empty
    assert [str(w.message) for w in record] == [
        f"row {i} has no text field (text, body or content); fields: summary; no figures extracted" for i in (0, 1)
    ]


def test_a_body_column_is_the_text_as_in_a_feed():
    frame = extract_frame(pd.DataFrame({"id": ["b"], "body": [KILLED]}))
    assert list(frame[["document", "value"]].itertuples(index=False, name=None)) == [("b", 500)], frame


def test_household_size_turns_families_into_people():
    frame = extract_frame(pd.DataFrame({"text": [FLED]}), household_size=6.0)
    assert list(frame[["unit", "value", "people"]].itertuples(index=False, name=None)) == [("families", 3000, 18000)]


def test_extract_frame_ships_to_workers_by_reference():
    # Dask and Spark pickle the function they map; a module-level function pickles as its name.
    assert pickle.loads(pickle.dumps(extract_frame)) is extract_frame
    assert tracker.extract_frame is extract_frame


CELLS = st.one_of(st.none(), st.text(max_size=60), st.integers(), st.floats(), st.dates(), st.booleans())
TEXTS = st.one_of(st.sampled_from([KILLED, FLED, DISPLACED]), CELLS)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(TEXTS, CELLS, CELLS), min_size=1, max_size=6))
def test_any_cells_give_a_schema_frame_and_never_raise(rows):
    df = pd.DataFrame({"text": [r[0] for r in rows], "date": [r[1] for r in rows], "title": [r[2] for r in rows]}, dtype=object)
    frame = quiet(df)
    assert tuple(frame.columns) == NAMES, rows
    assert set(frame["document"]) <= {str(i) for i in range(len(rows))}, rows
    with_text = sum(isinstance(r[0], str) and r[0] in (KILLED, FLED, DISPLACED) for r in rows)
    assert frame["document"].nunique() >= with_text, rows


# Rows as feeds write them: a headline and Windows line breaks, a `body` column, a date
# in front matter, a date header. The CLI reads them through tracker.read.documents.
FEED_ROWS = [
    {"id": "r1", "text": "Idlib offensive\r\n\r\nAbout 300 people were killed in Idlib on Monday, the UN said.\r\n"
     "Nearly 2,000 families fled Hama, OCHA said.", "date": "2020-01-07"},
    {"id": "r2", "body": "About 500 people were killed in Aleppo, the UN said.", "date": "2020-01-07"},
    {"id": "r3", "text": "---\ntitle: Report\ndate: 2020-02-01\n---\nAbout 700 people were killed in Homs, the UN said."},
    {"id": "r4", "text": " date 2020-03-02 Some 12,000 people were displaced from Afrin."},
]  # fmt: skip


def test_extract_frame_gives_the_figures_the_cli_reads_from_the_same_rows(tmp_path):
    from tracker.read.documents import iter_inputs

    feed = tmp_path / "feed.jsonl"
    feed.write_text("\n".join(json.dumps(r) for r in FEED_ROWS) + "\n", encoding="utf-8")
    docs = [d for d in iter_inputs([feed]) if isinstance(d, Document)]
    expected = to_frame([f for d in docs for f in extract_document(d)]).reset_index(drop=True)
    frame = quiet(pd.DataFrame(FEED_ROWS))
    assert set(expected["document"]) == {"r1", "r2", "r3", "r4"}, expected[["document", "quote"]]
    pd.testing.assert_frame_equal(frame, expected)
    assert set(frame.loc[frame["document"] == "r1", "title"]) == {"Idlib offensive"}
    assert set(frame.loc[frame["document"] == "r3", "published"]) == {pd.Timestamp("2020-02-01")}
