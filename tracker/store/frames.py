"""A columnar copy of the store's mentions and claims, for a reader that wants them whole.

The dashboard shows every mention and claim of a store. Reading them row by row through
a database driver costs about a second of CPU per 100,000 mentions (the driver makes a
Python object of every cell); the same frames as Apache Parquet (pyarrow, which streamlit
and pandas' string columns bring) read back in under a tenth of that. So each writer of the
mentions (`tracker ingest`, and the page when it adds a visitor's articles) also writes them
and the claims, as Parquet, into a `frames` table: (name, stamp, data).

The *stamp* says what the copy was made from: the schema's version and, from one query,
the counts of ok documents, mentions and claims, the latest `ingested_at`, the engine
version and the `claims_stale` flag of `meta`. A reader computes the stamp of the store as
it is now and uses the copy only when both agree and the claims are not stale; otherwise
it reads the tables themselves. Any change an ingest or the page makes moves one of these,
and an interrupted ingest leaves `claims_stale = 1`, so a stale copy is never shown.

The table is made on first write (`CREATE TABLE IF NOT EXISTS`, BLOB in SQLite; the page's
writer lets SQLAlchemy pick the binary type of its database): a store without it is read
from its tables, as before. Plain SQL here, so that sqlite3 and SQLAlchemy both run it.
"""

from __future__ import annotations

import io
import sqlite3
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from . import tables as t

if TYPE_CHECKING:
    import pandas as pd

TABLE = t.FRAMES
MENTIONS_FRAME, CLAIMS_FRAME = "mentions", "claims"
FRAME_NAMES: tuple[str, ...] = (MENTIONS_FRAME, CLAIMS_FRAME)
DDL = f"CREATE TABLE IF NOT EXISTS {t.quoted(TABLE)} (name TEXT PRIMARY KEY, stamp TEXT, data BLOB)"
# zstd: a third of snappy's size for a few hundredths of a second more per 100,000 rows.
COMPRESSION = "zstd"

# What the store holds now (see the module's docstring): one row of scalar subqueries, in
# SQL both SQLite and PostgreSQL read; a table the store lacks gives NULL.
_STAMP_PARTS: tuple[tuple[str, str], ...] = (
    (t.DOCUMENTS, f"SELECT COUNT(*) FROM {t.quoted(t.DOCUMENTS)} WHERE status = '{t.OK}'"),
    (t.DOCUMENTS, f"SELECT MAX(ingested_at) FROM {t.quoted(t.DOCUMENTS)}"),
    (t.MENTIONS, f"SELECT COUNT(*) FROM {t.quoted(t.MENTIONS)}"),
    (t.CLAIMS, f"SELECT COUNT(*) FROM {t.quoted(t.CLAIMS)}"),
    (t.META, f"SELECT value FROM {t.quoted(t.META)} WHERE key = '{t.ENGINE_KEY}'"),
    (t.META, f"SELECT value FROM {t.quoted(t.META)} WHERE key = '{t.CLAIMS_STALE_KEY}'"),
)


def stamp_sql(tables: Collection[str] = (t.DOCUMENTS, t.MENTIONS, t.CLAIMS, t.META)) -> str:
    """The query of a store's stamp row, given the tables it has."""
    return "SELECT " + ", ".join(f"({sql})" if table in tables else "NULL" for table, sql in _STAMP_PARTS)


STAMP_SQL = stamp_sql()


@dataclass(frozen=True, slots=True)
class Stamp:
    """What a store holds, as STAMP_SQL's row says (see the module's docstring)."""

    documents: int  # ok documents
    latest: str | None  # the latest ingested_at
    mentions: int | None  # None: no such table
    claims: int | None
    engine: str | None  # meta's engine_version
    claims_stale: str | None  # meta's flag: "1" while the claims lag the mentions

    @classmethod
    def of(cls, row: Sequence[object]) -> Stamp:
        def count(v: object) -> int | None:
            return None if v is None else int(v)

        def text(v: object) -> str | None:
            return None if v is None else str(v)

        documents, latest, mentions, claims, engine, stale = row
        return cls(count(documents) or 0, text(latest), count(mentions), count(claims), text(engine), text(stale))

    @property
    def key(self) -> str:
        """The stamp as stored beside a copy: the schema's version, then the values."""
        values = (self.documents, self.latest, self.mentions, self.claims, self.engine, self.claims_stale)
        return "|".join([t.SCHEMA_VERSION, *("" if v is None else str(v) for v in values)])

    @property
    def usable(self) -> bool:
        """True when a copy of this store may stand for its tables: its claims are not stale."""
        return self.claims_stale != "1"


def encode(frame: pd.DataFrame) -> bytes:
    """`frame` as Parquet bytes; its dtypes (Int64, string, datetime64) come back with it."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    out = io.BytesIO()
    pq.write_table(pa.Table.from_pandas(frame, preserve_index=False), out, compression=COMPRESSION)
    return out.getvalue()


def decode(data: bytes) -> pd.DataFrame:
    import pyarrow as pa
    import pyarrow.parquet as pq

    return pq.read_table(pa.BufferReader(data)).to_pandas()


# --- sqlite3: what `tracker ingest` writes ------------------------------------------------------


def current_stamp(con: sqlite3.Connection) -> Stamp:
    return Stamp.of(con.execute(STAMP_SQL).fetchone())


def write(con: sqlite3.Connection, mentions: pd.DataFrame, claims: pd.DataFrame) -> None:
    """Store the copy of `mentions` and `claims` stamped with the store as it is now: call
    it in the transaction that wrote them, after the last change."""
    con.execute(DDL)
    now = current_stamp(con).key
    con.executemany(
        f"INSERT OR REPLACE INTO {t.quoted(TABLE)} (name, stamp, data) VALUES (?, ?, ?)",
        [(MENTIONS_FRAME, now, encode(mentions)), (CLAIMS_FRAME, now, encode(claims))],
    )


def is_current(con: sqlite3.Connection) -> bool:
    """True when the store holds a copy of its mentions and claims as they are now."""
    if con.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (TABLE,)).fetchone() is None:
        return False
    now = current_stamp(con)
    stamps = dict(con.execute(f"SELECT name, stamp FROM {t.quoted(TABLE)}").fetchall())
    return now.usable and all(stamps.get(name) == now.key for name in FRAME_NAMES)
