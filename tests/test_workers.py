"""Extraction in worker processes gives what one process gives, in input order, and a
document the pipeline fails on costs only itself."""

from __future__ import annotations

import pytest

from sitrep import workers
from sitrep.export import contract_record
from sitrep.records import Document
from sitrep.run import extract_items
from sitrep.settings import Settings

TEXTS = [
    "On 4 May 2022, Russian forces shelled Kharkiv, killing two civilians, the governor said.",
    "Ukrainian troops entered Kupiansk on 10 September 2022 as Russian units withdrew east.",
    "Protesters gathered in Tbilisi on Tuesday against the foreign agents bill, police said.",
    "On 9 June 2023, a drone struck an oil depot in Novorossiysk, the regional governor wrote.",
    "Finland joined NATO on 4 April 2023, doubling the alliance's border with Russia.",
]


def documents() -> list[Document]:
    return [Document(id=f"d{k}", text=t, external_id=f"d{k}", publication_date="2023-06-10")
            for k, t in enumerate(TEXTS)]


def test_workers_match_one_process_in_order() -> None:
    errors: list[str] = []
    serial = [contract_record(e) for e in extract_items(documents(), Settings(batch_size=2), errors.append)]
    parallel = [contract_record(e) for e in extract_items(documents(), Settings(batch_size=2, n_process=2),
                                                          errors.append)]
    assert not errors
    assert [r["id"] for r in parallel] == ["d0", "d1", "d2", "d3", "d4"]
    assert parallel == serial
    assert any(e["acled_sub_event_type"] == "Shelling/artillery/missile attack" for e in parallel[0]["events"])


def test_a_failing_document_costs_only_itself(monkeypatch: pytest.MonkeyPatch) -> None:
    from sitrep import pipeline

    real = pipeline.collect

    def collect(doc, document):  # type: ignore[no-untyped-def]
        if "Tbilisi" in document.text:
            raise ValueError("boom")
        return real(doc, document)

    monkeypatch.setattr(pipeline, "collect", collect)
    done, errors = workers.extract_batch(documents(), Settings())
    assert [e.document.id for e in done] == ["d0", "d1", "d3", "d4"]
    assert errors == ["d2: extraction failed (ValueError: boom)"]
