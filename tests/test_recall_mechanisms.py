"""Wordings that give a figure by a mechanism of its own: a counter named by a pronoun
("raised it to 21"), a quoted count ('"nearly 170,000" bodies'), a country that hosts people
from elsewhere, people named by their nationality or group, homes destroyed in a participle
clause, camps and the people they accommodate.

Each table holds sentences written the way wire copy and situation reports word them, with
(indicator, value, qualifier, unit) for every figure a careful reader takes out; the tables
of sentences with no figure hold the near misses each mechanism must leave alone.
"""

from __future__ import annotations

import pytest

from tracker import extract


def _brief(text):
    return [(f.indicator, f.value, f.qualifier, f.unit) for f in extract(text, published="2024-03-03")]


# --- a counter named again by a pronoun, or a count quoted before its noun ------------------
PRONOUN_COUNTERS = [
    ("Hospital officials counted 14 dead on Friday and raised it to 19 on Saturday.",
     [("killed", 14, "exact", "people"), ("killed", 19, "exact", "people")]),
    ("The agency said 40,000 people had fled by Monday, and on 12 March it raised that estimate to 55,000.",
     [("displaced", 40_000, "exact", "people"), ("displaced", 55_000, "approx", "people")]),
    ("Rescuers said 230 bodies had been recovered, but the governor later put that figure at 310.",
     [("killed", 230, "exact", "bodies"), ("killed", 310, "exact", "bodies")]),
    # a count put at a figure may be a revision down
    ("Rescuers said 230 bodies had been recovered, but the governor later put that figure at 210.",
     [("killed", 230, "exact", "bodies"), ("killed", 210, "exact", "bodies")]),
    ('The minister said "more than 2,000" people had been evacuated from the coast.',
     [("displaced", 2_000, "at_least", "people")]),
]

PRONOUN_NOT_FIGURES = [
    "The company raised it to 21 in 2020.",
    # a count raised is larger than the figure before: this one is a score
    "Fifty people died in the storm, and the home side raised it to 21-14 before half time.",
    "Officials raised it to 40 percent on Monday.",
    # a number between: the pronoun may point at it ("12 trucks")
    "Some 300 people fled the town, and 12 trucks carried aid; the agency raised it to 20 later.",
]


@pytest.mark.parametrize(("text", "expected"), PRONOUN_COUNTERS)
def test_a_counter_named_by_a_pronoun_or_a_quoted_count(text, expected):
    assert _brief(text) == expected


@pytest.mark.parametrize("text", PRONOUN_NOT_FIGURES)
def test_a_pronoun_with_no_figure_before_it_totals_nothing(text):
    assert [f for f in extract(text, published="2024-03-03") if f.value in (20, 21, 40)] == []


# --- hosted by a country: refugees; hosted by a site or a town: displaced --------------------
HOSTING = [
    # a country that says it took them in
    ("Egypt says it has received 1.2 million Sudanese since the war began.", [("refugees", 1_200_000, "exact", "people")]),
    ("Poland has taken in 410,000 Belarusians since the crackdown, the interior ministry said.",
     [("refugees", 410_000, "exact", "people")]),
    ("Neighbouring Chad is hosting more than 600,000 people who fled the war.",
     [("refugees", 600_000, "at_least", "people")]),
    ("The country is sheltering some 1.2 million, UNHCR said on Monday.",
     [("refugees", 1_200_000, "approx", "people")]),
    ("Jordan hosts 660,000 registered Syrians, including 80,000 who arrived last year.",
     [("refugees", 660_000, "exact", "people"), ("refugees", 80_000, "exact", "people")]),
    ("Uganda hosts 1.4 million refugees, more than any other country in Africa.",
     [("refugees", 1_400_000, "exact", "refugees")]),
    ("The camp already hosts 128,000 Sudanese refugees.", [("refugees", 128_000, "exact", "refugees")]),
    ("Nine collective centres in the city are hosting 2,140 people.", [("displaced", 2_140, "exact", "people")]),
    ("Officials said 30 relief camps had opened, accommodating 4,512 people.",
     [("displaced", 4_512, "exact", "people")]),
    ("Ethiopia is hosting 20,000 internally displaced people in Afar.",
     [("displaced", 20_000, "exact", "people")]),
    ("Four school sites in the district were hosting 1,760 people on Friday.",
     [("displaced", 1_760, "exact", "people")]),
    ("Host families have taken in about 12,000 people since the floods, the Red Cross said.",
     [("displaced", 12_000, "approx", "people")]),
    # a participle in the passive after the count: the counted are hosted
    ("Some 2,000 people are being accommodated in schools after the floods.",
     [("displaced", 2_000, "approx", "people")]),
    ("About 700 families are hosted by relatives in the town.", [("displaced", 700, "approx", "families")]),
    ("Some 1,200 children have been taken in by relatives.", [("displaced", 1_200, "approx", "children")]),
    # "housing" as a verb of taking in, only before a count ("300 housing units" are homes)
    ("The government has set up 120 relief camps housing 45,000 people.",
     [("displaced", 45_000, "exact", "people")]),
    ("Schools in the town are housing some 3,500 people who fled the fighting.",
     [("displaced", 3_500, "approx", "people")]),
    # the counted are said to have fled: no host needed
    ("Churches are housing thousands of people displaced by the floods.",
     [("displaced", 2_000, "at_least", "people")]),
    ("Churches across the city are hosting 300 people who fled the fighting.",
     [("displaced", 300, "exact", "people")]),
]

