"""Breakdowns: a part written after its total is a figure of its own, linked to its total.

Each row is a sentence written the way wire copy breaks a total down, and every figure a
careful reader takes out of it, as (indicator, value, unit, the value of its total or None
for a figure that is no part, place). A part takes its total's indicator unless it has a
verb of its own, keeps its own unit, and gets its own place when its clause names one.
The last tests follow the parts into the frame: no chart, headline, claim series or export
adds a total and its parts.
"""

from __future__ import annotations

import pandas as pd
import pytest

from tracker import extract
from tracker import consolidate as cons
from tracker.app import charts, views
from tracker.output.schema import to_frame
from tracker.records import Document
from tracker.extraction.engine import extract_document

Row = tuple[str, int, str, "int | None", "str | None"]

BREAKDOWNS: list[tuple[str, list[Row]]] = [
    # including, among them: the part counts what its total counts, in its own unit
    ("The blast killed 48 people, including 9 firefighters, the ministry said.",
     [("killed", 48, "people", None, None), ("killed", 9, "firefighters", 48, None)]),
    ("The storm has displaced 96,400 people, including 18,250 households, the agency said.",
     [("displaced", 96_400, "people", None, None), ("displaced", 18_250, "households", 96_400, None)]),
    ("Troops killed 27 civilians on Monday, among them 11 children and 4 women.",
     [("killed", 27, "civilians", None, None), ("killed", 11, "children", 27, None), ("killed", 4, "women", 27, None)]),
    ("At least 1,200 people were injured, including 340 in serious condition.",
     [("injured", 1_200, "people", None, None), ("injured", 340, "people", 1_200, None)]),
    ("Police said 17 people were killed and 40 injured, including 12 children.",
     [("killed", 17, "people", None, None), ("injured", 40, "people", None, None), ("injured", 12, "children", 40, None)]),
    # "Of these, N were in <place>": a part of the sentence before's figure, in its place
    ("Officials raised the toll to 225. Of these, 94 were in Oaxaca, 71 in Chiapas and 43 in Tabasco.",
     [("killed", 225, "people", None, None), ("killed", 94, "people", 225, "Oaxaca"), ("killed", 71, "people", 225, "Chiapas"),
      ("killed", 43, "people", 225, "Tabasco")]),
    ("Some 52,000 people are still displaced. Of those, about 31,000 are from Sindh.",
     [("displaced", 52_000, "people", None, None), ("displaced", 31_000, "people", 52_000, "Sindh")]),
    # "N of the victims" opening the sentence after a count of the dead: a part of it
    ("Police found 23 bodies near the highway. Eleven of the victims had been shot.",
     [("killed", 23, "bodies", None, None), ("killed", 11, "victims", 23, None)]),
    # a list between dashes after a total, as a bracket
    ("Gunmen killed at least 87 villagers — 51 men, 20 women and 16 children — in two raids on Sunday.",
     [("killed", 87, "villagers", None, None), ("killed", 51, "men", 87, None), ("killed", 20, "women", 87, None),
      ("killed", 16, "children", 87, None)]),
    # people burned alive are dead, and the parts of them too
    ("Soldiers burned 14 of them alive, including six teenagers.",
     [("killed", 14, "people", None, None), ("killed", 6, "teenagers", 14, None)]),
    # a place "accounting for" a count after a total: a part of it, in that place
    ("Floods have displaced more than 50,000 people in Malaysia, with Pahang accounting for over 35,000.",
     [("displaced", 50_000, "people", None, "Malaysia"), ("displaced", 35_000, "people", 50_000, "Pahang")]),
    # a bracket later in the total's clause, listing counts by place: parts, each in its place, and the total not in theirs
    ("A total of 3,211 civilian fatalities were recorded in Yemen in 2022 (1,057 in Taiz, 612 in Hodeidah).",
     [("killed", 3_211, "people", None, "Yemen"), ("killed", 1_057, "people", 3_211, "Taiz"),
      ("killed", 612, "people", 3_211, "Hodeidah")]),
    # a part with its own verb: its own indicator, linked only when it is the total's
    ("Fighting has displaced 45,000 people, including 9,000 who fled on Sunday.",
     [("displaced", 45_000, "people", None, None), ("displaced", 9_000, "people", 45_000, None)]),
    # a bracketed list after a count, and the verb after the bracket
    ("The ministry said 310 people (190 men, 82 women and 38 children) were killed in the raids.",
     [("killed", 310, "people", None, None), ("killed", 190, "men", 310, None),
      ("killed", 82, "women", 310, None), ("killed", 38, "children", 310, None)]),
    ("Rebels killed 64 villagers and another 212 (150 men, 40 women and 22 children) were wounded.",
     [("killed", 64, "villagers", None, None), ("injured", 212, "people", None, None),
      ("injured", 150, "men", 212, None), ("injured", 40, "women", 212, None), ("injured", 22, "children", 212, None)]),
    # a part naming its group after it
    ("The attack killed 85 people, 30 children among them.",
     [("killed", 85, "people", None, None), ("killed", 30, "children", 85, None)]),
    # a list after a total's colon: each item its own place, the total none of theirs
    ("The earthquake killed 1,870 people: 1,102 in Lorca, 655 in Teruel and 113 in Huesca.",
     [("killed", 1_870, "people", None, "Spain"), ("killed", 1_102, "people", 1_870, "Lorca"),
      ("killed", 655, "people", 1_870, "Teruel"), ("killed", 113, "people", 1_870, "Huesca")]),
    # a part of the dead that says how or where they died is a part of the dead
    ("Flash floods killed at least 58 people, 39 of them trapped in their cars on the motorway.",
     [("killed", 58, "people", None, None), ("killed", 39, "people", 58, None)]),
    # ... not a count after "including" larger than the dead, whose own noun names displaced people
    ("The agency said 96 of its staff had been killed and 120 of its facilities damaged, including schools "
     "used as shelters by 1.2 million displaced people.",
     [("killed", 96, "staff", None, None), ("displaced", 1_200_000, "people", None, None)]),
    # ... its items in words too, the last place after "the"
    ("Storm Boris killed at least 21 people across the region: nine in Romania, seven in Poland and five in the Czech Republic.",
     [("killed", 21, "people", None, None), ("killed", 9, "people", 21, "Romania"), ("killed", 7, "people", 21, "Poland"),
      ("killed", 5, "people", 21, "Czechia")]),
    # ... after a long stretch before the colon, or "on" an island
    ("The storm has killed at least 16 people across the mountain valleys of the north: nine in Tirol and seven in Salzburg.",
     [("killed", 16, "people", None, None), ("killed", 9, "people", 16, None), ("killed", 7, "people", 16, None)]),
    ("The toll rose to 61 on Monday, of whom 58 died in Izmir and three on the Greek island of Samos.",
     [("killed", 61, "people", None, None), ("killed", 58, "people", 61, None), ("killed", 3, "people", 61, None)]),
    # a part in words right after "including", with its place
    ("The missiles killed nine people across Ukraine, including two in Lviv, and injured 30.",
     [("killed", 9, "people", None, "Ukraine"), ("killed", 2, "people", 9, "Lviv"), ("injured", 30, "people", None, None)]),
    # a sentence opening with its total
    ("Of the 150 dead, 80 were in Aleppo and 70 in Idlib.",
     [("killed", 150, "people", None, "Syria"), ("killed", 80, "people", 150, "Aleppo"), ("killed", 70, "people", 150, "Idlib")]),
    ("Among the 1,200 injured were 300 women and 200 children.",
     [("injured", 1_200, "people", None, None), ("injured", 300, "women", 1_200, None), ("injured", 200, "children", 1_200, None)]),
    # a list of counts in brackets after names: parts of the total before, each placed by its name
    ("A total of 1,234 families were displaced in the districts of Dadu (560), Larkana (400) and Sukkur (274).",
     [("displaced", 1_234, "families", None, "Pakistan"), ("displaced", 560, "families", 1_234, "Dadu"),
      ("displaced", 400, "families", 1_234, "Larkana"), ("displaced", 274, "families", 1_234, "Sukkur")]),
    # ... with no total, what the words before the list say, each placed by its name
    ("Deaths were reported in Kandy (12), Matale (8) and Kegalle (5).",
     [("killed", 12, "people", None, "Kandy"), ("killed", 8, "people", None, "Matale"), ("killed", 5, "people", None, "Kegalle")]),
    # ... but a day's date in brackets is none: "homeless Thursday (27)"
    ("Thousands of people were homeless Thursday (27) after the cyclone.", [("displaced", 2_000, "people", None, None)]),
    ("Colombia hosts about 2.9 million Venezuelan refugees, followed by Peru with 1.5 million and Brazil with 510,000.",
     [("refugees", 2_900_000, "refugees", None, "Colombia"), ("refugees", 1_500_000, "refugees", None, "Peru"),
      ("refugees", 510_000, "refugees", None, "Brazil")]),
    # a list whose rows name their place before the count, the verb said once
    ("Poland has taken in 1.2 million refugees, Hungary 191,000, Slovakia 141,000 and Moldova 83,000.",
     [("refugees", 1_200_000, "refugees", None, "Poland"), ("refugees", 191_000, "refugees", None, "Hungary"),
      ("refugees", 141_000, "refugees", None, "Slovakia"), ("refugees", 83_000, "refugees", None, "Moldova")]),
    # ... or after it: each item's own host, not the nearer one of the item before
    ("More than 260,000 Malians have fled to neighbouring countries, with 108,000 in Mauritania, 107,000 in Burkina Faso and 61,000 in Niger.",
     [("refugees", 260_000, "people", None, None), ("refugees", 108_000, "people", 260_000, "Mauritania"),
      ("refugees", 107_000, "people", 260_000, "Burkina Faso"), ("refugees", 61_000, "people", 260_000, "Niger")]),
    # ... or after "for": "Sierra Leone for 1,200"
    ("Liberia accounted for 2,484 of the deaths, Sierra Leone for 1,200 and Guinea for 862, the WHO said.",
     [("killed", 2_484, "people", None, "Liberia"), ("killed", 1_200, "people", None, "Sierra Leone"),
      ("killed", 862, "people", None, "Guinea")]),
    # an elliptical list with no total: figures of their own, in the first item's unit
    ("The floods killed 512 children in Sindh, 207 in Punjab and 66 in Balochistan, officials said.",
     [("killed", 512, "children", None, "Sindh"), ("killed", 207, "children", None, "Punjab"),
      ("killed", 66, "children", None, "Balochistan")]),
    # a partitive judged by its own words, linked when it counts what its total counts
    ("The floods displaced 10,214 people, 151 of whom had taken refuge in evacuation centres.",
     [("displaced", 10_214, "people", None, None), ("displaced", 151, "people", 10_214, None)]),
    ("The fighting forced 2.3 million people to flee, 650,000 of them across borders as refugees.",
     [("displaced", 2_300_000, "people", None, None), ("refugees", 650_000, "people", None, None)]),
    # ... in the people it names after it, alone in the clause, and after a dash
    ("The shelling killed 40 people, 12 of them children, the governor said.",
     [("killed", 40, "people", None, None), ("killed", 12, "children", 40, None)]),
    ("At least 30 people were wounded, five of whom were police officers.",
     [("injured", 30, "people", None, None), ("injured", 5, "officers", 30, None)]),
    ("Of the 64 people killed, 20 were women.",
     [("killed", 64, "people", None, None), ("killed", 20, "women", 64, None)]),
    ("The strike killed 40 people — at least 12 of them children — the health ministry said.",
     [("killed", 40, "people", None, None), ("killed", 12, "children", 40, None)]),
    ("Some 2.88 million people remain displaced, 1.2 million of them in camps.",
     [("displaced", 2_880_000, "people", None, None), ("displaced", 1_200_000, "people", 2_880_000, None)]),
    ("At least 49 women were abducted in March, seven of whom were later killed.",
     [("killed", 7, "people", None, None)]),
    ("In all, 5,210 households have been affected, of which 1,980 have been left homeless.",
     [("affected", 5_210, "households", None, None), ("displaced", 1_980, "households", None, None)]),
    # "of which" after a count of things: a part of those things, not of the figure before them
    ("Some 118,000 people are sheltering in 875 collective shelters, 778 of which have reached capacity.",
     [("displaced", 118_000, "people", None, None)]),
    ("Displaced persons: 12,400 in 36 sites, 20 of which are schools.", [("displaced", 12_400, "people", None, None)]),
    # a small number word as an item of a list by place
    ("Of the 64 deaths, 31 were in Kandy, 28 in Matale and five in Badulla.",
     [("killed", 64, "people", None, None), ("killed", 31, "people", 64, "Kandy"),
      ("killed", 28, "people", 64, "Matale"), ("killed", 5, "people", 64, "Badulla")]),
    # no count before the parts: the subject names the group
    ("Those killed in the raids included 13 police officers and more than 460 gang members, the UN said.",
     [("killed", 13, "officers", None, None), ("killed", 460, "members", None, None)]),
    ("In Gaza, the wounded included 12 children.", [("injured", 12, "children", None, None)]),
    # restatements are no parts: a count in another unit, or a larger one
    ("Around 2,300 people, that is 520 families, were evacuated from the river banks.",
     [("displaced", 2_300, "people", None, None), ("displaced", 520, "families", None, None)]),
    ("Around 2,300 people, i.e. 520 families, were evacuated from the river banks.",
     [("displaced", 2_300, "people", None, None), ("displaced", 520, "families", None, None)]),
    ("Some 4,000 families (about 20,000 people) fled the fighting.",
     [("displaced", 4_000, "families", None, None), ("displaced", 20_000, "people", None, None)]),
    ("Over 30,000 people from 8,000 families in two districts were affected by the floods.",
     [("affected", 30_000, "people", None, None), ("affected", 8_000, "families", None, None)]),
    ("About 6,000 people, including 4,000 children, were sheltering at the base and about 5,000 at the airstrip.",
     [("displaced", 6_000, "people", None, None), ("displaced", 4_000, "children", 6_000, None),
      ("displaced", 5_000, "people", None, None)]),
    # the counts of places after ", with": parts of the total, each in its place (the total keeps its own)
    ("Hurricane Helene has killed at least 227 people across six states, with 104 in North Carolina alone.",
     [("killed", 227, "people", None, "United States"), ("killed", 104, "people", 227, "North Carolina")]),
    ("The quake killed 300 people, with 120 in Herat and 80 in Badghis, officials said.",
     [("killed", 300, "people", None, "Afghanistan"), ("killed", 120, "people", 300, "Herat"),
      ("killed", 80, "people", 300, "Badghis")]),
    # ... and a part larger than a count of things between is no part of the things
    ("Hurricane Helene has killed at least 227 people across six states, including 104 in North Carolina.",
     [("killed", 227, "people", None, "United States"), ("killed", 104, "people", 227, "North Carolina")]),
    # ... the last row of a place list after a breakdown's opener, however far from it
    ("The death toll from the floods in eastern Spain has climbed to 217, of whom 213 died in the Valencia region, "
     "three in Castilla-La Mancha and one in Andalusia.",
     [("killed", 217, "people", None, None), ("killed", 213, "people", 217, None),
      ("killed", 3, "people", 217, None), ("killed", 1, "people", 217, "Andalusia")]),
    # ... a decimal point before the colon ends no sentence
    ("Officials said 225 people died in the 7.1 quake: 94 in Mexico City, 71 in Morelos and 43 in Puebla.",
     [("killed", 225, "people", None, None), ("killed", 94, "people", 225, "Mexico City"),
      ("killed", 71, "people", 225, "Morelos"), ("killed", 43, "people", 225, "Puebla")]),
    # a list after the colon that closes the figure's attribution
    ("The death toll climbed to 300 on Sunday, the army said: 225 militants, 59 soldiers and 16 civilians.",
     [("killed", 300, "people", None, None), ("killed", 225, "militants", 300, None),
      ("killed", 59, "soldiers", 300, None), ("killed", 16, "civilians", 300, None)]),
    # a list whose items name their place before "with": each item its own figure and place
    ("The floods killed 410 people. Sindh was hardest hit with 220 deaths, followed by Balochistan with 120 and "
     "Punjab with 70.",
     [("killed", 410, "people", None, None), ("killed", 220, "people", None, "Sindh"),
      ("killed", 120, "people", None, "Balochistan"), ("killed", 70, "people", None, "Punjab")]),
    # a part of the group the sentence before counted: fronted ("Of the dead,") or "among the dead"
    ("The floods killed 280 people. Of the dead, 31 were children, the governor said.",
     [("killed", 280, "people", None, None), ("killed", 31, "children", 280, None)]),
    # ... each item of a list the fronted group opens
    ("The crush killed 153 people. Of the dead, 97 were women and 56 were men.",
     [("killed", 153, "people", None, None), ("killed", 97, "women", 153, None), ("killed", 56, "men", 153, None)]),
    ("The blast killed 23 people. Of those killed, 12 were children, 8 were women and 3 were elderly.",
     [("killed", 23, "people", None, None), ("killed", 12, "children", 23, None), ("killed", 8, "women", 23, None),
      ("killed", 3, "people", 23, None)]),
    ("Cholera killed 400 people in March. Of those who died last month, about 80 were children.",
     [("killed", 400, "people", None, None), ("killed", 80, "children", 400, None)]),
    ("The gunman killed 22 people at the store. Eight women were among the dead.",
     [("killed", 22, "people", None, None), ("killed", 8, "women", 22, None)]),
    # ... every count of a list, and "among those killed"
    ("The death toll rose to 229 on Monday. Some 148 men and 81 women were among the dead, officials said.",
     [("killed", 229, "people", None, None), ("killed", 148, "men", 229, None), ("killed", 81, "women", 229, None)]),
    ("At least 63 people were killed in the attack. Forty-nine children were among those killed, the ministry said.",
     [("killed", 63, "people", None, None), ("killed", 49, "children", 63, None)]),
    # ... or counted out of it, its people after the verb: "22 of the dead were soldiers"
    ("At least 74 people died when a fire tore through a five-storey building. Twelve of the dead were children.",
     [("killed", 74, "people", None, None), ("killed", 12, "children", 74, None)]),  # a compound after the total
    ("The attack killed 60 people, the army said. Twenty-two of the dead were soldiers.",
     [("killed", 60, "people", None, None), ("killed", 22, "soldiers", 60, None)]),
    # ... or named by a pronoun: "Of these,", "of them"
    ("Malnutrition deaths in the district surpassed 30 last week. Of these, 25 were children.",
     [("killed", 30, "people", None, None), ("killed", 25, "children", 30, None)]),
    ("Some 300,000 people are trapped in the eastern districts. OCHA said 100,000 of them are children.",
     [("trapped", 300_000, "people", None, None), ("trapped", 100_000, "children", 300_000, None)]),
    ("At least 120 people were killed in the raid. Of those, 45 were Afghan nationals, officials said.",
     [("killed", 120, "people", None, None), ("killed", 45, "nationals", 120, None)]),
    ("More than 120,000 refugees have crossed into Chad since April. Of them, 30,000 arrived in the last week, UNHCR said.",
     [("refugees", 120_000, "refugees", None, "Chad"), ("refugees", 30_000, "refugees", 120_000, "Chad")]),
    # ... or a share "of the dead" said of a place
    ("The toll from the earthquake had risen to 247, the agency said. Amatrice alone accounted for 184 of the dead.",
     [("killed", 247, "people", None, None), ("killed", 184, "people", 247, None)]),
    ("Cyclone Batsirai killed 92 people. Ikongo district recorded 80 of the deaths.",
     [("killed", 92, "people", None, None), ("killed", 80, "people", 92, None)]),
    # a count with how badly it was hurt, after the total of the injured
    ("Nearly 60 people were injured, four seriously, when two commuter trains collided.",
     [("injured", 60, "people", None, None), ("injured", 4, "people", 60, None)]),
    ("The blast injured 45 people, 12 critically, the governor said.",
     [("injured", 45, "people", None, None), ("injured", 12, "people", 45, None)]),
    # ... with a verb of its own that counts what the total counts
    ("Some 7.7 million Venezuelans have left their country, the platform said. Colombia hosts 2.9 million of them.",
     [("refugees", 7_700_000, "people", None, None), ("refugees", 2_900_000, "people", 7_700_000, None)]),
]

