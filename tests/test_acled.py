"""ACLED-compatible CSV and events GeoJSON."""

from __future__ import annotations

import csv

from sitrep.acled import ACLED_COLUMNS, acled_date, acled_rows, events_geojson, write_acled_csv
from sitrep.records import Document, Event, Extraction, Place

TEXT = "On 31 July 2022, Russian forces shelled near Kharkiv. Russia would strike Kyiv if attacked."


def extraction() -> Extraction:
    doc = Document.from_text(TEXT, outlet="Example Wire")
    place = Place(start=45, end=52, text="Kharkiv", name="Kharkiv", lat=49.9935, lon=36.2304,
                  country="UA", admin1="Kharkivska", feature="city")
    shelled = Event(start=0, end=53, trigger_start=32, trigger_end=39, type="ASSAULT", mode="artillery",
                    acled_event_type="Explosions/Remote violence",
                    acled_sub_event_type="Shelling/artillery/missile attack",
                    actor1="Military Forces of Russia", actor1_country="RUS",
                    date_start="2022-07-31", date_precision="day", location_name="Kharkiv",
                    lat=49.9935, lon=36.2304, location_country="UA", fatalities=0,
                    attributed_to=["General Staff of Ukraine"], confidence=0.9)
    hypothetical = Event(start=54, end=91, trigger_start=67, trigger_end=73, type="ASSAULT",
                         acled_event_type="Explosions/Remote violence",
                         acled_sub_event_type="Shelling/artillery/missile attack",
                         modality="hypothetical", lat=50.45, lon=30.52, location_name="Kyiv")
    return Extraction(document=doc, places=[place], events=[shelled, hypothetical])


def test_row_conventions(tmp_path):  # type: ignore[no-untyped-def]
    rows = acled_rows([extraction()])
    assert len(rows) == 1  # the hypothetical strike is never a row
    row = rows[0]
    assert row["event_date"] == "31 July 2022" and row["year"] == 2022 and row["time_precision"] == 1
    assert row["actor1"] == "Military Forces of Russia (2000-)" and row["inter1"] == 8
    assert row["country"] == "Ukraine" and row["iso"] == 804 and row["admin1"] == "Kharkivska"
    assert row["geo_precision"] == 2  # "near Kharkiv"
    assert row["latitude"] == "49.9935"
    assert row["notes"] == TEXT[:53]
    assert row["source"] == "General Staff of Ukraine; Example Wire"
    assert row["fatalities"] == 0
    assert row["disorder_type"] == "Political violence"
    path = tmp_path / "acled.csv"
    assert write_acled_csv([extraction()], path) == 1
    with open(path, encoding="utf-8") as f:
        header = next(csv.reader(f))
    assert tuple(header[:len(ACLED_COLUMNS)]) == ACLED_COLUMNS
    assert len(acled_rows([extraction()], include_all=True)) == 2


def test_imprecise_dates() -> None:
    month = Event(0, 1, 0, 1, "ASSAULT", date_start="2022-03", date_precision="month")
    assert acled_date(month) == ("16 March 2022", 2022, 3)
    week = Event(0, 1, 0, 1, "ASSAULT", date_start="2022-10-10", date_precision="week")
    assert acled_date(week)[2] == 2  # type: ignore[index]


def test_geojson_keeps_modality() -> None:
    fc = events_geojson([extraction()])
    assert len(fc["features"]) == 2
    flags = {f["properties"]["modality"]: f["properties"]["happened"] for f in fc["features"]}
    assert flags == {"asserted": True, "hypothetical": False}
    assert len(events_geojson([extraction()], include_all=False)["features"]) == 1
