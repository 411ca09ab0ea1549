"""The Danish NLP targets, measured on the labelled fixtures and on real public data.

Development sets (*.jsonl) were used while building the rules; the *_heldout.jsonl sets were
written afterwards and are not tuned on. See docs/evaluation.md, "## Danish NLP".
"""

from __future__ import annotations

from pathlib import Path

import pytest

from nlp import Enricher, Gazetteer
from tests.conftest import shared_data
from tests.nlp import evaluate


def test_place_mentions(enricher: Enricher) -> None:
    spans, resolution = evaluate.place_recognition(enricher)
    assert spans.precision >= 0.95, spans.errors
    assert spans.recall >= 0.9, spans.errors
    assert resolution.precision >= 0.95, resolution.errors


@pytest.mark.parametrize("case", ["documents.jsonl", "documents_heldout.jsonl"])
def test_document_municipality_precision(enricher: Enricher, case: str) -> None:
    result = evaluate.document_municipality(enricher, case)
    assert result.precision >= 0.9, result.errors
    assert result.coverage >= 0.8, result.errors


@pytest.mark.parametrize("case", ["authors.jsonl", "authors_heldout.jsonl"])
def test_author_home_precision(enricher: Enricher, case: str) -> None:
    result = evaluate.author_home(enricher, case)
    assert result.precision >= 0.9, result.errors
    assert result.coverage >= 0.6, result.errors


@pytest.mark.parametrize(
    ("case", "precision", "recall"), [("cues.jsonl", 0.95, 0.9), ("cues_heldout.jsonl", 0.85, 0.75)]
)
def test_cue_detection(enricher: Enricher, case: str, precision: float, recall: float) -> None:
    score = evaluate.cue_detection(enricher, case)["all"]
    assert score.precision >= precision, score.errors
    assert score.recall >= recall, score.errors


@pytest.mark.parametrize("name", ["ddt-ner-dev.conll", "ddt-ner-train-10k.conll"])
def test_place_names_against_ddt(name: str, nlp_data_dir: Path, gazetteer: Gazetteer) -> None:
    score = evaluate.ddt_locations(shared_data("ner", name), nlp_data_dir / "cache")
    # DDT's LOC also covers streets and foreign places the gazetteer does not hold (see docs/evaluation.md)
    assert score.precision >= 0.75, score.errors
    assert score.recall >= 0.55


def test_gazetteer_coverage(gazetteer: Gazetteer) -> None:
    postnord_file = shared_data("gazetteer", "postnord_postals.csv")
    with_postnord = Gazetteer.load(None, postnord_file)
    cov = evaluate.gazetteer_coverage(gazetteer, with_postnord)
    assert cov.postcodes_found / cov.postcodes >= 0.99
    assert cov.postcodes_primary_ok == cov.postcodes_found
    assert cov.postcodes_multi_found / cov.postcodes_multi >= 0.99
    assert cov.towns_right / cov.towns >= 0.98
    assert cov.centroid_median_km < 5.0
    assert cov.centroid_p90_km < 10.0


def test_neighbours_against_dagi_borders(gazetteer: Gazetteer) -> None:
    shared_data("gazetteer", "kommuner.geojson")
    score = evaluate.neighbour_accuracy(gazetteer)
    assert score.precision >= 0.75 and score.recall >= 0.75


@pytest.mark.slow
def test_real_comments_do_not_break_anything(enricher: Enricher) -> None:
    shared_data("social", "offenseval-da-training-v1.tsv")
    items, failures, languages = evaluate.social_robustness(enricher)
    assert failures <= items * 0.005  # only texts that are empty after cleaning
    identified = sum(languages.values()) - languages["und"]
    assert languages["da"] / identified >= 0.85
