"""The events stage on our own news-style sentences about real 2022-2024 events, run
through the whole pipeline (conftest's ``nlp``)."""

from __future__ import annotations

import pytest



@pytest.fixture()
def events(process):  # type: ignore[no-untyped-def]
    def run(text: str, publication_date: str | None = None):  # type: ignore[no-untyped-def]
        return process(text, publication_date)._.events

    return run


def one(evs, plover=None, sub=None):  # type: ignore[no-untyped-def]
    found = [e for e in evs if (plover is None or e.type == plover) and (sub is None or e.acled_sub_event_type == sub)]
    assert found, [(e.type, e.acled_sub_event_type, e.modality) for e in evs]
    return found[0]


def test_shelling_with_date_actor_and_casualties(events):  # type: ignore[no-untyped-def]
    text = "On 10 October 2022, Russian forces shelled Zaporizhzhia. Three civilians were killed and 12 wounded."
    ev = one(events(text), "ASSAULT", "Shelling/artillery/missile attack")
    assert ev.acled_event_type == "Explosions/Remote violence"
    assert ev.actor1 == "Military Forces of Russia" and ev.actor1_country == "RUS"
    assert ev.date_start == "2022-10-10" and ev.date_precision == "day"
    assert ev.fatalities == 3 and ev.injured == 12
    assert text[ev.trigger_start:ev.trigger_end] == "shelled"
    assert ev.modality == "asserted"


def test_drone_strike(events):  # type: ignore[no-untyped-def]
    ev = one(events("On 17 October 2022, Russia attacked Kyiv with Iranian-made Shahed drones, killing four people."))
    assert ev.acled_sub_event_type == "Air/drone strike" and ev.mode == "drone"
    assert ev.fatalities == 4


def test_missile_strike_noun(events):  # type: ignore[no-untyped-def]
    ev = one(events("A Russian missile strike on a shopping centre in Kremenchuk on 27 June 2022 killed at least 20 people."))
    assert ev.acled_sub_event_type == "Shelling/artillery/missile attack"
    assert ev.fatalities == 20


def test_battle(events):  # type: ignore[no-untyped-def]
    ev = one(events("On 20 May 2023, Wagner fighters clashed with Ukrainian troops on the outskirts of Bakhmut."))
    assert ev.acled_sub_event_type == "Armed clash"
    assert ev.actor1 == "Wagner Group"


def test_territory_regained_and_overtaken(events):  # type: ignore[no-untyped-def]
    ev = one(events("On 11 November 2022, Ukrainian forces recaptured Kherson."), "ASSAULT")
    assert ev.acled_sub_event_type == "Government regains territory"
    ev = one(events("On 17 February 2024, Russian forces captured Avdiivka after months of fighting."), "ASSAULT",
             "Non-state actor overtakes territory")
    assert ev.actor1_country == "RUS"


def test_withdrawal(events):  # type: ignore[no-untyped-def]
    ev = one(events("On 1 October 2022, Russian troops withdrew from Lyman."), "RETREAT")
    assert ev.acled_event_type == "Strategic developments"


def test_interception(events):  # type: ignore[no-untyped-def]
    ev = one(events("Ukrainian air defences shot down 16 cruise missiles over the Kyiv region on 29 December 2022."))
    assert ev.acled_sub_event_type == "Disrupted weapons use"


def test_landmine(events):  # type: ignore[no-untyped-def]
    ev = one(events("On 3 May 2023, a tractor driver was injured when his tractor hit a landmine near Balakliia."))
    assert ev.acled_sub_event_type == "Remote explosive/landmine/IED"


def test_protest_and_intervention(events):  # type: ignore[no-untyped-def]
    evs = events("On 21 September 2022, hundreds of people protested against mobilization in Moscow. "
                 "Police detained more than 1,300 protesters.")
    ev = one(evs, "PROTEST")
    assert ev.acled_sub_event_type == "Protest with intervention"


