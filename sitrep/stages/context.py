"""What every stage may read besides the text: the Document the Doc was made
from (its publication date anchors relative dates; its title and outlet help
disambiguate). The pipeline sets ``doc._.document`` before the stages run."""

from __future__ import annotations

from spacy.tokens import Doc

from sitrep.records import Document

if not Doc.has_extension("document"):
    Doc.set_extension("document", default=None)


def document_of(doc: Doc) -> Document | None:
    value = doc._.document
    return value if isinstance(value, Document) else None


def line_starts(text: str) -> list[int]:
    """Where paragraphs, captions and headings start: 0 and after every line break."""
    starts = [0]
    pos = text.find("\n")
    while pos != -1:
        starts.append(pos + 1)
        pos = text.find("\n", pos + 1)
    return starts


def publication_date(doc: Doc) -> str | None:
    """The article's ISO publication date (YYYY-MM-DD), when known."""
    document = document_of(doc)
    if document is None or not document.publication_date:
        return None
    return document.publication_date[:10]
