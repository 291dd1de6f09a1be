"""The gazetteer: name keys, the compiled index, curated data."""

from __future__ import annotations


import pytest

from sitrep.gazetteer import Gazetteer, gazetteer, normalize
from sitrep.gazetteer.build import HERE, ensure_index, index_path


def test_normalize_unifies_accents_case_saint_and_dashes() -> None:
    assert normalize("Québec") == "quebec"
    assert normalize("St. Petersburg") == normalize("Saint Petersburg") == "st petersburg"
    assert normalize("Ivano-Frankivsk") == "ivano frankivsk"
    assert normalize("Kharkivs’ka") == "kharkivs'ka"


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    ensure_index()  # first use builds it (tens of seconds, once per data version)
    return gazetteer()


def test_a_built_index_opens_from_its_path(gaz: Gazetteer) -> None:
    # how fast it opens is a benchmark figure (benchmarks/throughput.py, cold start)
    fresh = Gazetteer(index_path())
    assert fresh.find("Kyiv")
    fresh.close()


def test_spelling_variants_and_former_names_resolve_to_one_place(gaz: Gazetteer) -> None:
    def top(name: str) -> str:
        cands = [c for c in gaz.find(name) if c.country == "UA" and c.feature == "city"]
        return max(cands, key=lambda c: c.population).name

    assert top("Kiev") == top("Kyiv") == "Kyiv"
    assert top("Kharkov") == "Kharkiv"
    assert top("Artemovsk") == "Bakhmut"
    assert top("Dnepropetrovsk") == "Dnipro"
    assert top("Nikolaev") == top("Mykolaiv")
    assert top("Avdeevka") == top("Avdiivka")
    assert top("Izyum") == top("Izium")
    assert top("Krasny Liman") == top("Lyman")
    assert top("Zaporozhye") == top("Zaporizhzhia")


def test_curated_places_divisions_and_abbreviations(gaz: Gazetteer) -> None:
    kinds = {c.feature for c in gaz.find("Kerch Strait")}
    assert kinds == {"strait"}
    assert {c.feature for c in gaz.find("Crimean Bridge")} == {"landmark"}
    assert any(c.feature == "water" for c in gaz.find("Sea of Azov"))
    assert any(c.feature == "region" for c in gaz.find("Donbas"))
    donetsk = [c for c in gaz.find("Donetsk Oblast") if c.feature == "admin1"]
    assert donetsk and donetsk[0].country == "UA" and donetsk[0].name == "Donetsk Oblast"
    assert [c.name for c in gaz.find("W.Va.")] == ["West Virginia"]
    assert {c.feature for c in gaz.find("Europe")} == {"continent"}
    # Postal codes are qualifiers only; lower-case "act" is not the Australian Capital Territory.
    assert not gaz.find("Act")
    assert gaz.lookup("=ACT")


def test_countries_carry_iso2_and_geonames_ids(gaz: Gazetteer) -> None:
    ukraine = [c for c in gaz.find("Ukraine") if c.feature == "country"][0]
    assert (ukraine.country, ukraine.geonames_id) == ("UA", 690791)
    assert any(c.kind == 3 and c.country == "RU" for c in gaz.find("Russian"))  # demonym


def test_data_files_name_their_sources_and_licences() -> None:
    for name in ("countries.tsv", "admin.tsv", "curated.tsv"):
        head = (HERE / name).read_text(encoding="utf-8").split("\n", 8)[:8]
        header = "\n".join(line for line in head if line.startswith("#"))
        assert "CC BY 4.0" in header or "Apache-2.0" in header, name
