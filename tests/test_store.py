"""The store that grows: `tracker ingest` and `tracker export` (tracker/store, docs/store.md)."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pandas as pd
import pytest

from tracker import cli
from tracker.extraction.engine import extract_document
from tracker.output import export
from tracker.output.schema import CLAIM_NAMES, NAMES, conform, to_frame
from tracker.read.documents import Document, iter_inputs
from tracker.scale import jobs
from tracker.store import open_store, read_claims, read_mentions
from tracker.store import ingest as store_ingest
from tracker.store import tables

ROOT = Path(__file__).resolve().parent.parent

# Wire copy written for these tests: each article states figures a reader finds at once.
FEED = [
    {"id": "wire-1", "date": "2024-09-12", "title": "Floods sweep northern districts", "outlet": "Wire Service",
     "text": "Floods swept through three northern districts on Wednesday. At least 46 people were killed and "
             "more than 12,000 were displaced, the national disaster agency said."},
    {"id": "wire-2", "date": "2024-09-14", "title": "Rescue teams reach cut-off villages", "outlet": "Wire Service",
     "text": "Rescue teams reached villages cut off by the floods on Friday. The death toll rose to 61, "
             "and 230 people were injured, the health ministry said."},
]
TEXTS = {
    "quake.txt": "date 2023-02-08 An earthquake struck the border region before dawn on Monday. "
                 "More than 1,200 people were killed and about 4,000 were injured, officials said.\n",
    "camps.txt": "date 2023-03-01 Nearly 25,000 families have fled to camps near the city since January, "
                 "the UN refugee agency said on Wednesday.\n",
}


def write_folder(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "feed.jsonl").write_text("".join(json.dumps(a) + "\n" for a in FEED), encoding="utf-8")
    for name, text in TEXTS.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def run(argv: list[str], capsys) -> tuple[int, str, str]:
    code = cli.main(argv)
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def extracted(paths: list[str]) -> pd.DataFrame:
    figures = [f for item in iter_inputs(paths) if isinstance(item, Document) for f in extract_document(item)]
    return to_frame(figures)


def count(db: Path, sql: str) -> int:
    with sqlite3.connect(db) as con:
        return con.execute(sql).fetchone()[0]


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    return write_folder(tmp_path / "articles")


# --- ingest ------------------------------------------------------------------------------------


def test_a_second_run_finds_every_document_stored_and_adds_nothing(corpus, tmp_path, capsys):
    db = tmp_path / "corpus.db"
    code, out, err = run(["ingest", str(corpus), "--db", str(db)], capsys)
    assert (code, out) == (cli.OK, ""), err
    assert "Ingest: 4 new, 0 already stored, 0 re-extracted, 0 skipped" in err
    mentions = count(db, "SELECT COUNT(*) FROM mentions")
    assert mentions == len(extracted([str(corpus)])) > 0

    code, _, err = run(["ingest", str(corpus), "--db", str(db)], capsys)
    assert code == cli.OK, err
    assert "Ingest: 0 new, 4 already stored, 0 re-extracted, 0 skipped; 0 figures written" in err
    assert count(db, "SELECT COUNT(*) FROM mentions") == mentions
    assert count(db, "SELECT COUNT(*) FROM documents") == 4


def test_only_the_files_not_read_before_are_read(corpus, tmp_path, capsys, monkeypatch):
    db = tmp_path / "corpus.db"
    assert run(["ingest", str(corpus), "--db", str(db)], capsys)[0] == cli.OK
    (corpus / "aid.txt").write_text("date 2023-03-04 Some 3,500 people remain trapped in the old town, "
                                    "the Red Crescent said on Saturday.\n", encoding="utf-8")
    # The same article under another name is read (a new file), and found stored: its text is.
    (corpus / "quake-copy.md").write_text(TEXTS["quake.txt"], encoding="utf-8")
    read, real = [], store_ingest.read_files

    def spied(files, **options):
        for entry, item in real(files, **options):
            read.append(entry.name)
            yield entry, item

    monkeypatch.setattr(store_ingest, "read_files", spied)
    code, _, err = run(["ingest", str(corpus), "--db", str(db)], capsys)
    assert code == cli.OK, err
    assert "Ingest: 1 new, 5 already stored, 0 re-extracted, 0 skipped" in err
    assert sorted(set(read)) == ["articles/aid.txt", "articles/quake-copy.md"]
    assert count(db, "SELECT COUNT(*) FROM documents WHERE status = 'ok'") == 5
    assert count(db, "SELECT COUNT(*) FROM sources") == 5


def test_a_file_that_changed_is_read_again_and_its_stored_documents_found_by_their_text(corpus, tmp_path, capsys):
    db = tmp_path / "corpus.db"
    assert run(["ingest", str(corpus), "--db", str(db)], capsys)[0] == cli.OK
    today = {"id": "wire-3", "date": "2024-09-15", "title": "Waters recede", "outlet": "Wire Service",
             "text": "As waters receded on Sunday, about 8,000 displaced people began returning home, "
                     "the disaster agency said."}
    with open(corpus / "feed.jsonl", "a", encoding="utf-8") as feed:
        feed.write(json.dumps(today) + "\n")
    code, _, err = run(["ingest", str(corpus), "--db", str(db)], capsys)
    assert code == cli.OK, err
    assert "Ingest: 1 new, 4 already stored, 0 re-extracted, 0 skipped" in err


def test_a_document_the_engine_failed_on_is_tried_again_by_the_next_run(corpus, tmp_path):
    def failing_on_wire_2(items):
        for item, figures in jobs.extract_serial(items):
            if isinstance(item, Document) and item.id == "wire-2":
                yield jobs.Skipped(item.id, "extraction failed: RuntimeError: boom", "failed"), []
            else:
                yield item, figures

    con = open_store(tmp_path / "corpus.db")
    try:
        first = store_ingest.ingest(con, [str(corpus)], engine=failing_on_wire_2)
        assert (first.new, first.skipped) == (3, 1)
        assert con.execute("SELECT status FROM documents WHERE document = 'wire-2'").fetchall() == [
            ("extraction failed: RuntimeError: boom",)]
        second = store_ingest.ingest(con, [str(corpus)])
        assert (second.new, second.stored, second.skipped) == (1, 3, 0)
        assert con.execute("SELECT status FROM documents WHERE document = 'wire-2'").fetchall() == [("ok",)]
        pd.testing.assert_frame_equal(read_mentions(con).sort_values("id", ignore_index=True),
                                      extracted([str(corpus)]).sort_values("id", ignore_index=True))
    finally:
        con.close()


def test_every_input_is_accounted_for_in_the_documents_table(corpus, tmp_path, capsys):
    (corpus / "empty.txt").write_text("  \n", encoding="utf-8")
    db = corpus / "corpus.db"  # the store inside the folder it ingests is no input
    code, _, err = run(["ingest", str(corpus), "--db", str(db)], capsys)
    assert code == cli.OK, err
    assert "4 new, 0 already stored, 0 re-extracted, 1 skipped" in err
    assert "empty.txt" in err and "corpus.db" not in err
    with sqlite3.connect(db) as con:
        status = dict(con.execute("SELECT document, status FROM documents"))
    assert status["articles/empty.txt"] == "only white space"
    assert {status[f"articles/{name}"] for name in TEXTS} == {"ok"}
    assert status["wire-1"] == status["wire-2"] == "ok"  # a feed line is named by its id


def test_the_tables_follow_the_schema(corpus, tmp_path, capsys):
    db = tmp_path / "corpus.db"
    assert run(["ingest", str(corpus), "--db", str(db)], capsys)[0] == cli.OK
    with sqlite3.connect(db) as con:
        def columns(table):
            return tuple(row[1] for row in con.execute(f"PRAGMA table_info({table})"))

        def types(table):
            return {row[1]: row[2] for row in con.execute(f"PRAGMA table_info({table})")}

        assert columns("mentions") == ("doc_hash", *NAMES)
        assert columns("claims") == CLAIM_NAMES
        assert columns("documents") == ("doc_hash", "document", "url", "title", "outlet", "published",
                                        "engine_version", "status", "figures", "ingested_at", "text", "fields")
        assert columns("meta") == ("key", "value")
        assert (types("mentions")["value"], types("mentions")["date"], types("mentions")["lat"]) == (
            "INTEGER", "TEXT", "REAL")
        meta = dict(con.execute("SELECT key, value FROM meta"))
        assert meta["schema_version"] == tables.SCHEMA_VERSION and meta["engine_version"]
        indexes = {row[0] for row in con.execute("SELECT sql FROM sqlite_master WHERE type = 'index'") if row[0]}
        assert any("(indicator, \"date\")" in sql for sql in indexes) and any("(doc_hash)" in sql for sql in indexes)
        dates = {d for (d,) in con.execute("SELECT date FROM mentions")}
        assert all(len(d) == 10 and d[4] == "-" for d in dates if d), "dates as ISO-8601 text"
        assert con.execute("SELECT COUNT(*) FROM claims").fetchone()[0] > 0


def test_read_mentions_and_claims_are_the_schema_frames(corpus, tmp_path):
    con = open_store(tmp_path / "corpus.db")
    try:
        store_ingest.ingest(con, [str(corpus)])
        mentions, claims = read_mentions(con), read_claims(con)
    finally:
        con.close()
    expected = extracted([str(corpus)])
    pd.testing.assert_frame_equal(mentions, expected)
    from tracker import consolidate

    pd.testing.assert_frame_equal(claims.reset_index(drop=True),
                                  consolidate.claims_of(expected).reset_index(drop=True), check_dtype=True)
    assert tuple(claims.columns) == CLAIM_NAMES


def copy_of(con: sqlite3.Connection) -> tuple[pd.DataFrame, pd.DataFrame]:
    """(mentions, claims) as the store's columnar copy holds them (what the dashboard reads)."""
    from tracker.store import frames

    data = dict(con.execute(f"SELECT name, data FROM {frames.TABLE}"))
    return frames.decode(data[frames.MENTIONS_FRAME]), frames.decode(data[frames.CLAIMS_FRAME])


