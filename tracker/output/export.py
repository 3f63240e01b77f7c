"""Figures out to files: CSV, JSON Lines, JSON and HXL-tagged CSV, all from the one schema.

Every writer streams: it takes the figures one at a time and writes each row as it
comes, so a run over a large corpus never holds all its figures in memory (the `json`
format writes one array, element by element). The same formats are made from a tidy
frame for the dashboard's downloads by `frame_bytes`, with identical columns and cells.

Cells: dates are ISO `YYYY-MM-DD`, a missing value is an empty CSV cell or JSON `null`.
"""

from __future__ import annotations

import contextlib
import csv
import io
import json
import os
import stat
import tempfile
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

if TYPE_CHECKING:  # frames only come from callers that have pandas loaded already
    import pandas as pd

from ..records import Figure
from .schema import COLUMNS, INDICATOR_HXL, NAMES, Column, conform, json_row

FORMATS: tuple[str, ...] = ("csv", "jsonl", "json", "hxl")
# Formats that are no text, written to files (or a byte stream): Parquet, through pyarrow
# (tracker.output.parquet, an optional extra).
BINARY_FORMATS: tuple[str, ...] = ("parquet",)
OUTPUT_FORMATS: tuple[str, ...] = FORMATS + BINARY_FORMATS

# File name endings that imply a format when the user gives none (`-o figures.jsonl`).
SUFFIX_FORMATS: dict[str, str] = {
    ".csv": "csv", ".jsonl": "jsonl", ".ndjson": "jsonl", ".json": "json", ".parquet": "parquet",
}

# Lines end in "\n" in every format, as pandas and most Unix tools expect.
LINE_END = "\n"

# Characters that JSON leaves as they are but that some readers take for line breaks
# (Python's str.splitlines, JavaScript before ES2019): escaped so a JSON Lines record
# copied from an article's text always stays on one line.
JSON_LINE_BREAKS = str.maketrans({"\x85": "\\u0085", "\u2028": "\\u2028", "\u2029": "\\u2029"})

# In the HXL export one column per indicator comes before `value`, since an HXL hashtag
# names what a whole column counts: a figure's count in people (its `people`, which for
# households and families is the estimate) sits in its indicator's column, so that
# "#affected+idps" never holds 900 families read as 900 people. `value`, as written in its
# `unit`, follows under a #meta tag.
HXL_NAMES: tuple[str, ...] = tuple(
    part for name in NAMES for part in ((*INDICATOR_HXL, name) if name == "value" else (name,))
)
INDICATOR_AT, VALUE_AT, QUOTE_AT = NAMES.index("indicator"), NAMES.index("value"), NAMES.index("quote")
PEOPLE_AT = NAMES.index("people")
HXL_TAGS: tuple[str, ...] = tuple(
    tag for c in COLUMNS for tag in ((*INDICATOR_HXL.values(), c.hxl) if c.name == "value" else (c.hxl,))
)

# What a spreadsheet (Excel, LibreOffice, Google Sheets) takes for the start of a formula
# in a cell of a CSV file it opens. A text cell that starts with one of them (an id, a quote,
# a title, an outlet, a source: all come from the articles) gets a leading apostrophe in
# the CSV and HXL formats, as OWASP recommends against CSV injection, so that it shows as
# text and never runs. Numbers are written as numbers; JSON and JSON Lines stay exact.
FORMULA_STARTS: tuple[str, ...] = ("=", "+", "-", "@", "\t", "\r")
FORMULA_ESCAPE = "'"

# One figure as JSON-ready values (those of schema.json_row: str, int or None), in the
# order of schema.NAMES. Tuples, not dicts, so that CSV rows go to the csv module as they are.
Row = tuple[Any, ...]


def format_for(path: str | os.PathLike[str], default: str = "csv") -> str:
    """The format a file name implies (`.jsonl` -> jsonl), else `default`."""
    return SUFFIX_FORMATS.get(Path(path).suffix.lower(), default)


def ending_problem(path: str | os.PathLike[str]) -> str | None:
    """Why `-o path` cannot say which format to write, or None: a name ending in a format
    the tracker does not write ("x.parquet", "x.xlsx") would get CSV under a name that
    promises something else. A name without an ending gets CSV."""
    suffix = Path(path).suffix.lower()
    if not suffix or suffix in SUFFIX_FORMATS:
        return None
    endings = ", ".join(SUFFIX_FORMATS)
    return (
        f"the tracker does not write {suffix!r} files ({os.fspath(path)!r}): end the name in {endings}, "
        f"or say what to write with --format {'|'.join(OUTPUT_FORMATS)}"
    )