def test_arrest(events):  # type: ignore[no-untyped-def]
    ev = one(events("On 29 March 2023, the FSB arrested the journalist Evan Gershkovich in Yekaterinburg."), "COERCE")
    assert ev.acled_sub_event_type == "Arrests"


def test_political_families(events):  # type: ignore[no-untyped-def]
    assert one(events("On 30 September 2022, Putin signed treaties annexing four Ukrainian regions."), "COERCE").mode == "annexation"
    assert one(events("On 21 September 2022, Russia announced a partial mobilization of 300,000 reservists."), "MOBILIZE")
    assert one(events("Finland joined NATO on 4 April 2023."), "SUPPORT")
    assert one(events("On 17 July 2023, Russia suspended its participation in the Black Sea Grain Initiative."), "REJECT")
    assert one(events("The European Union imposed new sanctions on Russian banks on 23 June 2023."), "SANCTION")
    assert one(events("President Zelensky met President Biden in Washington on 21 December 2022."), "CONSULT")
    assert one(events("Germany sent 14 Leopard tanks to Ukraine in March 2023."), "AID")


def test_disaster_is_no_conflict_event(events):  # type: ignore[no-untyped-def]
    evs = events("A strong earthquake struck southern Turkey on 6 February 2023, killing thousands of people.")
    assert not [e for e in evs if e.acled_event_type]


# --- modality --------------------------------------------------------------------

def test_reported(events):  # type: ignore[no-untyped-def]
    ev = one(events("Russian forces shelled Kharkiv on 5 March 2022, the regional governor said."), "ASSAULT")
    assert ev.modality == "reported"


def test_alleged(events):  # type: ignore[no-untyped-def]
    ev = one(events("Moscow accused Kyiv of attacking the Kremlin with drones on 3 May 2023."), "ASSAULT")
    assert ev.modality == "alleged"


def test_hypothetical(events):  # type: ignore[no-untyped-def]
    ev = one(events("If NATO troops entered Ukraine, Russia would strike them."), "ASSAULT")
    assert ev.modality == "hypothetical"


def test_threatened(events):  # type: ignore[no-untyped-def]
    ev = one(events("Medvedev threatened to strike Kyiv with nuclear weapons."), "ASSAULT")
    assert ev.modality == "threatened"


def test_planned(events):  # type: ignore[no-untyped-def]
    ev = one(events("Ukraine plans to launch a counteroffensive in the south in the spring."), "ASSAULT")
    assert ev.modality == "planned"


def test_negated(events):  # type: ignore[no-untyped-def]
    ev = one(events("Russian forces did not shell Kyiv on 9 May 2022."), "ASSAULT")
    assert ev.modality == "negated"


def test_not_happened_never_coded_as_happened(events):  # type: ignore[no-untyped-def]
    evs = events("Russia has never attacked civilians, the Kremlin said.")
    assert all(e.modality in {"negated", "alleged", "reported"} for e in evs)
    assert not [e for e in evs if e.modality == "asserted"]


# --- several events, no events ---------------------------------------------------------

def test_multi_event_sentence(events):  # type: ignore[no-untyped-def]
    evs = events("In September 2022 Russia annexed four regions, threatened Kyiv and called up 300,000 reservists.")
    types = {e.type for e in evs}
    assert {"COERCE", "THREATEN", "MOBILIZE"} <= types


def test_shelling_and_repelled_assault(events):  # type: ignore[no-untyped-def]
    evs = events("On 11 November 2022, Russian forces shelled, assaulted and were repulsed from Ukrainian positions near Bilohorivka.")
    top = max(evs, key=lambda e: e.confidence)
    assert top.acled_sub_event_type == "Armed clash"
    assert any(e.acled_sub_event_type == "Shelling/artillery/missile attack" for e in evs)


def test_analysis_is_no_event(events):  # type: ignore[no-untyped-def]
    evs = events("The war has exposed the weakness of Russia's army, and the threat of escalation remains.")
    assert evs == []