HOSTING_NOT_FIGURES = [
    "The stadium hosts 40,000 fans on match days.",
    "Kenya hosted 300 delegates at the summit.",
    "The city will host 2,000 athletes next year.",
    # taken in by no country and no place of shelter
    "The resort town took in 2 million tourists last year, the mayor said.",
    "The new wing of the hotel is accommodating 400 guests this weekend.",
    "Our club has taken in 35 new members since January.",
    # a plain hosting verb after the count, in the active: the counted are the hosts
    "The school, which has 1,200 pupils, is hosting a fair for parents.",
    "Kenya, which has 52 million people, hosted 2,000 delegates at the climate summit.",
    "The village, home to 3,000 people, is hosting a festival for 10,000 visitors.",
    # people who come of their own accord, hosted by a country or a place of shelter
    "The school, which has 1,200 pupils, is accommodating 40 new teachers.",
    "Spain took in 85 million tourists in 2023, a record.",
    "The country is hosting 500 journalists for the summit.",
    "The new block is housing 300 students this term.",
    "The hotel housed 200 guests during the conference.",
]


@pytest.mark.parametrize(("text", "expected"), HOSTING)
def test_a_country_hosts_refugees_a_site_hosts_the_displaced(text, expected):
    assert _brief(text) == expected


@pytest.mark.parametrize("text", HOSTING_NOT_FIGURES)
def test_hosting_guests_is_no_figure(text):
    assert _brief(text) == []


# --- people named by nationality or group; entering a country ---------------------------------
# The paragraph speaks of refugees: people it names by nationality who arrived, reached the
# camps or live in them crossed a border.
REFUGEE_PARAGRAPH = (
    "The refugee agency said arrivals had doubled since the offensive began. "
    "About 4,200 Burundians arrived in the border camps on Tuesday, and some 2,000 to 3,000 "
    "Tamils have reached the shelters this month. Around 700,000 Rohingyas are living in the "
    "sprawling camps near the coast."
)
# The same arrivals in a text on displacement inside a country: displaced.
INSIDE_PARAGRAPH = (
    "Fighting spread to the north of the province on Monday. "
    "About 4,200 Yazidis arrived in the camps around Duhok on Tuesday, officials said."
)
GROUPS_AND_ENTRIES = [
    (REFUGEE_PARAGRAPH,
     [("refugees", 4_200, "approx", "people"), ("refugees", 2_000, "range", "tamils"),
      ("refugees", 700_000, "approx", "rohingyas")]),
    (INSIDE_PARAGRAPH, [("displaced", 4_200, "approx", "yazidis")]),
    ("More than 80,000 people have entered Moldova since the war began, border police said.",
     [("refugees", 80_000, "at_least", "people")]),
    ("Around 6,000 Rohingyas had entered Bangladesh by the end of the week.",
     [("refugees", 6_000, "approx", "rohingyas")]),
    # "the country" they entered is the one that takes them in
    ("Refugees fleeing the war kept coming. The border police said 12,400 Ukrainians had entered "
     "the country in the past 24 hours.",
     [("refugees", 12_400, "exact", "people")]),
    ("Fighting in Sudan went on. More than 2,000 people arrived in the country through the Argeen "
     "crossing on Monday, Egyptian officials said.",
     [("refugees", 2_000, "at_least", "people")]),
    ("In the north, 3.1 million Kurds need humanitarian assistance, of whom 1.4 million are severely "
     "food insecure, including 212,000 in emergency conditions.",
     [("in_need", 3_100_000, "exact", "kurds")]),
    ("An estimated 90,000 people were displaced, of whom 40,000 are still in the school shelters.",
     [("displaced", 90_000, "approx", "people"), ("displaced", 40_000, "exact", "people")]),
]

ENTRY_NOT_FIGURES = [
    "Some 40 soldiers entered the city on Monday.",
    # crossings right after a number are crossing points or crossings made, not people
    "The border has 14 crossings, of which 5 remain open.",
    "About 300 people entered the stadium before the match.",
    "Nearly 2,000 people have entered Mosul since Friday.",
    "Tourism is booming: some 9,000 tourists entered the country on Sunday, the ministry said.",
    "The war goes on. About 3,000 soldiers entered the country's north on Monday.",
]


@pytest.mark.parametrize(("text", "expected"), GROUPS_AND_ENTRIES)
def test_people_named_by_group_and_entries_across_a_border(text, expected):
    assert _brief(text) == expected


@pytest.mark.parametrize("text", ENTRY_NOT_FIGURES)
def test_entering_a_place_inside_a_country_is_no_figure(text):
    assert _brief(text) == []


