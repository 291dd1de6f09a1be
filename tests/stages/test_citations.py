"""Citations stage: outlets, agencies, organisations and credits cited as sources.
All sentences are written for these tests."""

from __future__ import annotations

import pytest



@pytest.fixture()
def cite(process):  # type: ignore[no-untyped-def]
    def citations(text: str):  # type: ignore[no-untyped-def]
        doc = process(text)
        for c in doc._.citations:
            assert doc.text[c.start:c.end] == c.text
        return doc._.citations
    return citations


def sources(citations) -> set[str]:  # type: ignore[no-untyped-def]
    return {c.source for c in citations}


def test_reported_the_outlet_and_acronyms(cite) -> None:  # type: ignore[no-untyped-def]
    got = cite("The strikes hit Kyiv on October 10, 2022, reported the Guardian. NYT and WaPo "
               "confirmed the toll, and AP counted the missiles.")
    assert {"Guardian", "New York Times", "Washington Post", "Associated Press"} <= sources(got)


def test_the_times_is_the_outlet_the_article_names(cite) -> None:  # type: ignore[no-untyped-def]
    got = cite("The New York Times reported the retreat from Lyman. The Times added that "
               "Russian units had left their equipment behind.")
    times = [c for c in got if c.text == "The Times"]
    assert times and times[0].source == "New York Times"


def test_according_to_an_organisation(cite) -> None:  # type: ignore[no-untyped-def]
    got = cite("According to OVD-Info, more than 1,300 people were detained at protests against "
               "the mobilization on September 21, 2022.")
    assert "OVD-Info" in sources(got)


def test_tally_of_an_agency(cite) -> None:  # type: ignore[no-untyped-def]
    got = cite("A Reuters tally put the number of drones launched overnight at 40.")
    assert "Reuters" in sources(got)


def test_photo_and_map_credits(cite) -> None:  # type: ignore[no-untyped-def]
    got = cite("Firefighters work at the site of a strike in Dnipro on January 14, 2023. "
               "(Glen Example / Reuters)\nA map of the front line. (Source: Institute for the Study of War)\n"
               "Residents queue for water. (Photos: Top: Getty Images; Bottom left \u2013 Jane Example / AFP)\n"
               "Soldiers surrender near Kherson. (Photo: Screenshot from Telegraph video)")
    roles = {c.source: c.role for c in got}
    assert roles.get("Reuters") == "photo_credit"
    assert roles.get("Institute for the Study of War") == "source_credit"
    assert {"Getty Images", "Agence France-Presse", "Telegraph"} <= set(roles)
    assert not any("Example" in c.source for c in got)  # photographers are not sources


def test_citation_kind_and_entity(cite) -> None:  # type: ignore[no-untyped-def]
    found = cite("According to Reuters, the Russian Defence Ministry reported that 30 drones were "
                 "shot down over the Belgorod region.")
    kinds = {c.source: c.kind for c in found}
    assert kinds.get("Reuters") == "agency"
    gov = [c for c in found if "Ministry" in c.source]
    assert gov and gov[0].kind == "government"


def test_platforms_a_statement_was_published_on(nlp) -> None:  # type: ignore[no-untyped-def]
    def sources(text: str) -> list[str]:
        return [c.source for c in nlp(text)._.citations]

    assert sources("\u201cWe will rebuild,\u201d the mayor wrote on Telegram on Sunday.") == ["Telegram"]
    assert sources("The governor said in a post on Telegram that two people had died.") == ["Telegram"]
    assert sources("Footage of the fire was posted on Facebook and Twitter.") == ["Facebook", "Twitter"]
    assert sources("Russia blocked Telegram and Twitter for a day in March.") == []  # named, not cited
