"""Counters, results, rows of tables, and counts that are no figure of one indicator.

Each table is one named rule of tracker/extraction/rules.py (or one counter mechanism of
tracker/extraction/indicators.py), in sentences written the way wire copy and situation
reports word them: (indicator, value, qualifier, unit) per figure a careful reader takes
out, and the sentences with no figure at all.
"""

from __future__ import annotations

import pytest

from tracker import extract


def _brief(text):
    return [(f.indicator, f.value, f.qualifier, f.unit) for f in extract(text, published="2024-03-03")]


# --- a counter noun (toll, number, count, tally, list) and the verb of its count -------------
COUNTERS = [
    # a counter estimated "to be" its count
    ("The death toll is estimated to be between 5,900 and 11,300.", [("killed", 5_900, "range", "people")]),
    ("The number of people killed in the province since the offensive began in May, most of them "
     "in air strikes, had reached 2,410, the ministry said.",
     [("killed", 2_410, "exact", "people")]),
    ("The number of wounded over the same period has grown to 5,102.",
     [("injured", 5_102, "exact", "people")]),
    ("The number of injured has meanwhile risen to 412, while 30 people are still missing.",
     [("injured", 412, "exact", "people"), ("missing", 30, "exact", "people")]),
    ("The toll has risen to at least 19, police said.", [("killed", 19, "at_least", "people")]),
    # "count" as a counter, and the longer ways a counter names its people
    ("The county revised its count of structures destroyed in the fire to 1,870 from 1,240.",
     [("housing_destroyed", 1_870, "exact", "structures"), ("housing_destroyed", 1_240, "exact", "structures")]),
    ("The count of confirmed dead stood at 41 by Tuesday night.", [("killed", 41, "exact", "people")]),
    ("The agency revised its count of people displaced by the offensive to 240,000.",
     [("displaced", 240_000, "exact", "people")]),
    ("Police said the number of people listed as missing had fallen to 63.", [("missing", 63, "exact", "people")]),
    ("The number of Afghans who have crossed into Iran since the takeover has reached 310,000, the agency said.",
     [("refugees", 310_000, "exact", "people")]),
    # the participle right after the counter, with no "of"
    ("Overnight strikes brought the number killed in the past 24 hours to 36, the ministry said.",
     [("killed", 36, "exact", "people")]),
    ("The number wounded in the stampede has risen to 212.", [("injured", 212, "exact", "people")]),
    # an adverb or a day between the change verb and its "to"
    ("The death toll from the quake rose overnight to 52, the agency said.", [("killed", 52, "exact", "people")]),
    ("The number of injured climbed on Thursday evening to 317.", [("injured", 317, "exact", "people")]),
    ("The number of missing people jumped sharply to 140 as rescuers reached the valley.",
     [("missing", 140, "exact", "people")]),
    ("The storm's death toll in the two provinces crossed 1,500 on Tuesday.",
     [("killed", 1_500, "at_least", "people")]),
    ("The number of dead now exceeds 12,000, the agency said.", [("killed", 12_000, "at_least", "people")]),
    ("The official death toll has stayed at 74 for a week.", [("killed", 74, "exact", "people")]),
    ("The provisional death toll was about 3,000.", [("killed", 3_000, "approx", "people")]),
    # the counter's verb is the count's qualifier too
    ("The number of dead was estimated at 3,000 by the Red Cross.", [("killed", 3_000, "approx", "people")]),
    ("The number of people in need is estimated at 2.3 million.", [("in_need", 2_300_000, "approx", "people")]),
    ("The number of displaced is estimated at more than 40,000.", [("displaced", 40_000, "at_least", "people")]),
    ("Police put the death toll at 63 on Sunday.", [("killed", 63, "exact", "people")]),
    # two counters one verb sets: each count is its own counter's, the first gap that reaches a count ends it
    ("The ministry put the number of dead at 221 and the number of injured at 1,045.",
     [("killed", 221, "exact", "people"), ("injured", 1_045, "exact", "people")]),
    ("The cyclone's death toll kept rising, reaching 815 as of Monday morning.",
     [("killed", 815, "exact", "people")]),
    ("The Red Cross estimated the death toll at between 4,000 and 6,000.",
     [("killed", 4_000, "range", "people")]),
    ("The missing list had been whittled down to 41 names by Friday.",
     [("missing", 41, "exact", "names")]),
    ("The number of people who have returned since the fighting ended stands at 1.3 million.",
     [("returned", 1_300_000, "exact", "people")]),
    ("The number of displaced people has more than doubled to 96,400.",
     [("displaced", 96_400, "exact", "people")]),
    ("The agency raised its estimate of the death toll from the region's devastating mudslide to over 420.",
     [("killed", 420, "at_least", "people")]),
    ("Medics gave a provisional toll of 27.", [("killed", 27, "exact", "people")]),
    # the counter's first word straddling the reach before the count is still read
    ("The number of people confirmed dead after floods swept through the eastern Libyan city of Derna has risen "
     "to 3,958, the World Health Organization said.", [("killed", 3_958, "exact", "people")]),
    # a toll that names its own people is theirs, not the dead's: the longer counter is tried first
    ("The toll of injured rose to 230 on Tuesday, the health ministry said.", [("injured", 230, "exact", "people")]),
    ("The toll of the missing stood at 12 after rescuers found two more survivors in the rubble.",
     [("missing", 12, "exact", "people")]),
    ("The death toll from the floods of March 3 has risen to 1,208, the agency said.",
     [("killed", 1_208, "exact", "people")]),
    ("The number of fatalities is estimated at 2,100 to 3,400.", [("killed", 2_100, "range", "people")]),
    # a participle that says who counted opens the gap as a preposition does
    ("Civilian deaths documented by the monitoring mission rose to 11,520 in May.", [("killed", 11_520, "exact", "people")]),
    ("The number of deaths recorded in the province since January has climbed to 640.",
     [("killed", 640, "exact", "people")]),
]

