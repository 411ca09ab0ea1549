"""Document embeddings for topic modelling: an offline scikit-learn default, transformers optional."""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from typing import Any, Protocol

import numpy as np
from numpy.typing import NDArray

from nlp.topics.stopwords import danish_stop_words
from schema import DetectorError, EnrichedDocument
from schema.settings import TopicSettings

#: A word of at least two characters starting with a letter (keeps æøå, drops numbers).
TOKEN_PATTERN = r"(?u)\b[^\W\d_][^\W_]+\b"  # noqa: S105 (a regular expression, not a password)

Matrix = NDArray[np.float32]


class Embedder(Protocol):
    """Turns texts into unit-length vectors. ``fingerprint`` changes whenever vectors would."""

    uses_lemmas: bool

    @property
    def fingerprint(self) -> str:
        """Identifies the fitted embedder (cache key)."""
        ...

    def fit(self, texts: Sequence[str]) -> Embedder:
        """Learn from a corpus (a no-op for pre-trained models)."""
        ...

    def transform(self, texts: Sequence[str]) -> Matrix:
        """One L2-normalised row per text."""
        ...

    def coverage(self, texts: Sequence[str]) -> NDArray[np.float64]:
        """Share of each text's words the embedder can represent (1.0 for pre-trained models)."""
        ...


def text_for_embedding(doc: EnrichedDocument, embedder: Embedder) -> str:
    """The text an embedder reads: lemmas for the scikit-learn default, title + body otherwise."""
    if embedder.uses_lemmas:
        return doc.lemma_text
    return f"{doc.title}\n{doc.text}" if doc.title else doc.text


class TfidfSvdEmbedder:
    """TF-IDF on lemmas (Danish stop words, uni- and bigrams) + TruncatedSVD, L2-normalised.

    Fast, offline and deterministic for a fixed seed: the default backend.
    """

    uses_lemmas = True

    def __init__(self, dims: int = 128, seed: int = 42, ngram_max: int = 2) -> None:
        self.dims = dims
        self.seed = seed
        self.ngram_max = ngram_max
        self._pipeline: Any = None
        self._fingerprint = ""

    @property
    def fingerprint(self) -> str:
        """Hash of the fitted SVD components ('' before fit)."""
        return self._fingerprint

    def fit(self, texts: Sequence[str]) -> TfidfSvdEmbedder:
        """Fit TF-IDF and SVD on the corpus; raises DetectorError when it has no words."""
        from sklearn.decomposition import TruncatedSVD
        from sklearn.feature_extraction.text import TfidfVectorizer
        from sklearn.pipeline import make_pipeline
        from sklearn.preprocessing import Normalizer

        tfidf = TfidfVectorizer(
            token_pattern=TOKEN_PATTERN,
            stop_words=list(danish_stop_words()),
            ngram_range=(1, self.ngram_max),
            min_df=2 if len(texts) >= 50 else 1,
            max_df=0.5 if len(texts) >= 50 else 1.0,
            max_features=100_000,
            sublinear_tf=True,
            dtype=np.float32,
        )
        try:
            counts = tfidf.fit_transform(texts)
        except ValueError as err:  # empty vocabulary
            raise DetectorError(f"cannot embed {len(texts)} documents: no usable words ({err})") from None
        dims = max(2, min(self.dims, counts.shape[1] - 1, counts.shape[0] - 1))
        svd = TruncatedSVD(n_components=dims, random_state=self.seed, algorithm="randomized", n_iter=5)
        svd.fit(counts)
        self._pipeline = make_pipeline(tfidf, svd, Normalizer(copy=False))
        digest = hashlib.sha256(np.ascontiguousarray(svd.components_, dtype=np.float32).tobytes())
        self._fingerprint = f"tfidf-svd-{digest.hexdigest()[:16]}"
        return self

    def transform(self, texts: Sequence[str]) -> Matrix:
        """Embed texts with the fitted pipeline."""
        if self._pipeline is None:
            raise DetectorError("the TF-IDF/SVD embedder is used before it was fitted")
        return np.asarray(self._pipeline.transform(texts), dtype=np.float32)

    def coverage(self, texts: Sequence[str]) -> NDArray[np.float64]:
        """Share of each text's content words seen when fitting (new words have no direction yet)."""
        if self._pipeline is None:
            raise DetectorError("the TF-IDF/SVD embedder is used before it was fitted")
        tfidf = self._pipeline.steps[0][1]
        known = tfidf.vocabulary_.keys() | getattr(tfidf, "stop_words_", set())
        analyze = tfidf.build_analyzer()
        out = np.ones(len(texts))
        for i, text in enumerate(texts):
            words = [w for w in analyze(text) if " " not in w]
            if words:
                out[i] = sum(1 for w in words if w in known) / len(words)
        return out