# --- arrivals and crossings: the text around says who arrives ---------------------------------
RETURNS_LEAD = (
    "Thousands of Afghans who had sheltered in Pakistan have gone home since the deportation "
    "order, officials said, and more returnees are expected. As of Sunday, some 18,200 had "
    "crossed through Torkham, nearly 9,000 through Chaman and about 1,500 at smaller posts. "
    "On Saturday alone, 2,300 arrived, the border post said."
)
REFUGEES_LEAD = (
    "The refugee agency said the influx into the north of the country had not slowed. "
    "About 5,600 people arrived at the reception centres on Tuesday, and 2,100 more crossed "
    "through the eastern posts on Wednesday."
)
NEITHER_LEAD = "Heavy rain slowed the relief convoys. About 5,600 people arrived at the evacuation centres on Tuesday."
ARRIVALS = [
    (RETURNS_LEAD,
     [("returned", 2_000, "at_least", "people"), ("returned", 18_200, "approx", "people"), ("returned", 9_000, "at_most", "people"),
      ("returned", 1_500, "approx", "people"), ("returned", 2_300, "exact", "people")]),
    (REFUGEES_LEAD, [("refugees", 5_600, "approx", "people"), ("refugees", 2_100, "exact", "people")]),
    (NEITHER_LEAD, [("displaced", 5_600, "approx", "people")]),
    # a purpose that is no flight's own
    ("The refugee agency says 9,000 Burundians arrived in Tanzania last week for safety.",
     [("refugees", 9_000, "exact", "people")]),
    # "each", a crossing's people, a total of them, an entry with a time after it
    ("Returns picked up after the truce: some 4,000 had gone home through the north, and around 1,200 "
     "each through the two southern posts.",
     [("returned", 4_000, "approx", "people"), ("returned", 1_200, "approx", "people")]),
    ("More than 400,000 refugees have left so far. Guards cleared as many as 61,000 people at crossings "
     "on Sunday, bringing the total to 455,000.",
     [("refugees", 400_000, "at_least", "refugees"), ("refugees", 61_000, "at_most", "people"),
      ("refugees", 455_000, "exact", "people")]),
    # a year between a figure and its running total is no other count
    ("More than 1.3 million people were newly displaced in 2023, bringing the total to over 3 million.",
     [("displaced", 1_300_000, "at_least", "people"), ("displaced", 3_000_000, "at_least", "people")]),
    ("Returnees keep coming home, and the post said 9,500 Afghans had entered over the past two weeks.",
     [("returned", 9_500, "exact", "people")]),
    ("Returnees keep coming home, and the number of arrivals in the province has reached 52,000.",
     [("returned", 52_000, "exact", "people")]),
    # the noun says who they are, whatever the text around says of returns
    ("Many families have gone home, but 3,000 displaced people arrived in the camps on Monday.",
     [("displaced", 3_000, "exact", "people")]),
]


# People who travel or come of their own accord, by words that say nothing of flight.
OWN_ACCORD_NOT_FIGURES = [
    "Refugees have been arriving in Chad since April. About 300 journalists arrived to cover the visit.",
    "Returnees are streaming home, the refugee agency said. The market reopened and 300 traders arrived from the capital.",
    "About 20,000 protesters poured into the streets of the capital on Sunday.",
    "Some 30 soldiers left the area after the operation.",
    "The 15 journalists left the area on Friday.",
    "About 50 workers left the country after their visas expired.",
    "Some 30 soldiers slept in tents at the base.",
    "About 5,000 students are without homes to rent in the city, the union said.",
    "Some 12 doctors arrived at the camp to treat the refugees.",
    "Some 400 patients were accommodated in the new wing of the hospital.",
    "Some 20 inmates escaped and crossed into Mexico.",
    # a purpose of their own said after the word of arriving
    "About 500 Uzbeks arrived in Moscow for the trade fair.",
    "About 200,000 Filipinos arrived in Hong Kong as domestic workers last year.",
    "The refugee agency was busy. Some 60,000 Tamils arrived in Chennai for the pilgrimage.",
    "About 500 people slept in the open to watch the eclipse.",
    # arrivals named by a noun, in a text on neither refugees nor returns
    "The number of arrivals at the airport has reached 52,000 this month.",
    "Tourism officials said the number of arrivals rose to 1.2 million in July.",
    # people named by nationality who arrive inside a country, in a text on no flight
    "Some 150 Hazaras arrived in Quetta on Tuesday.",
    "About 12,000 Kosovars arrived in Pristina over the holiday weekend.",
    # weak words of moving or staying, in a text that speaks of no crisis
    "Thousands of people streamed across the bridge for the fireworks.",
    "Some 2,000 people crossed over the new bridge on its first day.",
    "About 300 people left the area after the concert ended.",
    "Some 200 people slept outside the shop to buy the new phone.",
    "About 50 people were sleeping in tents at the music festival.",
    "After the storm, some 300 people slept in their cars outside the stadium to buy tickets.",
    # they come back of their own accord: no returnees
    "Some 200 students in Paris returned to class on Monday.",
    "About 400 soldiers returned to their base after the exercise.",
    "The 30 officials in charge of the refugee camps met on Monday.",
    # captives sent back are released, not returnees
    "Under the truce, 24 hostages were returned to their families on Friday.",
    "The group has returned 25 captives to Israel since the ceasefire began.",
    # affected or displaced by something that is no crisis
    "The 40 officials affected by the reshuffle will move to new posts.",
    "Some 300 traders affected by the new rules protested.",
    "Some 12 officials were displaced by the reshuffle.",
    # attackers flee the scene
    "Police said 12 gunmen fled after the attack on the bank.",
    "About 40 attackers fled into the forest after the raid.",
    "About 50 armed men arrived in the village on Sunday, residents said.",
    "Some 30 masked men fled on motorbikes after the shooting.",
]