def test_publication_date_fallback(events):  # type: ignore[no-untyped-def]
    ev = one(events("Russian forces shelled Kherson, killing two people.", publication_date="2022-12-25"), "ASSAULT")
    # reported by publication: the month up to the publication date, flagged as such
    assert (ev.date_start, ev.date_end, ev.date_precision) == ("2022-11-25", "2022-12-25", "range")
    assert ev.date_source == "publication"


# --- evidence fields ---------------------------------------------------------------

def test_evidence_spans(events):  # type: ignore[no-untyped-def]
    text = "On 10 October 2022, Russian forces shelled Zaporizhzhia, the governor said."
    ev = one(events(text), "ASSAULT")
    assert ev.trigger_text == "shelled"
    assert text[ev.date_evidence_start:ev.date_evidence_end] == "10 October 2022" and ev.date_source == "text"
    assert text[ev.actor1_start:ev.actor1_end] == "Russian forces"
    assert ev.actor1_acled == "Military Forces of Russia (2000-)"
    assert ev.modality == "reported" and text[ev.modality_cue_start:ev.modality_cue_end] == "said"


# --- modality: the cases analysis prose gets wrong ----------------------------------------

def test_order_is_the_act(events):  # type: ignore[no-untyped-def]
    ev = one(events("On 21 September 2022 the president ordered a partial mobilization of reservists."), "MOBILIZE")
    assert ev.modality == "asserted"


def test_announced_would_is_planned(events):  # type: ignore[no-untyped-def]
    ev = one(events("On 30 September the minister announced the country would annex two border districts."), "COERCE")
    assert ev.modality == "planned"


def test_demand_is_not_asserted(events):  # type: ignore[no-untyped-def]
    ev = one(events("Russia must withdraw all of its troops from Ukraine."), "RETREAT")
    assert ev.modality == "hypothetical"


def test_conjunct_does_not_inherit_reporting_verb(events):  # type: ignore[no-untyped-def]
    evs = events("In early March the army declared a curfew and then launched a massive attack on Izium.")
    ev = one(evs, "ASSAULT")
    assert ev.modality == "asserted"


def test_hypothetical_is_not_dated_by_a_comparison(events):  # type: ignore[no-untyped-def]
    evs = events("As during the border war from 2014-2016, the army would continue to shell the villages.",
                 publication_date="2024-02-01")
    ev = one(evs, "ASSAULT")
    assert ev.modality == "hypothetical"
    assert not ev.date_start.startswith("2014")


# --- generic analysis is no event --------------------------------------------------------

@pytest.mark.parametrize("text", [
    "The soldiers are fighting for freedom and independence.",
    "The alliance has demonstrated its readiness to talk.",
    "As was demonstrated by the rebels, long pauses only help the attacker.",
    "The regime could afford to wait for a better moment to fight again.",
    "Its long-range drones make it easily able to threaten all border areas at all times.",
    "The union lost the authority to veto dismissals and fears to engage in strikes.",
    "A truce between the two armies is possible in case of a ceasefire.",
    "Workers should demand an end to the sanctions.",
])
def test_generic_statements(events, text):  # type: ignore[no-untyped-def]
    assert [e for e in events(text) if e.modality in {"asserted", "reported", "alleged"}] == []


def test_multi_event_sentence_keeps_each_place(events):  # type: ignore[no-untyped-def]
    text = ("On 3 May 2023, Ukrainian forces shelled Horlivka and Russian troops captured Marinka "
            "after a week of fighting.")
    evs = events(text)
    assert len({e.type for e in evs}) >= 1 and len(evs) >= 2
    shelling = one(evs, "ASSAULT", "Shelling/artillery/missile attack")
    assert shelling.actor1_country == "UKR"
    assert all(e.date_start == "2023-05-03" for e in evs)


