"""Shared fixtures. The spaCy pipeline is loaded once per test session."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
SHARED = ROOT.parent / "shared"


@pytest.fixture(scope="session")
def nlp():  # type: ignore[no-untyped-def]
    from sitrep.pipeline import build_pipeline
    from sitrep.settings import Settings

    return build_pipeline(Settings())


@pytest.fixture()
def extract_text(nlp):  # type: ignore[no-untyped-def]
    """Run the full pipeline on one text and return its Extraction."""
    from sitrep.pipeline import extract_documents
    from sitrep.records import Document

    def run(text: str, **meta: object):  # type: ignore[no-untyped-def]
        return next(iter(extract_documents(nlp, [Document.from_text(text, **meta)])))

    return run


@pytest.fixture()
def process(nlp):  # type: ignore[no-untyped-def]
    """Run the full pipeline on one text and return the spaCy Doc (with every
    stage's extension set), the way the pipeline does: Document first."""
    from sitrep.records import Document

    def run(text: str, publication_date: str | None = None):  # type: ignore[no-untyped-def]
        doc = nlp.make_doc(text)
        doc._.document = Document.from_text(text, publication_date=publication_date)
        return nlp(doc)

    return run


@pytest.fixture()
def event_at(process):  # type: ignore[no-untyped-def]
    """The first event whose trigger contains ``word``, from the full pipeline run on
    ``text`` published on ``publication_date``."""

    def find(text: str, word: str, publication_date: str | None):  # type: ignore[no-untyped-def]
        evs = process(text, publication_date)._.events
        hits = [e for e in evs if word in text[e.trigger_start:e.trigger_end]]
        assert hits, [text[e.trigger_start:e.trigger_end] for e in evs]
        return hits[0]

    return find
