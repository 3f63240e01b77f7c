"""The words of industrial accidents, crushes and courtrooms: how workers die in a tank or
on a line, how a court or an inquiry names a massacre, a deportation or a disappearance,
and the crowds and peoples such reports count ("fans", "revellers", "Tutsi", "Kyrgyz").

Each table holds sentences written the way wire copy, inquiries and judgments word them,
with (indicator, value, qualifier, unit) for every figure a careful reader takes out; the
tables of sentences with no figure hold the near misses each word must leave alone.
"""

from __future__ import annotations

import pytest

from tracker import extract


def _brief(text):
    return [(f.indicator, f.value, f.qualifier, f.unit) for f in extract(text, published="2024-03-10")]


# --- deaths, injuries and fates named by what befell the people -------------------------------
FATES = [
    ("Four sanitation workers suffocated inside a septic tank on Sunday night, police said.",
     [("killed", 4, "exact", "workers")]),
    ("Three miners were asphyxiated when the ventilation failed.",
     [("killed", 3, "exact", "miners")]),
    ("Two linemen were electrocuted when a high-voltage cable snapped.",
     [("killed", 2, "exact", "linemen")]),
    ("Militiamen slaughtered 57 villagers and burned the mosque.",
     [("killed", 57, "exact", "villagers")]),
    ("Gunmen gunned down 14 worshippers at the mosque.",
     [("killed", 14, "exact", "worshippers")]),
    ("Rebels mutilated at least 4,000 civilians during the campaign.",
     [("injured", 4_000, "at_least", "civilians")]),
    ("Another 40 are in critical condition at the regional hospital.",
     [("injured", 40, "exact", "people")]),
    ("Thirty residents were treated for smoke inhalation after the tower block fire.",
     [("injured", 30, "exact", "residents")]),
    ("Nine miners remain entombed in the collapsed tunnel.",
     [("trapped", 9, "exact", "miners")]),
    ("The commission documented the enforced disappearance of 1,186 people in the north.",
     [("missing", 1_186, "exact", "people")]),
    ("Some 5,000 men were taken from the stadium and were never seen again.",
     [("missing", 5_000, "approx", "men")]),
    ("Two fishermen were never found after the boat sank off the cape.",
     [("missing", 2, "exact", "fishermen")]),
    ("Troops forcibly expelled 1,400 villagers from the valley.",
     [("displaced", 1_400, "exact", "villagers")]),
    ("The deportation of at least 19,500 children is under investigation.",
     [("displaced", 19_500, "at_least", "children")]),
    # a lone number word whose own verb is pronounced, confirmed or declared dead, or succumbed
    ("Six were pronounced dead at the scene after the bus overturned near the pass.",
     [("killed", 6, "exact", "people")]),
    ("Eight have been confirmed dead, the mine's owner said.",
     [("killed", 8, "exact", "people")]),
    ("Nine died at the scene and two more succumbed to their injuries in hospital.",
     [("killed", 9, "exact", "people"), ("killed", 2, "exact", "people")]),
    # a part that did not survive is dead, not still trapped
    ("Some 64 miners remained trapped for nine days, and 12 of them did not survive.",
     [("trapped", 64, "approx", "miners"), ("killed", 12, "exact", "miners")]),
    # a night spent out of one's home, in the open or in a place of shelter
    ("Several hundred people spent the night outdoors after tremors cracked their homes.",
     [("displaced", 200, "at_least", "people")]),
    ("As the pipeline fire spread, an estimated 1,500 spent the night in evacuation centres.",
     [("displaced", 1_500, "approx", "people")]),
    # people a flood carried off are missing; homes it carried off are homes
    ("The swollen river swept away 8 people in the south, and their bodies have not been found.",
     [("missing", 8, "exact", "people")]),
    ("Floodwaters washed away 40 houses and 3 bridges.",
     [("housing_destroyed", 40, "exact", "houses")]),
    ("Some 43 houses were declared unsafe after the quarry blast.",
     [("housing_destroyed", 43, "approx", "houses")]),
]