def test_the_dashboards_copy_holds_the_stored_mentions_and_claims_and_follows_each_ingest(corpus, tmp_path):
    from tracker.store import frames

    con = open_store(tmp_path / "corpus.db")
    try:
        store_ingest.ingest(con, [str(corpus)])
        assert frames.is_current(con)
        mentions, claims = copy_of(con)
        pd.testing.assert_frame_equal(mentions, read_mentions(con))
        pd.testing.assert_frame_equal(claims, read_claims(con))
        # the next day's article: the copy holds it, and its claims
        (corpus / "aftershock.txt").write_text(
            "date 2023-02-10 A strong aftershock struck on Friday, and at least 85 more people were killed, "
            "the civil defence said.\n", encoding="utf-8")
        store_ingest.ingest(con, [str(corpus)])
        assert frames.is_current(con)
        mentions, claims = copy_of(con)
        assert "articles/aftershock.txt" in set(mentions["document"]) and 85 in set(claims["value"])
        pd.testing.assert_frame_equal(mentions, read_mentions(con))
        pd.testing.assert_frame_equal(claims, read_claims(con))
    finally:
        con.close()


def test_a_store_without_a_current_copy_gets_one_at_the_next_ingest(corpus, tmp_path):
    from tracker.store import frames

    con = open_store(tmp_path / "corpus.db")
    try:
        store_ingest.ingest(con, [str(corpus)])
        con.execute(f"DROP TABLE {frames.TABLE}")  # a store written before the copy existed
        assert not frames.is_current(con)
        result = store_ingest.ingest(con, [str(corpus)])
        assert result.new == 0 and frames.is_current(con)
        pd.testing.assert_frame_equal(copy_of(con)[0], read_mentions(con))
        # a mention written by another program: the copy no longer stands for the table
        con.execute("INSERT INTO mentions SELECT * FROM mentions LIMIT 1")
        assert not frames.is_current(con)
    finally:
        con.close()


