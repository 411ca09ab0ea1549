"""Settings of topic modelling (BERTopic) and issue tracking."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from schema.settings._model import Section


class TopicSettings(Section):
    """How documents become issues."""

    embedding: Literal["tfidf-svd", "sentence-transformers", "model2vec"] = Field(
        default="tfidf-svd", description="Embedding backend; the others need the optional extra."
    )
    embedding_model: str | None = Field(default=None, description="Model name for the transformer backends.")
    embedding_dims: int = Field(default=128, ge=8, le=1024, description="SVD components of the default backend.")
    reduction: Literal["umap", "none"] = Field(default="umap", description="Dimensionality reduction.")
    clustering: Literal["hdbscan", "kmeans"] = Field(default="hdbscan", description="Clustering algorithm.")
    min_topic_size: int = Field(default=8, ge=2, description="Smallest cluster that becomes a topic.")
    random_seed: int = Field(default=42, description="Fixed seed: the same input gives the same issues.")
    match_threshold: float = Field(
        default=0.35, ge=0, le=1, description="Similarity above which a new topic continues an old issue."
    )