@pytest.mark.parametrize("text", OWN_ACCORD_NOT_FIGURES)
def test_people_who_come_of_their_own_accord_are_not_displaced(text):
    assert _brief(text) == []


@pytest.mark.parametrize(("text", "expected"), ARRIVALS)
def test_an_arrival_is_what_the_text_around_says(text, expected):
    assert _brief(text) == expected


# --- homes destroyed: participle clauses, fire, and states before the noun ---------------------
HOMES = [
    ("Shells hit the market on Sunday, destroying six homes and a school.",
     [("housing_destroyed", 6, "exact", "homes")]),
    ("The fighters looted shops and set fire to nearly 200 houses, residents said.",
     [("housing_destroyed", 200, "at_most", "houses")]),
    ("The gendarmerie reported 11 dead and about thirty huts burned.",
     [("killed", 11, "exact", "people"), ("housing_destroyed", 30, "approx", "huts")]),
    ("The storm tore through the delta, damaging hundreds of homes.",
     [("housing_destroyed", 200, "at_least", "homes")]),
    ("The ministry said 8,410 housing units had been destroyed and another 52,000 units had suffered damage.",
     [("housing_destroyed", 8_410, "exact", "units"), ("housing_destroyed", 52_000, "exact", "units")]),
    ("Surveyors counted roughly 1,900 damaged or destroyed buildings in the old town.",
     [("housing_destroyed", 1_900, "approx", "buildings")]),
    ("The army demolished 14 homes in the village on Tuesday.", [("housing_destroyed", 14, "exact", "homes")]),
    ("The floods damaged 2,000 housing units.", [("housing_destroyed", 2_000, "exact", "units")]),
]

HOMES_NOT_FIGURES = [
    "Twenty people were burned in the fire at the market.",
    # houses and units that are no homes
    "Rioters set fire to 3 houses of worship in the town.",
    "The strike destroyed 3 units of the brigade, the army said.",
    "Some 40 air defence units were destroyed in the strikes.",
    "The virus destroyed 400 units of blood stored at the hospital.",
    "The fire burned 300 hectares of forest.",
    "The damage to 300 schools was extensive.",
]


@pytest.mark.parametrize(("text", "expected"), HOMES)
def test_homes_destroyed_damaged_or_burned(text, expected):
    assert _brief(text) == expected


@pytest.mark.parametrize("text", HOMES_NOT_FIGURES)
def test_burned_people_and_land_are_no_homes(text):
    assert _brief(text) == []


# --- restatements, rows before a heading, people under rubble, needs --------------------------
RESTATED_AND_ROWS = [
    ("Some 41,200 families with 186,000 people have been affected, the welfare department said.",
     [("affected", 41_200, "approx", "families"), ("affected", 186_000, "exact", "people")]),
    ("At least 120,000 people were affected, of whom 8,300 families or 36,900 people are staying in "
     "240 evacuation centres.",
     [("affected", 120_000, "at_least", "people"), ("displaced", 8_300, "exact", "families"),
      ("displaced", 36_900, "exact", "people")]),
    ("HAITI – People killed: 42 | People affected: 310,000\nCUBA – People killed: 3",
     [("killed", 42, "exact", "people"), ("affected", 310_000, "exact", "people"), ("killed", 3, "exact", "people")]),
    ("Dozens of people are still buried under the rubble of the collapsed market.",
     [("trapped", 24, "at_least", "people")]),
    ("The floods have created humanitarian needs for some 2.3 million people.",
     [("in_need", 2_300_000, "approx", "people")]),
    ("Nearly 700,000 people need urgent food assistance in the region, WFP said.",
     [("in_need", 700_000, "at_most", "people")]),
    # people who lost their homes are displaced (homeless, forced from their homes)
    ("More than 3,000 people lost their homes in the earthquake, officials said.",
     [("displaced", 3_000, "at_least", "people")]),
    ("The fire destroyed 40 homes and 300 people lost their homes.",
     [("housing_destroyed", 40, "exact", "homes"), ("displaced", 300, "exact", "people")]),
    ("Some 40,000 people were affected by heavy rains and 12,000 displaced by Cyclone Enawo.",
     [("affected", 40_000, "approx", "people"), ("displaced", 12_000, "exact", "people")]),
]