def test_a_new_engine_version_re_extracts_every_stored_document(corpus, tmp_path, monkeypatch, capsys):
    db = tmp_path / "corpus.db"
    assert run(["ingest", str(corpus), "--db", str(db)], capsys)[0] == cli.OK
    before = run(["export", "--db", str(db)], capsys)[1]
    monkeypatch.setattr(store_ingest, "engine_version", lambda: "a-newer-engine")
    code, _, err = run(["ingest", str(corpus), "--db", str(db)], capsys)
    assert code == cli.OK, err
    assert "Ingest: 0 new, 4 already stored, 4 re-extracted" in err
    with sqlite3.connect(db) as con:
        versions = {v for (v,) in con.execute("SELECT engine_version FROM documents")}
        meta = dict(con.execute("SELECT key, value FROM meta"))
    assert versions == {"a-newer-engine"} == {meta["engine_version"]}
    assert run(["export", "--db", str(db)], capsys)[1] == before, "the same engine code gives the same rows"
    assert "0 re-extracted" in run(["ingest", str(corpus), "--db", str(db)], capsys)[2]


def test_a_schema_change_rebuilds_the_mentions_from_the_stored_text(corpus, tmp_path, capsys):
    db = tmp_path / "corpus.db"
    assert run(["ingest", str(corpus), "--db", str(db)], capsys)[0] == cli.OK
    before = run(["export", "--db", str(db)], capsys)[1]
    with sqlite3.connect(db) as con:  # as a store made before a column was added
        con.execute("ALTER TABLE mentions DROP COLUMN part_of")
        con.execute("ALTER TABLE documents DROP COLUMN fields")
        con.execute("UPDATE meta SET value = 'older' WHERE key = 'schema_version'")
    code, _, err = run(["export", "--db", str(db)], capsys)
    assert code == cli.FAILED and "run `tracker ingest` on it first" in err
    code, _, err = run(["ingest", str(corpus), "--db", str(db)], capsys)
    assert code == cli.OK and "4 re-extracted" in err, err
    assert run(["export", "--db", str(db)], capsys)[1] == before


