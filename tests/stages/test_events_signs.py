"""Events that war reporting records beyond combat: signs of flight from the draft,
votes on resolutions, energy cut-offs and fortification works. Our own sentences,
run through the whole pipeline (conftest's ``process``)."""

from __future__ import annotations

import pytest


@pytest.fixture()
def events(process):  # type: ignore[no-untyped-def]
    def run(text: str, publication_date: str | None = "2022-10-05"):  # type: ignore[no-untyped-def]
        return [(e.type, e.mode, e.modality, e.actor1_country, e.date_start) for e in process(text, publication_date)._.events]

    return run


def test_flights_selling_out_are_a_sign_of_flight(events):  # type: ignore[no-untyped-def]
    evs = events("Flights from Moscow to Yerevan and Istanbul sold out within hours of the mobilization speech on 21 September.")
    assert ("RETREAT", "flight", "asserted", None, "2022-09-21") in evs


def test_a_house_selling_out_is_not(events):  # type: ignore[no-untyped-def]
    assert events("The concert in Lviv sold out within hours on 21 September.") == []


def test_queues_at_the_border(events):  # type: ignore[no-untyped-def]
    evs = events("Lines of cars stretched for 15 kilometres at the Verkhny Lars crossing into Georgia on 25 September.")
    assert [e[:2] for e in evs] == [("RETREAT", "flight")]
    shown = events("Satellite pictures showed traffic at the Mongolian border backed up for miles on 23 September.")
    assert [e[:2] for e in shown] == [("RETREAT", "flight")]


def test_a_front_that_stretches_is_not_a_queue(events):  # type: ignore[no-untyped-def]
    assert events("The front line stretched for 1,000 kilometres from Kharkiv to Kherson in October.") == []


def test_votes_on_a_resolution_take_a_side(events):  # type: ignore[no-untyped-def]
    evs = events("On 2 March 2022, 141 countries voted in favour of the resolution demanding a Russian withdrawal.")
    assert ("SUPPORT", "vote for", "asserted", None, "2022-03-02") in evs
    against = events("On 2 March 2022, Belarus voted against the resolution.")
    assert [e[:2] for e in against] == [("REJECT", "vote against")] and against[0][3] == "BLR"


def test_an_abstention_is_recorded(events):  # type: ignore[no-untyped-def]
    evs = events("China and India abstained in the General Assembly vote on 12 October 2022.")
    assert ("REJECT", "abstention", "asserted", "CHN", "2022-10-12") in evs


def test_a_question_about_a_vote_is_not_a_plan(events):  # type: ignore[no-untyped-def]
    evs = events("The minister was asked about the resolution: \u201cIn March there was a vote in the General Assembly, "
                 "and your country abstained.\u201d")
    assert evs and all(e[2] != "planned" for e in evs)


def test_energy_cut_offs(events):  # type: ignore[no-untyped-def]
    evs = events("Russia cut off gas supplies to Poland and Bulgaria on 27 April 2022.")
    assert ("SANCTION", "embargo", "asserted", "RUS", "2022-04-27") in evs


def test_halting_an_advance_is_not_an_energy_cut(events):  # type: ignore[no-untyped-def]
    evs = events("Ukrainian troops halted the Russian advance near Vuhledar on 3 February 2023.")
    assert all(e[0] != "SANCTION" for e in evs)


def test_digging_trenches_is_fortification(events):  # type: ignore[no-untyped-def]
    evs = events("Over the summer of 2023, Russian forces dug a network of trenches and anti-tank ditches near Tokmak.")
    assert [e[:2] for e in evs] == [("MOBILIZE", "fortification")] and evs[0][3] == "RUS"


def test_building_a_school_is_not(events):  # type: ignore[no-untyped-def]
    assert events("In 2023, volunteers built a new school in Irpin.") == []


def test_staged_referendums(events):  # type: ignore[no-untyped-def]
    evs = events("Moscow staged referendums in four occupied regions between 23 and 27 September 2022.")
    assert [e[:2] for e in evs] == [("CONSULT", "referendum")]


def test_a_storm_cutting_power_is_not_a_sanction(events):  # type: ignore[no-untyped-def]
    assert all(e[0] != "SANCTION" for e in events("On 20 November 2022, a storm cut off electricity to 40,000 homes in Odesa."))


