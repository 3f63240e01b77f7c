"""Documents to figures: the extraction engine applied to a Document."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from .engine import HOUSEHOLD_SIZE, extract
from .records import Document, Figure


def extract_document(doc: Document, *, household_size: float = HOUSEHOLD_SIZE) -> list[Figure]:
    """Every figure in one document, carrying the document's id, title, url and outlet."""
    return extract(doc.text, published=doc.published, household_size=household_size, document=doc)


def extract_documents(
    docs: Iterable[Document], *, household_size: float = HOUSEHOLD_SIZE
) -> Iterator[Figure]:
    """Figures of many documents, in document order, one document at a time."""
    for doc in docs:
        yield from extract_document(doc, household_size=household_size)
