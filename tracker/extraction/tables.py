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
Injured |") is left as it is: what each value counts is in its column's heading, which no
rewriting in place can bring beside it.
"""

from __future__ import annotations

import re

# A row: a line opening and closing on a pipe.
ROW = re.compile(r"^[^\S\n]*\|[^\n]*\|[^\S\n]*$", re.MULTILINE)
# The line under a table's heading: "|---|:---:|".
RULE = re.compile(r"[\s|:\-]*")
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
        cells = row.strip().strip("|").split("|")
        if len(cells) != 2 or not cells[0].strip() or any(ch.isdigit() for ch in cells[0]) or not VALUE.fullmatch(cells[1]):
            continue
        chars = chars if chars is not None else list(text)
        first = text.index("|", m.start())
        middle = text.index("|", first + 1)
        last = text.rindex("|", m.start(), m.end())
        label_end = first + 1 + len(text[first + 1 : middle].rstrip())
        chars[first] = " "
        chars[label_end : middle + 1] = ":" + " " * (middle - label_end)
        chars[last] = " "
    return text if chars is None else "".join(chars)