class SentenceTransformerEmbedder:
    """A sentence-transformers model (optional extra `transformers`; needs the model locally)."""

    uses_lemmas = False

    def __init__(self, model_name: str) -> None:
        try:
            from sentence_transformers import SentenceTransformer
        except ImportError:
            raise DetectorError(
                "topics.embedding is 'sentence-transformers' but the package is not installed: "
                "install the extra with `uv pip install -e '.[transformers]'` or use 'tfidf-svd'"
            ) from None
        self.model_name = model_name
        self._model = SentenceTransformer(model_name)

    @property
    def fingerprint(self) -> str:
        """The model name."""
        return f"st-{self.model_name}"

    def fit(self, texts: Sequence[str]) -> SentenceTransformerEmbedder:
        """Pre-trained: nothing to learn."""
        return self

    def transform(self, texts: Sequence[str]) -> Matrix:
        """Encode and normalise."""
        vectors = self._model.encode(list(texts), normalize_embeddings=True, show_progress_bar=False)
        return np.asarray(vectors, dtype=np.float32)

    def coverage(self, texts: Sequence[str]) -> NDArray[np.float64]:
        """A pre-trained model represents every text."""
        return np.ones(len(texts))


class Model2VecEmbedder:
    """A model2vec static embedding model (installed separately; needs the model locally)."""

    uses_lemmas = False

    def __init__(self, model_name: str) -> None:
        try:
            from model2vec import StaticModel
        except ImportError:
            raise DetectorError(
                "topics.embedding is 'model2vec' but the package is not installed: "
                "`uv pip install model2vec` or use 'tfidf-svd'"
            ) from None
        self.model_name = model_name
        self._model = StaticModel.from_pretrained(model_name)

    @property
    def fingerprint(self) -> str:
        """The model name."""
        return f"m2v-{self.model_name}"

    def fit(self, texts: Sequence[str]) -> Model2VecEmbedder:
        """Pre-trained: nothing to learn."""
        return self

    def transform(self, texts: Sequence[str]) -> Matrix:
        """Encode and normalise."""
        vectors = np.asarray(self._model.encode(list(texts)), dtype=np.float32)
        norms = np.linalg.norm(vectors, axis=1, keepdims=True)
        return np.asarray(vectors / np.maximum(norms, 1e-12), dtype=np.float32)

    def coverage(self, texts: Sequence[str]) -> NDArray[np.float64]:
        """A pre-trained model represents every text."""
        return np.ones(len(texts))


def make_embedder(settings: TopicSettings) -> Embedder:
    """The embedder TopicSettings asks for; DetectorError names what is missing.

    Examples:
        >>> make_embedder(TopicSettings()).uses_lemmas
        True
    """
    if settings.embedding == "tfidf-svd":
        return TfidfSvdEmbedder(settings.embedding_dims, settings.random_seed, settings.ngram_max)
    if not settings.embedding_model:
        raise DetectorError(f"topics.embedding is '{settings.embedding}': set topics.embedding_model too")
    if settings.embedding == "sentence-transformers":
        return SentenceTransformerEmbedder(settings.embedding_model)
    return Model2VecEmbedder(settings.embedding_model)
