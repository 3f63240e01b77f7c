"""Text to figures. (The engine is being written; this placeholder returns nothing.)"""

from __future__ import annotations

import datetime as dt

from .records import Figure

# Average household size used to turn households and families into people.
HOUSEHOLD_SIZE: float = 5.0


def extract(text: str, published: str | dt.date | None = None, *, household_size: float = HOUSEHOLD_SIZE) -> list[Figure]:
    return []
