"""Full-text search in the embedded store: sorting, cursors, hits and highlights."""

from __future__ import annotations

import sqlite3
import time

from index.embedded._aggregations import facets, histogram
from index.embedded._db import Database
from index.embedded._matched import SCORE, Matched, matched
from index.embedded._rows import load
from index.highlight import highlight
from index.query_syntax import parse_query
from index.search_models import Hit, SearchQuery, SearchResult
from index.semantics import Cursor, Sort, effective_sort, parse_cursor
from schema import EnrichedDocument

#: rid, id, published_ms, score (relevance only), schema_version
Row = tuple[int, str, int, float | None, int]


def search(db: Database, query: SearchQuery) -> SearchResult:
    """Run one search: total, one page of hits with highlights, facets and histogram."""
    started = time.perf_counter()
    node = parse_query(query.text)
    m = matched(query, node)
    sort = effective_sort(query.sort, m.has_text)
    cursor = parse_cursor(sort, query.search_after)
    with db.read() as conn:
        total = int(conn.execute(*m.count_sql()).fetchone()[0])
        rows = _page(conn, m, sort, cursor, query.size) if query.size and total else []
        bodies = _bodies(conn, [row[0] for row in rows])
        found_facets = facets(conn, m, query.facets, query.facet_size)
        found_histogram = histogram(conn, m, query) if query.histogram else []
    hits: list[Hit] = []
    for rid, doc_id, _, score, version in rows:
        doc = load(EnrichedDocument, bodies[rid], version, doc_id, db.path)
        marks = highlight(doc.title, doc.text, node) if query.highlight else {}
        hits.append(Hit(document=doc, score=score, highlights=marks))
    next_cursor: list[str | int | float] | None = None
    if query.size and len(rows) == query.size:
        _, last_id, last_ms, last_score, _ = rows[-1]
        next_cursor = [last_score if sort == "relevance" and last_score is not None else last_ms, last_id]
    return SearchResult(
        total=total,
        hits=hits,
        next_cursor=next_cursor,
        facets=found_facets,
        histogram=found_histogram,
        took_ms=round((time.perf_counter() - started) * 1000, 3),
    )


def _page(conn: sqlite3.Connection, m: Matched, sort: Sort, cursor: Cursor | None, size: int) -> list[Row]:
    """Sort keys of one page (bodies are fetched afterwards for these rows only)."""
    params: list[object] = list(m.params)
    if sort == "relevance":
        after = ""
        if cursor is not None:
            after = "WHERE score < ? OR (score = ? AND id > ?)"
            params += [cursor[0], cursor[0], cursor[1]]
        sql = (
            "SELECT rid, id, pms, score, v FROM"  # noqa: S608 (constant SQL fragments; values are bound parameters)
            f" (SELECT d.rid AS rid, d.id AS id, d.published_ms AS pms, {SCORE} AS score,"
            f" d.schema_version AS v {m.source} WHERE {m.where}) {after}"
            " ORDER BY score DESC, id ASC LIMIT ?"
        )
    else:
        desc = sort == "newest"
        after = ""
        if cursor is not None:
            after = f" AND (d.published_ms, d.id) {'<' if desc else '>'} (?, ?)"
            params += [cursor[0], cursor[1]]
        order = "DESC" if desc else "ASC"
        sql = (
            f"SELECT d.rid, d.id, d.published_ms, NULL, d.schema_version {m.source} WHERE ({m.where}){after}"
            f" ORDER BY d.published_ms {order}, d.id {order} LIMIT ?"
        )
    params.append(size)
    rows: list[Row] = conn.execute(sql, params).fetchall()
    return rows


def _bodies(conn: sqlite3.Connection, rids: list[int]) -> dict[int, str]:
    if not rids:
        return {}
    marks = ", ".join("?" * len(rids))
    sql = f"SELECT rid, body FROM document_bodies WHERE rid IN ({marks})"  # noqa: S608 (placeholders only)
    return dict(conn.execute(sql, rids).fetchall())
