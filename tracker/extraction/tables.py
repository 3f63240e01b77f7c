"""Tables of figures written as rows of cells between pipes, as web pages give them once their
main text is taken out (trafilatura writes an HTML table so) and as Markdown writes them:

    | People killed | 1,245 |
    | Houses destroyed | 12,000 |

A row whose first cell is a label and whose second cell holds the value reads as a labelled
row of a key-figures box ("People killed: 1,245"), which the engine reads already. The text
the engine reads is the same length as the text given, every character of the cells in its
place: only the pipes and the spaces around them change, so a figure's offsets and its
quote are those of the text given.

A table of several columns of values ("| Sindh | 512 | 1,020 |" under "| Province | Deaths |
Injured |") cannot be read in place: what each value counts is in its column's heading. Its
rows are read as lines of their own, each value with its heading and its row's first cell
("Deaths: 512 (Sindh)", `column_rows`), and each figure is placed back where its value
stands, quoting its row; the prose around the table is read without the table's lines.
"""

from __future__ import annotations

import re
from typing import NamedTuple

import regex

from .. import lexicon
from .numbers import SCALES, SHORT_SCALES
from .sentences import LIST_MARKS
from .text import alternation, phrases

# A row: a line opening and closing on a pipe.
ROW = re.compile(r"^[^\S\n]*\|[^\n]*\|[^\S\n]*$", re.MULTILINE)
# The line under a table's heading: "|---|:---:|".
RULE = re.compile(r"[\s|:\-]*")
# A cell that is a number alone: "200", "1,245".
BARE_VALUE = re.compile(r"\d[\d,.]*")
LINE = re.compile(r"^[^\n]*", re.MULTILINE)
# The value cell: a number, with words around it allowed ("more than 1,245", "1.2 million").
VALUE = re.compile(r"[^|\n]*\d[^|\n]*")


def as_rows(text: str) -> str:
    """`text` with each two-cell row between pipes written as a labelled row ("| People killed
    | 1,245 |" -> "  People killed:  1,245  "), the line under a heading blanked; the same
    length, and `text` itself when it holds no such row."""
    if "|" not in text:
        return text
    chars: list[str] | None = None
    for m in ROW.finditer(text):
        row = m.group()
        if RULE.fullmatch(row):
            chars = chars if chars is not None else list(text)
            chars[m.start() : m.end()] = " " * len(row)
            continue
        cells = _cells(text, m.start(), m.end())
        if len(cells) != 2:
            continue
        (a, b), (c, d) = cells
        if a == b or any(ch.isdigit() for ch in text[a:b]) or not VALUE.fullmatch(text, c, d):
            continue
        chars = chars if chars is not None else list(text)
        middle = text.index("|", b)
        chars[text.index("|", m.start())] = " "
        chars[b : middle + 1] = ":" + " " * (middle - b)  # the label's end, then its colon
        chars[text.rindex("|", m.start(), m.end())] = " "
    return text if chars is None else "".join(chars)


class Row(NamedTuple):
    """A row of a table of several value columns, written as lines the engine reads ("Deaths:
    512 (Sindh)"), and where each value stands in the text given: (start in `lines`,
    length, start in the text given)."""

    lines: str
    start: int  # the row's line in the text given
    end: int
    values: tuple[tuple[int, int, int], ...]

    def given(self, pos: int) -> int | None:
        """Where the character at `pos` of `lines` stands in the text given; None outside a value."""
        for at, length, there in self.values:
            if at <= pos <= at + length:
                return there + pos - at
        return None


def column_tables(text: str) -> tuple[list[Row], str]:
    """The rows of the tables of several value columns (`column_rows`) and of the lists by
    place on lines of their own (`listed_rows`), and `text` with every line of those rows
    blanked (the same length): the engine reads the rows as lines of their own, and the prose
    around them without them."""
    rows, lines = column_rows(text)
    listed, items = listed_rows(text)
    if listed:
        rows, lines = rows + listed, lines + items
    if not lines:
        return rows, text
    chars = list(text)
    for a, b in lines:
        chars[a:b] = " " * (b - a)
    return rows, "".join(chars)