def test_industrial_explosion_is_no_conflict_event(events):  # type: ignore[no-untyped-def]
    evs = events("Four workers were injured when a gas tank at a chemical plant exploded on Thursday night.")
    assert not [e for e in evs if e.acled_event_type]


# --- dates from the times stage's conventions ---------------------------------------------

def test_duration_counted_from_an_event_is_the_date(events):  # type: ignore[no-untyped-def]
    text = ("Russia held referendums in four occupied regions on 23 September 2022. "
            "Two days after the referendums, Russian forces shelled Zaporizhzhia.")
    ev = one(events(text), "ASSAULT")
    assert (ev.date_start, ev.date_end, ev.date_precision) == ("2022-09-25", None, "day")
    assert text[ev.date_evidence_start:ev.date_evidence_end] == "Two days" and ev.date_source == "text"


def test_duration_counted_from_the_narrative_is_the_date(events):  # type: ignore[no-untyped-def]
    text = "On 5 March 2023, Russian troops captured Marinka. Three days later, Ukrainian forces shelled Horlivka."
    evs = events(text)
    assert one(evs, "ASSAULT", "Shelling/artillery/missile attack").date_start == "2023-03-08"
    assert one(evs, "ASSAULT", "Non-state actor overtakes territory").date_start == "2023-03-05"


def test_range_ends_give_one_interval(events):  # type: ignore[no-untyped-def]
    text = "Russian forces shelled Kherson in June–July 2023, killing 12 civilians."
    ev = one(events(text), "ASSAULT")
    assert (ev.date_start, ev.date_end, ev.date_precision) == ("2023-06-01", "2023-07-31", "range")
    assert text[ev.date_evidence_start:ev.date_evidence_end] == "June–July 2023"


def test_range_from_to_gives_one_interval(events):  # type: ignore[no-untyped-def]
    text = "From 3 May to 9 May 2023, Russian forces shelled Kherson every night."
    ev = one(events(text, publication_date="2023-05-12"), "ASSAULT")
    assert (ev.date_start, ev.date_end, ev.date_precision) == ("2023-05-03", "2023-05-09", "range")
    assert text[ev.date_evidence_start:ev.date_evidence_end] == "3 May to 9 May 2023"


def test_publication_window_is_the_documented_one(events):  # type: ignore[no-untyped-def]
    from datetime import date

    from sitrep.eventing import anchors

    assert "30 days up to the publication date" in (anchors.__doc__ or "")
    ev = one(events("Russian forces shelled Kherson.", publication_date="2023-03-31"), "ASSAULT")
    days = (date.fromisoformat(ev.date_end) - date.fromisoformat(ev.date_start)).days
    assert days == anchors.PUBLICATION_WINDOW_DAYS and ev.date_end == "2023-03-31"


# --- lines: headlines and paragraphs -------------------------------------------------------

def test_actor_span_does_not_cross_a_paragraph_break(events):  # type: ignore[no-untyped-def]
    text = ("Russian forces shell Izium and Kupiansk\n\n"
            "Ukrainian troops repelled an assault near Bakhmut on 3 May 2023, the General Staff said.")
    evs = events(text, publication_date="2023-05-04")
    assert evs
    for ev in evs:
        for s, e in ((ev.actor1_start, ev.actor1_end), (ev.actor2_start, ev.actor2_end)):
            if s is not None:
                assert "\n" not in text[s:e], text[s:e]
        line_start = text.rfind("\n", 0, ev.trigger_start) + 1
        assert ev.start >= line_start
    repelled = next(e for e in evs if e.trigger_text == "repelled")
    assert text[repelled.actor1_start:repelled.actor1_end] == "Ukrainian troops"


def test_headline_actor_stays_in_the_headline(events):  # type: ignore[no-untyped-def]
    text = "Kyiv hit by drones\n\nRussian forces launched 30 Shahed drones at Kyiv on 28 May 2023, officials said."
    for ev in events(text, publication_date="2023-05-29"):
        if ev.start < text.index("\n"):
            assert ev.actor1_start is None or ev.actor1_end <= text.index("\n")


