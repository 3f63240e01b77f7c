"""The corpus store as the dashboard reads (and, when the operator allows it, adds to) it,
without streamlit: SQL through a SQLAlchemy connection, frames in the schema out.

The store's tables are `tracker ingest`'s (tracker.store.tables names every table and
column); any SQLAlchemy database holds them, SQLite or PostgreSQL.

Column names are quoted by the database's own dialect ("end" and "date" are reserved
words in PostgreSQL). SQLAlchemy is imported here only: a page with no store needs none;
tracker.store.ingest (which brings the extraction engine) only where the page writes.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import pandas as pd

from .. import consolidate
from ..output.schema import (
    CLAIM_COLUMNS, CLAIM_NAMES, COLUMNS, NAMES, conform, conform_claims, conform_series, empty_frame, to_frame,
)
from ..records import Document, Figure
from ..store import frames
from ..store.tables import CLAIMS_STALE_KEY, DOCUMENT_NAMES, ENGINE_KEY, OK  # the store's names: one definition


@dataclass(frozen=True, slots=True)
class Corpus:
    """What the page shows of a store: its mentions, claims and documents, as frames."""

    mentions: pd.DataFrame  # schema.COLUMNS
    claims: pd.DataFrame  # schema.CLAIM_COLUMNS: the store's, or consolidated from `mentions`
    documents: int  # documents stored
    hashes: frozenset[str]  # their content hashes (`doc_hash`)
    version: frames.Stamp  # what `store_version` said when this was read

    def holds(self, document: Document) -> bool:
        """True when the store holds `document`'s text (white space aside)."""
        return doc_hash(document) in self.hashes


@dataclass(frozen=True, slots=True)
class Added:
    """What `add_documents` wrote: documents and mentions new to the store, and documents
    it already held (by content hash)."""

    documents: int
    mentions: int
    already_stored: int


def _select(table: str, columns: Sequence[str]):
    import sqlalchemy as sa

    return sa.select(*(sa.column(c) for c in columns)).select_from(sa.table(table))


def has_tables(conn) -> bool:
    """True when the store holds a mentions table (a store that `ingest` has written)."""
    import sqlalchemy as sa

    return sa.inspect(conn).has_table("mentions")


def store_version(conn) -> frames.Stamp:
    """What the store holds now (tracker.store.frames' stamp: documents read, the latest
    ingested_at, mentions, claims, the engine version, whether the claims are stale): changes
    whenever an ingest or an upload adds or re-extracts a document, so a frame cached on it
    is never stale. One cheap query."""
    import sqlalchemy as sa

    tables = set(sa.inspect(conn).get_table_names())
    return frames.Stamp.of(conn.execute(sa.text(frames.stamp_sql(tables))).one())


def read_meta(conn, key: str) -> str | None:
    import sqlalchemy as sa

    if not sa.inspect(conn).has_table("meta"):
        return None
    meta = sa.table("meta", sa.column("key"), sa.column("value"))
    return conn.execute(sa.select(meta.c.value).where(meta.c.key == key)).scalar()


def _put_meta(conn, key: str, value: str) -> None:
    import sqlalchemy as sa

    meta = sa.table("meta", sa.column("key"), sa.column("value"))
    conn.execute(sa.delete(meta).where(meta.c.key == key))
    conn.execute(sa.insert(meta).values(key=key, value=value))


def _read_columns(conn, table: str, columns: Sequence[str], schema) -> pd.DataFrame:
    """`columns` of `table` in the dtypes of `schema` (schema.COLUMNS or CLAIM_COLUMNS).

    Read through the driver's own cursor and cast column by column: pandas' read_sql
    wraps each row, infers a dtype for every column and joins them into one frame of
    objects before `conform` casts them again, which cost three times the read itself
    on 100,000 rows."""
    sql = str(_select(table, columns).compile(dialect=conn.dialect))
    cursor = conn.connection.cursor()
    try:
        cursor.execute(sql)
        rows = cursor.fetchall()
    finally:
        cursor.close()
    index = pd.RangeIndex(len(rows))
    values = zip(*rows) if rows else (() for _ in columns)
    dtypes = {c.name: c.dtype for c in schema}
    series = {
        name: pd.Series(_typed(column, dtypes.get(name)), index=index, copy=False)
        for name, column in zip(columns, values)
    }
    return conform_series(series, index, schema)


