"""Where an event happened when the sentence does not name the place outright: a
definite "the town" / "the dam" naming the story's place again, a front axis beside
the villages fought over, a place inside the object's phrase. Our own sentences, run
through the whole pipeline (conftest's ``event_at``)."""

from __future__ import annotations

import math


def _km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    la1, lo1, la2, lo2 = map(math.radians, (lat1, lon1, lat2, lon2))
    h = math.sin((la2 - la1) / 2) ** 2 + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2
    return 12742 * math.asin(math.sqrt(h))


def test_the_town_is_the_one_introduced_as_a_town(event_at) -> None:  # type: ignore[no-untyped-def]
    text = ("Ukrainian troops have left the eastern town of Avdiivka after four months of fighting, Russia's "
            "biggest gain since the fall of Bakhmut in May.\n\n"
            "Moscow's Defence Ministry said on Saturday that its units had taken full control of the town.")
    ev = event_at(text, "taken", "2024-02-18")
    assert ev.location_name and "Avdi" in ev.location_name


def test_the_dam_named_in_the_lead(event_at) -> None:  # type: ignore[no-untyped-def]
    text = ("Water poured through the breached Kakhovka dam on Tuesday, flooding villages downstream.\n\n"
            + "Rescuers worked through the night in boats. " * 30 + "\n\n"
            "Moscow denied attacking the dam.")
    ev = event_at(text, "attacking", "2023-06-10")
    assert ev.location_name == "Kakhovka Dam"


def test_a_front_axis_is_coarser_than_its_villages(event_at) -> None:  # type: ignore[no-untyped-def]
    text = "In the Zaporizhzhia direction, Ukrainian units beat back four attacks west of Verbove and near Robotyne."
    ev = event_at(text, "attacks", "2023-06-10")
    assert _km(ev.lat, ev.lon, 47.44, 35.95) < 25  # Verbove, not Zaporizhzhia city 60 km north


def test_place_inside_the_object_phrase(event_at) -> None:  # type: ignore[no-untyped-def]
    text = "Wagner fighters seized the headquarters of the Southern Military District in Rostov-on-Don."
    ev = event_at(text, "seized", "2023-06-25")
    assert ev.location_name == "Rostov-on-Don"


def test_the_country_whose_facilities_were_struck(event_at) -> None:  # type: ignore[no-untyped-def]
    text = "Moscow said its missiles had hit Ukraine's power, rail and military facilities overnight."
    ev = event_at(text, "hit", "2022-10-11")
    assert ev.location_name == "Ukraine"


def test_a_place_that_dates_the_event_is_not_its_place(event_at) -> None:  # type: ignore[no-untyped-def]
    text = "Russia pounds Ukrainian cities two days after blast on Crimea bridge"
    ev = event_at(text, "pounds", "2022-10-10")
    assert ev.location_name == "Ukraine"


def test_the_dam_outranks_a_place_a_clause_below_names(event_at) -> None:  # type: ignore[no-untyped-def]
    text = ("Water poured through the breached Kakhovka dam on Tuesday. Kremlin spokesman Dmitry Peskov "
            "rejected the accusation. He told reporters that the dam had been destroyed by deliberate "
            "sabotage by Ukraine, intended to deprive Crimea of water.")
    ev = event_at(text, "sabotage", "2023-06-10")
    assert ev.location_name == "Kakhovka Dam"


def test_a_site_of_the_town_came_under_attack(event_at) -> None:  # type: ignore[no-untyped-def]
    text = ("Ukrainian forces have withdrawn from the eastern town of Avdiivka after months of fighting. "
            "Earlier this month, the coke plant, the town's last industrial stronghold, came under attack.")
    ev = event_at(text, "attack", "2024-02-18")
    assert ev.location_name and "Avdi" in ev.location_name


def test_a_venue_named_after_its_town_places_the_event(event_at) -> None:  # type: ignore[no-untyped-def]
    text = "Police detained a woman outside the Moscow City Court on Monday."
    assert event_at(text, "detained", "2023-04-18").location_name == "Moscow"
    text = "The Moscow City Court sentenced the politician to 25 years on Monday."
    assert event_at(text, "sentenced", "2023-04-18").location_name is None  # the court acts; it is no setting


def test_the_bridge_is_the_bridge_not_its_builder(event_at) -> None:  # type: ignore[no-untyped-def]
    text = ("A truck bomb on 8 October damaged a span of the Kerch Strait Bridge. Moscow built the bridge in "
            "2018. Engineers said the blast would slow Russian supply convoys for weeks but had not destroyed the "
            "bridge.")
    ev = event_at(text, "destroyed", "2022-10-10")
    assert (ev.modality, ev.location_name) == ("negated", "Kerch Bridge")


def test_the_place_that_undergoes_an_attack_is_where_it_happened(event_at) -> None:  # type: ignore[no-untyped-def]
    assert event_at("Kyiv suffered heavy shelling.", "shelling", "2024-03-26").location_name == "Kyiv"