# --- care in hospital after an event that wounds counts the injured; after a heatwave or in an
# outbreak the people in hospital may be ill, and are no figure of ours -------------------------
HOSPITAL_CARE = [
    ("The derailment claimed 26 lives, and at least 100 passengers were hospitalised, the railway said.",
     [("killed", 26, "exact", "people"), ("injured", 100, "at_least", "passengers")]),
    ("The warehouse blast killed 56 people and left 721 hospitalised.",
     [("killed", 56, "exact", "people"), ("injured", 721, "exact", "people")]),
    ("The fire killed 11 people and sent more than 60 to hospital.",
     [("killed", 11, "exact", "people"), ("injured", 60, "at_least", "people")]),
    ("Nearly 200 schoolchildren were rushed to hospital after the bus crash.",
     [("injured", 200, "at_most", "schoolchildren")]),
    ("Cholera has killed 43 people in the district and 250 were hospitalised this week.",
     [("killed", 43, "exact", "people")]),
    ("During the heatwave, 49 people died and 300 were taken to hospital with heatstroke.",
     [("killed", 49, "exact", "people")]),
]

# --- crowds, trades and peoples counted by their own noun -------------------------------------
CROWDS_AND_PEOPLES = [
    ("Twelve fans were crushed to death at the stadium gates before the match.",
     [("killed", 12, "exact", "fans")]),
    ("Eleven revellers were killed and 36 injured when fire swept through the bar.",
     [("killed", 11, "exact", "revellers"), ("injured", 36, "exact", "revellers")]),
    ("Seven concertgoers were trampled to death as the crowd surged.",
     [("killed", 7, "exact", "concertgoers")]),
    ("Militias slaughtered more than 800,000 Tutsi and moderate Hutu in 100 days.",
     [("killed", 800_000, "at_least", "tutsi")]),
    ("Nearly 8,000 Bosniaks were killed in the enclave in July 1995.",
     [("killed", 8_000, "at_most", "bosniaks")]),
    ("About 2,000 Malagasy have been displaced by the cyclone.",
     [("displaced", 2_000, "approx", "malagasy")]),
    ("Some 300 islanders were evacuated to the main island.",
     [("displaced", 300, "approx", "islanders")]),
    # a vehicle before the people noun names them; a place before it says where they live
    ("A mudslide on the mountain highway killed 3 truck drivers.",
     [("killed", 3, "exact", "drivers")]),
    ("The crash killed 4 bus passengers and injured 12.",
     [("killed", 4, "exact", "passengers"), ("injured", 12, "exact", "people")]),
]

# --- an age after "aged under" is no count; drought's herding peoples are people ---------------
AGES_AND_HERDERS = [
    ("A total of 35 children aged under five died at the nutrition centre in June.",
     [("killed", 35, "exact", "children")]),
    ("Twelve people aged over 60 died in the heatwave, the ministry said.",
     [("killed", 12, "exact", "people")]),
    ("Drought has forced more than 120,000 pastoralists from their homes since January.",
     [("displaced", 120_000, "at_least", "pastoralists")]),
    ("Some 520 agro-pastoralists have fled across the border.",
     [("refugees", 520, "approx", "agro-pastoralists")]),
]

# --- needs and damage told with a modifier, a result or a state ----------------------------------
NEEDS_AND_DAMAGE = [
    ("More than half a million people in the region need clean water, the agency said.",
     [("in_need", 500_000, "at_least", "people")]),
    ("Some 480,000 people have needed life-saving assistance since the rains failed.",
     [("in_need", 480_000, "approx", "people")]),
    ("More than 2 million people remain dependent on food aid in the north.",
     [("in_need", 2_000_000, "at_least", "people")]),
    ("A bushfire near the town reduced 12 homes to ashes.",
     [("housing_destroyed", 12, "exact", "homes")]),
    ("The militia torched the villages, leaving about 9,400 homes in ruins.",
     [("housing_destroyed", 9_400, "approx", "homes")]),
    ("Some 87 homes were flattened and another 240 sustained damage.",
     [("housing_destroyed", 87, "approx", "homes"), ("housing_destroyed", 240, "exact", "homes")]),
    ("About 120 houses developed cracks after the factory blast.",
     [("housing_destroyed", 120, "approx", "houses")]),
    ("Families were moved out after cracks appeared in 85 houses near the tunnel works.",
     [("housing_destroyed", 85, "exact", "houses")]),
]