COUNTER_NOT_FIGURES = [
    "The number of refugees returning home rose to 20,000.",
    "The agency warned that the number of refugees could reach 30,000 by June.",
    "Officials said the real death toll likely exceeded 5,000.",
    "Refugees now make up a third of the town's 45,000 residents.",
    "Displacement rose to 30 percent of the district's population.",
]


@pytest.mark.parametrize("sentence, expected", COUNTERS, ids=[s[:50] for s, _ in COUNTERS])
def test_a_counter_gives_the_indicator_of_its_count(sentence, expected):
    assert _brief(sentence) == expected


@pytest.mark.parametrize("sentence", COUNTER_NOT_FIGURES)
def test_a_counter_in_a_projection_or_hedge_is_no_figure(sentence):
    assert _brief(sentence) == []


# --- what a result leaves the people: "has left 54 people dead" ------------------------------
RESULTS = [
    ("The floods have left 38 people dead and 12 injured in the north, officials said.",
     [("killed", 38, "exact", "people"), ("injured", 12, "exact", "people")]),
    ("Raids since March have left at least 41 villagers dead in the district.",
     [("killed", 41, "at_least", "villagers")]),
    ("The blast has left 14 people missing.", [("missing", 14, "exact", "people")]),
    ("The storm has left 2,000 people homeless.", [("displaced", 2_000, "exact", "people")]),
]


@pytest.mark.parametrize("sentence, expected", RESULTS, ids=[s[:50] for s, _ in RESULTS])
def test_the_state_after_a_result_gives_the_indicator(sentence, expected):
    assert _brief(sentence) == expected


