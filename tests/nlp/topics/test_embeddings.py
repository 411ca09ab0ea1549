"""The offline default embedder, the optional backends, and the embedding cache."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import numpy as np
import pytest

from nlp.topics import TfidfSvdEmbedder, make_embedder
from nlp.topics.cache import EmbeddingCache
from schema import DetectorError
from schema.settings import TopicSettings

TEXTS = [
    "fælde egeskov brabrand gammel eg",
    "bevare egeskov brabrand skov natur",
    "letbane forsinkelse pendler aflyst",
    "letbane signalfejl afgang pendler",
    "solcellepark mols bjerge landskab",
    "solcelle mark mols bjerge natur",
] * 3


def test_tfidf_svd_is_deterministic_unit_length_and_keeps_danish_letters():
    a = TfidfSvdEmbedder(dims=4, seed=1).fit(TEXTS)
    b = TfidfSvdEmbedder(dims=4, seed=1).fit(TEXTS)
    va, vb = a.transform(TEXTS), b.transform(TEXTS)
    assert va.shape == (len(TEXTS), 4)
    np.testing.assert_allclose(va, vb, atol=1e-6)
    np.testing.assert_allclose(np.linalg.norm(va, axis=1), 1.0, atol=1e-5)
    assert a.fingerprint == b.fingerprint and a.fingerprint.startswith("tfidf-svd-")
    vocab = a._pipeline.steps[0][1].vocabulary_
    assert "fælde" in vocab and "mols bjerge" in vocab


def test_similar_texts_are_close_and_different_ones_far():
    emb = TfidfSvdEmbedder(dims=4).fit(TEXTS)
    v = emb.transform(["egeskov brabrand fælde", "bevare egeskov skov", "letbane forsinkelse"])
    assert v[0] @ v[1] > v[0] @ v[2]


def test_unfitted_or_empty_corpus_is_a_clear_error():
    with pytest.raises(DetectorError, match="before it was fitted"):
        TfidfSvdEmbedder().transform(["x"])
    with pytest.raises(DetectorError, match="no usable words"):
        TfidfSvdEmbedder().fit(["og i at", "det er"])


def test_optional_backends_name_what_is_missing():
    with pytest.raises(DetectorError, match="embedding_model"):
        make_embedder(TopicSettings(embedding="model2vec"))
    with pytest.raises(DetectorError, match="not installed"):
        make_embedder(TopicSettings(embedding="sentence-transformers", embedding_model="some/model"))


class CountingEmbedder(TfidfSvdEmbedder):
    """The real embedder, counting how many texts it had to embed."""

    embedded = 0

    def transform(self, texts):
        CountingEmbedder.embedded += len(texts)
        return super().transform(texts)


def test_cache_embeds_each_document_once_and_again_when_its_content_changes(tmp_path: Path):
    emb = CountingEmbedder(dims=4).fit(TEXTS)
    cache = EmbeddingCache(tmp_path / "emb.sqlite")
    keys = [(f"d{i}", f"h{i}") for i in range(4)]
    first = cache.embed(emb, keys, TEXTS[:4])
    again = cache.embed(emb, keys, TEXTS[:4])
    assert CountingEmbedder.embedded == 4
    np.testing.assert_array_equal(first, again)
    cache.embed(emb, [("d0", "changed"), *keys[1:]], ["letbane pendler", *TEXTS[1:4]])
    assert CountingEmbedder.embedded == 5
    other = CountingEmbedder(dims=3).fit(TEXTS)
    cache.embed(other, keys[:1], TEXTS[:1])
    assert cache.keep_only(other.fingerprint) == 4
    with sqlite3.connect(tmp_path / "emb.sqlite") as con:
        assert con.execute("SELECT COUNT(*) FROM embeddings").fetchone()[0] == 1
