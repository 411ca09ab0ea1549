"""Remote participation: homes, shares, distances with the real gazetteer, flags."""

from __future__ import annotations

import random
from datetime import timedelta

import pytest

from nlp.detect import author_homes, default_geography, remote_participation
from nlp.detect.alerts import usual_remote_share
from schema.settings import RemoteSettings
from tests.nlp.topics.corpus import AALBORG, AARHUS, ISSUES, KBH, ODENSE, SYDDJURS, T0, make_doc


@pytest.fixture(scope="module")
def geography():
    return default_geography()


def docs_by(homes: list[str | None], issue: str = "solcelle") -> list:
    rng = random.Random(1)
    out = []
    for i, home in enumerate(homes):
        doc = make_doc(ISSUES[issue], T0 + timedelta(hours=i), rng, f"author{i}", home_known=home is not None)
        if home is not None:
            doc.author_home = doc.author_home.model_copy(update={"municipality_code": home})
        out.append(doc)
    return out


def test_each_author_counts_once_with_their_most_confident_home():
    homes = author_homes([("a", AARHUS, 0.6), ("a", ODENSE, 0.9), ("a", AARHUS, 0.7), ("b", KBH, 0.4)], 0.5)
    assert homes == {"a": ODENSE, "b": None}


def test_remote_share_distances_and_regions(geography):
    docs = docs_by([SYDDJURS, SYDDJURS, KBH, KBH, ODENSE, AALBORG, None, None])
    docs.append(docs[2].model_copy(update={"id": "again"}))  # the same remote author twice
    result = remote_participation(docs, SYDDJURS, RemoteSettings(), 0.5, geography)
    assert (result.authors_known, result.authors_unknown, result.authors_remote) == (6, 2, 4)
    assert result.remote_share == pytest.approx(4 / 6, abs=1e-3)
    assert result.remote_dominated and len(result.distance_km) == 4
    assert 120 < geography.distance_km(SYDDJURS, KBH) < 200 and max(result.distance_km) < 250
    assert result.median_distance_km == pytest.approx(sorted(result.distance_km)[1:3][0], rel=0.5)
    assert result.regions.get("Region Hovedstaden") == 2 or sum(result.regions.values()) == 4
    assert result.home_municipalities[SYDDJURS] == 2
    pooled = remote_participation(docs, SYDDJURS, RemoteSettings(), 0.5, geography, min_group=2)
    assert pooled.home_municipalities == {KBH: 2, SYDDJURS: 2, "other": 2}
    assert pooled.authors_remote == 4 and pooled.remote_share == result.remote_share


def test_share_needs_enough_known_homes_and_unusual_compares_with_the_municipality():
    few = remote_participation(docs_by([KBH, KBH, None]), SYDDJURS, RemoteSettings(min_known_authors=5), 0.5)
    assert few.remote_share is None and not few.remote_dominated and few.authors_remote == 2
    many = docs_by([KBH] * 4 + [SYDDJURS] * 4)
    flagged = remote_participation(many, SYDDJURS, RemoteSettings(), 0.5, usual_share=0.1)
    calm = remote_participation(many, SYDDJURS, RemoteSettings(), 0.5, usual_share=0.4)
    assert flagged.unusual and not calm.unusual and not flagged.remote_dominated


def test_usual_share_is_read_from_all_debate_about_the_municipality():
    docs = docs_by([SYDDJURS] * 9 + [KBH])
    assert usual_remote_share(docs, SYDDJURS, 0.5) == pytest.approx(0.1)
    assert usual_remote_share(docs, AARHUS, 0.5) is None
