"""Exports. The contract JSONL record (../shared/eval/README.md) is produced here
and nowhere else; CSV and Parquet come straight from the store's tables;
GeoJSON gathers distinct places with the documents and spans that mention them.
"""

from __future__ import annotations

import csv
import dataclasses
import json
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from sitrep.records import Entity, Event, Extraction, Place, Quote

CONTRACT_KEYS = ("places", "times", "quotes", "citations", "events")
FORMATS = ("jsonl", "csv", "parquet", "geojson", "acled")


def contract_record(ex: Extraction, *, with_document: bool = False) -> dict[str, Any]:
    """One output line of `sitrep extract`: the contract keys, plus entities
    (an extra key the scorers ignore) and, for database exports, the metadata."""
    doc = ex.document
    record: dict[str, Any] = {
        "id": doc.external_id if doc.external_id is not None else doc.id,
        "places": [_place(p) for p in ex.places],
        "times": [dataclasses.asdict(t) for t in ex.times],
        "quotes": [_quote(q) for q in ex.quotes],
        "citations": [dataclasses.asdict(c) for c in ex.citations],
        "events": [_event(e) for e in ex.events],
        "entities": [_entity(e) for e in ex.entities],
        "hedges": [dataclasses.asdict(h) for h in ex.hedges],
        "scare_quotes": [dataclasses.asdict(q) for q in ex.scare_quotes],
    }
    if with_document:
        record["document"] = {
            "id": doc.id, "title": doc.title, "authors": doc.authors,
            "publication_date": doc.publication_date, "outlet": doc.outlet, "url": doc.url,
            "source_path": doc.source_path, "language": doc.language,
            "content_hash": doc.content_hash,
        }
    return record


def _place(p: Place) -> dict[str, Any]:
    return dataclasses.asdict(p)


def _quote(q: Quote) -> dict[str, Any]:
    return dataclasses.asdict(q)


def _entity(e: Entity) -> dict[str, Any]:
    return {
        "id": e.id, "name": e.name, "kind": e.kind, "country": e.country,
        "roles": [dataclasses.asdict(r) for r in e.roles],
        "mentions": [dataclasses.asdict(m) for m in e.mentions],
    }


def _event(e: Event) -> dict[str, Any]:
    date = None
    if e.date_start:
        date = {"start": e.date_start, "end": e.date_end, "precision": e.date_precision}
    location = None
    if e.location_name or e.lat is not None:
        location = {"name": e.location_name, "lat": e.lat, "lon": e.lon,
                    "country": e.location_country}
    return {
        "start": e.start, "end": e.end,
        "trigger_start": e.trigger_start, "trigger_end": e.trigger_end,
        "type": e.type, "mode": e.mode,
        "acled_event_type": e.acled_event_type, "acled_sub_event_type": e.acled_sub_event_type,
        "actor1": e.actor1, "actor2": e.actor2,
        "actor1_country": e.actor1_country, "actor2_country": e.actor2_country,
        "date": date, "location": location,
        "fatalities": e.fatalities, "injured": e.injured,
        "quantities": [{"value": q.value, "unit": q.unit, "text": q.text,
                        "start": q.start, "end": q.end} for q in e.quantities],
        "modality": e.modality, "attributed_to": e.attributed_to, "confidence": e.confidence,
        # Beyond the contract: the evidence spans and ACLED codes behind the fields.
        **{name: getattr(e, name) for name in _EVENT_EVIDENCE},
    }


_EVENT_EVIDENCE = (
    "trigger_text", "modality_cue_start", "modality_cue_end", "certainty", "date_source",
    "date_evidence_start", "date_evidence_end", "location_start", "location_end", "admin1",
    "geo_precision", "actor1_start", "actor1_end", "actor2_start", "actor2_end",
    "actor1_acled", "actor2_acled", "inter1", "inter2",
)


def write_jsonl(extractions: Iterable[Extraction], path: Path, *,
                with_document: bool = False) -> int:
    n = 0
    with open(path, "w", encoding="utf-8") as out:
        for ex in extractions:
            out.write(json.dumps(contract_record(ex, with_document=with_document),
                                 ensure_ascii=False) + "\n")
            n += 1
    return n


def geojson(extractions: Iterable[Extraction]) -> dict[str, Any]:
    """A FeatureCollection with one Point per distinct geocoded place."""
    features: dict[tuple[Any, ...], dict[str, Any]] = {}
    for ex in extractions:
        for p in ex.places:
            if p.lat is None or p.lon is None:
                continue
            key = (p.geonames_id, p.name, round(p.lat, 4), round(p.lon, 4))
            feature = features.get(key)
            if feature is None:
                feature = features[key] = {
                    "type": "Feature",
                    "geometry": {"type": "Point", "coordinates": [p.lon, p.lat]},
                    "properties": {"name": p.name, "country": p.country, "admin1": p.admin1,
                                   "geonames_id": p.geonames_id, "feature": p.feature,
                                   "mentions": []},
                }
            feature["properties"]["mentions"].append(
                {"doc_id": ex.document.id, "start": p.start, "end": p.end, "text": p.text,
                 "metonym": p.metonym})
    return {"type": "FeatureCollection", "features": list(features.values())}


def write_geojson(extractions: Iterable[Extraction], path: Path) -> int:
    collection = geojson(extractions)
    path.write_text(json.dumps(collection, ensure_ascii=False, indent=1), encoding="utf-8")
    return len(collection["features"])


def write_tables(con: Any, out_dir: Path, fmt: str) -> list[Path]:
    """One CSV or Parquet file per table of the store."""
    from sitrep.store import RECORD_TABLES, table_rows

    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for table in ("documents", *RECORD_TABLES):
        path = out_dir / f"{table}.{fmt}"
        if fmt == "parquet":
            # DuckDB writes Parquet natively; the path is a bound literal, not SQL text.
            con.execute(f"COPY (SELECT * FROM {table}) TO '{_sql_str(path)}' (FORMAT parquet)")
        else:
            names, rows = table_rows(con, table)
            with open(path, "w", encoding="utf-8", newline="") as f:
                writer = csv.writer(f)
                writer.writerow(names)
                for row in rows:
                    writer.writerow([_csv_cell(v) for v in row])
        written.append(path)
    return written


def _sql_str(path: Path) -> str:
    return str(path).replace("'", "''")


def _csv_cell(value: Any) -> Any:
    if isinstance(value, list):
        return json.dumps(value, ensure_ascii=False)
    return value
