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
    assert ("THREATEN", "threat", "threatened") in kinds
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


def test_calling_an_act_a_crime_condemns_it(events):  # type: ignore[no-untyped-def]
    evs = events("On 8 October Turkey's president called the strike on the port \"a war crime\".")
    assert ("ACCUSE", "condemnation", "asserted") in _kinds(evs)
    evs = events("On 9 June the EU foreign policy chief called the dam's destruction \"outrageous\".")
    assert ("ACCUSE", "condemnation", "asserted") in _kinds(evs)
    assert events("On 9 June residents still called the town by its Soviet name.") == []
    assert [e.type for e in events("On 9 June Zelensky called for more air defence.")] == ["REQUEST"]


def test_promising_to_punish_threatens(events):  # type: ignore[no-untyped-def]
    evs = events("On 24 June the president promised to punish everyone behind the revolt.")
    assert ("THREATEN", "threat", "threatened") in _kinds(evs)
    kept = events("On 24 June the president promised to free the hostages.")
    assert "THREATEN" not in [e.type for e in kept] and "AGREE" in [e.type for e in kept]


def test_a_negotiated_deal_is_an_agreement(events):  # type: ignore[no-untyped-def]
    evs = events("On 24 June Lukashenko negotiated a deal with the Wagner chief.")
    assert [(e.type, e.mode) for e in evs] == [("AGREE", "agreement")]


def test_a_denial_of_a_plan_is_a_rejection(events):  # type: ignore[no-untyped-def]
    evs = events("The Ukrainian government denied any plan to use a radioactive device on 23 October.")
    assert [(e.type, e.mode) for e in evs] == [("REJECT", "denial")]
    attack = events("On 6 June Moscow denied attacking the dam.")
    assert [(e.type, e.modality) for e in attack] == [("ASSAULT", "alleged")]  # the attack, not a denial event


def test_aircraft_named_by_model_are_shot_down(events):  # type: ignore[no-untyped-def]
    evs = events("On 17 February the air force said it had shot down two Su-34 bombers near Avdiivka.")
    assert [(e.type, e.modality) for e in evs] == [("ASSAULT", "reported")]


def test_bombs_dropped_and_missiles_landing(events):  # type: ignore[no-untyped-def]
    dropped = events("On 10 February Russian jets dropped glide bombs on Ukrainian positions near Avdiivka.")
    assert [(e.type, e.acled_sub_event_type) for e in dropped] == [("ASSAULT", "Air/drone strike")]
    assert events("On 10 February prosecutors dropped the charges against him.") == []
    landed = events("On 10 October a missile landed next to a children's playground in Kyiv.")
    assert [e.type for e in landed] == ["ASSAULT"]
    assert events("On 10 October the plane landed in Minsk.") == []


def test_a_pronoun_agent_is_the_person_before_it(events):  # type: ignore[no-untyped-def]
    text = "Joe Biden spoke at the White House on 17 February. He urged the House to pass the aid bill."
    urged = next(e for e in events(text) if e.type == "REQUEST")
    assert urged.actor1 == "Joe Biden" and urged.actor1_country == "USA"
    assert text[urged.actor1_start:urged.actor1_end] == "He"


def test_a_relative_clause_agent_is_its_noun(events):  # type: ignore[no-untyped-def]
    evs = events("On 17 February Shoigu reported the capture of the town to Putin, who congratulated the troops.")
    support = next(e for e in evs if e.type == "SUPPORT")
    assert support.actor1 is not None and support.actor1.endswith("Putin")
    capture = next(e for e in evs if e.type == "ASSAULT")
    assert capture.actor1 is None  # who reports a capture did not make it


def test_the_town_named_before_places_its_capture(events):  # type: ignore[no-untyped-def]
    text = ("Ukrainian troops left Avdiivka on 17 February. Russia's Defence Ministry said on Saturday that "
            "its troops had taken full control of the town, a former industrial hub on the northern edge of "
            "occupied Donetsk.")
    evs = events(text, publication_date="2024-02-18")
    capture = next(e for e in evs if e.type == "ASSAULT")
    assert capture.location_name is not None and capture.location_name.startswith("Avdi")