# --- rows of tables and lists -----------------------------------------------------------------
ROWS = [
    ("HAITI – People killed: 42 | People injured: 310 | Houses damaged or destroyed: 12,400 | "
     "People displaced: 3,100 households | People affected: 95,000",
     [("killed", 42, "exact", "people"), ("injured", 310, "exact", "people"),
      ("housing_destroyed", 12_400, "exact", "houses"), ("displaced", 3_100, "exact", "households"),
      ("affected", 95_000, "exact", "people")]),
    ("KEY FIGURES\n1.2 MILLION – Estimated Number of People in Need of Humanitarian Assistance (UN – May 2023)\n"
     "640,000 – Internally Displaced Persons (IOM – May 2023)",
     [("in_need", 1_200_000, "approx", "people"), ("displaced", 640_000, "exact", "people")]),  # an estimated number
    # the row's label names the homes, the words after each count what happened to them
    ("Houses: 3,400 fully destroyed, 8,900 partially damaged.",
     [("housing_destroyed", 3_400, "exact", "houses"), ("housing_destroyed", 8_900, "exact", "houses")]),
    # a label closed by its date; the next line's label is no noun of this row's count
    ("Snapshot\n\nPeople displaced since 15 April 2023: 8.7 million\nRefugees and returnees abroad: 1.9 million\n"
     "People in need: 24.8 million",
     [("displaced", 8_700_000, "exact", "people"), ("returned", 1_900_000, "exact", "people"),
      ("in_need", 24_800_000, "exact", "people")]),
    # a label joined to its count by a dash; a capitalised label right after the count before it
    ("Deaths – 45; Injured – 120; Missing – 12",
     [("killed", 45, "exact", "people"), ("injured", 120, "exact", "people"), ("missing", 12, "exact", "people")]),
    ("KILLED: 45 INJURED: 120", [("killed", 45, "exact", "people"), ("injured", 120, "exact", "people")]),
    # people with a verb of their own after a label: the verb says what befell them
    ("Yarmouk camp: Some 18,000 Palestinians remain besieged in the Damascus camp.",
     [("trapped", 18_000, "approx", "palestinians")]),
    ("Zamzam camp: about 400 children have died of malnutrition since January, MSF said.",
     [("killed", 400, "approx", "children")]),
    # rows a hyphen or an asterisk opens, as plain-text bullets
    ("Key figures\n- Killed: 7,108\n- Injured: over 40,000\n* Buildings collapsed: 5,775",
     [("killed", 7_108, "exact", "people"), ("injured", 40_000, "at_least", "people"),
      ("housing_destroyed", 5_775, "exact", "buildings")]),
    # a list by place after a heading that names what it counts and that it counts it by place
    ("Deaths recorded by the Sudan Doctors' Union by state since 15 April: Khartoum 172; West Darfur 96; North Kordofan 31.",
     [("killed", 172, "exact", "people"), ("killed", 96, "exact", "people"), ("killed", 31, "exact", "people")]),
    ("Displaced people by region: Tigray 1.2 million, Amhara 600,000 and Afar 300,000.",
     [("displaced", 1_200_000, "exact", "people"), ("displaced", 600_000, "exact", "people"),
      ("displaced", 300_000, "exact", "people")]),
    # ... its items with a colon after each place
    ("Deaths by province: Sindh: 22, Punjab: 18, Balochistan: 5.",
     [("killed", 22, "exact", "people"), ("killed", 18, "exact", "people"), ("killed", 5, "exact", "people")]),
    ("IDPs by camp: Bentiu: 12,000; Malakal: 8,000", [("displaced", 12_000, "exact", "people"), ("displaced", 8_000, "exact", "people")]),
    # a row whose own label names none of ours shares nothing with the row before it
    ("Affected: 2.3M; Districts: 14; Displaced: 563K",
     [("affected", 2_300_000, "exact", "people"), ("displaced", 563_000, "exact", "people")]),
    ("People in need: 3.2M | Targeted: 2.1M | Reached: 650K", [("in_need", 3_200_000, "exact", "people")]),
    ("Killed: 45; Injured: 120; Total: 165", [("killed", 45, "exact", "people"), ("injured", 120, "exact", "people")]),
    # the row's own word after its count says what it counts, whatever place its label names
    ("Strikes on shelters this week:\n- Jabalia camp: 50 dead\n- Al-Mawasi camp: 19 killed\n- Evacuation centre: 4 dead",
     [("killed", 50, "exact", "people"), ("killed", 19, "exact", "people"), ("killed", 4, "exact", "people")]),
    # a state after a row's count ("confirmed", "reported") is no noun of it
    ("Key figures\nDeaths: 99 confirmed\nMissing: 2 confirmed\nInjured: 340 reported",
     [("killed", 99, "exact", "people"), ("missing", 2, "exact", "people"), ("injured", 340, "exact", "people")]),
    # an item's mark in a numbered list counts nothing
    ("Deadliest attacks:\n1. Zamzam camp, April 11: 45 killed\n2. Wad al-Noura, June 5, 2024: 100 killed\n3. Al-Sireha, Oct 26: 80 killed",
     [("killed", 45, "exact", "people"), ("killed", 100, "exact", "people"), ("killed", 80, "exact", "people")]),
    # people in a place of shelter, beside the places counted
    ("Evacuation centres: 214 (hosting 12,345 families) | People in camps: 58,000",
     [("displaced", 12_345, "exact", "families"), ("displaced", 58_000, "exact", "people")]),
]
ROW_NOT_FIGURES = [
    "AT A GLANCE\n3 to 4 MILLION – People Likely to Face Hunger in 2024 (WFP – June 2023)",
    "Schools by district: Khartoum 172, Omdurman 96.",
    "Crops damaged: 12,000 hectares | Roads cut: 40",
    "Schools: 45 damaged, 12 destroyed.",
    # the places of shelter a label counts, not the people in them
    "Shelters open: 214 | Displacement sites: 1,205 | Camps: 577",
    "Evacuation centres: 214",
]


