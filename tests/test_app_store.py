"""The dashboard on a corpus store (st.connection "tracker", type="sql"), run headless in
AppTest: on SQLite files written here, and on a real PostgreSQL when .ci/run starts one
(TRACKER_TEST_POSTGRES_URL), skipped with the reason otherwise.

The stores are written by the real `tracker ingest` (tracker.store) from articles we
write; the PostgreSQL store is that SQLite store's tables copied over, as a team would load it."""

from __future__ import annotations

import datetime as dt
import os
import uuid
from pathlib import Path

import pandas as pd
import pytest

sqlalchemy = pytest.importorskip("sqlalchemy", reason="the corpus store needs sqlalchemy: pip install -e '.[store]'")

from streamlit.testing.v1 import AppTest  # noqa: E402

from tracker import consolidate  # noqa: E402
from tracker.output.schema import NAMES  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
APP = str(ROOT / "dashboard.py")
TIMEOUT = 60
POSTGRES_ENV = "TRACKER_TEST_POSTGRES_URL"

# Wire copy of our own: towns the gazetteer places (coordinates), a country it does not
# (no coordinates), and a place none of the seeds names, so a store page cannot be the seeds'.
STORE_ARTICLES: tuple[tuple[str, str, dt.date], ...] = (
    (
        "wire/beira-1.txt",
        "Officials in Mozambique said on Tuesday that at least 1,200 people have been killed in Beira "
        "since the cyclone made landfall, and that some 90,000 people have fled their homes.\n",
        dt.date(2024, 3, 5),
    ),
    (
        "wire/beira-2.txt",
        "The death toll in Beira has risen to 1,450, the provincial governor said on Friday.\n",
        dt.date(2024, 3, 8),
    ),
    (
        "wire/goma.txt",
        "Aid agencies said on Monday that about 300,000 people have been displaced around Goma "
        "by the fighting of the past two weeks.\n",
        dt.date(2024, 2, 12),
    ),
    (
        "wire/sudan.txt",
        "The United Nations said on Wednesday that 25 million people in Sudan are in need of "
        "humanitarian assistance.\n",
        dt.date(2024, 2, 28),
    ),
)

# An upload in the same style, about a town of its own.
UPLOAD = (
    "Rescuers said on Sunday that 85 people were killed when floods swept through Derna "
    "overnight.\n"
)


def ingest_store(folder: Path, articles=STORE_ARTICLES) -> Path:
    """A store written by `tracker ingest` from our articles (one JSONL feed of them)."""
    import json

    from tracker.store import open_store
    from tracker.store.ingest import ingest

    folder.mkdir(parents=True, exist_ok=True)
    feed = folder / "wire.jsonl"
    feed.write_text(
        "".join(json.dumps({"id": i, "text": t, "date": d.isoformat(), "title": i, "outlet": "Wire"}) + "\n"
                for i, t, d in articles),
        encoding="utf-8",
    )
    db = folder / "corpus.db"
    con = open_store(db)
    try:
        ingest(con, [feed])
    finally:
        con.close()
    return db


def write_store(engine, articles=STORE_ARTICLES, folder: Path | None = None) -> pd.DataFrame:
    """The store's tables, as `tracker ingest` writes them, in the database of `engine`
    (copied from the SQLite file ingest wrote); returns the mentions written."""
    import tempfile

    from tracker.store import open_store, read_mentions
    from tracker.store.tables import CLAIMS, DOCUMENTS, MENTIONS, META

    with tempfile.TemporaryDirectory() as tmp:
        db = ingest_store(Path(folder or tmp), articles)
        con = open_store(db, create=False)
        try:
            mentions = read_mentions(con)
            tables = {name: pd.read_sql(f'SELECT * FROM "{name}"', con) for name in (DOCUMENTS, MENTIONS, CLAIMS, META)}
        finally:
            con.close()
    with engine.begin() as conn:
        for name, frame in tables.items():
            frame.to_sql(name, conn, if_exists="replace", index=False)
    return mentions


@pytest.fixture()
def sqlite_store(tmp_path) -> tuple[str, pd.DataFrame]:
    from tracker.store import open_store, read_mentions

    db = ingest_store(tmp_path / "store")
    con = open_store(db, create=False)
    try:
        mentions = read_mentions(con)
    finally:
        con.close()
    return f"sqlite:///{db}", mentions