RSS = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Relief wire</title><link>https://relief.example.org</link>
<item><title>Cyclone makes landfall</title><link>https://relief.example.org/cyclone</link>
<pubDate>Tue, 07 May 2024 09:00:00 GMT</pubDate>
<description>The cyclone made landfall on Monday night. At least 19 people were killed and some 40,000
were evacuated to shelters, the provincial government said.</description></item>
</channel></rss>
"""
PAGE = """<!DOCTYPE html><html><head><title>Landslide buries village | Daily Ledger</title>
<meta property="og:site_name" content="Daily Ledger"></head><body>
<nav><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a></nav>
<article><h1>Landslide buries mountain village</h1>
<p>A landslide buried a mountain village before dawn on Friday, and rescuers said at least 12 people
were missing.</p><p>More than 300 residents were moved to a school in the valley, the district
administrator said.</p></article>
<section class="comments"><p>Reader comment: my cousin lives near there, 5 houses on our street flooded.</p></section>
<footer>Copyright 2024 Daily Ledger. 12 Market Street.</footer></body></html>
"""


def sitrep_pdf() -> bytes:
    """A two-page situation report: displaced on page 1, killed and injured on page 2."""
    from pdf_writer import make_pdf

    return make_pdf([
        ["SITUATION REPORT No. 2", "Floods in the river basin", "Rising water has displaced more than",
         "9,000 people in the lower districts, the", "disaster agency said on Tuesday."],
        ["At least 14 people were killed and 31", "injured, according to the agency."],
    ], title="Situation Report No. 2")


def test_feeds_web_pages_and_pdf_reports_are_stored_with_their_pages_kept_for_re_extraction(
        tmp_path, capsys, monkeypatch):
    pytest.importorskip("pypdf")
    pytest.importorskip("feedparser")

    folder = write_folder(tmp_path / "desk")
    (folder / "wire.rss").write_text(RSS, encoding="utf-8")
    (folder / "landslide.html").write_text(PAGE, encoding="utf-8")
    (folder / "sitrep.pdf").write_bytes(sitrep_pdf())
    db = tmp_path / "corpus.db"
    code, _, err = run(["ingest", str(folder), "--db", str(db)], capsys)
    assert code == cli.OK, err
    assert "Ingest: 7 new, 0 already stored, 0 re-extracted, 0 skipped" in err
    before = run(["export", "--db", str(db)], capsys)[1]
    assert before == run(["extract", str(folder)], capsys)[1]
    con = open_store(db, create=False)
    try:
        mentions = read_mentions(con)
    finally:
        con.close()
    pdf = mentions[mentions["document"] == "desk/sitrep.pdf"].set_index("value")
    assert (pdf.loc[9_000, "page"], pdf.loc[14, "page"]) == (1, 2)
    assert mentions["value"].isin([19, 12]).sum() >= 2, "the feed's and the web page's figures are stored"

    assert "0 new, 7 already stored" in run(["ingest", str(folder), "--db", str(db)], capsys)[2]
    monkeypatch.setattr(store_ingest, "engine_version", lambda: "a-newer-engine")
    assert "7 re-extracted" in run(["ingest", str(folder), "--db", str(db)], capsys)[2]
    assert run(["export", "--db", str(db)], capsys)[1] == before, "pages come back from the stored fields"


def test_a_documents_other_fields_are_stored_as_json():
    doc = Document(id="report.pdf", text="Page one.\fPage two.", pages=(0, 10), warnings=("a note",))
    fields = store_ingest.document_fields(doc)
    assert json.loads(fields) == {"pages": [0, 10]}
    columns = {"id": doc.id, "text": doc.text, "published": None, "title": None, "url": None, "outlet": None}
    assert store_ingest.stored_document(columns, fields) == Document(id="report.pdf", text=doc.text, pages=(0, 10))
    assert store_ingest.document_fields(Document(id="a.txt", text="Plain.")) is None
    assert store_ingest.stored_document(columns, '{"gone": 1}') == Document(id="report.pdf", text=doc.text)


# --- interruptions -----------------------------------------------------------------------------


class Stop(KeyboardInterrupt):
    pass


def test_an_interrupted_ingest_keeps_whole_batches_and_the_next_run_completes(corpus, tmp_path):
    db = tmp_path / "corpus.db"

    def engine_stopping_after(n):
        def engine(items):
            for done, outcome in enumerate(jobs.extract_serial(items)):
                if done == n:
                    raise Stop
                yield outcome
        return engine

    con = open_store(db)
    try:
        with pytest.raises(Stop):
            store_ingest.ingest(con, [str(corpus)], engine=engine_stopping_after(2), batch_chars=1)
        assert con.execute("SELECT COUNT(*) FROM documents").fetchone()[0] == 2
        assert_whole_documents(con)
        from tracker.store import frames

        assert not frames.is_current(con), "an interrupted ingest's copy is never taken for the store"
        result = store_ingest.ingest(con, [str(corpus)])
        assert (result.new, result.stored) == (2, 2)
        pd.testing.assert_frame_equal(read_mentions(con), extracted([str(corpus)]))
        assert frames.is_current(con)
    finally:
        con.close()


def test_an_exception_inside_a_batch_rolls_the_batch_back(corpus, tmp_path, monkeypatch):
    con = open_store(tmp_path / "corpus.db")
    try:
        monkeypatch.setattr(store_ingest, "MENTION_INSERT", "INSERT INTO no_such_table VALUES (?)")
        with pytest.raises(sqlite3.OperationalError):
            store_ingest.ingest(con, [str(corpus)])
        assert not con.in_transaction
        assert con.execute("SELECT COUNT(*) FROM documents").fetchone()[0] == 0, "no document without its mentions"
    finally:
        con.close()


KILLED_INGEST = """
import sys, time
from tracker.scale import jobs
from tracker.store import open_store
from tracker.store.ingest import ingest

