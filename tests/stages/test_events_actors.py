"""Who acted: a person acting in office is coded as the body they act for (ACLED and
PLOVER practice), with the person's mention as the evidence. Our own sentences, run
through the whole pipeline (conftest's ``process``)."""

from __future__ import annotations

import pytest


@pytest.fixture()
def events(process):  # type: ignore[no-untyped-def]
    def run(text: str, publication_date: str | None = "2024-02-18"):  # type: ignore[no-untyped-def]
        return process(text, publication_date)._.events

    return run


def _by_trigger(evs, text, word):  # type: ignore[no-untyped-def]
    hits = [e for e in evs if word in text[e.trigger_start:e.trigger_end]]
    assert hits, [text[e.trigger_start:e.trigger_end] for e in evs]
    return hits[0]


def test_officials_act_for_their_state(events) -> None:  # type: ignore[no-untyped-def]
    text = ("Russian President Vladimir Putin congratulated the troops on Saturday. The army's "
            "commander-in-chief, Colonel General Oleksandr Syrskyi, said his units had repelled two assaults "
            "near Robotyne.")
    evs = events(text)
    congratulated = _by_trigger(evs, text, "congratulated")
    assert (congratulated.actor1, congratulated.actor1_country) == ("Government of Russia", "RUS")
    assert text[congratulated.actor1_start:congratulated.actor1_end].endswith("Vladimir Putin")
    assert congratulated.actor1_acled == "Government of Russia (2000-)"


def test_a_named_body_in_the_title_wins(events) -> None:  # type: ignore[no-untyped-def]
    text = "Wagner chief Yevgeny Prigozhin accused the Defence Ministry of shelling his camps on 23 June."
    ev = _by_trigger(events(text, "2023-06-24"), text, "accused")
    assert ev.actor1 == "Wagner Group"


def test_a_former_official_is_themselves(events) -> None:  # type: ignore[no-untyped-def]
    text = "Former president Petro Poroshenko condemned the deal on Monday."
    ev = _by_trigger(events(text), text, "condemned")
    assert ev.actor1 == "Petro Poroshenko" and ev.actor1_country == "UKR"


def test_violence_a_leader_orders_is_the_forces(events) -> None:  # type: ignore[no-untyped-def]
    text = ("Russian President Vladimir Putin spoke on television. On 10 October Putin unleashed an assault "
            "on Ukrainian cities.")
    ev = _by_trigger(events(text, "2022-10-11"), text, "assault")
    assert ev.actor1 == "Military Forces of Russia"