# The schema's dtypes that a column of Python values (str, int, float or None, as the
# drivers give them) becomes in one step through Arrow; anything else (dates, or a value of
# another type in the column) is cast by `conform`.
_ARROW_TYPES: dict[str, str] = {"string": "large_string", "Int64": "int64", "Float64": "float64"}


def _typed(column: Sequence, dtype: str | None):
    """`column` as an array of `dtype`, or as objects when it is not one of _ARROW_TYPES or
    holds values of another type."""
    import numpy as np
    import pyarrow as pa

    kind = _ARROW_TYPES.get(dtype or "")
    if kind is not None:
        try:
            return pd.api.types.pandas_dtype(dtype).__from_arrow__(pa.array(column, type=getattr(pa, kind)()))
        except (pa.ArrowInvalid, pa.ArrowTypeError, TypeError, ValueError):
            pass
    out = np.empty(len(column), dtype=object)
    out[:] = column
    return out


def read_mentions(conn) -> pd.DataFrame:
    """Every mention of the store, in the schema's columns and dtypes."""
    frame = _read_columns(conn, "mentions", NAMES, COLUMNS)
    if frame.empty:
        return empty_frame()
    return frame


def read_claims(conn) -> pd.DataFrame:
    """The store's claims, in CLAIM_COLUMNS' dtypes; an empty frame when it holds none."""
    import sqlalchemy as sa

    if not sa.inspect(conn).has_table("claims"):
        return conform_claims(pd.DataFrame(columns=list(CLAIM_NAMES)))
    return _read_columns(conn, "claims", CLAIM_NAMES, CLAIM_COLUMNS)


def read_frames(conn, version: frames.Stamp) -> tuple[pd.DataFrame, pd.DataFrame] | None:
    """(mentions, claims) from the store's columnar copy (tracker.store.frames) when it holds
    one of its content as `version` says it is; else None."""
    import sqlalchemy as sa

    if not version.usable or not sa.inspect(conn).has_table(frames.TABLE):
        return None
    table = sa.table(frames.TABLE, sa.column("name"), sa.column("stamp"), sa.column("data"))
    wanted = version.key
    rows = conn.execute(
        sa.select(table.c.name, table.c.data).where(table.c.stamp == wanted, table.c.name.in_(frames.FRAME_NAMES))
    ).all()
    data = {name: bytes(blob) for name, blob in rows}
    if set(data) != set(frames.FRAME_NAMES):
        return None
    try:
        mentions, claims = frames.decode(data[frames.MENTIONS_FRAME]), frames.decode(data[frames.CLAIMS_FRAME])
    except Exception:  # noqa: BLE001 - a copy that cannot be read: the tables can
        return None
    if tuple(mentions.columns) != NAMES or tuple(claims.columns) != CLAIM_NAMES:
        return None
    if mentions.empty:
        return empty_frame(), conform_claims(claims)
    return conform(mentions), conform_claims(claims)


def read_corpus(conn) -> Corpus:
    """The store as the page shows it: from its columnar copy when it is current (ingest
    writes one), else from its tables. Claims are the store's when it holds them up to date
    (ingest consolidates the whole corpus); else they are consolidated here from the mentions."""
    import sqlalchemy as sa

    version = store_version(conn)
    documents = sa.table("documents", sa.column("doc_hash"))
    hashes = frozenset(str(h) for h in conn.execute(sa.select(documents.c.doc_hash)).scalars() if h is not None)
    copy = read_frames(conn, version)
    if copy is not None:
        mentions, claims = copy
    else:
        mentions = read_mentions(conn)
        claims = read_claims(conn)
        if (claims.empty or read_meta(conn, CLAIMS_STALE_KEY) == "1") and not mentions.empty:
            claims = consolidate.claims_of(mentions)
    return Corpus(mentions=mentions, claims=claims, documents=version.documents, hashes=hashes, version=version)


def write_frames(conn, mentions: pd.DataFrame, claims: pd.DataFrame) -> None:
    """The columnar copy of `mentions` and `claims` (tracker.store.frames), stamped with the
    store as it is now: call it in the transaction that wrote them, after the last change."""
    import sqlalchemy as sa

    table = sa.Table(
        frames.TABLE, sa.MetaData(),
        sa.Column("name", sa.Text, primary_key=True), sa.Column("stamp", sa.Text), sa.Column("data", sa.LargeBinary),
    )
    table.create(conn, checkfirst=True)
    now = store_version(conn).key
    conn.execute(sa.delete(table).where(table.c.name.in_(frames.FRAME_NAMES)))
    conn.execute(sa.insert(table), [
        {"name": frames.MENTIONS_FRAME, "stamp": now, "data": frames.encode(mentions)},
        {"name": frames.CLAIMS_FRAME, "stamp": now, "data": frames.encode(claims)},
    ])


