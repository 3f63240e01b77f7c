"""Shared paths for the tests."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
# bench/ holds the generators the tests share with the benchmarks (synthetic.py, corpus.py)
sys.path.append(str(ROOT / "bench"))
SEEDS = ROOT / "seeds"
SHARED_GOLD = ROOT.parent / "shared" / "gold"


@pytest.fixture
def shared_gold() -> Path:
    """../shared/gold, the labelled sets; tests that need it skip when it is absent."""
    if not SHARED_GOLD.is_dir():
        pytest.skip(f"labelled sets not found at {SHARED_GOLD} (CI has them beside the clone)")
    return SHARED_GOLD