def test_the_bridge_named_before(events):  # type: ignore[no-untyped-def]
    text = ("A blast hit the Kerch Strait bridge on 8 October. Investigators said a truck had exploded on the "
            "bridge, killing three people.")
    evs = events(text, publication_date="2022-10-09")
    exploded = next(e for e in evs if text[e.trigger_start:e.trigger_end] == "exploded")
    assert exploded.location_name is not None and "Bridge" in exploded.location_name


def test_a_disaster_word_in_a_war_report_does_not_silence_it(events):  # type: ignore[no-untyped-def]
    # "industrial" names accidents elsewhere; "occupied" marks a war
    evs = events("On 18 February Russian troops took Avdiivka, an industrial town in occupied Donetsk.")
    assert [e.type for e in evs] == ["ASSAULT"]


def test_a_force_leaving_a_city_withdraws(events):  # type: ignore[no-untyped-def]
    evs = events("MOSCOW, June 25 — Wagner mercenaries left the southern city of Rostov-on-Don late on Saturday.",
                 publication_date="2023-06-25")
    assert [(e.type, e.actor1, e.location_name) for e in evs] == [("RETREAT", "Wagner Group", "Rostov-on-Don")]
    assert events("On 3 March thousands of residents left Kharkiv by train.") == []
    assert events("The minister left the government in 2019.") == []


def test_the_dateline_and_the_headline_are_not_the_subject(events):  # type: ignore[no-untyped-def]
    text = "Cities hit across Ukraine\n\nKYIV, Oct 10 — Russia fired dozens of cruise missiles at Kyiv on Monday."
    evs = events(text, publication_date="2022-10-10")
    fired = next(e for e in evs if text[e.trigger_start:e.trigger_end] == "fired")
    assert fired.actor1_country == "RUS"


def test_a_strike_on_facilities(events):  # type: ignore[no-untyped-def]
    evs = events("On 10 October Russia struck energy and military facilities across Ukraine, the Kremlin said.")
    assert [e.type for e in evs] == ["ASSAULT"]


def test_taking_place_or_part_is_no_capture(events):  # type: ignore[no-untyped-def]
    evs = events("On 21 September rallies took place in Moscow, and students took part in them.")
    assert all(e.type != "ASSAULT" for e in evs)
    evs = events("Rallies also took place in Moscow, St. Petersburg, and more than 30 other cities on 21 September.")
    assert all(e.type != "ASSAULT" for e in evs)
    failed = events("In March 2022 the Russian army failed to take the capital.")
    assert [(e.type, e.modality) for e in failed] == [("ASSAULT", "negated")]


def test_a_request_made_by_a_named_party(events):  # type: ignore[no-untyped-def]
    evs = events("On 18 May Sweden and Finland cited the invasion as the reason for requesting NATO membership.")
    req = next(e for e in evs if e.type == "REQUEST")
    assert req.actor1_country == "SWE"
    named = events("In May 2022 Finland's application for NATO membership surprised Moscow.")
    assert [e.type for e in named] == ["REQUEST"]
    assert events("A request for more aid would need a vote.") == []


def test_accusations_with_their_content_were_made(events):  # type: ignore[no-untyped-def]
    evs = events("In October 2022 the Kremlin spread accusations that Kyiv was building a dirty bomb.")
    assert [(e.type, e.mode) for e in evs if e.type == "ACCUSE"] == [("ACCUSE", "accusation")]


def test_a_gerund_after_its_object_is_the_objects_act(events):  # type: ignore[no-untyped-def]
    evs = events("On 3 May Kyiv accused Russian troops of shelling civilians in raids on Kherson.")
    accuse = next(e for e in evs if e.type == "ACCUSE")
    assert accuse.actor1_country == "UKR"
    assert all(e.actor1_country != "UKR" for e in evs if e.type == "ASSAULT")


def test_a_signing_ceremony_and_a_meeting_attended(events):  # type: ignore[no-untyped-def]
    signing = events("On 30 September Putin held a signing ceremony with the four installed leaders in Moscow.")
    assert [e.type for e in signing] == ["AGREE"]
    meeting = events("Cuba's foreign minister was in New York in September for the General Assembly meeting.")
    assert [e.type for e in meeting] == ["CONSULT"]