def unavailable(fmt: str) -> str | None:
    """Why format `fmt` cannot be written here (an optional library missing), or None:
    asked before a run starts, so that it does not end on an import error."""
    if fmt not in BINARY_FORMATS:
        return None
    from . import parquet

    try:
        parquet.pyarrow()
    except parquet.ParquetUnavailable as exc:
        return str(exc)
    return None


def write(figures: Iterable[Figure], fmt: str, out: TextIO) -> int:
    """Write `figures` to `out` in format `fmt`, one row at a time; return rows written.
    Parquet goes to the byte stream under `out` (`sys.stdout.buffer`)."""
    rows = (tuple(json_row(f).values()) for f in figures)
    if fmt in BINARY_FORMATS:
        return write_binary(rows, out)
    return write_rows(rows, fmt, out)


def write_binary(rows: Iterable[Row], out: TextIO, columns: tuple[Column, ...] = COLUMNS) -> int:
    """Parquet to the byte stream of a text stream; built in memory first, since Parquet's
    writer needs a file it can tell its place in (a pipe cannot): `-o FILE` streams."""
    from . import parquet

    buffer = io.BytesIO()
    count = parquet.write_rows(rows, buffer, columns)
    out.flush()
    out.buffer.write(buffer.getvalue())
    out.buffer.flush()
    return count


def write_rows_file(
    rows: Iterable[Row], fmt: str, path: str | os.PathLike[str], columns: tuple[Column, ...] = COLUMNS
) -> int:
    """Rows in any output format to `path`, atomically."""
    if fmt in BINARY_FORMATS:
        from . import parquet

        with AtomicFile(path, binary=True) as out:
            return parquet.write_rows(rows, out, columns)
    return atomic_write(path, lambda out: write_rows(rows, fmt, out, columns))


def write_file(figures: Iterable[Figure], fmt: str, path: str | os.PathLike[str]) -> int:
    """Write `figures` to `path` atomically; return rows written.

    The rows go to a temporary file in the same folder, which replaces `path` only once
    every row is written and flushed to disk. A run that fails or is interrupted half-way
    leaves no file, or the previous file untouched, never a truncated one.
    """
    if fmt in BINARY_FORMATS:
        return write_rows_file((tuple(json_row(f).values()) for f in figures), fmt, path)
    return atomic_write(path, lambda out: write(figures, fmt, out))


def frame_bytes(frame: pd.DataFrame, fmt: str, columns: tuple[Column, ...] = COLUMNS) -> bytes:
    """The tidy frame in format `fmt`, as UTF-8 bytes (the dashboard's downloads).
    `columns`: the figures' schema, or schema.CLAIM_COLUMNS for a claims frame."""
    buffer = io.StringIO()
    write_rows(frame_rows(frame, columns), fmt, buffer, columns)
    return buffer.getvalue().encode("utf-8")


def write_frame_file(
    frame: pd.DataFrame, fmt: str, path: str | os.PathLike[str], columns: tuple[Column, ...] = COLUMNS
) -> int:
    """Write a frame (figures, or claims with schema.CLAIM_COLUMNS) to `path` atomically."""
    return write_rows_file(frame_rows(frame, columns), fmt, path, columns)


def write_rows(rows: Iterable[Row], fmt: str, out: TextIO, columns: tuple[Column, ...] = COLUMNS) -> int:
    """Write JSON-ready rows in format `fmt`; return how many were written."""
    writers: dict[str, Callable[[Iterable[Row], TextIO], int]] = {
        "csv": _write_csv,
        "jsonl": _write_jsonl,
        "json": _write_json,
        "hxl": _write_hxl,
    }
    if fmt not in writers:
        raise ValueError(f"unknown format {fmt!r}: choose one of {', '.join(FORMATS)}")
    if columns is COLUMNS:
        return writers[fmt](rows, out)
    return _TableWriter(columns).write(rows, fmt, out)


def frame_rows(frame: pd.DataFrame, columns: tuple[Column, ...] = COLUMNS) -> Iterator[Row]:
    """Rows of a tidy frame, with the values `schema.json_row` gives for the same figure."""
    frame = conform(frame, columns)
    values = [_column_values(frame[c.name], c.dtype) for c in columns]
    return zip(*values, strict=True)