def slow(items):
    for outcome in jobs.extract_serial(items):
        time.sleep(0.05)
        yield outcome

con = open_store(sys.argv[1])
ingest(con, [sys.argv[2]], engine=slow, batch_chars=1)
print("finished")
"""


def test_a_killed_ingest_leaves_only_whole_documents(tmp_path):
    folder = tmp_path / "many"
    folder.mkdir()
    lines = [dict(FEED[i % 2], id=f"wire-{i}", text=FEED[i % 2]["text"] + f" Report number {i}.")
             for i in range(200)]
    (folder / "feed.jsonl").write_text("".join(json.dumps(a) + "\n" for a in lines), encoding="utf-8")
    db = tmp_path / "corpus.db"
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    process = subprocess.Popen([sys.executable, "-c", KILLED_INGEST, str(db), str(folder)], env=env,
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline and process.poll() is None:
            if db.exists() and _documents(db) >= 3:
                break
            time.sleep(0.05)
        process.send_signal(signal.SIGKILL)
    finally:
        out, err = process.communicate(timeout=60)
    assert b"finished" not in out, "the ingest ended before it was killed: nothing was tested"
    con = open_store(db)
    try:
        assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        stored = con.execute("SELECT COUNT(*) FROM documents").fetchone()[0]
        assert 3 <= stored < len(lines)
        assert_whole_documents(con)
        result = store_ingest.ingest(con, [str(folder)])
        assert (result.new, result.stored) == (len(lines) - stored, stored)
        pd.testing.assert_frame_equal(read_mentions(con), extracted([str(folder)]))
    finally:
        con.close()


def _documents(db: Path) -> int:
    try:
        with sqlite3.connect(f"file:{db}?mode=ro", uri=True) as con:
            return con.execute("SELECT COUNT(*) FROM documents").fetchone()[0]
    except sqlite3.Error:
        return 0


def assert_whole_documents(con: sqlite3.Connection) -> None:
    """Every stored document has exactly the mentions its row counts, and no mention is orphaned."""
    rows = con.execute(
        "SELECT d.figures, (SELECT COUNT(*) FROM mentions m WHERE m.doc_hash = d.doc_hash) FROM documents d"
    ).fetchall()
    assert rows and all(figures == found for figures, found in rows)
    orphans = con.execute("SELECT COUNT(*) FROM mentions WHERE doc_hash NOT IN (SELECT doc_hash FROM documents)")
    assert orphans.fetchone()[0] == 0


# --- export ------------------------------------------------------------------------------------


@pytest.mark.parametrize("fmt", export.FORMATS)
def test_export_writes_the_bytes_extract_writes(corpus, tmp_path, capsys, fmt):
    db = tmp_path / "corpus.db"
    assert run(["ingest", str(corpus), "--db", str(db)], capsys)[0] == cli.OK
    assert run(["extract", str(corpus), "-f", fmt, "-o", str(tmp_path / "extracted")], capsys)[0] == cli.OK
    code, _, err = run(["export", "--db", str(db), "-f", fmt, "-o", str(tmp_path / "exported")], capsys)
    assert code == cli.OK, err
    extracted_bytes = (tmp_path / "extracted").read_bytes()
    assert (tmp_path / "exported").read_bytes() == extracted_bytes
    assert len(extracted_bytes.splitlines()) > 3


def test_export_of_the_claims(corpus, tmp_path, capsys):
    db = tmp_path / "corpus.db"
    assert run(["ingest", str(corpus), "--db", str(db)], capsys)[0] == cli.OK
    code, out, err = run(["export", "--db", str(db), "--claims", "-f", "jsonl"], capsys)
    assert code == cli.OK, err
    claims = [json.loads(line) for line in out.splitlines()]
    assert claims and tuple(claims[0]) == CLAIM_NAMES
    assert sum(c["mentions"] for c in claims) == len(extracted([str(corpus)]))


def test_parquet_round_trip_keeps_every_cell(corpus, tmp_path, capsys):
    db = tmp_path / "corpus.db"
    assert run(["ingest", str(corpus), "--db", str(db)], capsys)[0] == cli.OK
    assert run(["export", "--db", str(db), "-o", str(tmp_path / "store.parquet")], capsys)[0] == cli.OK
    assert run(["extract", str(corpus), "-o", str(tmp_path / "run.parquet")], capsys)[0] == cli.OK
    expected = extracted([str(corpus)])
    for name in ("store.parquet", "run.parquet"):
        frame = pd.read_parquet(tmp_path / name)
        assert tuple(frame.columns) == NAMES
        pd.testing.assert_frame_equal(conform(frame), expected)
    import pyarrow.parquet as pq

    schema = pq.read_schema(tmp_path / "store.parquet")
    assert (str(schema.field("value").type), str(schema.field("date").type), str(schema.field("lat").type)) == (
        "int64", "date32[day]", "double")


def test_parquet_without_pyarrow_is_a_one_line_error(corpus, tmp_path, capsys, monkeypatch):
    monkeypatch.setitem(sys.modules, "pyarrow", None)
    code, _, err = run(["extract", str(corpus), "-o", str(tmp_path / "figures.parquet")], capsys)
    assert code == cli.FAILED
    assert err.count("\n") == 1 and "pip install 'tracker[parquet]'" in err
    assert not (tmp_path / "figures.parquet").exists()


# --- bad stores ----------------------------------------------------------------------------------


@pytest.mark.parametrize(("make", "command", "said"), [
    (lambda p: p / "no-folder" / "corpus.db", "ingest", "does not exist"),
    (lambda p: p, "ingest", "is a folder"),
    (lambda p: _written(p / "notes.db", b"plain text, no database at all " * 200), "ingest", "not a tracker store"),
    (lambda p: _other_database(p / "other.db"), "ingest", "no tracker store"),
    (lambda p: p / "missing.db", "export", "no store at"),
])
def test_a_bad_store_path_is_a_one_line_error(corpus, tmp_path, capsys, make, command, said):
    db = make(tmp_path)
    argv = ["ingest", str(corpus), "--db", str(db)] if command == "ingest" else ["export", "--db", str(db)]
    code, out, err = run(argv, capsys)
    assert (code, out) == (cli.FAILED, "")
    assert err.startswith("tracker: error:") and err.count("\n") == 1 and said in err, err


def _written(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


def _other_database(path: Path) -> Path:
    with sqlite3.connect(path) as con:
        con.execute("CREATE TABLE things (x)")
    con.close()
    return path


def test_ingest_with_workers_stores_the_same_rows(corpus, tmp_path, capsys):
    db = tmp_path / "corpus.db"
    code, _, err = run(["ingest", str(corpus), "--db", str(db), "-j", "2"], capsys)
    assert code == cli.OK, err
    con = open_store(db, create=False)
    try:
        pd.testing.assert_frame_equal(read_mentions(con), extracted([str(corpus)]))
    finally:
        con.close()


def test_the_engine_version_follows_the_lexicon(tmp_path):
    from tracker.store import version

    package = tmp_path / "pkg"
    (package / "lexicon").mkdir(parents=True)
    (package / "lexicon" / "triggers.csv").write_text("stem,indicator\nkilled,killed\n", encoding="utf-8")
    first = version.fingerprint(("lexicon",), package)
    assert version.fingerprint(("lexicon",), package) == first
    (package / "lexicon" / "triggers.csv").write_text("stem,indicator\nkilled,killed\nslain,killed\n", encoding="utf-8")
    assert version.fingerprint(("lexicon",), package) != first
    assert version.engine_version() != version.reader_version() and len(version.engine_version()) == 16


def test_the_ingest_benchmark_runs_and_prints_its_numbers(tmp_path):
    done = subprocess.run([sys.executable, str(ROOT / "bench" / "ingest.py"), "--mb", "0.02"], capture_output=True,
                          text=True, timeout=600, check=False, env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert done.returncode == 0, done.stderr
    for said in ("docs/s", "MB/s per core", "second run, same input", "second run under 5% of the first:"):
        assert said in done.stdout, done.stdout


# Three saved pages as news sites lay them out: an <article> with readers' comments, a
# <div> story beside a "most read" box of other stories' headlines, and a page whose menus
# and footer hold numbers of their own. Only each story's own figures are the page's.
PAGES = {
    "ledger.html": PAGE,
    "courier.html": """<!DOCTYPE html><html><head><title>Refugees cross the border | The Courier</title>
