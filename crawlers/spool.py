"""The durable, append-only spool of RawItems between the crawlers and everything downstream.

One SQLite database in WAL mode with ``synchronous=FULL``: a record is on disk when
``append`` returns, a ``kill -9`` loses nothing already appended, and several processes may
write and read at once (a crawl subprocess writes while the parent reads). The log is never
edited: an edited article is appended again as an *update* (same id, new content hash); the
same content again is only counted as a duplicate. The one exception is retention: ``purge``
deletes records whose text is past the retention period, overwriting them on disk.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from contextlib import closing, contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from pydantic import ValidationError

from schema import RawItem, StoreError, partition_of

_CHUNK = 500

_SCHEMA = """
CREATE TABLE IF NOT EXISTS records (
    offset INTEGER PRIMARY KEY AUTOINCREMENT,
    item_id TEXT NOT NULL,
    content_hash TEXT NOT NULL,
    change TEXT NOT NULL CHECK (change IN ('new', 'update')),
    source_id TEXT NOT NULL,
    written_at TEXT NOT NULL,
    payload TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS records_item ON records (item_id, offset);
CREATE TABLE IF NOT EXISTS cursors (consumer TEXT PRIMARY KEY, offset INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS dead_letters (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    item_id TEXT NOT NULL,
    reason TEXT NOT NULL,
    payload TEXT NOT NULL,
    written_at TEXT NOT NULL
);
"""


@dataclass(frozen=True)
class SpoolWriteReport:
    """What one ``append`` did: new items, updated items (new content hash), duplicates."""

    new: int = 0
    updated: int = 0
    duplicates: int = 0

    def __add__(self, other: SpoolWriteReport) -> SpoolWriteReport:
        return SpoolWriteReport(
            self.new + other.new, self.updated + other.updated, self.duplicates + other.duplicates
        )


@dataclass(frozen=True)
class SpoolScan:
    """One ``scan``: the items found, and the offset up to which the scan looked.

    Every record of the scanned partition at or below ``end`` is in ``items`` (or was
    dead-lettered because it no longer validates), so a consumer may commit ``end``.
    """

    items: list[tuple[int, RawItem]]
    end: int


@dataclass(frozen=True)
class DeadLetter:
    """A record that failed permanently, kept with its id and reason."""

    id: int
    item_id: str
    reason: str
    payload: str
    written_at: datetime


class Spool:
    """Append-only store of RawItems with consumer cursors, a dead-letter area and replay.

    Examples:
        >>> spool = Spool(settings.data_dir / "spool")  # doctest: +SKIP
        >>> report = spool.append(items)  # doctest: +SKIP
        >>> for offset, item in spool.read("enrich", limit=500):  # doctest: +SKIP
        ...     handle(item)
        >>> spool.commit("enrich", offset)  # doctest: +SKIP
    """

    def __init__(self, root: Path) -> None:
        self.root = Path(root)
        self.path = self.root / "spool.sqlite3"
        try:
            self.root.mkdir(parents=True, exist_ok=True)
            with closing(self._connect()) as conn:
                conn.execute("PRAGMA journal_mode=WAL")
                conn.executescript(_SCHEMA)
        except (OSError, sqlite3.Error) as err:
            raise StoreError(
                f"spool {self.path}: cannot be opened ({err}); check the data directory."
            ) from err
        self._conn = self._connect()

    def _connect(self) -> sqlite3.Connection:
        conn = sqlite3.connect(self.path, timeout=60, isolation_level=None, check_same_thread=False)
        conn.create_function("dr_partition", 2, _partition, deterministic=True)
        conn.execute("PRAGMA synchronous=FULL")
        conn.execute("PRAGMA busy_timeout=60000")
        return conn

    def close(self) -> None:
        """Close the connection (the spool stays usable by others)."""
        self._conn.close()

    def __enter__(self) -> Spool:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def append(self, items: Iterable[RawItem]) -> SpoolWriteReport:
        """Write items durably in one transaction; unchanged items are only counted.

        Returns:
            How many items were new, updated (same id, new content hash) or duplicates.
        """
        new = updated = dup = 0
        now = datetime.now(UTC).isoformat()
        conn = self._conn
        with self._write("write", "nothing of this batch was kept."):
            for item in items:
                row = conn.execute(
                    "SELECT content_hash FROM records WHERE item_id = ? ORDER BY offset DESC LIMIT 1",
                    (item.id,),
                ).fetchone()
                if row is not None and row[0] == item.content_hash:
                    dup += 1
                    continue
                change = "new" if row is None else "update"
                conn.execute(
                    "INSERT INTO records (item_id, content_hash, change, source_id, written_at, payload)"
                    " VALUES (?, ?, ?, ?, ?, ?)",
                    (item.id, item.content_hash, change, item.source_id, now, item.model_dump_json()),
                )
                new, updated = (new + 1, updated) if row is None else (new, updated + 1)
        return SpoolWriteReport(new, updated, dup)

    @contextmanager
    def _write(self, what: str, outcome: str = "nothing changed.") -> Iterator[None]:
        """One ``BEGIN IMMEDIATE`` transaction: committed on success, rolled back on any error.

        A ``sqlite3.Error`` becomes ``StoreError("spool <path>: <what> failed (<err>); <outcome>")``.
        """
        conn = self._conn
        try:
            conn.execute("BEGIN IMMEDIATE")
            try:
                yield
                conn.execute("COMMIT")
            except BaseException:
                conn.execute("ROLLBACK")
                raise
        except sqlite3.Error as err:
            raise StoreError(f"spool {self.path}: {what} failed ({err}); {outcome}") from err

    def read(self, consumer: str, limit: int | None = None) -> Iterator[tuple[int, RawItem]]:
        """Items after the consumer's committed offset, oldest first, as (offset, item).

        A record that no longer validates is moved to the dead-letter area and skipped.
        """
        last = self.cursor(consumer)
        left = limit
        while left is None or left > 0:
            chunk = _CHUNK if left is None else min(_CHUNK, left)
            rows = self._conn.execute(
                "SELECT offset, item_id, payload FROM records WHERE offset > ? ORDER BY offset LIMIT ?",
                (last, chunk),
            ).fetchall()
            for offset, item_id, payload in rows:
                last = offset
                try:
                    yield offset, RawItem.model_validate_json(payload)
                except ValidationError as err:
                    reason = f"spool record {offset} does not validate: {err.error_count()} error(s)"
                    self.dead_letter(item_id, reason, payload)
            if len(rows) < chunk:
                return
            if left is not None:
                left -= len(rows)

    def scan(self, after: int, limit: int, partition: tuple[int, int] | None = None) -> SpoolScan:
        """Up to ``limit`` items after offset ``after``, oldest first, of one partition of the items.

        ``partition`` is ``(index, count)``: only records whose item id falls in that partition
        (``schema.partition_of``) are returned, so every version of an item goes to the same
        partition, in order. The scan reads one consistent snapshot; ``SpoolScan.end`` says how
        far it looked (past records of other partitions), so a partition's consumer never
        re-reads them. A record that no longer validates is dead-lettered and skipped.
        """
        if limit < 1:
            raise ValueError(f"limit must be at least 1, got {limit}")
        where = "offset > ? AND offset <= ?"
        if partition is not None:
            where += " AND dr_partition(item_id, ?) = ?"
        conn = self._conn
        conn.execute("BEGIN")
        try:
            end = int(conn.execute("SELECT COALESCE(MAX(offset), 0) FROM records").fetchone()[0])
            index_count = [] if partition is None else [partition[1], partition[0]]
            params = [after, end, *index_count, limit]
            rows = conn.execute(
                f"SELECT offset, item_id, payload FROM records WHERE {where} ORDER BY offset LIMIT ?",  # noqa: S608
                params,
            ).fetchall()
        finally:
            conn.execute("COMMIT")
        if len(rows) == limit:
            end = rows[-1][0]
        items: list[tuple[int, RawItem]] = []
        for offset, item_id, payload in rows:
            try:
                items.append((offset, RawItem.model_validate_json(payload)))
            except ValidationError as err:
                reason = f"spool record {offset} does not validate: {err.error_count()} error(s)"
                self.dead_letter(item_id, reason, payload)
        return SpoolScan(items, max(end, after))

    def count_after(self, offset: int, partition: tuple[int, int] | None = None) -> int:
        """How many records lie after ``offset`` (in one partition ``(index, count)``, if given)."""
        if partition is None:
            row = self._conn.execute("SELECT COUNT(*) FROM records WHERE offset > ?", (offset,)).fetchone()
        else:
            row = self._conn.execute(
                "SELECT COUNT(*) FROM records WHERE offset > ? AND dr_partition(item_id, ?) = ?",
                (offset, partition[1], partition[0]),
            ).fetchone()
        return int(row[0])

    def cursor(self, consumer: str) -> int:
        """The consumer's committed offset (0 before its first commit)."""
        row = self._conn.execute("SELECT offset FROM cursors WHERE consumer = ?", (consumer,)).fetchone()
        return int(row[0]) if row else 0

    def commit(self, consumer: str, offset: int) -> None:
        """Record that the consumer has handled everything up to and including ``offset``."""
        self._conn.execute(
            "INSERT INTO cursors (consumer, offset) VALUES (?, ?)"
            " ON CONFLICT (consumer) DO UPDATE SET offset = excluded.offset",
            (consumer, offset),
        )

    def commit_batch(
        self, consumer: str, offset: int, dead_letters: Sequence[tuple[str, str, str]] = ()
    ) -> None:
        """Dead-letter ``(item_id, reason, payload)`` records and move the cursor, in one transaction.

        A consumer killed before this returns has done neither, so a re-run handles the same
        batch again without writing its dead letters twice.
        """
        now = datetime.now(UTC).isoformat()
        conn = self._conn
        with self._write(f"commit of {consumer}"):
            conn.executemany(
                "INSERT INTO dead_letters (item_id, reason, payload, written_at) VALUES (?, ?, ?, ?)",
                [(item_id, reason, payload, now) for item_id, reason, payload in dead_letters],
            )
            conn.execute(
                "INSERT INTO cursors (consumer, offset) VALUES (?, ?)"
                " ON CONFLICT (consumer) DO UPDATE SET offset = excluded.offset",
                (consumer, offset),
            )

    def replay(self, consumer: str) -> None:
        """Reset the consumer's cursor so that it reads the whole spool again."""
        self._conn.execute("DELETE FROM cursors WHERE consumer = ?", (consumer,))

    def pending(self, consumer: str) -> int:
        """How many records the consumer has not committed yet."""
        row = self._conn.execute(
            "SELECT COUNT(*) FROM records WHERE offset > ?", (self.cursor(consumer),)
        ).fetchone()
        return int(row[0])

    def count(self) -> int:
        """How many records the log holds (an updated item counts once per version)."""
        return int(self._conn.execute("SELECT COUNT(*) FROM records").fetchone()[0])

    def count_items(self) -> int:
        """How many distinct items the log holds."""
        return int(self._conn.execute("SELECT COUNT(DISTINCT item_id) FROM records").fetchone()[0])

    def dead_letter(self, item_id: str, reason: str, payload: str) -> None:
        """Keep a record that failed permanently, with its id and the reason."""
        self._conn.execute(
            "INSERT INTO dead_letters (item_id, reason, payload, written_at) VALUES (?, ?, ?, ?)",
            (item_id, reason, payload, datetime.now(UTC).isoformat()),
        )

    def dead_letters(self, limit: int = 100) -> list[DeadLetter]:
        """The most recent dead letters, newest first."""
        rows = self._conn.execute(
            "SELECT id, item_id, reason, payload, written_at FROM dead_letters ORDER BY id DESC LIMIT ?",
            (limit,),
        ).fetchall()
        return [DeadLetter(r[0], r[1], r[2], r[3], datetime.fromisoformat(r[4])) for r in rows]

    def purge(self, published_before: datetime) -> tuple[int, int]:
        """Delete raw items published, and dead letters written, before a time (retention).

        Deleted pages are overwritten with zeros (``secure_delete``), so the texts are gone
        from the file, not only unlinked. Consumer cursors are offsets and stay valid.

        Returns:
            How many records and how many dead letters were deleted.
        """
        cutoff = published_before.astimezone(UTC)
        conn = self._conn
        try:
            conn.execute("PRAGMA secure_delete=ON")
            conn.execute("BEGIN IMMEDIATE")
            try:
                when = (cutoff.isoformat(),)
                records = conn.execute(
                    "DELETE FROM records"
                    " WHERE julianday(json_extract(payload, '$.published_at')) < julianday(?)",
                    when,
                ).rowcount
                letters = conn.execute(
                    "DELETE FROM dead_letters WHERE julianday(written_at) < julianday(?)", when
                ).rowcount
                conn.execute("COMMIT")
            except BaseException:
                conn.execute("ROLLBACK")
                raise
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        except sqlite3.Error as err:
            raise StoreError(f"spool {self.path}: purge failed ({err}); nothing was deleted.") from err
        return records, letters

    def latest_hash(self, item_id: str) -> str | None:
        """The content hash of the item's latest version, or None if the spool does not hold it."""
        row = self._conn.execute(
            "SELECT content_hash FROM records WHERE item_id = ? ORDER BY offset DESC LIMIT 1", (item_id,)
        ).fetchone()
        return str(row[0]) if row else None


def _partition(item_id: str, count: int) -> int:
    return partition_of(item_id, count)
