"""The tracker's memory under model_dir: compact documents, assignments and issue centroids (SQLite).

The tracker is called with the new documents of a run; refits and issue statistics need the
history, so a compact copy of each document (lemmas, places, pseudonymous author, home) is kept
here for ``history_days`` and pruned with the same retention as the texts.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Sequence
from contextlib import AbstractContextManager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import numpy as np

from nlp.topics._sqlite import transaction
from nlp.topics.embeddings import Matrix
from schema import EnrichedDocument

_SCHEMA = [
    """CREATE TABLE IF NOT EXISTS docs (
        id TEXT PRIMARY KEY, content_hash TEXT NOT NULL, published REAL NOT NULL, lemma_text TEXT NOT NULL,
        author TEXT, author_name TEXT, home TEXT, home_conf REAL, platform TEXT NOT NULL,
        source_id TEXT NOT NULL,
        cues INTEGER NOT NULL, municipality TEXT, muni_conf REAL NOT NULL, places TEXT NOT NULL,
        issue_id TEXT, processed INTEGER NOT NULL DEFAULT 0, body TEXT)""",
    "CREATE INDEX IF NOT EXISTS docs_issue ON docs(issue_id)",
    "CREATE INDEX IF NOT EXISTS docs_published ON docs(published)",
    """CREATE TABLE IF NOT EXISTS issues (
        issue_id TEXT PRIMARY KEY, topic INTEGER, centroid BLOB NOT NULL, municipality TEXT, place TEXT,
        merged_into TEXT)""",
    "CREATE TABLE IF NOT EXISTS state (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
]

#: Characters of text kept for transformer embedders (their input limit is shorter anyway).
_MAX_BODY = 4_000
#: (name, kind, municipality code, lat, lon, weight)
Place = tuple[str, str, str | None, float | None, float | None, float]


@dataclass
class DocRow:
    """What the tracker keeps of one document."""

    id: str
    content_hash: str
    published: datetime
    lemma_text: str
    author: str | None
    author_name: str | None
    home: str | None
    home_conf: float
    platform: str
    source_id: str
    cues: int
    municipality: str | None
    muni_conf: float
    places: list[Place] = field(default_factory=list)
    issue_id: str | None = None
    processed: bool = False
    body: str | None = None
    """Title and text, kept only for transformer embedders (they read text, not lemmas)."""

    @classmethod
    def from_document(cls, doc: EnrichedDocument, keep_text: bool = False) -> DocRow:
        """The compact row of an enriched document."""
        home = doc.author_home
        places: list[Place] = [
            (
                p.name,
                p.kind,
                p.municipality_code,
                p.point.lat if p.point else None,
                p.point.lon if p.point else None,
                p.weight,
            )
            for p in doc.places
        ]
        return cls(
            id=doc.id,
            content_hash=doc.content_hash,
            published=doc.published_at.astimezone(UTC),
            lemma_text=doc.lemma_text,
            author=doc.author.pseudonym if doc.author else None,
            author_name=doc.author.display_name if doc.author else None,
            home=home.municipality_code if home else None,
            home_conf=home.confidence if home else 0.0,
            platform=str(doc.platform),
            source_id=doc.source_id,
            cues=len(doc.cues),
            municipality=doc.municipality_code,
            muni_conf=doc.municipality_confidence,
            places=places,
            body=(f"{doc.title}\n{doc.text}" if doc.title else doc.text)[:_MAX_BODY] if keep_text else None,
        )


@dataclass
class IssueState:
    """What the tracker remembers of an issue between runs (for assigning and matching)."""

    issue_id: str
    topic: int | None
    centroid: Matrix
    municipality: str | None
    place: str | None
    merged_into: str | None = None


class TrackerMemory:
    """SQLite file ``tracker.sqlite`` in model_dir; every write is one transaction."""

    def __init__(self, path: Path) -> None:
        self.path = path
        path.parent.mkdir(parents=True, exist_ok=True)
        with self._connect() as con:
            for statement in _SCHEMA:
                con.execute(statement)

    def _connect(self) -> AbstractContextManager[sqlite3.Connection]:
        return transaction(self.path)

    # documents -----------------------------------------------------------------------------
    def upsert(self, rows: Sequence[DocRow]) -> list[str]:
        """Store rows; returns ids that are new or whose content changed (those need processing)."""
        known: dict[str, str] = {}
        ids = [r.id for r in rows]
        for start in range(0, len(ids), 900):
            chunk = ids[start : start + 900]
            query = f"SELECT id, content_hash FROM docs WHERE id IN ({','.join('?' * len(chunk))})"  # noqa: S608
            known.update(dict(self._select(query, chunk)))
        changed = [r.id for r in rows if known.get(r.id) != r.content_hash]
        with self._connect() as con:
            con.executemany(
                """INSERT INTO docs VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,NULL,0,?)
                   ON CONFLICT(id) DO UPDATE SET content_hash=excluded.content_hash,
                   published=excluded.published,
                   lemma_text=excluded.lemma_text, author=excluded.author, author_name=excluded.author_name,
                   home=excluded.home, home_conf=excluded.home_conf, platform=excluded.platform,
                   source_id=excluded.source_id, cues=excluded.cues, municipality=excluded.municipality,
                   muni_conf=excluded.muni_conf, places=excluded.places, body=excluded.body,
                   processed=CASE WHEN docs.content_hash = excluded.content_hash
                                  THEN docs.processed ELSE 0 END""",
                [_to_sql(r) for r in rows],
            )
        return changed

    def rows(self, since: datetime | None = None, ids: Iterable[str] | None = None) -> list[DocRow]:
        """Rows oldest first, optionally published since a time or by id."""
        if ids is not None:
            wanted = list(ids)
            found: list[DocRow] = []
            for start in range(0, len(wanted), 900):
                chunk = wanted[start : start + 900]
                query = f"SELECT * FROM docs WHERE id IN ({','.join('?' * len(chunk))})"  # noqa: S608
                found.extend(_from_sql(r) for r in self._select(query, chunk))
            return sorted(found, key=lambda r: (r.published, r.id))
        if since is None:
            return [_from_sql(r) for r in self._select("SELECT * FROM docs ORDER BY published, id", ())]
        query = "SELECT * FROM docs WHERE published >= ? ORDER BY published, id"
        return [_from_sql(r) for r in self._select(query, (since.timestamp(),))]

    def assign(self, assignments: dict[str, str | None]) -> None:
        """Set documents' issue and mark them processed."""
        with self._connect() as con:
            con.executemany(
                "UPDATE docs SET issue_id = ?, processed = 1 WHERE id = ?",
                [(issue, doc) for doc, issue in assignments.items()],
            )

    def count(self) -> int:
        """Documents remembered."""
        return int(self._select("SELECT COUNT(*) FROM docs", ())[0][0])

    def prune(self, before: datetime) -> list[str]:
        """Forget documents published before a time (retention); returns their ids."""
        gone = [r[0] for r in self._select("SELECT id FROM docs WHERE published < ?", (before.timestamp(),))]
        with self._connect() as con:
            con.execute("DELETE FROM docs WHERE published < ?", (before.timestamp(),))
        return gone

    # issues and state ----------------------------------------------------------------------
    def issue_states(self) -> dict[str, IssueState]:
        """Every issue's remembered centroid, topic and place."""
        rows = self._select(
            "SELECT issue_id, topic, centroid, municipality, place, merged_into FROM issues", ()
        )
        return {
            r[0]: IssueState(r[0], r[1], np.frombuffer(r[2], dtype=np.float32).copy(), r[3], r[4], r[5])
            for r in rows
        }

    def save_issue_states(self, states: Iterable[IssueState], replace_all: bool = False) -> None:
        """Insert or replace issue states (all of them when ``replace_all``)."""
        with self._connect() as con:
            if replace_all:
                con.execute("DELETE FROM issues")
            con.executemany(
                "INSERT OR REPLACE INTO issues VALUES (?,?,?,?,?,?)",
                [
                    (
                        s.issue_id,
                        s.topic,
                        s.centroid.astype(np.float32).tobytes(),
                        s.municipality,
                        s.place,
                        s.merged_into,
                    )
                    for s in states
                ],
            )

    def get_state(self, key: str, default: Any = None) -> Any:
        """A JSON value of the tracker state."""
        rows = self._select("SELECT value FROM state WHERE key = ?", (key,))
        return json.loads(rows[0][0]) if rows else default

    def set_state(self, **values: Any) -> None:
        """Set JSON values of the tracker state."""
        with self._connect() as con:
            con.executemany(
                "INSERT OR REPLACE INTO state VALUES (?, ?)", [(k, json.dumps(v)) for k, v in values.items()]
            )

    def _select(self, query: str, params: Sequence[Any]) -> list[tuple[Any, ...]]:
        with self._connect() as con:
            return list(con.execute(query, params))


def _to_sql(r: DocRow) -> tuple[Any, ...]:
    return (
        r.id, r.content_hash, r.published.timestamp(), r.lemma_text, r.author, r.author_name, r.home,
        r.home_conf, r.platform, r.source_id, r.cues, r.municipality, r.muni_conf,
        json.dumps(r.places, ensure_ascii=False), r.body,
    )  # fmt: skip


def _from_sql(r: tuple[Any, ...]) -> DocRow:
    return DocRow(
        id=r[0], content_hash=r[1], published=datetime.fromtimestamp(r[2], UTC), lemma_text=r[3], author=r[4],
        author_name=r[5], home=r[6], home_conf=r[7] or 0.0, platform=r[8], source_id=r[9], cues=r[10],
        municipality=r[11], muni_conf=r[12], places=[tuple(p) for p in json.loads(r[13])],  # type: ignore[misc]
        issue_id=r[14], processed=bool(r[15]), body=r[16],
    )  # fmt: skip
