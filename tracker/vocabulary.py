"""Turning vocabulary tables into regex alternations, the one way every module does it."""

from __future__ import annotations

from collections.abc import Iterable

import regex as re


def phrases(words: Iterable[str]) -> str:
    """An alternation of literal phrases, longest first (so "more than" is tried before
    "more"), with any run of white space allowed where a phrase has a space."""
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(set(words), key=len, reverse=True))


def lowered(text: str) -> str:
    """text.lower() with the same length as text, so offsets hold in both: the few
    characters that grow when lowered ("İ") are kept as they are."""
    lower = text.lower()
    if len(lower) != len(text):
        lower = "".join(c if len(c.lower()) != 1 else c.lower() for c in text)
    return lower
