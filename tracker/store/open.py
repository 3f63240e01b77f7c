"""Opening a store: a SQLite file made, checked and brought to this tracker's tables."""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from . import tables as t


class StoreError(Exception):
    """The store cannot be opened or used: the message is one line a user understands."""


def open_store(path: str | os.PathLike, *, create: bool = True) -> sqlite3.Connection:
    """A connection to the store at `path` (made when `create` and missing), its tables
    checked. In autocommit mode: callers write in explicit transactions."""
    path = Path(path)
    if path.is_dir():
        raise StoreError(f"{path} is a folder: --db names the store's file (e.g. corpus.db)")
    if not path.exists():
        if not create:
            raise StoreError(f"no store at {path}: make one with `tracker ingest SOURCES... --db {path}`")
        if not path.parent.is_dir():
            raise StoreError(f"cannot make the store {path}: folder {path.parent} does not exist")
    try:
        con = sqlite3.connect(path, isolation_level=None, timeout=30)
    except sqlite3.Error as exc:
        raise StoreError(f"cannot open the store {path}: {exc}") from None
    try:
        _prepare(con, path, create)
    except sqlite3.OperationalError as exc:  # a folder that cannot be written, a lock held too long
        con.close()
        raise StoreError(f"cannot open the store {path}: {exc}") from None
    except sqlite3.DatabaseError as exc:
        con.close()
        raise StoreError(f"{path} is not a tracker store ({exc})") from None
    except BaseException:
        con.close()
        raise
    return con


def _prepare(con: sqlite3.Connection, path: Path, create: bool) -> None:
    tables = {name for (name,) in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    if tables and t.META not in tables:
        raise StoreError(f"{path} is an SQLite database but no tracker store (it has no {t.META} table)")
    if create:
        # WAL: readers (the dashboard) go on reading while an ingest writes; a commit is
        # durable once it returns, up to a power cut (synchronous NORMAL).
        con.execute("PRAGMA journal_mode = WAL")
        con.execute("PRAGMA synchronous = NORMAL")
    if not tables:
        if not create:
            raise StoreError(f"{path} is empty: make the store with `tracker ingest SOURCES... --db {path}`")
        _create(con)
        return
    version = get_meta(con, t.SCHEMA_KEY)
    if version == t.SCHEMA_VERSION:
        return
    columns = tuple(row[1] for row in con.execute(f"PRAGMA table_info({t.quoted(t.DOCUMENTS)})"))
    if columns != t.DOCUMENT_NAMES[: len(columns)]:
        raise StoreError(f"{path} was made by a tracker whose documents table differs: ingest into a new file")
    if not create:
        raise StoreError(f"{path} was made by another version of the tracker: run `tracker ingest` on it first")
    _migrate(con, added=t.DOCUMENT_COLUMNS[len(columns) :])


@contextmanager
def immediate(con: sqlite3.Connection) -> Iterator[None]:
    """One write transaction, taken at once (BEGIN IMMEDIATE: no other writer slips in
    between what it reads and what it writes), committed at the end and rolled back on any
    error, an interruption included."""
    con.execute("BEGIN IMMEDIATE")
    try:
        yield
        con.execute("COMMIT")
    except BaseException:
        if con.in_transaction:
            con.execute("ROLLBACK")
        raise


def _create(con: sqlite3.Connection) -> None:
    with immediate(con):
        for statement in t.DDL:
            con.execute(statement)
        _put(con, {t.SCHEMA_KEY: t.SCHEMA_VERSION})


def _migrate(con: sqlite3.Connection, added: tuple[tuple[str, str], ...] = ()) -> None:
    """The tables changed: the documents table gets the columns `added` at its end, the
    mentions and claims tables are made anew, and every stored document is extracted again
    (its engine version cleared)."""
    with immediate(con):
        for name, kind in added:
            con.execute(f"ALTER TABLE {t.quoted(t.DOCUMENTS)} ADD COLUMN {t.quoted(name)} {kind}")
        for table in t.DERIVED:
            con.execute(f"DROP TABLE IF EXISTS {t.quoted(table)}")
        for statement in t.DDL:
            con.execute(statement)
        con.execute(f"UPDATE {t.DOCUMENTS} SET engine_version = NULL WHERE text IS NOT NULL")
        _put(con, {t.SCHEMA_KEY: t.SCHEMA_VERSION, t.CLAIMS_STALE_KEY: "1"})


def get_meta(con: sqlite3.Connection, key: str) -> str | None:
    row = con.execute(f"SELECT value FROM {t.META} WHERE key = ?", (key,)).fetchone()
    return None if row is None else row[0]


def set_meta(con: sqlite3.Connection, values: dict[str, str]) -> None:
    with immediate(con):
        _put(con, values)


def _put(con: sqlite3.Connection, values: dict[str, str]) -> None:
    con.executemany(f"INSERT OR REPLACE INTO {t.META} VALUES (?, ?)", list(values.items()))
