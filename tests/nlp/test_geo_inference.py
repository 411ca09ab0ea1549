from __future__ import annotations

from pathlib import Path

import pytest
from spacy.language import Language

from nlp import Gazetteer
from nlp.geo.author import (
    HomeEvidence,
    author_evidence,
    community_evidence,
    infer_author_home,
    name_evidence,
    profile_evidence,
)
from nlp.geo.resolve import document_geography, resolve_mentions
from nlp.geo.selfref import self_references
from nlp.pipeline import build_pipeline
from schema import AuthorRef, GeoPoint


@pytest.fixture(scope="module")
def nlp(nlp_data_dir: Path, gazetteer: Gazetteer) -> Language:
    return build_pipeline("blank", nlp_data_dir / "cache")


def geography(nlp: Language, gazetteer: Gazetteer, text: str, title: str | None = None, **kw: object):  # type: ignore[no-untyped-def]
    analysed = f"{title}\n\n{text}" if title else text
    doc = nlp(analysed)
    return document_geography(doc._.dr_places, gazetteer, title_end=len(title) + 2 if title else 0, **kw)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("text", "home", "expected"),
    [
        ("Skolen i Lystrup skal lukkes.", "0751", "0751"),
        ("Skolen i Lystrup skal lukkes.", "0707", "0707"),
        ("Skolen i Lystrup skal lukkes, siger Norddjurs Kommune.", None, "0707"),
        ("Hallen i Borup skal renoveres, skriver Holbæk Kommune.", None, "0316"),
        ("Byfesten i Ejby er aflyst; Middelfart Kommune hjælper.", None, "0410"),
        ("Der er fest i Viby i aften.", None, "0751"),  # no context: the larger Viby
        ("Der er fest i Viby i aften.", "0265", "0265"),
    ],
)
def test_ambiguous_names_resolved_in_context(
    nlp: Language, gazetteer: Gazetteer, text: str, home: str | None, expected: str
) -> None:
    assert geography(nlp, gazetteer, text, home=home).municipality_code == expected


def test_resolution_mode_first(nlp: Language, gazetteer: Gazetteer) -> None:
    hits = nlp("Skolen i Lystrup skal lukkes.")._.dr_places
    assert resolve_mentions(hits, gazetteer, home="0707", mode="first")[0].place.municipality_code == "0751"


def test_title_counts_more(nlp: Language, gazetteer: Gazetteer) -> None:
    geo = geography(nlp, gazetteer, "Busserne fra Randers kører også.", title="Ny station i Odense")
    assert geo.municipality_code == "0461"
    weights = {m.name: m.weight for m in geo.mentions}
    assert weights["Odense"] > weights["Randers"]
    assert geo.point is not None


def test_split_documents_stay_unknown(nlp: Language, gazetteer: Gazetteer) -> None:
    geo = geography(nlp, gazetteer, "I Aarhus og i Odense er stemningen den samme.")
    assert geo.municipality_code is None
    assert {m.municipality_code for m in geo.mentions} == {"0751", "0461"}


def test_home_fallback_depends_on_platform(nlp: Language, gazetteer: Gazetteer) -> None:
    council = geography(nlp, gazetteer, "Punkt 4: budgetopfølgning.", home="0706", platform="council")
    assert (council.municipality_code, council.confidence) == ("0706", 0.8)
    social = geography(nlp, gazetteer, "Hvad synes I?", home="0706", platform="reddit", min_confidence=0.5)
    assert social.municipality_code is None
    nothing = geography(nlp, gazetteer, "Hvad synes I?")
    assert (nothing.municipality_code, nothing.confidence) == (None, 0.0)


def test_regions_and_foreign_places_name_no_municipality(nlp: Language, gazetteer: Gazetteer) -> None:
    geo = geography(nlp, gazetteer, "Region Midtjylland og Jylland, men også Sverige.")
    assert geo.municipality_code is None
    assert [m.kind for m in geo.mentions] == ["region", "region"]


