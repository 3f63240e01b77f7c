"""Reading documents: article files, JSON Lines feeds, CSV tables, folders, uploads.

Every input is accounted for: each file, JSONL line or CSV row becomes either a
`Document` or a `Skipped` that says, in one line, why it was not read. Nothing is
dropped without a record, and one bad input never stops the others.

Files stream one at a time and feeds one line at a time, so memory stays bounded on a
feed of any size; no document larger than `max_bytes` is ever read whole.

`Document.text` is the article body exactly as decoded (line breaks as "\\n") once a
header is taken off; figure spans index into it. Three formats are turned into text
first, and a warning says so: a web page (its main text, `tracker.read.webpages`), an
RSS or Atom feed (each entry's content, `tracker.read.feeds`) and a PDF (its text layer,
page by page, `tracker.read.pdfs`).
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import os
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, replace
from typing import BinaryIO

import regex as re

from ..records import Document
from .decoding import (
    SNIFF_BYTES,
    binary_kind,
    bom_encoding,
    decode,
    decode_line,
    looks_binary,
    mask_nuls,
    normalise_newlines,
    unsupported_kind,
)
from ..extraction import limits
from . import feeds, pdfs, webpages
from .htmltext import looks_like_html
from .language import language
from .pubdates import dateline_date, parse_published
from .seen import SeenStore

# Largest document read, in bytes: a text file, one JSONL line, one CSV row.
MAX_BYTES: int = limits.MAX_BYTES

# What a Skipped can be. "failed" is not given here: tracker.scale.jobs gives it to a document
# the extraction engine failed on, so that the run report accounts for it too.
KINDS: tuple[str, ...] = (
    "unreadable", "binary", "empty", "too_large", "malformed", "duplicate", "unsupported", "failed",
)

# File name endings and the reader each one goes to.
TEXT_SUFFIXES: frozenset[str] = frozenset({".txt", ".text", ".md", ".markdown"})
HTML_SUFFIXES: frozenset[str] = frozenset({".html", ".htm", ".xhtml"})
JSONL_SUFFIXES: frozenset[str] = frozenset({".jsonl", ".ndjson", ".jsonlines"})
JSON_SUFFIXES: frozenset[str] = frozenset({".json"})
CSV_DELIMITERS: dict[str, str | None] = {".csv": None, ".tsv": "\t"}  # None: sniffed from the header
FEED_SUFFIXES: frozenset[str] = frozenset({".rss", ".atom"})
XML_SUFFIXES: frozenset[str] = frozenset({".xml"})  # a feed when its root is <rss>, <feed> or <rdf:RDF>
PDF_SUFFIXES: frozenset[str] = frozenset({".pdf"})

# A PDF's first bytes; a file named .pdf may have up to PDF_JUNK bytes before them.
PDF_MAGIC: bytes = b"%PDF"
PDF_JUNK: int = 1024

# Field (JSONL key, JSON key or CSV column) names for each Document attribute, in the
# order they are looked for; matched case-insensitively.
TEXT_FIELDS: tuple[str, ...] = ("text", "body", "content")
DATE_FIELDS: tuple[str, ...] = ("date", "published", "published_at", "publication_date", "pubdate")
TITLE_FIELDS: tuple[str, ...] = ("title", "headline")
URL_FIELDS: tuple[str, ...] = ("url", "link")
OUTLET_FIELDS: tuple[str, ...] = ("outlet", "publisher")
ID_FIELDS: tuple[str, ...] = ("id",)

# An API response's list of reports, each report's fields, the dates it carries (the
# first given is its publication date) and its sources' names, as ReliefWeb's API
# (api.reliefweb.int) writes them: {"data": [{"id", "fields": {"title", "body", "url",
# "date": {"original", "created"}, "source": [{"shortname", "name"}]}}]}.
API_ITEMS = "data"
API_FIELDS = "fields"
API_DATES: tuple[str, ...] = ("original", "created")
API_SOURCE_NAMES: tuple[str, ...] = ("shortname", "name")

# Delimiters a CSV header is sniffed for, most likely first.
SNIFFED_DELIMITERS: str = ",;\t|"

# Chunk in which the rest of an over-long line is skipped.
SKIP_CHUNK: int = 1 << 16

# A front-matter block at the very start of an article:
#   ---
#   title: ...
#   date: 2020-01-26
#   ---
FRONT_MATTER = re.compile(
    r"""
    \A \ufeff? [ \t]* --- [ \t]* \n          # opening fence on the first line
    (?P<fields> (?: [^\n]* \n ){0,40}? )     # a few key: value lines
    [ \t]* --- [ \t]* (?: \n | \Z )          # closing fence
    """,
    re.VERBOSE,
)
FRONT_MATTER_OPENING = re.compile(r"\A \ufeff? [ \t]* --- [ \t]* \n", re.VERBOSE)
FRONT_MATTER_FIELD = re.compile(r"""^ \s* (?P<key> [\w-]+ ) \s* : \s* (?P<value> .*? ) \s* $""", re.VERBOSE)
FRONT_MATTER_KEYS: dict[str, str] = {
    **{k: "title" for k in TITLE_FIELDS},
    **{k: "published" for k in DATE_FIELDS},
    **{k: "url" for k in URL_FIELDS},
    **{k: "outlet" for k in OUTLET_FIELDS},
    "source": "outlet",
}

# The seeds' header: " date 2019-08-20 Rebels retreated...": the body goes on on the same
# line. The date token looks like a numeric date, even an impossible one ("32/13/2020"),
# so that an article that opens with the word "Date" is left alone.
DATE_HEADER = re.compile(
    r"""
    \A \ufeff? [ \t]* date :? [ \t]+
    (?P<date> \d{1,4} [-/.] \d{1,2} [-/.] \d{1,4}          # 2019-08-20, 26/01/2020
              (?: T [\d:.]+ (?: Z | [+-]\d{2}:?\d{2} )? )? # 2020-01-26T10:00:00Z
    )
    (?: [ \t]+ | [ \t]* \n | [ \t]* \Z )
    """,
    re.VERBOSE | re.IGNORECASE,
)

# A headline: a short first line without closing punctuation, then a blank line.
TITLE_LINE = re.compile(
    r"""
    \A [ \t]* (?P<title> [^\n]{1,200}? ) [ \t]* \n [ \t]* \n
    """,
    re.VERBOSE,
)
SENTENCE_CLOSE = re.compile(r"""[.!?:;,][\"'”’»)\]]*$""")

