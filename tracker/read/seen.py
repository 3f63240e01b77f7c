"""What a run has read so far, to find repeated articles and keep document ids apart.

Each document leaves a 16-byte hash of its text and its id. The newest `IN_MEMORY` of
them are kept in memory (the dashboard and small runs never go further); then they move,
a batch at a time, into a private SQLite database in a temporary file, read through a
page cache of `CACHE_KIB`. A run over millions of documents finds every duplicate in
memory that does not grow.

The file is made with `tempfile` (TMPDIR, then the system's folders, then the current
one) and removed when the run ends, or at once where the system allows. If no folder can
take it, or it fills up, the run goes on with what was seen in memory from then on, as it
did before the database (about 0.2 kB a document), and says so once (a RuntimeWarning).
Only a database that can no longer be read stops the run, with a DuplicateStoreError
naming the folder.
"""

from __future__ import annotations

import hashlib
import os
import sqlite3
import tempfile
import warnings

from ..records import Document

# Documents whose hash and id stay in memory before they move to the database: about 0.4 MB.
IN_MEMORY = 2_000
# The database's page cache, in KiB: what the database may hold in memory.
CACHE_KIB = 1024

_SCHEMA = (
    "PRAGMA journal_mode = MEMORY",  # a private scratch file: a failed batch rolls back in memory
    "PRAGMA synchronous = OFF",  # nothing to recover after a crash
    "CREATE TABLE texts (key BLOB PRIMARY KEY, id BLOB) WITHOUT ROWID",
    "CREATE TABLE ids (id BLOB PRIMARY KEY) WITHOUT ROWID",
)


class DuplicateStoreError(RuntimeError):
    """The temporary database that finds duplicates can no longer be read."""


class SeenStore:
    """The texts and ids seen over a whole run (see the module docstring);
    `tracker.read.documents.SeenTexts` adds the rule that turns them into duplicates and new ids.
    Close it (or use it in a `with`) to remove its file."""

    __slots__ = ("_texts", "_ids", "_db", "_path", "_cache_kib", "_in_memory", "_spill")

    def __init__(self, *, in_memory: int | None = None, cache_kib: int = CACHE_KIB) -> None:
        self._texts: dict[bytes, str] = {}  # hash of the text -> first id, not yet in the database
        self._ids: set[str] = set()  # ids not yet in the database
        self._db: sqlite3.Connection | None = None
        self._path: str | None = None  # the database's file, while it still has a name
        self._cache_kib = cache_kib
        self._in_memory = max(1, IN_MEMORY if in_memory is None else in_memory)
        self._spill = True  # False once the database could not take a batch

    def first_with(self, text: str) -> str | None:
        """The id of the first document read with this text (white space aside), if any."""
        key = text_key(text)
        first = self._texts.get(key)
        if first is None and self._db is not None:
            row = self._read("SELECT id FROM texts WHERE key = ?", key)
            first = None if row is None else _from_blob(row[0])
        return first

    def taken(self, id: str) -> bool:
        """True if an earlier document has this id."""
        if id in self._ids:
            return True
        return self._db is not None and self._read("SELECT 1 FROM ids WHERE id = ?", _to_blob(id)) is not None

    def add(self, doc: Document) -> None:
        """Remember a document read (its id must be free: see `taken`)."""
        self._texts[text_key(doc.text)] = doc.id
        self._ids.add(doc.id)
        if self._spill and len(self._ids) >= self._in_memory:
            self._move_to_database()

    def free_id(self, id: str) -> str:
        """`id` with the first "#2", "#3" ... that no document has yet."""
        number = 2
        while self.taken(f"{id}#{number}"):
            number += 1
        return f"{id}#{number}"

    def close(self) -> None:
        """Forget what was seen and remove the database's file."""
        if self._db is not None:
            self._db.close()
            self._db = None
        self._remove_file()

    def __enter__(self) -> SeenStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _move_to_database(self) -> None:
        try:
            if self._db is None:
                self._db = self._open()
            db = self._db
            db.execute("BEGIN")
            try:
                db.executemany("INSERT INTO ids VALUES (?)", [(_to_blob(id),) for id in self._ids])
                db.executemany("INSERT INTO texts VALUES (?, ?)", [(k, _to_blob(i)) for k, i in self._texts.items()])
                db.execute("COMMIT")
            except sqlite3.Error:
                if db.in_transaction:  # SQLite ends some failed transactions itself ("disk full")
                    db.execute("ROLLBACK")
                raise
        except (OSError, sqlite3.Error) as exc:
            self._spill = False  # what it holds stays readable; the rest stays in memory
            if self._db is None:
                self._remove_file()
            warnings.warn(
                f"finding duplicates: the temporary database in {tempfile.gettempdir()} failed"
                f" ({exc}); what is read from now on is kept in memory, about 0.2 kB a document",
                RuntimeWarning,
                stacklevel=2,
            )
            return
        self._texts.clear()
        self._ids.clear()

    def _open(self) -> sqlite3.Connection:
        fd, path = tempfile.mkstemp(prefix="tracker-seen-", suffix=".sqlite")
        os.close(fd)
        self._path = path
        db = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
        try:
            db.execute(f"PRAGMA cache_size = -{int(self._cache_kib)}")
            for statement in _SCHEMA:
                db.execute(statement)
        except sqlite3.Error:
            db.close()
            raise
        self._remove_file()  # the open database keeps it; where the system refuses, close() does
        return db

    def _remove_file(self) -> None:
        if self._path is not None:
            try:
                os.unlink(self._path)
                self._path = None
            except OSError:
                pass

    def _read(self, sql: str, value: bytes) -> tuple | None:
        try:
            return self._db.execute(sql, (value,)).fetchone()
        except sqlite3.Error as exc:
            raise DuplicateStoreError(
                f"finding duplicates: the temporary database in {tempfile.gettempdir()} can no longer be read"
                f" ({exc}); give it room there, or set TMPDIR to a folder with room"
            ) from exc


def text_key(text: str) -> bytes:
    """A hash of a text that ignores differences in white space."""
    normal = " ".join(text.split()).encode("utf-8", "surrogatepass")
    return hashlib.blake2b(normal, digest_size=16).digest()


def _to_blob(id: str) -> bytes:
    # ids made from file names may hold lone surrogates (undecodable bytes), which SQLite's
    # text type refuses; as bytes they round-trip
    return id.encode("utf-8", "surrogatepass")


def _from_blob(blob: bytes) -> str:
    return blob.decode("utf-8", "surrogatepass")