NO_PARTS: list[tuple[str, list[Row]]] = [
    # a name with a number is no row of a list by place
    ("The clashes uprooted some 40,000 people from three camps, Krinding 1, Krinding 2 and Al-Sultan.",
     [("displaced", 40_000, "people", None, None)]),
    # ... but not "one of the victims" inside a sentence of its own
    ("Gunmen killed 12 villagers near Bandiagara. A relative of one of the victims said the army arrived late.",
     [("killed", 12, "villagers", None, "Bandiagara")]),
    # one count between dashes may be anything: no part
    ("The raid killed 35 people — 12 more than the army said — in the valley.",
     [("killed", 35, "people", None, None)]),
    # "N of them" with a verb of another indicator is no part of the figure before
    ("Some 3.5 million people fled the fighting. About 1.2 million of them have since returned home.",
     [("displaced", 3_500_000, "people", None, None), ("returned", 1_200_000, "people", None, None)]),
    # the rows after a first row with a noun of its own are no parts of that row
    ("The toll stands at 2,900 deaths and 2,500 injuries, the ministry said, with 1,600 deaths in Al Haouz, "
     "980 in Taroudant and 190 in Chichaoua.",
     [("killed", 2_900, "people", None, None), ("injured", 2_500, "people", None, None),
      ("killed", 1_600, "people", None, None), ("killed", 980, "people", None, None),
      ("killed", 190, "people", None, None)]),
    # "of its" names the speaker's own people, no group the sentence before counted
    ("Five Palestinians were killed and 91 wounded in the raid, the health ministry said. Israel said seven of its "
     "soldiers were wounded when an explosive hit their vehicle.",
     [("killed", 5, "palestinians", None, None), ("injured", 91, "palestinians", None, None),
      ("injured", 7, "soldiers", None, None)]),
    # a count of things before the part: the part is none of the people's
    ("Shelling killed 12 soldiers and destroyed 30 vehicles, including 10 tanks.",
     [("killed", 12, "soldiers", None, None)]),
    # the count right before "including" is a projection, not a figure: nothing to be a part of
    ("The fire killed 12 people and could affect 2 million, including 400,000 children.",
     [("killed", 12, "people", None, None)]),
    # a family's story after a total is no part of it
    ("About 300 families fled the town, among them a baby girl and her five siblings.",
     [("displaced", 300, "families", None, None)]),
    ("Fighting killed many, and the convoy included 30 drivers.", []),
    # a part of a count that is no figure of ours stays no figure
    ("Aid agencies reached 164,000 people, including 56,000 with food.", []),
    # a group of another indicator, or larger than the count before, is none of its parts
    ("The gunman killed 22 people. Among the injured were eight women.",
     [("killed", 22, "people", None, None), ("injured", 8, "women", None, None)]),
    ("The storm killed 2 people on Monday. Among the dead were eight women.",
     [("killed", 2, "people", None, None), ("killed", 8, "women", None, None)]),
    # a pronoun's part in a state of no indicator, or larger than the count before, is none
    ("Some 3.5 million people need aid. Of them, 2.6 million are severely food insecure.",
     [("in_need", 3_500_000, "people", None, None)]),
    ("The clashes killed 40 people. Of these, 60 were children.", [("killed", 40, "people", None, None)]),
    # ... or hedged
    ("The UN says 22.2 million Yemenis need humanitarian assistance, of whom 8.4 million are at risk of famine.",
     [("in_need", 22_200_000, "people", None, "Yemen")]),
    # a fronted group of things counts no people
    ("Of the 47 collective centres, 27 were schools.", []),
    # an item of the list that names another harm is none of the total's parts
    ("Monitors recorded 418 incidents in May, including 97 killings, 63 abductions and 41 cases of sexual violence.",
     [("killed", 97, "people", None, None)]),
    ("The team documented the killing of 1,032 civilians, among them 181 children and 113 women, and at least "
     "2,317 arbitrary arrests.",
     [("killed", 1_032, "civilians", None, None), ("killed", 181, "children", 1_032, None),
      ("killed", 113, "women", 1_032, None)]),
    ("Monitors recorded 80 incidents, including 40 killed, 25 abducted and 12 arrested.",
     [("killed", 40, "people", None, None)]),
    # a count after a comma and "and", in a condition of the living, starts a clause of its own
    ("The bombing killed 27 people, including 5 soldiers, and 19 were in hospital on Sunday night.",
     [("killed", 27, "people", None, None), ("killed", 5, "soldiers", 27, None)]),
    ("The collapse killed 11 workers, including two engineers, while 8 remain in critical condition.",
     [("killed", 11, "workers", None, None), ("killed", 2, "engineers", 11, None), ("injured", 8, "workers", None, None)]),
    # ... but a part in a named place, or with its own place like the one before, is a part
    ("Of the 64 dead, 41 were in Sokoto, and 23 were in Kebbi.",
     [("killed", 64, "people", None, None), ("killed", 41, "people", 64, None), ("killed", 23, "people", 64, None)]),
    ("The fire killed 33 people, including 9 children, and 14 were women.",
     [("killed", 33, "people", None, None), ("killed", 9, "children", 33, None), ("killed", 14, "women", 33, None)]),
    # a ranking's names after "followed by" host counts of their own, no parts of the first
    ("Chad hosts the most, with 1.2 million refugees, followed by South Sudan (650,000) and Egypt (500,000).",
     [("refugees", 1_200_000, "refugees", None, "Chad"), ("refugees", 650_000, "refugees", None, "South Sudan"),
      ("refugees", 500_000, "refugees", None, "Egypt")]),
    ("Germany remains the largest host in Europe, with 2.5 million refugees, followed by Poland (1 million) and France (600,000).",
     [("refugees", 2_500_000, "refugees", None, "Germany"), ("refugees", 1_000_000, "refugees", None, "Poland"),
      ("refugees", 600_000, "refugees", None, "France")]),
]