@pytest.mark.parametrize(
    ("text", "code", "minimum"),
    [
        ("Jeg bor i Ebeltoft.", "0706", 0.8),
        ("Her i Odense regner det.", "0461", 0.7),
        ("Vi i Brabrand er trætte.", "0751", 0.7),
        ("Os herude i Hornslet har ingen bus.", "0706", 0.7),
        ("Som borger i Skanderborg er jeg glad.", "0746", 0.8),
        ("Vi aarhusianere står sammen.", "0751", 0.6),
        ("Jeg er selv københavner.", "0101", 0.6),
        ("Jeg flyttede til Viborg sidste år.", "0791", 0.7),
    ],
)
def test_self_references(nlp: Language, gazetteer: Gazetteer, text: str, code: str, minimum: float) -> None:
    doc = nlp(text)
    refs = self_references(text, resolve_mentions(doc._.dr_places, gazetteer))
    assert [r.municipality_code for r in refs] == [code]
    assert refs[0].confidence >= minimum


@pytest.mark.parametrize(
    "text",
    [
        "Jeg bor ikke i Aarhus.",
        "Jeg har aldrig boet i Aarhus.",
        'Borgmesteren sagde: "Her i Aarhus passer vi på træerne."',
        "Borgmesteren sagde: »Her i Aarhus passer vi på træerne.«",
        "Mit barnebarn bor i Esbjerg.",
        "Man kan ikke bo i Aarhus uden cykel.",
        "Vi i Venstre mener noget andet.",
        "Jeg elsker at besøge Skagen.",
    ],
)
def test_not_self_references(nlp: Language, gazetteer: Gazetteer, text: str) -> None:
    doc = nlp(text)
    refs = self_references(text, resolve_mentions(doc._.dr_places, gazetteer))
    assert [r for r in refs if r.confidence >= 0.5] == []


def test_author_signals(gazetteer: Gazetteer) -> None:
    assert name_evidence("Viby J", gazetteer, None, "signature").municipality_code == "0751"  # type: ignore[union-attr]
    assert name_evidence("8543 Hornslet", gazetteer, None, "signature").municipality_code == "0706"  # type: ignore[union-attr]
    lystrup = name_evidence("Lystrup", gazetteer, "0707", "signature")
    assert lystrup is not None and lystrup.municipality_code == "0707" and lystrup.confidence < 0.88
    assert name_evidence("Jylland", gazetteer, None, "signature") is None
    assert profile_evidence("Aarhus, Denmark", gazetteer, None).municipality_code == "0751"  # type: ignore[union-attr]
    assert profile_evidence("Født i Aalborg, bor i Odense", gazetteer, None).municipality_code == "0461"  # type: ignore[union-attr]
    assert profile_evidence("🌍 Earth", gazetteer, None) is None
    assert community_evidence("r/Aarhus", "reddit", gazetteer).municipality_code == "0751"  # type: ignore[union-attr]
    assert community_evidence("aarhus.social", "mastodon", gazetteer).municipality_code == "0751"  # type: ignore[union-attr]
    assert community_evidence("mastodon.social", "mastodon", gazetteer) is None
    assert community_evidence("Denmark", "reddit", gazetteer) is None


def test_author_home_combines_signals(gazetteer: Gazetteer) -> None:
    author = AuthorRef(pseudonym="p-1", postcode="8260", profile_location="Aarhus C")
    evidence = author_evidence(author, gazetteer)
    home = infer_author_home(evidence, 0.5)
    assert home is not None and home.municipality_code == "0751" and home.signal == "postcode"
    assert home.confidence > 0.9
    conflict = [HomeEvidence("0751", 0.6, "profile_location"), HomeEvidence("0461", 0.55, "self_reference")]
    assert infer_author_home(conflict, 0.5) is None
    weak = [HomeEvidence("0751", 0.45, "community")]
    assert infer_author_home(weak, 0.5) is None
    assert infer_author_home(weak, 0.4).municipality_code == "0751"  # type: ignore[union-attr]
    assert infer_author_home([], 0.5) is None


def test_geotag(gazetteer: Gazetteer) -> None:
    author = AuthorRef(pseudonym="p-2", geotag=GeoPoint(lat=55.3959, lon=10.3883))
    home = infer_author_home(author_evidence(author, gazetteer), 0.5)
    assert home is not None and (home.municipality_code, home.signal) == ("0461", "geotag")
