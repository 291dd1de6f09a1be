"""sitrep: an auditable database of events, places, times, quotes and sources
extracted from war reporting. Every record carries the character span it came from.

    >>> import sitrep
    >>> result = sitrep.extract("Russian President Vladimir Putin ...")
    >>> [e.name for e in result.entities]
"""

from __future__ import annotations

from sitrep.records import (
    Citation,
    Document,
    Entity,
    Event,
    Extraction,
    Mention,
    Place,
    Quote,
    Role,
    TimeExpr,
)
from sitrep.settings import Settings

__all__ = [
    "Citation", "Document", "Entity", "Event", "Extraction", "Mention", "Place", "Quote",
    "Role", "Settings", "TimeExpr", "extract",
]
__version__ = "0.1.0"


def extract(text: str, *, publication_date: str | None = None, title: str | None = None,
            settings: Settings | None = None) -> Extraction:
    """Extract everything sitrep knows how to from one text."""
    from sitrep.pipeline import build_pipeline, extract_documents

    doc = Document.from_text(text, publication_date=publication_date, title=title)
    nlp = build_pipeline(settings or Settings())
    return next(iter(extract_documents(nlp, [doc])))