def test_the_past_day_of_a_morning_report(events):  # type: ignore[no-untyped-def]
    text = ("Operational update as of 08:00 on March 14, 2024.\n\n"
            "Over the past day, 81 combat clashes took place.\n\n"
            + "The situation in the north has not changed. " * 30 + "\n\n"
            "In the Lyman direction, Ukrainian defenders repelled 9 attacks near Terny.")
    evs = events(text, publication_date="2024-03-14")
    assert {e.date_start for e in evs if e.type == "ASSAULT"} == {"2024-03-13"}


def test_a_repelled_attack_was_begun_by_its_owner(events):  # type: ignore[no-untyped-def]
    evs = events("On 14 December Ukrainian forces repelled a Russian attack near Vesele.")
    assert [(e.actor1_country, e.actor2_country) for e in evs] == [("RUS", "UKR")]
    unnamed = events("On 14 December Ukrainian forces repelled nine attacks near Vesele.")
    assert [e.actor1_country for e in unnamed] == ["UKR"]  # the attackers are not named: the side that is


def test_nuclear_posture_acts(events):  # type: ignore[no-untyped-def]
    station = events("On 25 March Putin said Russia would station tactical nuclear weapons in Belarus.")
    assert [(e.type, e.modality) for e in station] == [("MOBILIZE", "planned")]
    drill = events("On 6 May the Russian Defence Ministry announced exercises with nuclear weapons near Ukraine.")
    assert [e.type for e in drill] == ["MOBILIZE"]
    ctbt = events("On 2 November 2023 Putin signed a law withdrawing Russia's ratification of the test-ban treaty.")
    assert ("REJECT", "treaty withdrawal") in [(e.type, e.mode) for e in ctbt]


def test_warnings_made_by_a_party(events):  # type: ignore[no-untyped-def]
    evs = events("In 2023 Moscow's warnings about the tank deliveries proved empty.")
    assert [e.type for e in evs] == ["THREATEN"]
    assert events("On Monday officials issued a flood warning for the region.") == []


def test_forces_crossing_a_border_or_breaking_through(events):  # type: ignore[no-untyped-def]
    evs = events("On 6 August Ukrainian units crossed the border near Sudzha.")
    assert [(e.type, e.actor1_country) for e in evs] == [("ASSAULT", "UKR")]
    assert [e.type for e in events("On 7 August Ukrainian brigades broke through the Russian lines.")] == ["ASSAULT"]
    assert all(e.type != "ASSAULT" for e in events("On 24 February thousands of refugees crossed the border into Poland."))
    assert [e.type for e in events("On 6 August Ukraine's incursion into the Kursk region began.")] == ["ASSAULT"]


def test_naming_an_attack_is_not_making_it(events):  # type: ignore[no-untyped-def]
    evs = events("On 7 August Putin called the attack \"a large-scale provocation\".")
    assert all(not (e.type == "ASSAULT" and e.actor1_country == "RUS") for e in evs)
    assert ("ACCUSE", "condemnation", "asserted") in _kinds(evs)


def test_a_conjuncts_negation_is_its_own(events):  # type: ignore[no-untyped-def]
    evs = events("On 17 February the general did not give a number, and denied Russian reports of encirclement.")
    assert [(e.type, e.modality) for e in evs if e.type == "REJECT"] == [("REJECT", "asserted")]
    both = events("On 3 March Russia refused to withdraw its troops and did not pay reparations.")
    assert ("RETREAT", "negated") in [(e.type, e.modality) for e in both]


def test_what_is_stopped_is_only_the_stopped_act(events):  # type: ignore[no-untyped-def]
    evs = events("On 30 September Putin called on Kyiv to stop fighting and return to talks.")
    assert all(e.type != "REJECT" for e in evs)


# --- recall6: constructions the three news seeds (courts, diplomacy, energy strikes) showed ---------------


