"""The run report: what happened to every input, summed up on one screen.

A `RunReport` is told about each input as the run goes: `add(document, figures)` for a
document read, `skip(skipped)` for an input that was not. Its counts always add up to
the inputs it was told about; `summary()` is the screen a user reads at the end.

Memory stays bounded however many inputs come: the report keeps counters and, for each
line of the summary, only the first few example sources. Each input's `Entry` goes to
`sink` as it comes, typically `ReportFile.add`, which writes one record per input as
JSON, JSON Lines or CSV and moves the file into place at the end. `entries()` and
`write(path)`, which need every entry at once, work only on a report made with
`keep_entries=True` (the default, fine for the dashboard's few documents; the command
line streams with `keep_entries=False`).

Each entry's `outcome` is one of OUTCOMES: "figures", "no figures" or "skipped". Whether
a document had a date is a separate flag, `undated`, because an undated document may
still hold figures (they then carry no date).
"""

from __future__ import annotations

import csv
import errno
import json
import os
import shutil
import tempfile
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

import regex as re

from ..read.documents import KINDS, Skipped
from ..records import INDICATORS, Document, Figure

OUTCOMES: tuple[str, ...] = ("figures", "no figures", "skipped")

# Columns of the written report, in order.
ENTRY_FIELDS: tuple[str, ...] = ("source", "outcome", "figures", "indicators", "undated", "kind", "reason", "warnings")

# How many groups of reasons, and how many example sources per group, the summary shows.
SUMMARY_GROUPS: int = 12
SUMMARY_EXAMPLES: int = 3
# Distinct reasons counted apart, per list (skipped inputs, warnings); inputs with a reason
# first seen after that many are only counted, so memory stays bounded on any corpus.
MAX_GROUPS: int = 5_000

# Numbers in a reason ("line 17", "6.0 MB") do not make it a different reason.
NUMBER = re.compile(r"\d+(?:\.\d+)?")

# Characters a terminal acts on instead of showing: C0 and C1 controls (ESC starts the
# sequences that retitle a terminal or move its cursor, a line break forges a new line of
# the summary), line and paragraph separators, and the bidirectional overrides that make
# text read in another order than it is stored. Names of files and ids of feed rows come
# from the inputs, so every message escapes them (see `printable`).
TERMINAL_CONTROLS = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]")


@dataclass(frozen=True, slots=True)
class Entry:
    """What became of one input."""

    source: str  # document id, or where the skipped input was
    outcome: str  # one of OUTCOMES
    figures: int = 0
    indicators: tuple[tuple[str, int], ...] = ()  # figures per indicator, in INDICATORS order
    undated: bool | None = None  # None for a skipped input
    kind: str | None = None  # for a skipped input: one of documents.KINDS
    reason: str | None = None
    warnings: tuple[str, ...] = ()

    def as_dict(self) -> dict[str, Any]:
        return {
            "source": self.source,
            "outcome": self.outcome,
            "figures": self.figures,
            "indicators": dict(self.indicators),
            "undated": self.undated,
            "kind": self.kind,
            "reason": self.reason,
            "warnings": list(self.warnings),
        }


@dataclass(slots=True)
class _Examples:
    """How many inputs share something, and the first few of them (by source)."""

    reason: str = ""  # the first one's reason, as written
    kind: str | None = None  # the first one's kind
    count: int = 0
    sources: list[str] = field(default_factory=list)  # at most SUMMARY_EXAMPLES

    def add(self, source: str) -> None:
        self.count += 1
        if len(self.sources) < SUMMARY_EXAMPLES:
            self.sources.append(source)

    def shown(self) -> str:
        more = f", +{self.count - SUMMARY_EXAMPLES} more" if self.count > SUMMARY_EXAMPLES else ""
        return ", ".join(self.sources) + more