@pytest.fixture(autouse=True)
def no_store_in_the_environment(monkeypatch):
    for name in ("TRACKER_DB_URL", "TRACKER_UPLOADS_TO_STORE"):
        monkeypatch.delenv(name, raising=False)


def run_on(url: str | None, uploads_to_store: bool | None = None, **query) -> AppTest:
    at = AppTest.from_file(APP, default_timeout=TIMEOUT)
    if url is not None:
        at.secrets["connections"] = {"tracker": {"url": url}}
    if uploads_to_store is not None:
        at.secrets["tracker"] = {"uploads_to_store": uploads_to_store}
    for key, value in query.items():
        at.query_params[key] = value
    return at.run()


def table(at: AppTest) -> pd.DataFrame:
    return at.dataframe[-1].value


def captions(at: AppTest) -> str:
    return "\n".join(c.value for c in at.caption)


def charts(at: AppTest) -> list:
    return list(at.get("vega_lite_chart"))


def the_map(at: AppTest):
    maps = [c for c in charts(at) if '"equalEarth"' in c.proto.spec]
    assert len(maps) == 1, "one map on the page"
    return maps[0]


def map_points(at: AppTest) -> pd.DataFrame:
    """The map's data as the browser gets it (Arrow)."""
    from streamlit.dataframe_util import convert_arrow_bytes_to_pandas_df

    (dataset,) = the_map(at).proto.datasets
    return convert_arrow_bytes_to_pandas_df(dataset.data.data)


def test_the_page_opens_on_the_store_not_the_seeds(sqlite_store):
    url, mentions = sqlite_store
    at = run_on(url)
    assert not at.exception, [e.value for e in at.exception]
    assert not at.error, [e.value for e in at.error]
    assert f"Corpus store: {len(STORE_ARTICLES)} articles" in captions(at)
    at.radio(key="table").set_value("Every mention").run()
    shown = table(at)
    assert len(shown) == len(mentions)
    assert set(shown["document"]) == {doc_id for doc_id, _, _ in STORE_ARTICLES if doc_id in set(mentions["document"])}
    assert "Idlib" not in set(shown["location"].dropna()), "no seed figure on a store's page"


def test_a_filter_change_redraws_from_the_store(sqlite_store):
    url, mentions = sqlite_store
    at = run_on(url, table="Every mention")
    at.multiselect(key="indicator").set_value(["killed"]).run()
    shown = table(at)
    assert not at.exception
    assert set(shown["indicator"]) == {"killed"}
    assert len(shown) == int((mentions["indicator"] == "killed").sum())


def test_the_map_shows_the_latest_figure_per_place_with_the_chart_tooltip(sqlite_store):
    url, mentions = sqlite_store
    at = run_on(url, indicator="killed")
    points = map_points(at)
    # Beira's latest death toll (Friday's), not Tuesday's: one point
    assert list(points["label"]) == ["1,450 people"] and list(points["place"]) == ["Beira"]
    beira = mentions[mentions["location"] == "Beira"].iloc[0]
    assert (points["lat"].iloc[0], points["lon"].iloc[0]) == (beira["lat"], beira["lon"])
    tip = dict(line.split(": ", 1) for line in points["tooltip"].iloc[0].split("\n"))
    assert "death toll in Beira" in tip["Quote"]
    assert list(tip) == ["Indicator", "Figure", "Reported", "Date", "Reported by", "Place", "Plotted as (people)",
                         "Document", "Link", "Quote"], tip
    assert tip["Figure"] == "1,450 people" and tip["Place"] == "Beira" and tip["Reported"].startswith("reported in ")


def test_figures_without_coordinates_are_counted_under_the_map(sqlite_store):
    url, mentions = sqlite_store
    at = run_on(url, mentions="true", indicator="in_need")
    in_need = mentions[mentions["indicator"] == "in_need"]
    assert len(in_need) and in_need["lat"].isna().all(), "Sudan is a country: no coordinates"
    assert f"{len(in_need)} figure" in captions(at) and "no coordinates" in captions(at)


def test_the_map_follows_the_filters_in_the_url(sqlite_store):
    url, _ = sqlite_store
    assert set(map_points(run_on(url, indicator="displaced"))["indicator"]) == {"displaced"}
    assert set(map_points(run_on(url, indicator="killed"))["indicator"]) == {"killed"}
    later = run_on(url, indicator="killed", **{"from": "2024-03-09"})
    assert not [c for c in charts(later) if '"equalEarth"' in c.proto.spec]
    assert any("nothing to put on the map" in i.value for i in later.info)


