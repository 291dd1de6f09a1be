"""Distance to the front of the Russia-Ukraine war (gazetteer/front.py)."""

from __future__ import annotations

from sitrep.gazetteer.front import front_closeness, front_km


def test_frontline_towns_are_on_the_line() -> None:
    assert front_km(48.595, 37.999) < 10  # Bakhmut
    assert front_km(47.571, 35.785) < 10  # Orikhiv
    assert front_km(50.905, 34.799) < 30  # Sumy, shelled across the border


def test_rear_cities_are_far_from_it() -> None:
    assert front_km(49.842, 24.031) > 500  # Lviv
    assert front_km(50.450, 30.523) > 150  # Kyiv
    assert front_closeness(49.842, 24.031) == 0.0


def test_closeness_falls_with_distance() -> None:
    at_front = front_closeness(48.595, 37.999)  # Bakhmut
    behind = front_closeness(48.72, 37.56)  # Kramatorsk, ~25 km behind
    assert at_front == 1.0
    assert 0.0 < behind < at_front
    assert front_closeness(48.464, 35.046) == 0.0  # Dnipro, ~100 km behind: the line says nothing
