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
