"""Documents in the embedded store: bulk upsert, reads, issue assignment and retention."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Iterator
from datetime import datetime
from typing import TypeVar

from index.embedded._db import Database
from index.embedded._rows import DocumentRow, RejectedDocumentError, document_row, json_list, load
from index.embedded._schema import ALL_TOKEN
from index.search_models import BulkReport, DocumentFilter
from index.semantics import epoch_ms
from schema import EnrichedDocument

#: Documents per write transaction: keeps the write lock short for readers in other processes.
BATCH = 500

T = TypeVar("T")

_COLUMNS = (
    "id, published_ms, local_day, platform, source_id, municipality_code, issue_id, lang, schema_version"
)


def batched(items: Iterable[T], size: int) -> Iterator[list[T]]:
    """Lists of up to ``size`` items."""
    chunk: list[T] = []
    for item in items:
        chunk.append(item)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def index_documents(db: Database, documents: Iterable[EnrichedDocument]) -> BulkReport:
    """Insert or replace documents by id, analysing them outside the write transaction."""
    indexed = 0
    failed: dict[str, str] = {}
    for chunk in batched(documents, BATCH):
        rows: list[DocumentRow] = []
        for doc in chunk:
            try:
                rows.append(document_row(doc))
            except RejectedDocumentError as err:
                failed[doc.id] = str(err)
        with db.write() as conn:
            for row in rows:
                _upsert(conn, row)
                failed.pop(row.id, None)  # a later good copy of the same id wins
        indexed += len(rows)
    return BulkReport(indexed=indexed, failed=failed)


def _upsert(conn: sqlite3.Connection, row: DocumentRow) -> None:
    old = conn.execute(
        "SELECT d.rid, b.body FROM documents d JOIN document_bodies b ON b.rid = d.rid WHERE d.id = ?",
        (row.id,),
    ).fetchone()
    if old is not None and old[1] == row.body:
        return  # unchanged: re-indexing is a no-op
    if old is None:
        cur = conn.execute(
            f"INSERT INTO documents ({_COLUMNS}) VALUES (?,?,?,?,?,?,?,?,?)",  # noqa: S608 (constant SQL fragments; values are bound parameters)
            row.columns(),
        )
        rid = cur.lastrowid
        conn.execute("INSERT INTO document_bodies (rid, body) VALUES (?, ?)", (rid, row.body))
    else:
        rid = old[0]
        conn.execute(
            "UPDATE documents SET id=?, published_ms=?, local_day=?, platform=?, source_id=?,"
            " municipality_code=?, issue_id=?, lang=?, schema_version=? WHERE rid = ?",
            (*row.columns(), rid),
        )
        conn.execute("UPDATE document_bodies SET body = ? WHERE rid = ?", (row.body, rid))
        _unindex(conn, rid)
    conn.execute(
        "INSERT INTO documents_fts (rowid, title, text, everything) VALUES (?, ?, ?, ?)",
        (rid, row.fts_title, row.fts_text, ALL_TOKEN),
    )
    conn.execute("INSERT INTO document_lemmas (rid, lemmas) VALUES (?, ?)", (rid, row.lemmas))
    conn.execute("INSERT INTO documents_lemmas (rowid, lemmas) VALUES (?, ?)", (rid, row.lemmas))
    conn.executemany(
        "INSERT OR IGNORE INTO document_values (field, value, doc) VALUES (?, ?, ?)",
        [(field, value, rid) for field, value in row.values],
    )


def _unindex(conn: sqlite3.Connection, rid: int) -> None:
    """Remove a document from the full-text, lemma and facet indexes (its row stays)."""
    conn.execute("DELETE FROM documents_fts WHERE rowid = ?", (rid,))
    old = conn.execute("SELECT lemmas FROM document_lemmas WHERE rid = ?", (rid,)).fetchone()
    if old is not None:  # a contentless FTS5 row is deleted by giving its original values
        conn.execute(
            "INSERT INTO documents_lemmas (documents_lemmas, rowid, lemmas) VALUES ('delete', ?, ?)",
            (rid, old[0]),
        )
        conn.execute("DELETE FROM document_lemmas WHERE rid = ?", (rid,))
    conn.execute("DELETE FROM document_values WHERE doc = ?", (rid,))


def filter_sql(flt: DocumentFilter | None) -> tuple[str, list[object]]:
    """WHERE condition (on alias ``d``) and parameters of a DocumentFilter."""
    if flt is None:
        return "1", []
    clauses: list[str] = []
    params: list[object] = []
    if flt.published_from is not None:
        clauses.append("d.published_ms >= ?")
        params.append(epoch_ms(flt.published_from, "published_from"))
    if flt.published_to is not None:
        clauses.append("d.published_ms < ?")
        params.append(epoch_ms(flt.published_to, "published_to"))
    for column, values in (
        ("municipality_code", flt.municipality_codes),
        ("issue_id", flt.issue_ids),
        ("id", flt.ids),
    ):
        if values:
            clauses.append(f"d.{column} IN (SELECT value FROM json_each(?))")  # noqa: S608 (constant SQL fragments; values are bound parameters)
            params.append(json_list(values))
    return " AND ".join(clauses) or "1", params


def get_documents(db: Database, ids: list[str]) -> list[EnrichedDocument]:
    """Documents by id in the order asked; missing ids are skipped."""
    found: dict[str, EnrichedDocument] = {}
    unique = list(dict.fromkeys(ids))
    with db.read() as conn:
        for chunk in batched(unique, BATCH):
            rows = conn.execute(
                "SELECT d.id, d.schema_version, b.body FROM documents d"
                " JOIN document_bodies b ON b.rid = d.rid WHERE d.id IN (SELECT value FROM json_each(?))",
                (json_list(chunk),),
            ).fetchall()
            for doc_id, version, body in rows:
                found[doc_id] = load(EnrichedDocument, body, version, doc_id, db.path)
    return [found[i] for i in ids if i in found]


def iter_documents(db: Database, flt: DocumentFilter | None) -> Iterator[EnrichedDocument]:
    """Stream matching documents oldest first, one short read per batch (keyset paging)."""
    where, params = filter_sql(flt)
    after: tuple[int, str] | None = None
    while True:
        cond, extra = ("", []) if after is None else (" AND (d.published_ms, d.id) > (?, ?)", list(after))
        with db.read() as conn:
            rows = conn.execute(
                "SELECT d.published_ms, d.id, d.schema_version, b.body"  # noqa: S608 (constant SQL fragments; values are bound parameters)
                f" FROM documents d JOIN document_bodies b ON b.rid = d.rid WHERE {where}{cond}"
                " ORDER BY d.published_ms, d.id LIMIT ?",
                (*params, *extra, BATCH),
            ).fetchall()
        if not rows:
            return
        for _, doc_id, version, body in rows:
            yield load(EnrichedDocument, body, version, doc_id, db.path)
        after = (rows[-1][0], rows[-1][1])


def count_documents(db: Database, flt: DocumentFilter | None) -> int:
    """How many documents match a filter."""
    where, params = filter_sql(flt)
    with db.read() as conn:
        return int(conn.execute(f"SELECT count(*) FROM documents d WHERE {where}", params).fetchone()[0])  # noqa: S608 (constant SQL fragments; values are bound parameters)


def set_issue_ids(db: Database, assignments: dict[str, str | None]) -> int:
    """Set documents' issue_id; returns how many existing documents changed."""
    changed = 0
    for chunk in batched(list(assignments), BATCH):
        with db.write() as conn:
            rows = conn.execute(
                "SELECT d.rid, d.id, d.issue_id, d.schema_version, b.body"
                " FROM documents d JOIN document_bodies b ON b.rid = d.rid"
                " WHERE d.id IN (SELECT value FROM json_each(?))",
                (json_list(chunk),),
            ).fetchall()
            for rid, doc_id, current, version, body in rows:
                new = assignments[doc_id]
                if current == new:
                    continue
                doc = load(EnrichedDocument, body, version, doc_id, db.path)
                doc.issue_id = new
                conn.execute("UPDATE documents SET issue_id = ? WHERE rid = ?", (new, rid))
                conn.execute(
                    "UPDATE document_bodies SET body = ? WHERE rid = ?", (doc.model_dump_json(), rid)
                )
                changed += 1
    return changed


def purge_documents(db: Database, published_before: datetime) -> int:
    """Delete documents published before a time, a batch per transaction; returns how many."""
    limit = epoch_ms(published_before, "published_before")
    deleted = 0
    while True:
        with db.write() as conn:
            rids = [
                rid
                for (rid,) in conn.execute(
                    "SELECT rid FROM documents WHERE published_ms < ? LIMIT ?", (limit, BATCH)
                ).fetchall()
            ]
            for rid in rids:
                _unindex(conn, rid)
                conn.execute("DELETE FROM documents WHERE rid = ?", (rid,))
                conn.execute("DELETE FROM document_bodies WHERE rid = ?", (rid,))
        deleted += len(rids)
        if len(rids) < BATCH:
            return deleted
