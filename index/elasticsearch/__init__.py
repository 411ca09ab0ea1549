"""The Elasticsearch 9 backend of the Store protocol (production).

Versioned composable templates behind aliases (dynamic: false, the ``danish`` analyzer), monthly
document and audit indices so retention deletes whole indices, ``streaming_bulk`` with fixed ids,
query builders as pure functions (``queries``), and migrations by scan + bulk + alias swap.
Uses only what every Elasticsearch 9 node has: no scripts, ingest, _reindex or _delete_by_query.
"""

from index.elasticsearch.migrate import SetupReport, migrate_index, setup
from index.elasticsearch.queries import (
    build_search,
    build_significant,
    compile_text,
    filter_query,
    preference,
    search_query,
)
from index.elasticsearch.store import ElasticsearchStore
from index.elasticsearch.templates import (
    DOCUMENT_DERIVED,
    DOCUMENT_NOT_INDEXED,
    KINDS,
    Kind,
    alias,
    document_mapping,
    template_body,
)

__all__ = [
    "DOCUMENT_DERIVED",
    "DOCUMENT_NOT_INDEXED",
    "KINDS",
    "ElasticsearchStore",
    "Kind",
    "SetupReport",
    "alias",
    "build_search",
    "build_significant",
    "compile_text",
    "document_mapping",
    "filter_query",
    "migrate_index",
    "preference",
    "search_query",
    "setup",
    "template_body",
]
