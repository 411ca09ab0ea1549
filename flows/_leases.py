"""Partition leases: which flow run works on a partition now, and what finished ones reported.

One SQLite file, ``data_dir/state/partitions.sqlite3`` (WAL), shared by every process that runs
flows on this data directory. A partition run takes the lease of its partition before it does
anything, renews it from a background thread every third of ``flows.workers.lease_s`` and
releases it with its outcome (a JSON summary) at the end. So at most one run works on a
partition at a time, and a run whose process died (a worker killed, a host lost) is seen by
its lease expiring: the flow that dispatched it marks it crashed and runs the partition again.
"""

from __future__ import annotations

import sqlite3
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from schema import DebatradarError, StoreError

_SCHEMA = """
CREATE TABLE IF NOT EXISTS leases (
    name TEXT PRIMARY KEY,
    holder TEXT NOT NULL,
    expires_at REAL NOT NULL,
    released INTEGER NOT NULL DEFAULT 0,
    updated_at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS outcomes (
    holder TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    outcome TEXT NOT NULL,
    written_at TEXT NOT NULL
);
"""


class PartitionError(DebatradarError):
    """A partition of a stage could not be run (busy, lost its lease, or failed after its retries)."""


@dataclass(frozen=True)
class Lease:
    """The state of one partition's lease."""

    name: str
    holder: str
    expires_at: float
    released: bool

    def expired(self, now: float | None = None) -> bool:
        """True when its holder stopped renewing it without releasing it (the holder died)."""
        return not self.released and self.expires_at < (time.time() if now is None else now)


class Leases:
    """The lease table of one data directory."""

    def __init__(self, data_dir: Path) -> None:
        self.path = data_dir / "state" / "partitions.sqlite3"
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self._conn = sqlite3.connect(self.path, timeout=60, isolation_level=None, check_same_thread=False)
            self._conn.execute("PRAGMA busy_timeout=60000")
            self._conn.execute("PRAGMA journal_mode=WAL")
            self._conn.executescript(_SCHEMA)
        except (OSError, sqlite3.Error) as err:
            raise StoreError(f"partition leases {self.path}: cannot be opened ({err}).") from err
        self._lock = threading.Lock()

    def close(self) -> None:
        """Close the connection."""
        self._conn.close()

    def acquire(self, name: str, holder: str, seconds: float) -> bool:
        """Take the lease if it is free, released, expired or already ours; True if we hold it now."""
        with self._lock, self._transaction() as conn:
            row = conn.execute(
                "SELECT holder, expires_at, released FROM leases WHERE name = ?", (name,)
            ).fetchone()
            if row is not None and row[0] != holder and not row[2] and row[1] >= time.time():
                return False
            conn.execute(
                "INSERT INTO leases (name, holder, expires_at, released, updated_at)"
                " VALUES (?, ?, ?, 0, ?) ON CONFLICT (name) DO UPDATE SET holder = excluded.holder,"
                " expires_at = excluded.expires_at, released = 0, updated_at = excluded.updated_at",
                (name, holder, time.time() + seconds, _now()),
            )
            return True

    def renew(self, name: str, holder: str, seconds: float) -> bool:
        """Extend our lease; False if it is no longer ours (it expired and another run took it)."""
        with self._lock, self._transaction() as conn:
            changed = conn.execute(
                "UPDATE leases SET expires_at = ?, updated_at = ?"
                " WHERE name = ? AND holder = ? AND released = 0",
                (time.time() + seconds, _now(), name, holder),
            ).rowcount
            return changed == 1

    def release(self, name: str, holder: str, outcome: str | None = None) -> None:
        """Give the lease up (if still ours) and keep the run's outcome, in one transaction."""
        with self._lock, self._transaction() as conn:
            conn.execute(
                "UPDATE leases SET released = 1, updated_at = ? WHERE name = ? AND holder = ?",
                (_now(), name, holder),
            )
            if outcome is not None:
                conn.execute(
                    "INSERT OR REPLACE INTO outcomes (holder, name, outcome, written_at) VALUES (?, ?, ?, ?)",
                    (holder, name, outcome, _now()),
                )

    def revoke(self, name: str, holder: str) -> bool:
        """Take an expired lease away from its holder (it died or stalled); True if it was revoked.

        The holder's next renewal then fails, so a run that was only stalled stops at its next
        check instead of working on beside the run that replaces it.
        """
        with self._lock, self._transaction() as conn:
            changed = conn.execute(
                "UPDATE leases SET holder = ?, updated_at = ?"
                " WHERE name = ? AND holder = ? AND released = 0 AND expires_at < ?",
                (f"revoked:{holder}", _now(), name, holder, time.time()),
            ).rowcount
            return changed == 1

    def get(self, name: str) -> Lease | None:
        """The lease of a partition, if it was ever taken."""
        with self._lock:
            row = self._conn.execute(
                "SELECT holder, expires_at, released FROM leases WHERE name = ?", (name,)
            ).fetchone()
        return Lease(name, row[0], row[1], bool(row[2])) if row else None

    def outcome(self, holder: str) -> str | None:
        """What a finished run reported when it released its lease."""
        with self._lock:
            row = self._conn.execute("SELECT outcome FROM outcomes WHERE holder = ?", (holder,)).fetchone()
        return str(row[0]) if row else None

    @contextmanager
    def _transaction(self) -> Iterator[sqlite3.Connection]:
        conn = self._conn
        try:
            conn.execute("BEGIN IMMEDIATE")
            try:
                yield conn
                conn.execute("COMMIT")
            except BaseException:
                conn.execute("ROLLBACK")
                raise
        except sqlite3.Error as err:
            raise StoreError(f"partition leases {self.path}: {err}") from err