@dataclass(slots=True)
class _Groups:
    """Reasons as they come, identical ones (but for their numbers) counted together."""

    groups: dict[str, _Examples] = field(default_factory=dict)  # in order of first sight
    count: int = 0
    untold: int = 0  # inputs whose reason came after MAX_GROUPS others

    def add(self, reason: str, source: str, kind: str | None = None) -> None:
        self.count += 1
        key = NUMBER.sub("#", reason)
        group = self.groups.get(key)
        if group is None:
            if len(self.groups) >= MAX_GROUPS:
                self.untold += 1
                return
            group = self.groups[key] = _Examples(reason, kind)
        group.add(source)

    def lines(self) -> list[str]:
        """Most frequent first, with a few of their sources."""
        # Among equals, skipped inputs of one kind together (the sort keeps first-seen order).
        ordered = sorted(self.groups.values(), key=lambda g: (-g.count, _kind_rank(g.kind)))
        lines = []
        for group in ordered[:SUMMARY_GROUPS]:
            reason = group.reason if group.count == 1 else NUMBER.sub("N", group.reason)
            lines.append(f"  {group.count} × {reason} — {group.shown()}")
        if len(ordered) > SUMMARY_GROUPS:
            rest = sum(g.count for g in ordered[SUMMARY_GROUPS:]) + self.untold
            others = len(ordered) - SUMMARY_GROUPS
            groups = f"more than {others}" if self.untold else f"{others}"
            lines.append(f"  ... {rest} more in {groups} other groups (see the written report)")
        return lines