# Halves of UTF-16 surrogate pairs, alone: JSON's "\ud800" escapes can make them, and
# no UTF-8 output can hold them.
LONE_SURROGATE = re.compile(r"[\ud800-\udfff]")


@dataclass(frozen=True, slots=True)
class Skipped:
    """An input that was not read, and why."""

    source: str  # "path/to/file.txt", or "feed.jsonl:17" for a line (1-based), "rows.csv:5" for a row
    reason: str  # one line a user understands: "binary file (PDF)", "empty file"
    kind: str  # one of KINDS


class SeenTexts(SeenStore):
    """What a run has read so far (`tracker.read.seen`): repeated articles become `Skipped`
    duplicates, and no two documents get the same id. Pass one instance to several
    `read_bytes` calls to find duplicates, and keep ids apart, across uploaded files."""

    __slots__ = ()

    def check(self, item: Document | Skipped) -> Document | Skipped:
        """The item, a `Skipped` duplicate, or the document renamed when its id is taken."""
        if isinstance(item, Skipped):
            return item
        first = self.first_with(item.text)
        if first is not None:
            if first == item.id:
                return Skipped(item.id, "read already: the same path was given twice", "duplicate")
            return Skipped(item.id, f"same text as {first}", "duplicate")
        if self.taken(item.id):
            new = self.free_id(item.id)
            warning = f"id {_quote(item.id)} already used by an earlier document; named {new!r} instead"
            item = replace(item, id=new, warnings=(*item.warnings, warning))
        self.add(item)
        return item


def iter_inputs(
    paths: Sequence[str | os.PathLike] | str | os.PathLike,
    *,
    max_bytes: int = MAX_BYTES,
    default_date: dt.date | None = None,
    outputs: Sequence[str | os.PathLike] = (),
) -> Iterator[Document | Skipped]:
    """Documents from files and folders (searched recursively, in sorted order).

    Yields a `Skipped` for every file, line or row that cannot be read, so that every
    input is accounted for. `default_date` dates the documents that give no date.
    `outputs` are the files the run writes (`-o`, `--report`): found among the inputs,
    they and their temporary files are skipped as this run's output, not read.
    """
    if isinstance(paths, (str, os.PathLike)):
        paths = [paths]
    files = input_files(paths, outputs=outputs)
    for _, item in read_files(files, max_bytes=max_bytes, default_date=default_date):
        yield item


@dataclass(frozen=True, slots=True)
class InputFile:
    """A file to read: named on the command line, or found in a folder given there."""

    name: str  # what its documents are named after: the path as given, or relative to the folder's parent
    path: str  # where it is read from


def input_files(
    paths: Sequence[str | os.PathLike], *, outputs: Sequence[str | os.PathLike] = ()
) -> Iterator[InputFile | Skipped]:
    """The files `iter_inputs` reads, in its order, and a `Skipped` for each path or folder
    entry it cannot read. `tracker ingest` looks at each file's bytes between this and
    `read_files`, to leave out a file it has read whole before."""
    own = _Outputs.of(outputs)
    for path in paths:
        yield from _path_files(os.fspath(path), own)


def read_files(
    entries: Iterable[InputFile | Skipped], *, max_bytes: int = MAX_BYTES, default_date: dt.date | None = None
) -> Iterator[tuple[InputFile | None, Document | Skipped]]:
    """The documents of each file (`input_files`), each with the file it came from (None for
    an entry skipped already); duplicates and ids are checked across all of them."""
    with SeenTexts() as seen:
        for entry in entries:
            if isinstance(entry, Skipped):
                yield None, seen.check(_printable(entry))
                continue
            for item in _iter_file(entry.path, entry.name, max_bytes, default_date, seen):
                yield entry, seen.check(_printable(item))


@dataclass(frozen=True, slots=True)
class _Outputs:
    """The files a run writes, to tell them apart from its inputs."""

    paths: frozenset[str] = frozenset()  # absolute

    @classmethod
    def of(cls, outputs: Sequence[str | os.PathLike]) -> _Outputs:
        return cls(frozenset(os.path.abspath(os.fspath(p)) for p in outputs))

    def reason(self, path: str) -> str | None:
        """Why `path` is not read, if it is one of the outputs or the temporary file one is
        written through (".NAME.xxxx.part" beside it, see tracker.output.export.AtomicFile)."""
        if not self.paths:
            return None
        full = os.path.abspath(path)
        if full in self.paths:
            return "this run's own output (-o or --report): not read"
        folder, name = os.path.split(full)
        if name.startswith(".") and name.endswith(".part"):
            for output in self.paths:
                out_folder, out_name = os.path.split(output)
                if out_folder == folder and name.startswith(f".{out_name}."):
                    return "this run's own output, being written: not read"
        return None


