"""The run report: what happened to every input, summed up on one screen.

A `RunReport` is told about each input as the run goes: `add(document, figures)` for a
document read, `skip(skipped)` for an input that was not. Its counts always add up to
the inputs it was told about; `entries()` has one record per input, `summary()` the
screen a user reads at the end, and `write(path)` saves the entries as JSON, JSON Lines
or CSV.

Each entry's `outcome` is one of OUTCOMES: "figures", "no figures" or "skipped". Whether
a document had a date is a separate flag, `undated`, because an undated document may
still hold figures (they then carry no date).
"""

from __future__ import annotations

import csv
import json
import os
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

import regex as re

from .documents import KINDS, Skipped
from .records import INDICATORS, Document, Figure

OUTCOMES: tuple[str, ...] = ("figures", "no figures", "skipped")

# Columns of the written report, in order.
ENTRY_FIELDS: tuple[str, ...] = ("source", "outcome", "figures", "indicators", "undated", "kind", "reason", "warnings")

# How many groups of reasons, and how many example sources per group, the summary shows.
SUMMARY_GROUPS: int = 12
SUMMARY_EXAMPLES: int = 3

# Numbers in a reason ("line 17", "6.0 MB") do not make it a different reason.
NUMBER = re.compile(r"\d+(?:\.\d+)?")


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
class RunReport:
    """Accumulates what a run did with each input. The one mutable record in tracker."""

    _entries: list[Entry] = field(default_factory=list)
    _figures: Counter[str] = field(default_factory=Counter)

    def add(self, doc: Document, figures: Sequence[Figure]) -> None:
        """A document was read and these figures came out of it."""
        counts = Counter(f.indicator for f in figures)
        self._figures.update(counts)
        self._entries.append(
            Entry(
                source=doc.id,
                outcome="figures" if figures else "no figures",
                figures=len(figures),
                indicators=tuple((i, counts[i]) for i in _indicator_order(counts)),
                undated=doc.published is None,
                warnings=doc.warnings,
            )
        )

    def skip(self, skipped: Skipped) -> None:
        """An input was not read."""
        self._entries.append(Entry(skipped.source, "skipped", kind=skipped.kind, reason=skipped.reason))

    # --- counts -------------------------------------------------------------------

    @property
    def inputs(self) -> int:
        """Every input the report was told about: documents plus skipped."""
        return len(self._entries)

    @property
    def documents(self) -> int:
        return sum(1 for e in self._entries if e.outcome != "skipped")

    @property
    def skipped(self) -> int:
        return sum(1 for e in self._entries if e.outcome == "skipped")

    @property
    def with_figures(self) -> int:
        return sum(1 for e in self._entries if e.outcome == "figures")

    @property
    def without_figures(self) -> int:
        return sum(1 for e in self._entries if e.outcome == "no figures")

    @property
    def undated(self) -> int:
        return sum(1 for e in self._entries if e.undated)

    @property
    def warned(self) -> int:
        """Documents read with at least one warning."""
        return sum(1 for e in self._entries if e.warnings)

    @property
    def figures(self) -> int:
        return sum(self._figures.values())

    @property
    def figures_by_indicator(self) -> dict[str, int]:
        return {i: self._figures[i] for i in _indicator_order(self._figures)}

    @property
    def skipped_by_kind(self) -> dict[str, int]:
        counts = Counter(e.kind for e in self._entries if e.outcome == "skipped")
        return {k: counts[k] for k in (*KINDS, *sorted(set(counts) - set(KINDS))) if counts[k]}

    def outcomes(self) -> dict[str, int]:
        """Inputs per outcome; the values add up to `inputs`."""
        counts = Counter(e.outcome for e in self._entries)
        return {o: counts[o] for o in OUTCOMES}

    def entries(self) -> list[dict[str, Any]]:
        """One dict per input, in the order the inputs came."""
        return [e.as_dict() for e in self._entries]

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
        lines += _listed("Documents with no figures", [e for e in self._entries if e.outcome == "no figures"])
        lines += _listed("Undated documents (their figures carry no date)", [e for e in self._entries if e.undated])
        skipped = [(e.reason or e.kind or "", e) for e in self._entries if e.outcome == "skipped"]
        if skipped:
            kinds = ", ".join(f"{k} {n}" for k, n in self.skipped_by_kind.items())
            lines.append(f"Skipped: {len(skipped)} ({kinds})")
            lines += _groups(skipped)
        warned = [(w, e) for e in self._entries for w in e.warnings]
        if warned:
            lines.append(f"Warnings: {len(warned)} in {self.warned} documents")
            lines += _groups(warned)
        return "\n".join(lines)

    # --- files ---------------------------------------------------------------------------

    def write(self, path: str | os.PathLike) -> None:
        """Save the entries: .json (with the counts), .jsonl or .csv, by the file's ending."""
        suffix = os.path.splitext(os.fspath(path))[1].lower()
        if suffix not in (".json", ".jsonl", ".csv"):
            raise ValueError(f"report file must end in .json, .jsonl or .csv, not {suffix or 'nothing'}: {os.fspath(path)}")
        from .export import atomic_write  # a crash while writing leaves no half report

        def fill(fh) -> int:
            if suffix == ".json":
                json.dump({"counts": self.counts(), "inputs": self.entries()}, fh, ensure_ascii=False, indent=1)
                fh.write("\n")
            elif suffix == ".jsonl":
                for entry in self.entries():
                    fh.write(json.dumps(entry, ensure_ascii=False) + "\n")
            else:
                writer = csv.DictWriter(fh, fieldnames=ENTRY_FIELDS)
                writer.writeheader()
                writer.writerows(_flat(entry) for entry in self.entries())
            return self.inputs

        atomic_write(path, fill)

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