def _rows(figures) -> list[Row]:
    by_id = {f.id: f for f in figures}
    rows = []
    for f in figures:
        total = by_id[f.part_of].value if f.part_of is not None else None
        rows.append((f.indicator, f.value, f.unit, total, f.location))
    return rows


def _compare(sentence: str, expected: list[Row]) -> None:
    got = _rows(extract_document(Document(id="doc", text=sentence, published="2024-03-10")))
    # a place is compared only where the row names one
    got = [(i, v, u, t, p if want is not None else None) for (i, v, u, t, p), (*_, want) in zip(got, expected)] + got[len(expected):]
    assert got == expected, sentence


@pytest.mark.parametrize(("sentence", "expected"), BREAKDOWNS, ids=[s[:50] for s, _ in BREAKDOWNS])
def test_a_part_after_its_total_is_a_figure_linked_to_it(sentence, expected):
    _compare(sentence, expected)


@pytest.mark.parametrize(("sentence", "expected"), NO_PARTS, ids=[s[:50] for s, _ in NO_PARTS])
def test_no_part_without_a_total_of_people_right_before_it(sentence, expected):
    _compare(sentence, expected)


# (text, published, the dates of its figures in order): a part whose clause names no date of
# its own holds when its total does; one with its own date keeps it.
PART_DATES = [
    ("Some 4,200 people were newly displaced in Cabo Delgado in May, of whom 1,190 were children.", "2023-06-20",
     ["2023-05-01", "2023-05-01"]),
    ("Some 4,200 people were displaced in May, including 1,190 children.", "2023-06-20", ["2023-05-01", "2023-05-01"]),
    ("Some 4,200 people were displaced in May, of whom 1,190 fled on Friday.", "2023-06-20", ["2023-05-01", "2023-06-16"]),
]


