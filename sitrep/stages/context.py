"""What every stage may read besides the text: the Document the Doc was made
from (its publication date anchors relative dates; its title and outlet help
disambiguate). The pipeline sets ``doc._.document`` before the stages run."""

from __future__ import annotations

from spacy.tokens import Doc

from sitrep.records import Document
from sitrep.timex.tagger import caption_lines

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


def caption_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of photo captions and credits: the lines the tagger reads as such
    ("... (Photo: Reuters)"), and a line standing just before a credit-only line
    ("Cars burning in Kyiv on October 10.\n(Glen Garanich / Reuters)")."""
    lines = caption_lines(text)
    out = list(lines)
    for start, end in lines:
        if text[start:end].lstrip().startswith("(") and start >= 2:
            prev_end = start - 1
            prev_start = text.rfind("\n", 0, prev_end) + 1
            if text[prev_start:prev_end].strip():
                out.append((prev_start, prev_end))
    return sorted(set(out))


def followed_by_age(doc: Doc, end: int) -> bool:
    """The name ending before token ``end`` is followed by an age in commas ("Natalia, 66,
    sat on a bench"): news style for a person, whom the small model often calls a place."""
    if end + 2 >= len(doc) or doc[end].text != "," or doc[end + 2].text != ",":
        return False
    age = doc[end + 1].text
    return age.isdigit() and 1 <= int(age) <= 110