@dataclass(slots=True)
class RunReport:
    """Accumulates what a run did with each input. The one mutable record in tracker."""

    keep_entries: bool = True  # keep every Entry for entries() and write(); False on a large run
    sink: Callable[[Entry], object] | None = None  # told each Entry as it comes (ReportFile.add)
    _entries: list[Entry] = field(default_factory=list, init=False)
    _outcomes: Counter[str] = field(default_factory=Counter, init=False)
    _figures: Counter[str] = field(default_factory=Counter, init=False)
    _kinds: Counter[str] = field(default_factory=Counter, init=False)
    _warned: int = field(default=0, init=False)
    _no_figures: _Examples = field(default_factory=_Examples, init=False)
    _undated: _Examples = field(default_factory=_Examples, init=False)
    _skips: _Groups = field(default_factory=_Groups, init=False)
    _warnings: _Groups = field(default_factory=_Groups, init=False)

    def add(self, doc: Document, figures: Sequence[Figure]) -> None:
        """A document was read and these figures came out of it."""
        counts = Counter(f.indicator for f in figures)
        self._figures.update(counts)
        entry = Entry(
            source=doc.id,
            outcome="figures" if figures else "no figures",
            figures=len(figures),
            indicators=tuple((i, counts[i]) for i in _indicator_order(counts)),
            undated=doc.published is None,
            warnings=doc.warnings,
        )
        if not figures:
            self._no_figures.add(entry.source)
        if entry.undated:
            self._undated.add(entry.source)
        if entry.warnings:
            self._warned += 1
        for warning in entry.warnings:
            self._warnings.add(warning, entry.source)
        self._enter(entry)

    def skip(self, skipped: Skipped) -> None:
        """An input was not read."""
        entry = Entry(skipped.source, "skipped", kind=skipped.kind, reason=skipped.reason)
        self._kinds[entry.kind] += 1
        self._skips.add(entry.reason or entry.kind or "", entry.source, entry.kind)
        self._enter(entry)

    def _enter(self, entry: Entry) -> None:
        self._outcomes[entry.outcome] += 1
        if self.sink is not None:
            self.sink(entry)
        if self.keep_entries:
            self._entries.append(entry)

    # --- counts -------------------------------------------------------------------

    @property
    def inputs(self) -> int:
        """Every input the report was told about: documents plus skipped."""
        return sum(self._outcomes.values())

    @property
    def documents(self) -> int:
        return self.with_figures + self.without_figures

    @property
    def skipped(self) -> int:
        return self._outcomes["skipped"]

    @property
    def with_figures(self) -> int:
        return self._outcomes["figures"]

    @property
    def without_figures(self) -> int:
        return self._outcomes["no figures"]

    @property
    def undated(self) -> int:
        return self._undated.count

    @property
    def warned(self) -> int:
        """Documents read with at least one warning."""
        return self._warned

    @property
    def figures(self) -> int:
        return sum(self._figures.values())

    @property
    def figures_by_indicator(self) -> dict[str, int]:
        return {i: self._figures[i] for i in _indicator_order(self._figures)}

    @property
    def skipped_by_kind(self) -> dict[str, int]:
        counts = self._kinds
        return {k: counts[k] for k in (*KINDS, *sorted(set(counts) - set(KINDS))) if counts[k]}

    def outcomes(self) -> dict[str, int]:
        """Inputs per outcome; the values add up to `inputs`."""
        return {o: self._outcomes[o] for o in OUTCOMES}

    def entries(self) -> list[dict[str, Any]]:
        """One dict per input, in the order the inputs came (needs keep_entries=True)."""
        return [e.as_dict() for e in self._kept()]

    def _kept(self) -> list[Entry]:
        if not self.keep_entries:
            raise ValueError("this run report keeps no entries: make it with RunReport(keep_entries=True)")
        return self._entries

    # --- the screen ------------------------------------------------------------------

    def summary(self) -> str:
        """The one-screen summary a user reads at the end of a run."""
        lines = [
            f"Inputs: {self.inputs} — {self.documents} documents read, {self.skipped} skipped.",
        ]
        if self.figures:
            per = ", ".join(f"{i} {n}" for i, n in self.figures_by_indicator.items())
            lines.append(f"Figures: {self.figures} ({per}) from {self.with_figures} documents.")
        else:
            lines.append("Figures: none.")
        lines += _listed("Documents with no figures", self._no_figures)
        lines += _listed("Undated documents (their figures carry no date)", self._undated)
        if self._skips.count:
            kinds = ", ".join(f"{k} {n}" for k, n in self.skipped_by_kind.items())
            lines.append(f"Skipped: {self._skips.count} ({kinds})")
            lines += self._skips.lines()
        if self._warnings.count:
            lines.append(f"Warnings: {self._warnings.count} in {self.warned} documents")
            lines += self._warnings.lines()
        return "\n".join(printable(line) for line in lines)

    def skip_lines(self) -> list[str]:
        """The skipped inputs' reasons, grouped, as the summary lists them."""
        return [printable(line) for line in self._skips.lines()]

    # --- files ---------------------------------------------------------------------------

    def write(self, path: str | os.PathLike) -> None:
        """Save the kept entries: .json (with the counts), .jsonl or .csv, by the file's ending."""
        entries = self._kept()
        out = ReportFile(path)
        try:
            for entry in entries:
                out.add(entry)
        except BaseException:
            out.discard()
            raise
        out.commit(self.counts())

    def counts(self) -> dict[str, Any]:
        """The numbers of the summary, for the JSON report and for tests."""
        return {
            "inputs": self.inputs,
            "documents": self.documents,
            "skipped": self.skipped,
            "outcomes": self.outcomes(),
            "undated": self.undated,
            "with_warnings": self.warned,
            "figures": self.figures,
            "figures_by_indicator": self.figures_by_indicator,
            "skipped_by_kind": self.skipped_by_kind,
        }


