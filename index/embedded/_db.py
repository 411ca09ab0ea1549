"""SQLite connections of the embedded store: one per thread and process, WAL, short transactions."""

from __future__ import annotations

import os
import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path

from index.embedded._schema import FORMAT_VERSION
from schema.errors import DebatradarError, StoreError, StoreUnavailableError

FILE_NAME = "debatradar.sqlite3"


class Database:
    """Opens the store's SQLite file and turns SQLite's errors into StoreErrors with a clear message."""

    def __init__(self, directory: Path, busy_timeout_s: float = 10.0, synchronous: str = "normal") -> None:
        self.directory = directory
        self.path = directory / FILE_NAME
        self._busy_ms = int(busy_timeout_s * 1000)
        self._synchronous = synchronous.upper()
        self._local = threading.local()
        self._lock = threading.Lock()
        self._open: list[sqlite3.Connection] = []
        self._pid = os.getpid()

    # connections -------------------------------------------------------------------------------
    def connection(self, create: bool = False) -> sqlite3.Connection:
        """This thread's connection (opened on first use; ``create`` makes the file)."""
        if os.getpid() != self._pid:  # forked: never reuse the parent's connections
            self._local = threading.local()
            self._open = []
            self._pid = os.getpid()
        conn: sqlite3.Connection | None = getattr(self._local, "conn", None)
        if conn is None:
            conn = self._connect(create)
            self._local.conn = conn
            with self._lock:
                self._open.append(conn)
        return conn

    def _connect(self, create: bool) -> sqlite3.Connection:
        if not create and not self.path.is_file():
            raise StoreError(
                f"The embedded index {self.path} does not exist yet: run setup() "
                "(e.g. `debatradar setup`) once before using it, and check data_dir."
            )
        mode = "rwc" if create else "rw"
        with self.translate():
            conn = sqlite3.connect(
                f"file:{self.path}?mode={mode}",
                uri=True,
                timeout=self._busy_ms / 1000,
                isolation_level=None,
                check_same_thread=False,
            )
            try:
                conn.execute(f"PRAGMA busy_timeout = {self._busy_ms}")
                conn.execute(f"PRAGMA synchronous = {self._synchronous}")
                conn.execute("PRAGMA temp_store = MEMORY")
                conn.execute("PRAGMA cache_size = -32000")
                _check_format(conn, self.path)  # also fails early on a damaged file
            except BaseException:
                conn.close()
                raise
        return conn

    def close(self) -> None:
        """Close every connection this object opened (in any thread)."""
        with self._lock:
            conns, self._open = self._open, []
        for conn in conns:
            conn.close()
        self._local = threading.local()

    # transactions ------------------------------------------------------------------------------
    @contextmanager
    def write(self) -> Iterator[sqlite3.Connection]:
        """A write transaction (BEGIN IMMEDIATE: takes the write lock up front, no upgrade deadlock)."""
        conn = self.connection()
        with self.translate():
            conn.execute("BEGIN IMMEDIATE")
            try:
                yield conn
            except BaseException:
                _rollback(conn)
                raise
            conn.execute("COMMIT")

    @contextmanager
    def read(self) -> Iterator[sqlite3.Connection]:
        """A read transaction: several statements see one consistent snapshot."""
        conn = self.connection()
        with self.translate():
            if conn.in_transaction:
                yield conn
                return
            conn.execute("BEGIN")
            try:
                yield conn
            finally:
                _rollback(conn)

    @contextmanager
    def translate(self) -> Iterator[None]:
        """Turn sqlite3 errors into StoreError / StoreUnavailableError naming the file."""
        try:
            yield
        except DebatradarError:
            raise
        except sqlite3.Error as err:
            raise self._explain(err) from err
        except OSError as err:
            raise StoreError(
                f"The embedded index at {self.directory} cannot be used: {err.strerror or err}. "
                "Check that data_dir is a writable folder on a local disk."
            ) from err

    def _explain(self, err: sqlite3.Error) -> StoreError:
        msg = str(err)
        low = msg.lower()
        if "locked" in low or "busy" in low:
            return StoreUnavailableError(
                f"The embedded index {self.path} is busy (another process held it for more than "
                f"{self._busy_ms / 1000:g} s); try again."
            )
        if "no such table" in low or "no such column" in low:
            return StoreError(f"The embedded index {self.path} is not set up ({msg}): run setup() first.")
        if "not a database" in low or "malformed" in low or "corrupt" in low:
            return StoreError(
                f"The embedded index {self.path} is damaged ({msg}). Move the file aside, run setup() "
                "and re-index the documents from the spool."
            )
        if "readonly" in low or "read-only" in low or "unable to open" in low or "disk i/o" in low:
            return StoreError(
                f"The embedded index {self.path} cannot be written ({msg}). Check that data_dir is a "
                "writable folder on a local disk."
            )
        if "full" in low:
            return StoreError(f"The disk holding {self.path} is full ({msg}): free space, then retry.")
        return StoreError(f"The embedded index {self.path} failed: {msg}.")


def _check_format(conn: sqlite3.Connection, path: Path) -> None:
    if conn.execute("SELECT 1 FROM sqlite_schema WHERE name = 'meta'").fetchone() is None:
        return  # not set up yet: setup() creates it, other calls say so
    row = conn.execute("SELECT value FROM meta WHERE key = 'format'").fetchone()
    if row is not None and int(row[0]) > FORMAT_VERSION:
        raise StoreError(
            f"The embedded index {path} has table format {row[0]}, made by a newer Debatradar; "
            f"this one reads format {FORMAT_VERSION}. Upgrade Debatradar or use another data_dir."
        )


def _rollback(conn: sqlite3.Connection) -> None:
    if conn.in_transaction:
        with suppress(sqlite3.Error):  # the original error matters more
            conn.execute("ROLLBACK")
