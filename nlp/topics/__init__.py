"""Topics to issues: BERTopic on Danish lemmas, refined by places, tracked with stable ids.

Public API: :class:`IssueTracker` (``update(documents, issues, now) -> TopicUpdate``), the
:class:`TopicModel` wrapper (fit / transform / save / load), the embedders and helpers.
"""

from nlp.topics.embeddings import (
    Embedder,
    Model2VecEmbedder,
    SentenceTransformerEmbedder,
    TfidfSvdEmbedder,
    make_embedder,
)
from nlp.topics.labels import issue_keywords, make_label
from nlp.topics.model import TopicModel
from nlp.topics.stopwords import danish_stop_words
from nlp.topics.tracker import IssueTracker, TopicUpdate

__all__ = [
    "Embedder",
    "IssueTracker",
    "Model2VecEmbedder",
    "SentenceTransformerEmbedder",
    "TfidfSvdEmbedder",
    "TopicModel",
    "TopicUpdate",
    "danish_stop_words",
    "issue_keywords",
    "make_embedder",
    "make_label",
]