def test_stated_dismay_condemns(events):  # type: ignore[no-untyped-def]
    evs = events("On 3 May the Foreign Office said it was appalled by the verdict.")
    assert ("ACCUSE", "condemnation") in [(e.type, e.mode) for e in evs]
    evs = events("On 3 May the Secretary-General was deeply shocked by the strikes on Odesa.")
    assert ("ACCUSE", "condemnation") in [(e.type, e.mode) for e in evs]
    evs = events("On 3 May the Turkish president said he deeply regretted the Russian decision.")
    assert [e.type for e in evs] == ["ACCUSE"]
    # a feeling, not a party's statement; and no object of an emotion verb
    assert all(e.type != "ACCUSE" for e in events("On 3 May residents were shocked by the blast in Kharkiv."))
    assert all(e.type != "ACCUSE" for e in events("On 3 May the explosion shocked the town of Izium."))
    assert all(e.type != "ACCUSE" for e in events("On 3 May the general said he regretted nothing."))


def test_leaving_an_agreement_is_a_rejection(events):  # type: ignore[no-untyped-def]
    evs = events("On 17 July Russia pulled out of the Black Sea Grain Initiative.")
    assert [(e.type, e.mode) for e in evs] == [("REJECT", "treaty withdrawal")]
    evs = events("On 17 July Moscow quits the grain deal.")
    assert [e.type for e in evs] == ["REJECT"]
    assert events("On 17 July the minister quit his job.") == []
    assert [e.type for e in events("On 17 July Russian troops pulled out of Kherson.")] == ["RETREAT"]


def test_a_promised_response_threatens(events):  # type: ignore[no-untyped-def]
    evs = events("On 17 July Russia blamed Ukraine for the attack, and Putin promised a response.")
    assert ("THREATEN", "threat") in [(e.type, e.mode) for e in evs]
    assert all(e.type != "AGREE" for e in evs)
    evs = events("On 17 July the president promised new roads to the region.")
    assert all(e.type != "THREATEN" for e in evs)


def test_munitions_setting_fire_strike(events):  # type: ignore[no-untyped-def]
    evs = events("On Saturday, drones set fire to the Syzran refinery, the governor said.", "2024-03-22")
    assert [(e.type, e.acled_event_type) for e in evs] == [("ASSAULT", "Explosions/Remote violence")]
    evs = events("On Saturday, soldiers set fire to houses in the village of Bohorodychne.", "2024-03-22")
    assert [e.type for e in evs] == ["COERCE"]


def test_opening_a_criminal_case(events):  # type: ignore[no-untyped-def]
    evs = events("On 11 April investigators opened a criminal case against the opposition politician.")
    assert [(e.type, e.mode) for e in evs] == [("ACCUSE", "investigation")]


def test_a_poisoning_is_an_attack(events):  # type: ignore[no-untyped-def]
    evs = events("The activist nearly died after a poisoning in 2017, which he has blamed on the security services.")
    kinds = [(e.type, e.mode) for e in evs]
    assert ("ASSAULT", "poisoning") in kinds
    assert ("ACCUSE", "accusation") in kinds  # the relative clause's own act is not swallowed by the noun


def test_the_accused_does_the_act(events):  # type: ignore[no-untyped-def]
    evs = events("On 6 June Zelensky accused Russia of blowing up the dam.")
    blast = [e for e in evs if e.type == "ASSAULT"]
    assert [(e.modality, e.actor1_country) for e in blast] == [("alleged", "RUS")]
    evs = events("On 23 June Prigozhin accused the Defence Ministry of striking his fighters' camps.")
    assert any(e.type == "ASSAULT" and e.modality == "alleged" for e in evs)


def test_coming_under_fire(events):  # type: ignore[no-untyped-def]
    evs = events("More than 120 settlements in the Kharkiv and Sumy regions came under artillery fire.", "2024-03-14")
    assert [e.type for e in evs] == ["ASSAULT"]


def test_air_defence_destroying_drones_intercepts(events):  # type: ignore[no-untyped-def]
    evs = events("On 13 March air defence units destroyed 16 drones over the Odesa region.", "2024-03-14")
    assert [(e.type, e.mode) for e in evs] == [("ASSAULT", "interception")]
    evs = events("On 13 March Ukrainian troops destroyed a drone depot near Tokmak.", "2024-03-14")
    assert all(e.mode != "interception" for e in evs)


