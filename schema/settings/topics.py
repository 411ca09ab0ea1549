"""Settings of topic modelling (BERTopic) and issue tracking.

The reasoning behind each default is in the field descriptions; how they were tuned on the
simulator's scenarios is in docs/evaluation.md ("Issues and detectors").
"""

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
    embedding_dims: int = Field(
        default=24,
        ge=8,
        le=1024,
        description="SVD components of the default backend: 16-32 clustered short Danish posts best (ARI).",
    )
    reduction: Literal["umap", "none"] = Field(
        default="none",
        description="Dimensionality reduction before clustering; the SVD of the default backend already "
        "reduces "
        "(UMAP adds minutes at 100k documents and did not cluster better); use 'umap' with transformer "
        "embeddings.",
    )
    clustering: Literal["hdbscan", "kmeans"] = Field(default="hdbscan", description="Clustering algorithm.")
    min_topic_size: int = Field(
        default=15,
        ge=2,
        description="Smallest HDBSCAN cluster that becomes a topic when fitting (15 fragmented least on the "
        "simulated corpora; new issues between refits use new_issue_min_documents).",
    )
    new_issue_min_documents: int = Field(
        default=8,
        ge=2,
        description="Documents a group of recent leftovers needs to become a new issue between refits "
        "(small, so a mobilisation becomes an issue on its first day).",
    )
    nr_topics: int | Literal["auto"] | None = Field(
        default=None,
        description="BERTopic's own topic reduction: a number, 'auto', or None. 'auto' chained unrelated "
        "topics "
        "into giant ones on refits (docs/evaluation.md); topic_merge_similarity is the stable alternative.",
    )
    topic_merge_similarity: float | None = Field(
        default=0.3,
        gt=0,
        lt=1,
        description="After clustering, topics whose c-TF-IDF cosine (average linkage) reaches this are "
        "merged: "
        "HDBSCAN cuts one matter into fragments. None keeps HDBSCAN's topics.",
    )
    random_seed: int = Field(default=42, description="Fixed seed: the same input gives the same issues.")
    match_threshold: float = Field(
        default=0.35, ge=0, le=1, description="Similarity above which a new topic continues an old issue."
    )
    umap_neighbors: int = Field(
        default=15,
        ge=2,
        le=200,
        description="UMAP n_neighbors: BERTopic's default, local enough for narrow issues.",
    )
    umap_components: int = Field(
        default=5,
        ge=2,
        le=50,
        description="UMAP output dimensions: BERTopic's default; HDBSCAN works well in 5-10.",
    )
    hdbscan_min_samples: int | None = Field(
        default=None,
        ge=1,
        description="HDBSCAN min_samples; None uses half of min_topic_size (fewer outliers than HDBSCAN's "
        "default).",
    )
    kmeans_topics: int | None = Field(
        default=None,
        ge=2,
        description="Number of k-means clusters; None picks sqrt(documents / 2), at most 200.",
    )
    top_n_words: int = Field(default=10, ge=3, le=50, description="Keywords kept per issue (c-TF-IDF).")
    label_keywords: int = Field(
        default=2, ge=1, le=5, description="Keywords in an issue's label, before the place."
    )
    ngram_max: int = Field(
        default=2, ge=1, le=3, description="Longest keyword n-gram: 2 keeps phrases like 'bevare egeskov'."
    )
    outlier_similarity: float = Field(
        default=0.5,
        ge=0,
        le=1,
        description="Cosine to a topic centroid above which an outlier document joins that topic after a "
        "fit.",
    )
    assign_similarity: float = Field(
        default=0.45,
        ge=0,
        le=1,
        description="Cosine to an issue centroid above which a new document joins the issue between refits.",
    )
    min_coverage: float = Field(
        default=0.6,
        ge=0,
        le=1,
        description="Share of a new document's words the model must know to assign it; else it is "
        "re-clustered.",
    )
    recluster_similarity: float = Field(
        default=0.2,
        gt=0,
        lt=1,
        description="Average TF-IDF cosine within a group of recent leftovers that makes it a new issue "
        "(average linkage; unrelated posts score ~0.02-0.05, posts on one matter 0.2-0.4).",
    )
    split_min_share: float = Field(
        default=0.2,
        gt=0,
        lt=1,
        description="A municipality or place needs this share of a topic's located documents to become its "
        "own issue.",
    )
    place_split_max_similarity: float = Field(
        default=0.85,
        ge=0,
        le=1,
        description="Two places of one topic only split when their documents' centroids are less similar "
        "than this.",
    )
    issue_municipality_min_share: float = Field(
        default=0.5,
        gt=0,
        le=1,
        description="Share of an issue's located documents one municipality needs for the issue to be "
        "localised there.",
    )
    history_days: int = Field(
        default=120,
        ge=7,
        description="Days of documents the model is fitted on (capped by privacy.raw_text_days).",
    )
    refit_days: int = Field(
        default=1,
        ge=1,
        description="Refit the topic model at least this often: daily keeps issues clean (between refits new "
        "matters can only form from leftovers); a refit of 100k documents takes about a minute.",
    )
    refit_growth: float = Field(
        default=0.5,
        gt=0,
        description="Refit when new documents since the last fit exceed this share of the fit.",
    )
    pool_days: int = Field(
        default=14,
        ge=1,
        description="Recent leftovers (and issues born from them) are re-clustered each run over this many "
        "days.",
    )
    dormant_days: int = Field(
        default=21, ge=1, description="An issue with no documents for this long is dormant."
    )
    merge_share: float = Field(
        default=0.6,
        gt=0,
        le=1,
        description="An old issue whose documents go this much into another issue's topic is merged into it.",
    )
    split_share: float = Field(
        default=0.25,
        gt=0,
        lt=1,
        description="An old issue split when at least this share of its documents forms a second new topic.",
    )
