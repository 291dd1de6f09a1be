"""The events stage on our own news-style sentences about real 2022-2024 events, run
through the whole pipeline (conftest's ``nlp``)."""

from __future__ import annotations

import pytest

from sitrep.records import Document


@pytest.fixture()
def events(nlp):  # type: ignore[no-untyped-def]
    def run(text: str, publication_date: str | None = None):  # type: ignore[no-untyped-def]
        doc = nlp.make_doc(text)
        doc._.document = Document.from_text(text, publication_date=publication_date)
        doc = nlp(doc)
        return doc._.events

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
    assert ev.date_start == "2022-12-25" and ev.date_precision == "week"