def test_the_enemy_breaking_through(events):  # type: ignore[no-untyped-def]
    evs = events("On 13 March the enemy tried twice to break through our defences near Vesele.", "2024-03-14")
    assert [e.type for e in evs] == ["ASSAULT"]


def test_a_convoy_turning_back(events):  # type: ignore[no-untyped-def]
    assert [e.type for e in events("The convoy turned back near the border on Sunday.", "2023-06-25")] == ["RETREAT"]
    assert events("On Sunday the government turned the economy around.", "2023-06-25") == []


def test_a_toll_in_another_town_is_another_attack(events):  # type: ignore[no-untyped-def]
    text = ("On 13 March Russian forces shelled settlements in the Sumy region. "
            "The Kharkiv governor said shelling wounded four civilians in Vovchansk.")
    evs = events(text, "2024-03-14")
    assert len([e for e in evs if e.type == "ASSAULT"]) == 2
    # the toll of the same attack stays with it
    same = events("On Monday Russian forces shelled Kherson. Two civilians were killed in the city, "
                  "the governor said.", "2024-03-14")
    assert len(same) == 1 and same[0].fatalities == 2


def test_killings_named_with_their_place(events):  # type: ignore[no-untyped-def]
    evs = events("In December a court jailed the politician over a broadcast about the killings in Bucha.",
                 "2023-04-17")
    assert ("ASSAULT", "killing") in [(e.type, e.mode) for e in evs]
    assert events("The killing of civilians must stop.", "2023-04-17") == []


def test_being_behind_strikes(events):  # type: ignore[no-untyped-def]
    evs = events("A source told Reuters that the security service was behind the refinery strikes.", "2024-03-22")
    assert [e.type for e in evs] == ["ASSAULT"]


def test_taking_military_sites(events):  # type: ignore[no-untyped-def]
    evs = events("On 24 June Prigozhin said his men had taken the city's military sites.", "2023-06-25")
    assert [e.type for e in evs] == ["ASSAULT"]


def test_demands_met_are_no_meeting(events):  # type: ignore[no-untyped-def]
    evs = events("On 17 July Peskov said Russia would rejoin the deal once its demands were met.", "2023-07-18")
    assert all(e.type != "CONSULT" for e in evs)
    assert [e.type for e in events("On 17 July Erdogan met Putin in Sochi.", "2023-07-18")] == ["CONSULT"]


def test_drones_sent_into_enemy_territory_are_no_aid(events):  # type: ignore[no-untyped-def]
    evs = events("In March Ukraine sent its drones deeper into Russia, striking oil refineries.", "2024-03-22")
    assert [e.type for e in evs] == ["ASSAULT"]
    assert [e.type for e in events("On Monday the United States sent drones to Ukraine.", "2024-03-22")] == ["AID"]


def test_power_cut_by_a_strike_is_no_embargo(events):  # type: ignore[no-untyped-def]
    evs = events("On Friday Russia launched missiles at Ukraine, hitting a power plant and cutting electricity "
                 "in Kharkiv.", "2024-03-22")
    assert all(e.type != "SANCTION" for e in evs)
    evs = events("On Monday Gazprom cut off gas supplies to Poland.", "2022-04-28")
    assert [e.type for e in evs] == ["SANCTION"]


def test_weapons_arriving_in_a_country(events):  # type: ignore[no-untyped-def]
    evs = events("On Monday the minister said the first IRIS-T systems would reach Ukraine in the coming days.",
                 "2022-10-10")
    assert [(e.type, e.modality) for e in evs] == [("AID", "planned")]
    evs = events("The first Leopard tanks arrived in Ukraine on Monday.", "2023-03-28")
    assert [e.type for e in evs] == ["AID"]
    assert all(e.type != "AID" for e in events("On Monday a missile reached Kyiv.", "2022-10-10"))
    evs = events("On 1 April 2022 Russian forces appropriated humanitarian aid arriving in Melitopol.", "2022-04-02")
    assert all(e.type != "AID" for e in evs)