def read_bytes(
    name: str,
    data: bytes,
    *,
    max_bytes: int = MAX_BYTES,
    default_date: dt.date | None = None,
    seen: SeenTexts | None = None,
) -> list[Document | Skipped]:
    """Documents from one uploaded file; its name decides the format."""
    own = seen is None
    seen = SeenTexts() if own else seen
    try:
        items = _read_stream(name, io.BytesIO(data), len(data), _suffix(name), max_bytes, default_date, seen)
        return [seen.check(_printable(item)) for item in items]
    finally:
        if own:
            seen.close()


def _printable(item: Document | Skipped) -> Document | Skipped:
    """The item named so that any output can write its name.

    A file name that is not valid UTF-8 comes from the file system with its bad bytes as
    lone surrogates ("caf\\udce9.txt"), which no UTF-8 file can hold: they become U+FFFD.
    """
    if isinstance(item, Skipped):
        return replace(item, source=_printable_name(item.source))
    name = _printable_name(item.id)
    if name == item.id:
        return item
    warning = f"file name is not valid UTF-8; named {name!r}, bad bytes shown as U+FFFD"
    return replace(item, id=name, warnings=(*item.warnings, warning))


def _printable_name(name: str) -> str:
    if not LONE_SURROGATE.search(name):
        return name
    try:
        return name.encode("utf-8", "surrogateescape").decode("utf-8", "replace")
    except UnicodeEncodeError:  # a surrogate that is no escaped byte
        return LONE_SURROGATE.sub("\ufffd", name)


def parse_article(
    text: str,
    *,
    id: str,
    published: dt.date | str | None = None,
    title: str | None = None,
    url: str | None = None,
    outlet: str | None = None,
    warnings: Sequence[str] = (),
    default_date: dt.date | None = None,
) -> Document:
    """An article from its text: reads a front-matter block or a " date YYYY-MM-DD" header.

    Values given as arguments win over the header's. A headline (a short first line
    without closing punctuation, then a blank line) becomes the title but stays in the
    text, in case it holds a figure. Never raises.
    """
    notes = list(warnings)
    meta: dict[str, str] = {}
    body = text
    if m := FRONT_MATTER.match(text):
        meta = _front_matter(m["fields"], notes)
        body = text[m.end() :]
    elif FRONT_MATTER_OPENING.match(text):
        notes.append("front matter has no closing '---' line; read as part of the text")
    elif m := DATE_HEADER.match(text):
        meta["published"] = m["date"]
        body = text[m.end() :]
    if title is None and "title" not in meta and (m := TITLE_LINE.match(body)):
        headline = m["title"].strip()
        if not SENTENCE_CLOSE.search(headline) and any(c.isalpha() for c in headline) and body[m.end() :].strip():
            meta["title"] = headline
    date = _document_date(published, meta.get("published"), default_date, notes, body)
    return Document(
        id=id,
        text=body,
        published=date,
        title=title if title is not None else meta.get("title"),
        url=url if url is not None else meta.get("url"),
        outlet=outlet if outlet is not None else meta.get("outlet"),
        warnings=tuple(notes),
    )


def _front_matter(block: str, notes: list[str]) -> dict[str, str]:
    meta: dict[str, str] = {}
    for line in block.splitlines():
        if not line.strip():
            continue
        m = FRONT_MATTER_FIELD.match(line)
        if not m:
            notes.append(f"front matter line {_quote(line)} is not 'key: value'; ignored")
            continue
        key = m["key"].lower()
        if key not in FRONT_MATTER_KEYS:
            notes.append(f"front matter key {_quote(key)} not used")
            continue
        meta[FRONT_MATTER_KEYS[key]] = _unquote(m["value"])
    return meta


def _document_date(
    given: dt.date | str | None, header: str | None, default_date: dt.date | None, notes: list[str], body: str = ""
) -> dt.date | None:
    """The date given, else the header's, else the dateline's ("MAIDUGURI, 12 September
    2024 —"), else the run's default date; each one that is taken from the text or the
    run is said in a warning."""
    date = None
    for value in (given, header):
        if value is None or (isinstance(value, str) and not value.strip()):
            continue
        parsed = parse_published(value)
        if parsed.warning:
            notes.append(parsed.warning)
        if parsed.date is not None:
            date = parsed.date
            break
    if date is None and (dated := dateline_date(body)).date is not None:
        date = dated.date
        notes.append(dated.warning)
    if date is None and default_date is not None:
        notes.append(f"no valid date given; dated {default_date.isoformat()} by the run's default date")
        date = default_date
    return date


# --- files and folders -------------------------------------------------------------


def _path_files(path: str, own: _Outputs = _Outputs()) -> Iterator[InputFile | Skipped]:
    if not os.path.exists(path):
        reason = "broken link" if os.path.islink(path) else "no such file"
        yield Skipped(path, reason, "unreadable")
        return
    if not os.path.isdir(path):
        if (reason := own.reason(path)) is not None:
            yield Skipped(path, reason, "unsupported")
            return
        yield InputFile(path, path)
        return
    base = os.path.dirname(os.path.abspath(path))
    found = False
    for entry in _walk(path, base, own):
        found = True
        yield entry
    if not found:
        yield Skipped(_display(os.path.abspath(path), base) + "/", "folder holds no files", "empty")


