"""Events an analyst lists from a war article that a first pass missed: acts listed in
one sentence, arrests at protests, sabotage stated as existing, territory retaken or
cleared of the enemy, supply lines cut, laws coming into force, bans on protest, and
the means of a conditional response. Our own sentences, run through the whole
pipeline (conftest's ``process``)."""

from __future__ import annotations

import pytest


@pytest.fixture()
def events(process):  # type: ignore[no-untyped-def]
    def run(text: str, publication_date: str | None = "2022-10-05"):  # type: ignore[no-untyped-def]
        return process(text, publication_date)._.events

    return run


def _kinds(evs):  # type: ignore[no-untyped-def]
    return [(e.type, e.mode, e.modality) for e in evs]


def test_each_act_of_a_listed_series_is_an_event(events):  # type: ignore[no-untyped-def]
    evs = events("The Kremlin has escalated. Its steps include annexing four Ukrainian regions, threatening to "
                 "use nuclear weapons, calling up 300,000 reservists, ramping up repression against Russian "
                 "dissidents, and launching new missile strikes on Ukrainian power plants.")
    kinds = _kinds(evs)
    assert ("COERCE", "annexation", "asserted") in kinds
    assert ("THREATEN", "threat", "asserted") in kinds
    assert ("MOBILIZE", "mobilization", "asserted") in kinds  # not "threatened": a list item, not the threat's object
    assert ("COERCE", "repression", "asserted") in kinds
    assert any(t == "ASSAULT" for t, _m, _x in kinds)


def test_a_generic_list_stays_generic(events):  # type: ignore[no-untyped-def]
    assert events("Modern armies rely on threatening their rivals and calling up reserves when needed.") == []


def test_a_call_up_does_not_take_the_place_of_the_strikes_beside_it(events):  # type: ignore[no-untyped-def]
    evs = events("Russia responded by calling up reservists and launching missile strikes on Kyiv on 10 October.")
    mob = next(e for e in evs if e.type == "MOBILIZE")
    strike = next(e for e in evs if e.type == "ASSAULT")
    assert strike.location_name == "Kyiv"
    assert mob.location_name != "Kyiv"


def test_arrests_at_a_protest_are_the_police_acting(events):  # type: ignore[no-untyped-def]
    evs = events("Police detained 45 people at an anti-war rally in Yekaterinburg on 24 September.")
    protest = next(e for e in evs if e.type == "PROTEST")
    arrest = next(e for e in evs if e.type == "COERCE")
    assert protest.acled_sub_event_type == "Protest with intervention"
    assert arrest.mode == "arrest" and arrest.acled_event_type is None  # ACLED folds it into the protest
    assert arrest.actor1 is not None and arrest.actor1.startswith("Police Forces of")
    assert [q.value for q in arrest.quantities if q.unit == "detained"] == [45]
    assert protest.confidence > arrest.confidence  # the protest is what ACLED records


def test_sabotage_said_to_have_happened(events):  # type: ignore[no-untyped-def]
    evs = events("In September 2022 there were explosions and acts of sabotage on the Nord Stream pipelines.")
    assert ("ASSAULT", "sabotage", "asserted") in _kinds(evs)
    assert events("Acts of sabotage remain a risk for every undersea pipeline.") == []


def test_retaking_a_town_with_an_irregular_past(events):  # type: ignore[no-untyped-def]
    evs = events("Ukrainian troops retook Balakliia on 8 September after a swift advance.")
    assert [(e.type, e.mode, e.acled_sub_event_type) for e in evs] == [
        ("ASSAULT", "occupation", "Government regains territory")]


def test_driving_the_enemy_out_of_a_place(events):  # type: ignore[no-untyped-def]
    evs = events("In May, Ukrainian units drove Russian forces out of the villages north of Kharkiv.")
    assert [(e.type, e.mode) for e in evs] == [("ASSAULT", "occupation")]
    assert events("On Sunday police drove the crowd out of the stadium.") == []