RESTATED_NOT_FIGURES = [
    "The plan covers the needs for 300 schools.",
    # needs for people that are no humanitarian needs
    "The council set out its needs for 300 new teachers.",
    "The firm outlined its needs for 2,000 workers over the next year.",
]


@pytest.mark.parametrize(("text", "expected"), RESTATED_AND_ROWS)
def test_restatements_rows_rubble_and_needs(text, expected):
    assert _brief(text) == expected


@pytest.mark.parametrize("text", RESTATED_NOT_FIGURES)
def test_needs_of_things_are_no_figure(text):
    assert _brief(text) == []


# --- the dead counted by their bodies, their killings, their groups ----------------------------
KILLED_NOUNS = [
    ("Divers have recovered seven bodies from the river so far.", [("killed", 7, "exact", "bodies")]),
    ("'We have buried 27 corpses here, while relatives took away another 11,' the chief said.",
     [("killed", 27, "exact", "corpses"), ("killed", 11, "exact", "corpses")]),
    ("In the second quarter, 812 killings and 301 injuries were recorded.",
     [("killed", 812, "exact", "people"), ("injured", 301, "exact", "people")]),
    ('Researchers counted 2,975 "excess deaths" in the six months after the storm.',
     [("killed", 2_975, "exact", "people")]),
    ("Eleven polling officials died of heatstroke in the state on Saturday.",
     [("killed", 11, "exact", "officials")]),
    ("Officials had put the death toll at 46 after the storm crossed the island.",
     [("killed", 46, "exact", "people")]),
    ("The rains have left 88 people dead and displaced tens of thousands of others, the Red Cross said.",
     [("killed", 88, "exact", "people"), ("displaced", 20_000, "at_least", "people")]),
    ("Rescuers pulled the bodies of 42 civilians from the rubble.", [("killed", 42, "exact", "civilians")]),
    ("Some 30 bodies of migrants washed ashore overnight.", [("killed", 30, "approx", "bodies")]),
    ("The mission documented 140 killings of civilians in May.", [("killed", 140, "exact", "people")]),
    ("Police found 12 decomposed bodies in the forest.", [("killed", 12, "exact", "bodies")]),
    ("Forensic teams have identified the remains of 112 victims so far.", [("killed", 112, "exact", "victims")]),
    ("Militants beheaded at least 50 people in the village, the governor said.", [("killed", 50, "at_least", "people")]),
    ("Police recorded 312 murders in the city last year.", [("killed", 312, "exact", "people")]),
    ("Villagers reported the massacre of 45 civilians by gunmen on Sunday.", [("killed", 45, "exact", "civilians")]),
    ("The killings of 12 farmers in Benue sparked protests.", [("killed", 12, "exact", "farmers")]),
    ("The floods wiped out 200 homes along the river.", [("housing_destroyed", 200, "exact", "homes")]),
    ("The fire gutted 1,200 shanties in the slum, officials said.", [("housing_destroyed", 1_200, "exact", "shanties")]),
    ("The country registered 17,608 homicides in the first half of the year.", [("killed", 17_608, "exact", "people")]),
    # the words of regional copy: armed men named by their trade, active trapping,
    # homes swallowed, people streaming back
    ("Troops killed 17 suspected bandits in an ambush near Gusau, the army said.", [("killed", 17, "exact", "bandits")]),
    ("Vigilantes said 9 armed robbers were killed in a shootout.", [("killed", 9, "exact", "robbers")]),
    ("The tunnel caved in on Tuesday, trapping 41 workers.", [("trapped", 41, "exact", "workers")]),
    ("The landslide swallowed some 60 houses in the valley.", [("housing_destroyed", 60, "approx", "houses")]),
    # a second count of homes shares the verb of the first
    ("Overnight shelling damaged 18 apartment buildings and 35 private houses in the city.",
     [("housing_destroyed", 18, "exact", "buildings"), ("housing_destroyed", 35, "exact", "houses")]),
    ("After the truce, some 8,000 displaced villagers streamed back to the border district.",
     [("returned", 8_000, "approx", "villagers")]),
]

KILLED_NOT_FIGURES = [
    "More than 3,000 rescuers from abroad have arrived in the province.",
    "After the storm, some 3,000 volunteers poured into the town to help clear debris.",
    "Four paramedics on their way to evacuate the wounded were detained at a checkpoint.",
    "The attack left 30 people killed or injured.",
    # bodies and killings of things, and bodies that are institutions
    "Nearly 200 bodies of water were polluted.",
    "The 20 bodies of work in the exhibition span five decades.",
    "The 60 corpses of dolphins washed up on the beach, the coastguard said.",
    "Police investigated 312 killings of livestock by wolves last year.",
    "The 12 governing bodies of the sport met in Zurich.",
    "The regulator oversees 45 public bodies.",
    "About 300 heavenly bodies were catalogued by the observatory.",
    "Some 200 water bodies dried up in the district.",
    "The remains of the 1,200-year-old temple were damaged by the quake.",
]


@pytest.mark.parametrize(("text", "expected"), KILLED_NOUNS)
def test_the_dead_counted_by_bodies_killings_and_groups(text, expected):
    assert _brief(text) == expected


