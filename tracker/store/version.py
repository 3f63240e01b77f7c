"""Fingerprints of the code and data that decide what the store holds.

The *engine version* is a hash of every file the extraction reads its rules and words
from: the extraction and provenance code, the lexicon, the gazetteer data and the records
module. Two installs with the same files have the same version, wherever they live; an edit
to any of them (a new trigger word in a lexicon CSV, a rule) gives a new one, and the next
`tracker ingest` re-extracts every stored document from its stored text.

The *reader version* is the same for tracker/read (how files become documents): with the
bytes of an input and the reading options it keys the `sources` table, which lets an
unchanged input be skipped without being parsed again.

Each is computed once per process, from about 2 MB of files (a few milliseconds).
"""

from __future__ import annotations

import functools
import hashlib
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent
# Paths (relative to the package) whose files make the engine's output.
ENGINE_PARTS: tuple[str, ...] = ("extraction", "provenance", "lexicon", "data", "records.py")
READER_PARTS: tuple[str, ...] = ("read",)
# File endings that count: code and data, not caches or notes.
ENDINGS: frozenset[str] = frozenset({".py", ".csv", ".json", ".txt", ".tsv"})
DIGITS = 16


@functools.cache
def engine_version() -> str:
    """Hex fingerprint of the extraction's code, lexicon and data."""
    return fingerprint(ENGINE_PARTS)


@functools.cache
def reader_version() -> str:
    """Hex fingerprint of the document readers' code."""
    return fingerprint(READER_PARTS)


def fingerprint(parts: tuple[str, ...], root: Path = PACKAGE) -> str:
    """A hash of the names and bytes of every code or data file under `parts`, in name order."""
    digest = hashlib.blake2b(digest_size=DIGITS // 2)
    for path in sorted(_files(parts, root)):
        digest.update(path.relative_to(root).as_posix().encode() + b"\0")
        digest.update(path.read_bytes() + b"\0")
    return digest.hexdigest()


def _files(parts: tuple[str, ...], root: Path) -> list[Path]:
    found: list[Path] = []
    for part in parts:
        path = root / part
        if path.is_file():
            found.append(path)
        elif path.is_dir():
            found.extend(p for p in path.rglob("*") if p.is_file() and p.suffix in ENDINGS and "__pycache__" not in p.parts)
    return found
