"""The notification outbox: changes waiting to be sent, so that nothing is dropped or sent twice.

One SQLite file under data_dir/notify. A change is written here, then claimed in the store
(``Store.claim_notification``, atomic across processes and restarts), then sent; it leaves the
outbox only when it was delivered. Failed sends stay, with their error, and are retried by the
next run.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from schema import StoreError

_SCHEMA = """
CREATE TABLE IF NOT EXISTS pending (
    key TEXT PRIMARY KEY,
    channel TEXT NOT NULL,
    kind TEXT NOT NULL,
    ref TEXT NOT NULL,
    payload TEXT NOT NULL,
    claimed INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL,
    attempts INTEGER NOT NULL DEFAULT 0,
    last_error TEXT
);
CREATE TABLE IF NOT EXISTS sent (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    channel TEXT NOT NULL,
    keys TEXT NOT NULL,
    digest INTEGER NOT NULL,
    sent_at TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS sent_channel ON sent (channel, sent_at);
"""


@dataclass(frozen=True)
class Entry:
    """One change waiting for one channel."""

    key: str
    channel: str
    kind: str
    ref: str
    payload: dict[str, Any]
    claimed: bool
    created_at: datetime
    attempts: int
    last_error: str | None


class Outbox:
    """Pending notification changes and the send log (for the rate limit)."""

    def __init__(self, data_dir: Path) -> None:
        self.path = data_dir / "notify" / "outbox.sqlite3"
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self._conn = sqlite3.connect(self.path, timeout=30, isolation_level=None, check_same_thread=False)
            self._conn.execute("PRAGMA journal_mode=WAL")
            self._conn.execute("PRAGMA synchronous=FULL")
            self._conn.executescript(_SCHEMA)
        except (OSError, sqlite3.Error) as err:
            raise StoreError(f"notification outbox {self.path}: cannot be opened ({err}).") from err

    def close(self) -> None:
        """Close the database."""
        self._conn.close()

    def __enter__(self) -> Outbox:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def _tx(self) -> Iterator[sqlite3.Connection]:
        try:
            self._conn.execute("BEGIN IMMEDIATE")
            try:
                yield self._conn
                self._conn.execute("COMMIT")
            except BaseException:
                self._conn.execute("ROLLBACK")
                raise
        except sqlite3.Error as err:
            raise StoreError(f"notification outbox {self.path}: write failed ({err}).") from err

    def add(
        self, key: str, channel: str, kind: str, ref: str, payload: dict[str, Any], now: datetime
    ) -> bool:
        """Queue a change; False when the key is already queued."""
        with self._tx() as conn:
            cur = conn.execute(
                "INSERT OR IGNORE INTO pending (key, channel, kind, ref, payload, created_at)"
                " VALUES (?,?,?,?,?,?)",
                (key, channel, kind, ref, json.dumps(payload, ensure_ascii=False), now.isoformat()),
            )
            return cur.rowcount == 1

    def has(self, key: str) -> bool:
        """True while the key waits in the outbox."""
        return self._conn.execute("SELECT 1 FROM pending WHERE key = ?", (key,)).fetchone() is not None

    def mark_claimed(self, key: str) -> None:
        """The store accepted the claim: the change is ours to send."""
        with self._tx() as conn:
            conn.execute("UPDATE pending SET claimed = 1 WHERE key = ?", (key,))

    def set_kind(self, key: str, kind: str) -> None:
        """Say what kind of change a queued key is (new, level_up, closed)."""
        with self._tx() as conn:
            conn.execute("UPDATE pending SET kind = ? WHERE key = ?", (kind, key))

    def discard(self, key: str) -> None:
        """Forget a change another run already claimed."""
        with self._tx() as conn:
            conn.execute("DELETE FROM pending WHERE key = ?", (key,))

    def entries(self, channel: str | None = None, claimed: bool = True) -> list[Entry]:
        """Waiting changes, oldest first."""
        sql = (
            "SELECT key, channel, kind, ref, payload, claimed, created_at, attempts, last_error FROM pending"
        )
        sql += " WHERE claimed = ?" + (" AND channel = ?" if channel else "") + " ORDER BY created_at, key"
        args: tuple[Any, ...] = (int(claimed), channel) if channel else (int(claimed),)
        return [
            Entry(
                r[0], r[1], r[2], r[3], json.loads(r[4]), bool(r[5]), datetime.fromisoformat(r[6]), r[7], r[8]
            )
            for r in self._conn.execute(sql, args)
        ]

    def delivered(self, channel: str, keys: list[str], digest: bool, now: datetime) -> None:
        """Remove delivered changes and log the message for the rate limit."""
        with self._tx() as conn:
            conn.executemany("DELETE FROM pending WHERE key = ?", [(k,) for k in keys])
            conn.execute(
                "INSERT INTO sent (channel, keys, digest, sent_at) VALUES (?,?,?,?)",
                (channel, json.dumps(keys), int(digest), now.isoformat()),
            )

    def failed(self, keys: list[str], error: str) -> None:
        """Record a failed attempt; the changes stay and are retried next run."""
        with self._tx() as conn:
            conn.executemany(
                "UPDATE pending SET attempts = attempts + 1, last_error = ? WHERE key = ?",
                [(error, k) for k in keys],
            )

    def sent_since(self, channel: str, since: datetime) -> int:
        """Messages sent to a channel since a time."""
        row = self._conn.execute(
            "SELECT COUNT(*) FROM sent WHERE channel = ? AND sent_at >= ?", (channel, since.isoformat())
        ).fetchone()
        return int(row[0])

    def prune(self, before: datetime) -> int:
        """Forget the send log older than a time (the rate limit only looks back one hour)."""
        with self._tx() as conn:
            return conn.execute("DELETE FROM sent WHERE sent_at < ?", (before.isoformat(),)).rowcount
