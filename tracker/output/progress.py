"""A one-line progress meter for long runs, on stderr, only when a person is watching.

It redraws at most every `interval` seconds, and only when the stream is a terminal and
the run is not under CI: output piped to a file or a log stays free of meter lines.
"""

from __future__ import annotations

import os
import time
from typing import TextIO

# Seconds between two redraws of the meter.
INTERVAL: float = 0.5

# Set by GitHub Actions, GitLab CI and most other CI services.
CI_VARIABLES: tuple[str, ...] = ("CI", "GITHUB_ACTIONS", "GITLAB_CI", "BUILDKITE", "JENKINS_URL")


def wanted(stream: TextIO) -> bool:
    """Whether `stream` is a terminal that a person watches (not a pipe, file or CI log)."""
    if any(os.environ.get(name) for name in CI_VARIABLES):
        return False
    isatty = getattr(stream, "isatty", None)
    return bool(isatty and isatty())


class Progress:
    """Counts documents, figures and characters; redraws `documents, figures, rate` lines."""

    def __init__(self, stream: TextIO, *, enabled: bool | None = None, interval: float = INTERVAL) -> None:
        self.stream = stream
        self.enabled = wanted(stream) if enabled is None else enabled
        self.interval = interval
        self.documents = 0
        self.skipped = 0
        self.figures = 0
        self.chars = 0
        self._started = time.monotonic()
        self._drawn = self._started
        self._width = 0

    def add(self, *, documents: int = 0, skipped: int = 0, figures: int = 0, chars: int = 0) -> None:
        self.documents += documents
        self.skipped += skipped
        self.figures += figures
        self.chars += chars
        if self.enabled:
            now = time.monotonic()
            if now - self._drawn >= self.interval:
                self._drawn = now
                self._draw(self.line(now - self._started))

    def line(self, seconds: float) -> str:
        """`12,000 documents, 3,456 figures, 2 skipped - 1,900 docs/s, 4.8 MB/s`."""
        seconds = max(seconds, 1e-9)
        return (
            f"{self.documents:,} documents, {self.figures:,} figures, {self.skipped:,} skipped"
            f" - {self.documents / seconds:,.0f} docs/s, {self.chars / seconds / 1e6:.1f} MB/s"
        )

    def close(self) -> None:
        """Erase the meter so that the summary that follows starts on a clean line."""
        if self.enabled and self._width:
            self.stream.write("\r" + " " * self._width + "\r")
            self.stream.flush()
            self._width = 0

    def _draw(self, text: str) -> None:
        self.stream.write("\r" + text.ljust(self._width))
        self.stream.flush()
        self._width = max(self._width, len(text))
