"""Where an event happened when the sentence does not name the place outright: a
definite "the town" / "the dam" naming the story's place again, a front axis beside
the villages fought over, a place inside the object's phrase. Our own sentences, run
through the whole pipeline (conftest's ``process``)."""

from __future__ import annotations

import math

import pytest


@pytest.fixture()
def events(process):  # type: ignore[no-untyped-def]
    def run(text: str, publication_date: str | None = "2023-06-10"):  # type: ignore[no-untyped-def]
        return process(text, publication_date)._.events

    return run


def _km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    la1, lo1, la2, lo2 = map(math.radians, (lat1, lon1, lat2, lon2))
    h = math.sin((la2 - la1) / 2) ** 2 + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2
    return 12742 * math.asin(math.sqrt(h))


def _by_trigger(evs, text, word):  # type: ignore[no-untyped-def]
    hits = [e for e in evs if word in text[e.trigger_start:e.trigger_end]]
    assert hits, [text[e.trigger_start:e.trigger_end] for e in evs]
    return hits[0]


def test_the_town_is_the_one_introduced_as_a_town(events) -> None:  # type: ignore[no-untyped-def]
    text = ("Ukrainian troops have left the eastern town of Avdiivka after four months of fighting, Russia's "
            "biggest gain since the fall of Bakhmut in May.\n\n"
            "Moscow's Defence Ministry said on Saturday that its units had taken full control of the town.")
    ev = _by_trigger(events(text, "2024-02-18"), text, "taken")
    assert ev.location_name and "Avdi" in ev.location_name


def test_the_dam_named_in_the_lead(events) -> None:  # type: ignore[no-untyped-def]
    text = ("Water poured through the breached Kakhovka dam on Tuesday, flooding villages downstream.\n\n"
            + "Rescuers worked through the night in boats. " * 30 + "\n\n"
            "Moscow denied attacking the dam.")
    ev = _by_trigger(events(text), text, "attacking")
    assert ev.location_name == "Kakhovka Dam"


def test_a_front_axis_is_coarser_than_its_villages(events) -> None:  # type: ignore[no-untyped-def]
    text = "In the Zaporizhzhia direction, Ukrainian units beat back four attacks west of Verbove and near Robotyne."
    ev = _by_trigger(events(text), text, "attacks")
    assert _km(ev.lat, ev.lon, 47.44, 35.95) < 25  # Verbove, not Zaporizhzhia city 60 km north


def test_place_inside_the_object_phrase(events) -> None:  # type: ignore[no-untyped-def]
    text = "Wagner fighters seized the headquarters of the Southern Military District in Rostov-on-Don."
    ev = _by_trigger(events(text, "2023-06-25"), text, "seized")
    assert ev.location_name == "Rostov-on-Don"


def test_the_country_whose_facilities_were_struck(events) -> None:  # type: ignore[no-untyped-def]
    text = "Moscow said its missiles had hit Ukraine's power, rail and military facilities overnight."
    ev = _by_trigger(events(text, "2022-10-11"), text, "hit")
    assert ev.location_name == "Ukraine"


def test_a_place_that_dates_the_event_is_not_its_place(events) -> None:  # type: ignore[no-untyped-def]
    text = "Russia pounds Ukrainian cities two days after blast on Crimea bridge"
    ev = _by_trigger(events(text, "2022-10-10"), text, "pounds")
    assert ev.location_name == "Ukraine"


def test_the_dam_outranks_a_place_a_clause_below_names(events) -> None:  # type: ignore[no-untyped-def]
    text = ("Water poured through the breached Kakhovka dam on Tuesday. Kremlin spokesman Dmitry Peskov "
            "rejected the accusation. He told reporters that the dam had been destroyed by deliberate "
            "sabotage by Ukraine, intended to deprive Crimea of water.")
    ev = _by_trigger(events(text), text, "sabotage")
    assert ev.location_name == "Kakhovka Dam"
