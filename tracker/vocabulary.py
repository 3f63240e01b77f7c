"""Turning vocabulary tables into regex alternations, the one way every module does it."""

from __future__ import annotations

from collections.abc import Iterable

import regex as re


def phrases(words: Iterable[str]) -> str:
    """An alternation of literal phrases, longest first (so "more than" is tried before
    "more"), with any run of white space allowed where a phrase has a space."""
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(set(words), key=len, reverse=True))