def _walk(folder: str, base: str, own: _Outputs = _Outputs()) -> Iterator[InputFile | Skipped]:
    """Each entry of `folder`, sorted, depth first: a file to read, or why it is not read."""
    try:
        entries = sorted(os.scandir(folder), key=lambda e: e.name)
    except OSError as error:
        yield Skipped(_display(os.path.abspath(folder), base), f"cannot list folder: {error.strerror}", "unreadable")
        return
    for entry in entries:
        name = _display(os.path.abspath(entry.path), base)
        try:
            kind = _entry_kind(entry)
        except OSError as error:  # a loop of links ("a -> b -> a"), an entry gone meanwhile
            yield Skipped(name, f"cannot read: {error.strerror or error}", "unreadable")
            continue
        if (reason := own.reason(entry.path)) is not None:
            yield Skipped(name, reason, "unsupported")
        elif entry.name.startswith("."):
            what = "folder not searched" if kind in ("folder", "link to a folder") else "file not read"
            yield Skipped(name, f"hidden {what}", "unsupported")
        elif kind == "folder":
            yield from _walk(entry.path, base, own)
        elif kind == "link to a folder":
            yield Skipped(name, "link to a folder not followed", "unsupported")
        else:
            yield InputFile(name, entry.path)


def _entry_kind(entry: os.DirEntry) -> str:
    """"folder", "link to a folder" or "file" (anything else: read or refused by _iter_file).
    Raises OSError when a link cannot be followed for a reason other than a missing target."""
    if entry.is_dir(follow_symlinks=False):
        return "folder"
    if entry.is_symlink() and entry.is_dir():
        return "link to a folder"
    return "file"


def _display(path: str, base: str) -> str:
    return os.path.relpath(path, base).replace(os.sep, "/")


def _iter_file(
    path: str, name: str, max_bytes: int, default_date: dt.date | None, seen: SeenTexts
) -> Iterator[Document | Skipped]:
    try:
        size = os.stat(path).st_size
        if not os.path.isfile(path):
            yield Skipped(name, "not a regular file", "unsupported")
            return
        with open(path, "rb") as fh:
            yield from _read_stream(name, fh, size, _suffix(path), max_bytes, default_date, seen)
    except OSError as error:
        yield Skipped(name, f"cannot read: {error.strerror or error}", "unreadable")


def _suffix(name: str) -> str:
    return os.path.splitext(name)[1].lower()


def _read_stream(
    name: str,
    fh: BinaryIO,
    size: int,
    suffix: str,
    max_bytes: int,
    default_date: dt.date | None,
    seen: SeenTexts,
) -> Iterator[Document | Skipped]:
    """The one place that decides how a file is read, for paths and uploads alike."""
    if size == 0:
        yield Skipped(name, "empty file", "empty")
        return
    head = fh.read(SNIFF_BYTES)
    fh.seek(0)
    if head.startswith(PDF_MAGIC) or (suffix in PDF_SUFFIXES and PDF_MAGIC in head[:PDF_JUNK]):
        if size > max_bytes:
            yield Skipped(name, f"file is {_size(size)}, over the {_size(max_bytes)} limit", "too_large")
        elif len(data := fh.read(max_bytes + 1)) > max_bytes:
            yield Skipped(name, f"file grew over the {_size(max_bytes)} limit while being read", "too_large")
        else:
            yield _read_pdf(name, data, default_date)
        return
    # Only a file that is binary as a whole is skipped whole here; a few NUL bytes are
    # the damage of the JSONL line, CSV row or article that holds them (see each reader).
    if reason := binary_kind(head):
        yield Skipped(name, reason, "binary")
        return
    if reason := unsupported_kind(head):
        yield Skipped(name, reason, "unsupported")
        return
    if suffix in JSONL_SUFFIXES:
        yield from _read_jsonl(name, fh, max_bytes, default_date, seen)
    elif suffix in CSV_DELIMITERS:
        yield from _read_csv(name, fh, CSV_DELIMITERS[suffix], max_bytes, default_date, seen)
    elif size > max_bytes:
        yield Skipped(name, f"file is {_size(size)}, over the {_size(max_bytes)} limit", "too_large")
    elif suffix in JSON_SUFFIXES:
        yield from _read_json(name, fh.read(), max_bytes, default_date, seen)
    elif suffix in FEED_SUFFIXES or (suffix in XML_SUFFIXES and feeds.looks_like_feed(head)):
        yield from _read_feed(name, fh.read(), max_bytes, default_date)
    elif len(data := fh.read(max_bytes + 1)) > max_bytes:
        yield Skipped(name, f"file grew over the {_size(max_bytes)} limit while being read", "too_large")
    else:
        yield _read_text(name, data, suffix, default_date)


def _read_text(name: str, data: bytes, suffix: str, default_date: dt.date | None) -> Document | Skipped:
    decoded = decode(data)
    if looks_binary(decoded.text):
        return Skipped(name, "binary file (mostly control characters)", "binary")
    # A NUL past the bytes binary_kind judged, or a stray one among them, is damage: the
    # article is read with it shown as U+FFFD and a warning, not lost.
    text, nul_warning = mask_nuls(decoded.text)
    if not text.strip():
        return Skipped(name, "only white space", "empty")
    notes = [w for w in (decoded.warning, nul_warning) if w]
    page = webpages.WebPage(text)
    if suffix in HTML_SUFFIXES or looks_like_html(text):
        page = webpages.read_page(text)
        if not page.text.strip():
            return Skipped(name, "web page with no text outside its menus and links", "empty")
        notes.append(page.warning)
    elif suffix not in TEXT_SUFFIXES:
        notes.append(f"file type {_quote(suffix) if suffix else '(none)'} read as plain text")
    doc = parse_article(
        page.text,
        id=name,
        published=page.published,
        title=page.title,
        url=page.url,
        outlet=page.outlet,
        warnings=notes,
        default_date=default_date,
    )
    if not doc.text.strip():
        return Skipped(name, "no text after the header", "empty")
    return in_english(doc, name)


