"""Figures files back into the tidy frame: what `tracker extract` wrote, in any of its
formats (CSV, CSV with HXL hashtags, JSON Lines, JSON), for `tracker consolidate`.

A cell that cannot be read (a number that is no number, a date that is no date) becomes
empty and is counted in a one-line problem; a row with no indicator or no value cannot
be consolidated, and is left out with a problem that says how many and where.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from .export import FORMATS, format_for
from .schema import COLUMNS, conform

# Columns a figures file must have for its rows to be consolidated.
REQUIRED: tuple[str, ...] = ("indicator", "value")
READ_FORMATS: tuple[str, ...] = FORMATS  # every format tracker extract writes is read back
HXL_TAG_MARK = "#"  # the second row of an HXL file holds hashtags
EXAMPLES_SHOWN = 3  # row numbers named in a problem line
LINE = "__line__"  # a row's line in the file, kept when some lines were left out


class FiguresFileError(ValueError):
    """The file cannot be read as figures at all (one line: what and where)."""


@dataclass(frozen=True, slots=True)
class ReadBack:
    frame: pd.DataFrame  # the figures, in the schema (extra columns such as source_org kept)
    rows: int  # rows in the file
    problems: tuple[str, ...] = ()  # one line each: cells emptied, rows left out


def read_figures(path: str | os.PathLike[str], fmt: str | None = None) -> ReadBack:
    """The figures of a file `tracker extract` wrote; the format from `fmt`, else the
    suffix (a .csv whose second row holds hashtags is HXL)."""
    path = Path(path)
    fmt = fmt or _sniff(path)
    skipped: list[int] = []  # lines of the file that are no row (a broken JSON line, a ragged CSV row)
    try:
        raw = _read(path, fmt, skipped)
    except FileNotFoundError:
        raise FiguresFileError(f"{path}: no such file") from None
    except (OSError, UnicodeDecodeError, ValueError, pd.errors.ParserError) as exc:
        raise FiguresFileError(f"{path}: not a {fmt} figures file ({type(exc).__name__}: {exc})") from None
    missing = [c for c in REQUIRED if c not in raw.columns]
    if missing:
        raise FiguresFileError(f"{path}: no {', '.join(missing)} column: is it the output of tracker extract?")
    problems: list[str] = []
    if skipped:
        shown = ", ".join(map(str, skipped[:EXAMPLES_SHOWN])) + ("..." if len(skipped) > EXAMPLES_SHOWN else "")
        problems.append(f"{path}: {len(skipped):,} lines that are no figure left out (line {shown})")
    raw = raw.reset_index(drop=True)
    first_line = 3 if fmt == "hxl" else 2  # the row number a reader sees in a CSV file
    lines = raw[LINE] if LINE in raw else None
    for column in COLUMNS:
        if column.name not in raw:
            continue
        given = raw[column.name].notna() & raw[column.name].astype("string").str.strip().ne("")
        if column.dtype == "Int64":
            raw[column.name] = _integers(raw[column.name])
        elif column.dtype.startswith("datetime"):
            raw[column.name] = pd.to_datetime(raw[column.name], errors="coerce", format="ISO8601")
        else:
            continue
        lost = given & raw[column.name].isna()
        if lost.any():
            problems.append(f"{path}: {int(lost.sum()):,} unreadable {column.name} cells left empty "
                            f"({_where(lost, fmt, first_line, lines)})")
    extra = [c for c in raw.columns if c not in {col.name for col in COLUMNS} | {LINE}]
    frame = conform(raw)
    for name in extra:
        frame[name] = raw[name].astype("string") if raw[name].dtype == object else raw[name]
    unusable = frame["indicator"].isna() | frame["value"].isna()
    if unusable.any():
        problems.append(f"{path}: {int(unusable.sum()):,} rows with no indicator or value left out "
                        f"({_where(unusable, fmt, first_line, lines)})")
        frame = frame[~unusable]
    return ReadBack(frame=frame, rows=len(raw), problems=tuple(problems))


def _sniff(path: Path) -> str:
    fmt = format_for(path)
    if fmt != "csv":
        return fmt
    try:
        with path.open(encoding="utf-8", newline="") as file:
            file.readline()
            second = file.readline()
    except (OSError, UnicodeDecodeError):
        return fmt  # the reader says what is wrong
    return "hxl" if second.lstrip().startswith(HXL_TAG_MARK) else fmt


def _read(path: Path, fmt: str, skipped: list[int]) -> pd.DataFrame:
    """The file's rows as a frame of strings and numbers. A file with broken lines is read
    again on the slow path, which leaves them out and notes their line numbers in `skipped`."""
    if fmt in ("csv", "hxl"):
        options = dict(dtype=str, keep_default_na=False, na_values=[""], encoding="utf-8",
                       skiprows=[1] if fmt == "hxl" else None)
        try:
            return pd.read_csv(path, **options)
        except pd.errors.ParserError:
            return _read_ragged_csv(path, options, skipped)
    if fmt == "jsonl":
        try:
            return pd.read_json(path, lines=True, dtype=False, convert_dates=False, encoding="utf-8")
        except ValueError:
            return _read_broken_jsonl(path, skipped)
    if fmt == "json":
        records = json.loads(path.read_text(encoding="utf-8"))
        if not isinstance(records, list):
            raise ValueError("a JSON figures file holds one array of figures")
        return pd.DataFrame.from_records(records)
    raise ValueError(f"unknown format {fmt!r}: choose one of {', '.join(READ_FORMATS)}")


def _read_ragged_csv(path: Path, options: dict, skipped: list[int]) -> pd.DataFrame:
    """A CSV file with rows of more cells than its header: those rows are left out."""
    import csv

    frame = pd.read_csv(path, engine="python", on_bad_lines="skip", **options)
    first = 3 if options["skiprows"] else 2
    kept: list[int] = []
    with path.open(encoding="utf-8", newline="") as file:
        reader = csv.reader(file)
        width = 0
        for number, record in enumerate(reader, start=1):
            if number == 1:
                width = len(record)
            elif number >= first and record:
                (skipped if len(record) > width else kept).append(reader.line_num)
    if len(kept) == len(frame):
        frame[LINE] = kept
    return frame


def _read_broken_jsonl(path: Path, skipped: list[int]) -> pd.DataFrame:
    records = []
    with path.open(encoding="utf-8") as file:
        for number, line in enumerate(file, start=1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except json.JSONDecodeError:
                skipped.append(number)
                continue
            if isinstance(record, dict):
                records.append({**record, LINE: number})
            else:
                skipped.append(number)
    return pd.DataFrame.from_records(records)


def _integers(column: pd.Series) -> pd.Series:
    numbers = pd.to_numeric(column, errors="coerce")
    whole = numbers.notna() & (numbers == numbers.round())
    return numbers.where(whole).astype("Float64").astype("Int64")


def _where(mask: pd.Series, fmt: str, first_line: int, lines: pd.Series | None = None) -> str:
    rows = mask[mask].index[:EXAMPLES_SHOWN]
    more = "..." if mask.sum() > len(rows) else ""
    if fmt == "json":
        return f"element {', '.join(str(r) for r in rows)}{more}"
    offset = first_line if fmt != "jsonl" else 1
    numbers = [int(lines[r]) if lines is not None else r + offset for r in rows]
    return f"{'line' if len(rows) == 1 else 'lines'} {', '.join(map(str, numbers))}{more}"
