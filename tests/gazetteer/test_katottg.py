"""Ukraine's settlements from the KATOTTG codifier."""

from __future__ import annotations

import pytest

from sitrep.gazetteer import katottg
from sitrep.gazetteer.index import gazetteer


@pytest.mark.parametrize(("cyrillic", "latin"), [
    ("Іскрисківщина", "Iskryskivshchyna"),
    ("Згурівка", "Zghurivka"),  # зг is zgh, not zh
    ("Побєда", "Pobieda"),  # є inside a word
    ("Яковлівка", "Yakovlivka"),  # я at the start
    ("Знам'янка", "Znamianka"),  # the apostrophe is dropped
    ("Юріївка", "Yuriivka"),
    ("Біла Церква", "Bila Tserkva"),
    ("Зноб-Новгородське", "Znob-Novhorodske"),
])
def test_official_transliteration(cyrillic: str, latin: str) -> None:
    assert katottg.transliterate(cyrillic) == latin


def test_soft_sign_before_o_has_a_yo_variant() -> None:
    assert katottg.transliterate("Верхньоторецьке") == "Verkhnotoretske"
    assert katottg.variants("Верхньоторецьке") == {"Verkhnyotoretske"}
    assert katottg.variants("Нова Іванівка") == set()


def test_codifier_is_read_with_its_hierarchy() -> None:
    path = katottg.codifier_path()
    assert path is not None
    units = katottg.read_codifier(path)
    by_category: dict[str, int] = {}
    for u in units:
        by_category[u.category] = by_category.get(u.category, 0) + 1
    assert by_category["O"] == 25 and by_category["K"] == 2
    assert by_category["C"] > 25_000  # villages
    village = next(u for u in units if u.name == "Іскрисківщина")
    assert village.hromada and village.raion and village.oblast.startswith("UA59")  # Sumy Oblast


def test_hromada_centre_is_the_town_it_is_named_after() -> None:
    members = [katottg.Unit("c1", "o", "r", "h", "C", "Іскриківщина"),
               katottg.Unit("c2", "o", "r", "h", "M", "Білопілля"),
               katottg.Unit("c3", "o", "r", "h", "C", "Біловоди")]
    centre = katottg._centre("Білопільська", members)
    assert centre is not None and centre.name == "Білопілля"
    assert katottg._centre("Жовтнева", members) is None


def test_villages_geonames_lacks_are_added_near_their_hromada_centre() -> None:
    gaz = gazetteer()
    (village,) = [c for c in gaz.find("Iskryskivshchyna") if c.country == "UA"]
    (town,) = [c for c in gaz.find("Bilopillia") if c.country == "UA" and not c.approximate]
    assert village.approximate and village.admin1_name == "Sumy Oblast"
    assert katottg._km((village.lat, village.lon), (town.lat, town.lon)) < 25


def test_settlements_geonames_has_keep_its_point_and_gain_the_official_spelling() -> None:
    gaz = gazetteer()
    kyiv_towns = [c for c in gaz.find("Hostomel") if c.country == "UA"]
    assert len(kyiv_towns) == 1 and not kyiv_towns[0].approximate and kyiv_towns[0].geonames_id


def test_soviet_names_of_renamed_towns_but_not_english_words() -> None:
    gaz = gazetteer()
    assert [c.name for c in gaz.find("Krasnoarmiisk") if c.country == "UA"] == ["Pokrovsk"]
    assert [c.name for c in gaz.find("Dzerzhynsk") if c.country == "UA"] == ["Toretsk"]
    assert not [c for c in gaz.find("Human") if c.country == "UA"]  # a Polish name of Uman