@pytest.mark.parametrize(("text", "published", "expected"), PART_DATES, ids=[t[:50] for t, _, _ in PART_DATES])
def test_a_part_holds_when_its_total_does_unless_its_clause_says(text, published, expected):
    assert [str(f.date) for f in extract(text, published=published)] == expected


def test_a_part_names_the_total_kept_when_its_total_is_a_repeated_mention():
    text = ("Floods killed 72 people across the prefecture. "
            "Of the 72 dead, 39 were in Wajima and 22 in Suzu.")
    figures = extract_document(Document(id="d", text=text, published="2024-01-03"))
    ids = {f.id for f in figures}
    totals = [f for f in figures if f.value == 72]
    parts = [f for f in figures if f.part_of is not None]
    assert [p.value for p in parts] == [39, 22]
    assert all(p.part_of in ids for p in parts), "a part names a figure that is in the output"
    assert len(totals) >= 1 and all(p.part_of in {t.id for t in totals} for p in parts)


TEXT = ("The ministry said on Friday that 310 people (190 men, 82 women and 38 children) were "
        "killed in the raids on the town of Lorca.")


def _frame() -> pd.DataFrame:
    docs = [Document(id=f"wire-{k}", text=TEXT, published="2024-03-10", outlet=f"Outlet {k}") for k in range(2)]
    return to_frame([f for d in docs for f in extract_document(d)])


