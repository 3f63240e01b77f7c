"""Figures as a reader finds them in the three seed articles (seeds/), built by hand.

Unit tests of the dashboard's views and charts use these records rather than the
extraction engine, so that they test the dashboard alone; the quotes are the seeds' own
sentences.
"""

from __future__ import annotations

import datetime as dt

from tracker.records import Figure

D0 = dt.date(2019, 8, 20)
D1 = dt.date(2020, 1, 26)


def seed_figures() -> list[Figure]:
    return [
        Figure(
            indicator="trapped", value=3_000_000, low=None, high=None, qualifier="approx", unit="civilians",
            people=3_000_000, quote="... a military campaign that has trapped about 3 million civilians in the area.",
            start=0, end=0, quote_start=0, date=D0, date_precision="day", published=D0, source=None,
            location="Idlib", document="000_b12168d2a7b52039.txt", outlet="The Washington Post",
        ),
        Figure(
            indicator="killed", value=500, low=500, high=None, qualifier="at_least", unit="civilians",
            people=500, quote="The United Nations said last week that more than 500 civilians have been killed in the Idlib offensive",
            start=0, end=0, quote_start=0, date=dt.date(2019, 8, 13), date_precision="week", published=D0,
            source="United Nations", location="Idlib", document="000_b12168d2a7b52039.txt",
        ),
        Figure(
            indicator="displaced", value=400_000, low=400_000, high=None, qualifier="at_least", unit="people",
            people=400_000, quote="... and that more than 400,000 people have fled their homes.",
            start=0, end=0, quote_start=0, date=dt.date(2019, 8, 13), date_precision="week", published=D0,
            source="United Nations", location="Idlib", document="000_b12168d2a7b52039.txt",
        ),
        Figure(
            indicator="displaced", value=10_000, low=10_000, high=None, qualifier="at_least", unit="people",
            people=10_000, quote="... forcing more than 10,000 to flee, the United Nations has said.",
            start=0, end=0, quote_start=0, date=D0, date_precision="day", published=D0,
            source="United Nations", location=None, document="000_b12168d2a7b52039.txt",
        ),
        Figure(
            indicator="refugees", value=3_600_000, low=3_600_000, high=None, qualifier="at_least", unit="refugees",
            people=3_600_000, quote="Turkey hosts more than 3.6 million Syrian refugees.",
            start=0, end=0, quote_start=0, date=D0, date_precision="day", published=D0, source=None,
            location="Turkey", document="000_b12168d2a7b52039.txt",
        ),
        Figure(
            indicator="displaced", value=200_000, low=200_000, high=None, qualifier="at_least", unit="people",
            people=200_000, quote="Hundreds of thousands of people have fled Idlib in recent weeks ..., according to Reuters.",
            start=0, end=0, quote_start=0, date=D1, date_precision="day", published=D1, source="Reuters",
            location="Idlib", document="001_40885d1b987b4fa8.txt", url="https://example.org/idlib",
        ),
        Figure(
            indicator="displaced", value=400_000, low=None, high=None, qualifier="approx", unit="people",
            people=400_000, quote="Turkish President Recep Tayyip Erdogan said on Friday that around 400,000 people from Idlib Province were moving towards the Turkish border",
            start=0, end=0, quote_start=0, date=dt.date(2020, 1, 24), date_precision="day", published=D1,
            source="Recep Tayyip Erdogan", location="Idlib", document="001_40885d1b987b4fa8.txt",
        ),
        Figure(
            indicator="refugees", value=3_500_000, low=3_500_000, high=None, qualifier="at_least", unit="refugees",
            people=3_500_000, quote="Turkey, which has a presence in the area, already hosts more than 3.5 million Syrian refugees",
            start=0, end=0, quote_start=0, date=D1, date_precision="day", published=D1, source=None,
            location="Turkey", document="001_40885d1b987b4fa8.txt",
        ),
        Figure(
            indicator="displaced", value=1_000_000, low=None, high=1_000_000, qualifier="at_most", unit="people",
            people=1_000_000, quote="According to the UN, fierce fighting has led to the displacement of nearly one million people in the region.",
            start=0, end=0, quote_start=0, date=None, date_precision=None, published=None,
            source="United Nations", location="Idlib", document="002_73d83023f4218d2a.txt",
            title="Syrian rebels now almost driven out of last stronghold Idlib",
        ),
    ]