# --- location: the place, its region, and what the text supports -------------------------

def test_place_qualified_by_its_region(events):  # type: ignore[no-untyped-def]
    ev = one(events("On 1 January 2023, Russian forces shelled Lvove, Kherson. Casualties unknown."), "ASSAULT")
    assert ev.location_name == "Lvove" and ev.actor2 is None


def test_place_of_a_sentence_with_two_triggers(events):  # type: ignore[no-untyped-def]
    ev = one(events("On 29 December 2022, Ukrainian forces repelled a Russian attack near Marinka, Donetsk region."),
             "ASSAULT")
    assert ev.location_name in {"Marinka", "Mar'yinka"} and ev.geo_precision == 2


def test_region_only_is_coded_at_its_capital(events):  # type: ignore[no-untyped-def]
    ev = one(events("On 14 October 2022, Russian forces shelled the Kharkiv region, the governor said."), "ASSAULT")
    assert ev.geo_precision == 3 and ev.location_name == "Kharkiv Oblast"
    assert abs(ev.lat - 49.98) < 0.1 and abs(ev.lon - 36.25) < 0.1  # Kharkiv city


def test_village_claimed_by_another_event_is_shared(events):  # type: ignore[no-untyped-def]
    # "evacuating" governs the village; the attack shares it rather than falling back to the region
    text = ("On 2 May 2022, Russian soldiers fired at a minibus with six civilians who were evacuating from "
            "Balakliia, Kharkiv. One woman was wounded.")
    ev = one(events(text), "ASSAULT")
    assert ev.location_name in {"Balakliia", "Balakliya"} and ev.geo_precision == 1


def test_well_known_town_is_kept_despite_another_regions_qualifier(events):  # type: ignore[no-untyped-def]
    ev = one(events("On 5 June 2023, Russian forces shelled Kramatorsk, Luhansk. Two people were wounded."), "ASSAULT")
    assert ev.location_name == "Kramatorsk" and ev.admin1 == "Donetsk Oblast"


def test_village_known_only_by_its_region_is_coded_at_the_capital(events):  # type: ignore[no-untyped-def]
    # every Hostomel the gazetteer has lies in Kyiv Oblast; the places stage gives the oblast only
    ev = one(events("On 4 April 2022, Russian forces shelled near Hostomel, Kherson. Casualties unknown."), "ASSAULT")
    assert ev.location_name == "Hostomel" and ev.admin1 == "Kherson Oblast" and ev.geo_precision == 3
    assert abs(ev.lat - 46.64) < 0.1 and abs(ev.lon - 32.61) < 0.1  # Kherson city


def test_village_placed_at_its_hromada_is_near_precision(events):  # type: ignore[no-untyped-def]
    # GeoNames has no Heorhiivka in Kherson Oblast; the codifier places it at its hromada's centre
    ev = one(events("On 4 April 2022, Russian forces shelled Heorhiivka, Kherson. Casualties unknown."), "ASSAULT")
    assert ev.location_name == "Heorhiivka" and ev.admin1 == "Kherson Oblast" and ev.geo_precision == 2


def test_drone_of_a_named_side_is_a_weapon_not_a_disaster(events):  # type: ignore[no-untyped-def]
    ev = one(events("On 6 March 2023, a Russian drone fired at a grain plant in Izmail. Casualties unknown."), "ASSAULT")
    assert ev.acled_sub_event_type == "Air/drone strike"
    assert not events("On 3 May 2023, a rescue drone searched the flooded plant after the storm in Odesa.")


def test_destroying_a_command_centre_is_a_strike(events):  # type: ignore[no-untyped-def]
    ev = one(events("On 8 August 2022, Ukrainian artillery destroyed a Russian command centre near Nova Kakhovka."), "ASSAULT")
    assert ev.acled_event_type == "Explosions/Remote violence" and ev.actor1_country == "UKR"