def _read_pdf(name: str, data: bytes, default_date: dt.date | None) -> Document | Skipped:
    """A PDF's text layer as one document whose `pages` say where each page starts."""
    found = pdfs.read_pdf(data)
    if isinstance(found, pdfs.PdfRefused):
        return Skipped(name, found.reason, found.kind)
    pages = len(found.pages)
    notes = [f"text layer of a {pages}-page PDF read with pypdf: figure positions refer to that text", *found.warnings]
    published = found.created.isoformat() if found.created is not None else None
    doc = parse_article(
        found.text, id=name, published=published, title=found.title, warnings=notes, default_date=default_date
    )
    if not doc.text.strip():
        return Skipped(name, "PDF whose text layer holds only white space", "empty")
    if published is not None and doc.published is not None and doc.published.isoformat() == published:
        doc = replace(doc, warnings=(*doc.warnings, f"dated {published} by the PDF's creation date"))
    cut = len(found.text) - len(doc.text)  # a header taken off the front
    doc = replace(doc, pages=tuple(max(0, start - cut) for start in found.pages))
    return in_english(doc, name)


def _read_feed(
    name: str, data: bytes, max_bytes: int, default_date: dt.date | None
) -> Iterator[Document | Skipped]:
    """Each entry of an RSS or Atom feed as a document named by its place ("feed.xml:3")."""
    found = feeds.read_feed(data)
    if isinstance(found, feeds.FeedRefused):
        yield Skipped(name, found.reason, found.kind)
        return
    for entry in found.entries:
        where, label = f"{name}:{entry.number}", f"entry {entry.number}"
        if not entry.text.strip():
            if found.warning:  # cut off or broken: the XML's fault, said with it
                yield Skipped(where, f"{label} has no title, content or summary; {found.warning}", "malformed")
            else:
                yield Skipped(where, f"{label} has no title, content or summary", "empty")
            continue
        if len(entry.text) > max_bytes:
            yield Skipped(where, f"{label}: text is over the {_size(max_bytes)} limit", "too_large")
            continue
        notes = [w for w in (found.warning,) if w]
        if entry.from_title:
            notes.append("entry has no content or summary: its title is read as its text")
        text = LONE_SURROGATE.sub("\ufffd", mask_nuls(normalise_newlines(entry.text))[0])
        doc = parse_article(
            text,
            id=where,
            published=entry.published,
            title=entry.title,
            url=entry.url,
            outlet=entry.outlet,
            warnings=notes,
            default_date=default_date,
        )
        yield in_english(doc, where, label)


def in_english(doc: Document, where: str, label: str | None = None) -> Document | Skipped:
    """The document, or an `unsupported` Skipped that names its language when it is plainly
    not English (`tracker.read.language`): the extraction would find nothing in it, and an
    empty result must not pass for a text without figures."""
    found = language(doc.text)
    if found is None:
        return doc
    reason = f"written in {found.name} ({found.code}): the tracker reads English only"
    return Skipped(where, f"{label} is {reason}" if label else reason, "unsupported")


# --- feeds: JSON Lines, JSON, CSV ----------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Line:
    number: int  # 1-based
    text: str | None  # None: longer than the limit, not read
    warning: str | None  # how it was decoded, when not UTF-8
    ended: bool  # False for a last line without its line break


def _lines(fh: BinaryIO, max_bytes: int) -> Iterator[_Line]:
    """The lines of a feed, each read with a length limit, so memory stays bounded."""
    encoding = bom_encoding(fh.read(4))
    fh.seek(0)
    if encoding is not None and encoding != "utf-8":
        yield from _wide_lines(io.TextIOWrapper(fh, encoding=encoding.removesuffix("-le").removesuffix("-be"), errors="replace", newline=None), max_bytes)
        return
    number = 0
    while raw := fh.readline(max_bytes + 1):
        number += 1
        ended = raw.endswith(b"\n")
        if len(raw) > max_bytes and not ended:
            while (rest := fh.readline(SKIP_CHUNK)) and not rest.endswith(b"\n"):
                pass
            yield _Line(number, None, None, True)
            continue
        if number == 1 and raw.startswith(b"\xef\xbb\xbf"):
            raw = raw[3:]
        decoded = decode_line(raw)
        yield _Line(number, normalise_newlines(decoded.text), decoded.warning, ended)


def _wide_lines(fh: io.TextIOWrapper, max_chars: int) -> Iterator[_Line]:
    # UTF-16 and UTF-32 feeds: the text layer splits lines; the limit counts characters.
    number = 0
    while line := fh.readline(max_chars + 1):
        number += 1
        ended = line.endswith("\n")
        if len(line) > max_chars and not ended:
            while (rest := fh.readline(SKIP_CHUNK)) and not rest.endswith("\n"):
                pass
            yield _Line(number, None, None, True)
            continue
        yield _Line(number, line.lstrip("\ufeff") if number == 1 else line, None, ended)


