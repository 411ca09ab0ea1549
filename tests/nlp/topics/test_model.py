"""The BERTopic wrapper: fit / transform / save / load with Danish settings and a fixed seed."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from sklearn.metrics import adjusted_rand_score

from nlp.topics import TopicModel
from schema import DetectorError
from schema.settings import TopicSettings
from tests.nlp.topics.corpus import T0, background

RATES = {"egeskov": 1.5, "solcelle": 1.5, "letbane": 2, "skole": 1, "jazz": 1, "valg": 2}


@pytest.fixture(scope="module")
def corpus():
    docs = background(T0, 30, RATES, seed=11)
    return [d.lemma_text for d in docs], [d.url.split("/")[3] for d in docs]


@pytest.fixture(scope="module")
def fitted(corpus):
    texts, _ = corpus
    return TopicModel(TopicSettings(reduction="none")).fit(texts)


def test_topics_agree_with_the_matters_written_about(fitted, corpus):
    _, truth = corpus
    assert adjusted_rand_score(truth, fitted.labels_) > 0.8
    assert (fitted.labels_ == -1).mean() < 0.1


def test_topic_words_are_danish_content_words(fitted):
    words = [w for t in fitted.topic_ids for w, _ in fitted.topic_words(t, 5)]
    assert any("ø" in w or "æ" in w or "å" in w for w in words), words
    assert not {"og", "at", "det", "gøre"} & set(words)


def test_transform_puts_new_documents_in_their_topic_and_strangers_nowhere(fitted, corpus):
    texts, _ = corpus
    np.testing.assert_array_equal(fitted.transform(texts), fitted.labels_)
    labels = fitted.transform(["fælde egeskov brabrand gammel eg skov", "kvantecomputer rumfart asteroide"])
    assert labels[0] == fitted.labels_[texts.index(next(t for t in texts if "egeskov" in t))]
    assert labels[1] == -1


def test_save_and_load_give_the_same_model(fitted, corpus, tmp_path: Path):
    texts, _ = corpus
    fitted.save(tmp_path / "model")
    loaded = TopicModel.load(tmp_path / "model")
    np.testing.assert_array_equal(loaded.transform(texts), fitted.transform(texts))
    assert loaded.topic_words(0) == fitted.topic_words(0)
    assert loaded.embedder.fingerprint == fitted.embedder.fingerprint


def test_same_seed_same_topics(corpus):
    texts, _ = corpus
    a = TopicModel(TopicSettings(reduction="none", clustering="kmeans", kmeans_topics=6)).fit_transform(texts)
    b = TopicModel(TopicSettings(reduction="none", clustering="kmeans", kmeans_topics=6)).fit_transform(texts)
    np.testing.assert_array_equal(a, b)
    assert len(set(a)) == 6


def test_tiny_corpus_has_no_topics_and_missing_model_is_a_clear_error(tmp_path: Path):
    model = TopicModel(TopicSettings(reduction="none"))
    assert list(model.fit_transform(["egeskov brabrand fælde", "letbane forsinkelse"])) == [-1, -1]
    with pytest.raises(DetectorError, match="no readable topic model"):
        TopicModel.load(tmp_path / "nothing")


@pytest.mark.slow
def test_umap_reduction_is_deterministic(corpus):
    texts, truth = corpus
    a = TopicModel(TopicSettings(reduction="umap")).fit_transform(texts)
    b = TopicModel(TopicSettings(reduction="umap")).fit_transform(texts)
    np.testing.assert_array_equal(a, b)
    assert adjusted_rand_score(truth, a) > 0.3