def _indicator_order(counts: Counter[str]) -> list[str]:
    known = [i for i in INDICATORS if counts[i]]
    return known + sorted(i for i in counts if i not in INDICATORS and counts[i])


def _listed(label: str, entries: list[Entry]) -> list[str]:
    if not entries:
        return []
    shown = ", ".join(e.source for e in entries[:SUMMARY_EXAMPLES])
    more = f", +{len(entries) - SUMMARY_EXAMPLES} more" if len(entries) > SUMMARY_EXAMPLES else ""
    return [f"{label}: {len(entries)} — {shown}{more}"]


def _groups(items: Iterable[tuple[str, Entry]]) -> list[str]:
    """Identical reasons together, most frequent first, with a few of their sources."""
    groups: dict[str, list[tuple[str, Entry]]] = {}
    for reason, entry in items:
        groups.setdefault(NUMBER.sub("#", reason), []).append((reason, entry))
    # Most frequent first; among equals, skipped inputs of one kind together.
    ordered = sorted(groups.values(), key=lambda m: (-len(m), _kind_rank(m[0][1].kind)))
    lines = []
    for members in ordered[:SUMMARY_GROUPS]:
        sources = ", ".join(e.source for _, e in members[:SUMMARY_EXAMPLES])
        more = f", +{len(members) - SUMMARY_EXAMPLES} more" if len(members) > SUMMARY_EXAMPLES else ""
        reason = members[0][0] if len(members) == 1 else NUMBER.sub("N", members[0][0])
        lines.append(f"  {len(members)} × {reason} — {sources}{more}")
    if len(ordered) > SUMMARY_GROUPS:
        rest = sum(len(m) for m in ordered[SUMMARY_GROUPS:])
        lines.append(f"  ... {rest} more in {len(ordered) - SUMMARY_GROUPS} other groups (see the written report)")
    return lines


def _kind_rank(kind: str | None) -> int:
    return KINDS.index(kind) if kind in KINDS else len(KINDS)


def _flat(entry: dict[str, Any]) -> dict[str, Any]:
    # CSV cells: indicator counts as "killed=2; displaced=1", warnings joined by " | ".
    return {
        **entry,
        "indicators": "; ".join(f"{k}={v}" for k, v in entry["indicators"].items()),
        "undated": "" if entry["undated"] is None else str(entry["undated"]).lower(),
        "kind": entry["kind"] or "",
        "reason": entry["reason"] or "",
        "warnings": " | ".join(entry["warnings"]),
    }