class _TableWriter:
    """The same four formats for another table of the schema module (the claims): its
    own column names; in HXL, the count in people spread over one column per indicator
    before `value`, as for figures."""

    def __init__(self, columns: tuple[Column, ...]) -> None:
        self.names = tuple(c.name for c in columns)
        self.hxl_names = tuple(p for n in self.names for p in ((*INDICATOR_HXL, n) if n == "value" else (n,)))
        self.hxl_tags = tuple(
            t for c in columns for t in ((*INDICATOR_HXL.values(), c.hxl) if c.name == "value" else (c.hxl,))
        )

    def write(self, rows: Iterable[Row], fmt: str, out: TextIO) -> int:
        if fmt == "json":
            return _write_json(rows, out, self.names)
        if fmt == "jsonl":
            return _write_jsonl(rows, out, self.names)
        writer = csv.writer(out, lineterminator=LINE_END)
        if fmt == "csv":
            writer.writerow(self.names)
            return _write_all(writer, rows)
        writer.writerow(self.hxl_names)
        writer.writerow(self.hxl_tags)
        at = {name: self.names.index(name) for name in ("indicator", "value", "people", "quote")}
        return _write_all(writer, (_spread(row, at) for row in rows))


def _write_all(writer: Any, rows: Iterable[Row]) -> int:
    count = 0
    for row in rows:
        writer.writerow(row)
        count += 1
    return count


def _spread(row: Row, at: dict[str, int]) -> Row:
    indicator = row[at["indicator"]]
    if indicator not in INDICATOR_HXL:
        raise ValueError(f"row with unknown indicator {indicator!r} has no HXL column: {row[at['quote']]!r}")
    count = row[at["people"]] if row[at["people"]] is not None else row[at["value"]]
    cells = tuple(count if key == indicator else None for key in INDICATOR_HXL)
    return row[: at["value"]] + cells + row[at["value"] :]


def atomic_write(path: str | os.PathLike[str], fill: Callable[[TextIO], int]) -> int:
    """Call `fill` on a temporary text file beside `path`, then move it onto `path`."""
    with AtomicFile(path) as out:
        return fill(out)


class AtomicFile:
    """A text file that appears at `path` only once complete: `commit()` moves it there.

    The text goes to a temporary file in the same folder (created at once, so a path
    that cannot be written fails before any work is done). `commit()` flushes it to
    disk and renames it onto `path`; `discard()`, or leaving a `with` block on an
    exception, deletes it and leaves any previous file at `path` untouched.

    A link is followed: its target is the file written, and the link stays. A path that
    is no regular file (`/dev/null`, `/dev/stdout`, a named pipe) is written through,
    as it is: renaming onto it would replace the device or pipe with a file.

    The temporary file's name, ".NAME.PID.xxxx.part", says which process writes it: one
    left by a run that was killed (`kill -9`, a power cut) is removed by the next run
    that writes the same NAME in the same folder, once that process is gone.
    """

    def __init__(self, path: str | os.PathLike[str], *, binary: bool = False) -> None:
        self.target = Path(os.path.realpath(path)) if os.path.islink(path) else Path(path)
        self.temp: str | None = None
        text = {} if binary else {"encoding": "utf-8", "newline": ""}
        mode = "wb" if binary else "w"
        if _is_special(self.target):
            self.file: TextIO = open(self.target, mode, **text)  # noqa: SIM115
            return
        sweep_stale(self.target)
        fd, self.temp = tempfile.mkstemp(prefix=_temp_prefix(self.target), suffix=TEMP_SUFFIX, dir=self.target.parent)
        try:
            self.file = os.fdopen(fd, mode, **text)
        except BaseException:
            os.close(fd)
            Path(self.temp).unlink(missing_ok=True)
            raise

    def commit(self) -> None:
        if self.temp is None:  # written through: nothing to move
            self.file.close()
            return
        try:
            self.file.flush()
            os.fsync(self.file.fileno())
            self.file.close()
            os.chmod(self.temp, _mode_for(self.target))
            os.replace(self.temp, self.target)
        except BaseException:
            self.discard()
            raise

    def discard(self) -> None:
        with contextlib.suppress(OSError):  # a full disk: the error that led here is the one to see
            self.file.close()
        if self.temp is not None:
            Path(self.temp).unlink(missing_ok=True)

    def __enter__(self) -> TextIO:
        return self.file

    def __exit__(self, kind: type[BaseException] | None, *_: object) -> None:
        if kind is None:
            self.commit()
        else:
            self.discard()


TEMP_SUFFIX = ".part"


def _temp_prefix(target: Path) -> str:
    return f".{target.name}.{os.getpid()}."


def _is_special(target: Path) -> bool:
    """The path exists and is no regular file or folder: a device, a pipe, a socket."""
    try:
        mode = target.stat().st_mode
    except OSError:
        return False
    return not (stat.S_ISREG(mode) or stat.S_ISDIR(mode))


