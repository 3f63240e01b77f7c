"""Tables between pipes: a two-cell row of a label and its value reads as a labelled row,
in place (the text the engine reads is as long as the text given), and is quoted as written;
a table of several value columns gives each value with its column's heading and its row's
first cell, quoted by its row."""

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
    # a table of several value columns: each value with its column's heading, placed by its row's first cell
    ("| Province | Deaths | Injured |\n|---|---|---|\n| Sindh | 512 | 1,020 |\n| Punjab | 207 | 330 |\n",
     [("killed", 512, "exact", "people"), ("injured", 1_020, "exact", "people"),
      ("killed", 207, "exact", "people"), ("injured", 330, "exact", "people")]),
    # ... its cells parted by pipes with none at the line's ends, as agency updates paste them
    ("The toll by province on Tuesday:\nProvince | Deaths | Injured\nHatay | 20,917 | 18,114\nAdiyaman | 7,250 | 9,850\n",
     [("killed", 20_917, "exact", "people"), ("injured", 18_114, "exact", "people"),
      ("killed", 7_250, "exact", "people"), ("injured", 9_850, "exact", "people")]),
    # ... and a line of labelled cells after it is no row of it
    ("Province | Deaths | Injured\nHatay | 20,917 | 18,114\nPeople killed: 60 | People injured: 672 | Homes destroyed: 1,250\n",
     [("killed", 60, "exact", "people"), ("injured", 672, "exact", "people"), ("housing_destroyed", 1_250, "exact", "homes"),
      ("killed", 20_917, "exact", "people"), ("injured", 18_114, "exact", "people")]),
    # ... a first cell that is a value of its own column, and one that says when
    ("| Killed | Injured | Displaced |\n|---|---|---|\n| 200 | 500 | 10,000 |\n",
     [("killed", 200, "exact", "people"), ("injured", 500, "exact", "people"), ("displaced", 10_000, "exact", "people")]),
    # ... a column whose heading names no indicator gives nothing, an empty cell nothing
    ("| District | Schools closed | Houses damaged |\n|---|---|---|\n| Dadu | 120 | 3,400 |\n| Jacobabad | 80 | |\n",
     [("housing_destroyed", 3_400, "exact", "houses")]),
]

SPACED_PROVINCES = (
    "Flood situation report No. 12\n\n"
    "Province      Deaths   Injured   Houses damaged\n"
    "Sindh          512      1,020     3,400\n"
    "Punjab         207      330       -\n\n"
    "The figures are the provinces' own.\n"
)
SPACED = [
    # a table as a PDF's text layer lays it out, in runs of spaces or tabs
    (SPACED_PROVINCES,
     [("killed", 512, "exact", "people"), ("injured", 1_020, "exact", "people"), ("housing_destroyed", 3_400, "exact", "houses"),
      ("killed", 207, "exact", "people"), ("injured", 330, "exact", "people")]),
    ("Killed\tInjured\tDisplaced\n200\t500\t10,000\n",
     [("killed", 200, "exact", "people"), ("injured", 500, "exact", "people"), ("displaced", 10_000, "exact", "people")]),
    # prose a damaged feed spaces out is read as prose, not as a table
    ("More than 11,000 people evacuated  their  homes  and  nearly  half\nhave  returned  since  Monday.",
     [("displaced", 11_000, "at_least", "people")]),
    ("Officials  said  that  around 200,000  people  have  fled  within  Aleppo  alone.",
     [("displaced", 200_000, "approx", "people")]),
]


@pytest.mark.parametrize("text, expected", SPACED, ids=[t[:30] for t, _ in SPACED])
def test_columns_in_spaces(text: str, expected: list) -> None:
    got = [(f.indicator, f.value, f.qualifier, f.unit) for f in extract(text, published="2024-06-10")]
    assert sorted(got) == sorted(expected)


def test_a_value_of_a_spaced_table_is_quoted_by_its_line_and_placed_by_its_first_cell() -> None:
    (sindh,) = [f for f in extract(SPACED_PROVINCES, published="2024-06-10") if f.value == 1_020]
    assert SPACED_PROVINCES[sindh.start:sindh.end] == "1,020" and sindh.quote.startswith("Sindh")
    assert (sindh.location, sindh.country) == ("Sindh", "Pakistan")


PROVINCES = """Heavy rains have hit the south since mid-June, officials said.

| Province | Deaths | Injured | Houses damaged |
|---|---|---|---|
| Sindh | 512 | 1,020 | 3,400 |
| Punjab | 207 | 330 | |

More than 250,000 people have been displaced, and 207 people have died in Punjab.
"""