class HeldLease:
    """A lease this process holds, renewed in the background until the block ends."""

    def __init__(self, leases: Leases, name: str, holder: str, seconds: float) -> None:
        self.leases, self.name, self.holder, self.seconds = leases, name, holder, seconds
        self.outcome: str | None = None
        self._lost = threading.Event()
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._renew, name=f"lease {name}", daemon=True)

    def check(self) -> None:
        """Renew the lease now; raise if it was lost (this run stalled for longer than the lease).

        Called before every commit, so a run whose lease was revoked never commits again.
        """
        if not self._lost.is_set() and not self.leases.renew(self.name, self.holder, self.seconds):
            self._lost.set()
        if self._lost.is_set():
            raise PartitionError(
                f"partition {self.name}: this run lost its lease (it stalled for more than "
                f"{self.seconds:g} s) and another run has taken over; this one stops."
            )

    def _renew(self) -> None:
        while not self._stop.wait(self.seconds / 3):
            try:
                if not self.leases.renew(self.name, self.holder, self.seconds):
                    self._lost.set()
                    return
            except StoreError:
                continue  # a busy database: try again at the next tick, the lease has slack


@contextmanager
def hold_lease(data_dir: Path, name: str, holder: str, seconds: float) -> Iterator[HeldLease]:
    """Take a partition's lease (waiting while a previous holder's lease runs out) and keep it.

    Raises:
        PartitionError: another live run holds the partition for longer than two lease periods.
    """
    leases = Leases(data_dir)
    try:
        deadline = time.monotonic() + 2 * seconds + 5
        while not leases.acquire(name, holder, seconds):
            if time.monotonic() > deadline:
                current = leases.get(name)
                raise PartitionError(
                    f"partition {name} is held by the run {current.holder if current else '?'}, which is "
                    "still alive; only one run may work on a partition at a time."
                )
            time.sleep(min(1.0, seconds / 4))
        held = HeldLease(leases, name, holder, seconds)
        held._thread.start()
        try:
            yield held
        finally:
            held._stop.set()
            held._thread.join(timeout=5)
            if not held._lost.is_set():
                leases.release(name, holder, held.outcome)
    finally:
        leases.close()


def _now() -> str:
    return datetime.now(UTC).isoformat()
