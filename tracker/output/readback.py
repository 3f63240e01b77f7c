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

from .schema import COLUMNS, conform

# Columns a figures file must have for its rows to be consolidated.
REQUIRED: tuple[str, ...] = ("indicator", "value")
READ_FORMATS: tuple[str, ...] = ("csv", "hxl", "jsonl", "json")
SUFFIX_FORMATS: dict[str, str] = {".csv": "csv", ".jsonl": "jsonl", ".ndjson": "jsonl", ".json": "json"}
HXL_TAG_MARK = "#"  # the second row of an HXL file holds hashtags
EXAMPLES_SHOWN = 3  # row numbers named in a problem line


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
    try:
        raw = _read(path, fmt)
    except FileNotFoundError:
        raise FiguresFileError(f"{path}: no such file") from None
    except (OSError, UnicodeDecodeError, ValueError, pd.errors.ParserError) as exc:
        raise FiguresFileError(f"{path}: not a {fmt} figures file ({type(exc).__name__}: {exc})") from None
    missing = [c for c in REQUIRED if c not in raw.columns]
    if missing:
        raise FiguresFileError(f"{path}: no {', '.join(missing)} column: is it the output of tracker extract?")
    problems: list[str] = []
    raw = raw.reset_index(drop=True)
    first_line = 3 if fmt == "hxl" else 2  # the row number a reader sees in a CSV file
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
                            f"({_where(lost, fmt, first_line)})")
    extra = [c for c in raw.columns if c not in {col.name for col in COLUMNS}]
    frame = conform(raw)
    for name in extra:
        frame[name] = raw[name].astype("string") if raw[name].dtype == object else raw[name]
    unusable = frame["indicator"].isna() | frame["value"].isna()
    if unusable.any():
        problems.append(f"{path}: {int(unusable.sum()):,} rows with no indicator or value left out "
                        f"({_where(unusable, fmt, first_line)})")
        frame = frame[~unusable]
    return ReadBack(frame=frame, rows=len(raw), problems=tuple(problems))


def _sniff(path: Path) -> str:
    fmt = SUFFIX_FORMATS.get(path.suffix.lower(), "csv")
    if fmt != "csv":
        return fmt
    try:
        with path.open(encoding="utf-8", newline="") as file:
            file.readline()
            second = file.readline()
    except (OSError, UnicodeDecodeError):
        return fmt  # the reader says what is wrong
    return "hxl" if second.lstrip().startswith(HXL_TAG_MARK) else fmt


def _read(path: Path, fmt: str) -> pd.DataFrame:
    if fmt in ("csv", "hxl"):
        return pd.read_csv(
            path, dtype=str, keep_default_na=False, na_values=[""], skiprows=[1] if fmt == "hxl" else None,
            encoding="utf-8",
        )
    if fmt == "jsonl":
        return pd.read_json(path, lines=True, dtype=False, convert_dates=False, encoding="utf-8")
    if fmt == "json":
        records = json.loads(path.read_text(encoding="utf-8"))
        if not isinstance(records, list):
            raise ValueError("a JSON figures file holds one array of figures")
        return pd.DataFrame.from_records(records)
    raise ValueError(f"unknown format {fmt!r}: choose one of {', '.join(READ_FORMATS)}")


def _integers(column: pd.Series) -> pd.Series:
    numbers = pd.to_numeric(column, errors="coerce")
    whole = numbers.notna() & (numbers == numbers.round())
    return numbers.where(whole).astype("Float64").astype("Int64")


def _where(mask: pd.Series, fmt: str, first_line: int) -> str:
    rows = mask[mask].index[:EXAMPLES_SHOWN]
    if fmt in ("csv", "hxl", "jsonl"):
        label = "line" if len(rows) == 1 else "lines"
        offset = first_line if fmt != "jsonl" else 1
        return f"{label} {', '.join(str(r + offset) for r in rows)}{'...' if mask.sum() > len(rows) else ''}"
    return f"element {', '.join(str(r) for r in rows)}{'...' if mask.sum() > len(rows) else ''}"