@pytest.mark.parametrize("text, expected", ROWS, ids=["label first", "number first", "label of homes", "label with a date", "dash", "one line", "own verb", "own verb of death", "hyphen bullets", "list by state", "list by region", "list by province with colons", "list by camp with colons", "districts", "targeted and reached", "total", "own word after a place label", "a state after the count", "numbered list", "shelters and people in them"])
def test_a_row_label_names_what_is_counted(text, expected):
    assert _brief(text) == expected


@pytest.mark.parametrize("text", ROW_NOT_FIGURES)
def test_a_row_of_no_people_or_a_projection_is_no_figure(text):
    assert _brief(text) == []


# --- counts that are no figure of one indicator ----------------------------------------------
NOT_ONE_INDICATOR = [
    # several outcomes together
    "Officials said about 300 people were killed or injured by snipers.",
    "At least 40 migrants were killed or went missing off the coast.",
    "The mission said 1,860 people were reported killed, injured or kidnapped in the quarter.",
    "The agency recorded 154 civilian injuries and deaths in six months.",
    "Shelling killed or wounded 300 civilians in the town.",
    "A cumulative 403 wounded and sick people have left through the crossing for treatment.",
    "Millions of people affected and displaced by the war need help.",
    # another outcome right after the people
    "Another 298 people were kidnapped during the period.",
    "At least 49 women were raped in April as gunmen killed their husbands.",
    # ... or right before them, its object: where they came from is no displacement of theirs
    "Police said they had arrested 35 young men from the Dalori IDP camp after the riot.",
    "The armed group forcibly recruited at least 60 boys from the Rhoe displacement site.",
    "Gunmen abducted more than 20 farmers who had fled the earlier raids.",
    # rates and amounts to each
    "More than 400 refugees a day are crossing into the country, the agency said.",
    "Some 1,300 refugees who arrive daily at the camps were registered.",
    "Between 25 and 30 bodies arrive every day at the morgue.",
    "An average of six civilians were killed every day.",
    '"Every day we see 600 to 800 people crossing at Adre," said a UNHCR official.',
    "Every week, 2,000 people flee the fighting in the north.",
    "An MSF spokesperson said one child was dying every two hours in the camp.",
    "Some 300 refugees arrive every 48 hours at the crossing, the agency said.",
    "The government will pay 50,000 to each of the injured.",
    # people cut off from supplies lack them: a population, no people trapped
    "The islands' 9,000 residents were cut off from fuel and water.",
    "Some 40,000 households in the valley have been cut off from electricity since Monday.",
    # places, responders, rescued people, capacity
    "Some 16,400 rescue workers were active in the affected areas.",
    "More than 110,000 people are involved in the search and rescue operation.",
    "Divers managed to rescue 38 people from the river.",
    "Violence erupted between two displaced communities near the base.",
    "A new camp will eventually house up to 20,000 refugees.",
    # the recipients of a plan to supply people, however far the plan's verb stands before them
    "NRC plans to provide emergency shelter and cash assistance to 50,000 displaced people in Herat.",
    "IOM will distribute shelter kits and blankets to 12,000 displaced families in north-west Syria.",
    '"Our teams are preparing to receive up to 20,000 refugees in the coming days," she said.',
    # ... a sum asked for to supply them, and the parts of a plan's total
    "The agency needs $85 million to shelter 40,000 displaced people in Sindh.",
    "UNICEF needs $300 million to support 3 million people over the next six months, including 500,000 refugees in Chad.",
    "The response plan aims to support 4.2 million people this year, of whom 1.1 million are refugees.",
    "The appeal seeks to reach 2 million people, among them 700,000 internally displaced people.",
    # ... and of a supply made: the people it reached are its recipients
    "WFP delivered food to 300,000 displaced people in Khan Younis last week.",

    # a clinic's patients in a camp: the camp says nothing of what befell them
    "MSF has treated 1,200 survivors of sexual violence in camps around Goma since January.",
    "Mobile teams screened 5,000 children for malnutrition in displacement camps in Baidoa.",
]

# people living in camps count, and the wounded a clinic treats
SUPPLIED = [
    ("Some 5,000 children living in displacement camps were screened for malnutrition.",
     [("displaced", 5_000, "approx", "children")]),
    ("Doctors in Goma treated 300 wounded in camps around the city.", [("injured", 300, "exact", "people")]),
]


