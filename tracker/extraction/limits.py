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
  runs without it.
- MAX_SENTENCE: a "sentence" longer than this (a run-on line, a table flattened to text)
  is cut at white space into pieces of at most this many characters, so that per-sentence
  work and every figure's quote stay small. The cut falls where no digit stands within
  CUT_CLEARANCE characters on either side when there is such a place (more than a figure's
  reach from its qualifier and trigger), else as far from the digits as it can.
"""

from __future__ import annotations

REGEX_TIMEOUT: float = 10.0  # seconds, per call of a whole-document scan
MAX_SENTENCE: int = 1_000  # characters
CUT_CLEARANCE: int = 150  # characters: more than a figure's reach (rules.REACH_BEFORE, REACH_AFTER)
# The largest document the readers accept by default (--max-bytes, the uploader): bytes.
MAX_BYTES: int = 5_000_000