def test_a_value_of_a_table_of_columns_is_quoted_by_its_row_and_placed_by_its_first_cell() -> None:
    figures = extract(PROVINCES, published="2024-06-10")
    got = {(f.indicator, f.value): f for f in figures}
    assert set(got) == {("killed", 512), ("injured", 1_020), ("housing_destroyed", 3_400), ("killed", 207),
                        ("injured", 330), ("displaced", 250_000)}
    sindh = got["injured", 1_020]
    assert sindh.quote == "| Sindh | 512 | 1,020 | 3,400 |" and PROVINCES[sindh.start:sindh.end] == "1,020"
    assert PROVINCES[sindh.quote_start:sindh.quote_start + len(sindh.quote)] == sindh.quote
    assert (sindh.location, sindh.country, sindh.date.isoformat()) == ("Sindh", "Pakistan", "2024-06-10")
    # the prose's "207 people have died in Punjab" is the row's figure told again: one record, the prose's
    assert got["killed", 207].quote.startswith("More than 250,000") and len(figures) == 6
    assert len({f.id for f in figures}) == len(figures)


@pytest.mark.parametrize("text, expected", TABLES, ids=[t[:30] for t, _ in TABLES])
def test_rows_between_pipes(text: str, expected: list) -> None:
    got = [(f.indicator, f.value, f.qualifier, f.unit) for f in extract(text, published="2024-06-10")]
    assert got == expected


def test_a_row_of_days_dates_its_values() -> None:
    text = "| Date | Killed | Injured |\n|---|---|---|\n| 5 June | 20 | 45 |\n| 6 June | 12 | 30 |\n"
    got = {(f.indicator, f.value): f.date.isoformat() for f in extract(text, published="2024-06-10")}
    assert got == {("killed", 20): "2024-06-05", ("injured", 45): "2024-06-05", ("killed", 12): "2024-06-06",
                   ("injured", 30): "2024-06-06"}


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


# Lists by place on lines of their own under a heading, as situation reports lay them out:
# (text, published, [(indicator, value, place, date)])
LISTS_ON_LINES = [
    # the heading says what each row counts, and when
    ("Deaths by district (as of 20 August)\nDadu: 22\nSanghar: 14\nKhairpur: 9\n\nRains are forecast to continue.",
     "2024-08-25", [("killed", 22, "Dadu", "2024-08-20"), ("killed", 14, "Sanghar", "2024-08-20"),
                    ("killed", 9, "Khairpur Mir’s", "2024-08-20")]),
    # rows with list marks and dashes, a place of several words
    ("Flood deaths by province since 14 June:\n- Sindh – 512\n- Punjab – 201\n- Khyber Pakhtunkhwa – 98\n",
     "2024-08-25", [("killed", 512, "Sindh", "2024-08-25"), ("killed", 201, "Punjab", "2024-08-25"),
                    ("killed", 98, "Khyber Pakhtunkhwa", "2024-08-25")]),
    # the people of camps are displaced; the rows end at the first line that is no row
    ("IDPs by camp\nBentiu 120,000\nMalakal 35,000\nSource: IOM DTM, 3 March", "2024-03-05",
     [("displaced", 120_000, "Bentiu", "2024-03-05"), ("displaced", 35_000, "Malakal", "2024-03-05")]),
    # the list's total is no place's count; it names nothing on a line of its own
    ("Deaths by county\nNairobi: 12\nKisumu: 4\nTotal: 16\n", "2024-05-02",
     [("killed", 12, "Nairobi", "2024-05-02"), ("killed", 4, "Kisumu", "2024-05-02")]),
    # a heading that counts nothing of ours, "by" that names no kind of place, a sentence that ends
    ("Schools closed by district\nDadu: 22\nSanghar: 14\n", "2024-08-25", []),
    ("Deaths reported by officials\nDadu: 22\nSanghar: 14\n", "2024-08-25", []),
    ("The list of deaths by district is below.\nDadu: 22\nSanghar: 14\n", "2024-08-25", []),
]


@pytest.mark.parametrize("text, published, expected", LISTS_ON_LINES, ids=[t[:30] for t, _, _ in LISTS_ON_LINES])
def test_a_list_by_place_on_lines_of_its_own(text: str, published: str, expected: list) -> None:
    figures = extract(text, published=published)
    got = [(f.indicator, f.value, f.location, f.date.isoformat()) for f in figures]
    assert got == expected
    for f in figures:  # quoted from its heading down to its row, its value where it stands
        assert text[f.quote_start:f.quote_start + len(f.quote)] == f.quote and f.quote.endswith(text[f.start:f.end])
        assert text[:f.quote_start].count("\n") == 0 or text[f.quote_start - 1] == "\n"