def column_rows(text: str) -> tuple[list[Row], list[tuple[int, int]]]:
    """The rows of every table of three cells or more under a heading of words, its cells
    between pipes ("| Province | Deaths | Injured |", or "Province | Deaths | Injured") or apart by runs of spaces or tabs, as a
    PDF's text layer lays a table out ("Province    Deaths    Injured"): each value with its
    column's heading, then its row's first cell ("Deaths: 512 (Sindh)", "Killed: 20 (5
    June)"), which says where or when; a first cell that is a number alone is a value of its
    own column. A table laid out in spaces is one only from its first row of values on: prose
    a damaged feed spaces out ("around 200,000  people  have  fled") is none."""
    rows: list[Row] = []
    spans: list[tuple[int, int]] = []  # the lines of these tables: heading, rule and rows
    piped, spaced = "|" in text, "  " in text or "\t" in text
    if not piped and not spaced:
        return rows, spans
    heading: list[str] | None = None
    pending: tuple[int, int] | None = None  # a spaced heading's line, until a row of values follows it
    width = 0
    for m in LINE.finditer(text):
        line = m.group()
        if piped and ROW.fullmatch(line):
            if RULE.fullmatch(line):
                if heading is not None:
                    spans.append(m.span())
                continue
            cells, in_spaces = _cells(text, m.start(), m.end()), False
        elif piped and (cells := _barred_cells(text, m.start(), m.end())):
            in_spaces = False  # "Province | Deaths | Injured": pipes between the cells only
        elif spaced and (cells := _spaced_cells(text, m.start(), m.end())):
            in_spaces = True
        else:
            heading = pending = None
            continue
        if heading is None or (pending is not None and len(cells) != width):
            words = [text[a:b] for a, b in cells]
            heading = pending = None
            if len(cells) >= 3 and not any(ch.isdigit() for w in words[1:] for ch in w):
                if not in_spaces:
                    heading, width = words, len(cells)
                    spans.append(m.span())
                elif all(len(w.split()) <= HEADING_WORDS for w in words):
                    heading, width, pending = words, len(cells), m.span()
            continue
        if len(cells) != width:
            continue
        if any(":" in text[a:b] for a, b in cells):
            heading = pending = None  # labelled cells of their own ("People killed: 60 | ..."): no row of the table above
            continue
        if in_spaces and not all(VALUE.fullmatch(text, a, b) or text[a:b] in NO_VALUE for a, b in cells[1:]):
            heading = pending = None  # prose spaced out, not a row of values
            continue
        if pending is not None:
            spans.append(pending)
            pending = None
        spans.append(m.span())
        label = text[cells[0][0] : cells[0][1]]
        first = 1  # the first cell names the row ("Sindh", "5 June") ...
        if BARE_VALUE.fullmatch(label):
            first, label = 0, ""  # ... unless it is a value of its own column: "| 200 | 500 |" under "| Killed | Injured |"
        tail = f" ({label})" if label else ""
        lines, values = [], []
        at = 0
        for (a, b), title in zip(cells[first:], heading[first:]):
            if a == b or not VALUE.fullmatch(text, a, b) or not title:
                continue
            head = f"{title}: "
            values.append((at + len(head), b - a, a))
            lines.append(head + text[a:b] + tail)
            at += len(lines[-1]) + 1
        if lines:
            rows.append(Row("\n".join(lines), m.start(), m.end(), tuple(values)))
    return rows, spans


NO_VALUE: frozenset[str] = frozenset({"-", "–", "—", "n/a", "N/A", "..."})  # an empty cell of a row of values
HEADING_WORDS = 5  # words a column's heading holds at most: more is prose
# What parts the cells of a line laid out in columns: a tab, or two spaces or more.
COLUMN_GAP = re.compile(r"\t[ \t]*|[ ]{2,}[ \t]*")


