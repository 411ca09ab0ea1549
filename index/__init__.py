"""The index stage: one Store protocol, an embedded backend and an Elasticsearch backend.

``open_store(settings)`` picks the backend named by ``settings.index.backend``; the search
syntax and semantics both backends share are in docs/index.md.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from index.embedded import EmbeddedStore
from index.protocol import Store
from index.query_syntax import QuerySyntaxError, parse_query
from index.search_models import (
    Bucket,
    BulkReport,
    DocumentFilter,
    FacetField,
    HistogramBucket,
    Hit,
    SearchQuery,
    SearchResult,
    TermScore,
)
from schema.errors import ConfigError

if TYPE_CHECKING:
    from schema.settings import Settings

__all__ = [
    "Bucket",
    "BulkReport",
    "DocumentFilter",
    "EmbeddedStore",
    "FacetField",
    "HistogramBucket",
    "Hit",
    "QuerySyntaxError",
    "SearchQuery",
    "SearchResult",
    "Store",
    "TermScore",
    "open_store",
    "parse_query",
]


def open_store(settings: Settings) -> Store:
    """The store ``settings.index.backend`` names; call ``setup()`` on it once.

    ``embedded`` keeps its files under ``settings.data_dir / "index"``; ``elasticsearch``
    connects to ``settings.index.elasticsearch``. There is no fallback from one to the other.

    Examples:
        >>> from schema.settings import load_settings
        >>> store = open_store(load_settings("config/demo.yaml"))  # doctest: +SKIP
        >>> store.setup()  # doctest: +SKIP
    """
    backend = settings.index.backend
    if backend == "embedded":
        embedded = settings.index.embedded
        return EmbeddedStore(
            settings.data_dir / "index",
            busy_timeout_s=embedded.busy_timeout_s,
            synchronous=embedded.synchronous,
        )
    if backend == "elasticsearch":
        from index.elasticsearch import ElasticsearchStore

        store: Store = ElasticsearchStore(settings)
        return store
    raise ConfigError(f"index.backend: unknown backend {backend!r}; use 'embedded' or 'elasticsearch'.")
