"""Which date an event without its own date takes from the story: not the date of a
report, a letter or a recording, and not across a subheading. Our own sentences, run
through the whole pipeline (conftest's ``event_at``)."""

from __future__ import annotations


def test_a_publication_date_dates_no_event(event_at) -> None:  # type: ignore[no-untyped-def]
    text = ("On October 3, the Guardian published letters written by conscripts. The men described how "
            "their unit retreated from Lyman under fire.")
    ev = event_at(text, "retreated", "2022-10-05")
    assert ev.date_start != "2022-10-03" and ev.date_source == "publication"


def test_a_parenthetical_report_keeps_the_date_of_the_event(event_at) -> None:  # type: ignore[no-untyped-def]
    text = ("On September 30, the New York Times reported, Putin signed treaties annexing four regions. "
            "He then held a signing ceremony with the installed leaders.")
    ev = event_at(text, "signing ceremony", "2022-10-05")
    assert ev.date_start == "2022-09-30"


def test_a_letter_s_date_is_not_the_story_s(event_at) -> None:  # type: ignore[no-untyped-def]
    text = ("Dated August 30, the letters asked for leave. Soldiers fleeing the offensive abandoned dozens "
            "of tanks near Balakliia.")
    ev = event_at(text, "abandoned", "2022-10-05")
    assert ev.date_start != "2022-08-30" and ev.date_source == "publication"


def test_the_story_s_day_does_not_cross_a_subheading(event_at) -> None:  # type: ignore[no-untyped-def]
    lead = "Police detained 1,300 protesters in Moscow on September 24.\n\n"
    same = lead + "Ukrainian troops retook the city of Izium after a rapid advance."
    ev = event_at(same, "retook", "2022-10-05")
    assert ev.date_start == "2022-09-24"  # the story's day carries within its section
    crossed = lead + "Morale at the front\n\nUkrainian troops retook the city of Izium after a rapid advance."
    ev = event_at(crossed, "retook", "2022-10-05")
    assert ev.date_start != "2022-09-24"


def test_after_a_flashback_the_story_returns_to_its_day(event_at) -> None:  # type: ignore[no-untyped-def]
    text = ("MOSCOW - A Moscow court on Monday jailed an opposition politician for 25 years. Prosecutors had "
            "asked for that term last week.\n\n"
            "The case goes back to his speeches abroad. Police detained him outside his home on April 11, 2022.\n\n"
            "Britain summoned the Russian ambassador in protest.")
    ev = event_at(text, "summoned", "2023-04-18")
    assert ev.date_start == "2023-04-17"  # Monday, not the arrest a year before nor last week


def test_a_threat_is_dated_when_it_was_made(event_at) -> None:  # type: ignore[no-untyped-def]
    text = "Russian missiles hit Kyiv on Monday.\n\nHe warned that Moscow would respond harshly to any new attack."
    ev = event_at(text, "respond", "2022-10-11")
    assert (ev.type, ev.modality, ev.date_start) == ("THREATEN", "threatened", "2022-10-10")


def test_a_time_that_dates_an_earlier_event_is_not_this_one_s(event_at) -> None:  # type: ignore[no-untyped-def]
    text = ("Ukrainian forces have withdrawn from Avdiivka after months of fighting, handing Russia its largest "
            "gain since the capture of Bakhmut last May.")
    ev = event_at(text, "withdrawn", "2024-02-18")
    assert not (ev.date_start or "").startswith("2023-05")  # last May dates the capture of Bakhmut
