"""Per-source crawl state under ``data_dir/state``: what was seen, HTTP validators, cursors.

Seen items are recorded only after they are durably in the spool; validators (ETag,
Last-Modified) and cursors only when a crawl of the source finished without transient
failures. So a crash or ``kill -9`` never makes the next crawl skip something not spooled.
"""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime
from pathlib import Path

_UPSERT_KV = (
    "INSERT INTO kv (name, value) VALUES (?, ?) ON CONFLICT (name) DO UPDATE SET value = excluded.value"
)
_SCHEMA = """
CREATE TABLE IF NOT EXISTS seen (key TEXT PRIMARY KEY, signature TEXT NOT NULL, at TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS validators (url TEXT PRIMARY KEY, etag TEXT, last_modified TEXT);
CREATE TABLE IF NOT EXISTS kv (name TEXT PRIMARY KEY, value TEXT NOT NULL);
"""


class SourceState:
    """The state of one source, in ``<state_dir>/<source_id>.sqlite3`` (WAL, safe across processes)."""

    def __init__(self, state_dir: Path, source_id: str) -> None:
        state_dir.mkdir(parents=True, exist_ok=True)
        self.path = state_dir / f"{source_id}.sqlite3"
        self._conn = sqlite3.connect(self.path, timeout=60, isolation_level=None, check_same_thread=False)
        self._conn.execute("PRAGMA journal_mode=WAL")
        self._conn.execute("PRAGMA synchronous=FULL")
        self._conn.executescript(_SCHEMA)
        self._pending_validators: dict[str, tuple[str | None, str | None]] = {}
        self._pending_kv: dict[str, str] = {}

    def close(self) -> None:
        """Close the database."""
        self._conn.close()

    # seen items
    def signature(self, key: str) -> str | None:
        """The signature recorded for a key (an entry, a thread), or None if never seen."""
        row = self._conn.execute("SELECT signature FROM seen WHERE key = ?", (key,)).fetchone()
        return str(row[0]) if row else None

    def is_seen(self, key: str, signature: str) -> bool:
        """True if the key was recorded with exactly this signature (nothing changed)."""
        return self.signature(key) == signature

    def mark_seen(self, key: str, signature: str) -> None:
        """Record a key as handled (call only after its item is in the spool)."""
        self._conn.execute(
            "INSERT INTO seen (key, signature, at) VALUES (?, ?, ?)"
            " ON CONFLICT (key) DO UPDATE SET signature = excluded.signature, at = excluded.at",
            (key, signature, datetime.now(UTC).isoformat()),
        )

    # conditional GET
    def validators(self, url: str) -> tuple[str | None, str | None]:
        """The (ETag, Last-Modified) committed for a URL."""
        row = self._conn.execute(
            "SELECT etag, last_modified FROM validators WHERE url = ?", (url,)
        ).fetchone()
        return (row[0], row[1]) if row else (None, None)

    def stage_validators(self, url: str, etag: str | None, last_modified: str | None) -> None:
        """Remember a response's validators; written by ``commit`` when the crawl succeeded."""
        if etag or last_modified:
            self._pending_validators[url] = (etag, last_modified)

    # cursors and other values
    def get(self, name: str) -> str | None:
        """A committed value (e.g. the newest post time of a timeline)."""
        row = self._conn.execute("SELECT value FROM kv WHERE name = ?", (name,)).fetchone()
        return str(row[0]) if row else None

    def stage(self, name: str, value: str) -> None:
        """Set a value on ``commit``."""
        self._pending_kv[name] = value

    def put(self, name: str, value: str) -> None:
        """Set a value now."""
        self._conn.execute(
            _UPSERT_KV,
            (name, value),
        )

    def commit(self) -> None:
        """Write the staged validators and values (the crawl finished without transient failures)."""
        self._conn.execute("BEGIN IMMEDIATE")
        for url, (etag, modified) in self._pending_validators.items():
            self._conn.execute(
                "INSERT INTO validators (url, etag, last_modified) VALUES (?, ?, ?) ON CONFLICT (url)"
                " DO UPDATE SET etag = excluded.etag, last_modified = excluded.last_modified",
                (url, etag, modified),
            )
        for name, value in self._pending_kv.items():
            self._conn.execute(
                _UPSERT_KV,
                (name, value),
            )
        self._conn.execute("COMMIT")
        self._pending_validators.clear()
        self._pending_kv.clear()
