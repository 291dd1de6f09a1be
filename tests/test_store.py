from __future__ import annotations

from pathlib import Path

import pytest

from sitrep import store
from sitrep.records import (
    Citation, Document, Entity, Event, Extraction, Hedge, Mention, Place, Quantity, Quote, Role,
    ScareQuote, TimeExpr,
)

TEXT = ("Ukrainian forces retook Kherson on November 11, 2022, President Volodymyr Zelensky "
        "said, calling it \u201ca historic day\u201d.")


def sample_extraction() -> Extraction:
    doc = Document.from_text(TEXT, title="Kherson retaken", authors=["A. Writer"],
                             publication_date="2022-11-12", source_path="k.txt")
    zel = Entity(id="E1", kind="person", name="Volodymyr Zelensky",
                 mentions=[Mention(start=TEXT.index("Volodymyr"), end=TEXT.index(" said"),
                                   text="Volodymyr Zelensky")],
                 roles=[Role(text="President", start=TEXT.index("President"),
                             end=TEXT.index("President") + 9)])
    kherson = TEXT.index("Kherson")
    return Extraction(
        document=doc,
        entities=[zel],
        places=[Place(start=kherson, end=kherson + 7, text="Kherson", name="Kherson", lat=46.64,
                      lon=32.61, country="UA", geonames_id=706448, feature="city")],
        times=[TimeExpr(start=TEXT.index("November"), end=TEXT.index(", President"),
                        text="November 11, 2022", type="DATE", value="2022-11-11")],
        quotes=[Quote(start=TEXT.index("a historic"), end=TEXT.index("\u201d"), text="a historic day",
                      direct=True, speaker="Volodymyr Zelensky", relayed_by=["Reuters"],
                      fragments=[(1, 3), (5, 9)])],
        hedges=[Hedge(start=0, end=9, text="Ukrainian", certainty="reported", target_start=0, target_end=20)],
        scare_quotes=[ScareQuote(start=1, end=5, text="krai", kind="scare")],
        citations=[Citation(start=0, end=9, text="Ukrainian", source="Reuters")],
        events=[Event(start=0, end=len(TEXT), trigger_start=TEXT.index("retook"),
                      trigger_end=TEXT.index("retook") + 6, type="ASSAULT", actor1="Ukraine",
                      date_start="2022-11-11", date_precision="day",
                      quantities=[Quantity(value=3.0, unit="killed", text="three killed", start=1, end=2)],
                      attributed_to=["Volodymyr Zelensky"], modality="reported", confidence=0.8)],
    )


def test_round_trip_keeps_every_record(tmp_path: Path) -> None:
    con = store.connect(tmp_path / "t.duckdb")
    ex = sample_extraction()
    assert store.save(con, ex) is True
    back = store.load(con, ex.document.id)
    assert back == ex


def test_saving_the_same_document_twice_adds_nothing(tmp_path: Path) -> None:
    con = store.connect(tmp_path / "t.duckdb")
    ex = sample_extraction()
    assert store.save(con, ex) is True
    assert store.save(con, ex) is False
    for table in ("documents", "entities", "mentions", "roles", "places", "events"):
        assert con.execute(f"SELECT count(*) FROM {table}").fetchone()[0] == 1, table


def test_failure_mid_write_leaves_no_partial_document(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    con = store.connect(tmp_path / "t.duckdb")
    real = store._insert_records

    def explode(c, ex):  # type: ignore[no-untyped-def]
        real(c, ex)
        raise RuntimeError("disk full")

    monkeypatch.setattr(store, "_insert_records", explode)
    with pytest.raises(RuntimeError):
        store.save(con, sample_extraction())
    for table in ("documents", "entities", "mentions", "places", "times", "events"):
        assert con.execute(f"SELECT count(*) FROM {table}").fetchone()[0] == 0, table


def test_changed_article_is_a_new_version(tmp_path: Path) -> None:
    con = store.connect(tmp_path / "t.duckdb")
    first = sample_extraction()
    store.save(con, first)
    changed = Document.from_text(TEXT + " Celebrations lasted into the night.", source_path="k.txt")
    store.save(con, Extraction(document=changed))
    rows = con.execute("SELECT id, supersedes FROM documents ORDER BY ingested_at").fetchall()
    assert rows == [(first.document.id, None), (changed.id, first.document.id)]


def test_resolve_id_by_prefix_and_external_id(tmp_path: Path) -> None:
    con = store.connect(tmp_path / "t.duckdb")
    ex = sample_extraction()
    ex.document.external_id = "case-17"
    store.save(con, ex)
    assert store.resolve_id(con, ex.document.id[:6]) == ex.document.id
    assert store.resolve_id(con, "case-17") == ex.document.id
    assert store.resolve_id(con, "nope") is None


def test_database_of_an_older_sitrep_takes_new_fields(tmp_path: Path) -> None:
    # a database written before events had geo_precision: its column is missing
    path = tmp_path / "old.duckdb"
    con = store.connect(path)
    first = sample_extraction()
    assert store.save(con, first)
    con.execute('ALTER TABLE events DROP COLUMN "geo_precision"')
    con.close()
    con = store.connect(path)
    ex = sample_extraction()
    ex.document = Document.from_text(TEXT + " More.", publication_date="2022-11-12")
    ex.events[0].geo_precision = 2
    assert store.save(con, ex) is True
    assert store.load(con, ex.document.id).events[0].geo_precision == 2
    assert store.load(con, first.document.id).events[0].geo_precision is None
