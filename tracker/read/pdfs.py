"""PDF situation reports: the text layer, page by page, with pypdf.

A PDF is read only through its text layer: the characters it draws as text. A scanned
report (pages that are images) has none, and is refused with that reason: the tracker
runs no OCR. An encrypted PDF is read when it opens with the empty password (many are
encrypted only to restrict printing or copying), and refused otherwise.

Each page's text is joined to the next by a line break, so that a sentence running over
a page break is still one sentence. Inside a page, a word split at the end of a line
("displace-" / "ment") is joined again, and a line break inside running text (a line
that ends in a lower-case letter or a comma, the next starting with a lower-case letter
or a digit) becomes a space: what pypdf gives is a column's lines, not paragraphs. The
offsets of the pages' starts in that text are kept (`Document.pages`), so that each figure
is given the page it stands on.

pypdf is pure Python (BSD licence, about 4 MB installed, no dependency); pdfplumber (MIT,
on pdfminer.six and pypdfium2) reads layout better, is slower and several times larger;
PyMuPDF is the fastest but AGPL-licensed and ships a compiled library of tens of
megabytes. See docs/inputs.md.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import io
import logging
import warnings
from collections.abc import Iterator
from dataclasses import dataclass

import regex as re

from .decoding import normalise_newlines

# A word split at the end of a line by a hyphen (or a soft hyphen): a lower-case letter
# before it and after the line break. "north-\nEast" and "10-\n20" are left alone.
SPLIT_WORD = re.compile(r"(?<=\p{Ll})[-\u00ad\u2010][ \t]*\n[ \t]*(?=\p{Ll})")

# A line break inside running text: the line goes on in lower case or with a number.
RUNNING_LINE_BREAK = re.compile(r"(?<=[\p{Ll}\d,])[ \t]*\n(?=[ \t]*[\p{Ll}\d])")

# White space that ends a page's lines.
TRAILING_SPACE = re.compile(r"[ \t]+$", re.MULTILINE)

# A PDF date: D:YYYYMMDDHHmmSS+HH'mm' (only the date is read).
PDF_DATE = re.compile(r"^(?:D:)?(?P<year>\d{4})(?P<month>\d{2})?(?P<day>\d{2})?")


@dataclass(frozen=True, slots=True)
class PdfText:
    """The text layer of a PDF, with where each page starts in it."""

    text: str
    pages: tuple[int, ...]  # offset of each page's first character in `text`
    title: str | None = None  # the document information's /Title
    created: dt.date | None = None  # its /CreationDate
    warnings: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class PdfRefused:
    """Why a PDF gives no text: one line, and the kind of `Skipped` it makes."""

    reason: str
    kind: str


def read_pdf(data: bytes) -> PdfText | PdfRefused:
    """The text layer of a PDF's bytes, or why there is none; never raises."""
    try:
        from pypdf import PdfReader
        from pypdf.errors import DependencyError, PdfReadError
    except ImportError:
        return PdfRefused("PDF, and pypdf is not installed to read it (pip install pypdf)", "unsupported")
    with _quiet():
        return _read(data, PdfReader, DependencyError, PdfReadError)


@contextlib.contextmanager
def _quiet() -> Iterator[None]:
    """pypdf's complaints about a damaged file ("EOF marker not found") are logged and
    warned on stderr: the reader says what matters in the document's own warnings."""
    logger = logging.getLogger("pypdf")
    level = logger.level
    logger.setLevel(logging.CRITICAL)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            yield
    finally:
        logger.setLevel(level)