@pytest.mark.parametrize("text", [
    # police at an accident, "forced" as a verb and fire fighters name no armed actor
    "Two workers were injured when a boiler exploded at a pesticide plant near Vinnytsia, police said.",
    "Fire fighters battled wildfires near Chernobyl that forced the evacuation of three villages.",
    "A school hall wrecked by a fertilizer plant explosion in West, Texas, was demolished in 2014.",
])
def test_accidents_and_disasters_yield_no_conflict_event(events, text):  # type: ignore[no-untyped-def]
    assert not [e for e in events(text) if e.acled_event_type]


def test_a_crowd_looting_after_a_storm_is_still_an_event(events):  # type: ignore[no-untyped-def]
    evs = events("After the storm, an angry crowd looted the aid warehouse in Beira and carted away food.")
    assert [e for e in evs if e.acled_event_type]


def test_a_subject_or_a_describing_clause_is_not_the_setting(events):  # type: ignore[no-untyped-def]
    ev = one(events("In response to Russia's latest attacks on civilians, India and China renewed calls for calm."), "ASSAULT")
    assert ev.location_name is None
    ev = one(events("Starting in 1999, 14 eastern European countries, some bordering Russia, joined NATO."), "SUPPORT")
    assert ev.location_name is None


@pytest.mark.parametrize(("text", "sub"), [
    ("Police fired tear gas at hundreds of demonstrators outside parliament in Tbilisi on Tuesday.",
     "Protest with intervention"),
    ("Stone-throwing protesters clashed with police in Santiago on Monday.", "Violent demonstration"),
    ("A mob of villagers attacked two men accused of theft in Kaduna on Sunday.", "Mob violence"),
    ("Gunmen attacked a village in Benue state on Friday, killing nine people.", "Attack"),
    ("Gunmen opened fire on worshippers at a mosque in Christchurch on Friday.", "Attack"),
    ("Police seized rifles and ammunition from two hostels in Lagos during the raids.", "Disrupted weapons use"),
    ("A cache of ammunition was found by the SBU in a forest near Kramatorsk on Monday.", "Disrupted weapons use"),
    ("On 24 September 2022, sappers cleared 17 hectares near Ustynivka of explosive devices.",
     "Disrupted weapons use"),
    ("On 15 August 2022, Ukrainian forces shot down a Russian Ka-52 helicopter in Donetsk region.",
     "Shelling/artillery/missile attack"),
    ("On 4 September 2022, Ukrainian forces shot down a Russian drone over Mykolaiv.", "Disrupted weapons use"),
    ("Around 28 September 2022, Russian forces took over a sewing factory in Kherson.",
     "Looting/property destruction"),
    # "People's" in a militia's name is no civilian target
    ("On 7 February 2022, Ukrainian forces fired small arms at the positions of the Donetsk People's Militia "
     "near Vodiane.", "Armed clash"),
])
def test_acled_sub_event_types_from_targets_and_means(events, text, sub):  # type: ignore[no-untyped-def]
    assert sub in [e.acled_sub_event_type for e in events(text)]


def test_finding_something_other_than_weapons_is_no_event(events):  # type: ignore[no-untyped-def]
    assert not events("Volunteers found a lost dog in the ruins of a house in Irpin on Monday.")
    # a condition, not a demining operation
    assert not events("The army will not publish the list of freed villages until they have been cleared of mines.")


def test_the_subject_of_the_trigger_itself_may_be_its_setting(events):  # type: ignore[no-untyped-def]
    ev = one(events("In mid-September, Germany nationalized three Russian-owned oil refineries in the country."), "COERCE")
    assert ev.location_name == "Germany"


