"""The tracker's words, as data: one CSV file per kind of word, read once at import.

Every module that needs a word list reads it from here; none keeps a copy of its own. A
user teaches the tracker a word by adding a line to the file that holds its kind (see
README.md in this folder). Lines starting with "#" are comments.

Why CSV: the standard library reads it, any spreadsheet edits it, a change is one line
in a diff, and the tables are flat (a word and a few named columns), which is all CSV
is for. Phrases in `triggers.csv`, `projections.csv` and `blockers.csv` are written in the
small phrase language of `tracker.lexicon.phrases`, never as regex source.
"""

from __future__ import annotations

import csv
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path

FOLDER: Path = Path(__file__).resolve().parent


@cache
def rows(name: str) -> tuple[dict[str, str], ...]:
    """The rows of `name`.csv as dicts of its header's columns (empty cells are "")."""
    return table(FOLDER / f"{name}.csv")


def table(path: Path) -> tuple[dict[str, str], ...]:
    """The rows of the CSV file at `path`, written as the lexicon's files are (a header,
    "#" comments): also read by tools/build_gazetteer.py for its build-time tables."""
    with path.open(encoding="utf-8", newline="") as f:
        lines = [line for line in f if line.strip() and not line.lstrip().startswith("#")]
    reader = csv.DictReader(lines)
    out = []
    for number, row in enumerate(reader, start=2):
        if None in row or any(v is None for v in row.values()):
            raise ValueError(f"{path.name}: row {number} does not have the header's {len(reader.fieldnames)} columns")
        out.append({k: v.strip() for k, v in row.items()})
    return tuple(out)


def column(name: str, col: str, **where: str) -> tuple[str, ...]:
    """The cells of column `col` of `name`.csv, in file order, of the rows whose other
    columns equal `where` ("words", "word", list="prepositions")."""
    return tuple(r[col] for r in _where(name, where))


def mapping(name: str, key: str, value: str, convert: type = str, **where: str) -> dict:
    """{row[key]: convert(row[value])} of `name`.csv, in file order."""
    return {r[key]: convert(r[value]) for r in _where(name, where)}


def groups(name: str, key: str, value: str) -> dict[str, tuple[str, ...]]:
    """{row[key]: the row[value] cells of every row with that key} of `name`.csv, in file
    order: a key with several rows ("casualties" totals killed and injured) has them all."""
    out: dict[str, tuple[str, ...]] = {}
    for r in rows(name):
        out[r[key]] = (*out.get(r[key], ()), r[value])
    return out


def word_set(list_name: str, file: str = "words") -> frozenset[str]:
    """One of the small closed word lists of words.csv (prepositions, time words, ...), or
    of another file of `list,word` rows (attribution.csv, place_words.csv)."""
    found = column(file, "word", list=list_name)
    if not found:
        raise KeyError(f"{file}.csv has no list {list_name!r}")
    return frozenset(found)


def word_list(list_name: str, file: str = "words") -> tuple[str, ...]:
    """A list of words.csv (or of another `list,word` file) in file order (where order
    matters: longest-first alternations are built from it, or it is shown to users)."""
    found = column(file, "word", list=list_name)
    if not found:
        raise KeyError(f"{file}.csv has no list {list_name!r}")
    return found


def _where(name: str, where: dict[str, str]) -> Iterator[dict[str, str]]:
    for r in rows(name):
        if all(r.get(k) == v for k, v in where.items()):
            yield r


@dataclass(frozen=True, slots=True)
class Entry:
    """A phrase of triggers.csv, projections.csv or blockers.csv with its named options."""

    phrase: str
    options: tuple[str, ...]
    group: str = ""  # the indicator of a trigger


def entries(name: str, group_column: str | None = None) -> tuple[Entry, ...]:
    """The phrases of `name`.csv; a phrase "@list" stands for every phrase of that list of
    words.csv, with the row's options."""
    out = []
    for r in rows(name):
        options = tuple(o.strip() for o in r.get("options", "").split(";") if o.strip())
        group = r[group_column] if group_column else ""
        phrase = r["phrase"]
        if phrase.startswith("@"):
            out.extend(Entry(p, options, group) for p in word_list(phrase[1:]))
        else:
            out.append(Entry(phrase, options, group))
    return tuple(out)