def _upload(at: AppTest) -> AppTest:
    at.text_area[0].input(UPLOAD)
    at.date_input(key="paste_date").set_value(dt.date(2024, 3, 10))
    at.button[0].click().run()
    return at


def _stored_documents(url: str) -> set[str]:
    engine = sqlalchemy.create_engine(url)
    with engine.connect() as conn:
        docs = pd.read_sql("SELECT document, status FROM documents", conn)
    engine.dispose()
    assert set(docs["status"]) == {"ok"}, "an upload is stored as ingest stores a document"
    return set(docs["document"])


def test_uploads_stay_in_the_session_unless_the_operator_allows_storing(sqlite_store):
    url, _ = sqlite_store
    at = _upload(run_on(url, table="Every mention"))
    assert not at.exception, [e.value for e in at.exception]
    assert "pasted-1" in set(table(at)["document"]), "the pasted article is shown"
    assert _stored_documents(url) == {doc_id for doc_id, _, _ in STORE_ARTICLES}, "and not stored"
    assert "(1 added by you)" in captions(at)


def test_uploads_are_stored_when_the_operator_allows_it(sqlite_store):
    url, mentions = sqlite_store
    at = _upload(run_on(url, uploads_to_store=True, table="Every mention"))
    assert not at.exception, [e.value for e in at.exception]
    assert "pasted-1" in _stored_documents(url)
    shown = table(at)
    assert "pasted-1" in set(shown["document"])
    assert len(shown) == len(mentions) + 1, "the stored upload is counted once"
    # a new visitor, with nothing added, sees it: it is in the shared corpus
    again = run_on(url, table="Every mention")
    assert "pasted-1" in set(table(again)["document"])
    assert f"Corpus store: {len(STORE_ARTICLES) + 1} articles" in captions(again)
    # and the store's columnar copy, written with it, holds it too
    from tracker.app import corpus

    engine = sqlalchemy.create_engine(url)
    with engine.connect() as conn:
        copy = corpus.read_frames(conn, corpus.store_version(conn))
    engine.dispose()
    assert copy is not None and "pasted-1" in set(copy[0]["document"])
    assert any("Derna" in q for q in copy[1]["quote"].dropna())


def test_stale_claims_are_consolidated_on_the_page(sqlite_store):
    url, mentions = sqlite_store
    engine = sqlalchemy.create_engine(url)
    with engine.begin() as conn:
        conn.execute(sqlalchemy.text("DELETE FROM claims"))
        conn.execute(sqlalchemy.text("DELETE FROM meta WHERE key = 'claims_stale'"))
        conn.execute(sqlalchemy.text("INSERT INTO meta VALUES ('claims_stale', '1')"))
    engine.dispose()
    at = run_on(url)
    assert not at.exception
    claims = len(consolidate.claims_of(mentions[list(NAMES)]))
    assert f"{claims:,} claims" in captions(at)


def _without_copy(db: Path, folder: Path) -> str:
    """A copy of the store file holding its tables only (as one loaded by hand): its URL."""
    import sqlite3

    from tracker.store import frames

    folder.mkdir()
    plain = folder / "corpus.db"
    with sqlite3.connect(db) as src, sqlite3.connect(plain) as dst:
        src.backup(dst)
        dst.execute(f"DROP TABLE {frames.TABLE}")
    return f"sqlite:///{plain}"


def _sorted(frame: pd.DataFrame) -> pd.DataFrame:
    return frame.sort_values(list(frame.columns), key=lambda c: c.astype(str)).reset_index(drop=True)


def test_the_page_reads_the_stores_copy_and_shows_what_its_tables_hold(sqlite_store, tmp_path):
    from tracker.app import corpus

    url, mentions = sqlite_store
    engine = sqlalchemy.create_engine(url)
    with engine.connect() as conn:
        assert corpus.read_frames(conn, corpus.store_version(conn)) is not None, "ingest wrote the copy"
    engine.dispose()
    plain = _without_copy(Path(url.removeprefix("sqlite:///")), tmp_path / "plain")
    for table_of in ("Claims", "Every mention"):
        from_copy, from_tables = run_on(url, table=table_of), run_on(plain, table=table_of)
        assert not from_copy.exception and not from_tables.exception
        pd.testing.assert_frame_equal(_sorted(table(from_copy)), _sorted(table(from_tables)))
        assert captions(from_copy) == captions(from_tables)
    assert len(table(run_on(url, table="Every mention"))) == len(mentions)


