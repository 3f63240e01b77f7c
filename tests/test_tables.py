"""Tables between pipes: a two-cell row of a label and its value reads as a labelled row,
in place (the text the engine reads is as long as the text given), and is quoted as written."""

from __future__ import annotations

import pytest

from tracker import extract
from tracker.extraction.tables import as_rows

KEY_FIGURES = """Key figures, 5 June 2024

| Indicator | Figure |
|---|---|
| People killed | 1,245 |
| People injured | more than 3,400 |
| People displaced | 250,000 |
| Houses destroyed | 12,000 |
"""

TABLES = [
    # a key-figures table, heading and rule line included
    (KEY_FIGURES, [("killed", 1_245, "exact", "people"), ("injured", 3_400, "at_least", "people"),
                   ("displaced", 250_000, "exact", "people"), ("housing_destroyed", 12_000, "exact", "houses")]),
    # rows without the outer pipes are no rows of ours: prose with a pipe is left as it is
    ("Floods in Sindh | 1,245 killed, officials say", [("killed", 1_245, "exact", "people")]),
    # a label that is no indicator gives nothing
    ("| Schools closed | 1,245 |\n| Roads cut | 30 |\n", []),
    # a table of several value columns is left as it is: its headings are not beside its values
    ("| Province | Deaths | Injured |\n|---|---|---|\n| Sindh | 512 | 1,020 |\n| Punjab | 207 | 330 |\n", []),
]


@pytest.mark.parametrize("text, expected", TABLES, ids=[t[:30] for t, _ in TABLES])
def test_rows_between_pipes(text: str, expected: list) -> None:
    got = [(f.indicator, f.value, f.qualifier, f.unit) for f in extract(text, published="2024-06-10")]
    assert got == expected


def test_a_row_is_read_in_place_and_quoted_as_written() -> None:
    read = as_rows(KEY_FIGURES)
    assert len(read) == len(KEY_FIGURES)
    assert "People killed:  1,245" in read and "|---|" not in read
    assert all(a == b for a, b in zip(read, KEY_FIGURES) if a not in ": " and b != "|" and b != "-")
    for f in extract(KEY_FIGURES, published="2024-06-10"):
        assert KEY_FIGURES[f.quote_start:f.quote_start + len(f.quote)] == f.quote
        assert "|" in f.quote


def test_a_text_without_rows_is_given_back_unchanged() -> None:
    text = "Floods killed 12 people | Reuters"
    assert as_rows(text) is text