<meta property="og:site_name" content="The Courier"></head><body>
<header><ul class="menu"><li><a href="/">Home</a></li><li><a href="/africa">Africa</a></li></ul></header>
<div class="story"><h1>Thousands cross into the neighbouring country</h1>
<p>About 8,500 refugees have crossed the border since the fighting began last week, the UN refugee
agency said on Thursday.</p><p>Aid workers said the new arrivals were being housed in three transit
centres near the border, where water and food were running short.</p></div>
<aside class="most-read"><h3>Most read</h3><ul><li><a href="/a">Bus crash kills 27 on mountain road</a></li>
<li><a href="/b">Stocks fall 3 percent as markets slide</a></li></ul></aside>
</body></html>
""",
    "gazette.html": """<!DOCTYPE html><html><head><title>Storm toll rises | Coast Gazette</title>
<meta property="og:site_name" content="Coast Gazette"></head><body>
<nav><a href="/">Home</a> | <a href="/news">News</a> | <a href="/weather">Weather</a> | <a href="/2024">2024</a></nav>
<main><article><h1>Storm toll rises to 33</h1>
<p>The death toll from the storm that struck the coast on Sunday has risen to 33, and 140 people were
injured, the regional health department said on Tuesday.</p>
<p>Power had been restored to most of the coastal towns by Tuesday evening, the utility said.</p></article></main>
<div id="comments"><h3>2 comments</h3><p>So sad. In my town 40 people were evacuated too.</p></div>
<footer>Coast Gazette, 101 Harbour Road. Call 555 0100.</footer></body></html>
""",
}


def test_a_desk_folder_gives_the_figures_of_each_documents_main_text_and_a_second_run_adds_nothing(tmp_path, capsys):
    pytest.importorskip("pypdf")
    pytest.importorskip("feedparser")
    pytest.importorskip("trafilatura", reason="menus and comments are taken out by trafilatura: pip install -e '.[web]'")

    folder = tmp_path / "desk"
    folder.mkdir()
    (folder / "feed.jsonl").write_text("".join(json.dumps(a) + "\n" for a in FEED), encoding="utf-8")
    (folder / "wire.rss").write_text(RSS, encoding="utf-8")
    for name, page in PAGES.items():
        (folder / name).write_text(page, encoding="utf-8")
    (folder / "sitrep.pdf").write_bytes(sitrep_pdf())
    db = tmp_path / "corpus.db"
    code, _, err = run(["ingest", str(folder), "--db", str(db)], capsys)
    assert code == cli.OK, err
    assert "Ingest: 7 new, 0 already stored, 0 re-extracted, 0 skipped" in err, err
    con = open_store(db, create=False)
    try:
        mentions = read_mentions(con)
    finally:
        con.close()
    found = {(d.split("/")[-1], i, v) for d, i, v in mentions[["document", "indicator", "value"]].itertuples(index=False)}
    expected = {
        ("wire-1", "killed", 46), ("wire-1", "displaced", 12_000),
        ("wire-2", "killed", 61), ("wire-2", "injured", 230),
        ("wire.rss:1", "killed", 19), ("wire.rss:1", "displaced", 40_000),
        ("ledger.html", "missing", 12),
        ("courier.html", "refugees", 8_500),
        ("gazette.html", "killed", 33), ("gazette.html", "injured", 140),
        ("sitrep.pdf", "displaced", 9_000), ("sitrep.pdf", "killed", 14), ("sitrep.pdf", "injured", 31),
    }
    assert expected <= found, sorted(expected - found)
    # nothing from the comments, the "most read" box, the menus or the footers
    assert not {v for _, _, v in found} & {5, 27, 3, 40, 2024, 101, 555}, sorted(found - expected)

    code, _, err = run(["ingest", str(folder), "--db", str(db)], capsys)
    assert code == cli.OK and "Ingest: 0 new, 7 already stored, 0 re-extracted, 0 skipped" in err, err
    assert count(db, "SELECT COUNT(*) FROM mentions") == len(mentions)