def test_a_mention_written_after_the_copy_is_shown(sqlite_store):
    # another program adds a row to the table: the copy is out of date, the table is read
    url, mentions = sqlite_store
    engine = sqlalchemy.create_engine(url)
    with engine.begin() as conn:
        conn.execute(sqlalchemy.text(
            "INSERT INTO mentions SELECT * FROM mentions WHERE document = 'wire/goma.txt' LIMIT 1"))
    engine.dispose()
    shown = table(run_on(url, table="Every mention"))
    assert len(shown) == len(mentions) + 1
    assert (shown["document"] == "wire/goma.txt").sum() == (mentions["document"] == "wire/goma.txt").sum() + 1


# Wire copy that gives no date: its figures are undated, listed under the chart.
UNDATED_ARTICLES: tuple[tuple[str, str], ...] = (
    ("wire/camp-a.txt", "Aid workers said some 4,000 people were sheltering in the camp outside Kassala.\n"),
    ("wire/camp-b.txt", "The agency said at least 2,500 people had fled to the border town of Tine.\n"),
    ("wire/camp-c.txt", "Officials said more than 700 families were displaced by the floods near Kosti.\n"),
)


def test_undated_figures_are_listed_a_page_at_a_time_and_the_store_page_has_no_run_report(tmp_path, monkeypatch):
    import json

    from tracker.app import views
    from tracker.store import open_store
    from tracker.store.ingest import ingest

    feed = tmp_path / "undated.jsonl"
    feed.write_text("".join(json.dumps({"id": i, "text": t}) + "\n" for i, t in UNDATED_ARTICLES), encoding="utf-8")
    con = open_store(tmp_path / "corpus.db")
    try:
        ingest(con, [feed])
    finally:
        con.close()
    monkeypatch.setattr(views, "PAGE_SIZE", 2)
    at = run_on(f"sqlite:///{tmp_path / 'corpus.db'}")
    assert not at.exception, [e.value for e in at.exception]
    undated = [d.value for d in at.dataframe if "document_label" in d.value.columns]
    assert len(undated) == 1 and len(undated[0]) == 2, "one page of the three undated claims"
    assert "Undated figures: 3" in [h.value for h in at.subheader]
    assert "Page 1 of 2, 2 a page." in captions(at), captions(at)
    # nothing was read in this session: no report of it (the seeds' page has one)
    assert not [e for e in at.expander if "What happened to every input" in e.label]
    assert [e for e in run_on(None).expander if "What happened to every input" in e.label]


def test_the_environment_variable_configures_the_store(sqlite_store, monkeypatch):
    url, mentions = sqlite_store
    monkeypatch.setenv("TRACKER_DB_URL", url)
    at = run_on(None)
    assert not at.exception
    assert f"Corpus store: {len(STORE_ARTICLES)} articles" in captions(at)


def test_with_nothing_configured_the_page_opens_on_the_seeds():
    at = run_on(None)
    assert not at.exception and not at.error
    assert "3 articles read" in captions(at)
    # the seeds name Idlib and Turkey, a region and a country: no coordinates, and the page says so
    assert any("nothing to put on the map" in i.value for i in at.info)
    assert "no coordinates" in captions(at)


def test_a_store_that_cannot_be_read_says_so_and_opens_on_the_seeds(tmp_path):
    at = run_on(f"sqlite:///{tmp_path / 'missing' / 'corpus.db'}")
    assert not at.exception
    assert any("could not be read" in e.value for e in at.error)
    assert "3 articles read" in captions(at)


