"""Facets, date histogram and significant terms over the matched documents."""

from __future__ import annotations

import sqlite3
from collections import Counter
from datetime import date

from index.embedded._db import Database
from index.embedded._documents import batched
from index.embedded._matched import Matched, matched
from index.embedded._rows import json_list
from index.query_syntax import parse_query
from index.search_models import Bucket, FacetField, HistogramBucket, SearchQuery, TermScore
from index.semantics import MIN_SIGNIFICANT_DOC_COUNT, jlh
from index.semantics import histogram as build_histogram
from schema.errors import QueryError

#: facet field -> column of documents (single-valued); the others live in document_values
_COLUMNS: dict[str, str] = {
    "platform": "platform",
    "source_id": "source_id",
    "municipality_code": "municipality_code",
    "issue_id": "issue_id",
    "lang": "lang",
}
MAX_SIGNIFICANT_TERMS = 500


def facets(
    conn: sqlite3.Connection, m: Matched, fields: list[FacetField], size: int
) -> dict[str, list[Bucket]]:
    """Document counts per value of each field, count desc then value asc, top ``size``."""
    out: dict[str, list[Bucket]] = {}
    for field in dict.fromkeys(fields):
        column = _COLUMNS.get(field)
        if column is not None:
            sql = (
                f"SELECT d.{column} AS value, count(*) AS n {m.source}"
                f" WHERE ({m.where}) AND d.{column} IS NOT NULL"
                " GROUP BY value ORDER BY n DESC, value ASC LIMIT ?"
            )
            params: tuple[object, ...] = (*m.params, size)
        else:
            rids, rid_params = m.rids_sql()
            sql = (
                "SELECT v.value AS value, count(*) AS n FROM document_values v"  # noqa: S608 (constant SQL fragments; values are bound parameters)
                f" WHERE v.field = ? AND v.doc IN ({rids}) GROUP BY value ORDER BY n DESC, value ASC LIMIT ?"
            )
            params = (field, *rid_params, size)
        out[field] = [Bucket(key=str(k), count=int(n)) for k, n in conn.execute(sql, params)]
    return out


def histogram(conn: sqlite3.Connection, m: Matched, query: SearchQuery) -> list[HistogramBucket]:
    """Documents per Europe/Copenhagen day, week or month (see index.semantics.histogram)."""
    assert query.histogram is not None
    days = {
        date.fromisoformat(day): int(n)
        for day, n in conn.execute(
            f"SELECT d.local_day, count(*) {m.source} WHERE {m.where} GROUP BY 1", m.params
        )
    }
    return build_histogram(days, query.histogram, query.date_from, query.date_to)


def significant_terms(db: Database, foreground: SearchQuery, size: int) -> list[TermScore]:
    """Words unusually frequent in the foreground compared with all documents (JLH)."""
    if not 1 <= size <= MAX_SIGNIFICANT_TERMS:
        raise QueryError(f"significant_terms size must be 1..{MAX_SIGNIFICANT_TERMS}; got {size}.")
    m = matched(foreground, parse_query(foreground.text))
    with db.read() as conn:
        fg_counts: Counter[str] = Counter()
        fg_total = 0
        rids, rid_params = m.rids_sql()
        sql = f"SELECT w.lemmas FROM document_lemmas w WHERE w.rid IN ({rids})"  # noqa: S608 (constant SQL fragments)
        for (lemmas,) in conn.execute(sql, rid_params):
            fg_total += 1
            fg_counts.update(lemmas.split())
        if not fg_total:
            return []
        bg_total = int(conn.execute("SELECT count(*) FROM documents").fetchone()[0])
        candidates = [t for t, n in fg_counts.items() if n >= MIN_SIGNIFICANT_DOC_COUNT]
        bg_counts: dict[str, int] = {}
        for chunk in batched(candidates, 500):
            bg_counts.update(
                conn.execute(
                    "SELECT term, doc FROM documents_lemma_vocab"
                    " WHERE term IN (SELECT value FROM json_each(?))",
                    (json_list(chunk),),
                ).fetchall()
            )
    scored: list[TermScore] = []
    for term in candidates:
        fg = fg_counts[term]
        bg = max(bg_counts.get(term, fg), fg)
        score = jlh(fg, fg_total, bg, bg_total)
        if score > 0:
            scored.append(TermScore(term=term, score=score, foreground=fg, background=bg))
    scored.sort(key=lambda t: (-t.score, t.term))
    return scored[:size]