def _read(data: bytes, PdfReader, DependencyError, PdfReadError) -> PdfText | PdfRefused:  # noqa: N803
    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted and not _opened(reader):
            return PdfRefused("encrypted PDF that needs a password: not read", "unsupported")
        count = len(reader.pages)
    except DependencyError as error:  # AES needs the cryptography package
        return PdfRefused(f"encrypted PDF that pypdf cannot decrypt here ({_one_line(error)})", "unsupported")
    except (PdfReadError, ValueError, KeyError, TypeError, AttributeError, IndexError, RecursionError) as error:
        return PdfRefused(f"damaged PDF: {_one_line(error)}", "malformed")
    except Exception as error:  # noqa: BLE001 - a damaged file must not stop the run
        return PdfRefused(f"damaged PDF ({type(error).__name__}): {_one_line(error)}", "malformed")
    if count == 0:
        return PdfRefused("PDF with no pages", "empty")
    texts: list[str] = []
    notes: list[str] = []
    failed: list[int] = []
    for number in range(count):
        try:
            raw = reader.pages[number].extract_text() or ""
        except Exception:  # noqa: BLE001 - one bad page costs only itself
            raw = ""
            failed.append(number + 1)
        texts.append(clean_page(raw))
    blank = [n for n, t in enumerate(texts, 1) if not t.strip() and n not in failed]
    if len(blank) + len(failed) == count:
        if failed and not blank:
            return PdfRefused(f"damaged PDF: no page's text could be read ({_pages(failed)})", "malformed")
        return PdfRefused(
            f"PDF with no text layer ({_count(count, 'page')} of images, a scan?): the tracker runs no OCR",
            "unsupported",
        )
    if blank:
        notes.append(f"{_pages(blank)} of the PDF {_have(blank)} no text layer (images, a scan?): not read")
    if failed:
        notes.append(f"{_pages(failed)} of the PDF could not be read (damaged?): skipped")
    text, starts = join_pages(texts)
    return PdfText(text, starts, _title(reader), _created(reader), tuple(notes))


def clean_page(raw: str) -> str:
    """A page's text as running text: line breaks normalised, words split at a line end
    joined, line breaks inside a sentence made spaces (one character for one, so that
    nothing moves), trailing spaces gone."""
    text = TRAILING_SPACE.sub("", normalise_newlines(raw).replace("\x00", ""))
    text = SPLIT_WORD.sub("", text)
    return RUNNING_LINE_BREAK.sub(" ", text).strip("\n")


def join_pages(texts: list[str]) -> tuple[str, tuple[int, ...]]:
    """The pages' texts as one, each page on a new line, and where each starts. A word
    split by a hyphen over a page break is joined too; the next page then starts inside it."""
    joined = ""
    starts: list[int] = []
    for text in texts:
        if joined and text:
            if SPLIT_WORD.search(joined[-2:] + "\n" + text[:1]):  # a word across the page break
                joined = joined[:-1]
            elif RUNNING_LINE_BREAK.search(joined[-1:] + "\n" + text[:1]):  # a sentence across it
                joined += " "
            else:
                joined += "\n"
        starts.append(len(joined))
        joined += text
    return joined, tuple(starts)


def _opened(reader) -> bool:
    """True when an encrypted PDF opens with the empty password."""
    from pypdf import PasswordType

    return reader.decrypt("") != PasswordType.NOT_DECRYPTED


def _title(reader) -> str | None:
    try:
        title = reader.metadata.title if reader.metadata else None
    except Exception:  # noqa: BLE001 - a damaged information dictionary gives no title
        return None
    title = " ".join(str(title).split()) if title else ""
    return title or None


def _created(reader) -> dt.date | None:
    """The /CreationDate, read leniently: pypdf's own parser refuses many real ones."""
    try:
        raw = reader.metadata.get("/CreationDate") if reader.metadata else None
    except Exception:  # noqa: BLE001
        return None
    m = PDF_DATE.match(str(raw or "").strip())
    if not m or not m["month"] or not m["day"]:
        return None
    try:
        return dt.date(int(m["year"]), int(m["month"]), int(m["day"]))
    except ValueError:
        return None


def _pages(numbers: list[int]) -> str:
    shown = ", ".join(str(n) for n in numbers[:10]) + (", ..." if len(numbers) > 10 else "")
    return f"page {shown}" if len(numbers) == 1 else f"pages {shown}"


def _have(numbers: list[int]) -> str:
    return "has" if len(numbers) == 1 else "have"


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"


def _one_line(error: BaseException) -> str:
    text = " ".join(str(error).split()) or type(error).__name__
    return text if len(text) <= 120 else text[:117] + "..."
