"""The embedded backend: SQLite (WAL) with FTS5 and Danish stemming, files under data_dir/index."""

from index.embedded.store import EmbeddedStore

__all__ = ["EmbeddedStore"]
