"""PDF situation reports: the text layer page by page, each figure with its page, and the
PDFs that cannot be read (encrypted, scanned, damaged) reported, never dropped.

The PDFs are written here (tests/pdf_writer.py), with sentences of our own.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from pathlib import Path

import pytest

pytest.importorskip("pypdf")

from pdf_writer import encrypt, make_pdf  # noqa: E402  (beside this file)

from tracker.extraction.engine import extract_document  # noqa: E402
from tracker.output import export  # noqa: E402
from tracker.read.documents import Document, Skipped, iter_inputs, read_bytes  # noqa: E402
from tracker.read.pdfs import clean_page, join_pages  # noqa: E402

# A two-page flash update, its lines as a narrow column sets them.
PAGE_ONE = [
    "FLASH UPDATE No. 4",
    "Floods in Borno State",
    "Floodwaters that broke through the Alau",
    "dam on Tuesday have displaced more than",
    "15,000 people in Maiduguri and nearby",
    "towns, the state emergency agency said.",
    "The number of displace-",
    "ment camps rose to nine.",
]
PAGE_TWO = [
    "At least 37 people were killed and 58",
    "injured in the flooding, according to",
    "the agency.",
]
SITREP = make_pdf([PAGE_ONE, PAGE_TWO], title="Flash Update No. 4: Borno floods", created="D:20240912083000+01'00'")


def read_one(name: str, data: bytes) -> Document | Skipped:
    (item,) = read_bytes(name, data)
    return item


def test_a_two_page_sitrep_is_one_document_with_its_pages():
    doc = read_one("sitrep.pdf", SITREP)
    assert isinstance(doc, Document), doc
    assert doc.title == "Flash Update No. 4: Borno floods"
    assert doc.published == dt.date(2024, 9, 12)
    assert len(doc.pages) == 2 and doc.pages[0] == 0
    assert doc.text[doc.pages[1]:].startswith("At least 37 people were killed")
    assert "displacement camps" in doc.text  # the word split at a line end, joined
    assert "displaced more than 15,000 people in Maiduguri and nearby towns," in doc.text  # lines as running text
    assert any("2-page PDF" in w for w in doc.warnings), doc.warnings
    assert any("creation date" in w for w in doc.warnings), doc.warnings


def test_each_figure_carries_the_page_it_stands_on():
    doc = read_one("sitrep.pdf", SITREP)
    figures = {(f.indicator, f.value): f for f in extract_document(doc)}
    assert figures[("displaced", 15_000)].page == 1, figures
    assert figures[("killed", 37)].page == 2
    assert figures[("injured", 58)].page == 2
    for f in figures.values():
        assert doc.text[f.start:f.end] in f.quote  # offsets index into the text layer


def test_the_page_is_the_last_column_of_every_export_and_empty_for_other_documents():
    doc = read_one("sitrep.pdf", SITREP)
    article = read_one("wire.txt", b"At least 37 people were killed in the floods, the agency said.")
    figures = [*extract_document(doc), *extract_document(article)]
    out = io.StringIO()
    export.write(figures, "csv", out)
    header, *rows = list(csv.reader(io.StringIO(out.getvalue())))
    assert header[-1] == "page"
    pages = [(r[header.index("document")], r[-1]) for r in rows]
    assert ("wire.txt", "") in pages and ("sitrep.pdf", "2") in pages, pages


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        # a word split by a hyphen at a line end is joined
        ("forced from their homes by the displace-\nment of the river", "forced from their homes by the displacement of the river"),
        ("a soft hyphen: resettle\u00ad\nment", "a soft hyphen: resettlement"),
        # a compound's hyphen before a capital, and a range of numbers, stay
        ("aid reached the north-\nEast and the", "aid reached the north-\nEast and the"),
        ("between 10-\n20 people", "between 10-\n20 people"),
        # a line that goes on in lower case or with a number is the same sentence
        ("the agency said more than\n15,000 people fled", "the agency said more than 15,000 people fled"),
        ("at least 37 people,\nincluding children", "at least 37 people, including children"),
        # a line that ends a sentence, or a heading before a capital, keeps its break
        ("were killed.\nThe agency said", "were killed.\nThe agency said"),
        ("Key figures\n15,000 displaced", "Key figures 15,000 displaced"),
        ("KEY FIGURES\n15,000 displaced", "KEY FIGURES\n15,000 displaced"),
        ("Windows line\r\nends and trailing   \nspace", "Windows line ends and trailing space"),
    ],
)
def test_a_page_reads_as_running_text(raw: str, clean: str):
    assert clean_page(raw) == clean


def test_pages_are_joined_so_that_a_sentence_or_a_word_runs_over_the_break():
    text, starts = join_pages(["forced more than", "15,000 people from their homes.", "", "Next page."])
    assert text == "forced more than 15,000 people from their homes.\nNext page."
    assert starts == (0, 17, 48, 49)
    text, starts = join_pages(["the displace-", "ment camps"])
    assert text == "the displacement camps" and starts == (0, 12)


def test_an_encrypted_pdf_that_needs_a_password_is_reported():
    item = read_one("locked.pdf", encrypt(SITREP, "secret"))
    assert item == Skipped("locked.pdf", "encrypted PDF that needs a password: not read", "unsupported")


def test_an_encrypted_pdf_that_opens_without_a_password_is_read():
    doc = read_one("restricted.pdf", encrypt(SITREP, "owner-only", user_password=""))
    assert isinstance(doc, Document), doc
    assert "At least 37 people were killed" in doc.text


def test_an_image_only_pdf_is_reported_as_having_no_text_layer():
    scan = make_pdf([["ignored"], ["ignored"]], image_pages=frozenset({0, 1}))
    item = read_one("scan.pdf", scan)
    assert isinstance(item, Skipped) and item.kind == "unsupported"
    assert item.reason == "PDF with no text layer (2 pages of images, a scan?): the tracker runs no OCR"


def test_a_pdf_with_some_scanned_pages_is_read_and_the_scanned_pages_are_named():
    mixed = make_pdf([PAGE_ONE, ["ignored"], PAGE_TWO], image_pages=frozenset({1}))
    doc = read_one("mixed.pdf", mixed)
    assert isinstance(doc, Document), doc
    assert "page 2 of the PDF has no text layer (images, a scan?): not read" in doc.warnings
    killed = [f for f in extract_document(doc) if f.indicator == "killed"]
    assert [f.page for f in killed] == [3]


@pytest.mark.parametrize(
    ("name", "data"),
    [
        ("cut.pdf", SITREP[: len(SITREP) // 3]),
        ("header_only.txt", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj"),  # a PDF whatever its name
        ("garbage.pdf", b"%PDF-1.4\n" + bytes(range(256)) * 4),
    ],
)
def test_a_damaged_pdf_is_reported_with_one_line(name: str, data: bytes):
    item = read_one(name, data)
    assert isinstance(item, Skipped) and item.kind in ("malformed", "unsupported"), item
    assert item.reason.startswith(("damaged PDF", "PDF with no")) and "\n" not in item.reason, item


def test_a_pdf_over_the_size_limit_is_never_read():
    item = read_bytes("big.pdf", SITREP, max_bytes=500)
    assert [(i.kind, "over the" in i.reason) for i in item] == [("too_large", True)]


def test_a_folder_of_pdfs_is_read_through_the_same_reader(tmp_path: Path):
    (tmp_path / "sitrep.pdf").write_bytes(SITREP)
    (tmp_path / "scan.pdf").write_bytes(make_pdf([["x"]], image_pages=frozenset({0})))
    items = {getattr(i, "id", None) or i.source: i for i in iter_inputs([tmp_path])}
    name = tmp_path.name
    assert isinstance(items[f"{name}/sitrep.pdf"], Document)
    assert isinstance(items[f"{name}/scan.pdf"], Skipped)


def test_no_pdf_library_means_a_clear_reason(monkeypatch: pytest.MonkeyPatch):
    import builtins

    real = builtins.__import__

    def no_pypdf(name, *args, **kwargs):
        if name == "pypdf" or name.startswith("pypdf."):
            raise ImportError(name)
        return real(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", no_pypdf)
    item = read_one("sitrep.pdf", SITREP)
    assert isinstance(item, Skipped) and "pypdf is not installed" in item.reason, item
