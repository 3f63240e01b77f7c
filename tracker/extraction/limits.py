"""Limits that keep one document from costing without bound.

Article text is untrusted: a feed can carry a million digits, a megabyte without a full
stop, or a word repeated for pages. The engine's patterns are linear in the text (no
nested quantifiers over the same characters), and these limits make that a guarantee:

- REGEX_TIMEOUT: every scan over a whole document whose pattern can backtrack runs with
  the `regex` module's timeout. A linear scan of the largest document the readers accept
  (5 MB) takes well under a second; a pattern that started to backtrack catastrophically
  would hit the limit and the document would be reported as failed (`TimeoutError`), while
  the rest of the run goes on. The guard is not free: the `regex` module reads the process's
  CPU clock, a system call, at every match. A scan whose pattern cannot backtrack at all
  (one character class, then possessive repeats: places' capitalised words, sentence ends)
  runs without it, and so does a scan of a stretch of at most UNGUARDED_CHARS characters
  (a sentence read alone with a few words around it, `find_numbers(..., guarded=False)`):
  there the clock, read at every match, doubles the cost of reading the sentence's numbers,
  and no pattern short of an exponential one could take long on so few characters.
  The module's clock is the process's CPU time, which every thread of the process moves:
  in the dashboard, where each visitor's upload is extracted in a thread of one server
  process, four uploads at once would each see the clock run four times as fast and all
  fail. So a document is extracted there inside `document_slot()`: at most
  CONCURRENT_DOCUMENTS of them at once (the others wait their turn), and inside a slot
  `regex_timeout()` is REGEX_TIMEOUT times that number, which is about REGEX_TIMEOUT of
  the document's own CPU time however many visitors there are. Outside a slot (the command
  line, one document at a time per process) it is REGEX_TIMEOUT.
- MAX_SENTENCE: a "sentence" longer than this (a run-on line, a table flattened to text)
  is cut at white space into pieces of at most this many characters, so that per-sentence
  work and every figure's quote stay small. The cut falls where no digit stands within
  CUT_CLEARANCE characters on either side when there is such a place (more than a figure's
  reach from its qualifier and trigger), else as far from the digits as it can.
"""

from __future__ import annotations

import contextlib
import os
import threading
from collections.abc import Iterator

REGEX_TIMEOUT: float = 10.0  # seconds, per call of a whole-document scan
# Documents one process extracts at once in threads (the dashboard): one per processor.
CONCURRENT_DOCUMENTS: int = os.cpu_count() or 1
MAX_SENTENCE: int = 1_000  # characters
UNGUARDED_CHARS: int = 2 * MAX_SENTENCE  # a stretch scanned without REGEX_TIMEOUT (see above)
CUT_CLEARANCE: int = 150  # characters: more than a figure's reach (rules.REACH_BEFORE, REACH_AFTER)
# The largest document the readers accept by default (--max-bytes, the uploader): bytes.
MAX_BYTES: int = 5_000_000


_slots = threading.BoundedSemaphore(CONCURRENT_DOCUMENTS)
_in_slot = threading.local()


@contextlib.contextmanager
def document_slot() -> Iterator[None]:
    """Extract one document in a thread alongside at most CONCURRENT_DOCUMENTS - 1 others
    of this process, waiting for a free slot if need be; see the module's docstring."""
    if getattr(_in_slot, "held", False):  # already inside one: the same document
        yield
        return
    with _slots:
        _in_slot.held = True
        try:
            yield
        finally:
            _in_slot.held = False


def regex_timeout() -> float:
    """The timeout, in seconds of the process's CPU time, of a whole-document scan started
    now in this thread: about REGEX_TIMEOUT of the document's own CPU time."""
    return REGEX_TIMEOUT * CONCURRENT_DOCUMENTS if getattr(_in_slot, "held", False) else REGEX_TIMEOUT