def test_a_place_of_an_unreported_event_noun_is_not_shared(events):  # type: ignore[no-untyped-def]
    evs = events("In autumn 2022 Moscow declared a partial mobilization, stepped up missile attacks against "
                 "Ukrainian cities, and tried to raise the price of the army's recapture of the Izium and Lyman districts.")
    assert one(evs, "MOBILIZE").location_name is None  # neither Izium nor the strikes' target, Ukraine


def test_a_label_before_a_colon_yields_to_the_clause_it_names(events):  # type: ignore[no-untyped-def]
    ev = one(events("Interception: On 27 September 2022, Ukrainian forces shot down 11 Russian drones over Odesa."))
    assert (ev.trigger_text, ev.actor1_country, ev.actor2_country) == ("shot down", "UKR", "RUS")


def test_treaty_freeze_and_revocation_and_a_seizure_of_a_town(events):  # type: ignore[no-untyped-def]
    evs = events("In February 2023 Russia froze the New START treaty, and in November 2023 it revoked its "
                 "ratification of the Comprehensive Test Ban Treaty.")
    assert [(e.type, e.trigger_text) for e in evs] == [("REJECT", "froze"), ("REJECT", "revoked")]
    ev = one(events("In May 2023 Wagner fighters completed the seizure of Bakhmut, in Donetsk region."), "ASSAULT")
    assert ev.acled_sub_event_type == "Non-state actor overtakes territory"
    assert not [e for e in events("The bank froze the pension of a retired teacher in Lviv.") if e.type == "REJECT"]


def test_there_were_acts_of_sabotage(events):  # type: ignore[no-untyped-def]
    ev = one(events("On 8 October 2023 there were acts of sabotage on the Balticconnector pipeline off Finland."))
    assert ev.mode == "sabotage"


def test_a_plan_is_dated_by_the_announcement_behind_a_parenthetical_reporter(events):  # type: ignore[no-untyped-def]
    text = ("On September 21, the BBC reported, Putin announced Russia would call up 300,000 reservists "
            "for the war in Ukraine.")
    ev = one(events(text, "2022-09-25"), "MOBILIZE")
    assert ev.modality == "planned"
    assert ev.date_start == "2022-09-21"


def test_now_keeps_an_act_off_the_narratives_earlier_date(events):  # type: ignore[no-untyped-def]
    text = ("Dockers marched through Odesa on 12 March 2021 against a draft labour law. "
            "The parliament has now passed the law.")
    ev = one(events(text), "SUPPORT")
    assert ev.date_start != "2021-03-12"


def test_the_city_names_the_town_the_text_last_mentioned(events):  # type: ignore[no-untyped-def]
    text = ("Russian troops pulled out of Kherson on 11 November 2022 after eight months of occupation.\n\n"
            "Now that Ukrainian forces have retaken the city, they can strike targets across the Dnipro.")
    ev = one(events(text), "ASSAULT")
    assert ev.location_name == "Kherson" and ev.acled_sub_event_type == "Government regains territory"


