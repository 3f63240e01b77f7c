"""The records (tracker/records.py): `new_figure`, the engine's way of building a Figure,
builds the record the constructor builds."""

from __future__ import annotations

import dataclasses
import datetime as dt
import inspect
import pickle

import pytest

from tracker.records import Figure, new_figure


def _values() -> list[object]:
    """A value of its own for every field of Figure, in order."""
    return [f"{f.name}-value" if f.type == "str" else (i, f.name) for i, f in enumerate(dataclasses.fields(Figure))]


def test_new_figure_takes_every_field_in_figures_order():
    assert list(inspect.signature(new_figure).parameters) == [f.name for f in dataclasses.fields(Figure)]


def test_new_figure_builds_the_figure_the_constructor_builds():
    values = _values()
    built, constructed = new_figure(*values), Figure(*values)
    assert type(built) is Figure
    assert built == constructed and hash(built) == hash(constructed) and repr(built) == repr(constructed)
    assert dataclasses.astuple(built) == tuple(values)
    assert pickle.loads(pickle.dumps(built)) == constructed
    assert dataclasses.replace(built, value=7) == dataclasses.replace(constructed, value=7)


def test_a_figure_new_figure_builds_stays_frozen():
    figure = new_figure("killed", 12, 12, 12, "exact", "people", 12, "12 were killed.", 0, 2, 0, dt.date(2024, 1, 2),
                        "day", None, dt.date(2024, 1, 2), None, None, None, None, None, None, None, None, None, "id",
                        None, None, None, None, None, None)
    with pytest.raises(dataclasses.FrozenInstanceError):
        figure.value = 13
    assert not hasattr(figure, "__dict__")