def _read_jsonl(
    name: str, fh: BinaryIO, max_bytes: int, default_date: dt.date | None, seen: SeenTexts
) -> Iterator[Document | Skipped]:
    rows = 0
    for line in _lines(fh, max_bytes):
        where = f"{name}:{line.number}"
        if line.text is None:
            rows += 1
            yield Skipped(where, f"line {line.number} is over the {_size(max_bytes)} limit", "too_large")
            continue
        if not line.text.strip():
            continue  # blank lines hold no input
        rows += 1
        if "\x00" in line.text:  # damage on this line only: the others are read
            cut = "" if line.ended else "; the file ends in the middle of this line (cut off?)"
            yield Skipped(where, f"line {line.number} {_nuls(line.text)}{cut}", "binary")
            continue
        try:
            row = json.loads(line.text)
        except json.JSONDecodeError as error:
            cut = "" if line.ended else "; the file ends in the middle of this line (cut off?)"
            yield Skipped(where, f"malformed JSON on line {line.number}: {_json_error(error)}{cut}", "malformed")
            continue
        except RecursionError:
            yield Skipped(where, f"malformed JSON on line {line.number}: nested too deeply", "malformed")
            continue
        except ValueError as error:  # an integer longer than Python reads (sys.get_int_max_str_digits)
            yield Skipped(where, f"malformed JSON on line {line.number}: {_value_error(error)}", "malformed")
            continue
        yield row_document(where, f"line {line.number}", row, line.warning, max_bytes, default_date, seen)
    if rows == 0:
        yield Skipped(name, "no JSON lines in the file, only white space", "empty")


def _read_json(
    name: str, data: bytes, max_bytes: int, default_date: dt.date | None, seen: SeenTexts
) -> Iterator[Document | Skipped]:
    decoded = decode(data)
    try:
        value = json.loads(decoded.text)
    except json.JSONDecodeError as error:
        # One JSON text: a raw NUL anywhere in it leaves no item to read.
        if decoded.text[error.pos : error.pos + 1] == "\x00":
            where = f"line {error.lineno}, column {error.colno}"
            yield Skipped(name, f"NUL character on {where} (binary data?): not valid JSON, no item read", "binary")
        else:
            yield Skipped(name, f"malformed JSON on line {error.lineno}: {_json_error(error)}", "malformed")
        return
    except RecursionError:
        yield Skipped(name, "malformed JSON: nested too deeply", "malformed")
        return
    except ValueError as error:  # an integer longer than Python reads (sys.get_int_max_str_digits)
        yield Skipped(name, f"malformed JSON: {_value_error(error)}", "malformed")
        return
    if isinstance(value, dict) and isinstance(value.get(API_ITEMS), list) and not _text_fields(value):
        value = value[API_ITEMS]  # an API response: {"data": [report, ...]} (ReliefWeb)
        if not value:
            yield Skipped(name, f"API response with an empty {API_ITEMS!r} list: no reports", "empty")
            return
    if isinstance(value, dict):
        yield row_document(name, "the object", value, decoded.warning, max_bytes, default_date, seen)
    elif isinstance(value, list):
        if not value:
            yield Skipped(name, "empty JSON list", "empty")
        for number, item in enumerate(value, 1):
            yield row_document(f"{name}:{number}", f"item {number}", item, decoded.warning, max_bytes, default_date, seen)
    else:
        yield Skipped(name, f"JSON holds {_json_type(value)}, not an article object or a list of them", "malformed")


def _read_csv(
    name: str,
    fh: BinaryIO,
    delimiter: str | None,
    max_bytes: int,
    default_date: dt.date | None,
    seen: SeenTexts,
) -> Iterator[Document | Skipped]:
    feed = _CsvFeed(_lines(fh, max_bytes))
    header_line = feed.peek()
    if header_line is None:
        yield Skipped(name, "only white space", "empty")
        return
    if "\x00" in header_line:  # the header names every row's columns: none can be trusted
        yield Skipped(name, f"CSV header {_nuls(header_line)}; no row read", "binary")
        return
    delimiter = delimiter or _sniff_delimiter(header_line)
    reader = csv.reader(feed, delimiter=delimiter, strict=False)
    try:
        header = [h.strip().lower() for h in _next_row(reader, max_bytes)]
    except csv.Error as error:
        yield Skipped(name, f"unreadable CSV header: {error}", "malformed")
        return
    feed.take_nul()  # the rows' lines are counted from here
    feed.take_lines()
    if not any(f in header for f in TEXT_FIELDS):
        shown = ", ".join(" ".join(h.split()) for h in header[:8]) + (", ..." if len(header) > 8 else "")  # one line
        yield Skipped(name, f"no text column (text, body or content) in the header: {shown}", "malformed")
        return
    rows = 0
    while True:
        start = feed.number + 1
        try:
            row = _next_row(reader, max_bytes)
        except StopIteration:
            break
        except csv.Error as error:
            rows += 1
            feed.take_lines()
            feed.take_too_long()  # this row's notes, not the next one's
            feed.take_warnings()
            feed.take_nul()
            kind = "too_large" if "field limit" in str(error) else "malformed"
            yield Skipped(f"{name}:{start}", f"malformed CSV on line {start}: {error}", kind)
            continue
        lines = feed.take_lines()
        if len(lines) > 1 and not _closed_quotes(lines, delimiter, max_bytes):
            # A quote opened and never closed: the field ran on over the rows after it. The
            # row's first line is reported; reading goes on from the line after it.
            feed.take_too_long()
            feed.take_warnings()
            feed.take_nul()
            feed.push_back(lines[1:])
            rows += 1
            ran = f"{len(lines) - 1} more line{'s' if len(lines) > 2 else ''}"
            yield Skipped(
                f"{name}:{start}",
                f"malformed CSV on line {start}: a quoted field is not closed (it ran over {ran}); "
                f"read again from line {start + 1}",
                "malformed",
            )
            continue
        too_long = feed.take_too_long()
        warnings = feed.take_warnings()
        nul = feed.take_nul()
        if not row or all(not cell.strip() for cell in row):
            if not too_long:
                continue  # blank lines hold no input
        rows += 1
        where = f"{name}:{start}"
        if too_long:
            yield Skipped(where, f"row on line {start} is over the {_size(max_bytes)} limit", "too_large")
        elif nul is not None:  # damage on this row only: the others are read
            yield Skipped(where, f"row on line {start} {nul}", "binary")
        elif len(row) != len(header):
            yield Skipped(where, f"row on line {start} has {len(row)} fields, the header {len(header)}", "malformed")
        else:
            record = dict(zip(header, row, strict=True))
            yield row_document(where, f"row on line {start}", record, warnings, max_bytes, default_date, seen)
    if rows == 0:
        yield Skipped(name, "CSV file has a header but no rows", "empty")


