"""`python -m tracker explain "TEXT"`: for each number in a text, the rule that kept or
rejected it, and for each figure its indicator, qualifier, unit, source, date and place.

The tool for understanding a miss: run it on the sentence, read which rule decided, and
look that rule up in tracker/extraction/rules.py (or the word in tracker/lexicon/).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from ..extraction.engine import Reading, superseded


def lines(text: str, readings: Iterable[Reading], published: dt.date | None) -> list[str]:
    """The explanation of `readings` of `text`, one block a number, as printed."""
    out = [f"published: {published.isoformat() if published else '(none: figures stay undated)'}"]
    count = 0
    readings = list(readings)
    gone = superseded(readings)
    for r in readings:
        q = r.quantity
        wording = _one_line(text[q.start : q.end])
        if r.figure is None:
            out.append(f'"{wording}" ({q.value:,}): not a figure - {r.rule}')
            continue
        f = r.figure
        replaced = f.id in gone
        count += not r.repeated and not replaced
        same = " (the same figure as before: merged)" if r.repeated else ""
        if replaced:
            same = " (credits nobody: a later mention that credits its source is kept instead)"
        out.append(f'"{wording}" ({q.value:,}): FIGURE {f.indicator}{same} - {r.rule}')
        bounds = f" [{f.low:,} .. {f.high:,}]" if f.low is not None and f.high is not None and f.low != f.high else ""
        people = f", {f.people:,} people" if f.people is not None and f.people != f.value else ""
        out.append(f"    value {f.value:,} {f.unit} ({f.qualifier}{bounds}{people})")
        out.append(f"    source {_one_line(f.source) if f.source else '(unattributed)'}")
        when = f"{f.date.isoformat()} ({f.date_precision})" if f.date else "(undated)"
        since = f", since {f.period_start.isoformat()}" if f.period_start else ""
        out.append(f"    date   {when}{since}")
        place = ", ".join(p for p in (f.location, f.admin1, f.country) if p) or "(no place)"
        out.append(f"    place  {_one_line(place)}")
    if len(out) == 1:
        out.append("no numbers found")
    out.append(f"{count} figure{'s' if count != 1 else ''}")
    return out


def _one_line(s: str) -> str:
    """On one line, with control characters (an escape sequence in a hostile text) shown
    escaped rather than sent to the terminal."""
    return "".join(c if c.isprintable() else repr(c)[1:-1] for c in " ".join(s.split()))