def test_debris_damage_is_the_strike(events):  # type: ignore[no-untyped-def]
    evs = events("Overnight, Russian missiles struck Odesa. Falling debris and blast waves damaged port facilities "
                 "and several homes, and a man was taken to hospital, the governor said on Telegram.", "2023-07-18")
    assert [e.type for e in evs] == ["ASSAULT", "ASSAULT"]
    evs = events("On Monday several homes were damaged by a drone in Kharkiv.", "2023-07-18")
    assert [e.type for e in evs] == ["ASSAULT"]
    assert events("On Monday the scandal damaged his reputation.", "2023-07-18") == []
    assert events("On Monday the storm damaged roofs in Lviv.", "2023-07-18") == []


def test_a_party_said_to_aim_at_harm_is_accused(events):  # type: ignore[no-untyped-def]
    evs = events("On Friday Energy Minister Herman Halushchenko said Russia was trying to repeat the campaign of "
                 "the winter and cause a failure of the power system.", "2024-03-22")
    assert [(e.type, e.modality, e.actor1) for e in evs] == [("ACCUSE", "asserted", "Government of Ukraine")]
    assert events("On Friday the minister said Ukraine was trying to repair the grid.", "2024-03-22") == []


def test_a_stated_reaction_is_asserted(events):  # type: ignore[no-untyped-def]
    evs = events("On 3 May the Foreign Office said it was appalled by the verdict.")
    assert [e.modality for e in evs if e.type == "ACCUSE"] == ["asserted"]


def test_parties_blaming_each_other(events):  # type: ignore[no-untyped-def]
    evs = events("Ukraine and Russia blamed each other on Tuesday for the breach of the dam.", "2023-06-07")
    accusers = sorted(e.actor1_country for e in evs if e.type == "ACCUSE")
    assert accusers == ["RUS", "UKR"]
    one = events("Ukraine blamed Russia on Tuesday for the breach of the dam.", "2023-06-07")
    assert len([e for e in one if e.type == "ACCUSE"]) == 1


def test_calling_an_act_unconscionable_condemns_it(events):  # type: ignore[no-untyped-def]
    evs = events("On Monday Blinken called the verdict “unconscionable”.", "2023-07-18")
    assert [(e.type, e.mode) for e in evs] == [("ACCUSE", "condemnation")]
    evs = events("On Monday the foreign secretary called the ruling “politically motivated”.", "2023-04-17")
    assert [(e.type, e.mode) for e in evs] == [("ACCUSE", "condemnation")]


def test_what_a_speaker_called_is_a_label(events):  # type: ignore[no-untyped-def]
    evs = events("On Monday Ursula von der Leyen condemned what she called Russia's cynical move.", "2023-07-18")
    assert [e.type for e in evs] == ["ACCUSE"]
    text = ("KYIV, Oct 10 — Russia fired dozens of cruise missiles and drones at cities across Ukraine on Monday, "
            "killing at least 11 people, in what President Vladimir Putin openly called retaliation for Saturday's "
            "explosion on the Kerch Strait bridge.")
    evs = events(text, "2022-10-10")
    assert all(e.type != "REQUEST" for e in evs)
    # two attacks of one type on two days of their own are two events
    assert sorted((e.type, e.modality, e.date_start) for e in evs) == [
        ("ASSAULT", "asserted", "2022-10-08"), ("ASSAULT", "asserted", "2022-10-10")]
    same_day = events("On Monday Russian forces shelled Kherson and struck Mykolaiv with missiles.", "2022-10-10")
    assert len([e for e in same_day if e.type == "ASSAULT"]) == 1


def test_a_law_a_parliament_passed_in_a_relative_clause(events):  # type: ignore[no-untyped-def]
    evs = events("He is the first person convicted under laws that the State Duma passed in March 2022.",
                 "2023-04-17")
    assert ("SUPPORT", "legislation") in [(e.type, e.mode) for e in evs]


def test_a_force_that_keeps_attacking(events):  # type: ignore[no-untyped-def]
    evs = events("The enemy keeps attacking with the support of aviation.", "2024-03-14")
    assert [e.type for e in evs] == ["ASSAULT"]
    assert [e.type for e in events("Russian troops continue to shell Kherson.", "2024-03-14")] == ["ASSAULT"]
    assert events("People keep fighting for their rights.", "2024-03-14") == []