def sweep_stale(target: Path) -> list[Path]:
    """Remove the temporary files of `target` that runs which no longer exist left behind
    (".NAME.PID.xxxx.part" whose PID is gone); return them. Another live run's file stays."""
    removed: list[Path] = []
    prefix = f".{target.name}."
    try:
        entries = list(os.scandir(target.parent))
    except OSError:
        return removed
    for entry in entries:
        name = entry.name
        if not (name.startswith(prefix) and name.endswith(TEMP_SUFFIX)):
            continue
        pid = name[len(prefix) :].split(".", 1)[0]
        if not pid.isdigit() or _running(int(pid)) or not entry.is_file(follow_symlinks=False):
            continue
        with contextlib.suppress(OSError):
            os.unlink(entry.path)
            removed.append(Path(entry.path))
    return removed


def _running(pid: int) -> bool:
    if pid == os.getpid() or os.name == "nt":  # Windows' os.kill(pid, 0) would end the process
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:  # alive, owned by someone else (PermissionError)
        return True
    return True


def _mode_for(target: Path) -> int:
    """Keep an existing file's permissions; a new file gets the usual 0o666 less umask."""
    try:
        return target.stat().st_mode & 0o777
    except FileNotFoundError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


def _column_values(series: pd.Series, dtype: str) -> list[Any]:
    """One schema column as a list of JSON-ready values, missing values as None."""
    known = series.notna()
    if dtype.startswith("datetime"):
        series = series.dt.strftime("%Y-%m-%d")
    return series.astype(object).where(known, None).tolist()


def _write_csv(rows: Iterable[Row], out: TextIO) -> int:
    writer = _SpreadsheetWriter(out)
    writer.writerow(NAMES)
    count = 0
    for row in rows:  # the csv module writes None as an empty cell
        writer.writerow(row)
        count += 1
    return count


def _write_hxl(rows: Iterable[Row], out: TextIO) -> int:
    writer = _SpreadsheetWriter(out)
    writer.writerow(HXL_NAMES)
    writer.writerow(HXL_TAGS)
    count = 0
    for row in rows:
        writer.writerow(_hxl_cells(row))
        count += 1
    return count


class _SpreadsheetWriter:
    """CSV rows that a spreadsheet opens as they are: a cell that would start a formula is
    escaped, and a row with a carriage return in a cell has every cell quoted (the csv
    module quotes only the line end it writes, "\n": a bare "\r" left unquoted would split
    the row in two for any reader)."""

    def __init__(self, out: TextIO) -> None:
        self._plain = csv.writer(out, lineterminator=LINE_END)
        self._quoted = csv.writer(out, lineterminator=LINE_END, quoting=csv.QUOTE_ALL)

    def writerow(self, row: Row) -> None:
        row = _spreadsheet_safe(row)
        if any(isinstance(cell, str) and "\r" in cell for cell in row):
            self._quoted.writerow(row)
        else:
            self._plain.writerow(row)


def spreadsheet_cell(cell: Any) -> Any:
    """A CSV cell that no spreadsheet runs: text that starts a formula gets an apostrophe."""
    if isinstance(cell, str) and cell.startswith(FORMULA_STARTS):
        return FORMULA_ESCAPE + cell
    return cell


def _spreadsheet_safe(row: Row) -> Row:
    """The row with every text cell that a spreadsheet would run as a formula escaped."""
    if not any(isinstance(cell, str) and cell.startswith(FORMULA_STARTS) for cell in row):
        return row
    return tuple(spreadsheet_cell(cell) for cell in row)


def _hxl_cells(row: Row) -> Row:
    indicator = row[INDICATOR_AT]
    if indicator not in INDICATOR_HXL:
        raise ValueError(f"figure with unknown indicator {indicator!r} has no HXL column: {row[QUOTE_AT]!r}")
    count = row[PEOPLE_AT] if row[PEOPLE_AT] is not None else row[VALUE_AT]
    spread = tuple(count if key == indicator else None for key in INDICATOR_HXL)
    return row[:VALUE_AT] + spread + row[VALUE_AT:]


def _json(row: Row, names: tuple[str, ...] = NAMES) -> str:
    return json.dumps(dict(zip(names, row)), ensure_ascii=False).translate(JSON_LINE_BREAKS)


def _write_jsonl(rows: Iterable[Row], out: TextIO, names: tuple[str, ...] = NAMES) -> int:
    count = 0
    for row in rows:
        out.write(_json(row, names) + LINE_END)
        count += 1
    return count


def _write_json(rows: Iterable[Row], out: TextIO, names: tuple[str, ...] = NAMES) -> int:
    """One JSON array, written element by element."""
    count = 0
    out.write("[")
    for row in rows:
        out.write(("," if count else "") + LINE_END + _json(row, names))
        count += 1
    out.write((LINE_END if count else "") + "]" + LINE_END)
    return count
