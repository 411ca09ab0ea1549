"""Embeddings computed once: a SQLite cache keyed by embedder, document id and content hash."""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from contextlib import AbstractContextManager
from pathlib import Path

import numpy as np

from nlp.topics._sqlite import transaction
from nlp.topics.embeddings import Embedder, Matrix

_SCHEMA = """
CREATE TABLE IF NOT EXISTS embeddings (
    fingerprint TEXT NOT NULL,
    doc_id TEXT NOT NULL,
    content_hash TEXT NOT NULL,
    vector BLOB NOT NULL,
    PRIMARY KEY (fingerprint, doc_id)
)
"""


class EmbeddingCache:
    """Vectors by (embedder fingerprint, document id); a changed content hash recomputes one.

    Examples:
        >>> cache = EmbeddingCache(Path("data/models/embeddings.sqlite"))  # doctest: +SKIP
        >>> vectors = cache.embed(embedder, [("doc-1", "hash-1")], ["bevare egeskov"])  # doctest: +SKIP
    """

    def __init__(self, path: Path) -> None:
        self.path = path
        path.parent.mkdir(parents=True, exist_ok=True)
        with self._connect() as con:
            con.execute(_SCHEMA)

    def _connect(self) -> AbstractContextManager[sqlite3.Connection]:
        return transaction(self.path)

    def embed(self, embedder: Embedder, keys: Sequence[tuple[str, str]], texts: Sequence[str]) -> Matrix:
        """Vectors for (doc id, content hash) keys in order, computing and storing only the missing ones."""
        if len(keys) != len(texts):
            raise ValueError(f"{len(keys)} keys but {len(texts)} texts")
        fingerprint = embedder.fingerprint
        found = self._lookup(fingerprint, keys)
        missing = [i for i, key in enumerate(keys) if key not in found]
        if missing:
            computed = embedder.transform([texts[i] for i in missing])
            rows = [
                (fingerprint, keys[i][0], keys[i][1], computed[j].astype(np.float32).tobytes())
                for j, i in enumerate(missing)
            ]
            with self._connect() as con:
                con.executemany("INSERT OR REPLACE INTO embeddings VALUES (?, ?, ?, ?)", rows)
            for j, i in enumerate(missing):
                found[keys[i]] = computed[j]
        if not keys:
            return np.zeros((0, 0), dtype=np.float32)
        return np.vstack([found[key] for key in keys]).astype(np.float32)

    def _lookup(self, fingerprint: str, keys: Sequence[tuple[str, str]]) -> dict[tuple[str, str], Matrix]:
        wanted = dict(keys)
        found: dict[tuple[str, str], Matrix] = {}
        ids = list(wanted)
        with self._connect() as con:
            for start in range(0, len(ids), 900):
                chunk = ids[start : start + 900]
                marks = ",".join("?" * len(chunk))
                query = (
                    "SELECT doc_id, content_hash, vector FROM embeddings "  # noqa: S608
                    f"WHERE fingerprint = ? AND doc_id IN ({marks})"
                )
                for doc_id, chash, blob in con.execute(query, [fingerprint, *chunk]):
                    if wanted.get(doc_id) == chash:
                        found[(doc_id, chash)] = np.frombuffer(blob, dtype=np.float32)
        return found

    def keep_only(self, fingerprint: str) -> int:
        """Delete vectors of other (outdated) embedders; returns how many rows went."""
        with self._connect() as con:
            return con.execute("DELETE FROM embeddings WHERE fingerprint != ?", (fingerprint,)).rowcount

    def forget(self, doc_ids: Sequence[str]) -> None:
        """Delete the vectors of documents that left the history (retention)."""
        with self._connect() as con:
            con.executemany("DELETE FROM embeddings WHERE doc_id = ?", [(d,) for d in doc_ids])