def test_led_away_to_a_police_van(events):  # type: ignore[no-untyped-def]
    evs = events("A woman who held up a blank sheet of paper was led away to a police van on Monday.", "2023-04-17")
    assert [(e.type, e.mode) for e in evs] == [("COERCE", "arrest")]
    assert events("On Monday rescuers led residents away from the fire.", "2023-04-17") == []


def test_holding_a_video_call(events):  # type: ignore[no-untyped-def]
    evs = events("A spokesperson said G7 leaders plan to hold an emergency video call with Zelensky on Tuesday.",
                 "2022-10-10")
    assert [(e.type, e.modality) for e in evs] == [("CONSULT", "planned")]
    assert [e.type for e in events("On Monday the opposition made a call for new elections.", "2022-10-10")] == [
        "REQUEST"]


def test_telling_a_meeting(events):  # type: ignore[no-untyped-def]
    evs = events("On Tuesday the ambassador told an emergency meeting of the Security Council that Kyiv was to "
                 "blame.", "2023-06-07")
    assert "CONSULT" in [e.type for e in evs]


def test_digging_new_positions(events):  # type: ignore[no-untyped-def]
    evs = events("On Sunday Ukrainian troops were digging new positions west of Avdiivka.", "2024-02-18")
    assert [(e.type, e.mode) for e in evs] == [("MOBILIZE", "fortification")]


def test_a_strike_takes_its_own_weapon(events):  # type: ignore[no-untyped-def]
    evs = events("In total, the enemy launched 5 missile strikes and 72 air strikes and fired 94 times from multiple "
                 "rocket launchers at populated areas.", "2024-03-14")
    subs = sorted(e.acled_sub_event_type for e in evs)
    assert subs == ["Air/drone strike", "Shelling/artillery/missile attack"]


def test_returning_to_a_deal_or_a_square_concedes_nothing(events):  # type: ignore[no-untyped-def]
    assert all(e.type != "CONCEDE" for e in events("On Monday Peskov said Russia would return to the deal.",
                                                    "2023-07-18"))
    assert all(e.type != "CONCEDE" for e in events("On Monday demonstrators returned to the square to rally.",
                                                    "2023-07-18"))
    evs = events("Turkey returned the bodies of four Greek sailors on Monday.", "2023-07-18")
    assert [e.type for e in evs] == ["CONCEDE"]


def test_ferrying_residents_to_safety(events):  # type: ignore[no-untyped-def]
    evs = events("Russian shelling continued. In Kherson, volunteers in rubber boats ferried elderly residents from "
                 "flooded houses on Wednesday.", "2023-06-07")
    assert [(e.type, e.mode) for e in evs] == [("AID", "evacuation")]
    assert events("On Wednesday trucks ferried supplies to Kherson.", "2023-06-07") == []


def test_attempts_to_advance(events):  # type: ignore[no-untyped-def]
    evs = events("In the Bakhmut direction, the enemy made 8 unsuccessful attempts to advance near Ivanivske.",
                 "2024-03-14")
    assert [e.type for e in evs] == ["ASSAULT"]
    assert events("On Monday the government made an attempt to negotiate with the rebels.", "2024-03-14") == []


def test_appealing_a_verdict_is_legal_action(events):  # type: ignore[no-untyped-def]
    evs = events("His lawyer, Vadim Prokhorov, said on Monday the defence would appeal the verdict.", "2023-04-17")
    assert [(e.type, e.mode, e.modality) for e in evs] == [("ACCUSE", "legal appeal", "planned")]
    assert [e.type for e in events("On Monday the opposition appealed for calm.", "2023-04-17")] == ["REQUEST"]


def test_a_fighter_colliding_with_a_drone(events):  # type: ignore[no-untyped-def]
    evs = events("In March 2023 a Russian Su-27 fighter collided with an American MQ-9 Reaper drone over the Black "
                 "Sea.", "2024-06-10")
    assert [(e.type, e.mode) for e in evs] == [("ASSAULT", "interception")]
    assert events("On Monday a truck collided with a bus in Kyiv.", "2024-06-10") == []


