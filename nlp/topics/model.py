"""BERTopic for Danish debate, wrapped in a small scikit-learn-like class (fit/transform/save/load)."""

from __future__ import annotations

import json
import logging
import math
import warnings
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import joblib
import numpy as np
from numpy.typing import NDArray

from nlp.topics.embeddings import TOKEN_PATTERN, Embedder, Matrix, make_embedder
from nlp.topics.stopwords import danish_stop_words
from schema import DetectorError
from schema.settings import TopicSettings

Labels = NDArray[np.int64]
_FORMAT = 1


class TopicModel:
    """BERTopic with Danish stop words, lemmas in the vectorizer, c-TF-IDF and ``language="danish"``.

    Embeddings come from a pluggable :class:`Embedder` (or are passed in precomputed); reduction
    (UMAP or none) and clustering (HDBSCAN or k-means) follow TopicSettings; the seed is fixed.
    Outliers close to a topic's centroid join it. ``import bertopic`` is slow, so it happens
    only when a model is fitted or loaded.

    Examples:
        >>> model = TopicModel(TopicSettings(reduction="none"))  # doctest: +SKIP
        >>> labels = model.fit_transform(lemma_texts)  # doctest: +SKIP
        >>> model.topic_words(0)[:2]  # doctest: +SKIP
        [('egeskov', 0.21), ('bevare egeskov', 0.17)]
    """

    def __init__(self, settings: TopicSettings, embedder: Embedder | None = None) -> None:
        self.settings = settings
        self.embedder = embedder if embedder is not None else make_embedder(settings)
        self.labels_: Labels = np.zeros(0, dtype=np.int64)
        self.centroids_: dict[int, Matrix] = {}
        self._bertopic: Any = None

    # fitting -------------------------------------------------------------------------------
    def fit(self, texts: Sequence[str], embeddings: Matrix | None = None) -> TopicModel:
        """Fit on a corpus (texts are lemma texts for the default embedder)."""
        self.fit_transform(texts, embeddings)
        return self

    def fit_transform(self, texts: Sequence[str], embeddings: Matrix | None = None) -> Labels:
        """Fit and return each document's topic (-1: outlier)."""
        if embeddings is None:
            embeddings = self.embedder.fit(texts).transform(texts)
        if len(texts) != embeddings.shape[0]:
            raise DetectorError(f"{len(texts)} texts but {embeddings.shape[0]} embeddings")
        if len(texts) < 2 * self.settings.min_topic_size:
            self._bertopic = None
            self.labels_ = np.full(len(texts), -1, dtype=np.int64)
            self.centroids_ = {}
            return self.labels_
        self._bertopic = self._build(len(texts))
        topics, _ = self._bertopic.fit_transform(list(texts), embeddings=embeddings)
        if self.settings.topic_merge_similarity is not None:
            topics = self._merge_similar_topics(list(texts))
        labels = np.asarray(topics, dtype=np.int64)
        self.centroids_ = _centroids(labels, embeddings)
        self.labels_ = self._absorb_outliers(labels, embeddings)
        return self.labels_

    def transform(self, texts: Sequence[str], embeddings: Matrix | None = None) -> Labels:
        """Topic of new documents: the most similar topic centroid, -1 when none is close enough.

        This is BERTopic's own rule for models without a clustering step; it is deterministic
        and consistent with the fit (HDBSCAN's approximate_predict is not, in high dimensions).
        """
        if embeddings is None:
            embeddings = self.embedder.transform(texts)
        return self._absorb_outliers(np.full(len(texts), -1, dtype=np.int64), embeddings)

    # inspection ----------------------------------------------------------------------------
    @property
    def topic_ids(self) -> list[int]:
        """Topics found (outliers excluded)."""
        return sorted(self.centroids_)

    def topic_words(self, topic: int, n: int | None = None) -> list[tuple[str, float]]:
        """A topic's c-TF-IDF keywords, best first."""
        if self._bertopic is None:
            return []
        words = self._bertopic.get_topic(topic) or []
        return [(str(w), float(s)) for w, s in words[: n or self.settings.top_n_words] if w]

    # persistence ---------------------------------------------------------------------------
    def save(self, path: Path) -> None:
        """Write the model to a directory (pickles: load them only from your own model_dir)."""
        path.mkdir(parents=True, exist_ok=True)
        if self._bertopic is not None:
            with _quiet_bertopic():
                self._bertopic.save(
                    str(path / "bertopic.pkl"), serialization="pickle", save_embedding_model=False
                )
        elif (path / "bertopic.pkl").exists():
            (path / "bertopic.pkl").unlink()
        joblib.dump(self.embedder, path / "embedder.joblib")
        centroids: dict[str, Any] = {str(t): v for t, v in self.centroids_.items()}
        np.savez(path / "centroids.npz", **centroids)
        meta = {"format": _FORMAT, "settings": self.settings.model_dump(mode="json")}
        (path / "meta.json").write_text(json.dumps(meta, indent=1), encoding="utf-8")

    @classmethod
    def load(cls, path: Path) -> TopicModel:
        """Read a model saved by :meth:`save`; DetectorError if it is missing or from another version."""
        try:
            meta = json.loads((path / "meta.json").read_text(encoding="utf-8"))
        except (OSError, ValueError) as err:
            raise DetectorError(f"no readable topic model in {path}: {err}") from None
        if meta.get("format") != _FORMAT:
            raise DetectorError(f"topic model in {path} has format {meta.get('format')}, expected {_FORMAT}")
        model = cls(TopicSettings.model_validate(meta["settings"]), joblib.load(path / "embedder.joblib"))
        if (path / "bertopic.pkl").exists():
            with _quiet_bertopic():
                model._bertopic = _bertopic_module().BERTopic.load(str(path / "bertopic.pkl"))
        with np.load(path / "centroids.npz") as data:
            model.centroids_ = {int(k): np.asarray(data[k], dtype=np.float32) for k in data.files}
        return model

    # internals -----------------------------------------------------------------------------
    def _build(self, n_docs: int) -> Any:
        from sklearn.feature_extraction.text import CountVectorizer

        bertopic = _bertopic_module()
        from bertopic.dimensionality import BaseDimensionalityReduction
        from bertopic.vectorizers import ClassTfidfTransformer

        s = self.settings
        vectorizer = CountVectorizer(
            token_pattern=TOKEN_PATTERN, stop_words=list(danish_stop_words()), ngram_range=(1, s.ngram_max)
        )
        reducer: Any = BaseDimensionalityReduction()
        if s.reduction == "umap" and n_docs > s.umap_neighbors + s.umap_components + 1:
            from umap import UMAP

            reducer = UMAP(
                n_neighbors=s.umap_neighbors,
                n_components=s.umap_components,
                min_dist=0.0,
                metric="cosine",
                random_state=s.random_seed,
                n_jobs=1,
            )
        return bertopic.BERTopic(
            language="danish",
            top_n_words=s.top_n_words,
            min_topic_size=s.min_topic_size,
            nr_topics=s.nr_topics,
            umap_model=reducer,
            hdbscan_model=self._clusterer(n_docs),
            vectorizer_model=vectorizer,
            ctfidf_model=ClassTfidfTransformer(reduce_frequent_words=True),
            calculate_probabilities=False,
            verbose=False,
        )

    def _clusterer(self, n_docs: int) -> Any:
        s = self.settings
        if s.clustering == "kmeans":
            from sklearn.cluster import KMeans

            k = s.kmeans_topics or max(2, min(200, round(math.sqrt(n_docs / 2))))
            return KMeans(n_clusters=min(k, n_docs), random_state=s.random_seed, n_init=4)
        from hdbscan import HDBSCAN

        min_samples = s.hdbscan_min_samples or max(1, s.min_topic_size // 2)
        return HDBSCAN(
            min_cluster_size=s.min_topic_size,
            min_samples=min_samples,
            metric="euclidean",
            cluster_selection_method="eom",
            prediction_data=True,
        )

    def _merge_similar_topics(self, texts: list[str]) -> list[int]:
        """Merge topics whose c-TF-IDF vectors are similar (average linkage, no chaining across the corpus).

        HDBSCAN splits one matter into several dense fragments; BERTopic's ``nr_topics="auto"``
        merges them but can chain unrelated topics into one giant topic. A fixed c-TF-IDF
        cosine (``topic_merge_similarity``) with average linkage only joins real look-alikes.
        """
        from sklearn.cluster import AgglomerativeClustering
        from sklearn.preprocessing import normalize

        model = self._bertopic
        topics = sorted(t for t in set(model.topics_) if t >= 0)
        if len(topics) < 2:
            return list(model.topics_)
        offset = 1 if -1 in set(model.topics_) else 0
        vectors = normalize(model.c_tf_idf_[[t + offset for t in topics]])
        distances = np.clip(1.0 - (vectors @ vectors.T).toarray(), 0.0, None)
        groups = AgglomerativeClustering(
            n_clusters=None,
            metric="precomputed",
            linkage="average",
            distance_threshold=1.0 - float(self.settings.topic_merge_similarity or 0),
        ).fit_predict(distances)
        merges = [
            [int(t) for t, g in zip(topics, groups, strict=True) if g == group]
            for group in sorted(set(groups.tolist()))
        ]
        merges = [m for m in merges if len(m) > 1]
        if merges:
            model.merge_topics(texts, merges)
        return list(model.topics_)

    def _absorb_outliers(self, labels: Labels, embeddings: Matrix) -> Labels:
        """Outliers join the most similar topic centroid when the cosine reaches outlier_similarity."""
        outliers = np.flatnonzero(labels == -1)
        if not len(outliers) or not self.centroids_:
            return labels
        topics = np.array(sorted(self.centroids_), dtype=np.int64)
        matrix = np.vstack([self.centroids_[int(t)] for t in topics])
        sims = embeddings[outliers] @ matrix.T
        best = sims.argmax(axis=1)
        close = sims[np.arange(len(outliers)), best] >= self.settings.outlier_similarity
        out = labels.copy()
        out[outliers[close]] = topics[best[close]]
        return out


def _bertopic_module() -> Any:
    """Import BERTopic (slow: numba compiles UMAP) without umap's 'no TensorFlow' ImportWarning."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ImportWarning)
        import bertopic
        import umap

    del umap
    return bertopic


@contextmanager
def _quiet_bertopic() -> Iterator[None]:
    """BERTopic logs a pickle warning on every save/load; the model_dir is ours, so silence it."""
    logger = logging.getLogger("BERTopic")
    level = logger.level
    logger.setLevel(logging.ERROR)
    try:
        yield
    finally:
        logger.setLevel(level)


def _centroids(labels: Labels, embeddings: Matrix) -> dict[int, Matrix]:
    """Unit-length mean embedding of each topic."""
    result: dict[int, Matrix] = {}
    for topic in np.unique(labels):
        if topic < 0:
            continue
        mean = embeddings[labels == topic].mean(axis=0)
        result[int(topic)] = (mean / max(float(np.linalg.norm(mean)), 1e-12)).astype(np.float32)
    return result