@pytest.mark.parametrize("text", KILLED_NOT_FIGURES)
def test_responders_and_combined_outcomes_are_no_figure(text):
    assert _brief(text) == []


# --- other estimates of the count just named; people without shelter; small words ------------
ESTIMATES_AND_SHELTER = [
    ("Aid groups say more than 40,000 civilians are trapped, while the UN estimates the number at "
     "tens of thousands and the army puts it between 5,000 and 8,000.",
     [("trapped", 40_000, "at_least", "civilians"), ("trapped", 20_000, "at_least", "civilians"),
      ("trapped", 5_000, "range", "civilians")]),
    ("UNHCR counted over 800,000 internally displaced people in the region, while the IOM gave a more "
     "conservative figure of just under 600,000.",
     [("displaced", 800_000, "at_least", "people"), ("displaced", 600_000, "at_most", "people")]),
    ("Hundreds of families in the town are sleeping in their cars after the aftershocks.",
     [("displaced", 200, "at_least", "families")]),
    ("Tens of thousands are without shelter after the cyclone.", [("displaced", 20_000, "at_least", "people")]),
    ("Some 600 people were without shelter after the fire destroyed the block.",
     [("displaced", 600, "approx", "people")]),
    # sleeping out and being without shelter are displacement with no crisis word around
    ("About 2,000 people are sleeping in the streets of Antakya.", [("displaced", 2_000, "approx", "people")]),
    ("Some 1,000 families are without shelter in Idlib.", [("displaced", 1_000, "approx", "families")]),
    ("Rescuers said 12 more dead had been found, and 40 civilian dead were buried on Friday.",
     [("killed", 12, "exact", "people"), ("killed", 40, "exact", "people")]),
    ("Two soldiers were killed and one was reported missing after the ambush.",
     [("killed", 2, "exact", "soldiers"), ("missing", 1, "exact", "people")]),
    # a lone small number word whose people remain missing, trapped or stranded
    ("Nine fishermen drowned and four remain missing, the coast guard said.",
     [("killed", 9, "exact", "fishermen"), ("missing", 4, "exact", "people")]),
    ("Three miners were brought out alive and two remained trapped underground.", [("trapped", 2, "exact", "people")]),
    ("Eleven bodies have been recovered and one remains unaccounted for.",
     [("killed", 11, "exact", "bodies"), ("missing", 1, "exact", "people")]),
    ("The list of people missing after the floods has been whittled down to just 31 names.",
     [("missing", 31, "exact", "names")]),
    ("Displacement is worse than in 2019: 84,000 people were displaced between October and December.",
     [("displaced", 84_000, "exact", "people")]),
]

ESTIMATES_NOT_FIGURES = [
    "The company put it between 10 and 20 units.",
    "The council gave a figure of 12 for the new schools.",
]


@pytest.mark.parametrize(("text", "expected"), ESTIMATES_AND_SHELTER)
def test_other_estimates_shelter_and_small_words(text, expected):
    assert _brief(text) == expected


@pytest.mark.parametrize("text", ESTIMATES_NOT_FIGURES)
def test_estimates_of_nothing_counted_are_no_figure(text):
    assert _brief(text) == []


# --- the whole a part is taken from; a place before the verb; counts in brackets ---------------
WHOLES_PLACES_BRACKETS = [
    ("The border town still hosts some 60,000 of the 240,000 refugees in the country.",
     [("refugees", 60_000, "approx", "refugees"), ("refugees", 240_000, "exact", "refugees")]),
    ("Nearly 310,000 displaced people in the south set off back to their villages after the truce.",
     [("returned", 310_000, "at_most", "people")]),
    ("Some 20,000 displaced people in the north of the country have gone home since the ceasefire.",
     [("returned", 20_000, "approx", "people")]),
    ("Nearly 310,000 displaced people in Lebanon set off back to their villages after the truce.",
     [("returned", 310_000, "at_most", "people")]),
    ("Some 6,200 Eritreans left the area after the clashes, the refugee agency said.",
     [("refugees", 6_200, "approx", "people")]),
    ("Guinea has recorded the most deaths (2,544), followed by Liberia.",
     [("killed", 2_544, "exact", "people")]),
    # a whole written with a scale word: "of the 1.2 million IDPs"
    ("Some 300,000 of the 1.2 million IDPs have returned to their villages, the agency said.",
     [("returned", 300_000, "approx", "IDPs"), ("displaced", 1_200_000, "exact", "IDPs")]),
    # a verb with no object right after the whole is the part's: the whole (everyone aboard) is no figure
    ("Twelve of the 30 passengers died in the crash.", [("killed", 12, "exact", "passengers")]),
    ("Two of the 11 fishermen drowned when their boat capsized, the coast guard said.",
     [("killed", 2, "exact", "fishermen")]),
    # past a participle of the whole, the part's own verb says what befell the part
    ("Two of the 14 people injured in the blast died later in hospital.",
     [("killed", 2, "exact", "people"), ("injured", 14, "exact", "people")]),
    ("About 200 of the 1,500 families displaced by the floods have returned home.",
     [("returned", 200, "approx", "families"), ("displaced", 1_500, "exact", "families")]),
    ("Five of the 12 miners trapped underground were killed, the company said.",
     [("killed", 5, "exact", "miners"), ("trapped", 12, "exact", "miners")]),
    ("The agency said 35 of its staff members had been killed since the war began.",
     [("killed", 35, "exact", "staff")]),
    ("The army says 64 of its soldiers and three civilians have died.",
     [("killed", 64, "exact", "soldiers"), ("killed", 3, "exact", "civilians")]),
    # what each family has is no figure; the families are
    ("About 2,000 families with three children each were living in the camp after fleeing the fighting.",
     [("displaced", 2_000, "approx", "families")]),
]