def _next_row(reader: Iterator[list[str]], max_bytes: int) -> list[str]:
    # The csv module's field limit is process-wide; it is set for this read only.
    previous = csv.field_size_limit(max_bytes)
    try:
        return next(reader)
    finally:
        csv.field_size_limit(previous)


def _closed_quotes(lines: list[_Line], delimiter: str, max_bytes: int) -> bool:
    """The row's lines read as one row by a strict reader: every quoted field that spans
    lines is closed, and closed where a field ends. A quote left open ("...killed,2020-01-01)
    makes the lenient reader run on into the next rows, until a quote ends the file or
    stands where no field ends."""
    text = "".join(line.text or "\n" for line in lines)
    previous = csv.field_size_limit(max_bytes)  # as _next_row: for this read only
    try:
        rows = list(csv.reader(io.StringIO(text), delimiter=delimiter, strict=True))
    except csv.Error:
        return False
    finally:
        csv.field_size_limit(previous)
    return len(rows) == 1


def _sniff_delimiter(header: str) -> str:
    counts = {d: header.count(d) for d in SNIFFED_DELIMITERS}
    best = max(counts, key=lambda d: counts[d])
    return best if counts[best] else ","


class _CsvFeed:
    """Lines for `csv.reader`, remembering line numbers, over-long lines, NULs and decoding."""

    def __init__(self, lines: Iterator[_Line]) -> None:
        self._lines = lines
        self._peeked: _Line | None = None
        self.number = 0  # the last line handed out
        self._too_long = False
        self._warnings: list[str] = []
        self._nul_count = 0  # NUL characters in the row being read
        self._nul_first = ""  # where the first is: "column 7", or "line 6, column 7"
        self._row_lines = 0  # lines handed out since the last take_nul
        self._taken: list[_Line] = []  # lines handed out since the last take_lines
        self._pushed: list[_Line] = []  # lines to hand out again, the next last

    def push_back(self, lines: Sequence[_Line]) -> None:
        """Hand `lines` out again, in order, before any new line."""
        self._pushed.extend(reversed(lines))

    def take_lines(self) -> list[_Line]:
        """The lines handed out since the last call: the last row's."""
        taken, self._taken = self._taken, []
        return taken

    def peek(self) -> str | None:
        """The first non-blank line, which is handed out again; None if there is none."""
        for line in self._lines:
            if line.text is None or line.text.strip():
                self._peeked = line
                return line.text or ""
            self.number = line.number
        return None

    def __iter__(self) -> Iterator[str]:
        return self

    def __next__(self) -> str:
        line = self._peeked or (self._pushed.pop() if self._pushed else next(self._lines))
        self._peeked = None
        self._taken.append(line)
        self.number = line.number
        if line.warning and line.warning not in self._warnings:
            self._warnings.append(line.warning)
        if line.text is None:
            self._too_long = True
            return "\n"
        if "\x00" in line.text:
            if not self._nul_count:
                column = line.text.index("\x00") + 1
                self._nul_first = f"line {line.number}, column {column}" if self._row_lines else f"column {column}"
            self._nul_count += line.text.count("\x00")
        self._row_lines += 1
        return line.text

    def take_nul(self) -> str | None:
        """'holds a NUL character at column 7 (binary data?)' for the last row, or None."""
        count, first = self._nul_count, self._nul_first
        self._nul_count, self._row_lines = 0, 0
        return _nul_reason(count, first) if count else None

    def take_too_long(self) -> bool:
        too_long, self._too_long = self._too_long, False
        return too_long

    def take_warnings(self) -> list[str]:
        warnings, self._warnings = self._warnings, []
        return warnings


