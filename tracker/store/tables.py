"""The store's tables, derived from the one schema (tracker.output.schema): every table and
column name lives here, and the figure and claim columns are never retyped.

    documents(doc_hash, document, url, title, outlet, published, engine_version, status,
              figures, ingested_at, text, fields)
    mentions(doc_hash, <schema.COLUMNS in order>)
    claims(<schema.CLAIM_COLUMNS in order>)
    meta(key, value)                     engine_version, schema_version, ...
    sources(source_hash, name, documents, skipped, ingested_at)
    frames(name, stamp, data)            mentions and claims as Parquet (tracker.store.frames)

Types: a schema column of dtype Int64 is an INTEGER, Float64 a REAL, a date (datetime64)
ISO-8601 TEXT (YYYY-MM-DD), a string TEXT. `documents.text` is the document's text,
zlib-compressed UTF-8 (a BLOB), and `documents.fields` any other fields of its Document
(tracker.records) as JSON: kept so that a new engine can re-extract it.
"""

from __future__ import annotations

import hashlib

from ..output.schema import CLAIM_COLUMNS, COLUMNS, Column

DOCUMENTS, MENTIONS, CLAIMS, META, SOURCES = "documents", "mentions", "claims", "meta", "sources"
# The columnar copy of mentions and claims (tracker.store.frames): made on first write, not
# by DDL, so that a store of an earlier version keeps its schema version.
FRAMES = "frames"

# A document's status when it was read and extracted; any other status is the one-line
# reason it was skipped.
OK = "ok"

# meta keys
ENGINE_KEY, SCHEMA_KEY, CLAIMS_STALE_KEY = "engine_version", "schema_version", "claims_stale"

# SQLite type of each schema dtype.
SQL_TYPES: dict[str, str] = {"Int64": "INTEGER", "Float64": "REAL", "string": "TEXT", "datetime64[ns]": "TEXT"}

DOCUMENT_COLUMNS: tuple[tuple[str, str], ...] = (
    ("doc_hash", "TEXT PRIMARY KEY"),
    ("document", "TEXT"),  # the document's id, as Figure.document
    ("url", "TEXT"),
    ("title", "TEXT"),
    ("outlet", "TEXT"),
    ("published", "TEXT"),
    ("engine_version", "TEXT"),  # the engine that extracted its mentions
    ("status", "TEXT"),  # OK, or why it was skipped
    ("figures", "INTEGER"),  # mentions it holds
    ("ingested_at", "TEXT"),  # UTC, ISO-8601
    ("text", "BLOB"),  # zlib-compressed UTF-8; NULL for a skipped input
    ("fields", "TEXT"),  # the document's other fields the extraction reads (a PDF's page starts), as JSON
)
DOCUMENT_NAMES: tuple[str, ...] = tuple(name for name, _ in DOCUMENT_COLUMNS)

MENTION_NAMES: tuple[str, ...] = ("doc_hash", *(c.name for c in COLUMNS))
CLAIM_NAMES: tuple[str, ...] = tuple(c.name for c in CLAIM_COLUMNS)

SOURCE_COLUMNS: tuple[tuple[str, str], ...] = (
    ("source_hash", "TEXT PRIMARY KEY"),  # of the reader, its options and every byte of the input
    ("name", "TEXT"),  # the path as given
    ("documents", "INTEGER"),  # documents read from it
    ("skipped", "TEXT"),  # JSON list of [source, reason, kind] of its inputs not read
    ("ingested_at", "TEXT"),
)


def quoted(name: str) -> str:
    """An identifier as SQL quotes it: `end` and `date` are words of SQL."""
    return '"' + name.replace('"', '""') + '"'


def names_sql(names: tuple[str, ...], table: str | None = None) -> str:
    prefix = f"{quoted(table)}." if table else ""
    return ", ".join(prefix + quoted(n) for n in names)


def _table(name: str, columns: tuple[tuple[str, str], ...]) -> str:
    body = ", ".join(f"{quoted(n)} {t}" for n, t in columns)
    return f"CREATE TABLE IF NOT EXISTS {quoted(name)} ({body})"


def _schema_columns(columns: tuple[Column, ...]) -> tuple[tuple[str, str], ...]:
    return tuple((c.name, SQL_TYPES[c.dtype]) for c in columns)


DDL: tuple[str, ...] = (
    _table(DOCUMENTS, DOCUMENT_COLUMNS),
    _table(MENTIONS, (("doc_hash", "TEXT"), *_schema_columns(COLUMNS))),
    f"CREATE INDEX IF NOT EXISTS mentions_indicator_date ON {quoted(MENTIONS)} (indicator, {quoted('date')})",
    f"CREATE INDEX IF NOT EXISTS mentions_doc_hash ON {quoted(MENTIONS)} (doc_hash)",
    f"CREATE INDEX IF NOT EXISTS documents_document ON {quoted(DOCUMENTS)} (document)",
    _table(CLAIMS, _schema_columns(CLAIM_COLUMNS)),
    _table(META, (("key", "TEXT PRIMARY KEY"), ("value", "TEXT"))),
    _table(SOURCES, SOURCE_COLUMNS),
)
# The tables whose columns follow the schema module: rebuilt (and re-extracted) when it changes
# (the columnar copy is dropped, and written again by the ingest that rebuilds the claims).
DERIVED: tuple[str, ...] = (MENTIONS, CLAIMS, FRAMES)

# Changes whenever a table's columns or types change (schema.COLUMNS, CLAIM_COLUMNS, or here).
SCHEMA_VERSION: str = hashlib.blake2b("\n".join(DDL).encode(), digest_size=8).hexdigest()


def insert_sql(table: str, names: tuple[str, ...]) -> str:
    marks = ", ".join("?" * len(names))
    return f"INSERT INTO {quoted(table)} ({names_sql(names)}) VALUES ({marks})"