def _spaced_cells(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The cells of the line text[start:end] laid out in columns: the text between its gaps
    (`COLUMN_GAP`), each (start, end); no cells (an empty list) for a line of fewer than three."""
    line_start = start
    while line_start < end and text[line_start] in " \t":
        line_start += 1
    line_end = end
    while line_end > line_start and text[line_end - 1] in " \t":
        line_end -= 1
    if line_end <= line_start or COLUMN_GAP.search(text, line_start, line_end) is None:
        return []
    cells = []
    at = line_start
    for gap in COLUMN_GAP.finditer(text, line_start, line_end):
        cells.append((at, gap.start()))
        at = gap.end()
    cells.append((at, line_end))
    return cells if len(cells) >= 3 else []


def _barred_cells(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The cells of the line text[start:end] whose cells are parted by pipes with none at its
    ends ("Hatay | 20,917 | 18,114"), each (start, end) without the spaces around; no cells
    for a line of fewer than three."""
    if text.count("|", start, end) < 2:
        return []
    cells = []
    at = start
    while True:
        bar = text.find("|", at, end)
        cells.append(_trimmed(text, at, end if bar < 0 else bar))
        if bar < 0:
            break
        at = bar + 1
    return cells if cells[0][0] < cells[0][1] and cells[-1][0] < cells[-1][1] else []


def _cells(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The cells of the row text[start:end], each (start, end) of its text without the spaces around."""
    first = text.index("|", start, end)
    last = text.rindex("|", start, end)
    cells = []
    at = first + 1
    while at <= last:
        bar = text.index("|", at, end)
        cells.append(_trimmed(text, at, bar))
        at = bar + 1
    return cells


def _trimmed(text: str, a: int, b: int) -> tuple[int, int]:
    """text[a:b] without the white space around it, as (start, end)."""
    while a < b and text[a].isspace():
        a += 1
    while b > a and text[b - 1].isspace():
        b -= 1
    return a, b


# A list by place on lines of its own under its heading, as situation reports lay it out:
#
#     Deaths by district (as of 20 August)
#     Dadu: 22
#     - Sanghar – 14
#
# The heading holds "by" and a kind of place (place_words.csv place kinds)
# and ends its line with no sentence's end; each line after it is a capitalised name and a
# number, nothing else. Each item is read as an item of the same list written on one line
# ("Deaths by district (as of 20 August): Dadu: 22"), which the engine reads already (the list
# by place rule: the heading says what is counted, its date and its source), and placed back
# where its value stands, quoting the heading down to its line. A row of the list's total
# ("Total: 45", words.csv running total nouns) ends it: it is no place's count, and the prose
# reads it as a line of its own.
PLACE_KINDS: frozenset[str] = lexicon.word_set("place kinds", file="place_words")
TOTAL_NAMES: frozenset[str] = lexicon.word_set("running total nouns")
HEADING_LONGEST = 160  # characters a list's heading holds at most: more is prose
# "by" and a place kind ("by district", "by province"): one scan of the text for them all.
BY_A_KIND = re.compile(rf"by[ ](?:{alternation('place kinds', file='place_words')})\b")  # (a literal first: a fast scan)
LISTED_ITEM = regex.compile(
    rf"[^\S\n]*(?:[{LIST_MARKS}][^\S\n]+)?"
    r"(?P<name>\p{Lu}[\p{L}'’.-]*(?:[^\S\n]+\p{Lu}[\p{L}'’.-]*){0,3})"
    r"[^\S\n]*(?::|[–—-]|\t)?[^\S\n]*"
    rf"(?P<value>\d[\d,.]*(?:(?:{phrases(SHORT_SCALES)})\b|[^\S\n]+(?:{phrases(SCALES)})\b)?)"
    r"[^\S\n]*[;,.]?[^\S\n]*"
)


def listed_rows(text: str) -> tuple[list[Row], list[tuple[int, int]]]:
    """The items of every list by place laid out on lines of their own under its heading, each
    a `Row` read as "HEADING: NAME: VALUE"; and the items' lines (the heading stays in the prose)."""
    rows: list[Row] = []
    spans: list[tuple[int, int]] = []
    if "\n" not in text:
        return rows, spans
    line = 0
    for by in BY_A_KIND.finditer(text):
        if by.start() < line:
            continue  # (inside the rows of the list before)
        heading = _list_heading(text, by.start())
        if heading is None:
            continue
        start, end = heading
        head = text[start:end].rstrip().rstrip(":").rstrip()
        line = end + 1
        while line < len(text):
            stop = text.find("\n", line)
            stop = len(text) if stop < 0 else stop
            item = LISTED_ITEM.fullmatch(text, line, stop)
            if item is None or not TOTAL_NAMES.isdisjoint(item.group("name").lower().split()):
                break
            written = f"{head}: {item.group('name')}: "
            value = item.group("value")
            rows.append(Row(written + value, start, stop, ((len(written), len(value), item.start("value")),)))
            spans.append((line, stop))
            line = stop + 1
    return rows, spans


def _list_heading(text: str, at: int) -> tuple[int, int] | None:
    """The line (start, end) of a list's heading whose "by" and place kind stand at `at`
    ("Deaths by district"), or None: "by" is a word, and the line goes on to its end, short
    and with no sentence's end."""
    if at > 0 and (text[at - 1].isalnum() or text[at - 1] in "-'’"):
        return None
    start, end = text.rfind("\n", 0, at) + 1, text.find("\n", at)
    if end < 0 or end - start > HEADING_LONGEST or text[start:end].rstrip().endswith((".", "!", "?")):
        return None
    return start, end