def test_inviting_inspectors(events):  # type: ignore[no-untyped-def]
    evs = events("On Monday Ukraine rejected the claim and invited inspectors.", "2022-10-25")
    assert ("REQUEST", "invitation") in [(e.type, e.mode) for e in evs]
    assert events("On Monday Macron invited Scholz to dinner.", "2022-10-25") == []


def test_a_munition_slamming_into_a_building(events):  # type: ignore[no-untyped-def]
    evs = events("On Tuesday a missile slammed into an apartment block in Dnipro.", "2023-07-18")
    assert [e.type for e in evs] == ["ASSAULT"]
    assert events("Shelling went on. On Tuesday a car crashed into a wall in Dnipro.", "2023-07-18") == []


def test_protesters_gathering(events):  # type: ignore[no-untyped-def]
    evs = events("On Tuesday protesters gathered in Moscow against mobilization.", "2022-09-27")
    assert [e.type for e in evs] == ["PROTEST"]  # what they protest is not an occurrence of its own
    assert events("On Tuesday officials gathered in Brussels.", "2022-09-27") == []


def test_a_state_receiving_weapons(events):  # type: ignore[no-untyped-def]
    evs = events("On Tuesday Ukraine received the first F-16 jets.", "2024-08-01")
    assert [(e.type, e.actor1) for e in evs] == [("AID", None)]
    assert [e.type for e in events("On Tuesday Zelensky received the Polish president in Kyiv.", "2024-08-01")] == [
        "CONSULT"]


def test_blocking_a_decision_is_a_veto(events):  # type: ignore[no-untyped-def]
    evs = events("On Tuesday Hungary blocked the EU aid package for Ukraine.", "2023-12-15")
    assert [(e.type, e.mode) for e in evs] == [("REJECT", "veto")]
    assert all(e.type != "REJECT" for e in events("On Tuesday police blocked the road to the airport.", "2023-12-15"))


def test_sinking_a_ship(events):  # type: ignore[no-untyped-def]
    evs = events("On Tuesday Ukraine's navy sank a Russian landing ship near Crimea.", "2023-12-27")
    assert [(e.type, e.actor1_country) for e in evs] == [("ASSAULT", "UKR")]
    assert [e.type for e in events("On Tuesday the flagship Moskva was sunk by two Neptune missiles.",
                                   "2022-04-14")] == ["ASSAULT"]
    assert events("On Tuesday the rouble sank against the dollar.", "2022-04-14") == []


def test_agreeing_a_sanctions_package_imposes_sanctions(events):  # type: ignore[no-untyped-def]
    evs = events("On Tuesday the EU agreed a 14th sanctions package.", "2024-06-25")
    assert [e.type for e in evs] == ["SANCTION"]
    assert [e.type for e in events("On Tuesday the EU agreed to send more shells.", "2024-06-25")] != ["SANCTION"]


def test_labels_the_state_puts_on_critics(events):  # type: ignore[no-untyped-def]
    evs = events("On Tuesday Russia designated the outlet an undesirable organisation.", "2023-07-18")
    assert [(e.type, e.mode) for e in evs] == [("COERCE", "designation")]
    evs = events("On Tuesday Russia labelled the writer a foreign agent.", "2023-07-18")
    assert [(e.type, e.mode) for e in evs] == [("COERCE", "designation")]
    assert events("On Tuesday workers labelled the boxes in Kyiv.", "2023-07-18") == []


def test_a_court_fining_someone(events):  # type: ignore[no-untyped-def]
    evs = events("On Tuesday a court in Moscow fined the journalist 50,000 roubles.", "2023-07-18")
    assert [(e.type, e.mode) for e in evs] == [("COERCE", "fine")]
    assert events("On Tuesday the weather was fine in Kyiv.", "2023-07-18") == []


def test_a_penalty_faced_or_an_act_avoided_is_a_prospect(events):  # type: ignore[no-untyped-def]
    assert events("Protesters face arrest and fines of up to 300,000 roubles.") == []
    assert "MOBILIZE" not in [e.type for e in events("Thousands of men fled abroad to avoid mobilization.")]
    assert [e.type for e in events("Kyiv faced a massive missile attack on Monday.")] == ["ASSAULT"]