WHOLES_NOT_FIGURES = [
    "Some 500 of the 4,000 villagers attended the meeting.",
]

# a number word saying what a count before it is of; a whole said to be something
COMPLEMENTS_AND_DESCRIBED_WHOLES = [
    ("Eight members of one family were killed when their house was hit by a shell.",
     [("killed", 8, "exact", "members")]),
    ("Twelve people from two villages were killed in the raid.", [("killed", 12, "exact", "people")]),
    ("Most of the 300 people killed were civilians, the ministry said.", [("killed", 300, "exact", "people")]),
    ("Some of the 40 injured were taken to hospitals in the capital.", [("injured", 40, "exact", "people")]),
]


@pytest.mark.parametrize(("text", "expected"), COMPLEMENTS_AND_DESCRIBED_WHOLES)
def test_complements_and_described_wholes(text, expected):
    assert _brief(text) == expected


@pytest.mark.parametrize(("text", "expected"), WHOLES_PLACES_BRACKETS)
def test_wholes_places_before_the_verb_and_bracketed_counts(text, expected):
    assert _brief(text) == expected


@pytest.mark.parametrize("text", WHOLES_NOT_FIGURES)
def test_a_population_a_part_is_taken_from_is_no_figure(text):
    assert _brief(text) == []


# --- out of a camp or shelter and back home: returns --------------------------------------------
BACK_FROM_SHELTER = [
    ("A further 14 families were moved from Kalo camp (Mansehra District) to their villages on Tuesday.",
     [("returned", 14, "exact", "families")]),
    ("About 300 households moved back from the camps to their home villages over the weekend.",
     [("returned", 300, "approx", "households")]),
    ("Some 1,200 people were taken from the Zam transit camp to their areas of origin by bus.",
     [("returned", 1_200, "approx", "people")]),
    ("Nearly 400 families left the evacuation centres and went back to their homes as the water receded.",
     [("returned", 400, "at_most", "families")]),
    ("Officials said 2,500 refugees had been taken from the reception camp to their places of origin.",
     [("returned", 2_500, "exact", "refugees")]),
]

BACK_FROM_SHELTER_STAYS_DISPLACED = [
    # into a camp, from a camp to another site, or to someone else's home: still displaced
    ("Some 1,200 people were moved from their villages to the Zam camp.", [("displaced", 1_200, "approx", "people")]),
    ("About 400 families were moved from the flooded camp to a new site near the town.",
     [("displaced", 400, "approx", "families")]),
    ("About 500 people were relocated from the flooded camp to their relatives' homes.",
     [("displaced", 500, "approx", "people")]),
    ("More than 2,000 people fled from their homes to the camps outside the city.",
     [("displaced", 2_000, "at_least", "people")]),
]


@pytest.mark.parametrize(("text", "expected"), BACK_FROM_SHELTER + BACK_FROM_SHELTER_STAYS_DISPLACED)
def test_out_of_a_shelter_and_back_home_is_a_return(text, expected):
    assert _brief(text) == expected


# --- one sentence, two counts of the same value: two figures; a later sentence: a repeat ---------
SAME_VALUE_TWICE = [
    # the places resolve to one country (or none): the counts are still two
    ("Officials said some 6,000 Syrians had gone home through the Bab al-Salam crossing and 6,000 "
     "through the Tal Abiad crossing.",
     [("returned", 6_000, "approx", "people"), ("returned", 6_000, "exact", "people")]),
    ("The storm killed 12 people in Barisal and 12 in Khulna, officials said.",
     [("killed", 12, "exact", "people"), ("killed", 12, "exact", "people")]),
    # the same figure said again in a later sentence is one figure
    ("The floods killed 35 people in the province. Officials said the 35 people killed included nine children.",
     [("killed", 35, "exact", "people"), ("killed", 9, "exact", "children")]),
    # ... but a part of a total is no repeat of a figure of the same value on its own
    ("Situation in numbers: 9.6 million children in need of humanitarian assistance.\n\nAn estimated 20.6 million "
     "people, including 9.6 million children, need humanitarian assistance.",
     [("in_need", 9_600_000, "exact", "children"), ("in_need", 20_600_000, "approx", "people"),
      ("in_need", 9_600_000, "exact", "children")]),
]