# --- counters of drought copy: people needing aid, a hazard's victims, a refugee population -------
COUNTERS = [
    ("The number of people needing humanitarian assistance has risen to 6.8 million, up from 4.3 million in January.",
     [("in_need", 6_800_000, "exact", "people"), ("in_need", 4_300_000, "exact", "people")]),
    ("The number of flood victims in the province has reached 61,000, the governor said.",
     [("affected", 61_000, "exact", "victims")]),
    ("New arrivals pushed the refugee population to 226,000 by the end of August.",
     [("refugees", 226_000, "exact", "people")]),
    # "number" after its plural subject is the verb of counting, no label ("Route 5", "number 10")
    ("Evacuees now number 2,100, the disaster office said.",
     [("displaced", 2_100, "exact", "people")]),
]

# --- one victim named before the count, joined by "and" ------------------------------------------
NAMED_VICTIM_FIRST = [
    ("The court found that the truck bomb killed the former prime minister and 21 others and injured 226.",
     [("killed", 21, "exact", "people"), ("injured", 226, "exact", "people")]),
    ("The fire killed a mother and her four children.",
     [("killed", 4, "exact", "children")]),
    ("The blast injured the driver and 12 passengers.",
     [("injured", 12, "exact", "passengers")]),
    # ... or after a count of things, which is no figure
    ("The drought has killed 2 million livestock and 31 people in the north since October.",
     [("killed", 31, "exact", "people")]),
    # ... not when the count has a verb of its own
    ("Gunmen killed the village chief and 300 people fled.",
     [("displaced", 300, "exact", "people")]),
    ("The attack killed a soldier and 12 others were wounded.",
     [("injured", 12, "exact", "people")]),
]

# --- the doer of a verb with a count of its own after it did it, or lost the things counted -----
DOERS = [
    ("Two gunmen killed three people at the market on Friday.",
     [("killed", 3, "exact", "people")]),
    ("Ten attackers wounded 14 villagers before fleeing into the forest.",
     [("injured", 14, "exact", "villagers")]),
    # a verb that takes no object, and a count of time after it, keep the count before it
    ("Two people died three days later in hospital.",
     [("killed", 2, "exact", "people")]),
    ("Forty miners remained trapped about 300 metres underground on Thursday.",
     [("trapped", 40, "exact", "miners")]),
    ("The update listed at least 23,500 people injured while 1,600 are still missing.",
     [("injured", 23_500, "at_least", "people"), ("missing", 1_600, "exact", "people")]),
]

NOT_FIGURES = [
    "He wore number 10 for the club for a decade.",
    "The company reduced 300 jobs to part-time work.",
    "About 40 people sustained damage to their hearing at the concert.",
    "Up to 60,000 town residents remain in the besieged city with no means of leaving.",
    "Two players spent the night in hospital after the match.",
    "The team spent the night at the stadium before the final.",
    "Thousands were hospitalized during the heatwave.",
    # what a law or a ruling affects, with no crisis around
    "The new law affects 35,000 people who hold dual citizenship.",
    "The ruling affects an estimated 12,000 pensioners in the province.",
    # the victims named after their kin are no count's outcome
    "The inquiry heard from 27 survivors and 14 relatives of the dead over nine days.",
    # a country's readiness to host is a capacity, no people hosted
    "The government is prepared to receive up to 100,000 refugees from across the border.",
    "The country is ready to take in 50,000 refugees, the minister said.",
    "Officials said they were willing to accept 10,000 refugees this year.",
    # a model's or a fear's count of deaths, told by a passive after the noun
    "A further 30,000 deaths are projected for the first half of next year.",
    "Up to 18,000 hunger deaths were forecast in the region this year.",
    "About 320 pastoralist families lost more than 8,000 goats and camels.",
    "Some 16,400 households had lost more than 70 percent of their herds.",
    "The deportation of 300 tonnes of waste was halted by the court.",
    "The team slaughtered their rivals 5-0 on Saturday.",
    "Five Kyrgyz villages were flooded.",
    "The disappearance of 40 files from the archive worried the court.",
]


@pytest.mark.parametrize(("text", "expected"), FATES + HOSPITAL_CARE + CROWDS_AND_PEOPLES + DOERS + AGES_AND_HERDERS + COUNTERS + NEEDS_AND_DAMAGE + NAMED_VICTIM_FIRST)
def test_fates_crowds_and_peoples(text, expected):
    assert _brief(text) == expected


@pytest.mark.parametrize("text", NOT_FIGURES)
def test_near_misses_are_no_figure(text):
    assert _brief(text) == []
