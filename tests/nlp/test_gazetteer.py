from __future__ import annotations

import json
from pathlib import Path

import pytest

from nlp import Gazetteer
from nlp.geo.gazetteer import cache_key
from nlp.geo.names import norm, postal_base, strip_municipality_word
from schema import ConfigError


def test_the_98_municipalities_with_regions(gazetteer: Gazetteer) -> None:
    municipalities = gazetteer.municipalities()
    assert len(municipalities) == 98
    assert len({m.code for m in municipalities}) == 98
    assert {m.region for m in municipalities} == {
        "Region Hovedstaden",
        "Region Sjælland",
        "Region Syddanmark",
        "Region Midtjylland",
        "Region Nordjylland",
    }
    aarhus = gazetteer.municipality("0751")
    assert (aarhus.name, aarhus.region) == ("Aarhus", "Region Midtjylland")
    assert 56.0 < aarhus.lat < 56.3 and 10.0 < aarhus.lon < 10.3
    assert gazetteer.region_of("0706") == "Region Midtjylland"
    assert gazetteer.region_of("0400") == "Region Hovedstaden"


def test_unknown_code_is_a_clear_error(gazetteer: Gazetteer) -> None:
    with pytest.raises(KeyError, match="unknown municipality code '9999'"):
        gazetteer.municipality("9999")
    assert gazetteer.get("9999") is None
    assert gazetteer.get(None) is None


@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("Aarhus", "0751"),
        ("Århus", "0751"),
        ("Aarhus Kommune", "0751"),
        ("Københavns Kommune", "0101"),
        ("Kbh", "0101"),
        ("Copenhagen", "0101"),
        ("Ålborg", "0851"),
        ("Høje Taastrup", "0169"),
        ("Lyngby-Taarbæk", "0173"),
        ("Vesthimmerlands Kommune", "0820"),
        ("Viby J", "0751"),
        ("Viby Sj.", "0265"),
        ("Hornslet", "0706"),
        ("Brabrand", "0751"),
        ("Nørrebro", "0101"),
        ("Vollsmose", "0461"),
        ("Odense SØ", "0461"),
    ],
)
def test_by_name_variants(gazetteer: Gazetteer, name: str, code: str) -> None:
    found = gazetteer.by_name(name)
    assert found is not None and found.code == code


@pytest.mark.parametrize("name", ["Viby", "Ejby", "Borup", "Hørning", "Lystrup", "Svenstrup", "Nykøbing"])
def test_ambiguous_names_keep_every_candidate(gazetteer: Gazetteer, name: str) -> None:
    assert gazetteer.by_name(name) is None
    assert len({p.municipality_code for p in gazetteer.places(name)}) >= 2


def test_namesakes_favour_the_postal_town(gazetteer: Gazetteer) -> None:
    # GeoNames gives both Lystrups the same population; the postal town 8520 Lystrup is in Aarhus
    first = gazetteer.places("Lystrup")[0]
    assert first.municipality_code == "0751" and first.population > 0
    assert gazetteer.places("Hørning")[0].municipality_code == "0746"


def test_postcodes(gazetteer: Gazetteer) -> None:
    viby = gazetteer.postcode("8260")
    assert viby is not None and (viby.name, viby.municipality_code) == ("Viby J", "0751")
    assert gazetteer.postcode(8543).municipality_code == "0706"  # type: ignore[union-attr]
    assert gazetteer.postcode("DK-5000").municipality_code == "0461"  # type: ignore[union-attr]
    assert gazetteer.postcode("9999") is None
    assert gazetteer.postcode("abc") is None
    assert len(gazetteer.postcodes()) > 1100


def test_distances_and_neighbours(gazetteer: Gazetteer) -> None:
    assert gazetteer.distance_km("0751", "0751") == 0.0
    assert 140 < gazetteer.distance_km("0751", "0101") < 175
    assert gazetteer.distance_km("0751", "0101") == gazetteer.distance_km("0101", "0751")
    assert "0706" in gazetteer.neighbours("0751")
    assert "0751" in gazetteer.neighbours("0706")
    assert "0101" not in gazetteer.neighbours("0751")


def test_nearest_municipality_of_a_point(gazetteer: Gazetteer) -> None:
    assert gazetteer.nearest_municipality(56.1572, 10.2107) == "0751"
    assert gazetteer.nearest_municipality(55.6761, 12.5683) == "0101"
    assert gazetteer.nearest_municipality(52.52, 13.405) is None  # Berlin


def test_demonyms(gazetteer: Gazetteer) -> None:
    assert gazetteer.demonym("aarhusianerne") == "0751"
    assert gazetteer.demonym("Københavnerne") == "0101"
    assert gazetteer.demonym("odenseaner") == "0461"
    assert gazetteer.demonym("jyder") is None


def test_names_normalise() -> None:
    assert norm("Århus") == norm("Aarhus") == "århus"
    assert norm("Viby J.") == "viby j"
    assert strip_municipality_word("Københavns Kommune") == "København"
    assert strip_municipality_word("Gladsaxe Municipality") == "Gladsaxe"
    assert postal_base("Odense SØ") == "Odense"
    assert postal_base("Hornslet") is None


def test_cache_round_trip_and_damage(tmp_path: Path) -> None:
    built = Gazetteer.load(tmp_path)
    cache = tmp_path / f"gazetteer-{cache_key(None)}.json"
    assert cache.is_file()
    loaded = Gazetteer.load(tmp_path)
    assert loaded.municipalities() == built.municipalities()
    assert loaded.postcodes() == built.postcodes()
    cache.write_text("{not json", encoding="utf-8")
    rebuilt = Gazetteer.load(tmp_path)
    assert len(rebuilt.municipalities()) == 98
    assert json.loads(cache.read_text(encoding="utf-8"))["municipalities"]


def test_postnord_file_adds_every_municipality_a_postcode_reaches(tmp_path: Path) -> None:
    postnord = tmp_path / "postnummerfil.csv"
    postnord.write_text(
        "\ufeffAMTS_NR;ADRESSERINGSNAVN;KOMMUNE_NR;ADRESSERINGSNAVN_1;POSTNR;BYNAVN\n"
        "1084;Region Hovedstaden;147;Frederiksberg Kommune;2000;Frederiksberg\n"
        "1084;Region Hovedstaden;101;Københavns Kommune;2000;Frederiksberg\n"
        "1082;Region Midtjylland;751;Aarhus Kommune;8260;Viby J\n",
        encoding="utf-8",
    )
    gaz = Gazetteer.load(None, postnord)
    pc = gaz.postcode("2000")
    assert pc is not None and pc.municipality_code == "0147" and pc.municipality_codes == ("0147", "0101")
    assert gaz.postcode("8260").municipality_codes == ("0751",)  # type: ignore[union-attr]


def test_postnord_file_errors_name_the_problem(tmp_path: Path) -> None:
    wrong = tmp_path / "wrong.csv"
    wrong.write_text("a;b;c\n1;2;3\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="missing column"):
        Gazetteer.load(None, wrong)
    with pytest.raises(ConfigError, match="cannot read"):
        Gazetteer.load(None, tmp_path / "missing.csv")