def test_an_international_body_is_no_compatriot(process):  # type: ignore[no-untyped-def]
    text = "The Federation of Trade Unions of Ukraine will appeal to the International Labour Organization."
    evs = [e for e in process(text, "2023-04-05")._.events if e.type == "REQUEST"]
    assert evs and evs[0].actor2_country is None, [(e.type, e.actor2, e.actor2_country) for e in evs]


def test_clashes_between_police_and_students_are_a_riot(events):  # type: ignore[no-untyped-def]
    evs = events("Heavy clashes broke out between riot police and students outside the parliament in Tbilisi "
                 "on 7 March 2023.")
    assert [e[:2] for e in evs] == [("PROTEST", "riot")]
    troops = events("Heavy clashes broke out between Russian and Ukrainian troops near Bakhmut on 7 March 2023.")
    assert [e[0] for e in troops] == ["ASSAULT"]


def test_projectiles_thrown_by_protesters_make_a_violent_demonstration(process):  # type: ignore[no-untyped-def]
    evs = process("Thousands of protesters rallied in Tbilisi against the foreign agents bill on 8 March 2023, "
                  "and some hurled projectiles at the police lines.", "2023-03-09")._.events
    assert any(e.acled_sub_event_type == "Violent demonstration" for e in evs), [(e.type, e.acled_sub_event_type) for e in evs]


def test_words_the_model_misreads_still_trigger(process):  # type: ignore[no-untyped-def]
    # the lemmatizer gives "raped" as "rap"; the tagger calls "torched" an adjective
    evs = process("A UN commission said on 3 March 2023 that soldiers raped women in occupied villages "
                  "near Kherson.", "2023-03-05")._.events
    assert any(e.acled_sub_event_type == "Sexual violence" for e in evs), [(e.type, e.acled_sub_event_type) for e in evs]
    evs = process("On 6 May 2023, rioters pelted the police with stones and torched cars in Nouakchott.",
                  "2023-05-07")._.events
    assert any(e.acled_sub_event_type == "Looting/property destruction" for e in evs)


def test_an_observation_post_set_up_is_a_base(events):  # type: ignore[no-untyped-def]
    evs = events("On 12 February 2020, Turkish forces set up a new observation post near Saraqib.")
    assert [e[:2] for e in evs] == [("MOBILIZE", "base")] and evs[0][3] == "TUR"


def test_deployments_and_defections_change_a_group_activity(process):  # type: ignore[no-untyped-def]
    evs = process("On 5 October 2023, about 300 fighters defected from the militia to the army in Tur.",
                  "2023-10-06")._.events
    assert [(e.type, e.acled_sub_event_type) for e in evs] == [("RETREAT", "Change to group/activity")]
    evs = process("Syria deployed troops along the border with Turkey on 14 October 2019.", "2019-10-15")._.events
    assert [(e.type, e.acled_sub_event_type) for e in evs] == [("MOBILIZE", "Change to group/activity")]


def test_mobilizing_efforts_raises_no_force(events):  # type: ignore[no-untyped-def]
    assert events("On 3 April 2019, the army mobilized efforts to help people stranded by the snow.") == []


def test_an_evacuation_from_a_flood_is_relief_not_an_acled_event(process):  # type: ignore[no-untyped-def]
    evs = process("Russian forces shelled Kherson on 5 June 2023. The next day, rescuers evacuated 1,200 "
                  "residents from the flooded districts.", "2023-06-07")._.events
    evacuation = [e for e in evs if e.mode == "evacuation"]
    assert evacuation and evacuation[0].acled_event_type is None, [(e.type, e.mode, e.acled_event_type) for e in evs]
    assert any(e.acled_event_type == "Explosions/Remote violence" for e in evs)


def test_killings_by_a_mob_are_mob_violence(process):  # type: ignore[no-untyped-def]
    evs = process("On 12 May 2023, an angry mob killed two men accused of cattle theft in Kaduna.", "2023-05-13")._.events
    assert [(e.type, e.acled_sub_event_type) for e in evs] == [("ASSAULT", "Mob violence")]
    evs = process("Russian soldiers killed two civilians in Bucha in March 2022.", "2022-04-03")._.events
    assert [e.acled_sub_event_type for e in evs] == ["Attack"]
