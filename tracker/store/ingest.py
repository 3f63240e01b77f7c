"""`tracker ingest`: documents into a store that grows run after run (docs/store.md).

An ingest reads its inputs as `tracker extract` does (tracker.read), and for each one:

- a file read whole before, with the same name and bytes, by the same reader with the
  same options, is not read again (the `sources` table): its documents count as already stored;
- a document whose text (white space aside: `tracker.read.seen.text_key`) is stored
  already is not extracted again;
- a new document is extracted and stored with its mentions, its compressed text and the
  engine version; an input that cannot be read is stored as a row whose status says why.

Before that, every stored document extracted by another engine version (the code, the
lexicon or the data changed: tracker.store.version) is extracted again from its stored text.
Writes go in batches of about `BATCH_CHARS` characters, one transaction each: a batch is
in the store whole or not at all, so an interrupted ingest loses nothing committed and
never leaves a document without its mentions. The claims are rebuilt from all mentions
at the end (and at the next ingest, if that was interrupted), with the columnar copy of
mentions and claims the dashboard reads (tracker.store.frames).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import json
import os
import sqlite3
import zlib
from collections.abc import Callable, Iterable, Iterator, Sequence, ValuesView
from dataclasses import dataclass, field

from ..extraction.limits import MAX_BYTES
from ..output.report import RunReport
from ..output.schema import json_row
from ..read.documents import InputFile, Skipped, input_files, read_files
from ..read.seen import text_key
from ..records import Document, Figure
from ..scale import jobs
from . import frames
from . import tables as t
from .open import StoreError, immediate, set_meta
from .version import engine_version, reader_version

Item = Document | Skipped
Outcome = tuple[Item, list[Figure]]
Engine = Callable[[Iterable[Item]], Iterator[Outcome]]

# Characters of document text written in one transaction.
BATCH_CHARS: int = jobs.BATCH_CHARS
# Items looked up in the store at once (one SELECT ... IN each).
LOOKUP_ITEMS: int = 500
# Skip kinds that may not happen again (a file locked, an engine error): an input path
# with such a skip is never remembered as read whole, so the next run tries it again.
RETRIED_KINDS: frozenset[str] = frozenset({"unreadable", "failed"})
READ_CHUNK: int = 1 << 20


@dataclass(frozen=True, slots=True)
class IngestResult:
    """What one ingest did, and what the store holds after it."""

    new: int  # documents stored by this run
    stored: int  # documents read that the store held already
    reextracted: int  # stored documents extracted again by a new engine
    skipped: int  # inputs not read (each has a row whose status says why)
    figures: int  # mentions written by this run (new and re-extracted documents)
    documents: int  # documents in the store
    mentions: int
    claims: int
    skip_lines: tuple[str, ...] = ()  # the reasons, grouped as `tracker extract` lists them

    def line(self) -> str:
        return (
            f"Ingest: {self.new:,} new, {self.stored:,} already stored, {self.reextracted:,} re-extracted, "
            f"{self.skipped:,} skipped; {self.figures:,} figures written. The store holds "
            f"{self.documents:,} documents, {self.mentions:,} mentions, {self.claims:,} claims."
        )


@dataclass(slots=True)
class _Tally:
    """Counts of one run (the only mutable record here; IngestResult is its frozen result)."""

    new: int = 0
    stored: int = 0
    reextracted: int = 0
    figures: int = 0
    report: RunReport = field(default_factory=lambda: RunReport(keep_entries=False))
    # The file each document sent to extraction came from, until it is committed: a file
    # with a document the engine failed on is not remembered as read whole.
    file_of: dict[str, _FileTally] = field(default_factory=dict)


def serial_engine(items: Iterable[Item]) -> Iterator[Outcome]:
    return jobs.extract_serial(items)


def parallel_engine(workers: int) -> Engine:
    return lambda items: jobs.extract_parallel(items, jobs=workers)


def ingest(
    con: sqlite3.Connection,
    paths: Sequence[str | os.PathLike],
    *,
    max_bytes: int = MAX_BYTES,
    default_date: dt.date | None = None,
    outputs: Sequence[str | os.PathLike] = (),
    engine: Engine = serial_engine,
    batch_chars: int = BATCH_CHARS,
    progress: Callable[[int, int, int], None] | None = None,
) -> IngestResult:
    """Ingest `paths` into the open store `con` (see the module docstring). `outputs`: files
    the run writes (the store's own), skipped if found among the inputs. `progress` is told
    (documents, figures, characters) after each batch."""
    tally = _Tally()
    version = engine_version()
    now = dt.datetime.now(dt.timezone.utc).replace(microsecond=0).isoformat()
    for outcomes in _batches(engine(_stale_documents(con, version)), batch_chars):
        _commit(con, outcomes, version, now, tally, replace=True)
        _tell(progress, outcomes)
    set_meta(con, {t.ENGINE_KEY: version})

    files = _UnreadFiles(con, input_files(paths, outputs=outputs), (max_bytes, default_date), tally)
    read = read_files(files, max_bytes=max_bytes, default_date=default_date)
    own = frozenset(os.path.basename(os.fspath(o)) for o in outputs)
    fresh = _fresh(con, read, files.tallies, tally, own)
    for outcomes in _batches(engine(fresh), batch_chars):
        _commit(con, outcomes, version, now, tally, replace=False)
        _tell(progress, outcomes)
    _remember_files(con, files.tallies, now)
    if not rebuild_claims(con):
        refresh_frames(con)
    return _result(con, tally)


@dataclass(slots=True)
class _FileTally:
    """What one file not read before gave in this run."""

    key: str  # its key in the sources table
    documents: int = 0
    skipped: list[tuple[str, str, str]] = field(default_factory=list)
    whole: bool = True  # no skip that may not happen again


def _fresh(
    con: sqlite3.Connection, items: Iterable[tuple[InputFile | None, Item]], files: dict[InputFile, _FileTally],
    tally: _Tally, own: frozenset[str],
) -> Iterator[Item]:
    """The items to extract and store: new documents and skipped inputs. Documents already
    stored are counted, looked up LOOKUP_ITEMS at a time."""
    chunk: list[tuple[InputFile | None, Item]] = []
    for entry in items:
        chunk.append(entry)
        if len(chunk) >= LOOKUP_ITEMS:
            yield from _fresh_chunk(con, chunk, files, tally, own)
            chunk = []
    yield from _fresh_chunk(con, chunk, files, tally, own)


def _fresh_chunk(
    con: sqlite3.Connection, chunk: list[tuple[InputFile | None, Item]], files: dict[InputFile, _FileTally],
    tally: _Tally, own: frozenset[str],
) -> Iterator[Item]:
    hashes = [doc_hash(item) for _, item in chunk]
    stored = _existing(con, [h for h, (_, item) in zip(hashes, chunk) if isinstance(item, Document)])
    for h, (entry, item) in zip(hashes, chunk):
        source = files.get(entry) if entry is not None else None
        if isinstance(item, Skipped) and _own_file(item, own):
            continue  # the store itself, found among the inputs: not an input
        if isinstance(item, Skipped):
            if source is not None:
                source.skipped.append((item.source, item.reason, item.kind))
                source.whole = source.whole and item.kind not in RETRIED_KINDS
            yield item
            continue
        if source is not None:
            source.documents += 1
        if h in stored:
            tally.stored += 1
        else:
            if source is not None:
                tally.file_of[item.id] = source
            yield item


def _own_file(item: Skipped, own: frozenset[str]) -> bool:
    """The reader skipped one of `outputs` (the store's files) as the run's own output."""
    return item.kind == "unsupported" and "own output" in item.reason and os.path.basename(item.source) in own


def _existing(con: sqlite3.Connection, hashes: list[str]) -> set[str]:
    if not hashes:
        return set()
    marks = ", ".join("?" * len(hashes))
    rows = con.execute(f"SELECT doc_hash FROM {t.DOCUMENTS} WHERE doc_hash IN ({marks})", hashes)
    return {h for (h,) in rows}


def doc_hash(item: Item) -> str:
    """A document's key in the store: the hash of its text, white space aside (the run's own
    duplicate rule). A skipped input's: of its name and reason."""
    if isinstance(item, Document):
        return text_key(item.text).hex()
    key = f"{item.source}\x1f{item.reason}".encode("utf-8", "surrogatepass")
    return "skipped:" + hashlib.blake2b(key, digest_size=16).hexdigest()


# --- stored documents a new engine extracts again -------------------------------------------


def _stale_documents(con: sqlite3.Connection, version: str) -> Iterator[Document]:
    """Stored documents extracted by another engine version, in the order they were stored,
    read a page at a time (rows are updated as the run goes)."""
    last = 0
    page = 200
    while True:
        rows = con.execute(
            f"SELECT rowid, document, url, title, outlet, published, text, fields FROM {t.DOCUMENTS}"
            " WHERE text IS NOT NULL AND (engine_version IS NULL OR engine_version != ?) AND rowid > ?"
            " ORDER BY rowid LIMIT ?",
            (version, last, page),
        ).fetchall()
        if not rows:
            return
        for rowid, document, url, title, outlet, published, text, fields in rows:
            yield stored_document(
                {"id": document, "text": decompress(text), "title": title, "url": url, "outlet": outlet,
                 "published": dt.date.fromisoformat(published) if published else None},
                fields,
            )
        last = rows[-1][0]


# Document fields with columns of their own (or, for warnings, not read by the extraction).
COLUMN_FIELDS: frozenset[str] = frozenset({"id", "text", "published", "title", "url", "outlet", "warnings"})


def document_fields(doc: Document) -> str | None:
    """The document's other fields that differ from their defaults, as JSON (None if none):
    whatever a reader adds to Document for the extraction (a PDF's page starts) is stored
    without a column of its own, and given back to the engine on re-extraction."""
    extra = {
        f.name: getattr(doc, f.name)
        for f in dataclasses.fields(doc)
        if f.name not in COLUMN_FIELDS and getattr(doc, f.name) != f.default
    }
    return json.dumps(extra, ensure_ascii=False, default=str) if extra else None


def stored_document(columns: dict[str, object], fields: str | None, kind: type[Document] = Document) -> Document:
    """A Document of type `kind` again, from its columns and `document_fields`' JSON (lists
    become tuples, as records hold them); a field `kind` no longer has is left out."""
    known = {f.name for f in dataclasses.fields(kind)}
    extra = {k: tuple(v) if isinstance(v, list) else v for k, v in json.loads(fields or "{}").items() if k in known}
    return kind(**columns, **extra)


def compress(text: str) -> bytes:
    return zlib.compress(text.encode("utf-8", "surrogatepass"), 6)


def decompress(blob: bytes) -> str:
    return zlib.decompress(blob).decode("utf-8", "surrogatepass")


# --- writing ----------------------------------------------------------------------------------


def _batches(outcomes: Iterable[Outcome], batch_chars: int) -> Iterator[list[Outcome]]:
    batch: list[Outcome] = []
    size = 0
    for outcome in outcomes:
        batch.append(outcome)
        if isinstance(outcome[0], Document):
            size += len(outcome[0].text)
        if size >= batch_chars or len(batch) >= jobs.BATCH_ITEMS:
            yield batch
            batch, size = [], 0
    if batch:
        yield batch


MENTION_INSERT = t.insert_sql(t.MENTIONS, t.MENTION_NAMES)
TEXT_AT = t.DOCUMENT_NAMES.index("text")
DOCUMENT_INSERT = t.insert_sql(t.DOCUMENTS, t.DOCUMENT_NAMES).replace("INSERT", "INSERT OR IGNORE", 1)


def _commit(
    con: sqlite3.Connection, outcomes: list[Outcome], version: str, now: str, tally: _Tally, *, replace: bool
) -> None:
    """One batch in one transaction. `replace`: the documents are stored ones, extracted
    again: their mentions are replaced and their rows updated."""
    documents, mentions, updates, dropped, failed = [], [], [], [], []
    for item, figures in outcomes:
        source = tally.file_of.pop(item.id if isinstance(item, Document) else item.source, None)
        if isinstance(item, Skipped):
            tally.report.skip(item)
            if source is not None and item.kind in RETRIED_KINDS:
                source.whole = False
            if replace:  # the new engine failed on a stored document: its text stays for the next one
                failed.append((item.source, version, item.reason))
            else:
                documents.append((doc_hash(item), item.source, None, None, None, None, None, item.reason, 0, now,
                              None, None))
            continue
        h = doc_hash(item)
        tally.report.add(item, figures)
        tally.figures += len(figures)
        mentions.extend((h, *_row(f)) for f in figures)
        if replace:
            tally.reextracted += 1
            dropped.append((h,))
            updates.append((version, t.OK, len(figures), h))
        else:
            tally.new += 1
            published = item.published.isoformat() if item.published else None
            documents.append((h, item.id, item.url, item.title, item.outlet, published, version, t.OK,
                              len(figures), now, compress(item.text), document_fields(item)))
    with immediate(con):
        con.executemany(f"DELETE FROM {t.MENTIONS} WHERE doc_hash = ?", dropped)
        # A failed outcome keeps only the document's id: its stored row not yet extracted by
        # this version is marked with the reason (and tried again by the next version).
        con.executemany(
            f"DELETE FROM {t.MENTIONS} WHERE doc_hash IN (SELECT doc_hash FROM {t.DOCUMENTS}"
            " WHERE document = ? AND text IS NOT NULL AND engine_version IS NOT ?)", [f[:2] for f in failed])
        con.executemany(
            f"UPDATE {t.DOCUMENTS} SET engine_version = ?2, status = ?3, figures = 0"
            " WHERE document = ?1 AND text IS NOT NULL AND engine_version IS NOT ?2",
            failed)
        # A name stored now drops the rows that said why it was skipped before (an engine
        # failure since retried, a file that was empty): each name's latest outcome stays.
        con.executemany(f"DELETE FROM {t.DOCUMENTS} WHERE document = ? AND text IS NULL",
                        [(row[1],) for row in documents if row[TEXT_AT] is not None])
        con.executemany(DOCUMENT_INSERT, documents)
        con.executemany(
            f"UPDATE {t.DOCUMENTS} SET engine_version = ?, status = ?, figures = ? WHERE doc_hash = ?", updates
        )
        con.executemany(MENTION_INSERT, mentions)
        if mentions or dropped or failed:
            _stale_claims(con)


def _row(figure: Figure) -> ValuesView:
    """The figure's column values, in the mentions table's order (unpacked into its row)."""
    return json_row(figure).values()


def _stale_claims(con: sqlite3.Connection) -> None:
    con.execute(f"INSERT OR REPLACE INTO {t.META} VALUES (?, '1')", (t.CLAIMS_STALE_KEY,))


def rebuild_claims(con: sqlite3.Connection) -> bool:
    """Consolidate all mentions into the claims table, if mentions changed since the last
    time (the flag is set in the same transaction as the change), and write the columnar
    copy of both for the dashboard (tracker.store.frames). True if rebuilt."""
    row = con.execute(f"SELECT value FROM {t.META} WHERE key = ?", (t.CLAIMS_STALE_KEY,)).fetchone()
    if row is None or row[0] != "1":
        return False
    from .. import consolidate
    from ..output.export import frame_rows
    from ..output.schema import CLAIM_COLUMNS
    from .read import read_mentions

    with immediate(con):  # read and written in one transaction: the copy is of what was read
        mentions = read_mentions(con)
        claims = consolidate.claims_of(mentions)
        con.execute(f"DELETE FROM {t.CLAIMS}")
        con.executemany(t.insert_sql(t.CLAIMS, t.CLAIM_NAMES), list(frame_rows(claims, CLAIM_COLUMNS)))
        con.execute(f"INSERT OR REPLACE INTO {t.META} VALUES (?, '0')", (t.CLAIMS_STALE_KEY,))
        frames.write(con, mentions, claims)
    return True


def refresh_frames(con: sqlite3.Connection) -> bool:
    """Write the columnar copy of the mentions and claims when the store holds none of them
    as they are now (a store written before the copy existed, or by another program).
    True if written."""
    if frames.is_current(con):
        return False
    from .read import read_claims, read_mentions

    with immediate(con):
        frames.write(con, read_mentions(con), read_claims(con))
    return True


# --- input paths read whole -------------------------------------------------------------------


class _UnreadFiles:
    """The input files not read whole before, as an iterable for `read_files`; a file read
    before (the `sources` table has its key) counts its documents as stored and its skips
    as skipped, and is left out. `tallies` collects what each file left in gives."""

    def __init__(self, con: sqlite3.Connection, entries: Iterable[InputFile | Skipped], options: tuple,
                 tally: _Tally) -> None:
        self.con, self.entries, self.options, self.tally = con, entries, options, tally
        self.tallies: dict[InputFile, _FileTally] = {}

    def __iter__(self) -> Iterator[InputFile | Skipped]:
        for entry in self.entries:
            if isinstance(entry, Skipped):
                yield entry
                continue
            key = file_key(entry, self.options)
            row = None if key is None else self.con.execute(
                f"SELECT documents, skipped FROM {t.SOURCES} WHERE source_hash = ?", (key,)).fetchone()
            if row is None:
                if key is not None:
                    self.tallies[entry] = _FileTally(key)
                yield entry
                continue
            self.tally.stored += row[0]
            for source, reason, kind in json.loads(row[1]):
                self.tally.report.skip(Skipped(source, reason, kind))


def file_key(entry: InputFile, options: tuple) -> str | None:
    """A hash of everything that decides what reading a file gives: the reader's version,
    the reading options, the file's name (its documents are named after it) and its bytes.
    None for what is no regular file or cannot be read (the reader says why)."""
    digest = hashlib.blake2b(digest_size=16)
    head = "\x1f".join((reader_version(), *map(str, options), entry.name))
    digest.update(head.encode("utf-8", "surrogatepass") + b"\0")
    try:
        if not os.path.isfile(entry.path):  # a pipe or device is never opened here
            return None
        with open(entry.path, "rb") as fh:
            while chunk := fh.read(READ_CHUNK):
                digest.update(chunk)
    except OSError:
        return None
    return digest.hexdigest()


def _remember_files(con: sqlite3.Connection, files: dict[InputFile, _FileTally], now: str) -> None:
    """Each file read whole, once every item of the run is committed."""
    rows = [(s.key, entry.name, s.documents, json.dumps(s.skipped, ensure_ascii=False), now)
            for entry, s in files.items() if s.whole]
    if not rows:
        return
    with immediate(con):
        con.executemany(f"INSERT OR REPLACE INTO {t.SOURCES} VALUES (?, ?, ?, ?, ?)", rows)


def _tell(progress: Callable[[int, int, int], None] | None, outcomes: list[Outcome]) -> None:
    if progress is None:
        return
    docs = [(item, figures) for item, figures in outcomes if isinstance(item, Document)]
    progress(len(docs), sum(len(f) for _, f in docs), sum(len(d.text) for d, _ in docs))


def _result(con: sqlite3.Connection, tally: _Tally) -> IngestResult:
    def count(sql: str) -> int:
        return int(con.execute(sql).fetchone()[0])

    return IngestResult(
        new=tally.new,
        stored=tally.stored,
        reextracted=tally.reextracted,
        skipped=tally.report.skipped,
        figures=tally.figures,
        documents=count(f"SELECT COUNT(*) FROM {t.DOCUMENTS} WHERE status = '{t.OK}'"),
        mentions=count(f"SELECT COUNT(*) FROM {t.MENTIONS}"),
        claims=count(f"SELECT COUNT(*) FROM {t.CLAIMS}"),
        skip_lines=tuple(tally.report.skip_lines()),
    )


__all__ = ["IngestResult", "StoreError", "ingest", "rebuild_claims", "refresh_frames"]