# --- writing: the articles a visitor added, only when the operator allows it -----------------


def doc_hash(document: Document) -> str:
    """A document's content hash: the same text (white space aside) gives the same hash,
    as `tracker ingest` keys it."""
    from ..store.ingest import doc_hash as item_hash  # here: tracker.store.ingest brings the engine

    return item_hash(document)


def _iso(value) -> str | None:
    if value is None or (not isinstance(value, str) and pd.isna(value)):
        return None
    return pd.Timestamp(value).date().isoformat()


def mention_rows(frame: pd.DataFrame, hash_of: dict[str, str]) -> pd.DataFrame:
    """Figures in the schema as rows of the mentions table: dates as ISO-8601 text, the
    document's hash in front."""
    out = frame.reindex(columns=list(NAMES)).copy()
    for column in ("date", "period_start", "published"):
        out[column] = out[column].map(_iso, na_action="ignore").astype(object)
    out = out.astype(object).where(out.notna(), None)
    out.insert(0, "doc_hash", out["document"].map(hash_of))
    return out


def claim_rows(claims: pd.DataFrame) -> pd.DataFrame:
    out = claims.reindex(columns=list(CLAIM_NAMES)).copy()
    for column in ("date", "first_reported", "last_reported"):
        out[column] = out[column].map(_iso, na_action="ignore").astype(object)
    return out.astype(object).where(out.notna(), None)


def add_documents(
    engine, items: Iterable[tuple[Document, Sequence[Figure]]], *, now: dt.datetime | None = None
) -> Added:
    """Write documents and their figures to the store in one transaction, skipping those it
    already holds (same content hash), then consolidate the claims of the whole store
    again, so that the claims table stays the claims of its mentions. Each is stored as
    `ingest` stores a document (status "ok", the store's engine version, and its text,
    compressed, where the table keeps texts), so a later ingest with a new engine
    re-extracts it like the others."""
    import sqlalchemy as sa

    from ..store.ingest import compress, document_fields

    items = list(items)
    stamp = (now or dt.datetime.now(dt.timezone.utc)).isoformat(timespec="seconds")
    with engine.begin() as conn:
        documents = sa.table("documents", sa.column("doc_hash"))
        hashes = [doc_hash(d) for d, _ in items]
        stored = set(
            conn.execute(sa.select(documents.c.doc_hash).where(documents.c.doc_hash.in_(hashes))).scalars()
        ) if hashes else set()
        new = [(h, d, f) for h, (d, f) in zip(hashes, items) if h not in stored]
        new = list({h: (h, d, f) for h, d, f in new}.values())  # one text given twice counts once
        if not new:
            return Added(0, 0, len(items))
        engine_version = read_meta(conn, ENGINE_KEY)
        columns = {c["name"] for c in sa.inspect(conn).get_columns("documents")}
        rows = pd.DataFrame(
            [
                {
                    "doc_hash": h, "document": d.id, "url": d.url, "title": d.title, "outlet": d.outlet,
                    "published": _iso(d.published), "engine_version": engine_version, "status": OK,
                    "figures": len(f), "ingested_at": stamp,
                    "text": compress(d.text), "fields": document_fields(d),
                }
                for h, d, f in new
            ],
            columns=list(DOCUMENT_NAMES),
        )
        rows[[c for c in rows.columns if c in columns]].to_sql("documents", conn, if_exists="append", index=False)
        figures = to_frame(f for _, _, found in new for f in found)
        mentions = mention_rows(figures, {d.id: h for h, d, _ in new})
        mentions.to_sql("mentions", conn, if_exists="append", index=False)
        stored = read_mentions(conn)
        claims = consolidate.claims_of(stored)
        if sa.inspect(conn).has_table("claims"):
            conn.execute(sa.delete(sa.table("claims")))
        claim_rows(claims).to_sql("claims", conn, if_exists="append", index=False)
        if sa.inspect(conn).has_table("meta"):
            _put_meta(conn, CLAIMS_STALE_KEY, "0")
        write_frames(conn, stored, claims)
    return Added(len(new), len(mentions), len(items) - len(new))