def test_cutting_supply_lines_is_military_not_a_sanction(events):  # type: ignore[no-untyped-def]
    evs = events("The Ukrainian advance cut the main supply routes to Lyman in late September.")
    assert [(e.type, e.mode) for e in evs] == [("COERCE", "blockade")]
    relations = events("On 24 February Ukraine cut diplomatic relations with Russia.")
    assert [e.type for e in relations] == ["SANCTION"]


def test_laws_that_come_into_force(events):  # type: ignore[no-untyped-def]
    evs = events("The new mobilization law took effect on 18 May.")
    assert [(e.type, e.mode) for e in evs] == [("SUPPORT", "legislation")]
    assert events("The changes took effect on 18 May.") == []
    penalties = events("On 20 September the State Duma approved tougher penalties for desertion.")
    assert [(e.type, e.mode) for e in penalties] == [("SUPPORT", "legislation")]


def test_declaring_protests_illegal_is_a_ban(events):  # type: ignore[no-untyped-def]
    evs = events("On 22 September the authorities in Minsk declared all unsanctioned rallies illegal.")
    assert [(e.type, e.mode) for e in evs] == [("COERCE", "ban")]


def test_the_means_of_a_conditional_response_is_hypothetical(events):  # type: ignore[no-untyped-def]
    evs = events("If Russia used a nuclear weapon, NATO would respond by destroying every Russian warship "
                 "in the Black Sea, the general said.")
    assert [(e.type, e.modality, e.actor1) for e in evs if e.type == "ASSAULT"] == [("ASSAULT", "hypothetical", "NATO")]
    took = events("Ukrainian gunners took out two Russian tanks near Bakhmut on Monday.")
    assert [(e.type, e.modality) for e in took] == [("ASSAULT", "asserted")]


def test_the_means_shares_the_subject_of_its_verb(events):  # type: ignore[no-untyped-def]
    evs = events("Russian forces responded by shelling Kharkiv on 11 October.")
    assert [(e.type, e.actor1_country) for e in evs] == [("ASSAULT", "RUS")]


def test_an_application_being_fast_tracked_is_a_request(events):  # type: ignore[no-untyped-def]
    evs = events("In late September Finland's president said his country was fast-tracking its application "
                 "to join NATO.")
    assert [(e.type, e.mode) for e in evs] == [("REQUEST", "application")]


def test_a_law_signed_into_effect(events):  # type: ignore[no-untyped-def]
    evs = events("Signed into effect on 4 March, the law punishes reports on the army with up to 15 years in prison.")
    assert [(e.type, e.mode, e.date_start) for e in evs] == [("SUPPORT", "law signed", "2022-03-04")]
    assert events("Signed by hand, the letter was sent to Kyiv.") == []


def test_the_story_date_carries_into_the_next_paragraph_and_the_headline(events):  # type: ignore[no-untyped-def]
    text = ("Drones hit Odesa port after grain deal ends\n\n"
            "ODESA, July 19 — Russian drones struck grain terminals in Odesa on Wednesday, officials said.\n\n"
            "Fires burned through the night. Rescue teams pulled two workers from a damaged silo.\n\n"
            "A drone also hit a warehouse in Chornomorsk.")
    evs = events(text, publication_date="2023-07-19")
    dates = {(e.type, text[e.trigger_start:e.trigger_end]): (e.date_start, e.date_source) for e in evs}
    assert dates[("ASSAULT", "struck")] == ("2023-07-19", "text")
    assert dates[("ASSAULT", "hit")][0] == "2023-07-19"  # the headline's strike, dated by the lead
    later = [e for e in evs if "Chornomorsk" in text[e.start:e.end]]
    assert [(e.date_start, e.date_source) for e in later] == [("2023-07-19", "narrative")]


def test_a_caption_date_does_not_date_the_story(events):  # type: ignore[no-untyped-def]
    text = ("Firefighters at a burning depot in Kharkiv on 30 August.\n(Photo: Reuters)\n\n"
            "Ukrainian forces shelled Russian positions near Izium.")
    evs = events(text, publication_date="2022-09-20")
    shelled = [e for e in evs if text[e.trigger_start:e.trigger_end] == "shelled"]
    assert [e.date_source for e in shelled] == ["publication"]
