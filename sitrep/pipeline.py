"""The pipeline, assembled in one place: the spaCy model, then sitrep's stages in order.

Each stage is a spaCy component (``Language.factory``) that declares what it
requires and assigns and writes typed records to a Doc extension. Documents go
through ``nlp.pipe`` in batches; ``collect`` turns a processed Doc into an
``Extraction``.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from sitrep.records import Document, Extraction
from sitrep.settings import Settings
from sitrep.stages.context import document_of

# Importing a stage module registers its factory with spaCy.
from sitrep.stages import entities as _entities  # noqa: F401
from sitrep.stages import places as _places  # noqa: F401
from sitrep.stages import times as _times  # noqa: F401
from sitrep.stages import citations as _citations  # noqa: F401
from sitrep.stages import quotes as _quotes  # noqa: F401
from sitrep.stages import certainty as _certainty  # noqa: F401
from sitrep.stages import events as _events  # noqa: F401

# (stage factory name, Doc extension it assigns), in pipeline order.
STAGES: tuple[tuple[str, str], ...] = (
    # 1. People, organisations, countries and groups, one canonical name each.
    ("sitrep_entities", "entities"),
    # 2. Places: gazetteer matching + NER, disambiguated by context; metonyms flagged.
    ("sitrep_places", "places"),
    # 3. Time expressions, normalized against the publication date and the narrative's reference time.
    ("sitrep_times", "times"),
    # 4. Cited sources: outlets, agencies and organisations, photo and map credits.
    ("sitrep_citations", "citations"),
    # 5. Quotes and reported speech: content, speaker, cue and the outlets that relayed it.
    ("sitrep_quotes", "quotes"),
    # 6. Certainty: hedges and doubt markers, linked to the quote or claim they qualify.
    ("sitrep_certainty", "hedges"),
    # 7. Events (last): who did what to whom, when, where, how many, and whether it happened.
    ("sitrep_events", "events"),
)


@lru_cache(maxsize=4)
def build_pipeline(settings: Settings = Settings()) -> Language:
    """The spaCy model (loaded once per process and settings) with our stages."""
    nlp = spacy.load(settings.model)
    # A document may be as large as the biggest file we accept.
    nlp.max_length = max(nlp.max_length, settings.max_bytes + 1)
    for factory, _ext in STAGES:
        nlp.add_pipe(factory)
    return nlp


def extract_documents(nlp: Language, documents: Iterable[Document],
                      settings: Settings = Settings()) -> Iterator[Extraction]:
    """Extractions for the documents, in input order, streamed in batches."""
    def make(document: Document) -> Doc:
        # Stages read the Document (publication date, title) from the Doc itself.
        doc = nlp.make_doc(document.text)
        doc._.document = document
        return doc

    # One process here; parallelism is whole documents in worker processes (workers.py).
    for doc in nlp.pipe((make(d) for d in documents), batch_size=settings.batch_size):
        document = document_of(doc)
        assert document is not None
        yield collect(doc, document)


def collect(doc: Doc, document: Document) -> Extraction:
    """The records the stages left on the Doc, as one Extraction."""
    def records(ext: str) -> list:  # type: ignore[type-arg]
        return list(getattr(doc._, ext) or []) if Doc.has_extension(ext) else []

    return Extraction(
        document=document,
        entities=records("entities"),
        places=records("places"),
        times=records("times"),
        quotes=records("quotes"),
        citations=records("citations"),
        events=records("events"),
        hedges=records("hedges"),
        scare_quotes=records("scare_quotes"),
    )
