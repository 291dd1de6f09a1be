"""Who acted: a person acting in office is coded as the body they act for (ACLED and
PLOVER practice), with the person's mention as the evidence. Our own sentences, run
through the whole pipeline (conftest's ``event_at``)."""

from __future__ import annotations


def test_officials_act_for_their_state(event_at) -> None:  # type: ignore[no-untyped-def]
    text = ("Russian President Vladimir Putin congratulated the troops on Saturday. The army's "
            "commander-in-chief, Colonel General Oleksandr Syrskyi, said his units had repelled two assaults "
            "near Robotyne.")
    congratulated = event_at(text, "congratulated", "2024-02-18")
    assert (congratulated.actor1, congratulated.actor1_country) == ("Government of Russia", "RUS")
    assert text[congratulated.actor1_start:congratulated.actor1_end].endswith("Vladimir Putin")
    assert congratulated.actor1_acled == "Government of Russia (2000-)"


def test_a_named_body_in_the_title_wins(event_at) -> None:  # type: ignore[no-untyped-def]
    text = "Wagner chief Yevgeny Prigozhin accused the Defence Ministry of shelling his camps on 23 June."
    ev = event_at(text, "accused", "2023-06-24")
    assert ev.actor1 == "Wagner Group"


def test_a_former_official_is_themselves(event_at) -> None:  # type: ignore[no-untyped-def]
    text = "Former president Petro Poroshenko condemned the deal on Monday."
    ev = event_at(text, "condemned", "2024-02-18")
    assert ev.actor1 == "Petro Poroshenko" and ev.actor1_country == "UKR"


def test_violence_a_leader_orders_is_the_forces(event_at) -> None:  # type: ignore[no-untyped-def]
    text = ("Russian President Vladimir Putin spoke on television. On 10 October Putin unleashed an assault "
            "on Ukrainian cities.")
    ev = event_at(text, "assault", "2022-10-11")
    assert ev.actor1 == "Military Forces of Russia"


def test_the_enemy_is_the_other_side_of_the_voice(event_at) -> None:  # type: ignore[no-untyped-def]
    update = ("Over the past day the enemy launched 6 missile strikes at the positions of our troops. Our "
              "defenders destroyed 12 tanks near Robotyne.")
    assert event_at(update, "strikes", "2024-03-14").actor1 == "Military Forces of Russia"
    assert event_at(update, "destroyed", "2024-03-14").actor1 == "Military Forces of Ukraine"
    briefing = "The Kyiv regime lost 300 soldiers, the ministry said. The enemy shelled Horlivka overnight."
    assert event_at(briefing, "shelled", "2024-03-14").actor1 == "Military Forces of Ukraine"
    unknown = "The enemy shelled the town overnight."
    assert event_at(unknown, "shelled", "2024-03-14").actor1 is None  # whose voice, the text does not show


def test_officers_of_international_bodies_act_for_them(event_at) -> None:  # type: ignore[no-untyped-def]
    text = "UN Secretary-General António Guterres said he deeply regretted the Russian decision."
    assert event_at(text, "regretted", "2023-07-18").actor1 == "United Nations"
    text = "European Council President Charles Michel condemned the strike on Odesa."
    assert event_at(text, "condemned", "2023-07-18").actor1 == "European Union"


def test_a_people_named_by_its_demonym_are_its_people(event_at) -> None:  # type: ignore[no-untyped-def]
    text = "Tens of thousands more Russians have fled to Georgia and Kazakhstan since the draft began."
    assert event_at(text, "fled", "2022-10-05").actor1 == "Civilians (Russia)"
    text = "The Russians shelled Kharkiv overnight."
    assert event_at(text, "shelled", "2022-10-05").actor1 == "Military Forces of Russia"


def test_who_undergoes_an_attack_is_its_target(event_at) -> None:  # type: ignore[no-untyped-def]
    ev = event_at("Kyiv faced a massive missile attack on Monday.", "attack", "2024-03-26")
    assert ev.actor1 is None  # not the government seated in Kyiv: the city was attacked