def row_document(
    where: str,
    label: str,
    row: object,
    warnings: str | Iterable[str] | None = None,
    max_bytes: int = MAX_BYTES,
    default_date: dt.date | None = None,
    seen: SeenTexts | None = None,
) -> Document | Skipped:
    """A JSONL line, JSON item, CSV row or frame row (a mapping of field names) as a Document.

    The one reader of rows: `where` names the row (its id when it gives none), `label`
    starts the reasons ("line 3", "row on line 5"). Field names are matched
    case-insensitively against TEXT_FIELDS, DATE_FIELDS... ; the text is read as
    `parse_article` reads a file.
    """
    if not isinstance(row, Mapping):
        return Skipped(where, f"{label} is {_json_type(row)}, not an object with a text field", "malformed")
    if isinstance(row.get(API_FIELDS), Mapping) and not _text_fields(row):
        row = api_report(row)
    fields = {str(k).strip().lower(): v for k, v in row.items()}
    present = [f for f in TEXT_FIELDS if f in fields]
    # the first text field with a value: a frame or a CSV has every column on every row
    text_field = next((f for f in present if not _blank(fields[f])), present[0] if present else None)
    if text_field is None:
        shown = ", ".join(list(fields)[:8]) or "none"
        return Skipped(where, f"{label} has no text field (text, body or content); fields: {shown}", "malformed")
    text = fields[text_field]
    if _blank(text):
        return Skipped(where, f"{label} has an empty text", "empty")
    if not isinstance(text, str):
        return Skipped(where, f"{label}: {text_field} is {_json_type(text)}, not a string", "malformed")
    if len(text) > max_bytes:
        return Skipped(where, f"{label}: text is over the {_size(max_bytes)} limit", "too_large")
    if "\x00" in text:
        return Skipped(where, f"{label}: text holds NUL characters (binary data?)", "binary")
    notes = [warnings] if isinstance(warnings, str) else list(warnings or ())
    if LONE_SURROGATE.search(text):
        text = LONE_SURROGATE.sub("\ufffd", text)
        notes.append("invalid characters (lone surrogate escapes) replaced by U+FFFD")
    # The row's own id, unless an earlier document has it; then the place it was read
    # from. `SeenTexts.check` makes the name unique if that is taken too.
    id = given_id = _first(fields, ID_FIELDS)
    if given_id is None or (seen is not None and seen.taken(given_id)):
        id = where
    if given_id is not None and id != given_id:
        notes.append(f"id {_quote(given_id)} already used by an earlier document; named {where!r} instead")
    for name in DATE_FIELDS:  # a date that is an object or a list is no date: say so
        if isinstance(fields.get(name), (dict, list)):
            notes.append(f"{name} is {_json_type(fields[name])}, not a date; ignored")
    doc = parse_article(
        normalise_newlines(text),
        id=id,
        published=_first(fields, DATE_FIELDS),
        title=_first(fields, TITLE_FIELDS),
        url=_first(fields, URL_FIELDS),
        outlet=_first(fields, OUTLET_FIELDS),
        warnings=notes,
        default_date=default_date,
    )
    return in_english(doc, where, label)


def api_report(item: Mapping[str, object]) -> dict[str, object]:
    """A report of ReliefWeb's API ({"id", "href", "fields": {"title", "body", "url",
    "date": {"original", "created"}, "source": [{"shortname", "name"}]}}) as a flat row:
    its original publication date (else the date it was posted), and its sources' short
    names as the outlet."""
    fields = item[API_FIELDS]
    assert isinstance(fields, Mapping)
    row: dict[str, object] = {k: v for k, v in fields.items() if not isinstance(v, (Mapping, list))}
    if isinstance(dates := fields.get("date"), Mapping):
        row["date"] = next((dates[k] for k in API_DATES if not _blank(dates.get(k))), None)
    if isinstance(sources := fields.get("source"), list):
        names = [next((str(s[k]) for k in API_SOURCE_NAMES if not _blank(s.get(k))), "") for s in sources
                 if isinstance(s, Mapping)]
        row["outlet"] = "; ".join(n for n in names if n) or None
    row["url"] = next((v for v in (fields.get("url"), fields.get("url_alias"), item.get("href")) if not _blank(v)), None)
    row.setdefault("id", item.get("id"))
    return row


def _text_fields(row: Mapping[object, object]) -> bool:
    return any(str(k).strip().lower() in TEXT_FIELDS for k in row)


def _blank(value: object) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _first(fields: Mapping[str, object], names: Sequence[str]) -> str | None:
    """The first non-empty value among `names`, as text."""
    for name in names:
        value = fields.get(name)
        if value is None or isinstance(value, (dict, list)):
            continue
        text = LONE_SURROGATE.sub("\ufffd", str(value).strip())
        if text:
            return text
    return None


# --- wording ----------------------------------------------------------------------


def _json_error(error: json.JSONDecodeError) -> str:
    # json's messages are written to be followed by a position: "Expecting value at ...".
    joint = " " if error.msg.endswith(" at") else " at "
    return f"{error.msg}{joint}column {error.colno}"


def _value_error(error: ValueError) -> str:
    """json's other ValueError: a number too long to read ("Exceeds the limit (4300 digits)
    for integer string conversion: value has 5000 digits; use sys.set_int_max_str_digits()
    to increase the limit"), told without the advice meant for programmers."""
    message = str(error).split(";")[0]
    return f"a number too long to read ({message})"


def _nuls(line: str) -> str:
    """'holds a NUL character at column 7 (binary data?)': the end of a line's reason."""
    return _nul_reason(line.count("\x00"), f"column {line.index(chr(0)) + 1}")


def _nul_reason(count: int, first: str) -> str:
    if count == 1:
        return f"holds a NUL character at {first} (binary data?)"
    return f"holds {count} NUL characters, the first at {first} (binary data?)"


def _json_type(value: object) -> str:
    names = {dict: "an object", list: "a list", str: "a string", bool: "true/false", type(None): "null"}
    for kind, name in names.items():
        if isinstance(value, kind):
            return name
    return "a number" if isinstance(value, (int, float)) else type(value).__name__


def size_text(n: int) -> str:
    """A size in bytes as a user reads it: "6.0 MB", "12.3 kB", "80 bytes"."""
    return _size(n)


def _size(n: int) -> str:
    if n >= 1_000_000:
        return f"{n / 1_000_000:.1f} MB"
    if n >= 1_000:
        return f"{n / 1_000:.1f} kB"
    return f"{n} bytes"


def _quote(text: str) -> str:
    text = " ".join(text.split())
    return repr(text if len(text) <= 40 else text[:37] + "...")


def _unquote(value: str) -> str:
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
        return value[1:-1]
    return value