class ReportFile:
    """A report file written as the run goes, one record per input, in input order.

    The records go to a nameless temporary file in the report's folder, made at once (so
    a folder that cannot be written fails before the run) and invisible to a run that
    reads that very folder. `commit(counts)` copies them into a file beside `path` that
    then replaces it (a JSON report's counts, known only now, first: the same bytes as
    `json.dump({"counts": ..., "inputs": [...]}, indent=1)`, without holding the list);
    `discard()` drops them and leaves any previous report untouched.
    """

    def __init__(self, path: str | os.PathLike) -> None:
        self.path = path
        self.suffix = _report_suffix(path)
        self.count = 0  # records added
        if os.path.isdir(path):
            raise IsADirectoryError(errno.EISDIR, os.strerror(errno.EISDIR), os.fspath(path))
        folder = os.path.dirname(os.fspath(path)) or "."
        self._records = tempfile.TemporaryFile("w+", encoding="utf-8", newline="", dir=folder)
        if self.suffix == ".csv":
            self._csv = csv.DictWriter(self._records, fieldnames=ENTRY_FIELDS)
            self._csv.writeheader()

    def add(self, entry: Entry) -> None:
        record = entry.as_dict()
        if self.suffix == ".jsonl":
            self._records.write(json.dumps(record, ensure_ascii=False) + "\n")
        elif self.suffix == ".csv":
            self._csv.writerow(_flat(record))
        else:  # an element of "inputs", two levels deep (json escapes every newline in a string)
            element = json.dumps(record, ensure_ascii=False, indent=1).replace("\n", "\n  ")
            self._records.write(("," if self.count else "") + "\n  " + element)
        self.count += 1

    def commit(self, counts: dict[str, Any]) -> None:
        """Complete the file and move it onto its path."""
        from .export import AtomicFile  # a crash while writing leaves no half report

        try:
            self._records.seek(0)
            with AtomicFile(self.path) as out:
                if self.suffix == ".json":
                    head = json.dumps({"counts": counts}, ensure_ascii=False, indent=1)
                    out.write(head.removesuffix("\n}") + ',\n "inputs": [')
                shutil.copyfileobj(self._records, out)
                if self.suffix == ".json":
                    out.write("\n ]\n}\n" if self.count else "]\n}\n")
        finally:
            self._records.close()

    def discard(self) -> None:
        """Drop what was written; any earlier report at the path stays as it was."""
        self._records.close()


def _report_suffix(path: str | os.PathLike) -> str:
    suffix = os.path.splitext(os.fspath(path))[1].lower()
    if suffix not in (".json", ".jsonl", ".csv"):
        raise ValueError(f"report file must end in .json, .jsonl or .csv, not {suffix or 'nothing'}: {os.fspath(path)}")
    return suffix


def printable(message: str) -> str:
    """`message` as one line a terminal shows as it is: every control character escaped
    ("\\x1b", "\\n", "\\u202e"). Messages to stderr pass through this."""
    return TERMINAL_CONTROLS.sub(_escape_control, message)


def _escape_control(m: re.Match) -> str:
    code = ord(m.group())
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def _indicator_order(counts: Counter[str]) -> list[str]:
    known = [i for i in INDICATORS if counts[i]]
    return known + sorted(i for i in counts if i not in INDICATORS and counts[i])


def _listed(label: str, examples: _Examples) -> list[str]:
    return [f"{label}: {examples.count} — {examples.shown()}"] if examples.count else []


def _kind_rank(kind: str | None) -> int:
    return KINDS.index(kind) if kind in KINDS else len(KINDS)


def _flat(entry: dict[str, Any]) -> dict[str, Any]:
    # CSV cells: indicator counts as "killed=2; displaced=1", warnings joined by " | ";
    # a cell a spreadsheet would run as a formula (an id "=HYPERLINK(...)") is escaped.
    from .export import spreadsheet_cell

    flat = {
        **entry,
        "indicators": "; ".join(f"{k}={v}" for k, v in entry["indicators"].items()),
        "undated": "" if entry["undated"] is None else str(entry["undated"]).lower(),
        "kind": entry["kind"] or "",
        "reason": entry["reason"] or "",
        "warnings": " | ".join(entry["warnings"]),
    }
    return {key: spreadsheet_cell(value) for key, value in flat.items()}