def test_sums_and_charts_count_the_total_and_never_its_parts():
    frame = _frame()
    assert sorted(frame["value"].tolist()) == sorted([310, 190, 82, 38] * 2)
    assert frame["part_of"].notna().sum() == 6  # the parts carry their total's id into the frame
    total_only = frame[views.totals(frame)]
    assert total_only["people"].sum() == 2 * 310  # not 2 * 620: a total is never added to its parts
    assert charts.chart_data(frame)["count"].tolist() == [310.0, 310.0]
    cards = {c.indicator: c for c in views.headlines(frame)}
    assert cards["killed"].count == 310


def test_consolidation_keeps_parts_as_claims_of_their_own_out_of_the_series():
    result = cons.consolidate(_frame())
    claims = result.claims.set_index("value")
    assert len(claims) == 4 and (claims["mentions"] == 2).all()
    assert claims.loc[190, "part_of"] == claims.loc[310, "claim_id"] == claims.loc[38, "part_of"]
    assert pd.isna(claims.loc[310, "part_of"])
    assert cons.best_estimates(result.claims)["value"].tolist() == [310]


def test_the_cards_by_place_name_no_place_that_only_parts_name():
    text = "The earthquake killed 1,870 people in Spain on Monday: 1,102 in Lorca, 655 in Teruel and 113 in Huesca."
    frame = to_frame(extract_document(Document(id="quake", text=text, published="2024-03-10")))
    assert frame["part_of"].notna().sum() == 3
    groups = views.headlines_by_place(frame)
    assert [c.count for g in groups for c in g.cards] == [1_870], groups
