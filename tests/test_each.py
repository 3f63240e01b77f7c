"""A count that each item of a list has ("2,000 each in Kherson and Odesa") is one figure per
item, with the item's place and an id of its own (tracker.extraction.distributive).

The sentences are written the way wire copy and situation reports word them, with
(indicator, value, qualifier, location) for every figure a careful reader takes out; the near
misses are lists of no names, amounts each member of a group has, and rates.
"""

from __future__ import annotations

import pytest

from tracker import extract
from tracker.records import Document
from tracker.extraction.engine import extract_document


def _brief(text):
    return [(f.indicator, f.value, f.qualifier, f.location) for f in extract(text, published="2024-03-03")]


SHARED = [
    # the list after "each" and a preposition
    ("Of the 40 deaths, 20 were in Kherson, 12 in Mykolaiv, three each in Odesa and Izium, and one each in Sumy and Poltava.",
     [("killed", 40, "exact", "Ukraine"), ("killed", 20, "exact", "Kherson"), ("killed", 12, "exact", "Mykolaiv"),
      ("killed", 3, "exact", "Odesa"), ("killed", 3, "exact", "Izium"),
      ("killed", 1, "exact", "Sumy"), ("killed", 1, "exact", "Poltava")]),
    ("Floods displaced about 4,500 people each in Kasese, Bundibugyo and Ntoroko, the Red Cross said.",
     [("displaced", 4_500, "approx", "Kasese"), ("displaced", 4_500, "approx", "Bundibugyo"),
      ("displaced", 4_500, "approx", "Ntoroko")]),
    ("Authorities evacuated more than 800 people apiece in Sindh and Balochistan on Tuesday.",
     [("displaced", 800, "at_least", "Sindh"), ("displaced", 800, "at_least", "Balochistan")]),
    # the list before the count, in its clause
    ("Kenya and Uganda host 300,000 refugees each, the UN refugee agency said.",
     [("refugees", 300_000, "exact", "Kenya"), ("refugees", 300_000, "exact", "Uganda")]),
    ("Chad, Cameroon and Niger have received about 20,000 refugees each.",
     [("refugees", 20_000, "approx", "Chad"), ("refugees", 20_000, "approx", "Cameroon"),
      ("refugees", 20_000, "approx", "Niger")]),
    # named items the place finder does not know: one figure each, the sentence's place
    # (Syrians returning from Turkey went back to Syria: a return's place is where it went)
    ("Some 9,000 Syrians returned from Turkey, around 3,000 each through the Bab al-Hawa and Kassab crossings.",
     [("returned", 9_000, "approx", "Syria"), ("returned", 3_000, "approx", "Syria"),
      ("returned", 3_000, "approx", "Syria")]),
    ("Clashes near Bakhmut killed about 40 fighters each from the Wagner and Akhmat units, the ministry said.",
     [("killed", 40, "approx", "Bakhmut"), ("killed", 40, "approx", "Bakhmut")]),
    # a name the place finder does not know, in a list of places of one country, is a place of it
    ("The quake killed two each in Kherson and Zorianka, officials said.",
     [("killed", 2, "exact", "Kherson"), ("killed", 2, "exact", "Zorianka")]),
]

# a list wrapped at the end of a line, after a word or a particle's hyphen
WRAPPED = [
    ("The quake killed two each in Kherson and\nOdesa, officials said.", 2),
    ("Some 9,000 Syrians returned from Turkey, around 3,000 each through the Bab al-\nHawa and Kassab crossings.", 3),
]

ONE_FIGURE = [
    # one place: one figure
    ("About 4,500 people each were evacuated in Kasese on Monday.",
     [("displaced", 4_500, "approx", "Kasese")]),
    # "each" with no list of names after or before it
    ("Some 2,000 families fled, with three children each, local officials said.",
     [("displaced", 2_000, "approx", None)]),
    ("Around 600 people fled Kasese, each carrying what they could.",
     [("displaced", 600, "approx", "Kasese")]),
    # a comma between the list and the count: another clause
    ("In Kenya and Uganda, 300,000 refugees each received a ration card.",
     [("refugees", 300_000, "exact", "Kenya")]),
    # a clause of its own between the list and the count
    ("Kenya and Uganda, which host 300,000 refugees each, asked donors for more money.",
     [("refugees", 300_000, "exact", "Uganda")]),
    # days are neither places nor groups
    ("The raids killed 15 people each on Monday and Tuesday in Gaza.",
     [("killed", 15, "exact", "Gaza")]),
    # a name after the list, past a comma, is no item of it
    ("The floods displaced 700 people each in Sindh and Balochistan, Pakistani officials said.",
     [("displaced", 700, "exact", "Sindh"), ("displaced", 700, "exact", "Balochistan")]),
]

NO_FIGURE = [
    # a lone small number word with one place after "each" is no list's count
    "Two each in Kherson were injured.",
    "The 12 victims of the attack in Kherson and Odesa received 500 dollars each.",
    "The families in Sindh and Balochistan have three children each.",
    "Kenya and Uganda play two matches each in Nairobi and Kampala this month.",
    "Kenya and Uganda will host 300,000 refugees each year, officials expect.",
]


@pytest.mark.parametrize(("text", "expected"), SHARED + ONE_FIGURE)
def test_a_count_each_item_of_a_list_has_is_a_figure_per_item(text, expected):
    assert _brief(text) == expected


@pytest.mark.parametrize(("text", "count"), WRAPPED)
def test_a_list_wrapped_at_a_line_end_is_one_list(text, count):
    assert len(extract(text, published="2024-03-03")) == count


@pytest.mark.parametrize("text", NO_FIGURE)
def test_amounts_each_has_and_lists_of_no_count_give_no_figure(text):
    assert _brief(text) == []


def test_the_figures_of_a_shared_count_have_ids_of_their_own_and_are_not_merged():
    text = (
        "Floods displaced about 4,500 people each in Kasese and Bundibugyo on Monday, the Red Cross said. "
        "Officials in Kasese said about 4,500 people had fled there."
    )
    figures = extract_document(Document("report-1", text))
    shared = [f for f in figures if f.value == 4_500]
    assert [f.location for f in shared] == ["Kasese", "Bundibugyo"]  # the restatement merges into the first
    assert len({f.id for f in figures}) == len(figures)
    assert all(f.quote == shared[0].quote and f.start == shared[0].start for f in shared)