@pytest.mark.parametrize("sentence,expected", SUPPLIED, ids=[s[:50] for s, _ in SUPPLIED])
def test_a_supply_made_counts_its_people(sentence, expected):
    assert _brief(sentence) == expected


@pytest.mark.parametrize("sentence", NOT_ONE_INDICATOR, ids=[s[:50] for s in NOT_ONE_INDICATOR])
def test_no_figure_of_one_indicator(sentence):
    assert _brief(sentence) == []


# --- what the people counted were, and what happened to them last ----------------------------
WHICH_INDICATOR = [
    # a list of counts each in its own place shares the verb after the last
    ("About 2.4 million people in Bangladesh and 300,000 in India had been evacuated ahead of the storm.",
     [("displaced", 2_400_000, "approx", "people"), ("displaced", 300_000, "exact", "people")]),
    # (but a count after a comma is no item of that list: the survivors live on)
    ("A year after the earthquakes that killed more than 53,000 people in Turkey, about 690,000 survivors still "
     "live in container settlements, AFAD said.", [("killed", 53_000, "at_least", "people")]),
    # people cut off by the water are trapped
    ("About 9,000 people were cut off by floodwaters in the district.", [("trapped", 9_000, "approx", "people")]),
    # a count that opens a hard-wrapped line is no mark of a list's item
    ("Rescuers pulled 12 bodies from the rubble, bringing the death toll to\n140. More than 500 civilians have died.",
     [("killed", 12, "exact", "bodies"), ("killed", 140, "exact", "people"), ("killed", 500, "at_least", "civilians")]),
    # the whole a part of aid's recipients is taken from is no recipient
    ("WFP has assisted 800,000 of the estimated 2 million people displaced by the floods.",
     [("displaced", 2_000_000, "approx", "people")]),
    # a part of a whole fronted with its scale word, with a verb of its own
    ("Of the 1.2 million affected, 300,000 were staying in evacuation centres.",
     [("affected", 1_200_000, "exact", "people"), ("displaced", 300_000, "exact", "people")]),
    ("Gunmen killed 10 and injured 30 in the raid.",
     [("killed", 10, "exact", "people"), ("injured", 30, "exact", "people")]),
    ("Responders evacuated 30 injured people to hospitals.", [("injured", 30, "exact", "people")]),
    ("Around 40,000 Syrians who had sheltered in Turkey have gone home.",
     [("returned", 40_000, "approx", "people")]),
    ("Some 1,300 households uprooted by the floods in August have returned to their villages.",
     [("returned", 1_300, "approx", "households")]),
    ("Nearly 580,000 displaced people set off back to their villages.",
     [("returned", 580_000, "at_most", "people")]),
    ("Floods have affected 120,000 people.", [("affected", 120_000, "exact", "people")]),
    ("Rescuers managed to rescue 38 people, and three learners are still missing.",
     [("missing", 3, "exact", "learners")]),
]


@pytest.mark.parametrize("sentence, expected", WHICH_INDICATOR, ids=[s[:50] for s, _ in WHICH_INDICATOR])
def test_the_indicator_of_what_happened(sentence, expected):
    assert _brief(sentence) == expected


# --- a lower bound said once for two counts joined by "and" ----------------------------------
SHARED_BOUND = [
    ("At least 12 people were killed and 40 injured.",
     [("killed", 12, "at_least", "people"), ("injured", 40, "at_least", "people")]),
    ("At least 31 people have been killed and 90 others wounded in the shelling.",
     [("killed", 31, "at_least", "people"), ("injured", 90, "at_least", "people")]),
    # a count with a verb of its own keeps its own qualifier
    ("At least 304 people died and 1,800 people were wounded.",
     [("killed", 304, "at_least", "people"), ("injured", 1_800, "exact", "people")]),
    ("At least 12 people were killed on Monday, and 20 were injured on Tuesday.",
     [("killed", 12, "at_least", "people"), ("injured", 20, "exact", "people")]),
    # ... in the present or the past, with no auxiliary
    ("More than 3 million people are internally displaced and 12.7 million children need humanitarian assistance.",
     [("displaced", 3_000_000, "at_least", "people"), ("in_need", 12_700_000, "exact", "children")]),
    ("At least 5 people were killed in the blast and 20 children died in hospital.",
     [("killed", 5, "at_least", "people"), ("killed", 20, "exact", "children")]),
]


@pytest.mark.parametrize("sentence, expected", SHARED_BOUND, ids=[s[:50] for s, _ in SHARED_BOUND])
def test_a_bound_said_once_for_two_counts(sentence, expected):
    assert _brief(sentence) == expected