@pytest.mark.parametrize(("text", "plover", "mode"), [
    ("Lithuania's president praised Kyiv's defence of Kharkiv on Friday.", "SUPPORT", "praise"),
    ("Poland voiced support for Ukraine's bid to join the European Union.", "SUPPORT", "endorsement"),
    ("The Turkish government apologized to Moscow for the downing of the jet.", "CONCEDE", "apology"),
    ("Israel eased restrictions on fuel deliveries into Gaza.", "CONCEDE", "easing of restrictions"),
    ("Greek and Bulgarian police shared intelligence on the smuggling ring.", "COOPERATE", "intelligence sharing"),
    ("Germany sent 40 tonnes of medical supplies to hospitals in Kharkiv.", "AID", "delivery"),
    ("The militants freed three Ukrainian sailors on Tuesday.", "RETREAT", "release"),
    ("Moldova asked Russia to withdraw its troops from Transnistria.", "REQUEST", "request"),
    ("The European Parliament criticized Hungary for blocking the aid package.", "ACCUSE", "criticism"),
    ("Kyiv rebuffed a Russian proposal for a Christmas truce.", "REJECT", "rejection"),
    ("Ukraine recalled its ambassador from Tbilisi after the remarks.", "SANCTION", "recall of ambassador"),
    ("Georgia severed diplomatic ties with Russia in 2008.", "SANCTION", "reduced relations"),
    ("Belarus put its army on high alert on its southern border.", "MOBILIZE", "alert"),
    ("The separatists promised to hand over the bodies of the crew.", "AGREE", "promise"),
    ("Kyiv accepted the Turkish proposal for talks on grain exports.", "AGREE", "acceptance"),
    ("Zelensky spoke by phone with the Turkish president on Saturday.", "CONSULT", "phone call"),
    ("Pro-Kremlin hackers attacked the websites of Lithuanian state agencies.", "COERCE", "cyberattack"),
    ("Russia deployed warships to the eastern Mediterranean in February.", "MOBILIZE", "deployment"),
    ("Kyiv blamed Moscow for the shelling of the nuclear plant.", "ACCUSE", "accusation"),
])
def test_plover_verbal_and_material_acts(events, text, plover, mode):  # type: ignore[no-untyped-def]
    evs = events(text, "2023-03-01")
    top = max(evs, key=lambda e: e.confidence or 0)
    assert (top.type, top.mode) == (plover, mode), [(e.type, e.mode, e.confidence) for e in evs]


@pytest.mark.parametrize("text", [
    "The offensive was backed by tanks and artillery.",
    "Engineers lifted the bridge section into place.",
    "The minister recalled the events of 2014 in his speech.",
    "Shelling cut the power to half of the city.",
    "Reporters asked whether the talks would resume.",
    "The president dismissed his defence minister on Monday.",
])
def test_words_that_are_no_plover_act_here(events, text):  # type: ignore[no-untyped-def]
    kinds = {(e.type, e.mode) for e in events(text, "2023-03-01")}
    assert not kinds & {("SUPPORT", "endorsement"), ("CONCEDE", "easing of restrictions"), ("SANCTION", "recall of ambassador"),
                        ("SANCTION", "reduced relations"), ("REQUEST", "request"), ("REJECT", "rejection")}, kinds


def test_the_act_outranks_the_event_it_is_about(events):  # type: ignore[no-untyped-def]
    evs = events("The opposition leader condemned the government's crackdown on protesters in Tbilisi.", "2023-03-09")
    top = max(evs, key=lambda e: e.confidence or 0)
    assert top.type == "ACCUSE"
    assert any(e.type == "COERCE" for e in evs)



def test_speaking_to_reporters_is_no_consultation(events):  # type: ignore[no-untyped-def]
    assert not [e for e in events("The minister spoke to reporters in Brussels on Monday.", "2023-03-01") if e.type == "CONSULT"]


def test_a_leaders_country_comes_from_the_demonym_before_the_title(events):  # type: ignore[no-untyped-def]
    evs = events("The Polish president met Finnish Prime Minister Sanna Marin in Warsaw on Tuesday.", "2022-05-10")
    ev = one(evs, "CONSULT")
    assert ev.actor1_country == "POL"
    assert ev.actor2_country == "FIN"


@pytest.mark.parametrize(("text", "plover", "target"), [
    ("Norway pledged $500 million in humanitarian aid to Ukraine.", "AID", "UKR"),
    ("Kyiv rejected a Hungarian proposal for a Christmas ceasefire.", "REJECT", "HUN"),
    ("The Lithuanian president praised Ukraine's defence of Bakhmut.", "SUPPORT", "UKR"),
])
def test_the_target_of_an_act_is_its_recipient_or_possessor(events, text, plover, target):  # type: ignore[no-untyped-def]
    ev = one(events(text, "2023-03-01"), plover)
    assert ev.actor2_country == target
