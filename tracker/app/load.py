"""Articles to figures for the dashboard, without streamlit: bytes or a pasted text in,
a `Loaded` (documents, figures, what was refused) out. The page caches these by content."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

import pandas as pd

from ..extraction import limits
from ..output.report import RunReport
from ..output.schema import to_frame
from ..read.documents import MAX_BYTES, SeenTexts, Skipped, parse_article, read_bytes, size_text
from ..records import Document, Figure


@dataclass(frozen=True, slots=True)
class Loaded:
    """What one input (a file or a pasted text) gave: documents, figures, what was refused."""

    frame: pd.DataFrame  # figures in the schema
    documents: tuple[Document, ...] = ()  # every document read (the texts the figures index into)
    figures: tuple[tuple[Figure, ...], ...] = ()  # figures of each document, in the same order
    skipped: tuple[Skipped, ...] = ()  # inputs (files, lines, rows) not read, with their reason
    problems: tuple[str, ...] = ()  # extraction failures, one line each

    @property
    def texts(self) -> tuple[tuple[str, str], ...]:
        return tuple((d.id, d.text) for d in self.documents)


def load_bytes(name: str, data: bytes, *, max_bytes: int, default_date: dt.date | None = None) -> Loaded:
    """One file's bytes (a seed or an upload) to figures. Nothing is written to disk and
    `name` is only a label: no path given by a visitor is ever opened. `default_date`
    dates the articles that carry no date of their own."""
    items = read_bytes(name, data, max_bytes=max_bytes, default_date=default_date)
    docs = [i for i in items if not isinstance(i, Skipped)]
    return _extract(docs, tuple(i for i in items if isinstance(i, Skipped)))


def load_text(text: str, *, id: str, published: dt.date | None, max_bytes: int = MAX_BYTES) -> Loaded:
    """A pasted article (with an optional date) to figures. A paste over `max_bytes` (the
    upload limit, counted in UTF-8 as an uploaded file is) is refused with its size, never
    dropped without a word."""
    size = len(text.encode("utf-8", "surrogatepass"))
    if size > max_bytes:
        reason = f"pasted text is {size_text(size)}, over the {size_text(max_bytes)} limit"
        return _extract([], (Skipped(id, reason, "too_large"),))
    if not text.strip():
        return _extract([], (Skipped(id, "pasted text is empty", "empty"),))
    return _extract([parse_article(text, id=id, published=published)], ())


def _extract(docs: list[Document], skipped: tuple[Skipped, ...]) -> Loaded:
    figures: list[tuple[Figure, ...]] = []
    problems: list[str] = []
    for doc in docs:
        try:
            # the dashboard extracts each visitor's input in its own thread: a slot keeps
            # one visitor's document from eating another's regex time limit
            with limits.document_slot():
                figures.append(tuple(_engine_figures(doc)))
        except Exception as error:  # noqa: BLE001 - one bad article must not stop the others
            figures.append(())
            problems.append(f"{doc.id}: figures could not be extracted ({type(error).__name__}: {error})")
    return Loaded(
        frame=to_frame(f for group in figures for f in group),
        documents=tuple(docs),
        figures=tuple(figures),
        skipped=skipped,
        problems=tuple(problems),
    )


def drop_repeats(loaded: Sequence[Loaded]) -> list[Loaded]:
    """The same article in two inputs (a seed uploaded again, one text in two files) is
    counted once: the later copy becomes a `Skipped` duplicate and its figures go. Two
    different articles with the same id (two uploads of one file name) are kept apart: the
    later is renamed, with a warning, and so are its figures."""
    out: list[Loaded] = []
    with SeenTexts() as seen:
        for item in loaded:
            documents: list[Document] = []
            figures: list[tuple[Figure, ...]] = []
            repeats: list[Skipped] = []
            renamed: dict[str, str] = {}
            for doc, found in zip(item.documents, item.figures):
                checked = seen.check(doc)
                if isinstance(checked, Skipped):
                    repeats.append(checked)
                    continue
                if checked.id != doc.id:
                    renamed[doc.id] = checked.id
                    found = tuple(dataclasses.replace(f, document=checked.id) for f in found)
                documents.append(checked)
                figures.append(found)
            if not repeats and not renamed:
                out.append(item)
                continue
            kept = {d.id for d in documents} | set(renamed)
            frame = item.frame[item.frame["document"].isin(kept)].copy()
            if renamed:
                frame["document"] = frame["document"].replace(renamed)
            out.append(
                dataclasses.replace(
                    item,
                    frame=frame,
                    documents=tuple(documents),
                    figures=tuple(figures),
                    skipped=item.skipped + tuple(repeats),
                )
            )
    return out


def run_report(loaded: Iterable[Loaded]) -> RunReport:
    """One report accounting for every input of the page: read, skipped, undated, warned."""
    report = RunReport()
    for item in loaded:
        for doc, figures in zip(item.documents, item.figures):
            report.add(doc, figures)
        for skipped in item.skipped:
            report.skip(skipped)
    return report


def messages(loaded: Iterable[Loaded]) -> list[tuple[str, str]]:
    """(level, one line) for each thing a visitor must know: "error" for an input refused
    or an article that failed, "warning" for a document read with a caveat."""
    out: list[tuple[str, str]] = []
    for item in loaded:
        out += [("error", f"{s.source}: not read, {s.reason}") for s in item.skipped]
        out += [("error", line) for line in item.problems]
        out += [("warning", f"{d.id}: {w}") for d in item.documents for w in d.warnings]
    return out


def drop_stored(loaded: Sequence[Loaded], is_stored: Callable[[Document], bool]) -> list[Loaded]:
    """An article the corpus store already holds (`is_stored`: by content hash) is counted
    once, from the store: here it becomes a `Skipped` duplicate and its figures go."""
    out: list[Loaded] = []
    for item in loaded:
        stored = [is_stored(doc) for doc in item.documents]
        if not any(stored):
            out.append(item)
            continue
        kept = [(d, f) for d, f, s in zip(item.documents, item.figures, stored) if not s]
        repeats = tuple(
            Skipped(d.id, "the corpus store holds this text already", "duplicate")
            for d, s in zip(item.documents, stored) if s
        )
        out.append(
            dataclasses.replace(
                item,
                frame=item.frame[item.frame["document"].isin({d.id for d, _ in kept})].copy(),
                documents=tuple(d for d, _ in kept),
                figures=tuple(f for _, f in kept),
                skipped=item.skipped + repeats,
            )
        )
    return out


def _engine_figures(document: Document) -> list[Figure]:
    # The engine is imported on the first extraction, not with the page: importing it
    # compiles every pattern (about a second), which a page on a corpus store never needs.
    from ..extraction.engine import extract_document

    return extract_document(document)