@pytest.mark.parametrize(("text", "expected"), SAME_VALUE_TWICE)
def test_two_counts_of_one_sentence_are_never_repeats(text, expected):
    assert _brief(text) == expected


# --- the people named before a verb of counting: "the dead now numbered eight" -------------------
SUBJECT_BEFORE_COUNT_VERB = [
    ("The provincial health office said on Monday that the dead now numbered nine.",
     [("killed", 9, "exact", "people")]),
    ("Those displaced by the floods in the province numbered more than 12,000 on Sunday.",
     [("displaced", 12_000, "at_least", "people")]),
    ("Soldiers killed in the ambush numbered 14, the army said.", [("killed", 14, "exact", "people")]),
    # households the subject names are what is counted
    ("Families returning to Mosul this month numbered 1,340, the ministry said.",
     [("returned", 1_340, "exact", "families")]),
    ("Displaced families stood at 12,500 on Friday.", [("displaced", 12_500, "exact", "families")]),
    # present forms, and a level reached
    ("Rohingya refugees in Bangladesh now number nearly a million.", [("refugees", 1_000_000, "at_most", "people")]),
    ("Refugees from Sudan in Chad now total more than 600,000, UNHCR said.",
     [("refugees", 600_000, "at_least", "people")]),
    ("Refugees in Uganda have reached 1.6 million, the largest number in Africa.",
     [("refugees", 1_600_000, "exact", "people")]),
    ("People displaced by the floods stand at 23,000, the agency said.", [("displaced", 23_000, "exact", "people")]),
    # a dot groups thousands: 10,829 people
    # an arrival in a text on returns is a return
    ("Thousands of Syrians have returned home since the earthquake. Syrians entering through the Kilis crossing "
     "up to Monday numbered 10.829, the crossing's management said.",
     [("returned", 2_000, "at_least", "people"), ("returned", 10_829, "exact", "people")]),
    ("After the earthquake, refugees entering through the Kilis crossing up to Monday numbered 10.829.",
     [("refugees", 10_829, "exact", "people")]),
]

SUBJECT_BEFORE_COUNT_VERB_NOT_FIGURES = [
    "The crowd, angry at the killing of a student, numbered 5,000.",
    "Rescuers searching for the missing numbered 400.",
    "Tickets sold for the match against the Refugees XI numbered 12,000.",
    "Votes for candidates who fled the country totalled 40,000.",
    "Rescue workers evacuating the wounded numbered 200.",
    "The protesters numbered 3,000 and marched to the ministry.",
    "People who fled the fighting could soon number more than 50,000.",
    "The refugees reached 3 camps near the border.",
    "The evacuees reached 40 km inland before the storm hit.",
    "Rescuers searching for the missing reached 400.",
    "Tickets for the concert number 12,000.",
]


@pytest.mark.parametrize(("text", "expected"), SUBJECT_BEFORE_COUNT_VERB)
def test_the_people_named_before_a_verb_of_counting(text, expected):
    assert _brief(text) == expected


@pytest.mark.parametrize("text", SUBJECT_BEFORE_COUNT_VERB_NOT_FIGURES)
def test_a_subject_that_is_no_people_of_ours_counts_nothing(text):
    assert _brief(text) == []


# --- wordings of homes left, homes lost and totals of a period ---------------------------------
LEFT_HOMES_AND_TOTALS = [
    # people out of their homes, moved from them, or in temporary housing are displaced
    ("About 16,500 people remain out of their homes after the wildfire, the province said.",
     [("displaced", 16_500, "approx", "people")]),
    ("Civil protection said 300 families had been moved from their homes near the burning forest.",
     [("displaced", 300, "exact", "families")]),
    ("Two years after the quake, some 4,000 families remain in temporary housing.",
     [("displaced", 4_000, "approx", "families")]),
    # properties burned are homes destroyed
    ("The fire brigade said 41 properties were destroyed in blazes across the capital.",
     [("housing_destroyed", 41, "exact", "properties")]),
    # a total of a period: "the season's total", "this year's toll"
    ("The state recorded 5 heat deaths on Saturday, taking the season's total to 17.",
     [("killed", 5, "exact", "people"), ("killed", 17, "exact", "people")]),
    # a change counted in a longer phrase before its "to"
    ("The number of refugees hosted in Europe grew by 5 per cent during 2023 to 12.4 million.",
     [("refugees", 12_400_000, "exact", "refugees")]),
    # a level passed as a milestone
    ("The death toll passed the mark of 1,000 on Friday, the ministry said.", [("killed", 1_000, "exact", "people")]),
]

LEFT_HOMES_NOT_FIGURES = [
    "The government built 3,000 temporary homes for the survivors.",
    "The company owns 300 properties in the city.",
]


@pytest.mark.parametrize(("text", "expected"), LEFT_HOMES_AND_TOTALS)
def test_homes_left_lost_and_totals_of_a_period(text, expected):
    assert _brief(text) == expected


@pytest.mark.parametrize("text", LEFT_HOMES_NOT_FIGURES)
def test_homes_built_or_owned_are_no_figure(text):
    assert _brief(text) == []