# --- PostgreSQL ------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def postgres_url() -> str:
    base = os.environ.get(POSTGRES_ENV)
    if not base:
        pytest.skip(f"{POSTGRES_ENV} is not set: .ci/run starts a throwaway PostgreSQL and sets it")
    pytest.importorskip("psycopg", reason="PostgreSQL needs psycopg: pip install -e '.[postgres]'")
    admin = sqlalchemy.create_engine(base, isolation_level="AUTOCOMMIT")
    name = f"tracker_{uuid.uuid4().hex[:8]}"
    try:
        with admin.connect() as conn:
            conn.execute(sqlalchemy.text(f'CREATE DATABASE "{name}"'))
    except sqlalchemy.exc.OperationalError as error:
        pytest.skip(f"PostgreSQL at {POSTGRES_ENV} cannot be reached: {error.orig}")
    url = sqlalchemy.engine.make_url(base).set(database=name).render_as_string(hide_password=False)
    yield url
    sqlalchemy.create_engine(url).dispose()
    with admin.connect() as conn:
        conn.execute(sqlalchemy.text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    admin.dispose()


def test_the_page_runs_on_a_postgresql_store(postgres_url):
    engine = sqlalchemy.create_engine(postgres_url)
    mentions = write_store(engine)
    engine.dispose()
    at = run_on(postgres_url, table="Every mention")
    assert not at.exception, [e.value for e in at.exception]
    assert not at.error, [e.value for e in at.error]
    assert f"Corpus store: {len(STORE_ARTICLES)} articles" in captions(at)
    assert len(table(at)) == len(mentions)
    at.multiselect(key="indicator").set_value(["killed"]).run()
    assert set(table(at)["indicator"]) == {"killed"}
    assert list(map_points(at)["label"]) == ["1,450 people"]


def test_the_page_reads_the_columnar_copy_from_postgresql(postgres_url):
    from tracker.app import corpus

    engine = sqlalchemy.create_engine(postgres_url)
    mentions = write_store(engine)
    with engine.begin() as conn:  # the copy, as the page writes it when it stores an upload
        corpus.write_frames(conn, mentions, corpus.read_claims(conn))
    with engine.connect() as conn:
        copy = corpus.read_frames(conn, corpus.store_version(conn))
    engine.dispose()
    assert copy is not None
    pd.testing.assert_frame_equal(copy[0], mentions)
    at = run_on(postgres_url, table="Every mention")
    assert not at.exception, [e.value for e in at.exception]
    assert len(table(at)) == len(mentions)


# --- the map's data, without streamlit ---------------------------------------------------------

# (indicator, value, date, published, place, lat, lon): two reports of one toll in one town
# on one day (the later published wins), an older one, another indicator, a country.
MAP_ROWS = (
    ("killed", 40, "2024-03-05", "2024-03-05", "Beira", -19.8, 34.8),
    ("killed", 55, "2024-03-06", "2024-03-06", "Beira", -19.8, 34.8),
    ("killed", 52, "2024-03-06", "2024-03-07", "Beira", -19.8, 34.8),
    ("displaced", 9000, "2024-03-06", "2024-03-06", "Beira", -19.8, 34.8),
    ("killed", 7, "2024-03-01", "2024-03-01", "Chimoio", -19.1, 33.5),
    ("killed", 70, "2024-03-09", "2024-03-09", "Mozambique", None, None),
)


def test_the_map_keeps_the_latest_figure_of_each_indicator_at_each_place():
    from tracker.app import charts
    from tracker.output.schema import conform

    frame = conform(pd.DataFrame(
        [dict(zip(("indicator", "value", "date", "published", "location", "lat", "lon"), r), document="d.txt",
              qualifier="exact", unit="people", people=r[1], quote=f"{r[1]} in {r[4]}") for r in MAP_ROWS]
    ))
    points = charts.map_data(frame)
    got = {(p.indicator, p.place): p.label for p in points.itertuples()}
    assert got == {("killed", "Beira"): "52 people", ("displaced", "Beira"): "9,000 people",
                   ("killed", "Chimoio"): "7 people"}
    assert charts.unplaced_count(frame) == 1
    places = charts.place_coordinates(frame)
    assert set(places["location"]) == {"Beira", "Chimoio"}


# A column as a driver may give it: values of the column's type, or a store written by
# another tool with a number in a text column or a whole float for an int.
TYPED_COLUMNS: tuple[tuple[str, tuple, list], ...] = (
    ("string", ("Beira", None, "Dondo"), ["Beira", None, "Dondo"]),
    ("string", ("Beira", 12, None), ["Beira", "12", None]),
    ("Int64", (1200, None, 90000), [1200, None, 90000]),
    ("Int64", (1200.0, None, 7), [1200, None, 7]),
    ("Float64", (-19.84, None, 35), [-19.84, None, 35.0]),
)


@pytest.mark.parametrize(("dtype", "column", "expected"), TYPED_COLUMNS)
def test_a_store_column_reads_in_the_schema_dtype_whatever_the_driver_gives(dtype, column, expected):
    from tracker.app.corpus import _typed

    got = pd.Series(_typed(column, dtype)).astype(dtype)
    assert str(got.dtype) == dtype
    assert [None if pd.isna(v) else v for v in got] == expected
